package index

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	ql "github.com/readouts/readouts/internal/query"
	"github.com/readouts/readouts/internal/readout"
)

// TestFacetTableMatchesBleve: facets counted from the in-memory table must
// be the counts Bleve itself gives for every fieldFacets term (the total of
// the query ANDed with that term), on a fresh full build and after an
// incremental build that left deleted paragraphs in the segments.
func TestFacetTableMatchesBleve(t *testing.T) {
	if testing.Short() {
		t.Skip("indexes the sample corpus")
	}
	c := newTestCorpus(t)
	sample := filepath.Join("..", "..", "testdata", "sample")
	var files []string
	err := filepath.WalkDir(sample, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		base := d.Name()
		for _, skip := range []string{"README", "LICENSE", "MANIFEST"} {
			if strings.HasPrefix(base, skip) {
				return nil
			}
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(sample, path)
		c.write(filepath.ToSlash(rel), string(b))
		files = append(files, filepath.ToSlash(rel))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	withNames := func(o *BuildOptions) { o.Parse.Attributor = facetTestNames{} }
	c.build(withNames)
	t.Run("full", func(t *testing.T) { checkFacetTable(t, c.index, false) })

	// Delete some documents and change another: their old paragraphs stay
	// in the segment, marked deleted.
	for _, f := range files[:3] {
		c.remove(f)
	}
	c.write("changed.txt", docText("sanctions", 12))
	c.build(withNames)
	t.Run("incremental", func(t *testing.T) { checkFacetTable(t, c.index, true) })
}

func checkFacetTable(t *testing.T, dir string, wantDeleted bool) {
	r, g := openCurrent(t, dir)
	if docs := uint64(len(g.facetTable.start) - 1); wantDeleted && docs <= g.stats.Indexed {
		t.Logf("no deleted paragraphs before the last live one (%d document numbers, %d live)", docs, g.stats.Indexed)
	}
	// Counted by sets of terms and, as when the sets are too many, from
	// the table (facetruns.go).
	for _, share := range []int{100, 0} {
		g.facetTable.markRuns(share)
		if bySets := g.facetTable.runSet != nil; bySets != (share == 100) {
			t.Fatalf("sets up to %d%% of the paragraphs: counted by sets %v", share, bySets)
		}
		checkFacetCounts(t, r, g)
	}
	checkKeyOrds(t, g)
	// Browsing with one facet filtered, the facet counts every paragraph
	// (everyParagraph), deleted ones left out, as browsing does.
	all, err := r.Search(context.Background(), SearchRequest{Page: 1, Size: 1, FacetSize: -1})
	if err != nil {
		t.Fatal(err)
	}
	for _, facet := range []string{FacetSpeaker, FacetCountry} {
		one := SearchRequest{Page: 1, Size: 1, FacetSize: -1}
		*map[string]*[]string{FacetSpeaker: &one.Speakers, FacetCountry: &one.Countries}[facet] = []string{all.Facets[facet][0].Value}
		got, err := r.Search(context.Background(), one)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got.Facets[facet], all.Facets[facet]) {
			t.Errorf("browsing by %s %s: %v, want every paragraph's %v", facet, all.Facets[facet][0].Value, got.Facets[facet], all.Facets[facet])
		}
	}
}

// checkKeyOrds: a paragraph has a key field's term (speaker_key "wang
// yi", source_key "mfa") when it has a facet term of the same facet whose
// value lower-cased is that term ("sWang Yi", "oMFA"), which
// facetTable.keyOrds finds: the facets counted apart check the filters
// that way (sidewaysCheck), instead of searching them.
func checkKeyOrds(t *testing.T, g *generation) {
	rdr, err := indexReader(g.idx)
	if err != nil {
		t.Fatal(err)
	}
	defer rdr.Close()
	ft := g.facetTable
	fields := map[string]string{
		fieldSpeakerKey: facetPrefixSpeaker, fieldMentionKey: facetPrefixMention, fieldSourceKey: facetPrefixSource,
		fieldIssuerKey: facetPrefixIssuer, fieldCountryKey: facetPrefixCountry, fieldAct: facetPrefixAct,
	}
	for field, prefix := range fields {
		terms, err := fieldTerms(rdr, field)
		if err != nil {
			t.Fatal(err)
		}
		byField := map[uint64][]string{}
		if err := eachPosting(context.Background(), rdr, field, terms, func(doc uint64, ord int) {
			byField[doc] = append(byField[doc], terms[ord])
		}); err != nil {
			t.Fatal(err)
		}
		byTable := map[uint64][]string{}
		for doc := uint64(0); doc+1 < uint64(len(ft.start)); doc++ {
			ft.termsOf(doc, func(o int) {
				term := ft.terms[o]
				if len(term) < 2 || term[:1] != prefix {
					return
				}
				key := strings.ToLower(term[1:])
				if !slices.Contains(ft.keyOrds(prefix+key), uint32(o)) {
					t.Errorf("%s: keyOrds(%q) lacks %q", field, prefix+key, term)
				}
				if !slices.Contains(byTable[doc], key) {
					byTable[doc] = append(byTable[doc], key)
				}
			})
		}
		for _, m := range []map[uint64][]string{byField, byTable} {
			for _, keys := range m {
				slices.Sort(keys)
			}
		}
		if !reflect.DeepEqual(byField, byTable) {
			t.Errorf("%s: the paragraphs' terms differ from their facet terms lower-cased", field)
		}
		if len(byField) == 0 && field != fieldAct {
			t.Errorf("%s: no paragraph has a term", field)
		}
	}
}

func checkFacetCounts(t *testing.T, r *Reader, g *generation) {

	reqs := []SearchRequest{
		{},
		{Query: "sanctions"},
		{Query: "Ukraine"},
		{Query: "human rights"},
		{Query: `"human rights"`},
		{Query: "Taiwan OR Ukraine"},
		{Query: "president NOT Biden"},
		{Query: "sanction*"},
		{Query: "title:readout"},
		{Query: "year:2022 cooperation"},
		{Query: "Secretary", Speakers: []string{"Antony J. Blinken"}},
		{Query: "peace", From: readout.Date{Year: 2021, Precision: readout.PrecisionYear}, To: readout.Date{Year: 2022, Precision: readout.PrecisionYear}},
		{Query: "nuclear weapons", Sort: SortNewest},
		{Query: "trade", Sort: SortOldest, Page: 2},
		{Query: "zzzunmatched"},
	}
	var sawSpeaker, sawMention, sawIssuer, sawCountry bool
	for _, req := range reqs {
		if req.Page == 0 {
			req.Page = 1
		}
		if req.Size == 0 {
			req.Size = 10
		}
		ast, err := ql.Parse(req.Query)
		if err != nil {
			t.Fatal(err)
		}
		comp := &compiler{analyzer: g.idx.Mapping().AnalyzerNamed(textAnalyzer)}
		var q query.Query
		if ast != nil {
			if q, err = comp.compile(ast); err != nil {
				t.Fatal(err)
			}
		}
		filters, _, err := comp.filters(req, true)
		if err != nil {
			t.Fatal(err)
		}
		q = withFilters(q, filters, ast != nil)

		wantRes, err := g.idx.SearchInContext(context.Background(), r.request(g, q, req))
		if err != nil {
			t.Fatal(err)
		}
		fc := newFacetCounter(g.facetTable, nil)
		got, err := r.run(context.Background(), g, q, req, fc, 1, true)
		if err != nil {
			t.Fatal(err)
		}
		if got.Total != wantRes.Total {
			t.Errorf("%+v: total %d, want %d", req, got.Total, wantRes.Total)
		}
		wantTerms := postingCounts(t, g.idx, q, g.facetTable.terms)
		var gotTerms []termCount
		for ord, n := range fc.counts() {
			if n > 0 {
				gotTerms = append(gotTerms, termCount{g.facetTable.terms[ord], int(n)})
			}
		}
		byTerm := func(a, b termCount) int { return strings.Compare(a.Term, b.Term) }
		slices.SortFunc(wantTerms, byTerm)
		if !slices.Equal(gotTerms, wantTerms) {
			t.Errorf("%+v: terms\n got %v\nwant %v", req, gotTerms, wantTerms)
		}
		// The turn facet is not from fieldFacets: TestTurnFilter holds it
		// to the turn filters' totals.
		noTurn := func(f map[string][]FacetValue) map[string][]FacetValue { delete(f, FacetTurn); return f }
		gotFacets, wantFacets := noTurn(fc.facets(0)), splitFacets(wantTerms, 0)
		if !reflect.DeepEqual(gotFacets, wantFacets) {
			t.Errorf("%+v: facets\n got %v\nwant %v", req, gotFacets, wantFacets)
		}
		for _, size := range []int{1, 3, -1} { // FacetSize: shorter lists, all
			if got, want := noTurn(fc.facets(size)), splitFacets(wantTerms, size); !reflect.DeepEqual(got, want) {
				t.Errorf("%+v, facet size %d: facets\n got %v\nwant %v", req, size, got, want)
			}
		}
		sawSpeaker = sawSpeaker || len(gotFacets[FacetSpeaker]) > 0
		sawMention = sawMention || len(gotFacets[FacetMention]) > 0
		sawIssuer = sawIssuer || len(gotFacets[FacetIssuer]) > 0
		sawCountry = sawCountry || len(gotFacets[FacetCountry]) > 0
	}
	if !sawSpeaker || !sawMention || !sawIssuer || !sawCountry {
		t.Errorf("facets seen: speaker %v, mention %v, issuer %v, country %v", sawSpeaker, sawMention, sawIssuer, sawCountry)
	}
}

// facetTestNames gives paragraphs several speakers and mentions, so that
// multi-valued facets are compared: the header's speaker, a second one on
// every other paragraph, and a mention of each country a paragraph names.
// The document's issuer is the header's speaker up to a comma, its country
// the header's country (the UN General Debate) or, for a document with a
// publisher, the United States; others have neither.
type facetTestNames struct{}

func (facetTestNames) Attribute(d *readout.Document) {
	header := strings.TrimSpace(d.Meta["speaker"])
	d.Issuer, _, _ = strings.Cut(header, ",")
	d.Country = strings.TrimSpace(d.Meta["country"])
	if d.Country == "" && d.Meta["publisher"] != "" {
		d.Country = "United States"
	}
	for i := range d.Paragraphs {
		p := &d.Paragraphs[i]
		p.Speakers, p.Mentions = nil, nil
		if header != "" {
			p.Speakers = append(p.Speakers, header)
		}
		if i%2 == 1 {
			p.Speakers = append(p.Speakers, "Second Speaker")
		}
		for _, country := range []string{"Ukraine", "China", "Russia", "Taiwan", "Japan"} {
			if strings.Contains(p.Text, country) {
				p.Mentions = append(p.Mentions, country)
			}
		}
	}
}

// postingCounts counts, for each fieldFacets term, the matches of q that
// have it, by asking Bleve for the total of q AND the term: what a terms
// facet over the field's doc values reported before the field lost them
// (mapping version 4).
func postingCounts(t *testing.T, idx bleve.Index, q query.Query, terms []string) []termCount {
	t.Helper()
	if q == nil {
		q = query.NewMatchAllQuery()
	}
	var out []termCount
	for _, term := range terms {
		tq := query.NewTermQuery(term)
		tq.SetField(fieldFacets)
		req := bleve.NewSearchRequestOptions(query.NewConjunctionQuery([]query.Query{q, tq}), 0, 0, false)
		res, err := idx.SearchInContext(context.Background(), req)
		if err != nil {
			t.Fatal(err)
		}
		if res.Total > 0 {
			out = append(out, termCount{term, int(res.Total)})
		}
	}
	return out
}

// splitFacets, the reference facetCounter.facets is held to, turns the
// combined facet into the per-facet lists exactly as one Bleve terms facet
// per field returned them: the facetSizes largest
// counts, ties by value, then the timeline facets in date order. Every facet
// has an entry, nil when no match has a value.
func splitFacets(terms []termCount, listSize int) map[string][]FacetValue {
	counts := map[string]map[string]int{
		FacetSpeaker: {}, FacetMention: {}, FacetSource: {}, FacetIssuer: {}, FacetCountry: {}, FacetYear: {}, FacetMonth: {},
		FacetAct: {},
	}
	for _, t := range terms {
		if t.Term == "" {
			continue
		}
		prefix, value := t.Term[:1], t.Term[1:]
		if value == "" {
			continue // no facet lists an empty value (layout)
		}
		switch prefix {
		case facetPrefixSpeaker, facetPrefixMention, facetPrefixSource, facetPrefixIssuer, facetPrefixCountry:
			counts[facetByPrefix[prefix]][value] += t.Count
		case facetPrefixMonth:
			counts[FacetMonth][value] += t.Count
			if y, _, ok := strings.Cut(value, "-"); ok {
				counts[FacetYear][y] += t.Count
			}
		case facetPrefixYear:
			counts[FacetYear][value] += t.Count
		case facetPrefixAct:
			counts[FacetAct][value] += t.Count
		}
	}
	out := make(map[string][]FacetValue, len(counts))
	for name, c := range counts {
		var vals []FacetValue
		for v, n := range c {
			vals = append(vals, FacetValue{Value: v, Count: n})
		}
		sort.Slice(vals, func(i, j int) bool {
			if vals[i].Count != vals[j].Count {
				return vals[i].Count > vals[j].Count
			}
			return vals[i].Value < vals[j].Value
		})
		size := facetSizes[name].size
		if listSize != 0 && name != FacetYear && name != FacetMonth {
			size = listSize
		}
		if size >= 0 && len(vals) > size {
			vals = vals[:size]
		}
		if name == FacetYear || name == FacetMonth {
			sort.Slice(vals, func(i, j int) bool { return vals[i].Value < vals[j].Value })
		}
		out[name] = vals
	}
	return out
}
