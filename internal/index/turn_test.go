package index_test

import (
	"context"
	"errors"
	"slices"
	"testing"

	"github.com/readouts/readouts/internal/index"
	"github.com/readouts/readouts/internal/readout"
	"github.com/readouts/readouts/internal/testindex"
)

// sampleTurns parses the sample corpus as the indexer does and returns the
// paragraph IDs of each turn ("" for prose).
func sampleTurns(t *testing.T) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	eachSampleParagraph(t, func(id string, p readout.Paragraph) {
		out[p.Turn] = append(out[p.Turn], id)
	})
	return out
}

// TestTurnFilter checks the turn filter on the sample corpus, indexed by
// the real pipeline: turn=question finds exactly the paragraphs attribution
// marks as reporters' questions, each hit saying so; turn=answer finds every
// other paragraph, prose included, and no question; with words, the two
// split the search's matches; the document view shows the hit's turn.
func TestTurnFilter(t *testing.T) {
	ctx := context.Background()
	r := testindex.Shared(t, testindex.Root()+"/testdata/sample")
	want := sampleTurns(t)
	questions, answers, prose := want[readout.TurnQuestion], want[readout.TurnAnswer], want[""]
	if len(questions) < 20 || len(answers) < 20 || len(prose) < 20 {
		t.Fatalf("the sample has %d questions, %d answers, %d prose paragraphs; the test needs transcripts and prose", len(questions), len(answers), len(prose))
	}
	search := func(req index.SearchRequest) *index.SearchResult {
		t.Helper()
		req.Page = 1
		if req.Size == 0 {
			req.Size = 10000
		}
		res, err := r.Search(ctx, req)
		if err != nil {
			t.Fatalf("%+v: %v", req, err)
		}
		return res
	}
	ids := func(res *index.SearchResult) []string {
		var out []string
		for _, h := range res.Hits {
			out = append(out, h.ID)
		}
		slices.Sort(out)
		return out
	}
	sorted := func(s []string) []string { s = slices.Clone(s); slices.Sort(s); return s }

	all := search(index.SearchRequest{Size: 1}).Total
	if all != uint64(len(questions)+len(answers)+len(prose)) {
		t.Fatalf("index holds %d paragraphs, the parse %d", all, len(questions)+len(answers)+len(prose))
	}

	t.Run("question", func(t *testing.T) {
		res := search(index.SearchRequest{Turn: index.TurnQuestion})
		if got := ids(res); !slices.Equal(got, sorted(questions)) {
			t.Errorf("turn=question: %d hits, want the %d question paragraphs", len(got), len(questions))
		}
		for _, h := range res.Hits {
			if h.Turn != readout.TurnQuestion {
				t.Errorf("%s: turn %q in a turn=question search", h.ID, h.Turn)
			}
		}
	})
	t.Run("answer keeps prose", func(t *testing.T) {
		res := search(index.SearchRequest{Turn: index.TurnAnswer})
		if got, want := ids(res), sorted(append(slices.Clone(answers), prose...)); !slices.Equal(got, want) {
			t.Errorf("turn=answer: %d hits, want the %d answer and %d prose paragraphs", len(got), len(answers), len(prose))
		}
		turns := map[string]int{}
		for _, h := range res.Hits {
			turns[h.Turn]++
		}
		if turns[readout.TurnQuestion] != 0 || turns[readout.TurnAnswer] != len(answers) || turns[""] != len(prose) {
			t.Errorf("turn=answer hits by turn: %v", turns)
		}
	})
	t.Run("with words the filters split the matches", func(t *testing.T) {
		for _, q := range []string{"Ukraine", "travel", `"thank you"`} {
			whole := search(index.SearchRequest{Query: q}).Total
			qs := search(index.SearchRequest{Query: q, Turn: index.TurnQuestion})
			as := search(index.SearchRequest{Query: q, Turn: index.TurnAnswer})
			if qs.Total == 0 || as.Total == 0 {
				t.Errorf("%s: %d questions, %d others: the case needs both", q, qs.Total, as.Total)
			}
			if qs.Total+as.Total != whole {
				t.Errorf("%s: %d questions + %d others != %d matches", q, qs.Total, as.Total, whole)
			}
			// The turn facet counts what each filter keeps.
			want := []index.FacetValue{{Value: index.TurnAnswer, Count: int(as.Total)}, {Value: index.TurnQuestion, Count: int(qs.Total)}}
			if as.Total < qs.Total {
				want[0], want[1] = want[1], want[0]
			}
			if got := search(index.SearchRequest{Query: q, Size: 1}).Facets[index.FacetTurn]; !slices.Equal(got, want) {
				t.Errorf("%s: turn facet %v, want %v", q, got, want)
			}
			if got := qs.Facets[index.FacetTurn]; !slices.Equal(got, want[:0:0]) && !slices.Equal(got, []index.FacetValue{{Value: index.TurnQuestion, Count: int(qs.Total)}}) {
				t.Errorf("%s turn=question: turn facet %v, want questions only", q, got)
			}
			for _, h := range as.Hits {
				if h.Turn == readout.TurnQuestion {
					t.Errorf("%s turn=answer: %s is a question", q, h.ID)
				}
			}
		}
	})
	t.Run("document view", func(t *testing.T) {
		res := search(index.SearchRequest{Query: "Ukraine", Turn: index.TurnQuestion, Size: 3})
		for _, h := range res.Hits {
			doc, err := r.Document(ctx, h.DocID, "")
			if err != nil {
				t.Fatal(err)
			}
			if got := doc.Paragraphs[h.Paragraph-1].Turn; got != readout.TurnQuestion {
				t.Errorf("%s: the document view says turn %q", h.ID, got)
			}
		}
	})
	t.Run("unknown turn", func(t *testing.T) {
		_, err := r.Search(ctx, index.SearchRequest{Turn: "reply", Page: 1, Size: 1})
		if !errors.Is(err, index.ErrQuery) {
			t.Errorf("turn=reply: err %v, want ErrQuery", err)
		}
	})
}
