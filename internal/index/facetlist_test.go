package index_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/readouts/readouts/internal/index"
)

// TestFacetValues: the whole list of a facet over a search of the sample
// corpus starts with the 15 the search shows, goes past them, narrows by
// letters of a name, and counts each value as the search filtered to it.
func TestFacetValues(t *testing.T) {
	r := versionsSample(t)
	ctx := context.Background()
	req := index.SearchRequest{Query: "security", Page: 1, Size: 10}
	res, err := r.Search(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	all, err := r.FacetValues(ctx, req, index.FacetSpeaker, "", index.MaxFacetValues)
	if err != nil {
		t.Fatal(err)
	}
	shown := res.Facets[index.FacetSpeaker]
	if len(shown) != 15 || all.Count <= 15 || len(all.Values) != all.Count {
		t.Fatalf("search shows %d speakers, the list %d of %d; want 15 and more", len(shown), len(all.Values), all.Count)
	}
	for i, v := range shown {
		if all.Values[i] != v {
			t.Errorf("value %d: list %v, search %v", i, all.Values[i], v)
		}
	}
	if all.Total != res.Total {
		t.Errorf("list total %d, search total %d", all.Total, res.Total)
	}
	// The 16th and last speakers count what their filtered search finds.
	for _, v := range []index.FacetValue{all.Values[15], all.Values[len(all.Values)-1]} {
		f := req
		f.Speakers = []string{v.Value}
		got, err := r.Search(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		if got.Total != uint64(v.Count) {
			t.Errorf("speaker %s: listed %d, filtered search %d", v.Value, v.Count, got.Total)
		}
	}

	some, err := r.FacetValues(ctx, req, index.FacetSpeaker, "BLINK", 3)
	if err != nil {
		t.Fatal(err)
	}
	if some.Count == 0 || len(some.Values) > 3 {
		t.Fatalf("speakers holding 'blink': %d, %v", some.Count, some.Values)
	}
	for _, v := range some.Values {
		if !strings.Contains(strings.ToLower(v.Value), "blink") {
			t.Errorf("%q does not hold 'blink'", v.Value)
		}
	}

	for _, tc := range []struct {
		facet string
		size  int
	}{{"year", 10}, {"weather", 10}, {index.FacetSpeaker, 0}, {index.FacetSpeaker, index.MaxFacetValues + 1}} {
		if _, err := r.FacetValues(ctx, req, tc.facet, "", tc.size); !errors.Is(err, index.ErrQuery) {
			t.Errorf("facet %q size %d: %v, want ErrQuery", tc.facet, tc.size, err)
		}
	}
}
