package browser_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/readouts/readouts/internal/testindex"
)

// TestBrowserVersions clicks through issue 12's versions on the sample
// corpus: a search finds the re-posted release on Kerry's travel to Egypt,
// its document shows the history with this version marked, "what changed"
// opens the word-level comparison with the changed time deleted and
// inserted, and the other version's link opens it. Without JavaScript
// too (the page needs none). It also takes the README's screenshot.
func TestBrowserVersions(t *testing.T) {
	tb := openSampleTab(t)

	tb.open(`/?q=` + "Kerry+Cairo+%22American+University%22&sort=newest")
	tb.click(`a[href^="/doc/sample/state/2022-02-20_special-presidential-envoy-for-climate-kerrys-travel-to-egypt.txt"]`)
	if !strings.HasPrefix(tb.url(), "/doc/"+testindex.KerryNew) {
		t.Fatalf("the hit opened %s", tb.url())
	}
	items := tb.texts("section.history li")
	if len(items) != 2 {
		t.Fatalf("history %q, want two versions", items)
	}
	if current := tb.texts(`section.history li[aria-current="true"]`); len(current) != 1 || !strings.Contains(current[0], "(this version)") || !strings.Contains(current[0], "1 paragraph changed") {
		t.Errorf("current version %q, want the second, marked, with its changes counted", current)
	}

	tb.click(`section.history a.changes-link`)
	if !strings.HasPrefix(tb.url(), "/doc/"+testindex.KerryOld+"/changes/"+testindex.KerryNew) {
		t.Fatalf("what changed opened %s", tb.url())
	}
	if del, ins := tb.texts("section.para.changed del"), tb.texts("section.para.changed ins"); strings.Join(del, "|") != "17:00|livestreamed" || strings.Join(ins, "|") != "16:30|live-streamed" {
		t.Errorf("deleted %q, inserted %q; want 17:00, livestreamed -> 16:30, live-streamed", del, ins)
	}
	dir := t.TempDir()
	if *updateScreenshots || os.Getenv("READOUTS_UPDATE_SCREENSHOTS") == "1" {
		dir = filepath.Join(testindex.Root(), "docs", "screenshots")
	}
	tb.do(chromedp.EmulateViewport(1280, 900))
	png, err := chromedp.Run(tb.ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "versions-desktop.png"), png, 0o644); err != nil {
		t.Fatal(err)
	}

	tb.click(`section.history li:first-child a`)
	if tb.url() != "/doc/"+testindex.KerryOld {
		t.Errorf("the first version's link opened %s", tb.url())
	}
	if current := tb.texts(`section.history li[aria-current="true"]`); len(current) != 1 || !strings.Contains(current[0], "(this version)") {
		t.Errorf("on the old version, current %q", current)
	}
}
