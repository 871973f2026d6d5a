package server_test

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/readouts/readouts/internal/index"
	"github.com/readouts/readouts/internal/server"
	"github.com/readouts/readouts/internal/testindex"
)

// TestRequestBounds: what one request may ask for is bounded, and the 400
// says which bound and what to do (issue 14: 105 ORed two-letter prefixes
// with page=1000&size=100 took searchd from 42 MB to 890 MB).
func TestRequestBounds(t *testing.T) {
	cfg := testConfig()
	cfg.MaxResultWindow = 10
	cfg.MaxQueryTerms = 20
	s, err := server.New(cfg, testindex.Shared(t, testindex.Root()+"/internal/index/testdata/corpus"), nil)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name      string
		target    string
		status    int
		wantError string // in the JSON error
	}{
		{name: "window edge", target: "/api/v1/search?size=5&page=2", status: 200},
		{name: "past the window", target: "/api/v1/search?size=5&page=3", status: 400,
			wantError: "page: page 3 of 5 results would show results up to 15; a search shows at most the first 10 (server.max_result_window)"},
		{name: "past the window by size", target: "/api/v1/search?size=20", status: 400, wantError: "server.max_result_window"},
		{name: "prefix within budget", target: "/api/v1/search?q=sanction*", status: 200},
		{name: "prefix too wide", target: "/api/v1/search?q=co*", status: 400,
			wantError: `query: "co*" matches 22 terms in the index, more than the 20 a search may look up; type more of the word (at character 1)`},
		{name: "prefixes too many", target: "/api/v1/search?q=Minsk+OR+sa*+OR+se*+OR+si*+OR+su*", status: 400,
			wantError: "use fewer or longer prefixes"},
		{name: "page shows it too", target: "/?q=co*", status: 400},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, body := get(t, s, tt.target)
			if code != tt.status {
				t.Fatalf("GET %s = %d %v, want %d", tt.target, code, body, tt.status)
			}
			if tt.wantError != "" {
				if msg, _ := body["error"].(string); !strings.Contains(msg, tt.wantError) {
					t.Errorf("GET %s error = %q, want it to contain %q", tt.target, msg, tt.wantError)
				}
			}
		})
	}
}

// gatedSearcher admits each search with a cost chosen by its query
// ("heavy" walks a million postings), then holds it until release closes.
type gatedSearcher struct {
	admitted chan string
	release  chan struct{}
}

func (g *gatedSearcher) Search(ctx context.Context, req index.SearchRequest) (*index.SearchResult, error) {
	c := index.Cost{Terms: 2, Postings: 10, Window: req.Page * req.Size}
	if req.Query == "heavy" {
		c.Postings = 1_000_000
	}
	done, err := req.Admit(ctx, c)
	if err != nil {
		return nil, err
	}
	defer done()
	g.admitted <- req.Query
	select {
	case <-g.release:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	return &index.SearchResult{Query: req.Query, Page: req.Page, Size: req.Size, Facets: map[string][]index.FacetValue{}}, nil
}

func (g *gatedSearcher) Document(context.Context, string, string) (*index.DocumentView, error) {
	return nil, index.ErrNotFound
}
func (g *gatedSearcher) Stats() (index.Stats, error) { return index.Stats{}, nil }

// waitAdmitted waits for the searcher to admit a search.
func (g *gatedSearcher) waitAdmitted(t *testing.T) {
	t.Helper()
	select {
	case <-g.admitted:
	case <-time.After(5 * time.Second):
		t.Fatal("no search was admitted in 5 s")
	}
}

type answer struct {
	code       int
	retryAfter string
	body       string
}

func ask(h http.Handler, target string) answer {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, target, nil))
	return answer{rec.Code, rec.Header().Get("Retry-After"), rec.Body.String()}
}

// TestConcurrentSearches: with server.max_concurrent_searches 4 on 4 CPUs,
// heavy searches take at most two slots, so light ones always get in; a search
// that finds no slot within server.search_queue_timeout gets 429 with
// Retry-After and a JSON message, one that finds one in time waits for it.
func TestConcurrentSearches(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	tests := []struct {
		name    string
		cpus    int      // GOMAXPROCS; 0: 4
		running []string // queries holding slots
		next    string   // the query that arrives then
		freeOne bool     // a running search ends while next waits
		want    int
	}{
		{name: "light beside two heavy", running: []string{"heavy", "heavy"}, next: "light", want: 200},
		{name: "third heavy waits, then 429", running: []string{"heavy", "heavy"}, next: "heavy", want: 429},
		{name: "second heavy", running: []string{"heavy", "light"}, next: "heavy", want: 200},
		{name: "all slots taken", running: []string{"heavy", "light", "light", "light"}, next: "light", want: 429},
		{name: "heavy when light searches fill the slots", running: []string{"light", "light", "light", "light"}, next: "heavy", want: 429},
		{name: "queued until a slot frees", running: []string{"light", "light", "light", "light"}, next: "light", freeOne: true, want: 200},
		{name: "one heavy per two CPUs", cpus: 2, running: []string{"heavy", "light"}, next: "heavy", want: 429},
		{name: "light beside heavy on two CPUs", cpus: 2, running: []string{"heavy", "light"}, next: "light", want: 200},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			runtime.GOMAXPROCS(cmp.Or(tt.cpus, 4))
			cfg := testConfig()
			cfg.MaxConcurrentSearches = 4
			cfg.SearchQueueTimeout = 300 * time.Millisecond
			g := &gatedSearcher{admitted: make(chan string, 10), release: make(chan struct{})}
			s, err := server.New(cfg, g, nil)
			if err != nil {
				t.Fatal(err)
			}
			var wg sync.WaitGroup
			defer wg.Wait()
			releaseAll := sync.OnceFunc(func() { close(g.release) })
			defer releaseAll()
			for _, q := range tt.running {
				wg.Add(1)
				go func() { defer wg.Done(); ask(s, "/api/v1/search?q="+q) }()
				g.waitAdmitted(t)
			}
			got := make(chan answer, 1)
			go func() { got <- ask(s, "/api/v1/search?q="+tt.next) }()
			if tt.freeOne {
				time.Sleep(50 * time.Millisecond)
				releaseAll() // every running search ends, the waiting one gets a slot
			}
			select {
			case <-g.admitted: // it got a slot: let it finish
				releaseAll()
			case a := <-got:
				got <- a
			}
			a := <-got
			if a.code != tt.want {
				t.Fatalf("GET ?q=%s = %d %s, want %d", tt.next, a.code, a.body, tt.want)
			}
			if tt.want == 429 {
				var body map[string]string
				if err := json.Unmarshal([]byte(a.body), &body); err != nil || !strings.Contains(body["error"], "too many searches") {
					t.Errorf("429 body = %s, want JSON saying too many searches", a.body)
				}
				if a.retryAfter != "1" {
					t.Errorf("Retry-After = %q, want 1", a.retryAfter)
				}
			}
		})
	}
}

// TestBusyPage: the search page says so too, with the same status.
func TestBusyPage(t *testing.T) {
	cfg := testConfig()
	cfg.MaxConcurrentSearches = 1
	cfg.SearchQueueTimeout = 0
	g := &gatedSearcher{admitted: make(chan string, 10), release: make(chan struct{})}
	s, err := server.New(cfg, g, nil)
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() { defer close(done); ask(s, "/api/v1/search?q=light") }()
	g.waitAdmitted(t)
	a := ask(s, "/?q=light")
	close(g.release)
	<-done
	if a.code != 429 || a.retryAfter != "1" || !strings.Contains(a.body, "too many searches") {
		t.Errorf("GET /?q=light = %d, Retry-After %q, %.200s; want 429 and a page saying so", a.code, a.retryAfter, a.body)
	}
}

// stubbornSearcher ignores its context, as Bleve does while it builds its
// searchers and between its checks.
type stubbornSearcher struct{ d time.Duration }

func (s stubbornSearcher) Search(ctx context.Context, req index.SearchRequest) (*index.SearchResult, error) {
	time.Sleep(s.d)
	return &index.SearchResult{Page: req.Page, Size: req.Size, Facets: map[string][]index.FacetValue{}}, nil
}
func (stubbornSearcher) Document(context.Context, string, string) (*index.DocumentView, error) {
	return nil, index.ErrNotFound
}
func (stubbornSearcher) Stats() (index.Stats, error) { return index.Stats{}, nil }

// syncBuffer is a log destination for handlers writing from goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

// TestSearchTimeout: server.search_timeout is kept: a search still running
// at its deadline is answered 503 with a JSON message within the timeout
// plus a small margin, never a late 200, and the log says so. (Issue 14:
// with 10 s, answers came after 10.1-14.1 s, one a 200 after 11.2 s.)
func TestSearchTimeout(t *testing.T) {
	tests := []struct {
		name    string
		index   server.Searcher
		timeout time.Duration
	}{
		{name: "search ignoring its context", index: stubbornSearcher{d: 3 * time.Second}, timeout: 200 * time.Millisecond},
		{name: "real index, tiny timeout", index: testindex.Shared(t, testindex.Root()+"/internal/index/testdata/corpus"), timeout: time.Microsecond},
	}
	// The property is that searchd answers without waiting for the search
	// (3 s here), not a latency: the margin is wide for a loaded machine
	// (a run under load 10 on 2 cores took 0.71 s for a 0.2 s timeout).
	const margin = 1500 * time.Millisecond
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := testConfig()
			cfg.SearchTimeout = tt.timeout
			var logs syncBuffer
			s, err := server.New(cfg, tt.index, slog.New(slog.NewTextHandler(&logs, nil)))
			if err != nil {
				t.Fatal(err)
			}
			start := time.Now()
			code, _, body := get(t, s, "/api/v1/search?q=Minsk")
			took := time.Since(start)
			if code != http.StatusServiceUnavailable {
				t.Fatalf("status %d %v after %v, want 503", code, body, took)
			}
			if took > tt.timeout+margin {
				t.Errorf("answered after %v, want within %v + %v", took, tt.timeout, margin)
			}
			if msg, _ := body["error"].(string); !strings.Contains(msg, "took too long") {
				t.Errorf("error = %q, want it to say the search took too long", msg)
			}
			if l := logs.String(); !strings.Contains(l, "search timed out") || !strings.Contains(l, "query=Minsk") {
				t.Errorf("log = %s, want a line saying the search for Minsk timed out", l)
			}
		})
	}
}

// TestHeadAndStatic: every GET route answers HEAD with GET's status and
// headers and no body (it was 405), and /static/ serves files, not a
// listing of its folder.
func TestHeadAndStatic(t *testing.T) {
	cfg := testConfig()
	s, err := server.New(cfg, testindex.Shared(t, testindex.Root()+"/internal/index/testdata/corpus"), nil)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s)
	defer ts.Close()
	do := func(method, target string) (int, http.Header, string) {
		req, err := http.NewRequest(method, ts.URL+target, nil)
		if err != nil {
			t.Fatal(err)
		}
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return res.StatusCode, res.Header, string(b)
	}
	doc := "/api/v1/documents/corpus/seeds/000_1e93c1123834f146.txt"
	tests := []struct {
		target string
		status int
	}{
		{"/", 200}, {"/?q=Minsk", 200}, {"/help", 200}, {"/doc/corpus/seeds/000_1e93c1123834f146.txt", 200},
		{"/api/v1/search?q=Minsk", 200}, {"/api/v1/search?q=%28", 400}, {doc, 200}, {"/api/v1/documents/nope", 404},
		{"/healthz", 200}, {"/readyz", 200}, {"/metrics", 200}, {"/api/v1/openapi.json", 200},
		{"/static/style.css", 200}, {"/static/app.js", 200},
		{"/static/", 404}, {"/static/nope.css", 404},
	}
	for _, tt := range tests {
		t.Run(tt.target, func(t *testing.T) {
			getCode, getHeader, getBody := do(http.MethodGet, tt.target)
			if getCode != tt.status {
				t.Errorf("GET %s = %d, want %d", tt.target, getCode, tt.status)
			}
			if strings.Contains(getBody, "app.js</a>") {
				t.Errorf("GET %s lists a folder: %.200s", tt.target, getBody)
			}
			headCode, headHeader, headBody := do(http.MethodHead, tt.target)
			if headCode != getCode {
				t.Errorf("HEAD %s = %d, want GET's %d", tt.target, headCode, getCode)
			}
			if headBody != "" {
				t.Errorf("HEAD %s has a body: %.100s", tt.target, headBody)
			}
			if got, want := headHeader.Get("Content-Type"), getHeader.Get("Content-Type"); got != want {
				t.Errorf("HEAD %s Content-Type = %q, GET's is %q", tt.target, got, want)
			}
		})
	}
}
