package diff

import (
	"strings"
	"testing"
)

// spell rebuilds both sequences from an edit script.
func spell[T any](ops []Op, a, b []T) (old, new []T) {
	for _, op := range ops {
		switch op.Kind {
		case Equal:
			old = append(old, a[op.A:op.A+op.N]...)
			new = append(new, b[op.B:op.B+op.N]...)
		case Delete:
			old = append(old, a[op.A:op.A+op.N]...)
		case Insert:
			new = append(new, b[op.B:op.B+op.N]...)
		}
	}
	return old, new
}

func edits(ops []Op) int {
	n := 0
	for _, op := range ops {
		if op.Kind != Equal {
			n += op.N
		}
	}
	return n
}

func TestSlices(t *testing.T) {
	for _, tc := range []struct {
		a, b  string
		edits int // the shortest script's length
	}{
		{"", "", 0},
		{"abc", "abc", 0},
		{"", "abc", 3},
		{"abc", "", 3},
		{"abcabba", "cbabac", 5}, // the example of Myers' paper
		{"the cat sat", "the bat sat", 2},
		{"aXb", "aYb", 2},
		{"ab", "ba", 2},
	} {
		a, b := []byte(tc.a), []byte(tc.b)
		ops := Slices(a, b)
		old, new := spell(ops, a, b)
		if string(old) != tc.a || string(new) != tc.b {
			t.Errorf("Slices(%q, %q) spells %q, %q", tc.a, tc.b, old, new)
		}
		if got := edits(ops); got != tc.edits {
			t.Errorf("Slices(%q, %q): %d edits, want %d (%v)", tc.a, tc.b, got, tc.edits, ops)
		}
		for i := 1; i < len(ops); i++ {
			if ops[i].Kind == ops[i-1].Kind {
				t.Errorf("Slices(%q, %q): two %v runs in a row: %v", tc.a, tc.b, ops[i].Kind, ops)
			}
			if ops[i].Kind == Delete && ops[i-1].Kind == Insert {
				t.Errorf("Slices(%q, %q): an insert before a delete: %v", tc.a, tc.b, ops)
			}
		}
	}
}

// TestSlicesTooFar: sequences further apart than MaxEdits still get a
// correct script (the middle replaced), not a hang or a panic.
func TestSlicesTooFar(t *testing.T) {
	a := make([]int, 3*MaxEdits)
	b := make([]int, 3*MaxEdits)
	for i := range a {
		a[i], b[i] = i, -i-1
	}
	a[0], b[0] = 7, 7
	ops := Slices(a, b)
	old, new := spell(ops, a, b)
	if len(old) != len(a) || len(new) != len(b) || old[5] != a[5] || new[5] != b[5] {
		t.Fatalf("script does not spell the inputs: %v", ops)
	}
	if ops[0].Kind != Equal || ops[0].N != 1 {
		t.Errorf("the common head is lost: %v", ops[0])
	}
}

func TestWords(t *testing.T) {
	type c = Chunk
	for _, tc := range []struct {
		name, old, new string
		want           []Chunk
	}{
		{"same", "The Secretary met.", "The Secretary met.", []c{{Equal, "The Secretary met."}}},
		// From the State Department's two versions of a release on
		// Kerry's travel to Egypt (2022-02-18 and 2022-02-20).
		{"time changed", "On Monday, February 21 at 17:00 (GMT +2), Secretary Kerry", "On Monday, February 21 at 16:30 (GMT +2), Secretary Kerry",
			[]c{{Equal, "On Monday, February 21 at "}, {Delete, "17:00"}, {Insert, "16:30"}, {Equal, " (GMT +2), Secretary Kerry"}}},
		{"typo fixed", "The Secretary and Prime Minster reaffirmed", "The Secretary and Prime Minister reaffirmed",
			[]c{{Equal, "The Secretary and Prime "}, {Delete, "Minster"}, {Insert, "Minister"}, {Equal, " reaffirmed"}}},
		{"words added", "travel to the Bali, Indonesia, and Bangkok, Thailand, July 6-11", "travel to the Bali, Indonesia, Bangkok, Thailand, and Tokyo, Japan, July 6-11",
			[]c{{Equal, "travel to the Bali, Indonesia, "}, {Delete, "and "}, {Equal, "Bangkok, Thailand,"}, {Insert, " and Tokyo, Japan,"}, {Equal, " July 6-11"}}},
		{"two words replaced as one change", "will deliver opening remarks at 3:15 p.m.", "will deliver remarks at 4:00 p.m.",
			[]c{{Equal, "will deliver "}, {Delete, "opening "}, {Equal, "remarks at "}, {Delete, "3:15"}, {Insert, "4:00"}, {Equal, " p.m."}}},
		{"adjacent changes joined", "a b c d", "a x y d",
			[]c{{Equal, "a "}, {Delete, "b c"}, {Insert, "x y"}, {Equal, " d"}}},
		{"empty old", "", "new text", []c{{Insert, "new text"}}},
		{"empty new", "old text", "", []c{{Delete, "old text"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := Words(tc.old, tc.new)
			if len(got) != len(tc.want) {
				t.Fatalf("Words:\n got %q\nwant %q", got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Fatalf("Words chunk %d:\n got %q\nwant %q", i, got, tc.want)
				}
			}
		})
	}
}

func TestSimilarity(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want float64
	}{
		{"", "", 1},
		{"a b c d", "a b c d", 1},
		{"a b c d", "e f g h", 0},
		{"a b c d", "a b x d", 0.75},
	} {
		if got := Similarity(tc.a, tc.b); got != tc.want {
			t.Errorf("Similarity(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// FuzzWords checks what the page relies on: the kept and inserted chunks
// spell the new text, the kept and deleted ones the old text, no chunk is
// empty, and two chunks in a row never have the same kind.
func FuzzWords(f *testing.F) {
	f.Add("Secretary Blinken spoke today with Foreign Minister Kuleba.", "Secretary Blinken spoke by phone today with Ukrainian Foreign Minister Dmytro Kuleba.")
	f.Add("at 17:00 (GMT +2)", "at 16:30 (GMT +2)")
	f.Add("a  b\n\nc", "a b c")
	f.Add("", "x")
	f.Add("Prime Minster", "Prime Minister")
	f.Fuzz(func(t *testing.T, old, new string) {
		var o, n strings.Builder
		chunks := Words(old, new)
		for i, c := range chunks {
			if c.Text == "" {
				t.Fatalf("empty chunk %d in %q", i, chunks)
			}
			if i > 0 && chunks[i-1].Kind == c.Kind {
				t.Fatalf("chunks %d and %d are both %v: %q", i-1, i, c.Kind, chunks)
			}
			if c.Kind != Insert {
				o.WriteString(c.Text)
			}
			if c.Kind != Delete {
				n.WriteString(c.Text)
			}
		}
		if o.String() != old {
			t.Errorf("kept+deleted = %q, want the old text %q", o.String(), old)
		}
		if n.String() != new {
			t.Errorf("kept+inserted = %q, want the new text %q", n.String(), new)
		}
	})
}

// FuzzSlices checks the script against the inputs and, for short inputs,
// its length against the longest common subsequence found by dynamic
// programming: Myers' script is a shortest one.
func FuzzSlices(f *testing.F) {
	f.Add([]byte("abcabba"), []byte("cbabac"))
	f.Add([]byte(""), []byte("x"))
	f.Add([]byte("aaaa"), []byte("aa"))
	f.Fuzz(func(t *testing.T, a, b []byte) {
		ops := Slices(a, b)
		old, new := spell(ops, a, b)
		if string(old) != string(a) || string(new) != string(b) {
			t.Fatalf("Slices(%q, %q) spells %q, %q", a, b, old, new)
		}
		if len(a) > 64 || len(b) > 64 {
			return
		}
		lcs := make([][]int, len(a)+1)
		for i := range lcs {
			lcs[i] = make([]int, len(b)+1)
		}
		for i := len(a) - 1; i >= 0; i-- {
			for j := len(b) - 1; j >= 0; j-- {
				if a[i] == b[j] {
					lcs[i][j] = lcs[i+1][j+1] + 1
				} else {
					lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
				}
			}
		}
		if want := len(a) + len(b) - 2*lcs[0][0]; edits(ops) != want {
			t.Errorf("Slices(%q, %q): %d edits, shortest is %d", a, b, edits(ops), want)
		}
	})
}
