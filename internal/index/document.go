package index

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/readouts/readouts/internal/readout"
)

// paragraphDoc is what Bleve indexes for one paragraph: the paragraph with
// its document's metadata. What only describes the document (the stored
// title, date as written, precision, source name, URL, participants) is
// written on paragraph 1 alone; a hit on another paragraph reads it from
// there (docmeta.go).
type paragraphDoc struct {
	DocID      string  `json:"-"`                    // in the ID: paragraphID
	Paragraphs string  `json:"paragraphs,omitempty"` // on paragraph 1: how many the document has
	N          float64 `json:"-"`                    // in the ID: paragraphID
	Text       string  `json:"text"`
	Title      string  `json:"title,omitempty"`
	DocTitle   string  `json:"doc_title,omitempty"`
	// The date as three keyword terms of the day it starts (a year alone
	// is its 1 January): year "2022", start_month "202201", day
	// "20220127"; date ranges are unions of them (dateRange). Nil when
	// undated ("" would sort first by day).
	Day          *string  `json:"day,omitempty"`
	StartMonth   *string  `json:"start_month,omitempty"`
	DateStr      string   `json:"date_str,omitempty"`
	Precision    string   `json:"precision,omitempty"`
	Year         string   `json:"year,omitempty"`
	Speaker      []string `json:"speaker,omitempty"`
	SpeakerKey   []string `json:"speaker_key,omitempty"`
	Mention      []string `json:"mention,omitempty"`
	MentionKey   []string `json:"mention_key,omitempty"`
	Source       string   `json:"source,omitempty"`
	SourceKey    string   `json:"source_key,omitempty"`
	URL          string   `json:"url,omitempty"`
	Block        string   `json:"blk,omitempty"` // on a block's first paragraph: blocks.go
	Participants []string `json:"participants,omitempty"`
	Facets       []string `json:"facets,omitempty"`
}

// Layouts of the day and start_month terms: their order as strings is the
// date order.
const (
	dayTermLayout   = "20060102"
	monthTermLayout = "200601"
)

// sortDay is the day field's term for the day t, "20220127" (a year alone
// is its 1 January, as Start gives).
func sortDay(t time.Time) string { return t.UTC().Format(dayTermLayout) }

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

func toIndexDocs(d *readout.Document) []paragraphDoc {
	out := make([]paragraphDoc, 0, len(d.Paragraphs))
	title := d.Title
	if strings.TrimSpace(title) == "" {
		title = fallbackTitle(d)
	}
	var day, startMonth *string
	var year, month string
	if !d.Date.IsZero() {
		t := d.Date.Start()
		k, m := sortDay(t), t.Format(monthTermLayout)
		day, startMonth = &k, &m
		year = fmt.Sprintf("%04d", d.Date.Year)
		if d.Date.Month > 0 && d.Date.Precision != readout.PrecisionYear {
			month = fmt.Sprintf("%04d-%02d", d.Date.Year, d.Date.Month)
		}
	}
	var block []blockPara
	for i, p := range d.Paragraphs {
		why := ""
		if len(p.Why) > 0 {
			b, _ := json.Marshal(p.Why) // []Reason of strings cannot fail
			why = string(b)
		}
		block = append(block, blockPara{Text: p.Text, Speakers: p.Speakers, Mentions: p.Mentions, Why: why})
		pd := paragraphDoc{
			DocID:      d.ID,
			N:          float64(p.N),
			Text:       p.Text,
			Title:      title,
			Day:        day,
			StartMonth: startMonth,
			Year:       year,
			Speaker:    p.Speakers,
			SpeakerKey: lowerAll(p.Speakers),
			Mention:    p.Mentions,
			MentionKey: lowerAll(p.Mentions),
			SourceKey:  strings.ToLower(d.Source),
			Facets:     facetTerms(p.Speakers, p.Mentions, d.Source, year, month),
		}
		if p.N == 1 {
			pd.DocTitle = title
			pd.DateStr = d.Date.String()
			pd.Precision = string(d.Date.Precision)
			pd.Source = d.Source // indexed here too: facetNames reads its dictionary
			pd.URL = d.URL
			pd.Participants = d.Participants
			pd.Paragraphs = strconv.Itoa(len(d.Paragraphs))
		}
		out = append(out, pd)
		// The block of paragraphs [start, start+blockParagraphs) goes on its
		// first one, once it is complete (paragraphs are numbered 1..n).
		if len(block) == blockParagraphs || i == len(d.Paragraphs)-1 {
			out[len(out)-len(block)].Block = string(encodeBlock(block))
			block = block[:0]
		}
	}
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
