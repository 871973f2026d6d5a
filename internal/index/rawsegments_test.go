package index

import (
	"fmt"
	"path/filepath"
	"testing"

	zap "github.com/blevesearch/zapx/v17"
)

// TestFullBuildPublishesCodecSegment: a full build writes the segments of
// its batches in zap's own format, without the codec, and ends that
// before its last batch (rawSegments, zapcodec.go), so the one segment it
// publishes is the codec's, whether the build had many batches or one.
func TestFullBuildPublishesCodecSegment(t *testing.T) {
	for _, tc := range []struct {
		name  string
		ops   int // batch limit; 0 for the default
		files int
	}{
		{"one batch", 0, 3},
		{"many batches", 2, 12},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := newTestCorpus(t)
			for i := range tc.files {
				c.write(fmt.Sprintf("d%02d.txt", i), docText(fmt.Sprintf("topic%d", i), 3))
			}
			before := rawSegments.written.Load()
			c.build(func(o *BuildOptions) {
				if tc.ops > 0 {
					o.batchOps = tc.ops
				}
			})
			if tc.ops > 0 && rawSegments.written.Load() == before {
				t.Error("no segment was written raw while the batches came")
			}
			if n, _ := c.indexed(); n != uint64(3*tc.files) {
				t.Errorf("%d paragraphs indexed, want %d", n, 3*tc.files)
			}
			cur, err := CurrentGeneration(c.index)
			if err != nil {
				t.Fatal(err)
			}
			if rawSegments.has(filepath.Join(cur+tmpSuffix, bleveDir, "store")) {
				t.Error("the build's folder is still written raw after the build")
			}
			zaps, err := filepath.Glob(filepath.Join(cur, bleveDir, "store", "*.zap"))
			if err != nil || len(zaps) != 1 {
				t.Fatalf("segments %v, %v; want one", zaps, err)
			}
			seg, err := (&zap.ZapPlugin{}).Open(zaps[0])
			if err != nil {
				t.Fatal(err)
			}
			defer seg.Close()
			if id := seg.(*zap.Segment).CallbackId(); id != zapCodecID {
				t.Errorf("published segment written with %q, want %q", id, zapCodecID)
			}
		})
	}
}
