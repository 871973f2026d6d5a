package index

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math/bits"
	"strings"
)

// releases.bin holds every document's releaseDoc for the next build. It
// was releases.gob until step 35 (docs/BENCHMARKS.md): gob writes each
// sketch value as a length byte and four bytes, 640 of a document's 744
// bytes, 3.7 MB at 100k paragraphs. A sketch is the 128 smallest of a
// document's shingle hashes, ascending, so the gaps between them are
// about 2^32/shingles; they are written Rice-coded (the low k bits as
// they are, the rest in unary, k chosen per sketch), about three bytes a
// value. Documents come in ID order, so an ID is written as the length of
// the prefix it shares with the one before and the rest.
//
// The layout, after releaseMagic and releaseFileVersion:
//
//	uvarint documents
//	per document:
//	  uvarint shared prefix, string rest of the ID
//	  string title, string date, string published (uvarint length, bytes)
//	  varint day (-1: undated; before 1970 negative)
//	  uvarint sketch values; if any: byte k, uvarint bytes, the bits
const (
	releaseMagic       = "RLS"
	releaseFileVersion = 1
)

var errReleaseFile = errors.New("malformed")

// encodeReleases writes docs, which must be sorted by ID, in the layout
// above. A sketch that is not strictly ascending is an error: it could not
// be written as gaps.
func encodeReleases(docs []releaseDoc) ([]byte, error) {
	// about 500 bytes a document: grown by append, 24 MB at 1M paragraphs
	// were copied over and over
	out := make([]byte, 0, len(releaseMagic)+16+len(docs)*512)
	out = append(out, releaseMagic...)
	out = append(out, releaseFileVersion)
	out = binary.AppendUvarint(out, uint64(len(docs)))
	str := func(s string) {
		out = binary.AppendUvarint(out, uint64(len(s)))
		out = append(out, s...)
	}
	prev := ""
	for i := range docs {
		d := &docs[i]
		shared := commonPrefix(prev, d.ID)
		out = binary.AppendUvarint(out, uint64(shared))
		str(d.ID[shared:])
		prev = d.ID
		str(d.Title)
		str(d.Date)
		str(d.Published)
		out = binary.AppendVarint(out, int64(d.Day))
		var err error
		if out, err = appendSketch(out, d.Sketch); err != nil {
			return nil, fmt.Errorf("%s: %w", d.ID, err)
		}
	}
	return out, nil
}

func commonPrefix(a, b string) int {
	n := min(len(a), len(b))
	for i := 0; i < n; i++ {
		if a[i] != b[i] {
			return i
		}
	}
	return n
}

// appendSketch writes s Rice-coded: the first value and then each gap
// less one (values are distinct), with the k that makes it shortest.
func appendSketch(out []byte, s []uint32) ([]byte, error) {
	out = binary.AppendUvarint(out, uint64(len(s)))
	if len(s) == 0 {
		return out, nil
	}
	gaps := make([]uint32, len(s))
	gaps[0] = s[0]
	for i := 1; i < len(s); i++ {
		if s[i] <= s[i-1] {
			return nil, fmt.Errorf("sketch not ascending at %d", i)
		}
		gaps[i] = s[i] - s[i-1] - 1
	}
	bestK, bestBits := 0, uint64(1<<63)
	for k := 0; k < 32; k++ {
		n := uint64(0)
		for _, g := range gaps {
			n += uint64(g>>k) + 1 + uint64(k)
		}
		if n < bestBits {
			bestK, bestBits = k, n
		}
	}
	w := bitWriter{buf: make([]byte, 0, (bestBits+7)/8)}
	for _, g := range gaps {
		w.unary(g >> bestK)
		w.bits(g, bestK)
	}
	body := w.flush()
	out = append(out, byte(bestK))
	out = binary.AppendUvarint(out, uint64(len(body)))
	return append(out, body...), nil
}

// decodeReleases reads what encodeReleases wrote.
func decodeReleases(b []byte) ([]releaseDoc, error) {
	if !bytes.HasPrefix(b, []byte(releaseMagic)) || len(b) < len(releaseMagic)+1 {
		return nil, fmt.Errorf("%w: no %q header", errReleaseFile, releaseMagic)
	}
	if v := b[len(releaseMagic)]; v != releaseFileVersion {
		return nil, fmt.Errorf("version %d, want %d", v, releaseFileVersion)
	}
	r := releaseReader{b: b[len(releaseMagic)+1:]}
	n := r.uvarint()
	if n > uint64(len(r.b)) { // every document takes bytes
		return nil, fmt.Errorf("%w: %d documents in %d bytes", errReleaseFile, n, len(r.b))
	}
	docs := make([]releaseDoc, 0, n)
	prev := ""
	for i := uint64(0); i < n && r.err == nil; i++ {
		var d releaseDoc
		shared := r.uvarint()
		rest := r.str()
		if shared > uint64(len(prev)) {
			r.fail()
			break
		}
		d.ID = prev[:shared] + rest
		prev = d.ID
		d.Title, d.Date, d.Published = r.str(), r.str(), r.str()
		d.Day = int(r.varint())
		d.Sketch = r.sketch()
		docs = append(docs, d)
	}
	if r.err == nil && len(r.b) > 0 {
		r.fail()
	}
	if r.err != nil {
		return nil, fmt.Errorf("document %d: %w", len(docs)+1, r.err)
	}
	return docs, nil
}

// releaseReader reads the layout; its first error sticks and every read
// after it returns zero values.
type releaseReader struct {
	b   []byte
	err error
}

func (r *releaseReader) fail() {
	if r.err == nil {
		r.err = errReleaseFile
	}
	r.b = nil
}

func (r *releaseReader) uvarint() uint64 {
	x, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return x
}

// varint reads what binary.AppendVarint wrote (zig-zag).
func (r *releaseReader) varint() int64 {
	ux := r.uvarint()
	x := int64(ux >> 1)
	if ux&1 != 0 {
		x = ^x
	}
	return x
}

func (r *releaseReader) bytes(n uint64) []byte {
	if n > uint64(len(r.b)) {
		r.fail()
		return nil
	}
	out := r.b[:n]
	r.b = r.b[n:]
	return out
}

func (r *releaseReader) str() string {
	return strings.Clone(string(r.bytes(r.uvarint())))
}

func (r *releaseReader) sketch() []uint32 {
	n := r.uvarint()
	if n == 0 || r.err != nil {
		return nil
	}
	if n > sketchSize*64 { // sketches hold sketchSize values
		r.fail()
		return nil
	}
	k := r.bytes(1)
	size := r.uvarint()
	body := r.bytes(size)
	if r.err != nil || k[0] > 31 {
		r.fail()
		return nil
	}
	br := bitReader{buf: body}
	out := make([]uint32, n)
	v := uint64(0)
	for i := range out {
		g := br.unary()<<k[0] | br.bits(int(k[0]))
		if i > 0 {
			g += v + 1
		}
		if br.bad || g > 1<<32-1 {
			r.fail()
			return nil
		}
		out[i], v = uint32(g), g
	}
	return out
}

// bitWriter appends bits to buf, lowest first within a byte, through a
// 64-bit accumulator.
type bitWriter struct {
	buf []byte
	acc uint64
	n   int // bits in acc, under 8 between calls
}

// put writes the low k (at most 32) bits of x.
func (w *bitWriter) put(x uint64, k int) {
	w.acc |= (x & (1<<k - 1)) << w.n
	w.n += k
	for w.n >= 8 {
		w.buf = append(w.buf, byte(w.acc))
		w.acc >>= 8
		w.n -= 8
	}
}

// unary writes q as q ones and a zero.
func (w *bitWriter) unary(q uint32) {
	for ; q >= 32; q -= 32 {
		w.put(1<<32-1, 32)
	}
	w.put(1<<q-1, int(q)+1)
}

// bits writes the low k bits of x.
func (w *bitWriter) bits(x uint32, k int) { w.put(uint64(x), k) }

// flush writes the last, partial byte.
func (w *bitWriter) flush() []byte {
	if w.n > 0 {
		w.buf = append(w.buf, byte(w.acc))
		w.acc, w.n = 0, 0
	}
	return w.buf
}

// bitReader reads what bitWriter wrote; reading past the end sets bad.
type bitReader struct {
	buf []byte
	pos int // in bits
	bad bool
}

// unary reads ones up to a zero, a byte at a time.
func (r *bitReader) unary() uint64 {
	q := uint64(0)
	for {
		if r.pos >= len(r.buf)*8 {
			r.bad = true
			return q
		}
		b := r.buf[r.pos>>3] >> (r.pos & 7) // the bits above are zero
		avail := 8 - r.pos&7
		ones := bits.TrailingZeros8(^b)
		if ones < avail {
			r.pos += ones + 1
			return q + uint64(ones)
		}
		q += uint64(avail)
		r.pos += avail
	}
}

// bits reads k bits, lowest first, a byte at a time.
func (r *bitReader) bits(k int) uint64 {
	x := uint64(0)
	for got := 0; got < k; {
		if r.pos >= len(r.buf)*8 {
			r.bad = true
			return x
		}
		b := uint64(r.buf[r.pos>>3] >> (r.pos & 7))
		take := min(8-r.pos&7, k-got)
		x |= (b & (1<<take - 1)) << got
		got += take
		r.pos += take
	}
	return x
}
