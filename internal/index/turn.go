package index

import (
	"fmt"

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
