package index

import (
	"errors"
	"strings"
	"testing"
)

func TestParseQuery(t *testing.T) {
	tests := []struct {
		in   string
		want string // the query as understood (node.String)
	}{
		{"Minsk", "Minsk"},
		{"Wang Taiwan", "Wang Taiwan"},
		{"Wang AND Taiwan", "Wang Taiwan"},
		{`"Minsk agreements"`, `"Minsk agreements"`},
		{`“Minsk agreements”`, `"Minsk agreements"`},
		{`"Minsk agreements"~5`, `"Minsk agreements"~5`},
		{`“Minsk agreements”~12 Ukraine`, `"Minsk agreements"~12 Ukraine`},
		{`("Minsk agreements"~5)`, `"Minsk agreements"~5`},
		{`title:"Minsk agreements"~3`, `title:"Minsk agreements"~3`},
		{`"Minsk agreements"~100 OR Normandy`, `("Minsk agreements"~100 OR Normandy)`},
		{`-"Minsk agreements"~5`, `-"Minsk agreements"~5`},
		{"Taiwan OR Ukraine", "(Taiwan OR Ukraine)"},
		{"Taiwan | Ukraine Wang", "(Taiwan OR Ukraine) Wang"},
		{"Taiwan -Olympics", "Taiwan -Olympics"},
		{"Taiwan NOT Olympics", "Taiwan -Olympics"},
		{"(Taiwan OR Ukraine) Wang", "(Taiwan OR Ukraine) Wang"},
		{`speaker:"Wang Yi" Taiwan`, `speaker:"Wang Yi" Taiwan`},
		{"Speaker:Blinken", "speaker:Blinken"},
		{`issuer:"Ned Price" Country:China`, `issuer:"Ned Price" country:China`},
		{"sanction*", "sanction*"},
		{"Blinkin~", "Blinkin~1"},
		{"Blinkin~2", "Blinkin~2"},
		{"COVID-19", "COVID-19"},
		{"12:30", "12:30"},
		{"year:2022 Minsk", "year:2022 Minsk"},
		{"+Taiwan", "Taiwan"},
		{"   ", ""},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			n, err := parseQuery(tt.in)
			if err != nil {
				t.Fatalf("parseQuery(%q): %v", tt.in, err)
			}
			got := ""
			if n != nil {
				got = n.String()
			}
			if got != tt.want {
				t.Errorf("parseQuery(%q) = %s, want %s", tt.in, got, tt.want)
			}
		})
	}
}

func TestParseQueryErrors(t *testing.T) {
	tests := []struct {
		in, wantMsg string
	}{
		{`"Minsk agreements`, "missing closing quote"},
		{"(Taiwan OR Ukraine", "missing closing parenthesis"},
		{"Taiwan)", "unexpected closing parenthesis"},
		{"()", "empty parentheses"},
		{"Taiwan OR", "OR needs a word on each side"},
		{"OR Taiwan", "OR and AND go between words"},
		{"Taiwan AND", "AND needs a word after it"},
		{"-", "a minus sign or NOT needs a word after it"},
		{"colour:red", ""}, // unknown prefix is a plain word, not an error
		{"speaker:", "speaker: needs a value"},
		{"a*b", "* is only allowed at the end of a word"},
		{"s*", "a prefix needs at least 2 letters"},
		{"word~3", "fuzziness after ~ must be 1 or 2"},
		{`""`, "empty phrase"},
		{"--Taiwan", "double negation"},
		{`"Minsk agreements"~0`, "~0 after a phrase: the words' distance must be a whole number from 1 to 100"},
		{`"Minsk agreements"~x`, "~x after a phrase: the words' distance must be a whole number from 1 to 100"},
		{`"Minsk agreements"~101`, "~101 after a phrase"},
		{`"Minsk agreements"~99999999999999999999`, "must be a whole number from 1 to 100"},
		{`"Minsk agreements"~-3`, "~-3 after a phrase"},
		{`"Minsk agreements"~`, "~ after a phrase needs the number of positions"},
		{`speaker:"Wang Yi"~2`, "speaker: takes a name, not words near each other"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			_, err := parseQuery(tt.in)
			if tt.wantMsg == "" {
				if err != nil {
					t.Fatalf("parseQuery(%q): unexpected error %v", tt.in, err)
				}
				return
			}
			var qe *QueryError
			if !errors.As(err, &qe) {
				t.Fatalf("parseQuery(%q) error = %v, want a *QueryError", tt.in, err)
			}
			if !errors.Is(err, ErrQuery) {
				t.Errorf("errors.Is(err, ErrQuery) = false")
			}
			if !strings.Contains(qe.Msg, tt.wantMsg) {
				t.Errorf("parseQuery(%q) error %q, want it to say %q", tt.in, qe.Msg, tt.wantMsg)
			}
		})
	}
}

// FuzzParseQuery checks that any input either parses or fails with a
// QueryError, and that what was understood parses again to the same thing.
func FuzzParseQuery(f *testing.F) {
	for _, s := range []string{`Wang "Minsk agreements" -x (a OR b) speaker:"Wang Yi" s* b~2`, "((", `"`, "a OR OR b", `"Minsk agreements"~5 (“a b”~2 OR c)`, `"a"~`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := parseQuery(s)
		if err != nil {
			var qe *QueryError
			if !errors.As(err, &qe) {
				t.Fatalf("parseQuery(%q): error %v is not a *QueryError", s, err)
			}
			return
		}
		if n == nil {
			return
		}
		again, err := parseQuery(n.String())
		if err != nil {
			t.Fatalf("understood %q of %q does not parse: %v", n.String(), s, err)
		}
		if again.String() != n.String() {
			t.Fatalf("round trip of %q: %q then %q", s, n.String(), again.String())
		}
	})
}

// TestParseQueryErrorPositions: a bad proximity points at its ~, or at the
// field that cannot take one.
func TestParseQueryErrorPositions(t *testing.T) {
	tests := []struct {
		in      string
		wantPos int // byte offset
	}{
		{`"Minsk agreements"~0`, 18},
		{`Ukraine "Minsk agreements"~x`, 26},
		{`Ukraine “Minsk agreements”~1000`, 30},
		{`Ukraine speaker:"Wang Yi"~2`, 8},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			_, err := parseQuery(tt.in)
			var qe *QueryError
			if !errors.As(err, &qe) {
				t.Fatalf("parseQuery(%q) = %v, want a *QueryError", tt.in, err)
			}
			if qe.Pos != tt.wantPos {
				t.Errorf("parseQuery(%q) error at %d (%q), want %d", tt.in, qe.Pos, tt.in[qe.Pos:], tt.wantPos)
			}
		})
	}
}
