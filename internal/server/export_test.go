package server_test

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"io"
	"log/slog"
	"mime"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/readouts/readouts/internal/config"
	"github.com/readouts/readouts/internal/index"
	"github.com/readouts/readouts/internal/server"
	"github.com/readouts/readouts/internal/testindex"
)

// newExportServer serves the sample corpus with server.max_export set.
func newExportServer(t testing.TB, maxExport int) *server.Server {
	t.Helper()
	cfg := testConfig()
	cfg.MaxExport = maxExport
	s, err := server.New(cfg, testindex.Shared(t, testindex.Root()+"/testdata/sample"), slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func fetch(t *testing.T, h http.Handler, method, target string) *httptest.ResponseRecorder {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(method, target, nil))
	return rec
}

// searchIDs pages through /api/v1/search: the hits an export must hold.
func searchIDs(t *testing.T, h http.Handler, params url.Values) []string {
	t.Helper()
	var ids []string
	for page := 1; ; page++ {
		v := url.Values{}
		for k, vs := range params {
			v[k] = vs
		}
		v.Set("size", "100")
		v.Set("page", strconv.Itoa(page))
		code, _, body := get(t, h, "/api/v1/search?"+v.Encode())
		if code != http.StatusOK {
			t.Fatalf("search page %d: %d %v", page, code, body)
		}
		hits := body["hits"].([]any)
		for _, x := range hits {
			ids = append(ids, x.(map[string]any)["id"].(string))
		}
		if len(hits) < 100 {
			return ids
		}
	}
}

// TestExportCSV: the CSV holds every hit of the search, in the page's
// order, under the header row the issue names, as an attachment named
// after the query.
func TestExportCSV(t *testing.T) {
	s := newExportServer(t, 100000)
	params := url.Values{"q": {"Ukraine"}, "sort": {"newest"}, "from": {"2022"}}
	want := searchIDs(t, s, params)
	if len(want) < 20 {
		t.Fatalf("only %d hits: too few to test", len(want))
	}
	rec := fetch(t, s, http.MethodGet, "/api/v1/export?format=csv&"+params.Encode())
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d: %s", rec.Code, rec.Body)
	}
	if ct := rec.Header().Get("Content-Type"); ct != "text/csv; charset=utf-8" {
		t.Errorf("Content-Type %q", ct)
	}
	disp, dparams, err := mime.ParseMediaType(rec.Header().Get("Content-Disposition"))
	if err != nil || disp != "attachment" || dparams["filename"] != "readouts-ukraine.csv" {
		t.Errorf("Content-Disposition %q: %v", rec.Header().Get("Content-Disposition"), err)
	}
	if rec.Header().Get("X-Readouts-Truncated") != "false" || rec.Header().Get("X-Readouts-Total") != strconv.Itoa(len(want)) {
		t.Errorf("X-Readouts-Truncated %q, X-Readouts-Total %q; want false, %d",
			rec.Header().Get("X-Readouts-Truncated"), rec.Header().Get("X-Readouts-Total"), len(want))
	}
	records, err := csv.NewReader(rec.Body).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(records[0], ","); got != "id,doc_id,paragraph,date,speakers,mentions,issuer,source,url,title,text,country,turn" {
		t.Errorf("header %q", got)
	}
	rows := records[1:]
	if len(rows) != len(want) {
		t.Fatalf("%d rows, want %d", len(rows), len(want))
	}
	for i, r := range rows {
		if r[0] != want[i] {
			t.Fatalf("row %d is %s, want %s (the search's order)", i, r[0], want[i])
		}
		if r[1] == "" || r[2] == "" || !strings.HasPrefix(r[3], "202") || r[9] == "" || r[10] == "" ||
			!strings.Contains(strings.ToLower(r[9]+" "+r[10]), "ukrain") {
			t.Fatalf("row %d incomplete, or not about Ukraine in its title or text: %q", i, r)
		}
	}
	// A multi-speaker paragraph joins its names with "; ".
	joined := false
	for _, r := range rows {
		joined = joined || strings.Contains(r[4], "; ") || strings.Contains(r[5], "; ")
	}
	if !joined {
		t.Error("no row lists several speakers or mentions joined by \"; \"")
	}
}

// TestExportJSONL: one JSON object per line with the CSV's fields (and the
// country).
func TestExportJSONL(t *testing.T) {
	s := newExportServer(t, 100000)
	want := searchIDs(t, s, url.Values{"q": {"sanctions"}, "speaker": {"Antony Blinken"}})
	rec := fetch(t, s, http.MethodGet, "/api/v1/export?format=jsonl&q=sanctions&speaker=Antony+Blinken")
	if rec.Code != http.StatusOK || rec.Header().Get("Content-Type") != "application/x-ndjson; charset=utf-8" {
		t.Fatalf("status %d, Content-Type %q", rec.Code, rec.Header().Get("Content-Type"))
	}
	_, dparams, _ := mime.ParseMediaType(rec.Header().Get("Content-Disposition"))
	if dparams["filename"] != "readouts-sanctions.jsonl" {
		t.Errorf("file name %q", dparams["filename"])
	}
	var got []index.Row
	sc := bufio.NewScanner(rec.Body)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var raw map[string]any
		if err := json.Unmarshal(sc.Bytes(), &raw); err != nil {
			t.Fatalf("line %d: %v", len(got)+1, err)
		}
		for _, k := range []string{"id", "doc_id", "paragraph", "date", "speakers", "mentions", "issuer", "country", "source", "url", "title", "text", "turn"} {
			if _, ok := raw[k]; !ok {
				t.Fatalf("line %d has no %q: %s", len(got)+1, k, sc.Bytes())
			}
		}
		var r index.Row
		_ = json.Unmarshal(sc.Bytes(), &r)
		got = append(got, r)
	}
	if len(got) != len(want) || len(got) == 0 {
		t.Fatalf("%d lines, want %d", len(got), len(want))
	}
	for i, r := range got {
		if r.ID != want[i] || !strings.Contains(strings.Join(r.Speakers, ","), "Antony Blinken") {
			t.Errorf("line %d: %s by %v, want %s by Antony Blinken", i, r.ID, r.Speakers, want[i])
		}
	}
}

// TestExportTruncated: server.max_export cuts the export, and it says so
// three ways: the X-Readouts-Truncated header, and a last line, a JSON
// object with "truncated": true, or a CSV row whose first field starts
// with "#" (skipped by a reader told "#" starts comments).
func TestExportTruncated(t *testing.T) {
	s := newExportServer(t, 7)
	total := len(searchIDs(t, s, url.Values{"q": {"Ukraine"}}))
	if total <= 7 {
		t.Fatalf("only %d hits", total)
	}
	t.Run("csv", func(t *testing.T) {
		rec := fetch(t, s, http.MethodGet, "/api/v1/export?q=Ukraine")
		if rec.Header().Get("X-Readouts-Truncated") != "true" || rec.Header().Get("X-Readouts-Total") != strconv.Itoa(total) {
			t.Errorf("headers %v", rec.Header())
		}
		body := rec.Body.String()
		r := csv.NewReader(strings.NewReader(body))
		r.Comment = '#'
		records, err := r.ReadAll()
		if err != nil || len(records) != 1+7 {
			t.Fatalf("with comments skipped: %d records (%v), want a header and 7 rows", len(records), err)
		}
		all, err := csv.NewReader(strings.NewReader(body)).ReadAll()
		if err != nil {
			t.Fatalf("a plain reader fails on the note row: %v", err)
		}
		last := all[len(all)-1]
		wantNote := "# truncated: exported 7 of " + strconv.Itoa(total) + " matching paragraphs; server.max_export is 7"
		if len(all) != 1+7+1 || !strings.HasPrefix(last[0], wantNote) {
			t.Errorf("last row %q, want it to start %q", last, wantNote)
		}
	})
	t.Run("jsonl", func(t *testing.T) {
		rec := fetch(t, s, http.MethodGet, "/api/v1/export?q=Ukraine&format=jsonl")
		lines := strings.Split(strings.TrimSpace(rec.Body.String()), "\n")
		if len(lines) != 8 {
			t.Fatalf("%d lines, want 7 rows and the note", len(lines))
		}
		var note map[string]any
		if err := json.Unmarshal([]byte(lines[7]), &note); err != nil {
			t.Fatal(err)
		}
		if note["truncated"] != true || note["exported"] != 7.0 || note["total"] != float64(total) || note["limit"] != 7.0 || note["id"] != nil {
			t.Errorf("last line %s", lines[7])
		}
	})
}

// TestExportRequests: what is not an export is a 400 with a JSON message,
// as in the search API; HEAD answers the headers alone.
func TestExportRequests(t *testing.T) {
	s := newExportServer(t, 100000)
	for _, tt := range []struct {
		target string
		status int
		says   string
	}{
		{"/api/v1/export?q=Minsk&format=xlsx", 400, "format: must be csv or jsonl"},
		{"/api/v1/export?q=(", 400, "empty parentheses"},
		{"/api/v1/export?q=the", 400, "nothing to search for"},
		{"/api/v1/export?q=%zz", 400, "query string"},
		{"/api/v1/export?q=Minsk&sort=random", 400, "sort:"},
		{"/api/v1/export?q=Minsk&from=2023&to=2021", 400, "after"},
	} {
		code, h, body := get(t, s, tt.target)
		if msg, _ := body["error"].(string); code != tt.status || !strings.Contains(msg, tt.says) || !strings.Contains(h.Get("Content-Type"), "json") {
			t.Errorf("GET %s = %d %q, want %d saying %q", tt.target, code, msg, tt.status, tt.says)
		}
	}
	// A search page's page and size do not limit or refuse an export.
	rec := fetch(t, s, http.MethodGet, "/api/v1/export?q=Ukraine&page=2000&size=100&format=jsonl")
	if lines := strings.Count(rec.Body.String(), "\n"); rec.Code != http.StatusOK || strconv.Itoa(lines) != rec.Header().Get("X-Readouts-Total") {
		t.Errorf("export with page and size: %d, %d lines, total %s", rec.Code, lines, rec.Header().Get("X-Readouts-Total"))
	}
	rec = fetch(t, s, http.MethodHead, "/api/v1/export?q=Minsk")
	if rec.Code != http.StatusOK || rec.Header().Get("X-Readouts-Total") == "" || rec.Body.Len() != 0 {
		t.Errorf("HEAD: %d, total %q, %d body bytes", rec.Code, rec.Header().Get("X-Readouts-Total"), rec.Body.Len())
	}
	// The whole index, no query: named "all".
	rec = fetch(t, s, http.MethodGet, "/api/v1/export?format=jsonl&speaker=Wang+Yi")
	if _, p, _ := mime.ParseMediaType(rec.Header().Get("Content-Disposition")); p["filename"] != "readouts-all.jsonl" {
		t.Errorf("file name %q", p["filename"])
	}
	if n, _ := io.Copy(io.Discard, rec.Body); n == 0 {
		t.Error("empty export of Wang Yi's paragraphs")
	}
}

// TestExportWithoutIndex: before the first index, 503 like every search.
func TestExportWithoutIndex(t *testing.T) {
	empty, err := index.Open(t.TempDir(), index.ReaderOptions{})
	if err != nil {
		t.Fatal(err)
	}
	s, err := server.New(config.Server(testConfig()), empty, nil)
	if err != nil {
		t.Fatal(err)
	}
	if code, _, body := get(t, s, "/api/v1/export?q=Minsk"); code != http.StatusServiceUnavailable {
		t.Errorf("status %d %v, want 503", code, body)
	}
}
