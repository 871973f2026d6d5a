package index

import (
	"context"
	"fmt"
	"path"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/search/query"

	ql "github.com/readouts/readouts/internal/query"
	"github.com/readouts/readouts/internal/readout"
)

// issuerCorpus is who issued each test document, by file name: the test
// sets Document.Issuer and Country itself, so that these tests do not
// depend on what package attribution makes of the text.
var issuerCorpus = map[string]struct {
	paragraphs      int
	issuer, country string
}{
	"a.txt": {3, "Ned Price", "United States"},
	"b.txt": {2, "Zhao Lijian", "China"},
	"c.txt": {2, "Office of the Spokesperson", "United States"},
	"d.txt": {1, "", ""}, // issued by nobody known
}

type issuerAttributor struct{}

func (issuerAttributor) Attribute(d *readout.Document) {
	doc := issuerCorpus[path.Base(d.ID)]
	d.Issuer, d.Country = doc.issuer, doc.country
}

// issuerCanonical stands in for the gazetteer: "Price" is an alias of Ned
// Price, and the office is an alias of an institution, which the index must
// still find under the name the document was issued in.
func issuerCanonical(name string) (string, bool) {
	switch strings.ToLower(name) {
	case "price", "ned price":
		return "Ned Price", true
	case "office of the spokesperson":
		return "U.S. Department of State", true
	}
	return "", false
}

// issuerCountry stands in for gazetteer.KnownCountry: a state's formal
// name and its code are read as its one name; Chile is a state no
// document has; anything else is unknown, as given.
func issuerCountry(name, code string) (string, bool) {
	switch {
	case strings.EqualFold(name, "United States of America") || code == "USA" || name == "United States":
		return "United States", true
	case strings.EqualFold(name, "People's Republic of China") || code == "CHN" || name == "China":
		return "China", true
	case name == "Chile":
		return "Chile", true
	}
	return name, false
}

func issuerReader(t *testing.T) *Reader {
	t.Helper()
	c := newTestCorpus(t)
	for name, doc := range issuerCorpus {
		c.write(name, docText("sanctions", doc.paragraphs))
	}
	c.build(func(o *BuildOptions) { o.Parse.Attributor = issuerAttributor{} })
	r, err := Open(c.index, ReaderOptions{Canonical: issuerCanonical, Country: issuerCountry})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Close() })
	return r
}

// paras lists the paragraph IDs of the named test documents.
func paras(names ...string) []string {
	var out []string
	for _, name := range names {
		for n := 1; n <= issuerCorpus[name].paragraphs; n++ {
			out = append(out, paragraphID("c/"+name, n))
		}
	}
	slices.Sort(out)
	return out
}

func TestSearchIssuerAndCountry(t *testing.T) {
	r := issuerReader(t)
	tests := []struct {
		name string
		req  SearchRequest
		want []string // paragraph IDs, in any order
	}{
		{"no filter", SearchRequest{Query: "sanctions"}, paras("a.txt", "b.txt", "c.txt", "d.txt")},
		{"issuer", SearchRequest{Issuers: []string{"Ned Price"}}, paras("a.txt")},
		{"issuer in any case", SearchRequest{Query: "sanctions", Issuers: []string{"ned PRICE"}}, paras("a.txt")},
		{"issuer by alias", SearchRequest{Issuers: []string{"Price"}}, paras("a.txt")},
		{"issuer as written though the gazetteer knows it by another name", SearchRequest{Issuers: []string{"Office of the Spokesperson"}}, paras("c.txt")},
		{"any of two issuers", SearchRequest{Issuers: []string{"Ned Price", "Zhao Lijian"}}, paras("a.txt", "b.txt")},
		{"unknown issuer", SearchRequest{Issuers: []string{"Nobody"}}, nil},
		{"country", SearchRequest{Countries: []string{"United States"}}, paras("a.txt", "c.txt")},
		{"country in any case", SearchRequest{Query: "sanctions", Countries: []string{"china"}}, paras("b.txt")},
		{"any of two countries", SearchRequest{Countries: []string{"China", "United States"}}, paras("a.txt", "b.txt", "c.txt")},
		{"issuer and country", SearchRequest{Issuers: []string{"Ned Price", "Zhao Lijian"}, Countries: []string{"China"}}, paras("b.txt")},
		{"issuer and another country", SearchRequest{Issuers: []string{"Ned Price"}, Countries: []string{"China"}}, nil},
		{"query issuer:", SearchRequest{Query: `issuer:"Zhao Lijian"`}, paras("b.txt")},
		{"query issuer: alias", SearchRequest{Query: "issuer:Price sanctions"}, paras("a.txt")},
		{"query issuer: as written", SearchRequest{Query: `issuer:"office of the spokesperson"`}, paras("c.txt")},
		{"query country:", SearchRequest{Query: `country:"United States"`}, paras("a.txt", "c.txt")},
		{"query country: without an issuer", SearchRequest{Query: `country:"United States" -issuer:"Ned Price"`}, paras("c.txt")},
		{"query country: prefix", SearchRequest{Query: "country:chin*"}, paras("b.txt")},
		{"query issuer: OR", SearchRequest{Query: `issuer:"Zhao Lijian" OR country:"United States"`}, paras("a.txt", "b.txt", "c.txt")},
		{"query and filter", SearchRequest{Query: "country:China", Issuers: []string{"Ned Price"}}, nil},
		{"country by formal name", SearchRequest{Countries: []string{"United States of America"}}, paras("a.txt", "c.txt")},
		{"country by code", SearchRequest{Query: "sanctions", Countries: []string{"CHN"}}, paras("b.txt")},
		{"country by code and name", SearchRequest{Countries: []string{"USA", "people's republic of china"}}, paras("a.txt", "b.txt", "c.txt")},
		{"unknown country filters to nothing", SearchRequest{Countries: []string{"Atlantis"}}, nil},
		{"unknown country beside a known one", SearchRequest{Countries: []string{"Atlantis", "USA"}}, paras("a.txt", "c.txt")},
		{"query country: by formal name", SearchRequest{Query: `country:"United States of America"`}, paras("a.txt", "c.txt")},
		{"query country: by code", SearchRequest{Query: "country:CHN OR issuer:Price"}, paras("a.txt", "b.txt")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req := tt.req
			req.Page, req.Size = 1, 100
			res, err := r.Search(context.Background(), req)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, h := range res.Hits {
				got = append(got, h.ID)
			}
			slices.Sort(got)
			if !slices.Equal(got, tt.want) || res.Total != uint64(len(tt.want)) {
				t.Errorf("total %d, hits %v; want %v", res.Total, got, tt.want)
			}
		})
	}
}

func TestFacetsIssuerAndCountry(t *testing.T) {
	r := issuerReader(t)
	tests := []struct {
		name            string
		req             SearchRequest
		issuer, country []FacetValue
	}{
		{
			name:    "all",
			req:     SearchRequest{Query: "sanctions"},
			issuer:  []FacetValue{{"Ned Price", 3}, {"Office of the Spokesperson", 2}, {"Zhao Lijian", 2}},
			country: []FacetValue{{"United States", 5}, {"China", 2}},
		},
		{
			// The other facets count the filtered matches, a filtered
			// facet those without its own filter (disjunctive.go).
			name:    "filtered by country: counts over the matches",
			req:     SearchRequest{Countries: []string{"United States"}},
			issuer:  []FacetValue{{"Ned Price", 3}, {"Office of the Spokesperson", 2}},
			country: []FacetValue{{"United States", 5}, {"China", 2}},
		},
		{
			name:    "filtered by issuer",
			req:     SearchRequest{Issuers: []string{"Zhao Lijian"}},
			issuer:  []FacetValue{{"Ned Price", 3}, {"Office of the Spokesperson", 2}, {"Zhao Lijian", 2}},
			country: []FacetValue{{"China", 2}},
		},
		{
			name:    "a document without issuer or country counts in neither",
			req:     SearchRequest{Query: `"Paragraph 1"`},
			issuer:  []FacetValue{{"Ned Price", 1}, {"Office of the Spokesperson", 1}, {"Zhao Lijian", 1}},
			country: []FacetValue{{"United States", 2}, {"China", 1}},
		},
		{
			// Nothing matches, but the issuers that would are listed.
			name:   "no match",
			req:    SearchRequest{Issuers: []string{"Nobody"}},
			issuer: []FacetValue{{"Ned Price", 3}, {"Office of the Spokesperson", 2}, {"Zhao Lijian", 2}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req := tt.req
			req.Page, req.Size = 1, 1 // facets count every match, not one page
			res, err := r.Search(context.Background(), req)
			if err != nil {
				t.Fatal(err)
			}
			if got := res.Facets[FacetIssuer]; !reflect.DeepEqual(got, tt.issuer) {
				t.Errorf("issuer facet %v, want %v", got, tt.issuer)
			}
			if got := res.Facets[FacetCountry]; !reflect.DeepEqual(got, tt.country) {
				t.Errorf("country facet %v, want %v", got, tt.country)
			}
		})
	}
}

// TestHitsAndDocumentCarryIssuer: every hit shows its document's issuer and
// country, also a hit on a paragraph other than the first (which stores
// them) with the first not among the hits.
func TestHitsAndDocumentCarryIssuer(t *testing.T) {
	r := issuerReader(t)
	for _, q := range []string{"sanctions", `"Paragraph 2"`} {
		res, err := r.Search(context.Background(), SearchRequest{Query: q, Page: 1, Size: 100})
		if err != nil {
			t.Fatal(err)
		}
		if res.Total == 0 {
			t.Fatalf("%s: no hits", q)
		}
		for _, h := range res.Hits {
			want := issuerCorpus[path.Base(h.DocID)]
			if h.Issuer != want.issuer || h.Country != want.country {
				t.Errorf("%s: hit %s issuer %q country %q, want %q %q", q, h.ID, h.Issuer, h.Country, want.issuer, want.country)
			}
		}
	}
	for name, want := range issuerCorpus {
		d, err := r.Document(context.Background(), "c/"+name, "")
		if err != nil {
			t.Fatal(err)
		}
		if d.Issuer != want.issuer || d.Country != want.country {
			t.Errorf("document %s: issuer %q country %q, want %q %q", name, d.Issuer, d.Country, want.issuer, want.country)
		}
	}
}

// TestResolveFilterValue: what each kind of filter value is looked up as
// (compiler.resolve), the canonical name first, and whether the gazetteer
// knows it (compiler.lookup): a state or person it knows is one no
// document has when nothing is found, not a misspelling.
func TestResolveFilterValue(t *testing.T) {
	c := &compiler{canonical: issuerCanonical, country: issuerCountry}
	tests := []struct {
		mode  canonMode
		value string
		want  []string
		known bool
	}{
		{byCountry, "United States of America", []string{"United States"}, true},
		{byCountry, "USA", []string{"United States"}, true}, // a code
		{byCountry, "United States", []string{"United States"}, true},
		{byCountry, "Chile", []string{"Chile"}, true},        // its own one name: known all the same
		{byCountry, "Atlantis", []string{"Atlantis"}, false}, // unknown: as given, still a filter
		{byCanonical, "Price", []string{"Ned Price"}, true},
		{byCanonical, "Nobody", []string{"Nobody"}, false},
		{byCanonicalOrGiven, "Price", []string{"Ned Price", "Price"}, true},
		{byCanonicalOrGiven, "ned price", []string{"Ned Price"}, true}, // the canonical name in another case
		{byCanonicalOrGiven, "Office of the Spokesperson", []string{"U.S. Department of State", "Office of the Spokesperson"}, true},
		{byCanonicalOrGiven, "Nobody", []string{"Nobody"}, false},
		{asGiven, "United States of America", []string{"United States of America"}, false},
		{asGiven, "Price", []string{"Price"}, false},
	}
	for _, tt := range tests {
		if got := c.resolve(tt.mode, tt.value); !slices.Equal(got, tt.want) {
			t.Errorf("resolve(%d, %q) = %q, want %q", tt.mode, tt.value, got, tt.want)
		}
		if got, known := c.lookup(tt.mode, tt.value); !slices.Equal(got, tt.want) || known != tt.known {
			t.Errorf("lookup(%d, %q) = %q, %v; want %q, %v", tt.mode, tt.value, got, known, tt.want, tt.known)
		}
	}
	// Without the gazetteer's helpers every value is as given, and unknown.
	for _, mode := range []canonMode{asGiven, byCanonical, byCanonicalOrGiven, byCountry} {
		if got, known := (&compiler{}).lookup(mode, "Price"); !slices.Equal(got, []string{"Price"}) || known {
			t.Errorf("no helpers: lookup(%d, Price) = %q, %v", mode, got, known)
		}
	}
}

// TestCompileCountryTerm: country: in the query is compiled as the
// country filter is, but a prefix or fuzzy word is of the names indexed.
func TestCompileCountryTerm(t *testing.T) {
	c := &compiler{canonical: issuerCanonical, country: issuerCountry}
	tests := []struct {
		query, want string
	}{
		{`country:"United States of America"`, `term "united states" in country_key`},
		{"country:USA", `term "united states" in country_key`},
		{"country:Atlantis", `term "atlantis" in country_key`},
		{"country:USA*", `prefix "usa" in country_key`},
		{"issuer:Price", `any of [term "ned price" in issuer_key, term "price" in issuer_key]`},
		{"speaker:Price", `term "ned price" in speaker_key`},
		{"source:Price", `term "price" in source_key`},
	}
	for _, tt := range tests {
		ast, err := ql.Parse(tt.query)
		if err != nil {
			t.Fatal(err)
		}
		q, err := c.compile(ast)
		if err != nil {
			t.Fatalf("%s: %v", tt.query, err)
		}
		if got := describe(q); got != tt.want {
			t.Errorf("%s compiles to %s, want %s", tt.query, got, tt.want)
		}
	}
}

// describe writes the term, prefix and disjunction queries compile makes
// of one keyword term.
func describe(q query.Query) string {
	switch q := q.(type) {
	case *query.TermQuery:
		return fmt.Sprintf("term %q in %s", q.Term, q.FieldVal)
	case *query.PrefixQuery:
		return fmt.Sprintf("prefix %q in %s", q.Prefix, q.FieldVal)
	case *query.DisjunctionQuery:
		var parts []string
		for _, d := range q.Disjuncts {
			parts = append(parts, describe(d))
		}
		return "any of [" + strings.Join(parts, ", ") + "]"
	}
	return fmt.Sprintf("%T", q)
}

// TestFiltersUnderstood: the filters as the search read them, which the
// page shows selected in their facets: the name the index holds each value
// under, once.
func TestFiltersUnderstood(t *testing.T) {
	r := issuerReader(t)
	tests := []struct {
		name string
		req  SearchRequest
		want map[string][]string
	}{
		{"none", SearchRequest{Query: "sanctions"}, nil},
		{"country by formal name and code, once", SearchRequest{Countries: []string{"United States of America", "USA", " united states "}},
			map[string][]string{FacetCountry: {"United States"}}},
		{"unknown country as given", SearchRequest{Countries: []string{"Atlantis"}}, map[string][]string{FacetCountry: {"Atlantis"}}},
		{"issuer by alias", SearchRequest{Issuers: []string{"Price"}}, map[string][]string{FacetIssuer: {"Ned Price"}}},
		// The gazetteer names the office otherwise, but the index holds
		// it as written.
		{"issuer as written", SearchRequest{Issuers: []string{"Office of the Spokesperson"}}, map[string][]string{FacetIssuer: {"Office of the Spokesperson"}}},
		// No paragraph has Ned Price speak: the name that finds nothing
		// stays as given, as UnknownName names it.
		{"speaker the index does not hold, as given", SearchRequest{Speakers: []string{"price"}}, map[string][]string{FacetSpeaker: {"price"}}},
		{"speaker with acts likewise", SearchRequest{Speakers: []string{"price"}, Acts: []string{"urged"}}, map[string][]string{FacetSpeaker: {"price"}}},
		// A source as its facet lists it, in any case; one the index
		// does not hold as given. Acts are slugs, not listed.
		{"source in another case as the facet lists it", SearchRequest{Sources: []string{"TEST"}}, map[string][]string{FacetSource: {"Test"}}},
		{"unknown source as given, acts not listed", SearchRequest{Sources: []string{"State"}, Acts: []string{"urged"}}, map[string][]string{FacetSource: {"State"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req := tt.req
			req.Page, req.Size = 1, 1
			res, err := r.Search(context.Background(), req)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(res.Filters, tt.want) {
				t.Errorf("Filters = %v, want %v", res.Filters, tt.want)
			}
		})
	}
}
