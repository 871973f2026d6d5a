package bench

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

// server is an engine running as its own process, as it would in
// production, so that its memory and start-up are its own.
type server struct {
	name  string
	cmd   *exec.Cmd
	base  string        // http://127.0.0.1:port
	ready time.Duration // from exec to the first 200 from /readyz
	done  chan error
	log   *os.File
	once  sync.Once
	err   error
}

// freeAddr asks the kernel for an unused loopback port.
func freeAddr() (string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer ln.Close()
	return ln.Addr().String(), nil
}

// startServer runs argv (with addr appended by the caller) and waits until
// GET /readyz answers 200, timing it. Its output goes to logPath; env is
// added to the benchmark's own environment.
func startServer(ctx context.Context, name, addr, dir, logPath string, argv, env []string) (*server, error) {
	lf, err := os.Create(logPath)
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	cmd.Stdout, cmd.Stderr = lf, lf
	s := &server{name: name, cmd: cmd, base: "http://" + addr, done: make(chan error, 1), log: lf}
	start := time.Now()
	if err := cmd.Start(); err != nil {
		lf.Close()
		return nil, fmt.Errorf("start %s: %w", name, err)
	}
	go func() { s.done <- cmd.Wait() }()
	client := &http.Client{Timeout: time.Second}
	for {
		resp, err := client.Get(s.base + "/readyz")
		if err == nil {
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				s.ready = time.Since(start)
				return s, nil
			}
		}
		select {
		case err := <-s.done:
			lf.Close()
			return nil, fmt.Errorf("%s exited before it was ready (%v); see %s", name, err, logPath)
		case <-ctx.Done():
			s.stop()
			return nil, ctx.Err()
		case <-time.After(2 * time.Millisecond):
		}
		if time.Since(start) > 2*time.Minute {
			s.stop()
			return nil, fmt.Errorf("%s not ready after 2 minutes; see %s", name, logPath)
		}
	}
}

// memory reads the process's resident set now and at its peak, and the
// part of it that is anonymous (heap, stacks) rather than file pages (the
// binary, mmap'd index files), in bytes.
func (s *server) memory() (rss, peak, anon int64, err error) {
	f, err := os.Open(fmt.Sprintf("/proc/%d/status", s.cmd.Process.Pid))
	if err != nil {
		return 0, 0, 0, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		k, v, ok := strings.Cut(sc.Text(), ":")
		if !ok {
			continue
		}
		fields := strings.Fields(v)
		if len(fields) == 0 {
			continue
		}
		n, _ := strconv.ParseInt(fields[0], 10, 64)
		switch k {
		case "VmRSS":
			rss = n << 10
		case "VmHWM":
			peak = n << 10
		case "RssAnon":
			anon = n << 10
		}
	}
	return rss, peak, anon, sc.Err()
}

// stop asks the server to shut down and kills it if it does not. Calling
// it again returns the first call's result.
func (s *server) stop() error {
	s.once.Do(func() {
		defer s.log.Close()
		s.cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-s.done:
		case <-time.After(15 * time.Second):
			s.cmd.Process.Kill()
			<-s.done
			s.err = fmt.Errorf("%s did not stop on SIGTERM", s.name)
		}
	})
	return s.err
}

// loadResult is what clients measured against one server.
type loadResult struct {
	latencies []time.Duration
	wall      time.Duration
}

// load sends every query rounds times from clients concurrent clients (each
// with its own keep-alive connection), timing each request to the end of
// its body.
func load(ctx context.Context, base string, queries []Query, clients, rounds int) (*loadResult, error) {
	tr := &http.Transport{MaxIdleConnsPerHost: clients, DisableCompression: true}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr, Timeout: time.Minute}
	total := len(queries) * rounds
	lat := make([]time.Duration, total)
	var wg sync.WaitGroup
	var mu sync.Mutex
	var firstErr error
	start := time.Now()
	for c := 0; c < clients; c++ {
		wg.Add(1)
		go func(c int) {
			defer wg.Done()
			for i := c; i < total; i += clients {
				if ctx.Err() != nil {
					return
				}
				u := base + "/api/v1/search?" + queries[i%len(queries)].values(10).Encode()
				t0 := time.Now()
				err := get(ctx, client, u)
				lat[i] = time.Since(t0)
				if err != nil {
					mu.Lock()
					if firstErr == nil {
						firstErr = fmt.Errorf("%s: %w", u, err)
					}
					mu.Unlock()
					return
				}
			}
		}(c)
	}
	wg.Wait()
	if firstErr != nil {
		return nil, firstErr
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return &loadResult{latencies: lat, wall: time.Since(start)}, nil
}

// paired runs every query once over HTTP from one client and once through
// inProcess, one right after the other, the HTTP request first for even
// queries and second for odd ones.
func paired(ctx context.Context, base string, queries []Query, inProcess func(Query) error) (viaHTTP, direct Latency, err error) {
	tr := &http.Transport{MaxIdleConnsPerHost: 1, DisableCompression: true}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr, Timeout: time.Minute}
	hs := make([]time.Duration, len(queries))
	ds := make([]time.Duration, len(queries))
	for i, q := range queries {
		overHTTP := func() error {
			u := base + "/api/v1/search?" + q.values(10).Encode()
			t0 := time.Now()
			err := get(ctx, client, u)
			hs[i] = time.Since(t0)
			if err != nil {
				return fmt.Errorf("%s: %w", u, err)
			}
			return nil
		}
		inProc := func() error {
			t0 := time.Now()
			err := inProcess(q)
			ds[i] = time.Since(t0)
			if err != nil {
				return fmt.Errorf("%s in process: %w", q, err)
			}
			return nil
		}
		first, second := overHTTP, inProc
		if i%2 == 1 {
			first, second = inProc, overHTTP
		}
		if err := first(); err != nil {
			return Latency{}, Latency{}, err
		}
		if err := second(); err != nil {
			return Latency{}, Latency{}, err
		}
	}
	return summarize(hs), summarize(ds), nil
}

// get GETs u and reads the whole body; a status other than 200 is an error.
func get(ctx context.Context, client *http.Client, u string) error {
	code, err := fetch(ctx, client, u)
	if err != nil {
		return err
	}
	if code != http.StatusOK {
		return fmt.Errorf("%d %s", code, http.StatusText(code))
	}
	return nil
}

// fetch GETs u and reads the whole body, as a real client does, and
// returns the status.
func fetch(ctx context.Context, client *http.Client, u string) (int, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return 0, err
	}
	resp, err := client.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	if _, err := io.Copy(io.Discard, resp.Body); err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}
