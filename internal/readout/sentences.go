package readout

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbreviations end with a period but do not end a sentence: "U.S.", "Mr.",
// "Nov.". Compared lower-cased, without the final period.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "drs": true, "prof": true, "sr": true, "jr": true,
	"st": true, "gen": true, "lt": true, "col": true, "capt": true, "sen": true, "rep": true,
	"gov": true, "amb": true, "hon": true, "rev": true, "messrs": true, "mme": true,
	"u.s": true, "u.k": true, "u.n": true, "e.u": true, "p.r.c": true, "d.c": true,
	"u.s.a": true, "r.o.k": true, "d.p.r.k": true, "u.a.e": true, "a.m": true, "p.m": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"e.g": true, "i.e": true,
	"etc": true, "vs": true, "cf": true, "al": true, "approx": true, "dept": true, "est": true,
	"inc": true, "ltd": true, "co": true, "corp": true,
}

// placeAbbreviations end a place name, and so often a sentence.
var placeAbbreviations = map[string]bool{"d.c": true}

// sentenceStarters are words that begin sentences far more often than they
// continue a name: after "D.C." they start the next sentence.
var sentenceStarters = map[string]bool{
	"The": true, "He": true, "She": true, "They": true, "We": true, "I": true, "It": true, "This": true,
	"These": true, "Both": true, "In": true, "On": true, "At": true, "During": true, "Secretary": true,
	"President": true, "Prime": true, "Foreign": true, "Vice": true, "Deputy": true, "Ambassador": true,
}

// firstWord is the run of letters text starts with.
func firstWord(text string) string {
	end := strings.IndexFunc(text, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		return text
	}
	return text[:end]
}

// numberAbbreviations are abbreviations only when a number follows.
var numberAbbreviations = map[string]bool{"no": true, "nos": true, "vol": true, "art": true, "para": true, "p": true, "pp": true}

// Sentences splits text into sentences at ".", "!" or "?" (optionally
// followed by closing quotes or brackets) when followed by white space and an
// upper-case letter, digit or opening quote. Abbreviations and initials
// ("U.S.", "Mr.", "J. Blinken") are not boundaries. Joining the result with
// single spaces gives back the text with its white space runs collapsed, so
// no text is lost or invented.
func Sentences(text string) []string {
	var out []string
	start := 0
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r != '.' && r != '!' && r != '?' {
			i += size
			continue
		}
		end := i + size
		// Swallow repeated terminators and closing quotes/brackets: `?"`, `.)`, `...`.
		for end < len(text) {
			r2, s2 := utf8.DecodeRuneInString(text[end:])
			if r2 == '.' || r2 == '!' || r2 == '?' || isCloser(r2) {
				end += s2
				continue
			}
			// One "*" closes Markdown's italics after the period ("in
			// *Dobbs v. Jackson Women’s Health Organization.* The
			// conversation"); a bold "**" heading stays with the text it
			// heads.
			if r2 == '*' && (end+1 >= len(text) || text[end+1] != '*') && text[end-1] != '*' {
				end += s2
				continue
			}
			break
		}
		if isBoundary(text, start, i, end, r) {
			if s := strings.TrimSpace(text[start:end]); s != "" {
				out = append(out, s)
			}
			start = end
		}
		i = end
	}
	if s := strings.TrimSpace(text[start:]); s != "" {
		out = append(out, s)
	}
	return out
}

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', ')', ']', '”', '’', '»':
		return true
	}
	return false
}

func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '(', '[', '“', '‘', '«':
		return true
	}
	return false
}

// isBoundary decides whether the terminator at text[dot] (ending at end)
// closes the sentence that began at start.
func isBoundary(text string, start, dot, end int, term rune) bool {
	// Must be followed by white space, then a sentence opener.
	if end >= len(text) {
		return true
	}
	r, size := utf8.DecodeRuneInString(text[end:])
	if !unicode.IsSpace(r) {
		return false
	}
	j := end + size
	for j < len(text) {
		r2, s2 := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsSpace(r2) {
			break
		}
		j += s2
	}
	if j >= len(text) {
		return true
	}
	next, _ := utf8.DecodeRuneInString(text[j:])
	if !(unicode.IsUpper(next) || unicode.IsDigit(next) || isOpener(next)) {
		return false
	}
	if term != '.' {
		return true
	}
	// The word before the period: "U.S", "Mr", "J".
	w := dot
	for w > start {
		r3, s3 := utf8.DecodeLastRuneInString(text[start:w])
		if unicode.IsSpace(r3) || isOpener(r3) {
			break
		}
		w -= s3
	}
	word := strings.ToLower(text[w:dot])
	if word == "" {
		return true
	}
	if abbreviations[word] {
		// "… in Washington, D.C. Secretary Blinken and …": a place's
		// abbreviation ends the sentence when a sentence's first word
		// follows.
		return placeAbbreviations[word] && sentenceStarters[firstWord(text[j:])]
	}
	// "Roe v. Wade", "Brown v. Board": a lower-case "v." joins the
	// parties of a case, whose second is capitalised.
	if text[w:dot] == "v" {
		return false
	}
	// "No. 5", "Art. 51": abbreviations only before a number.
	if numberAbbreviations[word] && unicode.IsDigit(next) {
		return false
	}
	// A single capital letter is an initial ("Antony J. Blinken").
	if utf8.RuneCountInString(word) == 1 {
		if r4, _ := utf8.DecodeRuneInString(text[w:dot]); unicode.IsUpper(r4) {
			return false
		}
	}
	// Dotted acronyms not in the list ("N.A.T.O") are not boundaries either.
	if strings.Count(word, ".") >= 1 && utf8.RuneCountInString(word) <= 8 && !strings.ContainsAny(word, "0123456789") {
		return false
	}
	return true
}
