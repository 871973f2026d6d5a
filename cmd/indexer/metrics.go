package main

import (
	"errors"
	"log/slog"
	"os"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"

	"github.com/readouts/readouts/internal/index"
)

// reportMetrics writes the run's figures to path (--metrics-file) for
// node_exporter's textfile collector; an empty path writes nothing. A run
// that found another indexer running reports nothing: that one will. A
// failure to write costs a warning, not the run, which has published.
func reportMetrics(path string, sum *index.Summary, runErr error, log *slog.Logger) {
	if path == "" || errors.Is(runErr, index.ErrLocked) {
		return
	}
	if err := writeMetricsFile(path, sum, runErr, time.Now()); err != nil {
		log.Warn("--metrics-file: not written", "file", path, "error", err)
	}
}

// writeMetricsFile writes the figures of a run that ended at now, in the
// Prometheus text format, under a temporary name renamed into place: the
// collector never reads half a file. After a failed run it keeps the time
// of the last success from the previous file, so an alert can say how long
// the index has been stale.
func writeMetricsFile(path string, sum *index.Summary, runErr error, now time.Time) error {
	reg := prometheus.NewRegistry()
	gauge := func(name, help string, v float64) {
		g := prometheus.NewGauge(prometheus.GaugeOpts{Name: name, Help: help})
		g.Set(v)
		reg.MustRegister(g)
	}
	ok := runErr == nil && sum != nil
	lastSuccess := lastSuccessIn(path)
	if ok {
		lastSuccess = float64(now.UnixNano()) / 1e9
	}
	gauge("readouts_indexer_last_run_timestamp_seconds", "When the last indexer run ended (Unix time).", float64(now.UnixNano())/1e9)
	gauge("readouts_indexer_last_run_success", "1 if the last indexer run succeeded, 0 if it failed (nothing was published).", b2f(ok))
	if lastSuccess > 0 {
		gauge("readouts_indexer_last_success_timestamp_seconds", "When the last successful indexer run ended (Unix time).", lastSuccess)
	}
	if !ok {
		return prometheus.WriteToTextfile(path, reg)
	}
	gauge("readouts_indexer_last_run_duration_seconds", "Wall time of the last indexer run.", sum.Duration.Seconds())
	gauge("readouts_indexer_last_run_published", "1 if the last run published a new generation, 0 if nothing had changed.", b2f(sum.Published))
	gauge("readouts_indexer_last_run_rebuilt", "1 if the last run re-indexed everything (--rebuild, or a changed gazetteer, parse setting or mapping).", b2f(sum.Rebuilt != ""))
	gauge("readouts_indexer_last_run_warnings", "Bad lines in otherwise good files, last run.", float64(sum.Warnings))
	files := prometheus.NewGaugeVec(prometheus.GaugeOpts{
		Name: "readouts_indexer_last_run_files",
		Help: "Corpus files of the last run by what happened to them: added, changed, renamed, deleted, unchanged, skipped (unindexable, newly found), ignored (unknown extension).",
	}, []string{"change"})
	for change, n := range map[string]int{
		"added": sum.Added, "changed": sum.Changed, "renamed": sum.Renamed, "deleted": sum.Deleted,
		"unchanged": sum.Unchanged, "skipped": sum.Skipped, "ignored": sum.Ignored,
	} {
		files.WithLabelValues(change).Set(float64(n))
	}
	reg.MustRegister(files)
	gauge("readouts_indexer_documents", "Documents in the index after the last run.", float64(sum.Documents))
	gauge("readouts_indexer_paragraphs", "Paragraphs in the index after the last run.", float64(sum.Paragraphs))
	gauge("readouts_indexer_undated_documents", "Documents with no date in the index after the last run.", float64(sum.Undated))
	gen := prometheus.NewGaugeVec(prometheus.GaugeOpts{
		Name: "readouts_indexer_generation_info",
		Help: "The generation being served after the last run, as a label; always 1.",
	}, []string{"generation"})
	gen.WithLabelValues(sum.Generation).Set(1)
	reg.MustRegister(gen)
	return prometheus.WriteToTextfile(path, reg)
}

// lastSuccessIn reads readouts_indexer_last_success_timestamp_seconds from
// a previous metrics file; 0 if there is none.
func lastSuccessIn(path string) float64 {
	f, err := os.Open(path)
	if err != nil {
		return 0
	}
	defer f.Close()
	p := expfmt.NewTextParser(model.UTF8Validation)
	families, err := p.TextToMetricFamilies(f)
	if err != nil {
		return 0
	}
	if mf := families["readouts_indexer_last_success_timestamp_seconds"]; mf != nil && len(mf.GetMetric()) == 1 {
		return mf.GetMetric()[0].GetGauge().GetValue()
	}
	return 0
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}
