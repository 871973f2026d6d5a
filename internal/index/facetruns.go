package index

import (
	"math/bits"
	"slices"
)

// Facet counting by sets of terms. A paragraph's facet terms are mostly
// its document's (source, month, issuer, country, often the speaker), and
// a document's paragraphs are neighbours in the index (paragraphs are in
// ID order, BENCHMARKS.md step 35): at 1M paragraphs the bench index has
// 49,586 runs of neighbours with the same terms and 8,478 distinct sets of
// terms. A search counts each match into its set, reached through small
// arrays (the run it is in, the run's set), and adds the sets' counts to
// their terms once at the end, instead of reading each match's terms from
// the table (two random reads in ten megabytes at 1M).

// markRuns fills runStart, rank, runSet and the sets from the table: a
// run starts at paragraph d when d's terms or question flag are not
// d-1's; runs with the same terms and flag share a set. With more sets
// than maxShare percent of the paragraphs, it leaves them out.
func (t *facetTable) markRuns(maxShare int) {
	t.docs = uint64(len(t.start) - 1)
	t.runStart = make([]uint64, (t.docs+63)/64)
	t.rank = make([]uint32, len(t.runStart))
	t.setStart = []uint32{0}
	t.setOrds, t.setQuestion, t.runSet = nil, nil, nil
	sets := map[string]uint32{}
	var key []byte
	for d := uint64(0); d < t.docs; d++ {
		if d%64 == 0 {
			t.rank[d/64] = uint32(len(t.runSet))
		}
		q := t.isQuestion(d)
		if d > 0 && q == t.isQuestion(d-1) && t.sameOrds(d-1, d) {
			continue
		}
		t.runStart[d/64] |= 1 << (d % 64)
		ords := t.ordsOf(d)
		key = key[:0]
		if q {
			key = append(key, 1)
		} else {
			key = append(key, 0)
		}
		for _, o := range ords {
			key = append(key, byte(o), byte(o>>8), byte(o>>16), byte(o>>24))
		}
		s, ok := sets[string(key)]
		if !ok {
			s = uint32(len(t.setQuestion))
			sets[string(key)] = s
			t.setOrds = append(t.setOrds, ords...)
			t.setStart = append(t.setStart, uint32(len(t.setOrds)))
			t.setQuestion = append(t.setQuestion, q)
		}
		t.runSet = append(t.runSet, s)
	}
	if len(t.setQuestion) > maxShare*int(t.docs)/100 {
		t.dropSets()
	}
}

// maxSetShare is the most sets, in percent of the paragraphs, that are
// worth counting by (markRuns): a search allocates and reads a count per set, which
// costs more than it saves when most runs have terms of their own (an
// index whose every paragraph has its own speakers and mentions).
const maxSetShare = 10

// dropSets makes searches count each match's terms from the table.
func (t *facetTable) dropSets() {
	t.runStart, t.rank, t.runSet, t.setStart, t.setOrds, t.setQuestion = nil, nil, nil, nil, nil, nil
}

// sameOrds says whether paragraphs a and b < t.docs have the same terms.
func (t *facetTable) sameOrds(a, b uint64) bool {
	if t.ords4 != nil {
		return slices.Equal(t.ords4[t.start[a]:t.start[a+1]], t.ords4[t.start[b]:t.start[b+1]])
	}
	return slices.Equal(t.ords[t.start[a]:t.start[a+1]], t.ords[t.start[b]:t.start[b+1]])
}

// ordsOf is paragraph doc's term ordinals (doc < t.docs), widened.
func (t *facetTable) ordsOf(doc uint64) []uint32 {
	lo, hi := t.start[doc], t.start[doc+1]
	if t.ords4 != nil {
		return t.ords4[lo:hi]
	}
	out := make([]uint32, hi-lo)
	for i, o := range t.ords[lo:hi] {
		out[i] = uint32(o)
	}
	return out
}

// setOf is the set of terms of paragraph doc < t.docs: its run's, the
// run being the number of run starts up to doc, less one.
func (t *facetTable) setOf(doc uint64) uint32 {
	w := doc / 64
	run := t.rank[w] + uint32(bits.OnesCount64(t.runStart[w]&(2<<(doc%64)-1))) - 1
	return t.runSet[run]
}
