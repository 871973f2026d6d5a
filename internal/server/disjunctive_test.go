package server_test

import (
	"html"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"testing"
)

// TestSelectTwoValuesOfAFacet: two speakers are either of them, and the
// speaker facet counts each speaker as if alone with the other filters
// (disjunctive facets), in the API and on the page, whose links (no
// JavaScript) add a third speaker to the two. Before, beside Antony Blinken
// and Joe Biden the facet listed Senior Administration Official 37, the
// paragraphs he shared with them, and clicking him found 149 + 182 - 37.
func TestSelectTwoValuesOfAFacet(t *testing.T) {
	s := actsSampleServer(t)
	total := func(t *testing.T, query string) int {
		t.Helper()
		code, _, body := get(t, s, "/api/v1/search?size=1&"+query)
		if code != http.StatusOK {
			t.Fatalf("GET %s: status %d: %v", query, code, body)
		}
		return int(body["total"].(float64))
	}
	const two = "q=Ukraine&speaker=Antony+Blinken&speaker=Joe+Biden"
	third := "Senior Administration Official"
	alone := total(t, "q=Ukraine&speaker="+url.QueryEscape(third))

	code, _, body := get(t, s, "/api/v1/search?size=1&"+two)
	if code != http.StatusOK {
		t.Fatalf("status %d: %v", code, body)
	}
	blinken, biden := total(t, "q=Ukraine&speaker=Antony+Blinken"), total(t, "q=Ukraine&speaker=Joe+Biden")
	if got := int(body["total"].(float64)); got <= max(blinken, biden) || got > blinken+biden {
		t.Errorf("both speakers find %d; want either's (%d, %d) and no more than both", got, blinken, biden)
	}
	for _, v := range []struct {
		name string
		want int
	}{{"Antony Blinken", blinken}, {"Joe Biden", biden}, {third, alone}} {
		if got := actFacetCount(body, "speaker", v.name); got != v.want {
			t.Errorf("API: speaker %s counts %d; alone it finds %d", v.name, got, v.want)
		}
	}
	// The other facets count the selection.
	if got, want := actFacetCount(body, "country", "United States"), total(t, two+"&country=United+States"); got != want {
		t.Errorf("API: country United States counts %d; with the speakers it finds %d", got, want)
	}

	code, page := getPage(t, s, "/?"+two)
	if code != http.StatusOK {
		t.Fatalf("page: status %d", code)
	}
	link := regexp.MustCompile(`<a href="([^"]*)"><span class="name">` + regexp.QuoteMeta(third) + `</span> <span class="count">(\d+)</span></a>`).FindStringSubmatch(page)
	if link == nil {
		t.Fatalf("page: no link to add speaker %s", third)
	}
	if link[2] != strconv.Itoa(alone) {
		t.Errorf("page: speaker %s counts %s; alone it finds %d", third, link[2], alone)
	}
	u, err := url.Parse(html.UnescapeString(link[1]))
	if err != nil {
		t.Fatal(err)
	}
	if got := u.Query()["speaker"]; len(got) != 3 {
		t.Errorf("page: the link to %s filters on speakers %q; want the two and the third", third, got)
	}
	if got, want := total(t, u.RawQuery), total(t, two); got <= want || got > want+alone {
		t.Errorf("three speakers find %d; want more than the two's %d, at most %d more", got, want, alone)
	}
	for _, name := range []string{"Antony Blinken", "Joe Biden"} {
		if !regexp.MustCompile(`class="active"[^>]*><span class="name"><span class="check" aria-hidden="true">✓ </span>` + name + `</span>`).MatchString(page) {
			t.Errorf("page: speaker %s is not shown selected", name)
		}
	}
}
