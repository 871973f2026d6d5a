package index

import (
	"context"
	"errors"
	"fmt"
	"math"
	"runtime"
	"slices"
	"sync/atomic"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"

	"github.com/readouts/readouts/internal/parallel"
)

// One search on the cores (issue 16): Bleve walks a query's postings on one
// goroutine, so a heavy query on an idle 2-core machine used half of it.
// A search is split into consecutive ranges of paragraphs (docRange, as the
// grid and timeline split theirs, crosstab.go), searched at once, each
// collecting its own top hits and counting its own facets; the tops are
// merged in the request's order and the counts added. Every range searches
// the same snapshot with the same searcher, so a match gets the score it
// gets unsplit (idf and norms are the whole index's), and the merged top is
// the unsplit top: each range keeps its best From+Size, and the best
// From+Size overall are among them.
//
// A split costs more CPU than it saves wall time when the machine is
// already busy (each range builds its searchers and reads the first blocks
// of every posting list again), so a search only splits over cores no
// other search is using: it takes what it can from a pool of GOMAXPROCS
// tokens without waiting, and runs unsplit when it gets fewer than two.
// Eight concurrent clients therefore run mostly unsplit, as before, and
// the number of goroutines splitting is bounded by the pool.

// cores holds a token for each core a split search is using.
var cores = make(chan struct{}, runtime.GOMAXPROCS(0))

// minSplitPostings is the least work, in postings its terms list (Cost),
// a search must have to be split: below, building each range's searchers
// again costs more than the range saves.
var minSplitPostings uint64 = 10_000

// takeCores says into how many ranges a search of cost c is split (1:
// unsplit), taking a core for each from the pool without waiting, and
// returns the function that gives them back.
func (g *generation) takeCores(c Cost) (int, func()) {
	want := searchParts(uint64(len(g.facetTable.start)))
	if c.Postings < minSplitPostings || want < 2 || splitDisabled.Load() != 0 {
		return 1, func() {}
	}
	n := 0
	for n < want {
		select {
		case cores <- struct{}{}:
			n++
			continue
		default:
		}
		break
	}
	release := func() {
		for range n {
			<-cores
		}
	}
	if n < 2 {
		release()
		return 1, func() {}
	}
	return n, release
}

// splitSearch runs sr on g's paragraphs split into parts ranges, searched
// at once, and returns what g.idx.SearchInContext would: the total, the
// hits From to From+Size in sr's order, their stored fields (sr.Fields),
// and, if fc is set, the facet counts of every match in fc.
func splitSearch(ctx context.Context, g *generation, sr *bleve.SearchRequest, fc *facetCounter, parts int) (*bleve.SearchResult, error) {
	docs := uint64(len(g.facetTable.start)) // one past the last paragraph's number
	results := make([]*bleve.SearchResult, parts)
	counters := make([]*facetCounter, parts)
	errs := make([]error, parts)
	if fc != nil {
		fc.reset() // a second search of run counts the same matches again
	}
	perr := parallel.Each(ctx, parts, func(part int) {
		defer func() {
			if v := recover(); v != nil { // a worker's panic would end searchd
				errs[part] = fmt.Errorf("search panicked: %v", v)
			}
		}()
		rq := &docRange{inner: sr.Query, lo: docs * uint64(part) / uint64(parts), hi: docs * uint64(part+1) / uint64(parts)}
		if part == parts-1 {
			rq.hi = math.MaxUint64 // paragraphs past the table's last have no facet terms, not no number
		}
		psr := *sr
		psr.Query = rq
		psr.Sort = sr.Sort.Copy()               // a field sort keeps the field's values of the match at hand
		psr.From, psr.Size = 0, sr.From+sr.Size // the best of this range that can make the page
		psr.Fields = nil                        // read below for the page's hits only
		pctx := ctx
		if fc != nil {
			counters[part] = fc // the first range counts into fc itself
			if part > 0 {
				counters[part] = newFacetCounter(g.facetTable)
			}
			pctx = counters[part].collecting(ctx)
		}
		res, err := g.idx.SearchInContext(pctx, &psr)
		if err != nil {
			errs[part] = err
			return
		}
		// Order ties as the unsplit search does: by hit number, which
		// follows the paragraphs' numbers within a range.
		for _, h := range res.Hits {
			h.HitNumber += uint64(part) << 40
		}
		results[part] = res
	})
	if err := errors.Join(append(errs, perr)...); err != nil {
		return nil, err
	}
	out := &bleve.SearchResult{Status: results[0].Status, Request: sr}
	var hits search.DocumentMatchCollection
	for _, res := range results {
		out.Total += res.Total
		out.MaxScore = max(out.MaxScore, res.MaxScore)
		out.Took = max(out.Took, res.Took)
		hits = append(hits, res.Hits...)
	}
	if fc != nil {
		for _, c := range counters[1:] {
			fc.merge(c)
		}
	}
	scoring, desc := sr.Sort.CacheIsScore(), sr.Sort.CacheDescending()
	slices.SortStableFunc(hits, func(a, b *search.DocumentMatch) int {
		return sr.Sort.Compare(scoring, desc, a, b)
	})
	out.Hits = hits[min(sr.From, len(hits)):min(sr.From+sr.Size, len(hits))]
	if err := loadFields(g.idx, sr, out.Hits); err != nil {
		return nil, err
	}
	return out, nil
}

// splitDisabled, when not 0, makes every search run unsplit: the paired
// benchmark's switch (SetSplitSearch).
var splitDisabled atomic.Int32
