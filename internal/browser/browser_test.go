package browser_test

// Browser tests: the real server over a real index, driven in headless
// Chromium the way a person uses the page. They need a Chromium binary
// (Debian: apt-get install chromium); without one they skip, except when
// CI=true, where a missing browser is a failure.

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/readouts/readouts/internal/config"
	"github.com/readouts/readouts/internal/server"
	"github.com/readouts/readouts/internal/testindex"
)

var updateScreenshots = flag.Bool("update-screenshots", false, "rewrite docs/screenshots/*.png from the browser tests")

// findBrowser returns a Chromium or Chrome binary: $READOUTS_BROWSER, then
// the usual names on PATH.
func findBrowser() (string, error) {
	if p := os.Getenv("READOUTS_BROWSER"); p != "" {
		return exec.LookPath(p)
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome", "headless-shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p, nil
		}
	}
	if _, err := os.Stat("/usr/bin/chromium"); err == nil {
		return "/usr/bin/chromium", nil
	}
	return "", errors.New("no Chromium or Chrome found (tried $READOUTS_BROWSER, chromium, chromium-browser, google-chrome)")
}

// chromium is the one headless Chromium the browser tests share: starting
// one costs about as much CPU as a short browser test, and tabs of one
// browser keep nothing from each other that these tests look at (each has
// its own server, so its own origin). The first test that needs it starts
// it; TestMain closes it.
var chromium struct {
	once   sync.Once
	ctx    context.Context
	cancel context.CancelFunc
	err    error
}

// startBrowser returns a context for opening tabs in the shared headless
// Chromium, and marks the test parallel: the browser tests run two at a
// time (go test's -parallel is the number of CPUs), each mostly waiting on
// the browser while the other runs. It skips the test when there is no
// browser, unless CI=true.
func startBrowser(t *testing.T) context.Context {
	t.Helper()
	path, err := findBrowser()
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("browser tests must run in CI: %v; install it with apt-get install -y chromium", err)
		}
		t.Skipf("skipping browser tests: %v; install it with apt-get install -y chromium (set CI=true to make this a failure)", err)
	}
	t.Parallel()
	chromium.once.Do(func() { chromium.ctx, chromium.cancel, chromium.err = launchBrowser(path) })
	if chromium.err != nil {
		t.Fatal(chromium.err)
	}
	return chromium.ctx
}

// launchBrowser starts Chromium with a fresh profile in the tests'
// temporary folder (testindex.Main removes it).
func launchBrowser(path string) (context.Context, context.CancelFunc, error) {
	profile, err := os.MkdirTemp("", "chromium-profile-")
	if err != nil {
		return nil, nil, err
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-domain-reliability", true),
		// One process: the renderers, GPU and network service run as
		// threads of the browser process instead of processes of their own
		// started per tab. Chromium calls the mode unsupported outside
		// testing, which is what this is; the whole package took 37-40
		// CPU-seconds in a cpuacct cgroup instead of 62-63 (alternated
		// runs, load 10-14). Renderer limits, process-per-site and an
		// in-process GPU saved 5-9.
		chromedp.Flag("single-process", true),
		chromedp.Flag("no-zygote", true),
		chromedp.UserDataDir(profile),
		chromedp.WindowSize(1280, 900),
	)
	actx, acancel := chromedp.NewExecAllocator(context.Background(), opts...)
	bctx, bcancel := chromedp.NewContext(actx)
	cancel := func() { bcancel(); acancel() }
	if err := chromedp.Do(bctx); err != nil { // start the browser now, once
		cancel()
		return nil, nil, fmt.Errorf("start %s: %w", path, err)
	}
	return bctx, cancel, nil
}

// closeBrowser stops the shared Chromium, if a test started it; cancelling
// the allocator waits for the process to exit.
func closeBrowser() {
	if chromium.cancel != nil {
		chromium.cancel()
	}
}

// startPageServer serves the shared index of corpus (testindex.Shared) over
// HTTP on a loopback port.
func startPageServer(t *testing.T, pageSize int, corpus string) *httptest.Server {
	t.Helper()
	r := testindex.Shared(t, corpus)
	cfg := config.Server{SearchTimeout: 10 * time.Second, PageSize: pageSize, MaxPageSize: 100, MaxPage: 1000}
	srv, err := server.New(cfg, r, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	srv.SetPlaces(testindex.Gazetteer(t)) // as searchd does
	ts := httptest.NewServer(srv)
	t.Cleanup(ts.Close)
	return ts
}

// openSampleTab starts the shared browser and a page server over the
// sample corpus (page size 10), and opens a tab on it: the setup of every
// test that clicks through the sample.
func openSampleTab(t *testing.T) *tab {
	t.Helper()
	browser := startBrowser(t)
	ts := startPageServer(t, 10, filepath.Join(testindex.Root(), "testdata", "sample"))
	return openTab(t, browser, ts.URL)
}

// tab is one browser tab that records what a page must never do: open a
// dialog, request anything from another host, or log an error (a CSP
// violation is one).
type tab struct {
	ctx    context.Context
	t      *testing.T
	origin string

	mu      sync.Mutex
	dialogs []string
	foreign []string
	errs    []string
}

func openTab(t *testing.T, browser context.Context, origin string) *tab {
	t.Helper()
	// A tab, not a window of its own (chromedp's default): windows cost
	// Chromium CPU (the browser tests took 74.5 CPU-s in a cpuacct cgroup
	// with a window per tab, 46-47 with tabs, load 16-18). The newest tab
	// is the active one and the other test's goes to the background, where
	// the page gets no animation frames: nothing here waits for one
	// (chromedp's Poll would; these tests do not use it).
	ctx, cancel := chromedp.NewContext(browser, chromedp.WithNewWindow(false))
	t.Cleanup(cancel)
	// Two tests share the two cores: a tab gets twice what one needed alone.
	ctx, cancel = context.WithTimeout(ctx, 2*time.Minute)
	t.Cleanup(cancel)
	tb := &tab{ctx: ctx, t: t, origin: origin}
	err := chromedp.Listen(ctx, func(ev any) {
		tb.mu.Lock()
		defer tb.mu.Unlock()
		switch ev := ev.(type) {
		case *page.EventJavascriptDialogOpening:
			tb.dialogs = append(tb.dialogs, string(ev.Type)+": "+ev.Message)
			go chromedp.Call(ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
		case *network.EventRequestWillBeSent:
			u := ev.Request.URL
			if (strings.HasPrefix(u, "http:") || strings.HasPrefix(u, "https:") || strings.HasPrefix(u, "ws")) && !strings.HasPrefix(u, origin+"/") {
				tb.foreign = append(tb.foreign, u)
			}
		case *cdplog.EventEntryAdded:
			// A 4xx for the page itself is the page's answer (a bad query,
			// an unknown document); any other failed load is a fault.
			page4xx := ev.Entry.Source == cdplog.EntrySourceNetwork && strings.Contains(ev.Entry.Text, "status of 4") && !strings.Contains(ev.Entry.URL, "/static/")
			if ev.Entry.Level == cdplog.EntryLevelError && !page4xx {
				tb.errs = append(tb.errs, fmt.Sprintf("%s: %s (%s)", ev.Entry.Source, ev.Entry.Text, ev.Entry.URL))
			}
		case *runtime.EventExceptionThrown:
			tb.errs = append(tb.errs, "exception: "+ev.ExceptionDetails.Text)
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, cdplog.Enable, cdp.Empty{}); err != nil {
		t.Fatal(err)
	}
	// Each page behaves as the focused one, as a person's tab does: two
	// tests share the browser, and the page of the one whose tab went to
	// the background lost its autofocus ("focus on the landing page is on
	// "" once in seven runs of the package, with Chromium as one
	// process).
	if _, err := chromedp.Call(ctx, emulation.SetFocusEmulationEnabled, emulation.SetFocusEmulationEnabledParams{Enabled: true}); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(tb.checkClean)
	return tb
}

// checkClean fails the test if the page opened a dialog, reached for
// another host or logged an error.
func (tb *tab) checkClean() {
	tb.t.Helper()
	tb.mu.Lock()
	defer tb.mu.Unlock()
	for _, d := range tb.dialogs {
		tb.t.Errorf("a dialog opened: %s", d)
	}
	for _, u := range tb.foreign {
		tb.t.Errorf("request to another host: %s", u)
	}
	for _, e := range tb.errs {
		tb.t.Errorf("browser console error: %s", e)
	}
}

func (tb *tab) do(actions ...chromedp.Action[chromedp.Void]) {
	tb.t.Helper()
	if err := chromedp.Do(tb.ctx, actions...); err != nil {
		tb.t.Fatal(err)
	}
}

// open navigates to a path on the server.
func (tb *tab) open(path string) {
	tb.t.Helper()
	tb.do(chromedp.Navigate(tb.origin + path))
}

// follow runs an action that loads a new page (a click, Enter in a form)
// and waits for that page.
func (tb *tab) follow(trigger chromedp.Action[chromedp.Void]) {
	tb.t.Helper()
	if _, err := chromedp.Run(tb.ctx, chromedp.WaitEvent(page.LoadEventFired, nil, trigger)); err != nil {
		tb.t.Fatal(err)
	}
}

// click follows the link or button sel.
func (tb *tab) click(sel string) {
	tb.t.Helper()
	tb.follow(chromedp.Click(chromedp.CSS(sel), chromedp.NodeVisible))
}

func eval[T any](tb *tab, js string) T {
	tb.t.Helper()
	v, err := chromedp.Run(tb.ctx, chromedp.Evaluate[T](js))
	if err != nil {
		tb.t.Fatalf("%s: %v", js, err)
	}
	return v
}

// autofocused is the id of the element the page's autofocus gave focus
// to. Browsers apply autofocus when they next update the rendering, which
// can come after the load event a navigation waits for: on a busy machine
// the focus was still on the body when read at once (1 run in 4 of the
// package, cold, at load 4). So it waits up to 5 s for a focused element
// before it answers.
func (tb *tab) autofocused() string {
	tb.t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for {
		id := eval[string](tb, `document.activeElement && document.activeElement !== document.body ? document.activeElement.id : ""`)
		if id != "" || time.Now().After(deadline) {
			return id
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// back is the browser's back button. The page may come back from the
// back/forward cache, which fires no load event, so wait for the address
// and a complete document instead.
func (tb *tab) back() {
	tb.t.Helper()
	res, err := chromedp.Run(tb.ctx, chromedp.NavigationEntries())
	if err != nil || res.CurrentIndex < 1 {
		tb.t.Fatalf("no page to go back to (%v)", err)
	}
	want := res.Entries[res.CurrentIndex-1].URL
	if _, err := chromedp.Call(tb.ctx, page.NavigateToHistoryEntry, page.NavigateToHistoryEntryParams{EntryID: res.Entries[res.CurrentIndex-1].ID}); err != nil {
		tb.t.Fatal(err)
	}
	for deadline := time.Now().Add(10 * time.Second); ; {
		if tb.origin+tb.url() == want && eval[string](tb, `document.readyState`) == "complete" {
			return
		}
		if time.Now().After(deadline) {
			tb.t.Fatalf("going back: still on %s, want %s", tb.url(), want)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// url is the page's address without the origin.
func (tb *tab) url() string {
	tb.t.Helper()
	res, err := chromedp.Run(tb.ctx, chromedp.NavigationEntries())
	if err != nil {
		tb.t.Fatal(err)
	}
	return strings.TrimPrefix(res.Entries[res.CurrentIndex].URL, tb.origin)
}

// query is the page's query string, decoded.
func (tb *tab) query() url.Values {
	u, err := url.Parse(tb.url())
	if err != nil {
		tb.t.Fatal(err)
	}
	return u.Query()
}

func (tb *tab) texts(sel string) []string {
	tb.t.Helper()
	return eval[[]string](tb, `Array.from(document.querySelectorAll(`+jsString(sel)+`), e => e.textContent.replace(/\s+/g, " ").trim())`)
}

func jsString(s string) string {
	return "'" + strings.NewReplacer(`\`, `\\`, `'`, `\'`).Replace(s) + "'"
}

// facetCount reads the count beside a facet value.
func (tb *tab) facetCount(name string) string {
	tb.t.Helper()
	return eval[string](tb, `(() => {
		for (const a of document.querySelectorAll("aside .facet > ul > li > a")) {
			if (a.querySelector(".name").textContent.replace("✓", "").trim() === `+jsString(name)+`) return a.querySelector(".count").textContent;
		}
		return "";
	})()`)
}

// clickFacet follows the facet link for a value.
func (tb *tab) clickFacet(name string) {
	tb.t.Helper()
	sel := `//aside//li/a[normalize-space(.//span[@class="name"]) = "` + name + `" or normalize-space(.//span[@class="name"]) = "✓ ` + name + `"]`
	tb.follow(chromedp.Click(sel, chromedp.NodeVisible))
}

// hitsCount is the number in the results summary.
func (tb *tab) summary() string {
	tb.t.Helper()
	return eval[string](tb, `document.querySelector("p.summary").textContent.replace(/\s+/g, " ").trim()`)
}

func TestBrowser(t *testing.T) {
	browser := startBrowser(t)
	ts := startPageServer(t, 3, browserCorpus)

	t.Run("type a query, press Enter, see highlighted results", func(t *testing.T) {
		tb := openTab(t, browser, ts.URL)
		tb.open("/")
		if got := tb.autofocused(); got != "q" {
			t.Errorf("focus on the landing page is on %q, want the search box", got)
		}
		tb.follow(chromedp.SendKeys(chromedp.CSS("#q"), "Taiwan"+kb.Enter))
		if got := tb.query().Get("q"); got != "Taiwan" {
			t.Errorf("URL %s, want q=Taiwan", tb.url())
		}
		marks := tb.texts(".hit .snippet mark")
		if len(marks) == 0 {
			t.Fatal("no highlighted matches")
		}
		for _, m := range marks {
			if !strings.HasPrefix(strings.ToLower(m), "taiwan") {
				t.Errorf("highlighted %q", m)
			}
		}
		if got := eval[string](tb, `getComputedStyle(document.querySelector(".hit mark")).backgroundColor`); got == "rgba(0, 0, 0, 0)" {
			t.Error("marks are not visibly highlighted")
		}
		if s := tb.summary(); !strings.HasPrefix(s, "7 paragraphs match Taiwan") {
			t.Errorf("summary %q", s)
		}
	})

	t.Run("a speaker facet narrows results and counts and changes the URL", func(t *testing.T) {
		tb := openTab(t, browser, ts.URL)
		tb.open("/?q=Taiwan")
		if got := tb.facetCount("Antony Blinken"); got != "3" {
			t.Errorf("Antony Blinken count before = %q, want 3", got)
		}
		tb.clickFacet("Wang Yi")
		if got := tb.query()["speaker"]; len(got) != 1 || got[0] != "Wang Yi" {
			t.Errorf("URL %s, want speaker=Wang Yi", tb.url())
		}
		if s := tb.summary(); !strings.HasPrefix(s, "2 paragraphs") {
			t.Errorf("summary after the facet = %q", s)
		}
		// The speaker facet counts as if no speaker were chosen, so that
		// Blinken can be added beside Wang Yi: his count is what he finds.
		if got := tb.facetCount("Antony Blinken"); got != "3" {
			t.Errorf("Antony Blinken counts %q beside Wang Yi, want 3, what he finds", got)
		}
		for _, h := range tb.texts(".hit .speakers") {
			if !strings.Contains(h, "Wang Yi") {
				t.Errorf("hit speakers %q lack Wang Yi", h)
			}
		}
		if got := tb.texts("ul.chips .chip"); len(got) != 1 || !strings.HasPrefix(got[0], "Speaker: Wang Yi") {
			t.Errorf("chips = %q", got)
		}
		// The chip removes the filter again; the back button undoes it too.
		tb.click("ul.chips .chip")
		if s := tb.summary(); !strings.HasPrefix(s, "7 paragraphs") || tb.query().Has("speaker") {
			t.Errorf("after removing the chip: %s, %q", tb.url(), s)
		}
		tb.back()
		if s := tb.summary(); !strings.HasPrefix(s, "2 paragraphs") || tb.query().Get("speaker") != "Wang Yi" {
			t.Errorf("back: %s, %q", tb.url(), s)
		}
	})

	t.Run("Wang Yi on Taiwan in 2021 in three clicks", func(t *testing.T) {
		tb := openTab(t, browser, ts.URL)
		tb.open("/")
		tb.follow(chromedp.SendKeys(chromedp.CSS("#q"), "Taiwan"+kb.Enter))
		tb.clickFacet("Wang Yi")                    // click 1
		tb.click(`ol.years a[aria-label^="2021:"]`) // click 2
		if got := tb.texts(".hit .hit-title"); len(got) != 1 {
			t.Fatalf("hits after Taiwan, Wang Yi, 2021 = %q, want one", got)
		}
		q := tb.query()
		if q.Get("from") != "2021" || q.Get("to") != "2021" || q.Get("speaker") != "Wang Yi" {
			t.Errorf("URL %s", tb.url())
		}
		results := tb.url()
		tb.click(".hit .hit-title a") // click 3
		if !strings.HasPrefix(tb.url(), "/doc/"+callDoc) {
			t.Fatalf("opened %s", tb.url())
		}
		cur := tb.texts("section.para.current .text")
		if len(cur) != 1 || !strings.Contains(cur[0], "Wang Yi said that the Taiwan question") {
			t.Errorf("matched paragraph = %q", cur)
		}
		if got := eval[string](tb, `location.hash`); got != "#p3" {
			t.Errorf("anchor %q, want #p3", got)
		}
		if !eval[bool](tb, `(() => { const r = document.querySelector("section.para.current").getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; })()`) {
			t.Error("the matched paragraph is not in view")
		}
		if got := tb.texts("section.para.near .pnum"); strings.Join(got, ",") != "2,4" {
			t.Errorf("neighbours = %q, want paragraphs 2 and 4", got)
		}
		// Back to the results, with every filter still set.
		tb.back()
		if tb.url() != results {
			t.Errorf("back went to %s, want %s", tb.url(), results)
		}
		if got := len(tb.texts("ul.chips .chip")); got != 2 {
			t.Errorf("%d chips after going back, want 2", got)
		}
	})

	t.Run("the document's back link and paragraph navigation", func(t *testing.T) {
		tb := openTab(t, browser, ts.URL)
		tb.open("/?q=Taiwan&speaker=Wang+Yi")
		tb.click(".hit .hit-title a")
		tb.do(chromedp.Click(chromedp.CSS(`nav.docnav a[rel=next]`), chromedp.NodeVisible))
		if got := eval[string](tb, `location.hash`); got == "" || got == "#p"+tb.query().Get("p") {
			t.Errorf("next paragraph link went to %q", got)
		}
		tb.click("nav.docnav a.back")
		if tb.url() != "/?q=Taiwan&speaker=Wang+Yi" {
			t.Errorf("back link went to %s", tb.url())
		}
	})

	t.Run("markup in a document renders as text and runs nothing", func(t *testing.T) {
		tb := openTab(t, browser, ts.URL)
		tb.open("/?q=zanzibar")
		tb.click(".hit .hit-title a")
		if got := eval[string](tb, `document.querySelector("h1").textContent`); got != "Markup test <script>alert(1)</script> readout" {
			t.Errorf("title shows %q", got)
		}
		text := eval[string](tb, `document.querySelector("section.para.current .text").textContent`)
		for _, want := range []string{"<script>alert(1)</script>", "<img src=x onerror=alert(1)>"} {
			if !strings.Contains(text, want) {
				t.Errorf("paragraph text lacks %s: %q", want, text)
			}
		}
		if n := eval[int](tb, `document.querySelectorAll("main img, main script, main b").length`); n != 0 {
			t.Errorf("%d elements made from document text", n)
		}
		// A query holding markup is echoed as text too.
		tb.open("/?q=" + url.QueryEscape(`<img src=x onerror=alert(1)> "<script>alert(1)</script>`))
		if got := eval[string](tb, `document.getElementById("q").value`); !strings.HasPrefix(got, "<img src=x") {
			t.Errorf("search box = %q", got)
		}
		tb.do(chromedp.Sleep(300 * time.Millisecond)) // give a dialog the chance to open
	})

	t.Run("without JavaScript the page still searches and filters", func(t *testing.T) {
		tb := openTab(t, browser, ts.URL)
		if _, err := chromedp.Call(tb.ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
			t.Fatal(err)
		}
		tb.open("/")
		tb.follow(chromedp.SendKeys(chromedp.CSS("#q"), "Taiwan"+kb.Enter))
		if got := tb.query().Get("q"); got != "Taiwan" {
			t.Fatalf("no-JS search went to %s", tb.url())
		}
		if n := len(tb.texts(".hit")); n != 3 {
			t.Errorf("%d hits without JavaScript, want 3", n)
		}
		tb.clickFacet("Wang Yi")
		tb.do(chromedp.SetValue(chromedp.CSS("#sort"), "newest"))
		tb.click(".sortform button")
		q := tb.query()
		if q.Get("sort") != "newest" || q.Get("speaker") != "Wang Yi" || q.Get("q") != "Taiwan" {
			t.Errorf("sort form went to %s", tb.url())
		}
		if got := tb.texts(".hit time"); len(got) != 2 || got[0] < got[1] {
			t.Errorf("newest first: %q", got)
		}
		// app.js did not run: "/" types into nothing rather than focusing the box.
		tb.do(chromedp.KeyEvent("/"))
		if got := eval[string](tb, `document.activeElement.id`); got == "q" {
			t.Error("scripts ran although JavaScript is disabled")
		}
	})

	t.Run("keyboard: / focuses search, j and k move between results", func(t *testing.T) {
		tb := openTab(t, browser, ts.URL)
		tb.open("/?q=Taiwan")
		tb.do(chromedp.KeyEvent("/"))
		if got := eval[string](tb, `document.activeElement.id`); got != "q" {
			t.Errorf("after /, focus is on %q", got)
		}
		tb.do(chromedp.KeyEvent(kb.Escape), chromedp.KeyEvent("j"), chromedp.KeyEvent("j"))
		focused := func() string {
			return eval[string](tb, `(document.activeElement.closest(".hit") || {}).id || ""`)
		}
		if got := focused(); got != "hit-2" {
			t.Errorf("after j j, focus in %q, want hit-2", got)
		}
		tb.do(chromedp.KeyEvent("k"))
		if got := focused(); got != "hit-1" {
			t.Errorf("after k, focus in %q, want hit-1", got)
		}
		tb.follow(chromedp.KeyEvent(kb.Enter))
		if !strings.HasPrefix(tb.url(), "/doc/") {
			t.Errorf("Enter on a result opened %s", tb.url())
		}
	})

	t.Run("400 px wide: no horizontal scrolling", func(t *testing.T) {
		tb := openTab(t, browser, ts.URL)
		tb.do(chromedp.EmulateViewport(400, 800))
		for _, path := range []string{"/", "/?q=Taiwan", "/?q=Taiwan&speaker=Wang+Yi&from=2021&to=2021", "/?q=%22Taiwan", "/?q=Taiwan&speaker=Wendy+Sherman&from=2022", "/doc/" + callDoc + "?p=3", "/doc/" + unsafeDoc + "?p=1", "/help"} {
			tb.open(path)
			if w := eval[[]int](tb, `[document.documentElement.scrollWidth, document.documentElement.clientWidth]`); w[0] > w[1] {
				t.Errorf("%s: page is %d px wide in a %d px window", path, w[0], w[1])
			}
		}
	})
}

// TestBrowserSampleCorpus checks the "done when" on the bundled
// sample corpus: a new user finds what Wang Yi said about Taiwan in 2021
// in three clicks. It also takes the README's screenshots.
func TestBrowserSampleCorpus(t *testing.T) {
	tb := openSampleTab(t)

	tb.open("/")
	tb.follow(chromedp.SendKeys(chromedp.CSS("#q"), "Taiwan"+kb.Enter))
	tb.clickFacet("Wang Yi")                    // click 1
	tb.click(`ol.years a[aria-label^="2021:"]`) // click 2
	titles := tb.texts(".hit .hit-title")
	dates := tb.texts(".hit time")
	if len(titles) == 0 {
		t.Fatal("no results for Taiwan, Wang Yi, 2021")
	}
	for _, d := range dates {
		if !strings.HasPrefix(d, "2021") {
			t.Errorf("a hit dated %s", d)
		}
	}
	tb.click(".hit .hit-title a") // click 3
	if !strings.Contains(tb.url(), "/doc/sample/seeds/001_") {
		t.Errorf("first hit is %s, want the seed 001 (2021-11-14, Wang Yi on Taiwan)", tb.url())
	}
	cur := tb.texts("section.para.current .text")
	if len(cur) != 1 || !strings.Contains(cur[0], "Taiwan") {
		t.Errorf("matched paragraph = %q", cur)
	}

	shots := []struct {
		name  string
		width int64
		path  string
	}{
		{"search-desktop", 1280, "/?q=Taiwan&speaker=Wang+Yi"},
		{"document-desktop", 1280, "/doc/sample/ungd/2022_UNGD77_CHN.txt?p=31&back=%2F%3Fq%3DTaiwan%26speaker%3DWang%2BYi#p31"},
		{"search-400px", 400, "/?q=Taiwan&speaker=Wang+Yi"},
		{"document-400px", 400, "/doc/sample/ungd/2022_UNGD77_CHN.txt?p=31&back=%2F%3Fq%3DTaiwan%26speaker%3DWang%2BYi#p31"},
	}
	dir := t.TempDir()
	if *updateScreenshots || os.Getenv("READOUTS_UPDATE_SCREENSHOTS") == "1" {
		dir = filepath.Join(testindex.Root(), "docs", "screenshots")
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for _, s := range shots {
		height := int64(900)
		if s.width < 500 {
			height = 860
		}
		tb.do(chromedp.EmulateViewport(s.width, height))
		tb.open(s.path)
		png, err := chromedp.Run(tb.ctx, chromedp.CaptureScreenshot())
		if err != nil {
			t.Fatal(err)
		}
		file := filepath.Join(dir, s.name+".png")
		if err := os.WriteFile(file, png, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("screenshot %s", file)
	}
}
