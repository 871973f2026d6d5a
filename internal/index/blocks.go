package index

import (
	"container/list"
	"encoding/binary"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sync"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	index "github.com/blevesearch/bleve_index_api"
	"github.com/klauspost/compress/dict"
	"github.com/klauspost/compress/zstd"
)

// What a paragraph shows (its text, speakers, mentions and the reasons for
// them) is not stored paragraph by paragraph. Zap compresses each stored
// document on its own with snappy, and 350 bytes of prose barely compress
// (0.90 of the raw text). Instead the paragraphs of a document are stored in
// blocks of blockParagraphs consecutive paragraphs, each block compressed
// with zstd and stored on its first paragraph (field blk): 0.42 of the raw
// text at 100,000 paragraphs (docs/BENCHMARKS.md, step 14).
//
// A block never spans documents, so an incremental build, which re-indexes
// a changed document whole, rewrites its blocks with it; deleted documents
// take their blocks with them.

// blockParagraphs is how many paragraphs share a block: the ratio gains
// little past 64 (0.46 at 16, 0.43 at 32, 0.42 at 64, 0.41 for whole
// documents, which are 20 paragraphs on average), and a block is at most 64
// of parse.max_paragraph bytes to decompress for one hit (about 11 µs for
// the average block).
const blockParagraphs = 64

// blockStart is the number of the paragraph that stores paragraph n's block.
func blockStart(n int) int { return (n-1)/blockParagraphs*blockParagraphs + 1 }

// blockPara is one paragraph's record in a block.
type blockPara struct {
	Text     string
	Speakers []string
	Mentions []string
	Why      string // the reasons as JSON (fieldReasons reads it)
	Acts     []string
	// SpeakerActs are who did each act, "Wang Yi\x1fexpressed-concern"
	// (speakerActsOf reads them).
	SpeakerActs []string
	Turn        string // readout.Paragraph.Turn: "question", "answer" or ""
}

// The encoder and decoder are safe for concurrent EncodeAll/DecodeAll.
var (
	zEncoder, _ = zstd.NewWriter(nil, zstd.WithEncoderLevel(zstd.SpeedDefault), zstd.WithLowerEncoderMem(true))
	zDecoder, _ = zstd.NewReader(nil, zstd.WithDecoderConcurrency(0), zstd.WithDecoderMaxMemory(64<<20))
)

// A block of a document's paragraphs is a few KB of zstd (a document is 20
// paragraphs on average), too little for zstd to learn the words and
// phrases readouts repeat. A full build therefore trains a zstd dictionary
// on its first blockDictSample bytes of blocks and compresses every block
// with it: at 100k paragraphs the blocks take 15.4 → 12.9 MB
// (docs/BENCHMARKS.md, step 50), as much on blocks the dictionary was not
// trained on (−16%) as on all. The dictionary is a file of the Bleve
// folder (blockDictFile), which an incremental build's clone copies, so
// its new blocks use it too; a reader loads it when it opens the
// generation. (Bleve's internal storage would rewrite it with every
// snapshot it persists: root.bolt grew by 0.9 MB.) A block written without one (an index
// built before, a build too small to train on) carries no dictionary ID
// and is read as before.
const (
	blockDictFile   = "blocks.dict"
	blockDictID     = 1       // in each block's frame header, one byte
	blockDictSample = 1 << 20 // 1 MB: 0.6–1 s of training; 2 MB gained 2% more for 3–4 times the time
	blockDictSize   = 112 << 10
)

// blockCodec compresses and decompresses blocks, with a dictionary or
// without (plainBlocks).
type blockCodec struct {
	dict []byte
	enc  *zstd.Encoder
	dec  *zstd.Decoder
}

var plainBlocks = &blockCodec{enc: zEncoder, dec: zDecoder}

// newBlockCodec is the codec of dictionary dict; plainBlocks when it is
// empty.
func newBlockCodec(dict []byte) (*blockCodec, error) {
	if len(dict) == 0 {
		return plainBlocks, nil
	}
	enc, err := zstd.NewWriter(nil, zstd.WithEncoderLevel(zstd.SpeedDefault), zstd.WithLowerEncoderMem(true), zstd.WithEncoderDict(dict))
	if err != nil {
		return nil, fmt.Errorf("block dictionary: %w", err)
	}
	dec, err := zstd.NewReader(nil, zstd.WithDecoderConcurrency(0), zstd.WithDecoderMaxMemory(64<<20), zstd.WithDecoderDicts(dict))
	if err != nil {
		return nil, fmt.Errorf("block dictionary: %w", err)
	}
	return &blockCodec{dict: dict, enc: enc, dec: dec}, nil
}

// blockCodecOf is the codec of the dictionary in the Bleve folder dir,
// plainBlocks if it has none.
func blockCodecOf(dir string) (*blockCodec, error) {
	dict, err := os.ReadFile(filepath.Join(dir, blockDictFile))
	if errors.Is(err, fs.ErrNotExist) {
		return plainBlocks, nil
	}
	if err != nil {
		return nil, fmt.Errorf("block dictionary: %w", err)
	}
	return newBlockCodec(dict)
}

// trainBlockDict builds a dictionary from samples (serialised blocks,
// blockBytes). Minimum matches of 8 bytes gave smaller blocks than 6
// (12.9 against 13.2 MB at 100k) and trained in half the time.
func trainBlockDict(samples [][]byte) ([]byte, error) {
	return dict.BuildZstdDict(samples, dict.Options{MaxDictSize: blockDictSize, HashBytes: 8, ZstdDictID: blockDictID, ZstdLevel: zstd.SpeedDefault})
}

// encodeBlock compresses ps without a dictionary; decodeBlock reads such
// a block.
func encodeBlock(ps []blockPara) []byte         { return plainBlocks.encode(ps) }
func decodeBlock(b []byte) ([]blockPara, error) { return plainBlocks.decode(b) }

func (c *blockCodec) encode(ps []blockPara) []byte { return c.enc.EncodeAll(blockBytes(ps), nil) }

// blockBytes serialises ps (count, then per paragraph: text, speakers,
// mentions, why, acts, speaker acts, turn; strings and lists
// length-prefixed with uvarints), before compression.
func blockBytes(ps []blockPara) []byte {
	var raw []byte
	raw = binary.AppendUvarint(raw, uint64(len(ps)))
	str := func(s string) {
		raw = binary.AppendUvarint(raw, uint64(len(s)))
		raw = append(raw, s...)
	}
	strs := func(ss []string) {
		raw = binary.AppendUvarint(raw, uint64(len(ss)))
		for _, s := range ss {
			str(s)
		}
	}
	for _, p := range ps {
		str(p.Text)
		strs(p.Speakers)
		strs(p.Mentions)
		str(p.Why)
		strs(p.Acts)
		strs(p.SpeakerActs)
		str(p.Turn)
	}
	return raw
}

var errBadBlock = errors.New("corrupt paragraph block")

// decode is the inverse of encode. The strings share one copy of
// the decompressed block and the lists one backing array, capped, so that
// appending to one never writes into the next: one allocation each instead
// of one per string and per list (of a block's decoding, zstd was 39%, the
// strings 28% and the lists 22%).
func (c *blockCodec) decode(b []byte) ([]blockPara, error) {
	raw, err := c.dec.DecodeAll(b, nil)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", errBadBlock, err)
	}
	all := string(raw)
	pos := 0
	num := func() (int, bool) {
		v, n := binary.Uvarint(raw[pos:])
		if n <= 0 || v > uint64(len(raw)) {
			return 0, false
		}
		pos += n
		return int(v), true
	}
	str := func() (string, bool) {
		n, ok := num()
		if !ok || pos+n > len(raw) {
			return "", false
		}
		s := all[pos : pos+n]
		pos += n
		return s, true
	}
	var lists []string
	strs := func() ([]string, bool) {
		n, ok := num()
		if !ok {
			return nil, false
		}
		if n == 0 {
			return nil, true
		}
		start := len(lists)
		for range n {
			s, ok := str()
			if !ok {
				return nil, false
			}
			lists = append(lists, s)
		}
		return lists[start:len(lists):len(lists)], true
	}
	count, ok := num()
	if !ok || count > blockParagraphs {
		return nil, errBadBlock
	}
	ps := make([]blockPara, count)
	lists = make([]string, 0, 2*count)
	for i := range ps {
		var ok1, ok2, ok3, ok4, ok5, ok6, ok7 bool
		ps[i].Text, ok1 = str()
		ps[i].Speakers, ok2 = strs()
		ps[i].Mentions, ok3 = strs()
		ps[i].Why, ok4 = str()
		ps[i].Acts, ok5 = strs()
		ps[i].SpeakerActs, ok6 = strs()
		ps[i].Turn, ok7 = str()
		if !ok1 || !ok2 || !ok3 || !ok4 || !ok5 || !ok6 || !ok7 {
			return nil, errBadBlock
		}
	}
	if pos != len(raw) {
		return nil, errBadBlock
	}
	return ps, nil
}

// blockCache keeps recently decoded blocks of one generation (which never
// changes), so that paging through a query or opening a hit's document does
// not decompress the same block again.
type blockCache struct {
	codec *blockCodec // the generation's (blockCodecOf)
	mu    sync.Mutex
	max   int
	order *list.List // of blockEntry, most recent first
	byID  map[string]*list.Element
}

type blockEntry struct {
	id string // the ID of the paragraph storing the block
	ps []blockPara
}

// blockCacheSize is in blocks (about 10 KB decoded each).
const blockCacheSize = 2048

func newBlockCache(max int, codec *blockCodec) *blockCache {
	return &blockCache{codec: codec, max: max, order: list.New(), byID: map[string]*list.Element{}}
}

func (c *blockCache) get(id string) ([]blockPara, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.byID[id]
	if !ok {
		return nil, false
	}
	c.order.MoveToFront(e)
	return e.Value.(blockEntry).ps, true
}

func (c *blockCache) put(id string, ps []blockPara) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.byID[id]; ok {
		return
	}
	c.byID[id] = c.order.PushFront(blockEntry{id, ps})
	for c.order.Len() > c.max {
		last := c.order.Back()
		c.order.Remove(last)
		delete(c.byID, last.Value.(blockEntry).id)
	}
}

// paragraphs returns the records of the given paragraph IDs (by ID; a
// paragraph whose block is missing is absent). have holds stored fields
// already loaded for some IDs (a page's hits), whose blk field is used
// rather than read again.
func (c *blockCache) paragraphs(idx bleve.Index, ids []string, have map[string]map[string]any) (map[string]blockPara, error) {
	out := make(map[string]blockPara, len(ids))
	var rdr index.IndexReader
	defer func() {
		if rdr != nil {
			rdr.Close()
		}
	}()
	for _, id := range ids {
		if _, ok := out[id]; ok {
			continue
		}
		docID, n := splitParagraphID(id)
		if n < 1 {
			continue
		}
		start := blockStart(n)
		bid := paragraphID(docID, start)
		ps, ok := c.get(bid)
		if !ok {
			var raw string
			if f, ok := have[bid]; ok {
				raw = fieldString(f[fieldBlock])
			} else {
				if rdr == nil {
					adv, err := idx.Advanced()
					if err != nil {
						return nil, err
					}
					if rdr, err = adv.Reader(); err != nil {
						return nil, err
					}
				}
				var err error
				if raw, err = loadBlock(rdr, bid); err != nil {
					return nil, err
				}
			}
			if raw == "" {
				continue // cannot happen: a document's paragraphs go together
			}
			var err error
			if ps, err = c.codec.decode([]byte(raw)); err != nil {
				return nil, fmt.Errorf("paragraph %s: %w", bid, err)
			}
			c.put(bid, ps)
		}
		if i := n - start; i < len(ps) {
			out[id] = ps[i]
		}
	}
	return out, nil
}

var blockFields = []string{fieldBlock}

// loadBlock reads the stored block of paragraph id ("" when it has none).
func loadBlock(rdr index.IndexReader, id string) (string, error) {
	f, err := loadStored(rdr, id, blockFields)
	if err != nil {
		return "", fmt.Errorf("paragraph %s: %w", id, err)
	}
	return fieldString(f[fieldBlock]), nil
}

// loadStored reads fields of the paragraph with the given ID; nil when
// there is no such paragraph.
func loadStored(rdr index.IndexReader, id string, fields []string) (map[string]any, error) {
	iid, err := rdr.InternalID(id)
	if err != nil || len(iid) == 0 {
		return nil, err
	}
	dm := &search.DocumentMatch{ID: id, IndexInternalID: iid}
	if err, _ := bleve.LoadAndHighlightFields(dm, &bleve.SearchRequest{Fields: fields}, "", rdr, nil); err != nil {
		return nil, err
	}
	if dm.Fields == nil {
		dm.Fields = map[string]any{}
	}
	return dm.Fields, nil
}

// withReader runs fn with a reader of idx.
func withReader[T any](idx bleve.Index, fn func(index.IndexReader) (T, error)) (T, error) {
	var zero T
	adv, err := idx.Advanced()
	if err != nil {
		return zero, err
	}
	rdr, err := adv.Reader()
	if err != nil {
		return zero, err
	}
	defer rdr.Close()
	return fn(rdr)
}
