package index_test

import (
	"context"
	"reflect"
	"slices"
	"testing"

	"github.com/readouts/readouts/internal/index"
	"github.com/readouts/readouts/internal/testindex"
)

// TestCountryFilterAnyForm tells the story of a bug: once every document's
// country became one name per state (gazetteer.CanonicalCountry: the UN
// General Debate's "Russian Federation" is indexed as "Russia"), a bookmark
// or saved search with country=Russian Federation found nothing, silently.
// A country filter, in the request or the query, is now read as the
// indexer reads a header: every form of the state's name, and its code,
// find what the one name finds, through every entry point that takes
// filters (search, facet lists, export, timeline).
func TestCountryFilterAnyForm(t *testing.T) {
	r := testindex.Shared(t, testindex.Root()+"/testdata/sample")
	ctx := context.Background()
	countries := func(cs ...string) index.SearchRequest {
		return index.SearchRequest{Countries: cs, Page: 1, Size: 10}
	}
	query := func(q string) index.SearchRequest { return index.SearchRequest{Query: q, Page: 1, Size: 10} }
	tests := []struct {
		name      string
		req, same index.SearchRequest
		filters   map[string][]string // SearchResult.Filters of req
	}{
		{"formal name (UN General Debate header)", countries("Russian Federation"), countries("Russia"), map[string][]string{"country": {"Russia"}}},
		{"formal name in another case", countries("russian federation"), countries("Russia"), map[string][]string{"country": {"Russia"}}},
		{"another formal name", countries("Republic of Russia"), countries("Russia"), map[string][]string{"country": {"Russia"}}},
		{"ISO 3166-1 alpha-3 code", countries("RUS"), countries("Russia"), map[string][]string{"country": {"Russia"}}},
		{"a code in lower case", countries("rus"), countries("Russia"), map[string][]string{"country": {"Russia"}}},
		{"the file's code", countries("US"), countries("United States"), map[string][]string{"country": {"United States"}}},
		{"curly apostrophe", countries("People’s Republic of China"), countries("China"), map[string][]string{"country": {"China"}}},
		{"ISO-style inversion", countries("Germany, Federal Republic of"), countries("Germany"), map[string][]string{"country": {"Germany"}}},
		{"two forms of one state are one value", countries("French Republic", "France"), countries("France"), map[string][]string{"country": {"France"}}},
		{"two states", countries("Republic of India", "United Kingdom of Great Britain and Northern Ireland"), countries("India", "United Kingdom"),
			map[string][]string{"country": {"India", "United Kingdom"}}},
		{"with a query", index.SearchRequest{Query: "sanctions", Countries: []string{"Russian Federation"}, Page: 1, Size: 10},
			index.SearchRequest{Query: "sanctions", Countries: []string{"Russia"}, Page: 1, Size: 10}, map[string][]string{"country": {"Russia"}}},
		{"query country:", query(`country:"Russian Federation" sanctions`), query("country:Russia sanctions"), nil},
		{"query country: by its code in lower case", query("country:rus sanctions"), query("country:Russia sanctions"), nil},
		{"speaker by a misspelling", index.SearchRequest{Speakers: []string{"Wang Yias"}, Page: 1, Size: 10},
			index.SearchRequest{Speakers: []string{"Wang Yi"}, Page: 1, Size: 10}, map[string][]string{"speaker": {"Wang Yi"}}},
		{"speaker by a misspelling, with an act", index.SearchRequest{Speakers: []string{"Wang Yias"}, Acts: []string{"urged"}, Page: 1, Size: 10},
			index.SearchRequest{Speakers: []string{"Wang Yi"}, Acts: []string{"urged"}, Page: 1, Size: 10}, map[string][]string{"speaker": {"Wang Yi"}}},
		{"issuer by surname", index.SearchRequest{Issuers: []string{"Blinken"}, Page: 1, Size: 10},
			index.SearchRequest{Issuers: []string{"Antony Blinken"}, Page: 1, Size: 10}, map[string][]string{"issuer": {"Antony Blinken"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want, err := r.Search(ctx, tt.same)
			if err != nil {
				t.Fatal(err)
			}
			if want.Total == 0 {
				t.Fatalf("%+v finds nothing: the case tests nothing", tt.same)
			}
			req := tt.req
			req.Suggest = true // and so the names nobody has (Unknown)
			got, err := r.Search(ctx, req)
			if err != nil {
				t.Fatal(err)
			}
			if len(got.Unknown) > 0 {
				t.Errorf("Unknown = %+v, want none", got.Unknown)
			}
			if got.Total != want.Total || !reflect.DeepEqual(got.Facets[index.FacetCountry], want.Facets[index.FacetCountry]) {
				t.Errorf("total %d, country facet %v; want %d, %v as with %v%v", got.Total, got.Facets[index.FacetCountry],
					want.Total, want.Facets[index.FacetCountry], tt.same.Countries, tt.same.Query)
			}
			if !reflect.DeepEqual(got.Filters, tt.filters) {
				t.Errorf("Filters = %v, want %v", got.Filters, tt.filters)
			}
		})
	}
}

// TestCountryFilterUnknown: a country nobody knows still filters, to
// nothing, rather than failing or being dropped; it is understood as given
// and said to name nobody (not silently).
func TestCountryFilterUnknown(t *testing.T) {
	r := testindex.Shared(t, testindex.Root()+"/testdata/sample")
	for _, req := range []index.SearchRequest{
		{Countries: []string{"Atlantis"}, Page: 1, Size: 10, Suggest: true},
		{Query: "country:Atlantis", Page: 1, Size: 10, Suggest: true},
	} {
		res, err := r.Search(context.Background(), req)
		if err != nil {
			t.Fatalf("%+v: %v", req, err)
		}
		if res.Total != 0 {
			t.Errorf("%+v: total %d, want 0", req, res.Total)
		}
		if want := map[string][]string{"country": {"Atlantis"}}; req.Query == "" && !reflect.DeepEqual(res.Filters, want) {
			t.Errorf("Filters = %v, want %v", res.Filters, want)
		}
		if len(res.Unknown) != 1 || res.Unknown[0].Field != index.FacetCountry || res.Unknown[0].Value != "Atlantis" {
			t.Errorf("Unknown = %+v, want the country Atlantis", res.Unknown)
		}
	}
}

// TestCountryFilterEntryPoints: the facet lists, the export and the
// timeline compile their filters as the search does.
func TestCountryFilterEntryPoints(t *testing.T) {
	r := testindex.Shared(t, testindex.Root()+"/testdata/sample")
	ctx := context.Background()
	count := map[string]func(index.SearchRequest) (uint64, error){
		"facet list": func(req index.SearchRequest) (uint64, error) {
			l, err := r.FacetValues(ctx, req, index.FacetSpeaker, "", 10)
			if err != nil {
				return 0, err
			}
			return l.Total, nil
		},
		"export": func(req index.SearchRequest) (uint64, error) {
			e, err := r.Export(ctx, req, index.ExportOptions{})
			if err != nil {
				return 0, err
			}
			defer e.Close()
			return e.Total(), nil
		},
		"timeline": func(req index.SearchRequest) (uint64, error) {
			tl, err := r.Timeline(ctx, index.TimelineRequest{By: index.FacetCountry, Interval: index.IntervalYear, Filters: req})
			if err != nil {
				return 0, err
			}
			return tl.Total, nil
		},
	}
	for name, n := range count {
		t.Run(name, func(t *testing.T) {
			want, err := n(index.SearchRequest{Query: "sanctions", Countries: []string{"Russia"}})
			if err != nil {
				t.Fatal(err)
			}
			got, err := n(index.SearchRequest{Query: "sanctions", Countries: []string{"Russian Federation"}})
			if err != nil {
				t.Fatal(err)
			}
			if want == 0 || got != want {
				t.Errorf("country=Russian Federation: %d, want %d as country=Russia (not 0)", got, want)
			}
		})
	}
}

// TestUnknownNameKnownToGazetteer tells the story of a misleading notice:
// country=Chile, a state no document of the sample has, said "No country
// named “Chile”; did you mean: China?". A value the gazetteer knows (a
// state in any form or by its code; a person) is now Known, with no
// look-alikes; a value it does not know keeps them (Germny → Germany).
func TestUnknownNameKnownToGazetteer(t *testing.T) {
	r := testindex.Shared(t, testindex.Root()+"/testdata/sample")
	tests := []struct {
		name  string
		req   index.SearchRequest
		field string
		value string
		known bool
		among string // a candidate offered; "" for none at all
	}{
		{"state no document has", index.SearchRequest{Countries: []string{"Chile"}}, "country", "Chile", true, ""},
		{"its formal name", index.SearchRequest{Query: "sanctions", Countries: []string{"Republic of Chile"}}, "country", "Republic of Chile", true, ""},
		{"its code", index.SearchRequest{Countries: []string{"CHL"}}, "country", "CHL", true, ""},
		{"in the query", index.SearchRequest{Query: "country:Chile"}, "country", "Chile", true, ""},
		{"a person who never speaks here", index.SearchRequest{Speakers: []string{"Mike Pompeo"}}, "speaker", "Mike Pompeo", true, ""},
		{"misspelt state", index.SearchRequest{Countries: []string{"Germny"}}, "country", "Germny", false, "Germany"},
		{"misspelt person", index.SearchRequest{Speakers: []string{"Blinkn"}}, "speaker", "Blinkn", false, "Antony Blinken"},
		{"no state at all", index.SearchRequest{Countries: []string{"Atlantis"}}, "country", "Atlantis", false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u := oneUnknown(t, r, tt.req)
			if u.Field != tt.field || u.Value != tt.value || u.Known != tt.known {
				t.Errorf("Unknown = %+v, want %s %q known %v", u, tt.field, tt.value, tt.known)
			}
			switch {
			case tt.known && len(u.Candidates) > 0:
				t.Errorf("known name %q offers look-alikes %v", tt.value, u.Candidates)
			case tt.among != "" && !slices.Contains(u.Candidates, tt.among):
				t.Errorf("candidates %v, want %s among them", u.Candidates, tt.among)
			case u.Candidates == nil:
				t.Errorf("candidates nil, want [] (the API's did_you_mean is an array)")
			}
		})
	}
}

// TestCrossTabFilters: a grid and a timeline report their filters as the
// index holds them, as a search does, so that the links of their cells
// and bars name each filter once.
func TestCrossTabFilters(t *testing.T) {
	r := testindex.Shared(t, testindex.Root()+"/testdata/sample")
	ctx := context.Background()
	tests := []struct {
		name    string
		filters index.SearchRequest
		want    map[string][]string
	}{
		{"old form", index.SearchRequest{Countries: []string{"Russian Federation"}}, map[string][]string{"country": {"Russia"}}},
		{"both forms once", index.SearchRequest{Countries: []string{"Russian Federation", "Russia"}}, map[string][]string{"country": {"Russia"}}},
		{"speaker alias", index.SearchRequest{Speakers: []string{"Wang Yias"}}, map[string][]string{"speaker": {"Wang Yi"}}},
		{"none", index.SearchRequest{}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			grid, err := r.Grid(ctx, index.GridRequest{Queries: []string{"sanctions", "Ukraine"}, By: index.FacetCountry, Filters: tt.filters})
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(grid.Filters, tt.want) {
				t.Errorf("grid Filters = %v, want %v", grid.Filters, tt.want)
			}
			req := tt.filters
			req.Query = "sanctions"
			tl, err := r.Timeline(ctx, index.TimelineRequest{By: index.FacetCountry, Interval: index.IntervalYear, Filters: req})
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(tl.Filters, tt.want) {
				t.Errorf("timeline Filters = %v, want %v", tl.Filters, tt.want)
			}
		})
	}
}
