//go:build lucene

package bench

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"
)

// The Lucene peer's test starts three JVMs (javac, the build, the search)
// and takes most of a minute on a busy machine, so it is compiled only with
// -tags lucene; CI runs it as a step of its own after installing a JDK and
// Debian's jars:
//
//	go test -tags lucene -run '^TestLucene' ./internal/bench

// TestLucenePeer runs the benchmark at 2,000 paragraphs with Readouts and
// Lucene and checks that Lucene answered every query of the mix in every
// pass, highlighted every hit, and found exactly as many matches as
// Readouts on every query: the two analyse text alike (UAX #29 words,
// English possessives, Readouts' stop words, Porter stems), so a
// difference is a bug in the peer, not in the analysis.
func TestLucenePeer(t *testing.T) {
	if err := LuceneAvailable(); err != nil {
		t.Skip(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	var log bytes.Buffer
	res, err := Run(ctx, Options{
		Paragraphs: 2000, Seed: 7, Source: sampleCorpus(), Work: t.TempDir(),
		Queries: 500, SkipSQLite: true, SkipHTTP: true, LucenePasses: 2, Log: &log,
	})
	if err != nil {
		t.Fatalf("%v\n%s", err, log.String())
	}
	l := res.Lucene
	if l.Skipped {
		t.Fatalf("lucene skipped: %s", l.SkipReason)
	}
	if l.Passes != 2 || l.FirstPass.N != 500 || l.InProcess.N != 500 {
		t.Errorf("lucene: %d passes, %d queries timed first, %d settled; want 2, 500, 500", l.Passes, l.FirstPass.N, l.InProcess.N)
	}
	if len(l.Builds) != 1 || l.Build <= res.Parse || l.Size <= 0 {
		t.Errorf("lucene build %v (parse %v), size %d: want one build, longer than the parse, and an index", l.Builds, res.Parse, l.Size)
	}
	if l.Compared != 500 || l.SameTotal != l.Compared {
		t.Errorf("lucene's match counts equal Readouts' on %d of %d queries, want all 500:\n%s", l.SameTotal, l.Compared, strings.Join(l.Disagree, "\n"))
	}
	if l.Unmarked != 0 {
		t.Errorf("%d of lucene's hits have nothing highlighted", l.Unmarked)
	}
	// Ranking differs (BM25 against Bleve's TF-IDF) but not wholesale.
	if l.TopOverlap < 0.5 {
		t.Errorf("top 10s overlap %.0f%%, want at least half", 100*l.TopOverlap)
	}
	var out bytes.Buffer
	if err := Report(&out, res); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Lucene 1st pass", "ratio R/L", "equal to Readouts' on 500 of 500", "Lucene 1st p99"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, out.String())
		}
	}
	t.Logf("\n%s", out.String())
}
