package query_test

import (
	"errors"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/readouts/readouts/internal/query"
)

// FuzzParse checks that any input either parses or fails with a
// *query.Error that points inside it; that a parsed tree's nodes lie
// inside the input, each kid within its parent and after the one before,
// each term's text where its position says; and that what was understood
// parses again to the same thing.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		`Wang "Minsk agreements" -x (a OR b) speaker:"Wang Yi" s* b~2`, "((", `"`, "a OR OR b",
		`"Minsk agreements"~5 (“a b”~2 OR c)`, `"a"~`, "Minsk year:abc", "by: Blinken NOT (a && b || c)",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := query.Parse(s)
		if err != nil {
			var qe *query.Error
			if !errors.As(err, &qe) {
				t.Fatalf("Parse(%q): error %v is not a *query.Error", s, err)
			}
			if qe.Pos < 0 || qe.Pos > len(s) {
				t.Fatalf("Parse(%q): error at %d, outside the query: %v", s, qe.Pos, err)
			}
			return
		}
		if n == nil {
			if strings.TrimFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '+' }) != "" {
				t.Fatalf("Parse(%q) = nil, nil: only spaces and plus signs parse to nothing", s)
			}
			return
		}
		checkSpans(t, s, n, 0, len(s))
		again, err := query.Parse(n.String())
		if err != nil {
			t.Fatalf("understood %q of %q does not parse: %v", n.String(), s, err)
		}
		if again.String() != n.String() {
			t.Fatalf("round trip of %q: %q then %q", s, n.String(), again.String())
		}
	})
}

// checkSpans checks that n lies within [lo, hi] of s and its kids within
// it, in order.
func checkSpans(t *testing.T, s string, n query.Node, lo, hi int) {
	t.Helper()
	if n.Pos() < lo || n.End() > hi || n.Pos() >= n.End() {
		t.Fatalf("Parse(%q): %s spans [%d, %d), outside [%d, %d]", s, n, n.Pos(), n.End(), lo, hi)
	}
	var kids []query.Node
	switch n := n.(type) {
	case *query.And:
		kids = n.Kids
	case *query.Or:
		kids = n.Kids
	case *query.Not:
		kids = []query.Node{n.Kid}
	case *query.Term:
		if !(n.FieldPos <= n.ValuePos && n.ValuePos < n.EndPos) {
			t.Fatalf("Parse(%q): term %s at field %d, value %d, end %d", s, n, n.FieldPos, n.ValuePos, n.EndPos)
		}
		text := s[n.ValuePos:]
		if n.Phrase {
			_, quote := utf8.DecodeRuneInString(text)
			text = text[quote:]
		}
		if !strings.HasPrefix(text, n.Text) || n.ValuePos+len(n.Text) > n.EndPos {
			t.Fatalf("Parse(%q): term %q is not at %d (%q)", s, n.Text, n.ValuePos, s[n.ValuePos:])
		}
	}
	lo = n.Pos()
	for _, k := range kids {
		checkSpans(t, s, k, lo, n.End())
		lo = k.End()
	}
}
