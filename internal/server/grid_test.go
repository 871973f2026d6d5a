package server_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/readouts/readouts/internal/index"
	"github.com/readouts/readouts/internal/server"
	"github.com/readouts/readouts/internal/testindex"
)

// Grid and Timeline let the server holding its only search slot
// (openapi_test.go) answer grids and timelines too, and turn them away.
func (h *holdingSearcher) Grid(ctx context.Context, req index.GridRequest) (*index.GridResult, error) {
	return h.Searcher.(*index.Reader).Grid(ctx, req)
}

func (h *holdingSearcher) Timeline(ctx context.Context, req index.TimelineRequest) (*index.TimelineResult, error) {
	return h.Searcher.(*index.Reader).Timeline(ctx, req)
}

// newSampleServer serves the sample corpus (testdata/sample): real State
// Department, White House and UN General Debate documents and the seeds.
func newSampleServer(t *testing.T) *server.Server {
	t.Helper()
	if testing.Short() {
		t.Skip("indexes the sample corpus")
	}
	return mustServer(t, testConfig(), testindex.Shared(t, testindex.Root()+"/testdata/sample"))
}

// searchTotal asks /api/v1/search what the search page at pageURL ("/?…")
// counts, and its first hit; a partial result (no paragraph holds every
// word) counts 0, as grids and timelines count.
func searchTotal(t *testing.T, h http.Handler, pageURL string) (float64, string) {
	t.Helper()
	u, err := url.Parse(pageURL)
	if err != nil || u.Path != "/" {
		t.Fatalf("search link %q: %v", pageURL, err)
	}
	code, _, body := get(t, h, "/api/v1/search?"+u.RawQuery)
	if code != http.StatusOK {
		t.Fatalf("GET /api/v1/search?%s = %d: %v", u.RawQuery, code, body)
	}
	if body["partial"] == true {
		return 0, ""
	}
	first := ""
	if hits := body["hits"].([]any); len(hits) > 0 {
		first = hits[0].(map[string]any)["id"].(string)
	}
	return body["total"].(float64), first
}

// TestGridAPIMatchesSearches: each cell of /api/v1/grid counts what its
// link's search counts and shows that search's first hit; each column's
// total is its query's.
func TestGridAPIMatchesSearches(t *testing.T) {
	s := newSampleServer(t)
	tests := []struct {
		name   string
		target string
		minRow int // rows the sample must give
	}{
		{"speakers", `/api/v1/grid?q=Taiwan&q="human rights"&q=Ukraine&by=speaker`, 3},
		{"countries", "/api/v1/grid?q=sanctions&q=climate&by=country", 2},
		{"issuers in 2021", "/api/v1/grid?q=Ukraine&q=sanction*&by=issuer&from=2021&to=2021", 1},
		{"sources, three rows", "/api/v1/grid?q=peace&q=Minsk&by=source&n=3", 3},
		{"speakers of China", "/api/v1/grid?q=security&q=development&country=China", 1},
		{"by default speaker, one query without a match", "/api/v1/grid?q=Taiwan&q=zzyzxqv", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, body := get(t, s, strings.NewReplacer(`"`, "%22", " ", "+").Replace(tt.target))
			if code != http.StatusOK {
				t.Fatalf("status %d: %v", code, body)
			}
			columns := body["columns"].([]any)
			for _, c := range columns {
				col := c.(map[string]any)
				if total, _ := searchTotal(t, s, col["url"].(string)); col["total"].(float64) != total {
					t.Errorf("column %v: total %v, its search counts %v", col["q"], col["total"], total)
				}
			}
			rows := body["rows"].([]any)
			if len(rows) < tt.minRow {
				t.Fatalf("%d rows, want at least %d", len(rows), tt.minRow)
			}
			for _, r := range rows {
				row := r.(map[string]any)
				for qi, c := range row["cells"].([]any) {
					cell := c.(map[string]any)
					total, first := searchTotal(t, s, cell["url"].(string))
					if cell["count"].(float64) != total {
						t.Errorf("%v × %v: %v, its search (%s) counts %v", row["group"], columns[qi].(map[string]any)["q"], cell["count"], cell["url"], total)
					}
					best, _ := cell["best"].(map[string]any)
					switch {
					case total == 0 && best != nil:
						t.Errorf("%v × %d: a best paragraph without a match", row["group"], qi)
					case total > 0 && (best == nil || best["id"] != first):
						t.Errorf("%v × %d: best %v, the search's first hit %s", row["group"], qi, best["id"], first)
					case total > 0 && !strings.Contains(best["snippet"].(string), "<mark>"):
						t.Errorf("%v × %d: best snippet marks nothing: %v", row["group"], qi, best["snippet"])
					}
				}
			}
		})
	}
}

// TestCrossTabAPIRejects: what a client can put right is a 400 whose
// message starts with the parameter at fault.
func TestCrossTabAPIRejects(t *testing.T) {
	s := newSampleServer(t)
	tests := []struct {
		target string
		param  string
	}{
		{"/api/v1/grid?q=Taiwan&by=weather", "by"},
		{"/api/v1/grid?q=Taiwan&by=mention", "by"},
		{"/api/v1/grid?q=a&q=b&q=c&q=d&q=e&q=f&q=g", "q"},
		{"/api/v1/grid?q=Taiwan&q=+", "q"},
		{"/api/v1/grid", "q"},
		{"/api/v1/grid?q=Taiwan&q=%28Ukraine", "q"},
		{"/api/v1/grid?q=Taiwan&n=0", "n"},
		{"/api/v1/grid?q=Taiwan&n=51", "n"},
		{"/api/v1/grid?q=Taiwan&from=2021-13", "from"},
		{"/api/v1/timeline?q=Taiwan&interval=week", "interval"},
		{"/api/v1/timeline?q=Taiwan&by=mention", "by"},
		{"/api/v1/timeline?q=Taiwan&q=Ukraine", "q"},
		{"/api/v1/timeline?q=", "q"},
		{"/api/v1/timeline", "q"},
		{"/api/v1/timeline?q=%22Taiwan", "q"},
		{"/api/v1/timeline?q=Taiwan&n=abc", "n"},
	}
	for _, tt := range tests {
		t.Run(tt.target, func(t *testing.T) {
			code, _, body := get(t, s, tt.target)
			if code != http.StatusBadRequest {
				t.Fatalf("status %d, want 400: %v", code, body)
			}
			if msg, _ := body["error"].(string); !strings.HasPrefix(msg, tt.param+":") && !strings.HasPrefix(msg, tt.param+" ") {
				t.Errorf("error %q, want it to name %s", msg, tt.param)
			}
		})
	}
}

// TestCrossTabPages: the search page links to the grid and timeline of
// its query; the grid's cells and the timeline's bars link to searches;
// a bad request is a 400 page that keeps the form, and no q the empty form.
func TestCrossTabPages(t *testing.T) {
	s := newSampleServer(t)
	page := func(target string, status int) string {
		t.Helper()
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, target, nil))
		if rec.Code != status {
			t.Fatalf("GET %s = %d, want %d", target, rec.Code, status)
		}
		return rec.Body.String()
	}
	search := page("/?q=Taiwan&from=2021", http.StatusOK)
	for _, want := range []string{`href="/grid?from=2021&amp;q=Taiwan"`, `href="/timeline?by=country&amp;from=2021&amp;q=Taiwan"`} {
		if !strings.Contains(search, want) {
			t.Errorf("search page lacks %s", want)
		}
	}
	grid := page("/grid?q=Taiwan&q=Ukraine", http.StatusOK)
	for _, want := range []string{`<table class="grid">`, `class="cell-count" href="/?q=Taiwan&amp;speaker=Wang&#43;Yi"`, `<mark>Taiwan</mark>`, `id="q3"`} {
		if !strings.Contains(grid, want) {
			t.Errorf("grid page lacks %s", want)
		}
	}
	tl := page("/timeline?q=Taiwan&by=speaker", http.StatusOK)
	for _, want := range []string{`<svg class="tl"`, `<a href="/?from=2021&amp;q=Taiwan&amp;speaker=Wang&#43;Yi&amp;to=2021"`, `<h2>Other`} {
		if !strings.Contains(tl, want) {
			t.Errorf("timeline page lacks %s", want)
		}
	}
	for _, target := range []string{"/grid", "/timeline?by=country"} {
		body := page(target, http.StatusOK)
		if !strings.Contains(body, `class="crosstab-form"`) || strings.Contains(body, `class="notice error"`) {
			t.Errorf("%s: want the empty form, no problem", target)
		}
	}
	for _, target := range []string{"/grid?q=Taiwan&by=weather", "/timeline?q=Taiwan&interval=week", "/grid?q=%28Taiwan"} {
		body := page(target, http.StatusBadRequest)
		if !strings.Contains(body, `class="notice error"`) || !strings.Contains(body, `class="crosstab-form"`) {
			t.Errorf("%s: no problem shown beside the form", target)
		}
	}
}
