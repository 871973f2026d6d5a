package index

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/readouts/readouts/internal/readout"
)

// DocumentView is a whole document as indexed, for reading a hit in context.
type DocumentView struct {
	ID           string              `json:"id"`
	Title        string              `json:"title"`
	Date         string              `json:"date"`
	Precision    string              `json:"date_precision,omitempty"`
	Source       string              `json:"source"`
	URL          string              `json:"url,omitempty"`
	Participants []string            `json:"participants"`
	Paragraphs   []readout.Paragraph `json:"paragraphs"`
	// Marked holds, by paragraph number, the paragraphs where the words of
	// the query the reader came from occur, with those words marked.
	Marked map[int]Snippet `json:"-"`
}

// maxParagraphs bounds one document view; longer documents are truncated.
const maxParagraphs = 5000

// Document returns the document with the given ID, or ErrNotFound. When
// highlight is a search-box query, the paragraphs holding any of its words
// come back marked in DocumentView.Marked; a query that does not parse marks
// nothing.
func (r *Reader) Document(ctx context.Context, id, highlight string) (*DocumentView, error) {
	g, err := r.acquire()
	if err != nil {
		return nil, err
	}
	defer r.release(g, false)

	q := query.NewTermQuery(id)
	q.SetField(fieldDocID)
	req := bleve.NewSearchRequestOptions(q, maxParagraphs, 0, false)
	req.Fields = append([]string{fieldBlock, fieldPrecision, fieldParticipants}, docMetaFields...)
	res, err := g.idx.SearchInContext(ctx, req)
	if err == nil && res.Total > uint64(len(res.Hits)) {
		// Longer than a view: fetch it all to keep its first paragraphs.
		req.Size = int(res.Total)
		res, err = g.idx.SearchInContext(ctx, req)
	}
	if err != nil {
		return nil, fmt.Errorf("document %s: %w", id, err)
	}
	if len(res.Hits) == 0 {
		return nil, fmt.Errorf("document %q: %w", id, ErrNotFound)
	}
	// In paragraph order, from the paragraph IDs (the index has no
	// paragraph number field since mapping version 7).
	slices.SortFunc(res.Hits, func(a, b *search.DocumentMatch) int {
		_, na := splitParagraphID(a.ID)
		_, nb := splitParagraphID(b.ID)
		return cmp.Compare(na, nb)
	})
	if len(res.Hits) > maxParagraphs {
		res.Hits = res.Hits[:maxParagraphs]
	}
	f := res.Hits[0].Fields // paragraph 1, which holds the document's fields
	v := &DocumentView{
		ID:           id,
		Title:        fieldString(f[fieldDocTitle]),
		Date:         fieldString(f[fieldDateStr]),
		Precision:    fieldString(f[fieldPrecision]),
		Source:       fieldString(f[fieldSource]),
		URL:          fieldString(f[fieldURL]),
		Participants: nonNil(fieldStrings(f[fieldParticipants])),
	}
	paras, err := hitParagraphs(g, res.Hits)
	if err != nil {
		return nil, fmt.Errorf("document %s: %w", id, err)
	}
	texts := make(map[int]string, len(res.Hits))
	for _, h := range res.Hits {
		_, n := splitParagraphID(h.ID)
		p := paras[h.ID]
		v.Paragraphs = append(v.Paragraphs, readout.Paragraph{
			N:        n,
			Text:     p.Text,
			Speakers: nonNil(p.Speakers),
			Mentions: nonNil(p.Mentions),
			Why:      fieldReasons(p.Why),
		})
		texts[n] = p.Text
	}
	if strings.TrimSpace(highlight) != "" {
		if v.Marked, err = markDocument(ctx, g, r.canonical, id, highlight, texts); err != nil {
			return nil, err
		}
	}
	return v, nil
}

// markDocument finds where the words of query occur in document id. Every
// word is looked for on its own (as in partial matches): a paragraph of the
// document rarely holds all of them.
func markDocument(ctx context.Context, g *generation, canonical func(string) (string, bool), id, q string, texts map[int]string) (map[int]Snippet, error) {
	ast, err := parseQuery(q)
	if err != nil || ast == nil {
		return nil, nil
	}
	c := &compiler{canonical: canonical, analyzer: g.idx.Mapping().AnalyzerNamed(textAnalyzer)}
	words := partial(ast, c)
	if words == nil {
		if words, err = c.compile(ast); err != nil || words == nil {
			return nil, nil
		}
	}
	doc := query.NewTermQuery(id)
	doc.SetField(fieldDocID)
	req := bleve.NewSearchRequestOptions(query.NewConjunctionQuery([]query.Query{words, doc}), maxParagraphs, 0, false)
	req.IncludeLocations = true
	res, err := g.idx.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("mark document %s: %w", id, err)
	}
	marked := map[int]Snippet{}
	for _, h := range res.Hits {
		_, n := splitParagraphID(h.ID)
		text := texts[n]
		if spans := matchSpans(h.Locations, fieldText, text); len(spans) > 0 {
			marked[n] = makeSnippet(text, spans, len(text)+1)
		}
	}
	return marked, nil
}
