package attribution

import (
	"strings"
	"testing"

	"github.com/readouts/readouts/internal/gazetteer"
	"github.com/readouts/readouts/internal/readout"
)

// FuzzAttribute checks that attribution never panics and never invents a
// name: every speaker and mention is a gazetteer person or institution, or
// made of words the document itself contains.
func FuzzAttribute(f *testing.F) {
	for _, s := range []string{
		"Wang said that Biden delivered a message.\n\nHe said the two countries agree.",
		"US Secretary of State Antony Blinken held a telephone dialogue with Chinese Foreign Minister Wang Yias. Yi noted that.",
		"Q: What is your comment?\n\nA: China welcomes it.",
		"SECRETARY BLINKEN: Thank you.\n\nPREMIER EGEDE: Welcome, Mr. Prime Minister.",
		"Acting Assistant Secretary Hood met with Tunisian State Secretary Mohamed Ali Nafti, and underscored ties.",
		"The two leaders agreed. They discussed. Both expressed. President Joseph R. Biden, Jr.’s call.",
		"’s ’ ' -- , , He She The. A: Q: X: the the two",
	} {
		f.Add(s, "Office of the Spokesperson", "2022-01-27")
	}
	g, err := gazetteer.Load("../../gazetteer.yaml")
	if err != nil {
		f.Fatal(err)
	}
	a := New(g)
	f.Fuzz(func(t *testing.T, text, speaker, date string) {
		d := &readout.Document{ID: "f", Date: parseDate(date), Meta: map[string]string{"speaker": speaker}}
		for i, p := range strings.Split(text, "\n\n") {
			d.Paragraphs = append(d.Paragraphs, readout.Paragraph{N: i + 1, Text: p})
		}
		a.Attribute(d)
		words := map[string]bool{}
		for _, w := range strings.Fields(gazetteer.Key(text + " " + speaker)) {
			words[w] = true
		}
		check := func(n string) {
			if g.ByName(n) != nil || g.Institution(n) != nil {
				return
			}
			for _, w := range strings.Fields(gazetteer.Key(n)) {
				if !words[w] {
					t.Fatalf("name %q has %q, which is not in the text", n, w)
				}
			}
			if gazetteer.Key(n) == "" {
				t.Fatalf("empty name %q", n)
			}
		}
		for _, p := range d.Paragraphs {
			for _, n := range p.Speakers {
				check(n)
			}
			for _, n := range p.Mentions {
				check(n)
			}
			if len(p.Why) != len(p.Speakers)+len(p.Mentions) {
				t.Fatalf("paragraph %d: %d reasons for %d names", p.N, len(p.Why), len(p.Speakers)+len(p.Mentions))
			}
		}
		for _, n := range d.Participants {
			check(n)
		}
	})
}
