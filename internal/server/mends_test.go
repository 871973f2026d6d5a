package server_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
)

// TestMalformedQueriesSameOnPageAndAPI is issue 13's first mend: the page
// answered 500 for "(" and "(((" (explainQueryError read one byte past the
// query when the error was at its end) while the API answered 400. Every
// malformed query must be the same 400 on both, with the same message, and
// the page must point at the word at fault, also for errors found after
// parsing (year:abc was pointed at character 1).
func TestMalformedQueriesSameOnPageAndAPI(t *testing.T) {
	srv := newPageServer(t)
	tests := []struct {
		q      string
		says   string // in the API's error and the page's message
		marked string // what the page marks in the query ("" for no mark check)
	}{
		{q: "(", says: "empty parentheses"}, // at the end: the mark is a space after the query
		{q: "(((", says: "empty parentheses"},
		{q: "((Taiwan", says: "missing closing parenthesis", marked: "(Taiwan"},
		{q: "Taiwan)", says: "unexpected closing parenthesis", marked: ")"},
		{q: "Taiwan OR", says: "OR needs a word on each side", marked: "OR"},
		{q: `"Taiwan`, says: "missing closing quote", marked: `"Taiwan`},
		{q: "Minsk year:abc", says: "year:abc is not a year", marked: "year:abc"},
		{q: "Taiwan date:2021-13", says: "date:2021-13", marked: "date:2021-13"},
		{q: "Taiwan OR -Wang", says: "a negated word cannot be one side of OR", marked: "-Wang"},
		{q: "é(", says: "empty parentheses"},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			code, _, body := get(t, srv, "/api/v1/search?q="+url.QueryEscape(tt.q))
			apiMsg, _ := body["error"].(string)
			if code != http.StatusBadRequest || !strings.Contains(apiMsg, tt.says) {
				t.Errorf("API: %d %q, want 400 saying %q", code, apiMsg, tt.says)
			}
			p := fetchPage(t, srv, "/?q="+url.QueryEscape(tt.q))
			if p.status != http.StatusBadRequest {
				t.Fatalf("page: status %d, want 400", p.status)
			}
			if got := text(p.one(t, "section.error")); !strings.Contains(got, tt.says) {
				t.Errorf("page says %q, want %q", got, tt.says)
			}
			if got := text(p.one(t, "code.query-at mark")); got != tt.marked {
				t.Errorf("page marks %q, want %q", got, tt.marked)
			}
		})
	}
}

// TestErrorPositionAfterParsing: errors found while compiling a parsed
// query point at the words at fault, as package query's tree places them
// (a field term from its field's name, a negation from its minus sign or
// NOT), not at character 1, counting characters, not bytes; the API
// answers 400 with the whole message.
func TestErrorPositionAfterParsing(t *testing.T) {
	srv := newPageServer(t)
	for _, tt := range []struct{ q, want string }{
		{"Minsk year:abc", "query: year:abc is not a year such as 2022 (at character 7)"},
		{"Minsk  YEAR:abc", "query: year:abc is not a year such as 2022 (at character 8)"},
		{"Zelenskyy’s year:abc", "query: year:abc is not a year such as 2022 (at character 13)"}, // characters, not bytes
		{"Minsk Taiwan date:yesterday", "(at character 14)"},
		{"Taiwan OR -Wang", "query: a negated word cannot be one side of OR (at character 11)"},
		{"Taiwan OR NOT Wang", "query: a negated word cannot be one side of OR (at character 11)"},
		{`Minsk title:"Minsk agreements sanctions"~1`, `query: "title:\"Minsk agreements sanctions\"~1": 3 words cannot lie within 1 positions; use ~2 or more (at character 7)`},
	} {
		code, _, body := get(t, srv, "/api/v1/search?q="+url.QueryEscape(tt.q))
		if msg, _ := body["error"].(string); code != http.StatusBadRequest || !strings.HasSuffix(msg, tt.want) {
			t.Errorf("%s: %d %q, want 400 ending %q", tt.q, code, msg, tt.want)
		}
	}
}

// TestUndecodableQueryString: ?q=%zz was dropped by the query-string
// parser, so the page listed every paragraph as if nothing had been typed.
func TestUndecodableQueryString(t *testing.T) {
	srv := newPageServer(t)
	for _, target := range []string{"/api/v1/search?q=%zz", "/api/v1/search?q=Taiwan&speaker=%e", "/api/v1/documents/" + callDoc + "?q=%zz"} {
		code, _, body := get(t, srv, target)
		if msg, _ := body["error"].(string); code != http.StatusBadRequest || !strings.Contains(msg, "query string") {
			t.Errorf("GET %s = %d %q, want 400 about the query string", target, code, msg)
		}
	}
	p := fetchPage(t, srv, "/?q=%zz")
	if p.status != http.StatusBadRequest || len(p.all("li.hit")) != 0 {
		t.Errorf("page: status %d with %d hits, want 400 and none", p.status, len(p.all("li.hit")))
	}
	if !strings.Contains(p.body, "cannot be decoded") {
		t.Errorf("page does not say why: %s", p.body)
	}
}

// TestNothingSearchable: a query whose every word the analyzer drops ("the",
// punctuation) used to list every paragraph; it is a 400 that says so, on
// the page and in the API, while an empty query still browses everything.
func TestNothingSearchable(t *testing.T) {
	srv := newPageServer(t)
	for _, q := range []string{"the", "!!!", "the of and", "-the", `"the"`} {
		code, _, body := get(t, srv, "/api/v1/search?q="+url.QueryEscape(q))
		if msg, _ := body["error"].(string); code != http.StatusBadRequest || !strings.Contains(msg, "nothing to search for") {
			t.Errorf("API q=%s: %d %q, want 400 nothing to search for", q, code, msg)
		}
		p := fetchPage(t, srv, "/?q="+url.QueryEscape(q))
		if p.status != http.StatusBadRequest || !strings.Contains(text(p.one(t, "section.error")), "nothing to search for") {
			t.Errorf("page q=%s: status %d", q, p.status)
		}
	}
	// A stop word beside a real word is still dropped quietly.
	if code, _, body := get(t, srv, "/api/v1/search?q=the+Taiwan"); code != http.StatusOK || body["total"].(float64) == 0 {
		t.Errorf("q=the Taiwan: %d %v, want hits", code, body["total"])
	}
	if code, _, body := get(t, srv, "/api/v1/search"); code != http.StatusOK || body["total"].(float64) == 0 {
		t.Errorf("no query: %d %v, want every paragraph", code, body["total"])
	}
}

// TestHeaderlessTitles: the seeds have no header; their title was their
// dateline and a cut first sentence ("Beijing, 27 January 2022 (TDI):
// According to the Chinese Foreign Ministry, Chinese State …"). Through
// the real attribution they are named as a reader would, and the seed
// whose dateline names its agency has it as its source.
func TestHeaderlessTitles(t *testing.T) {
	s := newServer(t)
	for _, tt := range []struct{ id, title, source string }{
		{"corpus/seeds/000_1e93c1123834f146.txt", "Phone call between Wang Yi and Antony Blinken", "TDI"},
		{"corpus/seeds/001_bfa104d00ee4ebbb.txt", "Phone call between Antony Blinken and Wang Yi", ""},
	} {
		_, _, body := get(t, s, "/api/v1/documents/"+tt.id)
		if body["title"] != tt.title || (body["source"] != tt.source && !(tt.source == "" && body["source"] == nil)) {
			t.Errorf("%s: title %v, source %v; want %q, %q", tt.id, body["title"], body["source"], tt.title, tt.source)
		}
	}
}
