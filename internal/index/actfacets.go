package index

import (
	"context"
	"slices"
	"strings"

	index "github.com/blevesearch/bleve_index_api"
)

// A speaker filter and an act filter together match who did the act
// (acts.go: speaker_act), so the facets must count the same pairs, or a
// count shown beside a filter is not what clicking it finds ("agreed 17"
// finding 16 under speaker=Joe Biden). With a speaker filter the act facet
// counts the acts the filtered speakers did; with an act filter the speaker
// facet counts the speakers who did one of the filtered acts. Who did which
// act is read into the facet table from speaker_act's postings when the
// generation opens, as the facet terms are.

// pairTable holds the speaker_act terms of every paragraph: paragraph d
// has the term ordinals ords[start[d]:start[d+1]], ordinals into terms.
type pairTable struct {
	terms   []string
	start   []uint32
	ords    []uint32
	speaker []string // the term's speaker, lower-cased
	act     []string // the term's act slug
	actOrd  []int32  // the fieldFacets ordinal of the term's act, -1 if none
}

// loadPairTable reads speaker_act of every paragraph of rdr; facetTerms are
// the fieldFacets dictionary, for each act's ordinal in it.
func loadPairTable(ctx context.Context, rdr index.IndexReader, facetTerms []string) (*pairTable, error) {
	p := &pairTable{}
	var err error
	if p.terms, err = fieldTerms(rdr, fieldSpeakerAct); err != nil {
		return nil, err
	}
	p.speaker = make([]string, len(p.terms))
	p.act = make([]string, len(p.terms))
	p.actOrd = make([]int32, len(p.terms))
	for i, term := range p.terms {
		// The speaker's name may hold "|", an act slug never does.
		if j := strings.LastIndexByte(term, '|'); j >= 0 {
			p.speaker[i], p.act[i] = term[:j], term[j+1:]
		}
		p.actOrd[i] = -1
		if k, ok := slices.BinarySearch(facetTerms, facetPrefixAct+p.act[i]); ok {
			p.actOrd[i] = int32(k)
		}
	}
	// One pass over the postings (the table used to read them twice, to
	// count and to fill): each term's paragraphs are kept, term after
	// term, and the table is filled from them in the same order, so a
	// paragraph's ordinals still ascend.
	var n []uint32                       // terms per paragraph, then (shifted) where they go
	var docs []uint32                    // the postings' paragraphs, term after term
	perTerm := make([]int, len(p.terms)) // postings per term
	if err := eachPosting(ctx, rdr, fieldSpeakerAct, p.terms, func(doc uint64, ord int) {
		if doc >= uint64(len(n)) {
			n = append(n, make([]uint32, int(doc)+1-len(n))...)
		}
		n[doc]++
		docs = append(docs, uint32(doc))
		perTerm[ord]++
	}); err != nil {
		return nil, err
	}
	p.start = make([]uint32, len(n)+1)
	for d, c := range n {
		p.start[d+1] = p.start[d] + c
	}
	p.ords = make([]uint32, p.start[len(n)])
	copy(n, p.start)
	at := 0
	for ord, c := range perTerm {
		for _, doc := range docs[at : at+c] {
			p.ords[n[doc]] = uint32(ord)
			n[doc]++
		}
		at += c
	}
	return p, nil
}

// of returns paragraph doc's speaker_act ordinals.
func (p *pairTable) of(doc uint64) []uint32 {
	if doc+1 >= uint64(len(p.start)) {
		return nil
	}
	return p.ords[p.start[doc]:p.start[doc+1]]
}

// pairFilter is what a search's speaker and act filters make the facets
// count: bySpeaker[ord] is set when speaker_act term ord is an act of a
// filtered speaker (the act facet counts only those), byAct[ord] when it
// is one of the filtered acts (the speaker facet counts only their doers).
// Either is nil when its filter is not set.
type pairFilter struct {
	bySpeaker, byAct []bool
}

// pairFilterFor is the pairFilter of speakers (lower-cased spellings, as
// speaker_act holds them) and acts; nil when neither is set.
func (t *facetTable) pairFilterFor(speakers, acts []string) *pairFilter {
	p := t.pairs
	if p == nil || (len(speakers) == 0 && len(acts) == 0) {
		return nil
	}
	f := &pairFilter{}
	if len(speakers) > 0 {
		f.bySpeaker = make([]bool, len(p.terms))
		for i, s := range p.speaker {
			f.bySpeaker[i] = slices.Contains(speakers, s)
		}
	}
	if len(acts) > 0 {
		f.byAct = make([]bool, len(p.terms))
		for i, a := range p.act {
			f.byAct[i] = slices.ContainsFunc(acts, func(x string) bool { return strings.EqualFold(strings.TrimSpace(x), a) })
		}
	}
	return f
}

// addPaired counts paragraph doc's facet terms as the pair filter
// says: acts from the filtered speakers' pairs, speakers only if they did
// a filtered act, every other term as it is.
func (c *facetCounter) addPaired(doc uint64) {
	t, f := c.t, c.pairs
	pairs := t.pairs.of(doc)
	t.termsOf(doc, func(o int) {
		switch {
		case f.bySpeaker != nil && t.isAct[o]:
			// counted below, from the pairs
		case !t.counts(f, doc, o):
		default:
			c.n[o]++
		}
	})
	if f.bySpeaker == nil {
		return
	}
	var seen [8]int32 // a paragraph has a few acts; a repeat is one paragraph
	done := seen[:0]
	for _, po := range pairs {
		a := t.pairs.actOrd[po]
		if !f.bySpeaker[po] || a < 0 || slices.Contains(done, a) {
			continue
		}
		done = append(done, a)
		c.n[a]++
	}
}

// counts says whether fieldFacets term ord of paragraph doc counts under
// f: a speaker, with an act filter, only if they did one of its acts; any
// other term always. The grid and timeline by speaker (crosstab.go) group
// by it too, so that a cell is what its link finds.
func (t *facetTable) counts(f *pairFilter, doc uint64, ord int) bool {
	if f == nil || f.byAct == nil || t.speakerKey[ord] == "" {
		return true
	}
	for _, po := range t.pairs.of(doc) {
		if f.byAct[po] && t.pairs.speaker[po] == t.speakerKey[ord] {
			return true
		}
	}
	return false
}
