package bench

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"strings"
	"syscall"
	"time"

	"github.com/readouts/readouts/internal/index"
)

// Options configure one run.
type Options struct {
	Paragraphs int    // corpus size
	Seed       uint64 // corpus and query mix
	Source     string // real corpus folders (../shared/corpus)
	Work       string // where the corpus, indexes and logs go
	Queries    int    // distinct queries in the mix (at least 500 for a report)
	Rounds     int    // measured passes over the mix in process, after one warm-up pass
	Clients    int    // concurrent HTTP clients
	HTTPRounds int    // passes over the mix under concurrent load

	// Searchd is the searchd binary; empty builds ./cmd/searchd with go build.
	Searchd string
	// SQLiteServer is the command that serves the SQLite peer; the runner
	// appends --db and --addr. cmd/bench passes itself with serve-sqlite.
	SQLiteServer []string

	SkipSQLite bool // no SQLite peer (a binary without FTS5)
	// SkipLucene leaves the Lucene peer out; without java, javac or the
	// jars it is left out anyway, and the report says why.
	SkipLucene bool
	// LucenePasses is how many times the Lucene peer runs the mix in one
	// JVM: the first pass is reported as first-pass, the last as settled.
	LucenePasses int
	SkipHTTP     bool // in-process only

	// Reuse what a previous run left in Work instead of regenerating it:
	// the corpus, the SQLite database, the Readouts index.
	ReuseCorpus, ReuseSQLite, ReuseIndex bool

	BuildRounds int // builds of each engine, alternating; the median counts

	// AddShare, if positive, is the share of the corpus (0.01 for 1%) the
	// run adds to the built index at the end, as the indexer's next run
	// from cron would, and then takes out again (incremental.go).
	AddShare float64

	CPUProfile string // write a CPU profile of Readouts' in-process queries here
	// BuildCPUProfile, if set, is where a CPU profile of Readouts' build goes.
	BuildCPUProfile string
	Log             io.Writer
}

// EngineResult is what one engine measured.
type EngineResult struct {
	Name      string          `json:"name"`
	Build     time.Duration   `json:"build_ns"` // the median of Builds
	Builds    []time.Duration `json:"build_rounds_ns,omitempty"`
	Size      int64           `json:"size_bytes"`
	InProcess Latency         `json:"in_process"`
	ByKind    map[string]Latency
	HTTPOne   Latency `json:"http_one_client"`
	// The same queries over HTTP and in process, back to back (paired).
	PairedHTTP      Latency       `json:"paired_http"`
	PairedInProcess Latency       `json:"paired_in_process"`
	HTTPLoad        Latency       `json:"http_load"`
	QPS             float64       `json:"http_qps"`
	Ready           time.Duration `json:"ready_ns"`
	RSS             int64         `json:"rss_bytes"`      // after the load
	PeakRSS         int64         `json:"peak_rss_bytes"` // VmHWM
	RSSAnon         int64         `json:"rss_anon_bytes"` // heap and stacks; the rest is file pages (mmap'd index)
	Skipped         bool          `json:"skipped,omitempty"`
	SkipReason      string        `json:"skip_reason,omitempty"`

	// For a peer that warms up as it runs (Lucene's JIT): InProcess and
	// ByKind are the last of Passes passes over the mix, FirstPass the
	// first, in a freshly started process.
	Passes          int                `json:"passes,omitempty"`
	FirstPass       Latency            `json:"first_pass,omitzero"`
	FirstPassByKind map[string]Latency `json:"first_pass_by_kind,omitempty"`
	// Against Readouts, for the Lucene peer (SQLite's are in Result):
	// queries with the same total, queries compared, the mean share of
	// top-10 IDs in common, and the first few queries whose totals differ.
	SameTotal  int      `json:"same_total,omitempty"`
	Compared   int      `json:"compared,omitempty"`
	TopOverlap float64  `json:"top_overlap,omitempty"`
	Disagree   []string `json:"disagree,omitempty"`
	Unmarked   int      `json:"unmarked_hits,omitempty"` // top hits with nothing highlighted

	// Grid, Timeline and Counterparts time issue 12's views in process
	// (crosstab.go).
	Grid         Latency `json:"grid"`
	Timeline     Latency `json:"timeline"`
	Counterparts Latency `json:"counterparts"`

	// The incremental runs (Options.AddShare): paragraphs added, and the
	// wall and CPU time of the indexer run that added them and of the one
	// that removed them again.
	AddParagraphs int           `json:"add_paragraphs,omitempty"`
	Add           time.Duration `json:"add_ns,omitempty"`
	AddCPU        time.Duration `json:"add_cpu_ns,omitempty"`
	Remove        time.Duration `json:"remove_ns,omitempty"`
	RemoveCPU     time.Duration `json:"remove_cpu_ns,omitempty"`
}

// Result is a whole run.
type Result struct {
	Paragraphs int           `json:"paragraphs"`
	Documents  int           `json:"documents"`
	RawBytes   int64         `json:"raw_text_bytes"` // paragraph text, UTF-8
	Queries    int           `json:"queries"`
	Clients    int           `json:"clients"`
	Parse      time.Duration `json:"parse_ns"` // reading and parsing the files, part of both builds
	SameTotal  int           `json:"same_total"`
	Compared   int           `json:"compared"`
	CPUs       int           `json:"cpus"`
	Readouts   EngineResult  `json:"readouts"`
	SQLite     EngineResult  `json:"sqlite"`
	Lucene     EngineResult  `json:"lucene"`
	StartedAt  time.Time     `json:"started_at"`
}

// Run generates the corpus, builds the engines, runs the query mix in
// process and over HTTP (Lucene in process only), and returns the
// measurements.
func Run(ctx context.Context, o Options) (*Result, error) {
	if o.Log == nil {
		o.Log = io.Discard
	}
	if o.Queries <= 0 {
		o.Queries = 600
	}
	if o.LucenePasses <= 0 {
		o.LucenePasses = 5
	}
	o.Rounds, o.Clients, o.HTTPRounds, o.BuildRounds = max(o.Rounds, 1), max(o.Clients, 1), max(o.HTTPRounds, 1), max(o.BuildRounds, 1)
	logf := func(format string, args ...any) {
		fmt.Fprintf(o.Log, "%s  "+format+"\n", append([]any{time.Now().Format("15:04:05")}, args...)...)
	}
	if err := os.MkdirAll(o.Work, 0o755); err != nil {
		return nil, err
	}
	res := &Result{Queries: o.Queries, Clients: o.Clients, CPUs: runtime.NumCPU(), StartedAt: time.Now().UTC()}
	res.Readouts.Name, res.SQLite.Name, res.Lucene.Name = "Readouts", "SQLite FTS5", "Lucene"
	res.SQLite.Skipped = o.SkipSQLite
	lucene, err := startLucene(ctx, o, &res.Lucene, logf)
	if err != nil {
		return nil, err
	}

	corpusDir := filepath.Join(o.Work, corpusName)
	if _, err := os.Stat(corpusDir); err != nil || !o.ReuseCorpus {
		logf("generating %d paragraphs from %s (seed %d)", o.Paragraphs, o.Source, o.Seed)
		g, err := Generate(ctx, GenerateOptions{Source: o.Source, Dir: o.Work, Paragraphs: o.Paragraphs, Seed: o.Seed})
		if err != nil {
			return nil, err
		}
		logf("generated %d documents in %d files from %d real documents", g.Documents, g.Files, g.Sources)
		o.ReuseSQLite, o.ReuseIndex = false, false
	}

	// The builds, each engine from scratch, alternating for BuildRounds
	// rounds; each engine's build time is the median of its rounds. In each
	// round Readouts builds first, with the indexer's own Build from the
	// files, before the benchmark parses them for SQLite: the paragraphs it
	// holds would otherwise sit in the heap the build's garbage collector
	// scans, which the indexer's does not have. SQLite's build time includes
	// that parse.
	indexDir := filepath.Join(o.Work, "index")
	dbPath := filepath.Join(o.Work, "sqlite.db")
	luceneDir := filepath.Join(o.Work, "lucene")
	_, err = index.CurrentGeneration(indexDir)
	buildReadouts := err != nil || !o.ReuseIndex
	_, err = os.Stat(dbPath)
	buildPeer := !o.SkipSQLite && (err != nil || !o.ReuseSQLite)
	var paras []paragraph
	for round := 1; round <= o.BuildRounds; round++ {
		if round > 1 && !buildReadouts && !buildPeer {
			break
		}
		paras = nil // not in the heap of the next Readouts build
		runtime.GC()
		built := -1
		if buildReadouts {
			d, n, err := buildIndex(ctx, indexDir, corpusDir, o.BuildCPUProfile, round, logf)
			if err != nil {
				return nil, err
			}
			res.Readouts.Builds = append(res.Readouts.Builds, d)
			built = n
		}
		t0 := time.Now()
		paras, err = readCorpus(ctx, corpusDir)
		if err != nil {
			return nil, err
		}
		res.Parse = time.Since(t0)
		if built >= 0 && built != len(paras) {
			return nil, fmt.Errorf("readouts indexed %d paragraphs, the parser gives %d", built, len(paras))
		}
		if buildPeer {
			logf("SQLite: building (round %d of %d)", round, o.BuildRounds)
			t0 = time.Now()
			if err := buildSQLite(ctx, dbPath, paras); err != nil {
				return nil, err
			}
			d := res.Parse + time.Since(t0)
			res.SQLite.Builds = append(res.SQLite.Builds, d)
			logf("SQLite: built in %v (parse included)", d.Round(time.Millisecond))
		}
		if lucene != nil {
			logf("Lucene: building (round %d of %d)", round, o.BuildRounds)
			d, cpu, err := lucene.build(ctx, luceneDir, paras)
			if err != nil {
				return nil, err
			}
			d += res.Parse
			res.Lucene.Builds = append(res.Lucene.Builds, d)
			logf("Lucene: built in %v (parse and JVM start included; the JVM's CPU %v)", d.Round(time.Millisecond), cpu.Round(time.Millisecond))
		}
	}
	res.Readouts.Build, res.SQLite.Build, res.Lucene.Build = median(res.Readouts.Builds), median(res.SQLite.Builds), median(res.Lucene.Builds)

	res.Paragraphs = len(paras)
	docs := map[string]bool{}
	for _, p := range paras {
		res.RawBytes += int64(len(p.Text))
		docs[p.ID[:strings.LastIndexByte(p.ID, '#')]] = true
	}
	logf("parsed %d paragraphs (%.1f MB of text) in %v", res.Paragraphs, float64(res.RawBytes)/1e6, res.Parse.Round(time.Millisecond))
	if res.Readouts.Size, err = dirSize(indexDir); err != nil {
		return nil, err
	}
	if !o.SkipSQLite {
		fi, err := os.Stat(dbPath)
		if err != nil {
			return nil, err
		}
		res.SQLite.Size = fi.Size()
	}
	if lucene != nil {
		if res.Lucene.Size, err = dirSize(luceneDir); err != nil {
			return nil, err
		}
	}

	mix, err := makeMix(paras, o.Queries, o.Seed)
	if err != nil {
		return nil, err
	}
	dayDocs := pickDayDocuments(paras, counterpartDocs)
	res.Documents = len(docs)
	paras, docs = nil, nil // the engines should not search beside a GB of our own heap
	runtime.GC()
	debug.FreeOSMemory()

	// In process, one engine at a time, one query at a time.
	reader, err := index.Open(indexDir, index.ReaderOptions{})
	if err != nil {
		return nil, err
	}
	totals := make([]uint64, len(mix))
	tops := make([][]string, len(mix))
	readoutsRun := func(q Query, i int) error {
		n, ids, err := searchReadouts(ctx, reader, q, 10)
		totals[i], tops[i] = n, ids
		return err
	}
	logf("Readouts: %d queries in process, %d round(s) after a warm-up", len(mix), o.Rounds)
	res.Readouts.InProcess, res.Readouts.ByKind, err = measure(ctx, mix, o.Rounds, readoutsRun, o.CPUProfile)
	if err == nil {
		logf("Readouts: grids of three queries by speaker, timelines by country")
		res.Readouts.Grid, res.Readouts.Timeline, err = measureCrossTabs(ctx, reader, mix, o.Rounds)
	}
	if err == nil {
		logf("Readouts: counterparts of %d documents dated to the day", len(dayDocs))
		res.Readouts.Counterparts, err = measureCounterparts(ctx, reader, dayDocs, o.Rounds)
	}
	reader.Close()
	if err != nil {
		return nil, fmt.Errorf("readouts: %w", err)
	}
	if !o.SkipSQLite {
		peer, err := openSQLite(dbPath)
		if err != nil {
			return nil, err
		}
		compared := make([]bool, len(mix))
		sqliteRun := func(q Query, i int) error {
			a, err := peer.Search(ctx, q, 10)
			if err == nil && !compared[i] {
				compared[i] = true
				res.Compared++
				if uint64(a.Total) == totals[i] {
					res.SameTotal++
				}
			}
			return err
		}
		logf("SQLite: %d queries in process", len(mix))
		res.SQLite.InProcess, res.SQLite.ByKind, err = measure(ctx, mix, o.Rounds, sqliteRun, "")
		peer.Close()
		if err != nil {
			return nil, fmt.Errorf("sqlite: %w", err)
		}
	}
	if lucene != nil {
		logf("Lucene: %d queries in process, %d passes in one JVM", len(mix), o.LucenePasses)
		ans, err := lucene.search(ctx, luceneDir, mix, o.LucenePasses)
		if err != nil {
			return nil, err
		}
		if err := compareLucene(&res.Lucene, mix, ans, totals, tops); err != nil {
			return nil, err
		}
		res.Lucene.Passes = o.LucenePasses
		res.Lucene.FirstPass, res.Lucene.InProcess, res.Lucene.FirstPassByKind, res.Lucene.ByKind = luceneTimes(mix, ans)
	}

	if !o.SkipHTTP {
		bin := o.Searchd
		if bin == "" {
			bin = filepath.Join(o.Work, "bin", "searchd")
			logf("building searchd")
			cmd := exec.CommandContext(ctx, "go", "build", "-o", bin, "github.com/readouts/readouts/cmd/searchd")
			cmd.Stdout, cmd.Stderr = o.Log, o.Log
			if err := cmd.Run(); err != nil {
				return nil, fmt.Errorf("go build searchd: %w", err)
			}
		}
		gaz := filepath.Join(o.Work, "gazetteer.yaml")
		// Speakers are header names; no aliases, so both engines filter alike.
		if err := os.WriteFile(gaz, []byte("# empty: the benchmark's speakers are the headers' names\n"), 0o644); err != nil {
			return nil, err
		}
		reader, err := index.Open(indexDir, index.ReaderOptions{})
		if err != nil {
			return nil, err
		}
		err = serveAndLoad(ctx, o, &res.Readouts, mix, logf, func(addr string) []string {
			return []string{bin, "--index", indexDir, "--addr", addr, "--gazetteer", gaz, "--log-level", "warn"}
		}, searchdEnv(o.Clients), func(q Query) error { _, _, err := searchReadouts(ctx, reader, q, 10); return err })
		reader.Close()
		if err != nil {
			return nil, err
		}
		if !o.SkipSQLite {
			if len(o.SQLiteServer) == 0 {
				return nil, errors.New("no command to serve SQLite (Options.SQLiteServer)")
			}
			peer, err := openSQLite(dbPath)
			if err != nil {
				return nil, err
			}
			err = serveAndLoad(ctx, o, &res.SQLite, mix, logf, func(addr string) []string {
				return append(append([]string(nil), o.SQLiteServer...), "--db", dbPath, "--addr", addr)
			}, nil, func(q Query) error { _, err := peer.Search(ctx, q, 10); return err })
			peer.Close()
			if err != nil {
				return nil, err
			}
		}
	}
	if o.AddShare > 0 {
		if err := measureIncremental(ctx, o, indexDir, corpusDir, &res.Readouts, res.Paragraphs, logf); err != nil {
			return nil, err
		}
	}
	b, _ := json.MarshalIndent(res, "", "  ")
	if err := os.WriteFile(filepath.Join(o.Work, "result.json"), b, 0o644); err != nil {
		return nil, err
	}
	return res, nil
}

// searchdEnv sets searchd's admission control out of the benchmark's way:
// it measures the engine, not the policy. With the shipped limits (4
// searches at once, 1 s in the queue) the 8 clients of a 10M run were
// turned away with 429 once searches took half a second; here every client
// gets a slot and a search may take as long as a response may (the shipped
// write_timeout, 30 s).
func searchdEnv(clients int) []string {
	return []string{
		fmt.Sprintf("READOUTS_SERVER_MAX_CONCURRENT_SEARCHES=%d", max(clients, 4)),
		"READOUTS_SERVER_SEARCH_TIMEOUT=30s",
		"READOUTS_SERVER_SEARCH_QUEUE_TIMEOUT=30s",
	}
}

// buildIndex builds the Readouts index afresh, as the indexer does, and
// returns how long it took and how many paragraphs it indexed; the CPU
// profile, if asked for, covers the first round.
func buildIndex(ctx context.Context, dir, corpus, profile string, round int, logf func(string, ...any)) (time.Duration, int, error) {
	if err := os.RemoveAll(dir); err != nil {
		return 0, 0, err
	}
	logf("Readouts: building (round %d)", round)
	if round > 1 {
		profile = ""
	}
	stop, err := startProfile(profile)
	if err != nil {
		return 0, 0, err
	}
	t0, cpu0 := time.Now(), cpuTime()
	opts := buildOptions(dir, corpus)
	opts.Rebuild = true
	sum, err := index.Build(ctx, opts)
	d := time.Since(t0)
	stop()
	if err != nil {
		return 0, 0, fmt.Errorf("readouts build: %w", err)
	}
	// CPU time is the steadier figure on a shared machine: it does not
	// count the time the build waited for a core.
	logf("Readouts: built in %v (CPU %v)", d.Round(time.Millisecond), (cpuTime() - cpu0).Round(time.Millisecond))
	return d, sum.Paragraphs, nil
}

// buildOptions are the benchmark's builds of the index in dir from corpus,
// full and incremental alike: the same parse and fingerprint, so that an
// incremental run never turns into a rebuild.
func buildOptions(dir, corpus string) index.BuildOptions {
	return index.BuildOptions{Dir: dir, Corpus: []string{corpus}, Parse: parseOptions(), Fingerprint: "bench"}
}

// median of ds as the latency tables compute it (the lower middle of an
// even count), 0 for none.
func median(ds []time.Duration) time.Duration { return summarize(ds).P50 }

// cpuTime is the user and system CPU time this process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// startProfile starts a CPU profile written to path, if path is set; stop
// ends it.
func startProfile(path string) (stop func(), err error) {
	if path == "" {
		return func() {}, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("cpu profile: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("cpu profile %s: %w", path, err)
	}
	return func() { pprof.StopCPUProfile(); f.Close() }, nil
}

// measure runs the mix once to warm caches, then rounds times timing each
// query, optionally under a CPU profile.
func measure(ctx context.Context, mix []Query, rounds int, run func(Query, int) error, profile string) (Latency, map[string]Latency, error) {
	for i, q := range mix {
		if err := run(q, i); err != nil {
			return Latency{}, nil, fmt.Errorf("%s: %w", q, err)
		}
	}
	stop, err := startProfile(profile)
	if err != nil {
		return Latency{}, nil, err
	}
	defer stop()
	var all []time.Duration
	byKind := map[string][]time.Duration{}
	for r := 0; r < rounds; r++ {
		for i, q := range mix {
			if err := ctx.Err(); err != nil {
				return Latency{}, nil, err
			}
			t0 := time.Now()
			if err := run(q, i); err != nil {
				return Latency{}, nil, fmt.Errorf("%s: %w", q, err)
			}
			d := time.Since(t0)
			all = append(all, d)
			byKind[q.Kind] = append(byKind[q.Kind], d)
		}
	}
	kinds := map[string]Latency{}
	for k, d := range byKind {
		kinds[k] = summarize(d)
	}
	return summarize(all), kinds, nil
}

// serveAndLoad starts an engine's server, times it to ready, warms it with
// one concurrent pass, then measures one client alone and o.Clients at once.
// Between the two, one client sends each query over HTTP and runs it in
// process (inProcess, on the same index) back to back, in alternating
// order: what HTTP adds is compared on the same minute of a machine whose
// speed drifts, not across phases minutes apart.
func serveAndLoad(ctx context.Context, o Options, e *EngineResult, mix []Query, logf func(string, ...any), argv func(addr string) []string, env []string, inProcess func(Query) error) error {
	addr, err := freeAddr()
	if err != nil {
		return err
	}
	logPath := filepath.Join(o.Work, filepath.Base(e.Name)+".log")
	logf("%s: starting server on %s", e.Name, addr)
	s, err := startServer(ctx, e.Name, addr, o.Work, logPath, argv(addr), env)
	if err != nil {
		return err
	}
	defer s.stop()
	e.Ready = s.ready
	logf("%s: ready in %v; warm-up, then 1 client, then %d clients", e.Name, s.ready.Round(time.Millisecond), o.Clients)
	if _, err := load(ctx, s.base, mix, o.Clients, 1); err != nil {
		return fmt.Errorf("%s warm-up: %w", e.Name, err)
	}
	one, err := load(ctx, s.base, mix, 1, 1)
	if err != nil {
		return fmt.Errorf("%s: %w", e.Name, err)
	}
	e.HTTPOne = summarize(one.latencies)
	if e.PairedHTTP, e.PairedInProcess, err = paired(ctx, s.base, mix, inProcess); err != nil {
		return fmt.Errorf("%s: %w", e.Name, err)
	}
	many, err := load(ctx, s.base, mix, o.Clients, o.HTTPRounds)
	if err != nil {
		return fmt.Errorf("%s: %w", e.Name, err)
	}
	e.HTTPLoad = summarize(many.latencies)
	e.QPS = float64(len(many.latencies)) / many.wall.Seconds()
	if e.RSS, e.PeakRSS, e.RSSAnon, err = s.memory(); err != nil {
		return err
	}
	return s.stop()
}

// startLucene compiles the Lucene peer under o.Work, or marks it skipped:
// asked to, or this machine has no Java or no Lucene jars (not an error).
func startLucene(ctx context.Context, o Options, e *EngineResult, logf func(string, ...any)) (*lucenePeer, error) {
	if o.SkipLucene {
		e.Skipped, e.SkipReason = true, "left out (--no-lucene)"
		return nil, nil
	}
	peer, err := compileLucene(ctx, filepath.Join(o.Work, "lucene-bin"))
	if errors.Is(err, ErrNoLucene) {
		e.Skipped, e.SkipReason = true, err.Error()
		logf("Lucene: skipped: %v", err)
		return nil, nil
	}
	return peer, err
}

// compareLucene records how Lucene's answers agree with Readouts' totals
// and top 10s, and how many of its hits have no highlight. An answer that
// cannot be right (more hits than matches, a facet counting more than the
// matches) is an error in the peer.
func compareLucene(e *EngineResult, mix []Query, ans []luceneAnswer, totals []uint64, tops [][]string) error {
	var sum float64
	for i, a := range ans {
		if uint64(a.Hits) != min(a.Total, 10) || len(a.IDs) != a.Hits || uint64(a.Years) > a.Total {
			return fmt.Errorf("lucene: %s: %d matches, %d hits, %d IDs, year facet counts %d", mix[i], a.Total, a.Hits, len(a.IDs), a.Years)
		}
		e.Unmarked += a.Hits - a.Marked
		e.Compared++
		if a.Total == totals[i] {
			e.SameTotal++
		} else if len(e.Disagree) < 20 {
			e.Disagree = append(e.Disagree, fmt.Sprintf("%s [%s]: Readouts %d, Lucene %d", mix[i], mix[i].Kind, totals[i], a.Total))
		}
		sum += overlap(tops[i], a.IDs)
	}
	if e.Compared > 0 {
		e.TopOverlap = sum / float64(e.Compared)
	}
	return nil
}
