// Package readout parses diplomatic readouts into dated, attributed paragraphs:
// file formats (plain text with or without a key: value header, Markdown, HTML,
// JSON Lines), paragraph and sentence splitting, document dates and paragraph
// speakers. It knows nothing about search or storage; package index does.
package readout

import (
	"errors"
	"fmt"
	"time"
)

// Errors a caller may branch on with errors.Is. Each is wrapped with the file
// (and, for JSON Lines, the line) it concerns.
var (
	ErrUnsupported = errors.New("unsupported file type")
	ErrEmpty       = errors.New("document has no text")
	ErrBinary      = errors.New("binary content")
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
	ErrTooLarge    = errors.New("file too large")
	ErrSyntax      = errors.New("syntax error")
	ErrInvalidDate = errors.New("invalid date") // from ParseDate
	// ErrAttribution comes with a document that was parsed but whose
	// attribution failed; the document is usable, without speakers.
	ErrAttribution = errors.New("attribution failed")
)

// Precision says how much of a Date is known.
type Precision string

// Precisions, from finest to coarsest. The zero value means no date.
const (
	PrecisionDay   Precision = "day"
	PrecisionMonth Precision = "month"
	PrecisionYear  Precision = "year"
)

// DateOrigin says where a document's date was found.
type DateOrigin string

// Date origins, in the order they are tried.
const (
	FromHeader   DateOrigin = "header"   // "date: 2021-05-20" or the seed's " date 2021-11-14 " line
	FromDateline DateOrigin = "dateline" // "Beijing, 27 January 2022 (TDI):" or a date line at the end
	FromTitle    DateOrigin = "title"    // "... Press Conference on May 11, 2018"
	FromText     DateOrigin = "text"     // the first full date in the body
	FromFileName DateOrigin = "filename" // "2021-05-20_readout.txt"
)

// Date is a calendar date in the document's own time zone, with the precision
// the document gives. It is never converted to or from UTC.
type Date struct {
	Year      int        `json:"year,omitempty"`
	Month     int        `json:"month,omitempty"` // 1-12; 0 when Precision is year
	Day       int        `json:"day,omitempty"`   // 1-31; 0 unless Precision is day
	Precision Precision  `json:"precision,omitempty"`
	Origin    DateOrigin `json:"origin,omitempty"`
}

// IsZero reports whether no date is known.
func (d Date) IsZero() bool { return d.Year == 0 }

// String formats the date at its precision: 2022-01-27, 2022-01 or 1946.
func (d Date) String() string {
	switch {
	case d.IsZero():
		return ""
	case d.Precision == PrecisionYear || d.Month == 0:
		return fmt.Sprintf("%04d", d.Year)
	case d.Precision == PrecisionMonth || d.Day == 0:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	default:
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
	}
}

// Start is the first day the date covers, as midnight UTC of that calendar
// day. UTC is only a carrier here: the calendar fields are the document's own.
func (d Date) Start() time.Time {
	if d.IsZero() {
		return time.Time{}
	}
	m, day := d.Month, d.Day
	if m == 0 {
		m = 1
	}
	if day == 0 {
		day = 1
	}
	return time.Date(d.Year, time.Month(m), day, 0, 0, 0, 0, time.UTC)
}

// End is the first instant after the period the date covers: to=2022
// includes all of 2022. Zero for no date.
func (d Date) End() time.Time {
	s := d.Start()
	switch {
	case d.IsZero():
		return s
	case d.Precision == PrecisionYear || d.Month == 0:
		return s.AddDate(1, 0, 0)
	case d.Precision == PrecisionMonth || d.Day == 0:
		return s.AddDate(0, 1, 0)
	}
	return s.AddDate(0, 0, 1)
}

// Document is one readout: its metadata and its paragraphs in order.
type Document struct {
	// ID is stable across runs: the corpus folder's name and the file's path
	// inside it ("sample/seeds/000.txt"), plus ":ID" (the line's "id") or ":N" (line N)
	// for a document of a JSON Lines file.
	ID     string `json:"id"`
	Path   string `json:"path,omitempty"`
	Title  string `json:"title,omitempty"`
	Source string `json:"source,omitempty"` // publisher, e.g. "U.S. Department of State"
	URL    string `json:"url,omitempty"`    // the original, when known
	Date   Date   `json:"date"`
	// Issuer is the person or office in whose name the document is
	// published ("Ned Price", "Office of the Spokesperson", "Zhao Lijian"
	// for his press conference), set by the Attributor. It is not a speaker
	// of what the document reports (ATTRIBUTION.md rule 4).
	Issuer string `json:"issuer,omitempty"`
	// Country is the government or organisation that issues the document
	// ("United States", "China", "United Nations"), set by the Attributor
	// from the header, the source or the issuer.
	Country string `json:"country,omitempty"`
	// Participants are the canonical names of the people the readout is
	// about (the parties to a call or meeting), used to resolve "both sides".
	Participants []string          `json:"participants,omitempty"`
	Meta         map[string]string `json:"meta,omitempty"` // the header, keys lower-cased
	Paragraphs   []Paragraph       `json:"paragraphs"`
}

// Paragraph is the unit of search: one paragraph of a document.
type Paragraph struct {
	N        int      `json:"paragraph"` // 1-based position in the document
	Text     string   `json:"text"`
	Speakers []string `json:"speakers,omitempty"` // canonical names of who speaks or states a position
	Mentions []string `json:"mentions,omitempty"` // canonical names of people named but not speaking
	Why      []Reason `json:"why,omitempty"`      // one per speaker or mention
	Acts     []string `json:"acts,omitempty"`     // what its speakers did with words: "urged", "expressed-concern" (package attribution)
	// SpeakerActs says who did each act: "what did Wang Yi oppose" is a
	// paragraph where Wang Yi, not the spokesperson beside him, did.
	SpeakerActs []SpeakerAct `json:"speaker_acts,omitempty"`
	// Turn is the paragraph's turn in a press conference or interview
	// transcript (TurnQuestion, TurnAnswer), set by the Attributor; empty
	// for ordinary prose.
	Turn string `json:"turn,omitempty"`
}

// Turns of a transcript's paragraphs (Paragraph.Turn).
const (
	// TurnQuestion: a reporter's question ("QUESTION:", "Q:", the White
	// House's "Q" without a colon, "Reuters:", "Follow-up:") or a
	// moderator's or operator's line, and the unlabelled paragraphs that
	// continue it.
	TurnQuestion = "question"
	// TurnAnswer: any other turn of a transcript once its first question
	// has been asked ("A:", "MR PRICE:"), and the paragraphs continuing it.
	// Remarks before the first question are not answers: their Turn is
	// empty, like prose.
	TurnAnswer = "answer"
)

// SpeakerAct is one speaker's act in a paragraph.
type SpeakerAct struct {
	Speaker string `json:"speaker"`
	Act     string `json:"act"`
}

// Role is what a person does in a paragraph.
type Role string

// Roles.
const (
	RoleSpeaker Role = "speaker"
	RoleMention Role = "mention"
)

// Reason explains one attribution, for "indexer explain" and the page.
type Reason struct {
	Name     string `json:"name"`               // canonical name
	Role     Role   `json:"role"`               // speaker or mention
	Rule     string `json:"rule"`               // e.g. "verb", "pronoun", "title", "both-sides", "qa"
	Evidence string `json:"evidence,omitempty"` // the words in the text, e.g. "He"
	Detail   string `json:"detail,omitempty"`   // e.g. "paragraph 2"
}

// String renders the reason the way explain prints it:
// "He" → Wang Yi (pronoun, paragraph 2).
func (r Reason) String() string {
	s := r.Name
	if r.Evidence != "" && r.Evidence != r.Name {
		s = fmt.Sprintf("%q → %s", r.Evidence, r.Name)
	}
	how := r.Rule
	if r.Detail != "" {
		how += ", " + r.Detail
	}
	if how != "" {
		s += " (" + how + ")"
	}
	return s
}
