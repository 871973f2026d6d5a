package index

import (
	"context"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/searcher"
	index "github.com/blevesearch/bleve_index_api"

	ql "github.com/readouts/readouts/internal/query"
	"github.com/readouts/readouts/internal/readout"
)

// TestDayFilterMatchesDateRange: a from/to filter checked against the day
// table finds the same hits, in the same order, with the same scores and
// totals, as the date range query it replaces, with locations and without
// (then the words' readers read only the paragraphs in range).
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
	queries := []string{"president", "Ukraine", "cooperation", `"human rights"`, "Taiwan OR Ukraine", "president NOT Biden", "sanction*", "title:readout", "security council", "president foreign minister"}
	compared, nonEmpty := 0, 0
	for i := 0; i < 300; i++ {
		req := SearchRequest{Query: queries[i%len(queries)], From: date(), To: date(), Page: 1, Size: 10}
		if req.From.IsZero() && req.To.IsZero() || !req.From.IsZero() && !req.To.IsZero() && !req.From.Start().Before(end(req.To)) {
			continue
		}
		if i%3 == 0 {
			req.Sort = SortNewest
		}
		// Without locations (a query of plain words) the words' readers
		// jump and are narrowed to the range (chunkjump.go).
		locs := i%2 == 0
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
		want, err := r.run(context.Background(), g, byQuery, req, fcQ, 1, locs)
		if err != nil {
			t.Fatal(err)
		}
		filters, _, _ = comp.filters(req, false)
		byTable := query.Query(newDayFilter(withFilters(q, filters, true), g.dayTable, req.From, req.To))
		fcT := newFacetCounter(g.facetTable, nil)
		got, err := r.run(context.Background(), g, byTable, req, fcT, 1, locs)
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

// countingTermReader counts the reads of the reader it wraps.
type countingTermReader struct {
	index.TermFieldReader
	reads int
}

func (c *countingTermReader) Next(pre *index.TermFieldDoc) (*index.TermFieldDoc, error) {
	c.reads++
	return c.TermFieldReader.Next(pre)
}

func (c *countingTermReader) Advance(id index.IndexInternalID, pre *index.TermFieldDoc) (*index.TermFieldDoc, error) {
	c.reads++
	return c.TermFieldReader.Advance(id, pre)
}

// readerQuery records the reader it is asked to search.
type readerQuery struct{ seen *index.IndexReader }

func (q readerQuery) Searcher(_ context.Context, i index.IndexReader, _ mapping.IndexMapping, _ search.SearcherOptions) (search.Searcher, error) {
	*q.seen = i
	return searcher.NewMatchNoneSearcher(i)
}

// TestDayTermReader: the postings a date filter's searchers read hold the
// paragraphs in range and no other, by Next and by Advance, and a reader
// that has found nothing more in range is not read again when a
// disjunction advances it past its end (Scorch's reader would start again
// from the first posting, and skip them all again).
func TestDayTermReader(t *testing.T) {
	dir := t.TempDir()
	if _, err := Build(context.Background(), BuildOptions{Dir: dir, Corpus: []string{"testdata/corpus"}, Fingerprint: "test"}); err != nil {
		t.Fatal(err)
	}
	_, g := openCurrent(t, dir)
	rdr := genReader(t, g)
	snap, ok := rdr.(*scorch.IndexSnapshot)
	if !ok {
		t.Fatalf("reader is %T, not Scorch's", rdr)
	}
	var seen index.IndexReader
	if _, err := newDayFilter(readerQuery{&seen}, g.dayTable, readout.Date{}, readout.Date{}).Searcher(context.Background(), snap, g.idx.Mapping(), search.SearcherOptions{}); err != nil {
		t.Fatal(err)
	}
	if _, ok := seen.(*dayReader); !ok {
		t.Errorf("the filter's query searches %T, not the filtered postings", seen)
	}
	year := func(y int) readout.Date { return readout.Date{Year: y, Precision: readout.PrecisionYear} }
	postings := func(r index.TermFieldReader) []uint64 {
		var out []uint64
		for d, err := r.Next(nil); d != nil || err != nil; d, err = r.Next(nil) {
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, d.ID.Value())
		}
		return out
	}
	for _, tc := range []struct {
		field, term string
		from, to    readout.Date
	}{
		{fieldText, "presid", year(2021), year(2021)},
		{fieldText, "secur", year(2022), readout.Date{}},
		{fieldText, "secur", readout.Date{}, year(2021)},
		{fieldTitle, "readout", year(2021), year(2022)},
	} {
		f := newDayFilter(nil, g.dayTable, tc.from, tc.to)
		all, err := snap.TermFieldReader(context.Background(), []byte(tc.term), tc.field, true, true, false)
		if err != nil {
			t.Fatal(err)
		}
		var want []uint64
		every := postings(all)
		for _, doc := range every {
			if f.keeps(doc) {
				want = append(want, doc)
			}
		}
		if len(want) == 0 || len(want) == len(every) {
			t.Fatalf("%s:%s: %d of %d postings in range: the case tests nothing", tc.field, tc.term, len(want), len(every))
		}
		dr, err := (&dayReader{IndexSnapshot: snap, f: f}).TermFieldReader(context.Background(), []byte(tc.term), tc.field, true, true, false)
		if err != nil {
			t.Fatal(err)
		}
		if got := postings(dr); !slices.Equal(got, want) {
			t.Errorf("%s:%s by Next: %v, want %v", tc.field, tc.term, got, want)
		}

		inner, err := snap.TermFieldReader(context.Background(), []byte(tc.term), tc.field, true, true, false)
		if err != nil {
			t.Fatal(err)
		}
		c := &countingTermReader{TermFieldReader: inner}
		r := &dayTermReader{TermFieldReader: c, f: f}
		var got []uint64
		to := uint64(0)
		for {
			d, err := r.Advance(index.NewIndexInternalID(nil, to), nil)
			if err != nil {
				t.Fatal(err)
			}
			if d == nil {
				break
			}
			got = append(got, d.ID.Value())
			to = d.ID.Value() + 2 // every other posting, where two are neighbours
		}
		var wantAdv []uint64
		for _, doc := range want {
			if len(wantAdv) == 0 || doc >= wantAdv[len(wantAdv)-1]+2 {
				wantAdv = append(wantAdv, doc)
			}
		}
		if !slices.Equal(got, wantAdv) {
			t.Errorf("%s:%s by Advance: %v, want %v", tc.field, tc.term, got, wantAdv)
		}
		reads := c.reads
		for _, to := range []uint64{to, to + 1, 1 << 40} {
			if d, _ := r.Advance(index.NewIndexInternalID(nil, to), nil); d != nil {
				t.Errorf("%s:%s advanced to %d after its end: %d", tc.field, tc.term, to, d.ID.Value())
			}
		}
		if d, _ := r.Next(nil); d != nil || c.reads != reads {
			t.Errorf("%s:%s after its end: Next %v, %d reads more", tc.field, tc.term, d, c.reads-reads)
		}
		// Backwards, Scorch's reader starts again.
		if d, err := r.Advance(index.NewIndexInternalID(nil, 0), nil); err != nil || d == nil || d.ID.Value() != want[0] {
			t.Errorf("%s:%s advanced back to 0: %v %v, want %d", tc.field, tc.term, d, err, want[0])
		}
	}
}

// genReader is a reader of g's index, closed when the test ends.
func genReader(t *testing.T, g *generation) index.IndexReader {
	t.Helper()
	adv, err := g.idx.Advanced()
	if err != nil {
		t.Fatal(err)
	}
	rdr, err := adv.Reader()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { rdr.Close() })
	return rdr
}
