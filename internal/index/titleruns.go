package index

import (
	"context"
	"fmt"
	"math/bits"
	"slices"
	"sync/atomic"

	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	index "github.com/blevesearch/bleve_index_api"
)

// Every paragraph indexes its document's title (document.go), so a query
// on the title matches all the paragraphs of a document or none, each with
// the same term frequencies, field length and positions, hence the same
// score and title locations. At a million paragraphs the title half of a
// heavy query is most of its work: the title phrase "senior
// administration" matches 117k paragraphs of a few thousand documents, and
// Bleve decodes, scores and checks each of them. A title query's searcher
// is therefore asked once per document: its first matching paragraph is
// decoded as before, the document's later paragraphs are copies of that
// match with their own numbers, and the searcher then skips past the
// document. The paragraphs of a document are consecutive numbers in a
// segment (zaporder.go), which docRuns records.

// docRuns marks, for each paragraph number of one index snapshot, whether
// it starts a run: a run is consecutive live paragraphs of one document in
// one segment. A paragraph is in its predecessor's run only when that is
// certain; anything else (a deleted paragraph, a segment boundary, another
// document) starts a run, and a run of one is searched as before.
type docRuns struct {
	start []uint64 // bit d set: paragraph d starts a run; past the end, every bit is set
	n     uint64   // paragraphs
}

// end returns the last paragraph of d's run.
func (r *docRuns) end(d uint64) uint64 {
	e := d + 1
	for e < r.n {
		w := r.start[e/64] >> (e % 64)
		if w != 0 {
			return e + uint64(bits.TrailingZeros64(w)) - 1
		}
		e += 64 - e%64
	}
	return r.n - 1
}

// loadDocRuns reads the document of every paragraph of rdr, a snapshot of
// an index that does not change afterwards, from the paragraph IDs Scorch
// keeps with each (at a million paragraphs about 0.4 s on a loaded
// machine; looking each ID up in the ID dictionary took six times as
// long). An index whose reader is not Scorch's gets nil: no runs.
func loadDocRuns(ctx context.Context, rdr index.IndexReader) (*docRuns, error) {
	snap, ok := rdr.(*scorch.IndexSnapshot)
	if !ok {
		return nil, nil
	}
	var total uint64
	for _, s := range snap.Segments() {
		total += uint64(s.FullSize()) // deleted paragraphs keep their numbers
	}
	r := &docRuns{start: make([]uint64, (total+63)/64+1), n: total}
	d := uint64(0) // global number of the segment's paragraph i
	for _, s := range snap.Segments() {
		prev, same := "", false // the document of paragraph d-1, if it is live and in this segment
		del := s.Deleted()
		for i := uint64(0); i < uint64(s.FullSize()); i, d = i+1, d+1 {
			if d%4096 == 0 && ctx.Err() != nil {
				return nil, ctx.Err()
			}
			if del != nil && del.Contains(uint32(i)) {
				r.start[d/64] |= 1 << (d % 64)
				same = false
				continue
			}
			id, err := s.DocID(i)
			if err != nil {
				return nil, fmt.Errorf("document runs: paragraph %d: %w", d, err)
			}
			doc, _ := splitParagraphID(string(id))
			if !same || doc != prev {
				r.start[d/64] |= 1 << (d % 64)
			}
			prev, same = doc, true
		}
	}
	return r, nil
}

// titleRunsOff, set by tests, makes searches ask title queries for every
// paragraph, to compare the two.
var titleRunsOff atomic.Bool

// titleRunQuery is inner, a query that reads the title field alone, asked
// once per run of paragraphs (docRuns).
type titleRunQuery struct {
	inner query.Query
	runs  *docRuns
}

func (q *titleRunQuery) Searcher(ctx context.Context, i index.IndexReader, m mapping.IndexMapping, options search.SearcherOptions) (search.Searcher, error) {
	s, err := q.inner.Searcher(ctx, i, m, options)
	if err != nil || options.Explain || options.Score == "none" {
		// An explanation names the paragraph it scores; without scores
		// Bleve's own optimizations of the inner searcher are cheaper.
		return s, err
	}
	if cs, ok := s.(*checkedSearcher); ok {
		cs.runs = q.runs // a phrase or window refused in one paragraph is refused in its document
	}
	return &titleRunSearcher{Searcher: s, runs: q.runs}, nil
}

// SetBoost and Boost let a title query wrapped here keep its boost.
func (q *titleRunQuery) SetBoost(b float64) {
	if bq, ok := q.inner.(query.BoostableQuery); ok {
		bq.SetBoost(b)
	}
}

func (q *titleRunQuery) Boost() float64 {
	if bq, ok := q.inner.(query.BoostableQuery); ok {
		return bq.Boost()
	}
	return 1
}

// titleRunSearcher returns the matches of the searcher it wraps, copying
// the first match of each run to the run's later paragraphs instead of
// asking for them.
type titleRunSearcher struct {
	search.Searcher
	runs *docRuns

	have  bool   // a match is held: the run's paragraphs up to end are copies of it
	next  uint64 // the next paragraph to copy it to
	end   uint64 // the run's last paragraph
	inner uint64 // the paragraph the wrapped searcher stands on

	score float64
	locs  []search.FieldTermLocation
	parts map[int]float64 // the match's ScoreBreakdown, if it had one
}

func (s *titleRunSearcher) Next(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	if s.have && s.next <= s.end {
		return s.copyTo(ctx, s.next), nil
	}
	var d *search.DocumentMatch
	var err error
	if s.have && s.end > s.inner {
		d, err = s.Searcher.Advance(ctx, index.NewIndexInternalID(nil, s.end+1))
	} else {
		d, err = s.Searcher.Next(ctx)
	}
	return s.hold(d, err)
}

func (s *titleRunSearcher) Advance(ctx *search.SearchContext, id index.IndexInternalID) (*search.DocumentMatch, error) {
	to := id.Value()
	if s.have {
		to = max(to, s.next) // only forward, as the searchers it wraps
		if to <= s.end {
			return s.copyTo(ctx, to), nil
		}
	}
	d, err := s.Searcher.Advance(ctx, index.NewIndexInternalID(nil, to))
	return s.hold(d, err)
}

// hold keeps what d's run's later paragraphs will copy, and returns d.
func (s *titleRunSearcher) hold(d *search.DocumentMatch, err error) (*search.DocumentMatch, error) {
	if err != nil || d == nil {
		s.have = false
		return d, err
	}
	at := d.IndexInternalID.Value()
	s.have, s.inner, s.next, s.end = true, at, at+1, at
	if at < s.runs.n {
		s.end = s.runs.end(at)
	}
	s.score = d.Score
	s.locs = append(s.locs[:0], d.FieldTermLocations...)
	for i, l := range s.locs {
		if len(l.Location.ArrayPositions) > 0 { // d's are recycled with d
			s.locs[i].Location.ArrayPositions = slices.Clone(l.Location.ArrayPositions)
		}
	}
	s.parts = nil
	if len(d.ScoreBreakdown) > 0 {
		s.parts = make(map[int]float64, len(d.ScoreBreakdown))
		for k, v := range d.ScoreBreakdown {
			s.parts[k] = v
		}
	}
	return d, nil
}

// copyTo returns the held match as paragraph at's, and moves past it.
func (s *titleRunSearcher) copyTo(ctx *search.SearchContext, at uint64) *search.DocumentMatch {
	d := ctx.DocumentMatchPool.Get()
	d.IndexInternalID = index.NewIndexInternalID(d.IndexInternalID, at)
	d.Score = s.score
	for _, l := range s.locs {
		if len(l.Location.ArrayPositions) > 0 { // the copy's own, as it is recycled
			l.Location.ArrayPositions = slices.Clone(l.Location.ArrayPositions)
		}
		d.FieldTermLocations = append(d.FieldTermLocations, l)
	}
	for k, v := range s.parts {
		if d.ScoreBreakdown == nil {
			d.ScoreBreakdown = make(map[int]float64, len(s.parts))
		}
		d.ScoreBreakdown[k] = v
	}
	s.next = at + 1
	return d
}

func (s *titleRunSearcher) DocumentMatchPoolSize() int {
	return s.Searcher.DocumentMatchPoolSize() + 1
}
