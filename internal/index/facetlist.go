package index

import (
	"context"
	"fmt"
	"strings"
)

// Facet lists beyond the first values (issue 12 §6): a search's facet
// shows its 15 most frequent values; FacetValues lists them all, or those
// whose name holds some letters, counted over the same matches, so that
// the 16th speaker of a search can be found and clicked.

// FacetList is the values of one facet over a search's matches.
type FacetList struct {
	Facet  string       `json:"facet"`
	Query  string       `json:"understood"` // the query as understood
	Total  uint64       `json:"total"`      // matching paragraphs
	Count  int          `json:"count"`      // values that match contains, of which Values are the first
	Values []FacetValue `json:"values"`     // most paragraphs first, then by name
	// Filters are the search's filters as it read them (SearchResult.Filters).
	Filters map[string][]string `json:"-"`
}

// ListFacets are the facets FacetValues lists: those the page shows as
// lists, not the year and month of the timeline.
var ListFacets = []string{FacetSpeaker, FacetMention, FacetSource, FacetIssuer, FacetCountry, FacetAct}

// MaxFacetValues bounds one facet list.
const MaxFacetValues = 1000

// FacetValues counts the values of facet over the matches of req (its
// query, filters, dates; page and size are ignored) and returns the first
// size of those whose name contains contains (any case; "" for all). An
// unknown facet or a size out of 1..MaxFacetValues is ErrQuery, as a
// malformed query is.
func (r *Reader) FacetValues(ctx context.Context, req SearchRequest, facet, contains string, size int) (*FacetList, error) {
	known := false
	for _, f := range ListFacets {
		known = known || f == facet
	}
	if !known {
		return nil, fmt.Errorf("%w: facet %q is not one of %s", ErrQuery, facet, strings.Join(ListFacets, ", "))
	}
	if size < 1 || size > MaxFacetValues {
		return nil, fmt.Errorf("%w: size %d is not between 1 and %d", ErrQuery, size, MaxFacetValues)
	}
	req.Page, req.Size, req.Suggest, req.FacetSize = 1, 0, false, -1
	res, err := r.Search(ctx, req)
	if err != nil {
		return nil, err
	}
	out := &FacetList{Facet: facet, Query: res.Query, Total: res.Total, Values: []FacetValue{}, Filters: res.Filters}
	needle := strings.ToLower(strings.TrimSpace(contains))
	for _, v := range res.Facets[facet] {
		if needle != "" && !strings.Contains(strings.ToLower(v.Value), needle) {
			continue
		}
		out.Count++
		if len(out.Values) < size {
			out.Values = append(out.Values, v)
		}
	}
	return out, nil
}
