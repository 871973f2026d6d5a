package attribution

import (
	"path/filepath"
	"testing"

	"github.com/readouts/readouts/internal/readout"
)

// BenchmarkAttributeSample attributes every document of the bundled sample
// corpus (326 State Department, White House, UN General Debate and seed
// documents), parsed once beforehand: the attribution share of an
// indexer's run, without Bleve's, which dominates and is noisier.
func BenchmarkAttributeSample(b *testing.B) {
	files, err := filepath.Glob("../../testdata/sample/*/*.txt")
	if err != nil || len(files) == 0 {
		b.Fatalf("no sample documents: %v", err)
	}
	var docs []*readout.Document
	for _, f := range files {
		parsed, err := readout.ParseFile(f, filepath.Base(f), readout.Options{})
		if err != nil {
			b.Fatalf("parse %s: %v", f, err)
		}
		docs = append(docs, parsed...)
	}
	a := New(shipped(b))
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			a.AttributeSentences(d)
		}
	}
}
