package query_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/readouts/readouts/internal/query"
)

func TestParse(t *testing.T) {
	tests := []struct {
		in   string
		want string // the query as understood (Node.String)
	}{
		{"Minsk", "Minsk"},
		{"Wang Taiwan", "Wang Taiwan"},
		{"Wang AND Taiwan", "Wang Taiwan"},
		{"Wang && Taiwan", "Wang Taiwan"},
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
		{"Taiwan OR (Ukraine Wang)", "(Taiwan OR (Ukraine Wang))"},
		{"Taiwan -Olympics", "Taiwan -Olympics"},
		{"Taiwan NOT Olympics", "Taiwan -Olympics"},
		{"(Taiwan OR Ukraine) Wang", "(Taiwan OR Ukraine) Wang"},
		{`speaker:"Wang Yi" Taiwan`, `speaker:"Wang Yi" Taiwan`},
		{"Speaker:Blinken", "speaker:Blinken"},
		{"by:Blinken", "speaker:Blinken"},
		{"speaker: Blinken", "speaker:Blinken"},
		{`issuer:"Ned Price" Country:China`, `issuer:"Ned Price" country:China`},
		{"sanction*", "sanction*"},
		{"Blinkin~", "Blinkin~1"},
		{"Blinkin~2", "Blinkin~2"},
		{"COVID-19", "COVID-19"},
		{"12:30", "12:30"},
		{"colour:red", "colour:red"}, // not a field: a plain word
		{"year:2022 Minsk", "year:2022 Minsk"},
		{"+Taiwan", "Taiwan"},
		{"   ", ""},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			n, err := query.Parse(tt.in)
			if err != nil {
				t.Fatalf("Parse(%q): %v", tt.in, err)
			}
			got := ""
			if n != nil {
				got = n.String()
			}
			if got != tt.want {
				t.Errorf("Parse(%q) = %s, want %s", tt.in, got, tt.want)
			}
		})
	}
}

// spans lists the text each node of n covers in s, depth first, as
// kind[text].
func spans(s string, n query.Node) string {
	var out []string
	query.Inspect(n, func(n query.Node) bool {
		kind := "term"
		switch n.(type) {
		case *query.And:
			kind = "and"
		case *query.Or:
			kind = "or"
		case *query.Not:
			kind = "not"
		}
		out = append(out, kind+"["+s[n.Pos():n.End()]+"]")
		return true
	})
	return strings.Join(out, " ")
}

// TestParsePositions: every node knows which words of the query it was
// parsed from, a field term from its field's name on.
func TestParsePositions(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Minsk year:abc", "and[Minsk year:abc] term[Minsk] term[year:abc]"},
		{`by:"Wang Yi"  Taiwan`, `and[by:"Wang Yi"  Taiwan] term[by:"Wang Yi"] term[Taiwan]`},
		{"speaker: Blinken", "term[speaker: Blinken]"},
		{`(Taiwan OR Ukraine) -“Minsk agreements”~5`, `and[Taiwan OR Ukraine) -“Minsk agreements”~5] or[Taiwan OR Ukraine] term[Taiwan] term[Ukraine] not[-“Minsk agreements”~5] term[“Minsk agreements”~5]`},
		{"Taiwan NOT sanction* Blinkin~2", "and[Taiwan NOT sanction* Blinkin~2] term[Taiwan] not[NOT sanction*] term[sanction*] term[Blinkin~2]"},
		{"+Taiwan", "term[Taiwan]"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			n, err := query.Parse(tt.in)
			if err != nil {
				t.Fatalf("Parse(%q): %v", tt.in, err)
			}
			if got := spans(tt.in, n); got != tt.want {
				t.Errorf("Parse(%q) spans\n got %s\nwant %s", tt.in, got, tt.want)
			}
		})
	}
	n, err := query.Parse(`Minsk speaker:"Wang Yi"`)
	if err != nil {
		t.Fatal(err)
	}
	term := n.(*query.And).Kids[1].(*query.Term)
	if term.FieldPos != 6 || term.ValuePos != 14 || term.EndPos != 23 {
		t.Errorf("speaker term at %d, value %d, end %d; want 6, 14, 23", term.FieldPos, term.ValuePos, term.EndPos)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		in, wantMsg string
		wantPos     int // byte offset
	}{
		{`"Minsk agreements`, "missing closing quote", 0},
		{"(Taiwan OR Ukraine", "missing closing parenthesis", 0},
		{"Taiwan)", "unexpected closing parenthesis", 6},
		{"()", "empty parentheses", 1},
		{"(", "empty parentheses", 1},
		{"Taiwan OR", "OR needs a word on each side", 7},
		{"OR Taiwan", "OR and AND go between words", 0},
		{"AND Taiwan", "AND needs a word before it", 0},
		{"Taiwan AND", "AND needs a word after it", 7},
		{"-", "a minus sign or NOT needs a word after it", 0},
		{"Taiwan NOT", "a minus sign or NOT needs a word after it", 7},
		{"speaker:", "speaker: needs a value", 0},
		{"Minsk by:", "by: needs a value", 6},
		{"a*b", "* is only allowed at the end of a word", 0},
		{"s*", "a prefix needs at least 2 letters", 0},
		{"sanction*~", "a word cannot be both a prefix (*) and fuzzy (~)", 0},
		{"Minsk word~3", "fuzziness after ~ must be 1 or 2", 10},
		{"~", "empty word", 0},
		{`""`, "empty phrase", 0},
		{"--Taiwan", "double negation", 0},
		{`"Minsk agreements"~0`, "~0 after a phrase: the words' distance must be a whole number from 1 to 100", 18},
		{`Ukraine "Minsk agreements"~x`, "~x after a phrase: the words' distance must be a whole number from 1 to 100", 26},
		{`Ukraine “Minsk agreements”~1000`, "~1000 after a phrase", 30},
		{`"Minsk agreements"~99999999999999999999`, "must be a whole number from 1 to 100", 18},
		{`"Minsk agreements"~-3`, "~-3 after a phrase", 18},
		{`"Minsk agreements"~`, "~ after a phrase needs the number of positions", 18},
		{`Ukraine speaker:"Wang Yi"~2`, "speaker: takes a name, not words near each other", 8},
		{strings.Repeat("a ", 501), "query is longer than 1000 characters", 1000},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			_, err := query.Parse(tt.in)
			var qe *query.Error
			if !errors.As(err, &qe) {
				t.Fatalf("Parse(%q) error = %v, want a *query.Error", tt.in, err)
			}
			if !errors.Is(err, query.ErrInvalid) {
				t.Errorf("errors.Is(err, ErrInvalid) = false")
			}
			if !strings.Contains(qe.Msg, tt.wantMsg) {
				t.Errorf("Parse(%q) error %q, want it to say %q", tt.in, qe.Msg, tt.wantMsg)
			}
			if qe.Pos != tt.wantPos {
				t.Errorf("Parse(%q) error at %d (%q), want %d", tt.in, qe.Pos, tt.in[min(qe.Pos, len(tt.in)):], tt.wantPos)
			}
		})
	}
}

// TestErrorCountsCharacters: Pos is a byte offset, for slicing the query;
// the message counts characters when the error knows its query, as Parse's
// errors do (a curly apostrophe is three bytes and one character).
func TestErrorCountsCharacters(t *testing.T) {
	_, err := query.Parse("Zelenskyy’s )")
	if want := "query: unexpected closing parenthesis (at character 13)"; err == nil || err.Error() != want {
		t.Errorf("Parse error %v, want %q", err, want)
	}
	var qe *query.Error
	if errors.As(err, &qe) && (qe.Pos != 14 || qe.Query != "Zelenskyy’s )") {
		t.Errorf("error at byte %d in %q, want 14 in the query", qe.Pos, qe.Query)
	}
	if got, want := (&query.Error{Pos: 14, Msg: "m"}).Error(), "query: m (at character 15)"; got != want {
		t.Errorf("without its query: %q, want %q", got, want)
	}
}
