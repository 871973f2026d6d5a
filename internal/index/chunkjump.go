package index

import (
	"context"
	"sort"
	"sync/atomic"

	"github.com/RoaringBitmap/roaring/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/searcher"
	index "github.com/blevesearch/bleve_index_api"
	segment "github.com/blevesearch/scorch_segment_api/v2"
	zap "github.com/blevesearch/zapx/v17"
)

// Zap keeps a term's frequencies and norms in chunks of about 1,024
// postings, and its PostingsIterator.Advance steps through every posting
// before the target one by one (roaring's Next), also in the chunks before
// the target's, which it then does not decode: to stay in step with the
// chunk decoder. A conjunction advancing a common word to a rare word's
// paragraphs walks nearly all of the common word's postings: at a million
// paragraphs most of the time of a two- or three-word query
// (docs/BENCHMARKS.md, steps 37, 47, 54 and 55). Lucene jumps with skip lists.
//
// jumpTermQuery is a term query of one word whose reader moves the
// iterator's position in the postings bitmap straight to the first
// posting of the target's chunk when the target is in a later chunk than
// the iterator's last posting; the chunk is then decoded from its start,
// as zap does whenever it enters a chunk. It uses only what zap exports:
// in an iterator of a segment without deletions, the exported Actual is
// also the iterator zap walks ("all"); at its first jump the reader gives
// zap a second iterator of the same bitmap as Actual (and a copy of the
// bitmap's header as ActualBM, so that zap takes its path for a narrowed
// Actual, which walks "all" up to Actual's next posting), and moves "all"
// itself. Where
// it cannot (a segment with deletions, one in memory, an unknown chunk
// mode), the term is read as Scorch reads it; until its first jump, too. The matches, frequencies and
// norms are the ones Scorch's reader gives; TestJumpTermReaderAgrees
// compares them by Next and Advance, TestJumpTermsAgree whole searches.
//
// On a zap upgrade, re-check: the clean iterator's Actual is its "all";
// the narrowed path (nextDocNumAtOrAfter) walks "all" to Actual's next
// posting, moving the decoders only within that posting's chunk and
// loading a chunk it was not in; getChunkSize's modes (chunk.go).
type jumpTermQuery struct {
	term, field string
	boost       float64
}

// jumpTermsOff turns the jumps off (set only by tests comparing).
var jumpTermsOff atomic.Bool

func (q *jumpTermQuery) SetBoost(b float64) { q.boost = b }
func (q *jumpTermQuery) Boost() float64     { return q.boost }

func (q *jumpTermQuery) Searcher(ctx context.Context, i index.IndexReader, m mapping.IndexMapping, options search.SearcherOptions) (search.Searcher, error) {
	rdr := i
	if snap, ok := snapshotOf(ctx, i); ok && options.Score != "none" && !options.IncludeTermVectors && !jumpTermsOff.Load() {
		rdr = &jumpReader{IndexSnapshot: snap, narrow: prior(ctx)}
	}
	return searcher.NewTermSearcher(ctx, rdr, q.term, q.field, q.boost, options)
}

// dayNarrowKey marks a context whose narrowing holds only the paragraphs
// in a dayFilter's range (daytable.go).
type dayNarrowKey struct{}

// snapshotOf is the snapshot i reads: i itself, or the snapshot under a
// dayFilter's reader when the dayFilter has narrowed the words to its
// range, so that their jumping readers need not skip the days out of it
// (the dayFilter still checks every match).
func snapshotOf(ctx context.Context, i index.IndexReader) (*scorch.IndexSnapshot, bool) {
	switch i := i.(type) {
	case *scorch.IndexSnapshot:
		return i, true
	case *dayReader:
		if on, _ := ctx.Value(dayNarrowKey{}).(bool); on {
			return i.IndexSnapshot, true
		}
	}
	return nil, false
}

// andNarrow intersects two narrowings, segment by segment (nil: not
// narrowed).
func andNarrow(a, b []*roaring.Bitmap) []*roaring.Bitmap {
	out := make([]*roaring.Bitmap, max(len(a), len(b)))
	for i := range out {
		var x, y *roaring.Bitmap
		if i < len(a) {
			x = a[i]
		}
		if i < len(b) {
			y = b[i]
		}
		switch {
		case x == nil:
			out[i] = y
		case y == nil:
			out[i] = x
		default:
			out[i] = roaring.And(x, y)
		}
	}
	return out
}

// jumpReader is a snapshot whose term readers jump (TermFieldReader); the
// term searcher uses it for that and for the document count alone.
type jumpReader struct {
	*scorch.IndexSnapshot
	narrow []*roaring.Bitmap // wordsAnd's paragraphs, by segment
}

func (r *jumpReader) TermFieldReader(ctx context.Context, term []byte, field string, includeFreq, includeNorm, includeTermVectors bool) (index.TermFieldReader, error) {
	if includeTermVectors {
		return r.IndexSnapshot.TermFieldReader(ctx, term, field, includeFreq, includeNorm, includeTermVectors)
	}
	t := &jumpTFR{snap: r.IndexSnapshot, term: term, field: field, freq: includeFreq, norm: includeNorm, narrow: r.narrow}
	if err := t.open(); err != nil {
		return nil, err
	}
	return t, nil
}

// jumpTFR reads a term's postings segment by segment, as Scorch's
// IndexSnapshotTermFieldReader does, through jumpIters.
type jumpTFR struct {
	snap       *scorch.IndexSnapshot
	term       []byte
	field      string
	freq, norm bool
	offsets    []uint64 // each segment's first global number
	its        []jumpIter
	count      uint64
	seg        int
	have       bool
	curr       uint64            // global number of the posting last returned
	narrow     []*roaring.Bitmap // by segment: Actual narrowed to these (wordsAnd); nil: not
}

type jumpIter struct {
	it     segment.PostingsIterator
	zi     *zap.PostingsIterator
	all    roaring.IntPeekable // zap's own walk; nil: no jumps in this segment
	chunk  uint64              // postings per chunk, in paragraph numbers
	last   uint64              // local number of the posting last returned, +1; 0: none
	jumped bool                // zap is on its narrowed path
}

func (t *jumpTFR) open() error {
	segs := t.snap.Segments()
	t.offsets = make([]uint64, len(segs))
	t.its = make([]jumpIter, len(segs))
	t.count, t.seg, t.have = 0, 0, false
	var running uint64
	for i, s := range segs {
		t.offsets[i] = running
		running += s.Segment().Count()
		dict, err := s.Segment().Dictionary(t.field)
		if err != nil {
			return err
		}
		pl, err := dict.PostingsList(t.term, s.Deleted(), nil)
		if err != nil {
			return err
		}
		t.count += pl.Count()
		it := pl.Iterator(t.freq, t.norm, false, nil)
		t.its[i] = jumpIter{it: it}
		zs, ok := s.Segment().(*zap.Segment)
		zi, ok2 := it.(*zap.PostingsIterator)
		if !ok || !ok2 || s.Deleted() != nil || zi.ActualBM == nil || zi.Actual == nil {
			continue
		}
		chunk, ok := zapChunkSize(zs.ChunkMode(), zi.ActualBM.GetCardinality(), zs.Count())
		if !ok {
			continue
		}
		t.its[i].zi, t.its[i].all, t.its[i].chunk = zi, zi.Actual, chunk
		if t.narrow != nil && i < len(t.narrow) && t.narrow[i] != nil {
			// Only the paragraphs that hold every word of the
			// conjunction: Actual narrowed to them (wordsAnd).
			bm := roaring.And(zi.ActualBM, t.narrow[i])
			zi.ActualBM = bm
			zi.Actual = bm.Iterator()
			t.its[i].jumped = true
		}
	}
	return nil
}

// zapChunkSize is zap's getChunkSize (zapx v17 chunk.go).
func zapChunkSize(mode uint32, cardinality, docs uint64) (uint64, bool) {
	switch {
	case mode == 0:
		return 0, false
	case mode <= 1024:
		return uint64(mode), true
	case mode == 1025:
		if cardinality <= 1024 {
			return docs, docs > 0
		}
		return 1024, true
	case mode == 1026:
		n := docs / (cardinality/1024 + 1)
		return n, n > 0
	}
	return 0, false
}

// advance returns the first posting at or after local number to.
func (j *jumpIter) advance(to uint64) (segment.Posting, error) {
	if j.all != nil {
		if !j.jumped && j.later(to) {
			// Until the first jump zap walks its one iterator (a
			// term read by Next alone never jumps); from now on
			// Actual is a second one.
			bm := *j.zi.ActualBM // the same containers, another header
			j.zi.ActualBM = &bm
			j.zi.Actual = bm.Iterator()
			j.jumped = true
		}
		if j.jumped {
			j.zi.Actual.AdvanceIfNeeded(uint32(to))
			j.jumpTo()
		}
	}
	p, err := j.it.Advance(to)
	j.took(p)
	return p, err
}

func (j *jumpIter) next() (segment.Posting, error) {
	if j.jumped {
		j.jumpTo()
	}
	p, err := j.it.Next()
	j.took(p)
	return p, err
}

// later says whether local number n is in a later chunk than the posting
// last returned.
func (j *jumpIter) later(n uint64) bool {
	k := n / j.chunk
	return j.last == 0 && k > 0 || j.last > 0 && k > (j.last-1)/j.chunk
}

// jumpTo moves zap's walk to the start of the chunk of Actual's next
// posting when that is a later chunk.
func (j *jumpIter) jumpTo() {
	if !j.zi.Actual.HasNext() {
		return
	}
	if n := uint64(j.zi.Actual.PeekNext()); j.later(n) {
		j.all.AdvanceIfNeeded(uint32(n / j.chunk * j.chunk))
	}
}

func (j *jumpIter) took(p segment.Posting) {
	if p != nil {
		j.last = p.Number() + 1
	}
}

func (t *jumpTFR) fill(p segment.Posting, rv *index.TermFieldDoc) *index.TermFieldDoc {
	if rv == nil {
		rv = &index.TermFieldDoc{}
	}
	t.curr = p.Number() + t.offsets[t.seg]
	t.have = true
	rv.ID = index.NewIndexInternalID(rv.ID, t.curr)
	if t.freq {
		rv.Freq = p.Frequency()
	}
	if t.norm {
		rv.Norm = p.Norm()
	}
	return rv
}

func (t *jumpTFR) Next(rv *index.TermFieldDoc) (*index.TermFieldDoc, error) {
	for t.seg < len(t.its) {
		p, err := t.its[t.seg].next()
		if err != nil {
			return nil, err
		}
		if p != nil {
			return t.fill(p, rv), nil
		}
		t.seg++
	}
	return nil, nil
}

func (t *jumpTFR) Advance(id index.IndexInternalID, rv *index.TermFieldDoc) (*index.TermFieldDoc, error) {
	to := id.Value()
	if t.have && t.curr >= to {
		// Backwards (or in place): start again, as Scorch's reader does.
		if err := t.open(); err != nil {
			return nil, err
		}
	}
	seg := sort.Search(len(t.offsets), func(x int) bool { return t.offsets[x] > to }) - 1
	if seg < 0 || seg >= len(t.its) {
		return nil, nil
	}
	if seg < t.seg {
		seg = t.seg
		if seg == len(t.its) {
			return nil, nil // at the end already (a disjunction advances a child it has seen end)
		}
	}
	local := uint64(0)
	if to > t.offsets[seg] {
		local = to - t.offsets[seg]
	}
	t.seg = seg
	p, err := t.its[seg].advance(local)
	if err != nil {
		return nil, err
	}
	if p == nil {
		t.seg++
		return t.Next(rv)
	}
	return t.fill(p, rv), nil
}

func (t *jumpTFR) Count() uint64 { return t.count }
func (t *jumpTFR) Close() error  { return nil }
func (t *jumpTFR) Size() int {
	return 64 + len(t.term) + len(t.field) + 48*len(t.its)
}

// wordsAnd is a conjunction whose word clauses (a word in the text or the
// title, textQuery) are first intersected as bitmaps, segment by segment:
// the paragraphs holding every word. Each word's term readers below it
// read only those paragraphs (jumpTFR.narrow), jumping to their chunks,
// instead of every candidate a conjunction of searchers advances them to.
// Every searcher under it may be narrowed to any superset of the
// conjunction's matches without changing them or their scores (a match
// is scored from its own postings; idf counts the whole postings), so the
// words' readers under nested clauses are narrowed too.
type wordsAnd struct {
	must []query.Query
}

type narrowKey struct{}

// Validate validates the clauses, as ConjunctionQuery does.
func (q *wordsAnd) Validate() error {
	return query.NewConjunctionQuery(q.must).Validate()
}

func (q *wordsAnd) Searcher(ctx context.Context, i index.IndexReader, m mapping.IndexMapping, options search.SearcherOptions) (search.Searcher, error) {
	return narrowedConj(ctx, i, m, options, q.must, q.must, wordTerms, 2)
}

// narrows says whether the words' readers of a search with options may be
// narrowed (wordsAnd, filterAnd, dayFilter).
func narrows(options search.SearcherOptions) bool {
	return options.Score != "none" && !options.IncludeTermVectors && !jumpTermsOff.Load() && !narrowOff.Load()
}

// narrowedConj is the conjunction of clauses, the term readers below it
// narrowed to the paragraphs holding a term of each group that terms finds
// in of (intersect), when it finds at least least groups.
func narrowedConj(ctx context.Context, i index.IndexReader, m mapping.IndexMapping, options search.SearcherOptions, clauses, of []query.Query, terms func(query.Query) []*jumpTermQuery, least int) (search.Searcher, error) {
	conj := query.NewConjunctionQuery(clauses)
	snap, ok := snapshotOf(ctx, i)
	if !ok || !narrows(options) {
		return conj.Searcher(ctx, i, m, options)
	}
	var groups [][]*jumpTermQuery
	for _, c := range of {
		if w := terms(c); w != nil {
			groups = append(groups, w)
		}
	}
	if len(groups) < least {
		return conj.Searcher(ctx, i, m, options)
	}
	narrow, err := intersect(snap, groups, prior(ctx))
	if err != nil {
		return nil, err
	}
	return conj.Searcher(context.WithValue(ctx, narrowKey{}, narrow), i, m, options)
}

// prior is the narrowing a clause above has set (filterAnd), nil if none.
func prior(ctx context.Context) []*roaring.Bitmap {
	narrow, _ := ctx.Value(narrowKey{}).([]*roaring.Bitmap)
	return narrow
}

// intersect returns, segment by segment, the paragraphs holding a term of
// each group (the union of a group's postings, intersected across
// groups), within before's paragraphs where before narrows that segment
// already; nil for a segment it cannot narrow (one in memory or with
// deletions) and before does not.
func intersect(snap *scorch.IndexSnapshot, groups [][]*jumpTermQuery, before []*roaring.Bitmap) ([]*roaring.Bitmap, error) {
	segs := snap.Segments()
	narrow := make([]*roaring.Bitmap, len(segs))
	for si, s := range segs {
		var was *roaring.Bitmap
		if si < len(before) {
			was = before[si]
		}
		narrow[si] = was
		if _, ok := s.Segment().(*zap.Segment); !ok || s.Deleted() != nil {
			continue
		}
		var and *roaring.Bitmap
		for _, w := range groups {
			or := roaring.New()
			for _, t := range w {
				dict, err := s.Segment().Dictionary(t.field)
				if err != nil {
					return nil, err
				}
				pl, err := dict.PostingsList([]byte(t.term), nil, nil)
				if err != nil {
					return nil, err
				}
				zp, ok := pl.(*zap.PostingsList)
				if !ok {
					or = nil
					break
				}
				zp.OrInto(or)
			}
			if or == nil {
				and = nil
				break
			}
			if and == nil {
				and = or
			} else {
				and.And(or)
			}
		}
		switch {
		case and == nil:
		case was != nil:
			and.And(was) // was is shared: and, built here, is the one changed
			narrow[si] = and
		default:
			narrow[si] = and
		}
	}
	return narrow, nil
}

// filterAnd is a query ANDed with the request's filters (withFilters).
// Where the filters are keyword terms (a speaker's spellings, a source),
// the paragraphs that pass them narrow the term readers of the words below
// it (wordsAnd, jumpTFR.narrow), as the words narrow each other: a word
// under a speaker filter reads only that speaker's paragraphs. The
// filters' own terms are jumpTermQuerys, narrowed too. The conjunction,
// its clauses and their boosts are those of the plain ConjunctionQuery it
// was; the narrowing is a superset of its matches (every filter is
// required), so the matches and scores are the same.
type filterAnd struct {
	q       query.Query
	filters []query.Query
}

func newFilterAnd(q query.Query, filters []query.Query) query.Query {
	fs := make([]query.Query, len(filters))
	for i, f := range filters {
		fs[i] = jumpFilter(f)
	}
	return &filterAnd{q: q, filters: fs}
}

// jumpFilter is f with its term queries jumpTermQuerys: a term, or a
// disjunction of terms; any other filter as it is.
func jumpFilter(f query.Query) query.Query {
	switch f := f.(type) {
	case *query.TermQuery:
		return &jumpTermQuery{term: f.Term, field: f.FieldVal, boost: f.BoostVal.Value()}
	case *query.DisjunctionQuery:
		if f.Min > 1 {
			return f
		}
		kids := make([]query.Query, len(f.Disjuncts))
		for i, k := range f.Disjuncts {
			t, ok := k.(*query.TermQuery)
			if !ok {
				return f
			}
			kids[i] = jumpFilter(t)
		}
		d := query.NewDisjunctionQuery(kids)
		d.Min = f.Min
		d.BoostVal = f.BoostVal
		return d
	}
	return f
}

func (q *filterAnd) clauses() []query.Query {
	return append([]query.Query{q.q}, q.filters...)
}

// Validate validates the clauses, as ConjunctionQuery does.
func (q *filterAnd) Validate() error {
	return query.NewConjunctionQuery(q.clauses()).Validate()
}

func (q *filterAnd) Searcher(ctx context.Context, i index.IndexReader, m mapping.IndexMapping, options search.SearcherOptions) (search.Searcher, error) {
	return narrowedConj(ctx, i, m, options, q.clauses(), q.filters, filterTerms, 1)
}

// filterTerms returns the terms of a filter jumpFilter made of terms.
func filterTerms(f query.Query) []*jumpTermQuery {
	switch f := f.(type) {
	case *jumpTermQuery:
		return []*jumpTermQuery{f}
	case *query.DisjunctionQuery:
		if f.Min > 1 {
			return nil
		}
		var out []*jumpTermQuery
		for _, k := range f.Disjuncts {
			t, ok := k.(*jumpTermQuery)
			if !ok {
				return nil
			}
			out = append(out, t)
		}
		return out
	}
	return nil
}

// narrowOff turns wordsAnd's narrowing off (set only by tests comparing).
var narrowOff atomic.Bool

// wordTerms returns the term queries of a word clause: a word in one
// field, or in the text or the title (lazyOr; a title query wrapped by
// titleRunQuery); nil for any other clause.
func wordTerms(q query.Query) []*jumpTermQuery {
	switch q := q.(type) {
	case *jumpTermQuery:
		return []*jumpTermQuery{q}
	case *titleRunQuery:
		return wordTerms(q.inner)
	case *lazyOr:
		var out []*jumpTermQuery
		for _, a := range q.alts {
			w := wordTerms(a)
			if w == nil {
				return nil
			}
			out = append(out, w...)
		}
		return out
	}
	return nil
}
