package server

import (
	"io/fs"
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/readouts/readouts/web"
)

// routes lists every endpoint in one table. searchd only reads: there is no
// route that changes the index. Every route answers HEAD as it answers GET,
// status and headers, without the body (net/http drops it), as monitoring
// probes and link checkers expect.
func (s *Server) routes(e *echo.Echo) {
	static, _ := fs.Sub(web.Static, "static") // the embed pattern guarantees the folder
	get := func(path string, h echo.HandlerFunc) {
		e.Match([]string{http.MethodGet, http.MethodHead}, path, h, rejectMalformedQuery)
	}

	get("/", s.showSearchPage)
	get("/doc/*", s.withChangesPage(s.documentPages)) // a document, /doc/{id}/compare/{other} (compare.go) or /doc/{id}/changes/{other} (versions.go)
	get("/help", s.showHelpPage)
	get("/feed.atom", s.getFeed) // the Atom feed of a search (feed.go)
	get("/grid", s.showGridPage)
	get("/facets/*", s.showFacetPage) // every value of a facet over a search (facetlist.go)
	get("/timeline", s.showTimelinePage)
	get("/api/v1/search", s.searchAPI)
	get("/api/v1/suggest", s.getNameSuggestions) // suggest.go
	get("/api/v1/export", s.exportAPI)
	get("/api/v1/grid", s.getGridAPI)
	get("/api/v1/facets/*", s.getFacetValuesAPI) // facetlist.go
	get("/api/v1/timeline", s.getTimelineAPI)
	get("/api/v1/documents/*", s.withVersionsAPI(s.documentsAPI)) // a document, {id}/counterparts (counterparts.go) or {id}/versions (versions.go)
	get("/healthz", s.getHealth)
	get("/readyz", s.getReady)
	get("/metrics", s.metrics.handler())
	get("/api/v1/openapi.json", s.getOpenAPI)
	get("/static/*", echo.WrapHandler(http.StripPrefix("/static/", cacheStatic(http.FileServer(filesOnly{http.FS(static)})))))
}

func cacheStatic(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age=3600")
		h.ServeHTTP(w, r)
	})
}

// filesOnly serves files and nothing for folders, which http.FileServer
// would list: /static/ is 404, not an index of the assets.
type filesOnly struct{ fs http.FileSystem }

func (f filesOnly) Open(name string) (http.File, error) {
	file, err := f.fs.Open(name)
	if err != nil {
		return nil, err
	}
	st, err := file.Stat()
	if err != nil || st.IsDir() {
		file.Close()
		return nil, fs.ErrNotExist
	}
	return file, nil
}
