package query

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokenKind says what a token of the query is.
type tokenKind int

const (
	tokWord   tokenKind = iota // a word, with any * or ~N it ends with
	tokPhrase                  // a quoted phrase, with any ~N after it
	tokOpen                    // (
	tokClose                   // )
	tokMinus                   // - at the start of a clause
	tokOr                      // OR, |, ||
	tokAnd                     // AND, &&
	tokNot                     // NOT
	tokField                   // a known field's name and its colon: speaker:
)

type token struct {
	kind tokenKind
	text string // a word's or a phrase's text; a field's name, lower-cased
	pos  int    // byte offset of its first character
	end  int    // byte offset just past it
	slop int    // a phrase's ~N: its words within N positions (0: an exact phrase)
}

// maxSlop bounds a phrase's ~N: a paragraph is rarely longer than a few
// hundred words, and a wider window is "both words", which the plain query
// already says.
const maxSlop = 100

func lex(s string) ([]token, error) {
	var toks []token
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += size
		case r == '(':
			toks = append(toks, token{kind: tokOpen, pos: i, end: i + 1})
			i++
		case r == ')':
			toks = append(toks, token{kind: tokClose, pos: i, end: i + 1})
			i++
		case r == '-' || r == '+':
			// A sign only at the start of a clause: "COVID-19" stays one word.
			if r == '-' {
				toks = append(toks, token{kind: tokMinus, pos: i, end: i + 1})
			}
			i++
		case isQuote(r):
			j := i + size
			end := -1
			for k := j; k < len(s); {
				r2, s2 := utf8.DecodeRuneInString(s[k:])
				if isQuote(r2) {
					end = k
					break
				}
				k += s2
			}
			if end < 0 {
				return nil, &Error{Pos: i, Msg: "missing closing quote"}
			}
			_, endSize := utf8.DecodeRuneInString(s[end:])
			tok := token{kind: tokPhrase, text: s[j:end], pos: i}
			i = end + endSize
			if i < len(s) && s[i] == '~' {
				var err error
				if tok.slop, i, err = lexSlop(s, i); err != nil {
					return nil, err
				}
			}
			tok.end = i
			toks = append(toks, tok)
		default:
			j := i
			for j < len(s) && !stopsWord(s[j:]) {
				_, s2 := utf8.DecodeRuneInString(s[j:])
				j += s2
			}
			w := s[i:j]
			if k := strings.IndexByte(w, ':'); k > 0 {
				if name := strings.ToLower(w[:k]); fieldNames[name] != "" {
					toks = append(toks, token{kind: tokField, text: name, pos: i, end: i + k + 1})
					if rest := w[k+1:]; rest != "" {
						toks = append(toks, token{kind: tokWord, text: rest, pos: i + k + 1, end: j})
					}
					i = j
					continue
				}
			}
			tok := token{kind: tokWord, text: w, pos: i, end: j}
			switch w {
			case "OR", "|", "||":
				tok = token{kind: tokOr, pos: i, end: j}
			case "AND", "&&":
				tok = token{kind: tokAnd, pos: i, end: j}
			case "NOT":
				tok = token{kind: tokNot, pos: i, end: j}
			}
			toks = append(toks, tok)
			i = j
		}
	}
	return toks, nil
}

func isQuote(r rune) bool { return r == '"' || r == '“' || r == '”' }

// stopsWord reports whether s starts with a character that ends a word: a
// space, a parenthesis or a quote.
func stopsWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsSpace(r) || r == '(' || r == ')' || isQuote(r)
}

// lexSlop reads the ~N after a phrase's closing quote at s[i] == '~' and
// returns N and where the query goes on.
func lexSlop(s string, i int) (slop, next int, err error) {
	j := i + 1
	for j < len(s) && !stopsWord(s[j:]) {
		j++
	}
	digits := s[i+1 : j]
	if digits == "" {
		return 0, j, &Error{Pos: i, Msg: fmt.Sprintf("~ after a phrase needs the number of positions its words may span, e.g. \"Minsk agreements\"~5 (1 to %d)", maxSlop)}
	}
	n, convErr := strconv.Atoi(digits)
	if convErr != nil || n < 1 || n > maxSlop {
		return 0, j, &Error{Pos: i, Msg: fmt.Sprintf("~%s after a phrase: the words' distance must be a whole number from 1 to %d", digits, maxSlop)}
	}
	return n, j, nil
}
