package browser_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// TestBrowserForgive clicks through issue 13's "Forgive" on the sample
// corpus: a typo offers the respelled search as a link, a speaker: that
// names nobody offers the closest names, and the speaker filter box offers
// names as the reader types (app.js asking /api/v1/suggest, aliases
// included) and still submits as a plain form.
func TestBrowserForgive(t *testing.T) {
	tb := openSampleTab(t)

	tb.open("/")
	tb.follow(chromedp.SendKeys(chromedp.CSS("#q"), "Blinkin Ukriane"+kb.Enter))
	if got := tb.texts("a.suggestion"); !slices.Equal(got, []string{"Blinken Ukraine"}) {
		t.Fatalf("did you mean %q, want Blinken Ukraine", got)
	}
	tb.click("a.suggestion")
	if q := tb.query().Get("q"); q != "Blinken Ukraine" {
		t.Errorf("the suggestion opened q=%q", q)
	}
	if len(tb.texts(".hit")) == 0 {
		t.Errorf("the suggested search finds nothing: %s", tb.summary())
	}
	if got := tb.texts("a.suggestion"); len(got) != 0 {
		t.Errorf("a search that finds plenty still suggests %q", got)
	}

	tb.open("/?q=speaker:Wang+Taiwan&sort=newest")
	names := tb.texts("p.unknown-name a.name-suggestion")
	if len(names) == 0 || names[0] != "Wang Yi" {
		t.Fatalf("names offered for speaker:Wang %q, want Wang Yi first", names)
	}
	tb.click("p.unknown-name a.name-suggestion")
	if q := tb.query(); q.Get("q") != `speaker:"Wang Yi" Taiwan` || q.Get("sort") != "newest" {
		t.Errorf("the name opened %v", q)
	}
	if len(tb.texts(".hit")) == 0 {
		t.Errorf("speaker:\"Wang Yi\" Taiwan finds nothing")
	}

	tb.open("/?q=Taiwan")
	if n := eval[int](tb, `document.querySelectorAll("#filter-speaker-names option").length`); n == 0 {
		t.Fatal("the speaker box offers no names before typing")
	}
	tb.do(chromedp.SendKeys(chromedp.CSS("#filter-speaker"), "tony"))
	var options []string
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		if eval[string](tb, `document.getElementById("filter-speaker").dataset.suggested || ""`) != "" {
			options = eval[[]string](tb, `Array.from(document.querySelectorAll("#filter-speaker-names option"), o => o.value + " | " + o.textContent)`)
			break
		}
	}
	if len(options) == 0 || !strings.HasPrefix(options[0], "Antony Blinken | Antony Blinken (Tony Blinken)") {
		t.Fatalf("typing tony offers %q, want Antony Blinken by his alias", options)
	}
	eval[bool](tb, `document.getElementById("filter-speaker").value = ""; true`)
	tb.follow(chromedp.SendKeys(chromedp.CSS("#filter-speaker"), "Antony Blinken"+kb.Enter))
	if q := tb.query(); q.Get("q") != "Taiwan" || !slices.Equal(q["speaker"], []string{"Antony Blinken"}) {
		t.Errorf("the speaker box submitted %v, want q=Taiwan speaker=Antony Blinken", q)
	}
	if len(tb.texts(".hit")) == 0 {
		t.Errorf("Taiwan with Antony Blinken speaking finds nothing")
	}
}
