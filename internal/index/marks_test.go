package index

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/search"

	ql "github.com/readouts/readouts/internal/query"
)

// markQueries are queries of the sample corpus: the cases written below,
// a word of every 13th term of the text's and the title's dictionaries,
// and pairs of those words.
func markQueries(t *testing.T, g *generation) []string {
	t.Helper()
	qs := []string{
		"sanctions", "Ukraine", "climate change", "human rights", "security council reform",
		"Taiwan OR Ukraine", "(Taiwan OR Ukraine) -China", "president NOT Biden",
		"title:readout", "text:sanctions", "title:secretary text:secretary", "-text:president Secretary",
		"year:2022 cooperation", "date:2021-05 Secretary", "the Secretary", "Secretary's",
		"U.S.", "United States of America", `"nuclear"~2`, "minsk xylophone",
		"sanction*", `"human rights"`, "Blinkin~", // read from the index: not compared
		"Blinken Lavrov Wang", "readout call OR meeting", "Erdogan", "Erdoğan", "Antonio Guterres", "Lopez",
	}
	for _, field := range []string{fieldText, fieldTitle} {
		dict, err := g.idx.FieldDict(field)
		if err != nil {
			t.Fatal(err)
		}
		for i := 0; ; i++ {
			e, err := dict.Next()
			if err != nil {
				t.Fatal(err)
			}
			if e == nil {
				break
			}
			if i%13 == 0 && !strings.ContainsAny(e.Term, `"*~():-`) {
				qs = append(qs, e.Term)
			}
		}
		dict.Close()
	}
	// Two words: held together (both required), the partial search's
	// retry when no paragraph holds both, either, one without the other.
	words := qs[len(qs)-len(qs)/2:]
	for i := 0; i+1 < len(words); i += 2 {
		a, b := words[i], words[i+1]
		qs = append(qs, []string{a + " " + b, a + " OR " + b, a + " -" + b, "title:" + a + " " + b}[i/2%4])
	}
	return qs
}

// TestWordLocationsMatchIndex: for a query of plain words, the locations
// found by analysing a hit again (marks.go) are the locations the index
// gives, in the text and the title, for every match of many queries; and
// Search returns the same hits, snippets and marks with either.
func TestWordLocationsMatchIndex(t *testing.T) {
	if testing.Short() {
		t.Skip("indexes the sample corpus")
	}
	r, g := openCurrent(t, plainSampleIndex(t))
	ctx := context.Background()
	var compared, hits, located int
	queries := markQueries(t, g)
	for n, text := range queries {
		ast, err := ql.Parse(text)
		if err != nil {
			continue // a dictionary term the query language reads otherwise
		}
		c := &compiler{analyzer: g.idx.Mapping().AnalyzerNamed(textAnalyzer), runs: g.docRuns}
		q, err := c.compile(ast)
		if err != nil || q == nil {
			continue
		}
		if !c.reanalyses() {
			located++
			continue
		}
		req := SearchRequest{Query: text, Page: 1, Size: 300}
		res, err := g.idx.SearchInContext(ctx, r.request(g, q, req))
		if err != nil {
			t.Fatal(err)
		}
		if res.Total == 0 {
			if alt := partial(ast, c); alt != nil {
				if res, err = g.idx.SearchInContext(ctx, r.request(g, alt, req)); err != nil {
					t.Fatal(err)
				}
			}
		}
		meta, err := hitMeta(g.idx, &g.docMeta, res.Hits)
		if err != nil {
			t.Fatal(err)
		}
		paras, err := hitParagraphs(g, res.Hits)
		if err != nil {
			t.Fatal(err)
		}
		for _, h := range res.Hits {
			docID, _ := splitParagraphID(h.ID)
			want := positions(h.Locations)
			got := positions(c.wordLocations(paras[h.ID].Text, meta[docID].title))
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%q, %s:\n got %v\nwant %v", text, h.ID, got, want)
			}
			hits++
		}
		if n%3 == 0 { // the whole search, a third of the queries
			searchBoth(t, r, SearchRequest{Query: text, Page: 1, Size: 10})
			searchBoth(t, r, SearchRequest{Query: text, Page: 2, Size: 10, Group: GroupDocument})
		}
		compared++
	}
	if compared < 500 || hits < 10000 || located < 2 {
		t.Errorf("compared %d queries (%d hits), %d read locations from the index: fewer than expected", compared, hits, located)
	}
	t.Logf("%d queries, %d hits compared; %d queries read locations from the index", compared, hits, located)
}

// searchBoth runs req with locations from the index and from analysis, and
// compares the results.
func searchBoth(t *testing.T, r *Reader, req SearchRequest) {
	t.Helper()
	run := func(off bool) *SearchResult {
		reanalysisOff.Store(off)
		defer reanalysisOff.Store(false)
		res, err := r.Search(context.Background(), req)
		if err != nil {
			t.Fatalf("%q: %v", req.Query, err)
		}
		return res
	}
	want, got := run(true), run(false)
	if got.Total != want.Total || !reflect.DeepEqual(got.Hits, want.Hits) {
		t.Errorf("%q page %d %s: Search with reanalysis differs:\n got %d %+v\nwant %d %+v", req.Query, req.Page, req.Group, got.Total, got.Hits, want.Total, want.Hits)
	}
}

// positions are the text's and title's locations as "field term" → sorted
// positions: what matchSpans reads.
func positions(locs search.FieldTermLocationMap) map[string][]uint64 {
	out := map[string][]uint64{}
	for _, f := range []string{fieldText, fieldTitle} {
		for term, ls := range locs[f] {
			for _, l := range ls {
				k := fmt.Sprintf("%s %s", f, term)
				out[k] = append(out[k], l.Pos)
			}
		}
	}
	for _, p := range out {
		slices.Sort(p)
	}
	return out
}

// TestReanalysesOnlyPlainWords: a query marks by analysis only when every
// word of its text and title is a term query; a phrase, window, prefix or
// fuzzy word anywhere but under a negation needs the index's locations.
func TestReanalysesOnlyPlainWords(t *testing.T) {
	tests := []struct {
		query string
		want  bool
	}{
		{"sanctions", true},
		{"climate change", true},
		{"Taiwan OR Ukraine", true},
		{"(Taiwan OR Ukraine) -China", true},
		{`"sanctions"`, false},    // a quoted word is a phrase of one word (phrase.go)
		{`"sanctions"~2`, true},   // a window of one word is one term
		{"speaker:Wang*", true},   // keyword fields are not marked
		{"year:2022 peace", true}, //
		{`-"human rights" peace`, true},
		{`-sanction* peace`, true},
		{`"human rights"`, false},
		{"COVID-19", true},    // a code is one word (codes.go)
		{"U.S.-China", false}, // a word the analyzer splits is a phrase
		{"sanction*", false},
		{"Blinkin~", false},
		{`"climate change"~3`, false},
		{"title:sanction* peace", false},
		{`peace OR "human rights"`, false},
	}
	m, err := newMapping()
	if err != nil {
		t.Fatal(err)
	}
	a := m.AnalyzerNamed(textAnalyzer)
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			ast, err := ql.Parse(tt.query)
			if err != nil {
				t.Fatal(err)
			}
			c := &compiler{analyzer: a}
			if _, err := c.compile(ast); err != nil {
				t.Fatal(err)
			}
			if got := c.reanalyses(); got != tt.want {
				t.Errorf("reanalyses() = %v, want %v", got, tt.want)
			}
		})
	}
}
