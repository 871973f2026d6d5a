package server_test

import (
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"
)

// The did-you-mean and name suggestions are measured on the sample corpus
// (newSampleServer, grid_test.go), whose words and names they come from.

func TestSuggestAPI(t *testing.T) {
	s := newSampleServer(t)
	tests := []struct {
		target  string
		status  int
		want    string // a name offered, or a word of the error
		matched string // the alias the name was found by
	}{
		{"/api/v1/suggest?field=speaker&prefix=blin", 200, "Antony Blinken", ""},
		{"/api/v1/suggest?field=speaker&prefix=tony", 200, "Antony Blinken", "Tony Blinken"},
		{"/api/v1/suggest?field=speaker&prefix=Zelensk&size=3", 200, "Volodymyr Zelenskyy", ""},
		{"/api/v1/suggest?field=mention&prefix=xi", 200, "Xi Jinping", ""},
		{"/api/v1/suggest?field=country&prefix=united", 200, "United States", ""},
		{"/api/v1/suggest?field=colour&prefix=wan", 400, "field: must be one of speaker, mention, source, issuer, country", ""},
		{"/api/v1/suggest?prefix=wan", 400, "field:", ""},
		{"/api/v1/suggest?field=speaker&prefix=", 400, "prefix: must not be empty", ""},
		{"/api/v1/suggest?field=speaker&prefix=%20%20", 400, "prefix: must not be empty", ""},
		{"/api/v1/suggest?field=speaker&prefix=!!", 400, "prefix must hold a letter or a digit", ""},
		{"/api/v1/suggest?field=speaker&prefix=" + strings.Repeat("a", 101), 400, "prefix: longer than 100", ""},
		{"/api/v1/suggest?field=speaker&prefix=wan&size=0", 400, "size:", ""},
		{"/api/v1/suggest?field=speaker&prefix=wan&size=51", 400, "size:", ""},
		{"/api/v1/suggest?field=speaker&prefix=wan&size=abc", 400, "size:", ""},
	}
	for _, tt := range tests {
		t.Run(tt.target, func(t *testing.T) {
			code, _, body := get(t, s, tt.target)
			if code != tt.status {
				t.Fatalf("status %d, want %d: %v", code, tt.status, body)
			}
			if code != http.StatusOK {
				if msg, _ := body["error"].(string); !strings.Contains(msg, tt.want) {
					t.Errorf("error %q, want it to say %q", msg, tt.want)
				}
				return
			}
			names, _ := body["names"].([]any)
			found := false
			last := -1.0
			for _, n := range names {
				m := n.(map[string]any)
				count := m["count"].(float64)
				if last >= 0 && count > last {
					t.Errorf("names not ranked by count: %v", names)
				}
				last = count
				if m["name"] == tt.want {
					found = true
					if count <= 0 {
						t.Errorf("%s has count %v", tt.want, count)
					}
					if got, _ := m["matched"].(string); got != tt.matched {
						t.Errorf("%s matched %q, want %q", tt.want, got, tt.matched)
					}
				}
			}
			if !found {
				t.Errorf("names %v, want %s among them", names, tt.want)
			}
		})
	}
}

func TestSearchAPISuggestion(t *testing.T) {
	s := newSampleServer(t)
	tests := []struct {
		q    string
		want string // the suggestion's q; "" for none
	}{
		{"Taiwna", "Taiwan"},
		{"Blinkin Ukriane", "Blinken Ukraine"},
		{"goverment", "government"},
		{"Taiwan", ""},           // finds plenty
		{"sanctions Taiwna", ""}, // finds plenty of "sanctions": the partial match is shown instead... unless the respelled query finds clearly more
		{"Psaki", ""},            // rare but right
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			code, _, body := get(t, s, "/api/v1/search?q="+url.QueryEscape(tt.q))
			if code != http.StatusOK {
				t.Fatalf("status %d: %v", code, body)
			}
			sg, _ := body["suggestion"].(map[string]any)
			total := body["total"].(float64)
			if tt.q == "sanctions Taiwna" {
				// Whatever the respelling finds, it must be clearly more than the query does.
				if sg != nil && sg["total"].(float64) < 5*max(total, 1) && !body["partial"].(bool) {
					t.Errorf("suggestion %v for a query finding %v", sg, total)
				}
				return
			}
			if tt.want == "" {
				if sg != nil {
					t.Errorf("suggestion %v, want none (the query finds %v)", sg, total)
				}
				return
			}
			if sg == nil || sg["q"] != tt.want {
				t.Fatalf("suggestion %v, want q %q", sg, tt.want)
			}
			// The total is the respelled query's own.
			_, _, again := get(t, s, "/api/v1/search?q="+url.QueryEscape(tt.want))
			if sg["total"] != again["total"] {
				t.Errorf("suggestion total %v, the suggested search finds %v", sg["total"], again["total"])
			}
		})
	}
}

// TestSearchAPIUnknownName: a name the gazetteer does not know (or a
// source) is said to name nobody, with look-alikes; one it knows (a state, a person) that no
// document has is said to be so, with none (country=Chile once offered
// China).
func TestSearchAPIUnknownName(t *testing.T) {
	s := newSampleServer(t)
	tests := []struct {
		target     string
		notice     string
		known      bool
		candidates []string
	}{
		{"/api/v1/search?q=speaker:Wang", "No speaker named “Wang”; did you mean: Wang Yi", false, []string{"Wang Yi"}},
		{"/api/v1/search?q=Taiwan&speaker=Blinkenn", "No speaker named “Blinkenn”; did you mean: Antony Blinken?", false, []string{"Antony Blinken"}},
		{"/api/v1/search?q=issuer:Blinkenn", "No issuer named “Blinkenn”", false, []string{"Antony Blinken"}},
		{"/api/v1/search?country=Germny", "No country named “Germny”; did you mean: Germany?", false, []string{"Germany"}},
		{"/api/v1/search?q=country:Atlantis", "No country named “Atlantis”.", false, nil},
		{"/api/v1/search?country=Chile", "No document in this index has country “Chile”.", true, nil},
		{"/api/v1/search?q=sanctions&country=Republic+of+Chile", "No document in this index has country “Republic of Chile”.", true, nil},
		{"/api/v1/search?q=country:CHL", "No document in this index has country “CHL”.", true, nil},
		{"/api/v1/search?speaker=Mike+Pompeo", "No document in this index has speaker “Mike Pompeo”.", true, nil},
		// A source as the analyst calls it, without its "The": silently
		// nothing before.
		{"/api/v1/search?q=source:%22White+House%22", "No source named “White House”; did you mean: The White House?", false, []string{"The White House"}},
		{"/api/v1/search?q=Taiwan&source=White+House", "No source named “White House”; did you mean: The White House?", false, []string{"The White House"}},
	}
	for _, tt := range tests {
		t.Run(tt.target, func(t *testing.T) {
			code, _, body := get(t, s, tt.target)
			if code != http.StatusOK {
				t.Fatalf("status %d: %v", code, body)
			}
			if n, _ := body["notice"].(string); !strings.Contains(n, tt.notice) {
				t.Errorf("notice %q, want it to say %q", n, tt.notice)
			}
			unknown, _ := body["unknown"].([]any)
			if len(unknown) != 1 {
				t.Fatalf("unknown = %v, want one name", unknown)
			}
			u := unknown[0].(map[string]any)
			got := strs(u["did_you_mean"])
			if u["known"] != tt.known {
				t.Errorf("known = %v, want %v", u["known"], tt.known)
			}
			if tt.known && (len(got) > 0 || strings.Contains(fmt.Sprint(body["notice"]), "did you mean")) {
				t.Errorf("a name the gazetteer knows offers look-alikes: %v, notice %q", got, body["notice"])
			}
			for _, c := range tt.candidates {
				if !slices.Contains(got, c) {
					t.Errorf("did_you_mean %v, want %s among them", got, c)
				}
			}
		})
	}
	for _, target := range []string{"/api/v1/search?q=speaker:Blinken", "/api/v1/search?country=Russian+Federation", "/api/v1/search?q=country:RUS", "/api/v1/search?source=the+white+house"} {
		if _, _, body := get(t, s, target); body["unknown"] != nil || body["notice"] != nil {
			t.Errorf("%s, a name some paragraphs have: unknown %v, notice %v", target, body["unknown"], body["notice"])
		}
	}
}

// TestPageSuggestions: the page shows the respelled query and the closest
// names as links that search them, and offers names in the filter boxes.
func TestPageSuggestions(t *testing.T) {
	s := newSampleServer(t)
	p := fetchPage(t, s, "/?q=Taiwna")
	if p.status != http.StatusOK {
		t.Fatalf("status %d", p.status)
	}
	a := p.one(t, "a.suggestion")
	if text(a) != "Taiwan" || attr(a, "href") != "/?q=Taiwan" {
		t.Errorf("did you mean: %q → %q, want Taiwan → /?q=Taiwan", text(a), attr(a, "href"))
	}
	checkPageSafety(t, p)

	p = fetchPage(t, s, "/?q=speaker:Wang+Taiwan&sort=newest")
	links := p.all("p.unknown-name a.name-suggestion")
	if len(links) == 0 {
		t.Fatalf("no name suggestions for speaker:Wang:\n%s", p.body)
	}
	if text(links[0]) != "Wang Yi" {
		t.Errorf("first name offered %q, want Wang Yi", text(links[0]))
	}
	u, _ := url.Parse(attr(links[0], "href"))
	if got := u.Query().Get("q"); got != `speaker:"Wang Yi" Taiwan` || u.Query().Get("sort") != "newest" {
		t.Errorf("link %s: q %q, want speaker:\"Wang Yi\" Taiwan and the sort kept", u, got)
	}

	p = fetchPage(t, s, "/?q=Taiwan&speaker=Blinkenn")
	links = p.all("p.unknown-name a.name-suggestion")
	if len(links) == 0 {
		t.Fatalf("no name suggestions for the speaker filter Blinkenn")
	}
	u, _ = url.Parse(attr(links[0], "href"))
	if got := u.Query()["speaker"]; !slices.Equal(got, []string{"Antony Blinken"}) || u.Query().Get("q") != "Taiwan" {
		t.Errorf("link %s: speaker %v, want [Antony Blinken] with q kept", u, got)
	}
	p = fetchPage(t, s, "/?q=Taiwan&source=White+House")
	links = p.all("p.unknown-name a.name-suggestion")
	if len(links) == 0 {
		t.Fatalf("no name suggestions for the source filter White House")
	}
	u, _ = url.Parse(attr(links[0], "href"))
	if got := u.Query()["source"]; !slices.Equal(got, []string{"The White House"}) || u.Query().Get("q") != "Taiwan" {
		t.Errorf("link %s: source %v, want [The White House] with q kept", u, got)
	}

	p = fetchPage(t, s, "/?q=Taiwan")
	box := p.one(t, "input#filter-speaker")
	list := attr(box, "list")
	options := p.all("datalist#" + list + " option")
	if len(options) == 0 {
		t.Fatalf("the speaker box offers no names")
	}
	if attr(box, "name") != "speaker" || attr(box, "data-suggest") != "speaker" {
		t.Errorf("speaker box: name %q, data-suggest %q", attr(box, "name"), attr(box, "data-suggest"))
	}
	var hidden []string
	for _, h := range p.all("form.name-filter input") {
		if attr(h, "type") == "hidden" && attr(h, "name") == "q" {
			hidden = append(hidden, attr(h, "value"))
		}
	}
	if len(hidden) == 0 || hidden[0] != "Taiwan" {
		t.Errorf("the filter boxes carry q = %v, want Taiwan", hidden)
	}
}

// TestProximityErrors: a bad ~N is a 400 naming the ~, on the API and the page.
func TestProximityErrors(t *testing.T) {
	s := newServer(t)
	for _, tt := range []struct{ q, msg string }{
		{`"Minsk agreements"~0`, `~0 after a phrase: the words' distance must be a whole number from 1 to 100 (at character 19)`},
		{`Minsk "Minsk agreements"~x`, `~x after a phrase: the words' distance must be a whole number from 1 to 100 (at character 25)`},
		{`"Minsk agreements"~1000`, `~1000 after a phrase`},
	} {
		t.Run(tt.q, func(t *testing.T) {
			code, _, body := get(t, s, "/api/v1/search?q="+url.QueryEscape(tt.q))
			if msg, _ := body["error"].(string); code != http.StatusBadRequest || !strings.Contains(msg, tt.msg) {
				t.Errorf("API: %d %q, want 400 saying %q", code, msg, tt.msg)
			}
			p := fetchPage(t, s, "/?q="+url.QueryEscape(tt.q))
			if p.status != http.StatusBadRequest {
				t.Fatalf("page status %d, want 400", p.status)
			}
			if at := text(p.one(t, "code.query-at mark")); !strings.HasPrefix(at, `"~`) && !strings.HasPrefix(at, "~") {
				t.Errorf("the page points at %q, want the ~", at)
			}
		})
	}
	code, _, body := get(t, s, "/api/v1/search?q="+url.QueryEscape(`"Minsk agreements"~5`))
	if code != http.StatusOK || body["total"].(float64) == 0 {
		t.Errorf(`"Minsk agreements"~5: %d, total %v`, code, body["total"])
	}
}
