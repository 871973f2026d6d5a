package server

import (
	"testing"

	"github.com/readouts/readouts/internal/query"
)

// FuzzExplainQueryError: whatever the query and wherever the error is said
// to be, explaining it never panics (it did for "(", whose error is at
// the end of the query), and the cut pieces are the query, in order.
func FuzzExplainQueryError(f *testing.F) {
	f.Add("(", 1)
	f.Add("(((", 3)
	f.Add("é(", 3)
	f.Add("Minsk year:abc", 6)
	f.Add("", 0)
	f.Fuzz(func(t *testing.T, q string, pos int) {
		p := explainQueryError(q, &query.Error{Pos: pos, Msg: "m"})
		if p.Message != "m" {
			t.Fatalf("message %q", p.Message)
		}
		if p.At == "" {
			return // no position to show
		}
		at := p.At
		if at == " " && p.After == "" && p.Before == q {
			at = "" // the end of the query, shown as a space
		}
		if got := p.Before + at + p.After; got != q {
			t.Fatalf("explainQueryError(%q, %d) cut into %q %q %q", q, pos, p.Before, p.At, p.After)
		}
	})
}
