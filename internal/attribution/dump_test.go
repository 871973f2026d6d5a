package attribution

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/readouts/readouts/internal/gazetteer"
	"github.com/readouts/readouts/internal/readout"
)

// TestDump prints the sentence-level attribution of one file, for whoever
// tunes the rules: DUMP=path [DATE=2022-01-27] go test -run Dump -v .
func TestDump(t *testing.T) {
	path := os.Getenv("DUMP")
	if path == "" {
		t.Skip()
	}
	g, err := gazetteer.Load("../../gazetteer.yaml")
	if err != nil {
		t.Fatal(err)
	}
	docs, err := readout.ParseFile(path, "x", readout.Options{})
	if err != nil {
		t.Fatal(err)
	}
	doc := docs[0]
	if dt := os.Getenv("DATE"); dt != "" {
		var y, m, dd int
		_, _ = fmtSscanf(dt, &y, &m, &dd)
		doc.Date = readout.Date{Year: y, Month: m, Day: dd, Precision: readout.PrecisionDay}
	}
	res := New(g).AttributeSentences(doc)
	t.Logf("date %v participants %v", doc.Date, doc.Participants)
	for _, ps := range res {
		for _, s := range ps {
			var why []string
			for _, r := range s.Why {
				why = append(why, string(r.Role[0])+":"+r.String())
			}
			t.Logf("[%d.%d] %.90s\n      S=%v | %s", s.Paragraph, s.Index, s.Text, s.Speakers, strings.Join(why, "; "))
		}
	}
}

func fmtSscanf(s string, y, m, d *int) (int, error) { return fmt.Sscanf(s, "%d-%d-%d", y, m, d) }
