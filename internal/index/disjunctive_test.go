package index_test

import (
	"context"
	"testing"

	"github.com/readouts/readouts/internal/index"
	"github.com/readouts/readouts/internal/testindex"
)

// TestFacetsWithoutOwnFilter: two values of one facet are either of them,
// and the counts that facet shows are those of the search without its own
// filter, the other filters kept (disjunctive facets), so that each count
// is what the value alone finds and a third value can be added. On the
// sample, q=Ukraine with speakers Antony Blinken and Joe Biden listed
// Senior Administration Official 37 (the paragraphs he shared with them);
// alone he finds 182. The other facets count the selection as before.
func TestFacetsWithoutOwnFilter(t *testing.T) {
	ctx := context.Background()
	r := testindex.Shared(t, testindex.Root()+"/testdata/sample")
	search := func(t *testing.T, req index.SearchRequest) *index.SearchResult {
		t.Helper()
		req.Page, req.Size = 1, 1000
		res, err := r.Search(ctx, req)
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	// each says which request a value of a facet is counted with: the
	// request with the value in place of the facet's filter, or added to
	// the other facets' filters.
	withValue := func(req index.SearchRequest, facet, v string, own bool) index.SearchRequest {
		field := map[string]*[]string{
			index.FacetSpeaker: &req.Speakers, index.FacetMention: &req.Mentions, index.FacetSource: &req.Sources,
			index.FacetIssuer: &req.Issuers, index.FacetCountry: &req.Countries, index.FacetAct: &req.Acts,
		}[facet]
		if own {
			*field = []string{v}
		} else {
			*field = append(append([]string(nil), *field...), v)
		}
		return req
	}
	tests := []struct {
		name     string
		req      index.SearchRequest
		selected map[string][]string // facet -> values the request filters on
	}{
		{"two speakers", index.SearchRequest{Query: "Ukraine", Speakers: []string{"Antony Blinken", "Joe Biden"}},
			map[string][]string{index.FacetSpeaker: {"Antony Blinken", "Joe Biden"}}},
		{"two speakers and a country", index.SearchRequest{Query: "Ukraine", Speakers: []string{"Antony Blinken", "Joe Biden"}, Countries: []string{"United States"}},
			map[string][]string{index.FacetSpeaker: {"Antony Blinken", "Joe Biden"}, index.FacetCountry: {"United States"}}},
		{"two countries, browsing", index.SearchRequest{Countries: []string{"Germany", "Japan"}},
			map[string][]string{index.FacetCountry: {"Germany", "Japan"}}},
		{"a speaker and two acts", index.SearchRequest{Query: "Ukraine", Speakers: []string{"Joe Biden"}, Acts: []string{"agreed", "stressed"}},
			map[string][]string{index.FacetSpeaker: {"Joe Biden"}, index.FacetAct: {"agreed", "stressed"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := search(t, tt.req)
			// Either value: the union of what each finds with the other filters.
			for facet, vals := range tt.selected {
				union := map[string]bool{}
				for _, v := range vals {
					for _, h := range search(t, withValue(tt.req, facet, v, true)).Hits {
						union[h.ID] = true
					}
				}
				if int(res.Total) != len(union) {
					t.Errorf("%s %v: %d paragraphs, want %d, the union of each value's", facet, vals, res.Total, len(union))
				}
			}
			for _, facet := range index.ListFacets {
				_, own := tt.selected[facet]
				listed := map[string]bool{}
				for i, fv := range res.Facets[facet] {
					listed[fv.Value] = true
					if i >= 5 {
						continue // the first few are enough, each a search
					}
					if want := search(t, withValue(tt.req, facet, fv.Value, own)).Total; uint64(fv.Count) != want {
						t.Errorf("%s %q counts %d; its filter finds %d (own filter: %v)", facet, fv.Value, fv.Count, want, own)
					}
				}
				for _, v := range tt.selected[facet] {
					if !listed[v] {
						t.Errorf("%s %q, selected, is not listed", facet, v)
					}
				}
			}
		})
	}
}

// TestFacetsKeepSelected: a value selected with a small count is listed
// after the facet's first values, so that the page shows it selected.
func TestFacetsKeepSelected(t *testing.T) {
	r := testindex.Shared(t, testindex.Root()+"/testdata/sample")
	all, err := r.Search(context.Background(), index.SearchRequest{Query: "Ukraine", Page: 1, Size: 1, FacetSize: -1})
	if err != nil {
		t.Fatal(err)
	}
	speakers := all.Facets[index.FacetSpeaker]
	if len(speakers) < 5 {
		t.Fatalf("%d speakers; want at least 5", len(speakers))
	}
	rare := speakers[len(speakers)-1]
	res, err := r.Search(context.Background(), index.SearchRequest{Query: "Ukraine", Speakers: []string{speakers[0].Value, rare.Value}, Page: 1, Size: 1, FacetSize: 3})
	if err != nil {
		t.Fatal(err)
	}
	got := res.Facets[index.FacetSpeaker]
	if len(got) != 4 || got[0] != speakers[0] || got[3] != rare {
		t.Errorf("speakers %v; want the first 3 of %v..., then %v", got, speakers[:3], rare)
	}
}

// TestFacetCountsApartCost: the cost a search is admitted with counts the
// matches each facet counted apart walks again, so that a search with
// filters on two facets is weighed as the three searches it runs. The
// same speaker as a query term is one search.
func TestFacetCountsApartCost(t *testing.T) {
	r := testindex.Shared(t, testindex.Root()+"/testdata/sample")
	cost := func(req index.SearchRequest) index.Cost {
		var c index.Cost
		req.Page, req.Size = 1, 10
		req.Admit = func(_ context.Context, got index.Cost) (func(), error) { c = got; return func() {}, nil }
		if _, err := r.Search(context.Background(), req); err != nil {
			t.Fatal(err)
		}
		return c
	}
	term := cost(index.SearchRequest{Query: `Ukraine speaker:"Joe Biden"`})
	filter := cost(index.SearchRequest{Query: "Ukraine", Speakers: []string{"Joe Biden"}})
	if term.Postings == 0 || filter.Postings != 2*term.Postings {
		t.Errorf("postings with a speaker filter %d, as a query term %d: want twice", filter.Postings, term.Postings)
	}
	two := cost(index.SearchRequest{Query: "Ukraine", Speakers: []string{"Joe Biden"}, Acts: []string{"agreed"}})
	if two.Postings <= filter.Postings {
		t.Errorf("postings with speaker and act filters %d, with the speaker's %d: want more", two.Postings, filter.Postings)
	}
}
