package server_test

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/readouts/readouts/internal/config"
	"github.com/readouts/readouts/internal/server"
)

// logLines parses JSON log output, one object a line.
func logLines(t *testing.T, out string) []map[string]any {
	t.Helper()
	var lines []map[string]any
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		if l == "" {
			continue
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("log line is not JSON: %v\n%s", err, l)
		}
		lines = append(lines, m)
	}
	return lines
}

// TestRequestLog sends requests through a server that logs as config.yaml's
// log.format: json says, and checks the one line each request gets.
func TestRequestLog(t *testing.T) {
	for _, tc := range []struct {
		name      string
		target    string
		requestID string // sent as X-Request-ID
		want      map[string]any
		wantHits  bool
		keepID    bool // the response echoes the id sent
	}{
		{name: "search", target: "/api/v1/search?q=Minsk", requestID: "req-42",
			want: map[string]any{"method": "GET", "route": "/api/v1/search", "path": "/api/v1/search?q=Minsk", "status": 200.0, "hits": 2.0}, wantHits: true, keepID: true},
		{name: "search page", target: "/?q=Minsk",
			want: map[string]any{"route": "/", "status": 200.0, "hits": 2.0}, wantHits: true},
		{name: "no hits", target: "/api/v1/search?q=zzyzxqv",
			want: map[string]any{"status": 200.0, "hits": 0.0}, wantHits: true},
		{name: "bad parameter", target: "/api/v1/search?page=abc",
			want: map[string]any{"route": "/api/v1/search", "status": 400.0}},
		{name: "document", target: "/api/v1/documents/corpus/seeds/000_1e93c1123834f146.txt", requestID: "0f8e2c1a-7b9d-4c3e-a1f2-9d8c7b6a5e4f",
			want: map[string]any{"route": "/api/v1/documents/*", "status": 200.0}, keepID: true},
		{name: "no route", target: "/wp-login.php",
			want: map[string]any{"route": "unmatched", "status": 404.0}},
		{name: "health, forged id replaced", target: "/healthz", requestID: "x\" level=ERROR msg=forged",
			want: map[string]any{"route": "/healthz", "status": 200.0}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out bytes.Buffer
			cfg := config.Config{Log: config.Log{Level: "info", Format: "json"}, Server: testConfig()}
			s, err := server.New(cfg.Server, newServerIndex(t), cfg.Logger(&out))
			if err != nil {
				t.Fatal(err)
			}
			req := httptest.NewRequest(http.MethodGet, tc.target, nil)
			if tc.requestID != "" {
				req.Header.Set("X-Request-ID", tc.requestID)
			}
			rec := httptest.NewRecorder()
			s.ServeHTTP(rec, req)

			lines := logLines(t, out.String())
			if len(lines) != 1 {
				t.Fatalf("%d log lines, want 1:\n%s", len(lines), out.String())
			}
			line := lines[0]
			if line["level"] != "INFO" || line["msg"] != "request" {
				t.Errorf("level, msg = %v, %v; want INFO, request", line["level"], line["msg"])
			}
			for k, want := range tc.want {
				if line[k] != want {
					t.Errorf("%s = %v (%T), want %v", k, line[k], line[k], want)
				}
			}
			if _, ok := line["hits"]; ok != tc.wantHits {
				t.Errorf("hits logged = %v, want %v", ok, tc.wantHits)
			}
			if d, ok := line["duration_ms"].(float64); !ok || d < 0 {
				t.Errorf("duration_ms = %v", line["duration_ms"])
			}
			id := rec.Header().Get("X-Request-ID")
			switch {
			case id == "" || line["request_id"] != id:
				t.Errorf("X-Request-ID = %q, logged %v; want the same id in both", id, line["request_id"])
			case tc.keepID && id != tc.requestID:
				t.Errorf("X-Request-ID = %q, want the client's %q echoed", id, tc.requestID)
			case !tc.keepID && (id == tc.requestID || len(id) < 16):
				t.Errorf("X-Request-ID = %q, want a new random id", id)
			}
		})
	}
}

func TestSlowQueryLog(t *testing.T) {
	for _, tc := range []struct {
		name      string
		threshold time.Duration
		timeout   time.Duration // server.search_timeout; 0: the test default
		target    string
		wantSlow  bool
		want      map[string]any // in the slow query line
	}{
		{"slower than the threshold", time.Nanosecond, 0, "/api/v1/search?q=Minsk", true,
			map[string]any{"q": "Minsk", "hits": 2.0, "status": 200.0}},
		{"page search slower than the threshold", time.Nanosecond, 0, "/?q=Minsk", true,
			map[string]any{"q": "Minsk", "hits": 2.0, "status": 200.0}},
		{"timed out", time.Nanosecond, time.Nanosecond, "/api/v1/search?q=Minsk", true,
			map[string]any{"hits": 0.0, "status": 503.0}},
		{"faster than the threshold", time.Hour, 0, "/api/v1/search?q=Minsk", false, nil},
		{"no search", time.Nanosecond, 0, "/healthz", false, nil},
		{"no search, bad parameter", time.Nanosecond, 0, "/api/v1/search?q=Minsk&sort=random", false, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out bytes.Buffer
			cfg := config.Config{Log: config.Log{Level: "info", Format: "json"}, Server: testConfig()}
			cfg.Server.SlowQuery = tc.threshold
			if tc.timeout > 0 {
				cfg.Server.SearchTimeout = tc.timeout
			}
			s, err := server.New(cfg.Server, newServerIndex(t), cfg.Logger(&out))
			if err != nil {
				t.Fatal(err)
			}
			req := httptest.NewRequest(http.MethodGet, tc.target, nil)
			req.Header.Set("X-Request-ID", "slow-1")
			s.ServeHTTP(httptest.NewRecorder(), req)
			var slow map[string]any
			for _, l := range logLines(t, out.String()) {
				if l["msg"] == "slow query" {
					slow = l
				}
			}
			if (slow != nil) != tc.wantSlow {
				t.Fatalf("slow query line = %v, want one: %v\n%s", slow != nil, tc.wantSlow, out.String())
			}
			if slow == nil {
				return
			}
			if slow["level"] != "WARN" || slow["request_id"] != "slow-1" || slow["path"] != tc.target {
				t.Errorf("level, request_id, path = %v, %v, %v; want WARN, slow-1, %s", slow["level"], slow["request_id"], slow["path"], tc.target)
			}
			for k, want := range tc.want {
				if slow[k] != want {
					t.Errorf("%s = %v, want %v", k, slow[k], want)
				}
			}
			if d, ok := slow["search_ms"].(float64); !ok || d <= 0 {
				t.Errorf("search_ms = %v, want the time the search took", slow["search_ms"])
			}
		})
	}
}

func TestRequestLogText(t *testing.T) {
	var out bytes.Buffer
	cfg := config.Config{Log: config.Log{Level: "info", Format: "text"}, Server: testConfig()}
	s, err := server.New(cfg.Server, newServerIndex(t), cfg.Logger(&out))
	if err != nil {
		t.Fatal(err)
	}
	s.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest(http.MethodGet, "/api/v1/search?q=Minsk", nil))
	for _, want := range []string{"level=INFO", "msg=request", "method=GET", "route=/api/v1/search", "status=200", "hits=2", "request_id="} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("text log line lacks %q:\n%s", want, out.String())
		}
	}
}
