package index

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/blevesearch/bleve/v2/search"
	index "github.com/blevesearch/bleve_index_api"
)

// Facets are counted from a table in memory rather than from Bleve's doc
// values. Scorch keeps doc values in snappy-compressed chunks of 1,024
// paragraphs; a search with a few hundred matches spread over the index
// decompresses most chunks, so facets cost more than half of a search at a
// million paragraphs, growing with the index rather than the result
// (docs/BENCHMARKS.md). A generation never changes once published, so its
// fieldFacets terms are read once when it opens, from the postings of that
// field, into a table indexed by Scorch's document number; a search then
// counts each match with a few array lookups as Bleve's collector hands it
// over.

// facetTable holds the fieldFacets terms of every paragraph of one
// generation: paragraph d (Scorch's global document number, the 8-byte
// big-endian DocumentMatch.IndexInternalID) has the term ordinals
// ords[start[d]:start[d+1]], ordinals into terms.
type facetTable struct {
	terms []string // fieldFacets terms in dictionary order
	start []uint32
	ords  []uint16 // used when there are at most 1<<16 terms, the usual case
	ords4 []uint32 // used otherwise

	// What each ordinal counts for in the facet lists, worked out once
	// (facetLayout) so that a search adds counts into an array instead of
	// decoding terms into maps of names: slot[ord] is the ordinal's
	// (facet, value) in slots, yearSlot[ord] the year a month also counts
	// for; -1 for none.
	slot, yearSlot []int32
	slots          []facetSlot

	// pairs is who did which act in each paragraph, isAct marks the act
	// ordinals and speakerKey is a speaker ordinal's name in lower case
	// ("" for other terms), for the speaker and act filters together
	// (actfacets.go).
	pairs      *pairTable
	isAct      []bool
	speakerKey []string

	// question has bit d set when paragraph d is a reporter's question:
	// the turn facet (turn.go) counts them from the turn field's postings,
	// read with the table, so that the facet needed no change to the
	// index.
	question []uint64

	// The sets of terms paragraphs have, for counting (facetruns.go):
	// docs paragraphs have a place in the table; runStart has bit d set
	// where a run of paragraphs with the same terms and question flag
	// starts, rank[w] counts the runs starting before word w; run r has
	// set runSet[r], set s the ordinals setOrds[setStart[s]:setStart[s+1]]
	// and the question flag setQuestion[s].
	docs        uint64
	runStart    []uint64
	rank        []uint32
	runSet      []uint32
	setStart    []uint32
	setOrds     []uint32
	setQuestion []bool

	// variants shows the spellings of one person's name as one
	// (variants.go).
	variants *nameVariants

	namesOnce sync.Once
	names     map[string]string // prefix + name in lower case -> the name as its facet lists it (named)

	keysOnce sync.Once
	keys     map[string][]uint32 // prefix + value in lower case -> the terms' ordinals (keyOrds)

	everyOnce sync.Once
	every     [][]FacetValue // the counts over every paragraph (everyParagraph)
}

// named is value, a name of the facet of prefix the index holds in a
// lower-case key field, as the facet lists it: a filter typed
// "the white house" is "The White House", so that its chip names it as
// the facet does. ok is false for a name no paragraph has.
func (t *facetTable) named(prefix, value string) (_ string, ok bool) {
	t.namesOnce.Do(func() {
		t.names = map[string]string{}
		for _, term := range t.terms {
			if len(term) == 0 || facetByPrefix[term[:1]] == "" {
				continue
			}
			key := term[:1] + strings.ToLower(term[1:])
			if _, ok := t.names[key]; !ok { // dictionary order: capitals first
				t.names[key] = term[1:]
			}
		}
	})
	v, ok := t.names[prefix+strings.ToLower(value)]
	if !ok {
		return value, false
	}
	return t.shown(prefix, v), true
}

// shown is how the facets show value, a name of the facet of prefix: a
// speaker's or mention's spelling as its person's.
func (t *facetTable) shown(prefix, value string) string {
	switch prefix {
	case facetPrefixSpeaker:
		return t.variants.shown(fieldSpeaker, value)
	case facetPrefixMention:
		return t.variants.shown(fieldMention, value)
	}
	return value
}

// facetSlot is one value of one facet (an index into facetOrder).
type facetSlot struct {
	facet int
	value string
}

// facetOrder lists the facets a search returns.
var facetOrder = []string{FacetSpeaker, FacetMention, FacetSource, FacetIssuer, FacetCountry, FacetYear, FacetMonth, FacetAct}

// loadFacetTable reads fieldFacets of every paragraph of rdr, a reader of
// an index that does not change afterwards (a published generation opened
// read-only).
func loadFacetTable(ctx context.Context, rdr index.IndexReader, variants *nameVariants) (*facetTable, error) {
	t := &facetTable{variants: variants}
	var err error
	if t.terms, err = fieldTerms(rdr, fieldFacets); err != nil {
		return nil, fmt.Errorf("facet table: %w", err)
	}

	// Two passes over the postings: count each paragraph's terms, then
	// place them. Postings skip deleted paragraphs, as searches do.
	postings := func(visit func(doc uint64, ord int)) error {
		return eachPosting(ctx, rdr, fieldFacets, t.terms, visit)
	}
	var n []uint32 // terms per paragraph, then (shifted) where they go
	if err := postings(func(doc uint64, _ int) {
		if doc >= uint64(len(n)) {
			n = append(n, make([]uint32, int(doc)+1-len(n))...)
		}
		n[doc]++
	}); err != nil {
		return nil, fmt.Errorf("facet table: %w", err)
	}
	t.start = make([]uint32, len(n)+1)
	for d, c := range n {
		t.start[d+1] = t.start[d] + c
	}
	total := t.start[len(n)]
	copy(n, t.start) // next free slot per paragraph
	if len(t.terms) <= 1<<16 {
		t.ords = make([]uint16, total)
	} else {
		t.ords4 = make([]uint32, total)
	}
	if err := postings(func(doc uint64, ord int) {
		if t.ords != nil {
			t.ords[n[doc]] = uint16(ord)
		} else {
			t.ords4[n[doc]] = uint32(ord)
		}
		n[doc]++
	}); err != nil {
		return nil, fmt.Errorf("facet table: %w", err)
	}
	t.layout()
	if t.pairs, err = loadPairTable(ctx, rdr, t.terms); err != nil {
		return nil, fmt.Errorf("facet table: speaker acts: %w", err)
	}
	if err := eachPosting(ctx, rdr, fieldTurn, []string{TurnQuestion}, func(doc uint64, _ int) {
		if w := int(doc / 64); w >= len(t.question) {
			t.question = append(t.question, make([]uint64, w+1-len(t.question))...)
		}
		t.question[doc/64] |= 1 << (doc % 64)
	}); err != nil {
		return nil, fmt.Errorf("facet table: questions: %w", err)
	}
	t.markRuns(maxSetShare)
	return t, nil
}

// isQuestion says whether paragraph doc is a reporter's question.
func (t *facetTable) isQuestion(doc uint64) bool {
	w := doc / 64
	return w < uint64(len(t.question)) && t.question[w]&(1<<(doc%64)) != 0
}

// layout fills slot, yearSlot and slots from the terms, as splitFacets
// decodes a term: a name for its facet, a month for its month and its
// year.
func (t *facetTable) layout() {
	facetIndex := make(map[string]int, len(facetOrder))
	for i, f := range facetOrder {
		facetIndex[f] = i
	}
	type key struct {
		facet int
		value string
	}
	index := map[key]int32{}
	slotFor := func(facet, value string) int32 {
		k := key{facetIndex[facet], value}
		s, ok := index[k]
		if !ok {
			s = int32(len(t.slots))
			index[k] = s
			t.slots = append(t.slots, facetSlot(k))
		}
		return s
	}
	t.slot = make([]int32, len(t.terms))
	t.yearSlot = make([]int32, len(t.terms))
	t.isAct = make([]bool, len(t.terms))
	t.speakerKey = make([]string, len(t.terms))
	for ord, term := range t.terms {
		t.slot[ord], t.yearSlot[ord] = -1, -1
		if term == "" {
			continue
		}
		prefix, value := term[:1], term[1:]
		if value == "" {
			// A document without a source or month (dated by its year
			// only) has the empty term (facetTerms), which no facet lists:
			// a value "" is nothing to show or click.
			continue
		}
		switch prefix {
		case facetPrefixSpeaker, facetPrefixMention, facetPrefixSource, facetPrefixIssuer, facetPrefixCountry:
			t.slot[ord] = slotFor(facetByPrefix[prefix], t.shown(prefix, value))
		case facetPrefixMonth:
			t.slot[ord] = slotFor(FacetMonth, value)
			if y, _, ok := strings.Cut(value, "-"); ok {
				t.yearSlot[ord] = slotFor(FacetYear, y)
			}
		case facetPrefixYear:
			t.slot[ord] = slotFor(FacetYear, value)
		case facetPrefixAct:
			t.slot[ord] = slotFor(FacetAct, value)
			t.isAct[ord] = true
		}
		if prefix == facetPrefixSpeaker {
			t.speakerKey[ord] = strings.ToLower(value)
		}
	}
}

// facetCounter counts the facet terms of the matches of one search. Each
// match is counted into its paragraph's set of terms (facetruns.go), when
// the table has them; the sets' counts are added to their terms when the
// counts are read.
type facetCounter struct {
	t         *facetTable
	pairs     *pairFilter // nil: no speaker or act filter (actfacets.go)
	n         []uint32    // matches per term ordinal, less those in setN
	setN      []uint32    // matches per set of terms, not yet in n
	matches   int
	questions int // matches that are reporters' questions, less those in setN
}

func newFacetCounter(t *facetTable, pairs *pairFilter) *facetCounter {
	return &facetCounter{t: t, pairs: pairs, n: make([]uint32, len(t.terms)), setN: make([]uint32, len(t.setQuestion))}
}

// another is a new counter for the same search.
func (c *facetCounter) another() *facetCounter { return newFacetCounter(c.t, c.pairs) }

func (c *facetCounter) reset() {
	clear(c.n)
	clear(c.setN)
	c.matches, c.questions = 0, 0
}

func (c *facetCounter) add(doc uint64) {
	t := c.t
	c.matches++
	if doc < t.docs && t.runSet != nil && c.pairs == nil {
		c.setN[t.setOf(doc)]++
		return
	}
	if t.isQuestion(doc) {
		c.questions++
	}
	if doc >= t.docs {
		return // a paragraph without facet terms past the last one with any
	}
	lo, hi := t.start[doc], t.start[doc+1]
	if c.pairs != nil {
		c.addPaired(doc)
		return
	}
	if t.ords != nil {
		for _, o := range t.ords[lo:hi] {
			c.n[o]++
		}
		return
	}
	for _, o := range t.ords4[lo:hi] {
		c.n[o]++
	}
}

// counts returns the matches per term ordinal, adding the sets' counts to
// their terms.
func (c *facetCounter) counts() []uint32 {
	t := c.t
	for s, k := range c.setN {
		if k == 0 {
			continue
		}
		c.setN[s] = 0
		if t.setQuestion[s] {
			c.questions += int(k)
		}
		for _, o := range t.setOrds[t.setStart[s]:t.setStart[s+1]] {
			c.n[o] += k
		}
	}
	return c.n
}

// merge adds o's counts to c's: the ranges of a split search count apart
// (splitsearch.go).
func (c *facetCounter) merge(o *facetCounter) {
	c.counts()
	for i, n := range o.counts() {
		c.n[i] += n
	}
	c.matches += o.matches
	c.questions += o.questions
}

// collecting returns ctx with a document-match handler for Bleve's top-N
// collector that counts every match into c before the collector sees it.
func (c *facetCounter) collecting(ctx context.Context) context.Context {
	return withMatchHandler(ctx, func(d *search.DocumentMatch) { c.add(d.IndexInternalID.Value()) })
}

// facets returns the counts as the per-facet lists of a SearchResult;
// size overrides the list facets' lengths as SearchRequest.FacetSize says.
func (c *facetCounter) facets(size int) map[string][]FacetValue {
	lists := c.lists()
	out := make(map[string][]FacetValue, len(facetOrder))
	for f, name := range facetOrder {
		n := facetSizes[name].size
		if size != 0 && name != FacetYear && name != FacetMonth {
			n = size
		}
		vals := topFacetValues(lists[f], n)
		if name == FacetYear || name == FacetMonth {
			slices.SortFunc(vals, func(a, b FacetValue) int { return strings.Compare(a.Value, b.Value) })
		}
		out[name] = vals
	}
	out[FacetTurn] = turnFacet(c.matches, c.questions)
	return out
}

// lists are the values counted, unordered, by facet (facetOrder).
func (c *facetCounter) lists() [][]FacetValue {
	t := c.t
	counts := make([]int, len(t.slots))
	for ord, n := range c.counts() {
		if n == 0 {
			continue
		}
		if s := t.slot[ord]; s >= 0 {
			counts[s] += int(n)
		}
		if s := t.yearSlot[ord]; s >= 0 {
			counts[s] += int(n)
		}
	}
	lists := make([][]FacetValue, len(facetOrder))
	for s, n := range counts {
		if n > 0 {
			f := t.slots[s].facet
			lists[f] = append(lists[f], FacetValue{Value: t.slots[s].value, Count: n})
		}
	}
	return lists
}

// byCount orders facet values as the lists show them: most matches
// first, then by value.
func byCount(a, b FacetValue) int {
	if a.Count != b.Count {
		return b.Count - a.Count
	}
	return strings.Compare(a.Value, b.Value)
}

// topFacetValues returns the n first of vals by byCount, in that order (all
// of them if n < 0). A short list out of a long one (15 speakers out of
// thousands) is kept by insertion rather than sorting them all.
func topFacetValues(vals []FacetValue, n int) []FacetValue {
	if n <= 0 || len(vals) <= n || n > 64 {
		slices.SortFunc(vals, byCount)
		if n >= 0 && len(vals) > n {
			vals = vals[:n]
		}
		return vals
	}
	top := make([]FacetValue, 0, n+1)
	for _, v := range vals {
		if len(top) == n && byCount(v, top[n-1]) >= 0 {
			continue
		}
		i, _ := slices.BinarySearchFunc(top, v, byCount)
		top = slices.Insert(top, i, v)
		if len(top) > n {
			top = top[:n]
		}
	}
	return top
}

// dictCount is one term of a field's dictionary and how many paragraphs
// hold it.
type dictCount struct {
	Term  string
	Count int
}

// fieldTermCounts lists the terms of field's dictionary with their counts,
// in order.
func fieldTermCounts(rdr index.IndexReader, field string) ([]dictCount, error) {
	dict, err := rdr.FieldDict(field)
	if err != nil {
		return nil, err
	}
	defer dict.Close()
	var out []dictCount
	for {
		e, err := dict.Next()
		if err != nil {
			return nil, err
		}
		if e == nil {
			return out, nil
		}
		out = append(out, dictCount{Term: e.Term, Count: int(e.Count)})
	}
}

// fieldTerms lists the terms of field's dictionary, in order.
func fieldTerms(rdr index.IndexReader, field string) ([]string, error) {
	counts, err := fieldTermCounts(rdr, field)
	if err != nil {
		return nil, err
	}
	terms := make([]string, len(counts))
	for i, c := range counts {
		terms[i] = c.Term
	}
	return terms, nil
}

// eachPosting calls visit with the document number of every posting of
// each of terms in field, and the term's index in terms. Postings skip
// deleted paragraphs, as searches do.
func eachPosting(ctx context.Context, rdr index.IndexReader, field string, terms []string, visit func(doc uint64, ord int)) error {
	for ord, term := range terms {
		tfr, err := rdr.TermFieldReader(ctx, []byte(term), field, false, false, false)
		if err != nil {
			return err
		}
		d, err := tfr.Next(nil)
		for err == nil && d != nil {
			visit(d.ID.Value(), ord)
			d, err = tfr.Next(d)
		}
		tfr.Close()
		if err != nil {
			return err
		}
	}
	return nil
}
