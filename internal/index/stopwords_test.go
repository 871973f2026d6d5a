package index_test

import (
	"context"
	"regexp"
	"strings"
	"testing"

	"github.com/readouts/readouts/internal/index"
	"github.com/readouts/readouts/internal/testindex"
)

// TestPhraseStopWords: a quoted phrase's stop words are its words. The
// index holds no stop words, only their gaps, and the phrase "Secretary of
// State" found "Secretary Blinken stated", "in the region" every "region"
// (366 paragraphs of the sample; 74 hold the phrase). Every hit must hold
// the phrase in its text or title, its stop words as written and its other
// words up to their stems, and the paragraphs that do are still found.
func TestPhraseStopWords(t *testing.T) {
	ctx := context.Background()
	r := testindex.Shared(t, testindex.Root()+"/testdata/sample")
	tests := []struct {
		phrase  string
		pattern string // what every hit holds, case aside
		atLeast int    // paragraphs of the sample that hold it
	}{
		{"Secretary of State", `secretar\w*\W+of\W+stat`, 80},
		{"in the region", `\bin\W+the\W+region`, 70},
		{"the rule of law", `\bthe\W+rule\w*\W+of\W+law`, 45},
		{"United States of America", `unit\w*\W+states\W+of\W+america`, 100},
		{"Secretary of State Blinken", `secretar\w*\W+of\W+state\W+blinken`, 3},
	}
	for _, tt := range tests {
		t.Run(tt.phrase, func(t *testing.T) {
			re := regexp.MustCompile(`(?i)` + tt.pattern)
			res, err := r.Search(ctx, index.SearchRequest{Query: `"` + tt.phrase + `"`, Page: 1, Size: 1000})
			if err != nil {
				t.Fatal(err)
			}
			if int(res.Total) < tt.atLeast {
				t.Errorf("%d hits, want at least %d", res.Total, tt.atLeast)
			}
			docs := map[string]*index.DocumentView{}
			for _, h := range res.Hits {
				doc := docs[h.DocID]
				if doc == nil {
					if doc, err = r.Document(ctx, h.DocID, ""); err != nil {
						t.Fatal(err)
					}
					docs[h.DocID] = doc
				}
				text := doc.Paragraphs[h.Paragraph-1].Text
				if !re.MatchString(text) && !re.MatchString(h.Title) {
					t.Errorf("%s does not hold %q: %s", h.ID, tt.phrase, strings.Join(strings.Fields(text), " "))
				}
			}
		})
	}
}
