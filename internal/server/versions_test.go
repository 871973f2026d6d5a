package server_test

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/readouts/readouts/internal/testindex"
)

func versionsServer(t *testing.T) http.Handler {
	return mustServer(t, testConfig(), testindex.Shared(t, testindex.Root()+"/testdata/sample"))
}

func getPage(t *testing.T, h http.Handler, target string) (int, string) {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, target, nil))
	b, _ := io.ReadAll(rec.Body)
	return rec.Code, string(b)
}

func TestVersionsAPI(t *testing.T) {
	s := versionsServer(t)
	code, _, body := get(t, s, "/api/v1/documents/"+testindex.KerryOld+"/versions")
	if code != http.StatusOK {
		t.Fatalf("status %d: %v", code, body)
	}
	vs := body["versions"].([]any)
	if len(vs) != 2 {
		t.Fatalf("%d versions, want 2: %v", len(vs), vs)
	}
	first, second := vs[0].(map[string]any), vs[1].(map[string]any)
	if first["doc_id"] != testindex.KerryOld || first["current"] != true || first["changes"] != nil {
		t.Errorf("first version %v, want %s, current, no changes", first, testindex.KerryOld)
	}
	if first["published"] != "2022-02-18T13:19:32-05:00" {
		t.Errorf("published %v, want the header's time", first["published"])
	}
	ch, _ := second["changes"].(map[string]any)
	if second["doc_id"] != testindex.KerryNew || second["current"] != false || ch["changed"] != 1.0 || ch["added"] != 0.0 || ch["removed"] != 0.0 {
		t.Errorf("second version %v, want %s with one paragraph changed", second, testindex.KerryNew)
	}

	for _, tc := range []struct {
		target string
		status int
		n      int
	}{
		{"/api/v1/documents/sample/seeds/000_1e93c1123834f146.txt/versions", http.StatusOK, 0},
		{"/api/v1/documents/sample/state/nope.txt/versions", http.StatusNotFound, 0},
		{"/api/v1/documents/%20/versions", http.StatusBadRequest, 0},
	} {
		code, _, body := get(t, s, tc.target)
		if code != tc.status {
			t.Errorf("GET %s: %d %v, want %d", tc.target, code, body, tc.status)
			continue
		}
		if code == http.StatusOK {
			if vs, ok := body["versions"].([]any); !ok || len(vs) != tc.n {
				t.Errorf("GET %s: versions %v, want a list of %d", tc.target, body["versions"], tc.n)
			}
		} else if body["error"] == nil {
			t.Errorf("GET %s: %v, want a JSON error", tc.target, body)
		}
	}
	// The document itself is still served under its own ID.
	if code, _, body := get(t, s, "/api/v1/documents/"+testindex.KerryNew); code != http.StatusOK || body["id"] != testindex.KerryNew {
		t.Errorf("the document: %d %v", code, body["id"])
	}
}

func TestVersionsPages(t *testing.T) {
	s := versionsServer(t)
	code, page := getPage(t, s, "/doc/"+testindex.KerryNew)
	if code != http.StatusOK {
		t.Fatalf("document page: %d", code)
	}
	for _, want := range []string{
		`<h2 id="history-title">History</h2>`,
		`published in 2 versions`,
		`<li aria-current="true" class="current">`,
		`href="/doc/` + testindex.KerryOld + `/changes/` + testindex.KerryNew + `"`,
		`1 paragraph changed`,
		`<time datetime="2022-02-18T13:19:32-05:00">`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("document page lacks %s", want)
		}
	}
	if _, page := getPage(t, s, "/doc/sample/seeds/000_1e93c1123834f146.txt"); strings.Contains(page, "history-title") {
		t.Error("a document with no other version shows a history")
	}

	// Either order shows the older version as the old one.
	for _, target := range []string{"/doc/" + testindex.KerryOld + "/changes/" + testindex.KerryNew, "/doc/" + testindex.KerryNew + "/changes/" + testindex.KerryOld} {
		code, page := getPage(t, s, target)
		if code != http.StatusOK {
			t.Fatalf("GET %s: %d", target, code)
		}
		for _, want := range []string{
			`<del>17:00</del><ins>16:30</ins>`,
			`<del>livestreamed</del><ins>live-streamed</ins>`,
			`<p class="badge">Changed</p>`,
			`1 paragraph changed.`,
		} {
			if !strings.Contains(page, want) {
				t.Errorf("GET %s lacks %s", target, want)
			}
		}
		if strings.Contains(page, "<script>") || strings.Contains(page, " style=") {
			t.Errorf("GET %s has an inline script or style", target)
		}
	}
	for _, tc := range []struct {
		target string
		status int
	}{
		{"/doc/" + testindex.KerryOld + "/changes/sample/seeds/000_1e93c1123834f146.txt", http.StatusNotFound}, // not versions
		{"/doc/" + testindex.KerryOld + "/changes/sample/state/nope.txt", http.StatusNotFound},
		{"/doc/%20/changes/" + testindex.KerryOld, http.StatusBadRequest},
	} {
		code, page := getPage(t, s, tc.target)
		if code != tc.status || !strings.Contains(page, "<html") {
			t.Errorf("GET %s: %d, want %d and a page", tc.target, code, tc.status)
		}
	}
}
