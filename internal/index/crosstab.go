package index

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"math"
	"runtime"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	index "github.com/blevesearch/bleve_index_api"

	"github.com/readouts/readouts/internal/parallel"
)

// Cross tabulations: a grid of groups (speakers, countries…) by queries, and
// a timeline of one query's matches by group and period. Both are counted
// the way facets are (facettable.go): one search per query, each match
// looked up in the generation's facet table by its Scorch document number,
// so a grid of six queries costs six searches rather than one per cell, and
// the counts are by construction those of the same search filtered to the
// group (crosstab_test.go checks them against Bleve's own totals).
//
// At a million paragraphs a grid costs about what its searches cost
// (scoring every match is most of it: an unscored first pass and a scored
// pass over the rows shown only, tried, cost as much CPU in total), so
// what is left to gain is the wall time: each search is split into
// ranges of paragraphs searched at once on the cores (eachMatch), and
// the columns' best paragraphs are read at once. A grid's time is then
// about its searches' CPU time over the cores, instead of its heaviest
// search's.

// CrossTabBy lists the facets a grid's rows and a timeline's series can be.
var CrossTabBy = []string{FacetSpeaker, FacetCountry, FacetIssuer, FacetSource}

// Timeline intervals.
const (
	IntervalYear  = "year"
	IntervalMonth = "month"
)

// Limits of a cross tabulation.
const (
	MaxGridQueries    = 6   // columns: one search each
	MaxCrossTabGroups = 50  // rows of a grid, series of a timeline
	MaxIntervals      = 600 // a timeline's periods: fifty years of months
	maxTied           = 8   // equal best scores kept per cell to break the tie as Search does
)

// GridRequest asks for the matches of each query counted by group.
type GridRequest struct {
	Queries []string
	By      string // one of CrossTabBy
	Rows    int    // the most groups, those with most matches over all queries; 0: 15
	// Filters holds the filters, MaxTerms and Admit every query's search
	// gets; its Query, Sort, Page and Size are not used.
	Filters SearchRequest
}

// GridResult is a grid: one column per query, one row per group.
type GridResult struct {
	Columns []GridColumn
	Rows    []GridRow
	// Filters are the request's filters as the index holds them
	// (SearchResult.Filters), so that a cell's link adds its group to them
	// once: "Russian Federation" is the row "Russia".
	Filters map[string][]string
	Took    time.Duration
}

// GridColumn is one query of a grid.
type GridColumn struct {
	Query      string // as given
	Understood string // as understood
	Total      uint64 // its matching paragraphs, in any group or none
}

// GridRow is one group of a grid.
type GridRow struct {
	Group string
	Total int        // its matches summed over the queries
	Cells []GridCell // one per column
}

// GridCell is the matches of one query in one group.
type GridCell struct {
	Count int
	Best  *Hit // the highest-scoring match, as Search ranks them first; nil when none
}

// TimelineRequest asks for one query's matches by group and period.
type TimelineRequest struct {
	By       string // one of CrossTabBy
	Interval string // IntervalYear or IntervalMonth
	Top      int    // the most series; 0: 5
	// Filters is the search: its query, filters, MaxTerms and Admit; its
	// Sort, Page and Size are not used.
	Filters SearchRequest
}

// TimelineResult is one series per group with counts per period, from the
// first period with a match to the last, every period in between listed.
type TimelineResult struct {
	Understood string
	Total      uint64
	Intervals  []string // "2021" or "2021-03", in order
	Series     []TimelineSeries
	Other      TimelineSeries      // the matches in none of Series' groups; Group is ""
	Filters    map[string][]string // the filters as the index holds them, as GridResult's
	Took       time.Duration
}

// TimelineSeries counts one group's matches.
type TimelineSeries struct {
	Group  string
	Total  int   // its matches, however dated
	Counts []int // per interval
	// YearOnly are its matches in documents dated only by a year, which
	// no month holds: always 0 by year.
	YearOnly int
	Undated  int
}

// Grid runs each query of req once, scored, and counts its matches by
// group, keeping each group's best match; then it reads the best match of
// each cell shown with its snippet.
func (r *Reader) Grid(ctx context.Context, req GridRequest) (*GridResult, error) {
	start := time.Now()
	if err := checkCrossTab(req.By, req.Rows); err != nil {
		return nil, err
	}
	if len(req.Queries) == 0 || len(req.Queries) > MaxGridQueries {
		return nil, fmt.Errorf("%w: a grid has 1 to %d queries, not %d", ErrQuery, MaxGridQueries, len(req.Queries))
	}
	rows := orDefault(req.Rows, 15)
	g, err := r.acquire()
	if err != nil {
		return nil, err
	}
	defer r.release(g, false)
	group, names := g.facetTable.groupIndex(req.By)
	lo, hi := g.facetTable.prefixRange(facetPrefixOf(req.By))
	acts := g.facetTable.pairFilterFor(nil, req.Filters.Acts) // by speaker: who did the act (actfacets.go)

	// One query at a time, its paragraphs split across the cores
	// (eachMatch), each range counting into cells of its own.
	res := &GridResult{Columns: make([]GridColumn, len(req.Queries))}
	cells := make([][]gridCell, len(req.Queries)) // [query][group]
	filtered := make([]query.Query, len(req.Queries))
	for qi, q := range req.Queries {
		var parts [][]gridCell
		for range searchParts(uint64(len(g.facetTable.start))) {
			parts = append(parts, make([]gridCell, len(names)))
		}
		sreq := req.Filters
		sreq.Query = q
		p, total, err := r.eachMatch(ctx, g, sreq, true, func(part int, doc uint64, score float64) {
			cs := parts[part]
			g.facetTable.termsIn(doc, lo, hi, func(ord int) {
				if gi := group[ord]; gi >= 0 && g.facetTable.counts(acts, doc, ord) {
					cs[gi].add(doc, score)
				}
			})
		})
		if err != nil {
			return nil, fmt.Errorf("q %d (%s): %w", qi+1, q, err) // the message says which query
		}
		for _, cs := range parts[1:] {
			for gi := range cs {
				parts[0][gi].merge(&cs[gi])
			}
		}
		res.Columns[qi] = GridColumn{Query: q, Understood: p.understood(), Total: total}
		res.Filters = p.filterNames // the same filters for every query
		cells[qi], filtered[qi] = parts[0], p.filtered(p.q)
	}

	totals := make([]int, len(names))
	for _, cs := range cells {
		for gi, c := range cs {
			totals[gi] += c.count
		}
	}
	top := topGroups(totals, names, rows)
	for _, gi := range top {
		res.Rows = append(res.Rows, GridRow{Group: names[gi], Total: totals[gi], Cells: make([]GridCell, len(cells))})
	}

	// The best paragraph of each cell shown: the tie broken by ID as Search
	// does, then read with its snippet, each column's at once.
	err = eachQuery(ctx, req.Queries, func(qi int) error {
		var best []uint64
		err := withReaderErr(g.idx, func(rdr index.IndexReader) error {
			for _, gi := range top {
				c := &cells[qi][gi]
				if c.count == 0 {
					continue
				}
				if len(c.tied) > 0 {
					first, err := firstByID(rdr, append([]uint64{c.best}, c.tied...))
					if err != nil {
						return err
					}
					c.best = first
				}
				best = append(best, c.best)
			}
			return nil
		})
		if err != nil {
			return err
		}
		slices.Sort(best)
		hits, err := r.hitsOf(ctx, g, filtered[qi], slices.Compact(best))
		if err != nil {
			return err
		}
		for ri, gi := range top {
			c := cells[qi][gi]
			out := &res.Rows[ri].Cells[qi]
			out.Count = c.count
			if c.count > 0 {
				out.Best = hits[c.best]
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("grid: %w", err)
	}
	res.Took = time.Since(start)
	return res, ctx.Err()
}

// gridCell is the matches of one query in one group, counted in document
// order.
type gridCell struct {
	count int
	score float64
	best  uint64   // the document number of the first match with the best score
	tied  []uint64 // later ones with the same score, rarely any
}

func (c *gridCell) add(doc uint64, score float64) {
	c.count++
	switch {
	case c.count == 1 || score > c.score:
		c.score, c.best = score, doc
		if len(c.tied) > 0 {
			c.tied = c.tied[:0]
		}
	case score == c.score && len(c.tied) < maxTied:
		c.tied = append(c.tied, doc)
	}
}

// merge adds to c the cell of the same query and group counted over the
// paragraphs after c's, leaving c as if it had counted them all.
func (c *gridCell) merge(next *gridCell) {
	switch {
	case next.count == 0:
		return
	case c.count == 0 || next.score > c.score:
		c.score, c.best, c.tied = next.score, next.best, next.tied
	case next.score == c.score:
		c.tied = append(c.tied, next.best)
		c.tied = append(c.tied, next.tied...)
		c.tied = c.tied[:min(len(c.tied), maxTied)]
	}
	c.count += next.count
}

// eachQuery calls fn for each of a grid's queries, at once on the cores,
// and returns the error of the first query at fault, as a sequential run
// would, naming it.
func eachQuery(ctx context.Context, queries []string, fn func(qi int) error) error {
	errs := make([]error, len(queries))
	perr := parallel.Each(ctx, len(queries), func(qi int) {
		defer func() {
			if v := recover(); v != nil { // a worker's panic would end searchd
				errs[qi] = fmt.Errorf("q %d: search panicked: %v", qi+1, v)
			}
		}()
		if err := fn(qi); err != nil {
			errs[qi] = fmt.Errorf("q %d (%s): %w", qi+1, queries[qi], err)
		}
	})
	for _, e := range errs {
		if e != nil {
			return e
		}
	}
	return perr
}

// Timeline runs req's query once and counts its matches by group and period.
func (r *Reader) Timeline(ctx context.Context, req TimelineRequest) (*TimelineResult, error) {
	start := time.Now()
	if err := checkCrossTab(req.By, req.Top); err != nil {
		return nil, err
	}
	if req.Interval != IntervalYear && req.Interval != IntervalMonth {
		return nil, fmt.Errorf("%w: interval %q: use year or month", ErrQuery, req.Interval)
	}
	g, err := r.acquire()
	if err != nil {
		return nil, err
	}
	defer r.release(g, false)
	group, names := g.facetTable.groupIndex(req.By)
	period, keys := g.facetTable.periodIndex(req.Interval)
	acts := g.facetTable.pairFilterFor(nil, req.Filters.Acts) // by speaker: who did the act (actfacets.go)

	// The matches are kept (8 bytes each) to be counted again once the top
	// groups are known: "other" is the matches in none of them, which the
	// groups' counts alone cannot tell when a paragraph is in several.
	// Each range of the split search (eachMatch) keeps its own.
	n := searchParts(uint64(len(g.facetTable.start)))
	partDocs, partTotals := make([][]uint64, n), make([][]int, n)
	for i := range partTotals {
		partTotals[i] = make([]int, len(names))
	}
	glo, ghi := g.facetTable.prefixRange(facetPrefixOf(req.By))
	p, total, err := r.eachMatch(ctx, g, req.Filters, false, func(part int, doc uint64, _ float64) {
		partDocs[part] = append(partDocs[part], doc)
		totals := partTotals[part]
		g.facetTable.termsIn(doc, glo, ghi, func(ord int) {
			if gi := group[ord]; gi >= 0 && g.facetTable.counts(acts, doc, ord) {
				totals[gi]++
			}
		})
	})
	if err != nil {
		return nil, fmt.Errorf("q: %w", err)
	}
	docs, totals := slices.Concat(partDocs...), partTotals[0]
	for _, ts := range partTotals[1:] {
		for gi, c := range ts {
			totals[gi] += c
		}
	}
	top := topGroups(totals, names, orDefault(req.Top, 5))
	seriesOf := make([]int, len(names)) // group → series, -1 for none
	for gi := range seriesOf {
		seriesOf[gi] = -1
	}
	for si, gi := range top {
		seriesOf[gi] = si
	}

	// Counts per series (the last one "other") and period key.
	counts := make([][]int, len(top)+1)
	for i := range counts {
		counts[i] = make([]int, len(keys))
	}
	series := make([]TimelineSeries, len(top)+1)
	var in []int // the series of one match
	for _, doc := range docs {
		in, pk := in[:0], int32(periodUndated)
		g.facetTable.termsOf(doc, func(ord int) {
			if gi := group[ord]; gi >= 0 && seriesOf[gi] >= 0 && g.facetTable.counts(acts, doc, ord) {
				in = append(in, seriesOf[gi])
			}
			if pp := period[ord]; pp != periodNone {
				pk = pp
			}
		})
		if len(in) == 0 {
			in = append(in, len(top))
		}
		for _, si := range in {
			s := &series[si]
			s.Total++
			switch pk {
			case periodUndated:
				s.Undated++
			case periodYearOnly:
				s.YearOnly++
			default:
				counts[si][pk]++
			}
		}
	}

	// From the first period with a match to the last, every one listed.
	lo, hi := len(keys), -1
	for _, cs := range counts {
		for k, n := range cs {
			if n > 0 {
				lo, hi = min(lo, k), max(hi, k)
			}
		}
	}
	res := &TimelineResult{Understood: p.understood(), Total: total, Filters: p.filterNames}
	if hi >= 0 {
		if res.Intervals, err = fillPeriods(keys[lo], keys[hi], req.Interval); err != nil {
			return nil, err
		}
	}
	at := make(map[string]int, len(res.Intervals))
	for i, k := range res.Intervals {
		at[k] = i
	}
	for si := range series {
		series[si].Counts = make([]int, len(res.Intervals))
		for k, n := range counts[si] {
			if n > 0 {
				series[si].Counts[at[keys[k]]] = n
			}
		}
		if si < len(top) {
			series[si].Group = names[top[si]]
		}
	}
	res.Series, res.Other = series[:len(top)], series[len(top)]
	res.Took = time.Since(start)
	return res, ctx.Err()
}

func checkCrossTab(by string, n int) error {
	if !slices.Contains(CrossTabBy, by) {
		return fmt.Errorf("%w: by %q: use one of %s", ErrQuery, by, strings.Join(CrossTabBy, ", "))
	}
	if n < 0 || n > MaxCrossTabGroups {
		return fmt.Errorf("%w: at most %d groups, not %d", ErrQuery, MaxCrossTabGroups, n)
	}
	return nil
}

// orDefault is n, or def when n is 0.
func orDefault(n, def int) int {
	if n == 0 {
		return def
	}
	return n
}

// understood is the query as understood, "" when browsing.
func (p *prepared) understood() string {
	if p.ast == nil {
		return ""
	}
	return p.ast.String()
}

// eachMatch runs req on g, as Search would, and calls visit with every
// match's Scorch document number and score (0 unless scored); it returns
// the prepared query and how many matched. There is no partial fallback: a
// grid cell or bar counts the paragraphs that hold every word.
//
// The paragraphs are split into consecutive ranges, one per core
// (searchParts), searched at once: a grid's or timeline's time is that of
// its heaviest query, and one query's matches are spread over the whole
// index. visit is called from each range's goroutine with the range's
// index, in document order within the range; range i comes before range
// i+1. The request is compiled and admitted once (req.Admit), as one search.
func (r *Reader) eachMatch(ctx context.Context, g *generation, req SearchRequest, scored bool, visit func(part int, doc uint64, score float64)) (*prepared, uint64, error) {
	req.Page, req.Size = 1, 0 // no hits kept: Admit's window is 0
	p, release, err := r.prepare(ctx, g, req)
	if err != nil {
		return nil, 0, err
	}
	defer release()
	docs := uint64(len(g.facetTable.start)) // one past the last paragraph's number
	total, err := walkMatches(ctx, g, p.filtered(p.q), searchParts(docs), scored, visit)
	if err != nil {
		return nil, 0, err
	}
	return p, total, nil
}

// walkMatches searches q on g's paragraphs split into parts consecutive
// ranges, searched at once, keeping no hits, and calls visit with every
// match's range, Scorch document number and score (0 unless scored), in
// document order within a range; it returns how many matched.
func walkMatches(ctx context.Context, g *generation, q query.Query, parts int, scored bool, visit func(part int, doc uint64, score float64)) (uint64, error) {
	docs := uint64(len(g.facetTable.start)) // one past the last paragraph's number
	totals := make([]uint64, parts)
	errs := make([]error, parts)
	perr := parallel.Each(ctx, parts, func(part int) {
		defer func() {
			if v := recover(); v != nil { // a worker's panic would end searchd
				errs[part] = fmt.Errorf("search panicked: %v", v)
			}
		}()
		rq := &docRange{inner: q, lo: docs * uint64(part) / uint64(parts), hi: docs * uint64(part+1) / uint64(parts)}
		if part == parts-1 {
			rq.hi = math.MaxUint64
		}
		sr := bleve.NewSearchRequestOptions(rq, 0, 0, false)
		if !scored {
			sr.Score = bleve.ScoreNone // a timeline counts; it ranks nothing
		}
		res, err := g.idx.SearchInContext(withMatchHandler(ctx, func(d *search.DocumentMatch) {
			visit(part, d.IndexInternalID.Value(), d.Score)
		}), sr)
		if err != nil {
			errs[part] = err
			return
		}
		totals[part] = res.Total
	})
	if err := errors.Join(append(errs, perr)...); err != nil {
		return 0, err
	}
	var total uint64
	for _, n := range totals {
		total += n
	}
	return total, ctx.Err()
}

// minPartDocs is the fewest paragraphs worth a goroutine of their own in
// eachMatch: below it, the goroutines cost more than they save.
const minPartDocs = 50_000

// searchParts is how many ranges eachMatch splits an index of docs
// paragraphs into: one per core, at most eight. A variable, so that tests
// on the small sample split it too.
var searchParts = func(docs uint64) int {
	return max(1, min(runtime.GOMAXPROCS(0), 8, int(docs/minPartDocs)))
}

// hitsOf returns the hits of q among the paragraphs docs (Scorch document
// numbers, ascending), with their snippets, as Search makes them.
func (r *Reader) hitsOf(ctx context.Context, g *generation, q query.Query, docs []uint64) (map[uint64]*Hit, error) {
	out := make(map[uint64]*Hit, len(docs))
	if len(docs) == 0 {
		return out, nil
	}
	byID := make(map[string]uint64, len(docs))
	err := withReaderErr(g.idx, func(rdr index.IndexReader) error {
		for _, doc := range docs {
			id, err := rdr.ExternalID(index.NewIndexInternalID(nil, doc))
			if err != nil {
				return err
			}
			byID[id] = doc
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	sr := r.request(g, newDocSet(q, docs), SearchRequest{Page: 1, Size: len(docs)})
	res, err := g.idx.SearchInContext(ctx, sr)
	if err != nil {
		return nil, err
	}
	meta, err := hitMeta(g.idx, &g.docMeta, res.Hits)
	if err != nil {
		return nil, err
	}
	paras, err := hitParagraphs(g, res.Hits)
	if err != nil {
		return nil, err
	}
	for _, h := range res.Hits {
		docID, _ := splitParagraphID(h.ID)
		hit := toHit(h, meta[docID], paras[h.ID])
		out[byID[h.ID]] = &hit
	}
	return out, nil
}

// firstByID returns, of documents with equal scores, the one whose ID
// sorts first: the one Search ranks first.
func firstByID(rdr index.IndexReader, docs []uint64) (uint64, error) {
	best, bestID := docs[0], ""
	for i, doc := range docs {
		id, err := rdr.ExternalID(index.NewIndexInternalID(nil, doc))
		if err != nil {
			return 0, err
		}
		if i == 0 || id < bestID {
			best, bestID = doc, id
		}
	}
	return best, nil
}

func withReaderErr(idx bleve.Index, fn func(index.IndexReader) error) error {
	_, err := withReader(idx, func(rdr index.IndexReader) (struct{}, error) { return struct{}{}, fn(rdr) })
	return err
}

// topGroups returns the indexes of the n groups with the largest counts,
// ties by name; groups without a match are left out.
func topGroups(counts []int, names []string, n int) []int {
	var out []int
	for gi, c := range counts {
		if c > 0 {
			out = append(out, gi)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if counts[a] != counts[b] {
			return counts[a] > counts[b]
		}
		return names[a] < names[b]
	})
	return out[:min(n, len(out))]
}

// termsOf calls visit with the ordinal of each fieldFacets term of
// paragraph doc.
func (t *facetTable) termsOf(doc uint64, visit func(ord int)) {
	if doc+1 >= uint64(len(t.start)) {
		return
	}
	lo, hi := t.start[doc], t.start[doc+1]
	if t.ords != nil {
		for _, o := range t.ords[lo:hi] {
			visit(int(o))
		}
		return
	}
	for _, o := range t.ords4[lo:hi] {
		visit(int(o))
	}
}

// termsIn calls visit with the ordinal of each fieldFacets term of
// paragraph doc in [lo, hi). A paragraph's ordinals are ascending (the
// table is filled term by term), so those of one facet, whose terms share
// a prefix and are neighbours in the dictionary, are found by a binary
// search of its dozen or so instead of a walk through all of them.
func (t *facetTable) termsIn(doc uint64, lo, hi int, visit func(ord int)) {
	if doc+1 >= uint64(len(t.start)) || lo >= hi {
		return
	}
	from, to := t.start[doc], t.start[doc+1]
	if t.ords != nil {
		ords := t.ords[from:to]
		i, _ := slices.BinarySearch(ords, uint16(min(lo, 1<<16-1)))
		for ; i < len(ords) && int(ords[i]) < hi; i++ {
			visit(int(ords[i]))
		}
		return
	}
	ords := t.ords4[from:to]
	i, _ := slices.BinarySearch(ords, uint32(lo))
	for ; i < len(ords) && int(ords[i]) < hi; i++ {
		visit(int(ords[i]))
	}
}

// prefixRange is the range [lo, hi) of the ordinals of the terms starting
// with prefix: the terms are in dictionary order.
func (t *facetTable) prefixRange(prefix string) (lo, hi int) {
	lo = sort.SearchStrings(t.terms, prefix)
	hi = lo
	for hi < len(t.terms) && strings.HasPrefix(t.terms[hi], prefix) {
		hi++
	}
	return lo, hi
}

// facetPrefixOf is the fieldFacets prefix of a facet of facetByPrefix.
func facetPrefixOf(facet string) string {
	for p, f := range facetByPrefix {
		if f == facet {
			return p
		}
	}
	return ""
}

// groupIndex maps the term ordinals of one facet's values to groups:
// group[ord] indexes names, or is -1 for the terms of other facets and for
// an empty value (a document with no source is in no source's group).
func (t *facetTable) groupIndex(facet string) (group []int32, names []string) {
	prefix := facetPrefixOf(facet)
	group = make([]int32, len(t.terms))
	at := map[string]int32{} // one group for the spellings of one name (variants.go)
	for ord, term := range t.terms {
		group[ord] = -1
		if prefix == "" || !strings.HasPrefix(term, prefix) {
			continue
		}
		name := t.shown(prefix, term[len(prefix):])
		if name == "" {
			continue
		}
		gi, ok := at[name]
		if !ok {
			gi = int32(len(names))
			at[name] = gi
			names = append(names, name)
		}
		group[ord] = gi
	}
	return group, names
}

// What a term says of a paragraph's period, besides a period key's index.
const (
	periodNone     = -1 // not a date term, or the empty month of a paragraph without one
	periodYearOnly = -2 // a year without a month, counted by month
	periodUndated  = -3
)

// periodIndex maps the term ordinals of months and years to periods of the
// interval: period[ord] indexes keys ("2021" or "2021-03", in order) or is
// one of the period constants. A paragraph has a month term ("n2021-03"),
// or, dated by its year only, an empty month and a year ("n", "y1946"), or,
// undated, an empty month and an empty year (facetTerms).
func (t *facetTable) periodIndex(interval string) (period []int32, keys []string) {
	period = make([]int32, len(t.terms))
	key := make([]string, len(t.terms))
	set := map[string]bool{}
	for ord, term := range t.terms {
		period[ord] = periodNone
		var k string
		switch {
		case term == facetPrefixYear:
			period[ord] = periodUndated
		case strings.HasPrefix(term, facetPrefixYear):
			k = term[1:]
			if interval == IntervalMonth {
				period[ord], k = periodYearOnly, ""
			}
		case strings.HasPrefix(term, facetPrefixMonth) && len(term) > 1:
			k = term[1:]
			if interval == IntervalYear {
				k, _, _ = strings.Cut(k, "-")
			}
		}
		if k != "" {
			key[ord], set[k] = k, true
		}
	}
	keys = slices.Sorted(maps.Keys(set))
	for ord, k := range key {
		if k != "" {
			i, _ := slices.BinarySearch(keys, k)
			period[ord] = int32(i)
		}
	}
	return period, keys
}

// fillPeriods lists every period of the interval from first to last.
func fillPeriods(first, last, interval string) ([]string, error) {
	layout, step := "2006", func(t time.Time) time.Time { return t.AddDate(1, 0, 0) }
	if interval == IntervalMonth {
		layout, step = "2006-01", func(t time.Time) time.Time { return t.AddDate(0, 1, 0) }
	}
	lo, err1 := time.Parse(layout, first)
	hi, err2 := time.Parse(layout, last)
	if err1 != nil || err2 != nil {
		return nil, fmt.Errorf("timeline: periods %q to %q: %v %v", first, last, err1, err2)
	}
	var out []string
	for t := lo; !t.After(hi); t = step(t) {
		if len(out) == MaxIntervals {
			return nil, fmt.Errorf("interval: the matches span more than %d %ss; use interval=year or narrow from/to (%w)", MaxIntervals, interval, ErrQuery)
		}
		out = append(out, t.Format(layout))
	}
	return out, nil
}
