package readout

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestStripMarkup(t *testing.T) {
	tests := []struct{ in, want string }{
		{"first list\n\n<!-- -->\n\nsecond list", "first list\n\n\n\nsecond list"},
		{"the 26<sup>th</sup> plenary", "the 26th plenary"},
		{"embargoed <s>upon</s> [until] conclusion", "embargoed upon [until] conclusion"},
		{"**<u>Promoting Stability</u>**", "**Promoting Stability**"},
		{`<span style="text-decoration: underline">Speakers</span>`, "Speakers"},
		{"one<br />two<BR>three", "one two three"},
		{"a comment <!-- over\ntwo lines --> ends", "a comment  ends"},
		{"<!<!-- -->-- -->left", "left"},
		// Quoted markup stays, to be shown as text.
		{"quotes <script>alert(1)</script> and <img src=x> and <em>this</em>", "quotes <script>alert(1)</script> and <img src=x> and <em>this</em>"},
		{"x < y and y > z; <unclosed comment", "x < y and y > z; <unclosed comment"},
		{"<summary>words</summary> <sub>2</sub>", "<summary>words</summary> 2"},
	}
	for _, tt := range tests {
		if got := stripMarkup(tt.in); got != tt.want {
			t.Errorf("stripMarkup(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestMarkupNotIndexed: the sample's White House joint statement has
// "<!-- -->" between its lists; no paragraph holds it now (one was nothing
// else), and the lists' words are all there.
func TestMarkupNotIndexed(t *testing.T) {
	path := "../../testdata/sample/whitehouse/2022-03-25_joint-statement-between-the-united-states-and-the-european-commission.txt"
	raw := readFile(t, path)
	if !strings.Contains(raw, "<!-- -->") {
		t.Fatal("the sample no longer has the comment this test is about")
	}
	doc := parseOne(t, path)
	for _, p := range doc.Paragraphs {
		if strings.Contains(p.Text, "<!--") || strings.Contains(p.Text, "-->") {
			t.Errorf("paragraph %d: %q", p.N, p.Text)
		}
	}
	var all strings.Builder
	for _, p := range doc.Paragraphs {
		all.WriteString(p.Text + " ")
	}
	for _, w := range []string{"Partnering on technologies and energy efficiency", "The European Commission is working to advance measures"} {
		if !strings.Contains(all.String(), w) {
			t.Errorf("lost %q", w)
		}
	}
}

// TestCorpusMarkup: over the shared corpus's plain-text files, no paragraph
// keeps a comment or a leftover tag.
func TestCorpusMarkup(t *testing.T) {
	var files []string
	for _, dir := range []string{"us_white_house_readouts", "us_state_dept_press_releases"} {
		m, _ := filepath.Glob(filepath.Join(sharedCorpus, dir, "*.txt"))
		files = append(files, m...)
	}
	if len(files) == 0 {
		t.Skip("shared corpus not available")
	}
	withMarkup, left := 0, 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if !htmlComment.Match(data) && !leftoverTag.Match(data) {
			continue
		}
		withMarkup++
		docs, err := Parse(f, filepath.Base(f), data, Options{})
		if err != nil {
			continue
		}
		for _, p := range docs[0].Paragraphs {
			if htmlComment.MatchString(p.Text) || leftoverTag.MatchString(p.Text) {
				left++
				t.Errorf("%s paragraph %d: %.120q", filepath.Base(f), p.N, p.Text)
			}
		}
	}
	t.Logf("%d of %d files had markup; %d paragraphs keep some", withMarkup, len(files), left)
	if withMarkup == 0 {
		t.Error("no file with markup: the test checks nothing")
	}
}

// FuzzStripMarkup: whatever the input, no comment or leftover tag
// survives, and nothing is invented (the output, spaces aside, is a
// subsequence of the input). Words between pieces of markup are all kept,
// in order: splitting the input at "|" gives words, joined with markup.
func FuzzStripMarkup(f *testing.F) {
	f.Add("one|two|three")
	f.Add("<!<!-- -->-- -->")
	f.Add("26|th|plenary")
	f.Add("a <u>b</u> <!-- c --> d")
	f.Fuzz(func(t *testing.T, s string) {
		out := stripMarkup(s)
		if htmlComment.MatchString(out) || leftoverTag.MatchString(out) {
			t.Fatalf("stripMarkup(%q) = %q keeps markup", s, out)
		}
		if !strings.Contains(s, "<") && out != s {
			t.Fatalf("stripMarkup(%q) = %q changed text without markup", s, out)
		}
		if !subsequence(strings.ReplaceAll(out, " ", ""), strings.ReplaceAll(s, " ", "")) {
			t.Fatalf("stripMarkup(%q) = %q invents text", s, out)
		}
		markup := []string{"<!-- -->", "<u>", "</u>", "<sup>", "<br />", `<span class="x">`, "<!--\n-->", "</s>"}
		var in, words strings.Builder
		for i, w := range strings.Split(strings.ReplaceAll(s, "<", ""), "|") {
			in.WriteString(w + markup[i%len(markup)])
			words.WriteString(w)
		}
		got := strings.ReplaceAll(stripMarkup(in.String()), " ", "")
		if want := strings.ReplaceAll(words.String(), " ", ""); got != want {
			t.Fatalf("stripMarkup(%q): words %q, want %q", in.String(), got, want)
		}
	})
}

// subsequence reports whether every rune of a appears in b, in order.
func subsequence(a, b string) bool {
	rb := []rune(b)
	j := 0
	for _, r := range a {
		for j < len(rb) && rb[j] != r {
			j++
		}
		if j == len(rb) {
			return false
		}
		j++
	}
	return true
}
