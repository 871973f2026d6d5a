package bench

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/readouts/readouts/internal/corpus"
)

// Targets of the load test (issue 14): searchd's resident memory stays under
// LoadMaxRSS and a person's cheap query answers within LoadMaxCheapP99 while
// the heaviest requests the API allows keep every slot busy.
const (
	LoadMaxRSS      = 1536 << 20
	LoadMaxCheapP99 = 100 * time.Millisecond
)

// The API's limits the heavy requests are shaped to (server config defaults).
const (
	loadMaxQueryLen = 1000 // the query parser's limit
	loadPageSize    = 100  // server.max_page_size
	loadDeepestPage = 100  // server.max_result_window / loadPageSize
	loadSettle      = 2 * time.Second
)

// LoadOptions configures LoadTest.
type LoadOptions struct {
	Root     string        // the repository's root (config.yaml, gazetteer.yaml), where commands run; "" is the working folder
	Corpus   string        // folder indexed (unless Index is set) and read for frequent words
	Index    string        // an existing index folder; "" builds one from Corpus
	Duration time.Duration // how long the expensive clients run
	Clients  int           // expensive clients
	After    time.Duration // how long after the burst to read memory again
	Log      string        // searchd's log; "" keeps it in the temporary folder
	Out      io.Writer     // progress and the report
}

// LoadReport is what LoadTest measured.
type LoadReport struct {
	Heavy    []string      // the expensive requests searchd accepted
	Idle     Latency       // cheap queries before the burst
	Cheap    Latency       // cheap queries during the burst
	CheapBad int           // cheap queries that failed or were not 200
	HeavyLat Latency       // expensive requests during the burst, any status
	Statuses map[int]int   // expensive requests by HTTP status
	RSS      [3]int64      // searchd's resident memory before, at the end, After later
	Peak     int64         // searchd's peak resident memory (VmHWM)
	After    time.Duration // as in LoadOptions
	Duration time.Duration // as in LoadOptions
	Clients  int           // as in LoadOptions
	Ready    time.Duration // searchd's start to ready
	Built    bool          // the index was built for this run
	Missed   []string      // the targets missed, in words
}

// LoadTest builds indexer and searchd from the module in the working folder
// (the repository's root), indexes o.Corpus into a temporary folder (or uses
// o.Index), starts searchd on a free loopback port, and for o.Duration has
// o.Clients clients send the most expensive requests the limits let through
// while one client sends cheap queries. It reads searchd's memory from /proc
// (Linux). Missed lists the targets not met; an error means the test could
// not run.
func LoadTest(ctx context.Context, o LoadOptions) (*LoadReport, error) {
	if o.Out == nil {
		o.Out = io.Discard
	}
	if o.Clients < 1 || o.Duration <= 0 {
		return nil, fmt.Errorf("load test: need clients ≥ 1 and a duration > 0 (got %d, %v)", o.Clients, o.Duration)
	}
	tmp, err := os.MkdirTemp("", "readouts-loadtest-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	fmt.Fprintln(o.Out, "building indexer and searchd")
	if err := runQuiet(ctx, o.Root, o.Out, "go", "build", "-o", tmp+string(filepath.Separator),
		"github.com/readouts/readouts/cmd/indexer", "github.com/readouts/readouts/cmd/searchd"); err != nil {
		return nil, fmt.Errorf("go build: %w", err)
	}
	r := &LoadReport{Duration: o.Duration, Clients: o.Clients, After: o.After, Statuses: map[int]int{}}
	if o.Index == "" {
		o.Index, r.Built = filepath.Join(tmp, "index"), true
		fmt.Fprintln(o.Out, "indexing", o.Corpus)
		if err := runQuiet(ctx, o.Root, o.Out, filepath.Join(tmp, "indexer"), "--corpus", o.Corpus, "--index", o.Index); err != nil {
			return nil, fmt.Errorf("indexer: %w", err)
		}
	}
	if o.Log == "" {
		o.Log = filepath.Join(tmp, "searchd.log")
	}
	addr, err := freeAddr()
	if err != nil {
		return nil, err
	}
	s, err := startServer(ctx, "searchd", addr, o.Root, o.Log,
		[]string{filepath.Join(tmp, "searchd"), "--index", o.Index, "--addr", addr, "--log-level", "warn"}, nil)
	if err != nil {
		return nil, err
	}
	defer s.stop()
	r.Ready = s.ready
	client := &http.Client{Timeout: 30 * time.Second}

	r.Heavy, err = heavyRequests(ctx, client, s.base, o.Corpus, o.Out)
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(o.Out, "%d expensive requests, e.g.\n", len(r.Heavy))
	for _, q := range r.Heavy {
		fmt.Fprintf(o.Out, "  %.120s\n", q)
	}
	if r.RSS[0], _, _, err = s.memory(); err != nil {
		return nil, fmt.Errorf("searchd memory: %w", err)
	}
	idle, _ := cheapQueries(ctx, client, s.base, 3*time.Second)
	r.Idle = summarize(idle)

	burst, cancel := context.WithTimeout(ctx, o.Duration)
	defer cancel()
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex // guards heavy and r.Statuses during the burst
		heavy []time.Duration
	)
	for i := range o.Clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := i; burst.Err() == nil; n++ {
				start := time.Now()
				code, err := fetch(burst, client, s.base+r.Heavy[n%len(r.Heavy)])
				if err != nil {
					continue // the burst ended mid-request
				}
				d := time.Since(start)
				mu.Lock()
				r.Statuses[code]++
				heavy = append(heavy, d)
				mu.Unlock()
				if code == http.StatusTooManyRequests {
					time.Sleep(100 * time.Millisecond) // a client that honours 429 a little
				}
			}
		}()
	}
	time.Sleep(loadSettle) // let the expensive clients fill the server first
	cheap, bad := cheapQueries(burst, client, s.base, o.Duration)
	wg.Wait()
	r.Cheap, r.CheapBad, r.HeavyLat = summarize(cheap), bad, summarize(heavy)
	if r.RSS[1], r.Peak, _, err = s.memory(); err != nil {
		return nil, fmt.Errorf("searchd memory: %w", err)
	}
	select {
	case <-time.After(o.After):
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	if r.RSS[2], _, _, err = s.memory(); err != nil {
		return nil, fmt.Errorf("searchd memory: %w", err)
	}
	if err := s.stop(); err != nil {
		return nil, err
	}

	if r.Peak >= LoadMaxRSS {
		r.Missed = append(r.Missed, fmt.Sprintf("peak RSS %s is not under %s", mib(r.Peak), mib(LoadMaxRSS)))
	}
	if r.Cheap.P99 >= LoadMaxCheapP99 {
		r.Missed = append(r.Missed, fmt.Sprintf("cheap p99 %v is not under %v", r.Cheap.P99, LoadMaxCheapP99))
	}
	if r.CheapBad > 0 {
		r.Missed = append(r.Missed, fmt.Sprintf("%d cheap queries failed", r.CheapBad))
	}
	return r, nil
}

// Write prints the report as cmd/loadtest shows it.
func (r *LoadReport) Write(w io.Writer) {
	fmt.Fprintf(w, "\nidle: cheap p50 %v p99 %v (%d queries); searchd RSS %s; ready in %v\n",
		r.Idle.P50, r.Idle.P99, r.Idle.N, mib(r.RSS[0]), r.Ready.Round(time.Millisecond))
	fmt.Fprintf(w, "\nburst of %v, %d expensive clients:\n", r.Duration, r.Clients)
	codes := make([]int, 0, len(r.Statuses))
	for c := range r.Statuses {
		codes = append(codes, c)
	}
	slices.Sort(codes)
	for _, c := range codes {
		fmt.Fprintf(w, "  expensive: %d × %d\n", r.Statuses[c], c)
	}
	fmt.Fprintf(w, "  expensive latency p50 %v p99 %v max %v\n", r.HeavyLat.P50, r.HeavyLat.P99, r.HeavyLat.Max)
	fmt.Fprintf(w, "  cheap: %d queries, %d not 200; p50 %v p99 %v max %v\n", r.Cheap.N, r.CheapBad, r.Cheap.P50, r.Cheap.P99, r.Cheap.Max)
	fmt.Fprintf(w, "  searchd RSS: %s before, peak %s, %s at the end, %s %v later\n",
		mib(r.RSS[0]), mib(r.Peak), mib(r.RSS[1]), mib(r.RSS[2]), r.After)
	if len(r.Missed) == 0 {
		fmt.Fprintf(w, "targets met: RSS under %s, cheap p99 under %v\n", mib(LoadMaxRSS), LoadMaxCheapP99)
	}
}

func mib(b int64) string { return fmt.Sprintf("%d MB", b>>20) }

// runQuiet runs a command in dir with its output going to out.
func runQuiet(ctx context.Context, dir string, out io.Writer, name string, args ...string) error {
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir, cmd.Stdout, cmd.Stderr = dir, out, out
	return cmd.Run()
}

// loadCheap are what people type: a name or a word, the first page.
var loadCheap = []string{"Minsk", "Taiwan", "sanctions", `"Wang Yi"`, "Blinken", "climate", "Olympics", "Ukraine"}

// cheapQueries sends cheap queries one after another, every 20 ms, for d,
// and returns their latencies and how many failed or were not 200.
func cheapQueries(ctx context.Context, client *http.Client, base string, d time.Duration) (lat []time.Duration, bad int) {
	end := time.Now().Add(d)
	for n := 0; time.Now().Before(end) && ctx.Err() == nil; n++ {
		start := time.Now()
		code, err := fetch(ctx, client, base+"/api/v1/search?q="+url.QueryEscape(loadCheap[n%len(loadCheap)]))
		if err != nil && ctx.Err() != nil {
			break
		}
		lat = append(lat, time.Since(start))
		if err != nil || code != http.StatusOK {
			bad++
		}
		time.Sleep(20 * time.Millisecond)
	}
	return lat, bad
}

// heavyRequests builds the most expensive requests the API accepts, each
// checked against searchd (a query the limits refuse costs nothing): the
// corpus's most frequent words ORed up to the query length limit, on the
// deepest page the result window allows, by relevance and by date;
// two-letter prefixes ORed up to the term budget; short fuzzy words; and
// browsing everything on the deepest page.
func heavyRequests(ctx context.Context, client *http.Client, base, dir string, out io.Writer) ([]string, error) {
	words, err := frequentWords(dir, 400)
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
			if len(next) > loadMaxQueryLen {
				break
			}
			q = next
		}
		return q
	}
	// The deepest page a query has, within the result window.
	deepest := func(q, extra string) string {
		u := fmt.Sprintf("/api/v1/search?q=%s&size=%d%s", url.QueryEscape(q), loadPageSize, extra)
		var first struct{ Pages int }
		if err := fetchJSON(ctx, client, base+u, &first); err != nil || first.Pages < 2 {
			return u
		}
		return fmt.Sprintf("%s&page=%d", u, min(first.Pages, loadDeepestPage))
	}
	// Two-letter prefixes, widest first, as many as the term budget takes:
	// add one at a time and keep it if searchd accepts the query.
	var kept []string
prefixes:
	for _, a := range "etaoinsrhdlcumpfgwybvk" {
		for _, b := range "eaoiurlnt" {
			try := append(slices.Clone(kept), string(a)+string(b)+"*")
			if len(ored(try)) != len(strings.Join(try, " | ")) {
				break prefixes
			}
			code, err := fetch(ctx, client, base+"/api/v1/search?size=1&q="+url.QueryEscape(strings.Join(try, " | ")))
			if err != nil {
				return nil, err
			}
			if code == http.StatusOK {
				kept = try
			}
		}
	}
	var fuzzy []string
	for _, w := range []string{"to", "an", "in", "on", "ab", "st", "re", "co", "de", "pr"} {
		fuzzy = append(fuzzy, w+"~2")
	}
	candidates := []string{
		deepest(ored(words), ""),
		deepest(ored(words), "&sort=newest"),
		deepest(ored(kept), ""),
		deepest(ored(fuzzy), ""),
		deepest("", "&sort=oldest"),
	}
	var accepted []string
	for _, c := range candidates {
		code, err := fetch(ctx, client, base+c)
		if err != nil {
			return nil, err
		}
		if code == http.StatusOK {
			accepted = append(accepted, c)
		} else {
			fmt.Fprintf(out, "  (left out, %d: %.100s)\n", code, c)
		}
	}
	if len(accepted) == 0 {
		return nil, errors.New("searchd accepted none of the expensive queries")
	}
	return accepted, nil
}

// fetchJSON GETs u and decodes its JSON body into v; not 200 is an error.
func fetchJSON(ctx context.Context, client *http.Client, u string, v any) error {
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

var wordRe = regexp.MustCompile(`[A-Za-z]{4,}`)

// loadStopWords are common words the index leaves out: in a query they
// cost nothing but its length.
var loadStopWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("that this with have from they their there these those which will would been were what when where while about into than then them some such only other very more most over because being does could should your ours") {
		m[w] = true
	}
	return m
}()

// frequentWords returns the n most frequent words of four letters or more
// in the corpus's files (those the indexer reads, as corpus.Scan finds
// them): common words have the longest posting lists.
func frequentWords(dir string, n int) ([]string, error) {
	ls, err := corpus.Scan([]string{dir}, nil)
	if err != nil {
		return nil, fmt.Errorf("read corpus: %w", err)
	}
	counts := map[string]int{}
	for _, f := range ls.Files {
		b, err := os.ReadFile(f.Path)
		if err != nil {
			return nil, fmt.Errorf("read corpus: %w", err)
		}
		for _, w := range wordRe.FindAll(b, -1) {
			if w := strings.ToLower(string(w)); !loadStopWords[w] {
				counts[w]++
			}
		}
	}
	words := make([]string, 0, len(counts))
	for w := range counts {
		words = append(words, w)
	}
	slices.SortFunc(words, func(a, b string) int {
		if counts[a] != counts[b] {
			return counts[b] - counts[a]
		}
		return strings.Compare(a, b)
	})
	return words[:min(n, len(words))], nil
}
