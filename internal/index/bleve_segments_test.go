package index

import (
	"context"
	"fmt"
	"log/slog"
	"path/filepath"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"

	"github.com/readouts/readouts/internal/readout"
)

// TestMergeSegmentsOnePass: the final merge of a full build rewrites the
// index once, however many segments scorch's merger left (at a million
// paragraphs about twenty, which in tasks of ten took two passes).
func TestMergeSegmentsOnePass(t *testing.T) {
	s, err := newSchema()
	if err != nil {
		t.Fatal(err)
	}
	m, err := newMapping()
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), bleveDir)
	// Hold scorch's own merger off, so that the segments are still there.
	idx, err := bleve.NewUsing(path, m, bleve.Config.DefaultIndexType, bleve.Config.DefaultKVStore, map[string]any{
		"scorchMergePlanOptions": map[string]any{"MaxSegmentsPerTier": 1000, "SegmentsPerMergeTask": 1000, "FloorSegmentSize": 1},
	})
	if err != nil {
		t.Fatal(err)
	}
	defer idx.Close()
	const batches = 25
	for i := range batches {
		b := idx.NewBatch()
		d := &readout.Document{ID: fmt.Sprintf("c/%d.txt", i), Title: "Readout", Paragraphs: []readout.Paragraph{{N: 1, Text: fmt.Sprintf("Paragraph %d.", i)}}}
		for _, doc := range s.documents(d) {
			if err := b.IndexAdvanced(doc); err != nil {
				t.Fatal(err)
			}
		}
		// Each batch on disk before the next, or the persister merges
		// them in memory first.
		persisted := make(chan error, 1)
		b.SetPersistedCallback(func(err error) { persisted <- err })
		if err := idx.Batch(b); err != nil {
			t.Fatal(err)
		}
		if err := <-persisted; err != nil {
			t.Fatal(err)
		}
	}
	adv, err := idx.Advanced()
	if err != nil {
		t.Fatal(err)
	}
	sc := adv.(*scorch.Scorch)
	before := rootSegments(sc)
	if before < 11 {
		t.Fatalf("%d segments before the merge; the test needs more than ten", before)
	}
	tasks := func() uint64 { n, _ := sc.StatsMap()["TotFileMergePlanTasksDone"].(uint64); return n }
	t0 := tasks()
	if err := mergeSegments(context.Background(), idx, path, slog.New(slog.DiscardHandler)); err != nil {
		t.Fatal(err)
	}
	if n := rootSegments(sc); n != 1 {
		t.Errorf("%d segments after the merge, want 1", n)
	}
	if n := tasks() - t0; n != 1 {
		t.Errorf("%d segments merged in %d tasks, want one", before, n)
	}
	if n, _ := idx.DocCount(); n != batches {
		t.Errorf("%d paragraphs after the merge, want %d", n, batches)
	}
}
