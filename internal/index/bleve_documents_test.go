package index

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"

	index "github.com/blevesearch/bleve_index_api"

	"github.com/readouts/readouts/internal/readout"
)

func TestDocumentsFields(t *testing.T) {
	s, err := newSchema()
	if err != nil {
		t.Fatal(err)
	}
	date, err := readout.ParseDate("2022-01-27")
	if err != nil {
		t.Fatal(err)
	}
	d := &readout.Document{
		ID: "c/a.txt", Title: "Wang Yi's Call with Blinken", Source: "MFA", URL: "https://example.org/a",
		Issuer: "Zhao Lijian", Country: "China",
		Date: date, Participants: []string{"Wang Yi", "Antony Blinken"},
		Paragraphs: []readout.Paragraph{
			{N: 1, Text: "Wang Yi said sanctions would fail.", Speakers: []string{"Wang Yi"}},
			{N: 2, Text: "Blinken said they would not.", Speakers: []string{"Antony Blinken"}, Mentions: []string{"Wang Yi", "Xi Jinping"}},
			{N: 3, Text: "He added more.", Speakers: []string{"Antony Blinken"}},
		},
	}
	docs := s.documents(d)
	if len(docs) != 3 {
		t.Fatalf("%d documents, want 3", len(docs))
	}
	title := map[*analysed]bool{}
	for i, doc := range docs {
		if want := paragraphID(d.ID, i+1); doc.ID() != want {
			t.Errorf("document %d: ID %s, want %s", i, doc.ID(), want)
		}
		indexed, stored := map[string]int{}, map[string][]string{}
		for _, f := range doc.Fields {
			if f.Options().IsIndexed() {
				indexed[f.Name()]++
			}
			if f.Options().IsStored() {
				stored[f.Name()] = append(stored[f.Name()], string(f.Value()))
			}
			if f.Name() == fieldTitle {
				title[f.(*field).an] = true
			}
		}
		// Zap merges a second field of the same name into the first's
		// token frequencies, which would corrupt an analysis shared with
		// other paragraphs.
		for name, n := range indexed {
			if n > 1 {
				t.Errorf("paragraph %d: %d indexed fields named %s", i+1, n, name)
			}
		}
		for _, name := range []string{fieldText, fieldTitle, fieldDay, fieldStartMonth, fieldYear, fieldSpeaker, fieldSpeakerKey, fieldSourceKey, fieldIssuerKey, fieldCountryKey, fieldFacets} {
			if indexed[name] != 1 {
				t.Errorf("paragraph %d: field %s indexed %d times, want once", i+1, name, indexed[name])
			}
		}
		if got := indexed[fieldMention]; got != map[int]int{0: 0, 1: 1, 2: 0}[i] {
			t.Errorf("paragraph %d: mention indexed %d times", i+1, got)
		}
		for name, values := range stored {
			for _, v := range values {
				if v == "" && name != fieldParticipants {
					t.Errorf("paragraph %d: empty stored %s", i+1, name)
				}
			}
		}
		if i == 0 {
			if got := strings.Join(stored[fieldParticipants], "|"); got != "Wang Yi|Antony Blinken" {
				t.Errorf("participants stored as %q", got)
			}
			for _, name := range []string{fieldParagraphs, fieldDocTitle, fieldDateStr, fieldPrecision, fieldSource, fieldIssuer, fieldCountry, fieldURL, fieldBlock} {
				if len(stored[name]) != 1 {
					t.Errorf("paragraph 1: stored %s %q, want one value", name, stored[name])
				}
			}
		} else if len(stored) > 1 { // _id
			t.Errorf("paragraph %d stores %v; only paragraph 1 stores the document's fields and the block", i+1, stored)
		}
	}
	if len(title) != 1 {
		t.Errorf("%d title analyses for one document, want one shared", len(title))
	}

	// The analysis is Bleve's, run once however many paragraphs share it.
	for _, doc := range docs {
		for _, f := range doc.Fields {
			f.Analyze()
		}
	}
	f := docs[1].Fields[1].(*field)
	if f.Name() != fieldTitle {
		t.Fatalf("second field is %s", f.Name())
	}
	var terms []string
	for term, tf := range f.AnalyzedTokenFrequencies() {
		terms = append(terms, term)
		if tf.Frequency() != 1 || len(tf.Locations) != 1 {
			t.Errorf("title term %s: frequency %d, %d locations", term, tf.Frequency(), len(tf.Locations))
		}
	}
	if f.AnalyzedLength() != 4 || len(terms) != 4 {
		t.Errorf("title analysed as %v (length %d), want wang, yi, call, blinken", terms, f.AnalyzedLength())
	}
	for _, doc := range docs {
		for _, f := range doc.Fields {
			if f.Name() != fieldMention {
				continue
			}
			if f.AnalyzedLength() != 2 || len(f.AnalyzedTokenFrequencies()) != 2 {
				t.Errorf("mentions analysed as %d tokens, %d terms; want 2, 2", f.AnalyzedLength(), len(f.AnalyzedTokenFrequencies()))
			}
		}
	}
}

func TestDocumentsUndated(t *testing.T) {
	s, err := newSchema()
	if err != nil {
		t.Fatal(err)
	}
	d := &readout.Document{ID: "c/b.txt", Paragraphs: []readout.Paragraph{{N: 1, Text: "A statement without a date."}}}
	for _, f := range s.documents(d)[0].Fields {
		switch f.Name() {
		case fieldDay, fieldStartMonth, fieldYear, fieldDateStr, fieldSourceKey, fieldSource, fieldURL, fieldSpeaker,
			fieldIssuer, fieldIssuerKey, fieldCountry, fieldCountryKey:
			t.Errorf("undated paragraph without source, issuer, country or speaker has field %s = %q", f.Name(), f.Value())
		}
	}
}

// builtIndexReader builds an index of one corpus file and returns a reader
// of its Bleve index, closed when the test ends.
func builtIndexReader(t *testing.T, name, content string) index.IndexReader {
	t.Helper()
	c := newTestCorpus(t)
	c.write(name, content)
	c.build()
	_, g := openCurrent(t, c.index)
	return genReader(t, g)
}

// TestIDIndexedOnce: scorch adds the _id field to every document of a
// batch, so documents must not carry one of their own. With two, each ID
// was indexed with frequency 2 and zap could not fold its single posting
// into the term dictionary (mapping version 22).
func TestIDIndexedOnce(t *testing.T) {
	ir := builtIndexReader(t, "a.txt", docText("sanctions", 3))
	for n := 1; n <= 3; n++ {
		id := paragraphID("c/a.txt", n) // IDs are paths under the corpus folder
		tfr, err := ir.TermFieldReader(context.Background(), []byte(id), "_id", true, true, false)
		if err != nil {
			t.Fatal(err)
		}
		tf, err := tfr.Next(nil)
		if err != nil {
			t.Fatal(err)
		}
		if tf == nil {
			t.Fatalf("%s: no _id posting", id)
		}
		if tf.Freq != 1 {
			t.Errorf("%s: _id frequency %d, want 1", id, tf.Freq)
		}
		if tfr.Count() != 1 {
			t.Errorf("%s: _id in %d paragraphs, want 1", id, tfr.Count())
		}
		tfr.Close()
	}
}

// TestStopFieldsPositionsOnly: the stop-word fields serve phrases only
// (stopwords.go), so they keep their positions and no frequencies or
// norms, which cost 27.7 of the 65.2 MB of text_stops at 1M.
func TestStopFieldsPositionsOnly(t *testing.T) {
	// "Paragraph 1: the ministers discussed sanctions at length and ..."
	ir := builtIndexReader(t, "a.txt", docText("sanctions", 2))
	tests := []struct {
		field, term string
		pos         uint64
	}{
		{fieldTextStops, "the", 3},
		{fieldTextStops, "and", 9},
		{fieldTitleStops, "about", 2},
	}
	for _, tt := range tests {
		t.Run(tt.field+"/"+tt.term, func(t *testing.T) {
			tfr, err := ir.TermFieldReader(context.Background(), []byte(tt.term), tt.field, true, true, true)
			if err != nil {
				t.Fatal(err)
			}
			defer tfr.Close()
			n := 0
			for {
				tf, err := tfr.Next(nil)
				if err != nil {
					t.Fatal(err)
				}
				if tf == nil {
					break
				}
				n++
				if tf.Freq != 0 { // Bleve reads no norm either when there is no frequency
					t.Errorf("frequency %d, want none kept", tf.Freq)
				}
				if len(tf.Vectors) != 1 || tf.Vectors[0].Pos != tt.pos {
					var got []uint64
					for _, v := range tf.Vectors {
						got = append(got, v.Pos)
					}
					t.Errorf("positions %v, want [%d]", got, tt.pos)
				}
			}
			if n != 2 {
				t.Errorf("%d paragraphs, want 2", n)
			}
		})
	}
}

// TestTextSplitMatchesAnalyzers: the text and its stop words analysed in
// one pass (textSplit) give what the mapping's two analyzers give apart,
// on hand-picked cases and on every line of the sample corpus.
func TestTextSplitMatchesAnalyzers(t *testing.T) {
	s, err := newSchema()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		"",
		"the of and to",
		"Secretary of State Antony Blinken's call with the G-7's ministers",
		"The A-10 and COVID-19: in the region of Nguyễn's and Erdoğan's talks",
		"THE RULE OF LAW, the rule of law; it's their own",
		"G 7 a b c -- x-y-z ... don't won't",
	}
	texts = append(texts, sampleLines(t)...)
	for _, text := range texts {
		gotText, gotStops := s.textAnalysis(text)
		(&field{an: gotStops}).Analyze() // the stop words' field first: it runs both
		wantText, wantStops := s.analysis(fieldText, text), s.analysis(fieldTextStops, text)
		wantText.run()
		wantStops.run()
		for _, c := range []struct{ got, want *analysed }{{gotText, wantText}, {gotStops, wantStops}} {
			if c.got.length != c.want.length || !reflect.DeepEqual(c.got.freqs, c.want.freqs) {
				t.Fatalf("%s of %q: one pass gives length %d, %s; the analyzer %d, %s", c.want.spec.name, text,
					c.got.length, freqString(c.got.freqs), c.want.length, freqString(c.want.freqs))
			}
		}
	}
}

func freqString(tfs index.TokenFrequencies) string {
	var out []string
	for term, tf := range tfs {
		var pos []string
		for _, l := range tf.Locations {
			pos = append(pos, strconv.Itoa(l.Position))
		}
		out = append(out, fmt.Sprintf("%s:%d@%s", term, tf.Frequency(), strings.Join(pos, ",")))
	}
	sort.Strings(out)
	return strings.Join(out, " ")
}

// sampleLines returns every line of the sample corpus (testdata/sample),
// the text the analysis tests run over; it fails the test when there are
// too few to be that corpus.
func sampleLines(t *testing.T) []string {
	t.Helper()
	var lines []string
	err := filepath.WalkDir("../../testdata/sample", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		lines = append(lines, strings.Split(string(b), "\n")...)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(lines) < 10000 {
		t.Fatalf("%d lines of text; the sample corpus was not read", len(lines))
	}
	return lines
}
