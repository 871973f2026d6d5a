package readout

import (
	"bufio"
	"errors"
	"os"
	"strings"
	"testing"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in      string
		want    Date
		wantErr bool
	}{
		{"2022", Date{Year: 2022, Precision: PrecisionYear}, false},
		{"2022-01", Date{Year: 2022, Month: 1, Precision: PrecisionMonth}, false},
		{"2022-01-27", Date{Year: 2022, Month: 1, Day: 27, Precision: PrecisionDay}, false},
		{" 2024-02-29 ", Date{Year: 2024, Month: 2, Day: 29, Precision: PrecisionDay}, false},
		{"2023-02-29", Date{}, true},
		{"2022-02-30", Date{}, true},
		{"2022-13", Date{}, true},
		{"2022-00-10", Date{}, true},
		{"2022-1-5", Date{}, true},
		{"22", Date{}, true},
		{"", Date{}, true},
		{"27 January 2022", Date{}, true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseDate(tt.in)
			if (err != nil) != tt.wantErr {
				t.Fatalf("ParseDate(%q) error = %v, want error %v", tt.in, err, tt.wantErr)
			}
			if err != nil && !errors.Is(err, ErrInvalidDate) {
				t.Errorf("ParseDate(%q) error %v does not wrap ErrInvalidDate", tt.in, err)
			}
			if got != tt.want {
				t.Errorf("ParseDate(%q) = %+v, want %+v", tt.in, got, tt.want)
			}
		})
	}
}

func TestFindDate(t *testing.T) {
	tests := []struct {
		name  string
		meta  map[string]string
		title string
		body  string
		file  string
		want  string
		orig  DateOrigin
	}{
		{"header wins over dateline", map[string]string{"date": "2021-05-20"}, "", "Beijing, 27 January 2022 (TDI): text", "", "2021-05-20", FromHeader},
		{"header time not shifted", map[string]string{"date": "2021-05-20T23:10:41-04:00"}, "", "", "", "2021-05-20", FromHeader},
		{"precision year", map[string]string{"date": "1946-01-01", "date_precision": "year only (exact day not in source data)"}, "", "", "", "1946", FromHeader},
		{"precision day, year inferred", map[string]string{"date": "2018-09-10", "date_precision": "day (year inferred from document-id sequence)"}, "", "", "", "2018-09-10", FromHeader},
		{"header written out", map[string]string{"date": "May 11, 2018"}, "", "", "", "2018-05-11", FromHeader},
		{"header month", map[string]string{"date": "January 2022"}, "", "", "", "2022-01", FromHeader},
		{"bad header falls through", map[string]string{"date": "soon"}, "", "", "2021-01-02_x.txt", "2021-01-02", FromFileName},
		{"dateline before title", nil, "Talks on May 1, 2020", "Geneva, 2 May 2020 — text", "", "2020-05-02", FromDateline},
		{"title before text", nil, "Talks on May 1, 2020", "They met on 2 May 2020.", "", "2020-05-01", FromTitle},
		{"sentence is not a place", nil, "", "They met, 2 May 2020 - and parted.", "", "2020-05-02", FromText},
		{"end line in a sentence is text", nil, "", "First.\n\nThe meeting will take place on 8 May 2024.", "", "2024-05-08", FromText},
		{"month-day needs a year", nil, "", "WASHINGTON, Nov 14 — text", "notes.txt", "", ""},
		{"filename month", nil, "", "text", "2022-01_notes.md", "2022-01", FromFileName},
		{"filename not a date", nil, "", "text", "12345.txt", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			meta := tt.meta
			if meta == nil {
				meta = map[string]string{}
			}
			got := findDate(meta, tt.title, tt.body, tt.file)
			if got.String() != tt.want || got.Origin != tt.orig {
				t.Errorf("findDate = %s (%s), want %s (%s)", got, got.Origin, tt.want, tt.orig)
			}
		})
	}
}

// TestDateSet parses every document listed in testdata/dates.tsv (seeds,
// real corpus files, synthetic cases) and requires every date, precision and
// origin to match. Rows whose file is missing (the shared corpus is not in
// every checkout) are skipped and counted.
func TestDateSet(t *testing.T) {
	f, err := os.Open("testdata/dates.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var total, hits, skipped int
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 4 {
			t.Fatalf("dates.tsv: bad row %q", line)
		}
		path, want := cols[0], cols[1]+" "+cols[2]+" "+cols[3]
		if _, err := os.Stat(path); err != nil {
			skipped++
			continue
		}
		total++
		docs, err := ParseFile(path, path, Options{})
		if err != nil {
			t.Errorf("miss %s: %v", path, err)
			continue
		}
		d := docs[0].Date
		got := orDash(d.String()) + " " + orDash(string(d.Precision)) + " " + orDash(string(d.Origin))
		if got != want {
			t.Errorf("miss %s: got %s, want %s", path, got, want)
			continue
		}
		hits++
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	t.Logf("dates: %d/%d right (%d rows skipped: file missing)", hits, total, skipped)
	if total < 30 {
		t.Errorf("only %d documents in the date set; want at least 30", total)
	}
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
