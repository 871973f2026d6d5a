package index

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2"
)

// bigDocText is a readout of n paragraphs; every third one says "sanctions"
// and quotes a minister, the others "climate", so that searches match
// paragraphs in every block.
func bigDocText(n int, variant string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "title: A long meeting %s\ndate: 2024-03-01\nsource: Test\n\n", variant)
	for i := 1; i <= n; i++ {
		if i%3 == 0 {
			fmt.Fprintf(&b, "Foreign Minister Wang Yi said in item %d of %s that sanctions would not work and must be lifted.\n\n", i, variant)
		} else {
			fmt.Fprintf(&b, "Item %d of %s: the delegations discussed climate finance and agreed to meet again soon.\n\n", i, variant)
		}
	}
	return b.String()
}

// TestBuildSplitsGiantDocuments tells the story of a 60 MB file: all its
// paragraphs went to scorch in one batch, and the indexer took 57 times the
// file's size in memory. A document larger than a batch is now indexed in
// pieces of whole blocks. With a batch limit of one paragraph (pieces of
// one block each) the index must hold the same paragraphs, stored fields,
// blocks and search results as with the default limit, after a full build
// and after an incremental one that shrinks the giant document.
func TestBuildSplitsGiantDocuments(t *testing.T) {
	tiny := func(o *BuildOptions) { o.batchOps = 1 }
	split, whole := newTestCorpus(t), newTestCorpus(t)
	// 3 blocks and a part: pieces of 64, 64, 64 and 8 paragraphs.
	for _, c := range []*testCorpus{split, whole} {
		c.write("big.txt", bigDocText(3*blockParagraphs+8, "v1"))
		c.write("small.txt", docText("tariffs", 3))
	}
	split.build(tiny)
	whole.build()
	compareIndexes(t, "full build", split, whole, 3*blockParagraphs+8, 1)

	// Incremental: the giant document shrinks and changes (its deletes and
	// adds span several batches, in order), and a document is added.
	for _, c := range []*testCorpus{split, whole} {
		c.write("big.txt", bigDocText(2*blockParagraphs+1, "v2"))
		c.write("other.txt", docText("sanctions", 2))
	}
	if got := countsOf(split.build(tiny)); got != (counts{Added: 1, Changed: 1, Unchanged: 1}) {
		t.Errorf("incremental build: %+v", got)
	}
	whole.build()
	compareIndexes(t, "incremental build", split, whole, 2*blockParagraphs+1, 2)
}

// compareIndexes checks that a and b serve the same index, and that
// big.txt has want paragraphs in it, beside others small documents.
func compareIndexes(t *testing.T, step string, a, b *testCorpus, want, others int) {
	t.Helper()
	na, per := a.indexed()
	nb, _ := b.indexed()
	if na != nb {
		t.Fatalf("%s: %d paragraphs with tiny batches, %d with one batch", step, na, nb)
	}
	if got := per("c/big.txt"); got != want {
		t.Errorf("%s: big.txt has %d paragraphs, want %d", step, got, want)
	}
	// Every stored field of every paragraph, blocks included.
	sa, sb := storedFields(t, a), storedFields(t, b)
	if len(sa) != int(na) {
		t.Fatalf("%s: %d paragraphs read, %d counted", step, len(sa), na)
	}
	blocks := 0
	for id, fa := range sa {
		if !reflect.DeepEqual(fa, sb[id]) {
			t.Errorf("%s: paragraph %s: stored fields differ between tiny batches (%d fields) and one batch (%d)", step, id, len(fa), len(sb[id]))
		}
		if fa[fieldBlock] != nil {
			blocks++
		}
	}
	if wantBlocks := (want+blockParagraphs-1)/blockParagraphs + others; blocks != wantBlocks {
		t.Errorf("%s: %d blocks, want %d", step, blocks, wantBlocks)
	}

	ra, rb := openReader(t, a), openReader(t, b)
	ctx := context.Background()
	for _, q := range []string{"sanctions", "climate", "Wang Yi", "tariffs", "item 130"} {
		ha, ta := allHits(t, ra, q)
		hb, tb := allHits(t, rb, q)
		if ta == 0 || ta != tb || !reflect.DeepEqual(ha, hb) {
			t.Errorf("%s: search %q: %d hits with tiny batches, %d with one batch; differ: %v", step, q, ta, tb, !reflect.DeepEqual(ha, hb))
		}
	}
	va, err := ra.Document(ctx, "c/big.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	vb, err := rb.Document(ctx, "c/big.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if len(va.Paragraphs) != want || !reflect.DeepEqual(va, vb) {
		t.Errorf("%s: big.txt shows %d paragraphs with tiny batches, %d with one batch, want %d; equal: %v",
			step, len(va.Paragraphs), len(vb.Paragraphs), want, reflect.DeepEqual(va, vb))
	}
}

// storedFields reads every paragraph's stored fields, by ID.
func storedFields(t *testing.T, c *testCorpus) map[string]map[string]any {
	t.Helper()
	cur, err := CurrentGeneration(c.index)
	if err != nil {
		t.Fatal(err)
	}
	idx, err := bleve.OpenUsing(filepath.Join(cur, bleveDir), map[string]any{"read_only": true})
	if err != nil {
		t.Fatal(err)
	}
	defer idx.Close()
	req := bleve.NewSearchRequestOptions(bleve.NewMatchAllQuery(), 10000, 0, false)
	req.Fields = []string{"*"}
	res, err := idx.Search(req)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]map[string]any{}
	for _, h := range res.Hits {
		out[h.ID] = h.Fields
	}
	return out
}

func openReader(t *testing.T, c *testCorpus) *Reader {
	t.Helper()
	r, err := Open(c.index, ReaderOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Close() })
	return r
}

// allHits are every hit of the query, in ID order (ties may be ordered
// by segment), with what a result list shows of them.
func allHits(t *testing.T, r *Reader, q string) ([]string, uint64) {
	t.Helper()
	var hits []string
	var total uint64
	for page := 1; ; page++ {
		res, err := r.Search(context.Background(), SearchRequest{Query: q, Page: page, Size: 50})
		if err != nil {
			t.Fatalf("search %q: %v", q, err)
		}
		total = res.Total
		for _, h := range res.Hits {
			hits = append(hits, fmt.Sprintf("%s %q %s %v %v %.6f %v", h.ID, h.Title, h.Date, h.Speakers, h.Mentions, h.Score, h.Snippet))
		}
		if len(res.Hits) == 0 || uint64(len(hits)) >= total {
			break
		}
	}
	sort.Strings(hits)
	return hits, total
}
