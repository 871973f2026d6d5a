package index

import (
	"bytes"
	"context"
	"fmt"
	"sync"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/registry"
	index "github.com/blevesearch/bleve_index_api"
)

// The text field holds no stop words (analysis.go), only the gaps they
// leave in the positions, so a phrase's stop word matched any word there:
// the phrase "Secretary of State" found "Secretary Blinken stated", and
// "in the region" every "region" (366 paragraphs of the sample; 74 hold
// the phrase). A quoted phrase means its words, so the stop words of the
// text and the title are indexed too, in fields of their own
// (text_stops, title_stops) that no query scores, and a phrase with stop
// words checks, once its other words are in place, that each stop word is
// at its position: the words themselves, as the possessive, lower-case and
// fold filters leave them. A separate field leaves the text field, its
// norms and so every score as they were.

const (
	stopAnalyzer  = "readouts_en_stops"   // the stop words of a text, at their positions
	onlyStopsName = "readouts_only_stops" // the en stop filter's complement
)

// stopAnalyzerConfig is textAnalyzerConfig up to its stop filter, keeping
// only what that filter drops.
var stopAnalyzerConfig = map[string]any{
	"type":      "custom",
	"tokenizer": codeTokenizerName,
	"token_filters": []string{
		en.PossessiveName,
		lowercase.Name,
		foldFilterName,
		onlyStopsName,
		positionsOnlyName,
	},
}

// stopFields are the fields holding the stop words of a phrase's field.
var stopFields = map[string]string{fieldText: fieldTextStops, fieldTitle: fieldTitleStops}

// onlyStops keeps the stop words of a token stream, not a code's parts
// (codes.go: the text keeps "a10" of "A-10", and "a" at its position
// is no stop word of the text).
type onlyStops struct{ stops analysis.TokenMap }

func (f onlyStops) Filter(in analysis.TokenStream) analysis.TokenStream {
	out := in[:0]
	for _, t := range in {
		if _, ok := f.stops[string(t.Term)]; ok && t.Type != analysis.Shingle {
			out = append(out, t)
		}
	}
	return out
}

func init() {
	if err := registry.RegisterTokenFilter(onlyStopsName, func(_ map[string]any, cache *registry.Cache) (analysis.TokenFilter, error) {
		stops, err := cache.TokenMapNamed(en.StopName)
		if err != nil {
			return nil, err
		}
		return onlyStops{stops}, nil
	}); err != nil {
		panic(err) // a duplicate name: a programming error, found by any test
	}
}

// queryStopAnalyzer is stopAnalyzer for the phrases of queries.
var queryStopAnalyzer = sync.OnceValues(func() (analysis.Analyzer, error) {
	return registry.NewCache().DefineAnalyzer(stopAnalyzer, stopAnalyzerConfig)
})

// stopWord is a stop word of a phrase: its position relative to the
// phrase's first indexed word (negative before it) and its term.
type stopWord struct {
	off  int
	term string
}

// phraseStopWords are the stop words of a phrase text whose first indexed
// word is at position first. Its error is a wrong stopAnalyzerConfig: a
// programming error that any phrase test finds, reported to the searcher
// as a failed search, not as a panic.
func phraseStopWords(text string, first int) ([]stopWord, error) {
	a, err := queryStopAnalyzer()
	if err != nil {
		return nil, fmt.Errorf("analyzer %s: %w", stopAnalyzer, err)
	}
	var out []stopWord
	for _, t := range a.Analyze([]byte(text)) {
		out = append(out, stopWord{off: t.Position - first, term: string(t.Term)})
	}
	return out, nil
}

// stopCheck checks a phrase's stop words in the matches of its other
// words, which come in the order of their document numbers: one term
// reader per stop word, moved forward to each match.
type stopCheck struct {
	words   []stopWord
	readers []index.TermFieldReader // by word
	at      []*index.TermFieldDoc   // each reader's current paragraph; nil when past the last
	done    []bool                  // the reader has no more paragraphs
}

func newStopCheck(ctx context.Context, r index.IndexReader, field string, words []stopWord) (*stopCheck, error) {
	c := &stopCheck{words: words, readers: make([]index.TermFieldReader, len(words)), at: make([]*index.TermFieldDoc, len(words)), done: make([]bool, len(words))}
	for i, w := range words {
		tfr, err := r.TermFieldReader(ctx, []byte(w.term), field, true, false, true)
		if err != nil {
			c.close()
			return nil, fmt.Errorf("phrase stop word %q: %w", w.term, err)
		}
		c.readers[i] = tfr
	}
	return c, nil
}

func (c *stopCheck) close() error {
	var first error
	for _, r := range c.readers {
		if r == nil {
			continue
		}
		if err := r.Close(); err != nil && first == nil {
			first = err
		}
	}
	return first
}

// holds reports whether paragraph id has each stop word at its offset from
// pos, the position of the phrase's first indexed word. A reader's error
// refuses the match.
func (c *stopCheck) holds(id index.IndexInternalID, pos uint64) bool {
	for i, w := range c.words {
		p := int64(pos) + int64(w.off)
		if p < 1 || c.done[i] {
			return false
		}
		d := c.at[i]
		if d == nil || bytes.Compare(d.ID, id) < 0 {
			next, err := c.readers[i].Advance(id, d)
			if err != nil || next == nil {
				c.done[i], c.at[i] = true, nil
				return false
			}
			c.at[i], d = next, next
		}
		if !bytes.Equal(d.ID, id) {
			return false
		}
		found := false
		for _, v := range d.Vectors {
			if v.Pos == uint64(p) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// stopCheckOf is the check of q's stop words in r, nil when q has none.
func stopCheckOf(ctx context.Context, r index.IndexReader, q *phraseQuery) (*stopCheck, error) {
	field, ok := stopFields[q.field]
	if len(q.stops) == 0 || !ok {
		return nil, nil
	}
	return newStopCheck(ctx, r, field, q.stops)
}
