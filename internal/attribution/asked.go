package attribution

import "strings"

// A reporter's question often quotes the official it asks: "You said that
// you didn't think there was ever an issue, but ...", "Yesterday you
// mentioned the talks would resume". The question relays that official's
// words (rule 6), whoever answers the turns of the day (rule 7): the
// spokesperson of an "A:" transcript, or the owner of the last labelled
// answer ("MR PRICE:", "SECRETARY BLINKEN:").

// youSaidVerbs are the verbs by which a question reports what the official
// said; not "talked", "spoke" or "called", which a reporter also uses
// for what the official did ("you talked with the minister").
var youSaidVerbs = set(`said mentioned stated noted told stressed indicated described characterized announced`)

// youSaidFillers may stand between "you" and the verb: "you just said",
// "you have also mentioned".
var youSaidFillers = set(`also just have had already previously earlier recently yourself yesterday today`)

// youSaid returns where "you said" (or "as you just mentioned", "you’ve
// said") stands in a sentence, or -1.
func youSaid(toks []token) int {
	for k, t := range toks {
		if t.lower != "you" && t.lower != "you’ve" && t.lower != "you've" {
			continue
		}
		for v := k + 1; v < len(toks) && v <= k+3; v++ {
			if youSaidVerbs[toks[v].lower] {
				return k
			}
			if !youSaidFillers[toks[v].lower] {
				break
			}
		}
	}
	return -1
}

// askedOfficial is who a question's "you said" quotes: who answers it.
// The answer is looked up in the next few paragraphs by its label, among
// the labels already read ("SECRETARY BLINKEN:"): the turn before a
// question is often a moderator's ("MR PRICE: Next question."), not
// whom the question asks. Nil when the answer is not found, its owner is
// unknown, or not shown (an unnamed official).
func (d *docState) askedOfficial(pi int) *person {
	var p *person
	for k := pi + 1; k < len(d.doc.Paragraphs) && k <= pi+maxAnswerGap; k++ {
		text := d.doc.Paragraphs[k].Text
		if d.qa {
			if m := qaPrefix.FindStringSubmatch(text); m != nil {
				if m[1] == "A" {
					p = d.spokesperson
				}
				break
			}
			continue
		}
		label := ""
		if d.mixedLabels && mixedLabel.MatchString(text) {
			label = strings.TrimSpace(mixedLabel.FindString(text))
		} else if m := labelPrefix.FindStringSubmatch(text); m != nil {
			label = strings.TrimSpace(m[1]) + ":"
		}
		if label != "" {
			p = d.labelOwners[label] // a question's label owns nothing
			break
		}
	}
	if p == nil || !p.shown() {
		return nil
	}
	return p
}

// maxAnswerGap is how many paragraphs after a question its answer may
// start (a question may run over several).
const maxAnswerGap = 4
