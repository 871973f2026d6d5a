package index

import (
	"bytes"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/token/porter"
	"github.com/blevesearch/bleve/v2/registry"
)

// checkTokenSpans: tokenSpans gives every position the byte range the
// text analyzer's tokenizer (the unicode tokenizer's words, codes such as
// "COVID-19" joined: codes.go), which decided the positions in the index,
// gives it, up to last.
func checkTokenSpans(t *testing.T, text string) {
	var toks analysis.TokenStream
	for _, tok := range textTokenizer.Tokenize([]byte(text)) {
		if tok.Type != analysis.Shingle { // a code's parts share its position
			toks = append(toks, tok)
		}
	}
	got := tokenSpans(text, len(toks))
	for _, tok := range toks {
		if s := got[tok.Position]; s.start != tok.Start || s.end != tok.End {
			t.Fatalf("%q position %d: got [%d,%d), tokenizer [%d,%d)", text, tok.Position, s.start, s.end, tok.Start, tok.End)
		}
	}
	if short := tokenSpans(text, 1); len(toks) > 0 && (len(short) != 2 || short[1] != got[1]) {
		t.Fatalf("%q: stopping after position 1 gave %v", text, short)
	}
}

func TestTokenSpans(t *testing.T) {
	for _, text := range []string{
		"",
		"Secretary Blinken's call with Foreign Minister Wang Yi.",
		"COVID-19, the P5+1 and U.S.-China ties — “quoted” 27 January 2022 (TDI):",
		"外交部发言人 汪文斌 said: 中美关系",
		"  leading spaces, emoji 🙂 and tabs\tand\nnewlines  ",
	} {
		checkTokenSpans(t, text)
	}
}

func FuzzTokenSpans(f *testing.F) {
	f.Add("Wang Yi's remarks on the Minsk agreements, 2015.")
	f.Fuzz(checkTokenSpans)
}

// bleveAnalysis analyses text with textAnalyzer and, as a reference, with
// the same chain using Bleve's own Porter stemmer filter.
func bleveAnalysis(t testing.TB) (ours, ref analysis.Analyzer) {
	t.Helper()
	cache := registry.NewCache()
	refConfig := map[string]any{}
	for k, v := range textAnalyzerConfig {
		refConfig[k] = v
	}
	var filters []string
	for _, f := range textAnalyzerConfig["token_filters"].([]string) {
		if f == cachedPorterName {
			f = porter.Name
		}
		filters = append(filters, f)
	}
	refConfig["token_filters"] = filters
	var err error
	if ours, err = cache.DefineAnalyzer("ours", textAnalyzerConfig); err != nil {
		t.Fatal(err)
	}
	if ref, err = cache.DefineAnalyzer("ref", refConfig); err != nil {
		t.Fatal(err)
	}
	return ours, ref
}

// sameTerms fails unless both analyzers give text the same terms at the
// same positions, twice: the second time from the stem cache.
func sameTerms(t testing.TB, ours, ref analysis.Analyzer, text string) {
	for round := 0; round < 2; round++ {
		got, want := ours.Analyze([]byte(text)), ref.Analyze([]byte(text))
		if len(got) != len(want) {
			t.Fatalf("%q: %d tokens, Bleve's porter gives %d", text, len(got), len(want))
		}
		for i := range got {
			if !bytes.Equal(got[i].Term, want[i].Term) || got[i].Position != want[i].Position {
				t.Fatalf("%q round %d token %d: %q@%d, Bleve's porter gives %q@%d", text, round, i, got[i].Term, got[i].Position, want[i].Term, want[i].Position)
			}
		}
	}
}

func TestCachedPorterMatchesBleve(t *testing.T) {
	ours, ref := bleveAnalysis(t)
	for _, text := range []string{
		"Secretary Blinken's remarks on sanctions, sanctioned and sanctioning.",
		"hopping hoping relational conditional generalizations",
		"Invalid UTF-8: \xff\xfe, and a Ü, an ß and 中美关系.",
	} {
		sameTerms(t, ours, ref, text)
	}
	// Every file of the bundled sample corpus, whole.
	eachSampleFile(t, func(b []byte) { sameTerms(t, ours, ref, string(b)) })
}

func FuzzCachedPorter(f *testing.F) {
	f.Add("relational generalizations of the sanctions regime")
	ours, ref := bleveAnalysis(f)
	f.Fuzz(func(t *testing.T, text string) { sameTerms(t, ours, ref, text) })
}
