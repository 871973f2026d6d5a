package index

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
	index "github.com/blevesearch/bleve_index_api"

	ql "github.com/readouts/readouts/internal/query"
	"github.com/readouts/readouts/internal/readout"
)

// DocumentView is a whole document as indexed, for reading a hit in context.
type DocumentView struct {
	ID           string              `json:"id"`
	Title        string              `json:"title"`
	Date         string              `json:"date"`
	Precision    string              `json:"date_precision,omitempty"`
	Source       string              `json:"source"`
	Issuer       string              `json:"issuer"`  // the person or office it is issued in the name of
	Country      string              `json:"country"` // the government or organisation that issues it
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
//
// The document is read by paragraph IDs, "doc#p1" to "doc#pN": paragraph 1
// stores the document's fields and N (mapping version 14; the index has no
// document ID field to search).
func (r *Reader) Document(ctx context.Context, id, highlight string) (*DocumentView, error) {
	g, err := r.acquire()
	if err != nil {
		return nil, err
	}
	defer r.release(g, false)

	f, err := withReader(g.idx, func(rdr index.IndexReader) (map[string]any, error) {
		return loadStored(rdr, paragraphID(id, 1), viewFields)
	})
	if err != nil {
		return nil, fmt.Errorf("document %s: %w", id, err)
	}
	if f == nil {
		return nil, fmt.Errorf("document %q: %w", id, ErrNotFound)
	}
	n, _ := strconv.Atoi(fieldString(f[fieldParagraphs]))
	n = min(max(n, 1), maxParagraphs)
	ids := make([]string, n)
	for i := range ids {
		ids[i] = paragraphID(id, i+1)
	}
	paras, err := g.blocks.paragraphs(g.idx, ids, map[string]map[string]any{ids[0]: f})
	if err != nil {
		return nil, fmt.Errorf("document %s: %w", id, err)
	}
	m := docMetaOf(f)
	v := &DocumentView{
		ID:           id,
		Title:        m.title,
		Date:         m.date,
		Precision:    fieldString(f[fieldPrecision]),
		Source:       m.source,
		Issuer:       m.issuer,
		Country:      m.country,
		URL:          m.url,
		Participants: nonNil(fieldStrings(f[fieldParticipants])),
	}
	texts := make(map[int]string, n)
	for i, pid := range ids {
		p, ok := paras[pid]
		if !ok {
			return nil, fmt.Errorf("document %s: paragraph %d of %d is missing", id, i+1, n)
		}
		v.Paragraphs = append(v.Paragraphs, readout.Paragraph{
			N:        i + 1,
			Text:     p.Text,
			Speakers: nonNil(p.Speakers),
			Mentions: nonNil(p.Mentions),
			Why:      fieldReasons(p.Why),
			Acts:     p.Acts,
			// Who did each act, for the document's readers.
			SpeakerActs: speakerActsOf(p.SpeakerActs),
			Turn:        p.Turn,
		})
		texts[i+1] = p.Text
	}
	if strings.TrimSpace(highlight) != "" {
		if v.Marked, err = markDocument(ctx, g, r.canonical, ids, highlight, texts); err != nil {
			return nil, err
		}
	}
	return v, nil
}

// viewFields are what the document view reads from paragraph 1.
var viewFields = append([]string{fieldBlock, fieldPrecision, fieldParticipants, fieldParagraphs}, docMetaFields...)

// markDocument finds where the words of query occur in document id. Every
// word is looked for on its own (as in partial matches): a paragraph of the
// document rarely holds all of them.
func markDocument(ctx context.Context, g *generation, canonical func(string) (string, bool), ids []string, q string, texts map[int]string) (map[int]Snippet, error) {
	ast, err := ql.Parse(q)
	if err != nil || ast == nil {
		return nil, nil
	}
	dict, err := indexReader(g.idx)
	if err != nil {
		return nil, fmt.Errorf("mark document %s: %w", ids[0], err)
	}
	defer dict.Close()
	// Words past the term budget are not marked (partial skips them).
	c := &compiler{canonical: canonical, analyzer: g.idx.Mapping().AnalyzerNamed(textAnalyzer),
		budget: newTermBudget(ctx, dict, DefaultMaxQueryTerms, g.stats.Indexed)}
	words := partial(ast, c)
	if words == nil {
		if words, err = c.compile(ast); err != nil || words == nil {
			return nil, nil
		}
	}
	doc := query.NewDocIDQuery(ids)
	req := bleve.NewSearchRequestOptions(query.NewConjunctionQuery([]query.Query{words, doc}), maxParagraphs, 0, false)
	req.IncludeLocations = true
	res, err := g.idx.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("mark document %s: %w", ids[0], err)
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
