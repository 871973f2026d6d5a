package index

import (
	"fmt"
	"sync"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
)

// docMeta is what a hit shows of its document. It is stored once per
// document, on paragraph 1 (mapping version 5): a title copied into every
// paragraph was a fifth of the stored bytes.
type docMeta struct {
	title, date, source, url string
}

// docMetaFields are the stored fields docMeta is read from.
var docMetaFields = []string{fieldDocTitle, fieldDateStr, fieldSource, fieldURL}

// hitMeta returns the document metadata of each hit, by document ID: from
// the hit's own fields when it is paragraph 1, otherwise from the stored
// fields of its document's paragraph 1, read once per document and kept in
// cache (a generation never changes; at most one entry per document).
func hitMeta(idx bleve.Index, cache *sync.Map, hits search.DocumentMatchCollection) (map[string]docMeta, error) {
	out := make(map[string]docMeta, len(hits))
	for _, h := range hits {
		id, n := splitParagraphID(h.ID)
		if m, ok := cache.Load(id); ok {
			out[id] = m.(docMeta)
			continue
		}
		if n == 1 {
			out[id] = docMeta{
				title:  fieldString(h.Fields[fieldDocTitle]),
				date:   fieldString(h.Fields[fieldDateStr]),
				source: fieldString(h.Fields[fieldSource]),
				url:    fieldString(h.Fields[fieldURL]),
			}
		}
	}
	var missing []string
	for _, h := range hits {
		id, _ := splitParagraphID(h.ID)
		if _, ok := out[id]; !ok {
			out[id] = docMeta{}
			missing = append(missing, id)
		}
	}
	if len(missing) == 0 {
		return out, nil
	}
	adv, err := idx.Advanced()
	if err != nil {
		return nil, err
	}
	rdr, err := adv.Reader()
	if err != nil {
		return nil, err
	}
	defer rdr.Close()
	req := &bleve.SearchRequest{Fields: docMetaFields}
	for _, id := range missing {
		first := paragraphID(id, 1)
		iid, err := rdr.InternalID(first)
		if err != nil {
			return nil, fmt.Errorf("document %s: %w", id, err)
		}
		if len(iid) == 0 {
			continue // cannot happen: a document's paragraphs go together
		}
		dm := &search.DocumentMatch{ID: first, IndexInternalID: iid}
		if err, _ := bleve.LoadAndHighlightFields(dm, req, "", rdr, nil); err != nil {
			return nil, fmt.Errorf("document %s: %w", id, err)
		}
		m := docMeta{
			title:  fieldString(dm.Fields[fieldDocTitle]),
			date:   fieldString(dm.Fields[fieldDateStr]),
			source: fieldString(dm.Fields[fieldSource]),
			url:    fieldString(dm.Fields[fieldURL]),
		}
		out[id] = m
		cache.Store(id, m)
	}
	return out, nil
}
