package bench

import (
	"context"
	"fmt"
	"time"

	"github.com/readouts/readouts/internal/index"
)

// Issue 12's grid and timeline, timed at the benchmark's size on the same
// index and queries as the search latency: the issue asks for 100 ms at
// p95 at a million paragraphs.

// targetCrossTab bounds a grid's and a timeline's p95 (issue 12).
const targetCrossTab = 100 * time.Millisecond

// measureCrossTabs times on r a grid of each three consecutive queries of
// the mix by speaker (with the first one's filters), and a timeline of
// each query by country and year, rounds times after a warm-up pass.
func measureCrossTabs(ctx context.Context, r *index.Reader, mix []Query, rounds int) (grid, timeline Latency, err error) {
	var grids, timelines []func() error
	for i, q := range mix {
		req, err := q.searchRequest(0)
		if err != nil {
			return grid, timeline, fmt.Errorf("%s: %w", q, err)
		}
		tl := index.TimelineRequest{By: index.FacetCountry, Interval: index.IntervalYear, Filters: req}
		timelines = append(timelines, func() error { _, err := r.Timeline(ctx, tl); return err })
		if i%3 == 2 {
			g := index.GridRequest{Queries: []string{mix[i-2].Box(), mix[i-1].Box(), q.Box()}, By: index.FacetSpeaker, Filters: req}
			grids = append(grids, func() error { _, err := r.Grid(ctx, g); return err })
		}
	}
	if grid, err = timeEach(ctx, grids, rounds); err != nil {
		return grid, timeline, fmt.Errorf("grid: %w", err)
	}
	if timeline, err = timeEach(ctx, timelines, rounds); err != nil {
		return grid, timeline, fmt.Errorf("timeline: %w", err)
	}
	return grid, timeline, nil
}

// timeEach runs every one of runs once to warm up, then rounds times,
// timing each run.
func timeEach(ctx context.Context, runs []func() error, rounds int) (Latency, error) {
	for _, run := range runs {
		if err := run(); err != nil {
			return Latency{}, err
		}
	}
	var took []time.Duration
	for r := 0; r < rounds; r++ {
		for _, run := range runs {
			if err := ctx.Err(); err != nil {
				return Latency{}, err
			}
			t0 := time.Now()
			if err := run(); err != nil {
				return Latency{}, err
			}
			took = append(took, time.Since(t0))
		}
	}
	return summarize(took), nil
}
