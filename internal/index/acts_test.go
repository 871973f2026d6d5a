package index_test

import (
	"context"
	"slices"
	"testing"

	"github.com/readouts/readouts/internal/attribution"
	"github.com/readouts/readouts/internal/index"
	"github.com/readouts/readouts/internal/readout"
	"github.com/readouts/readouts/internal/testindex"
)

// sampleSpeakerActs parses the sample corpus as the indexer does and maps
// each (speaker, act) to the paragraph IDs where that speaker did it.
func sampleSpeakerActs(t *testing.T) map[readout.SpeakerAct][]string {
	t.Helper()
	out := map[readout.SpeakerAct][]string{}
	eachSampleParagraph(t, func(id string, p readout.Paragraph) {
		for _, sa := range p.SpeakerActs {
			out[sa] = append(out[sa], id)
		}
	})
	return out
}

// TestActFacetAndFilter checks the speech-act facet and filter on the
// sample corpus, indexed by the real pipeline: each act the facet counts is
// a valid slug, filtering by it finds exactly that many paragraphs, every
// hit of the filter has the act, the document view shows the same acts as
// the hit, and an act filter combines with a speaker filter (what did X
// oppose).
func TestActFacetAndFilter(t *testing.T) {
	ctx := context.Background()
	r := testindex.Shared(t, testindex.Root()+"/testdata/sample")
	all, err := r.Search(ctx, index.SearchRequest{Page: 1, Size: 1})
	if err != nil {
		t.Fatal(err)
	}
	acts := all.Facets[index.FacetAct]
	if len(acts) < 5 {
		t.Fatalf("act facet over the whole sample: %v; want most of %v", acts, attribution.Acts)
	}
	for _, fv := range acts {
		t.Run(fv.Value, func(t *testing.T) {
			if !attribution.IsAct(fv.Value) {
				t.Fatalf("facet value %q is not an act", fv.Value)
			}
			res, err := r.Search(ctx, index.SearchRequest{Acts: []string{fv.Value}, Page: 1, Size: 50})
			if err != nil {
				t.Fatal(err)
			}
			if int(res.Total) != fv.Count {
				t.Errorf("act=%s finds %d paragraphs; the facet counted %d", fv.Value, res.Total, fv.Count)
			}
			for _, h := range res.Hits {
				if !slices.Contains(h.Acts, fv.Value) {
					t.Errorf("%s: acts %v, want %s", h.ID, h.Acts, fv.Value)
				}
				if len(h.Speakers) == 0 {
					t.Errorf("%s: an act without a speaker", h.ID)
				}
			}
			if got := res.Facets[index.FacetAct]; !slices.ContainsFunc(got, func(v index.FacetValue) bool { return v.Value == fv.Value && v.Count == fv.Count }) {
				t.Errorf("filtered facet %v lacks %s=%d", got, fv.Value, fv.Count)
			}
			h := res.Hits[0]
			doc, err := r.Document(ctx, h.DocID, "")
			if err != nil {
				t.Fatal(err)
			}
			if got := doc.Paragraphs[h.Paragraph-1].Acts; !slices.Equal(got, h.Acts) {
				t.Errorf("%s: document view acts %v, hit acts %v", h.ID, got, h.Acts)
			}
		})
	}

	// Who expressed concern: for the speakers the filtered facet counts,
	// speaker+act finds exactly the paragraphs where that speaker did it,
	// as the attribution says when it parses the sample itself — not every
	// paragraph where they speak and someone else did.
	res, err := r.Search(ctx, index.SearchRequest{Acts: []string{attribution.ActConcern}, Page: 1, Size: 1})
	if err != nil {
		t.Fatal(err)
	}
	speakers := res.Facets[index.FacetSpeaker]
	if len(speakers) == 0 {
		t.Fatal("nobody expressed concern in the sample")
	}
	truth := sampleSpeakerActs(t)
	narrower := false
	for _, sp := range speakers[:min(5, len(speakers))] {
		both, err := r.Search(ctx, index.SearchRequest{Speakers: []string{sp.Value}, Acts: []string{attribution.ActConcern}, Page: 1, Size: 100})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, h := range both.Hits {
			got = append(got, h.ID)
			if !slices.Contains(h.Speakers, sp.Value) || !slices.Contains(h.Acts, attribution.ActConcern) {
				t.Errorf("%s: speakers %v acts %v", h.ID, h.Speakers, h.Acts)
			}
		}
		want := truth[readout.SpeakerAct{Speaker: sp.Value, Act: attribution.ActConcern}]
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("speaker=%s&act=%s: %v, want %v", sp.Value, attribution.ActConcern, got, want)
		}
		narrower = narrower || int(both.Total) < sp.Count
		if len(both.Hits) > 0 {
			// The document view says who did it.
			h := both.Hits[0]
			doc, err := r.Document(ctx, h.DocID, "")
			if err != nil {
				t.Fatal(err)
			}
			if pairs := doc.Paragraphs[h.Paragraph-1].SpeakerActs; !slices.Contains(pairs, readout.SpeakerAct{Speaker: sp.Value, Act: attribution.ActConcern}) {
				t.Errorf("%s: the document view's speaker acts %v lack %s's", h.ID, pairs, sp.Value)
			}
		}
	}
	if !narrower {
		t.Log("no paragraph among these where someone else expressed the concern")
	}

	// Two acts are any of them, as every filter's values are.
	two, err := r.Search(ctx, index.SearchRequest{Acts: []string{attribution.ActUrged, attribution.ActWelcomed}, Page: 1, Size: 1})
	if err != nil {
		t.Fatal(err)
	}
	ids := func(act string) map[string]bool {
		res, err := r.Search(ctx, index.SearchRequest{Acts: []string{act}, Page: 1, Size: 1000})
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]bool{}
		for _, h := range res.Hits {
			out[h.ID] = true
		}
		return out
	}
	union := ids(attribution.ActUrged)
	welcomed := ids(attribution.ActWelcomed)
	urged, bothActs := len(union), 0
	for id := range welcomed {
		if union[id] {
			bothActs++
		}
		union[id] = true
	}
	// The act facet counts each act as if alone (disjunctive.go).
	for _, fv := range two.Facets[index.FacetAct] {
		if want := map[string]int{attribution.ActUrged: urged, attribution.ActWelcomed: len(welcomed)}[fv.Value]; want > 0 && fv.Count != want {
			t.Errorf("act=urged&act=welcomed: the act facet counts %s %d, want %d", fv.Value, fv.Count, want)
		}
	}
	if want := len(union); int(two.Total) != want {
		t.Errorf("act=urged&act=welcomed: %d paragraphs, want %d (%d + %d - %d in both)", two.Total, want, urged, len(welcomed), bothActs)
	}
}
