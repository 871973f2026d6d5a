package index

import (
	"bytes"
	"encoding/binary"
	"testing"
	"unsafe"

	index "github.com/blevesearch/bleve_index_api"
)

// locChunk writes postings as zap writes a location chunk: per posting the
// byte length of its records, then per position field, position, start 0,
// end 0 and no array positions.
func locChunk(field uint64, postings ...[]uint64) []byte {
	var out []byte
	for _, positions := range postings {
		var rec []byte
		for _, p := range positions {
			rec = binary.AppendUvarint(rec, field)
			rec = binary.AppendUvarint(rec, p)
			rec = append(rec, 0, 0, 0)
		}
		out = binary.AppendUvarint(out, uint64(len(rec)))
		out = append(out, rec...)
	}
	return out
}

// freqChunk writes values as zap writes a chunk of frequencies and norms:
// uvarints, a pair per posting (or the frequency alone without norms).
func freqChunk(vals ...uint64) []byte {
	var out []byte
	for _, v := range vals {
		out = binary.AppendUvarint(out, v)
	}
	return out
}

// repeatVals is vals repeated n times.
func repeatVals(n int, vals ...uint64) []uint64 {
	var out []uint64
	for i := 0; i < n; i++ {
		out = append(out, vals...)
	}
	return out
}

func TestZapCodec(t *testing.T) {
	long := make([][]uint64, 300)
	for i := range long {
		long[i] = []uint64{uint64(i%40 + 1), uint64(i%40 + 3), uint64(i + 200)}
	}
	// A location-shaped chunk whose position 1 is written in two bytes
	// (0x81 0x00): it parses, but written back minimally it would differ.
	nonMinimal := append([]byte{7, 2, 0x81, 0x00, 0, 0, 0}, locChunk(2, []uint64{4, 9})...)
	// A title word in three documents of 20, 3 and 41 paragraphs: the
	// pair (frequency 1 with locations, title length) once per paragraph.
	title := append(append(repeatVals(20, 3, 9), repeatVals(3, 5, 12)...), repeatVals(41, 3, 7)...)
	// Text: the length changes from one paragraph to the next.
	var text []uint64
	for i := 0; i < 200; i++ {
		text = append(text, uint64(3+i%3*2), uint64(40+i*7%90))
	}
	tests := []struct {
		name       string
		in         []byte
		want       byte // the flag of the piece written
		wantSmalls bool // the piece must shrink to under half
	}{
		{"empty", nil, zapRaw, false},
		{"short", []byte{1, 2, 3}, zapRaw, false},
		// A piece written as it was keeps no flag unless its first byte
		// could be one (zapFlags): the test checks it is written unchanged.
		{"stored _id and empty values", []byte("corpus/part-0001.jsonl:7#p3\x00"), zapRaw, false},
		{"roaring bitmap", []byte{0x3a, 0x30, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0}, zapRaw, false},
		{"raw, first byte a flag's", []byte{zapRuns, 0x80}, zapRaw, false},
		{"one posting", locChunk(3, []uint64{1, 5, 9, 200}), zapLocs, false},
		{"many postings", locChunk(0, long...), zapLocs, true},
		{"field changes", append(locChunk(1, []uint64{1, 2}), locChunk(2, []uint64{3})...), zapRaw, false},
		{"start set", []byte{5, 1, 4, 7, 9, 0}, zapRaw, false},
		{"positions not ascending", locChunk(1, []uint64{5, 3}), zapRaw, false},
		{"repeated position", locChunk(1, []uint64{5, 5}), zapRaw, false},
		{"non-minimal varint", nonMinimal, zapRaw, false},
		{"not locations", []byte("the quick brown fox jumps over the lazy dog, twice over"), zapRaw, false},
		{"truncated", locChunk(1, []uint64{1, 2, 3})[:9], zapRaw, false},
		{"title frequencies and norms", freqChunk(title...), zapRuns, true},
		{"keyword frequencies and norms", freqChunk(repeatVals(500, 2, 1)...), zapRuns, true},
		{"frequencies alone", freqChunk(repeatVals(301, 2)...), zapRuns, true},
		{"large values repeated", freqChunk(repeatVals(50, 1<<40, 1<<62)...), zapRuns, true},
		{"text frequencies and norms", freqChunk(text...), zapRaw, false},
		// The writer gives up on a chunk whose first quarter did not shrink
		// (appendRuns): runs that only come later are left as written.
		{"runs after the first quarter", freqChunk(append(append([]uint64(nil), text[:200]...), repeatVals(300, 3, 9)...)...), zapRaw, false},
		{"runs within the first quarter", freqChunk(append(append([]uint64(nil), text[:60]...), repeatVals(300, 3, 9)...)...), zapRuns, true},
		{"runs with a non-minimal varint", append(freqChunk(repeatVals(40, 3, 9)...), 0x83, 0x00), zapRaw, false},
		{"runs then a truncated varint", append(freqChunk(repeatVals(40, 3, 9)...), 0x83), zapRaw, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			piece := zapCompress(tt.in)
			if tt.want == zapRaw && len(tt.in) > 0 && tt.in[0] >= zapFlags {
				if !bytes.Equal(piece, tt.in) {
					t.Errorf("written as %x, want as it was, without a flag: %x", piece, tt.in)
				}
			} else if len(piece) == 0 || piece[0] != tt.want {
				t.Errorf("written as %x..., want flag %d (%d -> %d bytes)", piece[:min(len(piece), 1)], tt.want, len(tt.in), len(piece))
			}
			if tt.wantSmalls && len(piece)*2 > len(tt.in) {
				t.Errorf("%d -> %d bytes, want under half", len(tt.in), len(piece))
			}
			back, err := zapDecompress(piece)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(back, tt.in) {
				t.Errorf("round trip changed the piece:\n in %x\nout %x", tt.in, back)
			}
		})
	}
}

func TestZapCodecCorrupt(t *testing.T) {
	good := zapCompress(locChunk(1, []uint64{1, 4}, []uint64{2, 130}))
	if good[0] != zapLocs {
		t.Fatalf("not transformed: %x", good)
	}
	for _, bad := range [][]byte{
		{zapLocs},           // no header
		{zapLocs, 0x80},     // truncated length
		{zapLocs, 12, 1, 0}, // a posting of no positions
		{zapLocs, 13, 1, 5}, // shorter than the header says
		append(good[:len(good):len(good)], 3, 1, 1, 1), // longer than the header says
		good[:len(good)-1],                            // shorter
		{zapRuns, 4, 3, 6, 1},                         // a unit of 3 values
		{zapRuns, 4, 2, 7, 9, 5},                      // a run longer than the header says
		{zapRuns, 40, 2, 7, 9, 5},                     // shorter than the header says
		{zapRuns, 4, 2, 7},                            // a pair cut short
		{zapRuns, 4, 2, 7, 9},                         // a run without its count
		{zapRuns, 0x80, 0x80, 0x80, 0x10, 2, 7, 9, 0}, // a header over zapRunsMax
		{zapRuns, 8},                                  // no unit
	} {
		if out, err := zapDecompress(bad); err == nil {
			t.Errorf("%x decoded to %x without an error", bad, out)
		}
	}
}

func FuzzZapCodec(f *testing.F) {
	f.Add(locChunk(1, []uint64{1, 4}, []uint64{2, 130, 131}))
	f.Add([]byte("not a location chunk at all"))
	f.Add([]byte{7, 2, 0x81, 0x00, 0, 0, 0})
	f.Add(freqChunk(repeatVals(30, 3, 9)...))
	f.Add(freqChunk(repeatVals(30, 2)...))
	f.Fuzz(func(t *testing.T, in []byte) {
		back, err := zapDecompress(zapCompress(in))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(back, in) {
			t.Fatalf("round trip changed %x into %x", in, back)
		}
		_, _ = zapDecompress(in) // arbitrary bytes: an error, never a panic
	})
}

// TestZapCodecHooks: segments written before the codec (writer ID "")
// are read as they are, ours through the codec, any other is an error
// rather than garbage.
func TestZapCodecHooks(t *testing.T) {
	id, write, err := index.WriterHook([]byte("x.zap"))
	if err != nil || id != zapCodecID {
		t.Fatalf("writer hook: %q, %v", id, err)
	}
	if read, err := index.ReaderHook("", nil); err != nil || read != nil {
		t.Errorf("reader hook for a segment without codec: %v, %v; want none", read != nil, err)
	}
	// Step 33's and step 35's segments: the same reader, but every piece
	// of theirs has its flag, so a first byte of zapFlags or more is corrupt.
	for _, old := range []string{zapCodecLocsID, zapCodecRunsID} {
		read, err := index.ReaderHook(old, nil)
		if err != nil || read == nil {
			t.Fatalf("reader hook for %s: %v, %v; want the codec", old, read != nil, err)
		}
		if out, err := read([]byte{zapRaw, 9, 1}); err != nil || !bytes.Equal(out, []byte{9, 1}) {
			t.Errorf("%s: a flagged raw piece read as %x, %v", old, out, err)
		}
		if out, err := read([]byte{9, 1, 2}); err == nil {
			t.Errorf("%s: an unflagged piece read as %x without an error", old, out)
		}
	}
	if _, err := index.ReaderHook("aes-gcm", nil); err == nil {
		t.Error("reader hook accepted an unknown codec")
	}
	read, err := index.ReaderHook(zapCodecID, []byte("x.zap"))
	if err != nil {
		t.Fatal(err)
	}
	chunk := locChunk(2, []uint64{1, 7, 300}, []uint64{4}, []uint64{2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610})
	runs := freqChunk(repeatVals(200, 3, 11)...)
	for _, in := range [][]byte{chunk, bytes.Repeat(chunk, 20), runs, []byte("a stored value"), nil} {
		piece := write(in)
		for pass := 0; pass < 2; pass++ { // the second from the cache, if kept
			out, err := read(piece)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(out, in) {
				t.Errorf("pass %d: %x read back as %x", pass, in, out)
			}
		}
	}
}

// TestZapCacheKeepsWorkingSet: the decoded chunks the bench's 600 queries
// read at a million paragraphs, 159 MB, are decoded once and then served
// from the cache. With step 33's 64 MB, random eviction made 58% of those
// reads decode again (docs/BENCHMARKS.md, step 38).
func TestZapCacheKeepsWorkingSet(t *testing.T) {
	if testing.Short() {
		t.Skip("decodes 160 MB")
	}
	const workingSet = 160 << 20
	seg := zapSegments.Add(1) // a segment of its own: no other test's entries
	defer func() {
		for i := range zapCache {
			sh := &zapCache[i]
			sh.mu.Lock()
			for k, v := range sh.m {
				if k.seg == seg {
					delete(sh.m, k)
					sh.bytes -= len(v)
				}
			}
			sh.mu.Unlock()
		}
	}()
	// 4,096 postings of one position each: a 24 KB chunk decoded.
	postings := make([][]uint64, 4096)
	for i := range postings {
		postings[i] = []uint64{uint64(i%50 + 1)}
	}
	chunk := locChunk(1, postings...)
	piece := zapCompress(chunk)
	if piece[0] != zapLocs {
		t.Fatalf("piece not compressed as locations (flag %d)", piece[0])
	}
	// Zap hands the hook slices of its memory map, one after another.
	n := workingSet / len(chunk)
	mmap := bytes.Repeat(piece, n)
	pieces := make([][]byte, n)
	first := make([]*byte, n)
	for i := range pieces {
		pieces[i] = mmap[i*len(piece) : (i+1)*len(piece)]
		out, err := zapDecompressCached(seg, pieces[i])
		if err != nil || !bytes.Equal(out, chunk) {
			t.Fatalf("chunk %d: decoded wrong (err %v)", i, err)
		}
		first[i] = unsafe.SliceData(out)
	}
	decoded := 0
	for i, p := range pieces {
		out, err := zapDecompressCached(seg, p)
		if err != nil {
			t.Fatal(err)
		}
		if unsafe.SliceData(out) != first[i] {
			decoded++
		}
	}
	if decoded > 0 {
		t.Errorf("%d of %d chunks (%d MB) decoded again; want all from the cache (zapCacheBytes %d MB)", decoded, n, workingSet>>20, zapCacheBytes>>20)
	}
}
