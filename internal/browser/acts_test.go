package browser_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/readouts/readouts/internal/testindex"
)

// TestBrowserActFacet: on the sample corpus, a reader searches, clicks
// "expressed-concern" in the Act facet, sees the chip and only paragraphs
// with that act, opens a hit and finds the act shown on its paragraph,
// follows it to the other expressions of concern of whoever expressed this one, and
// removes the filter with its chip; then leaves reporters' questions out of
// a search and brings them back. With -update-screenshots it writes
// docs/screenshots/act-desktop.png for the README.
func TestBrowserActFacet(t *testing.T) {
	tb := openSampleTab(t)

	tb.open("/")
	tb.follow(chromedp.SendKeys(chromedp.CSS("#q"), "Russia"+kb.Enter))
	want := tb.facetCount("expressed-concern")
	if want == "" {
		t.Fatal("no expressed-concern in the Act facet for Russia")
	}
	tb.clickFacet("expressed-concern")
	if got := tb.query()["act"]; len(got) != 1 || got[0] != "expressed-concern" {
		t.Fatalf("after the click the address is %s", tb.url())
	}
	if chips := tb.texts(".chips .chip"); len(chips) != 1 || !strings.Contains(chips[0], "Act: expressed-concern") {
		t.Errorf("chips = %q", chips)
	}
	if s := tb.summary(); !strings.Contains(s, want+" ") {
		t.Errorf("summary %q; the facet counted %s", s, want)
	}
	if got := tb.facetCount("expressed-concern"); got != want {
		t.Errorf("facet after filtering = %s, want %s", got, want)
	}
	if *updateScreenshots || os.Getenv("READOUTS_UPDATE_SCREENSHOTS") == "1" {
		tb.do(chromedp.EmulateViewport(1280, 900))
		png, err := chromedp.Run(tb.ctx, chromedp.CaptureScreenshot())
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(testindex.Root(), "docs", "screenshots", "act-desktop.png"), png, 0o644); err != nil {
			t.Fatal(err)
		}
	}

	tb.click(".hit .hit-title a")
	acts := tb.texts("section.para.current .acts")
	if len(acts) != 1 || !strings.Contains(acts[0], "expressed-concern") {
		t.Fatalf("the matched paragraph shows acts %q, want expressed-concern", acts)
	}
	speakers := tb.texts("section.para.current .attrib span:first-child a")
	tb.click(`section.para.current .acts a[href*="act=expressed-concern"]`)
	q := tb.query()
	if len(q["act"]) != 1 || q["act"][0] != "expressed-concern" || len(q["speaker"]) == 0 {
		t.Errorf("the act link leads to %s; want act=expressed-concern and who expressed it", tb.url())
	}
	for _, sp := range q["speaker"] {
		if !slices.Contains(speakers, sp) {
			t.Errorf("the act link names %s, who does not speak in the paragraph (%q)", sp, speakers)
		}
	}
	if len(tb.texts(".hit")) == 0 {
		t.Error("the paragraph's own speakers and act find nothing")
	}

	tb.click(`.chips a.chip[href]:not([href*="act="])`)
	if q := tb.query(); len(q["act"]) != 0 {
		t.Errorf("removing the Act chip left %s", tb.url())
	}

	// Reporters' questions (turn.go): question hits are marked, and the
	// toolbar's plain link leaves them out and brings them back.
	tb.open("/?q=Ukraine&turn=question")
	if hits, marked := len(tb.texts(".hit")), tb.texts(".hit .turn.question"); hits == 0 || len(marked) != hits || marked[0] != "Reporter’s question" {
		t.Errorf("turn=question: %d hits, marked %q", hits, marked)
	}
	tb.open("/?q=Ukraine")
	tb.click("a.turn-toggle")
	if got := tb.query().Get("turn"); got != "answer" {
		t.Errorf("'Leave out reporters’ questions' leads to %s", tb.url())
	}
	if marked := tb.texts(".hit .turn.question"); len(tb.texts(".hit")) == 0 || len(marked) != 0 {
		t.Errorf("turn=answer: questions still shown (%d)", len(marked))
	}
	if chips := tb.texts(".chips .chip"); len(chips) != 1 || !strings.Contains(chips[0], "Turn: no reporters’ questions") {
		t.Errorf("chips = %q", chips)
	}
	tb.click("a.turn-toggle")
	if q := tb.query(); q.Has("turn") || q.Get("q") != "Ukraine" {
		t.Errorf("'Include reporters’ questions' leads to %s", tb.url())
	}

	// The Turn facet filters like the others, and its count is what the
	// filter finds; a question opened in its document is marked there.
	tb.click(`section.facet a[href$="turn=question"]`)
	if got := tb.query().Get("turn"); got != "question" {
		t.Errorf("the Turn facet's 'Reporters’ questions' leads to %s", tb.url())
	}
	if hits, marked := len(tb.texts(".hit")), tb.texts(".hit .turn.question"); hits == 0 || len(marked) != hits {
		t.Errorf("from the Turn facet: %d hits, %d marked as questions", hits, len(marked))
	}
	tb.click(".hit .hit-title a")
	if got := tb.texts("section.para.current.question p.turn.question"); len(got) != 1 || got[0] != "Reporter’s question" {
		t.Errorf("the opened question's paragraph is marked %q", got)
	}
	if *updateScreenshots || os.Getenv("READOUTS_UPDATE_SCREENSHOTS") == "1" {
		png, err := chromedp.Run(tb.ctx, chromedp.CaptureScreenshot())
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(testindex.Root(), "docs", "screenshots", "turn-document-desktop.png"), png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
