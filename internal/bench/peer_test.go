package bench

import (
	"os/exec"
	"strings"
	"testing"
)

// TestBenchTinyWithPeer makes plain "go test ./..." (the README's test
// command, which CI runs) exercise the SQLite peer too: when this binary was
// built without -tags sqlite_fts5 but cgo is available, it runs TestBenchTiny
// again in a "go test -tags sqlite_fts5" child. Without a C compiler the peer
// cannot be built, and the test says so and skips.
func TestBenchTinyWithPeer(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the benchmark")
	}
	if FTS5Available() {
		t.Skip("this binary has the SQLite peer; TestBenchTiny ran it")
	}
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go not on PATH: cannot build the SQLite peer")
	}
	if out, err := exec.Command(gobin, "env", "CGO_ENABLED").Output(); err != nil || strings.TrimSpace(string(out)) != "1" {
		t.Skip("cgo is not available (no C compiler?): the SQLite FTS5 peer cannot be built")
	}
	cmd := exec.Command(gobin, "test", "-tags", "sqlite_fts5", "-run", "^TestBenchTiny$", "-count=1", "-v", ".")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go test -tags sqlite_fts5: %v\n%s", err, out)
	}
	if strings.Contains(string(out), "Readouts only") {
		t.Fatalf("the tagged child still ran without the SQLite peer:\n%s", out)
	}
	t.Logf("%s", out)
}
