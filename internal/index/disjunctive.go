package index

import (
	"context"
	"strings"

	"github.com/blevesearch/bleve/v2/search/query"
)

// Disjunctive facets: the values of one facet are alternatives (two
// speakers filter on either, filters.anyOf), so the counts that facet
// shows are those of the search without its own filter, the other
// facets' filters kept. With its own filter they were the counts within
// the selection: beside speaker=Joe Biden the speaker facet listed only
// who spoke with Biden, by the paragraphs they shared, and a second
// speaker's count was not what adding it would add.

// ownFilters are the list facets a request filters on, with their values.
var ownFilters = []struct {
	facet  string
	values func(*SearchRequest) *[]string
}{
	{FacetSpeaker, func(r *SearchRequest) *[]string { return &r.Speakers }},
	{FacetMention, func(r *SearchRequest) *[]string { return &r.Mentions }},
	{FacetSource, func(r *SearchRequest) *[]string { return &r.Sources }},
	{FacetIssuer, func(r *SearchRequest) *[]string { return &r.Issuers }},
	{FacetCountry, func(r *SearchRequest) *[]string { return &r.Countries }},
	{FacetAct, func(r *SearchRequest) *[]string { return &r.Acts }},
}

// countWithoutOwnFilters replaces the facets of res that req filters on
// with their counts over q's matches under the other filters alone: one
// more count of the matches per facet filtered. The values selected stay
// in the list when they have matches, however far down the counts put
// them, so that the page can show them selected.
func (r *Reader) countWithoutOwnFilters(ctx context.Context, cs *prepared, q query.Query, req SearchRequest, cores int, res *SearchResult) error {
	for _, f := range ownFilters {
		if !hasValue(*f.values(&req)) {
			continue
		}
		others := req
		others.countsApart = 0
		*f.values(&others) = nil
		filtered, pairs, err := cs.filteredFor(others)
		if err != nil {
			return err
		}
		fc := newFacetCounter(cs.g.facetTable, pairs)
		if _, err := r.run(ctx, cs.g, filtered(q), SearchRequest{Page: 1}, fc, cores, false); err != nil {
			return err
		}
		selected := res.Filters[f.facet]
		if f.facet == FacetAct {
			selected = req.Acts
		}
		size := facetSizes[f.facet].size
		if req.FacetSize != 0 {
			size = req.FacetSize
		}
		res.Facets[f.facet] = withSelected(fc.facets(-1)[f.facet], size, selected)
	}
	return nil
}

// withSelected is the first n of all (all of them if n < 0), in order,
// then the values of selected that all has further down.
func withSelected(all []FacetValue, n int, selected []string) []FacetValue {
	if n < 0 || len(all) <= n {
		return all
	}
	out := all[:n:n]
	for _, v := range all[n:] {
		for _, s := range selected {
			if strings.EqualFold(strings.TrimSpace(s), v.Value) {
				out = append(out, v)
				break
			}
		}
	}
	return out
}

// countedApart is how many facets of req countWithoutOwnFilters counts.
func countedApart(req SearchRequest) int {
	n := 0
	for _, f := range ownFilters {
		if hasValue(*f.values(&req)) {
			n++
		}
	}
	return n
}

func hasValue(vs []string) bool {
	for _, v := range vs {
		if strings.TrimSpace(v) != "" {
			return true
		}
	}
	return false
}
