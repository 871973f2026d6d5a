package index

import (
	"cmp"
	"slices"

	"github.com/blevesearch/bleve/v2/index/scorch"
	index "github.com/blevesearch/bleve_index_api"
	segment "github.com/blevesearch/scorch_segment_api/v2"
	zap "github.com/blevesearch/zapx/v17"
)

// Scorch numbers the paragraphs of a batch in the order its analysis
// workers finish them, and it takes them from a map: the paragraphs of one
// document end up scattered over the segment. Every paragraph is indexed
// with its document's title, so a title word's postings then alternate
// between documents, and the frequency and norm pairs that zapcodec.go
// counts in runs change at almost every posting: at 100k paragraphs a
// title word's chunk held runs of about one (docs/BENCHMARKS.md, step 35).
// orderedZap is zap v17 with one change: a new segment numbers its
// paragraphs in ID order, so a document's paragraphs are consecutive, in
// paragraph order. Merges keep each segment's order, and a batch never
// splits a document but into pieces of whole blocks (build_write.go).
//
// Nothing a search returns depends on document numbers: relevance ties are
// put in ID order (ties.go), other sorts are by field, and facets count.
// It is registered in place of zap v17 (the same type and version, so
// segments written before it open as they did) when this package loads,
// before any index is opened.
type orderedZap struct {
	zap.ZapPlugin
}

func init() {
	scorch.RegisterSegmentPlugin(&orderedZap{}, true)
}

func (z *orderedZap) New(results []index.Document) (segment.Segment, uint64, error) {
	return z.ZapPlugin.New(inIDOrder(results))
}

func (z *orderedZap) NewUsing(results []index.Document, config map[string]interface{}) (segment.Segment, uint64, error) {
	return z.ZapPlugin.NewUsing(inIDOrder(results), config)
}

// inIDOrder returns docs sorted by document, then paragraph number
// ("a.txt#p2" before "a.txt#p10"), in a new slice.
func inIDOrder(docs []index.Document) []index.Document {
	type keyed struct {
		doc string
		n   int
		d   index.Document
	}
	ks := make([]keyed, len(docs))
	for i, d := range docs {
		doc, n := splitParagraphID(d.ID())
		ks[i] = keyed{doc, n, d}
	}
	slices.SortFunc(ks, func(a, b keyed) int {
		return cmp.Or(cmp.Compare(a.doc, b.doc), cmp.Compare(a.n, b.n))
	})
	out := make([]index.Document, len(docs))
	for i, k := range ks {
		out[i] = k.d
	}
	return out
}
