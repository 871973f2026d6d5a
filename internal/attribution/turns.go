package attribution

import (
	"regexp"
	"slices"

	"github.com/readouts/readouts/internal/readout"
)

// turns says whose turn each paragraph of a transcript is, from the modes
// run read (paragraphMode): a reporter's question (ATTRIBUTION.md rule 7),
// an answer, or "" for prose. Paragraphs become answers only once a
// question has been asked: a briefing's opening announcements and a text
// without questions are prose.
func turns(modes []mode) []string {
	out := make([]string, len(modes))
	asked := false
	for i, m := range modes {
		switch {
		case m.question || m.moderator:
			out[i], asked = readout.TurnQuestion, true
		case asked:
			out[i] = readout.TurnAnswer
		}
	}
	return out
}

// sentenceTurns gives each sentence its paragraph's turn.
func (d *docState) sentenceTurns(out [][]SentenceResult) {
	ts := turns(d.modes)
	for pi := range out {
		if pi >= len(ts) {
			return
		}
		for si := range out[pi] {
			out[pi][si].Turn = ts[pi]
		}
	}
}

// numberWords end the label of one of several unnamed officials
// ("SENIOR STATE DEPARTMENT OFFICIAL TWO:").
var numberWords = set(`one two three four five 1 2 3 4 5`)

// officialWords reports whether a label's words, lower case, name an
// unnamed official: "senior administration official", or one of several,
// "senior state department official one" (officialLabel).
func officialWords(words []string) bool {
	n := len(words)
	if n > 2 && numberWords[words[n-1]] {
		n--
	}
	return n >= 2 && words[n-1] == "official"
}

// bareQuestion is the question label of White House transcripts: "Q" and
// spaces, often no-break ones, without a colon ("Q    Thank you. And …").
// Without it a reporter's question continued the official's turn before
// it, and the official was its speaker. "Q:" is a question too, whether or
// not the transcript labels answers "A:" ("MS. PSAKI: …", "Q: Thanks, Jen.").
var bareQuestion = regexp.MustCompile(`^[\s\x{00A0}]*Q(?:[\s\x{00A0}]+|[\s\x{00A0}]*[:：][\s\x{00A0}]*)\S`)

// questionOpens reports whether a sentence opens a reporter's question:
// "Q Hi, yes.", "QUESTION: Thanks.", not "MODERATOR: Next question."
func questionOpens(text string) bool {
	if bareQuestion.MatchString(text) {
		return true
	}
	m := labelPrefix.FindStringSubmatch(text)
	if m == nil {
		return false
	}
	toks := tokenize(m[1])
	return len(toks) > 0 && questionLabels[toks[0].lower] && toks[0].lower != "moderator"
}

// podium returns the principals of a joint appearance: the people its
// title puts at the podium together ("Secretary Antony J. Blinken and
// Estonian Prime Minister Kaja Kallas at a Joint Press Availability",
// "... Before Their Meeting"), or nil. An interviewer the title names after
// "with" ("Secretary Antony J. Blinken With Andrea Mitchell of MSNBC") is
// not one, nor is anyone when the title names fewer than two people.
func (d *docState) podium() []*person {
	if d.podiumKnown {
		return d.principals
	}
	d.podiumKnown = true
	people := d.titlePeople()
	if len(people) < 2 {
		return nil
	}
	joint := false
	toks := d.title.toks
	for k, t := range toks {
		if t.lower == "joint" || t.lower == "their" && k+1 < len(toks) && toks[k+1].lower == "meeting" {
			joint = true
		}
	}
	if !joint {
		// "X and Y Statements to the Press": the first two people the
		// title names, joined by "and" and not by "with".
		var at []ref
		for _, rf := range d.findRefs(d.title, false) {
			if p := d.refPerson(rf); p != nil && (len(at) == 0 || p != d.refPerson(at[0])) {
				at = append(at, rf)
			}
		}
		if len(at) < 2 {
			return nil
		}
		for k := at[0].j; k < at[1].i; k++ {
			joint = joint || toks[k].lower == "and"
			if toks[k].lower == "with" {
				return nil
			}
		}
	}
	if joint {
		d.principals = people
	}
	return d.principals
}

// podiumTitles finds, in a principal's turn at a joint appearance, the
// other principal's office written in lower case after "the": "as the
// prime minister said", "let me agree with what the president said", "the
// secretary general said it well". State Department transcripts write the
// guest's office in lower case ("the foreign minister") and their own
// Secretary's and President's capitalised; at the podium, the office is
// the guest's who holds it (rules 5, 6). Not in a reporter's question,
// which speaks for nobody at the podium, nor where a name follows ("the
// foreign minister Ann Linde" is the name's), nor when two others hold it.
func (d *docState) podiumTitles(toks []token, refs []ref) []ref {
	if len(d.modes) == 0 {
		return refs
	}
	m := d.modes[len(d.modes)-1]
	if m.question || m.owner == nil || m.rule != RuleLabel {
		return refs
	}
	others := d.others(m.owner)
	if len(others) == 0 {
		return refs
	}
	for i := 1; i < len(toks); i++ {
		if toks[i-1].lower != "the" || toks[i].cap || !titleWords[toks[i].lower] ||
			slices.ContainsFunc(refs, func(r ref) bool { return r.i <= i && i < r.j }) {
			continue
		}
		e := i
		for e < len(toks) && e < i+4 && toks[e].word && !toks[e].cap {
			e++
		}
		if e < len(toks) && toks[e].word && toks[e].cap {
			continue
		}
		for j := e; j > i; j-- {
			if !titleWords[toks[j-1].lower] {
				continue
			}
			key := joinKeys(toks, i, j)
			canon := ""
			if t := d.g.Title(key); t != nil {
				canon = t.Title
			}
			var hs []*person
			for _, p := range others {
				if d.holdsTitle(p, key, canon, "") || slices.ContainsFunc(p.titles, func(t string) bool {
					return endsInTitle(t, key)
				}) {
					hs = append(hs, p)
				}
			}
			if len(hs) == 1 {
				refs = append(refs, ref{kind: kTitle, i: i - 1, j: j, p: hs[0], title: &titleInfo{key: key, canon: canon, at: i}, poss: toks[j-1].poss})
			}
			break
		}
	}
	return refs
}

// others returns the principals of a joint appearance other than owner,
// when owner is one of them ("Our discussion today focused on ..." in the
// Prime Minister's turn is the Secretary's discussion too, rule 3).
func (d *docState) others(owner *person) []*person {
	ps := d.podium()
	if !slices.Contains(ps, owner) {
		return nil
	}
	return slices.DeleteFunc(slices.Clone(ps), func(p *person) bool { return p == owner })
}

// podiumOnly reports whether a sentence brings in nobody but the podium's
// principals: no "with" ("When I met with Libya in Berlin, we agreed") and
// no one else named ("The Ukrainian foreign minister came to Berlin, and of
// course, we talked about this issue"). Its "we" may then be the podium's.
func (d *docState) podiumOnly(refs []ref, toks []token, owner *person) bool {
	if slices.ContainsFunc(toks, func(t token) bool { return t.lower == "with" }) {
		return false
	}
	for _, rf := range refs {
		if rf.kind != kName && rf.kind != kTitle {
			continue
		}
		if p := d.refPerson(rf); p != nil && p != owner && !slices.Contains(d.podium(), p) {
			return false
		}
	}
	return true
}

// addressee is whom "as you said" in owner's turn quotes: the owner of
// the turn before it, when the title names both (the other principal of a
// joint appearance: "Secretary Blinken, as you said, this is a long
// history"; the guest of an interview its interviewer names). A moderator's words in
// between ("MODERATOR: Secretary Blinken, please.") are skipped; after a
// reporter's question "you" is the reporter, nobody in the facet (rule 7),
// and after anyone else (a moderator the title does not name) it is not
// known.
func (d *docState) addressee(owner *person) *person {
	k := min(d.paraAt, len(d.modes)-1)
	for k >= 0 && (d.modes[k].owner == owner || d.modes[k].moderator) {
		k--
	}
	if k < 0 || d.modes[k].question || d.modes[k].owner == nil {
		return nil
	}
	p, titled := d.modes[k].owner, d.titlePeople()
	if !p.shown() || !slices.Contains(titled, p) || !slices.Contains(titled, owner) || len(titled) > 2 {
		return nil // with three at the podium, whom "you" means is not known
	}
	// Who answered a reporter may have repeated the question's words:
	// "you mentioned conversations with Afghan Americans" after it is the
	// reporter's (rule 7).
	for k >= 0 && (d.modes[k].owner == p || d.modes[k].moderator) {
		k--
	}
	if k >= 0 && d.modes[k].question {
		return nil
	}
	return p
}
