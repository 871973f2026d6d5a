package index

import (
	"context"
	"math"
	"sort"
	"sync/atomic"

	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/scorer"
	"github.com/blevesearch/bleve/v2/search/searcher"
	index "github.com/blevesearch/bleve_index_api"
)

// A word of the query is looked up in the paragraph's text or in its
// document's title (textQuery): a disjunction of two searchers. Bleve's
// disjunction reads ahead: after each match it returns, it moves every
// child that matched to its next match at once, decoding and scoring that
// posting. Inside a conjunction of words the look-ahead is mostly thrown
// away: the conjunction then advances the disjunction past it, to another
// word's next candidate. At a million paragraphs it was 31% of the time
// the two- and three-word queries spent advancing their words (the
// postings walked on the way are walked either way; what is saved is the
// decoding and scoring of the posting read ahead): docs/BENCHMARKS.md,
// step 53.
//
// lazyOr is that disjunction without the look-ahead: the children that
// made the last match are moved when the next match is asked for, by Next,
// or by Advance straight to the target when one is given. Its matches,
// scores, explanations and term locations are the ones Bleve's
// DisjunctionSearcher gives (the same children in the same order, the
// same scorer); TestLazyOrAgrees compares them.
//
// On a Bleve upgrade, re-check that DisjunctionSliceSearcher still sorts
// its children with searcher.OrderedSearcherList, computes its query norm
// from their weights, and scores with DisjunctionQueryScorer.Score over
// the matching children in that order.
type lazyOr struct {
	alts []query.Query
}

// lazyOrOff joins the alternatives with Bleve's disjunction instead (set
// only by tests comparing the two).
var lazyOrOff atomic.Bool

func newLazyOr(alts []query.Query) *lazyOr { return &lazyOr{alts: alts} }

// Validate validates the alternatives, as DisjunctionQuery does.
func (q *lazyOr) Validate() error {
	return query.NewDisjunctionQuery(q.alts).Validate()
}

func (q *lazyOr) Searcher(ctx context.Context, i index.IndexReader, m mapping.IndexMapping, options search.SearcherOptions) (search.Searcher, error) {
	breakdown, _ := ctx.Value(search.IncludeScoreBreakdownKey).(bool)
	if options.Score == "none" || breakdown {
		// Unscored walks have Bleve's own optimizations (a union of
		// bitmaps); score breakdowns are for kNN.
		return query.NewDisjunctionQuery(q.alts).Searcher(ctx, i, m, options)
	}
	// A word in the text or the title: one searcher (wordfuse.go).
	if ws, err := wordSearcherFor(ctx, i, q.alts, options); err != nil || ws != nil {
		if err != nil {
			return nil, err
		}
		return ws, nil
	}
	ss := make(searcher.OrderedSearcherList, 0, len(q.alts))
	for _, a := range q.alts {
		s, err := a.Searcher(ctx, i, m, options)
		if err != nil {
			for _, s := range ss {
				_ = s.Close()
			}
			return nil, err
		}
		if s != nil {
			ss = append(ss, s)
		}
	}
	if len(ss) == 0 {
		return searcher.NewMatchNoneSearcher(i)
	}
	sort.Sort(ss)
	s := &lazyOrSearcher{
		searchers:    ss,
		currs:        make([]*search.DocumentMatch, len(ss)),
		used:         make([]bool, len(ss)),
		scorer:       scorer.NewDisjunctionQueryScorer(options),
		matching:     make([]*search.DocumentMatch, 0, len(ss)),
		matchingIdxs: make([]int, 0, len(ss)),
	}
	// As DisjunctionSliceSearcher.computeQueryNorm.
	sum := 0.0
	for _, c := range ss {
		sum += c.Weight()
	}
	norm := 1.0 / math.Sqrt(sum)
	for _, c := range ss {
		c.SetQueryNorm(norm)
	}
	return s, nil
}

// lazyOrSearcher is lazyOr's searcher. currs[i] is child i's current
// match (nil: it has none left); used[i] says it was part of the match
// last returned, so that the child must move before it counts again, and
// its DocumentMatch may be the caller's now (it is not read again).
type lazyOrSearcher struct {
	searchers    []search.Searcher
	currs        []*search.DocumentMatch
	used         []bool
	started      bool
	last         uint64                // the paragraph of the match last returned
	lastRV       *search.DocumentMatch // the match last returned: the caller's
	scorer       *scorer.DisjunctionQueryScorer
	matching     []*search.DocumentMatch
	matchingIdxs []int
}

func (s *lazyOrSearcher) Next(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	for i, c := range s.searchers {
		if s.started && !s.used[i] {
			continue
		}
		s.release(ctx, i)
		d, err := c.Next(ctx)
		s.currs[i] = d
		if err != nil {
			return nil, err
		}
	}
	s.started = true
	return s.match(ctx)
}

func (s *lazyOrSearcher) Advance(ctx *search.SearchContext, id index.IndexInternalID) (*search.DocumentMatch, error) {
	to := id.Value()
	for i, c := range s.searchers {
		var d *search.DocumentMatch
		var err error
		switch {
		case !s.started:
			d, err = c.Advance(ctx, id)
		case s.used[i]:
			s.release(ctx, i)
			if to <= s.last {
				d, err = c.Next(ctx)
			} else {
				d, err = c.Advance(ctx, id)
			}
		case s.currs[i] == nil || s.currs[i].IndexInternalID.Value() >= to:
			continue
		default:
			s.release(ctx, i)
			d, err = c.Advance(ctx, id)
		}
		s.currs[i] = d
		if err != nil {
			return nil, err
		}
	}
	s.started = true
	return s.match(ctx)
}

// release gives child i's current match back to the pool, unless the
// caller has it, before the child moves.
func (s *lazyOrSearcher) release(ctx *search.SearchContext, i int) {
	if old := s.currs[i]; old != nil && old != s.lastRV {
		ctx.DocumentMatchPool.Put(old)
	}
	s.currs[i] = nil
	s.used[i] = false
}

// match returns the first of the children's current matches, scored over
// every child at it, as DisjunctionSliceSearcher.Next does.
func (s *lazyOrSearcher) match(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	s.lastRV = nil
	m, idx := s.matching[:0], s.matchingIdxs[:0]
	var at uint64
	for i, c := range s.currs {
		if c == nil {
			continue
		}
		v := c.IndexInternalID.Value()
		if len(m) > 0 {
			if v > at {
				continue
			}
			if v < at {
				m, idx = m[:0], idx[:0]
			}
		}
		at = v
		m = append(m, c)
		idx = append(idx, i)
	}
	s.matching, s.matchingIdxs = m, idx
	if len(m) == 0 {
		return nil, nil
	}
	rv := s.scorer.Score(ctx, m, len(m), len(s.searchers))
	for _, i := range idx {
		s.used[i] = true
	}
	s.last, s.lastRV = at, rv
	return rv, nil
}

func (s *lazyOrSearcher) Weight() float64 {
	var w float64
	for _, c := range s.searchers {
		w += c.Weight()
	}
	return w
}

func (s *lazyOrSearcher) SetQueryNorm(qnorm float64) {
	for _, c := range s.searchers {
		c.SetQueryNorm(qnorm)
	}
}

func (s *lazyOrSearcher) Count() uint64 {
	var n uint64
	for _, c := range s.searchers {
		n += c.Count()
	}
	return n
}

func (s *lazyOrSearcher) Close() (err error) {
	for _, c := range s.searchers {
		if e := c.Close(); e != nil && err == nil {
			err = e
		}
	}
	return err
}

func (s *lazyOrSearcher) Min() int { return 0 }

func (s *lazyOrSearcher) Size() int {
	n := 0
	for _, c := range s.searchers {
		n += c.Size()
	}
	return n
}

func (s *lazyOrSearcher) DocumentMatchPoolSize() int {
	n := len(s.currs)
	for _, c := range s.searchers {
		n += c.DocumentMatchPoolSize()
	}
	return n
}
