package index

import (
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/token/porter"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/registry"
	"github.com/blevesearch/segment"
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

// tokenSpans maps the positions 1..last of a field's tokens to their byte
// ranges in text, which was analysed with textAnalyzer: position p is the
// p-th word segment of the unicode tokenizer, whatever the filters did with
// it. It segments text as that tokenizer does, and stops after position
// last: a snippet's matches are seldom at the end of a paragraph.
func tokenSpans(text string, last int) []span {
	out := make([]span, last+1)
	seg := segment.NewWordSegmenterDirect([]byte(text))
	start, pos := 0, 1
	for pos <= last && seg.Segment() {
		end := start + len(seg.Bytes())
		if seg.Type() != segment.None {
			out[pos] = span{start, end}
			pos++
		}
		start = end
	}
	return out
}
