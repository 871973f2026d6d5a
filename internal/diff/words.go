package diff

import (
	"strings"
	"unicode"
)

// Chunk is a piece of text that is in both texts (Equal), only in the old
// one (Delete) or only in the new one (Insert).
type Chunk struct {
	Kind Kind
	Text string
}

// Words compares two texts word by word. Concatenating the Equal and
// Delete chunks gives old back exactly, the Equal and Insert chunks new:
// no character is lost or invented, whitespace included. A changed word
// is a Delete of the old word followed by an Insert of the new one.
func Words(old, new string) []Chunk {
	a, b := Tokens(old), Tokens(new)
	ops := Slices(a, b)
	var out []Chunk
	for _, op := range ops {
		var text string
		switch op.Kind {
		case Insert:
			text = strings.Join(b[op.B:op.B+op.N], "")
		default:
			text = strings.Join(a[op.A:op.A+op.N], "")
		}
		out = append(out, Chunk{Kind: op.Kind, Text: text})
	}
	return absorbSpaces(out)
}

// absorbSpaces folds a run of whitespace kept between two changes into the
// changes ("<del>at 17:00</del><ins>at 16:30</ins>" rather than
// "<del>at</del> <del>17:00</del>..."): the space is both deleted and
// inserted, so both texts are still spelled out exactly.
func absorbSpaces(in []Chunk) []Chunk {
	changed := func(i int) bool { return i >= 0 && i < len(in) && in[i].Kind != Equal }
	var out []Chunk
	push := func(c Chunk) {
		if c.Text == "" {
			return
		}
		if n := len(out); n > 0 && out[n-1].Kind == c.Kind {
			out[n-1].Text += c.Text
			return
		}
		out = append(out, c)
	}
	for i := 0; i < len(in); i++ {
		c := in[i]
		if c.Kind == Equal && strings.TrimSpace(c.Text) == "" && changed(i-1) && changed(i+1) {
			// Into the deletion and the insertion around it, keeping
			// deletes before inserts.
			var dels, inss []Chunk
			j := len(out) - 1
			for j >= 0 && out[j].Kind != Equal {
				j--
			}
			for _, p := range out[j+1:] {
				if p.Kind == Delete {
					dels = append(dels, p)
				} else {
					inss = append(inss, p)
				}
			}
			out = out[:j+1]
			var d, n strings.Builder
			for _, p := range dels {
				d.WriteString(p.Text)
			}
			for _, p := range inss {
				n.WriteString(p.Text)
			}
			d.WriteString(c.Text)
			n.WriteString(c.Text)
			// The changes after the space join the same pair.
			for i+1 < len(in) && in[i+1].Kind != Equal {
				i++
				if in[i].Kind == Delete {
					d.WriteString(in[i].Text)
				} else {
					n.WriteString(in[i].Text)
				}
			}
			push(Chunk{Kind: Delete, Text: d.String()})
			push(Chunk{Kind: Insert, Text: n.String()})
			continue
		}
		push(c)
	}
	return out
}

// Tokens splits s into words and the runs of whitespace between them;
// joined, they are s. Punctuation stays with its word ("Minster," is one
// token), which is what a reader compares.
func Tokens(s string) []string {
	var out []string
	start := 0
	space := false
	for i, r := range s {
		sp := unicode.IsSpace(r)
		if i > start && sp != space {
			out = append(out, s[start:i])
			start = i
		}
		space = sp
	}
	if start < len(s) {
		out = append(out, s[start:])
	}
	return out
}

// Similarity is the share of words two texts have in common, in order:
// 2·(words kept) / (words in a + words in b), 1 for equal texts, 0 for
// texts with no word in common.
func Similarity(a, b string) float64 {
	wa, wb := strings.Fields(a), strings.Fields(b)
	if len(wa)+len(wb) == 0 {
		return 1
	}
	kept := 0
	for _, op := range Slices(wa, wb) {
		if op.Kind == Equal {
			kept += op.N
		}
	}
	return 2 * float64(kept) / float64(len(wa)+len(wb))
}
