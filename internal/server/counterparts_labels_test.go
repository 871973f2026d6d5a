package server_test

import (
	"bufio"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/readouts/readouts/internal/pairing"
	"github.com/readouts/readouts/internal/server"
	"github.com/readouts/readouts/internal/testindex"
)

// counterpartLabel is one line of testdata/counterpart_labels.tsv: whether
// document b is an account of the event document a describes, decided by
// reading both.
type counterpartLabel struct {
	split, a, b, why string
	same             bool
}

func loadCounterpartLabels(t *testing.T) []counterpartLabel {
	t.Helper()
	f, err := os.Open("testdata/counterpart_labels.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []counterpartLabel
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		c := strings.Split(line, "\t")
		if len(c) != 5 || (c[0] != "dev" && c[0] != "heldout") || (c[1] != "yes" && c[1] != "no") {
			t.Fatalf("counterpart_labels.tsv:%d: want split, yes|no, a, b, why: %q", n, line)
		}
		out = append(out, counterpartLabel{split: c[0], same: c[1] == "yes", a: c[2], b: c[3], why: c[4]})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// labelCorpus copies, under a temporary folder named corpus, the labelled
// documents of ../shared/corpus and every document of the same folders
// dated within pairing.MaxDays days of one of them (the distractors a
// real index holds), and returns the folder.
func labelCorpus(t *testing.T, root string, labels []counterpartLabel) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "corpus")
	copyFile := func(rel string) {
		dst := filepath.Join(dir, filepath.Base(filepath.Dir(rel)), filepath.Base(rel))
		if _, err := os.Lstat(dst); err == nil {
			return
		}
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			t.Fatal(err)
		}
		// A copy: the indexer skips links to files.
		b, err := os.ReadFile(filepath.Join(root, rel))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(dst, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	days := map[string]bool{} // folder + day of each labelled document
	for _, l := range labels {
		for _, rel := range []string{l.a, l.b} {
			copyFile(rel)
			if d, err := time.Parse(time.DateOnly, fileDay(rel)); err == nil {
				for k := -pairing.MaxDays; k <= pairing.MaxDays; k++ {
					days[filepath.Dir(rel)+" "+d.AddDate(0, 0, k).Format(time.DateOnly)] = true
				}
			}
		}
	}
	for _, folder := range []string{"us_white_house_readouts", "us_state_dept_press_releases", "china_mfa_press_conferences"} {
		entries, err := os.ReadDir(filepath.Join(root, folder))
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			if days[folder+" "+fileDay(e.Name())] && strings.HasSuffix(e.Name(), ".txt") {
				copyFile(folder + "/" + e.Name())
			}
		}
	}
	return dir
}

// fileDay is the yyyy-mm-dd a corpus file name starts with; the file's
// date is read from its header by the indexer, this only picks the
// distractors.
func fileDay(name string) string {
	name = filepath.Base(name)
	if len(name) < 10 {
		return ""
	}
	return name[:10]
}

// TestCounterpartLabels measures the counterparts API on labelled pairs of
// real documents (../shared/corpus): a "yes" pair is found when b is among
// a's counterparts, a "no" pair is a false positive when it is. Precision
// and recall are reported for the dev labels (tuned on) and the held-out
// ones apart; either falling below its floor fails.
func TestCounterpartLabels(t *testing.T) {
	if testing.Short() {
		t.Skip("builds an index of about 700 corpus documents")
	}
	root := filepath.Join(testindex.Root(), "..", "shared", "corpus")
	if _, err := os.Stat(root); err != nil {
		t.Skipf("needs ../shared/corpus: %v", err)
	}
	labels := loadCounterpartLabels(t)
	r, _ := testindex.Build(t, labelCorpus(t, root, labels))
	s, err := server.New(testConfig(), r, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	type tally struct{ tp, fp, fn, tn int }
	got := map[string]*tally{"dev": {}, "heldout": {}}
	for _, l := range labels {
		id := func(rel string) string {
			return "corpus/" + filepath.Base(filepath.Dir(rel)) + "/" + filepath.Base(rel)
		}
		code, _, body := get(t, s, "/api/v1/documents/"+id(l.a)+"/counterparts")
		if code != http.StatusOK {
			t.Fatalf("%s: status %d: %v", l.a, code, body)
		}
		var found []string
		score := 0.0
		for _, c := range body["counterparts"].([]any) {
			c := c.(map[string]any)
			found = append(found, c["doc_id"].(string))
			if c["doc_id"] == id(l.b) {
				score = c["score"].(float64)
			}
		}
		hit := slices.Contains(found, id(l.b))
		if hit && l.split == "dev" {
			t.Logf("listed (dev, same event: %v) at %.3f: %s -> %s", l.same, score, filepath.Base(l.a), filepath.Base(l.b))
		}
		tl := got[l.split]
		switch {
		case l.same && hit:
			tl.tp++
		case l.same:
			tl.fn++
			t.Logf("missed (%s): %s -> %s (%s); found %v", l.split, l.a, l.b, l.why, found)
		case hit:
			tl.fp++
			t.Logf("false pair (%s): %s -> %s (%s)", l.split, l.a, l.b, l.why)
		default:
			tl.tn++
		}
	}
	floors := map[string]struct{ precision, recall float64 }{"dev": {0.9, 0.8}, "heldout": {0.8, 0.7}}
	for _, split := range []string{"dev", "heldout"} {
		tl := got[split]
		p := ratio(tl.tp, tl.tp+tl.fp)
		r := ratio(tl.tp, tl.tp+tl.fn)
		t.Logf("%-8s precision %.2f recall %.2f (tp %d, fp %d, fn %d, tn %d)", split, p, r, tl.tp, tl.fp, tl.fn, tl.tn)
		if f := floors[split]; p < f.precision || r < f.recall {
			t.Errorf("%s: precision %.2f, recall %.2f; want at least %.2f and %.2f", split, p, r, f.precision, f.recall)
		}
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}
