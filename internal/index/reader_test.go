package index

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func TestReaderWaitsForAnIndex(t *testing.T) {
	c := newTestCorpus(t)
	r, err := Open(c.index, ReaderOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if _, err := r.Stats(); !errors.Is(err, ErrNoIndex) {
		t.Fatalf("Stats before any build = %v, want ErrNoIndex", err)
	}
	c.write("a.txt", docText("alpha", 2))
	c.build()
	if switched, err := r.Reload(); !switched || err != nil {
		t.Fatalf("Reload = %v, %v; want a switch", switched, err)
	}
	st, err := r.Stats()
	if err != nil || st.Paragraphs != 2 || st.Indexed != 2 {
		t.Errorf("Stats = %+v, %v; want 2 paragraphs, 2 indexed", st, err)
	}
}

// TestReaderDrainsOldGeneration: a request that started on generation 1
// finishes on it after the switch; generation 1 is closed when it returns.
func TestReaderDrainsOldGeneration(t *testing.T) {
	c := newTestCorpus(t)
	c.write("a.txt", docText("alpha", 2))
	c.build()
	r, err := Open(c.index, ReaderOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()

	inFlight, err := r.acquire() // a request on generation 1
	if err != nil {
		t.Fatal(err)
	}
	c.write("b.txt", docText("bravo", 3))
	c.build()
	if switched, err := r.Reload(); !switched || err != nil {
		t.Fatalf("Reload = %v, %v", switched, err)
	}
	if st, _ := r.Stats(); st.Paragraphs != 5 {
		t.Errorf("new requests see %d paragraphs, want 5", st.Paragraphs)
	}
	if n, err := inFlight.idx.DocCount(); err != nil || n != 2 {
		t.Errorf("the in-flight request sees %d, %v; want generation 1's 2 paragraphs", n, err)
	}
	r.release(inFlight, false)
	if _, err := inFlight.idx.DocCount(); err == nil {
		t.Error("generation 1 is still open after its last request returned")
	}
	if switched, err := r.Reload(); switched || err != nil {
		t.Errorf("second Reload = %v, %v; want no switch", switched, err)
	}
}

func TestReaderClose(t *testing.T) {
	c := newTestCorpus(t)
	c.write("a.txt", docText("alpha", 1))
	c.build()
	r, err := Open(c.index, ReaderOptions{})
	if err != nil {
		t.Fatal(err)
	}
	r.Close()
	if _, err := r.Stats(); !errors.Is(err, ErrNoIndex) {
		t.Errorf("Stats after Close = %v, want ErrNoIndex", err)
	}
	c.write("b.txt", docText("bravo", 1))
	c.build()
	if _, err := r.Reload(); !errors.Is(err, errReaderClosed) {
		t.Errorf("Reload after Close = %v, want errReaderClosed", err)
	}
}

// TestReaderConcurrentReload runs requests while generations are published
// and reloaded, by a polling loop (as searchd's watcher) and by hand at once
// (SIGHUP); run with -race.
func TestReaderConcurrentReload(t *testing.T) {
	c := newTestCorpus(t)
	c.write("a.txt", docText("alpha", 2))
	c.build()
	r, err := Open(c.index, ReaderOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for ctx.Err() == nil {
			if _, err := r.Reload(); err != nil && !errors.Is(err, ErrNoIndex) {
				t.Errorf("reload: %v", err)
				return
			}
			time.Sleep(time.Millisecond)
		}
	}()
	var requests, failures atomic.Int64
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				g, err := r.acquire()
				if err == nil {
					_, err = g.idx.DocCount()
					r.release(g, false)
				}
				requests.Add(1)
				if err != nil {
					failures.Add(1)
					t.Errorf("request: %v", err)
					return
				}
			}
		}()
	}
	for i := 0; i < 8; i++ {
		c.write(fmt.Sprintf("n%d.txt", i), docText(fmt.Sprintf("new%d", i), 1))
		c.build(func(o *BuildOptions) { o.Keep = 0 })
		if _, err := r.Reload(); err != nil {
			t.Errorf("Reload: %v", err)
		}
	}
	cancel()
	wg.Wait()
	st, _ := r.Stats()
	if st.Paragraphs != 10 || st.Indexed != 10 {
		t.Errorf("final stats %+v, want 10 paragraphs", st)
	}
	t.Logf("%d requests, %d failed", requests.Load(), failures.Load())
}
