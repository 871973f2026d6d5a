package index

// Scorch specifics of the build: cloning a generation by hard-linking its
// segments, merging segments, and reading scorch's stats.
//
// On a Bleve upgrade, re-check:
//   - segment files are still immutable once written and named *.zap under
//     store/ (cloneGeneration hard-links them; mergeSegments counts them);
//     everything else in the folder is still rewritten in place (it is
//     copied);
//   - Advanced() still returns a *scorch.Scorch, ForceMerge still takes
//     mergeplan options, SingleSegmentMergePlanOptions and
//     SegmentsPerMergeTask still mean what mergeSegments relies on;
//   - the StatsMap keys TotFileSegmentsAtRoot and TotMemorySegmentsAtRoot
//     (rootSegments) still exist: a missing key reads as 0 and would end
//     the merge loop early without an error;
//   - the persister still deletes merged-away files shortly after a merge;
//   - whether Batch.Reset still races with scorch (writeBatches makes a new
//     batch per chunk because of it, bleve v2.6.3).
// TestMergeSegmentsOnePass and TestIncrementalBuildLeavesServedGenerationAlone
// fail on most of these.

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/index/scorch/mergeplan"
)

// compact merges small segments. Each incremental run adds a segment and
// closes the index before scorch's background merger gets to it, so without
// this a day of cron runs leaves hundreds of segments for every search to
// visit. The default tiered plan merges only when a size tier holds more
// than ten segments and leaves large segments alone, so the cost stays
// proportional to the change.
//
// A full build is left as scorch's own merger left it: forcing the plan
// there would rewrite most of the index a second time.
func compact(ctx context.Context, idx bleve.Index, full bool) error {
	if full {
		return nil
	}
	adv, err := idx.Advanced()
	if err != nil {
		return err
	}
	s, ok := adv.(*scorch.Scorch)
	if !ok {
		return nil
	}
	plan := mergeplan.DefaultMergePlanOptions
	return s.ForceMerge(ctx, &plan)
}

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
	// Scorch deletes them only after a persist: when the reader that
	// still held them let go after the persister's last pass, nothing
	// would ever run it again (a build stalled 30 s here once in about
	// forty runs under load, and published them). Deleting an internal
	// key no index has is an empty batch that makes the persister pass
	// once more, so it is done every nudgeEvery while files remain.
	start := time.Now()
	nudged := start
	for deadline := start.Add(mergedAwayWait); ; {
		zaps, err := filepath.Glob(filepath.Join(path, "store", "*.zap"))
		if err != nil || len(zaps) <= 1 {
			break
		}
		if time.Since(nudged) >= nudgeEvery {
			if err := idx.DeleteInternal([]byte(nudgeKey)); err != nil {
				return fmt.Errorf("merge segments: %w", err)
			}
			nudged = time.Now()
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
// segment files it merged away; nudgeEvery how often it makes scorch's
// persister pass again meanwhile, with an empty batch that deletes
// nudgeKey, an internal key nothing writes.
const (
	mergedAwayWait = 30 * time.Second
	nudgeEvery     = 250 * time.Millisecond
	nudgeKey       = "readouts-persist-nudge"
)

// rootSegments is how many segments the index's current snapshot holds.
func rootSegments(s *scorch.Scorch) uint64 {
	m := s.StatsMap()
	file, _ := m["TotFileSegmentsAtRoot"].(uint64)
	mem, _ := m["TotMemorySegmentsAtRoot"].(uint64)
	return file + mem
}

// cloneGeneration copies the Bleve index of src into dst cheaply: scorch
// segment files (*.zap) are immutable once written, so they are hard-linked;
// everything else (the bolt root, metadata) is copied, because the writer
// updates it in place.
func cloneGeneration(src, dst string) error {
	return filepath.WalkDir(src, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		if strings.HasSuffix(path, ".zap") {
			if err := os.Link(path, target); err == nil {
				return nil
			}
		}
		return copyFile(path, target)
	})
}

func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return fmt.Errorf("copy %s: %w", src, err)
	}
	return out.Close()
}
