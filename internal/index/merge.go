package index

import (
	"context"
	"fmt"
	"log/slog"
	"path/filepath"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/index/scorch/mergeplan"
)

// mergeSegments merges a freshly built index at path into one segment
// before it is published. Scorch writes one segment per batch and merges in
// the background, but Build closes the index long before that catches up: a
// million paragraphs would be served from a hundred segments, each search
// looking up every term and reading the facets' doc values once per segment
// (docs/BENCHMARKS.md has the measurements).
func mergeSegments(ctx context.Context, idx bleve.Index, path string, log *slog.Logger) error {
	adv, err := idx.Advanced()
	if err != nil {
		return fmt.Errorf("merge segments: %w", err)
	}
	s, ok := adv.(*scorch.Scorch)
	if !ok {
		return nil
	}
	// The plan merges at most SegmentsPerMergeTask segments in one task,
	// ten by default: at a million paragraphs scorch's own merger leaves
	// about twenty, which then took two passes, writing the whole index
	// twice (1.4 GB, 17 s of a 77 s build). All of them go into one task;
	// the loop is for whatever a pass still leaves.
	opts := mergeplan.SingleSegmentMergePlanOptions
	opts.SegmentsPerMergeTask = 1 << 16
	for pass := 0; pass < 8; pass++ {
		if err := s.ForceMerge(ctx, &opts); err != nil {
			return fmt.Errorf("merge segments: %w", err)
		}
		if rootSegments(s) <= 1 {
			break
		}
	}
	// The merged-away files are deleted by scorch's persister once it has
	// recorded the merged snapshot, a few milliseconds later; closing before
	// that would publish them as dead weight. Give it a moment, and say so
	// if that was not enough: once in many runs a build stalled here.
	start := time.Now()
	for deadline := start.Add(mergedAwayWait); ; {
		zaps, err := filepath.Glob(filepath.Join(path, "store", "*.zap"))
		if err != nil || len(zaps) <= 1 {
			break
		}
		if time.Now().After(deadline) {
			log.Warn("merged-away segment files still there; publishing with them", "files", len(zaps)-1, "waited", time.Since(start).Round(time.Millisecond))
			break
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(20 * time.Millisecond):
		}
	}
	return nil
}

// mergedAwayWait is how long mergeSegments waits for scorch to delete the
// segment files it merged away.
const mergedAwayWait = 30 * time.Second

// rootSegments is how many segments the index's current snapshot holds.
func rootSegments(s *scorch.Scorch) uint64 {
	m := s.StatsMap()
	file, _ := m["TotFileSegmentsAtRoot"].(uint64)
	mem, _ := m["TotMemorySegmentsAtRoot"].(uint64)
	return file + mem
}
