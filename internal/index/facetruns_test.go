package index

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// runsTestTable is a facet table of docs paragraphs in runs of one to 40
// paragraphs with the same terms (some runs repeat the terms of the run
// before but for the question flag, some share the terms of runs far
// before, some have none).
func runsTestTable(rng *rand.Rand, docs int, wide bool) *facetTable {
	const terms = 40
	t := &facetTable{terms: make([]string, terms), start: []uint32{0}}
	pool := [][]uint32{nil} // lists runs far apart share
	for range 6 {
		var list []uint32
		for o := 0; o < terms; o++ {
			if rng.IntN(6) == 0 {
				list = append(list, uint32(o))
			}
		}
		pool = append(pool, list)
	}
	var ords []uint32
	var list []uint32
	for d := 0; d < docs; {
		n := 1 + rng.IntN(40)
		if rng.IntN(4) == 0 {
			n = 1 + rng.IntN(3)
		}
		switch rng.IntN(4) {
		case 0: // the same terms, perhaps with another question flag
		case 1:
			list = pool[rng.IntN(len(pool))]
		default:
			list = nil
			for o := 0; o < terms; o++ {
				if rng.IntN(6) == 0 {
					list = append(list, uint32(o))
				}
			}
		}
		question := rng.IntN(3) == 0
		for ; n > 0 && d < docs; n, d = n-1, d+1 {
			ords = append(ords, list...)
			t.start = append(t.start, uint32(len(ords)))
			if question {
				if w := d / 64; w >= len(t.question) {
					t.question = append(t.question, make([]uint64, w+1-len(t.question))...)
				}
				t.question[d/64] |= 1 << (d % 64)
			}
		}
	}
	if wide {
		t.ords4 = ords
	} else {
		t.ords = make([]uint16, len(ords))
		for i, o := range ords {
			t.ords[i] = uint16(o)
		}
	}
	t.markRuns(maxSetShare)
	return t
}

// countEach is what facetCounter.add did before runs: every match's terms
// looked up and counted.
func countEach(t *facetTable, matches []uint64) (n []uint32, questions int) {
	n = make([]uint32, len(t.terms))
	for _, doc := range matches {
		if t.isQuestion(doc) {
			questions++
		}
		if doc+1 >= uint64(len(t.start)) {
			continue
		}
		for i := t.start[doc]; i < t.start[doc+1]; i++ {
			if t.ords != nil {
				n[t.ords[i]]++
			} else {
				n[t.ords4[i]]++
			}
		}
	}
	return n, questions
}

// TestFacetSetsCountAsEachMatch: counting matches by their sets of terms
// gives every term and the questions the counts of counting each match's
// terms, whatever the matches: dense and sparse, in order and in ranges out
// of order (a split search hands one counter several ranges), far apart,
// past the table, and through reset and merge.
func TestFacetSetsCountAsEachMatch(t *testing.T) {
	rng := rand.New(rand.NewPCG(41, 1))
	for _, tt := range []struct{ wide, sets bool }{{false, true}, {true, true}, {false, false}, {true, false}} {
		wide := tt.wide
		table := runsTestTable(rng, 5000, wide)
		docs := uint64(len(table.start) - 1)
		if runs, sets := len(table.runSet), len(table.setQuestion); sets >= runs || runs < 100 {
			t.Fatalf("wide %v: %d runs, %d sets: want runs to share sets", wide, runs, sets)
		}
		if !tt.sets { // counted from the table, as when sets are too many
			table.dropSets()
		}
		cases := []struct {
			name  string
			every int // a paragraph matches with chance 1/every
			order string
		}{
			{"all", 1, "up"},
			{"dense", 2, "up"},
			{"sparse", 40, "up"},
			{"far apart", 700, "up"},
			{"ranges out of order", 3, "ranges"},
			{"descending", 5, "down"},
		}
		for _, tc := range cases {
			var matches []uint64
			for d := uint64(0); d < docs+200; d++ { // 200 past the table
				if rng.IntN(tc.every) == 0 {
					matches = append(matches, d)
				}
			}
			switch tc.order {
			case "down":
				slices.Reverse(matches)
			case "ranges": // four ranges, searched 2, 0, 3, 1
				q := len(matches) / 4
				r := [][]uint64{matches[:q], matches[q : 2*q], matches[2*q : 3*q], matches[3*q:]}
				matches = slices.Concat(r[2], r[0], r[3], r[1])
			}
			wantN, wantQ := countEach(table, matches)

			c := newFacetCounter(table, nil)
			for _, d := range matches[:len(matches)/3] { // counted, then reset
				c.add(d)
			}
			c.counts()
			for _, d := range matches[len(matches)/3:] {
				c.add(d)
			}
			c.reset()
			other := newFacetCounter(table, nil) // half of them counted apart, merged
			for i, d := range matches {
				if i%2 == 0 {
					c.add(d)
				} else {
					other.add(d)
				}
			}
			c.merge(other)
			if got := c.counts(); !slices.Equal(got, wantN) {
				t.Errorf("wide %v, sets %v, %s: counts\n got %v\nwant %v", wide, tt.sets, tc.name, got, wantN)
			}
			if c.matches != len(matches) || c.questions != wantQ {
				t.Errorf("wide %v, sets %v, %s: %d matches, %d questions; want %d, %d", wide, tt.sets, tc.name, c.matches, c.questions, len(matches), wantQ)
			}
		}
	}
}

// TestFacetSetsDroppedWhenMany: a table whose paragraphs mostly have terms
// of their own is counted from the table, not by sets.
func TestFacetSetsDroppedWhenMany(t *testing.T) {
	table := &facetTable{terms: make([]string, 3000), start: []uint32{0}}
	for d := range 1000 {
		table.ords4 = append(table.ords4, uint32(d%7), uint32(7+d))
		table.start = append(table.start, uint32(len(table.ords4)))
	}
	table.markRuns(maxSetShare)
	if table.runSet != nil {
		t.Errorf("%d paragraphs, %d sets: counted by sets", table.docs, len(table.setQuestion))
	}
	c := newFacetCounter(table, nil)
	c.add(5)
	c.add(6)
	if got := c.counts(); got[5] != 1 || got[6] != 1 || got[12] != 1 || got[13] != 1 || c.matches != 2 {
		t.Errorf("counts %v, %d matches", got[:14], c.matches)
	}
}
