package index

import (
	"context"
	"fmt"

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
}

// maxParagraphs bounds one document view; longer documents are truncated.
const maxParagraphs = 5000

// Document returns the document with the given ID, or ErrNotFound.
func (r *Reader) Document(ctx context.Context, id string) (*DocumentView, error) {
	g, err := r.acquire()
	if err != nil {
		return nil, err
	}
	defer r.release(g, false)

	q := query.NewTermQuery(id)
	q.SetField(fieldDocID)
	req := bleve.NewSearchRequestOptions(q, maxParagraphs, 0, false)
	req.Fields = []string{"*"}
	req.SortByCustom(search.SortOrder{&search.SortField{Field: fieldN, Type: search.SortFieldAsNumber}})
	res, err := g.idx.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("document %s: %w", id, err)
	}
	if len(res.Hits) == 0 {
		return nil, fmt.Errorf("document %q: %w", id, ErrNotFound)
	}
	f := res.Hits[0].Fields
	v := &DocumentView{
		ID:           id,
		Title:        fieldString(f[fieldTitle]),
		Date:         fieldString(f[fieldDateStr]),
		Precision:    fieldString(f[fieldPrecision]),
		Source:       fieldString(f[fieldSource]),
		URL:          fieldString(f[fieldURL]),
		Participants: nonNil(fieldStrings(f[fieldParticipants])),
	}
	for _, h := range res.Hits {
		v.Paragraphs = append(v.Paragraphs, readout.Paragraph{
			N:        fieldInt(h.Fields[fieldN]),
			Text:     fieldString(h.Fields[fieldText]),
			Speakers: nonNil(fieldStrings(h.Fields[fieldSpeaker])),
			Mentions: nonNil(fieldStrings(h.Fields[fieldMention])),
			Why:      fieldReasons(h.Fields[fieldWhy]),
		})
	}
	return v, nil
}
