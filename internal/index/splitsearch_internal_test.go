package index

import (
	"context"
	"testing"

	"github.com/readouts/readouts/internal/readout"
)

// TestSearchWork: the work a search is split by is its words' postings,
// or its filters' when they list fewer (the search ANDs them), and a
// search below minSplitPostings, or on one core, is not split.
func TestSearchWork(t *testing.T) {
	r, g := openCurrent(t, plainSampleIndex(t))
	work := func(req SearchRequest) uint64 {
		t.Helper()
		req.Page, req.Size = 1, 10
		p, release, err := r.prepare(context.Background(), g, req)
		if err != nil {
			t.Fatalf("%+v: %v", req, err)
		}
		defer release()
		return p.c.budget.work()
	}
	words := work(SearchRequest{Query: "president"})
	source := work(SearchRequest{Sources: []string{"TDI"}}) // browsing walks the source's paragraphs
	all := work(SearchRequest{})
	if words == 0 || source == 0 || source >= words || words >= all {
		t.Fatalf("president %d, the source's paragraphs %d, all %d: want 0 < source < president < all, so that the filter is what bounds the work", words, source, all)
	}
	tests := []struct {
		name string
		req  SearchRequest
		want uint64
	}{
		{"words", SearchRequest{Query: "president"}, words},
		{"words and source", SearchRequest{Query: "president", Sources: []string{"TDI"}}, min(words, source)},
		{"words and dates", SearchRequest{Query: "president", From: readout.Date{Year: 2021, Precision: readout.PrecisionYear}}, words}, // checked per match (daytable.go)
		{"browsing", SearchRequest{}, all},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := work(tt.req); got != tt.want {
				t.Errorf("work = %d, want %d", got, tt.want)
			}
		})
	}

	oldMin, oldParts, oldPool := minSplitPostings, searchParts, corePool
	defer func() { minSplitPostings, searchParts, corePool = oldMin, oldParts, oldPool }()
	searchParts = func(uint64) int { return 2 }
	corePool = make(chan struct{}, 2) // whatever GOMAXPROCS is
	for _, tt := range []struct {
		name      string
		min       uint64
		disabled  bool
		wantCores int
	}{
		{"above the threshold", words, false, 2},
		{"below the threshold", words + 1, false, 1},
		{"split off", 0, true, 1},
	} {
		t.Run(tt.name, func(t *testing.T) {
			minSplitPostings = tt.min
			if tt.disabled {
				splitDisabled.Store(1)
				defer splitDisabled.Store(0)
			}
			n, giveBack := g.takeCores(words)
			if n != tt.wantCores {
				t.Errorf("cores = %d, want %d", n, tt.wantCores)
			}
			if taken, want := len(corePool), map[bool]int{true: n, false: 0}[n > 1]; taken != want {
				t.Errorf("%d cores taken from the pool for a search on %d", taken, n)
			}
			giveBack()
			if taken := len(corePool); taken != 0 {
				t.Errorf("%d cores still taken after the search", taken)
			}
		})
	}
}
