package index

import (
	"encoding/base64"
	"fmt"
	"hash/fnv"
	"sync"

	"github.com/blevesearch/bleve/v2"
	index "github.com/blevesearch/bleve_index_api"
)

// All facets are counted from one multi-valued keyword field, fieldFacets, whose terms carry the facet in a one-letter prefix.
// Scorch stores doc values in snappy-compressed chunks of 1,024 paragraphs
// per field, and a search with a few hundred matches touches most chunks,
// so what a search pays for its facets is the bytes of doc values it
// decompresses (docs/BENCHMARKS.md). Hence one field instead of one per
// facet, and short terms: speakers, mentions, sources, issuers and
// countries by an 8-character code of their name ("sq7Lm0aZ3" for "Wang
// Yi"), decoded through the generation's own term dictionaries of those
// fields (facetNames); months and years as written ("n2022-02", "y1946").
//
// The year is written only for paragraphs without a month ("y1946"); for
// the others it is counted from the month, which holds it.
//
// Searches no longer read doc values: they count the field's terms from a
// table loaded when the generation opens (facettable.go), and since mapping
// version 4 the field has none; it is indexed only, for that table and for
// facettable_test.go, which checks it against Bleve's own per-term counts.
const (
	facetPrefixSpeaker = "s"
	facetPrefixMention = "m"
	facetPrefixSource  = "o"
	facetPrefixIssuer  = "i"
	facetPrefixCountry = "c"
	facetPrefixMonth   = "n"
	facetPrefixYear    = "y"
	facetPrefixAct     = "a" // "aurged": a speech act, as its slug (short already)
)

// facetCode is 48 bits of a name's FNV-1a hash in URL-safe base64 (never
// 0xff, which separates doc-value terms). With the few thousand names of a
// corpus, two colliding has a probability near one in ten million; a
// collision is reported by facetNames rather than miscounted.
func facetCode(name string) string {
	h := fnv.New64a()
	h.Write([]byte(name))
	sum := h.Sum64()
	var b [6]byte
	for i := range b {
		b[i] = byte(sum >> (8 * i))
	}
	return base64.RawURLEncoding.EncodeToString(b[:])
}

// facetNames maps the coded terms of fieldFacets back to names, for one
// generation; it reads the speaker, mention, source, issuer and country term
// dictionaries on first use.
type facetNames struct {
	once   sync.Once
	byTerm map[string]string // "s"+code → name
	err    error
}

func (f *facetNames) load(idx bleve.Index) (map[string]string, error) {
	f.once.Do(func() {
		f.byTerm = map[string]string{}
		for _, c := range []struct{ prefix, field string }{
			{facetPrefixSpeaker, fieldSpeaker}, {facetPrefixMention, fieldMention}, {facetPrefixSource, fieldSource},
			{facetPrefixIssuer, fieldIssuer}, {facetPrefixCountry, fieldCountry},
		} {
			terms, err := withReader(idx, func(rdr index.IndexReader) ([]string, error) { return fieldTerms(rdr, c.field) })
			if err != nil {
				f.err = fmt.Errorf("facet names: %w", err)
				return
			}
			names := append([]string{""}, terms...) // an empty source counts as "", as it always did
			for _, name := range names {
				term := c.prefix + facetCode(name)
				if other, dup := f.byTerm[term]; dup && other != name {
					f.err = fmt.Errorf("facet names: %q and %q have the same code", other, name)
					return
				}
				f.byTerm[term] = name
			}
		}
	})
	return f.byTerm, f.err
}

// facetTerms are the fieldFacets terms of a paragraph.
func facetTerms(speakers, mentions []string, source, issuer, country, year, month string) []string {
	out := make([]string, 0, len(speakers)+len(mentions)+4)
	for _, s := range speakers {
		out = append(out, facetPrefixSpeaker+facetCode(s))
	}
	for _, m := range mentions {
		out = append(out, facetPrefixMention+facetCode(m))
	}
	// Empty values are terms too, as they were in the per-field facets
	// (a year-only document counts under month ""): the ranking guard holds
	// the facets to what they were.
	out = append(out, facetPrefixSource+facetCode(source), facetPrefixMonth+month)
	if month == "" {
		out = append(out, facetPrefixYear+year)
	}
	// The issuer and country facets, newer, count only documents that have
	// one: an empty value is no term.
	if issuer != "" {
		out = append(out, facetPrefixIssuer+facetCode(issuer))
	}
	if country != "" {
		out = append(out, facetPrefixCountry+facetCode(country))
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

// facetByPrefix names the facet of a coded fieldFacets term.
var facetByPrefix = map[string]string{
	facetPrefixSpeaker: FacetSpeaker, facetPrefixMention: FacetMention, facetPrefixSource: FacetSource,
	facetPrefixIssuer: FacetIssuer, facetPrefixCountry: FacetCountry,
}

// termCount is a fieldFacets term and how many matches have it.
type termCount struct {
	Term  string
	Count int
}
