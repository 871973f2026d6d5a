package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestCrontabExample runs the crontab line of docs/OPERATIONS.md as cron
// would (empty environment, working directory /, sh -c), with /srv/readouts
// replaced by a temporary installation laid out as the document says.
func TestCrontabExample(t *testing.T) {
	e2eTest(t)
	doc, err := os.ReadFile("../../docs/OPERATIONS.md")
	if err != nil {
		t.Fatal(err)
	}
	line := fence(t, string(doc), "```crontab", "*/5 ")
	config := fence(t, string(doc), "```yaml", "")
	fields := strings.Fields(line)
	if len(fields) < 6 {
		t.Fatalf("crontab line %q has no command", line)
	}
	command := strings.Join(fields[5:], " ")

	prefix := t.TempDir()
	for _, dir := range []string{"bin", "corpus/state"} {
		os.MkdirAll(filepath.Join(prefix, dir), 0o755)
	}
	for _, name := range []string{"indexer", "searchd"} {
		os.Symlink(filepath.Join(bin, name), filepath.Join(prefix, "bin", name))
	}
	os.WriteFile(filepath.Join(prefix, "gazetteer.yaml"), []byte(gazetteer), 0o644)
	os.WriteFile(filepath.Join(prefix, "config.yaml"), []byte(config), 0o644)
	os.WriteFile(filepath.Join(prefix, "corpus/state/a.txt"), []byte(docText("tok0001z", 2)), 0o644)

	cron := func() (string, int) {
		cmd := exec.Command("/bin/sh", "-c", strings.ReplaceAll(command, "/srv/readouts", prefix))
		cmd.Dir = "/"
		cmd.Env = []string{"PATH=/usr/bin:/bin", "HOME=" + prefix, "SHELL=/bin/sh"}
		out, _ := cmd.CombinedOutput()
		return string(out), cmd.ProcessState.ExitCode()
	}
	out, code := cron()
	if code != 0 || !strings.HasPrefix(out, "indexed: 1 added") || strings.Count(out, "\n") != 1 {
		t.Fatalf("first cron run: exit %d, output %q; want exit 0 and one summary line", code, out)
	}
	if _, err := os.Stat(filepath.Join(prefix, "var/index/CURRENT")); err != nil {
		t.Errorf("no index where config.yaml says: %v", err)
	}
	if out, code := cron(); code != 0 || out != "" {
		t.Errorf("second cron run: exit %d, output %q; want exit 0 and no output (no mail)", code, out)
	}
}

// fence returns the first line starting with prefix (or the whole body,
// for prefix "") of the first fenced block opened by open.
func fence(t *testing.T, doc, open, prefix string) string {
	t.Helper()
	_, rest, ok := strings.Cut(doc, "\n"+open+"\n")
	if !ok {
		t.Fatalf("no %s block", open)
	}
	body, _, _ := strings.Cut(rest, "\n```")
	if prefix == "" {
		return body + "\n"
	}
	for _, l := range strings.Split(body, "\n") {
		if strings.HasPrefix(l, prefix) {
			return l
		}
	}
	t.Fatalf("no line starting %q in the %s block", prefix, open)
	return ""
}
