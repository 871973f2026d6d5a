package server

import (
	"io/fs"
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/readouts/readouts/web"
)

// routes lists every endpoint in one table. searchd only reads: there is no
// route that changes the index.
func (s *Server) routes(e *echo.Echo) {
	static, _ := fs.Sub(web.Static, "static") // the embed pattern guarantees the folder

	e.GET("/", s.showSearchPage)
	e.GET("/doc/*", s.showDocumentPage)
	e.GET("/help", s.showHelpPage)
	e.GET("/api/v1/search", s.searchAPI)
	e.GET("/api/v1/documents/*", s.getDocumentAPI)
	e.GET("/healthz", s.getHealth)
	e.GET("/readyz", s.getReady)
	e.GET("/metrics", s.metrics.handler())
	e.GET("/api/v1/openapi.json", s.getOpenAPI)
	e.GET("/static/*", echo.WrapHandler(http.StripPrefix("/static/", cacheStatic(http.FileServer(http.FS(static))))))
}

func cacheStatic(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age=3600")
		h.ServeHTTP(w, r)
	})
}
