package corpus_test

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/readouts/readouts/internal/corpus"
)

// write creates the files of tree (slash paths relative to dir) with their
// contents.
func write(t *testing.T, dir string, tree map[string]string) {
	t.Helper()
	for name, text := range tree {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestScan(t *testing.T) {
	root := t.TempDir()
	a, b, empty := filepath.Join(root, "a"), filepath.Join(root, "b"), filepath.Join(root, "empty")
	write(t, root, map[string]string{
		"a/z.txt": "z", "a/sub/y.md": "y", "a/x.html": "x", "a/rows.jsonl": "{}",
		"a/README.txt": "excluded", "a/.hidden.txt": "hidden", "a/.git/config.txt": "hidden folder",
		"a/photo.jpg":     "ignored",
		"b/w.txt":         "w",
		"empty/notes.pdf": "ignored", "empty/data.csv": "ignored",
	})
	ls, err := corpus.Scan([]string{a, b, empty}, []string{"README*"})
	if err != nil {
		t.Fatal(err)
	}
	var keys []string
	for _, f := range ls.Files {
		keys = append(keys, f.Key)
		if want := filepath.Join(root, filepath.FromSlash(f.Key)); f.Path != want || f.Size == 0 || f.ModTime == 0 {
			t.Errorf("%s: path %s, size %d, mtime %d; want %s and a size and time", f.Key, f.Path, f.Size, f.ModTime, want)
		}
	}
	if want := []string{"a/rows.jsonl", "a/sub/y.md", "a/x.html", "a/z.txt", "b/w.txt"}; !reflect.DeepEqual(keys, want) {
		t.Errorf("keys %v, want %v", keys, want)
	}
	if ls.Ignored != 3 {
		t.Errorf("%d ignored, want 3 (photo.jpg, notes.pdf, data.csv)", ls.Ignored)
	}
	if want := []corpus.EmptyDir{{Path: empty, Ignored: 2}}; !reflect.DeepEqual(ls.Empty, want) {
		t.Errorf("empty %+v, want %+v", ls.Empty, want)
	}
	if got := ls.Empty[0].Reason(); got != "holds no .txt, .md, .html or .jsonl file (2 other files ignored)" {
		t.Errorf("reason %q", got)
	}
	if !ls.Has("a/sub/y.md") || ls.Has("a/README.txt") || ls.Has("a/sub") {
		t.Errorf("Has: a/sub/y.md %v, a/README.txt %v, a/sub %v; want true, false, false", ls.Has("a/sub/y.md"), ls.Has("a/README.txt"), ls.Has("a/sub"))
	}
}

func TestScanErrors(t *testing.T) {
	root := t.TempDir()
	write(t, root, map[string]string{"one/c/a.txt": "a", "two/c/b.txt": "b", "file.txt": "f"})
	for _, tt := range []struct {
		dirs []string
		want string
	}{
		{[]string{filepath.Join(root, "one", "c"), filepath.Join(root, "two", "c")}, `have the same name "c"; document IDs would collide`},
		{[]string{filepath.Join(root, "file.txt")}, "is not a folder"},
		{[]string{filepath.Join(root, "missing")}, "corpus.dirs: "},
	} {
		if _, err := corpus.Scan(tt.dirs, nil); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Scan(%v) = %v, want an error saying %q", tt.dirs, err, tt.want)
		}
	}
}

func TestRead(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{"a.txt": "0123456789"})
	p := filepath.Join(dir, "a.txt")
	c, err := corpus.Read(p, 0)
	if err != nil || string(c.Data) != "0123456789" || c.Size != 10 || c.ModTime == 0 {
		t.Errorf("Read = %q, size %d, mtime %d, %v; want the whole file", c.Data, c.Size, c.ModTime, err)
	}
	// A file over the limit is read one byte past it, enough to tell.
	if c, err := corpus.Read(p, 4); err != nil || string(c.Data) != "01234" || !corpus.TooLarge(int64(len(c.Data)), 4) {
		t.Errorf("Read with max 4 = %q, %v; want 5 bytes, too large", c.Data, err)
	}
	if corpus.TooLarge(10, 0) || corpus.TooLarge(10, 10) || !corpus.TooLarge(11, 10) {
		t.Error("TooLarge: want a limit only when max > 0, and size > max")
	}
	_, err = corpus.Read(filepath.Join(dir, "gone.txt"), 0)
	if !errors.Is(err, fs.ErrNotExist) || strings.Contains(corpus.Pathless(err), dir) {
		t.Errorf("Read of a missing file: %v (%q), want ErrNotExist, and no path once pathless", err, corpus.Pathless(err))
	}
	if _, err := corpus.Read(dir, 0); err == nil || !strings.Contains(err.Error(), "not a regular file") {
		t.Errorf("Read of a folder = %v, want not a regular file", err)
	}
	if h := corpus.Hash([]byte("0123456789")); len(h) != 32 || h != corpus.Hash(c.Data) {
		t.Errorf("Hash = %q, want 32 hex digits, the same for the same content", h)
	}
}
