package index_test

import (
	"context"
	"maps"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/token/porter"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"

	"github.com/readouts/readouts/internal/index"
	"github.com/readouts/readouts/internal/testindex"
)

// TestProximitySample runs proximity queries over the sample corpus and
// checks every answer against an oracle: each paragraph holding all the
// words, tokenized again with Bleve's stock English components (not the
// index's own tokenizer), matches exactly when its text or its title has
// the words within the window, in any order.
func TestProximitySample(t *testing.T) {
	if testing.Short() {
		t.Skip("indexes the sample corpus")
	}
	r := testindex.Shared(t, testindex.Root()+"/testdata/sample")
	oracle := stockAnalyzer(t)
	ctx := context.Background()
	ids := func(q string) map[string]bool {
		t.Helper()
		res, err := r.Search(ctx, index.SearchRequest{Query: q, Page: 1, Size: 2000})
		if err != nil {
			t.Fatalf("Search(%q): %v", q, err)
		}
		if res.Partial {
			return map[string]bool{}
		}
		out := map[string]bool{}
		for _, h := range res.Hits {
			out[h.ID] = true
		}
		return out
	}
	tests := []struct {
		words    string
		slop     int
		moreThan bool // finds more than the exact phrase
	}{
		{"climate change", 2, false},
		{"climate change", 1, false},
		{"nuclear weapons", 5, true},
		{"Minsk agreements", 5, false},
		{"human rights council", 4, false},
		{"agreements Minsk", 5, false},
		{"weapons nuclear", 5, true},
		{"security council", 10, true},
	}
	for _, tt := range tests {
		q := `"` + tt.words + `"~` + strconv.Itoa(tt.slop)
		t.Run(q, func(t *testing.T) {
			got := ids(q)
			all := ids(tt.words) // every paragraph holding each word
			phrase := ids(`"` + tt.words + `"`)
			want := map[string]bool{}
			docs := map[string]*index.DocumentView{}
			for id := range all {
				docID, n := splitID(t, id)
				d, ok := docs[docID]
				if !ok {
					var err error
					if d, err = r.Document(ctx, docID, ""); err != nil {
						t.Fatalf("Document(%s): %v", docID, err)
					}
					docs[docID] = d
				}
				words := oracleTerms(oracle, tt.words)
				if near(oracle, d.Paragraphs[n-1].Text, words, tt.slop) || near(oracle, d.Title, words, tt.slop) {
					want[id] = true
				}
			}
			if len(want) == 0 {
				t.Fatalf("%s: the oracle finds nothing in the sample: pick other words", q)
			}
			for id := range want {
				if !got[id] {
					t.Errorf("%s misses %s", q, id)
				}
			}
			for id := range got {
				if !want[id] {
					t.Errorf("%s finds %s, where the words are not within %d positions", q, id, tt.slop)
				}
			}
			for id := range phrase {
				if !got[id] {
					t.Errorf("%s misses %s, which has the exact phrase", q, id)
				}
			}
			if tt.moreThan && len(got) <= len(phrase) {
				t.Errorf("%s finds %d paragraphs, the exact phrase %d: want more", q, len(got), len(phrase))
			}
			reversed := strings.Fields(tt.words)
			slices.Reverse(reversed)
			if back := ids(`"` + strings.Join(reversed, " ") + `"~` + strconv.Itoa(tt.slop)); !maps.Equal(back, got) {
				t.Errorf("%s finds %d paragraphs, its words in the other order %d: want the same", q, len(got), len(back))
			}
			t.Logf("%s: %d paragraphs; exact phrase %d, all the words %d", q, len(got), len(phrase), len(all))
		})
	}
}

func splitID(t *testing.T, id string) (string, int) {
	t.Helper()
	i := strings.LastIndex(id, "#p")
	if i < 0 {
		t.Fatalf("paragraph id %q has no #p", id)
	}
	n := 0
	for _, c := range id[i+2:] {
		n = n*10 + int(c-'0')
	}
	return id[:i], n
}

func stockAnalyzer(t *testing.T) analysis.Analyzer {
	t.Helper()
	m := bleve.NewIndexMapping()
	if err := m.AddCustomAnalyzer("oracle", map[string]any{
		"type":          "custom",
		"tokenizer":     unicode.Name,
		"token_filters": []string{en.PossessiveName, lowercase.Name, en.StopName, porter.Name},
	}); err != nil {
		t.Fatal(err)
	}
	return m.AnalyzerNamed("oracle")
}

func oracleTerms(a analysis.Analyzer, s string) []string {
	var out []string
	for _, tok := range a.Analyze([]byte(s)) {
		out = append(out, string(tok.Term))
	}
	return out
}

// near reports, by brute force, whether text holds every one of words
// (repeats counted) within slop positions.
func near(a analysis.Analyzer, text string, words []string, slop int) bool {
	pos := map[string][]int{}
	for _, tok := range a.Analyze([]byte(text)) {
		pos[string(tok.Term)] = append(pos[string(tok.Term)], tok.Position)
	}
	// Try every occurrence of every word as the window's start.
	for _, w := range words {
		for _, start := range pos[w] {
			ok := true
			need := map[string]int{}
			for _, x := range words {
				need[x]++
			}
			for x, n := range need {
				c := 0
				for _, p := range pos[x] {
					if p >= start && p <= start+slop {
						c++
					}
				}
				if c < n {
					ok = false
				}
			}
			if ok {
				return true
			}
		}
	}
	return false
}
