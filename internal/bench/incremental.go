package bench

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/readouts/readouts/internal/index"
)

// measureIncremental times what the indexer's next run from cron does after
// a day's news: it adds o.AddShare more paragraphs (new files, generated
// from the same sources with another seed) to the built index, then runs
// again with those files gone, which also leaves the index matching the
// corpus for a later --reuse index. total is the paragraphs in the index.
func measureIncremental(ctx context.Context, o Options, indexDir, corpusDir string, e *EngineResult, total int, logf func(string, ...any)) (err error) {
	n := max(int(float64(total)*o.AddShare), 1)
	tmp := filepath.Join(o.Work, "increment")
	g, err := Generate(ctx, GenerateOptions{Source: o.Source, Dir: tmp, Paragraphs: n, Seed: o.Seed + 1})
	if err != nil {
		return fmt.Errorf("increment: %w", err)
	}
	defer os.RemoveAll(tmp)
	files, err := filepath.Glob(filepath.Join(g.Dir, "*.jsonl"))
	if err != nil {
		return err
	}
	var added []string
	defer func() {
		for _, f := range added {
			if rmErr := os.Remove(f); rmErr != nil && err == nil {
				err = rmErr
			}
		}
		if err != nil {
			err = fmt.Errorf("%w (the index in %s may hold the added files: rebuild it, without --reuse index)", err, indexDir)
		}
	}()
	for _, f := range files {
		dst := filepath.Join(corpusDir, "increment-"+filepath.Base(f))
		if err := os.Rename(f, dst); err != nil {
			return fmt.Errorf("increment: %w", err)
		}
		added = append(added, dst)
	}
	run := func(what string, wantFiles func(*index.Summary) int, wantParagraphs int) (time.Duration, time.Duration, error) {
		t0, cpu0 := time.Now(), cpuTime()
		sum, err := index.Build(ctx, buildOptions(indexDir, corpusDir))
		d, cpu := time.Since(t0), cpuTime()-cpu0
		if err != nil {
			return 0, 0, fmt.Errorf("readouts incremental build (%s): %w", what, err)
		}
		if sum.Rebuilt != "" || wantFiles(sum) != len(files) || sum.Paragraphs != wantParagraphs {
			return 0, 0, fmt.Errorf("readouts incremental build (%s): rebuilt %q, %+v; want %d files and %d paragraphs", what, sum.Rebuilt, sum, len(files), wantParagraphs)
		}
		logf("Readouts: %s %d paragraphs in %v (CPU %v)", what, g.Paragraphs, d.Round(time.Millisecond), cpu.Round(time.Millisecond))
		return d, cpu, nil
	}
	logf("Readouts: adding %d paragraphs (%d documents in %d files) to the index", g.Paragraphs, g.Documents, len(files))
	e.AddParagraphs = g.Paragraphs
	if e.Add, e.AddCPU, err = run("added", func(s *index.Summary) int { return s.Added }, total+g.Paragraphs); err != nil {
		return err
	}
	for _, f := range added {
		if err := os.Remove(f); err != nil {
			return err
		}
	}
	added = nil
	e.Remove, e.RemoveCPU, err = run("removed", func(s *index.Summary) int { return s.Deleted }, total)
	return err
}
