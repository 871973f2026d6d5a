package index_test

import (
	"context"
	"slices"
	"testing"

	"github.com/readouts/readouts/internal/index"
	"github.com/readouts/readouts/internal/testindex"
)

// TestCodesWithAndWithoutHyphen: a code written with and without its
// hyphen is one word (codes.go). On the sample "G-7" found 20 paragraphs
// and "G7" 123, "COVID19" 1 and "COVID-19" 132, none of the other's; now
// each pair finds the same paragraphs, and a code's letters alone still
// find it written with the hyphen.
func TestCodesWithAndWithoutHyphen(t *testing.T) {
	r := testindex.Shared(t, testindex.Root()+"/testdata/sample")
	ids := func(t *testing.T, q string) []string { return paragraphIDs(t, r, q) }
	tests := []struct {
		a, b    string
		atLeast int // paragraphs each finds
		// a paragraph of the sample that writes the code as a does,
		// which b must find
		written string
	}{
		{"G-7", "G7", 140, "sample/state/2022-02-27_japans-financial-sanctions-against-russia.txt#p1"},
		{"G-20", "G20", 50, ""},
		{"COVID19", "COVID-19", 125, "sample/ungd/2021_UNGD76_JPN.txt#p6"},
		{`"G-7 summit"`, `"G7 summit"`, 70, ""},
		{`"COVID-19 pandemic"`, `"COVID19 pandemic"`, 35, ""},
		{`"COVID 19 pandemic"`, `"COVID-19 pandemic"`, 35, ""}, // a space for the hyphen
		{`"G 7"`, "G7", 140, "sample/state/2022-02-27_japans-financial-sanctions-against-russia.txt#p1"},
	}
	for _, tt := range tests {
		t.Run(tt.a+" "+tt.b, func(t *testing.T) {
			a, b := ids(t, tt.a), ids(t, tt.b)
			if len(a) < tt.atLeast {
				t.Errorf("%s finds %d paragraphs, want at least %d", tt.a, len(a), tt.atLeast)
			}
			if !slices.Equal(a, b) {
				t.Errorf("%s finds %d paragraphs, %s %d: want the same", tt.a, len(a), tt.b, len(b))
			}
			if tt.written != "" && !slices.Contains(b, tt.written) {
				t.Errorf("%s does not find %s", tt.b, tt.written)
			}
		})
	}
	// The letters alone, and the number, still find the hyphenated code.
	const hyphenated = "sample/ungd/2020_UNGD75_JPN.txt#p10" // "the COVID-19 Crisis Response"
	for _, q := range []string{"COVID-19", "COVID", "19", `"COVID-19 Crisis"`, `"COVID19 Crisis"`} {
		if !slices.Contains(ids(t, q), hyphenated) {
			t.Errorf("%s does not find %s", q, hyphenated)
		}
	}
}

// TestCodesAsTyped: a code typed in lower case or with a space and no
// quotes finds what the code finds. On the sample "covid-19" found 5
// paragraphs (the lower-case "covid-19" of URLs) and COVID-19 131; `G 7`
// found 20 (G-7 by its parts, g and 7 anywhere) and G-7 143; `G 20 summit`
// 3 and `G20 summit` 11. Two words that the index holds as no code stay
// two words: `Article 5` is article and 5.
func TestCodesAsTyped(t *testing.T) {
	r := testindex.Shared(t, testindex.Root()+"/testdata/sample")
	ids := func(t *testing.T, q string) []string { return paragraphIDs(t, r, q) }
	tests := []struct {
		q, like string // q finds what like finds
		atLeast int
	}{
		{"g-7", "G-7", 140},
		{"G 7", "G7", 140},
		{"g 7", "G7", 140},
		{"G 20", "G20", 50},
		{"G 20 summit", "G20 summit", 10},
		{"G 20 OR Ukraine", "(20 OR Ukraine) G", 1}, // OR binds the 20: no code
		{"covid-19", `"COVID 19"`, 130},
		{"covid 19", `"COVID 19"`, 130},
		{`"covid 19 pandemic"`, `"COVID 19 pandemic"`, 35},
		{"Article 5", "5 Article", 3}, // no "Article-5" in the sample
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			got, want := ids(t, tt.q), ids(t, tt.like)
			if len(got) < tt.atLeast {
				t.Errorf("%s finds %d paragraphs, want at least %d", tt.q, len(got), tt.atLeast)
			}
			if !slices.Equal(got, want) {
				t.Errorf("%s finds %d paragraphs, %s %d: want the same", tt.q, len(got), tt.like, len(want))
			}
		})
	}
	// The lower-case code finds the code and its lower-case spelling.
	code, lower := ids(t, "COVID-19"), ids(t, "covid-19")
	for _, id := range code {
		if !slices.Contains(lower, id) {
			t.Errorf("covid-19 does not find %s, which COVID-19 finds", id)
		}
	}
}

// paragraphIDs are the IDs of the paragraphs q finds in r, sorted.
func paragraphIDs(t *testing.T, r *index.Reader, q string) []string {
	t.Helper()
	res, err := r.Search(context.Background(), index.SearchRequest{Query: q, Page: 1, Size: 1000})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, h := range res.Hits {
		out = append(out, h.ID)
	}
	slices.Sort(out)
	return out
}
