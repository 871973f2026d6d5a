package parallel

import (
	"context"
	"errors"
	"runtime"
	"sync/atomic"
	"testing"
	"time"
)

func TestEachCallsEveryIndexOnce(t *testing.T) {
	for _, n := range []int{0, 1, 7, 1000} {
		seen := make([]int32, n)
		if err := Each(context.Background(), n, func(i int) { atomic.AddInt32(&seen[i], 1) }); err != nil {
			t.Fatal(err)
		}
		for i, c := range seen {
			if c != 1 {
				t.Fatalf("n=%d: index %d called %d times", n, i, c)
			}
		}
	}
}

func TestEachStopsWhenCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	var calls atomic.Int32
	err := Each(ctx, 10000, func(i int) {
		if calls.Add(1) == 10 {
			cancel()
		}
	})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
	if c := calls.Load(); c >= 10000 {
		t.Errorf("%d calls after cancel, want it to stop early", c)
	}
}

// TestOrdered: every index once, yielded in order, and never more than the
// window of results started and not yet taken, whatever the order in which
// the calls finish.
func TestOrdered(t *testing.T) {
	for _, tc := range []struct{ n, window int }{{0, 4}, {1, 1}, {7, 2}, {1000, 3}, {1000, 64}} {
		var started, taken atomic.Int32
		var most atomic.Int32
		calls := make([]int32, tc.n)
		var got []int
		for v := range Ordered(context.Background(), tc.n, tc.window, func(i int) int {
			atomic.AddInt32(&calls[i], 1)
			if ahead := started.Add(1) - taken.Load(); ahead > most.Load() {
				most.Store(ahead) // racy max, good enough: it only grows
			}
			if i%5 == 0 {
				time.Sleep(50 * time.Microsecond) // finish out of order
			}
			return i
		}) {
			taken.Add(1)
			got = append(got, v)
		}
		for i, v := range got {
			if v != i {
				t.Fatalf("n=%d: result %d is %d, want input order", tc.n, i, v)
			}
		}
		if len(got) != tc.n {
			t.Fatalf("n=%d: %d results", tc.n, len(got))
		}
		for i, c := range calls {
			if c != 1 {
				t.Fatalf("n=%d: index %d called %d times", tc.n, i, c)
			}
		}
		// +1: Ordered frees a result's slot just before the loop body
		// counts it as taken.
		if limit := int32(max(tc.window, runtime.GOMAXPROCS(0))) + 1; most.Load() > limit {
			t.Errorf("n=%d window=%d: %d results started and not taken, want at most %d", tc.n, tc.window, most.Load(), limit)
		}
	}
}

// TestOrderedStops: a loop that breaks, or a canceled context, ends the
// calls early and returns only once the running ones are done.
func TestOrderedStops(t *testing.T) {
	var calls, running atomic.Int32
	fn := func(i int) int {
		running.Add(1)
		defer running.Add(-1)
		calls.Add(1)
		return i
	}
	for v := range Ordered(context.Background(), 100000, 4, fn) {
		if v == 10 {
			break
		}
	}
	if r := running.Load(); r != 0 {
		t.Errorf("%d calls still running after the loop ended", r)
	}
	if c := calls.Load(); c > 10+4+int32(runtime.GOMAXPROCS(0)) {
		t.Errorf("%d calls for a loop that took 11, want about a window more", c)
	}

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	calls.Store(0)
	n := 0
	for v := range Ordered(ctx, 100000, 4, fn) {
		n++
		if v == 10 {
			cancel()
		}
	}
	if n > 12 || calls.Load() > 10+4+int32(runtime.GOMAXPROCS(0))+1 {
		t.Errorf("after cancel: %d yielded, %d calls; want it to stop", n, calls.Load())
	}
}
