package index

import (
	"regexp"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/registry"
)

// Codes of letters and a number are written with and without a hyphen,
// "G-7" and "G7", "COVID-19" and "COVID19", "G-20" and "G20": the sample
// has 104 "G7" and 25 "G-7". The unicode tokenizer splits the hyphenated
// form into two words, g and 7, and keeps the other one, g7, so each found
// only its own paragraphs. The text analyzer's tokenizer therefore makes a
// capitalised word, a hyphen and a number of one to three digits one word,
// written as the code without the hyphen ("G-7" -> "G7"), with its two
// parts at the same position as extra tokens ("G", "7"), so that "COVID"
// and "19" still find "COVID-19". The extra tokens are analysis.Shingle
// tokens: a query drops them (queryTokens), so that "G-7" asks for g7 only,
// and a field's length counts a code as its two words, as before
// (bleve_documents.go).
const codeTokenizerName = "readouts_unicode_codes"

// codeTokenizer is fastUnicode with hyphenated codes joined.
type codeTokenizer struct{ words fastUnicode }

func (t codeTokenizer) Tokenize(input []byte) analysis.TokenStream {
	return joinCodes(input, t.words.Tokenize(input))
}

// textTokenizer is the text analyzer's tokenizer, for tokenSpans.
var textTokenizer = codeTokenizer{fastUnicode{slow: unicode.NewUnicodeTokenizer()}}

// isCodeLetters says whether w is a word that may start a code: one to
// eight ASCII letters, the first a capital.
func isCodeLetters(w []byte) bool {
	if len(w) == 0 || len(w) > 8 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for _, b := range w {
		if (b < 'a' || b > 'z') && (b < 'A' || b > 'Z') {
			return false
		}
	}
	return true
}

// isCodeNumber says whether w is a code's number: one to three digits.
func isCodeNumber(w []byte) bool {
	if len(w) == 0 || len(w) > 3 {
		return false
	}
	for _, b := range w {
		if b < '0' || b > '9' {
			return false
		}
	}
	return true
}

// codeAt says whether toks[i] and toks[i+1] are a code written with a
// hyphen between them: "G" "-" "7".
func codeAt(input []byte, toks analysis.TokenStream, i int) bool {
	a, b := toks[i], toks[i+1]
	return a.End+1 == b.Start && input[a.End] == '-' && isCodeLetters(a.Term) && isCodeNumber(b.Term)
}

// joinCodes joins each code "G-7" of toks, tokens of input in order, into
// one position: the code "G7" spanning "G-7", then its parts "G" and "7"
// as Shingle tokens; later tokens move up one position per code joined.
func joinCodes(input []byte, toks analysis.TokenStream) analysis.TokenStream {
	joined := 0
	for i := 0; i+1 < len(toks); i++ {
		if codeAt(input, toks, i) {
			joined++
		}
	}
	if joined == 0 {
		return toks
	}
	out := make(analysis.TokenStream, 0, len(toks)+joined)
	pos := 0
	for i := 0; i < len(toks); i++ {
		a := toks[i]
		pos++
		if i+1 < len(toks) && codeAt(input, toks, i) {
			b := toks[i+1]
			code := &analysis.Token{
				Term:     append(append(make([]byte, 0, len(a.Term)+len(b.Term)), a.Term...), b.Term...),
				Start:    a.Start,
				End:      b.End,
				Position: pos,
				Type:     analysis.AlphaNumeric,
			}
			a.Position, b.Position = pos, pos
			a.Type, b.Type = analysis.Shingle, analysis.Shingle
			out = append(out, code, a, b)
			i++
			continue
		}
		a.Position = pos
		out = append(out, a)
	}
	return out
}

// queryTokens are the tokens of a query text as the index would hold them,
// less the extra parts of a code (joinCodes): "G-7" is g7 alone.
func queryTokens(a analysis.Analyzer, text string) analysis.TokenStream {
	toks := a.Analyze([]byte(text))
	out := toks[:0]
	for _, t := range toks {
		if t.Type != analysis.Shingle {
			out = append(out, t)
		}
	}
	return out
}

// spacedCode is a code written with a space for its hyphen, "G 7", as
// isCodeLetters and isCodeNumber take its two words.
var spacedCode = regexp.MustCompile(`(^|[^\pL\pN])([A-Z][A-Za-z]{0,7})[ \t]+([0-9]{1,3})($|[^\pL\pN])`)

// spacedCodes writes the spaced codes of a phrase with their hyphens:
// "G 7 summit" is also "G-7 summit", which the tokenizer joins, so that the
// phrase finds the code however it is written.
func spacedCodes(text string) string {
	return spacedCode.ReplaceAllString(text, "${1}${2}-${3}${4}")
}

func init() {
	if err := registry.RegisterTokenizer(codeTokenizerName, func(map[string]any, *registry.Cache) (analysis.Tokenizer, error) {
		return textTokenizer, nil
	}); err != nil {
		panic(err) // a duplicate name: a programming error, found by any test
	}
}
