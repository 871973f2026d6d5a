// Package diff computes shortest edit scripts between two sequences
// (Myers' O(ND) algorithm) and word-level differences between two texts,
// for showing what changed between versions of a document. It knows
// nothing about documents, paragraphs or HTML.
package diff

// Kind says what an Op does.
type Kind int8

// Kinds of Op.
const (
	Equal  Kind = iota // in both sequences
	Delete             // only in the old sequence
	Insert             // only in the new sequence
)

func (k Kind) String() string {
	switch k {
	case Delete:
		return "delete"
	case Insert:
		return "insert"
	}
	return "equal"
}

// Op is a run of N elements: a[A:A+N] for Equal and Delete, b[B:B+N] for
// Equal and Insert. A and B are where the run starts in each sequence
// (for Insert, A is where it goes in a; for Delete, B in b).
type Op struct {
	Kind Kind
	A, B int
	N    int
}

// MaxEdits bounds the work of one diff: Myers' algorithm costs
// O((N+M)·D) time and, here, O(D²) memory for D edits. Two sequences
// further apart than that are answered as "everything between the common
// head and tail was replaced", which is still a correct edit script, only
// not the shortest. Versions of one release differ by a few edits; two
// unrelated texts are not worth a minute of work.
const MaxEdits = 2000

// Slices returns an edit script turning a into b: the Equal and Delete ops
// in order spell a, the Equal and Insert ops spell b. It is the shortest
// such script unless a and b differ by more than MaxEdits elements.
// Consecutive ops of one kind are merged; deletes come before inserts
// where both replace the same span.
func Slices[T comparable](a, b []T) []Op {
	// Common head and tail cost nothing and are the usual case.
	head := 0
	for head < len(a) && head < len(b) && a[head] == b[head] {
		head++
	}
	tail := 0
	for tail < len(a)-head && tail < len(b)-head && a[len(a)-1-tail] == b[len(b)-1-tail] {
		tail++
	}
	var out []Op
	add := func(op Op) {
		if op.N == 0 {
			return
		}
		if n := len(out); n > 0 && out[n-1].Kind == op.Kind {
			out[n-1].N += op.N
			return
		}
		out = append(out, op)
	}
	add(Op{Kind: Equal, A: 0, B: 0, N: head})
	for _, op := range middle(a[head:len(a)-tail], b[head:len(b)-tail]) {
		op.A += head
		op.B += head
		add(op)
	}
	add(Op{Kind: Equal, A: len(a) - tail, B: len(b) - tail, N: tail})
	return normalize(out)
}

// middle diffs a and b element by element (Myers 1986, greedy forward
// search keeping each round's frontier for the walk back).
func middle[T comparable](a, b []T) []Op {
	n, m := len(a), len(b)
	if n == 0 || m == 0 {
		return []Op{{Kind: Delete, N: n}, {Kind: Insert, N: m}}
	}
	limit := min(n+m, MaxEdits)
	off := limit + 1
	v := make([]int, 2*limit+3)
	// rounds[d] is the frontier after round d, for k in [-d, d].
	var rounds [][]int
	end := -1
	for d := 0; d <= limit && end < 0; d++ {
		for k := -d; k <= d; k += 2 {
			var x int
			if k == -d || (k != d && v[off+k-1] < v[off+k+1]) {
				x = v[off+k+1] // down: an insert
			} else {
				x = v[off+k-1] + 1 // right: a delete
			}
			y := x - k
			for x < n && y < m && a[x] == b[y] {
				x++
				y++
			}
			v[off+k] = x
			if x >= n && y >= m {
				end = d
				break
			}
		}
		rounds = append(rounds, append([]int(nil), v[off-d:off+d+1]...))
	}
	if end < 0 {
		return []Op{{Kind: Delete, N: n}, {Kind: Insert, N: m}}
	}
	at := func(d, k int) int { return rounds[d][k+d] }
	var rev []Op
	x, y := n, m
	for d := end; d > 0; d-- {
		k := x - y
		var pk int
		if k == -d || (k != d && at(d-1, k-1) < at(d-1, k+1)) {
			pk = k + 1
		} else {
			pk = k - 1
		}
		px := at(d-1, pk)
		py := px - pk
		// The snake after the edit, then the edit itself.
		sx, sy := px, py
		if pk == k+1 {
			sy++ // down from (px, py): insert b[py]
		} else {
			sx++ // right from (px, py): delete a[px]
		}
		if x > sx {
			rev = append(rev, Op{Kind: Equal, A: sx, B: sy, N: x - sx})
		}
		if pk == k+1 {
			rev = append(rev, Op{Kind: Insert, A: px, B: py, N: 1})
		} else {
			rev = append(rev, Op{Kind: Delete, A: px, B: py, N: 1})
		}
		x, y = px, py
	}
	if x > 0 {
		rev = append(rev, Op{Kind: Equal, A: 0, B: 0, N: x})
	}
	out := make([]Op, 0, len(rev))
	for i := len(rev) - 1; i >= 0; i-- {
		out = append(out, rev[i])
	}
	return out
}

// normalize merges runs of one kind and, between two Equal runs, puts all
// deletes before all inserts, so that a replaced span reads as one
// deletion followed by one insertion.
func normalize(ops []Op) []Op {
	var out []Op
	for i := 0; i < len(ops); {
		if ops[i].Kind == Equal {
			out = appendOp(out, ops[i])
			i++
			continue
		}
		j := i
		del := Op{Kind: Delete, A: -1}
		ins := Op{Kind: Insert, A: -1}
		for ; j < len(ops) && ops[j].Kind != Equal; j++ {
			op := ops[j]
			p := &ins
			if op.Kind == Delete {
				p = &del
			}
			if p.A < 0 {
				p.A, p.B = op.A, op.B
			}
			p.N += op.N
		}
		// Both runs start where the span starts in each sequence.
		del.A, del.B = ops[i].A, ops[i].B
		ins.A, ins.B = del.A+del.N, ops[i].B
		out = appendOp(out, del)
		out = appendOp(out, ins)
		i = j
	}
	return out
}

func appendOp(out []Op, op Op) []Op {
	if op.N == 0 {
		return out
	}
	if n := len(out); n > 0 && out[n-1].Kind == op.Kind {
		out[n-1].N += op.N
		return out
	}
	return append(out, op)
}
