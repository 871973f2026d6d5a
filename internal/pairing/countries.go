package pairing

import (
	"slices"
	"strings"
	"unicode"
)

// Places are the countries and international organisations of the
// gazetteer (gazetteer.Gazetteer provides them): the words that stand for
// each ("Chinese", "U.S.", "Kyiv" for Ukraine) and its name. The
// comparison lists the countries each account mentions from it, not from
// a list of its own.
type Places interface {
	// CountryName returns the name of the country a word or phrase stands
	// for, and false if none.
	CountryName(words string) (string, bool)
	// MaxWords is the length in words of the longest phrase to look up.
	MaxWords() int
}

// countries returns the countries d's paragraphs mention ("Chinese",
// "Beijing": China), as places names them, in the order of their first
// mention.
func countries(d *Doc, places Places) (names []string) {
	if places == nil {
		return nil
	}
	maxWords := max(places.MaxWords(), 1)
	for _, p := range d.Paragraphs {
		words := strings.FieldsFunc(p.Text, func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.' && r != '\'' && r != '’' && r != '-'
		})
		for i := range words {
			words[i] = strings.TrimRight(words[i], ".’'")
		}
		for i := 0; i < len(words); i++ {
			for n := min(maxWords, len(words)-i); n >= 1; n-- {
				phrase := strings.Join(words[i:i+n], " ")
				if r := []rune(phrase); len(r) == 0 || !unicode.IsUpper(r[0]) {
					continue // "us" is not the U.S.: a country is written with a capital
				}
				name, ok := places.CountryName(phrase)
				if !ok {
					continue
				}
				if !slices.Contains(names, name) {
					names = append(names, name)
				}
				i += n - 1
				break
			}
		}
	}
	return names
}
