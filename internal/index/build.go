package index

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"

	"github.com/readouts/readouts/internal/readout"
)

// BuildOptions say what to index and where.
type BuildOptions struct {
	Dir     string          // index folder (index.dir)
	Corpus  []string        // corpus folders, read recursively
	Exclude []string        // base-name globs to ignore (README*, MANIFEST*)
	Parse   readout.Options // how to parse documents
	// Fingerprint identifies the analysis (gazetteer, parse options). A
	// generation built with another fingerprint or mapping is rebuilt in full.
	Fingerprint string
	Rebuild     bool          // ignore the current generation and index everything
	LockWait    time.Duration // how long to wait for another indexer
	Keep        int           // finished generations kept besides the current one
	Logger      *slog.Logger
	// Progress, when set, is called as files are processed.
	Progress func(done, total int)
}

// Summary reports what a build did.
type Summary struct {
	Added      int           `json:"added"`
	Changed    int           `json:"changed"`
	Renamed    int           `json:"renamed"`
	Deleted    int           `json:"deleted"`
	Unchanged  int           `json:"unchanged"`
	Skipped    int           `json:"skipped"`     // files that could not be indexed this run
	Ignored    int           `json:"ignored"`     // files with unknown extensions
	Warnings   int           `json:"warnings"`    // bad lines in otherwise good files
	Documents  int           `json:"documents"`   // in the index after the run
	Paragraphs int           `json:"paragraphs"`  // in the index after the run
	Undated    int           `json:"undated"`     // documents with no date
	Generation string        `json:"generation"`  // the generation being served after the run
	Published  bool          `json:"published"`   // false when nothing changed
	Rebuilt    string        `json:"rebuilt"`     // why everything was re-indexed, if it was
	Duration   time.Duration `json:"duration_ns"` // wall time
}

// corpusFile is a file found in a corpus folder.
type corpusFile struct {
	key     string // corpus folder name + "/" + relative path; the document ID
	path    string
	size    int64
	modTime int64
}

// parsed is a file read and parsed by a worker.
type parsed struct {
	file  corpusFile
	entry *fileEntry
	docs  []*readout.Document
	warns []error
}

// Build brings the index in opts.Dir up to date with the corpus: it finds
// new, changed, renamed and deleted files, applies them to a clone of the
// current generation (or indexes everything into a fresh one) and publishes
// the result atomically. With nothing to do it publishes nothing.
func Build(ctx context.Context, opts BuildOptions) (*Summary, error) {
	start := time.Now()
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if err := os.MkdirAll(opts.Dir, 0o755); err != nil {
		return nil, fmt.Errorf("index dir: %w", err)
	}
	unlock, err := lock(opts.Dir, opts.LockWait)
	if err != nil {
		return nil, err
	}
	defer unlock()

	sum := &Summary{}
	files, ignored, err := scanCorpus(opts.Corpus, opts.Exclude)
	if err != nil {
		return nil, err
	}
	sum.Ignored = ignored

	// What the current generation holds, if it can be trusted.
	old := &manifest{Files: map[string]*fileEntry{}}
	cur, err := CurrentGeneration(opts.Dir)
	switch {
	case errors.Is(err, ErrNoIndex):
		sum.Rebuilt = "no index yet"
	case err != nil:
		return nil, err
	default:
		m, err := readManifest(cur)
		switch {
		case err != nil:
			sum.Rebuilt = "unreadable manifest: " + err.Error()
		case m.MappingVersion != MappingVersion:
			sum.Rebuilt = fmt.Sprintf("index mapping changed (version %d -> %d)", m.MappingVersion, MappingVersion)
		case m.Fingerprint != opts.Fingerprint:
			sum.Rebuilt = "analysis changed (gazetteer or parse options)"
		case opts.Rebuild:
			sum.Rebuilt = "--rebuild"
		default:
			old = m
		}
	}
	full := sum.Rebuilt != ""
	if full && cur != "" {
		log.Info("rebuilding the whole index", "reason", sum.Rebuilt)
	}

	// Sort files into unchanged ones and ones to (re)read.
	next := &manifest{MappingVersion: MappingVersion, Fingerprint: opts.Fingerprint, Files: map[string]*fileEntry{}}
	var toRead []corpusFile
	touched := false // unchanged content, new mtime: manifest needs an update
	for _, f := range files {
		e, ok := old.Files[f.key]
		if ok && e.Size == f.size && e.ModTime == f.modTime {
			next.Files[f.key] = e
			sum.Unchanged++
			continue
		}
		toRead = append(toRead, f)
	}
	deleted := map[string]*fileEntry{}
	for key, e := range old.Files {
		if _, ok := next.Files[key]; ok {
			continue
		}
		deleted[key] = e
	}

	results := parseAll(ctx, toRead, opts)
	var fresh []parsed
	for i := range results {
		r := &results[i]
		if r.entry == nil { // canceled
			continue
		}
		prev, existed := deleted[r.file.key]
		if existed && prev.Hash == r.entry.Hash && prev.Skipped == r.entry.Skipped {
			// Same content, new mtime (touch, copy): keep what is indexed.
			r.entry.Docs = prev.Docs
			next.Files[r.file.key] = r.entry
			delete(deleted, r.file.key)
			sum.Unchanged++
			touched = true
			continue
		}
		fresh = append(fresh, *r)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	// A new file with the content of a deleted one is a rename.
	goneByHash := map[string]bool{}
	for key, e := range deleted {
		if _, stillThere := indexOf(files, key); !stillThere {
			goneByHash[e.Hash] = true
		}
	}
	for _, r := range fresh {
		_, existed := deleted[r.file.key]
		switch {
		case r.entry.Skipped != "":
			sum.Skipped++
			log.Warn("skipped", "file", r.file.path, "reason", r.entry.Skipped)
			if existed {
				sum.Changed++
			}
		case existed && !full:
			sum.Changed++
		case goneByHash[r.entry.Hash] && !full:
			sum.Renamed++
			goneByHash[r.entry.Hash] = false
		default:
			sum.Added++
		}
		for _, w := range r.warns {
			sum.Warnings++
			log.Warn("bad input", "error", w)
		}
	}
	for key := range deleted {
		if _, stillThere := indexOf(files, key); !stillThere {
			sum.Deleted++
		}
	}
	sum.Deleted -= sum.Renamed

	if !full && len(fresh) == 0 && len(deleted) == 0 {
		// Nothing to publish. Record new mtimes so the next run stays cheap.
		if touched {
			next.Built = old.Built
			if err := writeManifest(cur, next); err != nil {
				return nil, err
			}
		}
		sum.fill(next, cur)
		sum.Duration = time.Since(start)
		return sum, nil
	}

	gen, err := writeGeneration(ctx, opts, cur, full, deleted, fresh, next)
	if err != nil {
		return nil, err
	}
	if err := cleanup(opts.Dir, gen, opts.Keep); err != nil {
		log.Warn("cleaning up old generations", "error", err)
	}
	sum.Published = true
	sum.fill(next, gen)
	sum.Duration = time.Since(start)
	return sum, nil
}

func (s *Summary) fill(m *manifest, gen string) {
	st := m.stats(gen)
	s.Documents, s.Paragraphs, s.Undated = st.Documents, st.Paragraphs, st.Undated
	if gen != "" {
		s.Generation = filepath.Base(gen)
	}
}

func indexOf(files []corpusFile, key string) (int, bool) {
	i := sort.Search(len(files), func(i int) bool { return files[i].key >= key })
	return i, i < len(files) && files[i].key == key
}

// writeGeneration builds the next generation in a .tmp folder and publishes it.
func writeGeneration(ctx context.Context, opts BuildOptions, cur string, full bool, deleted map[string]*fileEntry, fresh []parsed, next *manifest) (string, error) {
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
			return "", fmt.Errorf("clone %s: %w", cur, err)
		}
		idx, err = bleve.Open(filepath.Join(tmp, bleveDir))
		if err != nil {
			return "", fmt.Errorf("open clone of %s: %w", cur, err)
		}
	}
	if err := applyChanges(ctx, idx, deleted, fresh, next); err != nil {
		idx.Close()
		return "", err
	}
	if err := idx.Close(); err != nil {
		return "", fmt.Errorf("close index: %w", err)
	}
	next.Built = time.Now().UTC()
	if err := writeManifest(tmp, next); err != nil {
		return "", err
	}
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

const batchSize = 2000

func applyChanges(ctx context.Context, idx bleve.Index, deleted map[string]*fileEntry, fresh []parsed, next *manifest) error {
	b := idx.NewBatch()
	flush := func(force bool) error {
		if b.Size() == 0 || (!force && b.Size() < batchSize) {
			return nil
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := idx.Batch(b); err != nil {
			return fmt.Errorf("index batch: %w", err)
		}
		b.Reset()
		return nil
	}
	for _, e := range deleted {
		for _, d := range e.Docs {
			for n := 1; n <= d.Paragraphs; n++ {
				b.Delete(paragraphID(d.ID, n))
			}
		}
		if err := flush(false); err != nil {
			return err
		}
	}
	for _, r := range fresh {
		next.Files[r.file.key] = r.entry
		for _, d := range r.docs {
			for _, p := range toIndexDocs(d) {
				if err := b.Index(paragraphID(p.DocID, int(p.N)), p); err != nil {
					return fmt.Errorf("index %s: %w", r.file.path, err)
				}
			}
		}
		if err := flush(false); err != nil {
			return err
		}
	}
	return flush(true)
}

// parseAll reads, hashes and parses files on all cores, in input order.
func parseAll(ctx context.Context, files []corpusFile, opts BuildOptions) []parsed {
	out := make([]parsed, len(files))
	work := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	done := 0
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				out[i] = parseOne(files[i], opts.Parse)
				if opts.Progress != nil {
					mu.Lock()
					done++
					opts.Progress(done, len(files))
					mu.Unlock()
				}
			}
		}()
	}
	for i := range files {
		if ctx.Err() != nil {
			break
		}
		work <- i
	}
	close(work)
	wg.Wait()
	return out
}

func parseOne(f corpusFile, po readout.Options) parsed {
	r := parsed{file: f, entry: &fileEntry{Size: f.size, ModTime: f.modTime}}
	if po.MaxFileBytes > 0 && f.size > po.MaxFileBytes {
		r.entry.Skipped = fmt.Sprintf("file too large: %d bytes, limit %d", f.size, po.MaxFileBytes)
		r.entry.Hash = fmt.Sprintf("size:%d", f.size)
		return r
	}
	data, err := os.ReadFile(f.path)
	if err != nil {
		r.entry.Skipped = err.Error()
		return r
	}
	sum := sha256.Sum256(data)
	r.entry.Hash = hex.EncodeToString(sum[:16])
	docs, err := readout.Parse(f.path, f.key, data, po)
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
	}
	return r
}

// reason is an error's message without the file name the log line already gives.
func reason(err error) string {
	var fe *readout.FileError
	if errors.As(err, &fe) && fe.Line == 0 {
		return fe.Err.Error()
	}
	return err.Error()
}

// scanCorpus lists the supported files under the corpus folders, sorted by
// key, and counts the others.
func scanCorpus(dirs, exclude []string) ([]corpusFile, int, error) {
	var files []corpusFile
	ignored := 0
	names := map[string]string{}
	for _, dir := range dirs {
		root, err := filepath.Abs(dir)
		if err != nil {
			return nil, 0, err
		}
		base := filepath.Base(root)
		if other, dup := names[base]; dup {
			return nil, 0, fmt.Errorf("corpus.dirs: %s and %s have the same name %q; document IDs would collide", other, dir, base)
		}
		names[base] = dir
		fi, err := os.Stat(root)
		if err != nil {
			return nil, 0, fmt.Errorf("corpus.dirs: %w", err)
		}
		if !fi.IsDir() {
			return nil, 0, fmt.Errorf("corpus.dirs: %s is not a folder", dir)
		}
		err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			name := d.Name()
			if path != root && strings.HasPrefix(name, ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				return nil
			}
			if excluded(name, exclude) {
				return nil
			}
			if !d.Type().IsRegular() || !readout.Supported(name) {
				ignored++
				return nil
			}
			info, err := d.Info()
			if err != nil {
				return err
			}
			rel, err := filepath.Rel(root, path)
			if err != nil {
				return err
			}
			files = append(files, corpusFile{
				key:     base + "/" + filepath.ToSlash(rel),
				path:    path,
				size:    info.Size(),
				modTime: info.ModTime().UnixNano(),
			})
			return nil
		})
		if err != nil {
			return nil, 0, fmt.Errorf("scan %s: %w", dir, err)
		}
	}
	sort.Slice(files, func(i, j int) bool { return files[i].key < files[j].key })
	return files, ignored, nil
}

func excluded(name string, globs []string) bool {
	for _, g := range globs {
		if ok, _ := filepath.Match(g, name); ok {
			return true
		}
	}
	return false
}
