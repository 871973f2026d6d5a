package index

import (
	"sync/atomic"

	"github.com/blevesearch/bleve/v2/search"
)

// Marks without the index's locations. A search that asks Bleve for match
// locations makes zap decode the positions of every match, and Bleve copy
// them into it, for the ten hits a page marks. When every text and title
// word of a query is a term query of one word (no phrase, window, prefix
// or fuzzy word), a match's locations are the positions at which the
// analyzer gives those words in its text and title: the index's positions
// are the analyzer's own (document.go indexes each paragraph's text, and
// its document's title, through it). The page's hits are analysed again
// instead, and the search asks for no locations (docs/BENCHMARKS.md, step
// 39). A word that does not occur in a hit's field gives no location
// there, as its term searcher does not match it.

// word records that the query looks up term in field as a single word.
// A negated word is not recorded: no hit holds it in that field.
func (c *compiler) word(field, term string) {
	if c.negated > 0 {
		return
	}
	if c.words == nil {
		c.words = map[string]map[string]struct{}{}
	}
	if c.words[field] == nil {
		c.words[field] = map[string]struct{}{}
	}
	c.words[field][term] = struct{}{}
}

// reanalyses says whether the hits of the query compiled by c are marked by
// analysing them again (wordLocations) rather than from the locations the
// search reads from the index.
func (c *compiler) reanalyses() bool {
	return !c.locating && !reanalysisOff.Load()
}

// reanalysisOff makes every search read its locations from the index, for
// the test that compares the two.
var reanalysisOff atomic.Bool

// wordLocations are the locations of c's words in a hit's text and title,
// as the index would give them: one per occurrence, by field and term, the
// position alone (matchSpans reads nothing else).
func (c *compiler) wordLocations(text, title string) search.FieldTermLocationMap {
	var out search.FieldTermLocationMap
	for _, f := range [...]struct{ field, value string }{{fieldText, text}, {fieldTitle, title}} {
		terms := c.words[f.field]
		if len(terms) == 0 || f.value == "" {
			continue
		}
		for _, t := range c.analyzer.Analyze([]byte(f.value)) { // a copy: filters rewrite it
			if _, ok := terms[string(t.Term)]; !ok {
				continue
			}
			if out == nil {
				out = search.FieldTermLocationMap{}
			}
			if out[f.field] == nil {
				out[f.field] = search.TermLocationMap{}
			}
			out[f.field].AddLocation(string(t.Term), &search.Location{Pos: uint64(t.Position)})
		}
	}
	return out
}
