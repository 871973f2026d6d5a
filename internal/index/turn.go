package index

import (
	"fmt"
	"slices"

	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/readouts/readouts/internal/readout"
)

// Values of SearchRequest.Turn.
const (
	TurnQuestion = readout.TurnQuestion // reporters' questions only
	TurnAnswer   = readout.TurnAnswer   // everything but reporters' questions
)

// Turns are the values SearchRequest.Turn takes, besides "".
var Turns = []string{TurnQuestion, TurnAnswer}

// turnFilter is the filter of SearchRequest.Turn. turn=answer is "not a
// reporter's question" rather than "a transcript's answer": an analyst
// who leaves questions out still wants readouts and statements, whose
// paragraphs have no turn at all.
func turnFilter(turn string) (query.Query, error) {
	question := query.NewTermQuery(TurnQuestion)
	question.SetField(fieldTurn)
	switch turn {
	case TurnQuestion:
		return question, nil
	case TurnAnswer:
		// A must-not alone matches every other paragraph.
		return query.NewBooleanQuery(nil, nil, []query.Query{question}), nil
	default:
		return nil, fmt.Errorf("%w: turn %q: use %s or %s", ErrQuery, turn, TurnQuestion, TurnAnswer)
	}
}

// turnFacet is the turn facet of matches of which questions are reporters'
// questions: "answer" counts what turn=answer keeps (every paragraph but a
// question, prose included), "question" what turn=question keeps, so that
// each value's count is what clicking it finds. Values without a match are
// left out, as in the other facets.
func turnFacet(matches, questions int) []FacetValue {
	var out []FacetValue
	for _, v := range []FacetValue{{Value: TurnAnswer, Count: matches - questions}, {Value: TurnQuestion, Count: questions}} {
		if v.Count > 0 {
			out = append(out, v)
		}
	}
	slices.SortFunc(out, byCount)
	return out
}
