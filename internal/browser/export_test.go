package browser_test

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
)

// TestBrowserKeepASearch clicks what the search page offers to keep a
// search: the CSV download (the file Chromium saves is named after the
// query and holds every hit the page counts), the feed the page announces
// and links (what Chromium shows parses as Atom, an entry per hit, newest
// first), and a hit's permalink (the document at that paragraph).
func TestBrowserKeepASearch(t *testing.T) {
	browser := startBrowser(t)
	ts := startPageServer(t, 3, browserCorpus)

	t.Run("download every hit as CSV", func(t *testing.T) {
		tb := openTab(t, browser, ts.URL)
		dir := t.TempDir()
		on := true
		if _, err := chromedp.Call(tb.ctx, cdpbrowser.SetDownloadBehavior, cdpbrowser.SetDownloadBehaviorParams{
			Behavior: cdpbrowser.SetDownloadBehaviorBehaviorAllow, DownloadPath: dir, EventsEnabled: &on}); err != nil {
			t.Fatal(err)
		}
		tb.open("/?q=Taiwan")
		total := eval[string](tb, `document.querySelector("p.summary strong").textContent`)
		if got := tb.texts("p.takeaway a.download"); strings.Join(got, ",") != "CSV,JSON Lines" {
			t.Fatalf("download links %q", got)
		}
		tb.do(chromedp.Click(chromedp.CSS(`p.takeaway a.download[href*="format=csv"]`), chromedp.NodeVisible))
		file := filepath.Join(dir, "readouts-taiwan.csv")
		var data []byte
		for deadline := time.Now().Add(15 * time.Second); ; time.Sleep(100 * time.Millisecond) {
			var err error
			if data, err = os.ReadFile(file); err == nil && len(data) > 0 {
				break
			}
			if time.Now().After(deadline) {
				entries, _ := os.ReadDir(dir)
				t.Fatalf("no %s after 15 s; the folder holds %v", file, entries)
			}
		}
		records, err := csv.NewReader(strings.NewReader(string(data))).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		n, _ := strconv.Atoi(strings.Fields(total)[0])
		if records[0][0] != "id" || len(records)-1 != n || n < 4 {
			t.Errorf("the CSV has %d rows under %q, the page counts %q (more than a page of 3)", len(records)-1, records[0], total)
		}
	})

	t.Run("follow the search: the feed the page announces", func(t *testing.T) {
		tb := openTab(t, browser, ts.URL)
		tb.open("/?q=Taiwan&speaker=Wang+Yi")
		head := eval[string](tb, `document.querySelector('head link[rel="alternate"][type="application/atom+xml"]').getAttribute("href")`)
		link := eval[string](tb, `document.querySelector("p.takeaway a.follow").getAttribute("href")`)
		if head != "/feed.atom?q=Taiwan&speaker=Wang+Yi" || link != head {
			t.Fatalf("head link %q, follow link %q", head, link)
		}
		hits := eval[int](tb, `document.querySelectorAll("li.hit").length`)
		tb.click("p.takeaway a.follow")
		if tb.url() != head {
			t.Fatalf("the follow link opened %s", tb.url())
		}
		// Chromium shows a feed as text (searchd sends nosniff): parse that
		// text as a feed reader would.
		const feed = `new DOMParser().parseFromString(document.body.innerText, "application/xml")`
		ns := eval[string](tb, `(() => { const d = `+feed+`; return d.documentElement.namespaceURI + " " + d.documentElement.localName })()`)
		if ns != "http://www.w3.org/2005/Atom feed" {
			t.Fatalf("the feed parses as %q: %.300s", ns, eval[string](tb, `document.body.innerText`))
		}
		entries := eval[[]string](tb, `Array.from(`+feed+`.getElementsByTagName("entry"), e => e.getElementsByTagName("updated")[0].textContent)`)
		if len(entries) < hits || len(entries) == 0 {
			t.Errorf("%d entries, the page lists %d hits", len(entries), hits)
		}
		for i := 1; i < len(entries); i++ {
			if entries[i] > entries[i-1] {
				t.Errorf("entry %d (%s) is newer than entry %d (%s)", i, entries[i], i-1, entries[i-1])
			}
		}
	})

	t.Run("a hit's permalink opens its paragraph", func(t *testing.T) {
		tb := openTab(t, browser, ts.URL)
		tb.open("/?q=Taiwan")
		href := eval[string](tb, `document.querySelector("li.hit a.permalink").getAttribute("href")`)
		tb.click("li.hit a.permalink")
		if tb.url() != href || !strings.Contains(href, "#p") {
			t.Fatalf("permalink %q opened %s", href, tb.url())
		}
		id := href[strings.LastIndex(href, "#")+1:]
		if got := eval[int](tb, `document.querySelectorAll("#`+id+`").length`); got != 1 {
			t.Errorf("the document has %d elements #%s", got, id)
		}
	})
}
