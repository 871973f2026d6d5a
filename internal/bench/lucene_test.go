package bench

import (
	"context"
	"strings"
	"testing"
)

// These run without Java; TestLucenePeer (lucene_peer_test.go, -tags
// lucene) runs the peer itself.

// TestLuceneSkipped: without the jars the peer is skipped with the reason,
// and the benchmark goes on.
func TestLuceneSkipped(t *testing.T) {
	t.Setenv("READOUTS_LUCENE_JARS", t.TempDir())
	err := LuceneAvailable()
	if err == nil || !strings.Contains(err.Error(), "liblucene8-java") {
		t.Fatalf("LuceneAvailable() = %v, want a missing jar and how to install it", err)
	}
	var e EngineResult
	peer, err := startLucene(context.Background(), Options{Work: t.TempDir()}, &e, func(string, ...any) {})
	if err != nil || peer != nil || !e.Skipped || !strings.Contains(e.SkipReason, "lucene-core") {
		t.Errorf("startLucene = %v, %v; skipped %v (%q): want skipped, no error", peer, err, e.Skipped, e.SkipReason)
	}
}

// TestTSVRoundTrip: what the benchmark writes for the peer, the peer reads
// back as it was (ReadoutsLucene.unescape follows unescapeTSV).
func TestTSVRoundTrip(t *testing.T) {
	in := []string{"plain", "tab\there", "two\nlines\r\n", `back\slash \t not a tab`, "", "a\x1fb"}
	line := tsvLine(append([]string(nil), in...)...)
	if strings.Count(line, "\n") != 1 || !strings.HasSuffix(line, "\n") {
		t.Fatalf("tsvLine wrote %q: want one line", line)
	}
	got := strings.Split(strings.TrimSuffix(line, "\n"), "\t")
	if len(got) != len(in) {
		t.Fatalf("%d fields, want %d: %q", len(got), len(in), line)
	}
	for i := range in {
		if u := unescapeTSV(got[i]); u != in[i] {
			t.Errorf("field %d: got %q, want %q", i, u, in[i])
		}
	}
}
