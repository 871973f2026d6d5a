package index

// All facets are counted from one multi-valued keyword field, fieldFacets,
// whose terms carry the facet in a one-letter prefix: "sWang Yi" (speaker),
// "mXi Jinping" (mention), "oMFA" (source), "iZhao Lijian" (issuer),
// "cChina" (country), "aurged" (speech act), "n2022-02" (month). The year is
// written only for paragraphs without a month ("y1946"); for the others it
// is counted from the month, which holds it.
//
// Searches count the field's terms from a table loaded when the generation
// opens (facettable.go); the field is indexed only, for that table and for
// TestFacetTableMatchesBleve, which checks it against Bleve's own per-term
// counts.
const (
	facetPrefixSpeaker = "s"
	facetPrefixMention = "m"
	facetPrefixSource  = "o"
	facetPrefixIssuer  = "i"
	facetPrefixCountry = "c"
	facetPrefixMonth   = "n"
	facetPrefixYear    = "y"
	facetPrefixAct     = "a" // "aurged": a speech act, as its slug
)

// facetTerms are the fieldFacets terms of a paragraph.
func facetTerms(speakers, mentions []string, source, issuer, country, year, month string) []string {
	out := make([]string, 0, len(speakers)+len(mentions)+4)
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
	// The issuer and country facets, newer, count only documents that have
	// one: an empty value is no term.
	if issuer != "" {
		out = append(out, facetPrefixIssuer+issuer)
	}
	if country != "" {
		out = append(out, facetPrefixCountry+country)
	}
	return out
}

// actTerms are the fieldFacets terms of a paragraph's speech acts.
func actTerms(acts []string) []string {
	out := make([]string, 0, len(acts))
	for _, a := range acts {
		out = append(out, facetPrefixAct+a)
	}
	return out
}

// facetByPrefix names the facet of a name's fieldFacets term.
var facetByPrefix = map[string]string{
	facetPrefixSpeaker: FacetSpeaker, facetPrefixMention: FacetMention, facetPrefixSource: FacetSource,
	facetPrefixIssuer: FacetIssuer, facetPrefixCountry: FacetCountry,
}

// termCount is a fieldFacets term and how many matches have it.
type termCount struct {
	Term  string
	Count int
}
