package index_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/readouts/readouts/internal/index"
	"github.com/readouts/readouts/internal/readout"
)

// TestDateRangeAtPrecision tells the story of a month bar that said
// "January 2021: 1 paragraph" and opened 19: every UN General Debate
// speech of 2021, dated only by its year, was indexed as 1 January and
// matched from=2021-01 to=2021-01. A document matches a range only when
// the whole period its date names lies inside it, as the month and year
// facets count it: a year alone matches ranges that cover the year, a
// month alone ranges that cover the month. Asked with words (the day
// table), without (the date range query) and as a date: clause.
func TestDateRangeAtPrecision(t *testing.T) {
	text := "The ministers discussed the situation in Ukraine at length today."
	r := openDocs(t, map[string][2]string{
		"year.txt":  {"2021", text},
		"month.txt": {"2021-03", text},
		"jan1.txt":  {"2021-01-01", text},
		"mar5.txt":  {"2021-03-05", text},
		"mar31.txt": {"2021-03-31", text},
		"dec.txt":   {"2020-12-31", text},
		"dec20.txt": {"2020-12", text},
	})
	ctx := context.Background()

	date := func(s string) readout.Date {
		if s == "" {
			return readout.Date{}
		}
		d, err := readout.ParseDate(s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	tests := []struct {
		from, to string
		want     []string
	}{
		{"2021-01", "2021-01", []string{"jan1.txt"}},
		{"2021-01-01", "2021-01-01", []string{"jan1.txt"}},
		{"2021-03", "2021-03", []string{"mar31.txt", "mar5.txt", "month.txt"}},
		{"2021-03-01", "2021-03-05", []string{"mar5.txt"}},
		{"2021-03-05", "2021-03-31", []string{"mar31.txt", "mar5.txt"}},
		{"2021", "2021", []string{"jan1.txt", "mar31.txt", "mar5.txt", "month.txt", "year.txt"}},
		{"2020-12", "2021-06", []string{"dec.txt", "dec20.txt", "jan1.txt", "mar31.txt", "mar5.txt", "month.txt"}},
		{"2020", "2021", []string{"dec.txt", "dec20.txt", "jan1.txt", "mar31.txt", "mar5.txt", "month.txt", "year.txt"}},
		{"2021-01", "", []string{"jan1.txt", "mar31.txt", "mar5.txt", "month.txt", "year.txt"}},
		{"2021-02", "", []string{"mar31.txt", "mar5.txt", "month.txt"}},
		{"", "2021-01-01", []string{"dec.txt", "dec20.txt", "jan1.txt"}},
		{"", "2021-03", []string{"dec.txt", "dec20.txt", "jan1.txt", "mar31.txt", "mar5.txt", "month.txt"}},
		{"", "2021", []string{"dec.txt", "dec20.txt", "jan1.txt", "mar31.txt", "mar5.txt", "month.txt", "year.txt"}},
		{"2020-12-01", "2020-12-31", []string{"dec.txt", "dec20.txt"}},
		{"2020-12-02", "2021-01", []string{"dec.txt", "jan1.txt"}},
		{"2020-12-31", "", []string{"dec.txt", "jan1.txt", "mar31.txt", "mar5.txt", "month.txt", "year.txt"}},
	}
	for _, tt := range tests {
		reqs := map[string]index.SearchRequest{
			"words":    {Query: "Ukraine", From: date(tt.from), To: date(tt.to)},
			"no words": {From: date(tt.from), To: date(tt.to)},
		}
		if tt.from == tt.to {
			reqs["date: clause"] = index.SearchRequest{Query: "Ukraine date:" + tt.from}
		}
		for how, req := range reqs {
			req.Page, req.Size = 1, 20
			res, err := r.Search(ctx, req)
			if err != nil {
				t.Fatalf("from %q to %q (%s): %v", tt.from, tt.to, how, err)
			}
			var got []string
			for _, h := range res.Hits {
				got = append(got, filepath.Base(h.DocID))
			}
			slices.Sort(got)
			if !slices.Equal(got, tt.want) {
				t.Errorf("from %q to %q (%s): got %v, want %v", tt.from, tt.to, how, got, tt.want)
			}
		}
	}
}

// openDocs builds an index of one-paragraph documents (file name -> date
// and text) and opens it until the test ends.
func openDocs(t *testing.T, docs map[string][2]string) *index.Reader {
	t.Helper()
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus")
	if err := os.Mkdir(corpus, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, d := range docs {
		body := "title: Statement " + strings.TrimSuffix(name, ".txt") + "\ndate: " + d[0] + "\nsource: Example\n\n" + d[1] + "\n"
		if err := os.WriteFile(filepath.Join(corpus, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := index.Build(context.Background(), index.BuildOptions{Dir: filepath.Join(dir, "index"), Corpus: []string{corpus}}); err != nil {
		t.Fatal(err)
	}
	r, err := index.Open(filepath.Join(dir, "index"), index.ReaderOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Close() })
	return r
}
