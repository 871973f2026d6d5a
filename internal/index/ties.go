package index

import (
	"context"
	"slices"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
)

// tieSlack is how many hits past the page a relevance search fetches, so
// that paragraphs tied on score at the page's edge can be put in ID order
// without Bleve loading the ID of every match.
const tieSlack = 30

// run executes q for req, counting the facets of its matches into fc (nil:
// no counting). Relevance order is score, then paragraph ID, so that equal
// paragraphs (a statement repeated in several readouts) come in a stable
// order. Asking Bleve to sort by ID makes it read the stored ID of
// every match as it collects them, 15% of a search at a million
// paragraphs. Instead, fetch by score alone a little past the page, order
// that window by score and ID, and fall back to Bleve's full sort only when
// a tie runs past the window.
//
// cores above 1 splits each search into ranges of paragraphs searched on
// that many cores at once (splitsearch.go). locs asks for the matches'
// locations (marks.go says when they are not needed).
func (r *Reader) run(ctx context.Context, g *generation, q query.Query, req SearchRequest, fc *facetCounter, cores int, locs bool) (*bleve.SearchResult, error) {
	idx := g.idx
	searchCounted := func(sr *bleve.SearchRequest, keep *tieKeeper) (*bleve.SearchResult, error) {
		if cores > 1 {
			return splitSearch(ctx, g, sr, fc, keep, cores)
		}
		if fc != nil {
			fc.reset() // a second search counts the same matches again
		}
		return idx.SearchInContext(collecting(ctx, fc, keep), sr)
	}
	exact := r.request(g, q, req)
	exact.IncludeLocations = locs
	if (req.Sort != "" && req.Sort != SortRelevance) || req.Size <= 0 || req.Page < 1 {
		return searchCounted(exact, nil)
	}
	from, end := (req.Page-1)*req.Size, req.Page*req.Size
	fast := r.request(g, q, req)
	fast.IncludeLocations = locs
	fast.From, fast.Size = 0, end+tieSlack
	fast.Fields = nil // loaded below for the page's hits only
	fast.SortByCustom(search.SortOrder{&search.SortScore{Desc: true}})
	keep := newTieKeeper(fast.Size) // tiekeep.go
	res, err := searchCounted(fast, keep)
	if err != nil {
		return nil, err
	}
	hits := res.Hits
	last := min(end, len(hits)) - 1
	if last >= 0 && len(hits) == fast.Size && hits[len(hits)-1].Score == hits[last].Score {
		// The tie may run past the window: the page from the matches
		// the keeper kept, or else Bleve's full sort.
		page, ok, err := keep.tiedPage(ctx, g, q, hits, from, end, locs)
		if err != nil {
			return nil, err
		}
		if !ok {
			return searchCounted(exact, nil)
		}
		tiedPages.Add(1)
		res.Hits = page
		res.Request = exact
		if err := loadFields(idx, exact, res.Hits); err != nil {
			return nil, err
		}
		return res, nil
	}
	slices.SortStableFunc(hits, byScoreThenID)
	res.Hits = hits[min(from, len(hits)):min(end, len(hits))]
	res.Request = exact
	if err := loadFields(idx, exact, res.Hits); err != nil {
		return nil, err
	}
	return res, nil
}

// byScoreThenID orders hits as relevance does: by score, highest first,
// then by paragraph ID.
func byScoreThenID(a, b *search.DocumentMatch) int {
	if a.Score != b.Score {
		if a.Score > b.Score {
			return -1
		}
		return 1
	}
	return strings.Compare(a.ID, b.ID)
}

// loadFields reads req.Fields of hits from the store, as Bleve does for
// the hits it returns.
func loadFields(idx bleve.Index, req *bleve.SearchRequest, hits search.DocumentMatchCollection) error {
	if len(hits) == 0 || len(req.Fields) == 0 {
		return nil
	}
	adv, err := idx.Advanced()
	if err != nil {
		return err
	}
	rdr, err := adv.Reader()
	if err != nil {
		return err
	}
	defer rdr.Close()
	for _, h := range hits {
		if err, _ := bleve.LoadAndHighlightFields(h, req, "", rdr, nil); err != nil {
			return err
		}
	}
	return nil
}
