package index

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A corpus folder given as a link is read through it (it once indexed
// nothing and reported success), under the link's name.
func TestBuildCorpusLink(t *testing.T) {
	c := newTestCorpus(t)
	c.write("a.txt", docText("alpha", 2))
	c.write("sub/b.txt", docText("bravo", 3))
	c.write("bad.txt", "caf\xe9")
	link := filepath.Join(t.TempDir(), "readouts")
	if err := os.Symlink(c.root, link); err != nil {
		t.Fatal(err)
	}
	sum := c.build(func(o *BuildOptions) { o.Corpus = []string{link} })
	if sum.Added != 2 || sum.Documents != 2 || sum.Paragraphs != 5 {
		t.Errorf("summary %+v, %d documents, %d paragraphs; want 2 added, 2 documents, 5 paragraphs", countsOf(sum), sum.Documents, sum.Paragraphs)
	}
	if _, perDoc := c.indexed(); perDoc("readouts/sub/b.txt") != 3 {
		t.Errorf("readouts/sub/b.txt: %d paragraphs, want 3 (documents are named after the link)", perDoc("readouts/sub/b.txt"))
	}
	if len(sum.SkippedFiles) != 1 || sum.SkippedFiles[0].File != filepath.Join(link, "bad.txt") {
		t.Errorf("skipped %+v, want bad.txt under the link's path", sum.SkippedFiles)
	}
}

// A corpus folder that yields no file is reported on every run; when none
// yields any, the run fails instead of publishing an empty index.
func TestBuildEmptyCorpus(t *testing.T) {
	tests := []struct {
		name    string
		files   map[string]map[string]string // corpus folder -> file -> content
		rebuild bool
		wantErr string // "" for success
		skipped []string
	}{
		{name: "empty folder", files: map[string]map[string]string{"c": nil},
			wantErr: "c holds no files"},
		{name: "files of other types", files: map[string]map[string]string{"c": {"a.pdf": "%PDF", "b.doc": "x"}},
			wantErr: "c holds no .txt, .md, .html or .jsonl file (2 other files ignored)"},
		{name: "one of two folders empty", files: map[string]map[string]string{"c": {"a.txt": docText("alpha", 1)}, "d": nil},
			skipped: []string{"d: holds no files"}},
		{name: "--rebuild accepts an empty index", files: map[string]map[string]string{"c": nil}, rebuild: true,
			skipped: []string{"c: holds no files"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			o := BuildOptions{Dir: filepath.Join(dir, "index"), Rebuild: tt.rebuild}
			for folder, files := range tt.files {
				root := filepath.Join(dir, folder)
				if err := os.MkdirAll(root, 0o755); err != nil {
					t.Fatal(err)
				}
				for name, content := range files {
					if err := os.WriteFile(filepath.Join(root, name), []byte(content), 0o644); err != nil {
						t.Fatal(err)
					}
				}
				o.Corpus = append(o.Corpus, root)
			}
			sum, err := Build(context.Background(), o)
			if tt.wantErr != "" {
				if !errors.Is(err, ErrEmptyCorpus) || !strings.Contains(err.Error(), tt.wantErr) || !strings.HasPrefix(err.Error(), "corpus.dirs: ") {
					t.Fatalf("Build = %v, want ErrEmptyCorpus saying %q", err, tt.wantErr)
				}
				if _, err := CurrentGeneration(o.Dir); !errors.Is(err, ErrNoIndex) {
					t.Errorf("a generation was published: %v", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, s := range sum.SkippedFiles {
				got = append(got, filepath.Base(s.File)+": "+s.Reason)
			}
			if strings.Join(got, "\n") != strings.Join(tt.skipped, "\n") || sum.Skipped != len(tt.skipped) {
				t.Errorf("skipped %d: %q, want %q", sum.Skipped, got, tt.skipped)
			}
		})
	}
}

// Raising corpus.max_file_bytes indexes the files skipped before as too
// large, although they did not change (they used to stay skipped until
// touched); lowering it removes them again.
func TestBuildFileLimitChanged(t *testing.T) {
	c := newTestCorpus(t)
	c.write("small.txt", docText("small", 1))
	c.write("big.txt", docText("big", 40))
	limit := func(n int64) func(*BuildOptions) {
		return func(o *BuildOptions) { o.Parse.MaxFileBytes = n }
	}
	steps := []struct {
		name     string
		limit    int64
		want     counts
		bigParas int
	}{
		{"too large for the limit", 2000, counts{Added: 1, Skipped: 1}, 0},
		{"same limit: quiet", 2000, counts{Unchanged: 2}, 0},
		{"limit raised", 1 << 20, counts{Changed: 1, Unchanged: 1}, 40},
		{"same limit: unchanged", 1 << 20, counts{Unchanged: 2}, 40},
		{"limit lowered", 2000, counts{Skipped: 1, Unchanged: 1}, 0},
		{"no limit", 0, counts{Changed: 1, Unchanged: 1}, 40},
	}
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			sum := c.build(limit(st.limit))
			if got := countsOf(sum); got != st.want {
				t.Errorf("summary %+v, want %+v", got, st.want)
			}
			if _, perDoc := c.indexed(); perDoc("c/big.txt") != st.bigParas {
				t.Errorf("c/big.txt: %d paragraphs in the index, want %d", perDoc("c/big.txt"), st.bigParas)
			}
		})
	}
}
