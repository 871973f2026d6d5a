package index

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
)

// maxEventParagraphs bounds the paragraphs EventDocuments reads: a few
// days of an index hold a few thousand at most at the benchmark size.
const maxEventParagraphs = 5000

// EventDocuments returns the IDs of the documents dated from..to
// (inclusive, whole days) that have a paragraph where one of names speaks
// or is mentioned, those naming the most of names first (then those with
// the most such paragraphs, then by ID), at most limit. It finds the candidates for another account of the
// event a document describes (package pairing).
//
// The day is a keyword term, "20220127", whose order as a string is the
// date order, so the window is one term range; the names are matched
// case-insensitively, as speaker: and mention: filters are.
func (r *Reader) EventDocuments(ctx context.Context, from, to time.Time, names []string, limit int) ([]string, error) {
	if len(names) == 0 || limit <= 0 || to.Before(from) {
		return nil, nil
	}
	g, err := r.acquire()
	if err != nil {
		return nil, err
	}
	defer r.release(g, false)

	lo, hi, inclusive := sortDay(from), sortDay(to), true
	days := query.NewTermRangeInclusiveQuery(lo, hi, &inclusive, &inclusive)
	days.SetField(fieldDay)
	// One search per name, to count the names a document shares, not its
	// paragraphs: a long press briefing has many paragraphs naming one
	// person, another account of a call names both people.
	named, paras := map[string]int{}, map[string]int{}
	seen := map[string]bool{}
	for _, n := range names {
		key := strings.ToLower(strings.TrimSpace(n))
		if key == "" || seen[key] {
			continue
		}
		seen[key] = true
		var who []query.Query
		for _, f := range []string{fieldSpeakerKey, fieldMentionKey} {
			t := query.NewTermQuery(key)
			t.SetField(f)
			who = append(who, t)
		}
		q := query.NewConjunctionQuery([]query.Query{days, query.NewDisjunctionQuery(who)})
		res, err := g.idx.SearchInContext(ctx, bleve.NewSearchRequestOptions(q, maxEventParagraphs, 0, false))
		if err != nil {
			return nil, fmt.Errorf("event documents %s..%s naming %s: %w", lo, hi, n, err)
		}
		docs := map[string]bool{}
		for _, h := range res.Hits {
			doc, _ := splitParagraphID(h.ID)
			docs[doc] = true
			paras[doc]++
		}
		for doc := range docs {
			named[doc]++
		}
	}
	ids := make([]string, 0, len(named))
	for id := range named {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool {
		a, b := ids[i], ids[j]
		if named[a] != named[b] {
			return named[a] > named[b]
		}
		if paras[a] != paras[b] {
			return paras[a] > paras[b]
		}
		return a < b
	})
	return ids[:min(limit, len(ids))], nil
}
