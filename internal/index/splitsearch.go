package index

import (
	"context"
	"errors"
	"fmt"
	"math"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
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
// A split costs more CPU than the search unsplit (each range builds its
// searchers, walks the postings before its first paragraph and loads its
// own top hits' IDs; see rangesPerCore), which only idle cores repay, so a
// search only splits over cores no other search is using: it takes what it can from a pool of GOMAXPROCS
// tokens without waiting, and runs unsplit when it gets fewer than two.
// Eight concurrent clients therefore run mostly unsplit, as before, and
// the number of goroutines splitting is bounded by the pool.

// corePool holds a token for each core a split search is using.
var corePool = make(chan struct{}, runtime.GOMAXPROCS(0))

// minSplitPostings is the least work a search must have to be split, in
// postings walked (termBudget.work): below, building each range's
// searchers costs more than the ranges save.
var minSplitPostings uint64 = 10_000

// takeCores says on how many cores a search walking work postings runs
// (1: unsplit), taking each from the pool without waiting, and returns the
// function that gives them back.
func (g *generation) takeCores(work uint64) (int, func()) {
	want := searchParts(uint64(len(g.facetTable.start)))
	if work < minSplitPostings || want < 2 || splitDisabled.Load() != 0 {
		return 1, func() {}
	}
	n := 0
	for n < want {
		select {
		case corePool <- struct{}{}:
			n++
			continue
		default:
		}
		break
	}
	release := func() {
		for range n {
			<-corePool
		}
	}
	if n < 2 {
		release()
		return 1, func() {}
	}
	return n, release
}

// rangesPerCore is how many ranges each core of a split search takes in
// turn. One: starting a range costs a walk over every posting before it
// (zap's PostingsIterator.Advance, with frequencies, steps through the
// postings one by one to keep its frequency reader in place), and each
// range loads the IDs of its own top hits. Run on one goroutine, two
// ranges took 1.46× and four 1.56× the CPU of the unsplit search (docs/
// BENCHMARKS.md, step 36, on a loaded machine). Still,
// the cores pull ranges rather than being handed one each: a range not
// yet started when the caller finishes its own is the caller's, so a
// helper the machine does not schedule soon does not hold up the answer.
var rangesPerCore = 1

// splitSearch runs sr on g's paragraphs on workers goroutines (the calling
// one and workers-1 more), each searching ranges of paragraphs in turn, and
// returns what g.idx.SearchInContext would: the total, the hits From to
// From+Size in sr's order, their stored fields (sr.Fields), and, if fc is
// set, the facet counts of every match in fc.
func splitSearch(ctx context.Context, g *generation, sr *bleve.SearchRequest, fc *facetCounter, keep *tieKeeper, workers int) (*bleve.SearchResult, error) {
	docs := uint64(len(g.facetTable.start)) // one past the last paragraph's number
	parts := workers * rangesPerCore
	results := make([]*bleve.SearchResult, parts)
	errs := make([]error, parts)
	counters := make([]*facetCounter, workers) // one per goroutine; the first is fc
	if fc != nil {
		fc.reset() // a second search of run counts the same matches again
		counters[0] = fc
		for i := 1; i < workers; i++ {
			counters[i] = fc.another()
		}
	}
	keepers := make([]*tieKeeper, workers) // one per goroutine; the first is keep
	keepers[0] = keep
	for i := 1; i < workers; i++ {
		keepers[i] = keep.another()
	}
	search1 := func(part int, counter *facetCounter, keeper *tieKeeper) (err error) {
		defer func() {
			if v := recover(); v != nil { // a worker's panic would end searchd
				err = fmt.Errorf("search panicked: %v", v)
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
		res, err := g.idx.SearchInContext(collecting(ctx, counter, keeper), &psr)
		if err != nil {
			return err
		}
		// Order ties as the unsplit search does: by hit number, which
		// follows the paragraphs' numbers within a range.
		for _, h := range res.Hits {
			h.HitNumber += uint64(part) << 40
		}
		results[part] = res
		return nil
	}
	var next atomic.Int64
	work := func(w int) {
		for ctx.Err() == nil {
			part := int(next.Add(1) - 1)
			if part >= parts {
				return
			}
			if errs[part] = search1(part, counters[w], keepers[w]); errs[part] != nil {
				next.Store(int64(parts)) // no range after a failed one
				return
			}
		}
	}
	var wg sync.WaitGroup
	for w := 1; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			work(w)
		}()
	}
	work(0)
	wg.Wait()
	if err := errors.Join(append(errs, ctx.Err())...); err != nil {
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
	if keep != nil {
		for _, k := range keepers[1:] {
			keep.merge(k)
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

// splitDisabled, when not 0, makes every search run unsplit (SetSplitting).
var splitDisabled atomic.Int32

// SetSplitting turns the splitting of one search over idle cores on (the
// default) or off for the whole process: the benchmark's --no-split, to
// compare the two on the same index.
func SetSplitting(on bool) {
	if on {
		splitDisabled.Store(0)
	} else {
		splitDisabled.Store(1)
	}
}
