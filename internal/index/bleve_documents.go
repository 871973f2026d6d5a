package index

import (
	"fmt"
	"reflect"
	"sync"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/mapping"
	index "github.com/blevesearch/bleve_index_api"
)

// Paragraphs are handed to Bleve as documents built here (document.go
// fills them), not mapped from a Go value by Bleve's reflection walk. Two
// reasons, both build time (docs/BENCHMARKS.md, step 23): the walk cost ~9%
// of a full build, and a document's title, date and source are the same in
// each of its paragraphs, so they are analysed once per document and the
// result shared by its paragraphs' fields (about a seventh of the tokens
// analysed were title tokens). The fields' options and analyzers still
// come from the mapping (newMapping), which stays the schema queries are
// analysed by.
//
// On a Bleve upgrade, re-check:
//   - the methods of bleve_index_api's Field (field below implements it)
//     and of document.Document's AddField;
//   - that analysed.run still does what TextField.Analyze does
//     (analysis.TokenFrequency with the field's options) and that a
//     multi-valued field still merges with TokenFrequencies.MergeAll;
//   - that zap still reads only a field's token frequencies and merges a
//     second field of the same name into the first;
//   - that 't' is still the encoded type of a stored text field.
// TestDocumentsFields checks the fields a paragraph gets; the ranking guard
// (ranking_guard_test.go) and the search cases catch a change in what
// Bleve makes of them.

// fieldSpec is what the mapping says about one field.
type fieldSpec struct {
	name     string
	opts     index.FieldIndexingOptions
	analyzer analysis.Analyzer // nil unless indexed
}

// schema holds the spec of every field of the paragraph mapping.
type schema struct {
	fields map[string]fieldSpec
	split  textSplit
	blocks *blockCodec // how paragraph blocks are compressed (blocks.go)
}

// textSplit analyses a paragraph's text for the text field and its stop
// words (text_stops, stopwords.go) in one pass: their analyzers share the
// tokenizer and the filters up to the stop filter, which were a tenth of a
// build's CPU run twice (docs/BENCHMARKS.md, step 43). The filters are the
// mapping's analyzers', cut where their lists part.
type textSplit struct {
	tokenizer analysis.Tokenizer
	shared    []analysis.TokenFilter // the filters both run
	text      []analysis.TokenFilter // then the text's
	stops     []analysis.TokenFilter // then the stop words'
}

func newTextSplit(im *mapping.IndexMappingImpl) (textSplit, error) {
	text, ok1 := im.AnalyzerNamed(textAnalyzer).(*analysis.DefaultAnalyzer)
	stops, ok2 := im.AnalyzerNamed(stopAnalyzer).(*analysis.DefaultAnalyzer)
	if !ok1 || !ok2 || text.CharFilters != nil || stops.CharFilters != nil ||
		textAnalyzerConfig["tokenizer"] != stopAnalyzerConfig["tokenizer"] {
		return textSplit{}, fmt.Errorf("paragraph mapping: %s and %s do not share a tokenizer", textAnalyzer, stopAnalyzer)
	}
	names, stopNames := textAnalyzerConfig["token_filters"].([]string), stopAnalyzerConfig["token_filters"].([]string)
	n := 0
	for n < len(names) && n < len(stopNames) && names[n] == stopNames[n] {
		n++
	}
	return textSplit{
		tokenizer: text.Tokenizer,
		shared:    text.TokenFilters[:n],
		text:      text.TokenFilters[n:],
		stops:     stops.TokenFilters[n:],
	}, nil
}

// analyse returns the token streams the text and stop analyzers give for
// value. The shared filters run once; the stop words' stream is a copy of
// the token list, so that the text's filters, which drop tokens in place,
// leave it whole. The two streams hold different tokens (stop words are
// not in the text's), so no filter changes a token of the other's.
func (t textSplit) analyse(value []byte) (text, stops analysis.TokenStream) {
	text = t.tokenizer.Tokenize(value)
	for _, f := range t.shared {
		text = f.Filter(text)
	}
	stops = append(analysis.TokenStream(nil), text...)
	for _, f := range t.stops {
		stops = f.Filter(stops)
	}
	for _, f := range t.text {
		text = f.Filter(text)
	}
	return text, stops
}

func newSchema() (*schema, error) {
	m, err := newMapping()
	if err != nil {
		return nil, err
	}
	im, ok := m.(*mapping.IndexMappingImpl)
	if !ok {
		return nil, fmt.Errorf("paragraph mapping: unexpected %T", m)
	}
	s := &schema{fields: map[string]fieldSpec{}, blocks: plainBlocks}
	for name, dm := range im.DefaultMapping.Properties {
		if len(dm.Fields) != 1 {
			return nil, fmt.Errorf("paragraph mapping: field %s has %d mappings", name, len(dm.Fields))
		}
		fm := dm.Fields[0]
		spec := fieldSpec{name: name, opts: fm.Options()}
		if fm.Index {
			if spec.analyzer = im.AnalyzerNamed(fm.Analyzer); spec.analyzer == nil {
				return nil, fmt.Errorf("paragraph mapping: field %s: no analyzer %q", name, fm.Analyzer)
			}
		}
		s.fields[name] = spec
	}
	if s.split, err = newTextSplit(im); err != nil {
		return nil, err
	}
	return s, nil
}

func (s *schema) spec(name string) fieldSpec {
	spec, ok := s.fields[name]
	if !ok {
		// A field name not in the mapping is a programming error in
		// document.go, caught by every test that builds an index.
		panic("index: field " + name + " is not in the paragraph mapping")
	}
	return spec
}

// analysed is the analysis of a field's values: computed once, on first
// use, by whichever of scorch's analysis workers gets there first, and then
// shared by every paragraph field that holds the same values. Zap only
// reads a field's token frequencies, except that it merges the frequencies
// of a second field of the same name into the first's; a paragraph
// therefore never has two fields of one indexed name (several values are
// one field, analysed as Bleve analyses a multi-valued field).
type analysed struct {
	once   sync.Once
	spec   fieldSpec
	values [][]byte
	length int
	freqs  index.TokenFrequencies
	// A text's analysis (textAnalysis) runs from the text field's, which
	// fills in its stop words' too.
	split *textSplit
	stops *analysed // the text's: its stop words' analysis
	text  *analysed // the stop words': the text's analysis, which runs both
}

func (s *schema) analysis(name string, values ...string) *analysed {
	a := &analysed{spec: s.spec(name), values: make([][]byte, len(values))}
	for i, v := range values {
		a.values[i] = []byte(v) // a copy: token filters may rewrite it in place
	}
	return a
}

// textAnalysis is the analysis of a paragraph's text for the text field
// and for its stop words' field, made in one pass (textSplit).
func (s *schema) textAnalysis(value string) (text, stops *analysed) {
	text = s.analysis(fieldText, value)
	stops = &analysed{spec: s.spec(fieldTextStops), text: text}
	text.split, text.stops = &s.split, stops
	return text, stops
}

// analyse runs the analysis once, whichever field asks first.
func (a *analysed) analyse() {
	if a.text != nil {
		a = a.text
	}
	a.once.Do(a.run)
}

// run analyses the values exactly as Bleve's TextField.Analyze does, then
// merges them as zap merges the fields of a multi-valued property.
func (a *analysed) run() {
	if a.split != nil {
		text, stops := a.split.analyse(a.values[0])
		a.add(0, text)
		a.stops.add(0, stops)
		return
	}
	for i, v := range a.values {
		a.add(i, a.spec.analyzer.Analyze(v))
	}
}

// add adds the tokens of value i.
func (a *analysed) add(i int, tokens analysis.TokenStream) {
	// A code and its two parts (codes.go) count as the two words they
	// were before they were joined: the field's norm is unchanged.
	parts := 0
	for _, t := range tokens {
		if t.Type == analysis.Shingle {
			parts++
		}
	}
	a.length += len(tokens) - parts/2
	tf := tokenFrequency(tokens, a.spec.opts)
	if i == 0 {
		a.freqs = tf
	} else {
		a.freqs.MergeAll(a.spec.name, tf)
	}
}

// field is one field of a paragraph's Bleve document.
type field struct {
	spec      fieldSpec
	positions []uint64 // array positions of a stored multi-valued field
	value     []byte   // stored value; nil when only indexed
	an        *analysed
}

var sizeOfField = int(reflect.TypeOf(field{}).Size())

func (f *field) Name() string                        { return f.spec.name }
func (f *field) ArrayPositions() []uint64            { return f.positions }
func (f *field) Options() index.FieldIndexingOptions { return f.spec.opts }
func (f *field) Value() []byte                       { return f.value }
func (f *field) NumPlainTextBytes() uint64           { return uint64(len(f.value)) }
func (f *field) EncodedFieldType() byte              { return 't' } // stored as text, as Bleve's text fields
func (f *field) Size() int                           { return sizeOfField + len(f.value) }

func (f *field) Analyze() {
	if f.an != nil {
		f.an.analyse()
	}
}

func (f *field) AnalyzedLength() int {
	if f.an == nil {
		return 0
	}
	return f.an.length
}

func (f *field) AnalyzedTokenFrequencies() index.TokenFrequencies {
	if f.an == nil {
		return nil
	}
	return f.an.freqs
}

// docFields builds one paragraph's document.
type docFields struct {
	s   *schema
	doc *document.Document
}

func (s *schema) newDoc(id string) docFields {
	return docFields{s: s, doc: document.NewDocument(id)}
}

// index adds an indexed field with the given analysis, which may be shared
// with other paragraphs; nil adds nothing.
func (d docFields) index(a *analysed) {
	if a == nil {
		return
	}
	d.doc.AddField(&field{spec: a.spec, an: a})
}

// store adds a stored field, unless value is empty. If a is not nil the
// field is indexed too, with that analysis of value.
func (d docFields) store(name, value string, a *analysed) {
	if value == "" {
		return
	}
	d.doc.AddField(&field{spec: d.s.spec(name), value: []byte(value), an: a})
}

// storeList adds a stored multi-valued field: one field per value, with its
// position in the list, as Bleve stores a slice.
func (d docFields) storeList(name string, values []string) {
	spec := d.s.spec(name)
	for i, v := range values {
		d.doc.AddField(&field{spec: spec, value: []byte(v), positions: []uint64{uint64(i)}})
	}
}
