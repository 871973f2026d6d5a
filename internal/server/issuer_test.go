package server_test

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/readouts/readouts/internal/config"
	"github.com/readouts/readouts/internal/index"
	"github.com/readouts/readouts/internal/readout"
	"github.com/readouts/readouts/internal/server"
)

// issuedDocs are the documents of the issuer and country tests, by file
// name under the corpus folder "issued": who issued each, and how many
// paragraphs about sanctions it has. The test sets Document.Issuer and
// Country itself, so these tests do not depend on package attribution.
var issuedDocs = map[string]struct {
	paragraphs      int
	issuer, country string
}{
	"2022-03-01_price-briefing.txt":    {3, "Ned Price", "United States"},
	"2022-03-02_zhao-press.txt":        {2, "Zhao Lijian", "China"},
	"2022-03-03_spokesperson.txt":      {2, "Office of the Spokesperson", "United States"},
	"2022-03-04_markup.txt":            {1, "<script>alert(1)</script>", "<b>Bold</b> Land"},
	"2022-03-05_issued-by-nobody.txt":  {1, "", ""},
	"2022-03-06_unrelated-weather.txt": {1, "Ned Price", "United States"}, // no sanctions
}

type issuedAttributor struct{}

func (issuedAttributor) Attribute(d *readout.Document) {
	doc := issuedDocs[path.Base(d.ID)]
	d.Issuer, d.Country = doc.issuer, doc.country
}

// newIssuedServer serves the issued corpus with ten hits a page.
func newIssuedServer(t *testing.T) *server.Server {
	t.Helper()
	dir := t.TempDir()
	corpus := filepath.Join(dir, "issued")
	if err := os.MkdirAll(corpus, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, doc := range issuedDocs {
		word := "sanctions"
		if strings.Contains(name, "weather") {
			word = "the weather"
		}
		var b strings.Builder
		fmt.Fprintf(&b, "title: Statement %s\ndate: %s\n\n", strings.TrimSuffix(name[11:], ".txt"), name[:10])
		for i := 1; i <= doc.paragraphs; i++ {
			fmt.Fprintf(&b, "Paragraph %d: the statement discussed %s at length and asked for restraint.\n\n", i, word)
		}
		if err := os.WriteFile(filepath.Join(corpus, name), []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	idx := filepath.Join(dir, "index")
	if _, err := index.Build(context.Background(), index.BuildOptions{
		Dir: idx, Corpus: []string{corpus}, Parse: readout.Options{Attributor: issuedAttributor{}},
	}); err != nil {
		t.Fatal(err)
	}
	r, err := index.Open(idx, index.ReaderOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Close() })
	cfg := config.Server{SearchTimeout: 10 * time.Second, PageSize: 10, MaxPageSize: 100, MaxPage: 1000}
	srv, err := server.New(cfg, r, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	return srv
}

// issuedIDs lists the paragraph IDs of the named documents that mention
// sanctions.
func issuedIDs(names ...string) []string {
	var out []string
	for _, name := range names {
		for n := 1; n <= issuedDocs[name].paragraphs; n++ {
			out = append(out, fmt.Sprintf("issued/%s#p%d", name, n))
		}
	}
	slices.Sort(out)
	return out
}

func TestSearchAPIIssuerAndCountry(t *testing.T) {
	s := newIssuedServer(t)
	tests := []struct {
		query string
		want  []string
	}{
		{"q=sanctions&issuer=Ned+Price", issuedIDs("2022-03-01_price-briefing.txt")},
		{"q=sanctions&issuer=zhao+lijian", issuedIDs("2022-03-02_zhao-press.txt")},
		{"q=sanctions&issuer=Ned+Price&issuer=Zhao+Lijian", issuedIDs("2022-03-01_price-briefing.txt", "2022-03-02_zhao-press.txt")},
		{"q=sanctions&country=United+States", issuedIDs("2022-03-01_price-briefing.txt", "2022-03-03_spokesperson.txt")},
		{"q=sanctions&country=China&country=United+States", issuedIDs("2022-03-01_price-briefing.txt", "2022-03-02_zhao-press.txt", "2022-03-03_spokesperson.txt")},
		{"q=sanctions&country=United+States&issuer=Office+of+the+Spokesperson", issuedIDs("2022-03-03_spokesperson.txt")},
		{"q=sanctions&country=China&issuer=Ned+Price", nil},
		{"q=" + url.QueryEscape(`sanctions country:China`), issuedIDs("2022-03-02_zhao-press.txt")},
		{"q=" + url.QueryEscape(`sanctions -issuer:"Ned Price"`), issuedIDs("2022-03-02_zhao-press.txt", "2022-03-03_spokesperson.txt", "2022-03-04_markup.txt", "2022-03-05_issued-by-nobody.txt")},
		{"country=" + url.QueryEscape("<b>Bold</b> Land"), issuedIDs("2022-03-04_markup.txt")},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			code, _, body := get(t, s, "/api/v1/search?"+tt.query+"&size=100")
			if code != http.StatusOK {
				t.Fatalf("status %d: %v", code, body)
			}
			var got []string
			for _, h := range body["hits"].([]any) {
				hit := h.(map[string]any)
				got = append(got, hit["id"].(string))
				want := issuedDocs[path.Base(hit["doc_id"].(string))]
				if hit["issuer"] != want.issuer || hit["country"] != want.country {
					t.Errorf("hit %s: issuer %q country %q, want %q %q", hit["id"], hit["issuer"], hit["country"], want.issuer, want.country)
				}
			}
			slices.Sort(got)
			if !slices.Equal(got, tt.want) || body["total"].(float64) != float64(len(tt.want)) {
				t.Errorf("total %v, hits %v; want %v", body["total"], got, tt.want)
			}
		})
	}
}

func TestSearchAPIIssuerAndCountryFacets(t *testing.T) {
	s := newIssuedServer(t)
	facet := func(body map[string]any, name string) string {
		var out []string
		for _, v := range body["facets"].(map[string]any)[name].([]any) {
			out = append(out, fmt.Sprintf("%s=%v", v.(map[string]any)["value"], v.(map[string]any)["count"]))
		}
		return strings.Join(out, "; ")
	}
	tests := []struct {
		query, issuer, country string
	}{
		// Counts over all matches, not the page of one hit; a document
		// without issuer or country counts in neither.
		{"q=sanctions&size=1",
			"Ned Price=3; Office of the Spokesperson=2; Zhao Lijian=2; <script>alert(1)</script>=1",
			"United States=5; China=2; <b>Bold</b> Land=1"},
		// The other facets count the filtered matches; the country facet
		// counts as if no country were chosen, so that another can be added.
		{"q=sanctions&country=United+States&size=1",
			"Ned Price=3; Office of the Spokesperson=2",
			"United States=5; China=2; <b>Bold</b> Land=1"},
		{"q=weather", "Ned Price=1", "United States=1"},
		{"q=zanzibar", "", ""}, // no match: empty lists, not missing
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			code, _, body := get(t, s, "/api/v1/search?"+tt.query)
			if code != http.StatusOK {
				t.Fatalf("status %d: %v", code, body)
			}
			if got := facet(body, "issuer"); got != tt.issuer {
				t.Errorf("issuer facet %q, want %q", got, tt.issuer)
			}
			if got := facet(body, "country"); got != tt.country {
				t.Errorf("country facet %q, want %q", got, tt.country)
			}
		})
	}
}

func TestDocumentAPIIssuerAndCountry(t *testing.T) {
	s := newIssuedServer(t)
	for name, want := range issuedDocs {
		code, _, body := get(t, s, "/api/v1/documents/issued/"+name)
		if code != http.StatusOK {
			t.Fatalf("%s: status %d: %v", name, code, body)
		}
		// Always present, "" when the document names none.
		if body["issuer"] != want.issuer || body["country"] != want.country {
			t.Errorf("%s: issuer %v country %v, want %q %q", name, body["issuer"], body["country"], want.issuer, want.country)
		}
	}
}

func TestPageIssuerAndCountry(t *testing.T) {
	srv := newIssuedServer(t)
	p := fetchPage(t, srv, "/?q=sanctions")
	checkPageSafety(t, p)
	// Each result shows who issued its document, for which country.
	hits := p.all("li.hit")
	if len(hits) != 9 {
		t.Fatalf("%d hits, want 9", len(hits))
	}
	for _, h := range hits {
		href := attr(descendants(h, matcher("a"))[0], "href")
		u, err := url.Parse(href)
		if err != nil {
			t.Fatal(err)
		}
		want := issuedDocs[path.Base(u.Path)]
		var issuer, country string
		if n := descendants(h, matcher("span.issuer")); len(n) > 0 {
			issuer = text(n[0])
		}
		if n := descendants(h, matcher("span.country")); len(n) > 0 {
			country = text(n[0])
		}
		wantIssuer, wantCountry := "", ""
		if want.issuer != "" {
			wantIssuer = "issued by " + want.issuer
		}
		if want.country != "" {
			wantCountry = "Country: " + want.country
		}
		if issuer != wantIssuer || country != wantCountry {
			t.Errorf("hit %s shows %q, %q; want %q, %q", u.Path, issuer, country, wantIssuer, wantCountry)
		}
	}

	// The Country facet filters on click, without scripts: a plain link.
	href, count, active := facetLink(t, p, "Country", "China")
	if want := "/?country=China&q=sanctions"; href != want || count != "2" || active {
		t.Fatalf("China facet = %q (%s, active %v), want %q (2, inactive)", href, count, active, want)
	}
	if _, count, _ := facetLink(t, p, "Issuer", "Ned Price"); count != "3" {
		t.Errorf("Ned Price issuer facet counts %s, want 3", count)
	}
	p = fetchPage(t, srv, href)
	checkPageSafety(t, p)
	if got := text(p.one(t, "p.summary")); !strings.HasPrefix(got, "2 paragraphs") {
		t.Errorf("after the China facet, summary = %q", got)
	}
	for _, h := range hitTexts(p) {
		if !strings.Contains(h, "issued by Zhao Lijian") || !strings.Contains(h, "China") {
			t.Errorf("hit not issued by Zhao Lijian for China: %q", h)
		}
	}
	href, _, active = facetLink(t, p, "Country", "China")
	if href != "/?q=sanctions" || !active {
		t.Errorf("active China facet = %q (active %v), want a link removing it", href, active)
	}
	chip := p.one(t, "ul.chips a.chip")
	if got, want := text(chip), "Country: China ×(remove this filter)"; got != want {
		t.Errorf("chip = %q, want %q", got, want)
	}
	if attr(chip, "href") != "/?q=sanctions" {
		t.Errorf("chip removes to %q, want /?q=sanctions", attr(chip, "href"))
	}
	// A new query in the search box keeps the filter.
	var hidden []string
	for _, in := range p.all("form.searchform input") {
		if attr(in, "type") == "hidden" {
			hidden = append(hidden, attr(in, "name")+"="+attr(in, "value"))
		}
	}
	if !slices.Contains(hidden, "country=China") {
		t.Errorf("search form carries %q, want country=China", hidden)
	}

	// The Issuer facet adds to it; its chip removes the issuer only.
	p = fetchPage(t, srv, "/?q=sanctions&issuer=Zhao+Lijian&country=China")
	var chips []string
	for _, c := range p.all("ul.chips a.chip") {
		chips = append(chips, text(c)+" -> "+attr(c, "href"))
	}
	want := []string{
		"Issuer: Zhao Lijian ×(remove this filter) -> /?country=China&q=sanctions",
		"Country: China ×(remove this filter) -> /?issuer=Zhao+Lijian&q=sanctions",
	}
	if !slices.Equal(chips, want) {
		t.Errorf("chips = %q, want %q", chips, want)
	}
}

func TestPageDocumentIssuerAndCountry(t *testing.T) {
	srv := newIssuedServer(t)
	p := fetchPage(t, srv, "/doc/issued/2022-03-01_price-briefing.txt?p=2")
	checkPageSafety(t, p)
	head := p.one(t, "header.dochead")
	links := map[string]string{}
	for _, a := range descendants(head, matcher("a")) {
		links[text(a)] = attr(a, "href")
	}
	if links["Ned Price"] != "/?issuer=Ned+Price" || links["United States"] != "/?country=United+States" {
		t.Errorf("document head links %v, want Ned Price and United States to their searches", links)
	}
	if got := text(descendants(head, matcher("span.issuer"))[0]); got != "issued by Ned Price" {
		t.Errorf("issuer shown as %q", got)
	}
	// A document that names neither shows neither.
	p = fetchPage(t, srv, "/doc/issued/2022-03-05_issued-by-nobody.txt")
	if n := len(p.all("header.dochead span.issuer")) + len(p.all("header.dochead span.country")); n != 0 {
		t.Errorf("a document without issuer or country shows %d of them", n)
	}
}

// TestPageEscapesIssuerAndCountry: an issuer and a country are text from
// the corpus and are shown as text, in results, facets, chips and the
// document.
func TestPageEscapesIssuerAndCountry(t *testing.T) {
	srv := newIssuedServer(t)
	for _, target := range []string{
		"/?q=sanctions",
		"/?q=sanctions&issuer=" + url.QueryEscape("<script>alert(1)</script>") + "&country=" + url.QueryEscape("<b>Bold</b> Land"),
		"/doc/issued/2022-03-04_markup.txt",
	} {
		t.Run(target, func(t *testing.T) {
			p := fetchPage(t, srv, target)
			checkPageSafety(t, p)
			for _, raw := range []string{"<script>alert(1)</script>", "<b>Bold</b>"} {
				if strings.Contains(p.body, raw) {
					t.Errorf("page contains %s unescaped", raw)
				}
			}
			if len(p.all("b")) != 0 {
				t.Error("an element from a country name")
			}
			if !strings.Contains(text(p.doc), "<script>alert(1)</script>") {
				t.Error("the issuer is not shown as text")
			}
		})
	}
}
