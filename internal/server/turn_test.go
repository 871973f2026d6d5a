package server_test

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"maps"
	"net/http"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/readouts/readouts/internal/server"
)

// briefingDoc is a State Department press briefing of the sample corpus:
// the spokesperson's announcements, then QUESTION: and MS PORTER: turns.
const briefingDoc = "sample/state/2022-04-29_department-press-briefing-april-29-2022.txt"

// turnCases are the OpenAPI cases of the turn filter and the hits' turn
// (TestOpenAPIDescribesResponses).
func turnCases() []apiCase {
	turnIs := func(want string) func(map[string]any) bool {
		return func(h map[string]any) bool { got, _ := h["turn"].(string); return got == want }
	}
	return []apiCase{
		{name: "search reporters' questions", srv: "sample", target: "/api/v1/search?q=Ukraine&turn=question", path: "/api/v1/search", status: 200,
			check: wantHits(turnIs("question"))},
		{name: "search without reporters' questions", srv: "sample", target: "/api/v1/search?q=Ukraine&turn=answer&size=100", path: "/api/v1/search", status: 200,
			check: func(t *testing.T, body map[string]any) {
				wantHits(func(h map[string]any) bool { return !turnIs("question")(h) })(t, body)
				wantSome(turnIs("answer"))(t, body) // an official's answer
				wantSome(turnIs(""))(t, body)       // prose is kept
			}},
		{name: "search unknown turn", srv: "sample", target: "/api/v1/search?turn=reply", path: "/api/v1/search", status: 400, check: wantError("turn")},
		{name: "document with turns", srv: "sample", target: "/api/v1/documents/" + briefingDoc, path: "/api/v1/documents/{doc_id}",
			params: map[string]string{"doc_id": briefingDoc}, status: 200,
			check: func(t *testing.T, body map[string]any) {
				turns := map[string]int{}
				for _, p := range body["paragraphs"].([]any) {
					turn, _ := p.(map[string]any)["turn"].(string)
					turns[turn]++
				}
				if turns["question"] == 0 || turns["answer"] == 0 || turns[""] == 0 {
					t.Errorf("turns of the briefing's paragraphs: %v; want questions, answers and the opening announcements", turns)
				}
			}},
		{name: "export reporters' questions", srv: "sample", target: "/api/v1/export?format=jsonl&q=Ukraine&turn=question", path: "/api/v1/export", status: 200},
		{name: "feed without reporters' questions", srv: "sample", target: "/feed.atom?q=Ukraine&turn=answer", path: "/feed.atom", status: 200},
	}
}

func turnTotal(t *testing.T, s *server.Server, target string) int {
	t.Helper()
	code, _, body := get(t, s, target)
	if code != http.StatusOK {
		t.Fatalf("GET %s = %d: %v", target, code, body)
	}
	return int(body["total"].(float64))
}

// TestTurnAPI: on the sample corpus, turn=question and turn=answer split
// every search's matches between them (answer keeps prose), in any case;
// the export and the feed take the filter; every endpoint taking a
// search's filters answers a bad turn with a 400 naming it.
func TestTurnAPI(t *testing.T) {
	s := actsSampleServer(t)
	for _, q := range []string{"", "q=Ukraine&", "q=visa&", `q="human+rights"&`} {
		all := turnTotal(t, s, "/api/v1/search?"+q+"size=1")
		questions := turnTotal(t, s, "/api/v1/search?"+q+"size=1&turn=question")
		others := turnTotal(t, s, "/api/v1/search?"+q+"size=1&turn=answer")
		if questions == 0 || others == 0 {
			t.Errorf("%s: %d questions, %d others; the case needs both", q, questions, others)
		}
		if questions+others != all {
			t.Errorf("%s: %d questions + %d others != %d matches", q, questions, others, all)
		}
		if got := turnTotal(t, s, "/api/v1/search?"+q+"size=1&turn=Answer&turn=ANSWER"); got != others {
			t.Errorf("%s turn=Answer&turn=ANSWER: %d, want %d as for turn=answer", q, got, others)
		}
		// The turn facet counts what each filter keeps.
		_, _, body := get(t, s, "/api/v1/search?"+q+"size=1")
		facet := map[string]int{}
		for _, v := range body["facets"].(map[string]any)["turn"].([]any) {
			v := v.(map[string]any)
			facet[v["value"].(string)] = int(v["count"].(float64))
		}
		if facet["question"] != questions || facet["answer"] != others || len(facet) != 2 {
			t.Errorf("%s: turn facet %v, want question %d, answer %d", q, facet, questions, others)
		}
	}

	// The export holds what the search finds.
	questions := turnTotal(t, s, "/api/v1/search?q=Ukraine&size=1&turn=question")
	rec := fetch(t, s, http.MethodGet, "/api/v1/export?format=jsonl&q=Ukraine&turn=question")
	if rec.Code != http.StatusOK {
		t.Fatalf("export: %d %s", rec.Code, rec.Body)
	}
	rows := 0
	for sc := bufio.NewScanner(rec.Body); sc.Scan(); {
		rows++
		var row struct{ ID, Turn string }
		if err := json.Unmarshal(sc.Bytes(), &row); err != nil || row.Turn != "question" {
			t.Errorf("export turn=question: row %s has turn %q (%v); want question", row.ID, row.Turn, err)
		}
	}
	if h := rec.Header().Get("X-Readouts-Total"); h != strconv.Itoa(questions) || rows != questions {
		t.Errorf("export turn=question: X-Readouts-Total %s, %d rows; the search finds %d", h, rows, questions)
	}
	// The CSV says each row's turn in its last column: none a question
	// with turn=answer, and some answers.
	rec = fetch(t, s, http.MethodGet, "/api/v1/export?q=Ukraine&turn=answer")
	records, err := csv.NewReader(rec.Body).ReadAll()
	if err != nil || len(records) < 2 {
		t.Fatalf("export CSV turn=answer: %d records, %v", len(records), err)
	}
	answers := 0
	for _, r := range records[1:] {
		switch r[len(r)-1] {
		case "question":
			t.Errorf("export CSV turn=answer: row %s is a question", r[0])
		case "answer":
			answers++
		}
	}
	if answers == 0 {
		t.Errorf("export CSV turn=answer: no row says answer in %d", len(records)-1)
	}

	// The feed says what it follows.
	rec = fetch(t, s, http.MethodGet, "/feed.atom?q=Ukraine&turn=answer")
	if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), "<title>Readouts: &#34;Ukraine&#34;, without reporters&#39; questions</title>") {
		t.Errorf("feed turn=answer: %d, title not found in\n%.600s", rec.Code, rec.Body)
	}

	for _, tc := range []struct{ target, want string }{
		{"/api/v1/search?turn=reply", `turn: unknown turn "reply"`},
		{"/api/v1/search?turn=questions", `turn: unknown turn "questions"`},
		{"/api/v1/search?turn=question&turn=answer", "turn: give one value"},
		{"/api/v1/export?q=Ukraine&turn=prose", "turn: unknown turn"},
		{"/api/v1/grid?q=Ukraine&turn=prose", "turn: unknown turn"},
		{"/api/v1/timeline?q=Ukraine&turn=prose", "turn: unknown turn"},
		{"/api/v1/facets/speaker?turn=prose", "turn: unknown turn"},
	} {
		code, _, body := get(t, s, tc.target)
		if msg, _ := body["error"].(string); code != http.StatusBadRequest || !strings.HasPrefix(msg, tc.want) {
			t.Errorf("GET %s = %d %q; want 400 starting %q", tc.target, code, msg, tc.want)
		}
	}
}

// TestTurnDocumentPage: the briefing's document page marks each
// reporter's question with a class and the words "Reporter’s question",
// and nothing else.
func TestTurnDocumentPage(t *testing.T) {
	s := actsSampleServer(t)
	_, _, body := get(t, s, "/api/v1/documents/"+briefingDoc)
	want := map[string]bool{}
	for _, p := range body["paragraphs"].([]any) {
		p := p.(map[string]any)
		if turn, _ := p["turn"].(string); turn == "question" {
			want["p"+strconv.Itoa(int(p["paragraph"].(float64)))] = true
		}
	}
	page := fetchPage(t, s, "/doc/"+briefingDoc)
	got := map[string]bool{}
	for _, sec := range page.all("section.para") {
		labelled := len(descendants(sec, func(n *html.Node) bool {
			return matcher("p.turn")(n) && hasClass(n, "question") && text(n) == "Reporter’s question"
		})) == 1
		if hasClass(sec, "question") != labelled {
			t.Errorf("%s: class question %v, label %v", attr(sec, "id"), hasClass(sec, "question"), labelled)
		}
		if labelled {
			got[attr(sec, "id")] = true
		}
	}
	if len(want) == 0 || !maps.Equal(got, want) {
		t.Errorf("paragraphs marked as questions %v, want the API's %v", got, want)
	}
}

// TestTurnPage: the search page's link leaves reporters' questions out and
// back in without JavaScript, the filter shows as a chip and survives the
// sort form, and question hits are marked.
func TestTurnPage(t *testing.T) {
	s := actsSampleServer(t)
	markers := func(p htmlPage) (marked, hits int) {
		for _, h := range p.all("li.hit") {
			hits++
			for _, m := range descendants(h, matcher("span.turn")) {
				if hasClass(m, "question") && text(m) == "Reporter’s question" {
					marked++
				}
			}
		}
		return marked, hits
	}

	p := fetchPage(t, s, "/?q=Ukraine&turn=question")
	if marked, hits := markers(p); hits == 0 || marked != hits {
		t.Errorf("turn=question: %d of %d hits marked as a reporter's question", marked, hits)
	}
	if !strings.Contains(text(p.one(t, "ul.chips")), "Turn: reporters’ questions only") {
		t.Errorf("no chip for turn=question: %q", text(p.one(t, "ul.chips")))
	}

	p = fetchPage(t, s, "/?q=Ukraine")
	toggle := p.one(t, "a.turn-toggle")
	if text(toggle) != "Leave out reporters’ questions" || attr(toggle, "href") != "/?q=Ukraine&turn=answer" {
		t.Fatalf("toggle %q → %q", text(toggle), attr(toggle, "href"))
	}
	p = fetchPage(t, s, attr(toggle, "href"))
	if p.status != http.StatusOK {
		t.Fatalf("%s: %d", attr(toggle, "href"), p.status)
	}
	if marked, hits := markers(p); hits == 0 || marked != 0 {
		t.Errorf("turn=answer: %d of %d hits marked as a reporter's question", marked, hits)
	}
	chip := p.one(t, "ul.chips a.chip")
	if !strings.HasPrefix(text(chip), "Turn: no reporters’ questions ×") || attr(chip, "href") != "/?q=Ukraine" {
		t.Errorf("chip %q → %q", text(chip), attr(chip, "href"))
	}
	back := p.one(t, "a.turn-toggle")
	if text(back) != "Include reporters’ questions" || attr(back, "href") != "/?q=Ukraine" {
		t.Errorf("toggle back %q → %q", text(back), attr(back, "href"))
	}
	kept := false
	for _, in := range p.all("form.sortform input") {
		kept = kept || attr(in, "type") == "hidden" && attr(in, "name") == "turn" && attr(in, "value") == "answer"
	}
	if !kept {
		t.Error("the sort form drops turn=answer")
	}

	// The Turn facet: each value filters as the others do, and says what
	// the filter finds; the active one removes it.
	turnFacet := func(p htmlPage) *html.Node {
		for _, sec := range p.all("section.facet") {
			if len(descendants(sec, matcher("h3#facet-turn"))) > 0 {
				return sec
			}
		}
		t.Fatalf("no Turn facet in\n%s", p.body)
		return nil
	}
	p = fetchPage(t, s, "/?q=Ukraine")
	facet := turnFacet(p)
	links := map[string]string{}
	for _, a := range descendants(facet, matcher("a")) {
		links[text(descendants(a, matcher("span.name"))[0])] = attr(a, "href")
	}
	for label, want := range map[string]string{"Reporters’ questions": "/?q=Ukraine&turn=question", "All but reporters’ questions": "/?q=Ukraine&turn=answer"} {
		if links[label] != want {
			t.Errorf("Turn facet %q → %q, want %q (facet %v)", label, links[label], want, links)
		}
	}
	p = fetchPage(t, s, "/?q=Ukraine&turn=question")
	active := descendants(turnFacet(p), matcher("a.active"))[0]
	if !strings.Contains(text(active), "Reporters’ questions") || attr(active, "href") != "/?q=Ukraine" {
		t.Errorf("active Turn value %q → %q", text(active), attr(active, "href"))
	}

	// A search without reporters' questions offers no link and no facet
	// to leave them out.
	if n := turnTotal(t, s, "/api/v1/search?q=Minsk&size=1&turn=question"); n != 0 {
		t.Fatalf("Minsk: %d questions; the case needs none", n)
	}
	p = fetchPage(t, s, "/?q=Minsk")
	if len(p.all("a.turn-toggle")) != 0 || len(p.all("h3#facet-turn")) != 0 {
		t.Error("Minsk, without questions: a link or facet to leave questions out")
	}

	p = fetchPage(t, s, "/?q=Ukraine&turn=reply")
	if p.status != http.StatusBadRequest || !strings.Contains(p.body, "turn: unknown turn") {
		t.Errorf("turn=reply: %d, no message naming turn", p.status)
	}
}
