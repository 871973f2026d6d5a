package index

import (
	"context"
	"slices"
	"strings"

	"github.com/blevesearch/bleve/v2/search/query"
)

// Disjunctive facets: the values of one facet are alternatives (two
// speakers filter on either, filters.anyOf), so the counts that facet
// shows are those of the search without its own filter, the other
// facets' filters kept. With its own filter they were the counts within
// the selection: beside speaker=Joe Biden the speaker facet listed only
// who spoke with Biden, by the paragraphs they shared, and a second
// speaker's count was not what adding it would add.

// ownFilters are the list facets a request filters on, with their values.
var ownFilters = []struct {
	facet  string
	values func(*SearchRequest) *[]string
}{
	{FacetSpeaker, func(r *SearchRequest) *[]string { return &r.Speakers }},
	{FacetMention, func(r *SearchRequest) *[]string { return &r.Mentions }},
	{FacetSource, func(r *SearchRequest) *[]string { return &r.Sources }},
	{FacetIssuer, func(r *SearchRequest) *[]string { return &r.Issuers }},
	{FacetCountry, func(r *SearchRequest) *[]string { return &r.Countries }},
	{FacetAct, func(r *SearchRequest) *[]string { return &r.Acts }},
}

// countWithoutOwnFilters replaces the facets of res that req filters on
// with their counts over q's matches under the other filters alone. The
// values selected stay in the list when they have matches, however far
// down the counts put them, so that the page can show them selected.
//
// The counts take one walk of the matches, unscored and keeping no hits,
// as Lucene's DrillSideways takes them: of q under the filters no facet
// owns (dates, turn) and, with several facets filtered, under any one
// facet's others' filters. Each match is checked against the facets'
// filters in the facet table (sidewaysCheck) and counts in each facet whose
// others' filters it passes: in all of them when it passes every filter,
// in one facet when it fails that facet's alone. Browsing with one facet
// filtered and nothing else, that walk would be of every paragraph: the
// generation's counts are used instead (everyParagraph). Each facet
// filtered used to cost a scored search of its own that read the ID of
// every match (docs/BENCHMARKS.md, step 46).
func (r *Reader) countWithoutOwnFilters(ctx context.Context, cs *prepared, q query.Query, req SearchRequest, cores int, res *SearchResult) error {
	type apart struct {
		facet string
		need  uint8 // the filters (sidewaysCheck bits) a match must pass to count
		pairs *pairFilter
		fc    []*facetCounter // one per range of the walk
	}
	var aparts []apart
	var common []query.Query   // the filters no facet owns
	var branches []query.Query // per facet, its others' own filters; nil once one has none
	check := &sidewaysCheck{t: cs.g.facetTable}
	for _, f := range ownFilters {
		if !hasValue(*f.values(&req)) {
			continue
		}
		others := req
		*f.values(&others) = nil
		clauses, pairs, err := cs.clausesFor(others)
		if err != nil {
			return err
		}
		a := apart{facet: f.facet, pairs: pairs}
		var own []query.Query
		for _, cl := range clauses {
			bit := check.add(cl)
			if bit == 0 {
				if len(aparts) == 0 {
					common = append(common, cl.q) // the same for every facet
				}
				continue
			}
			a.need |= bit
			own = append(own, cl.q)
		}
		aparts = append(aparts, a)
		switch {
		case len(own) == 0:
			branches = nil // this facet counts every match under the common filters
		case len(aparts) == 1 || branches != nil:
			branches = append(branches, query.NewConjunctionQuery(own))
		}
	}
	if len(aparts) == 0 {
		return nil
	}
	// Browsing with one facet filtered and nothing else, the walk would
	// be of every paragraph: the generation's counts, kept once counted.
	everything := q == nil && len(common) == 0 && len(branches) == 0 && !cs.byTable
	if !everything {
		for i := range aparts {
			for range cores {
				aparts[i].fc = append(aparts[i].fc, newFacetCounter(cs.g.facetTable, aparts[i].pairs))
			}
		}
		if len(branches) > 0 {
			common = append(common, query.NewDisjunctionQuery(branches))
		}
		_, err := walkMatches(ctx, cs.g, cs.filterWith(common, req)(q), cores, false, func(part int, doc uint64, _ float64) {
			passed := check.passed(doc)
			for _, a := range aparts {
				if a.need&^passed == 0 {
					a.fc[part].add(doc)
				}
			}
		})
		if err != nil {
			return err
		}
	}
	for _, a := range aparts {
		var all []FacetValue
		if everything {
			all = slices.Clone(cs.g.facetTable.everyParagraph()[slices.Index(facetOrder, a.facet)])
		} else {
			fc := a.fc[0]
			for _, o := range a.fc[1:] {
				fc.merge(o)
			}
			all = fc.lists()[slices.Index(facetOrder, a.facet)]
			slices.SortFunc(all, byCount)
		}
		selected := res.Filters[a.facet]
		if a.facet == FacetAct {
			selected = req.Acts
		}
		size := facetSizes[a.facet].size
		if req.FacetSize != 0 {
			size = req.FacetSize
		}
		res.Facets[a.facet] = withSelected(all, size, selected)
	}
	return nil
}

// everyParagraph is the facets' counts over every paragraph, by facet
// (facetOrder), each list in byCount order; the caller must not change
// them.
func (t *facetTable) everyParagraph() [][]FacetValue {
	t.everyOnce.Do(func() {
		c := newFacetCounter(t, nil)
		for doc := uint64(0); doc < t.docs; doc++ {
			c.add(doc) // a deleted paragraph has no terms in the table
		}
		t.every = c.lists()
		for _, l := range t.every {
			slices.SortFunc(l, byCount)
		}
	})
	return t.every
}

// sidewaysCheck tells which of a request's facet filters a paragraph
// passes, from the facet table, so that the walk of countWithoutOwnFilters
// needs no search per filter: a filter of a key field (speaker_key, act,
// ...) by the paragraph's facet terms whose value, lower-cased as the key
// fields hold it, is one of the filter's terms (facetTable.keyOrds); the
// speaker and act filters together by its speaker_act terms. Bit i stands
// for the filter of fields[i].
type sidewaysCheck struct {
	t        *facetTable
	fields   []string
	ordBits  []uint8  // by fieldFacets ordinal, the filters the term passes
	pairOrds []uint32 // the speaker_act ordinals that pass pairBit's filter
	pairBit  uint8
}

// add registers the filter cl and returns its bit, 0 for a filter of no
// facet (the dates, the turn). The same field is the same filter in every
// request countWithoutOwnFilters derives: its facet's values are the
// request's.
func (s *sidewaysCheck) add(cl filterClause) uint8 {
	prefix := keyFacetPrefix[cl.field]
	if cl.field == fieldAct {
		prefix = facetPrefixAct
	}
	if prefix == "" && cl.field != fieldSpeakerAct {
		return 0
	}
	if i := slices.Index(s.fields, cl.field); i >= 0 {
		return 1 << i
	}
	bit := uint8(1) << len(s.fields) // at most 7 fields: the filters of ownFilters, speaker_act
	s.fields = append(s.fields, cl.field)
	if cl.field == fieldSpeakerAct {
		s.pairBit = bit
		if p := s.t.pairs; p != nil {
			for _, term := range cl.terms {
				if o, ok := slices.BinarySearch(p.terms, term); ok {
					s.pairOrds = append(s.pairOrds, uint32(o))
				}
			}
		}
		return bit
	}
	if s.ordBits == nil {
		s.ordBits = make([]uint8, len(s.t.terms))
	}
	for _, term := range cl.terms {
		for _, o := range s.t.keyOrds(prefix + term) {
			s.ordBits[o] |= bit
		}
	}
	return bit
}

// passed is the bits of the filters paragraph doc passes.
func (s *sidewaysCheck) passed(doc uint64) uint8 {
	var m uint8
	if s.ordBits != nil {
		s.t.termsOf(doc, func(o int) { m |= s.ordBits[o] })
	}
	if s.pairBit != 0 && s.t.pairs != nil {
		for _, po := range s.t.pairs.of(doc) {
			if slices.Contains(s.pairOrds, po) {
				m |= s.pairBit
				break
			}
		}
	}
	return m
}

// keyOrds are the ordinals of the terms of the facet of prefix whose value
// lower-cased is key, prefixed as prefix+key: what a key field's term
// (speaker_key "wang yi", source_key "mfa") finds in the facet table
// ("sWang Yi", "oMFA"). TestKeyOrdsMatchKeyFields checks the two agree.
func (t *facetTable) keyOrds(key string) []uint32 {
	t.keysOnce.Do(func() {
		t.keys = map[string][]uint32{}
		for o, term := range t.terms {
			if len(term) < 2 || (facetByPrefix[term[:1]] == "" && term[:1] != facetPrefixAct) {
				continue
			}
			k := term[:1] + strings.ToLower(term[1:])
			t.keys[k] = append(t.keys[k], uint32(o))
		}
	})
	return t.keys[key]
}

// withSelected is the first n of all (all of them if n < 0), in order,
// then the values of selected that all has further down.
func withSelected(all []FacetValue, n int, selected []string) []FacetValue {
	if n < 0 || len(all) <= n {
		return all
	}
	out := all[:n:n]
	for _, v := range all[n:] {
		for _, s := range selected {
			if strings.EqualFold(strings.TrimSpace(s), v.Value) {
				out = append(out, v)
				break
			}
		}
	}
	return out
}

// countedApart is how many facets of req countWithoutOwnFilters counts.
func countedApart(req SearchRequest) int {
	n := 0
	for _, f := range ownFilters {
		if hasValue(*f.values(&req)) {
			n++
		}
	}
	return n
}

func hasValue(vs []string) bool {
	for _, v := range vs {
		if strings.TrimSpace(v) != "" {
			return true
		}
	}
	return false
}
