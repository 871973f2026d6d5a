package server

import (
	"sync/atomic"
	"testing"
	"time"
)

// TestMemoryReturner: after heavy searches, once none has run for the idle
// time, the heap goes back to the OS, once; light searches alone, or a
// search still running, leave it be. (Issue 14: searchd still held 4.8 GB
// twenty seconds after a burst.)
func TestMemoryReturner(t *testing.T) {
	const idle = 20 * time.Millisecond
	tests := []struct {
		name  string
		run   func(m *memoryReturner)
		wantN int32
	}{
		{name: "after a heavy search", wantN: 1, run: func(m *memoryReturner) {
			m.start()
			m.stop(true)
		}},
		{name: "only light searches", wantN: 0, run: func(m *memoryReturner) {
			m.start()
			m.stop(false)
		}},
		{name: "once after a burst", wantN: 1, run: func(m *memoryReturner) {
			for range 3 {
				m.start()
			}
			for range 3 {
				m.stop(true)
			}
		}},
		{name: "not while a search runs", wantN: 0, run: func(m *memoryReturner) {
			m.start()
			m.start()
			m.stop(true) // one still running
		}},
		{name: "a new search postpones it", wantN: 0, run: func(m *memoryReturner) {
			m.start()
			m.stop(true)
			m.start() // before the idle time is up, and still running
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var n atomic.Int32
			m := newMemoryReturner(idle, func() { n.Add(1) })
			tt.run(m)
			time.Sleep(10 * idle)
			if got := n.Load(); got != tt.wantN {
				t.Errorf("memory returned %d times, want %d", got, tt.wantN)
			}
		})
	}
}
