package index_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/readouts/readouts/internal/index"
	"github.com/readouts/readouts/internal/testindex"
)

func versionsSample(t *testing.T) *index.Reader {
	return testindex.Shared(t, testindex.Root()+"/testdata/sample")
}

// TestVersionsSample: the history of real re-posted and edited State
// Department releases of the sample corpus, with what changed.
func TestVersionsSample(t *testing.T) {
	r := versionsSample(t)
	ctx := context.Background()
	for _, tc := range []struct {
		name, id string
		want     []string // doc IDs in time order
		changes  index.VersionChanges
	}{
		{"time edited", "sample/state/2022-02-20_special-presidential-envoy-for-climate-kerrys-travel-to-egypt.txt",
			[]string{"sample/state/2022-02-18_special-presidential-envoy-for-climate-kerrys-travel-to-egypt.txt", "sample/state/2022-02-20_special-presidential-envoy-for-climate-kerrys-travel-to-egypt.txt"},
			index.VersionChanges{Changed: 1, Unchanged: 2}},
		// The -2 post came later (19:30) and fixed "Minster".
		{"typo fixed, asked from the old one", "sample/state/2022-03-14_secretary-blinkens-meeting-with-ivoirian-prime-minister-achi.txt",
			[]string{"sample/state/2022-03-14_secretary-blinkens-meeting-with-ivoirian-prime-minister-achi.txt", "sample/state/2022-03-14_secretary-blinkens-meeting-with-ivoirian-prime-minister-achi-2.txt"},
			index.VersionChanges{Changed: 1, Unchanged: 1}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			vs, err := r.Versions(ctx, tc.id)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, v := range vs {
				got = append(got, v.DocID)
				if v.Current != (v.DocID == tc.id) {
					t.Errorf("%s: current = %v", v.DocID, v.Current)
				}
				if v.Published == "" || v.Title == "" || v.Date == "" {
					t.Errorf("%s: published %q, title %q, date %q; want all three", v.DocID, v.Published, v.Title, v.Date)
				}
			}
			if strings.Join(got, " ") != strings.Join(tc.want, " ") {
				t.Fatalf("versions %v, want %v", got, tc.want)
			}
			if vs[0].Changes != nil {
				t.Errorf("first version has changes %+v, want none", vs[0].Changes)
			}
			if vs[1].Changes == nil || *vs[1].Changes != tc.changes {
				t.Errorf("changes %+v, want %+v", vs[1].Changes, tc.changes)
			}
		})
	}
	vs, err := r.Versions(ctx, "sample/seeds/000_1e93c1123834f146.txt")
	if err != nil || vs == nil || len(vs) != 0 {
		t.Errorf("a seed: %v, %v; want an empty list", vs, err)
	}
	if _, err := r.Versions(ctx, "sample/state/none.txt"); !errors.Is(err, index.ErrNotFound) {
		t.Errorf("unknown document: %v, want ErrNotFound", err)
	}
}

// TestCompareVersionsSample: the words that changed are marked, in order,
// and the two texts can be read back from the comparison.
func TestCompareVersionsSample(t *testing.T) {
	r := versionsSample(t)
	ctx := context.Background()
	const (
		old = "sample/state/2022-02-18_special-presidential-envoy-for-climate-kerrys-travel-to-egypt.txt"
		new = "sample/state/2022-02-20_special-presidential-envoy-for-climate-kerrys-travel-to-egypt.txt"
	)
	// Either order: the earlier version is the old one.
	for _, ids := range [][2]string{{new, old}, {old, new}} {
		d, err := r.CompareVersions(ctx, ids[0], ids[1])
		if err != nil {
			t.Fatal(err)
		}
		if d.Old.DocID != old || d.New.DocID != new {
			t.Fatalf("old %s new %s", d.Old.DocID, d.New.DocID)
		}
		var del, ins []string
		for _, p := range d.Paragraphs {
			if p.Kind != "changed" {
				continue
			}
			for _, w := range p.Words {
				switch w.Op {
				case "delete":
					del = append(del, w.Text)
				case "insert":
					ins = append(ins, w.Text)
				}
			}
		}
		if strings.Join(del, "|") != "17:00|livestreamed" || strings.Join(ins, "|") != "16:30|live-streamed" {
			t.Errorf("deleted %q, inserted %q; want 17:00, livestreamed -> 16:30, live-streamed", del, ins)
		}
		// The new text, paragraph by paragraph, from the comparison.
		want, err := r.Document(ctx, new, "")
		if err != nil {
			t.Fatal(err)
		}
		var rebuilt []string
		for _, p := range d.Paragraphs {
			switch p.Kind {
			case "unchanged", "added":
				rebuilt = append(rebuilt, p.Text)
			case "changed":
				var b strings.Builder
				for _, w := range p.Words {
					if w.Op != "delete" {
						b.WriteString(w.Text)
					}
				}
				rebuilt = append(rebuilt, b.String())
			}
		}
		if len(rebuilt) != len(want.Paragraphs) {
			t.Fatalf("%d paragraphs rebuilt, want %d", len(rebuilt), len(want.Paragraphs))
		}
		for i, p := range want.Paragraphs {
			if rebuilt[i] != p.Text {
				t.Errorf("paragraph %d: %q, want %q", i+1, rebuilt[i], p.Text)
			}
		}
	}
	if _, err := r.CompareVersions(ctx, old, "sample/seeds/000_1e93c1123834f146.txt"); !errors.Is(err, index.ErrNotVersions) {
		t.Errorf("a seed: %v, want ErrNotVersions", err)
	}
	if _, err := r.CompareVersions(ctx, old, "sample/state/none.txt"); !errors.Is(err, index.ErrNotFound) {
		t.Errorf("unknown: %v, want ErrNotFound", err)
	}
}
