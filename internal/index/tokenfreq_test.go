package index

import (
	"reflect"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis"
	index "github.com/blevesearch/bleve_index_api"
)

// TestTokenFrequencyMatchesBleve: tokenFrequency gives what Bleve's
// analysis.TokenFrequency gives for every line of the sample corpus,
// analysed for each kind of field a paragraph has (text and title with
// positions, their stop words with positions and no frequencies, keyword
// fields with and without frequencies), and a multi-valued field merged
// from two values is merged as Bleve's.
func TestTokenFrequencyMatchesBleve(t *testing.T) {
	s, err := newSchema()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{"", "the the the", "a b a c b a", "Wang Yi; wang yi"}
	texts = append(texts, sampleLines(t)...)
	fields := []string{fieldText, fieldTextStops, fieldTitle, fieldSpeaker, fieldSpeakerKey, fieldDay}
	// The four kinds: positions or not, frequencies or not.
	kinds := map[[2]bool]bool{}
	for _, name := range fields {
		o := s.spec(name).opts
		kinds[[2]bool{o.IncludeTermVectors(), o.SkipFreqNorm()}] = true
	}
	if len(kinds) != 4 {
		t.Fatalf("the fields have %d kinds of options of 4: %v", len(kinds), kinds)
	}
	check := func(what string, got, want index.TokenFrequencies) {
		t.Helper()
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%s: ours %s, Bleve's %s", what, freqString(got), freqString(want))
		}
	}
	for i, text := range texts {
		for _, name := range fields {
			spec := s.spec(name)
			tokens := spec.analyzer.Analyze([]byte(text))
			got, want := tokenFrequency(tokens, spec.opts), analysis.TokenFrequency(tokens, nil, spec.opts)
			check(name+" of "+text, got, want)
			// A multi-valued field: this line's and the next's.
			next := texts[(i+1)%len(texts)]
			tokens2 := spec.analyzer.Analyze([]byte(next))
			got.MergeAll(name, tokenFrequency(tokens2, spec.opts))
			want.MergeAll(name, analysis.TokenFrequency(tokens2, nil, spec.opts))
			check(name+" of "+text+" and "+next, got, want)
		}
	}
}
