package index

import (
	"bytes"
	"hash/maphash"
	"sync/atomic"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/registry"
	"github.com/blevesearch/go-porterstemmer"
)

// The text analyzer is Bleve's English one (unicode tokenizer, possessive,
// lower case, English stop words, Porter stemmer: "sanctions" ->
// "sanction") with Latin letters' marks taken off after lower case (fold.go)
// and one more filter at the end: positionsOnly, which drops
// each token's byte offsets. Zap writes a term vector entry's position,
// start and end as varints for every occurrence; phrases need only the
// position, and the snippets recover the offsets from it by tokenizing the
// paragraph again (tokenSpans), as the tokenizer alone decides both. That
// is two of the roughly seven bytes per occurrence.
const positionsOnlyName = "readouts_positions_only"

// textAnalyzerConfig defines textAnalyzer for the index mapping.
var textAnalyzerConfig = map[string]any{
	"type":      "custom",
	"tokenizer": codeTokenizerName, // unicode.Name's tokens, faster (tokenize.go), "G-7" one word (codes.go)
	"token_filters": []string{
		en.PossessiveName,
		lowercase.Name,
		foldFilterName, // "erdoğan" -> "erdogan": fold.go
		en.StopName,
		cachedPorterName, // porter.Name's stems, cached
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
	// One cache for the process: every analyzer built from the mapping
	// shares it.
	stems := newCachedPorter()
	if err := registry.RegisterTokenFilter(cachedPorterName, func(map[string]any, *registry.Cache) (analysis.TokenFilter, error) {
		return stems, nil
	}); err != nil {
		panic(err)
	}
}

// tokenSpans maps the positions 1..last of a field's tokens to their byte
// ranges in text, which was analysed with textAnalyzer: position p is the
// p-th word of its tokenizer (a code such as "G-7" one word: codes.go),
// whatever the filters did with it.
func tokenSpans(text string, last int) []span {
	out := make([]span, last+1)
	for _, t := range textTokenizer.Tokenize([]byte(text)) {
		if t.Position > last {
			break
		}
		if out[t.Position].end == 0 { // a code's parts share its position
			out[t.Position] = span{t.Start, t.End}
		}
	}
	return out
}

// cachedPorterName is Bleve's Porter stemmer filter with a cache of the
// stems it computed. Bleve's converts every token to runes and back, ~5% of
// a full build's CPU; a corpus has a few tens of thousands of distinct
// words and most tokens are among them. The cache holds the stemmer's own
// output for the exact input bytes, so the terms are the same.
const cachedPorterName = "readouts_porter"

// stemSlots is the cache's size: a direct-mapped table, each slot the
// latest word that hashed to it, so it is bounded (64k slots, a few MB)
// and a read takes no lock. On the 100k benchmark corpus 97.5% of the
// words are found in it.
const stemSlots = 1 << 16

type stemEntry struct {
	word, stem string
}

type cachedPorter struct {
	seed  maphash.Seed
	slots [stemSlots]atomic.Pointer[stemEntry]
}

func newCachedPorter() *cachedPorter { return &cachedPorter{seed: maphash.MakeSeed()} }

func (c *cachedPorter) Filter(in analysis.TokenStream) analysis.TokenStream {
	for _, t := range in {
		if t.KeyWord {
			continue // as Bleve's: protected words are not stemmed
		}
		slot := &c.slots[maphash.Bytes(c.seed, t.Term)&(stemSlots-1)]
		e := slot.Load()
		if e == nil || e.word != string(t.Term) {
			e = &stemEntry{word: string(t.Term), stem: string(analysis.BuildTermFromRunes(porterstemmer.StemWithoutLowerCasing(bytes.Runes(t.Term))))}
			slot.Store(e)
		}
		// The stem replaces the term in its own bytes when it fits (the
		// lowercase filter rewrites terms in place too); the input is the
		// analyser's private copy, and the bytes beyond a term belong to
		// the next tokens, so a longer stem gets its own.
		if len(e.stem) <= len(t.Term) {
			t.Term = t.Term[:copy(t.Term, e.stem)]
		} else {
			t.Term = []byte(e.stem)
		}
	}
	return in
}
