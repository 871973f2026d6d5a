package attribution

import (
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"github.com/readouts/readouts/internal/readout"
)

// TestCorpusNames attributes a corpus folder and logs the speaker facet it
// would produce, most frequent first, and the time taken: the quickest way
// to spot junk names. CORPUS=../../../shared/corpus/us_white_house_readouts
// go test -run CorpusNames -v .
func TestCorpusNames(t *testing.T) {
	dir := os.Getenv("CORPUS")
	if dir == "" {
		t.Skip("set CORPUS to a folder of readouts")
	}
	a := New(shipped(t))
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	count := map[string]int{}
	start := time.Now()
	paras := 0
	for _, f := range files {
		docs, err := readout.ParseFile(f, filepath.Base(f), readout.Options{Attributor: a})
		if err != nil {
			continue
		}
		for _, d := range docs {
			for _, p := range d.Paragraphs {
				paras++
				for _, s := range p.Speakers {
					count[s]++
					if s == os.Getenv("WHO") {
						t.Logf("%s ¶%d: %.120s %v", d.ID, p.N, p.Text, p.Why)
					}
				}
			}
		}
	}
	t.Logf("%d files, %d paragraphs in %v", len(files), paras, time.Since(start))
	type kv struct {
		k string
		v int
	}
	var list []kv
	for k, v := range count {
		list = append(list, kv{k, v})
	}
	sort.Slice(list, func(i, j int) bool { return list[i].v > list[j].v })
	for i, e := range list {
		if i < 300 {
			t.Logf("%5d %s", e.v, e.k)
		}
	}
}
