package readout

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestSplitDateline(t *testing.T) {
	tests := []struct{ text, agency, rest string }{
		{"Beijing, 27 January 2022 (TDI): According to the ministry, x.", "TDI", "According to the ministry, x."},
		{"WASHINGTON (Reuters) - The two met.", "Reuters", "The two met."},
		{"New Delhi, March 3, 2023 — The talks ended.", "", "The talks ended."},
		{"US Secretary of State Antony Blinken held a telephone dialogue.", "", "US Secretary of State Antony Blinken held a telephone dialogue."},
		{"Note - this is not a dateline.", "", "Note - this is not a dateline."},
		{"Q: What did he say?", "", "Q: What did he say?"},
	}
	for _, tt := range tests {
		agency, rest := splitDateline(tt.text)
		if agency != tt.agency || rest != tt.rest {
			t.Errorf("splitDateline(%q) = %q, %q; want %q, %q", tt.text, agency, rest, tt.agency, tt.rest)
		}
	}
}

func TestEventOf(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Wang Yi had a phone conversation with Antony Blinken.", "Phone call"},
		{"Blinken held a telephone dialogue with Wang Yi. The two prepared a virtual meeting.", "Phone call"},
		{"The President met with the Prime Minister.", "Meeting"},
		{"The leaders held a video conference.", "Video call"},
		{"The ministry issued a statement on climate.", ""},
	}
	for _, tt := range tests {
		if got := eventOf(tt.text); got != tt.want {
			t.Errorf("eventOf(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestSeedTitles: the two headerless seeds get the title a reader would
// write, the participants attribution found and the event, instead of
// their dateline and a cut first sentence; the seed whose dateline names
// an agency gets it as its source. (The attributor here is a stand-in that
// sets the participants the real one finds: attribution imports readout.)
func TestSeedTitles(t *testing.T) {
	tests := []struct {
		file         string
		participants []string
		title        string
		source       string
		plain        string // the title without participants: the first sentence, dateline and lead gone
	}{
		{"000_1e93c1123834f146.txt", []string{"Wang Yi", "Antony Blinken"}, "Phone call between Wang Yi and Antony Blinken", "TDI",
			"Chinese State Councilor and Foreign Minister Wang Yi, had a phone conversation with US …"},
		{"001_bfa104d00ee4ebbb.txt", []string{"Antony Blinken", "Wang Yi"}, "Phone call between Antony Blinken and Wang Yi", "",
			"US Secretary of State Antony Blinken held a telephone dialogue with Chinese Foreign …"},
	}
	for _, tt := range tests {
		path := filepath.Join("..", "..", "testdata", "sample", "seeds", tt.file)
		readFile(t, path)
		docs, err := ParseFile(path, tt.file, Options{Attributor: participants(tt.participants)})
		if err != nil {
			t.Fatal(err)
		}
		if d := docs[0]; d.Title != tt.title || d.Source != tt.source {
			t.Errorf("%s: title %q, source %q; want %q, %q", tt.file, d.Title, d.Source, tt.title, tt.source)
		}
		docs, err = ParseFile(path, tt.file, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if d := docs[0]; d.Title != tt.plain || strings.Contains(d.Title, "(TDI)") {
			t.Errorf("%s without participants: title %q, want %q", tt.file, d.Title, tt.plain)
		}
	}
}

// A header's title is kept as written.
func TestTitleFromHeaderKept(t *testing.T) {
	docs, err := Parse("x.txt", "x", []byte("title: Readout of the Call\ndate: 2022-01-01\n\nBeijing, 1 January 2022 (TDI): The two ministers had a phone call.\n"), Options{Attributor: participants{"A B", "C D"}})
	if err != nil {
		t.Fatal(err)
	}
	if d := docs[0]; d.Title != "Readout of the Call" || d.Source != "TDI" {
		t.Errorf("title %q source %q", d.Title, d.Source)
	}
}

// participants is an Attributor that only sets a document's participants.
type participants []string

func (p participants) Attribute(d *Document) { d.Participants = p }
