package query

import (
	"strconv"
	"strings"
)

// Node is a parsed query: an *And, *Or, *Not or *Term. Pos and End are byte
// offsets in the query string: where the node starts, and just past where
// it ends. String gives the query as understood, in a form that parses
// back to the same tree.
type Node interface {
	Pos() int
	End() int
	String() string
	node() // only this package's types are nodes
}

// And holds when all of its kids do (two or more; "a b", "a AND b").
type And struct{ Kids []Node }

// Or holds when any of its kids does (two or more; "a OR b").
type Or struct{ Kids []Node }

// Not excludes what Kid matches ("-a", "NOT a").
type Not struct {
	OpPos int // the minus sign or the NOT
	Kid   Node
}

// Term is one word, phrase, prefix or fuzzy word, in a field or not.
type Term struct {
	Field  string // "" (the text and the title) or one of the Field constants
	Text   string // as written, without quotes, * or ~N
	Phrase bool
	Prefix bool
	Fuzzy  int // edit distance after ~ (1 or 2); 0: exact
	Slop   int // a phrase's ~N: its words within N positions; 0: an exact phrase

	FieldPos int // where the term starts: its field's name (year:abc) or, without a field, ValuePos
	ValuePos int // where its value starts: the opening quote of a phrase
	EndPos   int // just past its last character (a closing quote, *, ~N)
}

// The fields a term may name. A term without one searches the text and
// the title.
const (
	FieldSpeaker = "speaker"
	FieldMention = "mention"
	FieldTitle   = "title"
	FieldText    = "text"
	FieldSource  = "source"
	FieldIssuer  = "issuer"
	FieldCountry = "country"
	FieldYear    = "year"
	FieldDate    = "date"
)

// fieldNames are the field names the search box accepts, lower-cased,
// with their aliases.
var fieldNames = map[string]string{
	"speaker": FieldSpeaker, "speakers": FieldSpeaker, "by": FieldSpeaker,
	"mention": FieldMention, "mentions": FieldMention,
	"title":   FieldTitle,
	"text":    FieldText,
	"source":  FieldSource,
	"issuer":  FieldIssuer,
	"country": FieldCountry,
	"year":    FieldYear,
	"date":    FieldDate,
}

func (n *And) Pos() int  { return n.Kids[0].Pos() }
func (n *And) End() int  { return n.Kids[len(n.Kids)-1].End() }
func (n *Or) Pos() int   { return n.Kids[0].Pos() }
func (n *Or) End() int   { return n.Kids[len(n.Kids)-1].End() }
func (n *Not) Pos() int  { return n.OpPos }
func (n *Not) End() int  { return n.Kid.End() }
func (n *Term) Pos() int { return n.FieldPos }
func (n *Term) End() int { return n.EndPos }

func (*And) node()  {}
func (*Or) node()   {}
func (*Not) node()  {}
func (*Term) node() {}

func (n *And) String() string {
	parts := make([]string, len(n.Kids))
	for i, k := range n.Kids {
		parts[i] = k.String()
	}
	return strings.Join(parts, " ")
}

func (n *Or) String() string {
	// OR binds tighter than the implicit AND: a kid that is an AND needs
	// its own parentheses ("a OR (b c)").
	parts := make([]string, len(n.Kids))
	for i, k := range n.Kids {
		parts[i] = k.String()
		if _, ok := k.(*And); ok {
			parts[i] = "(" + parts[i] + ")"
		}
	}
	return "(" + strings.Join(parts, " OR ") + ")"
}

func (n *Not) String() string { return "-" + n.Kid.String() }

func (n *Term) String() string {
	s := n.Text
	// Phrases cannot contain quotes (the lexer ends them at any quote), so
	// plain quoting round-trips.
	if n.Phrase {
		s = `"` + s + `"`
		if n.Slop > 0 {
			s += "~" + strconv.Itoa(n.Slop)
		}
	}
	if n.Prefix {
		s += "*"
	}
	if n.Fuzzy > 0 {
		s += "~" + strconv.Itoa(n.Fuzzy)
	}
	if n.Field != "" {
		if strings.ContainsRune(s, ' ') && !n.Phrase {
			s = `"` + s + `"`
		}
		s = n.Field + ":" + s
	}
	return s
}

// Inspect calls f for n and, if f returns true, for each of its kids in
// order, depth first, as go/ast.Inspect does. A nil n is not visited.
func Inspect(n Node, f func(Node) bool) {
	if n == nil || !f(n) {
		return
	}
	switch n := n.(type) {
	case *And:
		for _, k := range n.Kids {
			Inspect(k, f)
		}
	case *Or:
		for _, k := range n.Kids {
			Inspect(k, f)
		}
	case *Not:
		Inspect(n.Kid, f)
	}
}
