// Package testindex builds real indexes for tests: the shipped gazetteer,
// real attribution and index.Build over a corpus folder, as the indexer
// does. It exists so that index, server and end-to-end tests exercise the
// same pipeline users run, not a hand-made imitation.
package testindex

import (
	"context"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/readouts/readouts/internal/attribution"
	"github.com/readouts/readouts/internal/gazetteer"
	"github.com/readouts/readouts/internal/index"
	"github.com/readouts/readouts/internal/readout"
)

// Root is the repository's root folder.
func Root() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..")
}

// Gazetteer loads the shipped gazetteer.yaml.
func Gazetteer(tb testing.TB) *gazetteer.Gazetteer {
	tb.Helper()
	g, err := gazetteer.Load(filepath.Join(Root(), "gazetteer.yaml"))
	if err != nil {
		tb.Fatalf("load gazetteer: %v", err)
	}
	return g
}

// Options are the parse options the indexer uses by default, with attribution.
func Options(tb testing.TB) readout.Options {
	return readout.Options{
		MaxParagraph: readout.DefaultMaxParagraph,
		MinParagraph: readout.DefaultMinParagraph,
		Attributor:   attribution.New(Gazetteer(tb)),
	}
}

// Build indexes the corpus folders into a new index folder under
// tb.TempDir() and returns a Reader over it, closed when the test ends.
func Build(tb testing.TB, corpus ...string) (*index.Reader, string) {
	tb.Helper()
	dir := tb.TempDir()
	g := Gazetteer(tb)
	_, err := index.Build(context.Background(), index.BuildOptions{
		Dir:         dir,
		Corpus:      corpus,
		Parse:       Options(tb),
		Fingerprint: "test " + g.Fingerprint(),
	})
	if err != nil {
		tb.Fatalf("build index: %v", err)
	}
	r, err := index.Open(dir, index.ReaderOptions{Canonical: g.Canonical})
	if err != nil {
		tb.Fatalf("open index: %v", err)
	}
	tb.Cleanup(func() { r.Close() })
	return r, dir
}
