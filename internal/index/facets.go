package index

import (
	"math"
	"sort"
	"strings"

	"github.com/blevesearch/bleve/v2/search"
)

// All facets are counted from one multi-valued keyword field with doc
// values, fieldFacets, whose terms carry the facet in a one-letter prefix:
// "s:Wang Yi", "m:Antony Blinken", "o:U.S. Department of State",
// "n:2022-02", "y:1946". Scorch stores doc values in snappy-compressed
// chunks of 1,024 paragraphs per field, and a search with a few hundred
// matches touches most chunks: with five facet fields each search
// decompressed five chunk streams, which was three quarters of its time
// (docs/BENCHMARKS.md). One field is one stream.
//
// The year is written only for paragraphs without a month ("y:1946"); for
// the others it is counted from the month ("n:2022-02"), which holds it.
const (
	facetPrefixSpeaker = "s:"
	facetPrefixMention = "m:"
	facetPrefixSource  = "o:"
	facetPrefixMonth   = "n:"
	facetPrefixYear    = "y:"
)

// facetAll asks Bleve for every term of fieldFacets: the per-facet top
// lists are cut by splitFacets.
const facetAll = math.MaxInt32

// facetTerms are the fieldFacets terms of a paragraph.
func facetTerms(speakers, mentions []string, source, year, month string) []string {
	out := make([]string, 0, len(speakers)+len(mentions)+2)
	for _, s := range speakers {
		out = append(out, facetPrefixSpeaker+s)
	}
	for _, m := range mentions {
		out = append(out, facetPrefixMention+m)
	}
	// Empty values are terms too, as they were in the per-field facets
	// (a year-only document counts under month ""): the ranking guard holds
	// the facets to what they were.
	out = append(out, facetPrefixSource+source, facetPrefixMonth+month)
	if month == "" {
		out = append(out, facetPrefixYear+year)
	}
	return out
}

// splitFacets turns the combined facet into the per-facet lists exactly as
// one Bleve terms facet per field returned them: the facetSizes largest
// counts, ties by value, then the timeline facets in date order. Every facet
// has an entry, nil when no match has a value.
func splitFacets(fr *search.FacetResult) map[string][]FacetValue {
	counts := map[string]map[string]int{
		FacetSpeaker: {}, FacetMention: {}, FacetSource: {}, FacetYear: {}, FacetMonth: {},
	}
	if fr != nil && fr.Terms != nil {
		for _, t := range fr.Terms.Terms() {
			prefix, value := t.Term[:min(2, len(t.Term))], t.Term[min(2, len(t.Term)):]
			switch prefix {
			case facetPrefixSpeaker:
				counts[FacetSpeaker][value] += t.Count
			case facetPrefixMention:
				counts[FacetMention][value] += t.Count
			case facetPrefixSource:
				counts[FacetSource][value] += t.Count
			case facetPrefixMonth:
				counts[FacetMonth][value] += t.Count
				if y, _, ok := strings.Cut(value, "-"); ok {
					counts[FacetYear][y] += t.Count
				}
			case facetPrefixYear:
				counts[FacetYear][value] += t.Count
			}
		}
	}
	out := make(map[string][]FacetValue, len(counts))
	for name, c := range counts {
		var vals []FacetValue
		for v, n := range c {
			vals = append(vals, FacetValue{Value: v, Count: n})
		}
		sort.Slice(vals, func(i, j int) bool {
			if vals[i].Count != vals[j].Count {
				return vals[i].Count > vals[j].Count
			}
			return vals[i].Value < vals[j].Value
		})
		if size := facetSizes[name].size; len(vals) > size {
			vals = vals[:size]
		}
		if name == FacetYear || name == FacetMonth {
			sort.Slice(vals, func(i, j int) bool { return vals[i].Value < vals[j].Value })
		}
		out[name] = vals
	}
	return out
}
