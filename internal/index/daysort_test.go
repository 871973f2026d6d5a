package index

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strconv"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	index "github.com/blevesearch/bleve_index_api"

	"github.com/readouts/readouts/internal/readout"
)

// TestDaySortMatchesDocValues: sorting by the day table (daySort) orders
// the matches as Bleve's sort on the day field's doc values did (mapping
// version 32 and before), with the same sort values, undated paragraphs
// last either way and ties by score and ID, and pages the same with
// SearchAfter. The index here keeps the day's doc values, which the
// mapping no longer does, to have both.
func TestDaySortMatchesDocValues(t *testing.T) {
	m, err := newMapping()
	if err != nil {
		t.Fatal(err)
	}
	m.(*mapping.IndexMappingImpl).DefaultMapping.Properties[fieldDay].Fields[0].DocValues = true
	s, err := newSchema()
	if err != nil {
		t.Fatal(err)
	}
	spec := s.fields[fieldDay]
	spec.opts |= index.DocValues
	s.fields[fieldDay] = spec
	idx, err := bleve.New(filepath.Join(t.TempDir(), "b"), m)
	if err != nil {
		t.Fatal(err)
	}
	defer idx.Close()
	dates := []string{"2022-01-27", "2022-01", "2022", "", "2021-12-31", "2022-01-27", "2023", "2021-12", ""}
	words := []string{"talks", "security talks", "talks on talks", "trade", "security"}
	b := idx.NewBatch()
	for i := 0; i < 45; i++ {
		var date readout.Date
		if ds := dates[i%len(dates)]; ds != "" {
			if date, err = readout.ParseDate(ds); err != nil {
				t.Fatal(err)
			}
		}
		d := &readout.Document{ID: fmt.Sprintf("c/%02d.txt", (i*17)%45), Title: "Readout", Source: "Test", Date: date}
		for n := 1; n <= 1+i%3; n++ {
			d.Paragraphs = append(d.Paragraphs, readout.Paragraph{N: n, Text: fmt.Sprintf("The ministers held %s, part %d.", words[(i+n)%len(words)], n)})
		}
		for _, doc := range s.documents(d) {
			if err := b.IndexAdvanced(doc); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := idx.Batch(b); err != nil {
		t.Fatal(err)
	}
	adv, err := idx.Advanced()
	if err != nil {
		t.Fatal(err)
	}
	rdr, err := adv.Reader()
	if err != nil {
		t.Fatal(err)
	}
	table, err := loadDayTable(context.Background(), rdr)
	rdr.Close()
	if err != nil {
		t.Fatal(err)
	}
	search1 := func(q query.Query, order search.SortOrder, size int, after []string) *bleve.SearchResult {
		t.Helper()
		sr := bleve.NewSearchRequestOptions(q, size, 0, false)
		sr.SortByCustom(order)
		sr.SearchAfter = after
		res, err := idx.Search(sr)
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	undated := 0
	for _, text := range []string{"", "talks", "security"} {
		var q query.Query = query.NewMatchAllQuery()
		if text != "" {
			mq := query.NewMatchQuery(text)
			mq.SetField(fieldText)
			q = mq
		}
		for _, desc := range []bool{true, false} {
			byDV := search.SortOrder{&search.SortField{Field: fieldDay, Type: search.SortFieldAsString, Desc: desc, Missing: search.SortFieldMissingLast}, &search.SortScore{Desc: true}, &search.SortDocID{}}
			byTable := search.SortOrder{newDaySort(table, desc), &search.SortScore{Desc: true}, &search.SortDocID{}}
			want, got := search1(q, byDV, 200, nil), search1(q, byTable, 200, nil)
			if len(want.Hits) < 10 || len(got.Hits) != len(want.Hits) {
				t.Fatalf("%q desc %v: %d hits by the table, %d by doc values", text, desc, len(got.Hits), len(want.Hits))
			}
			for i := range want.Hits {
				w, g := want.Hits[i], got.Hits[i]
				if w.ID != g.ID || w.Score != g.Score || !slices.Equal(w.Sort[:1], g.Sort[:1]) {
					t.Fatalf("%q desc %v: hit %d is %s %v %q by the table, %s %v %q by doc values", text, desc, i, g.ID, g.Score, g.Sort, w.ID, w.Score, w.Sort)
				}
				if w.Sort[0] == search.LowTerm || w.Sort[0] == search.HighTerm {
					undated++
				}
			}
			// Pages of 4 after the last hit's sort values.
			var paged []string
			var after []string
			for {
				res := search1(q, byTable, 4, after)
				if len(res.Hits) == 0 {
					break
				}
				for _, h := range res.Hits {
					paged = append(paged, h.ID)
				}
				last := res.Hits[len(res.Hits)-1]
				after = []string{last.Sort[0], strconv.FormatFloat(last.Score, 'g', -1, 64), last.ID}
			}
			var all []string
			for _, h := range want.Hits {
				all = append(all, h.ID)
			}
			if !slices.Equal(paged, all) {
				t.Errorf("%q desc %v: paged by the table %v, want %v", text, desc, paged, all)
			}
		}
	}
	if undated == 0 {
		t.Error("no undated paragraph was compared")
	}
}
