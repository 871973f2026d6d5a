package index

import (
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/token/porter"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/registry"
)

// The text analyzer is Bleve's English one (unicode tokenizer, possessive,
// lower case, English stop words, Porter stemmer: "sanctions" ->
// "sanction") with one more filter at the end: positionsOnly, which drops
// each token's byte offsets. Zap writes a term vector entry's position,
// start and end as varints for every occurrence; phrases need only the
// position, and the snippets recover the offsets from it by tokenizing the
// paragraph again (tokenSpans), as the tokenizer alone decides both. That
// is two of the roughly seven bytes per occurrence.
const positionsOnlyName = "readouts_positions_only"

// textAnalyzerConfig defines textAnalyzer for the index mapping.
var textAnalyzerConfig = map[string]any{
	"type":      "custom",
	"tokenizer": unicode.Name,
	"token_filters": []string{
		en.PossessiveName,
		lowercase.Name,
		en.StopName,
		porter.Name,
		positionsOnlyName,
	},
}

type positionsOnly struct{}

func (positionsOnly) Filter(in analysis.TokenStream) analysis.TokenStream {
	for _, t := range in {
		t.Start, t.End = 0, 0
	}
	return in
}

func init() {
	if err := registry.RegisterTokenFilter(positionsOnlyName, func(map[string]any, *registry.Cache) (analysis.TokenFilter, error) {
		return positionsOnly{}, nil
	}); err != nil {
		panic(err) // a duplicate name: a programming error, found by any test
	}
}

// wordTokenizer is the text analyzer's tokenizer; tokenSpans re-runs it.
var wordTokenizer = unicode.NewUnicodeTokenizer()

// tokenSpans maps the positions of a field's tokens to their byte ranges
// in text, which was analysed with textAnalyzer: position p (1-based) is
// the p-th token of the tokenizer, whatever the filters did with it.
func tokenSpans(text string) []span {
	toks := wordTokenizer.Tokenize([]byte(text))
	out := make([]span, len(toks)+1)
	for _, t := range toks {
		if t.Position > 0 && t.Position < len(out) {
			out[t.Position] = span{t.Start, t.End}
		}
	}
	return out
}
