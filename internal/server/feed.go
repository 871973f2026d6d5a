package server

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/xml"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/readouts/readouts/internal/index"
	"github.com/readouts/readouts/internal/readout"
	"github.com/readouts/readouts/internal/version"
)

// The Atom feed of a search (RFC 4287): /feed.atom takes the search page's
// parameters and lists the newest matching paragraphs, one entry each.
//
// Dates: Atom wants an instant, documents have a day, a month or a year.
// An entry's updated is its document's date at 00:00 UTC, the first day of
// the month or of the year when that is all the document says — the start
// of the period, which is where the index sorts such documents among the
// others. An undated document's entry takes the time the index generation
// was built, the last time Readouts saw it. The feed's own updated is that
// build time too: a feed changes only when a new generation is published.
//
// Polling: the ETag and Last-Modified depend only on the generation, the
// feed's parameters and the host it is served under, so a reader asking
// again with If-None-Match or If-Modified-Since gets 304 without any search
// being run until the indexer publishes.

// feedSize is the entries of a feed when ?size= does not say.
const feedSize = 50

// feedSchema changes when the feed's content changes for the same
// generation and parameters (a new element, a new layout), so that ETags
// from an older build are not taken for current.
const feedSchema = "1"

type atomFeed struct {
	XMLName   xml.Name     `xml:"http://www.w3.org/2005/Atom feed"`
	ID        string       `xml:"id"`
	Title     string       `xml:"title"`
	Subtitle  string       `xml:"subtitle,omitempty"`
	Updated   string       `xml:"updated"`
	Authors   []atomPerson `xml:"author"`
	Generator atomGen      `xml:"generator"`
	Links     []atomLink   `xml:"link"`
	Entries   []atomEntry  `xml:"entry"`
}

type atomGen struct {
	Version string `xml:"version,attr,omitempty"`
	Name    string `xml:",chardata"`
}

type atomPerson struct {
	Name string `xml:"name"`
	URI  string `xml:"uri,omitempty"`
}

type atomLink struct {
	Rel   string `xml:"rel,attr,omitempty"`
	Type  string `xml:"type,attr,omitempty"`
	Href  string `xml:"href,attr"`
	Title string `xml:"title,attr,omitempty"`
}

type atomText struct {
	Type string `xml:"type,attr,omitempty"`
	Body string `xml:",chardata"` // escaped by encoding/xml: type="html" carries escaped HTML
}

type atomCategory struct {
	Term   string `xml:"term,attr"`
	Scheme string `xml:"scheme,attr,omitempty"`
	Label  string `xml:"label,attr,omitempty"`
}

type atomEntry struct {
	ID         string         `xml:"id"`
	Title      atomText       `xml:"title"`
	Updated    string         `xml:"updated"`
	Authors    []atomPerson   `xml:"author"`
	Categories []atomCategory `xml:"category"`
	Links      []atomLink     `xml:"link"`
	Summary    atomText       `xml:"summary"`
}

// feedParams are the search parameters of a feed: the page's, newest first,
// one page of feedSize entries unless ?size= says otherwise.
func feedParams(v url.Values) url.Values {
	f := url.Values{}
	for k, vs := range v {
		f[k] = vs
	}
	f.Set("sort", index.SortNewest)
	f.Del("page")
	if f.Get("size") == "" {
		f.Set("size", strconv.Itoa(feedSize))
	}
	return f
}

// getFeed answers /feed.atom.
func (s *Server) getFeed(c echo.Context) error {
	v := feedParams(c.QueryParams())
	if n, err := strconv.Atoi(v.Get("size")); err == nil && n > s.cfg.MaxPageSize && c.QueryParam("size") == "" {
		v.Set("size", strconv.Itoa(s.cfg.MaxPageSize)) // the default, within this server's limit
	}
	p, _, err := s.parseSearchParams(v)
	if err != nil {
		return err
	}
	st, err := s.index.Stats()
	if err != nil {
		return err
	}
	base := c.Scheme() + "://" + c.Request().Host
	canon := p.values()
	sum := sha256.Sum256([]byte(strings.Join([]string{feedSchema, version.String(), st.Generation, st.Built.String(), base, canon.Encode()}, "\x00")))
	etag := `"` + hex.EncodeToString(sum[:12]) + `"`
	built := st.Built.UTC().Truncate(time.Second)
	h := c.Response().Header()
	h.Set("ETag", etag)
	h.Set("Last-Modified", built.Format(http.TimeFormat))
	h.Set(echo.HeaderCacheControl, "public, max-age=300")
	if notModified(c.Request(), etag, built) {
		return c.NoContent(http.StatusNotModified)
	}

	// The title names the filters as the search read them ("Blinken" as
	// Antony Blinken), as the page's chips do; the id stays the request's.
	read, res, err := s.search(c.Request().Context(), v)
	if err != nil {
		return err
	}
	feed := atomFeed{
		ID:        base + "/feed.atom?" + canon.Encode(),
		Title:     "Readouts: " + feedTitle(read),
		Subtitle:  fmt.Sprintf("The %d newest of %s matching paragraphs, newest first.", len(res.Hits), thousands(res.Total)),
		Updated:   built.Format(time.RFC3339),
		Authors:   []atomPerson{{Name: "Readouts", URI: base + "/"}},
		Generator: atomGen{Name: "Readouts", Version: version.String()},
		Links: []atomLink{
			{Rel: "self", Type: "application/atom+xml", Href: base + "/feed.atom?" + canon.Encode()},
			{Rel: "alternate", Type: "text/html", Href: base + p.with(func(*searchParams) {}).url()},
		},
	}
	for _, hit := range res.Hits {
		feed.Entries = append(feed.Entries, feedEntry(base, hit, built))
	}
	var buf bytes.Buffer
	buf.WriteString(xml.Header)
	enc := xml.NewEncoder(&buf)
	enc.Indent("", "  ")
	if err := enc.Encode(feed); err != nil {
		return fmt.Errorf("feed: %w", err)
	}
	return c.Blob(http.StatusOK, "application/atom+xml; charset=utf-8", buf.Bytes())
}

// feedEntry is one paragraph's entry. Its id is the paragraph's permalink,
// which never changes while the document keeps its paragraphs.
func feedEntry(base string, h index.Hit, built time.Time) atomEntry {
	link := base + paragraphPermalink(h.DocID, h.Paragraph)
	title := h.Title
	if title == "" {
		title = h.DocID
	}
	e := atomEntry{
		ID:      link,
		Title:   atomText{Type: "text", Body: fmt.Sprintf("%s (paragraph %d)", title, h.Paragraph)},
		Updated: entryTime(h.Date, built).Format(time.RFC3339),
		Links:   []atomLink{{Rel: "alternate", Type: "text/html", Href: link}},
		Summary: atomText{Type: "html", Body: h.Snippet.HTML()},
	}
	if orig := safeURL(h.URL); orig != "" {
		e.Links = append(e.Links, atomLink{Rel: "related", Type: "text/html", Href: orig, Title: "Original source"})
	}
	for _, sp := range h.Speakers {
		e.Authors = append(e.Authors, atomPerson{Name: sp})
		e.Categories = append(e.Categories, atomCategory{Term: sp, Scheme: base + "/?speaker=", Label: "Speaker: " + sp})
	}
	for _, m := range h.Mentions {
		e.Categories = append(e.Categories, atomCategory{Term: m, Scheme: base + "/?mention=", Label: "Mentions: " + m})
	}
	return e
}

// entryTime is the instant an entry is dated (see the comment at the top).
func entryTime(date string, built time.Time) time.Time {
	d, err := readout.ParseDate(date)
	if date == "" || err != nil || d.IsZero() {
		return built
	}
	return d.Start()
}

// feedTitle says what a feed follows: `"Minsk" by Wang Yi, 2021 to 2022`.
func feedTitle(p searchParams) string {
	var parts []string
	if p.Query != "" {
		parts = append(parts, strconv.Quote(p.Query))
	}
	for _, f := range []struct {
		label  string
		values []string
	}{{"by", p.Speakers}, {"mentioning", p.Mentions}, {"from", p.Sources}, {"issued by", p.Issuers}, {"country", p.Countries}} {
		if len(f.values) > 0 {
			parts = append(parts, f.label+" "+strings.Join(f.values, " or "))
		}
	}
	if t := turnFeedTitle(p.Turn); t != "" {
		parts = append(parts, t)
	}
	switch {
	case p.From != "" && p.To != "":
		parts = append(parts, p.From+" to "+p.To)
	case p.From != "":
		parts = append(parts, "since "+p.From)
	case p.To != "":
		parts = append(parts, "until "+p.To)
	}
	if len(parts) == 0 {
		return "every paragraph"
	}
	return strings.Join(parts, ", ")
}

// notModified applies the conditional request headers (RFC 9110 13.1):
// If-None-Match, when present, decides alone (weak comparison); otherwise
// If-Modified-Since against the generation's build time.
func notModified(r *http.Request, etag string, modified time.Time) bool {
	if inm := r.Header.Get("If-None-Match"); inm != "" {
		for _, t := range strings.Split(inm, ",") {
			t = strings.TrimPrefix(strings.TrimSpace(t), "W/")
			if t == "*" || t == etag {
				return true
			}
		}
		return false
	}
	if ims := r.Header.Get("If-Modified-Since"); ims != "" {
		if t, err := http.ParseTime(ims); err == nil && !modified.After(t) {
			return true
		}
	}
	return false
}

// paragraphPermalink is the lasting address of a paragraph: its document
// scrolled to it, without the search it was found by.
func paragraphPermalink(docID string, n int) string {
	return "/doc/" + escapePath(docID) + "#p" + strconv.Itoa(n)
}
