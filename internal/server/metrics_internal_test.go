package server

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"strings"
	"testing"

	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/readouts/readouts/internal/config"
	"github.com/readouts/readouts/internal/index"
	"github.com/readouts/readouts/internal/query"
)

// fakeReloader answers Reload with what the test says.
type fakeReloader struct {
	switched bool
	err      error
}

func (f fakeReloader) Reload() (bool, error) { return f.switched, f.err }

func TestReloadCounts(t *testing.T) {
	for _, tc := range []struct {
		name            string
		r               fakeReloader
		wantOK, wantErr float64
		wantLog         string
	}{
		{"new generation", fakeReloader{switched: true}, 1, 0, ""},
		{"same generation", fakeReloader{}, 0, 0, ""},
		{"no index yet", fakeReloader{err: index.ErrNoIndex}, 0, 0, ""},
		{"cannot open", fakeReloader{err: errors.New("open gen-000002: corrupt")}, 0, 1, "corrupt"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var logs bytes.Buffer
			s, err := New(config.Server{}, noIndex{}, slog.New(slog.NewTextHandler(&logs, nil)))
			if err != nil {
				t.Fatal(err)
			}
			s.reload(tc.r, "SIGHUP")
			if got := testutil.ToFloat64(s.metrics.reloads.WithLabelValues("ok")); got != tc.wantOK {
				t.Errorf("reloads{ok} = %v, want %v", got, tc.wantOK)
			}
			if got := testutil.ToFloat64(s.metrics.reloads.WithLabelValues("error")); got != tc.wantErr {
				t.Errorf("reloads{error} = %v, want %v", got, tc.wantErr)
			}
			if got := logs.String(); (tc.wantLog == "") != (got == "") || !strings.Contains(got, tc.wantLog) {
				t.Errorf("log = %q, want a line with %q", got, tc.wantLog)
			}
		})
	}
}

// TestObserveSearches: how a request's searches ended, as counted.
func TestObserveSearches(t *testing.T) {
	busy := errors.New("too many searches are running")
	for _, tc := range []struct {
		name       string
		searchErr  error
		handlerErr error
		status     int
		want       map[string]float64 // "timeout" or an error kind
	}{
		{"ok", nil, nil, 200, nil},
		{"malformed query", &query.Error{}, &query.Error{}, 400, map[string]float64{"query": 1}},
		{"no index", index.ErrNoIndex, index.ErrNoIndex, 503, map[string]float64{"no_index": 1}},
		{"timed out in the index", context.DeadlineExceeded, context.DeadlineExceeded, 503, map[string]float64{"timeout": 1}},
		{"finished after the handler gave up", nil, context.DeadlineExceeded, 503, map[string]float64{"timeout": 1}},
		{"client left", context.Canceled, context.Canceled, 499, nil},
		{"rejected: the limiter counts it", busy, busy, 429, nil},
		{"failed", errors.New("read segment: EIO"), errors.New("read segment: EIO"), 500, map[string]float64{"internal": 1}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := newMetrics(noIndex{}.Stats)
			m.observeSearches(searchSummary{searched: true, err: tc.searchErr}, tc.handlerErr, tc.status)
			got := map[string]float64{}
			if v := testutil.ToFloat64(m.searchTimeouts); v != 0 {
				got["timeout"] = v
			}
			for _, kind := range []string{"query", "no_index", "internal"} {
				if v := testutil.ToFloat64(m.searchErrors.WithLabelValues(kind)); v != 0 {
					got[kind] = v
				}
			}
			if len(got) != len(tc.want) {
				t.Fatalf("counted %v, want %v", got, tc.want)
			}
			for k, v := range tc.want {
				if got[k] != v {
					t.Errorf("counted %v, want %v", got, tc.want)
				}
			}
		})
	}
}
