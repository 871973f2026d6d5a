package index

import (
	"encoding/binary"
	"errors"
	"fmt"
	"path/filepath"
	"sync"
	"sync/atomic"
	"unsafe"

	index "github.com/blevesearch/bleve_index_api"
)

// Zap, Bleve's segment format, writes a term's locations as a chunk of
// varints per 1,024 postings: for each posting the byte length of its
// locations, then for each occurrence field, position, start, end and the
// count of array positions. Start and end are zero here (analysis.go, step
// 17), there are no array positions and the field is the same in every
// record of a chunk, so four of the five bytes of a record say nothing: at
// 100k paragraphs 21 of the index's 67 MB were such bytes (cmd/zapsize;
// docs/BENCHMARKS.md, step 33). Zap cannot be told to leave them out, but
// it lets its user process every piece of a segment it writes and reads
// (zapx v17 file_callbacks.go: a writer hook and a reader hook, meant for
// encryption). zapCompress uses them to write a location chunk as the
// field once and, per posting, its positions as deltas, a bit of each
// marking the posting's last; zapDecompress writes the chunk back byte for byte
// when zap reads it, a loop of a few comparisons per byte. Every other
// piece (postings bitmaps, frequencies and norms, dictionaries, stored
// fields, doc values) is written as it was, behind one flag byte, and read
// in place without a copy. zstd was tried instead (step 33): smaller still
// for the titles, but it made every query a quarter slower.
//
// The writer never has to know what a piece is: any piece that parses as
// a location chunk of that shape is transformed, and kept so only if
// turning it back gives the same bytes and it got shorter; a piece that
// merely looks like one therefore also comes back unchanged.
//
// Every zap file written by this process carries the writer ID
// zapCodecID in its footer, and zap hands that ID to the reader hook, so a
// segment written before this codec (ID "") is still read as it is. The
// hooks are Bleve's globals: they are set when this package is loaded,
// before any index is opened, and they apply to every zap segment the
// process writes.
//
// On a Bleve upgrade, re-check that zap still calls the writer hook for
// persisted segments only (in-memory segments are read with ID ""), passes
// the footer's ID to the reader hook, passes the segment file's path to
// the writer hook (rawSegments keys on its folder), persists an in-memory
// segment by copying its bytes when the writer's ID is "" too, and writes
// locations as described;
// TestZapCodec and every test that builds an index fail if not, and
// cmd/zapsize shows whether the transform still applies.
//
// Frequencies and norms (step 35) are a chunk of uvarints per 1,024
// postings: per posting its frequency (shifted, a bit saying whether it has
// locations) and, in a field with norms, the field's length. The title is
// indexed in every paragraph, so a title word's chunk repeats one pair per
// paragraph of each document holding it, and a keyword field (year, day,
// source) writes the pair (1, 1) for every paragraph: at 100k 3.3 of the
// 9.4 MB of frequencies and norms. encodeRuns writes such a chunk with runs
// of equal values counted; text chunks, where the length changes from one
// paragraph to the next, do not shrink and stay as they are.
//
// A piece written as it was needs its flag byte only when its first byte
// could be read as a flag (below zapFlags): a stored document's two
// pieces begin with the _id's length and its first letter, a postings
// bitmap with roaring's cookie, so most are written without one
// (docs/BENCHMARKS.md, step 49).
const zapCodecID = "readouts-zap-3"

// zapCodecRunsID is the writer ID of step 35's codec, which flagged every
// piece; zapCodecLocsID step 33's, which wrote zapRaw and zapLocs pieces
// only. Their segments are read as this codec's, except that a first
// byte of zapFlags or more is no piece of theirs.
const (
	zapCodecRunsID = "readouts-zap-2"
	zapCodecLocsID = "readouts-locs-1"
)

const (
	zapRaw = 0 // the piece follows as written
	// zapLocs: uvarint length of the piece, uvarint field, then per
	// posting its positions as uvarint delta<<1, the low bit set on the
	// posting's last (most postings hold one position under 64: one byte)
	zapLocs = 1
	// zapRuns: uvarint length of the piece, the unit k (1 or 2 uvarints),
	// then per run of equal units the unit's first value as uvarint
	// v<<1, the low bit set when the run repeats, its other values as
	// written, and for a repeated run uvarint count-2.
	zapRuns = 2
	// zapFlags: a piece whose first byte is this or more has no flag byte
	// and follows as written.
	zapFlags = 3
)

func init() {
	index.WriterHook = func(path []byte) (string, func([]byte) []byte, error) {
		if rawSegments.has(filepath.Dir(string(path))) {
			rawSegments.written.Add(1)
			return "", nil, nil // zap's own format: read with ID "", merged by copying
		}
		return zapCodecID, zapCompress, nil
	}
	index.ReaderHook = func(id string, _ []byte) (func([]byte) ([]byte, error), error) {
		switch id {
		case "":
			return nil, nil // written without a hook: read as is
		case zapCodecID:
			seg := zapSegments.Add(1)
			return func(data []byte) ([]byte, error) { return zapDecompressCached(seg, data) }, nil
		case zapCodecRunsID, zapCodecLocsID:
			seg := zapSegments.Add(1)
			return func(data []byte) ([]byte, error) {
				if len(data) > 0 && data[0] >= zapFlags {
					return nil, errZapPiece // every piece had its flag
				}
				return zapDecompressCached(seg, data)
			}, nil
		}
		return nil, fmt.Errorf("zap segment written with codec %q, this build reads %q", id, zapCodecID)
	}
}

// rawSegments are the store folders of full builds under way whose
// segments are written without the codec, in zap's own format (ID ""),
// until their last batch (writeBatches, build_write.go). A full build
// writes each paragraph's postings several times before its final merge:
// the persister writes every batch's segment, scorch's merger merges
// them, several times over at a million paragraphs, then the final merge
// (mergeSegments) once more. With the codec, zap rewrites each in-memory
// segment to persist it (PersistSegmentBase: the segment was built with
// ID "") and decodes and re-encodes every posting in each merge, copying
// no bytes (its copyFlag is false whenever a writer or a reader has an
// ID). Without it, the persister writes the segment's bytes as they are
// and the merges copy the frequencies, locations and stored fields of
// each posting and document. The segments published are still all the
// codec's: the last batch is indexed after its folder leaves this set,
// and every later segment file, the final merge's among them, is
// written with the codec (docs/BENCHMARKS.md, step 52).
var rawSegments = &rawStores{dirs: map[string]int{}}

type rawStores struct {
	mu      sync.Mutex
	dirs    map[string]int // store folder → builds writing it raw
	written atomic.Int64   // segment files written raw, for the tests
}

// add puts dir (a Bleve index folder) in the set; the func it returns
// takes it out again and may be called more than once.
func (r *rawStores) add(dir string) (done func()) {
	store := filepath.Join(dir, "store")
	r.mu.Lock()
	r.dirs[store]++
	r.mu.Unlock()
	var once sync.Once
	return func() {
		once.Do(func() {
			r.mu.Lock()
			if r.dirs[store]--; r.dirs[store] <= 0 {
				delete(r.dirs, store)
			}
			r.mu.Unlock()
		})
	}
}

func (r *rawStores) has(store string) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.dirs[store] > 0
}

// zapCompress is the writer hook's processor.
func zapCompress(data []byte) []byte {
	if out := encodeLocs(data); out != nil {
		return out
	}
	if out := encodeRuns(data); out != nil {
		return out
	}
	if len(data) > 0 && data[0] >= zapFlags {
		return append([]byte(nil), data...) // no flag needed
	}
	out := make([]byte, 1+len(data))
	out[0] = zapRaw
	copy(out[1:], data)
	return out
}

// encodeLocs returns data as a zapLocs piece, flag byte first, or nil if
// data is not a location chunk of the shape above or would not shrink.
// Every varint must be written minimally, as zap writes them, so that
// decodeLocs gives back the same bytes (FuzzZapCodec checks it); it runs
// on every piece a build writes, so it makes one pass and writes as it
// reads.
func encodeLocs(data []byte) []byte {
	if len(data) < 8 {
		return nil
	}
	out := make([]byte, 1, len(data))
	out[0] = zapLocs
	out = binary.AppendUvarint(out, uint64(len(data)))
	field := uint64(1 << 63) // not seen yet
	for p := 0; p < len(data); {
		size, n := binary.Uvarint(data[p:])
		if n <= 0 || n != uvarintLen(size) || size == 0 || size > uint64(len(data)-p-n) {
			return nil
		}
		p += n
		end := p + int(size)
		prev := uint64(0)
		for first := true; p < end; first = false {
			var v [5]uint64 // field, position, start, end, array positions
			for i := range v {
				x, n := binary.Uvarint(data[p:end])
				if n <= 0 || n != uvarintLen(x) {
					return nil
				}
				v[i] = x
				p += n
			}
			if v[2] != 0 || v[3] != 0 || v[4] != 0 || v[1] < prev || !first && v[1] == prev || v[1] > 1<<32 {
				return nil
			}
			if field == 1<<63 {
				field = v[0]
				out = binary.AppendUvarint(out, field)
			} else if v[0] != field {
				return nil
			}
			last := uint64(0)
			if p == end {
				last = 1
			}
			out = binary.AppendUvarint(out, (v[1]-prev)<<1|last)
			prev = v[1]
			if len(out) >= len(data) {
				return nil
			}
		}
	}
	return out
}

var errZapPiece = errors.New("zap piece: bad codec header")

// zapDecompress is the reader hook's processor. A raw piece is returned
// in place (the segment's memory map), a location chunk written back into
// a new slice zap keeps for as long as it reads it.
func zapDecompress(data []byte) ([]byte, error) {
	if len(data) == 0 {
		return data, nil // zap skips empty chunks when writing: never processed
	}
	switch data[0] {
	case zapRaw:
		return data[1:], nil
	case zapLocs:
		return decodeLocs(data[1:])
	case zapRuns:
		return decodeRuns(data[1:])
	}
	return data, nil // zapFlags or more: written as it was, without a flag
}

// decodeLocs turns the body of a zapLocs piece back into zap's chunk. It
// runs whenever a query reads a chunk of locations (every term searcher
// asks for them: snippets and phrases), so it writes into one slice of
// the size the header gives, by index, with a fast path for the one-byte
// varints that most positions and posting lengths are.
func decodeLocs(in []byte) ([]byte, error) {
	size, n := binary.Uvarint(in)
	if n <= 0 || size > 1<<31 {
		return nil, errZapPiece
	}
	in = in[n:]
	field, n := binary.Uvarint(in)
	if n <= 0 {
		return nil, errZapPiece
	}
	in = in[n:]
	var fb [binary.MaxVarintLen64]byte
	fieldBytes := binary.PutUvarint(fb[:], field)
	// Each byte of a position gives at most a record and a posting length:
	// a larger size is a corrupt header, not something to allocate.
	if size > uint64(len(in))*uint64(fieldBytes+2*binary.MaxVarintLen64+3) {
		return nil, errZapPiece
	}
	out := make([]byte, size)
	o := 0
	// room is how many bytes are left in out; every write checks it, so a
	// corrupt piece is an error, never a panic.
	for len(in) > 0 {
		// The posting's byte length comes first. It is one byte unless the
		// posting holds many positions: one byte is kept for it, and the
		// records moved along in the rare case it needs more.
		lenAt := o
		o++
		pos := uint64(0)
		for {
			var v uint64
			if len(in) > 0 && in[0] < 0x80 {
				v = uint64(in[0])
				in = in[1:]
			} else {
				var n int
				v, n = binary.Uvarint(in)
				if n <= 0 || v>>1 > 1<<32 { // positions are uint32 in Bleve
					return nil, errZapPiece
				}
				in = in[n:]
			}
			pos += v >> 1
			need := fieldBytes + uvarintLen(pos) + 3
			if o+need > len(out) {
				return nil, errZapPiece
			}
			o += copy(out[o:], fb[:fieldBytes])
			o += binary.PutUvarint(out[o:], pos)
			out[o], out[o+1], out[o+2] = 0, 0, 0 // start, end, no array positions
			o += 3
			if v&1 == 1 {
				break
			}
		}
		length := uint64(o - lenAt - 1)
		if lenAt >= len(out) {
			return nil, errZapPiece
		}
		if length < 0x80 {
			out[lenAt] = byte(length)
			continue
		}
		extra := uvarintLen(length) - 1
		if o+extra > len(out) {
			return nil, errZapPiece
		}
		copy(out[lenAt+1+extra:], out[lenAt+1:o])
		binary.PutUvarint(out[lenAt:], length)
		o += extra
	}
	if o != len(out) {
		return nil, fmt.Errorf("zap piece: %d bytes, header says %d", o, size)
	}
	return out, nil
}

// encodeRuns returns data as a zapRuns piece, flag byte first, or nil if
// data is not a sequence of minimal uvarints, is larger than zapRunsMax or
// would not shrink. Runs of pairs (frequency and norm) are tried, then runs
// of single values (a field without norms: frequencies alone), and the
// shorter kept.
func encodeRuns(data []byte) []byte {
	if len(data) < 4 || len(data) > zapRunsMax {
		return nil
	}
	var best []byte
	for _, k := range []int{2, 1} {
		limit := len(data)
		if best != nil {
			limit = len(best)
		}
		if out := appendRuns(data, k, limit); out != nil {
			best = out
		}
	}
	return best
}

// zapRunsMax bounds a zapRuns piece, written or read: a chunk of
// frequencies and norms holds about 1,024 postings of a few bytes each, and
// the bound keeps a corrupt header from asking for gigabytes.
const zapRunsMax = 1 << 22

// appendRuns writes data, read as units of k uvarints, as a zapRuns piece,
// or returns nil if it does not parse so or reaches limit bytes. It gives
// up, too, when the first quarter of data has not shrunk: every piece a
// build writes is tried, and the text's frequencies, the stored fields and
// the dictionaries, which never shrink, were read to their end twice (5%
// of a build's CPU; docs/BENCHMARKS.md, step 44). A chunk that shrinks
// does so from its start: a title word's first document, a keyword's first
// paragraphs.
func appendRuns(data []byte, k, limit int) []byte {
	out := make([]byte, 1, limit)
	out[0] = zapRuns
	out = binary.AppendUvarint(out, uint64(len(data)))
	out = append(out, byte(k))
	header, quarter := len(out), len(data)/4
	var unit, next [2]uint64
	for p := 0; p < len(data); {
		q, ok := readUnit(data, p, k, &unit)
		if !ok || unit[0] >= 1<<63 {
			return nil
		}
		count := uint64(1)
		for q < len(data) {
			r, ok := readUnit(data, q, k, &next)
			if !ok || next != unit {
				break // a unit that does not parse fails on the next turn
			}
			count++
			q = r
		}
		repeat := uint64(0)
		if count > 1 {
			repeat = 1
		}
		out = binary.AppendUvarint(out, unit[0]<<1|repeat)
		if k == 2 {
			out = binary.AppendUvarint(out, unit[1])
		}
		if count > 1 {
			out = binary.AppendUvarint(out, count-2)
		}
		if len(out) >= limit || q >= quarter && len(out)-header >= q {
			return nil
		}
		p = q
	}
	return out
}

// readUnit reads k minimal uvarints at data[p:] into unit and returns
// where the next unit starts; ok is false if they are not there.
func readUnit(data []byte, p, k int, unit *[2]uint64) (int, bool) {
	*unit = [2]uint64{}
	for i := 0; i < k; i++ {
		x, n := binary.Uvarint(data[p:])
		if n <= 0 || n != uvarintLen(x) {
			return 0, false
		}
		unit[i] = x
		p += n
	}
	return p, true
}

// decodeRuns turns the body of a zapRuns piece back into zap's chunk. It
// runs when a query reads the frequencies of a title or keyword term.
func decodeRuns(in []byte) ([]byte, error) {
	size, n := binary.Uvarint(in)
	if n <= 0 || size > zapRunsMax || len(in) < n+1 {
		return nil, errZapPiece
	}
	k := int(in[n])
	in = in[n+1:]
	if k != 1 && k != 2 {
		return nil, errZapPiece
	}
	out := make([]byte, 0, size)
	var unit [2]uint64 // k values, the first with its repeat bit
	for len(in) > 0 {
		for i := 0; i < k; i++ {
			x, n := binary.Uvarint(in)
			if n <= 0 {
				return nil, errZapPiece
			}
			in = in[n:]
			unit[i] = x
		}
		repeat := unit[0]&1 == 1
		unit[0] >>= 1
		count := uint64(1)
		if repeat {
			c, n := binary.Uvarint(in)
			if n <= 0 || c > size {
				return nil, errZapPiece
			}
			in = in[n:]
			count = c + 2
		}
		start := len(out)
		for i := 0; i < k; i++ {
			out = binary.AppendUvarint(out, unit[i])
		}
		w := len(out) - start
		if uint64(len(out))+(count-1)*uint64(w) > size {
			return nil, errZapPiece
		}
		for c := uint64(1); c < count; c++ {
			out = append(out, out[start:start+w]...)
		}
	}
	if uint64(len(out)) != size {
		return nil, fmt.Errorf("zap piece: %d bytes, header says %d", len(out), size)
	}
	return out, nil
}

func uvarintLen(x uint64) int {
	n := 1
	for x >= 0x80 {
		x >>= 7
		n++
	}
	return n
}

// Decoded location chunks are kept, up to zapCacheBytes, so that the
// chunks of frequent words are not decoded again by every query that
// reads them: without it the bench's queries were a fifth slower than on
// an index written without the codec (docs/BENCHMARKS.md, step 33).
// 256 MB, not the 64 MB of step 33: at a million paragraphs the bench's
// 600 queries read 159 MB of decoded chunks, and with 64 MB under random
// eviction 58% of reads decoded again, 250 MB per pass of the mix, a
// quarter of the queries' CPU (step 38). A
// chunk is known by its segment (one number per segment opened) and its
// address and length in that segment's memory map, which do not change
// while the segment is open; the entries of a closed segment are never
// asked for again and leave as others come in. Zap only reads what the
// reader hook returns, so a decoded chunk is shared between queries.
const (
	zapCacheBytes  = 256 << 20
	zapCacheShards = 16
	zapCacheMin    = 256 // smaller chunks decode in less time than a lookup saves
)

var zapSegments atomic.Uint64

type zapCacheKey struct {
	seg  uint64
	addr uintptr
	n    int
}

type zapCacheShard struct {
	mu    sync.Mutex
	m     map[zapCacheKey][]byte
	bytes int
}

var zapCache [zapCacheShards]zapCacheShard

// zapDecompressCached is zapDecompress with decoded chunks of segment seg
// kept in zapCache.
func zapDecompressCached(seg uint64, data []byte) ([]byte, error) {
	if len(data) == 0 || data[0] == zapRaw || data[0] >= zapFlags {
		return zapDecompress(data)
	}
	key := zapCacheKey{seg: seg, addr: uintptr(unsafe.Pointer(unsafe.SliceData(data))), n: len(data)}
	sh := &zapCache[(key.addr>>4)%zapCacheShards]
	sh.mu.Lock()
	out, ok := sh.m[key]
	sh.mu.Unlock()
	if ok {
		return out, nil
	}
	out, err := zapDecompress(data)
	if err != nil || len(out) < zapCacheMin {
		return out, err
	}
	sh.mu.Lock()
	if sh.m == nil {
		sh.m = map[zapCacheKey][]byte{}
	}
	if _, ok := sh.m[key]; !ok {
		sh.m[key] = out
		sh.bytes += len(out)
		// Over budget: drop entries in map order (random) down to three
		// quarters, so that eviction runs once per many insertions.
		const budget = zapCacheBytes / zapCacheShards
		if sh.bytes > budget {
			for k, v := range sh.m {
				if sh.bytes <= budget*3/4 {
					break
				}
				delete(sh.m, k)
				sh.bytes -= len(v)
			}
		}
	}
	sh.mu.Unlock()
	return out, nil
}
