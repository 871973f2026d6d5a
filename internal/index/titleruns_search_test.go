package index_test

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/readouts/readouts/internal/index"
)

// titleRequests are searches whose title half matches whole documents:
// words and phrases frequent in titles, title: alone, a prefix, a window,
// a phrase whose words are in titles apart, with filters, pages, date
// orders, grouping and partial matches.
var titleRequests = []index.SearchRequest{
	{Query: "readout"},
	{Query: "meeting", Page: 3},
	{Query: `"senior administration"`, Size: 25},
	{Query: `"prime minister"`},
	{Query: `"president biden"`, Sort: index.SortNewest, Page: 2},
	{Query: `"president meeting"`}, // both words in many titles, rarely as the phrase
	{Query: `title:"press call"`},
	{Query: "title:readout", Sort: index.SortOldest, Page: 2, Size: 7},
	{Query: "title:secret*"},
	{Query: `"readout call"~3`},
	{Query: "call israel"},
	{Query: "president NOT Biden", FacetSize: -1},
	{Query: "meeting", Speakers: []string{"Joe Biden"}},
	{Query: "statement", Group: index.GroupDocument, Page: 2, Size: 5},
	{Query: "readout zzyzxqv"}, // partial
}

// TestTitleRunsAgree: a search whose title queries are asked once per
// document, the document's other paragraphs copied (titleruns.go), returns
// what it returns asked paragraph by paragraph, whole or split over
// ranges: totals, hits in order with their scores and title marks, facets.
func TestTitleRunsAgree(t *testing.T) {
	if testing.Short() {
		t.Skip("indexes the sample corpus")
	}
	r := sampleReader(t)
	run := func(runs bool, parts int) []*index.SearchResult {
		defer index.SetTitleRuns(runs)()
		defer index.SetSearchParts(parts)()
		defer index.SetSplitSearch(parts > 1, parts)()
		return searchEach(t, r, titleRequests)
	}
	want := run(false, 1)
	for i, res := range want {
		if res.Total == 0 {
			t.Errorf("%q matches nothing in the sample: it tests nothing", titleRequests[i].Query)
		}
	}
	for _, parts := range []int{1, 2, 3} {
		for i, got := range run(true, parts) {
			if !reflect.DeepEqual(got, want[i]) {
				t.Errorf("%d parts: %s with title runs differs:\n%+v\nwant\n%+v", parts, fmt.Sprintf("%q", titleRequests[i].Query), got, want[i])
			}
		}
	}
}
