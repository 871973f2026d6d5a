package index_test

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/readouts/readouts/internal/index"
	"github.com/readouts/readouts/internal/readout"
)

func mustDateOf(s string) readout.Date {
	d, err := readout.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// wordRequests are searches with a word of the text or the title at the
// top (common, rare, in titles mostly, in no title), deep pages and small
// ones among ties, every facet, the filters it goes below (speaker,
// source, mention, dates), words inside conjunctions, negations and ORs
// (where it is advanced), orders by date, grouping; and shapes it declines
// (phrases and prefixes beside a word need term locations).
var wordRequests = []index.SearchRequest{
	{Query: "president"},
	{Query: "president", Page: 7, Size: 3},
	{Query: "readout", Page: 4},
	{Query: "readout", Page: 40, Size: 1},
	{Query: "call", Size: 25, Page: 2},
	{Query: "ukraine"},
	{Query: "sanctions", FacetSize: -1},
	{Query: "zzyzxqv"},
	{Query: "security", Speakers: []string{"Joe Biden"}},
	{Query: "meeting", Sources: []string{"The White House"}},
	{Query: "discussed", Mentions: []string{"Xi Jinping"}},
	{Query: "ukraine", From: mustDateOf("2021-01-02"), To: mustDateOf("2023-12")},
	{Query: "president", From: mustDateOf("2022"), To: mustDateOf("2022"), Sort: index.SortOldest},
	{Query: "president meeting"},
	{Query: "readout call israel"},
	{Query: "president -biden meeting"},
	{Query: "(ukraine OR taiwan) support"},
	{Query: "president OR readout", Page: 3},
	{Query: "title:readout security"},
	{Query: "president security", Sort: index.SortNewest, Page: 2},
	{Query: "statement", Group: index.GroupDocument, Page: 2, Size: 5},
	{Query: `president "prime minister"`},
	{Query: "secur* cooperation"},
	{Query: "readout security zzyzxqv"}, // partial
}

// declined are wordRequests whose words need term locations (a phrase or
// a prefix beside them): no wordSearcher.
var declined = map[string]bool{`president "prime minister"`: true, "secur* cooperation": true}

// TestWordSearcherAgrees: a word read by one wordSearcher (wordfuse.go)
// gives the whole results of lazyOr's two term searchers (totals, hits in
// order with their scores and marks, facets, groups), whole or split over
// ranges; it is used on the shapes it is for and declines the others.
func TestWordSearcherAgrees(t *testing.T) {
	if testing.Short() {
		t.Skip("indexes the sample corpus")
	}
	r := sampleReader(t)
	run := func(fuse bool, parts int) (out []*index.SearchResult, made []int64) {
		defer index.SetWordSearcher(fuse)()
		defer index.SetSearchParts(parts)()
		defer index.SetSplitSearch(parts > 1, parts)()
		for _, req := range wordRequests {
			before := index.WordSearchers()
			out = append(out, searchEach(t, r, []index.SearchRequest{req})...)
			made = append(made, index.WordSearchers()-before)
		}
		return out, made
	}
	for _, parts := range []int{1, 2, 3} {
		want, made := run(false, parts)
		for i, n := range made {
			if n != 0 {
				t.Errorf("%q: %d wordSearchers made while off", wordRequests[i].Query, n)
			}
		}
		got, made := run(true, parts)
		for i := range want {
			q := wordRequests[i].Query
			switch {
			case declined[q] && made[i] != 0:
				t.Errorf("%d parts: %q made %d wordSearchers; want none (term locations)", parts, q, made[i])
			case !declined[q] && made[i] == 0:
				t.Errorf("%d parts: %q made no wordSearcher", parts, q)
			}
			if parts == 1 && want[i].Total == 0 && q != "zzyzxqv" {
				t.Errorf("%q matches nothing in the sample: it tests nothing", q)
			}
			if !reflect.DeepEqual(got[i], want[i]) {
				t.Errorf("%d parts: %s with wordSearcher differs:\n%+v\nwant\n%+v", parts, fmt.Sprintf("%+v", wordRequests[i]), got[i], want[i])
			}
		}
	}
}
