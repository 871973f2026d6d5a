package index

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// benchFolders are the public-domain folders of the shared test corpus
// (../shared/corpus beside the repository; README.md there describes them).
var benchFolders = []string{"us_state_dept_press_releases", "us_white_house_readouts", "un_general_debate"}

// sharedCorpus returns the shared corpus folder, or "" when absent.
// READOUTS_BENCH_CORPUS overrides where it is looked for.
func sharedCorpus() string {
	for _, dir := range []string{os.Getenv("READOUTS_BENCH_CORPUS"), "../../../shared/corpus", "/work/shared/corpus"} {
		if dir == "" {
			continue
		}
		if fi, err := os.Stat(filepath.Join(dir, benchFolders[0])); err == nil && fi.IsDir() {
			return dir
		}
	}
	return ""
}

// BenchmarkIncremental measures what cron pays for new readouts: adding 1%
// new documents to an indexed corpus of over 5,000, against a full build of
// the same corpus. It reports incr/full, the ratio of the two wall times
// (ns/op is one incremental run), and noop-ms, a run with nothing changed.
//
//	go test ./internal/index -run '^$' -bench Incremental
//
// Documents are parsed without attribution (package attribution), which
// makes the full build cheaper and the ratio a conservative one.
func BenchmarkIncremental(b *testing.B) {
	src := sharedCorpus()
	if src == "" {
		b.Skip("shared corpus not found (../shared/corpus or READOUTS_BENCH_CORPUS): nothing to measure")
	}
	root := b.TempDir()
	var base, extra [][2]string // source path, destination path
	var dirs []string
	for _, folder := range benchFolders {
		dirs = append(dirs, filepath.Join(root, folder))
		entries, err := os.ReadDir(filepath.Join(src, folder))
		if err != nil {
			b.Fatal(err)
		}
		n := 0
		for _, e := range entries {
			if !strings.HasSuffix(e.Name(), ".txt") {
				continue
			}
			pair := [2]string{filepath.Join(src, folder, e.Name()), filepath.Join(root, folder, e.Name())}
			n++
			if n%100 == 0 { // every hundredth document arrives later: 1%
				extra = append(extra, pair)
			} else {
				base = append(base, pair)
			}
		}
	}
	if len(base)+len(extra) < 5000 {
		b.Skipf("shared corpus has %d documents, want at least 5,000", len(base)+len(extra))
	}
	for _, p := range base {
		copyForBench(b, p[0], p[1])
	}
	opts := BuildOptions{Dir: filepath.Join(root, "index"), Corpus: dirs, Fingerprint: "bench", Keep: 1}
	ctx := context.Background()

	start := time.Now()
	sum, err := Build(ctx, opts)
	if err != nil {
		b.Fatal(err)
	}
	full := time.Since(start)
	b.Logf("full build: %d documents, %d paragraphs in %v", sum.Documents, sum.Paragraphs, full.Round(time.Millisecond))

	for b.Loop() {
		b.StopTimer()
		for _, p := range extra {
			copyForBench(b, p[0], p[1])
		}
		b.StartTimer()
		sum, err := Build(ctx, opts)
		if err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		if sum.Added != len(extra) {
			b.Fatalf("incremental run added %d, want %d", sum.Added, len(extra))
		}
		for _, p := range extra {
			os.Remove(p[1])
		}
		if _, err := Build(ctx, opts); err != nil { // back to the base corpus
			b.Fatal(err)
		}
		b.StartTimer()
	}
	incr := b.Elapsed() / time.Duration(b.N)

	start = time.Now()
	if sum, err := Build(ctx, opts); err != nil || sum.Published {
		b.Fatalf("no-op run: %+v, %v", sum, err)
	}
	noop := time.Since(start)

	b.ReportMetric(float64(incr)/float64(full), "incr/full")
	b.ReportMetric(full.Seconds(), "full-s")
	b.ReportMetric(float64(noop.Microseconds())/1000, "noop-ms")
	b.Logf("adding %d to %d documents: %v, %.4f of a full build (%v); no-op %v",
		len(extra), len(base), incr.Round(time.Millisecond), float64(incr)/float64(full), full.Round(time.Millisecond), noop.Round(time.Millisecond))
}

func copyForBench(b *testing.B, src, dst string) {
	b.Helper()
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		b.Fatal(err)
	}
	in, err := os.Open(src)
	if err != nil {
		b.Fatal(err)
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		b.Fatal(err)
	}
	if err := out.Close(); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkBenchQueries runs the queries without filters (one, two and
// three words, phrases) that cmd/bench wrote into its work folder
// (lucene.queries.tsv) against the index it built there, one kind per
// sub-benchmark. An op is one pass over that kind's queries; p50-ms and
// p99-ms are over the queries' median times across the passes, the figures
// to compare between two binaries on one index (docs/BENCHMARKS.md):
//
//	READOUTS_BENCH_WORK=/tmp/readouts-bench-100k go test ./internal/index -run '^$' -bench BenchQueries -benchtime 5x
func BenchmarkBenchQueries(b *testing.B) {
	work := os.Getenv("READOUTS_BENCH_WORK")
	if work == "" {
		b.Skip("READOUTS_BENCH_WORK not set: no cmd/bench work folder to read")
	}
	data, err := os.ReadFile(filepath.Join(work, "lucene.queries.tsv"))
	if err != nil {
		b.Fatalf("%v (run cmd/bench with the Lucene peer first)", err)
	}
	byKind := map[string][]string{}
	var kinds []string
	for n, line := range strings.Split(strings.TrimRight(string(data), "\n"), "\n") {
		f := strings.Split(line, "\t")
		if len(f) != 6 {
			b.Fatalf("lucene.queries.tsv:%d: %d columns, want 6", n+1, len(f))
		}
		if f[3] != "" || f[4] != "" || f[5] != "" {
			continue // a speaker or date filter: left to cmd/bench
		}
		q := f[2]
		if f[1] == "1" {
			q = `"` + q + `"`
		}
		if byKind[f[0]] == nil {
			kinds = append(kinds, f[0])
		}
		byKind[f[0]] = append(byKind[f[0]], q)
	}
	r, err := Open(filepath.Join(work, "index"), ReaderOptions{})
	if err != nil {
		b.Fatal(err)
	}
	defer r.Close()
	ctx := context.Background()
	for _, kind := range kinds {
		qs := byKind[kind]
		b.Run(kind, func(b *testing.B) {
			times := make([][]time.Duration, len(qs))
			for b.Loop() {
				for i, q := range qs {
					start := time.Now()
					if _, err := r.Search(ctx, SearchRequest{Query: q, Page: 1, Size: 10}); err != nil {
						b.Fatalf("%s: %v", q, err)
					}
					times[i] = append(times[i], time.Since(start))
				}
			}
			meds := make([]time.Duration, len(qs))
			for i, ts := range times {
				slices.Sort(ts)
				meds[i] = ts[len(ts)/2]
			}
			slices.Sort(meds)
			ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
			b.ReportMetric(ms(meds[len(meds)/2]), "p50-ms")
			b.ReportMetric(ms(meds[len(meds)*99/100]), "p99-ms")
		})
	}
}
