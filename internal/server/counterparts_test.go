package server_test

import (
	"html"
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/readouts/readouts/internal/testindex"
)

// Documents of the sample corpus (testdata/sample) the counterpart tests
// read besides those testindex names: the 2021 Wang-Blinken seed and a
// speech dated only by its year.
const (
	seed2021  = "sample/seeds/001_bfa104d00ee4ebbb.txt"
	ungdChina = "sample/ungd/2022_UNGD77_CHN.txt"
)

func counterpartIDs(t *testing.T, body map[string]any) []string {
	t.Helper()
	list, ok := body["counterparts"].([]any)
	if !ok {
		t.Fatalf("counterparts is not a list: %v", body)
	}
	var ids []string
	for _, c := range list {
		ids = append(ids, c.(map[string]any)["doc_id"].(string))
	}
	return ids
}

func TestCounterpartsAPI(t *testing.T) {
	s := newSampleServer(t)
	tests := []struct {
		name, doc string
		want      []string // among the counterparts
		notWant   []string // never among them
		reason    string   // a reason the first counterpart gives
	}{
		{name: "White House and State Department accounts of one meeting", doc: testindex.KulebaWH, want: []string{testindex.KulebaState},
			reason: "same government (United States): The White House and U.S. Department of State"},
		{name: "and back", doc: testindex.KulebaState, want: []string{testindex.KulebaWH}, reason: "both describe a meeting"},
		{name: "a readout and the background call on it", doc: testindex.XiReadout, want: []string{testindex.XiPress}, reason: "both describe a call"},
		{name: "the seed: its State Department readout is not in the corpus", doc: testindex.Seed2022, notWant: []string{seed2021}},
		{name: "the same two people weeks apart are not one event", doc: seed2021, notWant: []string{testindex.Seed2022}},
		{name: "a speech dated only by its year has none", doc: ungdChina},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, _, body := get(t, s, "/api/v1/documents/"+tc.doc+"/counterparts")
			if code != http.StatusOK {
				t.Fatalf("status %d: %v", code, body)
			}
			ids := counterpartIDs(t, body)
			for _, w := range tc.want {
				if !slices.Contains(ids, w) {
					t.Errorf("counterparts %v lack %s", ids, w)
				}
			}
			for _, w := range tc.notWant {
				if slices.Contains(ids, w) {
					t.Errorf("counterparts %v hold %s", ids, w)
				}
			}
			if tc.want == nil && len(ids) > 0 && tc.notWant == nil {
				t.Errorf("counterparts %v, want none", ids)
			}
			if tc.reason != "" {
				first := body["counterparts"].([]any)[0].(map[string]any)
				if rs := first["reasons"].([]any); !slices.ContainsFunc(rs, func(r any) bool { return r == tc.reason }) {
					t.Errorf("reasons %v lack %q", rs, tc.reason)
				}
				if sc := first["score"].(float64); sc < 0.5 {
					t.Errorf("score %v below the listing threshold", sc)
				}
			}
		})
	}
}

func TestCounterpartsAPIErrors(t *testing.T) {
	s := newSampleServer(t)
	tests := []struct {
		target string
		status int
	}{
		{"/api/v1/documents/sample/nope.txt/counterparts", http.StatusNotFound},
		{"/api/v1/documents/%20/counterparts", http.StatusBadRequest},
		{"/api/v1/documents//counterparts", http.StatusBadRequest},
		{"/api/v1/documents/" + testindex.Seed2022 + "/counterparts?q=%zz", http.StatusBadRequest},
	}
	for _, tc := range tests {
		t.Run(tc.target, func(t *testing.T) {
			code, _, body := get(t, s, tc.target)
			if code != tc.status {
				t.Fatalf("status %d, want %d: %v", code, tc.status, body)
			}
			if msg, _ := body["error"].(string); msg == "" {
				t.Errorf("no error message: %v", body)
			}
		})
	}
}

func TestDocumentPageListsCounterparts(t *testing.T) {
	s := newSampleServer(t)
	p := fetchPage(t, s, "/doc/"+testindex.KulebaWH)
	code, page := p.status, p.body
	if code != http.StatusOK {
		t.Fatalf("status %d", code)
	}
	for _, want := range []string{
		"Other accounts of this event",
		`href="/doc/` + testindex.KulebaState + `"`,
		`href="/doc/` + testindex.KulebaWH + `/compare/` + testindex.KulebaState + `"`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the document page lacks %s", want)
		}
	}
	page = fetchPage(t, s, "/doc/"+testindex.Seed2022).body
	if !strings.Contains(page, "Other accounts of this event") || !strings.Contains(page, "None found") {
		t.Errorf("the seed's page does not say no other account was found")
	}
}

func TestComparePage(t *testing.T) {
	s := newSampleServer(t)
	p := fetchPage(t, s, "/doc/"+testindex.KulebaWH+"/compare/"+testindex.KulebaState)
	code, page := p.status, p.body
	if code != http.StatusOK {
		t.Fatalf("status %d", code)
	}
	checkPageSafety(t, p) // CSP-strict: no inline script or style
	text := html.UnescapeString(page)
	for _, want := range []string{
		"Readout of President Biden’s Meeting with Foreign Minister Kuleba and Defense Minister Reznikov of Ukraine",
		"Secretary Blinken and Secretary Austin’s Meeting with Ukraine’s Foreign Minister Kuleba and Defense Minister Reznikov",
		"Found as the same event",
		"What only one side mentions",
		// The State Department's account names Warsaw and the NATO
		// summit, the White House's does not.
		"Warsaw",
		"<mark>",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the compare page lacks %q", want)
		}
	}
	if strings.Count(page, `class="cmp-row"`) < 2 {
		t.Errorf("fewer than two aligned rows")
	}
}

// TestComparePageCountries: with searchd's gazetteer, each side lists the
// countries (and bodies such as NATO) it names that the other does not,
// under the gazetteer's names, and they are no longer among the places.
// The State Department's account of the Warsaw meeting names NATO, the
// White House's does not.
func TestComparePageCountries(t *testing.T) {
	s := newSampleServer(t)
	g := testindex.Gazetteer(t)
	s.SetPlaces(g)
	p := fetchPage(t, s, "/doc/"+testindex.KulebaWH+"/compare/"+testindex.KulebaState)
	if p.status != http.StatusOK {
		t.Fatalf("status %d", p.status)
	}
	lists := p.all("dd.cmp-countries")
	var all []string
	for _, dd := range lists {
		for _, c := range strings.Split(text(dd), ", ") {
			if name, ok := g.CountryName(c); !ok || name != c {
				t.Errorf("%q listed as a country: not a gazetteer country's name", c)
			}
			all = append(all, c)
		}
	}
	if !slices.Contains(all, "NATO") {
		t.Errorf("countries only one side names: %v; want NATO among them", all)
	}
	for _, dd := range p.all("div.cmp-list dd") {
		if !hasClass(dd, "cmp-countries") && slices.Contains(strings.Split(text(dd), ", "), "NATO") {
			t.Errorf("NATO listed again outside the countries: %q", text(dd))
		}
	}
}

func TestComparePageErrors(t *testing.T) {
	s := newSampleServer(t)
	tests := []struct {
		target string
		status int
	}{
		{"/doc/" + testindex.KulebaWH + "/compare/sample/nope.txt", http.StatusNotFound},
		{"/doc/sample/nope.txt/compare/" + testindex.KulebaWH, http.StatusNotFound},
		{"/doc/" + testindex.KulebaWH + "/compare/" + testindex.KulebaWH, http.StatusBadRequest},
		{"/doc/" + testindex.KulebaWH + "/compare/", http.StatusBadRequest},
	}
	for _, tc := range tests {
		t.Run(tc.target, func(t *testing.T) {
			p := fetchPage(t, s, tc.target)
			code, page := p.status, p.body
			if code != tc.status {
				t.Fatalf("status %d, want %d", code, tc.status)
			}
			if !strings.Contains(page, "<html") {
				t.Errorf("not a page: %.200s", page)
			}
		})
	}
}

// TestComparePageEscapes compares a document whose text holds markup: the
// page shows it as text, in the aligned rows and in the lists of what one
// side alone mentions, and runs none of it.
func TestComparePageEscapes(t *testing.T) {
	s := newServer(t) // the index package's test corpus, with the "xss" document
	p := fetchPage(t, s, "/doc/corpus/extra.jsonl%3Axss/compare/corpus/seeds/000_1e93c1123834f146.txt")
	code, page := p.status, p.body
	if code != http.StatusOK {
		t.Fatalf("status %d: %.300s", code, page)
	}
	for _, bad := range []string{"<script>alert", "<img src=x", "<b>markup</b>"} {
		if strings.Contains(page, bad) {
			t.Errorf("the compare page holds raw %q", bad)
		}
	}
	// Shown as text: the title whole, the paragraph with its words marked.
	for _, want := range []string{"A readout with &lt;b&gt;markup&lt;/b&gt; in it", "&lt;<mark>script</mark>&gt;"} {
		if !strings.Contains(page, want) {
			t.Errorf("the compare page lacks %s", want)
		}
	}
}
