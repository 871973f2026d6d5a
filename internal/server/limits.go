package server

import (
	"context"
	"errors"
	"runtime"
	"runtime/debug"
	"sync"
	"time"

	"github.com/readouts/readouts/internal/index"
)

// How searchd keeps a few expensive searches from taking the machine
// (issue 14: eight clients sending the heaviest queries took it to 5.4 GB
// and cheap queries from 3 ms to 0.5 s).
//
// A search's cost is known once its query is compiled (index.Cost): the
// postings its terms list and the hits it collects. At most
// server.max_concurrent_searches searches run at once, and heavy ones —
// walking more than heavyPostings postings or collecting more than
// heavyWindow hits — at most half of them and on at most half the CPUs, so
// that light searches always find a slot and a CPU even when heavy ones
// arrive in a flood (on 2 cores, with two heavy searches running, cheap
// ones took 22 ms at the median instead of 7 ms with one). A search waits up to
// server.search_queue_timeout for its slot, then gets 429 with Retry-After.
// The time it waits counts toward server.search_timeout.
//
// After heavy searches, once nothing has run for returnAfterIdle, the heap
// they left behind is returned to the operating system
// (debug.FreeOSMemory): otherwise the Go runtime keeps it until the next
// garbage collection, which an idle server may not run for minutes.

const (
	// heavyPostings: a search for one common word ("president") lists
	// about 20,000 paragraphs of the 119,000 of the shared corpus and takes
	// 15 ms; browsing everything lists all of them and takes 80–180 ms.
	heavyPostings = 50_000
	// heavyWindow: the first ten pages of 100.
	heavyWindow = 1000
	// returnAfterIdle is how long searches must have stopped before the
	// memory of heavy ones is returned.
	returnAfterIdle = time.Second
)

// errBusy is a search turned away: too many were running for too long.
var errBusy = errors.New("too many searches are running; try again in a moment")

// retryAfter is the Retry-After of a 429, in seconds.
const retryAfter = "1"

// isHeavy says whether a search of cost c takes a heavy slot.
func isHeavy(c index.Cost) bool {
	return c.Postings > heavyPostings || c.Window > heavyWindow
}

// searchLimiter admits searches: all of them within slots, heavy ones also
// within heavy. A nil channel means no limit.
type searchLimiter struct {
	slots    chan struct{}
	heavy    chan struct{}
	wait     time.Duration
	rejected func() // counts a 429
	memory   *memoryReturner
}

// newSearchLimiter allows n searches at once (0: no limit), heavy ones at
// most half of them and half the CPUs (at least one), waiting up to wait
// for a slot.
func newSearchLimiter(n int, wait time.Duration, rejected func()) *searchLimiter {
	l := &searchLimiter{wait: wait, rejected: rejected, memory: newMemoryReturner(returnAfterIdle, debug.FreeOSMemory)}
	if n > 0 {
		l.slots = make(chan struct{}, n)
		l.heavy = make(chan struct{}, max(1, min(n, runtime.GOMAXPROCS(0))/2))
	}
	return l
}

// admit is index.SearchRequest.Admit: it waits for a slot for a search of
// cost c, at most l.wait and never past ctx, and returns the function that
// gives the slot back.
func (l *searchLimiter) admit(ctx context.Context, c index.Cost) (func(), error) {
	heavy := isHeavy(c)
	var timeout <-chan time.Time
	if l.slots != nil {
		t := time.NewTimer(l.wait)
		defer t.Stop()
		timeout = t.C
	}
	take := func(ch chan struct{}) error {
		if ch == nil {
			return nil
		}
		select { // a free slot is taken even when l.wait is 0
		case ch <- struct{}{}:
			return nil
		default:
		}
		select {
		case ch <- struct{}{}:
			return nil
		case <-ctx.Done():
			return ctx.Err()
		case <-timeout:
			if l.rejected != nil {
				l.rejected()
			}
			return errBusy
		}
	}
	if heavy {
		if err := take(l.heavy); err != nil {
			return nil, err
		}
	}
	if err := take(l.slots); err != nil {
		if heavy {
			<-l.heavy
		}
		return nil, err
	}
	l.memory.start()
	var once sync.Once
	return func() {
		once.Do(func() {
			if l.slots != nil {
				<-l.slots
			}
			if heavy {
				<-l.heavy
			}
			l.memory.stop(heavy)
		})
	}, nil
}

// memoryReturner calls free once searches have been idle for a while after
// a heavy one.
type memoryReturner struct {
	idle time.Duration
	free func()

	mu      sync.Mutex
	running int
	dirty   bool // a heavy search ran since the last free
	timer   *time.Timer
}

func newMemoryReturner(idle time.Duration, free func()) *memoryReturner {
	return &memoryReturner{idle: idle, free: free}
}

func (m *memoryReturner) start() {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.running++
	if m.timer != nil {
		m.timer.Stop() // not idle any more
	}
}

func (m *memoryReturner) stop(heavy bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.running--
	m.dirty = m.dirty || heavy
	if m.running > 0 || !m.dirty {
		return
	}
	if m.timer == nil {
		m.timer = time.AfterFunc(m.idle, m.returnIfIdle)
	} else {
		m.timer.Reset(m.idle)
	}
}

func (m *memoryReturner) returnIfIdle() {
	m.mu.Lock()
	idle := m.running == 0 && m.dirty
	if idle {
		m.dirty = false
	}
	m.mu.Unlock()
	if idle {
		m.free()
	}
}
