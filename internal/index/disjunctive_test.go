package index_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/readouts/readouts/internal/index"
	"github.com/readouts/readouts/internal/readout"
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
// walk of the matches the facets counted apart take, one whatever the
// facets filtered, so that a speaker filter weighs twice what the same
// speaker as a query term does, and filters on two facets no more: they
// used to take a search each (three in all).
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
	tests := []struct {
		name   string
		filter index.SearchRequest
		terms  string // the same filters as query terms
	}{
		{"a speaker", index.SearchRequest{Query: "Ukraine", Speakers: []string{"Joe Biden"}}, `Ukraine speaker:"Joe Biden"`},
		{"a speaker and a country", index.SearchRequest{Query: "Ukraine", Speakers: []string{"Joe Biden"}, Countries: []string{"United States"}},
			`Ukraine speaker:"Joe Biden" country:"United States"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			term, filter := cost(index.SearchRequest{Query: tt.terms}), cost(tt.filter)
			if term.Postings == 0 || filter.Postings != 2*term.Postings {
				t.Errorf("postings with filters %d, as query terms %d: want twice", filter.Postings, term.Postings)
			}
		})
	}
}

// TestFacetsCountedInOneWalk: the facets filtered on are counted in one
// walk of the matches, each match checked against the filters in the facet
// table (step 46 of docs/BENCHMARKS.md), where each used to be counted by
// a search of its own; browsing with one facet filtered, from the
// generation's counts. With several filters at once, on every facet, with
// dates, a turn, spellings in other cases and a name nobody has, each
// filtered facet must list what that search, the request without the
// facet's filter, counts: every value, in the same order.
func TestFacetsCountedInOneWalk(t *testing.T) {
	ctx := context.Background()
	r := testindex.Shared(t, testindex.Root()+"/testdata/sample")
	search := func(t *testing.T, req index.SearchRequest) *index.SearchResult {
		t.Helper()
		req.Page, req.Size, req.FacetSize = 1, 10, -1
		res, err := r.Search(ctx, req)
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	// top is the i-th value of facet among the matches of Ukraine (the
	// first values share many paragraphs, so the filters overlap).
	all := search(t, index.SearchRequest{Query: "Ukraine"}).Facets
	top := func(facet string, i int) string {
		if len(all[facet]) <= i {
			t.Fatalf("%s: %d values, want more than %d", facet, len(all[facet]), i)
		}
		return all[facet][i].Value
	}
	from, _ := readout.ParseDate("2022-03")
	to, _ := readout.ParseDate("2023-06")
	sp, act, men, src, iss, cty := index.FacetSpeaker, index.FacetAct, index.FacetMention, index.FacetSource, index.FacetIssuer, index.FacetCountry
	tests := []struct {
		name string
		req  index.SearchRequest
	}{
		{"two speakers, a mention and a source", index.SearchRequest{Query: "Ukraine",
			Speakers: []string{top(sp, 0), top(sp, 1)}, Mentions: []string{top(men, 0)}, Sources: []string{top(src, 0)}}},
		{"a speaker, an act and a country", index.SearchRequest{Query: "Ukraine",
			Speakers: []string{top(sp, 0)}, Acts: []string{top(act, 0), top(act, 1)}, Countries: []string{top(cty, 0)}}},
		{"an act, a mention and an issuer", index.SearchRequest{Query: "Ukraine",
			Acts: []string{top(act, 0)}, Mentions: []string{top(men, 1)}, Issuers: []string{top(iss, 0)}}},
		{"every facet, with dates", index.SearchRequest{Query: "Ukraine", From: from, To: to,
			Speakers: []string{top(sp, 0), top(sp, 2)}, Acts: []string{top(act, 0)}, Mentions: []string{top(men, 0)},
			Sources: []string{top(src, 0), top(src, 1)}, Issuers: []string{top(iss, 0)}, Countries: []string{top(cty, 0), top(cty, 1)}}},
		{"browsing: two countries, a source, answers", index.SearchRequest{
			Countries: []string{top(cty, 0), top(cty, 1)}, Sources: []string{top(src, 0)}, Turn: index.TurnAnswer}},
		{"browsing by dates: a speaker and a mention", index.SearchRequest{From: from, To: to,
			Speakers: []string{top(sp, 1)}, Mentions: []string{top(men, 0)}}},
		{"other cases: a speaker, a source, an act", index.SearchRequest{Query: "Ukraine",
			Speakers: []string{strings.ToLower(top(sp, 0))}, Sources: []string{strings.ToUpper(top(src, 0))}, Acts: []string{strings.ToUpper(top(act, 0))}}},
		{"a speaker nobody has and a mention", index.SearchRequest{Query: "Ukraine",
			Speakers: []string{"Nobody Atall"}, Mentions: []string{top(men, 0)}}},
		{"a speaker and an act nobody did, a country", index.SearchRequest{Query: "Ukraine",
			Speakers: []string{top(sp, 0)}, Acts: []string{"no-such-act"}, Countries: []string{top(cty, 0)}}},
		// One facet filtered and nothing else: the generation's counts.
		{"browsing: one speaker", index.SearchRequest{Speakers: []string{top(sp, 1)}}},
		{"browsing: two countries", index.SearchRequest{Countries: []string{top(cty, 0), top(cty, 1)}}},
		{"browsing: an act", index.SearchRequest{Acts: []string{top(act, 0)}}},
	}
	own := func(req *index.SearchRequest, facet string) *[]string {
		return map[string]*[]string{sp: &req.Speakers, men: &req.Mentions, src: &req.Sources, iss: &req.Issuers, cty: &req.Countries, act: &req.Acts}[facet]
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := search(t, tt.req)
			filtered := 0
			for _, facet := range index.ListFacets {
				if len(*own(&tt.req, facet)) == 0 {
					continue
				}
				filtered++
				others := tt.req
				*own(&others, facet) = nil
				want := search(t, others).Facets[facet]
				if !slices.Equal(got.Facets[facet], want) {
					t.Errorf("%s facet counted in the walk:\n%v\nthe search without its filter:\n%v", facet, got.Facets[facet], want)
				}
			}
			if filtered < 2 && tt.req.Query != "" {
				t.Fatalf("%d facets filtered; the case needs several", filtered)
			}
		})
	}
}
