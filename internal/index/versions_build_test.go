package index

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// The sample corpus holds three releases in two versions each, copied from
// the State Department folder.
const (
	kerryOld = "2022-02-18_special-presidential-envoy-for-climate-kerrys-travel-to-egypt.txt"
	kerryNew = "2022-02-20_special-presidential-envoy-for-climate-kerrys-travel-to-egypt.txt"
	achiOld  = "2022-03-14_secretary-blinkens-meeting-with-ivoirian-prime-minister-achi.txt"
	achiNew  = "2022-03-14_secretary-blinkens-meeting-with-ivoirian-prime-minister-achi-2.txt"
	baliOld  = "2022-07-05_secretary-blinkens-travel-to-bali-and-bangkok.txt"
	baliNew  = "2022-07-09_secretary-blinkens-travel-to-bali-bangkok-and-tokyo.txt"
)

func copySample(t *testing.T, dir string, names ...string) {
	t.Helper()
	for _, n := range names {
		b, err := os.ReadFile(filepath.Join("../../testdata/sample/state", n))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, n), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func versionIDs(t *testing.T, r *Reader, id string) []string {
	t.Helper()
	vs, err := r.Versions(context.Background(), id)
	if err != nil {
		t.Fatalf("Versions(%s): %v", id, err)
	}
	var out []string
	for _, v := range vs {
		out = append(out, filepath.Base(v.DocID))
	}
	return out
}

// TestVersionsIncremental: versions are linked across incremental runs (a
// new version of a document indexed in an earlier run), unlinked when one
// goes, and a generation without the versions table is rebuilt in full.
func TestVersionsIncremental(t *testing.T) {
	root := t.TempDir()
	corpus := filepath.Join(root, "state")
	if err := os.Mkdir(corpus, 0o755); err != nil {
		t.Fatal(err)
	}
	opts := BuildOptions{Dir: filepath.Join(root, "index"), Corpus: []string{corpus}, Fingerprint: "test"}
	build := func(want string) *Summary {
		t.Helper()
		sum, err := Build(context.Background(), opts)
		if err != nil {
			t.Fatal(err)
		}
		if sum.Rebuilt != want {
			t.Fatalf("rebuilt %q, want %q", sum.Rebuilt, want)
		}
		return sum
	}
	open := func() *Reader {
		t.Helper()
		r, err := Open(opts.Dir, ReaderOptions{})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { r.Close() })
		return r
	}

	copySample(t, corpus, kerryOld, achiOld)
	build("no index yet")
	if got := versionIDs(t, open(), "state/"+kerryOld); len(got) != 0 {
		t.Fatalf("one version only: versions %v, want none", got)
	}

	copySample(t, corpus, kerryNew) // the old one is not read again
	if sum := build(""); sum.Added != 1 || sum.Unchanged != 2 {
		t.Fatalf("second run: %+v, want 1 added, 2 unchanged", sum)
	}
	r := open()
	if got := versionIDs(t, r, "state/"+kerryOld); len(got) != 2 || got[0] != kerryOld || got[1] != kerryNew {
		t.Fatalf("versions %v, want [%s %s]", got, kerryOld, kerryNew)
	}
	if got := versionIDs(t, r, "state/"+achiOld); len(got) != 0 {
		t.Errorf("another release: versions %v, want none", got)
	}
	if _, err := r.Versions(context.Background(), "state/nope.txt"); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown document: %v, want ErrNotFound", err)
	}

	if err := os.Remove(filepath.Join(corpus, kerryOld)); err != nil {
		t.Fatal(err)
	}
	build("")
	if got := versionIDs(t, open(), "state/"+kerryNew); len(got) != 0 {
		t.Errorf("after deleting the first version: versions %v, want none", got)
	}

	// A generation without a versions table (from before versions, or
	// before releases.bin): rebuilt in full.
	cur, err := CurrentGeneration(opts.Dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(filepath.Join(cur, releasesFn)); err != nil {
		t.Fatal(err)
	}
	copySample(t, corpus, kerryOld)
	sum := build("versions table: open " + filepath.Join(cur, releasesFn) + ": no such file or directory")
	if sum.Documents != 3 {
		t.Errorf("after the rebuild: %d documents, want 3", sum.Documents)
	}
	if got := versionIDs(t, open(), "state/"+kerryNew); len(got) != 2 {
		t.Errorf("after the rebuild: versions %v, want two", got)
	}
}
