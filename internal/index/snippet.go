package index

import (
	"html"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/search"
)

// Segment is a piece of a snippet: plain text or a match. Highlights travel
// as data; the JSON API and the page each escape and mark them up.
type Segment struct {
	Text string `json:"text"`
	Mark bool   `json:"mark,omitempty"`
}

// Snippet is a paragraph excerpt around its matches.
type Snippet []Segment

// HTML renders the snippet with matches in <mark> and everything else escaped.
func (s Snippet) HTML() string {
	var b strings.Builder
	for _, seg := range s {
		if seg.Mark {
			b.WriteString("<mark>")
			b.WriteString(html.EscapeString(seg.Text))
			b.WriteString("</mark>")
		} else {
			b.WriteString(html.EscapeString(seg.Text))
		}
	}
	return b.String()
}

// span is a match's byte range in the text.
type span struct{ start, end int }

// matchSpans collects the byte ranges of the matches Bleve reports for
// field in text. The index keeps only the matches' token positions
// (analysis.go), so text is tokenized again to find their bytes.
func matchSpans(locs search.FieldTermLocationMap, field string, text string) []span {
	if len(locs[field]) == 0 {
		return nil
	}
	last := 0
	for _, ls := range locs[field] {
		for _, l := range ls {
			last = max(last, int(l.Pos))
		}
	}
	at := tokenSpans(text, min(last, len(text)))
	var spans []span
	for _, ls := range locs[field] {
		for _, l := range ls {
			if p := int(l.Pos); p > 0 && p < len(at) && at[p].start < at[p].end {
				spans = append(spans, at[p])
			}
		}
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].start < spans[j].start })
	// Merge overlaps, and words separated only by spaces, so that a phrase
	// reads as one mark: <mark>Minsk agreements</mark>.
	var out []span
	for _, s := range spans {
		if n := len(out); n > 0 && (s.start <= out[n-1].end || strings.TrimSpace(text[out[n-1].end:s.start]) == "") {
			if s.end > out[n-1].end {
				out[n-1].end = s.end
			}
			continue
		}
		out = append(out, s)
	}
	return out
}

// makeSnippet cuts text to about width bytes around the window holding the
// most matches, on word boundaries, and marks the matches. A paragraph that
// fits is shown whole.
func makeSnippet(text string, spans []span, width int) Snippet {
	from, to := 0, len(text)
	if len(text) > width+width/5 {
		from, to = bestWindow(text, spans, width)
	}
	var out Snippet
	if from > 0 {
		out = append(out, Segment{Text: "… "})
	}
	pos := from
	for _, s := range spans {
		if s.end <= from || s.start >= to {
			continue
		}
		st, en := max(s.start, from), min(s.end, to)
		if st > pos {
			out = append(out, Segment{Text: text[pos:st]})
		}
		out = append(out, Segment{Text: text[st:en], Mark: true})
		pos = en
	}
	if pos < to {
		out = append(out, Segment{Text: text[pos:to]})
	}
	if to < len(text) {
		out = append(out, Segment{Text: " …"})
	}
	return out
}

// bestWindow picks [from, to) of about width bytes covering the most match
// spans, starting a little before the first of them, snapped to word edges.
func bestWindow(text string, spans []span, width int) (int, int) {
	bestStart, bestCount := 0, 0
	for i := range spans {
		count := 0
		for j := i; j < len(spans) && spans[j].end-spans[i].start <= width; j++ {
			count++
		}
		if count > bestCount {
			bestCount, bestStart = count, spans[i].start
		}
	}
	from := 0
	if bestCount > 0 {
		from = bestStart - width/5 // some context before the first match
	}
	if from < 0 {
		from = 0
	}
	if from+width > len(text) {
		from = max(0, len(text)-width)
	}
	from = snapStart(text, from)
	to := snapEnd(text, min(len(text), from+width))
	if to <= from { // one word longer than the window: cut it
		to = min(len(text), from+width)
		for to < len(text) && !utf8.RuneStart(text[to]) {
			to++
		}
	}
	return from, to
}

// snapStart moves i forward to the start of a word (or a sentence start
// nearby, which reads better).
func snapStart(text string, i int) int {
	if i <= 0 {
		return 0
	}
	// Prefer starting a sentence if one begins within 40 bytes.
	for j := i; j < len(text) && j < i+40; j++ {
		if (text[j] == '.' || text[j] == '?' || text[j] == '!') && j+2 < len(text) && text[j+1] == ' ' {
			return j + 2
		}
	}
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		prev, _ := utf8.DecodeLastRuneInString(text[:i])
		if !isWordRune(prev) && isWordRune(r) {
			return i
		}
		i += size
	}
	return len(text)
}

// snapEnd moves i back to the end of a word.
func snapEnd(text string, i int) int {
	if i >= len(text) {
		return len(text)
	}
	for i > 0 {
		r, _ := utf8.DecodeLastRuneInString(text[:i])
		next, _ := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) && unicode.IsSpace(next) || unicode.IsSpace(next) && isWordRune(r) {
			return i
		}
		_, size := utf8.DecodeLastRuneInString(text[:i])
		i -= size
	}
	return 0
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
