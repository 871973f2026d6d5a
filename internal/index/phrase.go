package index

import (
	"context"
	"fmt"
	"math"
	"slices"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/searcher"
	index "github.com/blevesearch/bleve_index_api"
)

// Phrases: `"prime minister"` matches the paragraphs where the words follow
// one another. Bleve's phrase searcher finds the candidates with a
// conjunction of the words' term searchers, as this one does, but then
// turns every candidate's term locations into maps of maps
// (DocumentMatch.Complete) and walks them recursively: at 100k paragraphs a
// phrase of two common words ("prime minister", 13k matches) spent half of
// its time building and collecting those maps. phraseSearcher checks the
// same positions on the flat list of locations the conjunction already
// holds, and returns the same matches with the same scores (the
// conjunction's, as Bleve's does) and the same phrase locations.

// phraseQuery matches field's phrase: the analysed words by position, an
// empty slot where the analyzer dropped a stop word ("secretary of state"
// is secretary, any word, state).
type phraseQuery struct {
	field string
	slots [][]string
	stops []stopWord // checked in the field's stop words (stopwords.go)
	boost float64
}

// newPhraseQuery analyses text as Bleve's MatchPhraseQuery does, or returns
// nil if no word is left.
func newPhraseQuery(field string, a analysis.Analyzer, text string) (*phraseQuery, error) {
	toks := queryTokens(a, text)
	if len(toks) == 0 {
		return nil, nil
	}
	first, last := toks[0].Position, toks[0].Position
	for _, t := range toks {
		first, last = min(first, t.Position), max(last, t.Position)
	}
	slots := make([][]string, last-first+1)
	for _, t := range toks {
		slots[t.Position-first] = append(slots[t.Position-first], string(t.Term))
	}
	stops, err := phraseStopWords(text, first)
	if err != nil {
		return nil, fmt.Errorf("phrase stop words: %w", err)
	}
	return &phraseQuery{field: field, slots: slots, stops: stops, boost: 1}, nil
}

func (q *phraseQuery) SetBoost(b float64) { q.boost = b }
func (q *phraseQuery) Boost() float64     { return q.boost }

// Searcher builds the conjunction Bleve's phrase searcher would build (one
// term searcher per word, repeats included, so that scores are the same) and
// wraps it in the position check. A slot of several words at one position
// (an analyzer with synonyms; ours has none) goes to Bleve's searcher.
func (q *phraseQuery) Searcher(ctx context.Context, i index.IndexReader, m mapping.IndexMapping, options search.SearcherOptions) (search.Searcher, error) {
	for _, s := range q.slots {
		if len(s) > 1 {
			mq := query.NewMultiPhraseQuery(q.slots, q.field)
			mq.SetBoost(q.boost)
			return mq.Searcher(ctx, i, m, options)
		}
	}
	want := options.IncludeTermVectors
	options.IncludeTermVectors = true // the check needs positions
	var kids []search.Searcher
	closeKids := func() {
		for _, k := range kids {
			_ = k.Close()
		}
	}
	terms := make([]string, len(q.slots))
	for k, s := range q.slots {
		if len(s) == 0 || s[0] == "" {
			continue
		}
		terms[k] = s[0]
		ts, err := searcher.NewTermSearcher(ctx, i, s[0], q.field, q.boost, options)
		if err != nil {
			closeKids()
			return nil, fmt.Errorf("phrase %q: %w", s[0], err)
		}
		kids = append(kids, ts)
	}
	conj, err := searcher.NewConjunctionSearcher(ctx, i, kids, options)
	if err != nil {
		closeKids()
		return nil, fmt.Errorf("phrase: %w", err)
	}
	// As Bleve's phrase searcher: its own query norm over the conjunction
	// (a disjunction or conjunction above sets it again).
	conj.SetQueryNorm(1 / math.Sqrt(conj.Weight()))
	stops, err := stopCheckOf(ctx, i, q)
	if err != nil {
		_ = conj.Close()
		return nil, err
	}
	s := &phraseSearcher{field: q.field, terms: terms, stops: stops, keepLocations: want}
	cs := &checkedSearcher{Searcher: conj, keep: s.keep}
	if stops != nil {
		cs.closeAlso = stops.close
	}
	return cs, nil
}

// phraseSearcher checks the conjunction's matches for the phrase.
type phraseSearcher struct {
	field         string
	terms         []string   // by slot; "" for a dropped stop word
	stops         *stopCheck // nil: the phrase has no stop word
	keepLocations bool
	at            [][]int // scratch: per slot, indexes into FieldTermLocations
	path          []int   // scratch: one occurrence's indexes
	out           []search.FieldTermLocation
}

// keep reports whether d holds the phrase in the field, and leaves on d the
// locations of the words of every occurrence of the phrase (Bleve's phrase
// paths), or none if the search did not ask for locations.
func (s *phraseSearcher) keep(d *search.DocumentMatch) bool {
	locs := d.FieldTermLocations
	if cap(s.at) < len(s.terms) {
		s.at = make([][]int, len(s.terms))
	}
	at := s.at[:len(s.terms)]
	for k := range at {
		at[k] = at[k][:0]
	}
	for j, l := range locs {
		if l.Field != s.field {
			continue
		}
		for k, t := range s.terms {
			if t == l.Term {
				at[k] = append(at[k], j)
			}
		}
	}
	// The first slot always holds a word (the analysis starts at the
	// first token). A start position is a match when every later word
	// lies exactly its slot's distance further on, in the same array
	// element; a term searcher repeated for a repeated word lists its
	// locations twice, hence the de-duplication.
	first := at[0]
	if !slices.IsSortedFunc(first, func(a, b int) int { return cmpPos(locs[a], locs[b]) }) {
		slices.SortFunc(first, func(a, b int) int { return cmpPos(locs[a], locs[b]) })
	}
	out := s.out[:0]
	path := s.path[:0]
	for n, j := range first {
		start := locs[j].Location
		if n > 0 && start.Pos == locs[first[n-1]].Location.Pos {
			continue
		}
		path = append(path[:0], j)
		for k := 1; k < len(at) && len(path) > 0; k++ {
			if s.terms[k] == "" {
				continue
			}
			next := -1
			for _, j2 := range at[k] {
				l := locs[j2].Location
				if l.Pos == start.Pos+uint64(k) && slices.Equal(l.ArrayPositions, start.ArrayPositions) {
					next = j2
					break
				}
			}
			if next < 0 {
				path = path[:0]
			} else {
				path = append(path, next)
			}
		}
		if len(path) == 0 || s.stops != nil && !s.stops.holds(d.IndexInternalID, start.Pos) {
			continue
		}
		if !s.keepLocations {
			out = append(out, search.FieldTermLocation{}) // a mark that it matched
			continue
		}
		for _, j := range path {
			l := locs[j]
			if len(l.Location.ArrayPositions) > 0 {
				l.Location.ArrayPositions = slices.Clone(l.Location.ArrayPositions)
			}
			out = append(out, l)
		}
	}
	s.path = path
	s.out = out[:0]
	if len(out) == 0 {
		return false
	}
	if !s.keepLocations {
		d.FieldTermLocations = locs[:0]
		return true
	}
	// The match owns its slice (the pool recycles it); copy into it.
	d.FieldTermLocations = append(locs[:0], out...)
	return true
}

// cmpPos orders locations by position.
func cmpPos(a, b search.FieldTermLocation) int {
	switch {
	case a.Location.Pos < b.Location.Pos:
		return -1
	case a.Location.Pos > b.Location.Pos:
		return 1
	}
	return 0
}
