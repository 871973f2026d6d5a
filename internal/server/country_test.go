package server_test

import (
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestCountryFilterOldForm tells the story of a bug: once every document's
// country became one name per state ("Russian Federation" in a UN General
// Debate header is indexed as "Russia"), a bookmarked page, an API call, a
// feed or an export with country=Russian Federation found nothing,
// silently. Every entry point now counts what country=Russia counts.
func TestCountryFilterOldForm(t *testing.T) {
	s := newSampleServer(t)
	// total reads what each entry point counts for the query string qs.
	total := map[string]func(t *testing.T, qs string) string{
		"page": func(t *testing.T, qs string) string {
			return strings.Fields(text(fetchPage(t, s, "/?"+qs).one(t, "p.summary")))[0]
		},
		"api": func(t *testing.T, qs string) string {
			_, _, body := get(t, s, "/api/v1/search?"+qs)
			return fmt.Sprint(body["total"])
		},
		"facet list": func(t *testing.T, qs string) string {
			_, _, body := get(t, s, "/api/v1/facets/speaker?"+qs)
			return fmt.Sprint(body["total"])
		},
		"grid": func(t *testing.T, qs string) string {
			_, _, body := get(t, s, "/api/v1/grid?"+qs)
			return fmt.Sprint(body["columns"].([]any)[0].(map[string]any)["total"])
		},
		"timeline": func(t *testing.T, qs string) string {
			_, _, body := get(t, s, "/api/v1/timeline?by=country&"+qs)
			return fmt.Sprint(body["total"])
		},
		"export": func(t *testing.T, qs string) string {
			return fmt.Sprint(strings.Count(getBody(t, s, "/api/v1/export?format=jsonl&"+qs), "\n"))
		},
		"feed": func(t *testing.T, qs string) string {
			return regexp.MustCompile(`of ([\d,]+) matching`).FindStringSubmatch(getBody(t, s, "/feed.atom?"+qs))[1]
		},
	}
	for name, n := range total {
		t.Run(name, func(t *testing.T) {
			want := n(t, "q=sanctions&country=Russia")
			if want == "0" {
				t.Fatal("country=Russia finds nothing: the case tests nothing")
			}
			for _, qs := range []string{
				"q=sanctions&country=Russian+Federation",
				"q=sanctions&country=Russian%20Federation",
				"q=sanctions&country=RUS",
				"q=sanctions&country=Russian+Federation&country=Russia",
			} {
				if got := n(t, qs); got != want {
					t.Errorf("%s: %s, want %s as with country=Russia", qs, got, want)
				}
			}
		})
	}
}

// TestPageShowsFilterUnderstood: a filter given in another form than the
// index holds shows as the index's name, selected in its facet, with a
// chip that removes it — not unselected beside a chip of its own.
func TestPageShowsFilterUnderstood(t *testing.T) {
	s := newSampleServer(t)
	tests := []struct {
		target, facet, value, chip string
	}{
		{"/?q=sanctions&country=Russian+Federation", "Country", "Russia", "Country: Russia"},
		{"/?country=Republic+of+India", "Country", "India", "Country: India"},
		{"/?speaker=Wang+Yias", "Speakers", "Wang Yi", "Speaker: Wang Yi"},
		{"/?issuer=Blinken", "Issuer", "Antony Blinken", "Issuer: Antony Blinken"},
		// Another case than the facet's: the chip once said "the white
		// house" beside the facet's The White House.
		{"/?q=Ukraine&source=the+white+house", "Source", "The White House", "Source: The White House"},
		{"/?q=Ukraine&source=U.S.+DEPARTMENT+OF+STATE", "Source", "U.S. Department of State", "Source: U.S. Department of State"},
		{"/?q=Ukraine&speaker=senior+administration+official", "Speakers", "Senior Administration Official", "Speaker: Senior Administration Official"},
		{"/?q=Ukraine&issuer=office+of+the+spokesperson", "Issuer", "Office of the Spokesperson", "Issuer: Office of the Spokesperson"},
	}
	for _, tt := range tests {
		t.Run(tt.target, func(t *testing.T) {
			p := fetchPage(t, s, tt.target)
			if _, _, active := facetLink(t, p, tt.facet, tt.value); !active {
				t.Errorf("%s %q is not selected in its facet", tt.facet, tt.value)
			}
			var chips []string
			for _, c := range p.all("ul.chips a.chip") {
				chips = append(chips, strings.TrimSuffix(text(c), " ×(remove this filter)"))
			}
			if len(chips) != 1 || chips[0] != tt.chip {
				t.Errorf("chips %q, want [%q]", chips, tt.chip)
			}
		})
	}
	// An unknown country still filters, to nothing, and shows as given.
	p := fetchPage(t, s, "/?country=Atlantis")
	if p.status != http.StatusOK || len(p.all("li.hit")) != 0 {
		t.Errorf("country=Atlantis: status %d, %d hits; want 200 and none", p.status, len(p.all("li.hit")))
	}
	if chip := text(p.one(t, "ul.chips a.chip")); !strings.HasPrefix(chip, "Country: Atlantis") {
		t.Errorf("chip %q, want Country: Atlantis", chip)
	}
}

// TestPageNoticeKnownName: the page says a state or person the gazetteer
// knows is in no document, with no look-alike links; country=Chile once
// read "No country named “Chile”; did you mean: China?". A misspelling
// keeps its links.
func TestPageNoticeKnownName(t *testing.T) {
	s := newSampleServer(t)
	tests := []struct {
		target string
		notice string
		links  []string // the names offered, in order of the first ones
	}{
		{"/?country=Chile", "No document in this index has country “Chile”.", nil},
		{"/?q=sanctions&country=CHL", "No document in this index has country “CHL”.", nil},
		{"/?q=country:Chile", "No document in this index has country “Chile”.", nil},
		{"/?speaker=Mike+Pompeo", "No document in this index has speaker “Mike Pompeo”.", nil},
		{"/?country=Germny", "No country named “Germny”; did you mean: Germany?", []string{"Germany"}},
	}
	for _, tt := range tests {
		t.Run(tt.target, func(t *testing.T) {
			p := fetchPage(t, s, tt.target)
			if p.status != http.StatusOK {
				t.Fatalf("status %d", p.status)
			}
			if got := text(p.one(t, "p.unknown-name")); got != tt.notice {
				t.Errorf("notice %q, want %q", got, tt.notice)
			}
			var links []string
			for _, a := range p.all("p.unknown-name a") {
				links = append(links, text(a))
			}
			if len(links) < len(tt.links) || !slices.Equal(links[:len(tt.links)], tt.links) || tt.links == nil && links != nil {
				t.Errorf("links %q, want %q first", links, tt.links)
			}
		})
	}
}

// TestCrossTabLinksCarryFiltersOnce tells the story of a bug: with a
// filter in another form than the index holds, a grid cell or timeline
// bar of the same facet linked to country=Russian Federation&country=Russia.
// Every link now carries each filter once, as the index holds it.
func TestCrossTabLinksCarryFiltersOnce(t *testing.T) {
	s := newSampleServer(t)
	tests := []struct {
		target      string
		param       string // the filter, which every link carries once as want
		given, want string
	}{
		{"/grid?q=sanctions&q=Ukraine&by=country&country=Russian+Federation", "country", "Russian Federation", "Russia"},
		{"/timeline?q=sanctions&by=country&country=Russian+Federation", "country", "Russian Federation", "Russia"},
		{"/grid?q=sanctions&by=country&country=RUS&country=Russia", "country", "RUS", "Russia"},
		{"/grid?q=Ukraine&by=speaker&speaker=Wang+Yias", "speaker", "Wang Yias", "Wang Yi"},
		{"/timeline?q=Ukraine&by=speaker&speaker=Wang+Yias", "speaker", "Wang Yias", "Wang Yi"},
	}
	for _, tt := range tests {
		t.Run(tt.target, func(t *testing.T) {
			// links are the page's and its API's links to search pages.
			var links []string
			for _, a := range fetchPage(t, s, tt.target).all("a") {
				if h := attr(a, "href"); strings.HasPrefix(h, "/?") {
					links = append(links, h)
				}
			}
			_, _, body := get(t, s, "/api/v1"+tt.target)
			rows, _ := body["rows"].([]any) // a grid's; a timeline's API has no links
			for _, row := range rows {
				for _, c := range row.(map[string]any)["cells"].([]any) {
					links = append(links, fmt.Sprint(c.(map[string]any)["url"]))
				}
			}
			if len(links) < 2 {
				t.Fatalf("%d links to search pages: the case tests nothing", len(links))
			}
			for _, link := range links {
				u, err := url.Parse(link)
				if err != nil {
					t.Fatal(err)
				}
				got := u.Query()[tt.param]
				n := 0
				for _, v := range got {
					if strings.EqualFold(v, tt.want) {
						n++
					}
				}
				if n != 1 || slices.Contains(got, tt.given) {
					t.Errorf("%s: %s %q, want %q once and not %q", link, tt.param, got, tt.want, tt.given)
				}
			}
		})
	}
}

func getBody(t *testing.T, h http.Handler, target string) string {
	t.Helper()
	rec := fetch(t, h, http.MethodGet, target)
	if rec.Code != http.StatusOK {
		t.Fatalf("GET %s: status %d", target, rec.Code)
	}
	return rec.Body.String()
}
