package pairing

import (
	"context"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/readouts/readouts/internal/readout"
)

func TestEventKind(t *testing.T) {
	tests := []struct {
		title, text, want string
	}{
		{"Readout of President Biden’s Call with President Xi Jinping of the People’s Republic of China", "", "call"},
		{"Background Press Call on President Biden’s Call with President Xi Jinping of the People’s Republic of China", "", "call"},
		{"Background Press Call by Senior Administration Officials on President Biden’s Virtual Meeting with President Xi of the People’s Republic of China", "", "meeting"},
		{"Secretary Antony J. Blinken and German Chancellor Angela Merkel Before Their Meeting", "", "meeting"},
		{"Croatia Statehood Day", "The United States congratulates the people of Croatia.", ""},
		{"Background Press Call by Senior Administration Officials Previewing the 9th Summit of the Americas", "", ""},
		// No title (the seeds): the start of the text says.
		{"", "Beijing, 27 January 2022 (TDI): Wang Yi had a phone conversation with US Secretary of State, Antony Blinken.", "call"},
		// A call for restraint is no phone call.
		{"", "The Secretary called for restraint and called on all sides to refrain from violence.", ""},
	}
	for _, tc := range tests {
		t.Run(tc.title+tc.text, func(t *testing.T) {
			d := &Doc{Title: tc.title, Paragraphs: []Paragraph{{Text: tc.text}}}
			if got := eventKind(d); got != tc.want {
				t.Errorf("eventKind = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestIsPreview(t *testing.T) {
	tests := []struct {
		title, text string
		want        bool
	}{
		{"Background Press Call Previewing the German Chancellor’s Visit", "", true},
		{"Statement from NSC Spokesperson Adrienne Watson on National Security Advisor Jake Sullivan’s Meeting with Director Wang Yi",
			"On January 26-27, National Security Advisor Jake Sullivan will meet with Foreign Minister Wang Yi in Bangkok, Thailand. This meeting continues the commitment.", true},
		{"Readout of National Security Advisor Jake Sullivan’s Meeting with Chinese Foreign Minister Wang Yi",
			"National Security Advisor Jake Sullivan met with Wang Yi in Bangkok. They will meet again in the coming months.", false},
	}
	for _, tc := range tests {
		t.Run(tc.title, func(t *testing.T) {
			if got := isPreview(&Doc{Title: tc.title, Paragraphs: []Paragraph{{Text: tc.text}}}); got != tc.want {
				t.Errorf("isPreview = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestWords(t *testing.T) {
	got := words("The Secretary discussed sanctions, the Minsk agreements and Russia’s security concerns.")
	want := []string{"sanction", "minsk", "agreement", "russia", "security", "concern"}
	if !slices.Equal(got, want) {
		t.Errorf("words = %q, want %q", got, want)
	}
}

// sampleDoc parses a document of testdata/sample as pairing reads it,
// without attribution (Compare needs only the text).
func sampleDoc(t *testing.T, rel string) *Doc {
	t.Helper()
	_, file, _, _ := runtime.Caller(0)
	path := filepath.Join(filepath.Dir(file), "..", "..", "testdata", "sample", rel)
	docs, err := readout.ParseFile(path, rel, readout.Options{MaxParagraph: readout.DefaultMaxParagraph, MinParagraph: readout.DefaultMinParagraph})
	if err != nil || len(docs) != 1 {
		t.Fatalf("parse %s: %v (%d documents)", rel, err, len(docs))
	}
	d := &Doc{ID: rel, Title: docs[0].Title, Source: docs[0].Source}
	for _, p := range docs[0].Paragraphs {
		d.Paragraphs = append(d.Paragraphs, Paragraph{Text: p.Text})
	}
	return d
}

// TestCompareRealAccounts compares the White House and State Department
// readouts of the Warsaw meeting of 26 March 2022: the meeting paragraphs
// are side by side, every paragraph of both is shown once and in order,
// and what only the State Department writes (Warsaw, the NATO summit) is
// listed on its side.
func TestCompareRealAccounts(t *testing.T) {
	a := sampleDoc(t, "whitehouse/2022-03-26_readout-of-president-bidens-meeting-with-foreign-minister-kuleba-and-d.txt")
	b := sampleDoc(t, "state/2022-03-26_secretary-blinken-and-secretary-austins-meeting-with-ukraines-foreign.txt")
	c := Compare(a, b, nil)

	var seenA, seenB []int
	paired := 0
	for _, r := range c.Rows {
		if r.A != nil {
			seenA = append(seenA, r.A.N)
		}
		if r.B != nil {
			seenB = append(seenB, r.B.N)
		}
		if r.A != nil && r.B != nil {
			paired++
			if r.Similarity < alignMin {
				t.Errorf("row %d/%d paired at %.2f", r.A.N, r.B.N, r.Similarity)
			}
		}
	}
	if len(seenA) != len(a.Paragraphs) || !slices.IsSorted(seenA) {
		t.Errorf("A's paragraphs shown %v, want 1..%d in order", seenA, len(a.Paragraphs))
	}
	if len(seenB) != len(b.Paragraphs) || !slices.IsSorted(seenB) {
		t.Errorf("B's paragraphs shown %v, want 1..%d in order", seenB, len(b.Paragraphs))
	}
	if paired == 0 {
		t.Error("no paragraphs paired")
	}
	if !slices.Contains(c.OnlyB.Names, "Warsaw") || slices.Contains(c.OnlyA.Names, "Warsaw") {
		t.Errorf("names only in A %q, only in B %q; want Warsaw only in B", c.OnlyA.Names, c.OnlyB.Names)
	}
	// The text is cut into runs and nothing is lost.
	for _, r := range c.Rows {
		if r.B == nil {
			continue
		}
		var sb strings.Builder
		for _, s := range r.B.Segments {
			sb.WriteString(s.Text)
		}
		if got, want := sb.String(), b.Paragraphs[r.B.N-1].Text; got != want {
			t.Errorf("paragraph %d rendered %q, want %q", r.B.N, got, want)
		}
	}
}

func TestSegmentsKeepText(t *testing.T) {
	text := "Both sides agreed to continue talks on the Minsk agreements; Minsk-based talks — again."
	only := map[string]string{"minsk": "minsk", "talk": "talks", "again": "again"}
	var sb strings.Builder
	marked := 0
	for _, s := range segments(text, only) {
		sb.WriteString(s.Text)
		if s.Only {
			marked++
		}
	}
	if sb.String() != text {
		t.Errorf("segments rebuild %q, want %q", sb.String(), text)
	}
	// "talks" twice and "Minsk"; "Minsk-based" is another word and "again"
	// a stop word.
	if marked != 3 {
		t.Errorf("%d runs marked, want 3", marked)
	}
}

// library is an in-memory Library.
type library map[string]*Doc

func (l library) EventDocuments(_ context.Context, from, to time.Time, names []string, limit int) ([]string, error) {
	var ids []string
	for id, d := range l {
		if d.Date.Before(from) || d.Date.After(to) {
			continue
		}
		if slices.ContainsFunc(names, func(n string) bool { return slices.Contains(d.Participants, n) }) {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	return ids[:min(limit, len(ids))], nil
}

func (l library) Doc(_ context.Context, id string) (*Doc, error) { return l[id], nil }

// TestCandidatesLeaveOutVersions: a version the index links is not another
// account; a document that only shares the URL is (the State Department
// feed reuses URLs for different releases).
func TestCandidatesLeaveOutVersions(t *testing.T) {
	day := time.Date(2022, 2, 1, 0, 0, 0, 0, time.UTC)
	call := func(id, source, url, text string) *Doc {
		return &Doc{ID: id, Title: "Call with Foreign Minister Kuleba", Source: source, URL: url, Date: day, DayPrecise: true,
			Participants: []string{"Antony Blinken", "Dmytro Kuleba"},
			Paragraphs:   []Paragraph{{Text: text, Speakers: []string{"Antony Blinken"}, Mentions: []string{"Dmytro Kuleba"}}}}
	}
	const url = "https://www.state.gov/secretary-blinkens-call-with-ukrainian-foreign-minister-kuleba/"
	d := call("state-a", "U.S. Department of State", url, "Secretary Blinken spoke with Foreign Minister Kuleba about Russia's military build-up.")
	d.Versions = []string{"state-a-2"}
	lib := library{
		"state-a":   d,
		"state-a-2": call("state-a-2", "U.S. Department of State", "https://www.state.gov/other/", "Secretary Blinken spoke with Foreign Minister Kuleba about Russia's military build-up and sanctions."),
		"ua-b":      call("ua-b", "Ministry of Foreign Affairs of Ukraine", url, "Dmytro Kuleba had a phone call with Antony Blinken on security guarantees and the situation at the border."),
	}
	got, err := Candidates(context.Background(), lib, d)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, m := range got {
		ids = append(ids, m.Doc.ID)
	}
	if !slices.Equal(ids, []string{"ua-b"}) {
		t.Errorf("candidates = %v; want [ua-b]: the linked version left out, the account sharing the URL kept", ids)
	}
}

// TestProperNamesLeaveOffices: a title written with a country's adjective
// or an "of" phrase ("Ukrainian Minister of Defence") is an office, not a
// place or body; the place beside it stays. The compare page listed
// "Ukrainian Minister of Defence" under places and bodies.
func TestProperNamesLeaveOffices(t *testing.T) {
	for _, tc := range []struct {
		text      string
		mentions  []string
		want, not []string
	}{
		{text: "Secretary Austin met with Ukrainian Minister of Defence Oleksii Reznikov in Brussels on Friday.",
			mentions: []string{"Oleksii Reznikov"},
			want:     []string{"Brussels"}, not: []string{"Ukrainian Minister of Defence", "Minister of Defence", "Defence", "Ukrainian Minister"}},
		{text: "They spoke about the work of the UN General Assembly and the Office of the President of Ukraine.",
			want: []string{"UN General Assembly"}, not: []string{"of the"}},
		{text: "He welcomed the Republic of Korea's offer and thanked Foreign Minister Park Jin.",
			mentions: []string{"Park Jin"},
			want:     []string{"Republic of Korea"}, not: []string{"Foreign Minister"}},
	} {
		d := &Doc{Paragraphs: []Paragraph{{Text: tc.text, Mentions: tc.mentions}}}
		got := properNames(d)
		for _, w := range tc.want {
			if !slices.Contains(got, w) {
				t.Errorf("%q: names %q, want %q among them", tc.text, got, w)
			}
		}
		for _, n := range tc.not {
			if slices.Contains(got, n) {
				t.Errorf("%q: names %q include %q", tc.text, got, n)
			}
		}
	}
}
