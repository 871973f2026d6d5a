package index

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"
)

// plainSample is testdata/sample indexed without attribution, built once
// per test binary and shared by the tests that search its text only
// (TestSearchWork, TestRunMatchesExactSort): a build costs about 1.5
// CPU-seconds. Its folder is under TMPDIR, which testindex.Main (this
// package's TestMain) removes when the tests end.
var plainSample struct {
	once sync.Once
	dir  string
	err  error
}

func plainSampleIndex(t *testing.T) string {
	t.Helper()
	plainSample.once.Do(func() {
		plainSample.dir, plainSample.err = os.MkdirTemp("", "readouts-plain-sample-")
		if plainSample.err != nil {
			return
		}
		_, plainSample.err = Build(context.Background(), BuildOptions{
			Dir:         plainSample.dir,
			Corpus:      []string{filepath.Join("..", "..", "testdata", "sample")},
			Exclude:     []string{"README*", "LICENSE*", "MANIFEST*"},
			Fingerprint: "test",
		})
	})
	if plainSample.err != nil {
		t.Fatalf("plain sample index: %v", plainSample.err)
	}
	return plainSample.dir
}
