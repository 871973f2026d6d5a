package index

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The search box language. Bleve's own query string has no AND/OR or
// parentheses, so Readouts parses its own:
//
//	sanctions Taiwan         both words (AND is the default)
//	"Minsk agreements"       a phrase
//	"Minsk agreements"~5     the words within 5 positions of each other, in any order (proximity.go)
//	Taiwan OR Hong Kong      either side of OR (binds tighter than AND: a OR b c = (a OR b) c)
//	-Olympics, NOT Olympics  without the word
//	(Taiwan OR Ukraine) Wang grouping
//	speaker:"Wang Yi"        a field: speaker, mention, title, text, source, issuer, country, year, date
//	sanction*                prefix
//	Blinkin~, Blinkin~2      fuzzy (edit distance 1 or 2)

// ErrQuery marks a malformed query; the message says what is wrong.
var ErrQuery = errors.New("invalid query")

// QueryError is a malformed query with the position of the problem.
type QueryError struct {
	Pos int    // byte offset in the query
	Msg string // plain words, e.g. `missing closing quote`
}

func (e *QueryError) Error() string {
	return fmt.Sprintf("query: %s (at character %d)", e.Msg, e.Pos+1)
}

// Is makes errors.Is(err, ErrQuery) true.
func (e *QueryError) Is(target error) bool { return target == ErrQuery }

// node is a parsed query.
type node interface{ String() string }

type (
	andNode  struct{ kids []node }
	orNode   struct{ kids []node }
	notNode  struct{ kid node }
	termNode struct {
		field  string // "" means text and title
		text   string
		phrase bool
		prefix bool
		fuzzy  int
		slop   int // a phrase's ~N (proximity.go); 0 for an exact phrase
		pos    int // byte offset in the query, for errors
	}
)

func (n *andNode) String() string { return join(n.kids, " ") }
func (n *orNode) String() string {
	// OR binds tighter than the implicit AND: a kid that is an AND of
	// several needs its own parentheses ("a OR (b c)").
	parts := make([]string, len(n.kids))
	for i, k := range n.kids {
		parts[i] = k.String()
		if a, ok := k.(*andNode); ok && len(a.kids) > 1 {
			parts[i] = "(" + parts[i] + ")"
		}
	}
	return "(" + strings.Join(parts, " OR ") + ")"
}
func (n *notNode) String() string { return "-" + n.kid.String() }
func (n *termNode) String() string {
	s := n.text
	// Phrases cannot contain quotes (the lexer ends them at any quote), so
	// plain quoting round-trips.
	if n.phrase {
		s = `"` + s + `"`
		if n.slop > 0 {
			s += "~" + strconv.Itoa(n.slop)
		}
	}
	if n.prefix {
		s += "*"
	}
	if n.fuzzy > 0 {
		s += "~" + strconv.Itoa(n.fuzzy)
	}
	if n.field != "" {
		if strings.ContainsRune(s, ' ') && !n.phrase {
			s = `"` + s + `"`
		}
		s = n.field + ":" + s
	}
	return s
}

func join(nodes []node, sep string) string {
	parts := make([]string, len(nodes))
	for i, n := range nodes {
		parts[i] = n.String()
	}
	return strings.Join(parts, sep)
}

// queryFields are the field names the search box accepts, with aliases.
var queryFields = map[string]string{
	"speaker": fieldSpeaker, "speakers": fieldSpeaker, "by": fieldSpeaker,
	"mention": fieldMention, "mentions": fieldMention,
	"title":   fieldTitle,
	"text":    fieldText,
	"source":  fieldSource,
	"issuer":  fieldIssuer,
	"country": fieldCountry,
	"year":    fieldYear,
	"date":    fieldDate,
}

type token struct {
	kind byte // 'w' word, 'p' phrase, '(' ')' '-', 'O' OR, 'A' AND, 'N' NOT, 'f' field prefix
	text string
	pos  int
	slop int // a phrase's ~N: its words within N positions (0: an exact phrase)
}

func lex(s string) ([]token, error) {
	var toks []token
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += size
		case r == '(' || r == ')':
			toks = append(toks, token{kind: byte(r), pos: i})
			i++
		case r == '-' || r == '+':
			// A sign only at the start of a clause: "COVID-19" stays one word.
			if r == '-' {
				toks = append(toks, token{kind: '-', pos: i})
			}
			i++
		case r == '"' || r == '“' || r == '”':
			j := i + size
			end := -1
			for k := j; k < len(s); {
				r2, s2 := utf8.DecodeRuneInString(s[k:])
				if r2 == '"' || r2 == '”' || r2 == '“' {
					end = k
					break
				}
				k += s2
			}
			if end < 0 {
				return nil, &QueryError{Pos: i, Msg: "missing closing quote"}
			}
			_, endSize := utf8.DecodeRuneInString(s[end:])
			tok := token{kind: 'p', text: s[j:end], pos: i}
			i = end + endSize
			if i < len(s) && s[i] == '~' {
				var err error
				if tok.slop, i, err = lexSlop(s, i); err != nil {
					return nil, err
				}
			}
			toks = append(toks, tok)
		default:
			j := i
			for j < len(s) {
				r2, s2 := utf8.DecodeRuneInString(s[j:])
				if unicode.IsSpace(r2) || r2 == '(' || r2 == ')' || r2 == '"' || r2 == '“' || r2 == '”' {
					break
				}
				j += s2
			}
			w := s[i:j]
			if k := strings.IndexByte(w, ':'); k > 0 {
				if _, known := queryFields[strings.ToLower(w[:k])]; known {
					toks = append(toks, token{kind: 'f', text: strings.ToLower(w[:k]), pos: i})
					if rest := w[k+1:]; rest != "" {
						toks = append(toks, token{kind: 'w', text: rest, pos: i + k + 1})
					}
					i = j
					continue
				}
			}
			switch {
			case w == "OR" || w == "|" || w == "||":
				toks = append(toks, token{kind: 'O', pos: i})
			case w == "AND" || w == "&&":
				toks = append(toks, token{kind: 'A', pos: i})
			case w == "NOT":
				toks = append(toks, token{kind: 'N', pos: i})
			default:
				toks = append(toks, token{kind: 'w', text: w, pos: i})
			}
			i = j
		}
	}
	return toks, nil
}

type parser struct {
	toks []token
	i    int
	src  string
}

// parseQuery parses the search box. An empty or blank query gives a nil node.
func parseQuery(s string) (node, error) {
	if len(s) > 1000 {
		return nil, &QueryError{Pos: 1000, Msg: "query is longer than 1000 characters"}
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
	if p.i < len(p.toks) {
		t := p.toks[p.i]
		return nil, &QueryError{Pos: t.pos, Msg: "unexpected closing parenthesis"}
	}
	return n, nil
}

func (p *parser) peek() *token {
	if p.i < len(p.toks) {
		return &p.toks[p.i]
	}
	return nil
}

func (p *parser) parseAnd(nested bool) (node, error) {
	var kids []node
	for {
		t := p.peek()
		if t == nil || t.kind == ')' {
			break
		}
		if t.kind == 'A' {
			if len(kids) == 0 {
				return nil, &QueryError{Pos: t.pos, Msg: "AND needs a word before it"}
			}
			p.i++
			if n := p.peek(); n == nil || n.kind == ')' {
				return nil, &QueryError{Pos: t.pos, Msg: "AND needs a word after it"}
			}
			continue
		}
		n, err := p.parseOr()
		if err != nil {
			return nil, err
		}
		kids = append(kids, n)
	}
	if len(kids) == 0 {
		pos := len(p.src)
		if t := p.peek(); t != nil {
			pos = t.pos
		}
		if nested {
			return nil, &QueryError{Pos: pos, Msg: "empty parentheses"}
		}
		return nil, &QueryError{Pos: pos, Msg: "nothing to search for"}
	}
	if len(kids) == 1 {
		return kids[0], nil
	}
	return &andNode{kids: kids}, nil
}

func (p *parser) parseOr() (node, error) {
	first, err := p.parseUnary()
	if err != nil {
		return nil, err
	}
	kids := []node{first}
	for {
		t := p.peek()
		if t == nil || t.kind != 'O' {
			break
		}
		p.i++
		if n := p.peek(); n == nil || n.kind == ')' || n.kind == 'O' || n.kind == 'A' {
			return nil, &QueryError{Pos: t.pos, Msg: "OR needs a word on each side"}
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
	return &orNode{kids: kids}, nil
}

func (p *parser) parseUnary() (node, error) {
	t := p.peek()
	if t == nil {
		return nil, &QueryError{Pos: len(p.src), Msg: "query ends too early"}
	}
	if t.kind == '-' || t.kind == 'N' {
		p.i++
		if n := p.peek(); n == nil || n.kind == ')' || n.kind == 'O' || n.kind == 'A' {
			return nil, &QueryError{Pos: t.pos, Msg: "a minus sign or NOT needs a word after it"}
		}
		kid, err := p.parseUnary()
		if err != nil {
			return nil, err
		}
		if _, double := kid.(*notNode); double {
			return nil, &QueryError{Pos: t.pos, Msg: "double negation"}
		}
		return &notNode{kid: kid}, nil
	}
	return p.parsePrimary()
}

func (p *parser) parsePrimary() (node, error) {
	t := p.peek()
	p.i++
	switch t.kind {
	case '(':
		n, err := p.parseAnd(true)
		if err != nil {
			return nil, err
		}
		if c := p.peek(); c == nil || c.kind != ')' {
			return nil, &QueryError{Pos: t.pos, Msg: "missing closing parenthesis"}
		}
		p.i++
		return n, nil
	case ')':
		return nil, &QueryError{Pos: t.pos, Msg: "unexpected closing parenthesis"}
	case 'O', 'A':
		return nil, &QueryError{Pos: t.pos, Msg: "OR and AND go between words"}
	case 'f':
		field, ok := queryFields[t.text]
		if !ok {
			return nil, &QueryError{Pos: t.pos, Msg: fmt.Sprintf("unknown field %q (known: speaker, mention, title, text, source, issuer, country, year, date)", t.text)}
		}
		v := p.peek()
		if v == nil || (v.kind != 'w' && v.kind != 'p') {
			return nil, &QueryError{Pos: t.pos, Msg: fmt.Sprintf("%s: needs a value, e.g. %s:\"Wang Yi\"", t.text, t.text)}
		}
		p.i++
		n, err := termFrom(*v)
		if err != nil {
			return nil, err
		}
		if n.slop > 0 && field != fieldText && field != fieldTitle {
			return nil, &QueryError{Pos: t.pos, Msg: fmt.Sprintf("%s: takes a name, not words near each other: ~ after a phrase works only on the text or the title", t.text)}
		}
		n.field = field
		return n, nil
	case 'p':
		if strings.TrimSpace(t.text) == "" {
			return nil, &QueryError{Pos: t.pos, Msg: "empty phrase"}
		}
		return &termNode{text: t.text, phrase: true, slop: t.slop, pos: t.pos}, nil
	default:
		return termFrom(*t)
	}
}

func termFrom(t token) (*termNode, error) {
	if t.kind == 'p' {
		if strings.TrimSpace(t.text) == "" {
			return nil, &QueryError{Pos: t.pos, Msg: "empty phrase"}
		}
		return &termNode{text: t.text, phrase: true, slop: t.slop, pos: t.pos}, nil
	}
	n := &termNode{text: t.text, pos: t.pos}
	if i := strings.LastIndexByte(n.text, '~'); i >= 0 {
		rest := n.text[i+1:]
		n.text = n.text[:i]
		n.fuzzy = 1
		if rest != "" {
			d, err := strconv.Atoi(rest)
			if err != nil || d < 1 || d > 2 {
				return nil, &QueryError{Pos: t.pos + i, Msg: "fuzziness after ~ must be 1 or 2"}
			}
			n.fuzzy = d
		}
	}
	if strings.HasSuffix(n.text, "*") {
		n.text = strings.TrimRight(n.text, "*")
		n.prefix = true
		if utf8.RuneCountInString(n.text) < 2 {
			return nil, &QueryError{Pos: t.pos, Msg: "a prefix needs at least 2 letters before *"}
		}
	}
	if strings.ContainsAny(n.text, "*?") {
		return nil, &QueryError{Pos: t.pos, Msg: "* is only allowed at the end of a word"}
	}
	if n.prefix && n.fuzzy > 0 {
		return nil, &QueryError{Pos: t.pos, Msg: "a word cannot be both a prefix (*) and fuzzy (~)"}
	}
	if n.text == "" {
		return nil, &QueryError{Pos: t.pos, Msg: "empty word"}
	}
	return n, nil
}
