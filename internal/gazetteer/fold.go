package gazetteer

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// foldTable maps accented Latin letters to their base letter, so that
// "Séjourné", "Sejourne" and "SÉJOURNÉ" compare equal without pulling in a
// Unicode normalisation package for the few letters names use.
var foldTable = map[rune]rune{}

func init() {
	groups := map[rune]string{
		'a': "àáâãäåāăąǎ", 'c': "çćĉċč", 'd': "ďđ", 'e': "èéêëēĕėęě",
		'g': "ĝğġģ", 'h': "ĥħ", 'i': "ìíîïĩīĭįı", 'j': "ĵ", 'k': "ķ",
		'l': "ĺļľŀł", 'n': "ñńņňŉ", 'o': "òóôõöøōŏőǒ", 'r': "ŕŗř",
		's': "śŝşšș", 't': "ţťŧț", 'u': "ùúûüũūŭůűųǔ", 'w': "ŵ",
		'y': "ýÿŷ", 'z': "źżž",
	}
	for base, accented := range groups {
		for _, r := range accented {
			foldTable[r] = base
		}
	}
}

// fold lower-cases r and strips its accent.
func fold(r rune) rune {
	if r < utf8.RuneSelf { // ASCII, most of every text: only A-Z change
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	r = unicode.ToLower(r)
	if f, ok := foldTable[r]; ok {
		return f
	}
	switch r {
	case 'ß':
		return 's'
	case 'æ':
		return 'a'
	case 'œ':
		return 'o'
	}
	return r
}

func isLetterOrDigit(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// Fold returns s lower-cased with accents stripped, keeping everything else;
// attribution uses it to compare words the way Key compares names.
func Fold(s string) string {
	// Most words are ASCII: lower case ones come back as they are, and
	// strings.ToLower copies the rest once (attribution folds every word
	// of every sentence).
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			var b strings.Builder
			b.Grow(len(s))
			b.WriteString(strings.ToLower(s[:i]))
			for _, r := range s[i:] {
				b.WriteRune(fold(r))
			}
			return b.String()
		}
	}
	return strings.ToLower(s)
}
