package server

import (
	"slices"
	"strings"

	"github.com/readouts/readouts/internal/index"
)

// Reporters' questions (issue 12 §6): turn=answer on /api/v1/search, the
// page and everything taking a search's filters leaves out the paragraphs
// attribution marks as a reporter's question in a press briefing or
// interview (readout.Paragraph.Turn), and keeps every other paragraph,
// readouts and statements included; turn=question keeps only the
// questions. Hits say their turn, and the page marks questions.

// parseTurn validates the turn parameter: at most one value, question or
// answer, any case.
func parseTurn(values []string) (string, error) {
	values = nonEmpty(values)
	switch {
	case len(values) == 0:
		return "", nil
	case len(values) > 1 && slices.ContainsFunc(values[1:], func(v string) bool { return !strings.EqualFold(v, values[0]) }):
		return "", badRequestf("turn: give one value, got %d (%s)", len(values), strings.Join(values, ", "))
	}
	turn := strings.ToLower(values[0])
	if !slices.Contains(index.Turns, turn) {
		return "", badRequestf("turn: unknown turn %q; use question (reporters' questions only) or answer (everything but reporters' questions)", values[0])
	}
	return turn, nil
}

// turnView is the search page's switch between every paragraph and no
// reporters' questions, a plain link that works without JavaScript. It is
// offered when the search finds questions to leave out, or has left them
// out.
type turnView struct {
	URL   string
	Label string
}

func turnToggle(p searchParams, facet []index.FacetValue) turnView {
	if p.Turn == index.TurnAnswer {
		return turnView{URL: p.with(func(x *searchParams) { x.Turn = "" }).url(), Label: "Include reporters’ questions"}
	}
	if p.Turn != "" || turnCount(facet, index.TurnQuestion) == 0 {
		return turnView{}
	}
	return turnView{URL: p.with(func(x *searchParams) { x.Turn = index.TurnAnswer }).url(), Label: "Leave out reporters’ questions"}
}

// turnCount is the count of value in the turn facet.
func turnCount(facet []index.FacetValue, value string) int {
	for _, v := range facet {
		if v.Value == value {
			return v.Count
		}
	}
	return 0
}

// turnLabels are the turn facet's values as the page says them.
var turnLabels = map[string]string{
	index.TurnQuestion: "Reporters’ questions",
	index.TurnAnswer:   "All but reporters’ questions",
}

// turnFacetView is the Turn facet of the search page: each value filters
// on it, or, when it is the filter, removes it, as the other facets'
// values do. It is shown when the matches hold reporters' questions or
// the turn filter is on; otherwise it would say nothing.
func turnFacetView(p searchParams, facet []index.FacetValue) (facetView, bool) {
	fv := facetView{Title: "Turn", ID: "facet-" + index.FacetTurn}
	if p.Turn == "" && turnCount(facet, index.TurnQuestion) == 0 {
		return fv, false
	}
	for _, v := range facet {
		active := p.Turn == v.Value
		u := p.with(func(x *searchParams) {
			if active {
				x.Turn = ""
			} else {
				x.Turn = v.Value
			}
		}).url()
		fv.Values = append(fv.Values, facetLink{Value: turnLabels[v.Value], Count: v.Count, URL: u, Active: active})
	}
	return fv, len(fv.Values) > 0
}

// turnChip is the active filter's chip, or none.
func turnChip(p searchParams) []chip {
	var v string
	switch p.Turn {
	case index.TurnAnswer:
		v = "no reporters’ questions"
	case index.TurnQuestion:
		v = "reporters’ questions only"
	default:
		return nil
	}
	return []chip{{Kind: "Turn", Value: v, Remove: p.with(func(x *searchParams) { x.Turn = "" }).url()}}
}

// turnFeedTitle is how a feed's title says the filter, or "".
func turnFeedTitle(turn string) string {
	switch turn {
	case index.TurnAnswer:
		return "without reporters' questions"
	case index.TurnQuestion:
		return "reporters' questions only"
	}
	return ""
}
