package readout

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// sharedCorpus is the real corpus next to the repository; tests that use it
// skip when it is absent.
const sharedCorpus = "../../../shared/corpus"

func readFile(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("%v (real corpus or seed not available)", err)
	}
	return string(data)
}

func parseOne(t *testing.T, path string) *Document {
	t.Helper()
	readFile(t, path)
	docs, err := ParseFile(path, filepath.Base(path), Options{})
	if err != nil {
		t.Fatal(err)
	}
	return docs[0]
}

func TestSeeds(t *testing.T) {
	tests := []struct {
		file      string
		paras     int // exact, or 0 for "several"
		date      string
		origin    DateOrigin
		firstWord string
	}{
		{"000_1e93c1123834f146.txt", 9, "2022-01-27", FromDateline, "Beijing,"},
		{"001_bfa104d00ee4ebbb.txt", 0, "2021-11-14", FromHeader, "US"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			d := parseOne(t, filepath.Join("../../../shared/seeds", tt.file))
			n := len(d.Paragraphs)
			if (tt.paras > 0 && n != tt.paras) || (tt.paras == 0 && n < 3) {
				t.Errorf("%d paragraphs, want %d (0: at least 3)", n, tt.paras)
			}
			if d.Date.String() != tt.date || d.Date.Origin != tt.origin {
				t.Errorf("date %s (%s), want %s (%s)", d.Date, d.Date.Origin, tt.date, tt.origin)
			}
			if !strings.HasPrefix(d.Paragraphs[0].Text, tt.firstWord+" ") {
				t.Errorf("first paragraph %q should start with %q (the date line is not text)", d.Paragraphs[0].Text, tt.firstWord)
			}
			for _, p := range d.Paragraphs {
				if len(p.Text) > DefaultMaxParagraph || !endsSentence(p.Text) {
					t.Errorf("paragraph %d (%d bytes) is not whole sentences within %d bytes: ...%q",
						p.N, len(p.Text), DefaultMaxParagraph, p.Text[max(0, len(p.Text)-30):])
				}
			}
		})
	}
}

// TestCorpus parses a sample of each folder of the real corpus and checks
// what must hold for every document: header date and title, words kept,
// turns kept apart, paragraphs of a sane size.
func TestCorpus(t *testing.T) {
	folders := []string{"us_state_dept_press_releases", "us_white_house_readouts", "un_general_debate", "china_mfa_press_conferences"}
	for _, folder := range folders {
		t.Run(folder, func(t *testing.T) {
			files, _ := filepath.Glob(filepath.Join(sharedCorpus, folder, "*.txt"))
			if len(files) == 0 {
				t.Skipf("%s not available", filepath.Join(sharedCorpus, folder))
			}
			step := 1
			if testing.Short() {
				step = 20
			}
			for i := 0; i < len(files); i += step {
				checkCorpusFile(t, files[i])
			}
		})
	}
}

func checkCorpusFile(t *testing.T, path string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	docs, err := Parse(path, path, data, Options{})
	if err != nil {
		t.Errorf("%s: %v", path, err)
		return
	}
	d := docs[0]
	meta, body, _ := splitHeader(string(data))
	if d.Title == "" || d.Title != collapse(meta["title"]) {
		t.Errorf("%s: title %q", path, d.Title)
	}
	if want, _ := looseDate(meta["date"]); d.Date.Origin != FromHeader || d.Date.String() != want.String() {
		t.Errorf("%s: date %s (%s), header %q", path, d.Date, d.Date.Origin, meta["date"])
	}
	if d.Source == "" {
		t.Errorf("%s: no source", path)
	}
	var want, got []string
	turns := 0
	// A first line repeating the title or the speaker is the only text
	// dropped, markup aside (markup.go); every other word must come through.
	body = dropRepeatedHeader(stripMarkup(body), d.Title, meta["speaker"])
	for _, l := range strings.Split(body, "\n") {
		if !isSeparator(strings.TrimSpace(l)) {
			want = append(want, strings.Fields(l)...)
		}
		if strings.HasPrefix(strings.TrimSpace(l), "Q:") || strings.HasPrefix(strings.TrimSpace(l), "A:") {
			turns++
		}
	}
	gotTurns := 0
	for _, p := range d.Paragraphs {
		got = append(got, strings.Fields(p.Text)...)
		if strings.HasPrefix(p.Text, "Q:") || strings.HasPrefix(p.Text, "A:") {
			gotTurns++
		}
		if len(p.Text) > 2*DefaultMaxParagraph && len(Sentences(p.Text)) > 1 {
			t.Errorf("%s: paragraph %d has %d bytes in %d sentences", path, p.N, len(p.Text), len(Sentences(p.Text)))
		}
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("%s: paragraph words differ from the body's", path)
	}
	if gotTurns != turns {
		t.Errorf("%s: %d Q:/A: lines but %d paragraphs start a turn", path, turns, gotTurns)
	}
}

// TestWhiteHouseWrapping is the story of the hard-wrapped Markdown: a phrase
// across a line break must come out as one paragraph text.
func TestWhiteHouseWrapping(t *testing.T) {
	d := parseOne(t, "testdata/corpus/2021-01-23_readout-of-president-joe-biden-call-with-president-andr-s-manuel-l-pez.txt")
	if len(d.Paragraphs) != 1 {
		t.Errorf("%d paragraphs, want 1", len(d.Paragraphs))
	}
	for _, phrase := range []string{"López Obrador yesterday", "The President outlined his plan", "immigration policies."} {
		if !strings.Contains(d.Paragraphs[0].Text, phrase) {
			t.Errorf("paragraph lacks %q: %q", phrase, d.Paragraphs[0].Text)
		}
	}
	if strings.Contains(d.Paragraphs[0].Text, "###") {
		t.Errorf("separator kept: %q", d.Paragraphs[0].Text)
	}
}

// TestUNGD2024Wrapped: PDF-style wrapping with page breaks mid-sentence.
func TestUNGD2024Wrapped(t *testing.T) {
	d := parseOne(t, "testdata/corpus/2024_UNGD79_USA.txt")
	if n := len(d.Paragraphs); n < 40 || n > 150 {
		t.Errorf("%d paragraphs, want 40-150", n)
	}
	for _, phrase := range []string{"Israel and Egypt went to war but then forged a historic peace.", "He was held accountable."} {
		found := false
		for _, p := range d.Paragraphs {
			found = found || strings.Contains(p.Text, phrase)
		}
		if !found {
			t.Errorf("no paragraph holds %q", phrase)
		}
	}
}
