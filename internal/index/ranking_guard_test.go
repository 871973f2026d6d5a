package index_test

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/readouts/readouts/internal/index"
	"github.com/readouts/readouts/internal/query"
	"github.com/readouts/readouts/internal/readout"
)

// The ranking guard keeps performance work honest: the sample corpus is
// indexed and a fixed set of searches must return the same totals, the same
// top 10 in the same order, the same snippets and the same facet counts as
// recorded in testdata/ranking_guard.golden. A tuning step that changes any
// of them changes what users see; if that is intended, rewrite the file with
//
//	go test ./internal/index/ -run TestRankingGuard -update
//
// and say why in the commit.

func init() {
	// Another test file of this package may define -update too; share it.
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite golden files")
	}
}

func updateGolden() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// guardSpeaker gives every paragraph the speaker its document's header names,
// so the speaker facet and filter are exercised without package attribution.
type guardSpeaker struct{}

func (guardSpeaker) Attribute(d *readout.Document) {
	s := strings.TrimSpace(d.Meta["speaker"])
	if s == "" {
		s = strings.TrimSpace(d.Meta["speaker_from_title"])
	}
	if i := strings.IndexByte(s, ','); i > 0 {
		s = strings.TrimSpace(s[:i])
	}
	if s == "" {
		return
	}
	for i := range d.Paragraphs {
		d.Paragraphs[i].Speakers = []string{s}
	}
}

var guardSearches = []index.SearchRequest{
	{Query: "sanctions"},
	{Query: "Ukraine"},
	{Query: "climate change"},
	{Query: "Taiwan"},
	{Query: "human rights"},
	{Query: `"human rights"`},
	{Query: `"Minsk agreements"`},
	{Query: "security council reform"},
	{Query: "Taiwan OR Ukraine"},
	{Query: "(Taiwan OR Ukraine) -China"},
	{Query: "president NOT Biden"},
	{Query: "sanction*"},
	{Query: "Blinkin~"},
	{Query: "title:readout"},
	{Query: "year:2022 cooperation"},
	{Query: "date:2021-05 Secretary"},
	{Query: "Secretary", Speakers: []string{"Antony J. Blinken"}},
	{Query: "peace", From: readout.Date{Year: 2021, Precision: readout.PrecisionYear}, To: readout.Date{Year: 2022, Precision: readout.PrecisionYear}},
	{Query: "development", From: readout.Date{Year: 2023, Month: 1, Precision: readout.PrecisionMonth}},
	{Query: "nuclear weapons", Sort: index.SortNewest},
	{Query: "trade", Sort: index.SortOldest, Page: 2},
	{Query: "covid vaccines pandemic zebra"}, // no paragraph holds all: partial
	{Query: "the"},
	{Query: "", Speakers: []string{"Antony J. Blinken"}},
	{Query: "", From: readout.Date{Year: 2024, Precision: readout.PrecisionYear}, To: readout.Date{Year: 2024, Precision: readout.PrecisionYear}},
}

func TestRankingGuard(t *testing.T) {
	if testing.Short() {
		t.Skip("indexes the sample corpus")
	}
	dir := t.TempDir()
	_, err := index.Build(context.Background(), index.BuildOptions{
		Dir:     dir,
		Corpus:  []string{filepath.Join("..", "..", "testdata", "sample")},
		Exclude: []string{"README*", "LICENSE*", "MANIFEST*"},
		Parse:   readout.Options{Attributor: guardSpeaker{}},
	})
	if err != nil {
		t.Fatal(err)
	}
	r, err := index.Open(dir, index.ReaderOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()

	// Unsplit, and split into ranges of paragraphs searched at once
	// (splitsearch.go), as on a large index: the same file either way.
	for _, parts := range []int{1, 3} {
		t.Run(fmt.Sprintf("parts=%d", parts), func(t *testing.T) {
			defer index.SetSearchParts(parts)()
			defer index.SetSplitSearch(parts > 1, parts)()
			checkGuard(t, r)
		})
	}
}

// checkGuard runs guardSearches on r and compares what they return with
// the golden file (or rewrites it with -update).
func checkGuard(t *testing.T, r *index.Reader) {
	t.Helper()
	var b strings.Builder
	for _, req := range guardSearches {
		if req.Page == 0 {
			req.Page = 1
		}
		req.Size = 10
		res, err := r.Search(context.Background(), req)
		fmt.Fprintf(&b, "## q=%q speakers=%q from=%s to=%s sort=%s page=%d\n", req.Query, req.Speakers, req.From, req.To, req.Sort, req.Page)
		// A query refused is part of the behaviour guarded: "the" was a
		// search for every paragraph until it said there is nothing to
		// search for (issue 13).
		if qe := (*query.Error)(nil); errors.As(err, &qe) {
			fmt.Fprintf(&b, "refused: %s\n", qe)
			continue
		}
		if err != nil {
			t.Fatalf("%+v: %v", req, err)
		}
		fmt.Fprintf(&b, "understood=%q total=%d partial=%v\n", res.Query, res.Total, res.Partial)
		for _, h := range res.Hits {
			fmt.Fprintf(&b, "hit %s date=%s speakers=%q\n    %s\n", h.ID, h.Date, h.Speakers, h.Snippet.HTML())
		}
		names := make([]string, 0, len(res.Facets))
		for name := range res.Facets {
			names = append(names, name)
		}
		sort.Strings(names)
		for _, name := range names {
			fmt.Fprintf(&b, "facet %s:", name)
			for _, v := range res.Facets[name] {
				fmt.Fprintf(&b, " %q=%d", v.Value, v.Count)
			}
			b.WriteString("\n")
		}
		b.WriteString("\n")
	}
	got := b.String()
	golden := filepath.Join("testdata", "ranking_guard.golden")
	if updateGolden() {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if got != string(want) {
		gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
		for i := 0; i < max(len(gl), len(wl)); i++ {
			var g, w string
			if i < len(gl) {
				g = gl[i]
			}
			if i < len(wl) {
				w = wl[i]
			}
			if g != w {
				t.Fatalf("search results changed at line %d of %s:\n-want %s\n+got  %s\n(run with -update only if the change is intended)", i+1, golden, w, g)
			}
		}
	}
}
