package index

import (
	"path/filepath"

	"context"
	"fmt"
	"github.com/blevesearch/bleve/v2"
	"reflect"
	"testing"

	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	index "github.com/blevesearch/bleve_index_api"
)

// runMatch is what a searcher says of one match.
type runMatch struct {
	doc   uint64
	score float64
	locs  []search.FieldTermLocation
}

// collectMatches runs s to its end. With stride 0 it asks Next; with a
// stride it advances to the paragraph stride past the last match, so that
// Advance lands both inside and past runs.
func collectMatches(t *testing.T, s search.Searcher, stride uint64) []runMatch {
	t.Helper()
	ctx := &search.SearchContext{DocumentMatchPool: search.NewDocumentMatchPool(s.DocumentMatchPoolSize(), 0)}
	var out []runMatch
	var d *search.DocumentMatch
	var err error
	for {
		if stride == 0 || len(out) == 0 {
			d, err = s.Next(ctx)
		} else {
			d, err = s.Advance(ctx, index.NewIndexInternalID(nil, out[len(out)-1].doc+stride))
		}
		if err != nil {
			t.Fatal(err)
		}
		if d == nil {
			return out
		}
		m := runMatch{doc: d.IndexInternalID.Value(), score: d.Score}
		for _, l := range d.FieldTermLocations {
			l.Location.ArrayPositions = append([]uint64(nil), l.Location.ArrayPositions...)
			m.locs = append(m.locs, l)
		}
		out = append(out, m)
		ctx.DocumentMatchPool.Put(d)
	}
}

// TestDocRunsAndTitleRuns builds a corpus, then changes it as the indexer
// does run by run (a document shrinks, one grows, one is added, one
// removed), so that generations hold several segments and deleted
// paragraphs. In each: every run of docRuns is live paragraphs of one
// document, some runs are longer than one, and a title query wrapped in
// titleRunQuery gives exactly the matches, scores and locations of the
// query alone, read by Next and by Advance.
func TestDocRunsAndTitleRuns(t *testing.T) {
	c := newTestCorpus(t)
	c.write("a.txt", docText("alpha", 3))
	c.write("b.txt", docText("bravo", 5))
	c.write("c.txt", docText("alpha", 4)) // the same title as a.txt
	// Both words of the phrase below, not as the phrase: every paragraph
	// a candidate the phrase check refuses.
	c.write("e.txt", "title: Alpha, then a readout\ndate: 2024-03-02\nsource: Test\n\nFirst paragraph.\n\nSecond paragraph.\n\nThird paragraph.\n")
	steps := []struct {
		name   string
		change func()
	}{
		{"first build", func() {}},
		{"a document shrinks", func() { c.write("b.txt", docText("bravo", 2)) }},
		{"a document grows", func() { c.write("a.txt", docText("alpha", 7)) }},
		{"a document is added", func() { c.write("d.txt", docText("delta", 3)) }},
		{"a document is removed", func() { c.remove("c.txt") }},
	}
	queries := []func(an *phraseQuery) query.Query{
		func(*phraseQuery) query.Query { q := query.NewTermQuery("alpha"); q.SetField(fieldTitle); return q },
		func(*phraseQuery) query.Query { q := query.NewTermQuery("readout"); q.SetField(fieldTitle); return q },
		func(*phraseQuery) query.Query { q := query.NewPrefixQuery("b"); q.SetField(fieldTitle); return q },
		func(p *phraseQuery) query.Query { return p },
	}
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			st.change()
			c.build()
			r, err := Open(c.index, ReaderOptions{})
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			g, err := r.acquire()
			if err != nil {
				t.Fatal(err)
			}
			defer r.release(g, false)
			if g.docRuns == nil {
				t.Fatal("no document runs loaded")
			}
			err = withReaderErr(g.idx, func(rdr index.IndexReader) error {
				long := 0
				for d := uint64(0); d < g.docRuns.n; d++ {
					end := g.docRuns.end(d)
					if end == d {
						continue
					}
					long++
					first, err := rdr.ExternalID(index.NewIndexInternalID(nil, d))
					if err != nil {
						return err
					}
					for e := d + 1; e <= end; e++ {
						id, err := rdr.ExternalID(index.NewIndexInternalID(nil, e))
						if err != nil {
							return err
						}
						a, _ := splitParagraphID(first)
						b, _ := splitParagraphID(id)
						if first == "" || a != b {
							return fmt.Errorf("paragraphs %d (%q) and %d (%q) are in one run", d, first, e, id)
						}
					}
				}
				if long == 0 {
					return fmt.Errorf("no run longer than one paragraph in %d paragraphs", g.docRuns.n)
				}
				an := g.idx.Mapping().AnalyzerNamed(textAnalyzer)
				for i, mk := range queries {
					for _, stride := range []uint64{0, 1, 2, 3} {
						p1, err := newPhraseQuery(fieldTitle, an, "readout about alpha")
						if err != nil {
							return err
						}
						p2, err := newPhraseQuery(fieldTitle, an, "readout about alpha")
						if err != nil {
							return err
						}
						alone := mk(p1)
						wrapped := &titleRunQuery{inner: mk(p2), runs: g.docRuns}
						opts := search.SearcherOptions{IncludeTermVectors: true}
						sa, err := alone.Searcher(context.Background(), rdr, g.idx.Mapping(), opts)
						if err != nil {
							return err
						}
						sw, err := wrapped.Searcher(context.Background(), rdr, g.idx.Mapping(), opts)
						if err != nil {
							return err
						}
						if _, ok := sw.(*titleRunSearcher); !ok {
							return fmt.Errorf("query %d: searcher %T, want a titleRunSearcher", i, sw)
						}
						want, got := collectMatches(t, sa, stride), collectMatches(t, sw, stride)
						sa.Close()
						sw.Close()
						if len(want) == 0 {
							return fmt.Errorf("query %d matches nothing: a test that cannot fail", i)
						}
						if !reflect.DeepEqual(got, want) {
							return fmt.Errorf("query %d, stride %d: with runs\n%+v\nwant\n%+v", i, stride, got, want)
						}
					}
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
		})
	}
}

// TestDocRunsEnd: end finds the last paragraph of a run across words of
// the bit set, and the last run ends at the last paragraph.
func TestDocRunsEnd(t *testing.T) {
	starts := []uint64{0, 1, 5, 64, 70, 200}
	r := &docRuns{n: 210, start: make([]uint64, 210/64+2)}
	for _, s := range starts {
		r.start[s/64] |= 1 << (s % 64)
	}
	tests := []struct{ d, want uint64 }{
		{0, 0}, {1, 4}, {3, 4}, {5, 63}, {40, 63}, {64, 69}, {70, 199}, {128, 199}, {200, 209}, {209, 209},
	}
	for _, tt := range tests {
		if got := r.end(tt.d); got != tt.want {
			t.Errorf("end(%d) = %d, want %d", tt.d, got, tt.want)
		}
	}
}

// TestDocRunsBreakAtDeletions: a paragraph deleted from a segment ends its
// document's run there, and a document written again in a later segment
// starts a run of its own; nothing of a segment's run reaches into the
// next. (The indexer's generations end in one segment without deletions;
// this is a Bleve index written by hand to have both.)
func TestDocRunsBreakAtDeletions(t *testing.T) {
	idx, err := bleve.New(filepath.Join(t.TempDir(), "x.bleve"), bleve.NewIndexMapping())
	if err != nil {
		t.Fatal(err)
	}
	defer idx.Close()
	put := func(ids ...string) {
		b := idx.NewBatch()
		for _, id := range ids {
			if err := b.Index(id, map[string]any{"text": "words"}); err != nil {
				t.Fatal(err)
			}
		}
		if err := idx.Batch(b); err != nil {
			t.Fatal(err)
		}
	}
	put("a#p1", "a#p2", "a#p3", "a#p4", "b#p1", "b#p2")
	if err := idx.Delete("a#p3"); err != nil {
		t.Fatal(err)
	}
	put("b#p1", "b#p2", "c#p1") // b written again: its first copies are deleted
	runs, err := withReader(idx, func(rdr index.IndexReader) (*docRuns, error) {
		return loadDocRuns(context.Background(), rdr)
	})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{} // paragraph -> the last paragraph of its run
	err = withReaderErr(idx, func(rdr index.IndexReader) error {
		name := func(d uint64) string {
			id, err := rdr.ExternalID(index.NewIndexInternalID(nil, d))
			if err != nil {
				return fmt.Sprintf("error %v", err)
			}
			return id
		}
		live, err := rdr.DocIDReaderAll()
		if err != nil {
			return err
		}
		defer live.Close()
		for {
			in, err := live.Next()
			if err != nil || in == nil {
				return err
			}
			d := in.Value()
			got[name(d)] = name(runs.end(d))
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"a#p1": "a#p2", "a#p2": "a#p2", // a#p3 deleted
		"a#p4": "a#p4",
		"b#p1": "b#p2", "b#p2": "b#p2", // the copy written last
		"c#p1": "c#p1",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("runs %v, want %v", got, want)
	}
}
