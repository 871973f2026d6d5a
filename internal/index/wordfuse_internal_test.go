package index

import (
	"fmt"
	"testing"

	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	index "github.com/blevesearch/bleve_index_api"
)

// TestWordSearcherSteps: a wordSearcher read by Next and by Advance, at
// strides forward, in place and backward (a conjunction may ask for a
// paragraph at or before the last match; lazyOr then gives the next match
// after it), gives lazyOr's matches and scores, step for step, at the
// disjunction's own query norm and at one a conjunction sets.
func TestWordSearcherSteps(t *testing.T) {
	if testing.Short() {
		t.Skip("indexes the sample corpus")
	}
	_, g := openCurrent(t, plainSampleIndex(t))
	an := g.idx.Mapping().AnalyzerNamed(textAnalyzer)
	word := func(w string) *lazyOr {
		if toks := an.Analyze([]byte(w)); len(toks) == 1 {
			w = string(toks[0].Term)
		}
		title := &jumpTermQuery{term: w, field: fieldTitle, boost: titleBoost}
		return newLazyOr([]query.Query{&jumpTermQuery{term: w, field: fieldText, boost: 1}, &titleRunQuery{inner: title, runs: g.docRuns}})
	}
	strides := [][]int{{0}, {1}, {2, 0, 5}, {7, -3, 0}, {40, 1, -1, 0, 3}, {300, 0}}
	err := withReaderErr(g.idx, func(rdr index.IndexReader) error {
		for _, w := range []string{"president", "readout", "call", "ukraine", "statement", "zzyzxqv"} {
			for _, norm := range []float64{0, 0.37} {
				for _, st := range strides {
					var steps [2][]string
					for k, fuse := range []bool{false, true} {
						wordFuseOff.Store(!fuse)
						before := wordSearchers.Load()
						s, err := word(w).Searcher(t.Context(), rdr, g.idx.Mapping(), search.SearcherOptions{})
						wordFuseOff.Store(false)
						if err != nil {
							return err
						}
						if _, ok := s.(*wordSearcher); ok != fuse || (wordSearchers.Load() > before) != fuse {
							return fmt.Errorf("%q: searcher %T with the word searcher on = %v", w, s, fuse)
						}
						if norm > 0 {
							s.SetQueryNorm(norm)
						}
						ctx := &search.SearchContext{DocumentMatchPool: search.NewDocumentMatchPool(s.DocumentMatchPoolSize()+4, 0)}
						var last uint64
						for i := 0; i < 5000; i++ {
							var d *search.DocumentMatch
							if by := st[i%len(st)]; by == 0 || i == 0 {
								d, err = s.Next(ctx)
							} else {
								d, err = s.Advance(ctx, index.NewIndexInternalID(nil, uint64(max(0, int(last)+by))))
							}
							if err != nil {
								return err
							}
							if d == nil {
								steps[k] = append(steps[k], "end")
								break
							}
							last = d.IndexInternalID.Value()
							steps[k] = append(steps[k], fmt.Sprintf("%d %v", last, d.Score))
						}
						if w != "zzyzxqv" && len(steps[k]) < 10 {
							return fmt.Errorf("%q: %d steps; it tests little", w, len(steps[k]))
						}
						_ = s.Close()
					}
					if fmt.Sprint(steps[0]) != fmt.Sprint(steps[1]) {
						for i := range min(len(steps[0]), len(steps[1])) {
							if steps[0][i] != steps[1][i] {
								return fmt.Errorf("%q, strides %v, norm %v: step %d gives %s, lazyOr %s", w, st, norm, i, steps[1][i], steps[0][i])
							}
						}
						return fmt.Errorf("%q, strides %v: %d steps, lazyOr %d", w, st, len(steps[1]), len(steps[0]))
					}
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
