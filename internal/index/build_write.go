package index

import (
	"context"
	"fmt"
	"iter"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"sync"

	"github.com/blevesearch/bleve/v2"

	"github.com/readouts/readouts/internal/readout"
)

// target is the folder a new generation is written in, under a temporary
// name until it is published.
type target struct {
	dir       string // the index folder
	name      string // the generation's name (gen-000008)
	tmp       string // where it is written (gen-000008.tmp)
	published bool
}

// bleve is the folder of the target's Bleve index.
func (t *target) bleve() string { return filepath.Join(t.tmp, bleveDir) }

// discard removes the target's folder unless it was published.
func (t *target) discard() {
	if !t.published {
		os.RemoveAll(t.tmp)
	}
}

// openTarget makes the folder of the next generation and opens its Bleve
// index: a new, empty one when full, else a clone of the current
// generation's (cloneGeneration, bleve_segments.go). It returns an
// *unusableError when the clone cannot be made or opened.
func openTarget(opts BuildOptions, cur string, full bool) (bleve.Index, *target, error) {
	name, err := nextGeneration(opts.Dir)
	if err != nil {
		return nil, nil, err
	}
	t := &target{dir: opts.Dir, name: name, tmp: filepath.Join(opts.Dir, name) + tmpSuffix}
	if err := os.RemoveAll(t.tmp); err != nil {
		return nil, nil, err
	}
	if err := os.MkdirAll(t.tmp, 0o755); err != nil {
		return nil, nil, err
	}
	idx, err := func() (bleve.Index, error) {
		if full {
			m, err := newMapping()
			if err != nil {
				return nil, err
			}
			idx, err := bleve.New(t.bleve(), m)
			if err != nil {
				return nil, fmt.Errorf("create index: %w", err)
			}
			return idx, nil
		}
		if err := cloneGeneration(filepath.Join(cur, bleveDir), t.bleve()); err != nil {
			return nil, &unusableError{fmt.Errorf("clone %s: %w", filepath.Base(cur), err)}
		}
		idx, err := bleve.Open(t.bleve())
		if err != nil {
			return nil, &unusableError{fmt.Errorf("open clone of %s: %w", filepath.Base(cur), err)}
		}
		return idx, nil
	}()
	if err != nil {
		t.discard()
		return nil, nil, err
	}
	return idx, t, nil
}

// batchSize is about how many paragraph operations go to scorch in one
// batch. A batch's paragraphs are all analysed and turned into one segment
// in memory, so it is also what bounds the indexer's memory on a giant
// file: a 60 MB file of 136,000 paragraphs in one batch took 3.6 GB.
const batchSize = 5000

// batchWorkers is how many batches a full build hands to scorch at once.
// A batch is analysed on all cores, then turned into a segment on one; a
// second batch in flight keeps the other cores busy meanwhile (a third was
// slower on 2 cores: docs/BENCHMARKS.md, step 10).
const batchWorkers = 2

// writeBatches, into idx whose Bleve folder is dir, deletes every
// paragraph of the stale entries (by their
// recorded counts, so a document that shrank loses its tail too) and
// indexes the fresh documents. Within a batch the last operation on an id
// wins, and batches of an incremental build run in order with every delete
// before any add, so a changed document's paragraphs are deleted and
// re-added.
//
// The work goes to scorch in chunks of about limit operations. A document
// of more paragraphs than a chunk holds is split into pieces of whole
// blocks (blockParagraphs, blocks.go), so that a chunk holds at most
// limit + piece operations whatever the file size; a smaller document is
// never split. Each chunk is turned into a batch (paragraph documents
// mapped, blocks compressed) by the worker that hands it to scorch, so that
// this work runs on all cores too. Chunks run one after another, except in
// a full build (concurrent true), which only adds paragraphs with distinct
// IDs: there the order of batches does not matter and several are indexed
// at once.
func writeBatches(ctx context.Context, idx bleve.Index, dir string, stale map[string]*fileEntry, fresh iter.Seq[*parsed], concurrent bool, limit int) error {
	workers := 1
	if concurrent {
		workers = batchWorkers
	}
	schema, err := newSchema()
	if err != nil {
		return err
	}
	// An incremental build compresses its blocks with the dictionary its
	// clone keeps; a full build trains one first (blocks.go), holding its
	// first chunks back until they are sampled.
	if schema.blocks, err = blockCodecOf(dir); err != nil {
		return err
	}
	var tr *dictTrainer
	if concurrent && schema.blocks == plainBlocks {
		tr = &dictTrainer{}
	}
	// A full build writes its segments in zap's own format until its last
	// batch (rawSegments, zapcodec.go). The last chunk is held back until
	// the input ends, so that the worker taking it knows it is the last
	// and ends the raw writing before indexing it: every segment file
	// written after that holds codec pieces, and the one the build ends
	// with holds the last batch's paragraphs, so it is written after.
	rawDone := func() {}
	if concurrent {
		rawDone = rawSegments.add(dir)
		defer rawDone()
	}
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	chunks := make(chan *chunk)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for c := range chunks {
				if ctx.Err() != nil {
					continue // drain
				}
				if c.last {
					rawDone()
				}
				// A new batch for each chunk, never Reset: scorch's Batch
				// leaves a goroutine that reads the old batch's map field
				// with no ordering against Reset, which the race detector
				// reports (bleve v2.6.3).
				b, err := c.batch(idx, schema)
				c.release()
				if err == nil {
					err = idx.Batch(b)
					if err != nil {
						err = fmt.Errorf("index batch: %w", err)
					}
				}
				if err != nil {
					cancel(err)
				}
			}
		}()
	}
	// pending is the chunk held back in a full build (above).
	var pending *chunk
	sendNow := func(c *chunk) error {
		select {
		case chunks <- c:
			return nil
		case <-ctx.Done():
			return context.Cause(ctx)
		}
	}
	send := func(c *chunk) error {
		if concurrent {
			if c, pending = pending, c; c == nil {
				return nil
			}
		}
		return sendNow(c)
	}
	finish := func(err error) error {
		if err == nil && pending != nil {
			pending.last = true
			err = sendNow(pending)
		}
		close(chunks)
		wg.Wait()
		if err != nil {
			return err
		}
		if ctx.Err() != nil {
			return context.Cause(ctx)
		}
		return nil
	}

	// trained sets the blocks' codec from what tr sampled and sends the
	// chunks it held.
	trained := func() error {
		held := tr.held
		codec, err := tr.train(dir)
		if err != nil {
			return err
		}
		schema.blocks, tr = codec, nil
		for _, h := range held {
			if err := send(h); err != nil {
				return err
			}
		}
		return nil
	}
	c := &chunk{}
	flush := func(force bool) error {
		if c.ops == 0 || (!force && c.ops < limit) {
			if force && tr != nil {
				return trained()
			}
			return nil
		}
		if err := ctx.Err(); err != nil {
			return context.Cause(ctx)
		}
		if tr != nil {
			tr.hold(c)
			c = &chunk{}
			if force || tr.sampled >= blockDictSample {
				return trained()
			}
			return nil
		}
		if err := send(c); err != nil {
			return err
		}
		c = &chunk{}
		return nil
	}
	keys := make([]string, 0, len(stale))
	for key := range stale {
		keys = append(keys, key)
	}
	sort.Strings(keys)
	for _, key := range keys {
		for _, d := range stale[key].Docs {
			for n := 1; n <= d.Paragraphs; n++ {
				c.deletes = append(c.deletes, paragraphID(d.ID, n))
				c.ops++
				if err := flush(false); err != nil {
					return finish(err)
				}
			}
		}
	}
	// piece: the most paragraphs of one document in a chunk, whole blocks.
	piece := max(limit/blockParagraphs, 1) * blockParagraphs
	for r := range fresh {
		for _, d := range r.docs {
			title := docTitle(d)
			n := len(d.Paragraphs)
			if n <= piece {
				c.docs = append(c.docs, chunkDoc{doc: d, path: r.file.Path, title: title, from: 0, to: n})
				c.ops += n
				if err := flush(false); err != nil {
					return finish(err)
				}
				continue
			}
			for from := 0; from < n; from += piece {
				to := min(from+piece, n)
				c.docs = append(c.docs, chunkDoc{doc: d, path: r.file.Path, title: title, from: from, to: to})
				c.ops += to - from
				if err := flush(false); err != nil {
					return finish(err)
				}
			}
		}
		// The chunks hold them now: once indexed they are garbage.
		r.docs = nil
	}
	return finish(flush(true))
}

// dictTrainer holds a full build's first chunks and samples their blocks
// for the blocks' dictionary (blocks.go).
type dictTrainer struct {
	held    []*chunk
	samples [][]byte
	sampled int // bytes
}

func (t *dictTrainer) hold(c *chunk) {
	t.held = append(t.held, c)
	for _, d := range c.docs {
		if t.sampled >= blockDictSample {
			return
		}
		for _, b := range docBlocks(d.doc, d.from, d.to) {
			t.samples = append(t.samples, b)
			t.sampled += len(b)
		}
	}
}

// blockDictMin is the least a dictionary is trained on: below, the build
// is too small for its 112 KB to pay, and its blocks are written without.
const blockDictMin = 256 << 10

// train builds the dictionary, writes it in the Bleve folder dir and
// returns its codec;
// plainBlocks when too little was sampled or the trainer found nothing
// to learn (a dictionary only makes blocks smaller; any block reads
// without one).
func (t *dictTrainer) train(dir string) (*blockCodec, error) {
	if t.sampled < blockDictMin {
		return plainBlocks, nil
	}
	dict, err := trainBlockDict(t.samples)
	if err != nil {
		return plainBlocks, nil // samples it cannot learn from: blocks as before
	}
	codec, err := newBlockCodec(dict)
	if err != nil {
		return nil, err
	}
	if err := writeFileSync(filepath.Join(dir, blockDictFile), dict); err != nil {
		return nil, fmt.Errorf("block dictionary: %w", err)
	}
	return codec, nil
}

// chunk is the work of one batch: paragraphs to delete, then documents (or
// pieces of documents) to index.
type chunk struct {
	deletes []string
	docs    []chunkDoc
	ops     int
	last    bool // a full build's last chunk (writeBatches)
}

// chunkDoc is the paragraphs [from, to) of doc; from is a multiple of
// blockParagraphs, so that pieces store the same blocks as the whole.
type chunkDoc struct {
	doc      *readout.Document
	path     string // the file, for errors
	title    string // docTitle(doc), taken before any piece is released
	from, to int
}

// batch turns the chunk's documents into a new batch of idx.
func (c *chunk) batch(idx bleve.Index, s *schema) (*bleve.Batch, error) {
	b := idx.NewBatch()
	for _, id := range c.deletes {
		b.Delete(id)
	}
	for _, d := range c.docs {
		for _, doc := range s.paragraphDocs(d.doc, d.title, d.from, d.to) {
			if err := b.IndexAdvanced(doc); err != nil {
				return nil, fmt.Errorf("index %s: %w", d.path, err)
			}
		}
	}
	return b, nil
}

// release lets go of what the chunk's batch now holds: the paragraphs of
// its pieces (the other pieces of a giant document may still wait for
// their batch; each worker clears only its own range) and the chunk's
// lists.
func (c *chunk) release() {
	for _, d := range c.docs {
		clear(d.doc.Paragraphs[d.from:d.to])
	}
	c.docs, c.deletes = nil, nil
}

// batchLimit is about how many paragraph operations go into one batch.
func (o BuildOptions) batchLimit() int {
	if o.batchOps > 0 {
		return o.batchOps
	}
	return batchSize
}

// finishIndex merges idx's segments (compact after an incremental build,
// mergeSegments after a full one: bleve_segments.go), checks that it holds
// exactly the paragraphs next lists, and closes it. A leftover paragraph
// would be a duplicate or a deleted document in search results; after an
// incremental build the error is an *unusableError, so that Build
// rebuilds in full.
func finishIndex(ctx context.Context, idx bleve.Index, t *target, full bool, next *manifest, log *slog.Logger) error {
	err := func() error {
		if err := compact(ctx, idx, full); err != nil {
			return fmt.Errorf("merge segments: %w", err)
		}
		want := uint64(next.stats("").Paragraphs)
		got, err := idx.DocCount()
		if err != nil {
			return fmt.Errorf("count paragraphs: %w", err)
		}
		if got != want {
			err := fmt.Errorf("index holds %d paragraphs, manifest lists %d", got, want)
			if full {
				return err
			}
			return &unusableError{err}
		}
		if full {
			return mergeSegments(ctx, idx, t.bleve(), log)
		}
		return nil
	}()
	if err != nil {
		idx.Close()
		return err
	}
	if err := idx.Close(); err != nil {
		return fmt.Errorf("close index: %w", err)
	}
	return nil
}
