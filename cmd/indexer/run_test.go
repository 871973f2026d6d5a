package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/readouts/readouts/internal/index"
)

func TestReport(t *testing.T) {
	changed := &index.Summary{Added: 2, Changed: 1, Deleted: 1, Unchanged: 40, Documents: 42, Paragraphs: 900,
		Generation: "gen-000007", Published: true, Duration: 1234 * time.Millisecond}
	nothing := &index.Summary{Unchanged: 43, Documents: 43, Paragraphs: 901, Generation: "gen-000007", Duration: 20 * time.Millisecond}
	rebuilt := *changed
	rebuilt.Rebuilt = "analysis changed: gazetteer (a -> b)"
	skipped := *nothing
	skipped.Skipped = 1
	tests := []struct {
		name    string
		sum     *index.Summary
		verbose bool
		want    string
	}{
		{"changes: one line", changed, false,
			"indexed: 2 added, 1 changed, 0 renamed, 1 deleted, 40 unchanged, 0 skipped; 42 documents (0 undated), 900 paragraphs in 1.234s; gen-000007\n"},
		{"nothing changed: quiet for cron", nothing, false, ""},
		{"nothing changed, -v", nothing, true,
			"indexed: 0 added, 0 changed, 0 renamed, 0 deleted, 43 unchanged, 0 skipped; 43 documents (0 undated), 901 paragraphs in 20ms; gen-000007 (nothing changed)\n"},
		{"a full rebuild says why", &rebuilt, false,
			"indexed: 2 added, 1 changed, 0 renamed, 1 deleted, 40 unchanged, 0 skipped; 42 documents (0 undated), 900 paragraphs in 1.234s; gen-000007 (full build: analysis changed: gazetteer (a -> b))\n"},
		{"a skip is news", &skipped, false,
			"indexed: 0 added, 0 changed, 0 renamed, 0 deleted, 43 unchanged, 1 skipped; 43 documents (0 undated), 901 paragraphs in 20ms; gen-000007 (nothing changed)\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := report(&b, tt.sum, false, tt.verbose); err != nil {
				t.Fatal(err)
			}
			if got := b.String(); got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestReportJSON(t *testing.T) {
	var b bytes.Buffer
	sum := &index.Summary{Unchanged: 3, Documents: 3, Paragraphs: 9, Duration: 1500 * time.Microsecond,
		SkippedFiles: []index.SkippedFile{{File: "/c/bad.txt", Reason: "invalid UTF-8 at offset 0"}}}
	if err := report(&b, sum, true, false); err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	if err := json.Unmarshal(b.Bytes(), &got); err != nil {
		t.Fatalf("not JSON: %q: %v", b.String(), err)
	}
	if strings.Count(b.String(), "\n") != 1 || got["unchanged"] != 3.0 || got["duration"] != "2ms" || got["published"] != false {
		t.Errorf("JSON summary %s", b.String())
	}
	if files, _ := got["skipped_files"].([]any); len(files) != 1 {
		t.Errorf("skipped_files = %v, want the one file", got["skipped_files"])
	}
}

func TestExitCode(t *testing.T) {
	tests := []struct {
		err  error
		want int
	}{
		{nil, exitOK},
		{errors.New("disk full"), exitFailed},
		{fmt.Errorf("build: %w", index.ErrCorpusGone), exitFailed},
		{&usageError{errors.New("index.dir: must not be empty")}, exitUsage},
		{fmt.Errorf("%w (pid 12 since now)", index.ErrLocked), exitLocked},
	}
	for _, tt := range tests {
		if got := exitCode(tt.err); got != tt.want {
			t.Errorf("exitCode(%v) = %d, want %d", tt.err, got, tt.want)
		}
	}
}

func TestUsageErrors(t *testing.T) {
	gaz := filepath.Join(t.TempDir(), "gazetteer.yaml")
	if err := os.WriteFile(gaz, []byte("# empty\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("READOUTS_GAZETTEER_FILE", gaz)
	t.Setenv("READOUTS_CORPUS_DIRS", t.TempDir())
	t.Setenv("READOUTS_INDEX_DIR", t.TempDir())
	for _, args := range [][]string{{"--no-such-flag"}, {"frobnicate"}, {"explain"}, {"explain", "a", "b"}} {
		var out, errOut bytes.Buffer
		err := run(t.Context(), args, &out, &errOut)
		if exitCode(err) != exitUsage {
			t.Errorf("indexer %v: %v (exit %d), want exit %d", args, err, exitCode(err), exitUsage)
		}
	}
}

// TestMalformedDocumentDoesNotStopTheRun is the regression test for
// testdata/repro/indexer-panic-coordinated.txt, which once panicked the
// attribution and stopped every run with exit 2. The run must succeed, and
// the good document beside it must be indexed, this run and the next.
func TestMalformedDocumentDoesNotStopTheRun(t *testing.T) {
	corpus := filepath.Join(t.TempDir(), "c")
	if err := os.MkdirAll(corpus, 0o755); err != nil {
		t.Fatal(err)
	}
	repro, err := os.ReadFile("../../testdata/repro/indexer-panic-coordinated.txt")
	if err != nil {
		t.Fatal(err)
	}
	good := "title: Secretary Blinken's call with Foreign Minister Wang Yi\ndate: 2021-06-11\nsource: Test\n\n" +
		"Secretary Blinken spoke today with Foreign Minister Wang Yi. The Secretary stressed the importance of cooperation on Minsk.\n"
	for name, data := range map[string][]byte{"repro.txt": repro, "good.txt": []byte(good)} {
		if err := os.WriteFile(filepath.Join(corpus, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Setenv("READOUTS_GAZETTEER_FILE", "../../gazetteer.yaml")
	t.Setenv("READOUTS_CORPUS_DIRS", corpus)
	t.Setenv("READOUTS_INDEX_DIR", filepath.Join(t.TempDir(), "index"))
	for run1 := 0; run1 < 2; run1++ {
		var out, errOut bytes.Buffer
		if err := run(t.Context(), []string{"--json", "-v"}, &out, &errOut); err != nil {
			t.Fatalf("run %d: %v (exit %d); stderr %s", run1+1, err, exitCode(err), errOut.String())
		}
		var sum struct {
			Documents int `json:"documents"`
		}
		if err := json.Unmarshal(out.Bytes(), &sum); err != nil {
			t.Fatalf("run %d: summary %q: %v", run1+1, out.String(), err)
		}
		if sum.Documents != 2 {
			t.Errorf("run %d: %d documents indexed, want 2 (the repro and the good one); %s", run1+1, sum.Documents, out.String())
		}
	}
}

// --help and --version answer on stdout and exit 0, without a config; --help
// lists only the flags the indexer uses (not searchd's --addr).
func TestHelpAndVersion(t *testing.T) {
	t.Setenv("READOUTS_INDEX_DIR", "") // would be a configuration error
	tests := []struct {
		args    []string
		want    []string
		notWant []string
	}{
		{[]string{"--help"}, []string{"Usage:", "indexer explain", "--config", "--corpus", "--index", "--gazetteer", "--log-level", "--rebuild", "--wait", "--version"}, []string{"--addr"}},
		{[]string{"-h"}, []string{"Usage:", "--corpus"}, []string{"--addr"}},
		{[]string{"--version"}, []string{"indexer ", "go1."}, []string{"Usage"}},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			var out, errOut bytes.Buffer
			if err := run(t.Context(), tt.args, &out, &errOut); err != nil {
				t.Fatalf("indexer %v: %v (exit %d)", tt.args, err, exitCode(err))
			}
			for _, w := range tt.want {
				if !strings.Contains(out.String(), w) {
					t.Errorf("stdout does not say %q:\n%s", w, out.String())
				}
			}
			for _, w := range tt.notWant {
				if strings.Contains(out.String(), w) {
					t.Errorf("stdout says %q:\n%s", w, out.String())
				}
			}
			if errOut.Len() > 0 {
				t.Errorf("stderr %q, want nothing", errOut.String())
			}
		})
	}
}
