package index_test

import (
	"context"
	"testing"

	"github.com/readouts/readouts/internal/index"
)

// TestGroupByDocument: grouped by document, a search of the sample corpus
// shows each document once, by its best paragraph in the search's order,
// with the number of its other matching paragraphs, and counts the
// documents: checked against the same search ungrouped. Browsing
// everything (more matches than the grouping window) counts each document's
// paragraphs by a search of its own.
func TestGroupByDocument(t *testing.T) {
	r := versionsSample(t)
	ctx := context.Background()
	for _, sort := range []string{index.SortRelevance, index.SortNewest} {
		all, err := r.Search(ctx, index.SearchRequest{Query: `"Minsk agreements" OR Kuleba`, Sort: sort, Page: 1, Size: 100})
		if err != nil {
			t.Fatal(err)
		}
		if all.Total > 100 {
			t.Fatalf("Minsk, Kuleba: %d paragraphs; the check reads them in one page of 100", all.Total)
		}
		per := map[string]int{}
		var order []string
		for _, h := range all.Hits {
			if per[h.DocID] == 0 {
				order = append(order, h.DocID)
			}
			per[h.DocID]++
		}
		if len(order) >= len(all.Hits) {
			t.Fatalf("no document with two matching paragraphs: the test shows nothing")
		}
		var got []index.Hit
		for page := 1; ; page++ {
			res, err := r.Search(ctx, index.SearchRequest{Query: `"Minsk agreements" OR Kuleba`, Sort: sort, Page: page, Size: 7, Group: index.GroupDocument})
			if err != nil {
				t.Fatal(err)
			}
			if !res.Grouped || !res.DocumentsExact || res.Documents != uint64(len(order)) || res.Total != all.Total {
				t.Fatalf("%s page %d: grouped %v, documents %d (exact %v), total %d; want %d documents of %d paragraphs", sort, page, res.Grouped, res.Documents, res.DocumentsExact, res.Total, len(order), all.Total)
			}
			if len(res.Hits) == 0 {
				break
			}
			got = append(got, res.Hits...)
		}
		if len(got) != len(order) {
			t.Fatalf("%s: %d grouped hits, want %d documents", sort, len(got), len(order))
		}
		for i, h := range got {
			if h.DocID != order[i] || h.More != per[h.DocID]-1 {
				t.Errorf("%s hit %d: %s (+%d), want %s (+%d)", sort, i, h.DocID, h.More, order[i], per[order[i]]-1)
			}
			if h.Snippet.HTML() == "" || h.Title == "" {
				t.Errorf("%s hit %d: no snippet or title", sort, i)
			}
		}
	}

	// Everything: more paragraphs than the window.
	res, err := r.Search(ctx, index.SearchRequest{Page: 1, Size: 5, Group: index.GroupDocument, Sort: index.SortOldest})
	if err != nil {
		t.Fatal(err)
	}
	if res.DocumentsExact || res.Documents == 0 || len(res.Hits) != 5 {
		t.Fatalf("browsing: documents %d exact %v, %d hits", res.Documents, res.DocumentsExact, len(res.Hits))
	}
	for _, h := range res.Hits {
		d, err := r.Document(ctx, h.DocID, "")
		if err != nil {
			t.Fatal(err)
		}
		if h.More != len(d.Paragraphs)-1 {
			t.Errorf("browsing %s: +%d, its document has %d paragraphs", h.DocID, h.More, len(d.Paragraphs))
		}
	}
}
