package index

import (
	"bytes"
	"encoding/gob"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/readouts/readouts/internal/readout"
)

// sampleReleases are documents of the shapes releases.bin must keep:
// shared ID prefixes, an undated document, empty fields, sketches of one
// value, of the extremes, of wide and of narrow gaps, and none.
func sampleReleases() []releaseDoc {
	wide := make([]uint32, sketchSize)
	narrow := make([]uint32, sketchSize)
	for i := range wide {
		wide[i] = uint32(i) * (1<<32/sketchSize - 7)
		narrow[i] = 1000 + uint32(i*i)
	}
	return []releaseDoc{
		{ID: "state/2022/a.txt", Title: "Secretary Blinken's Call", Date: "2022-02-18", Day: 19041, Published: "2022-02-18T10:00", Sketch: wide},
		{ID: "state/2022/a.txt-2", Title: "Secretary Blinken's Call", Date: "2022-02", Day: 19024, Sketch: narrow},
		{ID: "state/2022/b.txt", Title: "", Date: "", Day: -1, Sketch: []uint32{1<<32 - 1}},
		{ID: "whitehouse/c.txt", Title: "Readout", Date: "2021", Day: 18628, Sketch: []uint32{0, 1, 2, 1<<32 - 1}},
		{ID: "whitehouse/d.txt", Title: "No text", Day: 0},
		{ID: "z/ungd/1946.txt", Title: "UNGD", Date: "1946", Day: -8766, Sketch: []uint32{7}},
	}
}

func TestReleasesRoundTrip(t *testing.T) {
	docs := sampleReleases()
	b, err := encodeReleases(docs)
	if err != nil {
		t.Fatal(err)
	}
	got, err := decodeReleases(b)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, docs) {
		t.Errorf("round trip:\n got %+v\nwant %+v", got, docs)
	}
	empty, err := encodeReleases(nil)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := decodeReleases(empty); err != nil || len(got) != 0 {
		t.Errorf("no documents: %v, %v", got, err)
	}
}

// TestReleasesSmaller: the table of real readouts takes under three
// quarters of what gob wrote (five bytes a sketch value; the titles and IDs
// are the rest), and comes back unchanged.
func TestReleasesSmaller(t *testing.T) {
	needState(t)
	ents, err := os.ReadDir(stateDir)
	if err != nil {
		t.Fatal(err)
	}
	var docs []releaseDoc
	for _, e := range ents {
		if len(docs) == 200 {
			break
		}
		path := filepath.Join(stateDir, e.Name())
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		ds, err := readout.Parse(path, "state/"+e.Name(), data, readout.Options{})
		if err != nil {
			continue // not a readout: not what this test is about
		}
		for _, d := range ds {
			docs = append(docs, newReleaseDoc(d))
		}
	}
	if len(docs) < 100 {
		t.Fatalf("%d documents parsed, want 100 or more", len(docs))
	}
	var old bytes.Buffer
	// The table as releases.gob held it before step 35.
	type releaseTable struct {
		Version int
		Docs    []releaseDoc
	}
	if err := gob.NewEncoder(&old).Encode(releaseTable{Version: 1, Docs: docs}); err != nil {
		t.Fatal(err)
	}
	b, err := encodeReleases(docs)
	if err != nil {
		t.Fatal(err)
	}
	if len(b)*4 > old.Len()*3 {
		t.Errorf("%d documents: %d bytes, gob %d; want under three quarters", len(docs), len(b), old.Len())
	}
	t.Logf("%d documents: %d bytes, gob %d", len(docs), len(b), old.Len())
	got, err := decodeReleases(b)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, docs) {
		t.Error("round trip changed the documents")
	}
}

func TestReleasesErrors(t *testing.T) {
	if _, err := encodeReleases([]releaseDoc{{ID: "a", Sketch: []uint32{5, 5}}}); err == nil {
		t.Error("a sketch repeating a value was written")
	}
	if _, err := encodeReleases([]releaseDoc{{ID: "a", Sketch: []uint32{9, 5}}}); err == nil {
		t.Error("a descending sketch was written")
	}
	good, err := encodeReleases(sampleReleases())
	if err != nil {
		t.Fatal(err)
	}
	version := append([]byte(nil), good...)
	version[len(releaseMagic)]++
	for name, b := range map[string][]byte{
		"empty":           nil,
		"gob":             []byte("\x1f\xff\x81\x03\x01\x01\x0creleaseTable"),
		"other version":   version,
		"cut short":       good[:len(good)-3],
		"trailing bytes":  append(append([]byte(nil), good...), 0),
		"too many docs":   append([]byte(releaseMagic+"\x01"), 0xff, 0xff, 0x03),
		"prefix too long": append([]byte(releaseMagic+"\x01"), 1, 4, 1, 'a', 0, 0, 0, 0, 0),
		"k over 31":       append([]byte(releaseMagic+"\x01"), 1, 0, 1, 'a', 0, 0, 0, 0, 1, 40, 1, 0),
		"bits run out":    append([]byte(releaseMagic+"\x01"), 1, 0, 1, 'a', 0, 0, 0, 0, 9, 0, 1, 0), // 9 values, 8 bits
	} {
		if docs, err := decodeReleases(b); err == nil {
			t.Errorf("%s: decoded %+v without an error", name, docs)
		}
	}
}

// TestReadReleases: a generation's table is read back; with none (a
// generation from before releases.bin) the error says so, and the build
// then rebuilds in full (build_plan.go).
func TestReadReleases(t *testing.T) {
	dir := t.TempDir()
	if _, err := readReleases(dir); err == nil {
		t.Error("no table: no error")
	}
	docs := sampleReleases()
	if _, err := writeReleases(dir, docs); err != nil {
		t.Fatal(err)
	}
	got, err := readReleases(dir)
	if err != nil || len(got) != len(docs) || !reflect.DeepEqual(got[docs[1].ID], docs[1]) {
		t.Errorf("from releases.bin: %d documents, %v", len(got), err)
	}
}
