package bench

import (
	"bytes"
	"context"
	"crypto/sha256"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/spf13/pflag"
)

// childEnv marks the test binary re-executed as the SQLite peer's server.
const childEnv = "READOUTS_BENCH_CHILD"

func TestMain(m *testing.M) {
	if os.Getenv(childEnv) == "serve-sqlite" && len(os.Args) > 1 && os.Args[1] == "serve-sqlite" {
		fs := pflag.NewFlagSet("serve-sqlite", pflag.ExitOnError)
		db := fs.String("db", "", "")
		addr := fs.String("addr", "", "")
		fs.Parse(os.Args[2:])
		if err := ServeSQLite(context.Background(), *db, *addr); err != nil {
			os.Stderr.WriteString(err.Error() + "\n")
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// sampleCorpus is the repository's public-domain sample, so that CI needs
// nothing outside the repository; READOUTS_BENCH_CORPUS overrides it.
func sampleCorpus() string {
	if s := os.Getenv("READOUTS_BENCH_CORPUS"); s != "" {
		return s
	}
	return filepath.Join("..", "..", "testdata", "sample")
}

// TestBenchTiny runs the whole benchmark at 2,000 paragraphs so that it
// keeps working: generator, both builds, the mix in process and over HTTP,
// the table. With -tags sqlite_fts5 the SQLite peer runs too; without it
// the run is Readouts only. The Lucene peer is left out: its JVMs take
// longer than the rest of the run, and TestLucenePeer (-tags lucene) runs
// it. Its numbers mean nothing at this size.
func TestBenchTiny(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the benchmark")
	}
	peer := FTS5Available()
	if !peer {
		t.Log("SQLite without FTS5 (build without -tags sqlite_fts5): Readouts only")
	}
	t.Setenv(childEnv, "serve-sqlite")
	// 150 queries: at least 18 of each kind (the smallest share is 12%)
	// and 50 grids, through every stage; 500 checked nothing more and cost
	// the package's run 2.5 more CPU-seconds (9.2 against 6.7).
	const queries = 150
	work := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	var log bytes.Buffer
	res, err := Run(ctx, Options{
		Paragraphs: 2000, Seed: 7, Source: sampleCorpus(), Work: work,
		Queries: queries, Clients: 2, BuildRounds: 2, AddShare: 0.05,
		SQLiteServer: []string{os.Args[0], "serve-sqlite"},
		SkipSQLite:   !peer, SkipLucene: true, Log: &log,
	})
	if err != nil {
		t.Fatalf("%v\n%s", err, log.String())
	}
	if res.Paragraphs < 1990 || res.Paragraphs > 2010 {
		t.Errorf("paragraphs = %d, want about 2000", res.Paragraphs)
	}
	if res.Readouts.InProcess.N != queries || res.Readouts.HTTPLoad.N != queries {
		t.Errorf("readouts measured %d in process, %d over HTTP; want %d each", res.Readouts.InProcess.N, res.Readouts.HTTPLoad.N, queries)
	}
	if len(res.Readouts.Builds) != 2 || res.Readouts.Build != median(res.Readouts.Builds) {
		t.Errorf("readouts builds %v, reported %v: want two rounds and their median", res.Readouts.Builds, res.Readouts.Build)
	}
	if res.Readouts.PairedHTTP.N != queries || res.Readouts.PairedInProcess.N != queries {
		t.Errorf("readouts paired pass: %d over HTTP, %d in process; want %d each", res.Readouts.PairedHTTP.N, res.Readouts.PairedInProcess.N, queries)
	}
	if res.Readouts.Grid.N != queries/3 || res.Readouts.Timeline.N != queries {
		t.Errorf("readouts measured %d grids, %d timelines; want one grid per three queries, one timeline per query", res.Readouts.Grid.N, res.Readouts.Timeline.N)
	}
	if res.Readouts.Counterparts.N == 0 {
		t.Error("no document's counterparts timed")
	}
	// The incremental runs check their own summaries (files added and
	// removed, paragraphs after each); here: they ran, and left the corpus
	// as it was.
	if a := res.Readouts; a.AddParagraphs < 95 || a.AddParagraphs > 105 || a.Add <= 0 || a.Remove <= 0 || a.AddCPU <= 0 {
		t.Errorf("incremental: added %d paragraphs in %v (CPU %v), removed in %v; want about 100, timed", a.AddParagraphs, a.Add, a.AddCPU, a.Remove)
	}
	if left, _ := filepath.Glob(filepath.Join(work, corpusName, "increment-*")); len(left) > 0 {
		t.Errorf("the incremental run left %v in the corpus", left)
	}
	if res.Readouts.Size <= 0 || res.Readouts.RSS <= 0 || res.Readouts.Ready <= 0 {
		t.Errorf("readouts size %d, RSS %d, ready %v: want all measured", res.Readouts.Size, res.Readouts.RSS, res.Readouts.Ready)
	}
	if peer {
		if len(res.SQLite.Builds) != 2 {
			t.Errorf("sqlite builds %v, want two rounds", res.SQLite.Builds)
		}
		if res.SQLite.InProcess.N != queries || res.SQLite.QPS <= 0 {
			t.Errorf("sqlite measured %d in process, %.0f q/s over HTTP", res.SQLite.InProcess.N, res.SQLite.QPS)
		}
		// Same words, same filters: the engines differ only in stemming.
		if res.SameTotal*10 < res.Compared*8 {
			t.Errorf("match counts equal on %d of %d queries; the engines are not answering the same queries", res.SameTotal, res.Compared)
		}
	}
	var out bytes.Buffer
	if err := Report(&out, res); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"in-process p50", "grid p95", "timeline p95", "counterparts p95", "size on disk", "start to ready", "medians of 2 alternating rounds", "paired: HTTP p50"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, out.String())
		}
	}
}

// TestGenerateDeterministic: the same seed writes the same corpus and mix.
func TestGenerateDeterministic(t *testing.T) {
	digest := func(dir string) ([32]byte, []Query) {
		g, err := Generate(context.Background(), GenerateOptions{Source: sampleCorpus(), Dir: dir, Paragraphs: 1500, Seed: 3})
		if err != nil {
			t.Fatal(err)
		}
		h := sha256.New()
		files, _ := filepath.Glob(filepath.Join(g.Dir, "*.jsonl"))
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			h.Write(b)
		}
		paras, err := readCorpus(context.Background(), g.Dir)
		if err != nil {
			t.Fatal(err)
		}
		mix, err := makeMix(paras, 500, 3)
		if err != nil {
			t.Fatal(err)
		}
		var sum [32]byte
		copy(sum[:], h.Sum(nil))
		return sum, mix
	}
	a, mixA := digest(t.TempDir())
	b, mixB := digest(t.TempDir())
	if a != b {
		t.Error("two runs with the same seed wrote different corpora")
	}
	if len(mixA) != 500 || len(mixB) != 500 {
		t.Fatalf("mix sizes %d, %d; want 500", len(mixA), len(mixB))
	}
	kinds := map[string]int{}
	seen := map[string]bool{}
	for i := range mixA {
		if mixA[i].String() != mixB[i].String() {
			t.Fatalf("query %d: %s vs %s", i, mixA[i], mixB[i])
		}
		if seen[mixA[i].String()] {
			t.Errorf("query %s twice", mixA[i])
		}
		seen[mixA[i].String()] = true
		kinds[mixA[i].Kind]++
	}
	for _, k := range mixShares {
		if kinds[k.kind] == 0 {
			t.Errorf("no %s queries in the mix", k.kind)
		}
	}
}
