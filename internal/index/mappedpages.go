package index

import (
	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	index "github.com/blevesearch/bleve_index_api"
	zap "github.com/blevesearch/zapx/v17"
)

// adviseSegments tells the kernel how searchd reads a generation's segment
// files, once the generation is open. Zap maps each segment file whole and
// reads it through the mapping, so every page it touches counts in the
// process's resident set until the mapping goes (docs/BENCHMARKS.md, step
// 61):
//
//   - opening reads every paragraph's ID from zap's stored fields
//     (loadDocRuns), which left the whole stored section mapped (186 of the
//     215 MB of file pages mapped after opening a 1M index) though a search
//     reads only its hits' IDs and fields from it. The mapping's pages are
//     dropped (dropPages): they stay in the page cache, and a search that
//     touches one maps it again without reading the disk;
//   - the stored section (each paragraph's stored fields, then one offset
//     per paragraph) is read at random, a few hundred bytes per hit: where
//     it is not in the page cache, the kernel's read-around would read
//     (and map) up to the device's read-ahead around each hit (4 MB on the
//     benchmark machine). It is marked random (readRandom); postings and
//     dictionaries, read in runs, keep the default.
//
// Nothing is done where madvise is not available.
func adviseSegments(idx bleve.Index) error {
	return withReaderErr(idx, func(rdr index.IndexReader) error {
		snap, ok := rdr.(*scorch.IndexSnapshot)
		if !ok {
			return nil
		}
		for _, s := range snap.Segments() {
			zs, ok := s.Segment().(*zap.Segment)
			if !ok {
				continue
			}
			data := zs.Data()
			if err := dropPages(data); err != nil {
				return err
			}
			// zap v17 writes the stored fields first, then their
			// offsets (8 bytes per document), at StoredIndexOffset.
			end := zs.StoredIndexOffset() + 8*zs.NumDocs()
			if end > uint64(len(data)) {
				continue
			}
			if err := readRandom(data[:end]); err != nil {
				return err
			}
		}
		return nil
	})
}
