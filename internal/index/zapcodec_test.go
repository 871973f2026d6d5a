package index

import (
	"bytes"
	"encoding/binary"
	"testing"

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

func TestZapCodec(t *testing.T) {
	long := make([][]uint64, 300)
	for i := range long {
		long[i] = []uint64{uint64(i%40 + 1), uint64(i%40 + 3), uint64(i + 200)}
	}
	// A location-shaped chunk whose position 1 is written in two bytes
	// (0x81 0x00): it parses, but written back minimally it would differ.
	nonMinimal := append([]byte{7, 2, 0x81, 0x00, 0, 0, 0}, locChunk(2, []uint64{4, 9})...)
	tests := []struct {
		name       string
		in         []byte
		wantLocs   bool
		wantSmalls bool // the piece must shrink to under half
	}{
		{"empty", nil, false, false},
		{"short", []byte{1, 2, 3}, false, false},
		{"one posting", locChunk(3, []uint64{1, 5, 9, 200}), true, false},
		{"many postings", locChunk(0, long...), true, true},
		{"field changes", append(locChunk(1, []uint64{1, 2}), locChunk(2, []uint64{3})...), false, false},
		{"start set", []byte{5, 1, 4, 7, 9, 0}, false, false},
		{"positions not ascending", locChunk(1, []uint64{5, 3}), false, false},
		{"repeated position", locChunk(1, []uint64{5, 5}), false, false},
		{"non-minimal varint", nonMinimal, false, false},
		{"not locations", []byte("the quick brown fox jumps over the lazy dog, twice over"), false, false},
		{"truncated", locChunk(1, []uint64{1, 2, 3})[:9], false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			piece := zapCompress(tt.in)
			if got := len(piece) > 0 && piece[0] == zapLocs; got != tt.wantLocs {
				t.Errorf("transformed: %v, want %v (%d -> %d bytes)", got, tt.wantLocs, len(tt.in), len(piece))
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
		{9, 1, 2},           // unknown flag
		{zapLocs},           // no header
		{zapLocs, 0x80},     // truncated length
		{zapLocs, 12, 1, 0}, // a posting of no positions
		{zapLocs, 13, 1, 5}, // shorter than the header says
		append(good[:len(good):len(good)], 3, 1, 1, 1), // longer than the header says
		good[:len(good)-1], // shorter
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
	if _, err := index.ReaderHook("aes-gcm", nil); err == nil {
		t.Error("reader hook accepted an unknown codec")
	}
	read, err := index.ReaderHook(zapCodecID, []byte("x.zap"))
	if err != nil {
		t.Fatal(err)
	}
	chunk := locChunk(2, []uint64{1, 7, 300}, []uint64{4}, []uint64{2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610})
	for _, in := range [][]byte{chunk, bytes.Repeat(chunk, 20), []byte("a stored value"), nil} {
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
