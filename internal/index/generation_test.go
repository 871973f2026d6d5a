package index

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

func TestCurrentGeneration(t *testing.T) {
	tests := []struct {
		current string // "" for no CURRENT file
		want    string
		wantErr string
	}{
		{"", "", "no index has been built yet"},
		{"gen-000007\n", "gen-000007", ""},
		{"gen-000007.tmp\n", "", "not a generation"},
		{"../etc\n", "", "not a generation"},
		{"gen-1/../../x\n", "", "not a generation"},
	}
	for _, tt := range tests {
		dir := t.TempDir()
		if tt.current != "" {
			os.WriteFile(filepath.Join(dir, currentFile), []byte(tt.current), 0o644)
		}
		got, err := CurrentGeneration(dir)
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("CURRENT %q: error %v, want %q", tt.current, err, tt.wantErr)
			}
			continue
		}
		if err != nil || filepath.Base(got) != tt.want {
			t.Errorf("CURRENT %q: got %q, %v; want %q", tt.current, got, err, tt.want)
		}
	}
	if _, err := CurrentGeneration(t.TempDir()); !errors.Is(err, ErrNoIndex) {
		t.Errorf("empty folder: %v, want ErrNoIndex", err)
	}
}

func TestNextGenerationCountsUnfinished(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"gen-000002", "gen-000009.tmp", "gen-000004", "other"} {
		os.Mkdir(filepath.Join(dir, name), 0o755)
	}
	got, err := nextGeneration(dir)
	if err != nil || got != "gen-000010" {
		t.Errorf("nextGeneration = %q, %v; want gen-000010", got, err)
	}
}

func TestCleanup(t *testing.T) {
	tests := []struct {
		keep int
		want string
	}{
		{0, "CURRENT gen-1000000 keep.txt"},
		{1, "CURRENT gen-1000000 gen-999999 keep.txt"},
		{5, "CURRENT gen-000001 gen-000002 gen-000010 gen-1000000 gen-999999 keep.txt"},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint("keep=", tt.keep), func(t *testing.T) {
			dir := t.TempDir()
			// Numbers past six digits must still sort as numbers.
			for _, name := range []string{"gen-000001", "gen-000002", "gen-000010", "gen-999999", "gen-1000000", "gen-1000001.tmp"} {
				os.Mkdir(filepath.Join(dir, name), 0o755)
			}
			os.WriteFile(filepath.Join(dir, "CURRENT"), []byte("gen-1000000\n"), 0o644)
			os.WriteFile(filepath.Join(dir, "keep.txt"), nil, 0o644)
			if err := cleanup(dir, filepath.Join(dir, "gen-1000000"), tt.keep); err != nil {
				t.Fatal(err)
			}
			if got := listDir(t, dir); got != tt.want {
				t.Errorf("left %q, want %q", got, tt.want)
			}
		})
	}
}

func listDir(t *testing.T, dir string) string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return strings.Join(names, " ")
}

// TestIncrementalBuildLeavesServedGenerationAlone proves the rule searchd
// relies on: an incremental run reads the generation being served but
// never writes a byte into it (segments are hard-linked, the rest copied).
func TestIncrementalBuildLeavesServedGenerationAlone(t *testing.T) {
	c := newTestCorpus(t)
	for i := 0; i < 20; i++ {
		c.write(fmt.Sprintf("d%02d.txt", i), docText(fmt.Sprintf("topic%d", i), 3))
	}
	c.build()
	served, _ := CurrentGeneration(c.index)
	before := fingerprintTree(t, served)

	c.write("d00.txt", docText("changed", 1))
	c.remove("d01.txt")
	c.write("new.txt", docText("new", 4))
	sum := c.build()
	if !sum.Published || sum.Changed != 1 || sum.Deleted != 1 || sum.Added != 1 {
		t.Fatalf("summary %+v", countsOf(sum))
	}
	if after := fingerprintTree(t, served); after != before {
		t.Errorf("the served generation changed:\nbefore %s\nafter  %s", before, after)
	}

	// Segments are shared, not copied.
	clone := filepath.Join(t.TempDir(), "clone")
	if err := cloneGeneration(filepath.Join(served, bleveDir), clone); err != nil {
		t.Fatal(err)
	}
	linked := 0
	filepath.WalkDir(filepath.Join(served, bleveDir), func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(filepath.Join(served, bleveDir), path)
		var a, b syscall.Stat_t
		if syscall.Stat(path, &a) != nil || syscall.Stat(filepath.Join(clone, rel), &b) != nil {
			t.Errorf("%s missing from the clone", rel)
			return nil
		}
		shared := a.Ino == b.Ino
		if strings.HasSuffix(path, ".zap") != shared {
			t.Errorf("%s: shared with the clone = %v; want segments (*.zap) shared, the rest copied", rel, shared)
		}
		if shared {
			linked++
		}
		return nil
	})
	if linked == 0 {
		t.Error("no segment to share")
	}
}

// fingerprintTree hashes every file's name, size, modification time and
// content under root.
func fingerprintTree(t *testing.T, root string) string {
	t.Helper()
	h := sha256.New()
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		fi, err := d.Info()
		if err != nil {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		fmt.Fprintf(h, "%s %d %d %x\n", path, fi.Size(), fi.ModTime().UnixNano(), sha256.Sum256(b))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return fmt.Sprintf("%x", h.Sum(nil))
}
