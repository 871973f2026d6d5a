package index

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"testing"

	"github.com/blevesearch/bleve/v2/search"

	ql "github.com/readouts/readouts/internal/query"
)

// TestRunMatchesExactSort: the relevance shortcut in run (score-only sort
// on a window, then score and ID) must return the pages Bleve's full
// score-then-ID sort returns, ties included.
func TestRunMatchesExactSort(t *testing.T) {
	if testing.Short() {
		t.Skip("indexes the sample corpus")
	}
	r, g := openCurrent(t, plainSampleIndex(t))
	c := &compiler{analyzer: g.idx.Mapping().AnalyzerNamed(textAnalyzer)}
	for _, text := range []string{"sanctions", "Ukraine", "the Secretary", "president", "human rights", "readout", "Minsk"} {
		ast, err := ql.Parse(text)
		if err != nil {
			t.Fatal(err)
		}
		q, err := c.compile(ast)
		if err != nil {
			t.Fatal(err)
		}
		for _, page := range []int{1, 2, 3, 40} {
			for _, size := range []int{1, 3, 10} {
				req := SearchRequest{Query: text, Page: page, Size: size}
				want, err := g.idx.SearchInContext(context.Background(), r.request(g, q, req))
				if err != nil {
					t.Fatal(err)
				}
				got, err := r.run(context.Background(), g, q, req, nil, 1, true)
				if err != nil {
					t.Fatal(err)
				}
				if w, g := idsOf(want.Hits), idsOf(got.Hits); !slices.Equal(w, g) || want.Total != got.Total {
					t.Errorf("%q page %d size %d:\n got %d %v\nwant %d %v", text, page, size, got.Total, g, want.Total, w)
				}
			}
		}
	}
}

func idsOf(hits search.DocumentMatchCollection) []string {
	out := make([]string, len(hits))
	for i, h := range hits {
		out[i] = h.ID
	}
	return out
}

// TestTiedPagesMatchFullSort: when the window's last hit ties the page's
// last, run builds the page from the matches its tieKeeper kept
// (tiekeep.go); the page must be the one Bleve's full score-then-ID sort
// gives, hit for hit: IDs, scores, term locations, stored fields; unsplit
// and split, with locations and without, also for tied hits the window
// does not hold (deep pages of words most paragraphs tie on).
func TestTiedPagesMatchFullSort(t *testing.T) {
	if testing.Short() {
		t.Skip("indexes the sample corpus")
	}
	r, g := openCurrent(t, plainSampleIndex(t))
	c := &compiler{analyzer: g.idx.Mapping().AnalyzerNamed(textAnalyzer), runs: g.docRuns}
	before := tiedPages.Load()
	for _, text := range []string{"readout", "president", "said", "the Secretary", "\"prime minister\"", "state OR department", "Minsk", "united states", "year:2022"} {
		ast, err := ql.Parse(text)
		if err != nil {
			t.Fatal(err)
		}
		q, err := c.compile(ast)
		if err != nil {
			t.Fatal(err)
		}
		for _, page := range []int{1, 2, 5, 40} {
			for _, size := range []int{1, 10, 25} {
				for _, locs := range []bool{true, false} {
					req := SearchRequest{Query: text, Page: page, Size: size}
					full := r.request(g, q, req)
					full.IncludeLocations = locs
					want, err := g.idx.SearchInContext(context.Background(), full)
					if err != nil {
						t.Fatal(err)
					}
					for _, cores := range []int{1, 2, 3} {
						got, err := r.run(context.Background(), g, q, req, nil, cores, locs)
						if err != nil {
							t.Fatal(err)
						}
						name := fmt.Sprintf("%q page %d size %d locs %v cores %d", text, page, size, locs, cores)
						if got.Total != want.Total || len(got.Hits) != len(want.Hits) {
							t.Fatalf("%s: %d hits of %d, want %d of %d", name, len(got.Hits), got.Total, len(want.Hits), want.Total)
						}
						for i, w := range want.Hits {
							h := got.Hits[i]
							if h.ID != w.ID || h.Score != w.Score || !reflect.DeepEqual(h.Locations, w.Locations) || !reflect.DeepEqual(h.Fields, w.Fields) {
								t.Fatalf("%s: hit %d is %s %v %v, want %s %v %v", name, i, h.ID, h.Score, h.Locations, w.ID, w.Score, w.Locations)
							}
						}
					}
				}
			}
		}
	}
	if n := tiedPages.Load() - before; n < 20 {
		t.Errorf("only %d pages went through the tie keeper; the test no longer exercises it", n)
	}
}
