package index

import "testing"

// TestCodeForms: a query's codes, however typed, written as the index
// joins them (codes.go), and the words that are no code left alone.
func TestCodeForms(t *testing.T) {
	tests := []struct{ in, want string }{
		{"G 7", "G-7"},
		{"g-7", "G-7"},
		{"covid-19", "Covid-19"},
		{"covid 19 pandemic", "Covid-19 pandemic"},
		{"the G 7 and G 20 summits", "the G-7 and G-20 summits"}, // two, a space between
		{"G-7", "G-7"},
		{"G7", "G7"},                         // already one word
		{"in 2022", "in 2022"},               // four digits: a year
		{"Resolution 242", "Resolution 242"}, // ten letters
		{"U.S.-China 2", "U.S.-China-2"},     // a word after punctuation
		{"x2G 7", "x2G 7"},                   // not a whole word
		{"G 7000", "G 7000"},                 // nor here
		{"Ärger 5", "Ärger 5"},               // ASCII letters only, as the index's codes
		{"", ""},
	}
	for _, tt := range tests {
		if got := codeForms(tt.in); got != tt.want {
			t.Errorf("codeForms(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}
