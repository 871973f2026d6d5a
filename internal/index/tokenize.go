package index

import (
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/registry"
)

// The text analyzer's tokenizer is Bleve's unicode tokenizer (UAX #29
// word segments, by github.com/blevesearch/segment) with a fast path for
// the characters readouts are written in: ASCII, Latin-1, the Latin
// letters up to U+024F, curly quotes, dashes, spaces and currency signs. For those it finds the same
// words with a few comparisons per byte instead of segment's generated
// state machine, which was ~7% of a full build's CPU; any other character
// anywhere in the input sends the whole input to Bleve's tokenizer. The
// tests compare the two on the sample corpus, on every character of the
// fast path in context, and under the fuzzer.
const fastUnicodeName = "readouts_unicode"

// wordClass is a character's UAX #29 Word_Break property, as far as the
// fast path needs it.
type wordClass uint8

const (
	wcOther        wordClass = iota // never part of a word (spaces, most punctuation)
	wcLetter                        // ALetter
	wcDigit                         // Numeric
	wcMidLetter                     // MidLetter: joins two letters (":")
	wcMidNum                        // MidNum: joins two digits (",", ";")
	wcMidNumLet                     // MidNumLet or Single_Quote: joins two letters or two digits (".", "'", "’")
	wcExtendNumLet                  // ExtendNumLet ("_"): joins anything wordy
	wcUnknown                       // not known to the fast path
)

var asciiClass = func() (c [utf8.RuneSelf]wordClass) {
	for r := 'a'; r <= 'z'; r++ {
		c[r], c[r-'a'+'A'] = wcLetter, wcLetter
	}
	for r := '0'; r <= '9'; r++ {
		c[r] = wcDigit
	}
	c[':'] = wcMidLetter
	c[','], c[';'] = wcMidNum, wcMidNum
	c['.'], c['\''] = wcMidNumLet, wcMidNumLet
	c['_'] = wcExtendNumLet
	return c
}()

// classOf is r's class, from segment's Word_Break tables (Unicode 8):
// within U+0080–U+00BF, U+00C0–U+024F and U+2000–U+20BF every character is
// Other except those named here, which are letters, Single_Quote-like
// MidNumLet, or left to the slow path (Extend, Format, Newline and the
// rarer joiners).
func classOf(r rune) wordClass {
	switch {
	case r < utf8.RuneSelf:
		return asciiClass[r]
	case r == '\u2018' || r == '\u2019': // ‘ ’
		return wcMidNumLet
	case r >= '\u00C0' && r <= '\u024F' && r != '\u00D7' && r != '\u00F7', r == '\u00AA' || r == '\u00B5' || r == '\u00BA': // À..ɏ, ª µ º
		return wcLetter
	case r <= '\u00BF' && r != '\u0085' && r != '\u00AD' && r != '\u00B7', r == '\u00D7' || r == '\u00F7': // NBSP, £, °, ×, ÷ …
		return wcOther
	case r >= '\u2000' && r <= '\u205F': // spaces, dashes, “ ”, •, …, ‰
		switch {
		case r >= '\u200C' && r <= '\u200F', r >= '\u2028' && r <= '\u202E', // joiners, marks, separators
			r == '\u2024', r == '\u2027', r == '\u203F', r == '\u2040', r == '\u2044', r == '\u2054': // rare joiners
			return wcUnknown
		}
		return wcOther
	case r >= '\u20A0' && r <= '\u20BF': // currency signs: €
		return wcOther
	}
	return wcUnknown
}

func wordy(c wordClass) bool { return c == wcLetter || c == wcDigit || c == wcExtendNumLet }

// joins: a mid character of class mid between characters of classes
// before and after keeps them in one word (UAX #29 WB6, WB7, WB11, WB12).
func joins(before, mid, after wordClass) bool {
	switch {
	case before == wcLetter && after == wcLetter:
		return mid == wcMidLetter || mid == wcMidNumLet
	case before == wcDigit && after == wcDigit:
		return mid == wcMidNum || mid == wcMidNumLet
	}
	return false
}

// scanWords calls word for each word of input in order: its byte range
// and whether it is a number (digits, no letters). It returns false, having
// perhaps called word for some words, if input holds a character the fast
// path does not know.
func scanWords(input []byte, word func(start, end int, numeric bool) bool) bool {
	class := func(i int) (wordClass, int) {
		if b := input[i]; b < utf8.RuneSelf {
			return asciiClass[b], 1
		}
		r, size := utf8.DecodeRune(input[i:])
		if r == utf8.RuneError {
			return wcUnknown, size
		}
		return classOf(r), size
	}
	for i := 0; i < len(input); {
		c, size := class(i)
		if c == wcUnknown {
			return false
		}
		if !wordy(c) {
			i += size
			continue
		}
		start, prev, letters, digits := i, c, c == wcLetter, c == wcDigit
		i += size
		for i < len(input) {
			c, size := class(i)
			if c == wcUnknown {
				return false
			}
			if wordy(c) {
				prev, letters, digits = c, letters || c == wcLetter, digits || c == wcDigit
				i += size
				continue
			}
			if c != wcMidLetter && c != wcMidNum && c != wcMidNumLet || i+size >= len(input) {
				break
			}
			next, nsize := class(i + size)
			if next == wcUnknown {
				return false
			}
			if !joins(prev, c, next) {
				break
			}
			prev = next
			i += size + nsize
		}
		if !word(start, i, digits && !letters) {
			return true
		}
	}
	return true
}

// fastUnicode is the text analyzer's tokenizer: Bleve's unicode tokenizer's
// tokens, found faster where scanWords can.
type fastUnicode struct {
	slow *unicode.UnicodeTokenizer
}

func (t fastUnicode) Tokenize(input []byte) analysis.TokenStream {
	// About one word per six bytes of prose; append grows it if not.
	ta := make([]analysis.Token, 0, len(input)/6+1)
	ok := scanWords(input, func(start, end int, numeric bool) bool {
		typ := analysis.AlphaNumeric
		if numeric {
			typ = analysis.Numeric
		}
		ta = append(ta, analysis.Token{Term: input[start:end], Start: start, End: end, Position: len(ta) + 1, Type: typ})
		return true
	})
	if !ok {
		return t.slow.Tokenize(input)
	}
	out := make(analysis.TokenStream, len(ta))
	for i := range ta {
		out[i] = &ta[i]
	}
	return out
}

func init() {
	if err := registry.RegisterTokenizer(fastUnicodeName, func(map[string]any, *registry.Cache) (analysis.Tokenizer, error) {
		return fastUnicode{slow: unicode.NewUnicodeTokenizer()}, nil
	}); err != nil {
		panic(err) // a duplicate name: a programming error, found by any test
	}
}
