package index

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func TestBlockStart(t *testing.T) {
	for _, tc := range []struct{ n, want int }{
		{1, 1}, {2, 1}, {64, 1}, {65, 65}, {128, 65}, {129, 129},
	} {
		if got := blockStart(tc.n); got != tc.want {
			t.Errorf("blockStart(%d) = %d, want %d", tc.n, got, tc.want)
		}
	}
}

func TestBlockRoundTrip(t *testing.T) {
	ps := []blockPara{
		{Text: "Secretary Blinken spoke with Foreign Minister Wang Yi.", Speakers: []string{"Antony Blinken", "Wang Yi"}, Why: `[{"name":"Wang Yi"}]`, Acts: []string{"urged", "expressed-concern"}, SpeakerActs: []string{"Wang Yi\x1furged"}},
		{Text: "", Mentions: []string{"Vladimir Putin"}},
		{Text: "Ünïcödé — “quotes”, \x00 and a long tail " + string(make([]byte, 3000))},
	}
	got, err := decodeBlock(encodeBlock(ps))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, ps) {
		t.Errorf("round trip:\n got %+v\nwant %+v", got, ps)
	}
}

// TestDecodedListsAreCapped: a block's lists share one backing array, so
// appending to one paragraph's list must not write into the next list.
func TestDecodedListsAreCapped(t *testing.T) {
	ps, err := decodeBlock(encodeBlock([]blockPara{
		{Speakers: []string{"Wang Yi"}, Mentions: []string{"Antony Blinken"}},
		{Speakers: []string{"Sergey Lavrov"}},
	}))
	if err != nil {
		t.Fatal(err)
	}
	_ = append(ps[0].Speakers, "someone else")
	_ = append(ps[0].Mentions, "someone else")
	if ps[0].Mentions[0] != "Antony Blinken" || ps[1].Speakers[0] != "Sergey Lavrov" {
		t.Errorf("appending to a list changed the next: %+v", ps)
	}
}

func TestDecodeBlockRejectsCorruption(t *testing.T) {
	good := encodeBlock([]blockPara{{Text: "text", Speakers: []string{"A"}}})
	for name, b := range map[string][]byte{
		"empty":     nil,
		"not zstd":  []byte("plain text"),
		"truncated": good[:len(good)-3],
		"too many":  zEncoder.EncodeAll([]byte{200}, nil),
		"trailing":  zEncoder.EncodeAll(append(decodeRaw(t, good), 0), nil),
	} {
		if _, err := decodeBlock(b); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func decodeRaw(t *testing.T, b []byte) []byte {
	raw, err := zDecoder.DecodeAll(b, nil)
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

func TestBlockCacheEvicts(t *testing.T) {
	c := newBlockCache(2, plainBlocks)
	for i := range 3 {
		c.put(fmt.Sprint(i), []blockPara{{Text: fmt.Sprint(i)}})
	}
	if _, ok := c.get("0"); ok {
		t.Error("oldest block still cached")
	}
	if ps, ok := c.get("2"); !ok || ps[0].Text != "2" {
		t.Errorf("newest block = %v, %v", ps, ok)
	}
}

// FuzzDecodeBlock: any bytes either decode to records that encode back to
// the same records, or fail with an error; never a panic.
func FuzzDecodeBlock(f *testing.F) {
	f.Add(encodeBlock([]blockPara{{Text: "a", Speakers: []string{"b"}, Mentions: []string{"c"}, Why: "d"}}))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		ps, err := decodeBlock(b)
		if err != nil {
			return
		}
		again, err := decodeBlock(encodeBlock(ps))
		if err != nil || !reflect.DeepEqual(again, ps) {
			t.Fatalf("re-encoded block differs: %v", err)
		}
	})
}

// BenchmarkDecodeBlock decodes a block of 64 paragraphs of a readout's
// text, 350 bytes each, with a speaker and a mention each.
func BenchmarkDecodeBlock(b *testing.B) {
	files, err := filepath.Glob("testdata/corpus/*/*")
	if err != nil || len(files) == 0 {
		b.Fatal("no corpus files", err)
	}
	var text []byte
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		text = append(text, data...)
	}
	for len(text) < 64*350 {
		text = append(text, text...)
	}
	ps := make([]blockPara, 64)
	for i := range ps {
		ps[i] = blockPara{Text: string(text[i*350 : (i+1)*350]), Speakers: []string{"Antony Blinken"}, Mentions: []string{"Wang Yi"}, Why: `[{"name":"Antony Blinken"}]`}
	}
	enc := encodeBlock(ps)
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		if _, err := decodeBlock(enc); err != nil {
			b.Fatal(err)
		}
	}
}
