package server_test

import (
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/readouts/readouts/internal/config"
	"github.com/readouts/readouts/internal/index"
	"github.com/readouts/readouts/internal/server"
	"github.com/readouts/readouts/internal/testindex"
)

func testConfig() config.Server {
	return config.Server{
		Addr: "127.0.0.1:0", ReloadInterval: time.Second, ReadTimeout: 5 * time.Second,
		WriteTimeout: 5 * time.Second, IdleTimeout: 5 * time.Second, ShutdownTimeout: time.Second,
		SearchTimeout: 5 * time.Second, PageSize: 10, MaxPageSize: 100, MaxPage: 1000,
		MaxResultWindow: 10000, MaxQueryTerms: 1024, MaxConcurrentSearches: 4, SearchQueueTimeout: time.Second,
	}
}

// newServer serves the index package's test corpus (seeds, a White House
// readout, and JSON Lines documents including one with markup in its text).
func newServer(t *testing.T) *server.Server {
	t.Helper()
	r := testindex.Shared(t, testindex.Root()+"/internal/index/testdata/corpus")
	s, err := server.New(testConfig(), r, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// get sends a request through the real router and decodes the JSON body.
func get(t *testing.T, h http.Handler, target string) (int, http.Header, map[string]any) {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, target, nil))
	body, _ := io.ReadAll(rec.Body)
	var out map[string]any
	if strings.Contains(rec.Header().Get("Content-Type"), "json") {
		if err := json.Unmarshal(body, &out); err != nil {
			t.Fatalf("GET %s: body is not JSON: %v\n%s", target, err, body)
		}
	}
	return rec.Code, rec.Header(), out
}

func TestSearchAPI(t *testing.T) {
	s := newServer(t)
	code, _, body := get(t, s, "/api/v1/search?q=Minsk")
	if code != http.StatusOK {
		t.Fatalf("status %d: %v", code, body)
	}
	if body["total"].(float64) != 2 {
		t.Errorf("total = %v, want 2", body["total"])
	}
	if _, ok := body["took_ms"].(float64); !ok {
		t.Errorf("took_ms missing: %v", body)
	}
	hits := body["hits"].([]any)
	first := hits[0].(map[string]any)
	for key, want := range map[string]any{
		"id": "corpus/seeds/000_1e93c1123834f146.txt#p8", "doc_id": "corpus/seeds/000_1e93c1123834f146.txt",
		"paragraph": float64(8), "date": "2022-01-27",
	} {
		if first[key] != want {
			t.Errorf("hit[0].%s = %v, want %v", key, first[key], want)
		}
	}
	if sp := first["speakers"].([]any); len(sp) == 0 || sp[0] != "Wang Yi" {
		t.Errorf("hit[0].speakers = %v, want Wang Yi first", sp)
	}
	if !strings.Contains(first["snippet"].(string), "<mark>Minsk</mark>") {
		t.Errorf("snippet = %v", first["snippet"])
	}
	facets := body["facets"].(map[string]any)
	for _, name := range []string{"speaker", "mention", "year", "month", "source"} {
		if _, ok := facets[name]; !ok {
			t.Errorf("facet %s missing", name)
		}
	}
	if y := facets["year"].([]any); len(y) != 1 || y[0].(map[string]any)["value"] != "2022" || y[0].(map[string]any)["count"].(float64) != 2 {
		t.Errorf("year facet = %v, want 2022: 2", y)
	}
}

func TestSearchAPITaiwanSpeakers(t *testing.T) {
	s := newServer(t)
	_, _, body := get(t, s, "/api/v1/search?q=Taiwan")
	var speakers []string
	for _, v := range body["facets"].(map[string]any)["speaker"].([]any) {
		speakers = append(speakers, v.(map[string]any)["value"].(string))
	}
	for _, want := range []string{"Wang Yi", "Antony Blinken"} {
		if !contains(speakers, want) {
			t.Errorf("speaker facet %v lacks %s", speakers, want)
		}
	}
	// Filtering by a facet value narrows the results.
	_, _, narrowed := get(t, s, "/api/v1/search?q=Taiwan&speaker="+url.QueryEscape("Wang Yi"))
	if narrowed["total"].(float64) >= body["total"].(float64) {
		t.Errorf("speaker filter did not narrow: %v >= %v", narrowed["total"], body["total"])
	}
}

func TestSnippetEscaping(t *testing.T) {
	s := newServer(t)
	_, _, body := get(t, s, "/api/v1/search?q=review")
	hits := body["hits"].([]any)
	if len(hits) != 1 {
		t.Fatalf("want the markup document, got %d hits", len(hits))
	}
	snip := hits[0].(map[string]any)["snippet"].(string)
	if strings.Contains(snip, "<script>") || strings.Contains(snip, "<img") {
		t.Errorf("snippet lets markup through: %s", snip)
	}
	if !strings.Contains(snip, "&lt;script&gt;") || !strings.Contains(snip, "<mark>review</mark>") {
		t.Errorf("snippet = %s, want escaped markup and a marked match", snip)
	}
}

func TestSearchAPIPaging(t *testing.T) {
	s := newServer(t)
	_, _, p1 := get(t, s, "/api/v1/search?q=Taiwan&size=1")
	_, _, p2 := get(t, s, "/api/v1/search?q=Taiwan&size=1&page=2")
	id := func(b map[string]any) string { return b["hits"].([]any)[0].(map[string]any)["id"].(string) }
	if id(p1) == id(p2) {
		t.Errorf("page 1 and 2 both start with %s", id(p1))
	}
	if p1["pages"].(float64) != p1["total"].(float64) {
		t.Errorf("pages = %v with size 1 and total %v", p1["pages"], p1["total"])
	}
	_, _, newest := get(t, s, "/api/v1/search?q=Blinken&sort=newest&size=50")
	var dates []string
	for _, h := range newest["hits"].([]any) {
		dates = append(dates, h.(map[string]any)["date"].(string))
	}
	for i := 1; i < len(dates); i++ {
		if dates[i] != "" && dates[i] > dates[i-1] {
			t.Errorf("sort=newest gives %v", dates)
			break
		}
	}
}

func TestBadRequests(t *testing.T) {
	s := newServer(t)
	tests := []struct {
		target string
		status int
		says   string
	}{
		{"/api/v1/search?q=%22Minsk", 400, "missing closing quote"},
		{"/api/v1/search?q=(a", 400, "missing closing parenthesis"},
		{"/api/v1/search?q=Minsk&sort=best", 400, "sort: unknown order"},
		{"/api/v1/search?q=Minsk&page=abc", 400, "page: must be a whole number"},
		{"/api/v1/search?q=Minsk&page=0", 400, "page: must be a whole number"},
		{"/api/v1/search?q=Minsk&page=1001", 400, "page: must be at most 1000"},
		{"/api/v1/search?q=Minsk&page=3", 400, "page: 3 is beyond the last page (1)"},
		{"/api/v1/search?q=Minsk&size=1000", 400, "size: must be a whole number from 1 to 100"},
		{"/api/v1/search?q=Minsk&from=2022-13-01", 400, "from:"},
		{"/api/v1/search?q=Minsk&to=yesterday", 400, "to:"},
		{"/api/v1/search?q=Minsk&from=2023&to=2022", 400, "after"},
		{"/api/v1/search?q=speaker:", 400, "needs a value"},
		{"/api/v1/documents/corpus/nope.txt", 404, "no such document"},
		{"/api/v1/nothing", 404, "Not Found"},
	}
	for _, tt := range tests {
		t.Run(tt.target, func(t *testing.T) {
			code, h, body := get(t, s, tt.target)
			if code != tt.status {
				t.Errorf("status = %d, want %d (%v)", code, tt.status, body)
			}
			if !strings.Contains(h.Get("Content-Type"), "application/json") {
				t.Errorf("Content-Type = %q, want JSON", h.Get("Content-Type"))
			}
			msg, _ := body["error"].(string)
			if !strings.Contains(msg, tt.says) {
				t.Errorf("error = %q, want it to say %q", msg, tt.says)
			}
		})
	}
}

func TestDocumentAPI(t *testing.T) {
	s := newServer(t)
	code, _, body := get(t, s, "/api/v1/documents/corpus/seeds/000_1e93c1123834f146.txt")
	if code != 200 {
		t.Fatalf("status %d: %v", code, body)
	}
	if body["date"] != "2022-01-27" {
		t.Errorf("date = %v", body["date"])
	}
	paras := body["paragraphs"].([]any)
	if len(paras) != 9 {
		t.Fatalf("%d paragraphs, want 9", len(paras))
	}
	p3 := paras[2].(map[string]any)
	if p3["paragraph"].(float64) != 3 || !contains(strs(p3["speakers"]), "Wang Yi") || len(strs(p3["why"])) == 0 {
		t.Errorf("paragraph 3 = %v, want Wang Yi speaking with a reason", p3)
	}
	// ?q= marks the query's words in the paragraphs that hold them.
	_, _, marked := get(t, s, "/api/v1/documents/corpus/seeds/000_1e93c1123834f146.txt?q=Minsk")
	mp := marked["paragraphs"].([]any)
	if m, _ := mp[7].(map[string]any)["marked"].(string); !strings.Contains(m, "<mark>Minsk</mark>") {
		t.Errorf("paragraph 8 marked = %q", m)
	}
	if m, ok := mp[0].(map[string]any)["marked"]; ok {
		t.Errorf("paragraph 1 has no Minsk but is marked %q", m)
	}
	// JSON Lines ids contain a colon; escaped or not, they resolve.
	if code, _, body := get(t, s, "/api/v1/documents/corpus/extra.jsonl%3Alavrov-call"); code != 200 {
		t.Errorf("escaped id: status %d %v", code, body)
	}
}

func TestHealth(t *testing.T) {
	s := newServer(t)
	if code, _, _ := get(t, s, "/healthz"); code != 200 {
		t.Errorf("/healthz = %d", code)
	}
	code, _, body := get(t, s, "/readyz")
	if code != 200 || body["index"].(map[string]any)["paragraphs"].(float64) == 0 {
		t.Errorf("/readyz = %d %v", code, body)
	}
	empty, err := index.Open(t.TempDir(), index.ReaderOptions{})
	if err != nil {
		t.Fatal(err)
	}
	s2, err := server.New(testConfig(), empty, nil)
	if err != nil {
		t.Fatal(err)
	}
	if code, _, body := get(t, s2, "/readyz"); code != 503 {
		t.Errorf("/readyz without an index = %d %v, want 503", code, body)
	}
	if code, _, body := get(t, s2, "/api/v1/search?q=x"); code != 503 || !strings.Contains(body["error"].(string), "run the indexer") {
		t.Errorf("search without an index = %d %v, want 503 saying to run the indexer", code, body)
	}
}

func TestSecurityHeaders(t *testing.T) {
	s := newServer(t)
	_, h, _ := get(t, s, "/api/v1/search?q=Minsk")
	if csp := h.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'none'") || strings.Contains(csp, "unsafe-inline") {
		t.Errorf("CSP = %q", csp)
	}
	if h.Get("X-Content-Type-Options") != "nosniff" {
		t.Errorf("X-Content-Type-Options = %q", h.Get("X-Content-Type-Options"))
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func strs(v any) []string {
	var out []string
	for _, x := range v.([]any) {
		out = append(out, x.(string))
	}
	return out
}
