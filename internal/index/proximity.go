package index

import (
	"context"
	"fmt"
	"slices"

	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/searcher"
	index "github.com/blevesearch/bleve_index_api"
)

// Proximity: `"Minsk agreements"~5` finds the paragraphs where the words of
// the phrase all lie within a window of 5 positions, in any order ("the
// agreements reached in Minsk"). Positions count every word of the text,
// stop words included, since the analyzer keeps their places when it drops
// them. Package query parses the ~N (1 to 100); this file searches it.
//
// Bleve's phrase searcher has a slop internally but no query exposes it, and
// its slop is in-order edit distance, not "any order". So a proximity clause
// is a conjunction of its words' term searchers, with term vectors, whose
// matches are kept only when the words' positions fit the window: the
// conjunction narrows the candidates to paragraphs holding every word, and
// the check reads locations the conjunction has already decoded.

// nearQuery matches paragraphs whose field holds every one of terms (the
// analysed words of a phrase, repeats kept) within a window of slop
// positions.
type nearQuery struct {
	field string
	terms []string
	slop  int
	boost float64
}

func newNearQuery(field string, terms []string, slop int) *nearQuery {
	return &nearQuery{field: field, terms: terms, slop: slop, boost: 1}
}

func (q *nearQuery) SetBoost(b float64) { q.boost = b }
func (q *nearQuery) Boost() float64     { return q.boost }

// Searcher builds the conjunction of the distinct words and wraps it in the
// position check.
func (q *nearQuery) Searcher(ctx context.Context, i index.IndexReader, _ mapping.IndexMapping, options search.SearcherOptions) (search.Searcher, error) {
	want := options.IncludeTermVectors
	options.IncludeTermVectors = true // the check needs positions
	need := map[string]int{}
	var kids []search.Searcher
	for _, t := range q.terms {
		need[t]++
		if need[t] > 1 {
			continue
		}
		ts, err := searcher.NewTermSearcher(ctx, i, t, q.field, q.boost, options)
		if err != nil {
			for _, k := range kids {
				_ = k.Close()
			}
			return nil, fmt.Errorf("proximity %q: %w", t, err)
		}
		kids = append(kids, ts)
	}
	conj, err := searcher.NewConjunctionSearcher(ctx, i, kids, options)
	if err != nil {
		for _, k := range kids {
			_ = k.Close()
		}
		return nil, fmt.Errorf("proximity: %w", err)
	}
	s := &nearSearcher{field: q.field, need: need, slop: q.slop, keepLocations: want}
	return &checkedSearcher{Searcher: conj, keep: s.keep}, nil
}

// checkedSearcher passes on the matches of a conjunction that keep accepts
// (proximity windows here, phrases in phrase.go).
type checkedSearcher struct {
	search.Searcher
	keep func(*search.DocumentMatch) bool
	// runs, if set, says the conjunction reads the title alone: keep
	// refuses a document's every paragraph when it refuses one, and the
	// search skips to the next document (titleruns.go).
	runs *docRuns
	// closeAlso, if set, closes what keep reads besides the searcher.
	closeAlso func() error
}

func (s *checkedSearcher) Close() error {
	err := s.Searcher.Close()
	if s.closeAlso != nil {
		if err2 := s.closeAlso(); err == nil {
			err = err2
		}
	}
	return err
}

func (s *checkedSearcher) Next(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	d, err := s.Searcher.Next(ctx)
	return s.check(ctx, d, err)
}

func (s *checkedSearcher) Advance(ctx *search.SearchContext, id index.IndexInternalID) (*search.DocumentMatch, error) {
	d, err := s.Searcher.Advance(ctx, id)
	return s.check(ctx, d, err)
}

// check returns d if keep accepts it, else the next match keep accepts.
func (s *checkedSearcher) check(ctx *search.SearchContext, d *search.DocumentMatch, err error) (*search.DocumentMatch, error) {
	for {
		if err != nil || d == nil {
			return d, err
		}
		if s.keep(d) {
			return d, nil
		}
		at := d.IndexInternalID.Value()
		ctx.DocumentMatchPool.Put(d)
		if s.runs != nil && at < s.runs.n {
			if end := s.runs.end(at); end > at {
				d, err = s.Searcher.Advance(ctx, index.NewIndexInternalID(nil, end+1))
				continue
			}
		}
		d, err = s.Searcher.Next(ctx)
	}
}

// nearSearcher checks the conjunction's matches for words that fit the window.
type nearSearcher struct {
	field         string
	need          map[string]int // occurrences of each word the window must hold
	slop          int
	keepLocations bool
	occ           []occurrence // scratch
}

type occurrence struct {
	pos  uint64
	term string
	idx  int // in the match's FieldTermLocations
}

// keep reports whether d's words fit the window, and leaves on d only the
// locations of the words inside a fitting window (so that the snippet marks
// them, not every occurrence), or none if the search did not ask for them.
func (s *nearSearcher) keep(d *search.DocumentMatch) bool {
	s.occ = s.occ[:0]
	for k, l := range d.FieldTermLocations {
		if l.Field == s.field {
			s.occ = append(s.occ, occurrence{pos: l.Location.Pos, term: l.Term, idx: k})
		}
	}
	slices.SortFunc(s.occ, func(a, b occurrence) int {
		switch {
		case a.pos < b.pos:
			return -1
		case a.pos > b.pos:
			return 1
		}
		return 0
	})
	inWindow := windows(s.occ, s.need, s.slop)
	if inWindow == nil {
		return false
	}
	if !s.keepLocations {
		d.FieldTermLocations = d.FieldTermLocations[:0]
		return true
	}
	kept := d.FieldTermLocations[:0]
	keepIdx := make(map[int]bool, len(inWindow))
	for _, o := range inWindow {
		keepIdx[o] = true
	}
	for k, l := range d.FieldTermLocations {
		if l.Field != s.field || keepIdx[k] {
			kept = append(kept, l)
		}
	}
	d.FieldTermLocations = kept
	return true
}

// windows slides over occ (sorted by position) and returns the indexes
// (occurrence.idx) of the occurrences that lie in some window holding every
// needed word within slop positions, or nil if there is no such window.
func windows(occ []occurrence, need map[string]int, slop int) []int {
	missing := 0
	for _, n := range need {
		missing += n
	}
	have := make(map[string]int, len(need))
	var out []int
	lastMarked := -1 // occ index up to which occurrences are already in out
	l := 0
	for r, o := range occ {
		if have[o.term] < need[o.term] {
			missing--
		}
		have[o.term]++
		// Drop occurrences from the left while the window stays complete
		// or is too wide.
		for l <= r {
			lo := occ[l]
			tooWide := o.pos-lo.pos > uint64(slop)
			spare := have[lo.term] > need[lo.term]
			if !tooWide && !spare {
				break
			}
			have[lo.term]--
			if have[lo.term] < need[lo.term] {
				missing++
			}
			l++
		}
		if missing == 0 {
			for k := max(l, lastMarked+1); k <= r; k++ {
				out = append(out, occ[k].idx)
			}
			lastMarked = r
		}
	}
	return out
}
