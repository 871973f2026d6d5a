package attribution

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/readouts/readouts/internal/gazetteer"
)

// token is one word or punctuation mark of a sentence.
type token struct {
	text  string // as written, without a possessive ending
	start int    // byte offsets of text in the sentence
	end   int
	lower string // folded: lower case, no accents
	key   string // gazetteer.Key(text)
	word  bool   // letters or digits
	cap   bool   // starts with an upper-case letter
	upper bool   // all letters upper case and at least two of them ("BLINKEN")
	poss  bool   // followed by 's, ’s or a bare apostrophe ("Bidens’")
}

// tokenize splits a sentence into words and punctuation. A word keeps inner
// apostrophes, hyphens and periods ("O’Brien", "Jean-Yves", "U.S.") and the
// final period of an initial ("J."); a possessive ending is split off and
// remembered, so that "Blinken’s" is the name Blinken.
func tokenize(s string) []token {
	// About one token per five bytes of English prose: most sentences
	// never grow the slice (growing it was a third of tokenize's time).
	toks := make([]token, 0, len(s)/5+4)
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		// Markdown emphasis ("- **Interior Secretary Deb Haaland**
		// discussed") is markup, not punctuation: it must not stand
		// between a subject and its verb.
		if unicode.IsSpace(r) || r == '*' {
			i += size
			continue
		}
		if !isWordRune(r) {
			toks = append(toks, token{text: s[i : i+size], start: i, end: i + size})
			i += size
			continue
		}
		j := i
		for j < len(s) {
			r2, s2 := utf8.DecodeRuneInString(s[j:])
			if isWordRune(r2) {
				j += s2
				continue
			}
			if r2 == '-' && brokenCompound(s, i, j) {
				// "Secretary- General": a compound the record broke at
				// its hyphen is one word, the office, not "Secretary"
				// (of State) and "General".
				j += 2
				continue
			}
			if r2 == '.' || r2 == '-' || r2 == '\'' || r2 == '’' || r2 == '‐' {
				if next, _ := utf8.DecodeRuneInString(s[j+s2:]); j+s2 < len(s) && isWordRune(next) {
					j += s2
					continue
				}
			}
			break
		}
		w := s[i:j]
		// "She’ll emphasize", "he'll call for": the pronoun and its "will",
		// two words, as "She will emphasize" (future.go reads the future
		// of speech; refs.go the pronoun).
		if k := contractedWill(w); k > 0 {
			toks = append(toks, token{text: w[:k], start: i, end: i + k, word: true}, token{text: w[k:], start: i + k, end: j, word: true})
			i = j
			continue
		}
		// "J." and "U.S." keep their final period: it is part of the name.
		if j < len(s) && s[j] == '.' && (utf8.RuneCountInString(w) == 1 && unicode.IsUpper(r) || strings.Contains(w, ".") || abbreviations[strings.ToLower(w)]) {
			j++
			w = s[i:j]
		}
		t := token{start: i, end: j, word: true}
		for _, suf := range []string{"’s", "'s", "’S", "'S"} {
			if len(w) > len(suf) && strings.HasSuffix(w, suf) {
				w = w[:len(w)-len(suf)]
				t.end = j - len(suf)
				t.poss = true
				break
			}
		}
		// "Rajnath Singh-ji", "Jaishankar-ji": the Hindi honorific is no
		// part of the name, or the same person would be two.
		if base, ok := strings.CutSuffix(w, "-ji"); ok && !t.poss && len(base) >= 3 && unicode.IsUpper(r) {
			w = base
			t.end = i + len(base)
		}
		if !t.poss && j < len(s) {
			if next, _ := utf8.DecodeRuneInString(s[j:]); (next == '’' || next == '\'') && strings.HasSuffix(w, "s") {
				t.poss = true
			}
		}
		t.text = w
		if strings.Contains(w, "- ") {
			t.text = strings.ReplaceAll(w, "- ", "-")
		}
		toks = append(toks, t)
		i = j
	}
	for k := range toks {
		t := &toks[k]
		t.lower = gazetteer.Fold(t.text)
		if t.text == "’ll" || t.text == "'ll" {
			t.lower = "will" // contractedWill's second half
		}
		if t.word && abbreviations[strings.TrimSuffix(t.lower, ".")] {
			t.lower = strings.TrimSuffix(t.lower, ".")
		}
		if !t.word {
			continue
		}
		if gazetteer.PlainWord(t.text) {
			t.key = t.lower // what Key gives a word of ASCII letters and digits, without a second copy
		} else {
			t.key = gazetteer.Key(t.text)
		}
		first, _ := utf8.DecodeRuneInString(t.text)
		t.cap = unicode.IsUpper(first)
		// "al-Sisi", "el-Sisi", "bin-Zayed": a name whose particle is
		// written in lower case is still capitalised where it counts.
		if p, rest, ok := strings.Cut(t.text, "-"); ok && !t.cap && nameParticles[p] {
			r, _ := utf8.DecodeRuneInString(rest)
			t.cap = unicode.IsUpper(r)
		}
		letters, upper := 0, 0
		for _, r := range t.text {
			if unicode.IsLetter(r) {
				letters++
				if unicode.IsUpper(r) {
					upper++
				}
			}
		}
		t.upper = letters >= 2 && upper == letters
	}
	return toks
}

// nameParticles may open a hyphenated surname in lower case.
var nameParticles = set(`al el ad as ash at az bin ibn abu`)

// abbreviations keep their period: "Jr.", "Mr.", "Dr.".
var abbreviations = set(`jr sr mr mrs ms dr st gen lt col sen rep gov amb prof hon rev mme`)

// contractedWill returns where "’ll" or "'ll" starts in "he’ll" or
// "she'll", else 0. Not "they’ll": a group's future is not previewed
// speech (future.go), and its "They" would take the verbs after it.
func contractedWill(w string) int {
	for _, suf := range []string{"’ll", "'ll"} {
		if base, ok := strings.CutSuffix(w, suf); ok {
			switch strings.ToLower(base) {
			case "he", "she":
				return len(base)
			}
		}
	}
	return 0
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// joinKeys is the gazetteer key of toks[i:j].
func joinKeys(toks []token, i, j int) string {
	parts := make([]string, 0, j-i)
	for _, t := range toks[i:j] {
		if t.key != "" {
			parts = append(parts, t.key)
		}
	}
	return strings.Join(parts, " ")
}

// firstKeyWord is the first word of joinKeyPrefixes' string over toks:
// the first key that is not empty, up to its first space.
func firstKeyWord(toks []token) string {
	for _, t := range toks {
		if t.key != "" {
			w, _, _ := strings.Cut(t.key, " ")
			return w
		}
	}
	return ""
}

// joinKeyPrefixes returns joinKeys(toks, i, end) and, appended to ends,
// the length of its prefix that is joinKeys(toks, i, j) for each j in
// (i, end].
func joinKeyPrefixes(toks []token, i, end int, ends []int) (string, []int) {
	var b strings.Builder
	for _, t := range toks[i:end] {
		if t.key != "" {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(t.key)
		}
		ends = append(ends, b.Len())
	}
	return b.String(), ends
}

// brokenCompound reports whether the word s[i:j] and the capitalised word
// after "- " at j are one hyphenated compound a line break split in the
// record ("Secretary- General", "Director- General"): both capitalised,
// one space, and not a hyphen left hanging before "and" or "or" ("Pre- and
// Post-").
func brokenCompound(s string, i, j int) bool {
	if j+2 >= len(s) || s[j] != '-' || s[j+1] != ' ' {
		return false
	}
	first, _ := utf8.DecodeRuneInString(s[i:])
	next, _ := utf8.DecodeRuneInString(s[j+2:])
	if !unicode.IsUpper(first) || !unicode.IsUpper(next) {
		return false
	}
	rest := s[j+2:]
	return !strings.HasPrefix(rest, "And ") && !strings.HasPrefix(rest, "Or ")
}

// span is the text of toks[i:j] as written in s.
func span(s string, toks []token, i, j int) string {
	if i >= j || j > len(toks) {
		return ""
	}
	return s[toks[i].start:toks[j-1].end]
}

// countryOf is d.g.Country(t.text), from the key tokenize has already
// computed: attribution asks it of most words it reads, and keying each
// word again was a tenth of its time.
func (d *docState) countryOf(t token) *gazetteer.Country {
	if !t.word {
		return d.g.Country(t.text)
	}
	return d.g.CountryByKey(t.key)
}

// firstRune is the first rune of s (utf8.RuneError when s is empty),
// without converting the whole string to runes as []rune(s)[0] does.
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}
