package index_test

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/readouts/readouts/internal/index"
)

// lazyOrRequests are searches of words looked up in the text or the title
// (lazyor.go): one word, two and three words (common beside rare, both
// common), words with phrases, negations, OR, prefixes, filters, pages,
// date orders, grouping and partial matches.
var lazyOrRequests = []index.SearchRequest{
	{Query: "president"},
	{Query: "president meeting"},
	{Query: "president meeting security"},
	{Query: "readout call israel"},
	{Query: "united states", Page: 3},
	{Query: "secretary minister cooperation", Size: 25},
	{Query: `president "prime minister"`},
	{Query: "president -biden meeting"},
	{Query: "(ukraine OR taiwan) support"},
	{Query: "secur* cooperation"},
	{Query: "title:readout security"},
	{Query: "meeting discussed", Speakers: []string{"Joe Biden"}},
	{Query: "president security", Sort: index.SortNewest, Page: 2},
	{Query: "statement support", Group: index.GroupDocument, Page: 2, Size: 5},
	{Query: "readout security zzyzxqv"}, // partial
	{Query: "economic", FacetSize: -1},
}

// TestLazyOrAgrees: words joined by lazyOr (lazyor.go), and read by term
// readers that jump (chunkjump.go), give the whole results of Bleve's
// disjunction and Scorch's readers (totals, hits in order with their
// scores and marks, facets), whole or split over ranges, with title runs
// or without. (The sample is too small for chunks to be jumped:
// TestJumpTermReaderAgrees tests the jumps.)
func TestLazyOrAgrees(t *testing.T) {
	if testing.Short() {
		t.Skip("indexes the sample corpus")
	}
	r := sampleReader(t)
	run := func(lazy, runs bool, parts int) []*index.SearchResult {
		defer index.SetLazyOr(lazy)()
		defer index.SetJumpTerms(lazy)()
		defer index.SetNarrowing(lazy)()
		defer index.SetTitleRuns(runs)()
		defer index.SetSearchParts(parts)()
		defer index.SetSplitSearch(parts > 1, parts)()
		return searchEach(t, r, lazyOrRequests)
	}
	for _, runs := range []bool{false, true} {
		want := run(false, runs, 1)
		for i, res := range want {
			if res.Total == 0 {
				t.Errorf("%q matches nothing in the sample: it tests nothing", lazyOrRequests[i].Query)
			}
		}
		for _, parts := range []int{1, 2, 3} {
			for i, got := range run(true, runs, parts) {
				if !reflect.DeepEqual(got, want[i]) {
					t.Errorf("title runs %v, %d parts: %s with lazyOr and jumps differs:\n%+v\nwant\n%+v", runs, parts, fmt.Sprintf("%q", lazyOrRequests[i].Query), got, want[i])
				}
			}
		}
	}
}
