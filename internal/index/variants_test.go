package index_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/readouts/readouts/internal/gazetteer"
	"github.com/readouts/readouts/internal/index"
	"github.com/readouts/readouts/internal/testindex"
)

// TestSpeakerSpellingsFolded: the UN General Debate's headers spell
// Slovakia's president "Zuzana Čaputová" (2019) and "Zuzana Caputova"
// (2020, 2022); the three speeches, copied from the shared corpus
// (testdata/variants, CC0), are one speaker in the facet, under the
// spelling with more paragraphs, and a filter on either spelling, in the
// filters or the query, finds all three speeches. The folding is for
// people the gazetteer does not know (it maps the spellings it knows to
// one name before the index sees them), so the test drops her from the
// shipped gazetteer.
func TestSpeakerSpellingsFolded(t *testing.T) {
	if testing.Short() {
		t.Skip("indexes three speeches")
	}
	r, _ := testindex.BuildWith(t, gazetteerWithout(t, "Zuzana Čaputová"), "testdata/variants")
	ctx := context.Background()
	search := func(req index.SearchRequest) *index.SearchResult {
		t.Helper()
		req.Page, req.Size = 1, 200
		res, err := r.Search(ctx, req)
		if err != nil {
			t.Fatalf("%+v: %v", req, err)
		}
		return res
	}
	all := search(index.SearchRequest{})
	spellings := map[string]int{} // the paragraphs' own spellings
	for _, h := range all.Hits {
		for _, s := range h.Speakers {
			spellings[s]++
		}
	}
	if spellings["Zuzana Čaputová"] == 0 || spellings["Zuzana Caputova"] == 0 {
		t.Fatalf("speakers of the paragraphs %v: the test needs both spellings", spellings)
	}
	both := spellings["Zuzana Čaputová"] + spellings["Zuzana Caputova"]
	shown := "Zuzana Caputova" // two speeches against one
	if spellings["Zuzana Čaputová"] > spellings["Zuzana Caputova"] {
		shown = "Zuzana Čaputová"
	}
	var hers []index.FacetValue
	for _, v := range all.Facets[index.FacetSpeaker] {
		if v.Value == "Zuzana Čaputová" || v.Value == "Zuzana Caputova" {
			hers = append(hers, v)
		}
	}
	if want := []index.FacetValue{{Value: shown, Count: both}}; !slices.Equal(hers, want) {
		t.Errorf("speaker facet %v, want her once: %v", all.Facets[index.FacetSpeaker], want)
	}
	for _, req := range []index.SearchRequest{
		{Speakers: []string{"Zuzana Čaputová"}},
		{Speakers: []string{"Zuzana Caputova"}},
		{Speakers: []string{"zuzana caputova"}},
		{Query: `speaker:"Zuzana Čaputová"`},
		{Query: `speaker:"Zuzana Caputova"`},
	} {
		res := search(req)
		docs := map[string]bool{}
		for _, h := range res.Hits {
			docs[h.DocID] = true
		}
		if res.Total != uint64(both) || len(docs) != 3 {
			t.Errorf("%+v: %d paragraphs of %d speeches, want the %d of both spellings in all three", req, res.Total, len(docs), both)
		}
	}
	grid, err := r.Grid(ctx, index.GridRequest{Queries: []string{"Slovakia"}, By: index.FacetSpeaker})
	if err != nil {
		t.Fatal(err)
	}
	want := search(index.SearchRequest{Query: "Slovakia", Speakers: []string{"Zuzana Čaputová"}}).Total
	var rows []string
	for _, row := range grid.Rows {
		rows = append(rows, row.Group)
		if row.Group == shown && uint64(row.Total) != want {
			t.Errorf("grid row %s: %d, the filtered search counts %d", shown, row.Total, want)
		}
	}
	if !slices.Contains(rows, shown) || slices.Contains(rows, "Zuzana Čaputová") && slices.Contains(rows, "Zuzana Caputova") {
		t.Errorf("grid rows %v, want her once, as %s", rows, shown)
	}
}

// gazetteerWithout is the shipped gazetteer less one person's entry (from
// its "  - name:" line to the next entry's).
func gazetteerWithout(t *testing.T, name string) *gazetteer.Gazetteer {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(testindex.Root(), "gazetteer.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var kept []string
	found, skipping := false, false
	for _, line := range strings.SplitAfter(string(data), "\n") {
		if strings.HasPrefix(line, "  - ") || !strings.HasPrefix(line, " ") {
			skipping = strings.TrimSpace(line) == "- name: "+name
			found = found || skipping
		}
		if !skipping {
			kept = append(kept, line)
		}
	}
	if !found {
		t.Fatalf("gazetteer.yaml has no entry %q", name)
	}
	g, err := gazetteer.Parse([]byte(strings.Join(kept, "")))
	if err != nil {
		t.Fatal(err)
	}
	if g.Person(name) != nil {
		t.Fatalf("%s is still in the gazetteer", name)
	}
	return g
}
