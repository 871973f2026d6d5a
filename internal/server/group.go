package server

import (
	"strconv"

	"github.com/readouts/readouts/internal/index"
)

// Results grouped by document (issue 12 §6): group=document on the search
// page and /api/v1/search shows each document once, by its best
// paragraph, with "n more in this document"; pages then count documents.
// total stays the number of matching paragraphs (index/group.go).

// groupView is the search page's switch between every paragraph and one
// result per document.
type groupView struct {
	URL   string // the same search, the other way
	Label string
	Note  string // what a grouped page counts
}

func groupToggle(p searchParams, res *index.SearchResult) groupView {
	if !res.Grouped {
		return groupView{URL: p.with(func(x *searchParams) { x.Group = index.GroupDocument }).url(), Label: "One result per document"}
	}
	n := strconv.FormatUint(res.Documents, 10)
	if !res.DocumentsExact {
		n = "at least " + n
	}
	docs := " documents"
	if res.Documents == 1 && res.DocumentsExact {
		docs = " document"
	}
	return groupView{URL: p.with(func(x *searchParams) { x.Group = "" }).url(), Label: "Show every paragraph",
		Note: "in " + n + docs + ", one result each"}
}

// resultPages is how many pages res has: of documents when grouped.
func resultPages(res *index.SearchResult) int {
	if res.Grouped {
		return pageCount(res.Documents, res.Size)
	}
	return pageCount(res.Total, res.Size)
}

// moreInDocument is a grouped hit's "n more in this document": the
// document at the hit's paragraph, the query's words marked in it (the
// document page marks every paragraph the search's words occur in).
func moreInDocument(h index.Hit, back string) (int, string) {
	if h.More == 0 {
		return 0, ""
	}
	return h.More, docURL(h.DocID, h.Paragraph, back)
}
