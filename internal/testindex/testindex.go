// Package testindex builds real indexes for tests: the shipped gazetteer,
// real attribution and index.Build over a corpus folder, as the indexer
// does. It exists so that index, server and end-to-end tests exercise the
// same pipeline users run, not a hand-made imitation.
package testindex

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sync"
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
	g, err := loadGazetteer()
	if err != nil {
		tb.Fatal(err)
	}
	return g
}

func loadGazetteer() (*gazetteer.Gazetteer, error) {
	g, err := gazetteer.Load(filepath.Join(Root(), "gazetteer.yaml"))
	if err != nil {
		return nil, fmt.Errorf("load gazetteer: %w", err)
	}
	return g, nil
}

// Options are the parse options the indexer uses by default, with attribution.
func Options(tb testing.TB) readout.Options {
	return options(Gazetteer(tb))
}

func options(g *gazetteer.Gazetteer) readout.Options {
	return readout.Options{
		MaxParagraph: readout.DefaultMaxParagraph,
		MinParagraph: readout.DefaultMinParagraph,
		Attributor:   attribution.New(g),
	}
}

// Build indexes the corpus folders into a new index folder under
// tb.TempDir() and returns a Reader over it, closed when the test ends.
func Build(tb testing.TB, corpus ...string) (*index.Reader, string) {
	tb.Helper()
	g, err := loadGazetteer()
	if err != nil {
		tb.Fatal(err)
	}
	return BuildWith(tb, g, corpus...)
}

// BuildWith is Build with a gazetteer of the test's own, for behaviour
// that depends on whom the gazetteer does not know.
func BuildWith(tb testing.TB, g *gazetteer.Gazetteer, corpus ...string) (*index.Reader, string) {
	tb.Helper()
	dir := tb.TempDir()
	r, err := build(dir, g, corpus)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { r.Close() })
	return r, dir
}

// shared holds the indexes Shared built, by corpus folder, and whether
// Main runs the tests (and so will remove them).
var shared struct {
	sync.Mutex
	m    map[string]sharedIndex
	main bool
}

type sharedIndex struct {
	r   *index.Reader
	dir string
	err error
}

// Main runs a package's tests in a temporary folder of their own (TMPDIR,
// so t.TempDir and the processes the tests start use it too), then closes
// the indexes Shared built and removes the folder. A test binary has no
// other hook that runs after its last test: each run used to leave its
// shared index (5 MB for testdata/sample) in /tmp for good, and Chromium,
// which the browser tests drive, its org.chromium.Chromium.* folders. A
// package that calls Shared has
//
//	func TestMain(m *testing.M) { testindex.Main(m) }
//
// and passes the functions that close its own shared resources (a browser)
// as cleanups, which run after the tests and before the folder goes.
func Main(m *testing.M, cleanups ...func()) {
	tmp, err := os.MkdirTemp("", "readouts-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "testindex:", err)
		os.Exit(1)
	}
	os.Setenv("TMPDIR", tmp)
	shared.Lock()
	shared.main = true
	shared.Unlock()
	code := m.Run()
	for _, c := range cleanups {
		c()
	}
	err = removeShared()
	if rerr := os.RemoveAll(tmp); rerr != nil {
		err = errors.Join(err, fmt.Errorf("remove the tests' temporary folder: %w", rerr))
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "testindex:", err)
		if code == 0 {
			code = 1
		}
	}
	os.Exit(code)
}

// removeShared closes every shared index and deletes its folder.
func removeShared() error {
	shared.Lock()
	defer shared.Unlock()
	var errs []error
	for corpus, s := range shared.m {
		if s.r != nil {
			if err := s.r.Close(); err != nil {
				errs = append(errs, fmt.Errorf("close shared index of %s: %w", corpus, err))
			}
		}
		if s.dir != "" {
			if err := os.RemoveAll(s.dir); err != nil {
				errs = append(errs, fmt.Errorf("remove shared index of %s: %w", corpus, err))
			}
		}
		delete(shared.m, corpus)
	}
	return errors.Join(errs...)
}

// Shared builds the corpus folder once per test binary and gives every
// caller the same Reader, so that the tests of a package share one index
// instead of each building its own. The index lives in a temporary folder
// until the tests end; Main, which the package's TestMain must call,
// removes it then. A failed build fails every caller.
func Shared(tb testing.TB, corpus string) *index.Reader {
	tb.Helper()
	if abs, err := filepath.Abs(corpus); err == nil {
		corpus = abs // "testdata/x" and Root()+"/internal/server/testdata/x" share one index
	}
	shared.Lock()
	defer shared.Unlock()
	if !shared.main {
		tb.Fatal("testindex.Shared: the package's TestMain must call testindex.Main, which removes the shared index when the tests end")
	}
	s, ok := shared.m[corpus]
	if !ok {
		s.dir, s.err = os.MkdirTemp("", "readouts-testindex-")
		var g *gazetteer.Gazetteer
		if s.err == nil {
			g, s.err = loadGazetteer()
		}
		if s.err == nil {
			s.r, s.err = build(s.dir, g, []string{corpus})
		}
		if shared.m == nil {
			shared.m = map[string]sharedIndex{}
		}
		shared.m[corpus] = s
	}
	if s.err != nil {
		tb.Fatalf("shared test index of %s: %v", corpus, s.err)
	}
	return s.r
}

// build indexes corpus into dir as the indexer does and opens it.
func build(dir string, g *gazetteer.Gazetteer, corpus []string) (*index.Reader, error) {
	_, err := index.Build(context.Background(), index.BuildOptions{
		Dir:         dir,
		Corpus:      corpus,
		Parse:       options(g),
		Fingerprint: "test " + g.Fingerprint(),
	})
	if err != nil {
		return nil, fmt.Errorf("build index: %w", err)
	}
	r, err := index.Open(dir, index.ReaderOptions{Canonical: g.Canonical, Country: g.KnownCountry, Aliases: g.Aliases})
	if err != nil {
		return nil, fmt.Errorf("open index: %w", err)
	}
	return r, nil
}
