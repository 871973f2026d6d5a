package server_test

import (
	"html"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
)

// TestFacetListPages: on the sample corpus, a search whose speakers are
// more than 15 links "More" under the speakers; the list page shows them
// all with a box that narrows them, each linking to the search filtered by
// it; the API says the same.
func TestFacetListPages(t *testing.T) {
	s := versionsServer(t)
	code, page := getPage(t, s, "/?q=security")
	if code != http.StatusOK {
		t.Fatalf("search page: %d", code)
	}
	more := regexp.MustCompile(`<p class="facet-more"><a href="([^"]+)">More<span class="visually-hidden"> Speakers</span>`).FindStringSubmatch(page)
	if more == nil {
		t.Fatal("no More link under the speakers")
	}
	target := html.UnescapeString(more[1])
	if target != "/facets/speaker?q=security" {
		t.Errorf("More links %s", target)
	}
	code, page = getPage(t, s, target)
	if code != http.StatusOK {
		t.Fatalf("GET %s: %d", target, code)
	}
	links := regexp.MustCompile(`<li><a href="(/\?[^"]+)"><span class="name">([^<]+)</span> <span class="count">(\d+)</span>`).FindAllStringSubmatch(page, -1)
	_, _, api := get(t, s, "/api/v1/facets/speaker?q=security&size=1000")
	values := api["values"].([]any)
	if len(links) <= 15 || len(links) != len(values) {
		t.Fatalf("the page lists %d speakers, the API %d; want the same, over 15", len(links), len(values))
	}
	for i, l := range links {
		v := values[i].(map[string]any)
		u, _ := url.Parse(html.UnescapeString(l[1]))
		name := html.UnescapeString(l[2])
		if name != v["value"] || u.Query().Get("q") != "security" || u.Query().Get("speaker") != name {
			t.Errorf("line %d: %s %q, API %v", i, l[1], name, v)
		}
	}
	if !strings.Contains(page, `<form class="facet-search" action="/facets/speaker" method="get"`) || !strings.Contains(page, `<input type="hidden" name="q" value="security">`) {
		t.Error("no box keeping the search")
	}

	code, page = getPage(t, s, "/facets/speaker?q=security&contains=blinken")
	if code != http.StatusOK || !strings.Contains(page, "Antony Blinken") || strings.Contains(page, ">Wang Yi<") {
		t.Errorf("narrowed to blinken: %d, want Antony Blinken only", code)
	}
	if !strings.Contains(page, `holding “blinken”`) || !strings.Contains(page, `href="/facets/speaker?q=security">Show all</a>`) {
		t.Error("the narrowed list does not say so or has no way back")
	}
	for _, tc := range []struct {
		target string
		status int
	}{
		{"/facets/weather?q=security", http.StatusBadRequest},
		{"/facets/speaker?size=0", http.StatusBadRequest},
		{"/facets/speaker?q=%28Taiwan", http.StatusBadRequest},
	} {
		if code, page := getPage(t, s, tc.target); code != tc.status || !strings.Contains(page, "<html") {
			t.Errorf("GET %s: %d, want %d and a page", tc.target, code, tc.status)
		}
	}
}
