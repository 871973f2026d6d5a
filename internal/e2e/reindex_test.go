package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// visible is how soon after the indexer exits a change must be searchable:
// searchd polls CURRENT every 200ms here.
const visible = 5 * time.Second

// TestReindexWhileServing is the cron scenario: searchd serves a steady
// stream of queries while the indexer runs again and again with documents
// added, changed, renamed and deleted in between. No request may fail, and
// each change must be searchable within seconds of the indexer's exit.
func TestReindexWhileServing(t *testing.T) {
	e2eTest(t)
	s := newSite(t)
	for i := 0; i < 20; i++ {
		s.write(fmt.Sprintf("d%02d.txt", i), docText(fmt.Sprintf("tok%04dz", i), 3))
	}
	r := s.mustIndex()
	if !strings.HasPrefix(r.stdout, "indexed: 20 added,") || strings.Count(r.stdout, "\n") != 1 {
		t.Errorf("first run printed %q, want one summary line", r.stdout)
	}
	sd := s.startSearchd()
	eventually(t, visible, "first generation served", sd.wantStats(20, 60))
	ld := sd.startLoad(3, "commonword", "tok0001z", "trade climate", "tok0020z")

	steps := []struct {
		name        string
		change      func()
		docs, paras int
		totals      map[string]int // query -> paragraphs
		stdout      string         // the summary line starts with this
	}{
		{"add a document", func() { s.write("d20.txt", docText("tok0020z", 4)) },
			21, 64, map[string]int{"tok0020z": 4, "commonword": 64}, "indexed: 1 added, 0 changed"},
		{"change a document to fewer paragraphs", func() { s.write("d01.txt", docText("tok0101z", 1)) },
			21, 62, map[string]int{"tok0001z": 0, "tok0101z": 1, "commonword": 62}, "indexed: 0 added, 1 changed"},
		{"delete a document", func() { s.remove("d02.txt") },
			20, 59, map[string]int{"tok0002z": 0, "commonword": 59}, "indexed: 0 added, 0 changed, 0 renamed, 1 deleted"},
		{"rename a document", func() {
			os.MkdirAll(filepath.Join(s.corpus, "sub"), 0o755)
			if err := os.Rename(filepath.Join(s.corpus, "d03.txt"), filepath.Join(s.corpus, "sub", "d03.txt")); err != nil {
				t.Fatal(err)
			}
		}, 20, 59, map[string]int{"tok0003z": 3, "commonword": 59}, "indexed: 0 added, 0 changed, 1 renamed, 0 deleted"},
		{"add, change and delete at once", func() {
			s.write("d21.txt", docText("tok0021z", 2))
			s.write("d04.txt", docText("tok0104z", 5))
			s.remove("d05.txt")
		}, 20, 60, map[string]int{"tok0021z": 2, "tok0004z": 0, "tok0104z": 5, "tok0005z": 0, "commonword": 60}, "indexed: 1 added, 1 changed, 0 renamed, 1 deleted"},
		{"a bad document is skipped", func() { s.write("bad.txt", "caf\xe9 in Latin-1 is not UTF-8") },
			20, 60, map[string]int{"commonword": 60}, "indexed: 0 added, 0 changed, 0 renamed, 0 deleted, 20 unchanged, 1 skipped"},
	}
	var slowest time.Duration
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			st.change()
			r := s.mustIndex()
			if !strings.HasPrefix(r.stdout, st.stdout) {
				t.Errorf("summary %q, want it to start with %q", r.stdout, st.stdout)
			}
			d := eventually(t, visible, "change searchable", func() error {
				if err := sd.wantStats(st.docs, st.paras)(); err != nil {
					return err
				}
				for q, want := range st.totals {
					if err := sd.wantTotal(q, want)(); err != nil {
						return err
					}
				}
				return nil
			})
			slowest = max(slowest, d)
		})
	}
	t.Logf("changes became searchable at most %v after the indexer exited", slowest.Round(time.Millisecond))

	// The bad document was reported once, on one line naming it.
	// Nothing changed since: cron gets no output at all.
	r = s.mustIndex()
	if r.stdout != "" || r.stderr != "" {
		t.Errorf("a run with nothing to do printed stdout %q, stderr %q; want nothing", r.stdout, r.stderr)
	}
	ld.end(t)
	if left := s.leftovers(); len(left) > 0 {
		t.Errorf("index folder has leftovers %v", left)
	}
	if gens := s.generations(); len(gens) > 2 {
		t.Errorf("index folder keeps %d generations %v, want at most 2 (current + keep_generations=1)", len(gens), gens)
	}
}

// TestSkippedFileIsOneLine: each bad document costs one line on stderr
// naming the file and the reason; the run succeeds for the rest.
func TestSkippedFileIsOneLine(t *testing.T) {
	e2eTest(t)
	s := newSite(t)
	s.write("good.txt", docText("tok0001z", 2))
	s.write("latin1.txt", "caf\xe9 au lait")
	s.write("binary.txt", "PK\x03\x04\x00\x00")
	s.write("empty.txt", "")
	big := filepath.Join(s.corpus, "big.txt")
	if err := os.WriteFile(big, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(big, 200<<20); err != nil { // 200 MB, sparse: over corpus.max_file_bytes
		t.Fatal(err)
	}
	r := s.mustIndex("--json")
	sum := parseSummary(t, r)
	if sum.Skipped != 4 || sum.Added != 1 || sum.Paragraphs != 2 {
		t.Errorf("summary %+v, want 4 skipped, 1 added, 2 paragraphs", sum)
	}
	for file, reason := range map[string]string{"latin1.txt": "invalid UTF-8", "binary.txt": "binary", "empty.txt": "no text", "big.txt": "too large"} {
		var lines []string
		for _, l := range strings.Split(r.stderr, "\n") {
			if strings.Contains(l, file) {
				lines = append(lines, l)
			}
		}
		if len(lines) != 1 || !strings.Contains(lines[0], reason) {
			t.Errorf("%s: stderr lines %q, want one giving the reason %q", file, lines, reason)
		}
	}
}

// TestIndexerKilled kills the indexer with SIGKILL at several points of a
// run. searchd must keep answering from the last good generation, and the
// next run must produce exactly the right counts.
func TestIndexerKilled(t *testing.T) {
	e2eTest(t)
	s := newSite(t)
	// The kill times are fractions of a full build measured here, so they
	// fall in the same steps of a run at any size: 500 documents (a full
	// build of 1-4 s on 2 loaded cores) were killed before writing
	// anything, with a .tmp generation left, and finished, as 1,500 were,
	// for a third of the indexing (1,500 took 24 of the package's 50 CPU-s).
	n := 500
	if raceBinaries {
		n = 300 // the race detector makes the indexer several times slower
	}
	docs, paras := 0, 0
	add := func(name, token string, k int) {
		s.write(name, docText(token, k))
		docs, paras = docs+1, paras+k
	}
	for i := 0; i < n; i++ {
		add(fmt.Sprintf("d%02d/doc%05d.txt", i%30, i), fmt.Sprintf("tok%05dz", i), 4+i%5)
	}
	s.mustIndex()
	sd := s.startSearchd()
	eventually(t, visible, "first generation served", sd.wantStats(docs, paras))
	ld := sd.startLoad(2, "commonword", "tok00001z", "security trade")
	// How long a full build takes here, under load, sets the kill times.
	full := s.mustIndex("--rebuild").took
	t.Logf("full build of %d documents while serving: %v", n, full.Round(time.Millisecond))

	// Each round changes the corpus, then kills a run at a later point:
	// during the scan, parsing, indexing, closing, fsync, publishing.
	fractions := []float64{0.02, 0.2, 0.4, 0.6, 0.8, 0.9, 0.95, 1.0}
	for i, f := range fractions {
		add(fmt.Sprintf("new/n%02d.txt", i), fmt.Sprintf("new%02dz", i), 3)
		args := []string{"--rebuild"}
		if i%3 == 2 {
			args = nil // an incremental run: kill it early
			f /= 5
		}
		before := s.current()
		p := s.startIndexer(args...)
		time.Sleep(time.Duration(f * float64(full)))
		p.cmd.Process.Kill()
		r := p.wait(t)
		cur := s.current()
		outcome := "killed"
		switch {
		case r.code == 0:
			outcome = "finished before the kill"
		case cur != before:
			outcome = "killed after publishing " + cur
		}
		if left := s.leftovers(); len(left) > 0 {
			outcome += fmt.Sprintf(", leaving %v", left)
		}
		// searchd still answers, from a complete generation: the one
		// before, or the new one if the run got to publish it.
		after, err := sd.ready()
		if err != nil {
			t.Fatalf("round %d: searchd after the kill: %v", i, err)
		}
		if after.Indexed != after.Paragraphs {
			t.Errorf("round %d: %s serves %d paragraphs, its manifest says %d", i, after.Generation, after.Indexed, after.Paragraphs)
		}
		if err := sd.wantTotal("commonword", after.Paragraphs)(); err != nil {
			// The switch may happen between the two requests; ask again.
			after, _ = sd.ready()
			if err := sd.wantTotal("commonword", after.Paragraphs)(); err != nil {
				t.Errorf("round %d: %v", i, err)
			}
		}
		t.Logf("round %d: %v %s after %v; CURRENT was %s, is %s; searchd serves %s", i, args, outcome,
			r.took.Round(time.Millisecond), before, cur, after.Generation)
	}

	// SIGTERM (systemd, Ctrl-C) stops a run cleanly: exit 1, a message,
	// nothing published, nothing left behind.
	before := s.current()
	p := s.startIndexer("--rebuild")
	time.Sleep(full / 2)
	p.cmd.Process.Signal(syscall.SIGTERM)
	if r := p.wait(t); r.code == 0 {
		t.Logf("SIGTERM came too late: the run finished")
	} else if r.code != 1 || !strings.Contains(r.stderr, "interrupted; nothing was published") {
		t.Errorf("after SIGTERM: %v; want exit 1 and the message", r)
	} else if cur := s.current(); cur != before {
		t.Errorf("an interrupted run published %s", cur)
	} else if left := s.leftovers(); len(left) > 0 {
		t.Errorf("an interrupted run left %v", left)
	}

	// The next run completes normally (it may find nothing left to do if
	// the last killed run got as far as publishing).
	r := s.mustIndex()
	t.Logf("next run: %s", strings.TrimSpace(r.stdout))
	eventually(t, visible, "exact counts after the next run", func() error {
		if err := sd.wantStats(docs, paras)(); err != nil {
			return err
		}
		return sd.wantTotal("commonword", paras)()
	})
	for i := range fractions {
		if err := sd.wantTotal(fmt.Sprintf("new%02dz", i), 3)(); err != nil {
			t.Error(err)
		}
	}
	ld.end(t)
	if left := s.leftovers(); len(left) > 0 {
		t.Errorf("index folder has leftovers %v after a complete run", left)
	}
	// And a run on an unchanged corpus is quiet again.
	if r := s.mustIndex(); r.stdout != "" {
		t.Errorf("no-op run printed %q", r.stdout)
	}
}

// TestOverlappingIndexers starts two indexers together: one builds, the
// other exits at once with code 3 and says why; with --wait the second
// waits its turn. Nothing is corrupted either way.
func TestOverlappingIndexers(t *testing.T) {
	e2eTest(t)
	s := newSite(t)
	n := 600
	if raceBinaries {
		n = 200
	}
	paras := 0
	for i := 0; i < n; i++ {
		s.write(fmt.Sprintf("doc%04d.txt", i), docText(fmt.Sprintf("tok%04dz", i), 3))
		paras += 3
	}

	a, b := s.startIndexer("--rebuild"), s.startIndexer("--rebuild")
	ra, rb := a.wait(t), b.wait(t)
	if ra.code != 0 {
		ra, rb = rb, ra
	}
	if ra.code != 0 || rb.code != 3 {
		t.Fatalf("want one run to exit 0 and the other 3:\nfirst:  %v\nsecond: %v", ra, rb)
	}
	if !strings.Contains(rb.stderr, "another indexer is running (pid ") || strings.Count(strings.TrimSpace(rb.stderr), "\n") != 0 || rb.stdout != "" {
		t.Errorf("the run that gave way printed stdout %q, stderr %q; want one line naming the other run", rb.stdout, rb.stderr)
	}
	t.Logf("gave way with: %s", strings.TrimSpace(rb.stderr))

	// --wait: the second run waits for the first, then finds nothing to do.
	s.write("late.txt", docText("late0z", 2))
	paras += 2
	a = s.startIndexer("--rebuild", "--json")
	// The second starts once the first holds the lock (it writes its pid
	// there): on a loaded machine a fixed pause was sometimes not enough,
	// the --wait run went first and the --rebuild run gave way.
	eventually(t, visible, "the first run holding the lock", func() error {
		b, _ := os.ReadFile(filepath.Join(s.index, "indexer.lock"))
		if want := fmt.Sprintf("pid %d ", a.cmd.Process.Pid); !strings.HasPrefix(string(b), want) {
			return fmt.Errorf("lock file holds %q, want %q…", b, want)
		}
		return nil
	})
	b = s.startIndexer("--wait", "2m", "--json")
	ra, rb = a.wait(t), b.wait(t)
	if ra.code != 0 || rb.code != 0 {
		t.Fatalf("with --wait both runs should succeed:\nfirst:  %v\nsecond: %v", ra, rb)
	}
	if sa, sb := parseSummary(t, ra), parseSummary(t, rb); sa.Paragraphs != paras || sb.Paragraphs != paras {
		t.Errorf("summaries report %d and %d paragraphs, want %d", sa.Paragraphs, sb.Paragraphs, paras)
	}

	sd := s.startSearchd()
	eventually(t, visible, "served counts", sd.wantStats(n+1, paras))
	if err := sd.wantTotal("commonword", paras)(); err != nil {
		t.Error(err)
	}
	if left := s.leftovers(); len(left) > 0 {
		t.Errorf("index folder has leftovers %v", left)
	}
}
