package index_test

import (
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/readouts/readouts/internal/readout"
	"github.com/readouts/readouts/internal/testindex"
)

// eachSampleParagraph parses the sample corpus as the indexer does and
// calls visit with each paragraph and its ID ("sample/…#pN"): what the
// shared sample index must hold.
func eachSampleParagraph(t *testing.T, visit func(id string, p readout.Paragraph)) {
	t.Helper()
	root := filepath.Join(testindex.Root(), "testdata")
	opts := testindex.Options(t)
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
				visit(d.ID+"#p"+strconv.Itoa(p.N), p)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
