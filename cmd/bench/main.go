// Command bench measures Readouts against SQLite FTS5 and Lucene on a
// generated corpus of real readouts and prints a table (docs/BENCHMARKS.md):
//
//	go run -tags sqlite_fts5 ./cmd/bench --size 100k
//
// "bench serve-sqlite --db F --addr A" is the SQLite peer's HTTP server,
// which the benchmark starts as its own process. The Lucene peer needs java,
// javac and Debian's liblucene8-java jars; without them it is skipped and the
// table says why.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"

	"github.com/spf13/pflag"

	"github.com/readouts/readouts/internal/bench"
	"github.com/readouts/readouts/internal/index"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string) error {
	if len(args) > 0 && args[0] == "serve-sqlite" {
		fs := pflag.NewFlagSet("serve-sqlite", pflag.ContinueOnError)
		db := fs.String("db", "", "SQLite database written by the benchmark")
		addr := fs.String("addr", "127.0.0.1:8081", "listen address")
		if err := fs.Parse(args[1:]); err != nil {
			return err
		}
		return bench.ServeSQLite(ctx, *db, *addr)
	}

	fs := pflag.NewFlagSet("bench", pflag.ContinueOnError)
	size := fs.String("size", "100k", "paragraphs to generate: 2k, 100k, 1M or a number")
	seed := fs.Uint64("seed", 1, "seed of the corpus and the query mix")
	source := fs.String("corpus", "../shared/corpus", "folder of real corpus folders to sample")
	work := fs.String("work", "", "working folder (default: /tmp/readouts-bench-SIZE)")
	queries := fs.Int("queries", 600, "distinct queries in the mix")
	rounds := fs.Int("rounds", 1, "measured passes over the mix in process")
	buildRounds := fs.Int("build-rounds", 1, "builds of each engine, alternating; the report gives the median")
	clients := fs.Int("clients", 8, "concurrent HTTP clients")
	httpRounds := fs.Int("http-rounds", 1, "passes over the mix under concurrent load")
	searchd := fs.String("searchd", "", "searchd binary (default: go build ./cmd/searchd)")
	noHTTP := fs.Bool("no-http", false, "skip the HTTP measurements")
	noSQLite := fs.Bool("no-sqlite", false, "leave out the SQLite peer")
	noLucene := fs.Bool("no-lucene", false, "leave out the Lucene peer")
	lucenePasses := fs.Int("lucene-passes", 5, "passes of the mix in Lucene's JVM: the first is reported as first pass, the last as settled")
	addShare := fs.Float64("add", 0.01, "share of the corpus to add to the built index and remove again, timing the indexer's incremental runs (0: skip)")
	reuse := fs.StringSlice("reuse", nil, "reuse from an earlier run in --work: corpus, sqlite, index")
	cpuprofile := fs.String("cpuprofile", "", "CPU profile of Readouts' in-process queries")
	buildProfile := fs.String("build-cpuprofile", "", "CPU profile of Readouts' index build")
	noSplit := fs.Bool("no-split", false, "run every Readouts search on one core (index.SetSplitting), to compare with the default split over idle cores")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			return nil
		}
		return err
	}
	if *addShare < 0 || *addShare > 1 {
		return fmt.Errorf("add: must be a share from 0 to 1, got %v", *addShare)
	}
	n, err := parseSize(*size)
	if err != nil {
		return fmt.Errorf("size: %w", err)
	}
	if *work == "" {
		*work = filepath.Join(os.TempDir(), "readouts-bench-"+strings.ToLower(*size))
	}
	self, err := os.Executable()
	if err != nil {
		return err
	}
	opts := bench.Options{
		Paragraphs: n, Seed: *seed, Source: *source, Work: *work,
		Queries: *queries, Rounds: *rounds, BuildRounds: *buildRounds, Clients: *clients, HTTPRounds: *httpRounds,
		Searchd: *searchd, SQLiteServer: []string{self, "serve-sqlite"},
		SkipHTTP: *noHTTP, SkipSQLite: *noSQLite, SkipLucene: *noLucene, LucenePasses: *lucenePasses, CPUProfile: *cpuprofile, BuildCPUProfile: *buildProfile, AddShare: *addShare, Log: os.Stderr,
	}
	for _, r := range *reuse {
		switch r {
		case "corpus":
			opts.ReuseCorpus = true
		case "sqlite":
			opts.ReuseSQLite = true
		case "index":
			opts.ReuseIndex = true
		default:
			return fmt.Errorf("reuse: unknown %q; use corpus, sqlite or index", r)
		}
	}
	if !opts.SkipSQLite && !bench.FTS5Available() {
		return bench.ErrNoFTS5
	}
	index.SetSplitting(!*noSplit)
	res, err := bench.Run(ctx, opts)
	if err != nil {
		return err
	}
	return bench.Report(os.Stdout, res)
}

// parseSize reads 2k, 100k, 1M or a plain number.
func parseSize(s string) (int, error) {
	mult := 1
	switch {
	case strings.HasSuffix(strings.ToLower(s), "k"):
		mult, s = 1000, s[:len(s)-1]
	case strings.HasSuffix(strings.ToLower(s), "m"):
		mult, s = 1000000, s[:len(s)-1]
	}
	n, err := strconv.Atoi(s)
	if err != nil || n <= 0 {
		return 0, fmt.Errorf("%q is not a size such as 100k or 1M", s)
	}
	return n * mult, nil
}
