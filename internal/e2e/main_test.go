package e2e

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// bin holds the indexer and searchd binaries, built once per run by the
// first case that needs them (see e2eTest) and shared by all.
var bin string

// raceBinaries says the binaries were built with -race: slower, and any
// "DATA RACE" report in their output fails the test.
var raceBinaries bool

var (
	buildOnce sync.Once
	buildErr  error
)

func TestMain(m *testing.M) {
	os.Exit(runMain(m))
}

func runMain(m *testing.M) int {
	dir, err := os.MkdirTemp("", "readouts-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		return 1
	}
	defer os.RemoveAll(dir)
	bin = dir
	return m.Run()
}

// e2eTest starts an end-to-end case. Under -short it skips: these cases
// build and run the real binaries, most of a minute on a fresh machine.
// Otherwise it makes sure the binaries are built and runs the case in
// parallel with the others: each has its own folder (t.TempDir) and port
// (freeAddr), and most of their time is spent waiting on the processes.
func e2eTest(t *testing.T) {
	t.Helper()
	if testing.Short() {
		t.Skip("end-to-end: builds and runs the indexer and searchd; not in -short")
	}
	buildOnce.Do(func() { buildErr = buildBinaries(bin) })
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	t.Parallel()
}

// buildBinaries builds the indexer and searchd into dir, with -race when
// the tests run with -race. CI runs the cases that test concurrency so
// (searchd reloading under traffic, killed and overlapping indexers: see
// .ci/run); plain "go test ./..." builds them without: with a cold cache a
// race build compiles every package again, 210 s of CPU here, as much as
// compiling them the first time.
// The packages are already compiled when this runs (deps_test.go), so the
// build only links.
func buildBinaries(dir string) error {
	gobin, err := exec.LookPath("go")
	if err != nil {
		return errors.New("go not found on PATH; cannot build the binaries")
	}
	raceBinaries = raceEnabled
	args := []string{"build", "-o", dir + "/"}
	if raceBinaries {
		args = append(args, "-race")
	}
	args = append(args, "./cmd/indexer", "./cmd/searchd")
	cmd := exec.Command(gobin, args...)
	cmd.Dir = "../.." // the module root
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("go %s: %w\n%s", strings.Join(args, " "), err, out)
	}
	return nil
}

// site is one temporary installation: corpus folders, an index folder and
// the environment both binaries read their configuration from.
type site struct {
	t      *testing.T
	dir    string
	corpus string // the one corpus folder, named "corpus"
	index  string
	addr   string
	mtime  time.Time
}

func newSite(t *testing.T) *site {
	t.Helper()
	dir := t.TempDir()
	s := &site{t: t, dir: dir, corpus: filepath.Join(dir, "corpus"), index: filepath.Join(dir, "index"),
		addr: freeAddr(t), mtime: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)}
	if err := os.MkdirAll(s.corpus, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "gazetteer.yaml"), []byte(gazetteer), 0o644); err != nil {
		t.Fatal(err)
	}
	return s
}

// gazetteer is an empty but valid gazetteer: these tests are about
// indexing, not attribution, and must not break while the repository's
// gazetteer.yaml evolves.
const gazetteer = "# no people, titles or countries\n"

func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// env is the process environment: the parent's without READOUTS_*, plus
// the site's configuration.
func (s *site) env() []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "READOUTS_") {
			env = append(env, kv)
		}
	}
	return append(env,
		"READOUTS_INDEX_DIR="+s.index,
		"READOUTS_CORPUS_DIRS="+s.corpus,
		"READOUTS_SERVER_ADDR="+s.addr,
		"READOUTS_SERVER_RELOAD_INTERVAL=200ms",
		"READOUTS_GAZETTEER_FILE="+filepath.Join(s.dir, "gazetteer.yaml"),
		"READOUTS_INDEX_KEEP_GENERATIONS=1",
	)
}

// docText is a readout whose n paragraphs each contain token (unique to the
// document) and "commonword" (in every paragraph of every document).
func docText(token string, n int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "title: Readout %s\ndate: 2024-03-01\nsource: E2E\n\n", token)
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "Paragraph %d. The ministers discussed %s and the commonword agenda, and agreed to keep talking about trade, climate and security.\n\n", i, token)
	}
	return b.String()
}

// write creates or replaces a corpus file with a fresh modification time.
func (s *site) write(name, content string) {
	s.t.Helper()
	path := filepath.Join(s.corpus, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		s.t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		s.t.Fatal(err)
	}
	s.mtime = s.mtime.Add(time.Second)
	if err := os.Chtimes(path, s.mtime, s.mtime); err != nil {
		s.t.Fatal(err)
	}
}

func (s *site) remove(name string) {
	s.t.Helper()
	if err := os.Remove(filepath.Join(s.corpus, filepath.FromSlash(name))); err != nil {
		s.t.Fatal(err)
	}
}

// result is how an indexer run ended.
type result struct {
	stdout, stderr string
	code           int
	took           time.Duration
}

func (r result) String() string {
	return fmt.Sprintf("exit %d after %v\nstdout: %s\nstderr: %s", r.code, r.took.Round(time.Millisecond), r.stdout, r.stderr)
}

// indexer starts the indexer with args; wait for it with (*proc).wait.
func (s *site) startIndexer(args ...string) *proc {
	s.t.Helper()
	cmd := exec.Command(filepath.Join(bin, "indexer"), args...)
	cmd.Dir = s.dir // no config.yaml here: the environment is the configuration
	cmd.Env = s.env()
	p := &proc{cmd: cmd, start: time.Now()}
	cmd.Stdout, cmd.Stderr = &p.stdout, &p.stderr
	if err := cmd.Start(); err != nil {
		s.t.Fatal(err)
	}
	return p
}

// runIndexer runs the indexer to the end.
func (s *site) runIndexer(args ...string) result {
	s.t.Helper()
	return s.startIndexer(args...).wait(s.t)
}

// mustIndex runs the indexer and fails the test unless it exits 0.
func (s *site) mustIndex(args ...string) result {
	s.t.Helper()
	r := s.runIndexer(args...)
	if r.code != 0 {
		s.t.Fatalf("indexer %s: %v", strings.Join(args, " "), r)
	}
	return r
}

type proc struct {
	cmd            *exec.Cmd
	start          time.Time
	stdout, stderr lockedBuffer
}

func (p *proc) wait(t *testing.T) result {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- p.cmd.Wait() }()
	select {
	case <-done:
	case <-time.After(3 * time.Minute):
		p.cmd.Process.Kill()
		<-done
		t.Errorf("indexer ran for 3 minutes; killed")
	}
	return result{stdout: p.stdout.String(), stderr: p.stderr.String(), code: p.cmd.ProcessState.ExitCode(), took: time.Since(p.start)}
}

type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// searchd is a running searchd and an HTTP client for it.
type searchd struct {
	t      *testing.T
	base   string
	cmd    *exec.Cmd
	log    *lockedBuffer
	client *http.Client
}

// startSearchd starts searchd on the site's address and waits until it
// answers; it is stopped with SIGTERM when the test ends.
func (s *site) startSearchd() *searchd {
	s.t.Helper()
	cmd := exec.Command(filepath.Join(bin, "searchd"))
	cmd.Dir = s.dir
	cmd.Env = s.env()
	log := &lockedBuffer{}
	cmd.Stdout, cmd.Stderr = log, log
	if err := cmd.Start(); err != nil {
		s.t.Fatal(err)
	}
	exited := make(chan struct{})
	go func() { cmd.Wait(); close(exited) }()
	sd := &searchd{t: s.t, base: "http://" + s.addr, cmd: cmd, log: log,
		client: &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: 8}}}
	s.t.Cleanup(func() {
		cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-exited:
		case <-time.After(15 * time.Second):
			cmd.Process.Kill()
			s.t.Error("searchd did not stop within 15s of SIGTERM")
		}
		if strings.Contains(log.String(), "DATA RACE") {
			s.t.Errorf("searchd reported a data race:\n%s", log.String())
		} else if s.t.Failed() {
			s.t.Logf("searchd log:\n%s", log.String())
		}
	})
	deadline := time.Now().Add(30 * time.Second)
	for {
		resp, err := sd.client.Get(sd.base + "/healthz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return sd
			}
		}
		select {
		case <-exited:
			s.t.Fatalf("searchd exited at start:\n%s", log.String())
		default:
		}
		if time.Now().After(deadline) {
			s.t.Fatalf("searchd did not answer within 30s:\n%s", log.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// stats is /readyz's index part.
type stats struct {
	Generation string `json:"generation"`
	Documents  int    `json:"documents"`
	Paragraphs int    `json:"paragraphs"`
	Indexed    int    `json:"indexed"`
}

func (sd *searchd) getJSON(path string, v any) error {
	resp, err := sd.client.Get(sd.base + path)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		var body bytes.Buffer
		body.ReadFrom(resp.Body)
		return fmt.Errorf("GET %s: %s: %s", path, resp.Status, strings.TrimSpace(body.String()))
	}
	return json.NewDecoder(resp.Body).Decode(v)
}

func (sd *searchd) ready() (stats, error) {
	var out struct {
		Status string `json:"status"`
		Index  stats  `json:"index"`
	}
	err := sd.getJSON("/readyz", &out)
	return out.Index, err
}

// total is how many paragraphs match q.
func (sd *searchd) total(q string) (int, error) {
	var out struct {
		Total   int  `json:"total"`
		Partial bool `json:"partial"`
	}
	if err := sd.getJSON("/api/v1/search?size=1&q="+url.QueryEscape(q), &out); err != nil {
		return 0, err
	}
	if out.Partial {
		return 0, nil // no paragraph holds every word
	}
	return out.Total, nil
}

// eventually polls cond until it returns nil or within passes, and
// returns how long that took.
func eventually(t *testing.T, within time.Duration, what string, cond func() error) time.Duration {
	t.Helper()
	start := time.Now()
	for {
		err := cond()
		if err == nil {
			return time.Since(start)
		}
		if time.Since(start) > within {
			t.Fatalf("%s: not true within %v: %v", what, within, err)
		}
		time.Sleep(25 * time.Millisecond)
	}
}

// wantTotal is a condition: q matches want paragraphs.
func (sd *searchd) wantTotal(q string, want int) func() error {
	return func() error {
		got, err := sd.total(q)
		if err != nil {
			return err
		}
		if got != want {
			return fmt.Errorf("%q matches %d paragraphs, want %d", q, got, want)
		}
		return nil
	}
}

// wantStats is a condition: /readyz reports docs documents and paras
// paragraphs, and Bleve holds exactly those paragraphs.
func (sd *searchd) wantStats(docs, paras int) func() error {
	return func() error {
		st, err := sd.ready()
		if err != nil {
			return err
		}
		if st.Documents != docs || st.Paragraphs != paras || st.Indexed != paras {
			return fmt.Errorf("readyz: %s has %d documents, %d paragraphs (%d indexed); want %d, %d",
				st.Generation, st.Documents, st.Paragraphs, st.Indexed, docs, paras)
		}
		return nil
	}
}

// summary is the indexer's --json output.
type summary struct {
	Added, Changed, Renamed, Deleted, Unchanged, Skipped int
	Documents, Paragraphs                                int
	Generation                                           string
	Published                                            bool
	Rebuilt                                              string
}

func parseSummary(t *testing.T, r result) summary {
	t.Helper()
	var s summary
	if err := json.Unmarshal([]byte(r.stdout), &s); err != nil {
		t.Fatalf("indexer --json printed %q: %v", r.stdout, err)
	}
	return s
}

// leftovers lists what in the index folder is neither a finished
// generation, CURRENT nor the lock: a run that ended must leave none.
func (s *site) leftovers() []string {
	entries, err := os.ReadDir(s.index)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		s.t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		n := e.Name()
		if n == "CURRENT" || n == "indexer.lock" || (strings.HasPrefix(n, "gen-") && !strings.HasSuffix(n, ".tmp")) {
			continue
		}
		out = append(out, n)
	}
	return out
}

// current is the generation CURRENT names.
func (s *site) current() string {
	b, err := os.ReadFile(filepath.Join(s.index, "CURRENT"))
	if err != nil {
		s.t.Fatal(err)
	}
	return strings.TrimSpace(string(b))
}

// generations lists the finished generation folders.
func (s *site) generations() []string {
	entries, _ := os.ReadDir(s.index)
	var out []string
	for _, e := range entries {
		if n := e.Name(); strings.HasPrefix(n, "gen-") && !strings.HasSuffix(n, ".tmp") {
			out = append(out, n)
		}
	}
	return out
}

// load issues queries continuously until stop is closed, counting requests
// and remembering failures.
type load struct {
	stop     chan struct{}
	wg       sync.WaitGroup
	mu       sync.Mutex
	requests int
	failures []string
}

func (sd *searchd) startLoad(workers int, queries ...string) *load {
	l := &load{stop: make(chan struct{})}
	for w := 0; w < workers; w++ {
		l.wg.Add(1)
		go func(w int) {
			defer l.wg.Done()
			for i := 0; ; i++ {
				select {
				case <-l.stop:
					return
				default:
				}
				var err error
				if i%5 == 4 {
					_, err = sd.ready()
				} else {
					_, err = sd.total(queries[(w+i)%len(queries)])
				}
				l.mu.Lock()
				l.requests++
				if err != nil && len(l.failures) < 20 {
					l.failures = append(l.failures, err.Error())
				}
				l.mu.Unlock()
			}
		}(w)
	}
	return l
}

// end stops the load and fails the test on any failed request.
func (l *load) end(t *testing.T) {
	t.Helper()
	close(l.stop)
	l.wg.Wait()
	l.mu.Lock()
	defer l.mu.Unlock()
	t.Logf("%d requests while indexing, %d failed", l.requests, len(l.failures))
	if len(l.failures) > 0 {
		t.Errorf("failed requests:\n%s", strings.Join(l.failures, "\n"))
	}
	if l.requests < 10 {
		t.Errorf("only %d requests were made", l.requests)
	}
}
