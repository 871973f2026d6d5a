package gazetteer

import (
	"os"
	"testing"
)

// BenchmarkParseShipped measures loading the shipped file, which the
// indexer, searchd and every attribution test do once: issue 11 added a few
// hundred people, and loading must stay fast.
func BenchmarkParseShipped(b *testing.B) {
	data, err := os.ReadFile("../../gazetteer.yaml")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Parse(data); err != nil {
			b.Fatal(err)
		}
	}
}
