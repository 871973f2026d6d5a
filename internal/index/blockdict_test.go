package index

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// dictCorpusText is a readout of n paragraphs of varied sentences, so that
// the dictionary trainer has phrases to learn and nothing uniform.
func dictCorpusText(rng *rand.Rand, doc, n int) string {
	subjects := []string{"The Secretary", "The Minister", "The President", "Both leaders", "The two sides", "The delegation"}
	verbs := []string{"discussed", "reaffirmed", "welcomed", "underscored", "expressed concern about", "agreed to deepen"}
	objects := []string{"regional security", "the bilateral relationship", "climate cooperation", "trade and investment", "humanitarian assistance", "the situation in the region"}
	var b strings.Builder
	fmt.Fprintf(&b, "title: Readout of meeting %d\ndate: 2024-03-%02d\nsource: Test\n\n", doc, doc%28+1)
	for i := 1; i <= n; i++ {
		for s := 0; s < 3; s++ {
			fmt.Fprintf(&b, "%s %s %s in %d and %s. ", subjects[rng.IntN(len(subjects))], verbs[rng.IntN(len(verbs))], objects[rng.IntN(len(objects))], 1990+rng.IntN(35), objects[rng.IntN(len(objects))])
		}
		fmt.Fprintf(&b, "Marker%dx%d.\n\n", doc, i)
	}
	return b.String()
}

// TestBlockDictionary: a full build large enough trains the blocks'
// dictionary and writes it beside the index; every paragraph reads back;
// an incremental build keeps the dictionary and compresses its blocks with
// it; a block written without a dictionary still reads.
func TestBlockDictionary(t *testing.T) {
	c := newTestCorpus(t)
	rng := rand.New(rand.NewPCG(1, 2))
	const docs, paras = 40, 70 // two blocks per document, about 1 MB of text
	texts := map[string]string{}
	for d := 0; d < docs; d++ {
		name := fmt.Sprintf("r%02d.txt", d)
		texts[name] = dictCorpusText(rng, d, paras)
		c.write(name, texts[name])
	}
	c.build()
	gen := func() string {
		cur, err := CurrentGeneration(c.index)
		if err != nil {
			t.Fatal(err)
		}
		return cur
	}
	first := gen()
	dict, err := os.ReadFile(filepath.Join(first, bleveDir, blockDictFile))
	if err != nil {
		t.Fatalf("no dictionary after a full build: %v", err)
	}
	check := func(names ...string) {
		t.Helper()
		r, err := Open(c.index, ReaderOptions{})
		if err != nil {
			t.Fatal(err)
		}
		defer r.Close()
		g, err := r.acquire()
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(g.blocks.codec.dict, dict) {
			t.Errorf("generation %s reads blocks without the build's dictionary", g.path)
		}
		// Each document's first block was compressed with it: it does not
		// read without.
		adv, err := g.idx.Advanced()
		if err != nil {
			t.Fatal(err)
		}
		rdr, err := adv.Reader()
		if err != nil {
			t.Fatal(err)
		}
		for _, name := range names {
			raw, err := loadBlock(rdr, paragraphID(filepath.Base(c.root)+"/"+name, 1))
			if err != nil || raw == "" {
				t.Fatalf("%s: block %q, %v", name, raw, err)
			}
			if _, err := decodeBlock([]byte(raw)); err == nil {
				t.Errorf("%s: its block reads without the dictionary", name)
			}
		}
		rdr.Close()
		r.release(g, false)
		for _, name := range names {
			d, err := r.Document(context.Background(), filepath.Base(c.root)+"/"+name, "")
			if err != nil {
				t.Fatal(err)
			}
			if len(d.Paragraphs) != paras {
				t.Fatalf("%s: %d paragraphs, want %d", name, len(d.Paragraphs), paras)
			}
			for i, p := range d.Paragraphs {
				if !strings.Contains(texts[name], p.Text+"\n\n") || !strings.HasSuffix(p.Text, fmt.Sprintf("x%d.", i+1)) {
					t.Fatalf("%s paragraph %d read back as %q", name, i+1, p.Text)
				}
			}
		}
	}
	check("r00.txt", "r17.txt", "r39.txt")

	// Blocks of this build do not read without the dictionary: it is used.
	codec, err := newBlockCodec(dict)
	if err != nil {
		t.Fatal(err)
	}
	ps := []blockPara{{Text: "The Secretary discussed regional security in 2021 and climate cooperation."}}
	if _, err := decodeBlock(codec.encode(ps)); err == nil {
		t.Error("a block compressed with the dictionary read without it")
	}
	if got, err := codec.decode(encodeBlock(ps)); err != nil || len(got) != 1 || got[0].Text != ps[0].Text {
		t.Errorf("a block written without a dictionary read as %+v, %v", got, err)
	}

	// An incremental build: one document changed, one added.
	texts["r05.txt"] = dictCorpusText(rng, 105, paras)
	c.write("r05.txt", texts["r05.txt"])
	texts["new.txt"] = dictCorpusText(rng, 200, paras)
	c.write("new.txt", texts["new.txt"])
	if sum := c.build(); sum.Changed != 1 || sum.Added != 1 {
		t.Fatalf("incremental build: %+v", countsOf(sum))
	}
	if gen() == first {
		t.Fatal("no new generation")
	}
	again, err := os.ReadFile(filepath.Join(gen(), bleveDir, blockDictFile))
	if err != nil || !bytes.Equal(again, dict) {
		t.Fatalf("the incremental build's dictionary differs (%v)", err)
	}
	check("r05.txt", "new.txt", "r06.txt")
}

// A build too small to train on writes its blocks without a dictionary.
func TestBlockDictionarySmallBuild(t *testing.T) {
	c := newTestCorpus(t)
	c.write("a.txt", docText("tariffs", 5))
	c.build()
	cur, err := CurrentGeneration(c.index)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(cur, bleveDir, blockDictFile)); !os.IsNotExist(err) {
		t.Errorf("a dictionary for 5 paragraphs (stat: %v)", err)
	}
}
