package index

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/index/scorch/mergeplan"

	"github.com/readouts/readouts/internal/corpus"
	"github.com/readouts/readouts/internal/parallel"
	"github.com/readouts/readouts/internal/readout"
)

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

// parsed is a file read and parsed by a worker.
type parsed struct {
	file  corpus.File
	entry *fileEntry
	docs  []*readout.Document
	warns []error
	// releases sketch the documents for linking versions (versions.go).
	releases []releaseDoc
}

// unusableError says the current generation cannot be updated in place
// (its Bleve index does not open, or disagrees with its manifest); Build
// then indexes everything into a fresh generation.
type unusableError struct{ err error }

func (e *unusableError) Error() string { return e.err.Error() }
func (e *unusableError) Unwrap() error { return e.err }

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

// build is one attempt at Build, under the lock. A non-empty force is the
// reason to ignore the current generation.
func build(ctx context.Context, opts BuildOptions, force string) (*Summary, error) {
	log := opts.Logger
	sum := &Summary{}
	ls, err := corpus.Scan(opts.Corpus, opts.Exclude)
	if err != nil {
		return nil, err
	}
	sum.Ignored = ls.Ignored

	// What the current generation holds, and whether it can be trusted.
	old := &manifest{Files: map[string]*fileEntry{}}
	var prevReleases map[string]releaseDoc
	cur, err := CurrentGeneration(opts.Dir)
	switch {
	case errors.Is(err, ErrNoIndex):
		sum.Rebuilt = "no index yet"
	case err != nil:
		return nil, err
	default:
		m, err := readManifest(cur)
		if err != nil {
			sum.Rebuilt = "unreadable manifest: " + err.Error()
			break
		}
		if !opts.Rebuild {
			if err := checkCorpusKept(m, ls, opts.Corpus); err != nil {
				return nil, err
			}
		}
		switch {
		case force != "":
			sum.Rebuilt = force
		case opts.Rebuild:
			sum.Rebuilt = "--rebuild"
		case m.MappingVersion != MappingVersion:
			sum.Rebuilt = fmt.Sprintf("index mapping changed (version %d -> %d)", m.MappingVersion, MappingVersion)
		case m.Fingerprint != opts.Fingerprint:
			sum.Rebuilt = "analysis changed: " + fingerprintDiff(m.Fingerprint, opts.Fingerprint)
		default:
			// The sketches of unchanged documents come from the current
			// generation; one built before versions existed has none.
			if prevReleases, err = readReleases(cur); err != nil {
				sum.Rebuilt = err.Error()
				break
			}
			old = m
		}
	}
	// A folder that yields nothing is a mistake more often than not (the
	// wrong path, files of another type): say so on every run, and fail
	// when no folder yields anything, unless --rebuild asks for an empty
	// index.
	if len(ls.Files) == 0 && len(ls.Unreadable) == 0 && !opts.Rebuild {
		var why []string
		for _, d := range ls.Empty {
			why = append(why, d.Path+" "+d.Reason())
		}
		return nil, fmt.Errorf("corpus.dirs: %w: %s", ErrEmptyCorpus, strings.Join(why, "; "))
	}
	for _, d := range ls.Empty {
		sum.Skipped++
		sum.SkippedFiles = append(sum.SkippedFiles, SkippedFile{File: d.Path, Reason: d.Reason()})
		log.Warn("skipped folder", "folder", d.Path, "reason", d.Reason())
	}
	full := sum.Rebuilt != ""
	if full && cur != "" {
		log.Info("rebuilding the whole index", "reason", sum.Rebuilt)
	}

	// Files whose size and modification time match the manifest are
	// unchanged without being read. A file that could not be read last
	// time is tried again: chmod does not change the modification time.
	next := &manifest{MappingVersion: MappingVersion, Fingerprint: opts.Fingerprint, Files: map[string]*fileEntry{}}
	var toRead []corpus.File
	for _, f := range ls.Files {
		e, ok := old.Files[f.Key]
		if ok && e.Size == f.Size && e.ModTime == f.ModTime && !e.unreadable() && skippedAsTooLarge(e) == corpus.TooLarge(f.Size, opts.Parse.MaxFileBytes) {
			next.Files[f.Key] = e
			sum.Unchanged++
			continue
		}
		toRead = append(toRead, f)
	}
	// Files under a folder that could not be listed keep what they had.
	for _, dir := range ls.Unreadable {
		kept := 0
		for key, e := range old.Files {
			if strings.HasPrefix(key, dir.Key+"/") {
				next.Files[key] = e
				kept++
			}
		}
		sum.Skipped++
		sum.SkippedFiles = append(sum.SkippedFiles, SkippedFile{File: dir.Path, Reason: dir.Reason})
		log.Warn("skipped folder", "folder", dir.Path, "reason", dir.Reason, "kept_files", kept)
	}

	results := parseAll(ctx, toRead, opts)
	if err := ctx.Err(); err != nil {
		return nil, err
	}

	// stale: entries of the previous generation whose paragraphs must go,
	// because the file changed or is gone.
	stale := map[string]*fileEntry{}
	for key, e := range old.Files {
		if _, ok := next.Files[key]; !ok {
			stale[key] = e
		}
	}
	gone := map[string]int{} // content hash of vanished files -> how many
	for key, e := range stale {
		if !ls.Has(key) && e.Hash != "" {
			gone[e.Hash]++
		}
	}
	touched := false // unchanged content with a new mtime: the manifest needs an update
	dirty := false   // a file's entry changed: publish a new generation
	var fresh []parsed
	for i := range results {
		r := &results[i]
		prev, existed := old.Files[r.file.Key]
		if existed && prev.Hash == r.entry.Hash && prev.Skipped == r.entry.Skipped {
			// Same content, new mtime (touch, copy), or the same read error
			// again: keep what is indexed and do not report it again.
			r.entry.Docs = prev.Docs
			next.Files[r.file.Key] = r.entry
			delete(stale, r.file.Key)
			touched = touched || prev.Size != r.entry.Size || prev.ModTime != r.entry.ModTime
			sum.Unchanged++
			continue
		}
		next.Files[r.file.Key] = r.entry
		dirty = true
		for _, w := range r.warns {
			sum.Warnings++
			log.Warn("bad input", "file", r.file.Path, "error", w)
		}
		switch {
		case r.entry.Skipped != "":
			sum.Skipped++
			sum.SkippedFiles = append(sum.SkippedFiles, SkippedFile{File: r.file.Path, Reason: r.entry.Skipped})
			log.Warn("skipped", "file", r.file.Path, "reason", r.entry.Skipped)
		case existed:
			sum.Changed++
		case gone[r.entry.Hash] > 0:
			sum.Renamed++
			gone[r.entry.Hash]--
		default:
			sum.Added++
		}
		if len(r.docs) > 0 {
			fresh = append(fresh, *r)
		}
	}
	releases := nextReleases(next, results, prevReleases)
	results = nil // fresh holds what is indexed, and lets go of it as it is (applyChanges)
	for key := range stale {
		if !ls.Has(key) {
			sum.Deleted++
		}
	}
	sum.Deleted -= sum.Renamed

	if !full && !dirty && len(stale) == 0 {
		// Nothing to publish. Record new mtimes so the next run stays
		// cheap; manifest.json is replaced by rename, and searchd reads it
		// only when it opens a generation, so this is safe while serving.
		if touched {
			next.Built = old.Built
			if err := writeManifest(cur, next); err != nil {
				return nil, err
			}
		}
		sum.fill(next, cur)
		return sum, nil
	}

	gen, err := writeGeneration(ctx, opts, cur, full, stale, fresh, next, releases)
	if err != nil {
		return nil, err
	}
	if err := cleanup(opts.Dir, gen, opts.Keep); err != nil {
		log.Warn("cleaning up old generations", "error", err)
	}
	sum.Published = true
	sum.fill(next, gen)
	return sum, nil
}

func (s *Summary) fill(m *manifest, gen string) {
	st := m.stats(gen)
	s.Documents, s.Paragraphs, s.Undated = st.Documents, st.Paragraphs, st.Undated
	if gen != "" {
		s.Generation = filepath.Base(gen)
	}
}

// checkCorpusKept returns ErrCorpusGone when a configured corpus folder
// that has documents in m holds no supported file now.
func checkCorpusKept(m *manifest, ls *corpus.Listing, dirs []string) error {
	had := map[string]int{}
	for key, e := range m.Files {
		if len(e.Docs) > 0 {
			had[strings.SplitN(key, "/", 2)[0]]++
		}
	}
	has := map[string]bool{}
	for _, f := range ls.Files {
		has[strings.SplitN(f.Key, "/", 2)[0]] = true
	}
	for _, dir := range dirs {
		base := filepath.Base(filepath.Clean(dir))
		if n := had[base]; n > 0 && !has[base] {
			return fmt.Errorf("%s: %w, but the index has %d files from it; not emptying the index (run with --rebuild if this is intended)", dir, ErrCorpusGone, n)
		}
	}
	return nil
}

// fingerprintDiff names the key=value fields that differ between two
// fingerprints: "gazetteer (3fa2 -> 9c01)".
func fingerprintDiff(was, now string) string {
	fields := func(s string) (map[string]string, []string) {
		m := map[string]string{}
		var keys []string
		for _, f := range strings.Fields(s) {
			k, v, ok := strings.Cut(f, "=")
			if !ok || v == "" {
				v = "yes" // a bare flag
			}
			if _, dup := m[k]; !dup {
				keys = append(keys, k)
			}
			m[k] = v
		}
		return m, keys
	}
	a, akeys := fields(was)
	b, bkeys := fields(now)
	var diffs []string
	seen := map[string]bool{}
	for _, k := range append(bkeys, akeys...) {
		if seen[k] {
			continue
		}
		seen[k] = true
		if a[k] != b[k] {
			diffs = append(diffs, fmt.Sprintf("%s (%s -> %s)", k, orNone(a[k]), orNone(b[k])))
		}
	}
	if len(diffs) == 0 {
		return "fingerprint differs"
	}
	return strings.Join(diffs, ", ")
}

// orNone shortens a fingerprint value for a log line: hashes to 12 digits.
func orNone(s string) string {
	switch {
	case s == "":
		return "none"
	case len(s) > 16:
		return s[:12] + "…"
	}
	return s
}

// writeGeneration builds the next generation in a .tmp folder and publishes
// it. In incremental mode (full false) it returns an *unusableError when the
// current generation cannot be cloned and opened, or when the result does
// not hold exactly the paragraphs the manifest lists.
func writeGeneration(ctx context.Context, opts BuildOptions, cur string, full bool, stale map[string]*fileEntry, fresh []parsed, next *manifest, releases []releaseDoc) (string, error) {
	name, err := nextGeneration(opts.Dir)
	if err != nil {
		return "", err
	}
	final := filepath.Join(opts.Dir, name)
	tmp := final + tmpSuffix
	if err := os.RemoveAll(tmp); err != nil {
		return "", err
	}
	if err := os.MkdirAll(tmp, 0o755); err != nil {
		return "", err
	}
	ok := false
	defer func() {
		if !ok {
			os.RemoveAll(tmp)
		}
	}()

	var idx bleve.Index
	if full {
		m, err := newMapping()
		if err != nil {
			return "", err
		}
		idx, err = bleve.New(filepath.Join(tmp, bleveDir), m)
		if err != nil {
			return "", fmt.Errorf("create index: %w", err)
		}
	} else {
		if err := cloneGeneration(filepath.Join(cur, bleveDir), filepath.Join(tmp, bleveDir)); err != nil {
			return "", &unusableError{fmt.Errorf("clone %s: %w", filepath.Base(cur), err)}
		}
		idx, err = bleve.Open(filepath.Join(tmp, bleveDir))
		if err != nil {
			return "", &unusableError{fmt.Errorf("open clone of %s: %w", filepath.Base(cur), err)}
		}
	}
	limit := opts.batchOps
	if limit <= 0 {
		limit = batchSize
	}
	if err := applyChanges(ctx, idx, stale, fresh, full, limit); err != nil {
		idx.Close()
		return "", err
	}
	if err := compact(ctx, idx, full); err != nil {
		idx.Close()
		return "", fmt.Errorf("merge segments: %w", err)
	}
	// The index must hold exactly the paragraphs the manifest lists: a
	// leftover paragraph would be a duplicate or a deleted document in
	// search results.
	want := uint64(next.stats("").Paragraphs)
	got, err := idx.DocCount()
	if err != nil {
		idx.Close()
		return "", fmt.Errorf("count paragraphs: %w", err)
	}
	if got != want {
		idx.Close()
		err := fmt.Errorf("index holds %d paragraphs, manifest lists %d", got, want)
		if full {
			return "", err
		}
		return "", &unusableError{err}
	}
	if full {
		if err := mergeSegments(ctx, idx, filepath.Join(tmp, bleveDir), opts.Logger); err != nil {
			idx.Close()
			return "", err
		}
	}
	if err := idx.Close(); err != nil {
		return "", fmt.Errorf("close index: %w", err)
	}
	next.Built = time.Now().UTC()
	if err := writeManifest(tmp, next); err != nil {
		return "", err
	}
	linking := time.Now()
	groups, err := writeReleases(tmp, releases)
	if err != nil {
		return "", err
	}
	opts.Logger.Debug("linked versions", "documents", len(releases), "groups", groups, "duration", time.Since(linking))
	if err := syncTree(tmp); err != nil {
		return "", err
	}
	if err := os.Rename(tmp, final); err != nil {
		return "", err
	}
	ok = true
	if err := syncDir(opts.Dir); err != nil {
		return "", err
	}
	if err := publish(opts.Dir, name); err != nil {
		return "", err
	}
	return final, nil
}

// compact merges small segments. Each incremental run adds a segment and
// closes the index before scorch's background merger gets to it, so without
// this a day of cron runs leaves hundreds of segments for every search to
// visit. The default tiered plan merges only when a size tier holds more
// than ten segments and leaves large segments alone, so the cost stays
// proportional to the change.
//
// A full build is left as scorch's own merger left it: forcing the plan
// there would rewrite most of the index a second time.
func compact(ctx context.Context, idx bleve.Index, full bool) error {
	if full {
		return nil
	}
	adv, err := idx.Advanced()
	if err != nil {
		return err
	}
	s, ok := adv.(*scorch.Scorch)
	if !ok {
		return nil
	}
	plan := mergeplan.DefaultMergePlanOptions
	return s.ForceMerge(ctx, &plan)
}

// batchSize is about how many paragraph operations go to scorch in one
// batch. A batch's paragraphs are all analysed and turned into one segment
// in memory, so it is also what bounds the indexer's memory on a giant
// file: a 60 MB file of 136,000 paragraphs in one batch took 3.6 GB.
const batchSize = 5000

// batchWorkers is how many batches a full build hands to scorch at once.
// A batch is analysed on all cores, then turned into a segment on one; a
// second batch in flight keeps the other cores busy meanwhile (a third was
// slower on 2 cores: docs/BENCHMARKS.md, step 10).
const batchWorkers = 2

// applyChanges deletes every paragraph of the stale entries (by their
// recorded counts, so a document that shrank loses its tail too) and
// indexes the fresh documents. Within a batch the last operation on an id
// wins, and batches of an incremental build run in order with every delete
// before any add, so a changed document's paragraphs are deleted and
// re-added.
//
// The work goes to scorch in chunks of about limit operations. A document
// of more paragraphs than a chunk holds is split into pieces of whole
// blocks (blockParagraphs, blocks.go), so that a chunk holds at most
// limit + piece operations whatever the file size; a smaller document is
// never split. Each chunk is turned into a batch (paragraph documents
// mapped, blocks compressed) by the worker that hands it to scorch, so that
// this work runs on all cores too. Chunks run one after another, except in
// a full build (concurrent true), which only adds paragraphs with distinct
// IDs: there the order of batches does not matter and several are indexed
// at once.
func applyChanges(ctx context.Context, idx bleve.Index, stale map[string]*fileEntry, fresh []parsed, concurrent bool, limit int) error {
	workers := 1
	if concurrent {
		workers = batchWorkers
	}
	schema, err := newSchema()
	if err != nil {
		return err
	}
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	chunks := make(chan *chunk)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for c := range chunks {
				if ctx.Err() != nil {
					continue // drain
				}
				// A new batch for each chunk, never Reset: scorch's Batch
				// leaves a goroutine that reads the old batch's map field
				// with no ordering against Reset, which the race detector
				// reports (bleve v2.6.3).
				b, err := c.batch(idx, schema)
				c.release()
				if err == nil {
					err = idx.Batch(b)
					if err != nil {
						err = fmt.Errorf("index batch: %w", err)
					}
				}
				if err != nil {
					cancel(err)
				}
			}
		}()
	}
	finish := func(err error) error {
		close(chunks)
		wg.Wait()
		if err != nil {
			return err
		}
		if ctx.Err() != nil {
			return context.Cause(ctx)
		}
		return nil
	}

	c := &chunk{}
	flush := func(force bool) error {
		if c.ops == 0 || (!force && c.ops < limit) {
			return nil
		}
		if err := ctx.Err(); err != nil {
			return context.Cause(ctx)
		}
		select {
		case chunks <- c:
		case <-ctx.Done():
			return context.Cause(ctx)
		}
		c = &chunk{}
		return nil
	}
	keys := make([]string, 0, len(stale))
	for key := range stale {
		keys = append(keys, key)
	}
	sort.Strings(keys)
	for _, key := range keys {
		for _, d := range stale[key].Docs {
			for n := 1; n <= d.Paragraphs; n++ {
				c.deletes = append(c.deletes, paragraphID(d.ID, n))
				c.ops++
				if err := flush(false); err != nil {
					return finish(err)
				}
			}
		}
	}
	// piece: the most paragraphs of one document in a chunk, whole blocks.
	piece := max(limit/blockParagraphs, 1) * blockParagraphs
	for i := range fresh {
		r := &fresh[i]
		for _, d := range r.docs {
			title := docTitle(d)
			n := len(d.Paragraphs)
			if n <= piece {
				c.docs = append(c.docs, chunkDoc{doc: d, path: r.file.Path, title: title, from: 0, to: n})
				c.ops += n
				if err := flush(false); err != nil {
					return finish(err)
				}
				continue
			}
			for from := 0; from < n; from += piece {
				to := min(from+piece, n)
				c.docs = append(c.docs, chunkDoc{doc: d, path: r.file.Path, title: title, from: from, to: to})
				c.ops += to - from
				if err := flush(false); err != nil {
					return finish(err)
				}
			}
		}
		// The chunks hold them now: once indexed they are garbage, and a
		// full build does not keep the whole parsed corpus until its end.
		r.docs = nil
	}
	return finish(flush(true))
}

// chunk is the work of one batch: paragraphs to delete, then documents (or
// pieces of documents) to index.
type chunk struct {
	deletes []string
	docs    []chunkDoc
	ops     int
}

// chunkDoc is the paragraphs [from, to) of doc; from is a multiple of
// blockParagraphs, so that pieces store the same blocks as the whole.
type chunkDoc struct {
	doc      *readout.Document
	path     string // the file, for errors
	title    string // docTitle(doc), taken before any piece is released
	from, to int
}

// batch turns the chunk's documents into a new batch of idx.
func (c *chunk) batch(idx bleve.Index, s *schema) (*bleve.Batch, error) {
	b := idx.NewBatch()
	for _, id := range c.deletes {
		b.Delete(id)
	}
	for _, d := range c.docs {
		for _, doc := range s.paragraphDocs(d.doc, d.title, d.from, d.to) {
			if err := b.IndexAdvanced(doc); err != nil {
				return nil, fmt.Errorf("index %s: %w", d.path, err)
			}
		}
	}
	return b, nil
}

// release lets go of what the chunk's batch now holds: the paragraphs of
// its pieces (the other pieces of a giant document may still wait for
// their batch; each worker clears only its own range) and the chunk's
// lists.
func (c *chunk) release() {
	for _, d := range c.docs {
		clear(d.doc.Paragraphs[d.from:d.to])
	}
	c.docs, c.deletes = nil, nil
}

// parseAll reads, hashes and parses files on all cores, in input order.
func parseAll(ctx context.Context, files []corpus.File, opts BuildOptions) []parsed {
	out := make([]parsed, len(files))
	var mu sync.Mutex
	done := 0
	// A canceled run leaves zero entries, which the caller skips.
	_ = parallel.Each(ctx, len(files), func(i int) {
		out[i] = parseOne(files[i], opts.Parse)
		if opts.Progress != nil {
			mu.Lock()
			done++
			opts.Progress(done, len(files))
			mu.Unlock()
		}
	})
	return out
}

// parseOne reads, hashes and parses one file. Whatever goes wrong is
// recorded in entry.Skipped; an entry with no hash could not be read. A
// panic in the parser skips this file only: one malformed document must
// never stop a run, nor every later run (it stays recorded by its hash and
// is retried when it changes).
func parseOne(f corpus.File, po readout.Options) (r parsed) {
	r = parsed{file: f, entry: &fileEntry{Size: f.Size, ModTime: f.ModTime}}
	defer func() {
		if p := recover(); p != nil {
			r.docs, r.warns, r.entry.Docs = nil, nil, nil
			r.entry.Skipped = fmt.Sprintf("internal error while parsing (please report it with the file): %v", p)
		}
	}()
	skipTooLarge := func(size int64) {
		r.entry.Skipped = fmt.Sprintf("file too large: %d bytes, limit %d (corpus.max_file_bytes)", size, po.MaxFileBytes)
		r.entry.Hash = fmt.Sprintf("%s%d", tooLargeHash, size)
	}
	if corpus.TooLarge(f.Size, po.MaxFileBytes) {
		skipTooLarge(f.Size)
		return r
	}
	c, err := corpus.Read(f.Path, po.MaxFileBytes)
	if err != nil {
		r.entry.Skipped = "cannot read: " + corpus.Pathless(err)
		return r
	}
	r.entry.Size, r.entry.ModTime = c.Size, c.ModTime
	if corpus.TooLarge(int64(len(c.Data)), po.MaxFileBytes) {
		skipTooLarge(r.entry.Size) // grew since the scan
		return r
	}
	r.entry.Hash = corpus.Hash(c.Data)
	docs, err := readout.Parse(f.Path, f.Key, c.Data, po)
	if err != nil && len(docs) == 0 {
		r.entry.Skipped = reason(err)
		return r
	}
	if err != nil {
		r.warns = append(r.warns, err)
	}
	r.docs = docs
	for _, d := range docs {
		r.entry.Docs = append(r.entry.Docs, docEntry{ID: d.ID, Paragraphs: len(d.Paragraphs), Dated: !d.Date.IsZero()})
		r.releases = append(r.releases, newReleaseDoc(d))
	}
	return r
}

// tooLargeHash prefixes the size recorded as the hash of a file skipped as
// larger than corpus.max_file_bytes: its content was never read.
const tooLargeHash = "size:"

// skippedAsTooLarge reports whether e is a file skipped as too large. When
// corpus.max_file_bytes changes so that it no longer is (or a file indexed
// before now is), the file is read again although it did not change.
func skippedAsTooLarge(e *fileEntry) bool { return strings.HasPrefix(e.Hash, tooLargeHash) }

// reason is a parse error's message without the file name the log line
// already gives: "binary content: NUL byte at offset 12 (line 1)".
func reason(err error) string {
	var fe *readout.FileError
	if errors.As(err, &fe) {
		if fe.Line > 0 {
			return fmt.Sprintf("line %d: %v", fe.Line, fe.Err)
		}
		return fe.Err.Error()
	}
	return err.Error()
}
