package index_test

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/readouts/readouts/internal/index"
	"github.com/readouts/readouts/internal/query"
	"github.com/readouts/readouts/internal/testindex"
)

// exportAll reads an export to its end.
func exportAll(t *testing.T, r *index.Reader, req index.SearchRequest, opts index.ExportOptions) (*index.Export, []index.Row) {
	t.Helper()
	ctx := context.Background()
	e, err := r.Export(ctx, req, opts)
	if err != nil {
		t.Fatalf("Export(%q): %v", req.Query, err)
	}
	t.Cleanup(e.Close)
	var rows []index.Row
	for e.Next(ctx) {
		rows = append(rows, e.Row())
	}
	if err := e.Err(); err != nil {
		t.Fatalf("Export(%q): %v", req.Query, err)
	}
	return e, rows
}

// searchAll pages through Search to the end: what the export must equal.
func searchAll(t *testing.T, r *index.Reader, req index.SearchRequest) []index.Hit {
	t.Helper()
	var hits []index.Hit
	req.Size = 100
	for req.Page = 1; ; req.Page++ {
		res, err := r.Search(context.Background(), req)
		if err != nil {
			t.Fatalf("Search(%q) page %d: %v", req.Query, req.Page, err)
		}
		hits = append(hits, res.Hits...)
		if len(res.Hits) < req.Size {
			return hits
		}
	}
}

// TestExportEqualsSearch: the export of a search is every hit of the
// search, in the same order, with the same metadata, whatever the chunk
// size — chunks of 7 make the sample's searches cross many chunk
// boundaries, where a hit skipped or read twice would show.
func TestExportEqualsSearch(t *testing.T) {
	r := testindex.Shared(t, testindex.Root()+"/testdata/sample")
	cases := []index.SearchRequest{
		{Query: "Ukraine", Sort: index.SortNewest},
		{Query: "Ukraine", Sort: index.SortOldest},
		{Query: "sanctions Russia", Sort: index.SortRelevance},
		{Query: "", Sort: index.SortNewest, Speakers: []string{"Antony Blinken"}},
		{Query: "climate OR energy", Sort: index.SortRelevance, From: mustDate(t, "2022"), To: mustDate(t, "2023")},
	}
	for _, req := range cases {
		for _, chunk := range []int{7, 1000} {
			t.Run(fmt.Sprintf("%s/%s/%v/chunk%d", req.Query, req.Sort, req.Speakers, chunk), func(t *testing.T) {
				want := searchAll(t, r, req)
				if len(want) < 10 {
					t.Fatalf("only %d hits: the case tests too little", len(want))
				}
				e, got := exportAll(t, r, req, index.ExportOptions{Chunk: chunk})
				if e.Total() != uint64(len(want)) || len(got) != len(want) {
					t.Fatalf("exported %d rows (total %d), search has %d hits", len(got), e.Total(), len(want))
				}
				for i := range want {
					w, g := want[i], got[i]
					if g.ID != w.ID || g.DocID != w.DocID || g.Paragraph != w.Paragraph || g.Date != w.Date || g.Title != w.Title ||
						g.Source != w.Source || g.Issuer != w.Issuer || g.URL != w.URL || fmt.Sprint(g.Speakers) != fmt.Sprint(w.Speakers) {
						t.Fatalf("row %d = %+v\nwant hit %+v", i, g, w)
					}
					if g.Text == "" {
						t.Fatalf("row %d (%s) has no text", i, g.ID)
					}
				}
				if e.Truncated() {
					t.Error("truncated without a limit")
				}
			})
		}
	}
}

// TestExportLimit: the limit cuts the export and says so.
func TestExportLimit(t *testing.T) {
	r := testindex.Shared(t, testindex.Root()+"/testdata/sample")
	req := index.SearchRequest{Query: "Ukraine", Sort: index.SortNewest}
	all := searchAll(t, r, req)
	for _, tt := range []struct {
		limit, chunk int
		truncated    bool
	}{
		{limit: 5, chunk: 2, truncated: true},
		{limit: 5, chunk: 0, truncated: true},
		{limit: len(all), chunk: 3, truncated: false},
		{limit: len(all) + 1, chunk: 0, truncated: false},
	} {
		e, rows := exportAll(t, r, req, index.ExportOptions{Limit: tt.limit, Chunk: tt.chunk})
		want := min(tt.limit, len(all))
		if len(rows) != want || e.Exported() != want || e.Truncated() != tt.truncated || e.Total() != uint64(len(all)) {
			t.Errorf("limit %d chunk %d: %d rows, exported %d, truncated %v, total %d; want %d, %v, %d",
				tt.limit, tt.chunk, len(rows), e.Exported(), e.Truncated(), e.Total(), want, tt.truncated, len(all))
		}
		for i := range rows {
			if rows[i].ID != all[i].ID {
				t.Fatalf("limit %d: row %d is %s, want %s", tt.limit, i, rows[i].ID, all[i].ID)
			}
		}
	}
}

// TestExportPartialAndErrors: a query no paragraph holds whole exports its
// partial matches as the page lists them; a malformed query is the same
// *query.Error as Search's.
func TestExportPartialAndErrors(t *testing.T) {
	r := testindex.Shared(t, testindex.Root()+"/testdata/sample")
	req := index.SearchRequest{Query: "Ukraine zzyzxqv", Sort: index.SortNewest}
	want := searchAll(t, r, req)
	e, rows := exportAll(t, r, req, index.ExportOptions{Chunk: 5})
	if !e.Partial() || len(rows) != len(want) || len(rows) == 0 {
		t.Errorf("partial %v, %d rows; want partial and %d", e.Partial(), len(rows), len(want))
	}
	for _, q := range []string{"(", "the", "year:abc"} {
		_, err := r.Export(context.Background(), index.SearchRequest{Query: q}, index.ExportOptions{})
		var qe *query.Error
		if !errors.As(err, &qe) {
			t.Errorf("Export(%q) = %v, want a *query.Error", q, err)
		}
	}
}
