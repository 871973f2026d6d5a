package readout

import (
	"reflect"
	"strings"
	"testing"
)

func TestSplitParagraphs(t *testing.T) {
	long := strings.Repeat("The ministers discussed trade, climate and security in depth. ", 40) // ~2,500 bytes
	tests := []struct {
		name string
		body string
		opts Options
		want []string
	}{
		{"blank lines separate, wrapped lines join",
			"Blinken spoke with Wang\nYi today about the summit.\n\nThey agreed to stay in close\ncontact on all issues.",
			Options{}, []string{"Blinken spoke with Wang Yi today about the summit.", "They agreed to stay in close contact on all issues."}},
		{"white space collapsed",
			"  Blinken   spoke\twith Wang Yi today about the summit.  ",
			Options{}, []string{"Blinken spoke with Wang Yi today about the summit."}},
		{"tiny fragment joins the next",
			"Office of the Spokesperson\n\nSecretary Blinken spoke with Foreign Minister Wang Yi.",
			Options{}, []string{"Office of the Spokesperson Secretary Blinken spoke with Foreign Minister Wang Yi."}},
		{"tiny last fragment joins the previous",
			"Secretary Blinken spoke with Foreign Minister Wang Yi.\n\nEnd of readout.",
			Options{}, []string{"Secretary Blinken spoke with Foreign Minister Wang Yi. End of readout."}},
		{"separators dropped",
			"Secretary Blinken spoke with Foreign Minister Wang Yi.\n\n###\n\n* * *",
			Options{}, []string{"Secretary Blinken spoke with Foreign Minister Wang Yi."}},
		{"short turns stay whole",
			"Q: Thank you.\n\nA: Sure.\n\nQ: And the talks with the Chinese side on Thursday?",
			Options{}, []string{"Q: Thank you.", "A: Sure.", "Q: And the talks with the Chinese side on Thursday?"}},
		{"fragment before a turn goes back to its speaker",
			"A: We have noted the reports about the talks on Thursday.\n\nThank you.\n\nQ: One more question?",
			Options{}, []string{"A: We have noted the reports about the talks on Thursday. Thank you.", "Q: One more question?"}},
		{"a time stamp before an accented label goes back, not into the turn",
			"Via Teleconference\n\n11:49 A.M. EDT\n\nMR. FERNÁNDEZ HERNÁNDEZ: Good morning, everyone, and thank you for joining.",
			Options{}, []string{"Via Teleconference 11:49 A.M. EDT", "MR. FERNÁNDEZ HERNÁNDEZ: Good morning, everyone, and thank you for joining."}},
		{"accented labels start turns",
			"FOREIGN MINISTER RINKĒVIČS: Thank you, Secretary, for the talks today.\nSECRETARY BLINKEN: Thank you, Minister, it was a pleasure.",
			Options{}, []string{"FOREIGN MINISTER RINKĒVIČS: Thank you, Secretary, for the talks today.", "SECRETARY BLINKEN: Thank you, Minister, it was a pleasure."}},
		{"turns without blank lines",
			"Q: Will the two ministers meet again soon?\nA: We will release information in due course.",
			Options{}, []string{"Q: Will the two ministers meet again soon?", "A: We will release information in due course."}},
		{"one paragraph per line",
			"The first paragraph of a General Debate speech ends here with a period.\nThe second paragraph of the speech also ends with a period, as they do.\nThe third one too, because in these files every line is a paragraph.\nAnd the fourth: lines are long and end with sentence punctuation.",
			Options{}, []string{"The first paragraph of a General Debate speech ends here with a period.", "The second paragraph of the speech also ends with a period, as they do.", "The third one too, because in these files every line is a paragraph.", "And the fourth: lines are long and end with sentence punctuation."}},
		{"page break inside a sentence",
			"The two sides agreed that the talks were\n\nconstructive and should continue.",
			Options{}, []string{"The two sides agreed that the talks were constructive and should continue."}},
		{"long block split at sentences", long, Options{}, nil},
		{"small MaxParagraph", "One sentence here. Another sentence there. A third one follows.", Options{MaxParagraph: 30, MinParagraph: 5},
			[]string{"One sentence here.", "Another sentence there.", "A third one follows."}},
		{"single long sentence stays whole", strings.Repeat("word ", 300), Options{}, []string{strings.TrimSpace(strings.Repeat("word ", 300))}},
		{"empty", "\n \n", Options{}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := splitParagraphs(tt.body, tt.opts)
			if tt.want == nil && tt.body == long {
				checkChunks(t, got, DefaultMaxParagraph)
				return
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("splitParagraphs(%q)\n got %q\nwant %q", tt.body, got, tt.want)
			}
		})
	}
}

// checkChunks requires chunks within max, of whole sentences, balanced.
func checkChunks(t *testing.T, got []string, maxLen int) {
	t.Helper()
	if len(got) < 3 {
		t.Fatalf("got %d chunks, want at least 3", len(got))
	}
	for i, p := range got {
		if len(p) > maxLen || !endsSentence(p) || len(p) < maxLen/3 {
			t.Errorf("chunk %d: %d bytes, ends %q", i+1, len(p), p[max(0, len(p)-10):])
		}
	}
}

func TestDetectLayout(t *testing.T) {
	tests := []struct {
		file string
		want layout
	}{
		{"testdata/corpus/2021-01-23_readout-of-president-joe-biden-call-with-president-andr-s-manuel-l-pez.txt", layoutBlocks},
		{"testdata/corpus/2021-05-20_secretary-antony-j-blinken-greenlandic-premier-mute-egede-greenlandic.txt", layoutBlocks},
		{"testdata/corpus/1946_UNGD01_ARG.txt", layoutLines},
		{"testdata/corpus/2023_UNGD78_AGO.txt", layoutLines},
		{"testdata/corpus/2024_UNGD79_USA.txt", layoutWrapped},
		{"testdata/corpus/2024_UNGD79_ERI.txt", layoutWrapped},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			d := readText(readFile(t, tt.file))
			if got, _ := detectLayout(trimmedLines(d.body)); got != tt.want {
				t.Errorf("layout %d, want %d", got, tt.want)
			}
		})
	}
}

func TestStripMarkdown(t *testing.T) {
	tests := []struct{ in, want string }{
		{"**bold** and __strong__ and *em* and _em_", "bold and strong and em and em"},
		{"a [link](https://x.org/a_b) and ![alt](i.png)", "a link and alt"},
		{"snake_case_word and 2*3*4 stay", "snake_case_word and 2*3*4 stay"},
		{"`code` and <https://x.org>", "code and https://x.org"},
		{"***both*** and \\*escaped\\*", "both and *escaped*"},
	}
	for _, tt := range tests {
		if got := stripInline(tt.in); got != tt.want {
			t.Errorf("stripInline(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSourceAndURL(t *testing.T) {
	tests := []struct {
		meta         map[string]string
		source, link string
	}{
		{map[string]string{"publisher": "The White House", "source": "https://www.whitehouse.gov/x"}, "The White House", "https://www.whitehouse.gov/x"},
		{map[string]string{"source": "UN General Debate Corpus (UNGDC), Jankin/Baturo/Dasandi"}, "UN General Debate Corpus", ""},
		{map[string]string{"source": "Xinhua, Beijing"}, "Xinhua", ""},
		{map[string]string{"source": "https://www.state.gov/a/"}, "U.S. Department of State", "https://www.state.gov/a/"},
		{map[string]string{"source": "https://bidenwhitehouse.archives.gov/b/"}, "The White House", "https://bidenwhitehouse.archives.gov/b/"},
		{map[string]string{"source": "https://www.fmprc.gov.cn/mfa_eng/t1.shtml"}, "Ministry of Foreign Affairs of the PRC", "https://www.fmprc.gov.cn/mfa_eng/t1.shtml"},
		{map[string]string{"source": "https://news.example.org/x"}, "news.example.org", "https://news.example.org/x"},
		{map[string]string{}, "", ""},
	}
	for _, tt := range tests {
		if s, l := sourceAndURL(tt.meta); s != tt.source || l != tt.link {
			t.Errorf("sourceAndURL(%v) = %q, %q; want %q, %q", tt.meta, s, l, tt.source, tt.link)
		}
	}
}

func TestSplitHeader(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		header bool
	}{
		{"header", "title: x\ndate: 2021-01-01\n\nbody", true},
		{"capitalised key is body", "Title: x\n\nbody", false},
		{"Q: is body", "Q: what?\n\nA: that.", false},
		{"no blank line", "title: x\nbody text here", false},
		{"header without body", "title: x\n", false},
		{"empty value", "title:\nspeaker: y\n\nbody", true},
	}
	for _, tt := range tests {
		if _, _, ok := splitHeader(tt.in); ok != tt.header {
			t.Errorf("%s: splitHeader(%q) header = %v, want %v", tt.name, tt.in, ok, tt.header)
		}
	}
}

// FuzzParse checks that parsing plain text never panics and that the
// paragraphs hold exactly the body's words, in order: none lost, none
// invented (separator lines such as "###" are the only text dropped).
func FuzzParse(f *testing.F) {
	f.Add("title: x\ndate: 2021-01-01\n\nHello there.\nWrapped line\n\nQ: yes?\nA: no.\n###\n")
	f.Add(" date 2021-11-14 \n\n\nOne. Two. Three.")
	f.Add("Beijing, 27 January 2022 (TDI): text.\n\nMore text here.")
	f.Add("title: T\nspeaker: Office of the Spokesperson\n\nT\n\nOffice of the Spokesperson\n\nThe below is attributable to Spokesperson Ned Price:\n")
	f.Add(strings.Repeat("A sentence that ends. ", 100))
	f.Add("line one is long enough to count as a paragraph line.\nline two is long enough to count as a paragraph line.\nline three is long enough.\n")
	f.Add("wrapped text that runs on\n\nacross a page break and\nthen ends.\nShort.\nMore wrapped text that\ncontinues here.")
	f.Fuzz(func(t *testing.T, s string) {
		opts := Options{MaxParagraph: 200, MinParagraph: 20}
		docs, err := Parse("fuzz.txt", "fuzz", []byte(s), opts)
		if err != nil {
			return // rejected input (binary, invalid UTF-8, empty) is fine
		}
		text, _ := checkContent("fuzz.txt", []byte(s), opts)
		d := readText(text)
		body := dropRepeatedHeader(d.body, docs[0].Title, d.meta["speaker"])
		var want []string
		for _, l := range strings.Split(body, "\n") {
			if !isSeparator(strings.TrimSpace(l)) {
				want = append(want, strings.Fields(l)...)
			}
		}
		var got []string
		for i, p := range docs[0].Paragraphs {
			if p.N != i+1 || p.Text == "" || p.Text != collapse(p.Text) {
				t.Fatalf("paragraph %d: N %d, text %q", i+1, p.N, p.Text)
			}
			got = append(got, strings.Fields(p.Text)...)
		}
		if strings.Join(got, " ") != strings.Join(want, " ") {
			t.Fatalf("words changed:\nbody %q\n got %q\nwant %q", body, got, want)
		}
	})
}
