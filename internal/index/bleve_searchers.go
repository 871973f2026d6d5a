package index

import (
	"context"

	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	index "github.com/blevesearch/bleve_index_api"
)

// A grid reads the best paragraph of each cell, with its snippet, by a
// search of its query among those paragraphs only: the query's own
// searcher advanced from one of them to the next, so each gets exactly the
// score and term locations the whole search gives it. (A conjunction with
// a DocIDQuery would do the same, after looking each paragraph's ID up
// again in the ID dictionary.) docRange, below, splits one search into
// ranges of paragraphs for the cores.
//
// On a Bleve upgrade, re-check:
//   - a searcher's Advance still moves to the first match at or after the
//     given document number, from wherever it is (these wrappers only move
//     forward), and a wrapper may return the DocumentMatch it got to the
//     pool;
//   - DocumentMatch.IndexInternalID.Value() is still scorch's global
//     document number, ascending in the order searchers return matches.
// TestCrossTabSplitAgrees (ranges) and TestGridMatchesFilteredSearches
// (best paragraphs) fail when they do not.

// docSet is a query that matches what inner matches among the paragraphs
// docs (Scorch document numbers, ascending), with inner's scores.
type docSet struct {
	inner query.Query
	docs  []uint64
}

func newDocSet(inner query.Query, docs []uint64) *docSet {
	return &docSet{inner: inner, docs: docs}
}

func (q *docSet) Searcher(ctx context.Context, i index.IndexReader, m mapping.IndexMapping, options search.SearcherOptions) (search.Searcher, error) {
	s, err := q.inner.Searcher(ctx, i, m, options)
	if err != nil {
		return nil, err
	}
	return &docSetSearcher{Searcher: s, docs: q.docs, id: index.NewIndexInternalID(nil, 0)}, nil
}

// docSetSearcher advances the searcher it wraps to each paragraph of docs
// in turn, returning those it matches.
type docSetSearcher struct {
	search.Searcher
	docs []uint64 // those not yet visited
	id   index.IndexInternalID
}

func (s *docSetSearcher) Next(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	for len(s.docs) > 0 {
		s.id.SetValue(s.docs[0])
		d, err := s.Searcher.Advance(ctx, s.id)
		if err != nil || d == nil {
			s.docs = nil
			return nil, err
		}
		// d is the first match at or after docs[0]: it is returned if
		// it is one of docs, and the docs before it match nothing.
		at := d.IndexInternalID.Value()
		for len(s.docs) > 0 && s.docs[0] < at {
			s.docs = s.docs[1:]
		}
		if len(s.docs) > 0 && s.docs[0] == at {
			s.docs = s.docs[1:]
			return d, nil
		}
		ctx.DocumentMatchPool.Put(d)
	}
	return nil, nil
}

func (s *docSetSearcher) Advance(ctx *search.SearchContext, id index.IndexInternalID) (*search.DocumentMatch, error) {
	to := id.Value()
	for len(s.docs) > 0 && s.docs[0] < to {
		s.docs = s.docs[1:]
	}
	return s.Next(ctx)
}

// docRange is a query that matches what inner matches among the paragraphs
// numbered lo to hi-1, with inner's scores: one part of a search split
// across the cores (eachMatch).
type docRange struct {
	inner  query.Query
	lo, hi uint64
}

func (q *docRange) Searcher(ctx context.Context, i index.IndexReader, m mapping.IndexMapping, options search.SearcherOptions) (search.Searcher, error) {
	s, err := q.inner.Searcher(ctx, i, m, options)
	if err != nil {
		return nil, err
	}
	return &docRangeSearcher{Searcher: s, r: q}, nil
}

// docRangeSearcher starts the searcher it wraps at lo and stops it at hi.
type docRangeSearcher struct {
	search.Searcher
	r       *docRange
	started bool
	done    bool
}

func (s *docRangeSearcher) Next(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	if !s.started && s.r.lo > 0 {
		return s.Advance(ctx, index.NewIndexInternalID(nil, s.r.lo))
	}
	s.started = true
	if s.done {
		return nil, nil
	}
	d, err := s.Searcher.Next(ctx)
	return s.stop(ctx, d, err)
}

func (s *docRangeSearcher) Advance(ctx *search.SearchContext, id index.IndexInternalID) (*search.DocumentMatch, error) {
	s.started = true
	if s.done {
		return nil, nil
	}
	if id.Value() < s.r.lo {
		id = index.NewIndexInternalID(nil, s.r.lo)
	}
	d, err := s.Searcher.Advance(ctx, id)
	return s.stop(ctx, d, err)
}

// stop ends the search at the first match at or past hi.
func (s *docRangeSearcher) stop(ctx *search.SearchContext, d *search.DocumentMatch, err error) (*search.DocumentMatch, error) {
	if err != nil || d == nil {
		return d, err
	}
	if d.IndexInternalID.Value() >= s.r.hi {
		ctx.DocumentMatchPool.Put(d)
		s.done = true
		return nil, nil
	}
	return d, nil
}
