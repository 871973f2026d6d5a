package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"

	"github.com/readouts/readouts/internal/config"
	"github.com/readouts/readouts/internal/index"
	"github.com/readouts/readouts/internal/server"
	"github.com/readouts/readouts/internal/testindex"
)

// loadOpenAPI fetches the document searchd serves and checks it is a valid
// OpenAPI 3 document.
func loadOpenAPI(t *testing.T, h http.Handler) *openapi3.T {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/api/v1/openapi.json", nil))
	if rec.Code != http.StatusOK || !strings.HasPrefix(rec.Header().Get("Content-Type"), "application/json") {
		t.Fatalf("GET /api/v1/openapi.json = %d %q", rec.Code, rec.Header().Get("Content-Type"))
	}
	doc, err := openapi3.NewLoader().LoadFromData(rec.Body.Bytes())
	if err != nil {
		t.Fatalf("load OpenAPI document: %v", err)
	}
	if err := doc.Validate(context.Background()); err != nil {
		t.Fatalf("OpenAPI document is invalid: %v", err)
	}
	return doc
}

// apiCase is one real request and the operation of the OpenAPI document
// that must describe its response.
type apiCase struct {
	name   string
	srv    string // which server answers: "corpus", "issued", "empty", "timeout"
	target string
	path   string            // the OpenAPI path template
	params map[string]string // its path parameters
	status int
	check  func(t *testing.T, body map[string]any) // optional: what the body must hold beyond its schema
	// setup, if set, runs before the request; what it returns, after.
	setup  func(t *testing.T) (teardown func())
	header map[string]string // request headers, e.g. If-Modified-Since
}

// documentedButUnreached are responses the document rightly lists but these
// tests cannot provoke with a real index: an internal failure.
var documentedButUnreached = map[string]bool{
	"GET /api/v1/suggest 500":                         true,
	"GET /api/v1/search 500":                          true,
	"GET /api/v1/documents/{doc_id} 500":              true,
	"GET /api/v1/documents/{doc_id}/counterparts 500": true,
	"GET /readyz 500":                                 true,
	"GET /api/v1/grid 500":                            true,
	"GET /api/v1/timeline 500":                        true,
	"GET /api/v1/documents/{doc_id}/versions 500":     true,
	"GET /api/v1/facets/{name} 500":                   true,
	"GET /api/v1/facets/{name} 429":                   true, // the holding searcher of "busy" lists no facets
}

// TestOpenAPIDescribesResponses sends real requests to every endpoint and
// validates each response (status, headers, body) against the OpenAPI
// document searchd serves. A field added, renamed, or turned null, or a
// status not described, fails here.
func TestOpenAPIDescribesResponses(t *testing.T) {
	const doc1 = "corpus/seeds/000_1e93c1123834f146.txt"
	servers := map[string]http.Handler{
		"corpus": newServer(t),
		"issued": newIssuedServer(t),
	}
	empty, err := index.Open(t.TempDir(), index.ReaderOptions{})
	if err != nil {
		t.Fatal(err)
	}
	servers["empty"] = mustServer(t, testConfig(), empty)
	servers["sample"] = mustServer(t, testConfig(), testindex.Shared(t, testindex.Root()+"/testdata/sample"))
	slow := testConfig()
	slow.SearchTimeout = time.Nanosecond // every search runs out of time
	servers["timeout"] = mustServer(t, slow, newServerIndex(t))
	busy := testConfig()
	busy.MaxConcurrentSearches, busy.SearchQueueTimeout = 1, 0
	holder := &holdingSearcher{Searcher: newServerIndex(t), admitted: make(chan struct{}), release: make(chan struct{})}
	servers["busy"] = mustServer(t, busy, holder)
	spec := loadOpenAPI(t, servers["corpus"])

	docs := map[string]string{"doc_id": doc1}
	cases := []apiCase{
		{name: "search", srv: "corpus", target: "/api/v1/search?q=Minsk", path: "/api/v1/search", status: 200,
			check: wantHits(func(h map[string]any) bool { return strings.Contains(h["snippet"].(string), "<mark>") })},
		{name: "search everything", srv: "corpus", target: "/api/v1/search", path: "/api/v1/search", status: 200},
		{name: "search filtered and sorted", srv: "corpus",
			target: "/api/v1/search?q=Taiwan&speaker=Wang+Yi&from=2021&to=2022-12-31&sort=newest&page=1&size=5",
			path:   "/api/v1/search", status: 200},
		{name: "search partial", srv: "corpus", target: "/api/v1/search?q=Minsk+zzyzxqv", path: "/api/v1/search", status: 200,
			check: func(t *testing.T, body map[string]any) {
				if body["partial"] != true || body["notice"] == nil {
					t.Errorf("partial = %v, notice = %v; want a partial result with its notice", body["partial"], body["notice"])
				}
			}},
		{name: "search by issuer", srv: "issued", target: "/api/v1/search?q=sanctions&issuer=Ned+Price", path: "/api/v1/search", status: 200,
			check: wantHits(func(h map[string]any) bool { return h["issuer"] == "Ned Price" && h["country"] == "United States" })},
		{name: "search by country", srv: "issued", target: "/api/v1/search?country=China&country=United+States", path: "/api/v1/search", status: 200,
			check: wantHits(func(h map[string]any) bool { return h["country"] == "China" || h["country"] == "United States" })},
		{name: "search with issuer unknown", srv: "issued", target: "/api/v1/search?q=sanctions&sort=oldest&size=100", path: "/api/v1/search", status: 200,
			check: wantSome(func(h map[string]any) bool { return h["issuer"] == "" && h["country"] == "" })},
		{name: "malformed query", srv: "corpus", target: "/api/v1/search?q=%28Taiwan", path: "/api/v1/search", status: 400},
		{name: "page not a number", srv: "corpus", target: "/api/v1/search?q=Minsk&page=abc", path: "/api/v1/search", status: 400,
			check: wantError("page")},
		{name: "page beyond the results", srv: "corpus", target: "/api/v1/search?q=Minsk&page=50", path: "/api/v1/search", status: 400,
			check: wantError("page")},
		{name: "beyond the result window", srv: "corpus", target: "/api/v1/search?page=101&size=100", path: "/api/v1/search", status: 400,
			check: wantError("page")},
		{name: "size too large", srv: "corpus", target: "/api/v1/search?size=1000", path: "/api/v1/search", status: 400,
			check: wantError("size")},
		{name: "unknown sort", srv: "corpus", target: "/api/v1/search?sort=random", path: "/api/v1/search", status: 400,
			check: wantError("sort")},
		{name: "bad date", srv: "corpus", target: "/api/v1/search?from=2021-13", path: "/api/v1/search", status: 400,
			check: wantError("from")},
		{name: "search without an index", srv: "empty", target: "/api/v1/search?q=Minsk", path: "/api/v1/search", status: 503},
		{name: "search timeout", srv: "timeout", target: "/api/v1/search?q=Minsk", path: "/api/v1/search", status: 503},
		{name: "too many searches", srv: "busy", target: "/api/v1/search?q=Minsk", path: "/api/v1/search", status: 429,
			setup: holder.hold(servers["busy"])},

		{name: "document", srv: "corpus", target: "/api/v1/documents/" + doc1, path: "/api/v1/documents/{doc_id}", params: docs, status: 200},
		{name: "document marked", srv: "corpus", target: "/api/v1/documents/" + doc1 + "?q=Minsk", path: "/api/v1/documents/{doc_id}", params: docs, status: 200,
			check: func(t *testing.T, body map[string]any) {
				if !strings.Contains(fmt.Sprint(body["paragraphs"]), "<mark>Minsk</mark>") {
					t.Error("no paragraph marked for q=Minsk")
				}
			}},
		{name: "document id percent-encoded", srv: "corpus", target: "/api/v1/documents/" + url.PathEscape(doc1), path: "/api/v1/documents/{doc_id}", params: docs, status: 200},
		{name: "document with issuer", srv: "issued", target: "/api/v1/documents/issued/2022-03-02_zhao-press.txt", path: "/api/v1/documents/{doc_id}",
			params: map[string]string{"doc_id": "issued/2022-03-02_zhao-press.txt"}, status: 200,
			check: func(t *testing.T, body map[string]any) {
				if body["issuer"] != "Zhao Lijian" || body["country"] != "China" {
					t.Errorf("issuer, country = %v, %v; want Zhao Lijian, China", body["issuer"], body["country"])
				}
			}},
		{name: "document unknown", srv: "corpus", target: "/api/v1/documents/corpus/nope.txt", path: "/api/v1/documents/{doc_id}",
			params: map[string]string{"doc_id": "corpus/nope.txt"}, status: 404},
		{name: "document id malformed", srv: "corpus", target: "/api/v1/documents/%20", path: "/api/v1/documents/{doc_id}",
			params: map[string]string{"doc_id": " "}, status: 400},
		{name: "document without an index", srv: "empty", target: "/api/v1/documents/" + doc1, path: "/api/v1/documents/{doc_id}", params: docs, status: 503},

		// counterparts.go
		{name: "counterparts", srv: "corpus", target: "/api/v1/documents/" + doc1 + "/counterparts", path: "/api/v1/documents/{doc_id}/counterparts", params: docs, status: 200},
		{name: "counterparts of an unknown document", srv: "corpus", target: "/api/v1/documents/corpus/nope.txt/counterparts", path: "/api/v1/documents/{doc_id}/counterparts",
			params: map[string]string{"doc_id": "corpus/nope.txt"}, status: 404},
		{name: "counterparts without a document id", srv: "corpus", target: "/api/v1/documents/%20/counterparts", path: "/api/v1/documents/{doc_id}/counterparts",
			params: map[string]string{"doc_id": " "}, status: 400, check: wantError("document id")},
		{name: "counterparts without an index", srv: "empty", target: "/api/v1/documents/" + doc1 + "/counterparts", path: "/api/v1/documents/{doc_id}/counterparts", params: docs, status: 503},

		// suggest.go
		{name: "search with a suggestion", srv: "corpus", target: "/api/v1/search?q=Taiwna", path: "/api/v1/search", status: 200,
			check: func(t *testing.T, body map[string]any) {
				if sg, _ := body["suggestion"].(map[string]any); sg == nil || sg["q"] != "Taiwan" {
					t.Errorf("suggestion %v, want q Taiwan", body["suggestion"])
				}
			}},
		{name: "search naming nobody", srv: "corpus", target: "/api/v1/search?q=speaker:Wang", path: "/api/v1/search", status: 200,
			check: func(t *testing.T, body map[string]any) {
				if body["unknown"] == nil || !strings.Contains(fmt.Sprint(body["notice"]), "No speaker named") {
					t.Errorf("unknown %v, notice %v: want speaker Wang named as nobody", body["unknown"], body["notice"])
				}
			}},
		{name: "search naming a state no document has", srv: "sample", target: "/api/v1/search?country=Chile", path: "/api/v1/search", status: 200,
			check: func(t *testing.T, body map[string]any) {
				u, _ := body["unknown"].([]any)
				if len(u) != 1 || u[0].(map[string]any)["known"] != true || body["notice"] != "No document in this index has country “Chile”." {
					t.Errorf("unknown %v, notice %v: want Chile known, in no document", body["unknown"], body["notice"])
				}
			}},
		{name: "suggest", srv: "corpus", target: "/api/v1/suggest?field=speaker&prefix=wang", path: "/api/v1/suggest", status: 200},
		{name: "suggest nothing", srv: "corpus", target: "/api/v1/suggest?field=country&prefix=zzz&size=3", path: "/api/v1/suggest", status: 200},
		{name: "suggest bad field", srv: "corpus", target: "/api/v1/suggest?field=colour&prefix=wang", path: "/api/v1/suggest", status: 400, check: wantError("field")},
		{name: "suggest without an index", srv: "empty", target: "/api/v1/suggest?field=speaker&prefix=wang", path: "/api/v1/suggest", status: 503},

		// facetlist.go
		{name: "facet values", srv: "sample", target: "/api/v1/facets/speaker?q=security", path: "/api/v1/facets/{name}",
			params: map[string]string{"name": "speaker"}, status: 200, check: wantFacetValues(16)},
		{name: "facet values holding letters", srv: "sample", target: "/api/v1/facets/country?contains=STATES&size=3&from=2021", path: "/api/v1/facets/{name}",
			params: map[string]string{"name": "country"}, status: 200, check: wantFacetValues(1)},
		{name: "facet values of an unknown facet", srv: "corpus", target: "/api/v1/facets/weather", path: "/api/v1/facets/{name}",
			params: map[string]string{"name": "weather"}, status: 400, check: wantError("facet")},
		{name: "facet values size too large", srv: "corpus", target: "/api/v1/facets/speaker?size=5000", path: "/api/v1/facets/{name}",
			params: map[string]string{"name": "speaker"}, status: 400, check: wantError("size")},
		{name: "facet values without an index", srv: "empty", target: "/api/v1/facets/speaker", path: "/api/v1/facets/{name}",
			params: map[string]string{"name": "speaker"}, status: 503},
		// versions.go: the sample corpus holds real versions of releases
		{name: "versions", srv: "sample", target: "/api/v1/documents/" + versionedDoc + "/versions", path: "/api/v1/documents/{doc_id}/versions",
			params: map[string]string{"doc_id": versionedDoc}, status: 200, check: wantVersions(2)},
		{name: "versions of a document with none", srv: "corpus", target: "/api/v1/documents/" + doc1 + "/versions", path: "/api/v1/documents/{doc_id}/versions", params: docs, status: 200,
			check: wantVersions(0)},
		{name: "versions of an unknown document", srv: "corpus", target: "/api/v1/documents/corpus/nope.txt/versions", path: "/api/v1/documents/{doc_id}/versions",
			params: map[string]string{"doc_id": "corpus/nope.txt"}, status: 404},
		{name: "versions without a document id", srv: "corpus", target: "/api/v1/documents/%20/versions", path: "/api/v1/documents/{doc_id}/versions",
			params: map[string]string{"doc_id": " "}, status: 400},
		{name: "versions without an index", srv: "empty", target: "/api/v1/documents/" + doc1 + "/versions", path: "/api/v1/documents/{doc_id}/versions", params: docs, status: 503},
		{name: "healthz", srv: "corpus", target: "/healthz", path: "/healthz", status: 200},
		{name: "readyz", srv: "corpus", target: "/readyz", path: "/readyz", status: 200},
		{name: "readyz without an index", srv: "empty", target: "/readyz", path: "/readyz", status: 503},
		{name: "metrics", srv: "corpus", target: "/metrics", path: "/metrics", status: 200},
		{name: "metrics without an index", srv: "empty", target: "/metrics", path: "/metrics", status: 200},
		{name: "openapi", srv: "corpus", target: "/api/v1/openapi.json", path: "/api/v1/openapi.json", status: 200},

		{name: "grid", srv: "corpus", target: "/api/v1/grid?q=Taiwan&q=Minsk&q=zzyzxqv&by=speaker", path: "/api/v1/grid", status: 200,
			check: func(t *testing.T, body map[string]any) {
				if rows, _ := body["rows"].([]any); len(rows) == 0 {
					t.Error("no rows")
				}
			}},
		{name: "grid filtered", srv: "issued", target: "/api/v1/grid?q=sanctions&by=issuer&country=United+States&from=2021&n=3", path: "/api/v1/grid", status: 200},
		{name: "grid by unknown facet", srv: "corpus", target: "/api/v1/grid?q=Taiwan&by=weather", path: "/api/v1/grid", status: 400, check: wantError("by")},
		{name: "grid without an index", srv: "empty", target: "/api/v1/grid?q=Minsk", path: "/api/v1/grid", status: 503},
		{name: "grid timeout", srv: "timeout", target: "/api/v1/grid?q=Minsk", path: "/api/v1/grid", status: 503},
		{name: "grid too many searches", srv: "busy", target: "/api/v1/grid?q=Minsk", path: "/api/v1/grid", status: 429,
			setup: holder.hold(servers["busy"])},
		{name: "timeline", srv: "corpus", target: "/api/v1/timeline?q=Taiwan&by=country", path: "/api/v1/timeline", status: 200},
		{name: "timeline by month", srv: "issued", target: "/api/v1/timeline?q=sanctions&by=issuer&interval=month&n=2", path: "/api/v1/timeline", status: 200},
		{name: "timeline bad interval", srv: "corpus", target: "/api/v1/timeline?q=Taiwan&interval=week", path: "/api/v1/timeline", status: 400, check: wantError("interval")},
		{name: "timeline without an index", srv: "empty", target: "/api/v1/timeline?q=Minsk", path: "/api/v1/timeline", status: 503},
		{name: "timeline timeout", srv: "timeout", target: "/api/v1/timeline?q=Minsk", path: "/api/v1/timeline", status: 503},
		{name: "timeline too many searches", srv: "busy", target: "/api/v1/timeline?q=Minsk", path: "/api/v1/timeline", status: 429,
			setup: holder.hold(servers["busy"])},
	}
	cases = append(cases, exportFeedCases(t, servers)...) // export_openapi_test.go
	cases = append(cases, turnCases()...)                 // turn_test.go

	reached := map[string]bool{}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if tc.setup != nil {
				defer tc.setup(t)()
			}
			req := httptest.NewRequest(http.MethodGet, tc.target, nil)
			for k, v := range tc.header {
				req.Header.Set(k, v)
			}
			rec := httptest.NewRecorder()
			servers[tc.srv].ServeHTTP(rec, req)
			if rec.Code != tc.status {
				t.Fatalf("GET %s = %d, want %d: %s", tc.target, rec.Code, tc.status, rec.Body)
			}
			item := spec.Paths.Value(tc.path)
			if item == nil || item.Get == nil {
				t.Fatalf("the OpenAPI document has no GET %s", tc.path)
			}
			reached[fmt.Sprintf("GET %s %d", tc.path, rec.Code)] = true
			in := &openapi3filter.RequestValidationInput{
				Request:    req,
				PathParams: tc.params,
				Route:      &routers.Route{Spec: spec, Path: tc.path, PathItem: item, Method: http.MethodGet, Operation: item.Get},
			}
			if rec.Code < 400 {
				// A request the server accepts must be one the document allows.
				if err := openapi3filter.ValidateRequest(context.Background(), in); err != nil {
					t.Errorf("request does not match the OpenAPI document: %v", err)
				}
			}
			body := rec.Body.Bytes()
			err := openapi3filter.ValidateResponse(context.Background(), &openapi3filter.ResponseValidationInput{
				RequestValidationInput: in,
				Status:                 rec.Code,
				Header:                 rec.Header(),
				Body:                   io.NopCloser(bytes.NewReader(body)),
				Options:                &openapi3filter.Options{IncludeResponseStatus: true, MultiError: true},
			})
			if err != nil {
				t.Errorf("response does not match the OpenAPI document: %v\n%s", err, truncate(body, 2000))
			}
			if tc.check != nil {
				var decoded map[string]any
				if err := json.Unmarshal(body, &decoded); err != nil {
					t.Fatal(err)
				}
				tc.check(t, decoded)
			}
		})
	}

	// Every documented response is reached by a case above (or is listed
	// as unreachable), so the document cannot promise what never happens.
	for path, item := range spec.Paths.Map() {
		for method, op := range item.Operations() {
			for status := range op.Responses.Map() {
				key := fmt.Sprintf("%s %s %s", method, path, status)
				if !reached[key] && !documentedButUnreached[key] {
					t.Errorf("%s is documented but no case reaches it", key)
				}
			}
		}
	}
}

// holdingSearcher is the real index, except that a search for "hold" keeps
// its slot of the concurrency limiter until released: the next search finds
// none and is answered 429.
type holdingSearcher struct {
	server.Searcher
	admitted, release chan struct{}
}

func (h *holdingSearcher) Search(ctx context.Context, req index.SearchRequest) (*index.SearchResult, error) {
	if req.Query == "hold" && req.Admit != nil {
		admit := req.Admit
		req.Admit = func(ctx context.Context, c index.Cost) (func(), error) {
			done, err := admit(ctx, c)
			if err == nil {
				h.admitted <- struct{}{}
				<-h.release
			}
			return done, err
		}
	}
	return h.Searcher.Search(ctx, req)
}

// hold returns a setup that starts a search for "hold" on srv and waits
// until it holds its slot; the teardown lets it finish.
func (h *holdingSearcher) hold(srv http.Handler) func(t *testing.T) func() {
	return func(t *testing.T) func() {
		done := make(chan struct{})
		go func() {
			defer close(done)
			srv.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest(http.MethodGet, "/api/v1/search?q=hold", nil))
		}()
		select {
		case <-h.admitted:
		case <-time.After(5 * time.Second):
			t.Fatal(`the search for "hold" was not admitted in 5 s`)
		}
		return func() { h.release <- struct{}{}; <-done }
	}
}

func mustServer(t *testing.T, cfg config.Server, idx server.Searcher) *server.Server {
	t.Helper()
	s, err := server.New(cfg, idx, nil)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// wantHits checks that there are hits and that every one satisfies ok.
func wantHits(ok func(hit map[string]any) bool) func(*testing.T, map[string]any) {
	return func(t *testing.T, body map[string]any) {
		t.Helper()
		hits, _ := body["hits"].([]any)
		if len(hits) == 0 {
			t.Fatal("no hits")
		}
		for _, h := range hits {
			if !ok(h.(map[string]any)) {
				t.Errorf("unexpected hit %v", h)
			}
		}
	}
}

// wantSome checks that at least one hit satisfies ok.
func wantSome(ok func(hit map[string]any) bool) func(*testing.T, map[string]any) {
	return func(t *testing.T, body map[string]any) {
		t.Helper()
		hits, _ := body["hits"].([]any)
		if !slices.ContainsFunc(hits, func(h any) bool { return ok(h.(map[string]any)) }) {
			t.Errorf("no such hit among %d", len(hits))
		}
	}
}

// wantError checks that the error message starts with the parameter's name.
func wantError(param string) func(*testing.T, map[string]any) {
	return func(t *testing.T, body map[string]any) {
		t.Helper()
		if msg, _ := body["error"].(string); !strings.HasPrefix(msg, param+":") {
			t.Errorf("error = %q, want it to name %s", msg, param)
		}
	}
}

func truncate(b []byte, n int) []byte {
	if len(b) > n {
		return append(b[:n:n], "…"...)
	}
	return b
}

// newServerIndex is the index newServer serves.
func newServerIndex(t *testing.T) *index.Reader {
	return testindex.Shared(t, testindex.Root()+"/internal/index/testdata/corpus")
}

// versionedDoc is a State Department release of the sample corpus that was
// re-posted with its time changed (versions.go).
const versionedDoc = "sample/state/2022-02-20_special-presidential-envoy-for-climate-kerrys-travel-to-egypt.txt"

// wantVersions checks the number of versions listed.
func wantVersions(n int) func(t *testing.T, body map[string]any) {
	return func(t *testing.T, body map[string]any) {
		t.Helper()
		if vs, _ := body["versions"].([]any); len(vs) != n {
			t.Errorf("%d versions, want %d: %v", len(vs), n, body["versions"])
		}
	}
}

// wantFacetValues checks that a facet list holds at least n values, as
// many as it counts (up to its size), each with a positive count.
func wantFacetValues(n int) func(t *testing.T, body map[string]any) {
	return func(t *testing.T, body map[string]any) {
		t.Helper()
		vs, _ := body["values"].([]any)
		if len(vs) < n || body["count"].(float64) < float64(len(vs)) {
			t.Errorf("%d values (count %v), want at least %d", len(vs), body["count"], n)
		}
	}
}
