package index

import (
	"context"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2/search/query"

	ql "github.com/readouts/readouts/internal/query"
	"github.com/readouts/readouts/internal/readout"
)

// TestDayFilterMatchesDateRange: a from/to filter checked against the day
// table finds the same hits, in the same order, with the same scores and
// totals, as the date range query it replaces.
func TestDayFilterMatchesDateRange(t *testing.T) {
	dir := t.TempDir()
	if _, err := Build(context.Background(), BuildOptions{Dir: dir, Corpus: []string{"testdata/corpus"}, Fingerprint: "test"}); err != nil {
		t.Fatal(err)
	}
	r, g := openCurrent(t, dir)
	if len(g.dayTable.days) == 0 {
		t.Fatal("empty day table")
	}

	comp := &compiler{analyzer: g.idx.Mapping().AnalyzerNamed(textAnalyzer)}
	rng := rand.New(rand.NewPCG(1, 2))
	date := func() readout.Date {
		d := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, rng.IntN(4*365))
		switch rng.IntN(4) {
		case 0:
			return readout.Date{}
		case 1:
			return readout.Date{Year: d.Year(), Precision: readout.PrecisionYear}
		case 2:
			return readout.Date{Year: d.Year(), Month: int(d.Month()), Precision: readout.PrecisionMonth}
		}
		return readout.Date{Year: d.Year(), Month: int(d.Month()), Day: d.Day(), Precision: readout.PrecisionDay}
	}
	queries := []string{"president", "Ukraine", "cooperation", `"human rights"`, "Taiwan OR Ukraine", "president NOT Biden", "sanction*", "title:readout", "security council"}
	compared, nonEmpty := 0, 0
	for i := 0; i < 300; i++ {
		req := SearchRequest{Query: queries[i%len(queries)], From: date(), To: date(), Page: 1, Size: 10}
		if req.From.IsZero() && req.To.IsZero() || !req.From.IsZero() && !req.To.IsZero() && !req.From.Start().Before(end(req.To)) {
			continue
		}
		if i%3 == 0 {
			req.Sort = SortNewest
		}
		ast, err := ql.Parse(req.Query)
		if err != nil {
			t.Fatal(err)
		}
		q, err := comp.compile(ast)
		if err != nil {
			t.Fatal(err)
		}
		filters, _, err := comp.filters(req, true)
		if err != nil {
			t.Fatal(err)
		}
		byQuery := withFilters(q, filters, true)
		fcQ := newFacetCounter(g.facetTable, nil)
		want, err := r.run(context.Background(), g, byQuery, req, fcQ, 1, true)
		if err != nil {
			t.Fatal(err)
		}
		filters, _, _ = comp.filters(req, false)
		byTable := query.Query(newDayFilter(withFilters(q, filters, true), g.dayTable, req.From, req.To))
		fcT := newFacetCounter(g.facetTable, nil)
		got, err := r.run(context.Background(), g, byTable, req, fcT, 1, true)
		if err != nil {
			t.Fatal(err)
		}
		compared++
		if want.Total > 0 {
			nonEmpty++
		}
		if got.Total != want.Total || len(got.Hits) != len(want.Hits) {
			t.Fatalf("%q from %s to %s: %d matches (%d hits), the date range query %d (%d)", req.Query, req.From, req.To, got.Total, len(got.Hits), want.Total, len(want.Hits))
		}
		for k := range got.Hits {
			if got.Hits[k].ID != want.Hits[k].ID || got.Hits[k].Score != want.Hits[k].Score {
				t.Fatalf("%q from %s to %s hit %d: %s %v, the date range query %s %v", req.Query, req.From, req.To, k, got.Hits[k].ID, got.Hits[k].Score, want.Hits[k].ID, want.Hits[k].Score)
			}
		}
		for k := range fcQ.n {
			if fcQ.counts()[k] != fcT.counts()[k] {
				t.Fatalf("%q from %s to %s: facet %s counted %d, the date range query %d", req.Query, req.From, req.To, g.facetTable.terms[k], fcT.n[k], fcQ.n[k])
			}
		}
	}
	if compared < 150 || nonEmpty < compared/3 {
		t.Fatalf("compared %d searches, %d with matches: too few to mean anything", compared, nonEmpty)
	}
	t.Logf("%d searches compared, %d with matches", compared, nonEmpty)
}

// openCurrent opens the index in dir and holds its current generation
// until the test ends.
func openCurrent(t *testing.T, dir string) (*Reader, *generation) {
	t.Helper()
	r, err := Open(dir, ReaderOptions{})
	if err != nil {
		t.Fatal(err)
	}
	g, err := r.acquire()
	if err != nil {
		r.Close()
		t.Fatal(err)
	}
	t.Cleanup(func() { r.release(g, false); r.Close() })
	return r, g
}
