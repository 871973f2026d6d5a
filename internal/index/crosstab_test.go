package index_test

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/readouts/readouts/internal/index"
	"github.com/readouts/readouts/internal/query"
	"github.com/readouts/readouts/internal/readout"
	"github.com/readouts/readouts/internal/testindex"
)

// sampleReader is the sample corpus's index, shared by the package's tests.
func sampleReader(t testing.TB) *index.Reader {
	return testindex.Shared(t, testindex.Root()+"/testdata/sample")
}

// withGroup is req filtered to one group of facet by, as a user would
// filter by clicking it.
func withGroup(req index.SearchRequest, by string, groups ...string) index.SearchRequest {
	switch by {
	case index.FacetSpeaker:
		req.Speakers = append(append([]string(nil), req.Speakers...), groups...)
	case index.FacetCountry:
		req.Countries = append(append([]string(nil), req.Countries...), groups...)
	case index.FacetIssuer:
		req.Issuers = append(append([]string(nil), req.Issuers...), groups...)
	case index.FacetSource:
		req.Sources = append(append([]string(nil), req.Sources...), groups...)
	}
	return req
}

func mustDate(t testing.TB, s string) readout.Date {
	t.Helper()
	d, err := readout.ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// exactTotal is what Bleve counts for req: the search's total, or 0 when
// no paragraph holds every word (the search then shows partial matches,
// which a grid does not count).
func exactTotal(t testing.TB, r *index.Reader, req index.SearchRequest) (uint64, *index.SearchResult) {
	t.Helper()
	req.Page, req.Size = 1, 1
	res, err := r.Search(context.Background(), req)
	if err != nil {
		t.Fatalf("Search(%+v): %v", req, err)
	}
	if res.Partial {
		return 0, res
	}
	return res.Total, res
}

// TestGridMatchesFilteredSearches: every cell of a grid counts what the
// search of its query filtered to its row's group counts, and its best
// paragraph is that search's first hit; each column's total is the query's.
func TestGridMatchesFilteredSearches(t *testing.T) {
	if testing.Short() {
		t.Skip("indexes the sample corpus")
	}
	r := sampleReader(t)
	tests := []struct {
		name    string
		by      string
		queries []string
		filters index.SearchRequest
	}{
		{name: "speakers", by: index.FacetSpeaker, queries: []string{"Taiwan", `"human rights"`, "Ukraine"}},
		{name: "countries", by: index.FacetCountry, queries: []string{"sanctions", "climate", "Taiwan OR Ukraine"}},
		{name: "issuers in 2021", by: index.FacetIssuer, queries: []string{"Ukraine", "sanction*"},
			filters: index.SearchRequest{From: mustDate(t, "2021"), To: mustDate(t, "2021")}},
		{name: "sources", by: index.FacetSource, queries: []string{"peace", "Minsk"}},
		{name: "speakers of one country", by: index.FacetSpeaker, queries: []string{"security", "zzyzxqv"},
			filters: index.SearchRequest{Countries: []string{"China"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := r.Grid(context.Background(), index.GridRequest{Queries: tt.queries, By: tt.by, Filters: tt.filters})
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Rows) == 0 {
				t.Fatal("no rows")
			}
			for qi, q := range tt.queries {
				req := tt.filters
				req.Query = q
				if want, _ := exactTotal(t, r, req); res.Columns[qi].Total != want {
					t.Errorf("column %q total = %d, want %d", q, res.Columns[qi].Total, want)
				}
			}
			for ri, row := range res.Rows {
				sum := 0
				if ri > 0 && row.Total > res.Rows[ri-1].Total {
					t.Errorf("row %q (%d) after %q (%d)", row.Group, row.Total, res.Rows[ri-1].Group, res.Rows[ri-1].Total)
				}
				for qi, q := range tt.queries {
					req := tt.filters
					req.Query = q
					want, sr := exactTotal(t, r, withGroup(req, tt.by, row.Group))
					cell := row.Cells[qi]
					sum += cell.Count
					if uint64(cell.Count) != want {
						t.Errorf("%s × %q = %d, the filtered search counts %d", row.Group, q, cell.Count, want)
					}
					switch {
					case cell.Count == 0 && cell.Best != nil:
						t.Errorf("%s × %q: a best paragraph %s without a match", row.Group, q, cell.Best.ID)
					case cell.Count > 0 && (cell.Best == nil || cell.Best.ID != sr.Hits[0].ID):
						t.Errorf("%s × %q: best %v, the filtered search's first hit is %s", row.Group, q, cell.Best, sr.Hits[0].ID)
					case cell.Count > 0 && len(cell.Best.Snippet) == 0:
						t.Errorf("%s × %q: best paragraph %s without a snippet", row.Group, q, cell.Best.ID)
					}
				}
				if sum != row.Total {
					t.Errorf("row %q total %d, its cells sum to %d", row.Group, row.Total, sum)
				}
			}
		})
	}
}

// TestTimelineMatchesFilteredSearches: each bar of each series counts what
// the search filtered to its group and period counts, "other" what is left
// once the top groups are taken out, and year-only documents are in their
// year's bar, and in no month's.
func TestTimelineMatchesFilteredSearches(t *testing.T) {
	if testing.Short() {
		t.Skip("indexes the sample corpus")
	}
	r := sampleReader(t)
	tests := []struct {
		name     string
		by       string
		interval string
		filters  index.SearchRequest
		yearOnly bool // some matches are dated by year only
	}{
		{name: "Taiwan by speaker and year", by: index.FacetSpeaker, interval: index.IntervalYear,
			filters: index.SearchRequest{Query: "Taiwan"}, yearOnly: true},
		{name: "peace by country and year", by: index.FacetCountry, interval: index.IntervalYear,
			filters: index.SearchRequest{Query: "peace"}, yearOnly: true},
		// From 2 January: a year-only document's day is 1 January, so a
		// search for January has it, while a month's bar does not.
		{name: "Ukraine by issuer and month", by: index.FacetIssuer, interval: index.IntervalMonth,
			filters: index.SearchRequest{Query: "Ukraine", From: mustDate(t, "2021-01-02"), To: mustDate(t, "2021-12")}},
		{name: "sanctions by source and month", by: index.FacetSource, interval: index.IntervalMonth,
			filters: index.SearchRequest{Query: "sanctions", From: mustDate(t, "2023-01-02"), To: mustDate(t, "2023")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := r.Timeline(context.Background(), index.TimelineRequest{By: tt.by, Interval: tt.interval, Filters: tt.filters})
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Series) == 0 || len(res.Intervals) == 0 {
				t.Fatalf("%d series over %d intervals", len(res.Series), len(res.Intervals))
			}
			if want, _ := exactTotal(t, r, tt.filters); res.Total != want {
				t.Errorf("total %d, the search counts %d", res.Total, want)
			}
			var groups []string
			for _, s := range res.Series {
				groups = append(groups, s.Group)
			}
			in := func(req index.SearchRequest, period string) index.SearchRequest {
				lo, hi := mustDate(t, period), mustDate(t, period)
				if !req.From.IsZero() && req.From.Start().After(lo.Start()) {
					lo = req.From
				}
				req.From, req.To = lo, hi
				return req
			}
			yearOnly := 0
			for _, s := range append(res.Series, res.Other) {
				yearOnly += s.YearOnly
				if len(s.Counts) != len(res.Intervals) {
					t.Fatalf("series %q has %d counts for %d intervals", s.Group, len(s.Counts), len(res.Intervals))
				}
				sum := s.YearOnly + s.Undated
				for i, n := range s.Counts {
					sum += n
					var want uint64
					if s.Group != "" {
						want, _ = exactTotal(t, r, withGroup(in(tt.filters, res.Intervals[i]), tt.by, s.Group))
					} else { // other: the period's matches less those of the top groups
						all, _ := exactTotal(t, r, in(tt.filters, res.Intervals[i]))
						top, _ := exactTotal(t, r, withGroup(in(tt.filters, res.Intervals[i]), tt.by, groups...))
						want = all - top
					}
					if uint64(n) != want {
						t.Errorf("%q in %s = %d, the filtered search counts %d", s.Group, res.Intervals[i], n, want)
					}
				}
				if sum != s.Total {
					t.Errorf("series %q: total %d, its bars, year-only and undated sum to %d", s.Group, s.Total, sum)
				}
				if s.Group != "" {
					if want, _ := exactTotal(t, r, withGroup(tt.filters, tt.by, s.Group)); uint64(s.Total) != want {
						t.Errorf("series %q total %d, the filtered search counts %d", s.Group, s.Total, want)
					}
				}
			}
			if tt.interval == index.IntervalMonth && yearOnly != 0 {
				t.Errorf("by month, %d year-only matches, want none with these filters", yearOnly)
			}
			if tt.interval == index.IntervalYear && tt.yearOnly {
				// The UN General Debate speeches are dated by year only:
				// they are in the years' bars, checked above.
				ungd := tt.filters
				ungd.Sources = []string{"UN General Debate Corpus"}
				if n, _ := exactTotal(t, r, ungd); n == 0 || yearOnly != 0 {
					t.Errorf("%d year-only matches, %d outside the bars; want some, all in the bars", n, yearOnly)
				}
			}
		})
	}
}

// TestTimelineMonthYearOnly: by month, a year-only document is in no bar
// but in its series' YearOnly, so nothing is lost.
func TestTimelineMonthYearOnly(t *testing.T) {
	if testing.Short() {
		t.Skip("indexes the sample corpus")
	}
	r := sampleReader(t)
	req := index.TimelineRequest{By: index.FacetCountry, Interval: index.IntervalMonth, Filters: index.SearchRequest{Query: "peace"}}
	res, err := r.Timeline(context.Background(), req)
	if err != nil {
		t.Fatal(err)
	}
	yearOnly, total := 0, res.Other.Total
	for _, s := range append(res.Series, res.Other) {
		yearOnly += s.YearOnly
	}
	for _, s := range res.Series {
		total += s.Total
	}
	if yearOnly == 0 {
		t.Error("no year-only match of peace by month; the UN General Debate speeches are dated by year")
	}
	if uint64(total) < res.Total {
		t.Errorf("the series hold %d matches, the search %d", total, res.Total)
	}
}

func TestCrossTabRefuses(t *testing.T) {
	if testing.Short() {
		t.Skip("indexes the sample corpus")
	}
	r := sampleReader(t)
	ctx := context.Background()
	tests := []struct {
		name string
		run  func() error
	}{
		{"grid by mention", func() error {
			_, err := r.Grid(ctx, index.GridRequest{Queries: []string{"Taiwan"}, By: "mention"})
			return err
		}},
		{"grid of no query", func() error {
			_, err := r.Grid(ctx, index.GridRequest{By: index.FacetSpeaker})
			return err
		}},
		{"grid of seven queries", func() error {
			_, err := r.Grid(ctx, index.GridRequest{Queries: []string{"a", "b", "c", "d", "e", "f", "g"}, By: index.FacetSpeaker})
			return err
		}},
		{"grid of a malformed query", func() error {
			_, err := r.Grid(ctx, index.GridRequest{Queries: []string{"Taiwan", "(Ukraine"}, By: index.FacetSpeaker})
			return err
		}},
		{"timeline by week", func() error {
			_, err := r.Timeline(ctx, index.TimelineRequest{By: index.FacetSpeaker, Interval: "week"})
			return err
		}},
		{"timeline of 51 series", func() error {
			_, err := r.Timeline(ctx, index.TimelineRequest{By: index.FacetSpeaker, Interval: index.IntervalYear, Top: 51})
			return err
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.run()
			var qe *query.Error
			if !errors.Is(err, index.ErrQuery) && !errors.As(err, &qe) {
				t.Errorf("err = %v, want a query error", err)
			}
		})
	}
}

// TestCrossTabSplitAgrees: a grid and a timeline searched in several
// ranges of paragraphs at once, as on a large index, are the ones searched
// whole: counts, best paragraphs (ties included) and snippets.
func TestCrossTabSplitAgrees(t *testing.T) {
	if testing.Short() {
		t.Skip("indexes the sample corpus")
	}
	r := sampleReader(t)
	ctx := context.Background()
	grids := []index.GridRequest{
		{Queries: []string{"Taiwan", `"human rights"`, "Ukraine"}, By: index.FacetSpeaker},
		{Queries: []string{"sanctions", "climate", "Taiwan OR Ukraine"}, By: index.FacetCountry},
		{Queries: []string{"peace", "zzyzxqv"}, By: index.FacetSource}, // no match
		{Queries: []string{"security"}, By: index.FacetIssuer, Rows: 50,
			Filters: index.SearchRequest{From: mustDate(t, "2021"), To: mustDate(t, "2022")}},
	}
	timelines := []index.TimelineRequest{
		{By: index.FacetSpeaker, Interval: index.IntervalYear, Filters: index.SearchRequest{Query: "Taiwan"}},
		{By: index.FacetCountry, Interval: index.IntervalMonth, Filters: index.SearchRequest{Query: "peace", From: mustDate(t, "2021")}},
	}
	run := func(parts int) (out []any) {
		defer index.SetSearchParts(parts)()
		for _, req := range grids {
			res, err := r.Grid(ctx, req)
			if err != nil {
				t.Fatalf("%d parts: grid %v: %v", parts, req.Queries, err)
			}
			res.Took = 0
			out = append(out, res)
		}
		for _, req := range timelines {
			res, err := r.Timeline(ctx, req)
			if err != nil {
				t.Fatalf("%d parts: timeline %s: %v", parts, req.Filters.Query, err)
			}
			res.Took = 0
			out = append(out, res)
		}
		return out
	}
	agreeSplit(t, run, func(i int) string { return fmt.Sprintf("answer %d", i) })
}

// BenchmarkGrid and BenchmarkTimeline time a grid of three queries by
// speaker and a timeline by country on the sample corpus.
//
//	go test ./internal/index -run '^$' -bench 'Grid|Timeline'
func BenchmarkGrid(b *testing.B) {
	r := sampleReader(b)
	req := index.GridRequest{Queries: []string{"Taiwan", `"human rights"`, "Ukraine"}, By: index.FacetSpeaker}
	for b.Loop() {
		if _, err := r.Grid(context.Background(), req); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkTimeline(b *testing.B) {
	r := sampleReader(b)
	for _, interval := range []string{index.IntervalYear, index.IntervalMonth} {
		b.Run(interval, func(b *testing.B) {
			req := index.TimelineRequest{By: index.FacetCountry, Interval: interval, Filters: index.SearchRequest{Query: "peace"}}
			for b.Loop() {
				if _, err := r.Timeline(context.Background(), req); err != nil {
					b.Fatal(fmt.Errorf("timeline: %w", err))
				}
			}
		})
	}
}
