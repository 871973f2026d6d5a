package index

import (
	"context"
	"testing"

	"github.com/readouts/readouts/internal/readout"
)

func TestSmoke(t *testing.T) {
	dir := t.TempDir()
	sum, err := Build(context.Background(), BuildOptions{Dir: dir, Corpus: []string{"../../testdata/sample"}, Parse: readout.Options{}, Fingerprint: "x"})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%+v", sum)
	r, err := Open(dir, ReaderOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"Minsk", "sanctions", "Biden Xi call Lunar New Year", "\"Minsk agreements\"", "Taiwan -Olympics", "zzzz Taiwan"} {
		res, err := r.Search(context.Background(), SearchRequest{Query: q, Page: 1, Size: 3, Sort: "relevance"})
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: total=%d partial=%v took=%v understood=%s", q, res.Total, res.Partial, res.Took, res.Query)
		for _, h := range res.Hits {
			t.Logf("  %s %s %s %q", h.ID, h.Date, h.Title, h.Snippet.HTML())
		}
		t.Logf("  facets: %v", res.Facets["year"])
	}
}
