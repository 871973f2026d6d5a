package readout

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Titles and sources for documents without a header (the seeds). Their
// first paragraph opens with a news agency's dateline and a lead:
//
//	Beijing, 27 January 2022 (TDI): According to the Chinese Foreign
//	Ministry, Chinese State Councilor and Foreign Minister Wang Yi, had a
//	phone conversation with US Secretary of State, Antony Blinken, ...
//
// Cutting that first sentence to a title gave "Beijing, 27 January 2022
// (TDI): According to the Chinese Foreign Ministry, Chinese State …", which
// no reader would write. A reader names the event and who took part:
// "Phone call between Wang Yi and Antony Blinken". The dateline also names
// the agency that published the text, which is the document's source.

// datelineRe is "Place, date (AGENCY):" or "PLACE (AGENCY) —"; the date
// must hold a digit, the agency is optional in the first form.
var datelineRe = regexp.MustCompile(`^\s*[\p{Lu}][\p{L}.' -]{1,40}(?:,\s+([^():\n]{4,40}?\d[^():\n]{0,20}?))?\s*(?:\(([\p{Lu}][^()\n]{1,39})\))?\s*[:—–-]\s+`)

// leadRe is an attribution before the news: "According to the Chinese
// Foreign Ministry, ".
var leadRe = regexp.MustCompile(`^(?i:according to)\s+[^,]{3,80},\s*`)

// splitDateline returns the agency a dateline names ("" if none) and the
// text after the dateline; text is returned whole when it has none.
func splitDateline(text string) (agency, rest string) {
	m := datelineRe.FindStringSubmatchIndex(text)
	if m == nil {
		return "", text
	}
	hasDate, hasAgency := m[2] >= 0, m[4] >= 0
	if !hasDate && !hasAgency {
		return "", text // "Note - ..." is not a dateline
	}
	if hasAgency {
		agency = strings.TrimSpace(text[m[4]:m[5]])
	}
	return agency, text[m[1]:]
}

// events are what a readout reports, by the words that say so, in the
// order they are tried when several appear at the same place.
var events = []struct {
	name  string
	words []string
}{
	{"Video call", []string{"video call", "video conference", "videoconference", "virtual meeting", "video link"}},
	{"Phone call", []string{"phone call", "phone conversation", "telephone", "phone talk", "spoke by phone", "spoke on the phone", "call with"}},
	{"Meeting", []string{"met with", "meeting with", "meeting between", "held talks", "talks with", "bilateral meeting"}},
}

// eventOf names the event the text reports first, "" when it names none.
func eventOf(text string) string {
	lower := strings.ToLower(text)
	best, at := "", len(lower)+1
	for _, e := range events {
		for _, w := range e.words {
			if i := strings.Index(lower, w); i >= 0 && i < at {
				best, at = e.name, i
			}
		}
	}
	return best
}

// inferTitle is the title of a document that has none: the event and its
// participants when the first sentence (or paragraph) names an event and
// attribution found two or more participants, otherwise the first sentence
// without its dateline and lead, cut at a word near 90 bytes.
func inferTitle(d *Document) string {
	if len(d.Paragraphs) == 0 {
		return ""
	}
	_, text := splitDateline(d.Paragraphs[0].Text)
	text = leadRe.ReplaceAllString(text, "")
	first := text
	if ss := Sentences(text); len(ss) > 0 {
		first = ss[0]
	}
	if len(d.Participants) >= 2 {
		event := eventOf(first)
		if event == "" {
			event = eventOf(text)
		}
		if event != "" {
			return event + " " + joinNames(event, d.Participants)
		}
	}
	return shorten(capitalize(first), 90)
}

// joinNames: "between A and B" for two, "of A, B and C" for more.
func joinNames(event string, names []string) string {
	if len(names) == 2 {
		return "between " + names[0] + " and " + names[1]
	}
	return "of " + strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// shorten cuts s at the last space before max bytes and marks the cut.
func shorten(s string, max int) string {
	s = strings.TrimRight(collapse(s), " ")
	if len(s) <= max {
		return s
	}
	cut := strings.LastIndexByte(s[:max], ' ')
	if cut < max/2 {
		cut = max
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
	}
	return strings.TrimRight(s[:cut], " ,;:") + " …"
}

func capitalize(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if size == 0 || unicode.IsUpper(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}
