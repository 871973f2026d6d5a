package index

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"runtime/debug"
	"time"

	"github.com/readouts/readouts/internal/readout"
)

// A build runs these steps, in this order (build, below):
//
//	plan          build_plan.go     list the corpus, read the current generation, decide full or incremental
//	diffByStat    build_diff.go     files unchanged by size and time are not read
//	diffContent   build_diff.go     files the index holds are hashed: unchanged, skipped, or to parse
//	openTarget    build_write.go    a new Bleve index, or a clone of the current one
//	parseAll      build_read.go     read, hash, parse and attribute the files to parse, on all cores,
//	                                a few files ahead of the batches (account counts each as it comes)
//	writeBatches  build_write.go    delete stale paragraphs, add fresh ones, in batches
//	finishIndex   build_write.go    merge segments (bleve_segments.go), check the count, close
//	publish       build_publish.go  manifest, versions, fsync, rename, point CURRENT
//
// Bleve and scorch specifics live in bleve_documents.go (paragraphs built
// by hand), bleve_segments.go (cloning, merging, stats) and
// bleve_collector.go (the collector hook of searches).

// BuildOptions say what to index and where.
type BuildOptions struct {
	Dir     string          // index folder (index.dir)
	Corpus  []string        // corpus folders, read recursively
	Exclude []string        // base-name globs to ignore (README*, MANIFEST*)
	Parse   readout.Options // how to parse documents
	// Fingerprint identifies the analysis as space-separated key=value
	// fields ("parser=1 gazetteer=ab12 max=1000"). A generation built with
	// another fingerprint or mapping is rebuilt in full, and the summary
	// names the fields that changed.
	Fingerprint string
	// Rebuild ignores the current generation and indexes everything. It
	// also accepts a corpus folder that has become empty (see ErrCorpusGone).
	Rebuild  bool
	LockWait time.Duration // how long to wait for another indexer
	Keep     int           // finished generations kept besides the current one
	Logger   *slog.Logger
	// Progress, when set, is called as files are processed.
	Progress func(done, total int)

	// batchOps overrides batchSize (tests: a document split across many
	// batches).
	batchOps int
}

// ErrEmptyCorpus means that no corpus folder holds a file Build could index.
var ErrEmptyCorpus = errors.New("no supported files (.txt, .md, .html, .jsonl) in the corpus")

// ErrCorpusGone means a corpus folder that contributed documents to the
// index now holds none. That is more often an unmounted disk or a bad sync
// than an intended deletion, so Build refuses to empty the index unless
// BuildOptions.Rebuild is set.
var ErrCorpusGone = errors.New("corpus folder holds no documents any more")

// Summary reports what a build did. Added, Changed, Renamed, Unchanged and
// Skipped partition the files found this run; Deleted counts files of the
// previous generation that are gone.
type Summary struct {
	Added      int           `json:"added"`
	Changed    int           `json:"changed"`
	Renamed    int           `json:"renamed"`
	Deleted    int           `json:"deleted"`
	Unchanged  int           `json:"unchanged"`
	Skipped    int           `json:"skipped"`     // files newly found unindexable this run
	Ignored    int           `json:"ignored"`     // files with unknown extensions
	Warnings   int           `json:"warnings"`    // bad lines in otherwise good files
	Documents  int           `json:"documents"`   // in the index after the run
	Paragraphs int           `json:"paragraphs"`  // in the index after the run
	Undated    int           `json:"undated"`     // documents with no date
	Generation string        `json:"generation"`  // the generation being served after the run
	Published  bool          `json:"published"`   // false when nothing changed
	Rebuilt    string        `json:"rebuilt"`     // why everything was re-indexed, if it was
	Duration   time.Duration `json:"duration_ns"` // wall time
	// SkippedFiles names each file counted in Skipped, with the reason.
	SkippedFiles []SkippedFile `json:"skipped_files,omitempty"`
}

// SkippedFile is a file that could not be indexed, and why.
type SkippedFile struct {
	File   string `json:"file"`
	Reason string `json:"reason"`
}

// Build brings the index in opts.Dir up to date with the corpus: it finds
// new, changed, renamed and deleted files, applies them to a clone of the
// current generation (or indexes everything into a fresh one) and publishes
// the result atomically. With nothing to do it publishes nothing.
//
// Build holds the indexer lock for the whole run; it returns ErrLocked when
// another indexer keeps it longer than opts.LockWait.
func Build(ctx context.Context, opts BuildOptions) (*Summary, error) {
	start := time.Now()
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	if err := os.MkdirAll(opts.Dir, 0o755); err != nil {
		return nil, fmt.Errorf("index dir: %w", err)
	}
	unlock, err := lock(opts.Dir, opts.LockWait)
	if err != nil {
		return nil, err
	}
	defer unlock()
	defer raiseGC()()
	// Folders of runs that were killed: nobody else writes here while we
	// hold the lock, and a killed full build can be as large as the index.
	if err := removeUnfinished(opts.Dir); err != nil {
		opts.Logger.Warn("removing unfinished generations", "error", err)
	}

	sum, err := build(ctx, opts, "")
	var ue *unusableError
	if errors.As(err, &ue) {
		opts.Logger.Warn("current generation cannot be updated; rebuilding in full", "reason", ue.Error())
		sum, err = build(ctx, opts, ue.Error())
	}
	if err != nil {
		return nil, err
	}
	sum.Duration = time.Since(start)
	return sum, nil
}

// build is one attempt at Build, under the lock: the steps below, in
// order. A non-empty force is the reason to ignore the current generation.
func build(ctx context.Context, opts BuildOptions, force string) (*Summary, error) {
	p, err := plan(opts, force)
	if err != nil {
		return nil, err
	}
	toRead, next := p.diffByStat()
	ch := p.diffContent(ctx, next, toRead)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if !ch.publish {
		p.settle(ch)
		return p.keep(ch)
	}
	idx, target, err := openTarget(opts, p.cur, p.full)
	if err != nil {
		return nil, err
	}
	defer target.discard()
	files := func(yield func(*parsed) bool) {
		for r := range parseAll(ctx, ch.toParse, opts) {
			p.account(ch, r)
			if !yield(r) {
				return
			}
		}
	}
	if err := writeBatches(ctx, idx, target.bleve(), ch.stale, files, p.full, opts.batchLimit()); err != nil {
		idx.Close()
		return nil, err
	}
	p.settle(ch)
	// The versions are linked and written while the segments merge: a
	// full build's final merge runs on one core, and linking needs nothing
	// of the index (docs/BENCHMARKS.md, step 60). The target is discarded
	// only once this is done.
	linked := make(chan error, 1)
	go func() { linked <- target.linkVersions(ch.releases, opts.Logger) }()
	err = finishIndex(ctx, idx, target, p.full, ch.next, opts.Logger)
	if lerr := <-linked; err == nil {
		err = lerr
	}
	if err != nil {
		return nil, err
	}
	gen, err := target.publish(ch.next)
	if err != nil {
		return nil, err
	}
	if err := cleanup(opts.Dir, gen, opts.Keep); err != nil {
		opts.Logger.Warn("cleaning up old generations", "error", err)
	}
	p.sum.Published = true
	p.sum.fill(ch.next, gen)
	return p.sum, nil
}

// buildGCPercent is the garbage collector's target (GOGC) while a build
// runs. A build allocates many times the heap it keeps live (token
// streams and frequencies, interim segments, merge buffers): at Go's
// default of 100 the collector's marking alone took a tenth of a 1M
// build's CPU. At 200 it runs about half as often, for a peak about half
// as high again (docs/BENCHMARKS.md, step 62).
const buildGCPercent = 200

// raiseGC sets the collector's target to buildGCPercent, unless the
// process runs with a higher one or none (GOGC=off), and returns what
// puts the previous one back.
func raiseGC() (restore func()) {
	prev := debug.SetGCPercent(buildGCPercent)
	if prev < 0 || prev >= buildGCPercent {
		debug.SetGCPercent(prev)
		return func() {}
	}
	return func() { debug.SetGCPercent(prev) }
}

// fill sets the counts of generation gen, which holds what m lists.
func (s *Summary) fill(m *manifest, gen string) {
	st := m.stats(gen)
	s.Documents, s.Paragraphs, s.Undated = st.Documents, st.Paragraphs, st.Undated
	if gen != "" {
		s.Generation = filepath.Base(gen)
	}
}
