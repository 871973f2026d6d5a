package index

import (
	"fmt"
	"strconv"

	"github.com/blevesearch/bleve/v2/search/query"

	ql "github.com/readouts/readouts/internal/query"
)

// nothingSearchable is the error for a query that parses but keeps no word
// once analysed ("the", "!!!"): the analyzer drops stop words and
// punctuation, which left no query at all, and a search with no query
// browses every paragraph. Answering all of them to someone who typed a
// word is wrong; saying so lets them add one. nil when q has something to
// match, or when there was no query (browsing on purpose).
func nothingSearchable(ast ql.Node, q query.Query) error {
	if ast == nil || q != nil {
		return nil
	}
	return &ql.Error{
		Pos: ast.Pos(),
		Msg: fmt.Sprintf("nothing to search for: %s has no word the index keeps (words as common as \"the\", and punctuation, are left out); add a word that says what you are looking for",
			strconv.Quote(ast.String())),
	}
}
