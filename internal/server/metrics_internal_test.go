package server

import (
	"bytes"
	"errors"
	"log/slog"
	"strings"
	"testing"

	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/readouts/readouts/internal/config"
	"github.com/readouts/readouts/internal/index"
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
