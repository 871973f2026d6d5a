package readout

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// layout is how a plain-text body marks its paragraphs.
type layout int

const (
	// layoutBlocks: blank lines separate paragraphs; the lines of a block are
	// hard-wrapped and joined (White House Markdown, State Department).
	layoutBlocks layout = iota
	// layoutLines: one paragraph per line, blank lines rare (UNGD to 2023).
	layoutLines
	// layoutWrapped: hard-wrapped lines whose blank lines fall anywhere,
	// even mid-sentence (UNGD 2024 text taken from PDFs).
	layoutWrapped
)

// splitParagraphs turns a body into paragraph texts: blocks by layout, long
// blocks split at sentence boundaries, tiny fragments merged into a
// neighbour. White space is collapsed; words are neither lost nor invented,
// except separator lines ("###", "* * *") which are dropped.
func splitParagraphs(body string, opts Options) []string {
	maxLen, minLen := opts.MaxParagraph, opts.MinParagraph
	if maxLen <= 0 {
		maxLen = DefaultMaxParagraph
	}
	if minLen <= 0 {
		minLen = DefaultMinParagraph
	}
	var paras []string
	for _, b := range blocks(body) {
		paras = append(paras, splitLong(b, maxLen)...)
	}
	return mergeTiny(paras, minLen)
}

// blocks groups the body's lines into paragraph blocks according to its
// layout, and collapses each block's white space.
func blocks(body string) []string {
	lines := trimmedLines(body)
	lay, width := detectLayout(lines)

	var out []string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			out = append(out, collapse(strings.Join(cur, " ")))
			cur = cur[:0]
		}
	}
	for i, l := range lines {
		next := nextText(lines[i+1:])
		if l == "" {
			if len(cur) > 0 && !pageBreak(lay, cur[len(cur)-1], next) {
				flush()
			}
			continue
		}
		if turnStart(l) {
			flush()
		}
		cur = append(cur, l)
		var brk bool
		switch lay {
		case layoutLines:
			// A line that stops without punctuation was cut; keep it with
			// the next ("... parliament passed a" / "Transitional Justice bill").
			brk = !(endsInWord(l) && len(l) >= 50) && !continues(l, next)
		case layoutWrapped:
			// A sentence ending on a line clearly shorter than the wrapping
			// width ends the paragraph.
			brk = endsSentence(l) && utf8.RuneCountInString(l) < width*85/100
		}
		if brk && i+1 < len(lines) {
			flush()
		}
	}
	flush()
	return out
}

// trimmedLines splits body into lines without surrounding white space;
// separator lines become blank.
func trimmedLines(body string) []string {
	lines := strings.Split(body, "\n")
	for i, l := range lines {
		l = strings.TrimSpace(l)
		if isSeparator(l) {
			l = ""
		}
		lines[i] = l
	}
	return lines
}

// pageBreak reports whether a blank line between the lines last and next is
// a page break inside a paragraph rather than the end of one. In wrapped
// text any blank line after an unfinished sentence is; elsewhere only one
// that a sentence visibly runs on across.
func pageBreak(lay layout, last, next string) bool {
	if lay == layoutWrapped {
		return !endsSentence(last)
	}
	return continues(last, next)
}

// continues reports whether next visibly carries on the sentence of line:
// "... Israel and Egypt went to war but" / "then forged a historic peace."
func continues(line, next string) bool {
	return !endsSentence(line) && unicode.IsLower(firstRune(next))
}

// detectLayout looks at the shape of the lines: how many lines are followed
// by another line in the same block ("inner" lines), how those end, how long
// they are, and how the blocks end. width is the typical line width of
// hard-wrapped text.
func detectLayout(lines []string) (lay layout, width int) {
	var nonBlank, inner, innerEnds int
	var innerLens, lens []int
	var blockEnds, brokenEnds int
	for i, l := range lines {
		if l == "" {
			continue
		}
		nonBlank++
		n := utf8.RuneCountInString(l)
		lens = append(lens, n)
		switch {
		case i+1 < len(lines) && lines[i+1] != "":
			inner++
			innerLens = append(innerLens, n)
			if endsClause(l) {
				innerEnds++
			}
		default:
			if next := nextText(lines[i+1:]); next != "" {
				blockEnds++
				// "... Israel and Egypt went to war but" / "" / "then forged ..."
				if endsMidSentence(l) && unicode.IsLower(firstRune(next)) {
					brokenEnds++
				}
			}
		}
	}
	// Few lines share a block with another: every block is a paragraph.
	if inner < 3 || inner*5 < nonBlank {
		return layoutBlocks, 0
	}
	// Lines mostly ending a clause, or too long to be wrapped, are paragraphs.
	if innerEnds*10 >= inner*6 || percentile(innerLens, 50) >= 110 {
		return layoutLines, 0
	}
	// Hard-wrapped. Blank lines mark paragraphs unless sentences run on
	// across them or they are too rare to (page breaks).
	if (brokenEnds >= 2 && brokenEnds*10 >= blockEnds) || nonBlank > 15*(blockEnds+1) {
		return layoutWrapped, percentile(lens, 80)
	}
	return layoutBlocks, 0
}

// nextText returns the first non-blank line.
func nextText(lines []string) string {
	for _, l := range lines {
		if l != "" {
			return l
		}
	}
	return ""
}

func percentile(xs []int, p int) int {
	if len(xs) == 0 {
		return 0
	}
	s := append([]int(nil), xs...)
	sort.Ints(s)
	return s[(len(s)-1)*p/100]
}

// trimClosers drops closing quotes, brackets and Markdown emphasis from the
// end of a line so that its last real character can be inspected.
func trimClosers(l string) string {
	return strings.TrimRightFunc(l, func(r rune) bool { return isCloser(r) || r == '*' || r == '_' })
}

// endsSentence: the line ends with . ! ? (before any closing quotes).
func endsSentence(l string) bool {
	return strings.ContainsRune(".!?…", lastRune(trimClosers(l)))
}

// endsClause: the line ends with any sentence or clause punctuation.
func endsClause(l string) bool {
	return strings.ContainsRune(".!?…:;,", lastRune(trimClosers(l)))
}

// endsMidSentence: the line stops where a sentence goes on (a lower-case
// word or a comma).
func endsMidSentence(l string) bool {
	r := lastRune(trimClosers(l))
	return unicode.IsLower(r) || r == ','
}

func endsInWord(l string) bool {
	r := lastRune(l)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func hasLetter(s string) bool {
	return strings.IndexFunc(s, unicode.IsLetter) >= 0
}

// isSeparator reports whether a trimmed line is only a separator: "###",
// "# # #", "***", "---", "___", "===".
func isSeparator(l string) bool {
	n := 0
	for _, r := range l {
		switch {
		case strings.ContainsRune("#*-_=~", r):
			n++
		case r == ' ' || r == '\t':
		default:
			return false
		}
	}
	return n >= 3
}

// turn is the start of a speaker's turn in a transcript: "Q:", "A:",
// "Question:", "Answer:", or an upper-case label ("SECRETARY BLINKEN:",
// "MR PRICE:", "MODERATOR:", "MR. FERNÁNDEZ HERNÁNDEZ:": any capitals).
var turn = regexp.MustCompile(`^(?:(?:Q|A|Question|Answer)\s*[:：]|(?:\p{Lu}[\p{Lu}.'’-]*\s+){0,4}\p{Lu}[\p{Lu}.'’-]+:)`)

func turnStart(p string) bool { return turn.MatchString(p) }

// collapse replaces runs of white space with one space and trims.
func collapse(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// splitLong splits a paragraph longer than maxLen bytes into chunks of whole
// sentences, about equal in length so that the last is not a stub. A single
// sentence longer than maxLen stays whole.
func splitLong(p string, maxLen int) []string {
	if len(p) <= maxLen {
		return []string{p}
	}
	sents := Sentences(p)
	if len(sents) < 2 {
		return []string{p}
	}
	k := (len(p) + maxLen - 1) / maxLen
	target := len(p) / k
	var out []string
	cur := ""
	for _, s := range sents {
		if cur == "" {
			cur = s
			continue
		}
		joined := len(cur) + 1 + len(s)
		// Close the chunk when adding s would overflow, or would take it
		// further past the target than it now falls short of it.
		if joined > maxLen || (joined > target && joined-target > target-len(cur)) {
			out = append(out, cur)
			cur = s
			continue
		}
		cur += " " + s
	}
	if n := len(out); n > 0 && len(cur) < target/3 && len(out[n-1])+1+len(cur) <= maxLen {
		out[n-1] += " " + cur
	} else {
		out = append(out, cur)
	}
	return out
}

// mergeTiny merges fragments shorter than minLen ("Office of the
// Spokesperson", "-Ladies and gentlemen,") into the following paragraph, or
// the previous one when nothing follows. A transcript turn ("Q: Thank you.")
// stays whole and alone, and a fragment never joins a turn of another
// speaker: before a turn it goes back to the previous paragraph.
func mergeTiny(paras []string, minLen int) []string {
	var out []string
	pending := ""
	join := func(a, b string) string {
		if a == "" {
			return b
		}
		return a + " " + b
	}
	for _, p := range paras {
		switch {
		case turnStart(p):
			if pending != "" {
				if n := len(out); n > 0 {
					out[n-1] = join(out[n-1], pending)
				} else {
					out = append(out, pending)
				}
				pending = ""
			}
			out = append(out, p)
		case len(p) < minLen:
			pending = join(pending, p)
			if len(pending) >= minLen {
				out = append(out, pending)
				pending = ""
			}
		default:
			out = append(out, join(pending, p))
			pending = ""
		}
	}
	if pending != "" {
		if n := len(out); n > 0 {
			out[n-1] = join(out[n-1], pending)
		} else {
			out = append(out, pending)
		}
	}
	return out
}
