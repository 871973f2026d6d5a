package gazetteer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// foldTable maps accented Latin letters to their base letter, so that
// "Séjourné", "Sejourne" and "SÉJOURNÉ" compare equal without a Unicode
// normalisation for the letters most names use; the others are decomposed
// (decomposed).
var foldTable = map[rune]rune{}

func init() {
	groups := map[rune]string{
		'a': "àáâãäåāăąǎ", 'c': "çćĉċč", 'd': "ďđð", 'e': "èéêëēĕėęě",
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

// expanded are the letters that fold to more than one, as Lucene's
// ASCIIFoldingFilter folds them: "Þórðarson" is thordarson, "œuvre"
// oeuvre, "Straße" strasse, and the ligatures that text extracted from
// PDFs keeps ("conﬂict") their letters. fold leaves them be; writeFolded
// and Key expand them.
var expanded = map[rune]string{
	'þ': "th", 'æ': "ae", 'œ': "oe", 'ß': "ss", 'ĳ': "ij",
	'ﬀ': "ff", 'ﬁ': "fi", 'ﬂ': "fl", 'ﬃ': "ffi", 'ﬄ': "ffl", 'ﬅ': "st", 'ﬆ': "st",
}

// writeFolded writes r to b lower-cased, its accent stripped, and expanded
// if it folds to several letters.
func writeFolded(b *strings.Builder, r rune) {
	r = fold(r)
	if e, ok := expanded[r]; ok {
		b.WriteString(e)
		return
	}
	b.WriteRune(r)
}

// fold lower-cases r and strips its accent; a letter that folds to
// several (expanded) comes back in lower case.
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
	if unicode.Is(unicode.Latin, r) {
		return decomposed(r)
	}
	return r
}

// decomposed is a Latin letter the table leaves out as its base letter,
// when its canonical decomposition is an ASCII letter and combining marks:
// the Vietnamese letters with two marks ("ễ", "ộ"), "ơ" and "ư" with a
// horn, and the rest of Latin Extended Additional, which names such as
// "Nguyễn" use. The table stays for the common letters, as the fast path.
func decomposed(r rune) rune {
	d := norm.NFD.String(string(r))
	base, size := utf8.DecodeRuneInString(d)
	if base >= utf8.RuneSelf || !unicode.IsLetter(base) || size == len(d) {
		return r
	}
	for _, m := range d[size:] {
		if !unicode.Is(unicode.Mn, m) {
			return r
		}
	}
	return base
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
				writeFolded(&b, r)
			}
			return b.String()
		}
	}
	return strings.ToLower(s)
}
