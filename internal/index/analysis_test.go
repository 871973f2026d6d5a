package index

import (
	"testing"

	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
)

// checkTokenSpans: tokenSpans gives every position the byte range the
// unicode tokenizer (the text analyzer's, which decided the positions in
// the index) gives it, up to last.
func checkTokenSpans(t *testing.T, text string) {
	toks := unicode.NewUnicodeTokenizer().Tokenize([]byte(text))
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
