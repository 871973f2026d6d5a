package readout

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// TestParseGolden parses each file in testdata/formats and compares the
// documents, as JSON, with testdata/golden/<file>.json.
func TestParseGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/formats/*")
	if err != nil || len(files) == 0 {
		t.Fatalf("no test files: %v", err)
	}
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			docs, err := ParseFile(path, "formats/"+filepath.Base(path), Options{})
			if err != nil {
				t.Fatal(err)
			}
			got, err := json.MarshalIndent(docs, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := filepath.Join("testdata/golden", filepath.Base(path)+".json")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from %s (go test -update rewrites it)\ngot:\n%s", path, golden, got)
			}
		})
	}
}

// TestParseFields checks, format by format, the fields the golden files
// hold, so that a bad -update is caught.
func TestParseFields(t *testing.T) {
	tests := []struct {
		file, title, source, url, date string
		paras                          []string // first paragraphs, in order
	}{
		{"header.txt", "Secretary Blinken's Call with Chinese Foreign Minister Wang Yi", "U.S. Department of State",
			"https://www.state.gov/secretary-blinkens-call-with-prc-foreign-minister-wang/", "2021-11-13",
			// The "Office of the Spokesperson" line repeats the header's speaker and is dropped.
			[]string{"Secretary of State Antony J. Blinken spoke with PRC State Councilor and Foreign Minister Wang Yi today about preparations for the virtual meeting between President Biden and President Xi."}},
		{"no-header-title.txt", "Readout of the Foreign Minister's Call with the Secretary of State", "", "", "2021-11-13",
			[]string{"Foreign Minister Wang Yi had a phone call with Secretary of State Antony Blinken on 13 November 2021. Note: this line is not a header, so the file has no header."}},
		{"transcript.txt", "Department Press Briefing", "U.S. Department of State", "", "2021-06-01",
			[]string{"MR PRICE: Good afternoon.", "QUESTION: Thank you.", "MR PRICE: We have a long statement to open today's briefing with, about the Secretary's travel next week. Thank you.", "Q: One more?", "A: Sure."}},
		{"readout.md", "Readout of President Biden's Call with Chancellor Scholz", "The White House",
			"https://www.whitehouse.gov/briefing-room/statements-releases/2022/02/03/readout/", "2022-02-03",
			[]string{"President Joseph R. Biden, Jr. spoke today with Chancellor Olaf Scholz of Germany. The leaders discussed Russia's military build-up on Ukraine's borders.",
				"Priorities Continued coordination on sanctions and export controls.", "Support for Ukraine's sovereignty and territorial integrity."}},
		{"page.html", "Secretary Blinken’s Meeting with Foreign Minister Lavrov", "U.S. Department of State",
			"https://www.state.gov/secretary-blinkens-meeting-with-russian-foreign-minister-lavrov/", "2022-01-21",
			[]string{"Office of the Spokesperson Secretary Antony J. Blinken met with Russian Foreign Minister Sergey Lavrov in Geneva today.",
				"The Secretary reiterated that any further invasion would be met with swift & severe costs.",
				"Diplomacy is the best way forward — and the Secretary said so."}},
		{"ungd-lines.txt", "UN General Debate, 1st session (1946): statement by a delegation", "UN General Debate Corpus", "", "1946",
			[]string{"At the resumption of the first session of the General Assembly, the delegation wishes to state its views on a number of questions.",
				"Politics are determined by circumstances. Accordingly, in making these remarks, we do not renounce the right to take decisions in the light of events."}},
		{"pdf-wrapped.txt", "UN General Debate, 79th session (2024): statement by a delegation", "", "", "2024",
			[]string{"Today, humanity has once again come to a historical crossroads. We are facing a changing and turbulent world. Challenges of insecurity and imbalanced development are increasingly prominent. Meanwhile, we are also embracing a world full of hope. Multipolarity has become the trend of our times.",
				"This institution, the United Nations, embodies the aspirations of people across the world for lasting peace and common prosperity, and bears witness to the glorious journey of the international community coming together in pursuit of progress.",
				"We should respect each other's sovereignty and territorial integrity, take the legitimate security concerns of others seriously, and resolve disputes and differences through dialogue."}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			docs, err := ParseFile("testdata/formats/"+tt.file, tt.file, Options{})
			if err != nil {
				t.Fatal(err)
			}
			d := docs[0]
			if d.Title != tt.title || d.Source != tt.source || d.URL != tt.url || d.Date.String() != tt.date {
				t.Errorf("got title %q source %q url %q date %s\nwant title %q source %q url %q date %s",
					d.Title, d.Source, d.URL, d.Date, tt.title, tt.source, tt.url, tt.date)
			}
			if len(d.Paragraphs) < len(tt.paras) {
				t.Fatalf("got %d paragraphs, want at least %d: %q", len(d.Paragraphs), len(tt.paras), texts(d))
			}
			for i, want := range tt.paras {
				if p := d.Paragraphs[i]; p.Text != want || p.N != i+1 {
					t.Errorf("paragraph %d:\n got %d %q\nwant %d %q", i+1, p.N, p.Text, i+1, want)
				}
			}
		})
	}
}

func texts(d *Document) []string {
	var out []string
	for _, p := range d.Paragraphs {
		out = append(out, p.Text)
	}
	return out
}

func TestParseJSONL(t *testing.T) {
	data := strings.Join([]string{
		`{"id":"x","title":"First","date":"2021-11-13","speaker":"Wang Yi","text":"Wang Yi said the two sides should meet each other halfway."}`,
		`{"title":"no text"}`,
		``,
		`{"text": "Blinken said the United States welcomed the talks with China."}`,
		`{not json`,
		`{"text":"   "}`,
	}, "\n")
	docs, err := Parse("in/batch.jsonl", "batch", []byte(data), Options{})
	if len(docs) != 2 || docs[0].ID != "batch:x" || docs[1].ID != "batch:4" {
		t.Fatalf("got %d docs (%v), want batch:x (its id) and batch:4 (its line)", len(docs), ids(docs))
	}
	if got := docs[0].Meta["speaker"]; got != "Wang Yi" {
		t.Errorf("Meta[speaker] = %q, want Wang Yi", got)
	}
	if docs[0].Date.String() != "2021-11-13" || docs[0].Title != "First" {
		t.Errorf("doc 1: date %s title %q", docs[0].Date, docs[0].Title)
	}
	for _, want := range []struct {
		line int
		err  error
	}{{2, ErrSyntax}, {5, ErrSyntax}, {6, ErrEmpty}} {
		if !hasLineError(err, want.line, want.err) {
			t.Errorf("error %v does not report line %d (%v)", err, want.line, want.err)
		}
	}
	if err == nil || !strings.Contains(err.Error(), "in/batch.jsonl:2: ") {
		t.Errorf("error %q should name the file and line", err)
	}
}

func ids(docs []*Document) []string {
	var out []string
	for _, d := range docs {
		out = append(out, d.ID)
	}
	return out
}

func hasLineError(err error, line int, target error) bool {
	joined, ok := err.(interface{ Unwrap() []error })
	if !ok {
		return false
	}
	for _, e := range joined.Unwrap() {
		var fe *FileError
		if errors.As(e, &fe) && fe.Line == line && errors.Is(fe, target) {
			return true
		}
	}
	return false
}

func TestParseRejects(t *testing.T) {
	tests := []struct {
		name string
		file string
		data string
		opts Options
		want error
		line int
	}{
		{"NUL byte", "a.txt", "hello\nwor\x00ld", Options{}, ErrBinary, 2},
		{"invalid UTF-8", "a.txt", "caf\xe9 au lait\n", Options{}, ErrInvalidUTF8, 1},
		{"invalid UTF-8 line 3", "a.md", "one\ntwo\n\xff", Options{}, ErrInvalidUTF8, 3},
		{"empty", "a.txt", "", Options{}, ErrEmpty, 0},
		{"white space", "a.txt", " \n\r\n\t", Options{}, ErrEmpty, 0},
		{"header only", "a.txt", "title: x\ndate: 2021-01-01\n\n", Options{}, ErrEmpty, 0},
		{"separators only", "a.md", "###\n\n* * *\n", Options{}, ErrEmpty, 0},
		{"empty HTML", "a.html", "<html><head><title>t</title></head><body><script>x()</script></body></html>", Options{}, ErrEmpty, 0},
		{"too large", "a.txt", strings.Repeat("word ", 100), Options{MaxFileBytes: 100}, ErrTooLarge, 0},
		{"unsupported", "a.pdf", "text", Options{}, ErrUnsupported, 0},
		{"blank JSONL", "a.jsonl", "\n\n", Options{}, ErrEmpty, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, err := Parse(tt.file, "id", []byte(tt.data), tt.opts)
			if len(docs) != 0 || !errors.Is(err, tt.want) {
				t.Fatalf("Parse = %d docs, %v; want %v", len(docs), err, tt.want)
			}
			var fe *FileError
			if !errors.As(err, &fe) || fe.Path != tt.file || fe.Line != tt.line {
				t.Errorf("error %#v: want *FileError for %s line %d", err, tt.file, tt.line)
			}
		})
	}
}

func TestParseFileTooLarge(t *testing.T) {
	_, err := ParseFile("testdata/formats/header.txt", "x", Options{MaxFileBytes: 10})
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "header.txt") {
		t.Errorf("ParseFile = %v, want ErrTooLarge naming the file", err)
	}
}

type countingAttributor struct{ n int }

func (a *countingAttributor) Attribute(doc *Document) {
	a.n++
	doc.Participants = []string{"Wang Yi"}
}

func TestParseCallsAttributor(t *testing.T) {
	a := &countingAttributor{}
	docs, err := Parse("x.jsonl", "x", []byte(`{"text":"Wang Yi spoke with the Secretary on Thursday afternoon."}`+"\n"+`{"text":"Wang Yi spoke with the Secretary again on Friday morning."}`), Options{Attributor: a})
	if err != nil || a.n != 2 || len(docs[1].Participants) != 1 {
		t.Errorf("err %v, attributor called %d times, want 2", err, a.n)
	}
}
