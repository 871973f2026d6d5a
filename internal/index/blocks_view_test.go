package index_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/readouts/readouts/internal/index"
	"github.com/readouts/readouts/internal/testindex"
)

// A document longer than two blocks (blocks.go) reads back whole and in
// order, and a hit in its third block shows its own text.
func TestLongDocumentAcrossBlocks(t *testing.T) {
	corpus := filepath.Join(t.TempDir(), "long")
	if err := os.MkdirAll(corpus, 0o755); err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	b.WriteString("title: A long briefing\ndate: 2022-03-01\n\n")
	const n = 2*64 + 6
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "Paragraph number %d of the briefing says marker%dword about the talks.\n\n", i, i)
	}
	if err := os.WriteFile(filepath.Join(corpus, "brief.txt"), []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	r, _ := testindex.Build(t, corpus)
	d, err := r.Document(context.Background(), "long/brief.txt", "marker130word")
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Paragraphs) != n {
		t.Fatalf("%d paragraphs, want %d", len(d.Paragraphs), n)
	}
	for i, p := range d.Paragraphs {
		if want := fmt.Sprintf("marker%dword", i+1); p.N != i+1 || !strings.Contains(p.Text, want+" ") {
			t.Errorf("paragraph %d: number %d, text %q, want %s", i+1, p.N, p.Text, want)
		}
	}
	if m, ok := d.Marked[130]; !ok || !strings.Contains(m.HTML(), "<mark>marker130word</mark>") {
		t.Errorf("paragraph 130 marked %q, want marker130word in <mark>", d.Marked[130].HTML())
	}
	res, err := r.Search(context.Background(), index.SearchRequest{Query: "marker130word", Page: 1, Size: 10})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Hits) != 1 || res.Hits[0].Paragraph != 130 || !strings.Contains(res.Hits[0].Snippet.HTML(), "number 130 ") {
		t.Fatalf("hits %+v, want paragraph 130 with its own text", res.Hits)
	}
	if res.Hits[0].Title != "A long briefing" || res.Hits[0].Date != "2022-03-01" {
		t.Errorf("hit title %q date %q", res.Hits[0].Title, res.Hits[0].Date)
	}
}
