package browser_test

import (
	"net/url"
	"strings"
	"testing"
)

// TestBrowserGroupByDocument clicks "One result per document" on a search
// of the sample corpus, sees each document once with "n more in this
// document", follows that to the document, and switches back from a
// grouped page.
func TestBrowserGroupByDocument(t *testing.T) {
	tb := openSampleTab(t)
	tb.open("/?q=" + url.QueryEscape(`"Minsk agreements" OR Kuleba`))
	flat := tb.texts("li.hit h2.hit-title")
	tb.click("a.group-toggle")
	if tb.query().Get("group") != "document" {
		t.Fatalf("the toggle opened %s", tb.url())
	}
	titles := tb.texts("li.hit h2.hit-title")
	seen := map[string]bool{}
	for _, h := range tb.texts("li.hit h2.hit-title a") {
		if seen[h] {
			t.Errorf("%q twice", h)
		}
		seen[h] = true
	}
	if len(titles) == 0 || len(titles) >= len(flat) && len(flat) < 10 {
		t.Errorf("grouped %d hits, ungrouped %d", len(titles), len(flat))
	}
	more := tb.texts("p.more-in-doc a")
	if len(more) == 0 || !strings.HasSuffix(more[0], "more in this document") {
		t.Fatalf("no 'more in this document': %q", more)
	}
	tb.click("p.more-in-doc a")
	if !strings.HasPrefix(tb.url(), "/doc/") || len(tb.texts("mark")) == 0 {
		t.Errorf("'more' opened %s with %d marked words; want the document with the matches marked", tb.url(), len(tb.texts("mark")))
	}
	tb.open("/?group=document&q=" + url.QueryEscape(`"Minsk agreements" OR Kuleba`))
	tb.click("a.group-toggle")
	if tb.query().Get("group") != "" {
		t.Errorf("switching back opened %s", tb.url())
	}
}
