package bench

import (
	"path/filepath"
	"testing"
)

// TestParagraphDatePeriod: a paragraph carries the end of its date's
// period, so that the peers match a date known by its year alone only in a
// range that holds the whole year, as Readouts does (the Lucene peer's
// date_end).
func TestParagraphDatePeriod(t *testing.T) {
	sample := filepath.Join("..", "..", "testdata", "sample")
	tests := []struct {
		file, date, end string
	}{
		{"ungd/2020_UNGD75_CHN.txt", "2020-01-01", "2021-01-01"}, // "date: 2020"
		{"state/2021-05-23_diversion-of-ryanair-flight-to-belarus-and-arrest-of-journalist.txt", "2021-05-23", "2021-05-24"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			paras, err := readFile(filepath.Join(sample, tt.file), filepath.Dir(tt.file))
			if err != nil {
				t.Fatal(err)
			}
			if len(paras) == 0 {
				t.Fatal("no paragraphs")
			}
			for _, p := range paras {
				if p.Date != tt.date || p.End != tt.end {
					t.Fatalf("%s: date %q, end %q; want %q, %q", p.ID, p.Date, p.End, tt.date, tt.end)
				}
			}
		})
	}
}
