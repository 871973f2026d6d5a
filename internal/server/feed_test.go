package server_test

import (
	"encoding/xml"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"
)

// The feed as a reader parses it: only what RFC 4287 requires, and what
// the issue asks of each entry, so that each can be checked by name.
type atomDoc struct {
	XMLName xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	ID      string      `xml:"http://www.w3.org/2005/Atom id"`
	Title   string      `xml:"http://www.w3.org/2005/Atom title"`
	Updated string      `xml:"http://www.w3.org/2005/Atom updated"`
	Authors []atomName  `xml:"http://www.w3.org/2005/Atom author"`
	Links   []atomHref  `xml:"http://www.w3.org/2005/Atom link"`
	Entries []atomEntry `xml:"http://www.w3.org/2005/Atom entry"`
}

type atomName struct {
	Name string `xml:"http://www.w3.org/2005/Atom name"`
}

type atomHref struct {
	Rel  string `xml:"rel,attr"`
	Type string `xml:"type,attr"`
	Href string `xml:"href,attr"`
}

type atomEntry struct {
	ID         string     `xml:"http://www.w3.org/2005/Atom id"`
	Title      string     `xml:"http://www.w3.org/2005/Atom title"`
	Updated    string     `xml:"http://www.w3.org/2005/Atom updated"`
	Authors    []atomName `xml:"http://www.w3.org/2005/Atom author"`
	Links      []atomHref `xml:"http://www.w3.org/2005/Atom link"`
	Categories []struct {
		Term string `xml:"term,attr"`
	} `xml:"http://www.w3.org/2005/Atom category"`
	Summary struct {
		Type string `xml:"type,attr"`
		Body string `xml:",chardata"`
	} `xml:"http://www.w3.org/2005/Atom summary"`
}

func (l atomHref) is(rel string) bool { return l.Rel == rel || (rel == "alternate" && l.Rel == "") }

// TestFeedIsAtom checks the feed of a real search element by element
// against RFC 4287's requirements (feed: id, title, updated, an author or
// one in every entry, a self link; entry: id, title, updated, an alternate
// link) and the issue's: newest first, a stable permalink as id, the
// speakers, the snippet as escaped HTML.
func TestFeedIsAtom(t *testing.T) {
	s := newExportServer(t, 100000)
	rec := fetch(t, s, http.MethodGet, "/feed.atom?q=Ukraine&speaker=Antony+Blinken")
	if rec.Code != http.StatusOK || rec.Header().Get("Content-Type") != "application/atom+xml; charset=utf-8" {
		t.Fatalf("status %d, Content-Type %q: %s", rec.Code, rec.Header().Get("Content-Type"), rec.Body)
	}
	raw := rec.Body.String()
	if !strings.HasPrefix(raw, `<?xml version="1.0" encoding="UTF-8"?>`) {
		t.Errorf("no XML declaration: %.60s", raw)
	}
	var f atomDoc
	if err := xml.Unmarshal(rec.Body.Bytes(), &f); err != nil {
		t.Fatalf("not XML in the Atom namespace: %v", err)
	}
	const base = "http://example.com"
	if f.ID == "" || !strings.HasPrefix(f.ID, base+"/feed.atom?") {
		t.Errorf("feed id %q", f.ID)
	}
	if !strings.Contains(f.Title, `"Ukraine"`) || !strings.Contains(f.Title, "Antony Blinken") {
		t.Errorf("feed title %q does not say what it follows", f.Title)
	}
	if _, err := time.Parse(time.RFC3339, f.Updated); err != nil {
		t.Errorf("feed updated %q: %v", f.Updated, err)
	}
	if len(f.Authors) == 0 || f.Authors[0].Name == "" {
		t.Error("no feed author (RFC 4287 4.1.1: required unless every entry has one)")
	}
	self := ""
	for _, l := range f.Links {
		if l.is("self") {
			self = l.Href
		}
	}
	if self != f.ID {
		t.Errorf("self link %q, want the feed's own URL %q", self, f.ID)
	}
	if len(f.Entries) < 5 {
		t.Fatalf("%d entries: too few to test", len(f.Entries))
	}
	permalink := regexp.MustCompile(`^` + regexp.QuoteMeta(base) + `/doc/[^#?]+#p[0-9]+$`)
	ids := map[string]bool{}
	var last time.Time
	marked := 0
	for i, e := range f.Entries {
		if !permalink.MatchString(e.ID) || ids[e.ID] {
			t.Errorf("entry %d: id %q is not a unique paragraph permalink", i, e.ID)
		}
		ids[e.ID] = true
		if !strings.Contains(e.Title, "(paragraph ") {
			t.Errorf("entry %d: title %q", i, e.Title)
		}
		updated, err := time.Parse(time.RFC3339, e.Updated)
		if err != nil {
			t.Errorf("entry %d: updated %q: %v", i, e.Updated, err)
		}
		if i > 0 && updated.After(last) {
			t.Errorf("entry %d (%s) is newer than entry %d (%s): not newest first", i, e.Updated, i-1, last)
		}
		last = updated
		alternate := ""
		for _, l := range e.Links {
			if l.is("alternate") {
				alternate = l.Href
			}
		}
		if alternate != e.ID {
			t.Errorf("entry %d: alternate link %q, want its permalink", i, alternate)
		}
		// The filter is Blinken speaking: he is an author of every entry.
		found := false
		for _, a := range e.Authors {
			found = found || a.Name == "Antony Blinken"
		}
		if !found {
			t.Errorf("entry %d: authors %v lack the speaker", i, e.Authors)
		}
		if e.Summary.Type != "html" || strings.TrimSpace(e.Summary.Body) == "" {
			t.Errorf("entry %d: summary type %q %q, want the snippet as HTML", i, e.Summary.Type, e.Summary.Body)
		}
		// A paragraph found by its document's title has no word to mark.
		marked += strings.Count(e.Summary.Body, "<mark>")
	}
	if marked == 0 {
		t.Error("no summary marks the word searched for")
	}
	// Escaped, not raw: a reader must not take the snippet for feed markup.
	if strings.Contains(raw, "<mark>") || !strings.Contains(raw, "&lt;mark&gt;") {
		t.Error("the snippet's HTML is not escaped in the XML")
	}
	// The permalink leads to the paragraph.
	u, _ := url.Parse(f.Entries[0].ID)
	if p := fetchPage(t, s, u.Path); p.status != http.StatusOK || len(p.all("#"+u.Fragment)) != 1 {
		t.Errorf("GET %s: status %d, element #%s present %d times", u.Path, p.status, u.Fragment, len(p.all("#"+u.Fragment)))
	}
}

// TestFeedConditional: the validators depend on the generation and the
// search, so a poll with either answers 304 without a body.
func TestFeedConditional(t *testing.T) {
	s := newExportServer(t, 100000)
	first := fetch(t, s, http.MethodGet, "/feed.atom?q=sanctions")
	etag, modified := first.Header().Get("ETag"), first.Header().Get("Last-Modified")
	if first.Code != http.StatusOK || !regexp.MustCompile(`^"[0-9a-f]+"$`).MatchString(etag) {
		t.Fatalf("status %d, ETag %q", first.Code, etag)
	}
	if _, err := http.ParseTime(modified); err != nil {
		t.Fatalf("Last-Modified %q: %v", modified, err)
	}
	lastModified, _ := http.ParseTime(modified)
	for _, tt := range []struct {
		name   string
		target string
		header map[string]string
		want   int
	}{
		{"same ETag", "/feed.atom?q=sanctions", map[string]string{"If-None-Match": etag}, 304},
		{"weak and listed", "/feed.atom?q=sanctions", map[string]string{"If-None-Match": `"other", W/` + etag}, 304},
		{"any", "/feed.atom?q=sanctions", map[string]string{"If-None-Match": "*"}, 304},
		{"other ETag", "/feed.atom?q=sanctions", map[string]string{"If-None-Match": `"0123"`}, 200},
		{"ETag decides over the date", "/feed.atom?q=sanctions", map[string]string{"If-None-Match": `"0123"`, "If-Modified-Since": modified}, 200},
		{"not modified since", "/feed.atom?q=sanctions", map[string]string{"If-Modified-Since": modified}, 304},
		{"modified since", "/feed.atom?q=sanctions", map[string]string{"If-Modified-Since": lastModified.Add(-time.Second).Format(http.TimeFormat)}, 200},
		{"another search", "/feed.atom?q=Taiwan", map[string]string{"If-None-Match": etag}, 200},
		{"another filter", "/feed.atom?q=sanctions&speaker=Wang+Yi", map[string]string{"If-None-Match": etag}, 200},
	} {
		t.Run(tt.name, func(t *testing.T) {
			req := httptest.NewRequest(http.MethodGet, tt.target, nil)
			for k, v := range tt.header {
				req.Header.Set(k, v)
			}
			rec := httptest.NewRecorder()
			s.ServeHTTP(rec, req)
			if rec.Code != tt.want {
				t.Fatalf("status %d, want %d", rec.Code, tt.want)
			}
			if tt.want == 304 && (rec.Body.Len() != 0 || rec.Header().Get("ETag") != etag) {
				t.Errorf("304 with %d body bytes, ETag %q", rec.Body.Len(), rec.Header().Get("ETag"))
			}
		})
	}
	// The sort and page of the page a reader followed from do not make
	// another feed: it is always the newest first.
	if got := fetch(t, s, http.MethodGet, "/feed.atom?q=sanctions&sort=oldest&page=3").Header().Get("ETag"); got != etag {
		t.Errorf("sort and page changed the feed's ETag: %s, want %s", got, etag)
	}
}

// TestFeedErrors: a feed of a malformed search is the page's clear 400.
func TestFeedErrors(t *testing.T) {
	s := newExportServer(t, 100000)
	for _, target := range []string{"/feed.atom?q=(", "/feed.atom?q=%zz", "/feed.atom?q=the", "/feed.atom?q=Minsk&from=someday"} {
		if rec := fetch(t, s, http.MethodGet, target); rec.Code != http.StatusBadRequest {
			t.Errorf("GET %s = %d, want 400", target, rec.Code)
		}
	}
	// An empty search is still a valid feed: entries will come.
	rec := fetch(t, s, http.MethodGet, "/feed.atom?q=zzyzxqv")
	var f atomDoc
	if err := xml.Unmarshal(rec.Body.Bytes(), &f); rec.Code != 200 || err != nil || len(f.Entries) != 0 || len(f.Authors) == 0 {
		t.Errorf("feed of nothing: %d %v, %d entries", rec.Code, err, len(f.Entries))
	}
}

// TestSearchPageOffersToKeep: the page links to its feed (in its head and
// in the page), to itself, to each paragraph's permalink and to the export
// of every hit, all with the search's query and filters.
func TestSearchPageOffersToKeep(t *testing.T) {
	s := newExportServer(t, 100000)
	p := fetchPage(t, s, "/?q=Ukraine&speaker=Antony+Blinken&sort=oldest&page=2")
	if p.status != http.StatusOK {
		t.Fatalf("status %d", p.status)
	}
	wantFeed := "/feed.atom?q=Ukraine&speaker=Antony+Blinken"
	var alternate string
	for _, l := range p.all("link") {
		if attr(l, "rel") == "alternate" && attr(l, "type") == "application/atom+xml" {
			alternate = attr(l, "href")
		}
	}
	if alternate != wantFeed {
		t.Errorf("head link to the feed %q, want %q", alternate, wantFeed)
	}
	for sel, want := range map[string]string{
		"a.follow":      wantFeed,
		"a.search-link": "/?q=Ukraine&sort=oldest&speaker=Antony+Blinken",
	} {
		if got := attr(p.one(t, sel), "href"); got != want {
			t.Errorf("%s href %q, want %q", sel, got, want)
		}
	}
	downloads := p.all("a.download")
	if len(downloads) != 2 {
		t.Fatalf("%d download links, want CSV and JSON Lines", len(downloads))
	}
	for i, format := range []string{"csv", "jsonl"} {
		want := "/api/v1/export?format=" + format + "&q=Ukraine&sort=oldest&speaker=Antony+Blinken"
		if got := attr(downloads[i], "href"); got != want {
			t.Errorf("download %s: href %q, want %q", format, got, want)
		}
	}
	hits := p.all("li.hit")
	links := p.all("li.hit a.permalink")
	if len(hits) == 0 || len(links) != len(hits) {
		t.Fatalf("%d hits, %d permalinks", len(hits), len(links))
	}
	permalink := regexp.MustCompile(`^/doc/[^?#]+#p([0-9]+)$`)
	for i, l := range links {
		m := permalink.FindStringSubmatch(attr(l, "href"))
		if m == nil || !strings.Contains(text(hits[i]), "paragraph "+m[1]) {
			t.Errorf("hit %d: permalink %q", i, attr(l, "href"))
		}
	}
	// No results: still a feed to follow, nothing to download.
	p = fetchPage(t, s, "/?q=zzyzxqv")
	if len(p.all("a.follow")) != 1 || len(p.all("a.download")) != 0 {
		t.Errorf("empty search: %d follow links, %d downloads", len(p.all("a.follow")), len(p.all("a.download")))
	}
	// A malformed search offers neither.
	if p = fetchPage(t, s, "/?q=("); len(p.all("a.follow")) != 0 || strings.Contains(p.body, "application/atom+xml") {
		t.Error("a malformed search offers a feed")
	}
}

// TestDownloadSaysWhenCut: when the search finds more than
// server.max_export, the page says the download holds the first ones.
func TestDownloadSaysWhenCut(t *testing.T) {
	for _, tt := range []struct {
		max  int
		want string
	}{
		{100000, "Download all"},
		{7, "Download the first 7 of"},
	} {
		p := fetchPage(t, newExportServer(t, tt.max), "/?q=Ukraine")
		if got := text(p.one(t, "p.takeaway")); !strings.Contains(got, tt.want) {
			t.Errorf("max_export %d: %q, want it to say %q", tt.max, got, tt.want)
		}
	}
}

// TestFeedTitleNamesFiltersAsUnderstood: the feed's title names a filter
// as the search read it, as the page's chip does; speaker=antony+blinken
// was titled "by antony blinken". The feed's id stays the request's.
func TestFeedTitleNamesFiltersAsUnderstood(t *testing.T) {
	s := newExportServer(t, 100000)
	for _, target := range []string{
		"/feed.atom?q=Ukraine&speaker=antony+blinken",
		"/feed.atom?q=Ukraine&speaker=Blinken",
	} {
		rec := fetch(t, s, http.MethodGet, target)
		var f atomDoc
		if err := xml.Unmarshal(rec.Body.Bytes(), &f); err != nil {
			t.Fatalf("%s: %v", target, err)
		}
		if !strings.Contains(f.Title, "Antony Blinken") {
			t.Errorf("%s: feed title %q, want Antony Blinken named", target, f.Title)
		}
	}
}
