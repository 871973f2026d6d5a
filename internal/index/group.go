package index

import (
	"context"
	"fmt"
	"slices"
	"strconv"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	index "github.com/blevesearch/bleve_index_api"
)

// Results grouped by document (issue 12 §6, group=document): the best
// paragraph of each document, in the order of the search, with how many
// more of its paragraphs match, so that one long joint statement does not
// fill the first page. Bleve does not collapse hits, so the search collects
// its first groupWindow paragraphs in order (without their stored fields),
// keeps the first of each document, and reads the fields of the page's
// hits only. When there are more matches than the window, the counts of
// the page's documents are found by one small search each, and the number
// of documents is a lower bound (SearchResult.DocumentsExact false).

// GroupDocument groups hits by document (SearchRequest.Group).
const GroupDocument = "document"

// groupWindow is how many matching paragraphs grouping reads in order.
const groupWindow = 2000

// grouping is what runGrouped found beyond a page of hits.
type grouping struct {
	docs  int            // documents in the window
	exact bool           // the window held every match
	more  map[string]int // the page's documents: their other matching paragraphs
}

// runFor runs the search of req: grouped by document when it asks, else
// as run does, on cores cores at once.
func (r *Reader) runFor(ctx context.Context, g *generation, q query.Query, req SearchRequest, fc *facetCounter, cores int, locs bool) (*bleve.SearchResult, *grouping, error) {
	if req.Group != GroupDocument {
		res, err := r.run(ctx, g, q, req, fc, cores, locs)
		return res, nil, err
	}
	win := r.request(g, q, SearchRequest{Sort: req.Sort, Page: 1, Size: groupWindow})
	win.IncludeLocations = locs
	win.Fields = nil // read below for the page's hits only
	relevance := req.Sort == "" || req.Sort == SortRelevance
	if relevance {
		// By score alone, ties by ID below: sorting by ID in the collector
		// loads the ID of every match (ties.go).
		win.SortByCustom(search.SortOrder{&search.SortScore{Desc: true}})
	}
	fc.reset()
	res, err := g.idx.SearchInContext(fc.collecting(ctx), win)
	if err != nil {
		return nil, nil, err
	}
	hits := res.Hits
	if relevance {
		slices.SortStableFunc(hits, byScoreThenID) // ties.go
	}
	gr := &grouping{exact: res.Total <= uint64(len(hits)), more: map[string]int{}}
	counts := map[string]int{}
	var firsts search.DocumentMatchCollection
	for _, h := range hits {
		doc, _ := splitParagraphID(h.ID)
		if counts[doc] == 0 {
			firsts = append(firsts, h)
		}
		counts[doc]++
	}
	gr.docs = len(firsts)
	from, end := min((req.Page-1)*req.Size, len(firsts)), min(req.Page*req.Size, len(firsts))
	page := firsts[from:end]
	for _, h := range page {
		doc, _ := splitParagraphID(h.ID)
		n := counts[doc]
		if !gr.exact {
			if n, err = r.countInDocument(ctx, g, q, doc); err != nil {
				return nil, nil, err
			}
		}
		gr.more[doc] = max(n-1, 0)
	}
	exact := r.request(g, q, req)
	if err := loadFields(g.idx, exact, page); err != nil {
		return nil, nil, err
	}
	res.Hits = page
	res.Request = exact
	return res, gr, nil
}

// countInDocument counts the paragraphs of document doc that match q.
func (r *Reader) countInDocument(ctx context.Context, g *generation, q query.Query, doc string) (int, error) {
	f, err := withReader(g.idx, func(rdr index.IndexReader) (map[string]any, error) {
		return loadStored(rdr, paragraphID(doc, 1), []string{fieldParagraphs})
	})
	if err != nil {
		return 0, fmt.Errorf("count in %s: %w", doc, err)
	}
	n, _ := strconv.Atoi(fieldString(f[fieldParagraphs]))
	ids := make([]string, max(n, 1))
	for i := range ids {
		ids[i] = paragraphID(doc, i+1)
	}
	c, err := countMatches(ctx, g.idx, query.NewConjunctionQuery([]query.Query{q, query.NewDocIDQuery(ids)}))
	if err != nil {
		return 0, fmt.Errorf("count in %s: %w", doc, err)
	}
	return int(c), nil
}

// fill records the grouping in res: the number of documents and each
// hit's count of more paragraphs in its document.
func (gr *grouping) fill(res *SearchResult) {
	if gr == nil {
		return
	}
	res.Grouped = true
	res.Documents = uint64(gr.docs)
	res.DocumentsExact = gr.exact
	for i := range res.Hits {
		res.Hits[i].More = gr.more[res.Hits[i].DocID]
	}
}
