package attribution

import (
	"testing"

	"github.com/readouts/readouts/internal/gazetteer"
)

// TestCountrySpan checks the country run that ofCountryTitles,
// officeLists and postCountry read after a title: the longest run the
// gazetteer knows, of the tokens each of them accepts.
func TestCountrySpan(t *testing.T) {
	d := &docState{g: shipped(t)}
	tests := []struct {
		name  string
		text  string
		k     int
		width int
		fits  func([]token, *gazetteer.Country) bool
		want  string // the country's name, "" for none
		end   int
	}{
		{"the longest run wins", "the foreign minister of the United Nations Security Council", 5, 3, allWordsCapital, "United Nations", 7},
		{"a lower-case word ends capitalised runs", "the foreign minister of the Republic of Korea", 5, 3, allWordsCapital, "", 5},
		{"a run may hold a lower-case word inside", "talks between the foreign ministers of the Republic of Korea and Japan", 7, 3, codedCountry, "South Korea", 10},
		{"a run must begin with a capital", "ministers of china and Japan", 2, 3, codedCountry, "", 2},
		{"two words at most", "Ambassador to the Republic of Korea", 3, 2, lastWordCapital, "", 3},
		{"a two-word country", "Ambassador to the United States.", 3, 2, lastWordCapital, "United States", 5},
		{"one word, the text ending before the width", "Ambassador to Ukraine", 2, 2, lastWordCapital, "Ukraine", 3},
		{"the text ends at k", "Ambassador to", 2, 3, allWordsCapital, "", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, end := d.countrySpan(tokenize(tt.text), tt.k, tt.width, tt.fits)
			got := ""
			if c != nil {
				got = c.Name
			}
			if got != tt.want || end != tt.end {
				t.Errorf("countrySpan(%q, %d, %d) = %q, %d; want %q, %d", tt.text, tt.k, tt.width, got, end, tt.want, tt.end)
			}
		})
	}
}
