package query

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// ErrInvalid marks a query the user must fix; errors.Is(err, ErrInvalid)
// holds for every *Error.
var ErrInvalid = errors.New("invalid query")

// Error is a malformed query, or one that cannot be searched, with the
// position of the problem.
type Error struct {
	Pos int    // byte offset in the query of the words at fault; len(query) for its end
	Msg string // plain words, e.g. `missing closing quote`
	// Query is the query Pos is in, when known (Parse sets it): Error then
	// counts characters, not bytes ("Zelenskyy’s year:abc" at character
	// 13, not 15).
	Query string
}

func (e *Error) Error() string {
	at := e.Pos + 1
	if e.Query != "" && e.Pos >= 0 && e.Pos <= len(e.Query) {
		at = utf8.RuneCountInString(e.Query[:e.Pos]) + 1
	}
	return fmt.Sprintf("query: %s (at character %d)", e.Msg, at)
}

// Is makes errors.Is(err, ErrInvalid) true.
func (e *Error) Is(target error) bool { return target == ErrInvalid }

// MaxLen is the longest query Parse accepts, in bytes.
const MaxLen = 1000

// Parse parses the search box. An empty or blank query gives a nil Node and
// no error; a malformed one an *Error.
func Parse(s string) (_ Node, err error) {
	defer func() {
		if qe, ok := err.(*Error); ok {
			qe.Query = s
		}
	}()
	if len(s) > MaxLen {
		return nil, &Error{Pos: MaxLen, Msg: fmt.Sprintf("query is longer than %d characters", MaxLen)}
	}
	toks, err := lex(s)
	if err != nil {
		return nil, err
	}
	if len(toks) == 0 {
		return nil, nil
	}
	p := &parser{toks: toks, src: s}
	n, err := p.parseAnd(false)
	if err != nil {
		return nil, err
	}
	if t := p.peek(); t != nil {
		return nil, &Error{Pos: t.pos, Msg: "unexpected closing parenthesis"}
	}
	return n, nil
}

type parser struct {
	toks []token
	i    int
	src  string
}

func (p *parser) peek() *token {
	if p.i < len(p.toks) {
		return &p.toks[p.i]
	}
	return nil
}

// peekIs reports whether the next token is one of kinds; the end of the
// query counts as tokClose.
func (p *parser) peekIs(kinds ...tokenKind) bool {
	t := p.peek()
	k := tokClose
	if t != nil {
		k = t.kind
	}
	for _, want := range kinds {
		if k == want {
			return true
		}
	}
	return false
}

func (p *parser) parseAnd(nested bool) (Node, error) {
	var kids []Node
	for !p.peekIs(tokClose) {
		if t := p.peek(); t.kind == tokAnd {
			if len(kids) == 0 {
				return nil, &Error{Pos: t.pos, Msg: "AND needs a word before it"}
			}
			p.i++
			if p.peekIs(tokClose) {
				return nil, &Error{Pos: t.pos, Msg: "AND needs a word after it"}
			}
			continue
		}
		n, err := p.parseOr()
		if err != nil {
			return nil, err
		}
		kids = append(kids, n)
	}
	switch len(kids) {
	case 0:
		pos := len(p.src)
		if t := p.peek(); t != nil {
			pos = t.pos
		}
		if nested {
			return nil, &Error{Pos: pos, Msg: "empty parentheses"}
		}
		return nil, &Error{Pos: pos, Msg: "nothing to search for"}
	case 1:
		return kids[0], nil
	}
	return &And{Kids: kids}, nil
}

func (p *parser) parseOr() (Node, error) {
	first, err := p.parseUnary()
	if err != nil {
		return nil, err
	}
	kids := []Node{first}
	for p.peekIs(tokOr) {
		t := p.peek()
		p.i++
		if p.peekIs(tokClose, tokOr, tokAnd) {
			return nil, &Error{Pos: t.pos, Msg: "OR needs a word on each side"}
		}
		n, err := p.parseUnary()
		if err != nil {
			return nil, err
		}
		kids = append(kids, n)
	}
	if len(kids) == 1 {
		return first, nil
	}
	return &Or{Kids: kids}, nil
}

func (p *parser) parseUnary() (Node, error) {
	t := p.peek()
	if t == nil {
		return nil, &Error{Pos: len(p.src), Msg: "query ends too early"}
	}
	if t.kind == tokMinus || t.kind == tokNot {
		p.i++
		if p.peekIs(tokClose, tokOr, tokAnd) {
			return nil, &Error{Pos: t.pos, Msg: "a minus sign or NOT needs a word after it"}
		}
		kid, err := p.parseUnary()
		if err != nil {
			return nil, err
		}
		if _, double := kid.(*Not); double {
			return nil, &Error{Pos: t.pos, Msg: "double negation"}
		}
		return &Not{OpPos: t.pos, Kid: kid}, nil
	}
	return p.parsePrimary()
}

func (p *parser) parsePrimary() (Node, error) {
	t := p.peek()
	p.i++
	switch t.kind {
	case tokOpen:
		n, err := p.parseAnd(true)
		if err != nil {
			return nil, err
		}
		if c := p.peek(); c == nil || c.kind != tokClose {
			return nil, &Error{Pos: t.pos, Msg: "missing closing parenthesis"}
		}
		p.i++
		return n, nil
	case tokClose:
		return nil, &Error{Pos: t.pos, Msg: "unexpected closing parenthesis"}
	case tokOr, tokAnd:
		return nil, &Error{Pos: t.pos, Msg: "OR and AND go between words"}
	case tokField:
		v := p.peek()
		if v == nil || (v.kind != tokWord && v.kind != tokPhrase) {
			return nil, &Error{Pos: t.pos, Msg: fmt.Sprintf("%s: needs a value, e.g. %s:\"Wang Yi\"", t.text, t.text)}
		}
		p.i++
		n, err := termFrom(*v)
		if err != nil {
			return nil, err
		}
		n.Field = fieldNames[t.text]
		n.FieldPos = t.pos
		if n.Slop > 0 && n.Field != FieldText && n.Field != FieldTitle {
			return nil, &Error{Pos: t.pos, Msg: fmt.Sprintf("%s: takes a name, not words near each other: ~ after a phrase works only on the text or the title", t.text)}
		}
		return n, nil
	default:
		return termFrom(*t)
	}
}

// termFrom makes a term of a word or a phrase token, reading a word's
// trailing * or ~N.
func termFrom(t token) (*Term, error) {
	n := &Term{Text: t.text, FieldPos: t.pos, ValuePos: t.pos, EndPos: t.end}
	if t.kind == tokPhrase {
		if strings.TrimSpace(t.text) == "" {
			return nil, &Error{Pos: t.pos, Msg: "empty phrase"}
		}
		n.Phrase, n.Slop = true, t.slop
		return n, nil
	}
	if i := strings.LastIndexByte(n.Text, '~'); i >= 0 {
		rest := n.Text[i+1:]
		n.Text = n.Text[:i]
		n.Fuzzy = 1
		if rest != "" {
			d, err := strconv.Atoi(rest)
			if err != nil || d < 1 || d > 2 {
				return nil, &Error{Pos: t.pos + i, Msg: "fuzziness after ~ must be 1 or 2"}
			}
			n.Fuzzy = d
		}
	}
	if strings.HasSuffix(n.Text, "*") {
		n.Text = strings.TrimRight(n.Text, "*")
		n.Prefix = true
		if utf8.RuneCountInString(n.Text) < 2 {
			return nil, &Error{Pos: t.pos, Msg: "a prefix needs at least 2 letters before *"}
		}
	}
	if strings.ContainsAny(n.Text, "*?") {
		return nil, &Error{Pos: t.pos, Msg: "* is only allowed at the end of a word"}
	}
	if n.Prefix && n.Fuzzy > 0 {
		return nil, &Error{Pos: t.pos, Msg: "a word cannot be both a prefix (*) and fuzzy (~)"}
	}
	if n.Text == "" {
		return nil, &Error{Pos: t.pos, Msg: "empty word"}
	}
	return n, nil
}
