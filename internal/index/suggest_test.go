package index_test

import (
	"context"
	"errors"
	"slices"
	"testing"

	"github.com/readouts/readouts/internal/index"
	"github.com/readouts/readouts/internal/testindex"
)

// TestSuggestNames asks the sample corpus for names as a reader types them.
func TestSuggestNames(t *testing.T) {
	if testing.Short() {
		t.Skip("indexes the sample corpus")
	}
	r := testindex.Shared(t, testindex.Root()+"/testdata/sample")
	tests := []struct {
		field, prefix string
		want          string // among the names offered
		matched       string // the alias it matched, if not the name
	}{
		{"speaker", "blin", "Antony Blinken", ""},
		{"speaker", "antony b", "Antony Blinken", ""},
		{"speaker", "BLINKEN", "Antony Blinken", ""},
		{"speaker", "tony", "Antony Blinken", "Tony Blinken"},
		{"speaker", "zelensk", "Volodymyr Zelenskyy", ""},
		{"speaker", "zelenski", "Volodymyr Zelenskyy", "Volodymyr Zelenskiy"},
		{"mention", "xi", "Xi Jinping", ""},
		{"country", "united", "United States", ""},
		{"source", "white", "", ""}, // checked below: every name holds the prefix
	}
	for _, tt := range tests {
		t.Run(tt.field+"="+tt.prefix, func(t *testing.T) {
			got, err := r.SuggestNames(context.Background(), tt.field, tt.prefix, 10)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) == 0 {
				t.Fatalf("SuggestNames(%s, %q) offers nothing", tt.field, tt.prefix)
			}
			for i := 1; i < len(got); i++ {
				if got[i].Count > got[i-1].Count {
					t.Errorf("not ranked by count: %v", got)
				}
			}
			if tt.want == "" {
				return
			}
			i := slices.IndexFunc(got, func(s index.NameSuggestion) bool { return s.Name == tt.want })
			if i < 0 {
				t.Fatalf("SuggestNames(%s, %q) = %v, want %s among them", tt.field, tt.prefix, got, tt.want)
			}
			if got[i].Count <= 0 {
				t.Errorf("%s has count %d", tt.want, got[i].Count)
			}
			if tt.matched != "" && got[i].Matched != tt.matched {
				t.Errorf("%s matched %q, want %q", tt.want, got[i].Matched, tt.matched)
			}
		})
	}
	for _, bad := range []struct{ field, prefix string }{{"colour", "wan"}, {"speaker", "  "}, {"speaker", "!!"}} {
		if _, err := r.SuggestNames(context.Background(), bad.field, bad.prefix, 10); !errors.Is(err, index.ErrQuery) {
			t.Errorf("SuggestNames(%q, %q) = %v, want a query error", bad.field, bad.prefix, err)
		}
	}
}

// oneUnknown is the one name req's search says names nobody (Suggest on).
func oneUnknown(t *testing.T, r *index.Reader, req index.SearchRequest) index.UnknownName {
	t.Helper()
	req.Page, req.Size, req.Suggest = 1, 1, true
	res, err := r.Search(context.Background(), req)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Unknown) != 1 {
		t.Fatalf("Unknown = %+v, want one name", res.Unknown)
	}
	return res.Unknown[0]
}

// TestUnknownSpeaker: speaker:Wang names nobody (the gazetteer knows several
// Wangs), so the search says so and offers the Wangs who speak.
func TestUnknownSpeaker(t *testing.T) {
	if testing.Short() {
		t.Skip("indexes the sample corpus")
	}
	r := testindex.Shared(t, testindex.Root()+"/testdata/sample")
	tests := []struct {
		req        index.SearchRequest
		field      string
		value      string
		candidates []string // among those offered
		start, end int
	}{
		{index.SearchRequest{Query: "Taiwan speaker:Blinkenn"}, "speaker", "Blinkenn", []string{"Antony Blinken"}, 15, 23},
		{index.SearchRequest{Query: "speaker:Wang"}, "speaker", "Wang", []string{"Wang Yi"}, 8, 12}, // several Wangs in the gazetteer: no one person
		{index.SearchRequest{Query: `speaker:"Antony Blinkenn"`}, "speaker", "Antony Blinkenn", []string{"Antony Blinken"}, 8, 25},
		{index.SearchRequest{Speakers: []string{"Blinkn"}}, "speaker", "Blinkn", []string{"Antony Blinken"}, 0, 0},
		{index.SearchRequest{Query: "issuer:Blinkenn"}, "issuer", "Blinkenn", []string{"Antony Blinken"}, 7, 15},
	}
	for _, tt := range tests {
		t.Run(tt.req.Query+tt.value, func(t *testing.T) {
			u := oneUnknown(t, r, tt.req)
			if u.Field != tt.field || u.Value != tt.value || u.Start != tt.start || u.End != tt.end {
				t.Errorf("Unknown = %+v, want %s %q at %d–%d", u, tt.field, tt.value, tt.start, tt.end)
			}
			t.Logf("%s:%s → %v", u.Field, u.Value, u.Candidates)
			for _, c := range tt.candidates {
				if !slices.Contains(u.Candidates, c) {
					t.Errorf("candidates %v, want %s among them", u.Candidates, c)
				}
			}
		})
	}
	// Names that resolve are not unknown: a misspelling the gazetteer
	// knows, a surname of one person.
	res, err := r.Search(context.Background(), index.SearchRequest{Query: `speaker:"Antony Blinken" speaker:Blinkin Taiwan`, Speakers: []string{"Blinken"}, Page: 1, Size: 1, Suggest: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Unknown) != 0 {
		t.Errorf("a speaker who speaks is reported unknown: %+v", res.Unknown)
	}
}
