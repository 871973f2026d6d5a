package index_test

import (
	"context"
	"fmt"
	"reflect"
	"sync"
	"testing"

	"github.com/readouts/readouts/internal/index"
)

// splitRequests are searches whose answers depend on how the top hits of
// the ranges are merged: pages past the first, ties of equal paragraphs,
// date orders, grouping, partial matches, filters, browsing.
var splitRequests = []index.SearchRequest{
	{Query: "sanctions"},
	{Query: "Ukraine", Page: 3},
	{Query: "Ukraine", Page: 40, Size: 3}, // past the last match
	{Query: `"human rights"`, Size: 25},
	{Query: "Taiwan OR Ukraine", Sort: index.SortNewest, Page: 2},
	{Query: "trade", Sort: index.SortOldest, Page: 2, Size: 7},
	{Query: "peace", Page: 2, Size: 1},
	{Query: "covid vaccines pandemic zebra"}, // partial
	{Query: "security council", Group: index.GroupDocument, Page: 2, Size: 5},
	{Query: "president NOT Biden", FacetSize: -1},
	{Query: "cooperation", Turn: index.TurnAnswer},
	{Query: "Blinkin~", Suggest: true},
	{Query: "", Sort: index.SortNewest, Size: 20},
	{Query: ""},
	{Query: "zzyzxqv"}, // no match
}

// TestSplitSearchAgrees: a search split into ranges of paragraphs searched
// at once (splitsearch.go) returns what the whole search returns: totals,
// hits in order with their scores and snippets, facet counts, grouping.
func TestSplitSearchAgrees(t *testing.T) {
	if testing.Short() {
		t.Skip("indexes the sample corpus")
	}
	r := sampleReader(t)
	run := func(parts int) []*index.SearchResult {
		defer index.SetSearchParts(parts)()
		defer index.SetSplitSearch(parts > 1, parts)()
		return searchEach(t, r, splitRequests)
	}
	agreeSplit(t, run, func(i int) string { return fmt.Sprintf("%q", splitRequests[i].Query) })
}

// searchEach runs each of reqs (page 1 and size 10 where not set) and
// returns the results with Took zeroed, to be compared whole.
func searchEach(t *testing.T, r *index.Reader, reqs []index.SearchRequest) []*index.SearchResult {
	t.Helper()
	var out []*index.SearchResult
	for _, req := range reqs {
		req.Page, req.Size = max(req.Page, 1), max(req.Size, 10)
		res, err := r.Search(context.Background(), req)
		if err != nil {
			t.Fatalf("%+v: %v", req, err)
		}
		res.Took = 0
		out = append(out, res)
	}
	return out
}

// agreeSplit runs run whole (1 range) and split in 2, 3 and 7 ranges, and
// reports every answer of a split run that differs from the whole run's;
// name says which answer i is.
func agreeSplit[T any](t *testing.T, run func(parts int) []T, name func(i int) string) {
	t.Helper()
	whole := run(1)
	for _, parts := range []int{2, 3, 7} {
		for i, got := range run(parts) {
			if !reflect.DeepEqual(got, whole[i]) {
				t.Errorf("%d parts: %s differs from the whole search's:\n%+v\nwant\n%+v", parts, name(i), got, whole[i])
			}
		}
	}
}

// TestSplitSearchConcurrent runs split searches from several goroutines at
// once (go test -race): each answer is the one the search gives alone, and
// the cores taken are all given back.
func TestSplitSearchConcurrent(t *testing.T) {
	if testing.Short() {
		t.Skip("indexes the sample corpus")
	}
	r := sampleReader(t)
	ctx := context.Background()
	defer index.SetSearchParts(3)()
	defer index.SetSplitSearch(true, 4)()
	want := make([]*index.SearchResult, len(splitRequests))
	for i, req := range splitRequests {
		req.Page, req.Size = max(req.Page, 1), max(req.Size, 10)
		res, err := r.Search(ctx, req)
		if err != nil {
			t.Fatal(err)
		}
		res.Took = 0
		want[i] = res
	}
	var wg sync.WaitGroup
	errs := make(chan error, 8*len(splitRequests))
	for w := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range splitRequests {
				i := (k + w) % len(splitRequests)
				req := splitRequests[i]
				req.Page, req.Size = max(req.Page, 1), max(req.Size, 10)
				res, err := r.Search(ctx, req)
				if err != nil {
					errs <- err
					continue
				}
				res.Took = 0
				if !reflect.DeepEqual(res, want[i]) {
					errs <- fmt.Errorf("worker %d: %+v differs from the search alone:\n%+v\nwant\n%+v", w, req, res, want[i])
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if n := index.CoresInUse(); n != 0 {
		t.Errorf("%d cores still taken after the searches ended", n)
	}
}
