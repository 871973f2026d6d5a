package index

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/readouts/readouts/internal/corpus"
	"github.com/readouts/readouts/internal/readout"
)

// testCorpus is a corpus folder named "c" in a temp dir, with an index dir
// beside it.
type testCorpus struct {
	t      *testing.T
	root   string // the corpus folder
	index  string
	mtimes int // bumps modification times so that every write is seen as one
}

func newTestCorpus(t *testing.T) *testCorpus {
	t.Helper()
	dir := t.TempDir()
	c := &testCorpus{t: t, root: filepath.Join(dir, "c"), index: filepath.Join(dir, "index")}
	if err := os.MkdirAll(c.root, 0o755); err != nil {
		t.Fatal(err)
	}
	return c
}

// docText is a readout with n paragraphs that mention word.
func docText(word string, n int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "title: Readout about %s\ndate: 2024-03-01\nsource: Test\n\n", word)
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "Paragraph %d: the ministers discussed %s at length and agreed to meet again soon.\n\n", i, word)
	}
	return b.String()
}

// write creates or replaces name (relative to the corpus folder) with a
// modification time later than any before it.
func (c *testCorpus) write(name, content string) {
	c.t.Helper()
	path := filepath.Join(c.root, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		c.t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		c.t.Fatal(err)
	}
	c.touch(name)
}

func (c *testCorpus) touch(name string) {
	c.t.Helper()
	c.mtimes++
	mt := time.Date(2025, 1, 1, 0, 0, c.mtimes, 0, time.UTC)
	if err := os.Chtimes(filepath.Join(c.root, filepath.FromSlash(name)), mt, mt); err != nil {
		c.t.Fatal(err)
	}
}

func (c *testCorpus) remove(name string) {
	c.t.Helper()
	if err := os.Remove(filepath.Join(c.root, filepath.FromSlash(name))); err != nil {
		c.t.Fatal(err)
	}
}

func (c *testCorpus) rename(from, to string) {
	c.t.Helper()
	if err := os.Rename(filepath.Join(c.root, filepath.FromSlash(from)), filepath.Join(c.root, filepath.FromSlash(to))); err != nil {
		c.t.Fatal(err)
	}
}

func (c *testCorpus) opts() BuildOptions {
	return BuildOptions{Dir: c.index, Corpus: []string{c.root}, Fingerprint: "parser=1 gazetteer=g1", Keep: 1}
}

func (c *testCorpus) build(mod ...func(*BuildOptions)) *Summary {
	c.t.Helper()
	o := c.opts()
	for _, m := range mod {
		m(&o)
	}
	sum, err := Build(context.Background(), o)
	if err != nil {
		c.t.Fatalf("Build: %v", err)
	}
	return sum
}

// counts is what a summary says about files, the part tests compare.
type counts struct{ Added, Changed, Renamed, Deleted, Unchanged, Skipped int }

func countsOf(s *Summary) counts {
	return counts{s.Added, s.Changed, s.Renamed, s.Deleted, s.Unchanged, s.Skipped}
}

// indexed opens the current generation read-only and returns its paragraph
// count and the number of paragraphs per document.
func (c *testCorpus) indexed() (uint64, func(docID string) int) {
	c.t.Helper()
	cur, err := CurrentGeneration(c.index)
	if err != nil {
		c.t.Fatal(err)
	}
	idx, err := bleve.OpenUsing(filepath.Join(cur, bleveDir), map[string]any{"read_only": true})
	if err != nil {
		c.t.Fatal(err)
	}
	c.t.Cleanup(func() { idx.Close() })
	n, err := idx.DocCount()
	if err != nil {
		c.t.Fatal(err)
	}
	return n, func(docID string) int {
		ids := make([]string, 200) // more than any test document had
		for i := range ids {
			ids[i] = paragraphID(docID, i+1)
		}
		q := query.NewDocIDQuery(ids)
		res, err := idx.Search(bleve.NewSearchRequestOptions(q, 0, 0, false))
		if err != nil {
			c.t.Fatal(err)
		}
		return int(res.Total)
	}
}

// TestBuildIncremental walks one corpus through the changes cron sees, and
// checks after each run what the summary says and what the index holds.
func TestBuildIncremental(t *testing.T) {
	c := newTestCorpus(t)
	c.write("a.txt", docText("alpha", 3))
	c.write("b.txt", docText("bravo", 5))
	c.write("sub/c.txt", docText("charlie", 2))

	steps := []struct {
		name      string
		change    func()
		want      counts
		published bool
		paras     map[string]int // document -> paragraphs in the index
		total     int
	}{
		{"first run indexes everything", func() {}, counts{Added: 3}, true,
			map[string]int{"c/a.txt": 3, "c/b.txt": 5, "c/sub/c.txt": 2}, 10},
		{"nothing changed is a no-op", func() {}, counts{Unchanged: 3}, false,
			map[string]int{"c/a.txt": 3, "c/b.txt": 5, "c/sub/c.txt": 2}, 10},
		{"a new file is added", func() { c.write("d.txt", docText("delta", 4)) }, counts{Added: 1, Unchanged: 3}, true,
			map[string]int{"c/a.txt": 3, "c/b.txt": 5, "c/sub/c.txt": 2, "c/d.txt": 4}, 14},
		// The story of the shrinking document: b had 5 paragraphs, now 2;
		// paragraphs 3 to 5 must not linger in search results.
		{"a changed file with fewer paragraphs loses the rest", func() { c.write("b.txt", docText("bravo", 2)) }, counts{Changed: 1, Unchanged: 3}, true,
			map[string]int{"c/a.txt": 3, "c/b.txt": 2, "c/sub/c.txt": 2, "c/d.txt": 4}, 11},
		{"a changed file with more paragraphs", func() { c.write("a.txt", docText("alpha", 6)) }, counts{Changed: 1, Unchanged: 3}, true,
			map[string]int{"c/a.txt": 6, "c/b.txt": 2, "c/sub/c.txt": 2, "c/d.txt": 4}, 14},
		{"a deleted file disappears", func() { c.remove("d.txt") }, counts{Deleted: 1, Unchanged: 3}, true,
			map[string]int{"c/a.txt": 6, "c/b.txt": 2, "c/sub/c.txt": 2, "c/d.txt": 0}, 10},
		{"a renamed file moves", func() { c.rename("sub/c.txt", "sub/c2.txt") }, counts{Renamed: 1, Unchanged: 2}, true,
			map[string]int{"c/sub/c.txt": 0, "c/sub/c2.txt": 2}, 10},
		{"touched but unchanged is a no-op", func() { c.touch("a.txt") }, counts{Unchanged: 3}, false,
			map[string]int{"c/a.txt": 6}, 10},
		{"a file turning bad is skipped and its paragraphs removed", func() { c.write("b.txt", "\xff\xfe not text") }, counts{Skipped: 1, Unchanged: 2}, true,
			map[string]int{"c/b.txt": 0, "c/a.txt": 6}, 8},
		{"a skipped file is reported once", func() {}, counts{Unchanged: 3}, false, nil, 8},
		{"a repaired file comes back", func() { c.write("b.txt", docText("bravo", 1)) }, counts{Changed: 1, Unchanged: 2}, true,
			map[string]int{"c/b.txt": 1}, 9},
	}
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			st.change()
			sum := c.build()
			if got := countsOf(sum); got != st.want {
				t.Errorf("summary = %+v, want %+v", got, st.want)
			}
			if sum.Published != st.published {
				t.Errorf("published = %v, want %v", sum.Published, st.published)
			}
			if sum.Paragraphs != st.total {
				t.Errorf("summary paragraphs = %d, want %d", sum.Paragraphs, st.total)
			}
			total, perDoc := c.indexed()
			if total != uint64(st.total) {
				t.Errorf("index holds %d paragraphs, want %d", total, st.total)
			}
			for doc, want := range st.paras {
				if got := perDoc(doc); got != want {
					t.Errorf("%s: %d paragraphs in the index, want %d", doc, got, want)
				}
			}
		})
	}
}

func TestBuildSkipsBadFiles(t *testing.T) {
	c := newTestCorpus(t)
	c.write("good.txt", docText("good", 2))
	c.write("invalid.txt", "caf\xe9 au lait, in Latin-1, which is not UTF-8 at all")
	c.write("binary.txt", "PK\x03\x04\x00\x00 zip bytes")
	c.write("empty.txt", "")
	c.write("blank.md", "   \n\n  \n")
	c.write("big.txt", docText("big", 40))
	unreadable := os.Geteuid() != 0
	if unreadable {
		c.write("secret.txt", docText("secret", 1))
		if err := os.Chmod(filepath.Join(c.root, "secret.txt"), 0); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { os.Chmod(filepath.Join(c.root, "secret.txt"), 0o644) })
	} else {
		t.Log("running as root, which reads any file: not testing an unreadable file")
	}

	sum := c.build(func(o *BuildOptions) { o.Parse.MaxFileBytes = 2000 })
	reasons := map[string]string{}
	for _, s := range sum.SkippedFiles {
		reasons[filepath.Base(s.File)] = s.Reason
	}
	want := map[string]string{
		"invalid.txt": "invalid UTF-8",
		"binary.txt":  "binary content",
		"empty.txt":   "no text",
		"blank.md":    "no text",
		"big.txt":     "too large",
	}
	if unreadable {
		want["secret.txt"] = "permission denied"
	}
	for file, reason := range want {
		if !strings.Contains(reasons[file], reason) {
			t.Errorf("%s: skipped for %q, want a reason containing %q", file, reasons[file], reason)
		}
		if strings.Contains(reasons[file], c.root) {
			t.Errorf("%s: reason %q repeats the path", file, reasons[file])
		}
	}
	if sum.Skipped != len(want) || sum.Added != 1 || sum.Documents != 1 || sum.Paragraphs != 2 {
		t.Errorf("summary %+v: want %d skipped, 1 added, 1 document, 2 paragraphs", countsOf(sum), len(want))
	}

	// Skips are reported once; the next run is quiet.
	sum = c.build(func(o *BuildOptions) { o.Parse.MaxFileBytes = 2000 })
	if sum.Skipped != 0 || sum.Published {
		t.Errorf("second run: %+v published=%v, want no skips and nothing published", countsOf(sum), sum.Published)
	}

	if unreadable {
		// chmod does not change the modification time; the file is read
		// again on every run and indexed once it can be.
		os.Chmod(filepath.Join(c.root, "secret.txt"), 0o644)
		sum = c.build(func(o *BuildOptions) { o.Parse.MaxFileBytes = 2000 })
		if sum.Changed != 1 || sum.Documents != 2 {
			t.Errorf("after chmod: %+v, %d documents; want 1 changed, 2 documents", countsOf(sum), sum.Documents)
		}
	}
}

// TestBuildUnreadableFolder: a folder that cannot be listed keeps what it
// had in the index, rather than looking deleted.
func TestBuildUnreadableFolder(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("running as root, which lists any folder")
	}
	c := newTestCorpus(t)
	c.write("a.txt", docText("alpha", 2))
	c.write("locked/b.txt", docText("bravo", 3))
	c.build()
	locked := filepath.Join(c.root, "locked")
	if err := os.Chmod(locked, 0); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(locked, 0o755) })
	sum := c.build()
	if sum.Deleted != 0 || sum.Paragraphs != 5 || sum.Skipped != 1 {
		t.Errorf("summary %+v with %d paragraphs; want nothing deleted, 5 paragraphs, 1 skipped", countsOf(sum), sum.Paragraphs)
	}
}

func TestBuildFullRebuild(t *testing.T) {
	c := newTestCorpus(t)
	c.write("a.txt", docText("alpha", 2))
	c.write("b.txt", docText("bravo", 2))
	if sum := c.build(); sum.Rebuilt != "no index yet" {
		t.Errorf("first run: rebuilt = %q", sum.Rebuilt)
	}
	tests := []struct {
		name string
		mod  func(*BuildOptions)
		want string
	}{
		{"--rebuild", func(o *BuildOptions) { o.Rebuild = true }, "--rebuild"},
		{"gazetteer changed", func(o *BuildOptions) { o.Fingerprint = "parser=1 gazetteer=g2" },
			"analysis changed: gazetteer (g1 -> g2)"},
		{"parse option added", func(o *BuildOptions) { o.Fingerprint = "parser=1 gazetteer=g2 min=10" },
			"analysis changed: min (none -> 10)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sum := c.build(tt.mod)
			if sum.Rebuilt != tt.want {
				t.Errorf("rebuilt = %q, want %q", sum.Rebuilt, tt.want)
			}
			if !sum.Published || sum.Added != 2 || sum.Paragraphs != 4 {
				t.Errorf("summary %+v published=%v paragraphs=%d", countsOf(sum), sum.Published, sum.Paragraphs)
			}
			if n, _ := c.indexed(); n != 4 {
				t.Errorf("index holds %d paragraphs, want 4", n)
			}
		})
	}
}

// TestBuildKeepsIndexWhenCorpusVanishes: an unmounted disk must not empty
// the index; --rebuild accepts it.
func TestBuildKeepsIndexWhenCorpusVanishes(t *testing.T) {
	c := newTestCorpus(t)
	c.write("a.txt", docText("alpha", 2))
	c.build()
	c.remove("a.txt")
	_, err := Build(context.Background(), c.opts())
	if !errors.Is(err, ErrCorpusGone) {
		t.Fatalf("Build = %v, want ErrCorpusGone", err)
	}
	if n, _ := c.indexed(); n != 2 {
		t.Errorf("index holds %d paragraphs after the refusal, want 2", n)
	}
	sum := c.build(func(o *BuildOptions) { o.Rebuild = true })
	if sum.Documents != 0 {
		t.Errorf("after --rebuild: %d documents, want 0", sum.Documents)
	}
}

// TestBuildAfterCrash: a run killed before publishing leaves a .tmp folder
// and maybe a finished but unpublished generation; the next run ignores
// both, publishes, and cleans up.
func TestBuildAfterCrash(t *testing.T) {
	c := newTestCorpus(t)
	c.write("a.txt", docText("alpha", 2))
	first := c.build().Generation
	// Leftovers of killed runs.
	for _, dir := range []string{"gen-000002.tmp/bleve", "gen-000003/bleve"} {
		if err := os.MkdirAll(filepath.Join(c.index, dir), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	os.WriteFile(filepath.Join(c.index, "gen-000002.tmp", "bleve", "junk"), []byte("half"), 0o644)
	os.WriteFile(filepath.Join(c.index, "CURRENT.tmp"), []byte("gen-000003\n"), 0o644)
	if cur, _ := CurrentGeneration(c.index); filepath.Base(cur) != first {
		t.Fatalf("CURRENT = %s, want %s", cur, first)
	}

	c.write("b.txt", docText("bravo", 3))
	sum := c.build()
	if sum.Generation != "gen-000004" || sum.Added != 1 || sum.Paragraphs != 5 {
		t.Errorf("after crash: generation %s, %+v, %d paragraphs; want gen-000004, 1 added, 5 paragraphs", sum.Generation, countsOf(sum), sum.Paragraphs)
	}
	entries, _ := os.ReadDir(c.index)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	got := strings.Join(names, " ")
	// keep=1: the newest generation besides current stays; the .tmp goes.
	if want := "CURRENT gen-000003 gen-000004 indexer.lock"; got != want {
		t.Errorf("index folder holds %q, want %q", got, want)
	}
}

// TestBuildRecoversFromBrokenGeneration: when the current generation's
// Bleve index is damaged, the next run rebuilds in full instead of failing
// forever.
func TestBuildRecoversFromBrokenGeneration(t *testing.T) {
	c := newTestCorpus(t)
	c.write("a.txt", docText("alpha", 2))
	c.build()
	cur, _ := CurrentGeneration(c.index)
	// A torn write (a disk that lied about fsync): the bolt root is garbage.
	if err := os.WriteFile(filepath.Join(cur, bleveDir, "store", "root.bolt"), []byte("garbage"), 0o644); err != nil {
		t.Fatal(err)
	}
	c.write("b.txt", docText("bravo", 1))
	sum := c.build()
	if !strings.Contains(sum.Rebuilt, "open clone") || sum.Paragraphs != 3 {
		t.Errorf("rebuilt = %q, paragraphs = %d; want a full build after a failed open, 3 paragraphs", sum.Rebuilt, sum.Paragraphs)
	}
	if n, _ := c.indexed(); n != 3 {
		t.Errorf("index holds %d paragraphs, want 3", n)
	}
}

func TestBuildLocked(t *testing.T) {
	c := newTestCorpus(t)
	c.write("a.txt", docText("alpha", 1))
	os.MkdirAll(c.index, 0o755)
	unlock, err := lock(c.index, 0)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	_, err = Build(context.Background(), BuildOptions{Dir: c.index, Corpus: []string{c.root}, LockWait: 300 * time.Millisecond})
	if !errors.Is(err, ErrLocked) {
		t.Fatalf("Build = %v, want ErrLocked", err)
	}
	if d := time.Since(start); d < 300*time.Millisecond {
		t.Errorf("gave up after %v, want it to wait 300ms", d)
	}
	if !strings.Contains(err.Error(), fmt.Sprintf("pid %d", os.Getpid())) {
		t.Errorf("error %q does not name the holder", err)
	}
	// Waiting long enough succeeds once the holder leaves.
	go func() { time.Sleep(200 * time.Millisecond); unlock() }()
	if _, err := Build(context.Background(), BuildOptions{Dir: c.index, Corpus: []string{c.root}, LockWait: 10 * time.Second}); err != nil {
		t.Fatalf("Build with --wait: %v", err)
	}
}

// TestBuildNoOpReadsNothing: a run over an unchanged corpus decides from
// the files' sizes and modification times alone; it reads and parses none
// of them, which is what keeps a cron run over thousands of documents
// cheap (BenchmarkBuildNoOp times it). After the first build every file is
// overwritten with other bytes of the same size and given back its
// modification time: a no-op that read a file would hash it as changed,
// and one that parsed it would call the attributor, so neither can pass.
// Touching one file afterwards shows the two counts do see a read.
func TestBuildNoOpReadsNothing(t *testing.T) {
	const files = 300
	c := newTestCorpus(t)
	names := make([]string, files)
	for i := range names {
		names[i] = fmt.Sprintf("d%02d/doc%04d.txt", i%50, i)
		c.write(names[i], docText(fmt.Sprintf("topic%d", i), 2))
	}
	var parses countingAttributor
	counting := func(o *BuildOptions) { o.Parse.Attributor = &parses }
	if sum := c.build(counting); sum.Added != files || parses.n.Load() != files {
		t.Fatalf("first run: %+v, %d documents parsed; want %d added and parsed", countsOf(sum), parses.n.Load(), files)
	}
	for _, name := range names {
		path := filepath.Join(c.root, filepath.FromSlash(name))
		fi, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		// Same size, same modification time, different content (a file
		// of spaces parses to no document: a read would be seen).
		if err := os.WriteFile(path, []byte(strings.Repeat(" ", int(fi.Size()))), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(path, fi.ModTime(), fi.ModTime()); err != nil {
			t.Fatal(err)
		}
	}
	parses.n.Store(0)
	sum := c.build(counting)
	if got := countsOf(sum); sum.Published || got != (counts{Unchanged: files}) || parses.n.Load() != 0 {
		t.Fatalf("no-op run: %+v published=%v, %d documents parsed; want %d unchanged, nothing published or parsed",
			got, sum.Published, parses.n.Load(), files)
	}
	if n, _ := c.indexed(); n != 2*files {
		t.Errorf("index holds %d paragraphs after the no-op, want %d", n, 2*files)
	}
	// The check can fail: a touched file is read, and its new content is a
	// change (it no longer holds a document).
	c.write(names[7], docText("touched", 1))
	sum = c.build(counting)
	if got := countsOf(sum); got != (counts{Changed: 1, Unchanged: files - 1}) || parses.n.Load() != 1 {
		t.Errorf("after writing one file: %+v, %d documents parsed; want 1 changed and parsed", got, parses.n.Load())
	}
}

// BenchmarkBuildNoOp times a run over 3,000 unchanged documents (the time a
// cron run pays when nothing changed; about 20 ms here when it was a timed
// test). TestBuildNoOpReadsNothing checks why it is cheap.
//
//	go test ./internal/index -run '^$' -bench BuildNoOp
func BenchmarkBuildNoOp(b *testing.B) {
	dir := b.TempDir()
	root := filepath.Join(dir, "c")
	for i := 0; i < 3000; i++ {
		path := filepath.Join(root, fmt.Sprintf("d%02d", i%50), fmt.Sprintf("doc%04d.txt", i))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(docText(fmt.Sprintf("topic%d", i), 2)), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	opts := BuildOptions{Dir: filepath.Join(dir, "index"), Corpus: []string{root}, Fingerprint: "parser=1 gazetteer=g1", Keep: 1}
	if _, err := Build(context.Background(), opts); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		sum, err := Build(context.Background(), opts)
		if err != nil {
			b.Fatal(err)
		}
		if sum.Published || sum.Unchanged != 3000 {
			b.Fatalf("no-op run: %+v published=%v", countsOf(sum), sum.Published)
		}
	}
}

// TestBuildKeepsSegmentsFew: every incremental run adds a segment; without
// merging, a day of cron runs would leave hundreds for each search to visit.
func TestBuildKeepsSegmentsFew(t *testing.T) {
	c := newTestCorpus(t)
	c.write("base.txt", docText("base", 3))
	c.build()
	const runs = 30
	for i := 0; i < runs; i++ {
		c.write(fmt.Sprintf("n%02d.txt", i), docText(fmt.Sprintf("new%d", i), 1))
		c.build()
	}
	cur, _ := CurrentGeneration(c.index)
	segs, _ := filepath.Glob(filepath.Join(cur, bleveDir, "store", "*.zap"))
	if len(segs) > 12 {
		t.Errorf("%d segments after %d incremental runs, want at most 12", len(segs), runs)
	}
	if n, _ := c.indexed(); n != 3+runs {
		t.Errorf("index holds %d paragraphs, want %d", n, 3+runs)
	}
	t.Logf("%d segments after %d incremental runs", len(segs), runs)
}

func TestParseOneReasons(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "gone.txt")
	r := parseOne(corpus.File{Key: "c/gone.txt", Path: p, Size: 10}, readout.Options{})
	if !r.entry.unreadable() || !strings.Contains(r.entry.Skipped, "no such file") || strings.Contains(r.entry.Skipped, dir) {
		t.Errorf("vanished file: entry %+v, want unreadable with a reason without the path", r.entry)
	}
}

func TestFingerprintDiff(t *testing.T) {
	tests := []struct{ was, now, want string }{
		{"parser=1 gazetteer=a", "parser=2 gazetteer=a", "parser (1 -> 2)"},
		{"parser=1 gazetteer=a", "parser=1 gazetteer=b max=9", "gazetteer (a -> b), max (none -> 9)"},
		{"x", "y", "y (none -> yes), x (yes -> none)"},
		{"", "parser=1", "parser (none -> 1)"},
		{"gazetteer=5bf5cb015040d3ba15ddf64a", "gazetteer=50562d5d7608933d24b9dd48", "gazetteer (5bf5cb015040… -> 50562d5d7608…)"},
	}
	for _, tt := range tests {
		if got := fingerprintDiff(tt.was, tt.now); got != tt.want {
			t.Errorf("fingerprintDiff(%q, %q) = %q, want %q", tt.was, tt.now, got, tt.want)
		}
	}
}

// panicky is an attributor that panics on documents whose title holds
// "boom", as a bug in attribution would.
type panicky struct{}

func (panicky) Attribute(doc *readout.Document) {
	if strings.Contains(doc.Title, "boom") {
		var s []int
		_ = s[len(doc.Title)-1000] // index out of range, like the coordinated-subjects bug
	}
	for i := range doc.Paragraphs {
		doc.Paragraphs[i].Speakers = []string{"Someone"}
	}
}

// A document whose attribution panics costs its speakers and one warning,
// not the run: it is indexed without speakers, the others as usual.
func TestBuildSurvivesAttributionPanic(t *testing.T) {
	c := newTestCorpus(t)
	c.write("good.txt", docText("Minsk", 2))
	c.write("bad.txt", strings.Replace(docText("Taiwan", 3), "Readout about", "boom readout about", 1))
	sum := c.build(func(o *BuildOptions) { o.Parse.Attributor = panicky{} })
	if got := countsOf(sum); got != (counts{Added: 2}) {
		t.Errorf("counts %+v, want 2 added", got)
	}
	if sum.Warnings != 1 {
		t.Errorf("warnings %d, want 1 (the document whose attribution failed)", sum.Warnings)
	}
	n, paras := c.indexed()
	if n != 5 || paras("c/bad.txt") != 3 || paras("c/good.txt") != 2 {
		t.Errorf("indexed %d paragraphs (bad %d, good %d), want 5 (3, 2)", n, paras("c/bad.txt"), paras("c/good.txt"))
	}
}

// countingAttributor counts the documents parsed.
type countingAttributor struct{ n atomic.Int64 }

func (a *countingAttributor) Attribute(*readout.Document) { a.n.Add(1) }

// TestBuildReadsAhead: a build parses files a few at a time ahead of the
// batches that index them, not the whole corpus first, so that its memory
// does not grow with the corpus (a full build of 10 million paragraphs
// held 17-20 GB when it parsed everything first). Each file here is one
// document; when the batches take the k-th file, at most readAhead and a
// worker per core more can have been parsed.
func TestBuildReadsAhead(t *testing.T) {
	c := newTestCorpus(t)
	const files = 200
	for i := range files {
		c.write(fmt.Sprintf("doc%03d.txt", i), docText(fmt.Sprintf("topic%d", i), 2))
	}
	var a countingAttributor
	var most int64
	sum := c.build(func(o *BuildOptions) {
		o.Parse.Attributor = &a
		o.batchOps = 2 // a batch per file: the batches pace the reading
		o.Progress = func(done, total int) {
			most = max(most, a.n.Load()-int64(done))
		}
	})
	if sum.Added != files || a.n.Load() != files {
		t.Fatalf("added %d files, parsed %d documents; want %d", sum.Added, a.n.Load(), files)
	}
	if limit := int64(readAhead + runtime.GOMAXPROCS(0) + 1); most > limit {
		t.Errorf("%d files parsed ahead of the batches, want at most %d", most, limit)
	}
}

// TestRaiseGC checks that a build's collector target is raised only from
// a lower one, and put back.
func TestRaiseGC(t *testing.T) {
	prev := debug.SetGCPercent(100)
	defer debug.SetGCPercent(prev)
	restore := raiseGC()
	if got := debug.SetGCPercent(buildGCPercent); got != buildGCPercent {
		t.Errorf("during a build GOGC = %d, want %d", got, buildGCPercent)
	}
	restore()
	if got := debug.SetGCPercent(400); got != 100 {
		t.Errorf("after a build GOGC = %d, want 100 back", got)
	}
	restore = raiseGC()
	if got := debug.SetGCPercent(400); got != 400 {
		t.Errorf("a higher GOGC was lowered to %d", got)
	}
	restore()
	debug.SetGCPercent(-1)
	restore = raiseGC()
	if got := debug.SetGCPercent(-1); got != -1 {
		t.Errorf("GOGC=off was set to %d", got)
	}
	restore()
}
