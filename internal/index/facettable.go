package index

import (
	"context"
	"fmt"

	"github.com/blevesearch/bleve/v2/search"
	index "github.com/blevesearch/bleve_index_api"
)

// Facets are counted from a table in memory rather than from Bleve's doc
// values. Scorch keeps doc values in snappy-compressed chunks of 1,024
// paragraphs; a search with a few hundred matches spread over the index
// decompresses most chunks, so facets cost more than half of a search at a
// million paragraphs, growing with the index rather than the result
// (docs/BENCHMARKS.md). A generation never changes once published, so its
// fieldFacets terms are read once when it opens, from the postings of that
// field, into a table indexed by Scorch's document number; a search then
// counts each match with a few array lookups as Bleve's collector hands it
// over.

// facetTable holds the fieldFacets terms of every paragraph of one
// generation: paragraph d (Scorch's global document number, the 8-byte
// big-endian DocumentMatch.IndexInternalID) has the term ordinals
// ords[start[d]:start[d+1]], ordinals into terms.
type facetTable struct {
	terms []string // fieldFacets terms in dictionary order
	start []uint32
	ords  []uint16 // used when there are at most 1<<16 terms, the usual case
	ords4 []uint32 // used otherwise
	names map[string]string
}

// loadFacetTable reads fieldFacets of every paragraph of rdr, a reader of
// an index that does not change afterwards (a published generation opened
// read-only). names decodes the coded speaker, mention and source terms
// (facetNames).
func loadFacetTable(ctx context.Context, rdr index.IndexReader, names map[string]string) (*facetTable, error) {
	t := &facetTable{names: names}
	var err error
	if t.terms, err = fieldTerms(rdr, fieldFacets); err != nil {
		return nil, fmt.Errorf("facet table: %w", err)
	}

	// Two passes over the postings: count each paragraph's terms, then
	// place them. Postings skip deleted paragraphs, as searches do.
	postings := func(visit func(doc uint64, ord int)) error {
		return eachPosting(ctx, rdr, fieldFacets, t.terms, visit)
	}
	var n []uint32 // terms per paragraph, then (shifted) where they go
	if err := postings(func(doc uint64, _ int) {
		if doc >= uint64(len(n)) {
			n = append(n, make([]uint32, int(doc)+1-len(n))...)
		}
		n[doc]++
	}); err != nil {
		return nil, fmt.Errorf("facet table: %w", err)
	}
	t.start = make([]uint32, len(n)+1)
	for d, c := range n {
		t.start[d+1] = t.start[d] + c
	}
	total := t.start[len(n)]
	copy(n, t.start) // next free slot per paragraph
	if len(t.terms) <= 1<<16 {
		t.ords = make([]uint16, total)
	} else {
		t.ords4 = make([]uint32, total)
	}
	if err := postings(func(doc uint64, ord int) {
		if t.ords != nil {
			t.ords[n[doc]] = uint16(ord)
		} else {
			t.ords4[n[doc]] = uint32(ord)
		}
		n[doc]++
	}); err != nil {
		return nil, fmt.Errorf("facet table: %w", err)
	}
	return t, nil
}

// facetCounter counts the facet terms of the matches of one search.
type facetCounter struct {
	t *facetTable
	n []uint32 // matches per term ordinal
}

func newFacetCounter(t *facetTable) *facetCounter {
	return &facetCounter{t: t, n: make([]uint32, len(t.terms))}
}

func (c *facetCounter) reset() { clear(c.n) }

func (c *facetCounter) add(doc uint64) {
	t := c.t
	if doc+1 >= uint64(len(t.start)) {
		return // a paragraph without facet terms past the last one with any
	}
	lo, hi := t.start[doc], t.start[doc+1]
	if t.ords != nil {
		for _, o := range t.ords[lo:hi] {
			c.n[o]++
		}
		return
	}
	for _, o := range t.ords4[lo:hi] {
		c.n[o]++
	}
}

// collecting returns ctx with a document-match handler for Bleve's top-N
// collector that counts every match into c before the collector sees it.
func (c *facetCounter) collecting(ctx context.Context) context.Context {
	return withMatchHandler(ctx, func(d *search.DocumentMatch) { c.add(d.IndexInternalID.Value()) })
}

// facets returns the counts as the per-facet lists of a SearchResult;
// size overrides the list facets' lengths as SearchRequest.FacetSize says.
func (c *facetCounter) facets(size int) map[string][]FacetValue {
	var terms []termCount
	for ord, n := range c.n {
		if n > 0 {
			terms = append(terms, termCount{c.t.terms[ord], int(n)})
		}
	}
	return splitFacets(terms, c.t.names, size)
}

// fieldTerms lists the terms of field's dictionary, in order.
func fieldTerms(rdr index.IndexReader, field string) ([]string, error) {
	dict, err := rdr.FieldDict(field)
	if err != nil {
		return nil, err
	}
	defer dict.Close()
	var terms []string
	for {
		e, err := dict.Next()
		if err != nil {
			return nil, err
		}
		if e == nil {
			return terms, nil
		}
		terms = append(terms, e.Term)
	}
}

// eachPosting calls visit with the document number of every posting of
// each of terms in field, and the term's index in terms. Postings skip
// deleted paragraphs, as searches do.
func eachPosting(ctx context.Context, rdr index.IndexReader, field string, terms []string, visit func(doc uint64, ord int)) error {
	for ord, term := range terms {
		tfr, err := rdr.TermFieldReader(ctx, []byte(term), field, false, false, false)
		if err != nil {
			return err
		}
		d, err := tfr.Next(nil)
		for err == nil && d != nil {
			visit(d.ID.Value(), ord)
			d, err = tfr.Next(d)
		}
		tfr.Close()
		if err != nil {
			return err
		}
	}
	return nil
}
