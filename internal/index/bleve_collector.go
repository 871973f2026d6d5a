package index

// Bleve's collector hook: a search can show every match to the caller as
// Bleve's top-N collector receives it. Facet counts (facettable.go), the
// timeline and cross tables (crosstab.go) and window hits (group.go, ties.go)
// count matches this way instead of asking Bleve for facets.
//
// On a Bleve upgrade, re-check:
//   - the top-N collector still looks up search.MakeDocumentMatchHandlerKey
//     in the search's context, and collector.MakeTopNDocumentMatchHandler
//     still makes the handler it would have used (a nil one is an error
//     here);
//   - DocumentMatch.IndexInternalID.Value() is still scorch's global
//     document number, the one the facet and day tables are indexed by;
//   - the collector may still recycle a DocumentMatch after the handler
//     returns, so visit must not keep it.
// TestFacetTableMatchesBleve, TestGridMatchesFilteredSearches and
// TestTimelineMatchesFilteredSearches compare these counts with Bleve's own
// searches and fail when the hook is not called.

import (
	"context"
	"fmt"

	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/collector"
)

// withMatchHandler returns ctx with a document-match handler for Bleve's
// top-N collector that shows every match to visit before the collector sees
// it (the collector may recycle it).
func withMatchHandler(ctx context.Context, visit func(*search.DocumentMatch)) context.Context {
	var mk search.MakeDocumentMatchHandler = func(sc *search.SearchContext) (search.DocumentMatchHandler, bool, error) {
		next, loadID, err := collector.MakeTopNDocumentMatchHandler(sc)
		if err != nil {
			return nil, false, err
		}
		if next == nil {
			return nil, false, fmt.Errorf("match handler: unexpected collector %T", sc.Collector)
		}
		return func(d *search.DocumentMatch) error {
			if d != nil {
				visit(d)
			}
			return next(d)
		}, loadID, nil
	}
	return context.WithValue(ctx, search.MakeDocumentMatchHandlerKey, mk)
}
