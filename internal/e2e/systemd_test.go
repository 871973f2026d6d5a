package e2e

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"
)

// unitFile is a systemd unit: section -> key -> values, in order.
type unitFile map[string]map[string][]string

func readUnit(t *testing.T, path string) unitFile {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	u := unitFile{}
	section := ""
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, ";"):
		case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
			section = strings.Trim(line, "[]")
			u[section] = map[string][]string{}
		case strings.HasSuffix(line, `\`):
			t.Fatalf("%s: continued lines are not parsed here: %q", path, line)
		default:
			k, v, ok := strings.Cut(line, "=")
			if !ok || section == "" {
				t.Fatalf("%s: not a key=value line in a section: %q", path, line)
			}
			u[section][k] = append(u[section][k], v)
		}
	}
	return u
}

// get is the last value of key in section ("" if absent).
func (u unitFile) get(section, key string) string {
	vs := u[section][key]
	if len(vs) == 0 {
		return ""
	}
	return vs[len(vs)-1]
}

// TestSystemdUnits checks that deploy/'s units, deploy/config.yaml and the
// README's deployment steps agree, then runs the units' commands as systemd
// would (working directory /, a service's bare environment, ExecReload's
// command for SIGHUP, SIGTERM to stop), with the absolute paths moved under
// a temporary folder. It cannot apply the sandboxing directives
// (ProtectSystem= and the like) and does not need root.
func TestSystemdUnits(t *testing.T) {
	e2eTest(t)
	searchdUnit := readUnit(t, "../../deploy/readouts-searchd.service")
	indexerUnit := readUnit(t, "../../deploy/readouts-indexer.service")
	timer := readUnit(t, "../../deploy/readouts-indexer.timer")
	config, err := os.ReadFile("../../deploy/config.yaml")
	if err != nil {
		t.Fatal(err)
	}
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, deployment, ok := strings.Cut(string(readme), "\n## Deployment\n")
	if !ok {
		t.Fatal(`README has no "## Deployment" section`)
	}
	steps := fence(t, deployment, "```sh", "")

	// What the README installs is what the units and the config use.
	const etc = "/etc/readouts/"
	for _, want := range []string{
		"install -m 755 bin/indexer bin/searchd /usr/local/bin/",
		"deploy/config.yaml gazetteer.yaml " + etc,
		"deploy/readouts-searchd.service", "deploy/readouts-indexer.service", "deploy/readouts-indexer.timer",
		"useradd --system", "/srv/readouts/corpus",
		"systemctl enable --now readouts-searchd.service readouts-indexer.timer",
	} {
		if !strings.Contains(steps, want) {
			t.Errorf("README's deployment steps lack %q", want)
		}
	}
	for name, u := range map[string]unitFile{"searchd": searchdUnit, "indexer": indexerUnit} {
		exec := u.get("Service", "ExecStart")
		if !strings.HasPrefix(exec, "/usr/local/bin/"+name+" --config "+etc+"config.yaml") {
			t.Errorf("%s's ExecStart = %q, want /usr/local/bin/%s --config %sconfig.yaml", name, exec, name, etc)
		}
		useradd := strings.Fields(lineWith(steps, "useradd"))
		if user := u.get("Service", "User"); user == "" || len(useradd) == 0 || useradd[len(useradd)-1] != user {
			t.Errorf("%s runs as %q, which the README's useradd does not create", name, user)
		}
	}
	if got := timer.get("Timer", "Unit"); got != "" && got != "readouts-indexer.service" {
		t.Errorf("the timer starts %q, want readouts-indexer.service", got)
	}
	if timer.get("Timer", "OnBootSec") == "" || timer.get("Timer", "OnUnitInactiveSec") == "" {
		t.Error("the timer needs OnBootSec= (first run, also when enabled later) and OnUnitInactiveSec= (the next ones)")
	}
	// The indexer writes only where systemd lets it: its StateDirectory.
	state := strings.Fields(indexerUnit.get("Service", "StateDirectory"))
	indexDir := yamlValue(t, string(config), "dir", "/var/lib/")
	metricsFile := flagValue(indexerUnit.get("Service", "ExecStart"), "--metrics-file")
	for what, path := range map[string]string{"index.dir": indexDir, "--metrics-file": filepath.Dir(metricsFile)} {
		rel, ok := strings.CutPrefix(path, "/var/lib/")
		if !ok || !slices.ContainsFunc(state, func(d string) bool { return rel == d || strings.HasPrefix(rel, d+"/") }) {
			t.Errorf("%s %s is not in the indexer's StateDirectory=%v", what, path, state)
		}
	}
	if t.Failed() {
		return
	}

	// Lay out the installation under prefix as the README does.
	prefix := t.TempDir()
	moved := strings.NewReplacer("/usr/local/bin/", prefix+"/usr/local/bin/", etc, prefix+etc,
		"/srv/readouts/", prefix+"/srv/readouts/", "/var/lib/", prefix+"/var/lib/")
	for _, dir := range []string{"usr/local/bin", "etc/readouts", "srv/readouts/corpus"} {
		if err := os.MkdirAll(filepath.Join(prefix, dir), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for _, name := range []string{"indexer", "searchd"} {
		if err := os.Symlink(filepath.Join(bin, name), filepath.Join(prefix, "usr/local/bin", name)); err != nil {
			t.Fatal(err)
		}
	}
	gaz, err := os.ReadFile("../../gazetteer.yaml")
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(prefix, etc, "gazetteer.yaml"), gaz, 0o644)
	os.WriteFile(filepath.Join(prefix, etc, "config.yaml"), []byte(moved.Replace(string(config))), 0o644)
	for _, d := range state { // what systemd creates for StateDirectory=
		os.MkdirAll(filepath.Join(prefix, "var/lib", d), 0o755)
	}
	corpus := filepath.Join(prefix, "srv/readouts/corpus")
	os.WriteFile(filepath.Join(corpus, "a.txt"), []byte(docText("tok0001s", 2)), 0o644)

	// A service's environment: no PATH of ours, no READOUTS_*.
	serviceEnv := []string{"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "HOME=" + prefix, "LANG=C.UTF-8"}
	command := func(line string, env []string) *exec.Cmd {
		args := strings.Fields(moved.Replace(line))
		cmd := exec.Command(args[0], args[1:]...)
		cmd.Dir = "/"
		cmd.Env = env
		return cmd
	}
	runIndexer := func() string {
		t.Helper()
		cmd := command(indexerUnit.get("Service", "ExecStart"), serviceEnv)
		var stderr strings.Builder
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		code := cmd.ProcessState.ExitCode()
		if err != nil && !slices.Contains(strings.Fields(indexerUnit.get("Service", "SuccessExitStatus")), fmt.Sprint(code)) {
			t.Fatalf("indexer: %v (exit %d)\n%s%s", err, code, out, stderr.String())
		}
		return string(out)
	}
	if out := runIndexer(); !strings.HasPrefix(out, "indexed: 1 added") {
		t.Fatalf("first indexer run printed %q, want its summary", out)
	}
	prom, err := os.ReadFile(moved.Replace(metricsFile))
	if err != nil || !strings.Contains(string(prom), "\nreadouts_indexer_last_run_success 1\n") {
		t.Errorf("metrics file after a successful run: %v\n%s", err, prom)
	}

	// searchd, on a free port (config.yaml's 8080 may be taken here) and
	// polling for new generations rarely, so that only SIGHUP reloads.
	addr := freeAddr(t)
	cmd := command(searchdUnit.get("Service", "ExecStart"), append(serviceEnv,
		"READOUTS_SERVER_ADDR="+addr, "READOUTS_SERVER_RELOAD_INTERVAL=1h"))
	log := &lockedBuffer{}
	cmd.Stdout, cmd.Stderr = log, log
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	stopped := false
	t.Cleanup(func() {
		if !stopped {
			cmd.Process.Kill()
			<-exited
		}
		if strings.Contains(log.String(), "DATA RACE") {
			t.Errorf("searchd reported a data race:\n%s", log.String())
		} else if t.Failed() {
			t.Logf("searchd log:\n%s", log.String())
		}
	})
	sd := &searchd{t: t, base: "http://" + addr, cmd: cmd, log: log, client: &http.Client{Timeout: 10 * time.Second}}
	eventually(t, 30*time.Second, "searchd serves the first index", sd.wantStats(1, 2))

	// log.format: json in deploy/config.yaml: every line is JSON.
	first, _, _ := strings.Cut(log.String(), "\n")
	var line map[string]any
	if err := json.Unmarshal([]byte(first), &line); err != nil {
		t.Errorf("searchd's log is not JSON as deploy/config.yaml asks: %q", first)
	}

	// A new document, the indexer again, then "systemctl reload".
	os.WriteFile(filepath.Join(corpus, "b.txt"), []byte(docText("tok0002s", 3)), 0o644)
	if out := runIndexer(); !strings.HasPrefix(out, "indexed: 1 added") {
		t.Fatalf("second indexer run printed %q, want its summary", out)
	}
	reload := strings.ReplaceAll(searchdUnit.get("Service", "ExecReload"), "$MAINPID", fmt.Sprint(cmd.Process.Pid))
	if out, err := command(reload, serviceEnv).CombinedOutput(); err != nil {
		t.Fatalf("ExecReload %q: %v %s", reload, err, out)
	}
	eventually(t, 10*time.Second, "searchd serves the new index after ExecReload", sd.wantTotal("tok0002s", 3))
	eventually(t, 5*time.Second, "/metrics counts the reload", func() error {
		resp, err := sd.client.Get(sd.base + "/metrics")
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		if !strings.Contains(string(body), "\nreadouts_index_reloads_total{result=\"ok\"} 1\n") {
			return errors.New("no reload counted")
		}
		return nil
	})

	// "systemctl stop": SIGTERM, then SIGKILL after TimeoutStopSec.
	limit, err := time.ParseDuration(searchdUnit.get("Service", "TimeoutStopSec"))
	if err != nil {
		t.Fatalf("TimeoutStopSec: %v", err)
	}
	cmd.Process.Signal(syscall.SIGTERM)
	select {
	case err := <-exited:
		stopped = true
		if err != nil {
			t.Errorf("searchd after SIGTERM: %v, want exit 0", err)
		}
	case <-time.After(limit):
		t.Errorf("searchd did not stop within TimeoutStopSec=%v of SIGTERM", limit)
	}

	verifyUnits(t)
}

// verifyUnits runs "systemd-analyze verify" on the units, in a root where
// their binaries exist, when systemd-analyze is installed.
func verifyUnits(t *testing.T) {
	analyze, err := exec.LookPath("systemd-analyze")
	if err != nil {
		t.Log("systemd-analyze not installed: units not verified by systemd")
		return
	}
	if _, err := os.Stat("/usr/lib/systemd/system/sysinit.target"); err != nil {
		t.Log("no systemd units on this machine: units not verified by systemd")
		return
	}
	root := t.TempDir()
	for _, dir := range []string{"usr/local/bin", "usr/bin", "usr/lib/systemd", "etc/systemd/system"} {
		os.MkdirAll(filepath.Join(root, dir), 0o755)
	}
	os.Symlink("usr/bin", filepath.Join(root, "bin"))
	os.Symlink("usr/lib", filepath.Join(root, "lib"))
	copies := [][2]string{
		{"/usr/lib/systemd/system", "usr/lib/systemd/"},
		{"/usr/bin/kill", "usr/bin/"},
		{filepath.Join(bin, "indexer"), "usr/local/bin/"},
		{filepath.Join(bin, "searchd"), "usr/local/bin/"},
	}
	units := []string{"readouts-searchd.service", "readouts-indexer.service", "readouts-indexer.timer"}
	for _, u := range units {
		copies = append(copies, [2]string{"../../deploy/" + u, "etc/systemd/system/"})
	}
	for _, c := range copies {
		if out, err := exec.Command("cp", "-R", c[0], filepath.Join(root, c[1])).CombinedOutput(); err != nil {
			t.Fatalf("cp %s: %v %s", c[0], err, out)
		}
	}
	args := []string{"verify", "--root=" + root}
	for _, u := range units {
		args = append(args, "/etc/systemd/system/"+u)
	}
	out, err := exec.Command(analyze, args...).CombinedOutput()
	if err != nil || len(out) > 0 {
		t.Errorf("systemd-analyze verify: %v\n%s", err, out)
	}
}

// lineWith is the first line of text that contains s.
func lineWith(text, s string) string {
	for _, l := range strings.Split(text, "\n") {
		if strings.Contains(l, s) {
			return l
		}
	}
	return ""
}

// flagValue is the value of --name in a command line.
func flagValue(line, name string) string {
	fields := strings.Fields(line)
	for i, f := range fields {
		if f == name && i+1 < len(fields) {
			return fields[i+1]
		}
		if v, ok := strings.CutPrefix(f, name+"="); ok {
			return v
		}
	}
	return ""
}

// yamlValue is the value of the first "key: value" line whose value starts
// with prefix, enough for deploy/config.yaml's paths.
func yamlValue(t *testing.T, text, key, prefix string) string {
	t.Helper()
	for _, l := range strings.Split(text, "\n") {
		if v, ok := strings.CutPrefix(strings.TrimSpace(l), key+":"); ok {
			if v = strings.TrimSpace(v); strings.HasPrefix(v, prefix) {
				return v
			}
		}
	}
	t.Fatalf("no %s: %s... in deploy/config.yaml", key, prefix)
	return ""
}
