package server_test

import (
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/readouts/readouts/internal/attribution"
	"github.com/readouts/readouts/internal/server"
	"github.com/readouts/readouts/internal/testindex"
)

// actsSampleServer serves the sample corpus (testdata/sample), indexed by the
// real pipeline.
func actsSampleServer(t *testing.T) *server.Server {
	t.Helper()
	s, err := server.New(testConfig(), testindex.Shared(t, testindex.Root()+"/testdata/sample"), slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func actFacetCount(body map[string]any, facet, value string) int {
	facets, _ := body["facets"].(map[string]any)
	list, _ := facets[facet].([]any)
	for _, v := range list {
		m := v.(map[string]any)
		if m["value"] == value {
			return int(m["count"].(float64))
		}
	}
	return 0
}

// TestActAPI: the act filter and facet of /api/v1/search on the sample
// corpus — "what did X express concern about in year Y" as one request —,
// an unknown act as a 400 naming the valid ones, and each paragraph's acts
// in the document API.
func TestActAPI(t *testing.T) {
	s := actsSampleServer(t)
	code, _, all := get(t, s, "/api/v1/search?size=1")
	if code != http.StatusOK {
		t.Fatalf("status %d: %v", code, all)
	}
	concern := actFacetCount(all, "act", attribution.ActConcern)
	if concern == 0 {
		t.Fatalf("no %s in the act facet of the sample: %v", attribution.ActConcern, all["facets"].(map[string]any)["act"])
	}

	// The filter finds what the facet counted, in any case.
	code, _, body := get(t, s, "/api/v1/search?size=100&act=Expressed-Concern")
	if code != http.StatusOK {
		t.Fatalf("status %d: %v", code, body)
	}
	if got := int(body["total"].(float64)); got != concern {
		t.Errorf("act=expressed-concern: total %d, facet %d", got, concern)
	}
	for _, h := range body["hits"].([]any) {
		hit := h.(map[string]any)
		if !contains(strs(hit["acts"]), attribution.ActConcern) {
			t.Errorf("%s: acts %v", hit["id"], hit["acts"])
		}
	}

	// Speaker, act and year together.
	speaker := ""
	if list, _ := body["facets"].(map[string]any)["speaker"].([]any); len(list) > 0 {
		speaker = list[0].(map[string]any)["value"].(string)
	}
	if speaker == "" {
		t.Fatal("nobody in the speaker facet of act=expressed-concern")
	}
	_, _, withSpeaker := get(t, s, "/api/v1/search?size=1&act=expressed-concern&speaker="+url.QueryEscape(speaker))
	year := ""
	if list, _ := withSpeaker["facets"].(map[string]any)["year"].([]any); len(list) > 0 {
		year = list[0].(map[string]any)["value"].(string)
	}
	target := "/api/v1/search?size=100&act=expressed-concern&speaker=" + url.QueryEscape(speaker) + "&from=" + year + "&to=" + year
	code, _, body = get(t, s, target)
	if code != http.StatusOK || body["total"].(float64) == 0 {
		t.Fatalf("%s: status %d, %v", target, code, body["total"])
	}
	for _, h := range body["hits"].([]any) {
		hit := h.(map[string]any)
		if !contains(strs(hit["speakers"]), speaker) || !contains(strs(hit["acts"]), attribution.ActConcern) || !strings.HasPrefix(hit["date"].(string), year) {
			t.Errorf("%s: speakers %v acts %v date %v", hit["id"], hit["speakers"], hit["acts"], hit["date"])
		}
	}

	// The document API: the hit's paragraph has the act.
	hit := body["hits"].([]any)[0].(map[string]any)
	code, _, doc := get(t, s, "/api/v1/documents/"+url.PathEscape(hit["doc_id"].(string)))
	if code != http.StatusOK {
		t.Fatalf("document: status %d", code)
	}
	p := doc["paragraphs"].([]any)[int(hit["paragraph"].(float64))-1].(map[string]any)
	if !contains(strs(p["acts"]), attribution.ActConcern) {
		t.Errorf("document paragraph %v: acts %v", p["paragraph"], p["acts"])
	}
	found := false
	for _, sa := range p["speaker_acts"].([]any) {
		m := sa.(map[string]any)
		found = found || m["speaker"] == speaker && m["act"] == attribution.ActConcern
	}
	if !found {
		t.Errorf("document paragraph %v: speaker_acts %v lack %s's %s", p["paragraph"], p["speaker_acts"], speaker, attribution.ActConcern)
	}

	// Unknown acts are a 400 that lists the valid ones, on the API and the
	// page, not an empty result.
	for _, target := range []string{"/api/v1/search?act=opposed", "/api/v1/search?q=Taiwan&act=urged&act=said", "/api/v1/grid?q=Taiwan&act=said", "/api/v1/timeline?q=Taiwan&act=said"} {
		code, _, body := get(t, s, target)
		msg, _ := body["error"].(string)
		if code != http.StatusBadRequest || !strings.Contains(msg, "act:") || !strings.Contains(msg, attribution.ActConcern) {
			t.Errorf("%s: status %d, message %q; want 400 listing the acts", target, code, msg)
		}
	}
	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/?act=opposed", nil))
	if b, _ := io.ReadAll(rec.Body); rec.Code != http.StatusBadRequest || !strings.Contains(string(b), "expressed-concern") {
		t.Errorf("page /?act=opposed: status %d; want 400 naming the valid acts", rec.Code)
	}
}

// TestActPage: the search page shows an Act facet whose links filter, a
// chip for an active act, and the document page each paragraph's acts.
func TestActPage(t *testing.T) {
	s := actsSampleServer(t)
	page := func(target string) string {
		t.Helper()
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, target, nil))
		if rec.Code != http.StatusOK {
			t.Fatalf("GET %s: %d", target, rec.Code)
		}
		b, _ := io.ReadAll(rec.Body)
		return string(b)
	}
	html := page("/?q=Russia")
	if !strings.Contains(html, `id="facet-act"`) || !strings.Contains(html, "act="+attribution.ActConcern) {
		t.Errorf("search page: no Act facet linking act=%s", attribution.ActConcern)
	}
	html = page("/?q=Russia&act=" + attribution.ActConcern)
	if !strings.Contains(html, `<span class="chip-kind">Act:</span> `+attribution.ActConcern) {
		t.Error("search page with act: no Act chip")
	}
	_, _, body := get(t, s, "/api/v1/search?size=1&act="+attribution.ActUrged)
	hit := body["hits"].([]any)[0].(map[string]any)
	html = page("/doc/" + hit["doc_id"].(string))
	if !strings.Contains(html, `<span class="acts">Acts: `) || !strings.Contains(html, ">"+attribution.ActUrged+"</a>") {
		t.Errorf("document page %s: no acts shown", hit["doc_id"])
	}
}

// TestSpeakerActFacetsMatchFilters: a speaker filter with an act filter
// finds what that speaker did, so the act facet beside a speaker filter,
// and the speaker facet beside an act filter, must count the same pairs.
// They counted anyone's act in the speaker's paragraphs: under speaker=Joe
// Biden the facet said "agreed 137" and clicking it found 129.
func TestSpeakerActFacetsMatchFilters(t *testing.T) {
	s := actsSampleServer(t)
	tests := []struct {
		name, base, facet, param string
	}{
		{"acts of Joe Biden", "speaker=Joe+Biden", "act", "act"},
		{"acts of Sergey Lavrov", "speaker=Sergey+Lavrov", "act", "act"},
		{"acts of Antony Blinken on Ukraine", "q=Ukraine&speaker=Antony+Blinken", "act", "act"},
		{"speakers who agreed", "act=agreed", "speaker", "speaker"},
		{"speakers who expressed concern about Russia", "q=Russia&act=expressed-concern", "speaker", "speaker"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, body := get(t, s, "/api/v1/search?size=1&"+tt.base)
			if code != http.StatusOK {
				t.Fatalf("status %d: %v", code, body)
			}
			list, _ := body["facets"].(map[string]any)[tt.facet].([]any)
			if len(list) == 0 {
				t.Fatalf("%s: no %s facet", tt.base, tt.facet)
			}
			for _, v := range list {
				fv := v.(map[string]any)
				value, want := fv["value"].(string), int(fv["count"].(float64))
				target := "/api/v1/search?size=1&" + tt.base + "&" + tt.param + "=" + url.QueryEscape(value)
				_, _, clicked := get(t, s, target)
				if got := int(clicked["total"].(float64)); got != want {
					t.Errorf("%s=%s: the facet says %d, clicking it finds %d", tt.facet, value, want, got)
				}
			}
		})
	}
}

// TestGridAndTimelineBySpeakerWithAct: the grid and the timeline by speaker
// under an act filter count a speaker's paragraphs where they did the act,
// as their links (speaker and act) find. They counted the speaker's
// paragraphs where anyone did it: under q=Ukraine&act=agreed the grid said
// Antony Blinken 18 and its link found 16.
func TestGridAndTimelineBySpeakerWithAct(t *testing.T) {
	s := actsSampleServer(t)
	tests := []struct {
		name, query string
	}{
		{"Ukraine, agreed", "q=Ukraine&act=agreed"},
		{"Russia, expressed concern", "q=Russia&act=expressed-concern"},
		{"climate, welcomed", "q=climate&act=welcomed"},
	}
	found := func(t *testing.T, query string) int {
		t.Helper()
		_, _, body := get(t, s, "/api/v1/search?size=1&"+query)
		return int(body["total"].(float64))
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, grid := get(t, s, "/api/v1/grid?by=speaker&"+tt.query)
			if code != http.StatusOK {
				t.Fatalf("grid: status %d: %v", code, grid)
			}
			rows, _ := grid["rows"].([]any)
			if len(rows) == 0 {
				t.Fatal("grid: no rows")
			}
			for _, r := range rows {
				row := r.(map[string]any)
				cell := row["cells"].([]any)[0].(map[string]any)
				u, err := url.Parse(cell["url"].(string))
				if err != nil {
					t.Fatal(err)
				}
				if got, want := found(t, u.RawQuery), int(cell["count"].(float64)); got != want {
					t.Errorf("grid: %s counted %d, its link finds %d", row["group"], want, got)
				}
			}
			_, _, tl := get(t, s, "/api/v1/timeline?by=speaker&"+tt.query)
			for _, v := range tl["series"].([]any) {
				series := v.(map[string]any)
				speaker := series["group"].(string)
				if got, want := found(t, tt.query+"&speaker="+url.QueryEscape(speaker)), int(series["total"].(float64)); got != want {
					t.Errorf("timeline: %s counted %d, speaker and act find %d", speaker, want, got)
				}
			}
		})
	}
}
