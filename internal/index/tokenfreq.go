package index

import (
	"strings"

	"github.com/blevesearch/bleve/v2/analysis"
	index "github.com/blevesearch/bleve_index_api"
)

// tokenFrequency is analysis.TokenFrequency (Bleve v2.6.3, analysis/freq.go)
// with its allocations made per call instead of per distinct term: Bleve
// allocates each term's TokenFreq, its Locations slice and its map key one
// by one, 39% of the objects a full build allocates (docs/BENCHMARKS.md,
// step 63). Here a call allocates the map, one slice of TokenFreq, one of
// locations and one of their pointers, and one string holding the keys.
// The result is the same map: the same keys, terms (the tokens' own bytes),
// frequencies (0 where the field skips frequencies and norms) and
// locations in token order, with no array positions (analysed passes
// none). Each term's Locations is a window of one slice, capped at its
// length, so that MergeAll (a multi-valued field, analysed.add) appends
// into a new array rather than over the next term's.
// TestTokenFrequencyMatchesBleve compares the two on the sample corpus.
//
// On a Bleve upgrade, re-check analysis.TokenFrequency against this.
func tokenFrequency(tokens analysis.TokenStream, opts index.FieldIndexingOptions) index.TokenFrequencies {
	n := len(tokens)
	rv := make(index.TokenFrequencies, n)
	if n == 0 {
		return rv
	}
	size := 0
	for _, t := range tokens {
		size += len(t.Term)
	}
	// The keys are windows of one string: the builder never moves what it
	// holds while it stays within what Grow reserved.
	var keys strings.Builder
	keys.Grow(size)
	freqs := make([]index.TokenFreq, 0, n)
	vectors := opts.IncludeTermVectors()
	// Each token's term, when locations are kept: on the stack for a
	// paragraph of usual length.
	var ownerBuf [256]*index.TokenFreq
	var owner []*index.TokenFreq
	if vectors {
		if n <= len(ownerBuf) {
			owner = ownerBuf[:n]
		} else {
			owner = make([]*index.TokenFreq, n)
		}
	}
	// The frequency counts every occurrence for now: it sizes the
	// locations of each term below.
	for i, t := range tokens {
		tf, ok := rv[string(t.Term)]
		if !ok {
			freqs = append(freqs, index.TokenFreq{Term: t.Term})
			tf = &freqs[len(freqs)-1]
			off := keys.Len()
			keys.Write(t.Term)
			rv[keys.String()[off:]] = tf
		}
		tf.SetFrequency(tf.Frequency() + 1)
		if vectors {
			owner[i] = tf
		}
	}
	if vectors {
		locs := make([]index.TokenLocation, n)
		ptrs := make([]*index.TokenLocation, n)
		off := 0
		for i := range freqs {
			c := freqs[i].Frequency()
			freqs[i].Locations = ptrs[off : off : off+c]
			off += c
		}
		for i, t := range tokens {
			locs[i] = index.TokenLocation{Start: t.Start, End: t.End, Position: t.Position}
			tf := owner[i]
			tf.Locations = append(tf.Locations, &locs[i])
		}
	}
	if opts.SkipFreqNorm() {
		for i := range freqs {
			freqs[i].SetFrequency(0)
		}
	}
	return rv
}
