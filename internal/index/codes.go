package index

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	unitok "github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/registry"

	ql "github.com/readouts/readouts/internal/query"
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
var textTokenizer = codeTokenizer{fastUnicode{slow: unitok.NewUnicodeTokenizer()}}

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

// typedCode is a code as a query may type it: letters, a hyphen or a
// space, and a number, in any case ("G-7", "g-7", "G 7", "covid 19").
// The index joins only a capitalised code with its hyphen (joinCodes), so
// the others are written that way too (codeForms). Its bounds are checked
// by hand: the regexp package has no look-around.
var typedCode = regexp.MustCompile(`([A-Za-z]{1,8})(?:[ \t]+|-)([0-9]{1,3})`)

// codeForms writes the codes of a query text as the index joins them:
// "G 7 summit" and "g-7 summit" are also "G-7 summit", "covid 19" is also
// "Covid-19", so that the phrase finds the code however it is typed. A
// text without such a code comes back as it is.
func codeForms(text string) string {
	var b strings.Builder
	last := 0
	for _, m := range typedCode.FindAllStringSubmatchIndex(text, -1) {
		start, end := m[0], m[1]
		if !wordBound(text, start, true) || !wordBound(text, end, false) {
			continue
		}
		letters, digits := text[m[2]:m[3]], text[m[4]:m[5]]
		b.WriteString(text[last:start])
		b.WriteString(strings.ToUpper(letters[:1]) + letters[1:] + "-" + digits)
		last = end
	}
	if last == 0 {
		return text
	}
	b.WriteString(text[last:])
	return b.String()
}

// wordBound says whether text has no letter or digit just before
// (before) or at i: a code is a whole word.
func wordBound(text string, i int, before bool) bool {
	var r rune
	switch {
	case before && i > 0:
		r, _ = utf8.DecodeLastRuneInString(text[:i])
	case !before && i < len(text):
		r, _ = utf8.DecodeRuneInString(text[i:])
	default:
		return true
	}
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// codeLetters and codeNumber are the two words of a code typed with a
// space and no quotes, `G 7`.
var (
	codeLetters = regexp.MustCompile(`^[A-Za-z]{1,8}$`)
	codeNumber  = regexp.MustCompile(`^[0-9]{1,3}$`)
)

// spacedCodes merges each code typed as two plain words of kids, `G 7`,
// into the phrase "G 7", which finds the code however the text writes it
// (codeForms), when the index holds the code. Otherwise the two words are
// two words: `G 7` found G-7 by its parts (g and 7 anywhere in the
// paragraph) and not G7, and `G 20 summit` found a "G-7 summit" on the
// 20th. `Article 5`, a code no text writes, stays article and 5.
func (c *compiler) spacedCodes(kids []ql.Node) []ql.Node {
	if c.budget == nil {
		return kids
	}
	plain := func(n ql.Node, re *regexp.Regexp) *ql.Term {
		t, ok := n.(*ql.Term)
		if !ok || t.Field != "" || t.Phrase || t.Prefix || t.Fuzzy > 0 || !re.MatchString(t.Text) {
			return nil
		}
		return t
	}
	var out []ql.Node
	for i := 0; i < len(kids); i++ {
		a := plain(kids[i], codeLetters)
		var b *ql.Term
		if a != nil && i+1 < len(kids) {
			b = plain(kids[i+1], codeNumber)
		}
		if b == nil || !c.indexHolds(codeForms(a.Text+" "+b.Text)) {
			out = append(out, kids[i])
			continue
		}
		out = append(out, &ql.Term{Text: a.Text + " " + b.Text, Phrase: true, FieldPos: a.FieldPos, ValuePos: a.ValuePos, EndPos: b.EndPos})
		i++
	}
	return out
}

// indexHolds says whether the text or the title field holds the one word
// text is analysed to.
func (c *compiler) indexHolds(text string) bool {
	toks := c.tokens(text)
	if len(toks) != 1 {
		return false
	}
	for _, f := range []string{fieldText, fieldTitle} {
		if n, err := c.budget.docFreq(f, toks[0]); err == nil && n > 0 {
			return true
		}
	}
	return false
}

func init() {
	if err := registry.RegisterTokenizer(codeTokenizerName, func(map[string]any, *registry.Cache) (analysis.Tokenizer, error) {
		return textTokenizer, nil
	}); err != nil {
		panic(err) // a duplicate name: a programming error, found by any test
	}
}
