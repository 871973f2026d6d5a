package main

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/readouts/readouts/internal/attribution"
	"github.com/readouts/readouts/internal/gazetteer"
	"github.com/readouts/readouts/internal/readout"
)

// spans records the paragraph numbers of each document it is given, makes
// the first of them each paragraph's speaker, and names a participant per
// call.
type spans struct{ got [][2]int }

func (s *spans) Attribute(doc *readout.Document) {
	first, last := doc.Paragraphs[0].N, doc.Paragraphs[len(doc.Paragraphs)-1].N
	s.got = append(s.got, [2]int{first, last})
	for i := range doc.Paragraphs {
		doc.Paragraphs[i].Speakers = []string{fmt.Sprint(first)}
	}
	doc.Issuer = fmt.Sprintf("issuer %d", first)
	doc.Participants = []string{"Both", fmt.Sprintf("From %d", first)}
}

// A giant document (a 60 MB file once took 6.2 GB and 6.5 minutes, most of
// it attributing one document of 139,516 paragraphs) is attributed in
// sections, every paragraph once.
func TestSections(t *testing.T) {
	tests := []struct {
		paragraphs   int
		bytes        int // of each paragraph
		want         [][2]int
		participants []string
	}{
		{1, 5, [][2]int{{1, 1}}, []string{"Both", "From 1"}},
		{1000, 5, [][2]int{{1, 1000}}, []string{"Both", "From 1"}},
		{1001, 5, [][2]int{{1, 1000}, {1001, 1001}}, []string{"Both", "From 1", "From 1001"}},
		{2500, 5, [][2]int{{1, 1000}, {1001, 2000}, {2001, 2500}}, []string{"Both", "From 1", "From 1001", "From 2001"}},
		// 22 paragraphs of 9,000 bytes fit in 200,000 bytes, 23 do not.
		{50, 9000, [][2]int{{1, 22}, {23, 44}, {45, 50}}, []string{"Both", "From 1", "From 23", "From 45"}},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.paragraphs, "x", tt.bytes), func(t *testing.T) {
			doc := &readout.Document{ID: "big.txt", Title: "Big"}
			for n := 1; n <= tt.paragraphs; n++ {
				doc.Paragraphs = append(doc.Paragraphs, readout.Paragraph{N: n, Text: strings.Repeat("x", tt.bytes-1) + "."})
			}
			rec := &spans{}
			sections{rec, sectionParagraphs, sectionBytes, pieceBytes}.Attribute(doc)
			if !reflect.DeepEqual(rec.got, tt.want) {
				t.Errorf("attributed %v, want %v", rec.got, tt.want)
			}
			for _, p := range doc.Paragraphs {
				var want []string
				for _, sec := range tt.want {
					if p.N >= sec[0] && p.N <= sec[1] {
						want = []string{fmt.Sprint(sec[0])}
					}
				}
				if !reflect.DeepEqual(p.Speakers, want) {
					t.Fatalf("paragraph %d: speakers %v, want %v (its section's)", p.N, p.Speakers, want)
				}
			}
			if doc.Issuer != "issuer 1" || !reflect.DeepEqual(doc.Participants, tt.participants) {
				t.Errorf("issuer %q, participants %v; want the first section's issuer and %v", doc.Issuer, doc.Participants, tt.participants)
			}
		})
	}
}

// Real readouts have far fewer paragraphs than a section (379 at most in the
// shared corpus), and shorter ones than a piece (2,693 bytes at most):
// sections change nothing for them.
func TestSectionsLeaveReadoutsAlone(t *testing.T) {
	g, err := gazetteer.Load("../../gazetteer.yaml")
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("../../testdata/sample/*/*.txt")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		opts := readout.Options{Attributor: attribution.New(g)}
		want, _ := readout.Parse(f, "x", data, opts)
		opts.Attributor = sections{attribution.New(g), sectionParagraphs, sectionBytes, pieceBytes}
		got, _ := readout.Parse(f, "x", data, opts)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: attributed differently in sections", strings.TrimPrefix(f, "../../"))
		}
	}
}

// names makes each paragraph's "X-speaks" words speakers and "X-named" words
// mentions, and records the longest text it was given.
type names struct{ longest int }

func (a *names) Attribute(doc *readout.Document) {
	for i := range doc.Paragraphs {
		p := &doc.Paragraphs[i]
		a.longest = max(a.longest, len(p.Text))
		p.Speakers, p.Mentions, p.Why = nil, nil, nil
		words := strings.FieldsFunc(p.Text, func(r rune) bool { return strings.ContainsRune(" .,?!:", r) })
		for _, w := range words {
			if name, ok := strings.CutSuffix(w, "-speaks"); ok && !slices.Contains(p.Speakers, name) {
				p.Speakers = append(p.Speakers, name)
				p.Why = append(p.Why, readout.Reason{Name: name, Role: readout.RoleSpeaker, Rule: "verb", Evidence: w})
			}
		}
		for _, w := range words {
			if name, ok := strings.CutSuffix(w, "-named"); ok && !slices.Contains(p.Speakers, name) && !slices.Contains(p.Mentions, name) {
				p.Mentions = append(p.Mentions, name)
				p.Why = append(p.Why, readout.Reason{Name: name, Role: readout.RoleMention, Evidence: w})
			}
		}
	}
}

// A giant paragraph (a 4 MB one took 13 s to attribute, 1 MB 1.8 s) is
// attributed in pieces and gets the speakers and mentions of all of them.
func TestSectionsLongParagraph(t *testing.T) {
	filler := strings.Repeat("The talks went on. ", 700) // 13,300 bytes
	text := "Alice-speaks first. " + filler + "Bob-named and Alice-named later. " + filler + "Carol-speaks last, with Bob-speaks? No: Dan-named."
	doc := &readout.Document{Paragraphs: []readout.Paragraph{
		{N: 1, Text: "Eve-speaks in a short paragraph about Alice-named."},
		{N: 2, Text: text},
		{N: 3, Text: strings.Repeat("word ", 5000) + "Frank-speaks"}, // one 25 KB sentence
	}}
	a := &names{}
	sections{a, sectionParagraphs, sectionBytes, pieceBytes}.Attribute(doc)
	if a.longest > pieceBytes {
		t.Errorf("the attributor was given %d bytes at once, want at most %d", a.longest, pieceBytes)
	}
	want := []struct{ speakers, mentions, why []string }{
		{[]string{"Eve"}, []string{"Alice"}, []string{"Eve", "Alice"}},
		{[]string{"Alice", "Carol", "Bob"}, []string{"Dan"}, []string{"Alice", "Carol", "Bob", "Dan"}},
		{[]string{"Frank"}, nil, []string{"Frank"}},
	}
	for i, p := range doc.Paragraphs {
		var why []string
		for _, r := range p.Why {
			why = append(why, r.Name)
		}
		if !reflect.DeepEqual(p.Speakers, want[i].speakers) || !reflect.DeepEqual(p.Mentions, want[i].mentions) || !reflect.DeepEqual(why, want[i].why) {
			t.Errorf("paragraph %d: speakers %v, mentions %v, reasons for %v; want %v, %v, %v",
				p.N, p.Speakers, p.Mentions, why, want[i].speakers, want[i].mentions, want[i].why)
		}
		if p.N != i+1 || p.Text != []string{doc.Paragraphs[0].Text, text, doc.Paragraphs[2].Text}[i] {
			t.Errorf("paragraph %d changed", i+1)
		}
	}
}

func TestPieces(t *testing.T) {
	tests := []struct {
		text string
		max  int
		want []string
	}{
		{"One. Two.", 100, []string{"One. Two."}},
		{"One here. Two here. Three here.", 20, []string{"One here. Two here.", "Three here."}},
		{"A sentence much longer than the limit. Short.", 12, []string{"A sentence", "much longer", "than the", "limit.", "Short."}},
		{"Unbreakable_word_here ok.", 8, []string{"Unbreaka", "ble_word", "_here", "ok."}},
		{"Ünïcödé", 3, []string{"Ün", "ïc", "öd", "é"}}, // never within a character
	}
	for _, tt := range tests {
		got := pieces(tt.text, tt.max)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("pieces(%q, %d) = %q, want %q", tt.text, tt.max, got, tt.want)
		}
		for _, p := range got {
			if len(p) > tt.max || !utf8.ValidString(p) {
				t.Errorf("pieces(%q, %d): piece %q", tt.text, tt.max, p)
			}
		}
	}
}
