package index

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
	"unsafe"

	"github.com/blevesearch/bleve/v2/index/scorch"
	index "github.com/blevesearch/bleve_index_api"
	zap "github.com/blevesearch/zapx/v17"
)

// TestOpenDropsMappedPages: once a generation is open, none of its
// segments' pages are mapped in the process (the tables were read from
// them), and the stored section is marked for random reads
// (adviseSegments). A Bleve or zap upgrade that changes the segment type
// would make adviseSegments do nothing without an error; this fails then.
func TestOpenDropsMappedPages(t *testing.T) {
	if testing.Short() {
		t.Skip("indexes the sample corpus")
	}
	_, g := openCurrent(t, plainSampleIndex(t))
	segs := 0
	err := withReaderErr(g.idx, func(rdr index.IndexReader) error {
		snap, ok := rdr.(*scorch.IndexSnapshot)
		if !ok {
			return fmt.Errorf("reader %T, want scorch's", rdr)
		}
		for _, s := range snap.Segments() {
			zs, ok := s.Segment().(*zap.Segment)
			if !ok {
				return fmt.Errorf("segment %T, want zap v17's", s.Segment())
			}
			data := zs.Data()
			start := uint64(uintptr(unsafe.Pointer(&data[0])))
			areas, err := mappedAreas(start, start+uint64(len(data)))
			if err != nil {
				return err
			}
			if len(areas) != 2 {
				return fmt.Errorf("segment %s: %d mapped areas, want 2 (the stored section and the rest): %+v", zs.Path(), len(areas), areas)
			}
			for _, a := range areas {
				if a.rssKB > 0 {
					t.Errorf("segment %s: %d kB resident at %x after opening, want none", zs.Path(), a.rssKB, a.start)
				}
			}
			if !areas[0].random || areas[1].random {
				t.Errorf("segment %s: random reads %v and %v, want the stored section's only", zs.Path(), areas[0].random, areas[1].random)
			}
			segs++
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if segs == 0 {
		t.Fatal("no segments")
	}
}

type mappedArea struct {
	start  uint64
	rssKB  int
	random bool
}

// mappedAreas reads /proc/self/smaps for the areas within [start, end),
// end rounded up to the page size (a mapping's last page is whole).
func mappedAreas(start, end uint64) ([]mappedArea, error) {
	page := uint64(os.Getpagesize())
	end = (end + page - 1) / page * page
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []mappedArea
	var cur *mappedArea
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		fields := strings.Fields(line)
		if len(fields) == 0 {
			continue
		}
		if lo, hi, ok := strings.Cut(fields[0], "-"); ok && !strings.HasSuffix(fields[0], ":") {
			a, err1 := strconv.ParseUint(lo, 16, 64)
			b, err2 := strconv.ParseUint(hi, 16, 64)
			cur = nil
			if err1 == nil && err2 == nil && a >= start && b <= end {
				out = append(out, mappedArea{start: a})
				cur = &out[len(out)-1]
			}
			continue
		}
		if cur == nil {
			continue
		}
		switch fields[0] {
		case "Rss:":
			cur.rssKB, _ = strconv.Atoi(fields[1])
		case "VmFlags:":
			for _, fl := range fields[1:] {
				if fl == "rr" {
					cur.random = true
				}
			}
		}
	}
	return out, sc.Err()
}
