package index

import (
	"context"
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
)

// TestPhraseMatchesBleve: the phrase searcher (phrase.go) finds the same
// paragraphs as Bleve's, with the same scores and the same phrase
// locations, for phrases taken from the test corpus (stop words, repeated
// words and words split by the analyzer among them), in the text, in the
// title and in both as the compiler asks for them.
func TestPhraseMatchesBleve(t *testing.T) {
	dir := t.TempDir()
	if _, err := Build(context.Background(), BuildOptions{Dir: dir, Corpus: []string{"testdata/corpus"}, Fingerprint: "test"}); err != nil {
		t.Fatal(err)
	}
	_, g := openCurrent(t, dir)
	a := g.idx.Mapping().AnalyzerNamed(textAnalyzer)

	phrases := []string{"secretary of state", "prime minister", "the united states and", "COVID-19", "human rights",
		"Taiwan Taiwan", "foreign minister wang yi", "of the", "no such phrase anywhere", "state state of"}
	// Runs of two to four words from the paragraphs themselves.
	rng := rand.New(rand.NewPCG(3, 4))
	all, err := g.idx.Search(bleve.NewSearchRequestOptions(query.NewMatchAllQuery(), 400, 0, false))
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range all.Hits {
		ps, err := hitParagraphs(g, search.DocumentMatchCollection{h})
		if err != nil {
			t.Fatal(err)
		}
		words := strings.Fields(ps[h.ID].Text)
		if len(words) < 6 {
			continue
		}
		n := 2 + rng.IntN(3)
		i := rng.IntN(len(words) - n)
		phrases = append(phrases, strings.Join(words[i:i+n], " "))
	}

	// Bleve's phrase of the words a query asks for: a code's parts
	// (codes.go) are left out, which its MatchPhraseQuery would keep.
	bleveQ := func(field, text string, boost float64) query.Query {
		p := query.NewMultiPhraseQuery(mustPhrase(t, field, a, text).slots, field)
		p.SetBoost(boost)
		return p
	}
	oursQ := func(field, text string, boost float64) query.Query {
		p := mustPhrase(t, field, a, text)
		p.SetBoost(boost)
		p.stops = nil // Bleve's phrase lets a stop word's gap be any word (TestPhraseStopWords)
		return p
	}
	both := func(mk func(string, string, float64) query.Query, text string) query.Query {
		return query.NewDisjunctionQuery([]query.Query{mk(fieldText, text, 1), mk(fieldTitle, text, titleBoost)})
	}
	matched := 0
	for _, text := range phrases {
		if mustPhrase(t, fieldText, a, text) == nil {
			continue
		}
		for _, c := range []struct {
			name       string
			want, have query.Query
		}{
			{"text", bleveQ(fieldText, text, 1), oursQ(fieldText, text, 1)},
			{"title", bleveQ(fieldTitle, text, 1), oursQ(fieldTitle, text, 1)},
			{"text or title", both(bleveQ, text), both(oursQ, text)},
		} {
			want, have := phraseSearch(t, g.idx, c.want), phraseSearch(t, g.idx, c.have)
			if want != have {
				t.Fatalf("%s %q:\n ours  %s\n Bleve %s", c.name, text, have, want)
			}
			if !strings.HasPrefix(want, "0 ") {
				matched++
			}
		}
	}
	if matched < len(phrases) {
		t.Fatalf("only %d of %d searches matched anything: too few to compare", matched, 3*len(phrases))
	}
	t.Logf("%d phrases, %d searches with matches", len(phrases), matched)
}

// phraseSearch runs q for 500 hits with locations and describes the result:
// total, then each hit's ID, score and sorted locations.
func phraseSearch(t *testing.T, idx bleve.Index, q query.Query) string {
	t.Helper()
	sr := bleve.NewSearchRequestOptions(q, 500, 0, false)
	sr.IncludeLocations = true
	sr.SortBy([]string{"-_score", "_id"})
	res, err := idx.Search(sr)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%d ", res.Total)
	for _, h := range res.Hits {
		fmt.Fprintf(&b, "%s %.12g", h.ID, h.Score)
		for _, f := range slices.Sorted(maps.Keys(h.Locations)) {
			for _, term := range slices.Sorted(maps.Keys(h.Locations[f])) {
				var ps []uint64
				for _, l := range h.Locations[f][term] {
					ps = append(ps, l.Pos)
				}
				slices.Sort(ps)
				fmt.Fprintf(&b, " %s:%s%v", f, term, ps)
			}
		}
		b.WriteString("; ")
	}
	return b.String()
}

// mustPhrase is newPhraseQuery for tests, whose analyzers are right.
func mustPhrase(t *testing.T, field string, a analysis.Analyzer, text string) *phraseQuery {
	t.Helper()
	p, err := newPhraseQuery(field, a, text)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestPhraseStopWordsBadConfig: a wrong configuration of the stop-word
// analyzer (stopwords.go) is a programming error, but it fails the search
// of a phrase with an error saying what failed; it used to panic in the
// middle of the search. A search without a phrase does not need it.
func TestPhraseStopWordsBadConfig(t *testing.T) {
	dir := t.TempDir()
	if _, err := Build(context.Background(), BuildOptions{Dir: dir, Corpus: []string{"testdata/corpus"}, Fingerprint: "test"}); err != nil {
		t.Fatal(err)
	}
	r, _ := openCurrent(t, dir)
	saved := queryStopAnalyzer
	t.Cleanup(func() { queryStopAnalyzer = saved })
	queryStopAnalyzer = func() (analysis.Analyzer, error) {
		config := maps.Clone(stopAnalyzerConfig)
		config["token_filters"] = []string{"no_such_filter"}
		return registry.NewCache().DefineAnalyzer(stopAnalyzer, config)
	}

	tests := []struct {
		query string
		want  string // in the error; "" for none
	}{
		{`"secretary of state"`, `"\"secretary of state\"" in text: phrase stop words: analyzer readouts_en_stops: `},
		{`"G 7"`, `"\"G 7\"" in text: phrase stop words: `},
		{`secretary state`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			_, err := r.Search(context.Background(), SearchRequest{Query: tt.query, Page: 1, Size: 10})
			switch {
			case tt.want == "" && err != nil:
				t.Fatalf("error %v, want none", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), "no_such_filter")):
				t.Fatalf("error %v, want one holding %q and the filter's name", err, tt.want)
			}
		})
	}
}
