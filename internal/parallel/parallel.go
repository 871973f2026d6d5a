// Package parallel runs independent pieces of work on all cores. It knows
// nothing about what the work is: with Each, callers write results into
// their own slices by index; Ordered hands them back in input order as they
// come, holding only a window of them.
package parallel

import (
	"context"
	"iter"
	"runtime"
	"sync"
	"sync/atomic"
)

// Each calls fn(i) for i in [0, n) on GOMAXPROCS goroutines and waits for
// them. Once ctx ends no new index is started, and Each returns ctx.Err();
// calls already running are not interrupted.
func Each(ctx context.Context, n int, fn func(i int)) error {
	next := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < min(runtime.GOMAXPROCS(0), max(n, 1)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				fn(i)
			}
		}()
	}
	for i := 0; i < n && ctx.Err() == nil; i++ {
		next <- i
	}
	close(next)
	wg.Wait()
	return ctx.Err()
}

// Ordered calls fn(i) for i in [0, n) on GOMAXPROCS goroutines and yields
// the results in index order, starting a call only while fewer than window
// results are started and not yet taken by the loop: the memory of what it
// holds is bounded by the window, not by n. A loop that stops early, or a
// ctx that ends, starts no new call; Ordered returns once the calls already
// running have finished. The caller checks ctx to tell an end from a
// cancellation.
func Ordered[T any](ctx context.Context, n, window int, fn func(i int) T) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		workers := min(runtime.GOMAXPROCS(0), n)
		window = max(window, workers)
		results := make([]chan T, n)
		for i := range results {
			results[i] = make(chan T, 1) // a worker never waits to hand over
		}
		slots := make(chan struct{}, window)
		stop := make(chan struct{})
		var next atomic.Int64
		var wg sync.WaitGroup
		for range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for {
					select {
					case <-stop:
						return
					default:
					}
					select {
					case slots <- struct{}{}:
					case <-stop:
						return
					}
					// Indexes are taken in order after a slot, so the one the
					// loop waits for is always started or about to be.
					i := int(next.Add(1) - 1)
					if i >= n {
						return
					}
					results[i] <- fn(i)
				}
			}()
		}
		defer func() {
			close(stop)
			wg.Wait()
		}()
		for i := range n {
			var r T
			select {
			case r = <-results[i]:
			case <-ctx.Done():
				return
			}
			<-slots
			if !yield(r) {
				return
			}
		}
	}
}
