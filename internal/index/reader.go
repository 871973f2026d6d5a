package index

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"path/filepath"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"
	index "github.com/blevesearch/bleve_index_api"
)

// Reader serves searches from the current generation of an index folder and
// switches to a newer one when the indexer publishes it: requests already
// running finish on the old generation, which is closed when the last one
// returns. It is safe for concurrent use.
type Reader struct {
	dir       string
	log       *slog.Logger
	canonical func(string) (string, bool)
	country   func(name, code string) (string, bool)
	aliases   func(string) []string

	reload sync.Mutex // one Reload at a time (the watcher and SIGHUP)

	mu     sync.Mutex
	cur    *generation // nil until an index exists
	closed bool
}

// generation is one open, read-only generation with a reference count.
type generation struct {
	path  string
	idx   bleve.Index
	stats Stats
	refs  int  // requests using it, plus one while it is current
	gone  bool // no longer current

	names    nameBook      // names with counts and aliases, read on first use; see suggest.go
	variants *nameVariants // the spellings of one person's name; see variants.go

	facetTable *facetTable   // every paragraph's facet terms; see facettable.go
	dayTable   *dayTable     // every paragraph's day; see daytable.go
	docRuns    *docRuns      // runs of one document's paragraphs; see titleruns.go
	docMeta    sync.Map      // document ID -> docMeta read for hits; see docmeta.go
	blocks     *blockCache   // decoded paragraph blocks; see blocks.go
	versions   *versionTable // versions of one release; see versions.go
}

// ReaderOptions configure a Reader.
type ReaderOptions struct {
	Logger *slog.Logger
	// Canonical maps a person's alias or misspelling to the canonical name
	// speakers are indexed under, so that a speaker filter on an alias
	// matches; nil leaves names as given.
	Canonical func(name string) (string, bool)
	// Country maps a state's name in any form or its code to the one name
	// documents are indexed under, as the indexer reads a header
	// (gazetteer.KnownCountry), so that a country filter on "Republic of
	// Chile" or "CHL" matches "Chile", and says whether it knows the state
	// (a filter that finds nothing then says why); nil leaves countries as
	// given.
	Country func(name, code string) (string, bool)
	// Aliases gives a canonical name's other names (aliases,
	// transliterations, misspellings), so that name suggestions match
	// them ("tony" → Antony Blinken); nil: names only.
	Aliases func(name string) []string
}

// Open returns a Reader over dir. A folder with no index yet is not an
// error: the Reader answers ErrNoIndex until Reload finds one.
func Open(dir string, opts ReaderOptions) (*Reader, error) {
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	r := &Reader{dir: dir, log: log, canonical: opts.Canonical, country: opts.Country, aliases: opts.Aliases}
	if _, err := r.Reload(); err != nil && !errors.Is(err, ErrNoIndex) {
		return nil, err
	}
	return r, nil
}

// Reload opens the generation CURRENT names if it is not the one being
// served, and reports whether it switched.
//
// Requests keep being answered from the generation being served while the
// new one opens; if it cannot be opened, the old one stays in service.
func (r *Reader) Reload() (bool, error) {
	r.reload.Lock()
	defer r.reload.Unlock()
	// A generation can vanish between reading CURRENT and opening it when
	// two indexer runs publish in quick succession; read CURRENT again.
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		path, err := CurrentGeneration(r.dir)
		if err != nil {
			return false, err
		}
		r.mu.Lock()
		same, closed := r.cur != nil && r.cur.path == path, r.closed
		r.mu.Unlock()
		if closed {
			return false, errReaderClosed
		}
		if same {
			return false, nil
		}
		g, err := openGeneration(path)
		if err != nil {
			lastErr = err
			time.Sleep(50 * time.Millisecond)
			continue
		}
		// The advice is a memory hint (BENCHMARKS step 61): a kernel or
		// sandbox that refuses it (EINVAL under mlockall) must not keep a
		// generation from being served.
		if err := adviseSegments(g.idx); err != nil {
			r.log.Warn("advising the kernel on segment files", "generation", path, "error", err)
		}
		r.mu.Lock()
		if r.closed {
			r.mu.Unlock()
			g.idx.Close()
			return false, errReaderClosed
		}
		old := r.cur
		r.cur = g
		r.mu.Unlock()
		if old != nil {
			r.release(old, true)
		}
		if g.stats.Indexed != uint64(g.stats.Paragraphs) {
			r.log.Warn("index generation disagrees with its manifest", "generation", g.stats.Generation,
				"indexed", g.stats.Indexed, "manifest_paragraphs", g.stats.Paragraphs)
		}
		r.log.Info("serving index generation", "generation", g.stats.Generation,
			"documents", g.stats.Documents, "paragraphs", g.stats.Paragraphs)
		return true, nil
	}
	return false, lastErr
}

var errReaderClosed = errors.New("index reader is closed")

// openGeneration opens a published generation read-only; the indexer never
// writes into it again.
func openGeneration(path string) (*generation, error) {
	m, err := readManifest(path)
	if err != nil {
		return nil, err
	}
	idx, err := bleve.OpenUsing(filepath.Join(path, bleveDir), map[string]any{"read_only": true})
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	st := m.stats(path)
	if st.Indexed, err = idx.DocCount(); err != nil {
		idx.Close()
		return nil, fmt.Errorf("open %s: count: %w", path, err)
	}
	codec, err := blockCodecOf(filepath.Join(path, bleveDir))
	if err != nil {
		idx.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	g := &generation{path: path, idx: idx, stats: st, refs: 1, blocks: newBlockCache(blockCacheSize, codec)}
	if err := g.loadTables(); err != nil {
		idx.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	if g.versions, err = loadVersions(path); err != nil {
		idx.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return g, nil
}

// loadTables reads the facet and day tables now, so that the first search
// does not pay for them: at a million paragraphs 0.3–0.8 s and 10.5 MB for
// the facets, 0.15 s and 4 MB for the days. They are read at the same time,
// each through its own reader.
func (g *generation) loadTables() error {
	ctx := context.Background()
	var dayErr error
	done := make(chan struct{})
	go func() {
		defer close(done)
		g.dayTable, dayErr = withReader(g.idx, func(rdr index.IndexReader) (*dayTable, error) { return loadDayTable(ctx, rdr) })
		if dayErr == nil {
			g.docRuns, dayErr = withReader(g.idx, func(rdr index.IndexReader) (*docRuns, error) { return loadDocRuns(ctx, rdr) })
		}
	}()
	var err error
	g.variants, err = withReader(g.idx, loadNameVariants)
	if err == nil {
		g.facetTable, err = withReader(g.idx, func(rdr index.IndexReader) (*facetTable, error) { return loadFacetTable(ctx, rdr, g.variants) })
	}
	<-done
	return errors.Join(err, dayErr)
}

// acquire returns the current generation, holding a reference to it.
func (r *Reader) acquire() (*generation, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.cur == nil {
		return nil, ErrNoIndex
	}
	r.cur.refs++
	return r.cur, nil
}

// release drops a reference; retire also marks g as no longer current.
func (r *Reader) release(g *generation, retire bool) {
	r.mu.Lock()
	g.refs--
	if retire {
		g.gone = true
	}
	closeNow := g.refs == 0
	r.mu.Unlock()
	if closeNow {
		if err := g.idx.Close(); err != nil {
			r.log.Warn("closing old generation", "generation", g.path, "error", err)
		}
	}
}

// Stats describes the generation being served.
func (r *Reader) Stats() (Stats, error) {
	g, err := r.acquire()
	if err != nil {
		return Stats{}, err
	}
	defer r.release(g, false)
	return g.stats, nil
}

// Close closes the current generation once in-flight requests finish; later
// requests get ErrNoIndex and Reload does nothing.
func (r *Reader) Close() error {
	r.mu.Lock()
	g := r.cur
	r.cur = nil
	r.closed = true
	r.mu.Unlock()
	if g != nil {
		r.release(g, true)
	}
	return nil
}
