package main

import (
	"bytes"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"

	"github.com/readouts/readouts/internal/index"
)

// readMetricsFile parses a textfile-collector file as node_exporter does;
// values are keyed name{label="value"}.
func readMetricsFile(t *testing.T, path string) map[string]float64 {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	p := expfmt.NewTextParser(model.UTF8Validation)
	families, err := p.TextToMetricFamilies(f)
	if err != nil {
		t.Fatalf("%s is not in the Prometheus text format: %v", path, err)
	}
	out := map[string]float64{}
	for name, mf := range families {
		if mf.GetType() != dto.MetricType_GAUGE {
			t.Errorf("%s is a %v, want a gauge", name, mf.GetType())
		}
		for _, m := range mf.GetMetric() {
			key := name
			for _, l := range m.GetLabel() {
				key += fmt.Sprintf("{%s=%q}", l.GetName(), l.GetValue())
			}
			out[key] = m.GetGauge().GetValue()
		}
	}
	return out
}

func TestWriteMetricsFile(t *testing.T) {
	t0 := time.Unix(1_700_000_000, 0)
	ok := &index.Summary{Added: 3, Changed: 1, Deleted: 1, Unchanged: 5434, Skipped: 1, Ignored: 2, Warnings: 4,
		Documents: 5437, Paragraphs: 120000, Undated: 7, Generation: "gen-000042", Published: true,
		Rebuilt: "", Duration: 212 * time.Millisecond}
	type run struct {
		sum *index.Summary
		err error
		at  time.Time
	}
	for _, tc := range []struct {
		name   string
		runs   []run // in order, into the same file
		want   map[string]float64
		absent []string
	}{
		{"success", []run{{ok, nil, t0}}, map[string]float64{
			"readouts_indexer_last_run_success":                         1,
			"readouts_indexer_last_run_timestamp_seconds":               1_700_000_000,
			"readouts_indexer_last_success_timestamp_seconds":           1_700_000_000,
			"readouts_indexer_last_run_duration_seconds":                0.212,
			"readouts_indexer_last_run_published":                       1,
			"readouts_indexer_last_run_rebuilt":                         0,
			"readouts_indexer_last_run_warnings":                        4,
			`readouts_indexer_last_run_files{change="added"}`:           3,
			`readouts_indexer_last_run_files{change="changed"}`:         1,
			`readouts_indexer_last_run_files{change="renamed"}`:         0,
			`readouts_indexer_last_run_files{change="deleted"}`:         1,
			`readouts_indexer_last_run_files{change="unchanged"}`:       5434,
			`readouts_indexer_last_run_files{change="skipped"}`:         1,
			`readouts_indexer_last_run_files{change="ignored"}`:         2,
			"readouts_indexer_documents":                                5437,
			"readouts_indexer_paragraphs":                               120000,
			"readouts_indexer_undated_documents":                        7,
			`readouts_indexer_generation_info{generation="gen-000042"}`: 1,
		}, nil},
		{"failure after a success keeps the last success", []run{{ok, nil, t0}, {nil, errors.New("disk full"), t0.Add(time.Hour)}}, map[string]float64{
			"readouts_indexer_last_run_success":               0,
			"readouts_indexer_last_run_timestamp_seconds":     1_700_003_600,
			"readouts_indexer_last_success_timestamp_seconds": 1_700_000_000,
		}, []string{"readouts_indexer_documents", "readouts_indexer_last_run_duration_seconds"}},
		{"failure with no success ever", []run{{nil, errors.New("disk full"), t0}}, map[string]float64{
			"readouts_indexer_last_run_success":           0,
			"readouts_indexer_last_run_timestamp_seconds": 1_700_000_000,
		}, []string{"readouts_indexer_last_success_timestamp_seconds"}},
		{"success after a failure", []run{{nil, errors.New("disk full"), t0}, {ok, nil, t0.Add(time.Minute)}}, map[string]float64{
			"readouts_indexer_last_run_success":               1,
			"readouts_indexer_last_success_timestamp_seconds": 1_700_000_060,
		}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "readouts_indexer.prom")
			for _, r := range tc.runs {
				if err := writeMetricsFile(path, r.sum, r.err, r.at); err != nil {
					t.Fatal(err)
				}
			}
			got := readMetricsFile(t, path)
			for k, want := range tc.want {
				if v, ok := got[k]; !ok || v != want {
					t.Errorf("%s = %v (present %v), want %v", k, v, ok, want)
				}
			}
			for _, k := range tc.absent {
				if _, ok := got[k]; ok {
					t.Errorf("%s present, want it absent after a failed run", k)
				}
			}
			// Written under a temporary name and renamed: nothing else is left.
			entries, _ := os.ReadDir(filepath.Dir(path))
			if len(entries) != 1 {
				t.Errorf("folder holds %d files, want only the metrics file", len(entries))
			}
		})
	}
}

func TestReportMetricsSkips(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		name     string
		path     string
		err      error
		wantFile bool
		wantLog  string
	}{
		{"no --metrics-file", "", nil, false, ""},
		{"another indexer running", filepath.Join(dir, "locked.prom"), fmt.Errorf("%w (pid 12)", index.ErrLocked), false, ""},
		{"folder missing: a warning, not a failure", filepath.Join(dir, "no/such/folder/x.prom"), nil, false, "--metrics-file"},
		{"written", filepath.Join(dir, "ok.prom"), nil, true, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var logs bytes.Buffer
			reportMetrics(tc.path, &index.Summary{Generation: "gen-000001"}, tc.err, slog.New(slog.NewTextHandler(&logs, nil)))
			if _, err := os.Stat(tc.path); (err == nil) != tc.wantFile {
				t.Errorf("file written = %v, want %v", err == nil, tc.wantFile)
			}
			if got := logs.String(); (tc.wantLog == "") != (got == "") || !strings.Contains(got, tc.wantLog) {
				t.Errorf("log = %q, want %q", got, tc.wantLog)
			}
		})
	}
}

// TestRunWritesMetricsFile runs the indexer as cron or the systemd timer
// does, with --metrics-file, twice: a run that publishes and one that finds
// nothing changed.
func TestRunWritesMetricsFile(t *testing.T) {
	corpus := filepath.Join(t.TempDir(), "c")
	if err := os.MkdirAll(corpus, 0o755); err != nil {
		t.Fatal(err)
	}
	doc := "title: Secretary Blinken's call with Foreign Minister Wang Yi\ndate: 2021-06-11\nsource: Test\n\n" +
		"Secretary Blinken spoke today with Foreign Minister Wang Yi about cooperation.\n\nHe stressed the importance of the Minsk agreements.\n"
	if err := os.WriteFile(filepath.Join(corpus, "call.txt"), []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("READOUTS_GAZETTEER_FILE", "../../gazetteer.yaml")
	t.Setenv("READOUTS_CORPUS_DIRS", corpus)
	t.Setenv("READOUTS_INDEX_DIR", filepath.Join(t.TempDir(), "index"))
	prom := filepath.Join(t.TempDir(), "readouts_indexer.prom")
	for i, want := range []map[string]float64{
		{"readouts_indexer_last_run_success": 1, "readouts_indexer_last_run_published": 1, `readouts_indexer_last_run_files{change="added"}`: 1, "readouts_indexer_documents": 1},
		{"readouts_indexer_last_run_success": 1, "readouts_indexer_last_run_published": 0, `readouts_indexer_last_run_files{change="unchanged"}`: 1, "readouts_indexer_documents": 1},
	} {
		var out, errOut bytes.Buffer
		if err := run(t.Context(), []string{"--metrics-file", prom}, &out, &errOut); err != nil {
			t.Fatalf("run %d: %v; stderr %s", i+1, err, errOut.String())
		}
		got := readMetricsFile(t, prom)
		for k, v := range want {
			if got[k] != v {
				t.Errorf("run %d: %s = %v, want %v", i+1, k, got[k], v)
			}
		}
		if got["readouts_indexer_paragraphs"] < 1 {
			t.Errorf("run %d: paragraphs = %v", i+1, got["readouts_indexer_paragraphs"])
		}
	}
}
