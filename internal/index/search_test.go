package index_test

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/readouts/readouts/internal/index"
	"github.com/readouts/readouts/internal/readout"
	"github.com/readouts/readouts/internal/testindex"
)

// searchCase is one entry of testdata/searches.json: a request and what
// must hold of its result.
type searchCase struct {
	Name    string `json:"name"`
	Request struct {
		Query    string   `json:"query"`
		Speakers []string `json:"speakers"`
		Sources  []string `json:"sources"`
		From     string   `json:"from"`
		To       string   `json:"to"`
		Sort     string   `json:"sort"`
		Page     int      `json:"page"`
		Size     int      `json:"size"`
	} `json:"request"`
	Total        *uint64 `json:"total"`
	TotalAtLeast uint64  `json:"total_at_least"`
	HitCount     *int    `json:"hit_count"`
	Partial      bool    `json:"partial"`
	Hits         []struct {
		ID              string   `json:"id"`
		Date            string   `json:"date"`
		SpeakersInclude []string `json:"speakers_include"`
		SnippetContains string   `json:"snippet_contains"`
	} `json:"hits"`
	FacetIncludes   map[string][]string `json:"facet_includes"`
	EveryHitSpeaker string              `json:"every_hit_speaker"`
	EveryHitDate    string              `json:"every_hit_date_prefix"`
	NoneContains    string              `json:"none_contains"`
	DatesSorted     string              `json:"dates_sorted"`
	SameTotalAs     string              `json:"same_total_as"`
}

// reader is the test corpus's index, built once for all tests in this package.
func reader(t *testing.T) *index.Reader {
	t.Helper()
	return testindex.Shared(t, "testdata/corpus")
}

func (c *searchCase) request(t *testing.T) index.SearchRequest {
	req := index.SearchRequest{Query: c.Request.Query, Speakers: c.Request.Speakers, Sources: c.Request.Sources,
		Sort: c.Request.Sort, Page: c.Request.Page, Size: c.Request.Size}
	if req.Page == 0 {
		req.Page = 1
	}
	if req.Size == 0 {
		req.Size = 10
	}
	var err error
	if c.Request.From != "" {
		if req.From, err = readout.ParseDate(c.Request.From); err != nil {
			t.Fatal(err)
		}
	}
	if c.Request.To != "" {
		if req.To, err = readout.ParseDate(c.Request.To); err != nil {
			t.Fatal(err)
		}
	}
	return req
}

func TestSearches(t *testing.T) {
	b, err := os.ReadFile("testdata/searches.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []searchCase
	if err := json.Unmarshal(b, &cases); err != nil {
		t.Fatal(err)
	}
	r := reader(t)
	totals := map[string]uint64{}
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			res, err := r.Search(context.Background(), c.request(t))
			if err != nil {
				t.Fatalf("Search(%q): %v", c.Request.Query, err)
			}
			totals[c.Name] = res.Total
			var dump strings.Builder
			for _, h := range res.Hits {
				dump.WriteString("\n  " + h.ID + " " + h.Date + " " + strings.Join(h.Speakers, "; ") + " " + h.Snippet.HTML())
			}
			if c.Total != nil && res.Total != *c.Total {
				t.Errorf("total = %d, want %d%s", res.Total, *c.Total, dump.String())
			}
			if res.Total < c.TotalAtLeast {
				t.Errorf("total = %d, want at least %d", res.Total, c.TotalAtLeast)
			}
			if c.HitCount != nil && len(res.Hits) != *c.HitCount {
				t.Errorf("%d hits, want %d", len(res.Hits), *c.HitCount)
			}
			if res.Partial != c.Partial {
				t.Errorf("partial = %v, want %v", res.Partial, c.Partial)
			}
			for i, want := range c.Hits {
				if i >= len(res.Hits) {
					t.Fatalf("only %d hits, want hit %d = %s", len(res.Hits), i+1, want.ID)
				}
				got := res.Hits[i]
				if want.ID != "" && got.ID != want.ID {
					t.Errorf("hit %d = %s, want %s%s", i+1, got.ID, want.ID, dump.String())
				}
				if want.Date != "" && got.Date != want.Date {
					t.Errorf("hit %d date = %s, want %s", i+1, got.Date, want.Date)
				}
				for _, sp := range want.SpeakersInclude {
					if !has(got.Speakers, sp) {
						t.Errorf("hit %d speakers = %v, want %s among them", i+1, got.Speakers, sp)
					}
				}
				if s := got.Snippet.HTML(); !strings.Contains(s, want.SnippetContains) {
					t.Errorf("hit %d snippet = %s, want it to contain %s", i+1, s, want.SnippetContains)
				}
			}
			for facet, values := range c.FacetIncludes {
				var got []string
				for _, v := range res.Facets[facet] {
					got = append(got, v.Value)
				}
				for _, v := range values {
					if !has(got, v) {
						t.Errorf("facet %s = %v, want %s among them", facet, got, v)
					}
				}
			}
			for _, h := range res.Hits {
				if c.EveryHitSpeaker != "" && !has(h.Speakers, c.EveryHitSpeaker) {
					t.Errorf("hit %s speakers %v lack %s", h.ID, h.Speakers, c.EveryHitSpeaker)
				}
				if c.EveryHitDate != "" && !strings.HasPrefix(h.Date, c.EveryHitDate) {
					t.Errorf("hit %s date %s, want %s…", h.ID, h.Date, c.EveryHitDate)
				}
				if c.NoneContains != "" && strings.Contains(h.Snippet.HTML(), c.NoneContains) {
					t.Errorf("hit %s contains %s", h.ID, c.NoneContains)
				}
			}
			if c.DatesSorted != "" {
				var dates []string
				for _, h := range res.Hits {
					dates = append(dates, h.Date)
				}
				if !datesSorted(dates, c.DatesSorted == "desc") {
					t.Errorf("dates not sorted %s (undated last): %v", c.DatesSorted, dates)
				}
			}
			if c.SameTotalAs != "" && res.Total != totals[c.SameTotalAs] {
				t.Errorf("total = %d, want the same as %q (%d)", res.Total, c.SameTotalAs, totals[c.SameTotalAs])
			}
		})
	}
}

func datesSorted(dates []string, desc bool) bool {
	var dated []string
	undated := false
	for _, d := range dates {
		if d == "" {
			undated = true
			continue
		}
		if undated {
			return false // a dated hit after an undated one
		}
		dated = append(dated, d)
	}
	return sort.SliceIsSorted(dated, func(i, j int) bool {
		if desc {
			return dated[i] > dated[j]
		}
		return dated[i] < dated[j]
	})
}

func has(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestSearchErrors(t *testing.T) {
	r := reader(t)
	for _, q := range []string{`"Minsk`, "(a", "speaker:", "year:22", "date:2022-13"} {
		_, err := r.Search(context.Background(), index.SearchRequest{Query: q, Page: 1, Size: 10})
		if !errors.Is(err, index.ErrQuery) {
			t.Errorf("Search(%q) error = %v, want ErrQuery", q, err)
		}
	}
	from, _ := readout.ParseDate("2023")
	to, _ := readout.ParseDate("2022")
	if _, err := r.Search(context.Background(), index.SearchRequest{From: from, To: to, Page: 1, Size: 10}); !errors.Is(err, index.ErrQuery) {
		t.Errorf("from after to: error = %v, want ErrQuery", err)
	}
}

func TestDocument(t *testing.T) {
	r := reader(t)
	d, err := r.Document(context.Background(), "corpus/seeds/000_1e93c1123834f146.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if d.Date != "2022-01-27" {
		t.Errorf("date = %q, want 2022-01-27", d.Date)
	}
	if len(d.Paragraphs) != 9 {
		t.Fatalf("%d paragraphs, want 9", len(d.Paragraphs))
	}
	for i, p := range d.Paragraphs {
		if p.N != i+1 {
			t.Errorf("paragraph %d has number %d", i+1, p.N)
		}
	}
	if p := d.Paragraphs[2]; !has(p.Speakers, "Wang Yi") || len(p.Why) == 0 {
		t.Errorf("paragraph 3 (\"Wang said …\") speakers %v why %v, want Wang Yi with a reason", p.Speakers, p.Why)
	}
	if _, err := r.Document(context.Background(), "corpus/nope.txt", ""); !errors.Is(err, index.ErrNotFound) {
		t.Errorf("unknown document: error = %v, want ErrNotFound", err)
	}
}

func TestDocumentMarked(t *testing.T) {
	r := reader(t)
	// Only some paragraphs hold "Minsk" or "Olympics"; each word is marked
	// wherever it occurs, though no paragraph holds both.
	d, err := r.Document(context.Background(), "corpus/seeds/000_1e93c1123834f146.txt", "Minsk Olympics")
	if err != nil {
		t.Fatal(err)
	}
	var got []int
	for n := range d.Marked {
		got = append(got, n)
	}
	sort.Ints(got)
	if want := []int{4, 7, 8, 9}; !slices.Equal(got, want) {
		t.Errorf("marked paragraphs %v, want %v", got, want)
	}
	if h := d.Marked[8].HTML(); !strings.Contains(h, "<mark>Minsk</mark>") {
		t.Errorf("paragraph 8 marked as %s", h)
	}
	// A query that does not parse marks nothing and is not an error.
	if d, err := r.Document(context.Background(), "corpus/seeds/000_1e93c1123834f146.txt", `"Minsk`); err != nil || len(d.Marked) != 0 {
		t.Errorf("bad query: marked %v, err %v", d.Marked, err)
	}
}

func TestNoIndex(t *testing.T) {
	r, err := index.Open(t.TempDir(), index.ReaderOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := r.Search(context.Background(), index.SearchRequest{Query: "x", Page: 1, Size: 10}); !errors.Is(err, index.ErrNoIndex) {
		t.Errorf("Search on an empty folder: %v, want ErrNoIndex", err)
	}
}
