package index

import (
	"context"
	"fmt"
	"os"
	"slices"
	"testing"

	index "github.com/blevesearch/bleve_index_api"

	"github.com/readouts/readouts/internal/readout"
)

// pairTestActs gives the paragraphs speaker acts of their own: a speaker
// per document, with one of three acts by paragraph, and a second speaker
// with two acts in every third paragraph.
type pairTestActs struct{}

func (pairTestActs) Attribute(d *readout.Document) {
	acts := []string{"agreed", "condemned", "expressed concern"}
	for i := range d.Paragraphs {
		p := &d.Paragraphs[i]
		p.SpeakerActs = []readout.SpeakerAct{{Speaker: "Speaker of " + d.Title, Act: acts[i%3]}}
		if i%3 == 2 {
			p.SpeakerActs = append(p.SpeakerActs, readout.SpeakerAct{Speaker: "Second Speaker", Act: "agreed"}, readout.SpeakerAct{Speaker: "Second Speaker", Act: "denied"})
		}
	}
}

// TestPairTable: the pair table (loadPairTable, read in one pass over
// speaker_act's postings since it read them twice) holds, for every
// paragraph, the ordinals of exactly the speaker_act terms whose postings
// list it, in ascending order; on a full build and after an incremental
// one that deleted and replaced documents.
func TestPairTable(t *testing.T) {
	c := newTestCorpus(t)
	for i := range 12 {
		c.write(fmt.Sprintf("d%02d.txt", i), docText(fmt.Sprintf("topic%d", i), 4+i))
	}
	withActs := func(o *BuildOptions) { o.Parse.Attributor = pairTestActs{} }
	c.build(withActs)
	t.Run("full", func(t *testing.T) { checkPairTable(t, c.index) })
	for i := range 3 {
		c.remove(fmt.Sprintf("d%02d.txt", i))
	}
	c.write("d05.txt", docText("changed", 9))
	c.build(withActs)
	t.Run("incremental", func(t *testing.T) { checkPairTable(t, c.index) })
}

func checkPairTable(t *testing.T, dir string) {
	_, g := openCurrent(t, dir)
	err := withReaderErr(g.idx, func(rdr index.IndexReader) error {
		p, err := loadPairTable(context.Background(), rdr, g.facetTable.terms)
		if err != nil {
			return err
		}
		want := map[uint64][]uint32{}
		last := -1
		if err := eachPosting(context.Background(), rdr, fieldSpeakerAct, p.terms, func(doc uint64, ord int) {
			want[doc] = append(want[doc], uint32(ord))
			last = max(last, int(doc))
		}); err != nil {
			return err
		}
		if len(want) < 20 || len(p.terms) < 10 {
			return fmt.Errorf("%d paragraphs with %d speaker_act terms: too few to check", len(want), len(p.terms))
		}
		if got := len(p.start) - 1; got != last+1 {
			t.Errorf("table of %d paragraphs, want %d (the last with a posting is %d)", got, last+1, last)
		}
		for doc := range uint64(len(p.start) + 1) {
			w := want[doc]
			slices.Sort(w)
			if got := p.of(doc); !slices.Equal(got, w) {
				t.Errorf("paragraph %d: ordinals %v, want %v", doc, got, w)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// BenchmarkLoadPairTable measures what the pair table adds to opening a
// generation (loadPairTable), on the index folder READOUTS_BENCH_INDEX
// names: one the indexer built with attribution, as cmd/bench's index has
// no acts (its speakers come from headers).
//
//	READOUTS_BENCH_INDEX=/tmp/index go test ./internal/index -run '^$' -bench LoadPairTable
//
// postings is the table's size, paragraphs × their speaker acts.
func BenchmarkLoadPairTable(b *testing.B) {
	dir := os.Getenv("READOUTS_BENCH_INDEX")
	if dir == "" {
		b.Skip("READOUTS_BENCH_INDEX not set: no index to read")
	}
	r, err := Open(dir, ReaderOptions{})
	if err != nil {
		b.Fatal(err)
	}
	defer r.Close()
	g, err := r.acquire()
	if err != nil {
		b.Fatal(err)
	}
	defer r.release(g, false)
	var postings int
	err = withReaderErr(g.idx, func(rdr index.IndexReader) error {
		for b.Loop() {
			p, err := loadPairTable(context.Background(), rdr, g.facetTable.terms)
			if err != nil {
				return err
			}
			postings = len(p.ords)
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(postings), "postings")
}
