// Quotations: how a quotation opened in one sentence carries its speakers
// into the sentences and paragraphs it runs over.

package attribution

import (
	"slices"
	"strings"
	"unicode"

	"github.com/readouts/readouts/internal/readout"
)

// quotation follows a quotation across the sentences of a paragraph: the
// sentences after the one that opens it are still the words of whoever it
// quotes ("… Robert Kennedy … once said, “Some men see things as they are
// … ‘why?’ I dream things that never were …”"), rule 6.
//
// A quotation may also run across paragraphs, as the General Debate's
// record breaks them: "… Mr. Umaro Sissoco Embalo, who said," and then
// "“We have just seen …" in the next paragraph, closed two paragraphs on.
// It does so for at most maxQuoteParas paragraphs, and never into a new
// turn of a transcript.
type quotation struct {
	depth  int              // quotation marks opened and not yet closed
	voices []readout.Reason // the speakers of the sentence that opened it
	paras  int              // paragraphs it has run into after the first
	lead   bool             // voices came from the paragraph before ("who said,")
}

// maxQuoteParas bounds how far an unclosed quotation carries: a stray
// quotation mark must not credit a whole speech to someone.
const maxQuoteParas = 3

// next readies q for a paragraph, given it and the paragraphs after it
// (ahead, at most maxQuoteParas): a quotation still open carries on unless
// a turn begins, it has run too long, or it does not close within ahead; a
// paragraph that opens with a quotation mark after one that ended "who
// said," or "said:" quotes the people that sentence credited (lead), when
// the quotation closes within ahead. Across paragraphs a voice found by a
// pronoun ("He said,") is not carried: a wrong antecedent would take the
// whole quotation with it.
func (q *quotation) next(turn bool, lead []readout.Reason, ahead [][]sentence) {
	if turn || q.depth <= 0 || q.paras >= maxQuoteParas || !closesWithin(q.depth, ahead[:min(len(ahead), maxQuoteParas-q.paras)]) {
		*q = quotation{}
	} else {
		q.paras++
		q.voices = notByPronoun(q.voices)
	}
	if q.depth != 0 || len(ahead) == 0 || len(ahead[0]) == 0 {
		return
	}
	lead = notByPronoun(lead)
	if len(lead) > 0 && opensQuote(ahead[0][0].text) && closesWithin(0, ahead) {
		q.voices, q.lead = lead, true
	}
}

// closesWithin reports whether a quotation depth deep is closed by the
// quotation marks of the paragraphs paras.
func closesWithin(depth int, paras [][]sentence) bool {
	opened := depth > 0
	for _, ss := range paras {
		for _, s := range ss {
			depth += quoteBalance(s.text)
			// A quotation that opens and closes in one sentence ("“There
			// cannot be peace ... players”.") opened too.
			opened = opened || depth > 0 || strings.ContainsRune(s.text, '“') || strings.ContainsRune(s.text, '"')
			if opened && depth <= 0 {
				return true
			}
		}
	}
	return false
}

// notByPronoun returns the voices not found through a pronoun whose
// antecedent lies outside its sentence ("Mr. Byrnes revealed his whole
// thought when he said:" keeps Byrnes), nor through a possessive one ("She
// wrote:", "her message").
func notByPronoun(voices []readout.Reason) []readout.Reason {
	return slices.DeleteFunc(slices.Clone(voices), func(w readout.Reason) bool {
		return w.Rule == RulePronoun && w.Detail != sameSentenceAntecedent || strings.HasPrefix(w.Detail, "antecedent in paragraph")
	})
}

// leadIn returns the speakers of a paragraph's last sentence when it ends
// introducing a quotation: a speech verb and a comma or colon ("who
// said,", "The Secretary stated:").
func leadIn(res []SentenceResult) []readout.Reason {
	if len(res) == 0 {
		return nil
	}
	last := res[len(res)-1]
	text := strings.TrimSpace(last.Text)
	// "I would like to conclude with a quote from our beloved King, His
	// Majesty X." and a paragraph in quotation marks: the quote is his.
	for _, w := range last.Why {
		if w.Role == readout.RoleSpeaker && w.Rule == RuleRelayed && quotedNouns[strings.ToLower(strings.Fields(w.Evidence + " x")[0])] {
			return []readout.Reason{w}
		}
	}
	// "As the Director-General of UNESCO has stated:", "Kofi Annan put it
	// this way in his report ...:", "President Truman declared in 1947
	// that:": a sentence that reports someone's words and ends in a colon
	// hands them the quotation that follows, whatever its last word.
	if t := strings.TrimRight(text, "*_ "); strings.HasSuffix(t, ":") {
		var out []readout.Reason
		for _, w := range last.Why {
			if w.Role == readout.RoleSpeaker && (w.Rule == RuleVerb || w.Rule == RuleTitle || w.Rule == RuleRelayed || w.Rule == RulePronoun) {
				out = append(out, w)
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	if !strings.HasSuffix(text, ",") && !strings.HasSuffix(text, ":") {
		return nil
	}
	words := strings.Fields(strings.TrimRight(text, ",:"))
	if len(words) == 0 || !sayingVerbs[strings.ToLower(words[len(words)-1])] {
		return nil
	}
	var out []readout.Reason
	for _, w := range last.Why {
		if w.Role == readout.RoleSpeaker {
			out = append(out, w)
		}
	}
	return out
}

// carry credits r to the voices of a quotation still open, then follows the
// quotation marks r opens or closes.
func (q *quotation) carry(r *SentenceResult) {
	if q.depth > 0 || q.lead {
		for _, w := range slices.Backward(q.voices) {
			w.Evidence = "inside the quotation of “" + w.Evidence + "”"
			setSpeaker(r, w.Name, w)
		}
	}
	opened := q.depth == 0 && !q.lead
	q.lead = false
	q.depth += quoteBalance(r.Text)
	switch {
	case q.depth <= 0:
		q.depth, q.voices = 0, nil
	case opened:
		q.voices = nil
		for _, w := range r.Why {
			if w.Role == readout.RoleSpeaker {
				q.voices = append(q.voices, w)
			}
		}
	}
}

// quotesOn gives a sentence that opens with a quotation and has no speaker
// of its own the people whose words the sentence before it reported by a
// verb, pronoun or title: "Q: Foreign Secretary Raab said that ...
// “If China is willing to interfere ...”", "Ms. Gupta emphasized the
// need for ... “It will take all of us ...”" (rule 6). The quotation
// carries on to its close (quotation.carry).
func quotesOn(r *SentenceResult, before SentenceResult) {
	if len(r.Speakers) > 0 || !opensQuote(r.Text) {
		return
	}
	var voices []readout.Reason
	for _, w := range before.Why {
		if w.Role != readout.RoleSpeaker {
			continue
		}
		if w.Rule != RuleVerb && w.Rule != RulePronoun && w.Rule != RuleTitle {
			return // "A:", a label, the text's voice: not a report of words
		}
		voices = append(voices, w)
	}
	for _, w := range slices.Backward(voices) {
		w.Evidence = "the quotation after “" + w.Evidence + "”"
		setSpeaker(r, w.Name, w)
	}
}

// sameSentenceAntecedent is the detail of a pronoun resolved within its
// own sentence.
const sameSentenceAntecedent = "antecedent earlier in the sentence"

// opensQuote reports whether s opens with a quotation mark, also inside a
// Markdown block quote or emphasis ("> *“A world falls apart ...").
func opensQuote(s string) bool {
	t := strings.TrimLeft(s, " >*_")
	return strings.HasPrefix(t, "“") || strings.HasPrefix(t, "\"")
}

// quoteBalance is the number of double quotation marks s opens minus the
// number it closes. Straight quotes open when they follow a space or start
// the text, and close otherwise.
func quoteBalance(s string) int {
	n := 0
	prev := ' '
	for _, c := range s {
		switch c {
		case '“':
			n++
		case '”':
			n--
		case '"':
			if unicode.IsSpace(prev) || prev == '(' || prev == '[' {
				n++
			} else {
				n--
			}
		}
		prev = c
	}
	return n
}

// quotedUnknown is the person outside the gazetteer whose name, two to
// four capitalised words from k, follows the quoting word at v ("quoting
// George Bernard Shaw", "the words of Ernesto Che Guevara"), relayed (rules
// 6, 11); ok is false when no plausible name stands there.
func (d *docState) quotedUnknown(s sentence, v, k int) (subj, bool) {
	toks := s.toks
	end := k
	for end < len(toks) && end < k+4 && toks[end].word && toks[end].cap {
		end++
	}
	if end-k < 2 && !(end-k == 1 && rolledName(toks, k)) || !plausibleName(toks[k:end], d, false) {
		return subj{}, false
	}
	p := d.register(nil, toks[k:end], nil)
	if p == nil || !p.shown() {
		return subj{}, false
	}
	return subj{p: p, rule: RuleRelayed, evidence: span(s.text, toks, v, end), detail: "a name outside the gazetteer"}, true
}

// rolledName reports whether the capitalised word at k follows a role noun
// in lower case ("the poet Benedetti", "the philosopher Karl Popper"): a
// person's name, one word of it enough, as a title's would be (rule 11).
func rolledName(toks []token, k int) bool {
	return k > 0 && toks[k].word && toks[k].cap && !toks[k-1].cap && roleNouns[toks[k-1].lower]
}

// roleNouns name what a person outside the gazetteer is, before the name:
// the writers and thinkers a speech quotes.
var roleNouns = set(`poet poetess writer philosopher author novelist playwright essayist economist historian scientist thinker
theologian sociologist songwriter singer`)

// rolledQuote returns the person named after a role noun of the writers
// and thinkers a speech quotes ("the great writer Ferdinand Ramuz") when
// the sentence then opens a quotation with a colon: the words quoted are
// theirs. Not a name another rule already reads, nor one the colon does
// not follow within a few words.
func (d *docState) rolledQuote(s sentence) (subj, bool) {
	toks := s.toks
	for k := 1; k+1 < len(toks); k++ {
		if !rolledName(toks, k) {
			continue
		}
		end := k
		for end < len(toks) && end < k+4 && toks[end].word && toks[end].cap {
			end++
		}
		c := end
		for c < len(toks) && c < end+5 && toks[c].word && !toks[c].cap {
			c++ // "a century ago"
		}
		if c+1 >= len(toks) || toks[c].text != ":" || !quoteMark(toks[c+1].text) {
			continue
		}
		if end-k < 2 || !plausibleName(toks[k:end], d, false) {
			continue
		}
		p := d.register(nil, toks[k:end], nil)
		if p == nil || !p.shown() {
			continue
		}
		return subj{p: p, rule: RuleRelayed, evidence: span(s.text, toks, k-1, c+1), detail: "a name outside the gazetteer, quoted"}, true
	}
	return subj{}, false
}
