package browser_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/readouts/readouts/internal/testindex"
)

// TestBrowserGridAndTimeline clicks through issue 12's grid and timeline on
// the sample corpus: from a search to the grid of its query, a second
// query added in the form, a cell to its paragraphs; from the search to
// its timeline by country, a bar to its paragraphs. The numbers on the
// grid and the bars are the numbers the searches they open show. It also
// takes the README's screenshots of both views.
func TestBrowserGridAndTimeline(t *testing.T) {
	browser := startBrowser(t)
	ts := startPageServer(t, 10, filepath.Join(testindex.Root(), "testdata", "sample"))

	t.Run("a grid from a search, a cell to its paragraphs", func(t *testing.T) {
		tb := openTab(t, browser, ts.URL)
		tb.open("/?q=Taiwan")
		tb.click(`.crosstab-links a[href^="/grid"]`)
		if q := tb.query()["q"]; !strings.HasPrefix(tb.url(), "/grid?") || len(q) != 1 || q[0] != "Taiwan" {
			t.Fatalf("the grid link opened %s", tb.url())
		}
		tb.follow(chromedp.SendKeys(chromedp.CSS("#q2"), "Ukraine"+kb.Enter))
		if q := tb.query()["q"]; len(q) != 2 || q[1] != "Ukraine" {
			t.Fatalf("adding a query opened %s", tb.url())
		}
		if got := tb.texts("table.grid thead th"); len(got) != 3 {
			t.Errorf("columns %q, want the group and two queries", got)
		}
		cell := `//table[@class="grid"]//tr[th[starts-with(normalize-space(.), "Wang Yi")]]/td[1]/a[@class="cell-count"]`
		count := eval[string](tb, `document.evaluate(`+jsString(cell)+`, document, null, XPathResult.STRING_TYPE, null).stringValue.trim()`)
		if count == "" {
			t.Fatal("no Wang Yi × Taiwan cell")
		}
		tb.follow(chromedp.Click(cell, chromedp.NodeVisible))
		q := tb.query()
		if q.Get("q") != "Taiwan" || q.Get("speaker") != "Wang Yi" {
			t.Errorf("the cell opened %s", tb.url())
		}
		if s := tb.summary(); !strings.HasPrefix(s, count+" paragraph") {
			t.Errorf("the cell says %s, its search %q", count, s)
		}
	})

	t.Run("a timeline from a search, a bar to its paragraphs", func(t *testing.T) {
		tb := openTab(t, browser, ts.URL)
		tb.open("/?q=Taiwan")
		tb.click(`.crosstab-links a[href^="/timeline"]`)
		if q := tb.query(); !strings.HasPrefix(tb.url(), "/timeline?") || q.Get("by") != "country" || q.Get("q") != "Taiwan" {
			t.Fatalf("the timeline link opened %s", tb.url())
		}
		panels := tb.texts("section.tl-panel h2")
		if len(panels) < 2 {
			t.Fatalf("panels %q", panels)
		}
		group := strings.TrimSpace(regexp.MustCompile(`\s+\d+$`).ReplaceAllString(panels[0], ""))
		label := eval[string](tb, `document.querySelector("section.tl-panel svg.tl a").getAttribute("aria-label")`)
		m := regexp.MustCompile(`^(\d{4}): (\d+) paragraphs?$`).FindStringSubmatch(label)
		if m == nil {
			t.Fatalf("first bar's label %q", label)
		}
		tb.click(`section.tl-panel svg.tl a rect.tl-bar`)
		q := tb.query()
		if q.Get("country") != group || q.Get("from") != m[1] || q.Get("to") != m[1] || q.Get("q") != "Taiwan" {
			t.Errorf("the bar %q of %s opened %s", label, group, tb.url())
		}
		if s := tb.summary(); !strings.HasPrefix(s, m[2]+" paragraph") {
			t.Errorf("the bar says %s, its search %q", m[2], s)
		}
	})

	t.Run("400 px wide: no horizontal scrolling", func(t *testing.T) {
		tb := openTab(t, browser, ts.URL)
		tb.do(chromedp.EmulateViewport(400, 800))
		for _, path := range []string{`/grid?q=Taiwan&q=%22human+rights%22&q=Ukraine`, "/timeline?q=Taiwan&by=country", "/timeline?q=peace&by=speaker&interval=month", "/grid?q=%28Taiwan"} {
			tb.open(path)
			if w := eval[[]int](tb, `[document.documentElement.scrollWidth, document.documentElement.clientWidth]`); w[0] > w[1] {
				t.Errorf("%s: page is %d px wide in a %d px window", path, w[0], w[1])
			}
		}
	})

	t.Run("screenshots", func(t *testing.T) {
		tb := openTab(t, browser, ts.URL)
		dir := t.TempDir()
		if *updateScreenshots || os.Getenv("READOUTS_UPDATE_SCREENSHOTS") == "1" {
			dir = filepath.Join(testindex.Root(), "docs", "screenshots")
		}
		for _, s := range []struct {
			name          string
			width, height int64
			path          string
		}{
			{"grid-desktop", 1280, 900, "/grid?q=Taiwan&q=%22human+rights%22&q=Ukraine"},
			{"timeline-desktop", 1280, 900, "/timeline?q=Taiwan&by=country"},
			{"grid-400px", 400, 860, "/grid?q=Taiwan&q=%22human+rights%22&q=Ukraine"},
			{"timeline-400px", 400, 860, "/timeline?q=Taiwan&by=country"},
		} {
			tb.do(chromedp.EmulateViewport(s.width, s.height))
			tb.open(s.path)
			png, err := chromedp.Run(tb.ctx, chromedp.CaptureScreenshot())
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, s.name+".png"), png, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	})
}
