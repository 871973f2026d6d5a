package bench

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestLoadTest runs cmd/loadtest's whole path briefly on a few sample
// documents: the binaries are built, the corpus indexed, searchd started,
// the heavy requests shaped against its limits, and the burst measured.
// It asserts what must hold on any machine (every cheap query answered 200,
// heavy requests accepted and answered, memory read); the latency target
// depends on the machine's load, so a miss is logged, not failed.
func TestLoadTest(t *testing.T) {
	if testing.Short() {
		t.Skip("builds indexer and searchd and starts searchd")
	}
	corpus := t.TempDir()
	src := filepath.Join(sampleCorpus(), "state")
	files, err := os.ReadDir(src)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files[:min(len(files), 25)] {
		b, err := os.ReadFile(filepath.Join(src, f.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(corpus, f.Name()), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	var out strings.Builder
	r, err := LoadTest(ctx, LoadOptions{Root: filepath.Join("..", ".."), Corpus: corpus, Duration: 3 * time.Second, Clients: 2, Out: &out})
	if err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	r.Write(&out)
	t.Log(out.String())
	if len(r.Heavy) < 3 {
		t.Errorf("only %d heavy requests accepted: %q", len(r.Heavy), r.Heavy)
	}
	if r.Statuses[200] == 0 {
		t.Errorf("no heavy request answered 200: %v", r.Statuses)
	}
	for code := range r.Statuses {
		if code != 200 && code != 429 {
			t.Errorf("heavy requests answered %d (%d times): only 200 and 429 are expected", code, r.Statuses[code])
		}
	}
	if r.Idle.N == 0 || r.Cheap.N == 0 {
		t.Errorf("cheap queries: %d idle, %d in the burst", r.Idle.N, r.Cheap.N)
	}
	if r.CheapBad > 0 {
		t.Errorf("%d cheap queries failed during the burst", r.CheapBad)
	}
	if r.RSS[0] <= 0 || r.Peak < r.RSS[0] {
		t.Errorf("memory: RSS %v, peak %d", r.RSS, r.Peak)
	}
	if !r.Built {
		t.Error("the index was not built")
	}
	if len(r.Missed) > 0 {
		t.Logf("targets missed on this machine now: %v", r.Missed)
	}
}
