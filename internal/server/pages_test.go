package server_test

import (
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/readouts/readouts/internal/config"
	"github.com/readouts/readouts/internal/server"
	"github.com/readouts/readouts/internal/testindex"
)

// The page tests serve testdata/browser: a few readouts about Taiwan
// (Wang Yi in 2021 and 2022, Antony Blinken, Wendy Sherman) and one whose
// title, publisher and text are markup meant to run in a browser.
const (
	callDoc   = "browser/2021-11-14_wang-yi-blinken-call.txt"
	unsafeDoc = "browser/2022-08-02_unsafe-markup.txt"
)

// newPageServer serves the page corpus with three hits a page, so that a
// handful of documents is enough for pagination. The index is the one the
// page tests share (testindex.Shared): eleven tests used to build it
// again each. internal/browser serves the same corpus in Chromium.
func newPageServer(t *testing.T) *server.Server {
	t.Helper()
	r := testindex.Shared(t, "testdata/browser")
	cfg := config.Server{SearchTimeout: 10 * time.Second, PageSize: 3, MaxPageSize: 100, MaxPage: 1000}
	srv, err := server.New(cfg, r, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	return srv
}

// htmlPage is a fetched HTML page.
type htmlPage struct {
	status int
	header http.Header
	body   string
	doc    *html.Node
}

func fetchPage(t *testing.T, h http.Handler, target string) htmlPage {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, target, nil))
	body, _ := io.ReadAll(rec.Body)
	doc, err := html.Parse(strings.NewReader(string(body)))
	if err != nil {
		t.Fatalf("GET %s: %v", target, err)
	}
	if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "text/html") {
		t.Fatalf("GET %s: Content-Type %q, want text/html", target, ct)
	}
	return htmlPage{status: rec.Code, header: rec.Header(), body: string(body), doc: doc}
}

// all returns the elements matching a small CSS-like selector: "tag",
// ".class", "tag.class", "#id", optionally "within descendant" pairs
// separated by a space.
func (p htmlPage) all(sel string) []*html.Node {
	nodes := []*html.Node{p.doc}
	for _, part := range strings.Fields(sel) {
		var next []*html.Node
		for _, n := range nodes {
			next = append(next, descendants(n, matcher(part))...)
		}
		nodes = next
	}
	return nodes
}

func (p htmlPage) one(t *testing.T, sel string) *html.Node {
	t.Helper()
	got := p.all(sel)
	if len(got) == 0 {
		t.Fatalf("no %q in page:\n%s", sel, p.body)
	}
	return got[0]
}

func matcher(sel string) func(*html.Node) bool {
	tag, id, class := sel, "", ""
	if i := strings.IndexByte(tag, '#'); i >= 0 {
		tag, id = tag[:i], tag[i+1:]
	}
	if i := strings.IndexByte(tag, '.'); i >= 0 {
		tag, class = tag[:i], tag[i+1:]
	}
	return func(n *html.Node) bool {
		return n.Type == html.ElementNode && (tag == "" || n.Data == tag) &&
			(id == "" || attr(n, "id") == id) && (class == "" || hasClass(n, class))
	}
}

func descendants(n *html.Node, match func(*html.Node) bool) []*html.Node {
	var out []*html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if match(c) {
			out = append(out, c)
		}
		out = append(out, descendants(c, match)...)
	}
	return out
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

func hasClass(n *html.Node, c string) bool {
	for _, f := range strings.Fields(attr(n, "class")) {
		if f == c {
			return true
		}
	}
	return false
}

// text is the element's text with spaces collapsed.
func text(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return strings.Join(strings.Fields(b.String()), " ")
}

// facetLink finds the link for value in the facet list titled title.
func facetLink(t *testing.T, p htmlPage, title, value string) (href, count string, active bool) {
	t.Helper()
	for _, sec := range p.all("aside section.facet") {
		h := descendants(sec, matcher("h3"))
		if len(h) == 0 || text(h[0]) != title {
			continue
		}
		for _, a := range descendants(sec, matcher("a")) {
			name := descendants(a, matcher("span.name"))
			if len(name) > 0 && strings.TrimPrefix(text(name[0]), "✓ ") == value {
				return attr(a, "href"), text(descendants(a, matcher("span.count"))[0]), hasClass(a, "active")
			}
		}
	}
	t.Fatalf("no %q in facet %q", value, title)
	return "", "", false
}

func hitTexts(p htmlPage) []string {
	var out []string
	for _, h := range p.all("li.hit") {
		out = append(out, text(h))
	}
	return out
}

func TestPageSearchResults(t *testing.T) {
	srv := newPageServer(t)
	p := fetchPage(t, srv, "/?q=Taiwan")
	if p.status != http.StatusOK {
		t.Fatalf("status %d", p.status)
	}
	if got := attr(p.one(t, "input#q"), "value"); got != "Taiwan" {
		t.Errorf("search box value = %q, want the query kept", got)
	}
	if got := text(p.one(t, "p.summary")); !strings.HasPrefix(got, "7 paragraphs match Taiwan") {
		t.Errorf("summary = %q", got)
	}
	if n := len(p.all("li.hit")); n != 3 {
		t.Errorf("%d hits on page 1, want 3 (page size)", n)
	}
	marks := p.all("li.hit blockquote.snippet mark")
	if len(marks) == 0 || !strings.EqualFold(text(marks[0]), "Taiwan") {
		t.Errorf("snippet marks = %d, first %q; want matches in <mark>", len(marks), text(marks[0]))
	}
	// A hit links to its paragraph, anchored, with the way back.
	a := p.one(t, "li.hit h2.hit-title a")
	u, err := url.Parse(attr(a, "href"))
	if err != nil || !strings.HasPrefix(u.Path, "/doc/browser/") || u.Query().Get("p") == "" ||
		u.Fragment != "p"+u.Query().Get("p") || u.Query().Get("back") != "/?q=Taiwan" {
		t.Errorf("hit link = %q, want /doc/<id>?p=N&back=/?q=Taiwan#pN", attr(a, "href"))
	}
	if n := len(p.all("a.external")); n == 0 {
		t.Error("no link to an original source")
	}
}

func TestPageFacetsChipsAndTimeline(t *testing.T) {
	srv := newPageServer(t)
	p := fetchPage(t, srv, "/?q=Taiwan")
	href, count, active := facetLink(t, p, "Speakers", "Wang Yi")
	if want := "/?q=Taiwan&speaker=Wang+Yi"; href != want || count != "2" || active {
		t.Fatalf("Wang Yi facet = %q (%s, active %v), want %q (2, inactive)", href, count, active, want)
	}
	if n := len(p.all("ul.chips")); n != 0 {
		t.Errorf("chips with no filter: %d", n)
	}

	// Click the speaker: results narrow, the value is active and a chip removes it.
	p = fetchPage(t, srv, href)
	if got := text(p.one(t, "p.summary")); !strings.HasPrefix(got, "2 paragraphs") {
		t.Errorf("after the speaker facet, summary = %q", got)
	}
	for _, h := range hitTexts(p) {
		if !strings.Contains(h, "Wang Yi") {
			t.Errorf("hit without Wang Yi: %q", h)
		}
	}
	href, count, active = facetLink(t, p, "Speakers", "Wang Yi")
	if href != "/?q=Taiwan" || count != "2" || !active {
		t.Errorf("active facet = %q (%s, active %v), want a link removing it", href, count, active)
	}
	chip := p.one(t, "ul.chips a.chip")
	if got, want := text(chip), "Speaker: Wang Yi ×(remove this filter)"; got != want {
		t.Errorf("chip = %q, want %q", got, want)
	}
	if attr(chip, "href") != "/?q=Taiwan" {
		t.Errorf("chip removes to %q, want /?q=Taiwan", attr(chip, "href"))
	}

	// The timeline has a bar a year; 2021 filters to that year.
	var bar2021 string
	for _, a := range p.all("ol.years a") {
		if strings.HasPrefix(attr(a, "aria-label"), "2021:") {
			bar2021 = attr(a, "href")
		}
	}
	if want := "/?from=2021&q=Taiwan&speaker=Wang+Yi&to=2021"; bar2021 != want {
		t.Fatalf("2021 bar links to %q, want %q", bar2021, want)
	}
	p = fetchPage(t, srv, bar2021)
	hits := hitTexts(p)
	if len(hits) != 1 || !strings.Contains(hits[0], "2021-11-14") || !strings.Contains(hits[0], "Taiwan question") {
		t.Errorf("Taiwan + Wang Yi + 2021 = %q, want the 2021-11-14 call", hits)
	}
	var chips []string
	for _, c := range p.all("ul.chips a.chip") {
		chips = append(chips, text(c))
	}
	if len(chips) != 2 || !strings.HasPrefix(chips[1], "Date: 2021") {
		t.Errorf("chips = %q, want speaker and date", chips)
	}
	// With one year left, the timeline shows its months; November is there.
	var nov *html.Node
	for _, a := range p.all("ol.months a") {
		if strings.HasPrefix(attr(a, "aria-label"), "November 2021:") {
			nov = a
		}
	}
	if nov == nil || !strings.Contains(attr(nov, "href"), "from=2021-11") {
		t.Errorf("no November 2021 bar linking to that month")
	}
	if got := attr(p.one(t, "input#from"), "value"); got != "2021" {
		t.Errorf("from field = %q, want 2021", got)
	}
}

func TestPagePagination(t *testing.T) {
	srv := newPageServer(t)
	p := fetchPage(t, srv, "/?q=Taiwan&page=2")
	if got := attr(p.one(t, "ol.hits"), "start"); got != "4" {
		t.Errorf("page 2 numbering starts at %q, want 4", got)
	}
	var prev, next []*html.Node
	for _, a := range p.all("nav.pager a") {
		switch attr(a, "rel") {
		case "prev":
			prev = append(prev, a)
		case "next":
			next = append(next, a)
		}
	}
	if len(prev) != 1 || attr(prev[0], "href") != "/?q=Taiwan" {
		t.Errorf("previous link = %v, want /?q=Taiwan", prev)
	}
	if len(next) != 1 || attr(next[0], "href") != "/?page=3&q=Taiwan" {
		t.Errorf("next link = %v, want /?page=3&q=Taiwan", next)
	}
	cur := p.all("nav.pager a.current")
	if len(cur) != 1 || attr(cur[0], "aria-current") != "page" || text(cur[0]) != "Page 2" {
		t.Errorf("current page marker wrong: %d", len(cur))
	}
	// A filter link goes back to page 1.
	href, _, _ := facetLink(t, p, "Speakers", "Wang Yi")
	if strings.Contains(href, "page=") {
		t.Errorf("facet link keeps the page: %q", href)
	}
	// Beyond the last page: a 400 that says so, on the page.
	p = fetchPage(t, srv, "/?q=Taiwan&page=9")
	if p.status != http.StatusBadRequest || !strings.Contains(text(p.one(t, "section.notice")), "beyond the last page") {
		t.Errorf("page 9: status %d", p.status)
	}
}

func TestPageEmptyStates(t *testing.T) {
	srv := newPageServer(t)
	t.Run("no results with filters suggests removing one", func(t *testing.T) {
		p := fetchPage(t, srv, "/?q=Taiwan&speaker=Wendy+Sherman&from=2022")
		if p.status != http.StatusOK {
			t.Fatalf("status %d", p.status)
		}
		empty := text(p.one(t, "section.empty"))
		for _, want := range []string{"understood as Taiwan", "Remove “Speaker: Wendy Sherman”", "Remove “From: 2022”", "Remove all filters", "speaker:\"Wang Yi\""} {
			if !strings.Contains(empty, want) {
				t.Errorf("empty state lacks %q:\n%s", want, empty)
			}
		}
		var removeDate string
		for _, a := range p.all("ul.suggest a") {
			if strings.Contains(text(a), "From") {
				removeDate = attr(a, "href")
			}
		}
		if removeDate != "/?q=Taiwan&speaker=Wendy+Sherman" {
			t.Errorf("removing the date links to %q", removeDate)
		}
		// That suggestion finds something.
		if got := len(fetchPage(t, srv, removeDate).all("li.hit")); got == 0 {
			t.Error("the suggested search finds nothing")
		}
	})
	t.Run("syntax error explained and pointed at", func(t *testing.T) {
		p := fetchPage(t, srv, "/?q="+url.QueryEscape(`Taiwan "one China`))
		if p.status != http.StatusBadRequest {
			t.Errorf("status %d, want 400", p.status)
		}
		alert := p.one(t, "section.error")
		if attr(alert, "role") != "alert" || !strings.Contains(text(alert), "missing closing quote") {
			t.Errorf("error = %q", text(alert))
		}
		if got := text(p.one(t, "code.query-at mark")); got != `"one` {
			t.Errorf("marked %q, want the opening quote's word", got)
		}
		if len(p.all("dl.syntax")) == 0 {
			t.Error("no syntax help beside the error")
		}
		if got := attr(p.one(t, "input#q"), "value"); got != `Taiwan "one China` {
			t.Errorf("search box = %q, want the query kept for fixing", got)
		}
	})
	t.Run("a bad date is a plain message", func(t *testing.T) {
		p := fetchPage(t, srv, "/?q=Taiwan&from=last+week")
		if p.status != http.StatusBadRequest || !strings.Contains(text(p.one(t, "section.error")), "YYYY") {
			t.Errorf("status %d: %s", p.status, p.body)
		}
	})
	t.Run("landing page invites a search", func(t *testing.T) {
		p := fetchPage(t, srv, "/")
		if len(p.all("section.intro")) == 0 {
			t.Error("landing page lacks the introduction")
		}
		if !hasAttr(p.one(t, "input#q"), "autofocus") {
			t.Error("landing page does not focus the search box")
		}
		if hasAttr(fetchPage(t, srv, "/?q=Taiwan").one(t, "input#q"), "autofocus") {
			t.Error("a results page steals focus to the search box")
		}
	})
}

func TestPageEscapesText(t *testing.T) {
	srv := newPageServer(t)
	raw := []string{"<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<b>Bold</b>", "<em>and tags</em>"}
	for _, target := range []string{
		"/?q=zanzibar",
		"/?q=Taiwan+trade",
		"/doc/" + unsafeDoc + "?p=1",
		"/?q=" + url.QueryEscape(`<img src=x onerror=alert(1)>`),
		"/?q=" + url.QueryEscape(`"<script>alert(1)</script>`), // a syntax error echoes the query
		"/?q=zanzibar&speaker=" + url.QueryEscape("<script>alert(1)</script>"),
	} {
		t.Run(target, func(t *testing.T) {
			p := fetchPage(t, srv, target)
			for _, r := range raw {
				if strings.Contains(p.body, r) {
					t.Errorf("page contains %s unescaped", r)
				}
			}
			for _, n := range p.all("script") {
				if attr(n, "src") != "/static/app.js" {
					t.Errorf("unexpected script element: %v", n.Attr)
				}
			}
			if n := len(p.all("img")) + len(p.all("b")) + len(p.all("em")); n != 0 {
				t.Errorf("%d elements from document text", n)
			}
		})
	}
	p := fetchPage(t, srv, "/doc/"+unsafeDoc+"?p=1")
	if got := text(p.one(t, "h1")); got != "Markup test <script>alert(1)</script> readout" {
		t.Errorf("title = %q, want the markup shown as text", got)
	}
	if !strings.Contains(text(p.one(t, "section#p1")), "<img src=x onerror=alert(1)>") {
		t.Error("paragraph text does not show the markup as text")
	}
	if len(p.all("a.external")) != 0 || strings.Contains(p.body, "javascript:") {
		t.Error("a javascript: source became a link")
	}
}

// TestPageSafety checks every kind of page for what the CSP would block or
// what would leave the server: inline scripts, styles and handlers, and
// assets from elsewhere.
func TestPageSafety(t *testing.T) {
	srv := newPageServer(t)
	for _, target := range []string{"/", "/?q=Taiwan", "/?q=Taiwan&speaker=Wang+Yi", "/?q=%22", "/doc/" + callDoc + "?p=3", "/help", "/doc/nope"} {
		t.Run(target, func(t *testing.T) {
			checkPageSafety(t, fetchPage(t, srv, target))
		})
	}
}

// checkPageSafety fails t if p has what the CSP would block or what would
// leave the server, or lacks the landmarks every page has.
func checkPageSafety(t *testing.T, p htmlPage) {
	t.Helper()
	csp := p.header.Get("Content-Security-Policy")
	for _, want := range []string{"default-src 'none'", "script-src 'self'", "style-src 'self'"} {
		if !strings.Contains(csp, want) {
			t.Errorf("CSP %q lacks %s", csp, want)
		}
	}
	if strings.Contains(csp, "unsafe-inline") {
		t.Errorf("CSP allows inline code: %q", csp)
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			for _, a := range n.Attr {
				if strings.HasPrefix(a.Key, "on") || a.Key == "style" {
					t.Errorf("<%s %s=...>: inline code or style", n.Data, a.Key)
				}
			}
			switch n.Data {
			case "style":
				t.Error("<style> element")
			case "script":
				if attr(n, "src") == "" {
					t.Error("inline <script>")
				}
			}
			for _, k := range []string{"src", "href", "action"} {
				v := attr(n, k)
				if v == "" || n.Data == "a" && hasClass(n, "external") {
					continue
				}
				if !strings.HasPrefix(v, "/") && !strings.HasPrefix(v, "#") || strings.HasPrefix(v, "//") {
					t.Errorf("<%s %s=%q> points away from the server", n.Data, k, v)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(p.doc)
	// Landmarks and the labelled search box are on every page.
	for _, sel := range []string{"header.top", "main#main", "footer.foot", "form.searchform", "label", "a.skip"} {
		if len(p.all(sel)) == 0 {
			t.Errorf("no %s", sel)
		}
	}
	if attr(p.one(t, "html"), "lang") != "en" {
		t.Error("no lang on <html>")
	}
}

func TestPageDocument(t *testing.T) {
	srv := newPageServer(t)
	back := "/?q=Taiwan&speaker=Wang+Yi"
	p := fetchPage(t, srv, "/doc/"+callDoc+"?p=3&back="+url.QueryEscape(back))
	if p.status != http.StatusOK {
		t.Fatalf("status %d", p.status)
	}
	// The whole document, the matched paragraph marked, its neighbours near.
	var classes []string
	for _, s := range p.all("section.para") {
		classes = append(classes, attr(s, "id")+":"+attr(s, "class"))
	}
	want := "p1:para p2:para near p3:para current p4:para near p5:para"
	if got := strings.Join(classes, " "); got != want {
		t.Errorf("paragraphs = %q, want %q", got, want)
	}
	cur := p.one(t, "section.current")
	if attr(cur, "aria-current") != "true" || !strings.Contains(text(cur), "Matched paragraph") {
		t.Errorf("matched paragraph not announced: %q", text(cur))
	}
	nav := text(p.one(t, "nav.docnav"))
	if !strings.Contains(nav, "Paragraph 3 of 5") {
		t.Errorf("doc nav = %q", nav)
	}
	links := map[string]string{}
	for _, a := range p.all("nav.docnav a") {
		links[text(a)] = attr(a, "href")
	}
	if links["← Back to results"] != back || links["↑ previous"] != "#p2" || links["↓ next"] != "#p4" {
		t.Errorf("doc nav links = %v", links)
	}
	if got := attr(p.one(t, "a.external"), "href"); got != "https://example.org/readouts/2021-11-14-wang-yi-blinken" {
		t.Errorf("original link = %q", got)
	}
	if got := attr(p.one(t, "input#q"), "value"); got != "Taiwan" {
		t.Errorf("search box = %q, want the query the reader came from", got)
	}
	// The words of that query are marked wherever they occur in the document.
	var marked []string
	for _, m := range p.all("section.para mark") {
		marked = append(marked, text(m))
	}
	if len(marked) == 0 || !slices.ContainsFunc(marked, func(s string) bool { return strings.EqualFold(s, "Taiwan") }) {
		t.Errorf("marks in the document = %q, want Taiwan marked", marked)
	}

	t.Run("back goes only to a search", func(t *testing.T) {
		for _, b := range []string{"https://evil.example/", "//evil.example/?q=x", "javascript:alert(1)"} {
			p := fetchPage(t, srv, "/doc/"+callDoc+"?p=3&back="+url.QueryEscape(b))
			if got := attr(p.one(t, "a.back"), "href"); got != "/" {
				t.Errorf("back=%s links to %q, want /", b, got)
			}
		}
	})
	t.Run("unknown document", func(t *testing.T) {
		p := fetchPage(t, srv, "/doc/browser/nope.txt")
		if p.status != http.StatusNotFound || !strings.Contains(text(p.one(t, "main")), "no such document") {
			t.Errorf("status %d", p.status)
		}
	})
}
