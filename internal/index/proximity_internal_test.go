package index

import (
	"slices"
	"testing"
)

// TestNearWindows checks the window check on positions written out by hand.
func TestNearWindows(t *testing.T) {
	type at = map[string][]uint64
	tests := []struct {
		name  string
		words at
		need  []string
		slop  int
		want  []uint64 // positions kept; nil: no window fits
	}{
		{"adjacent", at{"minsk": {3}, "agreement": {4}}, []string{"minsk", "agreement"}, 1, []uint64{3, 4}},
		{"any order", at{"minsk": {9}, "agreement": {5}}, []string{"minsk", "agreement"}, 5, []uint64{5, 9}},
		{"too far", at{"minsk": {12}, "agreement": {5}}, []string{"minsk", "agreement"}, 5, nil},
		{"exactly the slop", at{"minsk": {10}, "agreement": {5}}, []string{"minsk", "agreement"}, 5, []uint64{5, 10}},
		{"the near pair among far ones", at{"minsk": {1, 40}, "agreement": {20, 42}}, []string{"minsk", "agreement"}, 5, []uint64{40, 42}},
		{"two windows", at{"minsk": {1, 40}, "agreement": {3, 42}}, []string{"minsk", "agreement"}, 5, []uint64{1, 3, 40, 42}},
		{"three words", at{"a": {10}, "b": {2, 13}, "c": {15}}, []string{"a", "b", "c"}, 5, []uint64{10, 13, 15}},
		{"three words too wide", at{"a": {10}, "b": {2}, "c": {15}}, []string{"a", "b", "c"}, 5, nil},
		{"a repeated word needs two occurrences", at{"a": {4}}, []string{"a", "a"}, 5, nil},
		{"a repeated word", at{"a": {4, 7}, "b": {5}}, []string{"a", "a", "b"}, 3, []uint64{4, 5, 7}},
		{"a word missing", at{"a": {4}}, []string{"a", "b"}, 5, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var occ []occurrence
			for w, ps := range tt.words {
				for _, p := range ps {
					occ = append(occ, occurrence{pos: p, term: w, idx: int(p)})
				}
			}
			slices.SortFunc(occ, func(a, b occurrence) int { return int(a.pos) - int(b.pos) })
			need := map[string]int{}
			for _, w := range tt.need {
				need[w]++
			}
			var got []uint64
			for _, i := range windows(occ, need, tt.slop) {
				got = append(got, uint64(i))
			}
			slices.Sort(got)
			if !slices.Equal(got, tt.want) {
				t.Errorf("windows(%v, %v, %d) kept positions %v, want %v", tt.words, tt.need, tt.slop, got, tt.want)
			}
		})
	}
}
