package index_test

import (
	"fmt"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/readouts/readouts/internal/readout"
	"github.com/readouts/readouts/internal/testindex"
)

// eachSampleParagraph parses the sample corpus as the indexer does and
// calls visit with each paragraph and its ID ("sample/…#pN"): what the
// shared sample index must hold. The corpus is parsed once per test binary
// (two tests read it; parsing with attribution is most of a second of CPU)
// and visitors only read what it holds.
func eachSampleParagraph(t *testing.T, visit func(id string, p readout.Paragraph)) {
	t.Helper()
	opts := testindex.Options(t) // outside Do: a Fatal there would leave sample empty for the next test
	sample.once.Do(func() { sample.paragraphs, sample.err = parseSample(opts) })
	if sample.err != nil {
		t.Fatal(sample.err)
	}
	for _, sp := range sample.paragraphs {
		visit(sp.id, sp.p)
	}
}

// sample is the parsed sample corpus, in the order WalkDir visits it.
var sample struct {
	once       sync.Once
	paragraphs []sampleParagraph
	err        error
}

type sampleParagraph struct {
	id string
	p  readout.Paragraph
}

func parseSample(opts readout.Options) ([]sampleParagraph, error) {
	root := filepath.Join(testindex.Root(), "testdata")
	var out []sampleParagraph
	err := filepath.WalkDir(filepath.Join(root, "sample"), func(path string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() || !strings.HasSuffix(path, ".txt") {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		docs, err := readout.ParseFile(path, filepath.ToSlash(rel), opts)
		if err != nil {
			return err
		}
		for _, d := range docs {
			for _, p := range d.Paragraphs {
				out = append(out, sampleParagraph{d.ID + "#p" + strconv.Itoa(p.N), p})
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("parse the sample corpus: %w", err)
	}
	return out, nil
}
