package index

import (
	"fmt"
	"sync"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	index "github.com/blevesearch/bleve_index_api"
)

// docMeta is what a hit shows of its document. It is stored once per
// document, on paragraph 1 (mapping version 5): a title copied into every
// paragraph was a fifth of the stored bytes.
type docMeta struct {
	title, date, source, issuer, country, url string
}

// docMetaFields are the stored fields docMeta is read from.
var docMetaFields = []string{fieldDocTitle, fieldDateStr, fieldSource, fieldIssuer, fieldCountry, fieldURL}

// docMetaOf reads docMeta from the stored fields of a paragraph 1.
func docMetaOf(f map[string]any) docMeta {
	return docMeta{
		title:   fieldString(f[fieldDocTitle]),
		date:    fieldString(f[fieldDateStr]),
		source:  fieldString(f[fieldSource]),
		issuer:  fieldString(f[fieldIssuer]),
		country: fieldString(f[fieldCountry]),
		url:     fieldString(f[fieldURL]),
	}
}

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
			out[id] = docMetaOf(h.Fields)
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
	return withReader(idx, func(rdr index.IndexReader) (map[string]docMeta, error) {
		for _, id := range missing {
			f, err := loadStored(rdr, paragraphID(id, 1), docMetaFields)
			if err != nil {
				return nil, fmt.Errorf("document %s: %w", id, err)
			}
			if f == nil {
				continue // cannot happen: a document's paragraphs go together
			}
			m := docMetaOf(f)
			out[id] = m
			cache.Store(id, m)
		}
		return out, nil
	})
}
