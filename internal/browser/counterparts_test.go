package browser_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/readouts/readouts/internal/testindex"
)

// TestBrowserCounterparts clicks through issue 12 section 1 on the sample
// corpus: the 2022-01-27 seed says no other account was found (its State
// Department readout is not in ../shared/corpus); the White House readout
// of the Warsaw meeting lists the State Department's, and "Compare side by
// side" opens both accounts with their paragraphs aligned and what one
// side alone mentions marked, with no script error and nothing loaded
// from elsewhere (openTab checks both). It also takes the README's
// screenshot of the compare view.
func TestBrowserCounterparts(t *testing.T) {
	browser := startBrowser(t)
	ts := startPageServer(t, 10, filepath.Join(testindex.Root(), "testdata", "sample"))
	tb := openTab(t, browser, ts.URL)

	tb.open("/doc/" + testindex.Seed2022)
	if got := tb.texts("section.counterparts"); len(got) != 1 || !strings.Contains(got[0], "Other accounts of this event") || !strings.Contains(got[0], "None found") {
		t.Errorf("the seed's counterparts section reads %q", got)
	}

	tb.open("/doc/" + testindex.KulebaWH)
	links := tb.texts("section.counterparts li > a:first-child")
	if len(links) == 0 || !strings.Contains(links[0], "Secretary Blinken and Secretary Austin’s Meeting") {
		t.Fatalf("counterparts listed: %q", links)
	}
	tb.click("section.counterparts a.cmp-link")
	if want := "/doc/" + testindex.KulebaWH + "/compare/" + testindex.KulebaState; tb.url() != want {
		t.Fatalf("compare link opened %s, want %s", tb.url(), want)
	}
	heads := tb.texts(".cmp-doctitle")
	if len(heads) != 2 || !strings.Contains(heads[0], "President Biden’s Meeting") || !strings.Contains(heads[1], "Secretary Blinken and Secretary Austin") {
		t.Errorf("compare heads %q", heads)
	}
	paired := eval[int](tb, `Array.from(document.querySelectorAll(".cmp-row:not(.cmp-colheads)")).filter(r => r.querySelectorAll(".cmp-side:not(.cmp-none)").length === 2).length`)
	if paired == 0 {
		t.Error("no row holds a paragraph of each account")
	}
	if marks := tb.texts(".cmp-side mark"); len(marks) == 0 {
		t.Error("nothing marked as mentioned by one side only")
	}
	if only := tb.texts(".cmp-only"); len(only) != 1 || !strings.Contains(only[0], "Warsaw") {
		t.Errorf("what only one side mentions: %q", only)
	}
	if countries := tb.texts("dd.cmp-countries"); !slices.ContainsFunc(countries, func(c string) bool { return strings.Contains(c, "NATO") }) {
		t.Errorf("countries only one side names: %q; want NATO (the gazetteer's)", countries)
	}
	// Back to the document from the compare page.
	tb.click(".compare .back")
	if tb.url() != "/doc/"+testindex.KulebaWH {
		t.Errorf("back opened %s", tb.url())
	}

	t.Run("400 px wide: no horizontal scrolling", func(t *testing.T) {
		tb := openTab(t, browser, ts.URL)
		tb.do(chromedp.EmulateViewport(400, 800))
		tb.open("/doc/" + testindex.XiReadout + "/compare/" + testindex.XiPress)
		if w := eval[[]int](tb, `[document.documentElement.scrollWidth, document.documentElement.clientWidth]`); w[0] > w[1] {
			t.Errorf("page is %d px wide in a %d px window", w[0], w[1])
		}
	})

	t.Run("screenshot", func(t *testing.T) {
		tb := openTab(t, browser, ts.URL)
		dir := t.TempDir()
		if *updateScreenshots || os.Getenv("READOUTS_UPDATE_SCREENSHOTS") == "1" {
			dir = filepath.Join(testindex.Root(), "docs", "screenshots")
		}
		tb.do(chromedp.EmulateViewport(1280, 1100))
		tb.open("/doc/" + testindex.KulebaWH + "/compare/" + testindex.KulebaState)
		png, err := chromedp.Run(tb.ctx, chromedp.CaptureScreenshot())
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "compare-desktop.png"), png, 0o644); err != nil {
			t.Fatal(err)
		}
	})
}
