package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/readouts/readouts/internal/index"
	"github.com/readouts/readouts/internal/readout"
	"github.com/readouts/readouts/internal/server"
	"github.com/readouts/readouts/internal/testindex"
)

// BenchmarkExport exports 10,000 and 100,000 rows of a 100,000-paragraph
// index as CSV through the real handler and reports, per export, the bytes
// allocated in all (alloc-MB, alloc-B/row) and the peak of the live heap
// above what it was before (peak-heap-MB, sampled every millisecond): the
// peak must not grow with the rows, the allocations only linearly.
//
//	go test ./internal/server -run XXX -bench BenchmarkExport -benchtime 1x
//
// The index is made of the sample corpus's real paragraphs, repeated over
// 5,000 documents of 20 paragraphs with distinct ids and dates (no
// attribution: it is not what is measured, and it would take minutes).
func BenchmarkExport(b *testing.B) {
	r := exportBenchIndex(b, 100_000)
	for _, rows := range []int{10_000, 100_000} {
		b.Run(fmt.Sprintf("rows=%d", rows), func(b *testing.B) {
			cfg := testConfig()
			cfg.MaxExport = rows
			cfg.SearchTimeout = time.Minute
			s, err := server.New(cfg, r, nil)
			if err != nil {
				b.Fatal(err)
			}
			var peak, alloc, written uint64
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				p, a, w := measureExport(b, s, "/api/v1/export?format=csv&sort=newest", rows)
				peak, alloc, written = max(peak, p), alloc+a, written+w
			}
			b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
			b.ReportMetric(float64(alloc)/float64(b.N)/(1<<20), "alloc-MB")
			b.ReportMetric(float64(alloc)/float64(b.N)/float64(rows), "alloc-B/row")
			b.ReportMetric(float64(written)/float64(b.N)/(1<<20), "csv-MB")
		})
	}
}

// measureExport runs one export into a counting writer and returns the
// peak live heap above the start, the bytes allocated and the bytes written.
func measureExport(b *testing.B, h http.Handler, target string, rows int) (peak, alloc, written uint64) {
	b.Helper()
	runtime.GC()
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	heap := func() uint64 { metrics.Read(sample); return sample[0].Value.Uint64() }
	base := heap()
	var top atomic.Uint64
	stop, done := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		t := time.NewTicker(time.Millisecond)
		defer t.Stop()
		for {
			if v := heap(); v > top.Load() {
				top.Store(v)
			}
			select {
			case <-stop:
				return
			case <-t.C:
			}
		}
	}()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	w := &countingWriter{header: http.Header{}}
	h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, target, nil))
	runtime.ReadMemStats(&after)
	close(stop)
	<-done
	if w.status != http.StatusOK || w.lines < rows+1 {
		b.Fatalf("export: status %d, %d lines, want %d rows and the header", w.status, w.lines, rows)
	}
	if t := top.Load(); t > base {
		peak = t - base
	}
	return peak, after.TotalAlloc - before.TotalAlloc, w.n
}

// countingWriter is a client that reads and forgets: it keeps counts only.
type countingWriter struct {
	header http.Header
	status int
	n      uint64
	lines  int
}

func (w *countingWriter) Header() http.Header { return w.header }
func (w *countingWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
}
func (w *countingWriter) Write(p []byte) (int, error) {
	w.WriteHeader(http.StatusOK)
	w.n += uint64(len(p))
	w.lines += bytes.Count(p, []byte("\n")) // rows hold no newline once collapsed
	return len(p), nil
}
func (w *countingWriter) Flush() {}

// exportBenchIndex builds an index of at least n paragraphs from the
// sample corpus's paragraphs and opens it.
func exportBenchIndex(b *testing.B, n int) *index.Reader {
	b.Helper()
	var paras []string
	files, _ := filepath.Glob(filepath.Join(testindex.Root(), "testdata", "sample", "*", "*.txt"))
	for _, f := range files {
		docs, err := readout.ParseFile(f, filepath.Base(f), readout.Options{})
		if err != nil {
			continue
		}
		for _, p := range docs[0].Paragraphs {
			// Long enough not to be merged, short enough not to be split:
			// each document keeps its 20 paragraphs.
			if len(p.Text) >= 100 && len(p.Text) < readout.DefaultMaxParagraph {
				paras = append(paras, p.Text)
			}
		}
	}
	if len(paras) < 1000 {
		b.Fatalf("only %d sample paragraphs", len(paras))
	}
	corpus := filepath.Join(b.TempDir(), "bench")
	if err := os.MkdirAll(corpus, 0o755); err != nil {
		b.Fatal(err)
	}
	const perDoc, perFile = 20, 100
	docs := (n + perDoc - 1) / perDoc
	k := 0
	for f := 0; f*perFile < docs; f++ {
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		for d := f * perFile; d < min(docs, (f+1)*perFile); d++ {
			text := make([]string, perDoc)
			for i := range text {
				text[i] = paras[k%len(paras)]
				k++
			}
			date := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, d*2)
			if err := enc.Encode(map[string]string{
				"id": strconv.Itoa(d), "title": "Benchmark document " + strconv.Itoa(d), "date": date.Format("2006-01-02"),
				"source": "Benchmark", "text": strings.Join(text, "\n\n"),
			}); err != nil {
				b.Fatal(err)
			}
		}
		if err := os.WriteFile(filepath.Join(corpus, fmt.Sprintf("%03d.jsonl", f)), buf.Bytes(), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	dir := b.TempDir()
	start := time.Now()
	sum, err := index.Build(context.Background(), index.BuildOptions{Dir: dir, Corpus: []string{corpus}, Fingerprint: "bench", Rebuild: true,
		Parse: readout.Options{MaxParagraph: readout.DefaultMaxParagraph, MinParagraph: readout.DefaultMinParagraph}})
	if err != nil {
		b.Fatal(err)
	}
	if sum.Paragraphs < n {
		b.Fatalf("built %d paragraphs, want %d", sum.Paragraphs, n)
	}
	b.Logf("index: %d documents, %d paragraphs, built in %v", sum.Documents, sum.Paragraphs, time.Since(start).Round(time.Second))
	r, err := index.Open(dir, index.ReaderOptions{})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { r.Close() })
	return r
}
