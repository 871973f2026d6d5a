package attribution

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
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
		// People outside the gazetteer (outside_test.go), and their edges.
		"Q: CEO Nick Read of the British company Vodafone, the world's operator, said it. He added that. \"No,\" said Read.\n\nA: As the Vodafone CEO said, what the CEO of Vodafone said is right. These \"people\" he mentioned have failed.",
		"the CEO said. CEO said. the CEO of said. of the company X, said. company Vodafone, said",
		"He labeled it as. labeled as as. branded as \"x\". labelled",
		"captured by the great writer Ferdinand Ramuz: “x”. poet John Donne: “ writer X: That too is a quote from Ramuz. That statement of",
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
		// tokenize keys plain words without calling Key: the same keys.
		for _, tok := range tokenize(text) {
			if tok.word && tok.key != gazetteer.Key(tok.text) {
				t.Fatalf("token %q has key %q; Key gives %q", tok.text, tok.key, gazetteer.Key(tok.text))
			}
		}
		words := textWords(text + " " + speaker)
		check := func(n string) {
			if g.ByName(n) != nil || g.Institution(n) != nil || g.Country(n) != nil { // canonical names the gazetteer gives
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

// FuzzAttributeDocument runs the attribution on whole parsed files, header
// and all, seeded with the sample corpus, the repro files and the same
// documents with their words shuffled: a 230-byte shuffle of real words once
// panicked the indexer (testdata/repro/indexer-panic-coordinated.txt) where
// hand-written sentence seeds never reached. Properties: no panic (Parse
// would recover it, so the fuzzer calls Attribute itself), no invented
// names, one reason per name, and no one both speaker and mention of a
// paragraph.
func FuzzAttributeDocument(f *testing.F) {
	for _, s := range seedDocuments(f) {
		f.Add(s)
	}
	g, err := gazetteer.Load("../../gazetteer.yaml")
	if err != nil {
		f.Fatal(err)
	}
	a := New(g)
	f.Fuzz(func(t *testing.T, text string) {
		docs, _ := readout.Parse("f.txt", "f", []byte(text), readout.Options{})
		for _, d := range docs {
			a.Attribute(d)
			words := textWords(text)
			check := func(n string) {
				if g.ByName(n) != nil || g.Institution(n) != nil || g.Country(n) != nil { // canonical names the gazetteer gives
					return
				}
				if gazetteer.Key(n) == "" {
					t.Fatalf("empty name %q", n)
				}
				for _, w := range strings.Fields(gazetteer.Key(n)) {
					if !words[w] {
						t.Fatalf("name %q has %q, which is not in the text", n, w)
					}
				}
			}
			for _, p := range d.Paragraphs {
				for _, n := range p.Speakers {
					check(n)
					if slices.Contains(p.Mentions, n) {
						t.Fatalf("paragraph %d: %q is both speaker and mention", p.N, n)
					}
				}
				for _, n := range p.Mentions {
					check(n)
				}
				if len(p.Why) != len(p.Speakers)+len(p.Mentions) {
					t.Fatalf("paragraph %d: %d reasons for %d names", p.N, len(p.Why), len(p.Speakers)+len(p.Mentions))
				}
			}
		}
	})
}

// seedDocuments returns the repro files, a few sample documents and, for
// each, three shuffles of its words (line breaks and the header kept), so
// that the fuzzer starts from real vocabulary in unreal orders.
func seedDocuments(tb testing.TB) []string {
	var out []string
	repro, _ := filepath.Glob("../../testdata/repro/*.txt")
	sample, _ := filepath.Glob("../../testdata/sample/*/*.txt")
	slices.Sort(sample)
	for i := 0; i < len(sample); i += 25 { // a spread over the four folders
		repro = append(repro, sample[i])
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for _, path := range repro {
		data, err := os.ReadFile(path)
		if err != nil {
			tb.Fatal(err)
		}
		text := string(data)
		if len(text) > 4000 {
			text = text[:strings.LastIndex(text[:4000], "\n")+1]
		}
		out = append(out, text)
		head, body, ok := strings.Cut(text, "\n\n")
		if !ok {
			head, body = "", text
		}
		words := strings.Fields(body)
		for k := 0; k < 3; k++ {
			rng.Shuffle(len(words), func(i, j int) { words[i], words[j] = words[j], words[i] })
			var b strings.Builder
			b.WriteString(head + "\n\n")
			for i, w := range words {
				b.WriteString(w)
				switch {
				case i%23 == 22:
					b.WriteString("\n\n")
				default:
					b.WriteString(" ")
				}
			}
			out = append(out, b.String())
		}
	}
	return out
}

// textWords are the keys of the words of text, split both as the gazetteer
// splits a whole string and as the attribution's tokenizer does: "AAa’’000"
// is one key to the first and the word "AAa" to the second, and a name made
// of the second is still made of the text's words.
func textWords(text string) map[string]bool {
	words := map[string]bool{}
	for _, w := range strings.Fields(gazetteer.Key(text)) {
		words[w] = true
	}
	for _, t := range tokenize(text) {
		for _, w := range strings.Fields(t.key) {
			words[w] = true
		}
	}
	return words
}
