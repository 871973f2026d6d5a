package index_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/readouts/readouts/internal/index"
	"github.com/readouts/readouts/internal/query"
	"github.com/readouts/readouts/internal/testindex"
)

// TestTermBudget: a search looks up at most MaxTerms index terms, prefixes
// expanded, and a search over budget is a query error that names the word
// at fault and where it is, before any work is done. (Issue 14: 105 ORed
// two-letter prefixes took searchd from 42 MB to 890 MB.)
func TestTermBudget(t *testing.T) {
	r := reader(t)
	tests := []struct {
		name     string
		query    string
		speakers []string
		maxTerms int
		wantErr  string // "" for success; else in the message
		wantPos  int    // the error's Pos, when it is a *query.Error
	}{
		{name: "word in text and title costs two", query: "Minsk", maxTerms: 2},
		{name: "two words over two terms", query: "Minsk Taiwan", maxTerms: 3, wantErr: `with "Taiwan" the search looks up 4 terms, more than the 3 allowed`, wantPos: 6},
		{name: "phrase costs its words", query: `"Minsk agreements"`, maxTerms: 3, wantErr: "looks up 4 terms"},
		{name: "narrow prefix within budget", query: "sanction*", maxTerms: 100},
		{name: "wide prefix alone", query: "Minsk co*", maxTerms: 20, wantErr: `"co*" matches `, wantPos: 6},
		{name: "wide prefix names itself", query: "co*", maxTerms: 20, wantErr: "type more of the word"},
		{name: "many prefixes add up", query: "sa* OR se* OR si* OR so* OR su*", maxTerms: 20, wantErr: "use fewer or longer prefixes"},
		{name: "keyword prefix counts too", query: "speaker:wa*", maxTerms: 1},
		{name: "keyword prefix over budget points at its field", query: "Minsk speaker:wa*", maxTerms: 2, wantErr: `with "speaker:wa*" the search looks up`, wantPos: 6},
		{name: "filters count", query: "Minsk", speakers: []string{"Wang Yi", "Antony Blinken"}, maxTerms: 3, wantErr: "the filters name 2 values"},
		{name: "default budget", query: "co* OR de* OR pr*"},
		{name: "repeated word counts once", query: "Minsk OR Minsk OR Minsk", maxTerms: 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := r.Search(context.Background(), index.SearchRequest{Query: tt.query, Speakers: tt.speakers,
				Page: 1, Size: 10, MaxTerms: tt.maxTerms})
			if tt.wantErr == "" {
				if err != nil {
					t.Fatalf("Search(%q) = %v, want no error", tt.query, err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("Search(%q) error = %v, want one containing %q", tt.query, err, tt.wantErr)
			}
			if !errors.Is(err, index.ErrQuery) {
				t.Errorf("errors.Is(%v, ErrQuery) = false: the server would answer 500, not 400", err)
			}
			var qe *query.Error
			if tt.wantPos != 0 && (!errors.As(err, &qe) || qe.Pos != tt.wantPos) {
				t.Errorf("error %v: want a *query.Error at %d", err, tt.wantPos)
			}
		})
	}
}

// TestFuzzyBounded: a fuzzy word matches at most the 50 closest terms of
// each field it searches. In the sample corpus "ab~2" is within two edits of
// hundreds of words (every word of up to four letters with an a or a b);
// it costs 50 terms of the budget, and the closest words are the ones
// kept: every paragraph with the word itself still matches.
func TestFuzzyBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("indexes the sample corpus")
	}
	r := testindex.Shared(t, testindex.Root()+"/testdata/sample")
	search := func(q string, maxTerms int) (*index.SearchResult, error) {
		return r.Search(context.Background(), index.SearchRequest{Query: q, Page: 1, Size: 10, MaxTerms: maxTerms})
	}
	tests := []struct {
		query string
		fits  int    // the budget it needs: at most 50 per field
		word  string // the word itself, whose every match it finds
	}{
		{query: "text:ab~2", fits: 50},
		{query: "text:wang~2", fits: 50, word: "text:wang"},
		{query: "text:minsk~2", fits: 19, word: "text:minsk"}, // fewer than 50: all of them
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			res, err := search(tt.query, tt.fits)
			if err != nil {
				t.Fatalf("Search(%q, MaxTerms %d) = %v, want it to fit", tt.query, tt.fits, err)
			}
			if _, err := search(tt.query, tt.fits-1); !errors.Is(err, index.ErrQuery) {
				t.Errorf("Search(%q, MaxTerms %d) = %v, want a query error: it costs %d", tt.query, tt.fits-1, err, tt.fits)
			}
			if res.Total == 0 {
				t.Fatalf("Search(%q): no hits", tt.query)
			}
			if tt.word == "" {
				return
			}
			exact, err := search(tt.word, 0)
			if err != nil || exact.Total == 0 || exact.Total > res.Total {
				t.Errorf("Search(%q) total %d, Search(%q) total %d, %v: want the word itself among the terms kept", tt.query, res.Total, tt.word, exact.Total, err)
			}
		})
	}
}

// TestAdmit: a search tells its admission hook what it will cost before it
// runs (terms looked up, postings they list, hits collected), waits for it,
// calls done once when it stops, and fails with the hook's error.
func TestAdmit(t *testing.T) {
	r := reader(t)
	st, err := r.Stats()
	if err != nil {
		t.Fatal(err)
	}
	minsk, err := r.Search(context.Background(), index.SearchRequest{Query: "text:Minsk", Page: 1, Size: 10})
	if err != nil {
		t.Fatal(err)
	}
	refused := errors.New("refused")
	tests := []struct {
		name      string
		req       index.SearchRequest
		refuse    bool
		wantTerms int
		postings  func(uint64) bool
		want      string // what postings should be
	}{
		{name: "one word, one field", req: index.SearchRequest{Query: "text:Minsk", Page: 2, Size: 5}, wantTerms: 1,
			postings: func(p uint64) bool { return p == minsk.Total }, want: "the paragraphs with Minsk"},
		{name: "browsing walks everything", req: index.SearchRequest{Page: 1, Size: 10},
			postings: func(p uint64) bool { return p == st.Indexed }, want: "every paragraph"},
		{name: "only exclusions walk everything", req: index.SearchRequest{Query: "-Minsk", Page: 1, Size: 10}, wantTerms: 2,
			postings: func(p uint64) bool { return p > st.Indexed }, want: "more than every paragraph"},
		{name: "refused", req: index.SearchRequest{Query: "Minsk", Page: 1, Size: 10}, refuse: true, wantTerms: 2,
			postings: func(p uint64) bool { return p >= minsk.Total }, want: "at least the paragraphs with Minsk"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got index.Cost
			admitted, done := 0, 0
			tt.req.Admit = func(ctx context.Context, c index.Cost) (func(), error) {
				admitted++
				got = c
				if tt.refuse {
					return nil, refused
				}
				return func() { done++ }, nil
			}
			_, err := r.Search(context.Background(), tt.req)
			if tt.refuse != errors.Is(err, refused) || (!tt.refuse && err != nil) {
				t.Fatalf("Search = %v, refused %v", err, tt.refuse)
			}
			wantDone := 1
			if tt.refuse {
				wantDone = 0
			}
			if admitted != 1 || done != wantDone {
				t.Errorf("Admit called %d times, done %d; want 1 and %d", admitted, done, wantDone)
			}
			if got.Terms != tt.wantTerms || got.Window != tt.req.Page*tt.req.Size || !tt.postings(got.Postings) {
				t.Errorf("cost = %+v, want %d terms, window %d, postings %s", got, tt.wantTerms, tt.req.Page*tt.req.Size, tt.want)
			}
		})
	}
}
