package index

import (
	"context"
	"slices"
	"testing"

	"github.com/blevesearch/bleve/v2/search"

	ql "github.com/readouts/readouts/internal/query"
)

// TestRunMatchesExactSort: the relevance shortcut in run (score-only sort
// on a window, then score and ID) must return the pages Bleve's full
// score-then-ID sort returns, ties included.
func TestRunMatchesExactSort(t *testing.T) {
	if testing.Short() {
		t.Skip("indexes the sample corpus")
	}
	r, g := openCurrent(t, plainSampleIndex(t))
	c := &compiler{analyzer: g.idx.Mapping().AnalyzerNamed(textAnalyzer)}
	for _, text := range []string{"sanctions", "Ukraine", "the Secretary", "president", "human rights", "readout", "Minsk"} {
		ast, err := ql.Parse(text)
		if err != nil {
			t.Fatal(err)
		}
		q, err := c.compile(ast)
		if err != nil {
			t.Fatal(err)
		}
		for _, page := range []int{1, 2, 3, 40} {
			for _, size := range []int{1, 3, 10} {
				req := SearchRequest{Query: text, Page: page, Size: size}
				want, err := g.idx.SearchInContext(context.Background(), r.request(g, q, req))
				if err != nil {
					t.Fatal(err)
				}
				got, err := r.run(context.Background(), g, q, req, nil, 1, true)
				if err != nil {
					t.Fatal(err)
				}
				if w, g := idsOf(want.Hits), idsOf(got.Hits); !slices.Equal(w, g) || want.Total != got.Total {
					t.Errorf("%q page %d size %d:\n got %d %v\nwant %d %v", text, page, size, got.Total, g, want.Total, w)
				}
			}
		}
	}
}

func idsOf(hits search.DocumentMatchCollection) []string {
	out := make([]string, len(hits))
	for i, h := range hits {
		out[i] = h.ID
	}
	return out
}
