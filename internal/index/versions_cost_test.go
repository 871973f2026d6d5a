package index

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/readouts/readouts/internal/readout"
)

// BenchmarkVersionsCost measures what linking versions adds to a build of
// the State Department folder (../shared/corpus): sketching every
// document (done in the parse workers) and grouping the sketches (once per
// build). Compare with the indexer's build time of the same folder
// (docs in README, issue 12).
func BenchmarkVersionsCost(b *testing.B) {
	names, _ := filepath.Glob(filepath.Join(stateDir, "*.txt"))
	if len(names) == 0 {
		b.Skip("shared corpus not found")
	}
	var docs []*readout.Document
	for _, p := range names {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		ds, err := readout.Parse(p, "state/"+filepath.Base(p), data, readout.Options{})
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, ds...)
	}
	rel := make([]releaseDoc, len(docs))
	b.Run("sketch", func(b *testing.B) {
		for b.Loop() {
			for i, d := range docs {
				rel[i] = newReleaseDoc(d)
			}
		}
	})
	b.Run("group", func(b *testing.B) {
		for b.Loop() {
			groupReleases(rel)
		}
	})
	b.Run("write", func(b *testing.B) {
		dir := b.TempDir()
		for b.Loop() {
			if _, err := writeReleases(dir, rel); err != nil {
				b.Fatal(err)
			}
		}
	})
}
