package index

import (
	"fmt"
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
	c := newBlockCache(2)
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
