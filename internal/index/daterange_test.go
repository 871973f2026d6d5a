package index

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/readouts/readouts/internal/readout"
)

// matchesDay evaluates the query dateRange built against a paragraph dated
// d (its year, start_month and day terms, as toIndexDocs writes them).
func matchesDay(t *testing.T, q query.Query, terms map[string]string) bool {
	switch q := q.(type) {
	case *query.DisjunctionQuery:
		for _, k := range q.Disjuncts {
			if matchesDay(t, k, terms) {
				return true
			}
		}
		return false
	case *query.TermQuery:
		if q.BoostVal == nil || *q.BoostVal != 0 {
			t.Fatalf("term %s:%s is scored", q.FieldVal, q.Term)
		}
		return terms[q.FieldVal] == q.Term
	case *query.TermRangeQuery:
		if q.BoostVal == nil || *q.BoostVal != 0 {
			t.Fatalf("range on %s is scored", q.FieldVal)
		}
		v := terms[q.FieldVal]
		lo := q.Min == "" || v > q.Min || v == q.Min && *q.InclusiveMin
		hi := q.Max == "" || v < q.Max || v == q.Max && *q.InclusiveMax
		return lo && hi
	}
	t.Fatalf("unexpected query %T", q)
	return false
}

// TestDateRangeCoversExactly: for random ranges at every precision, open or
// closed, the terms match exactly the days a numeric range over
// [from.Start(), end(to)) matched, and no more than a few dozen terms.
func TestDateRangeCoversExactly(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	randDate := func() readout.Date {
		y := 2016 + rng.IntN(8)
		switch rng.IntN(4) {
		case 0:
			return readout.Date{Year: y, Precision: readout.PrecisionYear}
		case 1:
			return readout.Date{Year: y, Month: 1 + rng.IntN(12), Precision: readout.PrecisionMonth}
		}
		t := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, rng.IntN(366))
		return readout.Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day(), Precision: readout.PrecisionDay}
	}
	day := func(t time.Time) readout.Date {
		return readout.Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day(), Precision: readout.PrecisionDay}
	}
	type pair struct{ from, to readout.Date }
	var cases []pair
	for i := range 300 {
		from, to := randDate(), randDate()
		switch i % 5 {
		case 0:
			from = readout.Date{}
		case 1:
			to = readout.Date{}
		}
		cases = append(cases, pair{from, to})
	}
	// Every end day around month and year ends, against a fixed other end.
	pivot := time.Date(2019, 11, 17, 0, 0, 0, 0, time.UTC)
	for d := pivot.AddDate(0, 0, -80); d.Before(pivot.AddDate(0, 0, 80)); d = d.AddDate(0, 0, 1) {
		cases = append(cases, pair{day(pivot), day(d)}, pair{day(d), day(pivot)}, pair{readout.Date{}, day(d)}, pair{day(d), readout.Date{}})
	}
	first := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)
	last := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	var days []time.Time
	var terms []map[string]string
	for d := first; d.Before(last); d = d.AddDate(0, 0, 1) {
		days = append(days, d)
		terms = append(terms, map[string]string{
			fieldYear:       fmt.Sprintf("%04d", d.Year()),
			fieldStartMonth: d.Format(monthTermLayout),
			fieldDay:        d.Format(dayTermLayout),
		})
	}
	for _, c := range cases {
		from, to := c.from, c.to
		if !from.IsZero() && !to.IsZero() && !from.Start().Before(end(to)) {
			continue // refused by the filters before it gets here
		}
		q := dateRange(from, to)
		if d, ok := q.(*query.DisjunctionQuery); ok && len(d.Disjuncts) > 90 {
			t.Errorf("from %s to %s: %d terms", from, to, len(d.Disjuncts))
		}
		for i, d := range days {
			want := (from.IsZero() || !d.Before(from.Start())) && (to.IsZero() || d.Before(end(to)))
			if got := matchesDay(t, q, terms[i]); got != want {
				t.Fatalf("from %s to %s, day %s: matched %v, want %v", from, to, d.Format(time.DateOnly), got, want)
			}
		}
	}
}
