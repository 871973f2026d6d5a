// Package parallel runs independent pieces of work on all cores. It knows
// nothing about what the work is: callers write results into their own
// slices by index, so output order is input order.
package parallel

import (
	"context"
	"runtime"
	"sync"
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
