package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/readouts/readouts/internal/index"
	"github.com/readouts/readouts/internal/server"
)

// failingSearcher is an index whose every read fails as a broken disk
// would, with an error text that must stay in the log.
type failingSearcher struct{ err error }

func (f failingSearcher) Search(context.Context, index.SearchRequest) (*index.SearchResult, error) {
	return nil, f.err
}

func (f failingSearcher) Document(context.Context, string, string) (*index.DocumentView, error) {
	return nil, f.err
}

func (f failingSearcher) Stats() (index.Stats, error) { return index.Stats{}, f.err }

// TestInternalError is the 500 path, which a real index does not take: an
// index that fails answers 500 with {"error": "internal error"} on the API
// and an error page on the site, never the error's own text (it names
// files on the server), and logs the error with the request's path once.
// /healthz still answers: the process is alive.
func TestInternalError(t *testing.T) {
	const secret = "read /var/lib/readouts/index/gen-000007/store/00000000001.zap: input/output error"
	var logged bytes.Buffer
	s, err := server.New(testConfig(), failingSearcher{err: errors.New(secret)}, slog.New(slog.NewJSONHandler(&logged, nil)))
	if err != nil {
		t.Fatal(err)
	}
	const doc = "corpus/seeds/000_1e93c1123834f146.txt"
	for _, tc := range []struct {
		target string
		status int
		json   bool // the API's JSON error, else an HTML page
	}{
		{"/api/v1/search?q=Minsk", 500, true},
		{"/api/v1/documents/" + doc, 500, true},
		{"/readyz", 500, true},
		{"/?q=Minsk", 500, false},
		{"/doc/" + doc, 500, false},
		{"/healthz", 200, true},
	} {
		t.Run(tc.target, func(t *testing.T) {
			logged.Reset()
			rec := httptest.NewRecorder()
			s.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, tc.target, nil))
			body := rec.Body.String()
			if rec.Code != tc.status {
				t.Fatalf("status %d, want %d; body %.300s", rec.Code, tc.status, body)
			}
			ctype := rec.Header().Get("Content-Type")
			if strings.Contains(body, "input/output error") || strings.Contains(body, "/var/lib") {
				t.Errorf("the response shows the internal error: %.300s", body)
			}
			if tc.status == 200 {
				return
			}
			if tc.json {
				var got struct {
					Error string `json:"error"`
				}
				if !strings.HasPrefix(ctype, "application/json") {
					t.Fatalf("Content-Type %q, want JSON; body %.300s", ctype, body)
				}
				if err := json.Unmarshal(rec.Body.Bytes(), &got); err != nil {
					t.Fatalf("body is not JSON: %v: %.300s", err, body)
				}
				if got.Error != "internal error" {
					t.Errorf("error %q, want %q", got.Error, "internal error")
				}
			} else {
				if !strings.HasPrefix(ctype, "text/html") {
					t.Fatalf("Content-Type %q, want an HTML page; body %.300s", ctype, body)
				}
				if !strings.Contains(body, "500 Internal Server Error") || !strings.Contains(body, "internal error") {
					t.Errorf("the error page does not say what happened: %.600s", body)
				}
			}
			// One log line for the failure, with the error and the path.
			var lines []map[string]any
			for _, l := range strings.Split(strings.TrimSpace(logged.String()), "\n") {
				var m map[string]any
				if json.Unmarshal([]byte(l), &m) == nil && m["level"] == "ERROR" {
					lines = append(lines, m)
				}
			}
			path, _, _ := strings.Cut(tc.target, "?")
			if len(lines) != 1 || lines[0]["error"] != secret || lines[0]["path"] != path {
				t.Errorf("error log lines %v, want one with the error and path %s", lines, path)
			}
		})
	}
}
