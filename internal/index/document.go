package index

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/document"

	"github.com/readouts/readouts/internal/readout"
)

// Layouts of the day and start_month terms: their order as strings is the
// date order.
const (
	dayTermLayout   = "20060102"
	monthTermLayout = "200601"
)

// sortDay is the day field's term for the day t, "20220127".
func sortDay(t time.Time) string { return t.UTC().Format(dayTermLayout) }

// dayTerm is the day field's term of a document's date: its day, or 00
// for the day or month it does not name ("20220300" for March 2022,
// "20210000" for 2021), so that no range of days matches a date known
// only by its month or year (dateRange, dayTable.keep) and it sorts
// before the days of its period.
func dayTerm(d readout.Date) string {
	switch {
	case d.Precision == readout.PrecisionYear || d.Month == 0:
		return fmt.Sprintf("%04d0000", d.Year)
	case d.Precision == readout.PrecisionMonth || d.Day == 0:
		return fmt.Sprintf("%04d%02d00", d.Year, d.Month)
	}
	return sortDay(d.Start())
}

// paragraphID is the index id of paragraph n of document docID.
func paragraphID(docID string, n int) string { return fmt.Sprintf("%s#p%d", docID, n) }

// splitParagraphID is the inverse of paragraphID: "a/b.txt#p3" -> "a/b.txt", 3.
func splitParagraphID(id string) (docID string, n int) {
	i := strings.LastIndex(id, "#p")
	if i < 0 {
		return id, 0
	}
	n, err := strconv.Atoi(id[i+2:])
	if err != nil {
		return id, 0
	}
	return id[:i], n
}

// blockParaOf is what paragraph p stores in its block.
func blockParaOf(p *readout.Paragraph) blockPara {
	why := ""
	if len(p.Why) > 0 {
		b, _ := json.Marshal(p.Why) // []Reason of strings cannot fail
		why = string(b)
	}
	return blockPara{Text: p.Text, Speakers: p.Speakers, Mentions: p.Mentions, Why: why, Acts: p.Acts, SpeakerActs: blockSpeakerActs(p.SpeakerActs), Turn: p.Turn}
}

// docBlocks are the serialised blocks (blockBytes) of paragraphs [from,
// to) of d, from a multiple of blockParagraphs: samples for the blocks'
// dictionary.
func docBlocks(d *readout.Document, from, to int) [][]byte {
	var out [][]byte
	for start := from; start < to; start += blockParagraphs {
		var ps []blockPara
		for i := start; i < min(start+blockParagraphs, to); i++ {
			ps = append(ps, blockParaOf(&d.Paragraphs[i]))
		}
		out = append(out, blockBytes(ps))
	}
	return out
}

// fallbackTitle names a document that has no title (the seeds have no
// header) by the start of its first sentence, which reads better in a result
// list than a file name.
func fallbackTitle(d *readout.Document) string {
	if len(d.Paragraphs) == 0 {
		return d.ID
	}
	s := d.Paragraphs[0].Text
	if ss := readout.Sentences(s); len(ss) > 0 {
		s = ss[0]
	}
	const max = 90
	if len(s) <= max {
		return s
	}
	cut := strings.LastIndexByte(s[:max], ' ')
	if cut < 40 {
		cut = max
	}
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return strings.TrimRight(s[:cut], " ,;:") + " …"
}

// docTitle is the title stored for d: its own, or fallbackTitle.
func docTitle(d *readout.Document) string {
	if strings.TrimSpace(d.Title) == "" {
		return fallbackTitle(d)
	}
	return d.Title
}

// documents are the Bleve documents of all of d's paragraphs (see
// paragraphDocs).
func (s *schema) documents(d *readout.Document) []*document.Document {
	return s.paragraphDocs(d, docTitle(d), 0, len(d.Paragraphs))
}

// paragraphDocs are the Bleve documents of d's paragraphs [from, to)
// (from a multiple of blockParagraphs, so that a document indexed in
// pieces stores the same blocks as one indexed whole), titled title
// (docTitle, taken once for all pieces): each paragraph with
// its document's metadata. What only describes the document (the stored
// title, date as written, precision, source name, issuer, country, URL,
// participants, paragraph count) is written on paragraph 1 alone; a hit on
// another paragraph reads it from there (docmeta.go). What filters on the
// document (source_key, issuer_key, country_key, the facet terms) is
// indexed on every paragraph. Empty values are not indexed: an undated
// paragraph has no year, start_month or day term.
func (s *schema) paragraphDocs(d *readout.Document, title string, from, to int) []*document.Document {
	out := make([]*document.Document, 0, to-from)
	// One analysis per distinct value list in the piece, shared by its
	// paragraphs' fields (bleve_documents.go).
	shared := map[string]*analysed{}
	once := func(name string, values ...string) *analysed {
		if len(values) == 0 || len(values) == 1 && values[0] == "" {
			return nil
		}
		key := name + "\x00" + strings.Join(values, "\x00")
		a, ok := shared[key]
		if !ok {
			a = s.analysis(name, values...)
			shared[key] = a
		}
		return a
	}
	var day, startMonth, year, month string
	if !d.Date.IsZero() {
		// The date as up to three keyword terms: year "2022", start_month
		// "202201", day "20220127"; date ranges are unions of them
		// (dateRange). A date names only the terms it knows: a year alone
		// has no start_month and day "20220000" (dayTerm), so that it
		// matches the ranges that hold its whole year and no other.
		day = dayTerm(d.Date)
		year = fmt.Sprintf("%04d", d.Date.Year)
		if d.Date.Month > 0 && d.Date.Precision != readout.PrecisionYear {
			month = fmt.Sprintf("%04d-%02d", d.Date.Year, d.Date.Month)
			startMonth = d.Date.Start().Format(monthTermLayout)
		}
	}
	titleA, dayA, monthA, yearA := once(fieldTitle, title), once(fieldDay, day), once(fieldStartMonth, startMonth), once(fieldYear, year)
	titleStopsA := once(fieldTitleStops, title)
	sourceKeyA := once(fieldSourceKey, strings.ToLower(d.Source))
	issuer, country := strings.TrimSpace(d.Issuer), strings.TrimSpace(d.Country)
	issuerKeyA, countryKeyA := once(fieldIssuerKey, strings.ToLower(issuer)), once(fieldCountryKey, strings.ToLower(country))
	var block []blockPara
	for i := from; i < to; i++ {
		p := &d.Paragraphs[i]
		block = append(block, blockParaOf(p))
		f := s.newDoc(paragraphID(d.ID, p.N))
		// Indexed, not stored: the text is stored in its block (blocks.go),
		// and the text alone is the paragraph's own analysis.
		var text, stops *analysed // stops: stopwords.go
		if p.Text != "" {
			text, stops = s.textAnalysis(p.Text)
		}
		f.index(text)
		f.index(titleA)
		f.index(stops)
		f.index(titleStopsA)
		f.index(dayA)
		f.index(monthA)
		f.index(yearA)
		f.index(once(fieldSpeaker, p.Speakers...))
		f.index(once(fieldSpeakerKey, lowerAll(p.Speakers)...))
		f.index(once(fieldMention, p.Mentions...))
		f.index(once(fieldMentionKey, lowerAll(p.Mentions)...))
		f.index(sourceKeyA)
		f.index(issuerKeyA)
		f.index(countryKeyA)
		f.index(once(fieldAct, p.Acts...))
		f.index(once(fieldSpeakerAct, speakerActTerms(p.SpeakerActs)...))
		f.index(once(fieldTurn, p.Turn))
		f.index(once(fieldFacets, append(facetTerms(p.Speakers, p.Mentions, d.Source, issuer, country, year, month), actTerms(p.Acts)...)...))
		if p.N == 1 {
			f.store(fieldParagraphs, strconv.Itoa(len(d.Paragraphs)), nil)
			f.store(fieldDocTitle, title, nil)
			f.store(fieldDateStr, d.Date.String(), nil)
			f.store(fieldPrecision, string(d.Date.Precision), nil)
			// Indexed here too: the name book reads its dictionary (suggest.go).
			f.store(fieldSource, d.Source, once(fieldSource, d.Source))
			f.store(fieldIssuer, issuer, once(fieldIssuer, issuer))
			f.store(fieldCountry, country, once(fieldCountry, country))
			f.store(fieldURL, d.URL, nil)
			f.storeList(fieldParticipants, d.Participants)
		}
		out = append(out, f.doc)
		// The block of paragraphs [start, start+blockParagraphs) goes on its
		// first one, once it is complete (paragraphs are numbered 1..n).
		if len(block) == blockParagraphs || i == to-1 {
			first := docFields{s: s, doc: out[len(out)-len(block)]}
			first.store(fieldBlock, string(s.blocks.encode(block)), nil)
			block = block[:0]
		}
	}
	// No _id field here: scorch's Batch adds it to every document it is
	// given. A second one (as until mapping version 22) indexed each ID
	// with frequency 2, which kept zap from writing its single posting
	// into the dictionary itself (its "1-hit" encoding): a postings list,
	// frequency and norm per paragraph, 4% of the index
	// (docs/BENCHMARKS.md, step 32).
	return out
}

func lowerAll(in []string) []string {
	if len(in) == 0 {
		return nil
	}
	out := make([]string, len(in))
	for i, s := range in {
		out[i] = strings.ToLower(s)
	}
	return out
}

// fieldStrings reads a stored field that Bleve returns as a string when
// single-valued and as []interface{} when multi-valued.
func fieldStrings(v any) []string {
	switch x := v.(type) {
	case nil:
		return nil
	case string:
		return []string{x}
	case []any:
		out := make([]string, 0, len(x))
		for _, e := range x {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

func fieldString(v any) string {
	if s := fieldStrings(v); len(s) > 0 {
		return s[0]
	}
	return ""
}

func fieldReasons(v any) []readout.Reason {
	s := fieldString(v)
	if s == "" {
		return nil
	}
	var r []readout.Reason
	if err := json.Unmarshal([]byte(s), &r); err != nil {
		return nil
	}
	return r
}
