package index

import (
	"context"
	"path"
	"reflect"
	"slices"
	"strings"
	"testing"

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

func issuerReader(t *testing.T) *Reader {
	t.Helper()
	c := newTestCorpus(t)
	for name, doc := range issuerCorpus {
		c.write(name, docText("sanctions", doc.paragraphs))
	}
	c.build(func(o *BuildOptions) { o.Parse.Attributor = issuerAttributor{} })
	r, err := Open(c.index, ReaderOptions{Canonical: issuerCanonical})
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
			name:    "filtered by country: counts over the matches",
			req:     SearchRequest{Countries: []string{"United States"}},
			issuer:  []FacetValue{{"Ned Price", 3}, {"Office of the Spokesperson", 2}},
			country: []FacetValue{{"United States", 5}},
		},
		{
			name:    "filtered by issuer",
			req:     SearchRequest{Issuers: []string{"Zhao Lijian"}},
			issuer:  []FacetValue{{"Zhao Lijian", 2}},
			country: []FacetValue{{"China", 2}},
		},
		{
			name:    "a document without issuer or country counts in neither",
			req:     SearchRequest{Query: `"Paragraph 1"`},
			issuer:  []FacetValue{{"Ned Price", 1}, {"Office of the Spokesperson", 1}, {"Zhao Lijian", 1}},
			country: []FacetValue{{"United States", 2}, {"China", 1}},
		},
		{
			name: "no match",
			req:  SearchRequest{Issuers: []string{"Nobody"}},
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
