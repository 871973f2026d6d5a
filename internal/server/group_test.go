package server_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
)

// TestGroupByDocumentAPIAndPage: group=document on the sample corpus
// lists each document once with its other matching paragraphs counted,
// pages through documents, and the page links both ways.
func TestGroupByDocumentAPIAndPage(t *testing.T) {
	s := versionsServer(t)
	q := url.QueryEscape(`"Minsk agreements" OR Kuleba`)
	_, _, flat := get(t, s, "/api/v1/search?size=100&q="+q)
	per := map[string]int{}
	for _, h := range flat["hits"].([]any) {
		per[h.(map[string]any)["doc_id"].(string)]++
	}
	code, _, body := get(t, s, "/api/v1/search?group=document&size=100&q="+q)
	if code != http.StatusOK {
		t.Fatalf("status %d: %v", code, body)
	}
	if body["group"] != "document" || body["documents"] != float64(len(per)) || body["documents_exact"] != true || body["total"] != flat["total"] {
		t.Fatalf("group %v, documents %v (exact %v), total %v; want %d documents of %v paragraphs", body["group"], body["documents"], body["documents_exact"], body["total"], len(per), flat["total"])
	}
	seen := map[string]bool{}
	more := 0
	for _, h := range body["hits"].([]any) {
		hit := h.(map[string]any)
		doc := hit["doc_id"].(string)
		if seen[doc] {
			t.Errorf("%s twice", doc)
		}
		seen[doc] = true
		n, _ := hit["more_in_document"].(float64)
		if int(n) != per[doc]-1 {
			t.Errorf("%s: more_in_document %v, want %d", doc, hit["more_in_document"], per[doc]-1)
		}
		more += int(n)
	}
	if more == 0 {
		t.Fatal("no document with more than one matching paragraph: the test shows nothing")
	}
	if _, _, p2 := get(t, s, "/api/v1/search?group=document&size=2&page=2&q="+q); p2["pages"] != float64((len(per)+1)/2) {
		t.Errorf("pages of 2 documents: %v, want %d", p2["pages"], (len(per)+1)/2)
	}
	if code, _, body := get(t, s, "/api/v1/search?group=paragraph&q=Minsk"); code != http.StatusBadRequest || !strings.Contains(body["error"].(string), "group") {
		t.Errorf("group=paragraph: %d %v, want 400 naming group", code, body)
	}

	_, page := getPage(t, s, "/?q="+q)
	if !strings.Contains(page, `class="group-toggle" href="/?group=document&amp;q=`) {
		t.Error("the search page does not offer one result per document")
	}
	_, page = getPage(t, s, "/?group=document&q="+q)
	for _, want := range []string{`more in this document</a>`, `one result each`, `class="group-toggle" href="/?q=`} {
		if !strings.Contains(page, want) {
			t.Errorf("grouped page lacks %s", want)
		}
	}
}

// TestGroupByDocumentPastTheWindow: browsing everything grouped (more
// paragraphs than the grouping reads) says the document count is a lower
// bound, documents_exact false rather than absent.
func TestGroupByDocumentPastTheWindow(t *testing.T) {
	s := versionsServer(t)
	code, _, body := get(t, s, "/api/v1/search?group=document&size=3")
	if code != http.StatusOK || body["documents_exact"] != false || body["documents"].(float64) < 3 {
		t.Errorf("%d: documents %v, documents_exact %v; want a lower bound, false", code, body["documents"], body["documents_exact"])
	}
}
