package index

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"sync"
	"time"

	"github.com/RoaringBitmap/roaring/v2"

	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	index "github.com/blevesearch/bleve_index_api"

	"github.com/readouts/readouts/internal/readout"
)

// A search's from/to filter is checked against a table of every
// paragraph's day rather than matched as a Bleve query. As a query, a date
// range is the union of year, month and day postings (dateRange), each
// year's as long as a tenth of a decade's index, which the search then
// intersects with its words: the slowest kind of search in the benchmark.
// With the table, the words' matches are checked one by one, an array
// lookup each. The table is read when a generation opens, from the
// postings of the day field, like the facet table (facettable.go).
//
// A date range was scored 0, so leaving it out of the query changes no
// score; the ranking guard holds the results to what they were. A date:
// clause typed in the query is still a query (it can sit under OR and NOT),
// and a search without words (browsing by date) keeps the range as a
// query too, since checking every paragraph would be slower than the
// union of postings.

// dayTable holds the day term of paragraph d (Scorch's global document
// number) as a number, yyyymmdd, with 00 for a day or month its date does
// not name (dayTerm); 0 when undated.
type dayTable struct {
	days []uint32

	byDayOnce sync.Once
	byDay     *dayParagraphs // built by the first date search that narrows (paragraphs)
}

// dayParagraphs are the paragraphs of each day term: days in order, and
// the paragraphs (global numbers) of days[i] as runs, runs[i] pairs of
// first and one past the last (a document's paragraphs are numbered in a
// row and share its day).
type dayParagraphs struct {
	days []uint32
	runs [][]uint32
}

func (t *dayTable) paragraphsByDay() *dayParagraphs {
	t.byDayOnce.Do(func() {
		at := map[uint32][]uint32{}
		for doc := 0; doc < len(t.days); {
			day, end := t.days[doc], doc+1
			for end < len(t.days) && t.days[end] == day {
				end++
			}
			if day != 0 {
				at[day] = append(at[day], uint32(doc), uint32(end))
			}
			doc = end
		}
		x := &dayParagraphs{}
		for day := range at {
			x.days = append(x.days, day)
		}
		slices.Sort(x.days)
		for _, day := range x.days {
			x.runs = append(x.runs, at[day])
		}
		t.byDay = x
	})
	return t.byDay
}

// paragraphs are the paragraphs f keeps (global numbers): the days it
// holds, their runs set in a dense bitmap (a union of roaring bitmaps,
// one per day, cost more than the postings it saved). A day, month or
// year the range holds is at or after the first day of lo's year.
func (f *dayFilter) paragraphs() *roaring.Bitmap {
	x := f.table.paragraphsByDay()
	dense := make([]uint64, (len(f.table.days)+63)/64)
	from := f.lo / 10000 * 10000
	i := sort.Search(len(x.days), func(i int) bool { return x.days[i] >= from })
	for ; i < len(x.days) && x.days[i] < f.hi; i++ {
		if !f.holds(x.days[i]) {
			continue
		}
		r := x.runs[i]
		for k := 0; k < len(r); k += 2 {
			setBits(dense, r[k], r[k+1])
		}
	}
	return roaring.FromDense(dense, false)
}

// setBits sets bits [lo, hi) of dense.
func setBits(dense []uint64, lo, hi uint32) {
	for lo < hi && lo%64 != 0 {
		dense[lo/64] |= 1 << (lo % 64)
		lo++
	}
	for ; lo+64 <= hi; lo += 64 {
		dense[lo/64] = ^uint64(0)
	}
	for ; lo < hi; lo++ {
		dense[lo/64] |= 1 << (lo % 64)
	}
}

// bySegment cuts global, a set of Scorch's global numbers, into the
// segments of snap, in their local numbers.
func bySegment(snap *scorch.IndexSnapshot, global *roaring.Bitmap) []*roaring.Bitmap {
	segs := snap.Segments()
	out := make([]*roaring.Bitmap, len(segs))
	var off uint64
	for i, s := range segs {
		n := s.Segment().Count()
		if len(segs) == 1 {
			out[i] = global
		} else {
			b := global.Clone()
			b.RemoveRange(0, off)
			b.RemoveRange(off+n, 1<<32)
			out[i] = roaring.AddOffset64(b, -int64(off))
		}
		off += n
	}
	return out
}

// loadDayTable reads the day of every paragraph of rdr, a reader of an
// index that does not change afterwards.
func loadDayTable(ctx context.Context, rdr index.IndexReader) (*dayTable, error) {
	terms, err := fieldTerms(rdr, fieldDay)
	if err != nil {
		return nil, fmt.Errorf("day table: %w", err)
	}
	days := make([]uint32, len(terms))
	for i, term := range terms {
		day, err := strconv.ParseUint(term, 10, 32)
		if err != nil || day == 0 {
			return nil, fmt.Errorf("day table: day term %q", term)
		}
		days[i] = uint32(day)
	}
	t := &dayTable{}
	err = eachPosting(ctx, rdr, fieldDay, terms, func(doc uint64, ord int) {
		if doc >= uint64(len(t.days)) {
			t.days = append(t.days, make([]uint32, int(doc)+1-len(t.days))...)
		}
		t.days[doc] = days[ord]
	})
	if err != nil {
		return nil, fmt.Errorf("day table: %w", err)
	}
	return t, nil
}

// dayNumber is t's day as yyyymmdd, the day term's number (sortDay).
func dayNumber(t time.Time) uint32 {
	t = t.UTC()
	return uint32(t.Year()*10000 + int(t.Month())*100 + t.Day())
}

// dayFilter is a query that matches what inner matches on the paragraphs
// whose day d is within [lo, hi), with inner's scores.
type dayFilter struct {
	inner  query.Query
	table  *dayTable
	lo, hi uint32
}

// newDayFilter restricts inner to the days from from.Start() to end(to),
// either end open when zero, as dateRange does.
func newDayFilter(inner query.Query, t *dayTable, from, to readout.Date) *dayFilter {
	f := &dayFilter{inner: inner, table: t, lo: 1, hi: ^uint32(0)} // lo 1: never undated
	if !from.IsZero() {
		f.lo = dayNumber(from.Start())
	}
	if !to.IsZero() {
		f.hi = dayNumber(end(to))
	}
	return f
}

func (f *dayFilter) Searcher(ctx context.Context, i index.IndexReader, m mapping.IndexMapping, options search.SearcherOptions) (search.Searcher, error) {
	r := i
	if snap, ok := i.(*scorch.IndexSnapshot); ok {
		r = &dayReader{IndexSnapshot: snap, f: f}
		if narrows(options) {
			// The words' term readers below read only the paragraphs
			// in range (chunkjump.go: jumpTermQuery, wordsAnd).
			narrow := bySegment(snap, f.paragraphs())
			if was := prior(ctx); was != nil {
				narrow = andNarrow(was, narrow)
			}
			ctx = context.WithValue(ctx, narrowKey{}, narrow)
			ctx = context.WithValue(ctx, dayNarrowKey{}, true)
		}
	}
	s, err := f.inner.Searcher(ctx, r, m, options)
	if err != nil {
		return nil, err
	}
	return &dayFilterSearcher{Searcher: s, f: f}, nil
}

// dayReader is a snapshot whose term postings leave out the paragraphs
// out of f's range, so that the searchers above them never score,
// intersect or merge a match the filter would drop (most of a date
// query's, as a range is a few months or years of decades). Counts (and so
// idf) are the whole postings', as without the filter, and a paragraph in
// range meets every term it has: its score is the same. Searchers that
// read no postings (every paragraph, for a query of negations alone) are
// still checked by dayFilterSearcher.
type dayReader struct {
	*scorch.IndexSnapshot
	f *dayFilter
}

func (r *dayReader) TermFieldReader(ctx context.Context, term []byte, field string, includeFreq, includeNorm, includeTermVectors bool) (index.TermFieldReader, error) {
	tfr, err := r.IndexSnapshot.TermFieldReader(ctx, term, field, includeFreq, includeNorm, includeTermVectors)
	if err != nil {
		return nil, err
	}
	return &dayTermReader{TermFieldReader: tfr, f: r.f}, nil
}

// dayTermReader skips the postings of paragraphs out of f's range.
type dayTermReader struct {
	index.TermFieldReader
	f *dayFilter
	// pos is the first paragraph not yet read past; empty, when not 0, is
	// one more than a paragraph from which on the postings hold nothing in
	// range. A disjunction advances a child it has seen end again at each
	// of its matches, and Scorch's reader, already past the target (at
	// postings out of range), would read its postings from the start
	// again, and skip them all again: at 1M, 1.7x the date queries' CPU.
	pos, empty uint64
}

func (r *dayTermReader) read(from uint64, d *index.TermFieldDoc, err error) (*index.TermFieldDoc, error) {
	for err == nil && d != nil && !r.f.keeps(d.ID.Value()) {
		d, err = r.TermFieldReader.Next(d)
	}
	switch {
	case err != nil:
	case d == nil:
		r.empty = from + 1
	default:
		r.pos = d.ID.Value() + 1
	}
	return d, err
}

func (r *dayTermReader) Next(pre *index.TermFieldDoc) (*index.TermFieldDoc, error) {
	if r.empty != 0 {
		return nil, nil
	}
	d, err := r.TermFieldReader.Next(pre)
	return r.read(r.pos, d, err)
}

func (r *dayTermReader) Advance(id index.IndexInternalID, pre *index.TermFieldDoc) (*index.TermFieldDoc, error) {
	to := id.Value()
	if r.empty != 0 && to+1 >= r.empty {
		return nil, nil
	}
	r.empty = 0 // backwards: Scorch's reader starts again
	d, err := r.TermFieldReader.Advance(id, pre)
	return r.read(to, d, err)
}

// Optimize passes Bleve's conjunction and disjunction optimizations on to
// Scorch's reader: the adorned conjunction narrows the postings under this
// reader, and an unadorned one replaces the readers by one of its own,
// whose matches dayFilterSearcher still checks.
func (r *dayTermReader) Optimize(kind string, octx index.OptimizableContext) (index.OptimizableContext, error) {
	if o, ok := r.TermFieldReader.(index.Optimizable); ok {
		return o.Optimize(kind, octx)
	}
	return nil, nil
}

// dayFilterSearcher skips the matches of the searcher it wraps whose day
// is out of range.
type dayFilterSearcher struct {
	search.Searcher
	f *dayFilter
}

func (s *dayFilterSearcher) keep(d *search.DocumentMatch) bool {
	return s.f.keeps(d.IndexInternalID.Value())
}

// keeps says whether paragraph doc (Scorch's number) is dated within range.
func (f *dayFilter) keeps(doc uint64) bool {
	if doc >= uint64(len(f.table.days)) {
		return false // no day term: undated
	}
	day := f.table.days[doc]
	return day != 0 && f.holds(day) // 0: undated
}

// holds says whether the period of a day term's number lies within
// [lo, hi): a day, or a whole month or year when its date names no day
// ("20210000" is all of 2021), as dateRange matches it.
func (f *dayFilter) holds(day uint32) bool {
	if day%100 != 0 {
		return day >= f.lo && day < f.hi
	}
	y, m := day/10000, day/100%100
	first, next := y*10000+101, (y+1)*10000+101 // a year alone
	if m != 0 {
		first = day + 1
		next = y*10000 + (m+1)*100 + 1
		if m == 12 {
			next = (y+1)*10000 + 101
		}
	}
	return first >= f.lo && next <= f.hi
}

func (s *dayFilterSearcher) skip(ctx *search.SearchContext, d *search.DocumentMatch, err error) (*search.DocumentMatch, error) {
	for err == nil && d != nil && !s.keep(d) {
		ctx.DocumentMatchPool.Put(d)
		d, err = s.Searcher.Next(ctx)
	}
	return d, err
}

func (s *dayFilterSearcher) Next(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	d, err := s.Searcher.Next(ctx)
	return s.skip(ctx, d, err)
}

func (s *dayFilterSearcher) Advance(ctx *search.SearchContext, id index.IndexInternalID) (*search.DocumentMatch, error) {
	d, err := s.Searcher.Advance(ctx, id)
	return s.skip(ctx, d, err)
}

// daySort orders matches by their paragraph's day in the day table, as a
// Bleve sort on the day field's doc values did (the doc values were the
// table's only other reader: 0.56 MB at 100k paragraphs; docs/BENCHMARKS.md,
// step 51). Its values are the day terms ("20210503", "20210000" for a
// year), and an undated paragraph sorts last either way, as
// search.SortField with SortFieldMissingLast sorts a paragraph with no
// day term.
type daySort struct {
	table        *dayTable
	desc         bool
	missingFirst bool // only after Reverse (SearchBefore)
}

func newDaySort(t *dayTable, desc bool) *daySort { return &daySort{table: t, desc: desc} }

func (s *daySort) Value(d *search.DocumentMatch) string {
	doc := d.IndexInternalID.Value()
	if doc < uint64(len(s.table.days)) {
		if day := s.table.days[doc]; day != 0 {
			return strconv.FormatUint(uint64(day), 10)
		}
	}
	if s.missingFirst != s.desc {
		return search.LowTerm
	}
	return search.HighTerm
}

func (s *daySort) UpdateVisitor(string, []byte)    {}
func (s *daySort) DecodeValue(value string) string { return value }
func (s *daySort) Descending() bool                { return s.desc }
func (s *daySort) RequiresDocID() bool             { return false }
func (s *daySort) RequiresScoring() bool           { return false }
func (s *daySort) RequiresFields() []string        { return nil }
func (s *daySort) Copy() search.SearchSort         { c := *s; return &c }
func (s *daySort) Reverse()                        { s.desc, s.missingFirst = !s.desc, !s.missingFirst }
