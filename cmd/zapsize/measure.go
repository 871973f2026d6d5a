package main

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/RoaringBitmap/roaring/v2"
	index "github.com/blevesearch/bleve_index_api"
	"github.com/blevesearch/vellum"
	zap "github.com/blevesearch/zapx/v17"
	"github.com/golang/snappy"
)

// The layout read here is zap v17's (its zap.md and the readers in
// segment.go, posting.go, docvalues.go and read.go):
//
//   - sections index: uvarint field count, then one big-endian uint64
//     address per field; at it: uvarint name length, name, uvarint
//     indexing options, uvarint section count, then (uint16 section type,
//     uint64 address) pairs;
//   - an inverted text section: uvarint doc-values start and end
//     (MaxUint64 when none), uvarint address of the dictionary: uvarint
//     length, then the vellum FST of term -> postings address;
//   - a postings address is either a 1-hit encoding (the document and
//     norm in the FST value itself) or points at uvarint freq/norm
//     address, uvarint locations address (0: none), uvarint bitmap
//     length, roaring bitmap;
//   - freq/norm and locations are chunked int coders: uvarint chunk
//     count, uvarint end offset of each chunk, then the chunks.
//   - stored fields: per document uvarint metadata length, uvarint data
//     length, metadata, then the raw _id followed by the snappy-compressed
//     values; then one uint64 offset per document.
const (
	zapVersion         = 17
	fieldNotUninverted = math.MaxUint64
	termNotEncoded     = 0
)

// fieldSize is what one field costs in a segment.
type fieldSize struct {
	name       string
	options    index.FieldIndexingOptions
	terms      int
	oneHit     int   // terms whose single posting is in the FST value
	postings   int64 // documents over all terms' postings
	dict       int64 // vellum FST
	bitmaps    int64 // postings headers and roaring bitmaps
	freqNorm   int64
	locations  int64
	docValues  int64
	locs       int64 // location records (term occurrences with positions)
	posBytes   int64 // of the location bytes, those holding the positions themselves
	stored     int64 // uncompressed stored values
	storedMeta int64 // per stored value: field, type, offset, length, array positions
	storedN    int64 // stored values
	top        []termSize
}

func (f *fieldSize) indexed() int64 {
	return f.dict + f.bitmaps + f.freqNorm + f.locations + f.docValues
}

type termSize struct {
	term  string
	docs  uint64
	bytes int64
}

// report is one segment's breakdown.
type report struct {
	path      string
	codec     string // the writer hook's ID in the footer; "" for none
	piece     func([]byte) ([]byte, error)
	size      int64
	docs      uint64
	fields    []*fieldSize
	idBytes   int64 // the raw _id values in the stored fields
	snappy    int64 // compressed stored values (all fields but _id)
	valsDisk  int64 // the values as on disk (_id and snappy, after the writer hook)
	metaDisk  int64 // the metadata as on disk
	docHeader int64 // the two uvarints before each document's stored fields
	storedIdx int64 // one uint64 per document
	rest      int64 // sections index and info, footer, anything not counted above
}

// segmentFiles lists the zap files of a generation folder (its store/),
// or the one file given.
func segmentFiles(path string) ([]string, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !st.IsDir() {
		return []string{path}, nil
	}
	for _, dir := range []string{filepath.Join(path, "bleve", "store"), filepath.Join(path, "store"), path} {
		files, err := filepath.Glob(filepath.Join(dir, "*.zap"))
		if err != nil {
			return nil, err
		}
		if len(files) > 0 {
			sort.Strings(files)
			return files, nil
		}
	}
	return nil, fmt.Errorf("%s: no *.zap files in it or in its store/", path)
}

func measure(path, topField string, topN int) (*report, error) {
	seg, err := (&zap.ZapPlugin{}).Open(path)
	if err != nil {
		return nil, fmt.Errorf("open: %w", err)
	}
	defer seg.Close()
	s, ok := seg.(*zap.Segment)
	if !ok {
		return nil, fmt.Errorf("not a zap v%d segment (%T)", zapVersion, seg)
	}
	if s.Version() != zapVersion {
		return nil, fmt.Errorf("zap version %d, this tool reads %d", s.Version(), zapVersion)
	}
	data := s.Data()
	r := &report{path: path, size: int64(len(data)), docs: s.NumDocs()}
	r.size, err = fileSize(path)
	if err != nil {
		return nil, err
	}
	if r.codec, r.piece, err = pieceReader(path); err != nil {
		return nil, err
	}
	byName := map[string]*fieldSize{}
	if err := r.readFields(data, s.SectionsIndexOffset(), byName, topField, topN); err != nil {
		return nil, err
	}
	if err := r.readStored(s, data, byName); err != nil {
		return nil, err
	}
	for _, f := range r.fields {
		if f.locations > 0 {
			if err := f.countPositions(s); err != nil {
				return nil, err
			}
		}
	}
	var counted int64
	for _, f := range r.fields {
		counted += f.indexed()
	}
	counted += r.valsDisk + r.metaDisk + r.docHeader + r.storedIdx
	r.rest = r.size - counted
	return r, nil
}

// pieceReader reads the writer hook's ID from the footer of the zap file
// (zap v17's segment.go: the ID's bytes, then its uint32 length, just
// before the three uint64 offsets, chunk mode, version and CRC) and asks
// the reader hook for the processor zap would use.
func pieceReader(path string) (string, func([]byte) ([]byte, error), error) {
	f, err := os.Open(path)
	if err != nil {
		return "", nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return "", nil, err
	}
	const tail = 4 + 8*3 + 4*3 // id length, offsets, chunk mode, version, CRC
	if st.Size() < tail {
		return "", nil, fmt.Errorf("%d bytes: too short for a zap footer", st.Size())
	}
	var lb [4]byte
	if _, err := f.ReadAt(lb[:], st.Size()-tail); err != nil {
		return "", nil, err
	}
	n := int64(binary.BigEndian.Uint32(lb[:]))
	if n > st.Size()-tail {
		return "", nil, fmt.Errorf("writer ID of %d bytes in a file of %d", n, st.Size())
	}
	id := make([]byte, n)
	if _, err := f.ReadAt(id, st.Size()-tail-n); err != nil {
		return "", nil, err
	}
	if len(id) == 0 || index.ReaderHook == nil {
		return string(id), nil, nil
	}
	proc, err := index.ReaderHook(string(id), []byte(path))
	return string(id), proc, err
}

func fileSize(path string) (int64, error) {
	st, err := os.Stat(path)
	if err != nil {
		return 0, err
	}
	return st.Size(), nil
}

// reader reads zap's integers from the segment's bytes, remembering the
// first error (a truncated or foreign file).
type reader struct {
	data []byte
	err  error
	// piece undoes what the writer's hook did to a piece of the file (the
	// footer names the hook; internal/index installs Readouts' codec,
	// zapcodec.go); nil when the file was written without one.
	piece func([]byte) ([]byte, error)
}

// open returns a piece of the file as zap reads it.
func (r *reader) open(b []byte) []byte {
	if r.err != nil || r.piece == nil {
		return b
	}
	out, err := r.piece(b)
	if err != nil {
		r.err = err
		return nil
	}
	return out
}

func (r *reader) uvarint(pos uint64) (uint64, uint64) {
	if r.err != nil || pos >= uint64(len(r.data)) {
		r.fail(pos)
		return 0, 0
	}
	v, n := binary.Uvarint(r.data[pos:])
	if n <= 0 {
		r.fail(pos)
		return 0, 0
	}
	return v, uint64(n)
}

func (r *reader) uint64be(pos uint64) uint64 {
	if r.err != nil || pos+8 > uint64(len(r.data)) {
		r.fail(pos)
		return 0
	}
	return binary.BigEndian.Uint64(r.data[pos:])
}

func (r *reader) uint16be(pos uint64) uint16 {
	if r.err != nil || pos+2 > uint64(len(r.data)) {
		r.fail(pos)
		return 0
	}
	return binary.BigEndian.Uint16(r.data[pos:])
}

func (r *reader) bytes(pos, n uint64) []byte {
	if r.err != nil || pos+n > uint64(len(r.data)) || pos+n < pos {
		r.fail(pos)
		return nil
	}
	return r.data[pos : pos+n]
}

func (r *reader) fail(pos uint64) {
	if r.err == nil {
		r.err = fmt.Errorf("corrupt or unexpected layout at offset %d", pos)
	}
}

// chunked is the size of a chunked int coder at pos: its header and its
// chunks (the last end offset).
func (r *reader) chunked(pos uint64) int64 {
	count, n := r.uvarint(pos)
	size := n
	var end uint64
	for i := uint64(0); i < count && r.err == nil; i++ {
		var m uint64
		end, m = r.uvarint(pos + size)
		size += m
	}
	return int64(size + end)
}

func (rep *report) readFields(data []byte, sectionsIndex uint64, byName map[string]*fieldSize, topField string, topN int) error {
	r := &reader{data: data, piece: rep.piece}
	if sectionsIndex == 0 {
		return errors.New("no sections index (a zap file older than v16?)")
	}
	numFields, n := r.uvarint(sectionsIndex)
	pos := sectionsIndex + n
	for i := uint64(0); i < numFields && r.err == nil; i++ {
		addr := r.uint64be(pos + 8*i)
		if addr == 0 {
			continue
		}
		nameLen, n := r.uvarint(addr)
		p := addr + n
		name := string(r.open(r.bytes(p, nameLen)))
		p += nameLen
		opts, n := r.uvarint(p)
		p += n
		numSections, n := r.uvarint(p)
		p += n
		f := &fieldSize{name: name, options: index.FieldIndexingOptions(opts)}
		rep.fields = append(rep.fields, f)
		byName[name] = f
		for j := uint64(0); j < numSections && r.err == nil; j++ {
			typ := r.uint16be(p)
			secAddr := r.uint64be(p + 2)
			p += 10
			if typ != zap.SectionInvertedTextIndex || secAddr == 0 {
				continue
			}
			if err := f.readInverted(r, secAddr, name == topField, topN); err != nil {
				return fmt.Errorf("field %s: %w", name, err)
			}
		}
	}
	return r.err
}

func (f *fieldSize) readInverted(r *reader, addr uint64, keepTop bool, topN int) error {
	dvStart, n := r.uvarint(addr)
	p := addr + n
	dvEnd, n := r.uvarint(p)
	p += n
	dictAddr, _ := r.uvarint(p)
	if dvStart != fieldNotUninverted {
		f.docValues = int64(dvEnd - dvStart)
	}
	if r.err != nil || dictAddr == 0 {
		return r.err
	}
	vlen, n := r.uvarint(dictAddr)
	f.dict = int64(n + vlen)
	fstBytes := r.bytes(dictAddr+n, vlen)
	if r.err != nil || vlen == 0 {
		return r.err
	}
	fst, err := vellum.Load(r.open(fstBytes))
	if err != nil {
		return fmt.Errorf("dictionary: %w", err)
	}
	it, err := fst.Iterator(nil, nil)
	bm := roaring.New()
	for err == nil {
		term, val := it.Current()
		f.terms++
		ts := termSize{term: string(term)}
		if val&zap.FSTValEncodingMask == zap.FSTValEncoding1Hit {
			f.oneHit++
			f.postings++
			ts.docs = 1
		} else {
			freqAddr, n := r.uvarint(val)
			p := val + n
			locAddr, n := r.uvarint(p)
			p += n
			blen, n := r.uvarint(p)
			p += n
			f.bitmaps += int64(p - val + blen)
			ts.bytes += int64(p - val + blen)
			if _, err := bm.FromBuffer(r.open(r.bytes(p, blen))); err != nil {
				return fmt.Errorf("term %q: bitmap: %w", term, err)
			}
			ts.docs = bm.GetCardinality()
			f.postings += int64(ts.docs)
			if freqAddr != termNotEncoded {
				b := r.chunked(freqAddr)
				f.freqNorm += b
				ts.bytes += b
			}
			if locAddr != termNotEncoded {
				b := r.chunked(locAddr)
				f.locations += b
				ts.bytes += b
			}
		}
		if keepTop {
			f.top = append(f.top, ts)
		}
		if r.err != nil {
			return r.err
		}
		err = it.Next()
	}
	if err != vellum.ErrIteratorDone {
		return fmt.Errorf("dictionary: %w", err)
	}
	if keepTop {
		sort.Slice(f.top, func(i, j int) bool { return f.top[i].bytes > f.top[j].bytes })
		if len(f.top) > topN {
			f.top = f.top[:topN]
		}
	}
	return nil
}

// countPositions counts the field's location records and the bytes
// their positions take as varints, through zap's own reader: what is
// left of the location bytes is zap's per-record overhead (field,
// start, end, array positions, and each posting's length prefix).
func (f *fieldSize) countPositions(s *zap.Segment) error {
	d, err := s.Dictionary(f.name)
	if err != nil {
		return fmt.Errorf("field %s: %w", f.name, err)
	}
	var buf [binary.MaxVarintLen64]byte
	it := d.AutomatonIterator(nil, nil, nil)
	for de, err := it.Next(); de != nil || err != nil; de, err = it.Next() {
		if err != nil {
			return fmt.Errorf("field %s: %w", f.name, err)
		}
		pl, err := d.PostingsList([]byte(de.Term), nil, nil)
		if err != nil {
			return fmt.Errorf("field %s term %q: %w", f.name, de.Term, err)
		}
		pi := pl.Iterator(true, true, true, nil)
		for p, err := pi.Next(); p != nil || err != nil; p, err = pi.Next() {
			if err != nil {
				return fmt.Errorf("field %s term %q: %w", f.name, de.Term, err)
			}
			for _, l := range p.Locations() {
				f.locs++
				f.posBytes += int64(binary.PutUvarint(buf[:], l.Pos()))
			}
		}
	}
	return nil
}

// readStored sums the stored fields: each document's header, metadata,
// raw _id and compressed values, and, uncompressed, each field's values.
func (rep *report) readStored(s *zap.Segment, data []byte, byName map[string]*fieldSize) error {
	r := &reader{data: data, piece: rep.piece}
	fieldsInv := s.Fields()
	idx := s.StoredIndexOffset()
	rep.storedIdx = int64(8 * rep.docs)
	var buf []byte
	for doc := uint64(0); doc < rep.docs; doc++ {
		off := r.uint64be(idx + 8*doc)
		metaLen, n1 := r.uvarint(off)
		dataLen, n2 := r.uvarint(off + n1)
		rep.docHeader += int64(n1 + n2)
		meta := r.bytes(off+n1+n2, metaLen)
		vals := r.bytes(off+n1+n2+metaLen, dataLen)
		if r.err != nil {
			return fmt.Errorf("stored fields of document %d: %w", doc, r.err)
		}
		rep.metaDisk += int64(len(meta))
		rep.valsDisk += int64(len(vals))
		meta, vals = r.open(meta), r.open(vals)
		if r.err != nil {
			return fmt.Errorf("stored fields of document %d: %w", doc, r.err)
		}
		mr := &reader{data: meta}
		idLen, p := mr.uvarint(0)
		rep.idBytes += int64(idLen)
		if f := byName["_id"]; f != nil {
			f.storedMeta += int64(p)
			f.stored += int64(idLen)
			f.storedN++
		}
		if idLen > uint64(len(vals)) {
			return fmt.Errorf("stored fields of document %d: _id longer than its data", doc)
		}
		rep.snappy += int64(len(vals)) - int64(idLen)
		var err error
		buf, err = snappy.Decode(buf[:cap(buf)], vals[idLen:])
		if err != nil {
			return fmt.Errorf("stored fields of document %d: %w", doc, err)
		}
		for p < uint64(len(meta)) {
			start := p
			var v [5]uint64 // field, type, offset, length, array positions
			for k := range v {
				var n uint64
				v[k], n = mr.uvarint(p)
				p += n
			}
			for k := uint64(0); k < v[4] && mr.err == nil; k++ {
				_, n := mr.uvarint(p)
				p += n
			}
			field, length := v[0], v[3]
			if mr.err != nil {
				return fmt.Errorf("stored metadata of document %d: %w", doc, mr.err)
			}
			if int(field) >= len(fieldsInv) {
				return fmt.Errorf("stored metadata of document %d: field %d of %d", doc, field, len(fieldsInv))
			}
			f := byName[fieldsInv[field]]
			if f == nil {
				f = &fieldSize{name: fieldsInv[field]}
				byName[f.name] = f
				rep.fields = append(rep.fields, f)
			}
			f.storedMeta += int64(p - start)
			f.stored += int64(length)
			f.storedN++
		}
	}
	return nil
}

func (rep *report) print(w io.Writer) {
	mb := func(b int64) string { return fmt.Sprintf("%.2f", float64(b)/1e6) }
	pct := func(b int64) string { return fmt.Sprintf("%.1f%%", 100*float64(b)/float64(rep.size)) }
	fmt.Fprintf(w, "%s: %s MB, %d documents, writer hook %q\n\n", rep.path, mb(rep.size), rep.docs, rep.codec)
	fields := append([]*fieldSize(nil), rep.fields...)
	sort.Slice(fields, func(i, j int) bool {
		return fields[i].indexed()+fields[i].storedMeta > fields[j].indexed()+fields[j].storedMeta
	})
	fmt.Fprintf(w, "%-14s %-22s %15s %10s %8s %8s %8s %9s %8s %8s %9s\n",
		"field (MB)", "options", "terms(1hit)", "postings", "dict", "bitmaps", "freqnorm", "locations", "docvals", "indexed", "stored*")
	var tot fieldSize
	for _, f := range fields {
		fmt.Fprintf(w, "%-14s %-22s %15s %10d %8s %8s %8s %9s %8s %8s %9s\n",
			f.name, opts(f.options), fmt.Sprintf("%d(%d)", f.terms, f.oneHit), f.postings, mb(f.dict), mb(f.bitmaps), mb(f.freqNorm), mb(f.locations), mb(f.docValues), mb(f.indexed()), mb(f.stored))
		tot.terms += f.terms
		tot.postings += f.postings
		tot.dict += f.dict
		tot.bitmaps += f.bitmaps
		tot.freqNorm += f.freqNorm
		tot.locations += f.locations
		tot.docValues += f.docValues
		tot.stored += f.stored
		tot.storedMeta += f.storedMeta
	}
	fmt.Fprintf(w, "%-14s %-22s %15d %10d %8s %8s %8s %9s %8s %8s %9s\n\n",
		"total", "", tot.terms, tot.postings, mb(tot.dict), mb(tot.bitmaps), mb(tot.freqNorm), mb(tot.locations), mb(tot.docValues), mb(tot.indexed()), mb(tot.stored))
	fmt.Fprintf(w, "* stored: uncompressed bytes of the values (the _id is kept uncompressed).\n\n")
	rows := []struct {
		name string
		b    int64
	}{
		{"term dictionaries (vellum)", tot.dict},
		{"postings bitmaps", tot.bitmaps},
		{"frequencies and norms", tot.freqNorm},
		{"locations (positions)", tot.locations},
		{"doc values", tot.docValues},
		{"stored: values (_id, then snappy)", rep.valsDisk},
		{"stored: per-value metadata", rep.metaDisk},
		{"stored: document headers and index", rep.docHeader + rep.storedIdx},
		{"sections, footer, other", rep.rest},
	}
	for _, row := range rows {
		fmt.Fprintf(w, "%-38s %9s MB %7s\n", row.name, mb(row.b), pct(row.b))
	}
	fmt.Fprintf(w, "(stored values before the writer hook: _id %s MB, snappy %s MB)\n", mb(rep.idBytes), mb(rep.snappy))
	for _, f := range fields {
		switch {
		case f.locs > 0 && rep.codec == "":
			fmt.Fprintf(w, "%s: %d location records, %.2f bytes each; positions %s MB, the rest (zap's field, start, end, array positions, length prefixes) %s MB\n",
				f.name, f.locs, float64(f.locations)/float64(f.locs), mb(f.posBytes), mb(f.locations-f.posBytes))
		case f.locs > 0:
			fmt.Fprintf(w, "%s: %d location records, %.2f bytes each on disk; their positions alone would be %s MB as varints\n",
				f.name, f.locs, float64(f.locations)/float64(f.locs), mb(f.posBytes))
		}
	}
	for _, f := range fields {
		if len(f.top) == 0 {
			continue
		}
		fmt.Fprintf(w, "\nlargest terms of %s:\n", f.name)
		for _, t := range f.top {
			fmt.Fprintf(w, "  %-30q %8d docs %10d bytes\n", t.term, t.docs, t.bytes)
		}
	}
	fmt.Fprintln(w)
}

// opts names the indexing options as Bleve's flags.
func opts(o index.FieldIndexingOptions) string {
	var parts []string
	for _, f := range []struct {
		bit  index.FieldIndexingOptions
		name string
	}{
		{index.IndexField, "I"}, {index.StoreField, "S"}, {index.IncludeTermVectors, "TV"},
		{index.DocValues, "DV"}, {index.SkipFreqNorm, "noFN"},
	} {
		if o&f.bit != 0 {
			parts = append(parts, f.name)
		}
	}
	return strings.Join(parts, ",")
}
