// A General Debate statement read out for someone else: the delegate says
// whose statement it is and then reads it in quotation marks.

package attribution

import (
	"regexp"
	"slices"
	"strings"

	"github.com/readouts/readouts/internal/readout"
)

// readFor is the statement a speech's delegate reads out for its author:
// "I have the honour to deliver the following statement on behalf of His
// Excellency Mr. Patrice Talon, President of the Republic of Benin" and
// then paragraph after paragraph opening with “, as the General Debate's
// record quotes a text it reads. The quoted text is its author's words,
// not the delegate's (rules 6 and 8): its "I" is the President's. The
// lines before it (who sends the statement, who reads it) and any after
// its close ("That statement was written by ...") stay the delegate's.
type readFor struct {
	authors  []*person // one, or two who send a message together (rule 8)
	evidence string
	from     [2]int // paragraph and sentence where the quotation opens
	to       int    // the paragraph where it closes, or the last
	intro    int    // the paragraph that says whose statement it is
	split    int    // intro's sentence, the reading line, when the quotation opens in it, or -1
}

// covers reports whether the sentence si of paragraph pi is in the
// statement read out.
func (r *readFor) covers(pi, si int) bool {
	return r != nil && (pi > r.from[0] || pi == r.from[0] && si >= r.from[1]) && pi <= r.to
}

// mode is the mode of a sentence of the statement read out.
func (r *readFor) mode() mode {
	return mode{owner: r.authors[0], also: r.authors[1:], rule: RuleDocument, evidence: r.evidence}
}

// colonQuote is a quotation opened after a colon inside a sentence.
var colonQuote = regexp.MustCompile(`:\s*[“"]`)

// readingLine is a delegate's line that they read out someone's text:
// "deliver the following statement", "deliver this statement", "orally
// present a written address", "read out the address", "read a letter",
// "send the following message", "convey the following message".
var readingLine = regexp.MustCompile(`(?i)\b(?:deliver|read|present|convey|send|transmit)(?:s|ing|ed)?\s+(?:out\s+)?(?:this|the\s+following|the|a|his|her)\s+(?:\w+\s+){0,2}?(?:statement|message|speech|address|letter|remarks)\b`)

// readForSpeech finds the statement a speech's delegate reads out for
// someone else: one of the first three paragraphs says so (readingLine)
// and names its author, one or two people of the speech's country other
// than the delegate; the quotation opens in the next paragraph (or after
// a colon in that one) and runs, each paragraph reopening it, to its
// close or to the end of the speech. A statement read "on behalf of" its
// author but not quoted stays the delegate's speech: its words are the
// delegate's reading of it, and its "I" the delegate's (rule 8).
func (d *docState) readForSpeech() {
	if d.docSpeaker == nil || len(d.paras) < 3 {
		return
	}
	home := ""
	if c := d.g.Country(d.doc.Meta["country"]); c != nil {
		home = c.Code
	}
	for pi := 0; pi < min(3, len(d.paras)-1); pi++ {
		ss := d.paras[pi]
		if len(ss) == 0 || opensQuote(ss[0].text) || !readingLine.MatchString(d.doc.Paragraphs[pi].Text) {
			continue
		}
		// Where the quotation opens: a sentence of this paragraph past
		// the reading line, or the next paragraph's first. The record may
		// open it inside the reading line's sentence ("... to deliver the
		// following message on his behalf: “It is with particular pride
		// that I ..."): that sentence is both theirs (split).
		from, split, quoteAt, depth := [2]int{pi + 1, 0}, -1, 0, 0
		for si := 0; si < len(ss); si++ {
			if si > 0 && opensQuote(ss[si].text) && strings.HasSuffix(strings.TrimSpace(ss[si-1].text), ":") {
				from = [2]int{pi, si}
				break
			}
			if at := colonQuote.FindStringIndex(ss[si].text); at != nil && readingLine.MatchString(ss[si].text[:at[0]]) {
				from, split, quoteAt, depth = [2]int{pi, si + 1}, si, at[0], quoteBalance(ss[si].text[at[0]:])
				if si+1 == len(ss) {
					from = [2]int{pi + 1, 0}
				}
				break
			}
		}
		if split < 0 && from[0] > pi && (len(d.paras[from[0]]) == 0 || !opensQuote(d.paras[from[0]][0].text)) {
			return
		}
		var authors []*person
		for si, s := range ss {
			if from[0] == pi && si >= from[1] {
				break // the quotation names no author (past split, too)
			}
			for _, rf := range d.findRefs(s, false) {
				if si == split && s.toks[rf.i].start >= quoteAt {
					break // named in the quotation
				}
				p := d.refPerson(rf)
				if (rf.kind != kName && rf.kind != kTitle) || p == nil || !p.shown() || p == d.docSpeaker || slices.Contains(authors, p) {
					continue
				}
				if p.country != "" && home != "" && p.country != home {
					continue // "conveying to the President of the Assembly ..."
				}
				authors = append(authors, p)
			}
		}
		if len(authors) == 0 || len(authors) > 2 {
			return
		}
		to, ok := d.quotedTo(from, depth)
		if !ok {
			return
		}
		d.readFor = &readFor{authors: authors, from: from, to: to, intro: pi, split: split,
			evidence: "the statement read out for its author: " + strings.TrimSpace(readingLine.FindString(d.doc.Paragraphs[pi].Text))}
		return
	}
}

// quotedTo returns the paragraph where a quotation that opens at from
// (depth deep already, when it opened in the sentence before) closes, or
// the last paragraph when it runs to the end with most of its paragraphs
// opening with a quotation mark; ok is false when it closes in its first
// paragraph (a quotation, not a statement read out). The record reopens
// the quotation at each paragraph (“ ... “ ... ”), and a paragraph that
// opens with a quotation mark after one that closed it goes on with the
// statement: "“‘Always together and always moving forward’”, as Sandino
// would say." closes nothing of it.
func (d *docState) quotedTo(from [2]int, depth int) (int, bool) {
	opened, paras := 0, 0
	for pi := from[0]; pi < len(d.paras); pi++ {
		paras++
		for si, s := range d.paras[pi] {
			if pi == from[0] && si < from[1] {
				continue
			}
			b := quoteBalance(s.text)
			if si == 0 && depth > 0 && opensQuote(s.text) {
				b-- // the record reopens the quotation at each paragraph
			}
			if si == 0 && opensQuote(s.text) || pi == from[0] && si == from[1] && (depth > 0 || opensQuote(s.text)) {
				opened++
			}
			depth = max(0, depth+b)
		}
		if depth == 0 && (pi+1 == len(d.paras) || len(d.paras[pi+1]) == 0 || !opensQuote(d.paras[pi+1][0].text)) {
			return pi, pi > from[0]
		}
	}
	return len(d.paras) - 1, paras >= 3 && 2*opened >= paras
}

// settle finishes the paragraph pi of the reading line: "on behalf of Mr.
// Patrice Talon" there says for whom the delegate reads, nothing of the
// author's (split apart from "to deliver this statement" by the record's
// "Talon. President of ..."), so the author relayed by it speaks not; a
// reading line whose sentence opens the quotation is the author's too.
func (r *readFor) settle(pi int, res []SentenceResult) {
	if r == nil || pi != r.intro {
		return
	}
	for k := range res {
		if r.covers(pi, k) {
			continue
		}
		if k == r.split {
			for _, p := range slices.Backward(r.authors) {
				setSpeaker(&res[k], p.name, readout.Reason{Name: p.name, Role: readout.RoleSpeaker, Rule: RuleDocument, Evidence: r.evidence, Detail: "the quotation opens in the reading line"})
			}
			continue
		}
		if !strings.Contains(strings.ToLower(res[k].Text), "behalf of") {
			continue
		}
		for _, p := range r.authors {
			if !slices.ContainsFunc(res[k].Why, func(w readout.Reason) bool {
				return w.Name == p.name && w.Role == readout.RoleSpeaker && w.Rule == RuleRelayed
			}) {
				continue
			}
			res[k].Speakers = slices.DeleteFunc(res[k].Speakers, func(n string) bool { return n == p.name })
			for i, w := range res[k].Why {
				if w.Name == p.name && w.Role == readout.RoleSpeaker {
					res[k].Why[i].Role, res[k].Why[i].Rule, res[k].Why[i].Detail = readout.RoleMention, RuleMention, "the author of the statement the delegate reads out, on whose behalf (rule 2)"
				}
			}
			res[k].Mentions = addName(res[k].Mentions, p.name)
		}
	}
}
