package index

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/search/query"
	index "github.com/blevesearch/bleve_index_api"
	zap "github.com/blevesearch/zapx/v17"
)

// jumpPosting is what a term reader says of one posting.
type jumpPosting struct {
	doc  uint64
	freq uint64
	norm float64
}

// TestJumpTermReaderAgrees: a term reader that jumps to the target's chunk
// (chunkjump.go) gives, by Next and by Advance at many strides, forwards
// and backwards, the postings, frequencies and norms of Scorch's reader,
// over persisted segments large enough to have many chunks, with and
// without deletions, and it does jump in the segments without.
func TestJumpTermReaderAgrees(t *testing.T) {
	if testing.Short() {
		t.Skip("indexes 30,000 documents")
	}
	idx, err := bleve.New(filepath.Join(t.TempDir(), "x.bleve"), bleve.NewIndexMapping())
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(7, 9))
	// Words of every frequency: w0 in nearly every document, w9 in few.
	doc := func() string {
		var ws []string
		for k := 0; k < 10; k++ {
			if rng.Float64() < 1/float64(1+k*k) {
				for r := 0; r <= rng.IntN(3); r++ {
					ws = append(ws, fmt.Sprintf("w%d", k))
				}
			}
		}
		for r := rng.IntN(8); r > 0; r-- {
			ws = append(ws, "filler")
		}
		return strings.Join(ws, " ")
	}
	n := 0
	for b := 0; b < 3; b++ { // three segments
		batch := idx.NewBatch()
		for i := 0; i < 10000; i++ {
			if err := batch.Index(fmt.Sprintf("d%06d", n), map[string]any{"text": doc()}); err != nil {
				t.Fatal(err)
			}
			n++
		}
		if err := idx.Batch(batch); err != nil {
			t.Fatal(err)
		}
	}
	if err := idx.Delete("d025000"); err != nil { // the third segment has a deletion
		t.Fatal(err)
	}
	path := idx.Name()
	if err := idx.Close(); err != nil {
		t.Fatal(err)
	}
	if idx, err = bleve.Open(path); err != nil {
		t.Fatal(err)
	}
	defer idx.Close()

	// Conjunctions of words, narrowed (wordsAnd) and jumping, against
	// Bleve's own: the same matches with the same scores.
	search := func(q query.Query) string {
		req := bleve.NewSearchRequestOptions(q, 40000, 0, false)
		res, err := idx.Search(req)
		if err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		fmt.Fprintf(&b, "%d:", res.Total)
		for _, h := range res.Hits {
			fmt.Fprintf(&b, " %s=%v", h.ID, h.Score)
		}
		return b.String()
	}
	word := func(w string) query.Query {
		q := query.NewTermQuery(w)
		q.SetField("text")
		return q
	}
	for _, ws := range [][]string{{"w0", "w1"}, {"w0", "w7"}, {"w0", "w2", "w9"}, {"w5", "w6"}, {"w0", "filler", "w3"}} {
		var ours, theirs []query.Query
		for _, w := range ws {
			ours = append(ours, &jumpTermQuery{term: w, field: "text", boost: 1})
			theirs = append(theirs, word(w))
		}
		want := search(query.NewConjunctionQuery(theirs))
		if got := search(&wordsAnd{must: ours}); got != want {
			t.Errorf("%v narrowed: %.200s\nwant %.200s", ws, got, want)
		}
		nested := &wordsAnd{must: []query.Query{ours[0], query.NewDisjunctionQuery(ours[1:])}}
		if got, want := search(nested), search(query.NewConjunctionQuery([]query.Query{theirs[0], query.NewDisjunctionQuery(theirs[1:])})); got != want {
			t.Errorf("%v nested: %.200s\nwant %.200s", ws, got, want)
		}
	}

	// Words under filters (filterAnd, as withFilters ANDs a speaker's
	// spellings): the filters' terms narrow the words' readers and their
	// own; the same matches and scores as Bleve's conjunction.
	filter := func(terms ...string) query.Query {
		if len(terms) == 1 {
			q := query.NewTermQuery(terms[0])
			q.SetField("text")
			q.SetBoost(0)
			return q
		}
		var ks []query.Query
		for _, w := range terms {
			ks = append(ks, word(w))
		}
		d := query.NewDisjunctionQuery(ks)
		d.SetBoost(0)
		return d
	}
	for _, c := range []struct {
		ws []string
		fs [][]string
	}{
		{[]string{"w0"}, [][]string{{"w3"}}},
		{[]string{"w1"}, [][]string{{"w0"}}},
		{[]string{"w0", "w1"}, [][]string{{"w9"}}},
		{[]string{"w0", "w2"}, [][]string{{"w5", "w8"}}},
		{[]string{"w1", "filler", "w6"}, [][]string{{"w0"}, {"w2", "w4"}}},
		{[]string{"w0", "w9"}, [][]string{{"w1"}}},
	} {
		var ours, theirs []query.Query
		for _, w := range c.ws {
			ours = append(ours, &jumpTermQuery{term: w, field: "text", boost: 1})
			theirs = append(theirs, word(w))
		}
		q, qt := ours[0], theirs[0]
		if len(ours) > 1 {
			q, qt = &wordsAnd{must: ours}, query.NewConjunctionQuery(theirs)
		}
		var fs []query.Query
		for _, f := range c.fs {
			fs = append(fs, filter(f...))
		}
		want := search(query.NewConjunctionQuery(append([]query.Query{qt}, fs...)))
		if !strings.Contains(want, " ") {
			t.Errorf("%v under %v matches nothing: it tests nothing", c.ws, c.fs)
		}
		if got := search(newFilterAnd(q, fs)); got != want {
			t.Errorf("%v under %v narrowed: %.200s\nwant %.200s", c.ws, c.fs, got, want)
		}
	}

	err = withReaderErr(idx, func(rdr index.IndexReader) error {
		snap := rdr.(*scorch.IndexSnapshot)
		jumping, jumped := 0, 0
		for _, s := range snap.Segments() {
			if _, ok := s.Segment().(*zap.Segment); !ok {
				t.Errorf("segment %T is not persisted: nothing to jump in", s.Segment())
			}
		}
		total, err := snap.DocCount()
		if err != nil {
			return err
		}
		read := func(r index.TermFieldReader, step func(r index.TermFieldReader, last uint64) (*index.TermFieldDoc, error)) []jumpPosting {
			var out []jumpPosting
			var last uint64
			for {
				d, err := step(r, last)
				if err != nil {
					t.Fatal(err)
				}
				if d == nil {
					return out
				}
				last = d.ID.Value()
				out = append(out, jumpPosting{last, d.Freq, d.Norm})
			}
		}
		for k := 0; k < 10; k++ {
			term := []byte(fmt.Sprintf("w%d", k))
			for _, stride := range []uint64{0, 1, 3, 50, 700, 2500, 9000} {
				steps := func(r index.TermFieldReader, last uint64) (*index.TermFieldDoc, error) {
					if stride == 0 {
						return r.Next(nil)
					}
					return r.Advance(index.NewIndexInternalID(nil, last+stride), nil)
				}
				ours, err := (&jumpReader{IndexSnapshot: snap}).TermFieldReader(context.Background(), term, "text", true, true, false)
				if err != nil {
					return err
				}
				theirs, err := snap.TermFieldReader(context.Background(), term, "text", true, true, false)
				if err != nil {
					return err
				}
				if ours.Count() != theirs.Count() {
					t.Errorf("%s: count %d, want %d", term, ours.Count(), theirs.Count())
				}
				for _, it := range ours.(*jumpTFR).its {
					if it.all != nil {
						jumping++
					}
				}
				got, want := read(ours, steps), read(theirs, steps)
				for _, it := range ours.(*jumpTFR).its {
					if it.jumped {
						jumped++
					}
				}
				if fmt.Sprint(got) != fmt.Sprint(want) {
					t.Errorf("%s, stride %d: %d postings differ from Scorch's %d", term, stride, len(got), len(want))
				}
				if stride == 0 && k == 0 && uint64(len(want)) < total/2 {
					t.Errorf("w0 in %d of %d documents: too few to test", len(want), total)
				}
				// Backwards: start again, as Scorch's reader does.
				for _, to := range []uint64{20000, 5000, 5000, 29999, 0} {
					id := index.NewIndexInternalID(nil, to)
					a, err1 := ours.Advance(id, nil)
					b, err2 := theirs.Advance(id, nil)
					if err1 != nil || err2 != nil {
						t.Fatal(err1, err2)
					}
					if (a == nil) != (b == nil) || a != nil && (a.ID.Value() != b.ID.Value() || a.Freq != b.Freq || a.Norm != b.Norm) {
						t.Errorf("%s: Advance(%d) gives %+v, want %+v", term, to, a, b)
					}
				}
				ours.Close()
				theirs.Close()
			}
		}
		if jumping == 0 || jumped == 0 {
			t.Errorf("%d segments could jump, %d did", jumping, jumped)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
