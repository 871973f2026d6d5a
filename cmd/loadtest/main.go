// Command loadtest checks that searchd stays responsive and bounded under
// the most expensive load its API allows (issue 14): it indexes a corpus,
// starts searchd on loopback, has eight clients send the heaviest queries
// the limits let through while one client sends cheap queries, and reports
// the cheap queries' latency and searchd's resident memory.
//
//	go run ./cmd/loadtest                                  # the sample corpus, 30 s
//	go run ./cmd/loadtest --corpus ../shared/corpus --duration 60s
//
// It needs Linux (/proc for the memory figures) and is bounded: it stops
// after --duration and kills the searchd it started. Exit code 1 when a
// target is missed: searchd's RSS under 1.5 GB, cheap p99 under 100 ms.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/spf13/pflag"
)

func main() {
	if err := run(context.Background(), os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "loadtest:", err)
		os.Exit(1)
	}
}

// Targets from issue 14.
const (
	maxRSS       = 1536 << 20
	maxCheapP99  = 100 * time.Millisecond
	maxQueryLen  = 1000 // the query parser's limit
	pageSize     = 100  // server.max_page_size
	deepestPage  = 100  // server.max_result_window / pageSize
	settleBefore = 2 * time.Second
)

type options struct {
	corpus   string
	index    string
	duration time.Duration
	clients  int
	after    time.Duration
	log      string
}

func run(ctx context.Context, args []string) error {
	var o options
	fs := pflag.NewFlagSet("loadtest", pflag.ContinueOnError)
	fs.StringVar(&o.corpus, "corpus", "testdata/sample", "corpus folder to index and search")
	fs.StringVar(&o.index, "index", "", "use this existing index folder instead of building one")
	fs.DurationVar(&o.duration, "duration", 30*time.Second, "how long the expensive clients run")
	fs.IntVar(&o.clients, "clients", 8, "expensive clients")
	fs.DurationVar(&o.after, "after", 5*time.Second, "how long after the burst to measure memory again")
	fs.StringVar(&o.log, "log", "", "keep searchd's log (warnings: timeouts, slow queries) in this file")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			return nil
		}
		return err
	}
	if _, err := os.Stat("gazetteer.yaml"); err != nil {
		return errors.New("run it from the repository's root folder (gazetteer.yaml, config.yaml)")
	}

	tmp, err := os.MkdirTemp("", "readouts-loadtest-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	fmt.Println("building indexer and searchd")
	if err := command(ctx, "go", "build", "-o", tmp+string(filepath.Separator), "./cmd/indexer", "./cmd/searchd").Run(); err != nil {
		return fmt.Errorf("go build: %w", err)
	}
	if o.index == "" {
		o.index = filepath.Join(tmp, "index")
		fmt.Println("indexing", o.corpus)
		if err := command(ctx, filepath.Join(tmp, "indexer"), "--corpus", o.corpus, "--index", o.index).Run(); err != nil {
			return fmt.Errorf("indexer: %w", err)
		}
	}

	addr, err := freeAddr()
	if err != nil {
		return err
	}
	searchd := exec.CommandContext(ctx, filepath.Join(tmp, "searchd"), "--index", o.index, "--addr", addr, "--log-level", "warn")
	if o.log == "" {
		o.log = filepath.Join(tmp, "searchd.log")
	}
	log, err := os.Create(o.log)
	if err != nil {
		return err
	}
	defer log.Close()
	searchd.Stdout, searchd.Stderr = log, log
	if err := searchd.Start(); err != nil {
		return fmt.Errorf("searchd: %w", err)
	}
	defer func() {
		_ = searchd.Process.Kill()
		_ = searchd.Wait()
	}()
	base := "http://" + addr
	if err := waitReady(ctx, base, 30*time.Second); err != nil {
		return err
	}
	pid := searchd.Process.Pid

	heavy, err := heavyQueries(ctx, base, o.corpus)
	if err != nil {
		return err
	}
	fmt.Printf("%d expensive queries, e.g.\n", len(heavy))
	for _, q := range heavy {
		fmt.Printf("  %.120s\n", q)
	}

	startRSS := rss(pid)
	idle := measureCheap(ctx, base, 3*time.Second)
	fmt.Printf("\nidle: cheap p50 %v p99 %v (%d queries); searchd RSS %s\n", idle.pct(50), idle.pct(99), len(idle.lat), mb(startRSS))

	// The burst: o.clients expensive clients, one cheap client, an RSS sampler.
	burst, cancel := context.WithTimeout(ctx, o.duration)
	defer cancel()
	var statuses sync.Map // code -> *atomic.Int64
	count := func(code int) {
		v, _ := statuses.LoadOrStore(code, new(atomic.Int64))
		v.(*atomic.Int64).Add(1)
	}
	var heavyLat latencies
	var mu sync.Mutex
	var wg sync.WaitGroup
	for i := range o.clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := i; burst.Err() == nil; n++ {
				start := time.Now()
				code, err := fetch(burst, base+heavy[n%len(heavy)])
				if err != nil {
					continue // the burst ended mid-request
				}
				count(code)
				mu.Lock()
				heavyLat.lat = append(heavyLat.lat, time.Since(start))
				mu.Unlock()
				if code == http.StatusTooManyRequests {
					time.Sleep(100 * time.Millisecond) // a client that honours 429 a little
				}
			}
		}()
	}
	var peak atomic.Int64
	wg.Add(1)
	go func() {
		defer wg.Done()
		for burst.Err() == nil {
			if r := rss(pid); r > peak.Load() {
				peak.Store(r)
			}
			time.Sleep(50 * time.Millisecond)
		}
	}()
	time.Sleep(settleBefore) // let the expensive clients fill the server first
	cheap := measureCheap(burst, base, o.duration)
	wg.Wait()
	endRSS := rss(pid)
	time.Sleep(o.after)
	afterRSS := rss(pid)

	fmt.Printf("\nburst of %v, %d expensive clients:\n", o.duration, o.clients)
	var codes []int
	statuses.Range(func(k, _ any) bool { codes = append(codes, k.(int)); return true })
	sort.Ints(codes)
	for _, c := range codes {
		v, _ := statuses.Load(c)
		fmt.Printf("  expensive: %d × %d\n", v.(*atomic.Int64).Load(), c)
	}
	fmt.Printf("  expensive latency p50 %v p99 %v max %v\n", heavyLat.pct(50), heavyLat.pct(99), heavyLat.pct(100))
	fmt.Printf("  cheap: %d queries, %d not 200; p50 %v p99 %v max %v\n", len(cheap.lat), cheap.failed, cheap.pct(50), cheap.pct(99), cheap.pct(100))
	fmt.Printf("  searchd RSS: %s before, peak %s, %s at the end, %s %v later\n", mb(startRSS), mb(peak.Load()), mb(endRSS), mb(afterRSS), o.after)

	var missed []string
	if peak.Load() >= maxRSS {
		missed = append(missed, fmt.Sprintf("peak RSS %s is not under %s", mb(peak.Load()), mb(maxRSS)))
	}
	if p := cheap.pct(99); p >= maxCheapP99 {
		missed = append(missed, fmt.Sprintf("cheap p99 %v is not under %v", p, maxCheapP99))
	}
	if cheap.failed > 0 {
		missed = append(missed, fmt.Sprintf("%d cheap queries failed", cheap.failed))
	}
	if len(missed) > 0 {
		return fmt.Errorf("targets missed: %s", strings.Join(missed, "; "))
	}
	fmt.Printf("targets met: RSS under %s, cheap p99 under %v\n", mb(maxRSS), maxCheapP99)
	return nil
}

func command(ctx context.Context, name string, args ...string) *exec.Cmd {
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	return cmd
}

func freeAddr() (string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer ln.Close()
	return ln.Addr().String(), nil
}

func waitReady(ctx context.Context, base string, within time.Duration) error {
	deadline := time.Now().Add(within)
	for time.Now().Before(deadline) {
		if code, err := fetch(ctx, base+"/readyz"); err == nil && code == http.StatusOK {
			return nil
		}
		time.Sleep(100 * time.Millisecond)
	}
	return fmt.Errorf("searchd not ready after %v", within)
}

var client = &http.Client{Timeout: 30 * time.Second}

// fetch GETs u and reads the whole body, as a real client does.
func fetch(ctx context.Context, u string) (int, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return 0, err
	}
	res, err := client.Do(req)
	if err != nil {
		return 0, err
	}
	defer res.Body.Close()
	_, err = io.Copy(io.Discard, res.Body)
	return res.StatusCode, err
}

// fetchJSON GETs u and decodes its JSON body into v; not 200 is an error.
func fetchJSON(ctx context.Context, u string, v any) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return err
	}
	res, err := client.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		return fmt.Errorf("GET %s: %s", u, res.Status)
	}
	return json.NewDecoder(res.Body).Decode(v)
}

// cheapQueries are what people type: a name or a word, the first page.
var cheapQueries = []string{"Minsk", "Taiwan", "sanctions", `"Wang Yi"`, "Blinken", "climate", "Olympics", "Ukraine"}

type latencies struct {
	lat    []time.Duration
	failed int
}

func (l latencies) pct(p float64) time.Duration {
	if len(l.lat) == 0 {
		return 0
	}
	s := append([]time.Duration(nil), l.lat...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	i := int(float64(len(s))*p/100+0.5) - 1
	return s[min(max(i, 0), len(s)-1)]
}

// measureCheap sends cheap queries one after another, every 20 ms, for d.
func measureCheap(ctx context.Context, base string, d time.Duration) latencies {
	var l latencies
	end := time.Now().Add(d)
	for n := 0; time.Now().Before(end) && ctx.Err() == nil; n++ {
		start := time.Now()
		code, err := fetch(ctx, base+"/api/v1/search?q="+url.QueryEscape(cheapQueries[n%len(cheapQueries)]))
		if err != nil && ctx.Err() != nil {
			break
		}
		l.lat = append(l.lat, time.Since(start))
		if err != nil || code != http.StatusOK {
			l.failed++
		}
		time.Sleep(20 * time.Millisecond)
	}
	return l
}

// heavyQueries builds the most expensive requests the API accepts, each
// checked against searchd (a query the limits refuse costs nothing):
// the corpus's most frequent words ORed up to the query length limit, on
// the deepest page the result window allows, by relevance and by date;
// two-letter prefixes ORed up to the term budget; short fuzzy words; and
// browsing everything on the deepest page.
func heavyQueries(ctx context.Context, base, corpus string) ([]string, error) {
	words, err := frequentWords(corpus, 400)
	if err != nil {
		return nil, err
	}
	ored := func(terms []string) string {
		q := ""
		for _, t := range terms {
			next := q + " | " + t
			if q == "" {
				next = t
			}
			if len(next) > maxQueryLen {
				break
			}
			q = next
		}
		return q
	}
	// The deepest page a query has, within the result window.
	search := func(q, extra string) string {
		u := fmt.Sprintf("/api/v1/search?q=%s&size=%d%s", url.QueryEscape(q), pageSize, extra)
		var first struct{ Pages int }
		if err := fetchJSON(ctx, base+u, &first); err != nil || first.Pages < 2 {
			return u
		}
		return fmt.Sprintf("%s&page=%d", u, min(first.Pages, deepestPage))
	}
	// Two-letter prefixes, widest first, as many as the term budget takes:
	// add one at a time and keep it if searchd accepts the query.
	var prefixes []string
	for _, a := range "etaoinsrhdlcumpfgwybvk" {
		for _, b := range "eaoiurlnt" {
			prefixes = append(prefixes, string(a)+string(b)+"*")
		}
	}
	var kept []string
	for _, p := range prefixes {
		try := append(append([]string(nil), kept...), p)
		if len(ored(try)) != len(strings.Join(try, " | ")) {
			break
		}
		code, err := fetch(ctx, base+fmt.Sprintf("/api/v1/search?q=%s&size=1", url.QueryEscape(strings.Join(try, " | "))))
		if err != nil {
			return nil, err
		}
		if code == http.StatusOK {
			kept = try
		}
	}
	var fuzzy []string
	for _, w := range []string{"to", "an", "in", "on", "ab", "st", "re", "co", "de", "pr"} {
		fuzzy = append(fuzzy, w+"~2")
	}
	candidates := []string{
		search(ored(words), ""),
		search(ored(words), "&sort=newest"),
		search(ored(kept), ""),
		search(ored(fuzzy), ""),
		search("", "&sort=oldest"),
	}
	var out []string
	for _, c := range candidates {
		code, err := fetch(ctx, base+c)
		if err != nil {
			return nil, err
		}
		if code == http.StatusOK {
			out = append(out, c)
		} else {
			fmt.Printf("  (left out, %d: %.100s)\n", code, c)
		}
	}
	if len(out) == 0 {
		return nil, errors.New("searchd accepted none of the expensive queries")
	}
	return out, nil
}

var wordRe = regexp.MustCompile(`[A-Za-z]{4,}`)

// stopWords are common words the index leaves out: in a query they cost
// nothing but its length.
var stopWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields("that this with have from they their there these those which will would been were what when where while about into than then them some such only other very more most over because being does could should your ours") {
		stopWords[w] = true
	}
}

// frequentWords returns the n most frequent words of four letters or more
// in the corpus's text files: common words have the longest posting lists.
func frequentWords(corpus string, n int) ([]string, error) {
	counts := map[string]int{}
	err := filepath.WalkDir(corpus, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		switch filepath.Ext(path) {
		case ".txt", ".md", ".html", ".jsonl":
		default:
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, w := range wordRe.FindAll(b, -1) {
			if w := strings.ToLower(string(w)); !stopWords[w] {
				counts[w]++
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read corpus: %w", err)
	}
	words := make([]string, 0, len(counts))
	for w := range counts {
		words = append(words, w)
	}
	sort.Slice(words, func(i, j int) bool {
		if counts[words[i]] != counts[words[j]] {
			return counts[words[i]] > counts[words[j]]
		}
		return words[i] < words[j]
	})
	return words[:min(n, len(words))], nil
}

// rss is a process's resident memory in bytes, from /proc (0 if unknown).
func rss(pid int) int64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			return kb << 10
		}
	}
	return 0
}

func mb(b int64) string { return fmt.Sprintf("%d MB", b>>20) }
