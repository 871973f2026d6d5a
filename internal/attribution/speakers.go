package attribution

import (
	"iter"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/readouts/readouts/internal/gazetteer"
	"github.com/readouts/readouts/internal/readout"
)

// mode is who owns a paragraph before its sentences are read: a press
// conference's spokesperson, a transcript label's speaker, the questioner.
type mode struct {
	owner    *person   // speaks in every sentence, or nil
	also     []*person // speak with owner in every sentence: a message two people send (readFor)
	rule     string
	evidence string
	question bool // a "Q:" paragraph: the questioner is nobody in the facet
	// moderator is a paragraph a moderator's label opens ("MODERATOR:
	// First, Prime Minister Kaja Kallas, please."): it hands over between
	// the principals of a joint appearance, asking nothing. An unnamed
	// moderator is nobody in the facet, like a questioner, but the
	// sentences are read as prose, not as a question: "President Biden
	// will be delivering remarks. He will be delivering remarks alongside
	// Prime Minister Morrison" reports what the people it names will say
	// (rules 1, 7).
	moderator bool
	turn      bool // the paragraph opens a new turn ("Q:", "A:", "MR. PRICE:")
	// unread is a turn whose label names someone not found ("KING
	// ABDULLAH:", "FOREIGN MINISTER AL-SABAH:"): their words, not the
	// text's own voice (rules 4, 7).
	unread bool
}

// opening yields the sentences of the document's first n paragraphs, each
// with its paragraph and sentence number: where a readout names its
// participants and a joint statement its signatories or its release line.
func (d *docState) opening(n int) iter.Seq2[[2]int, sentence] {
	return func(yield func([2]int, sentence) bool) {
		for pi, ss := range d.paras {
			if pi >= n {
				return
			}
			for si, s := range ss {
				if !yield([2]int{pi, si}, s) {
					return
				}
			}
		}
	}
}

// colonLead returns who a paragraph of a person's own words that ends in a
// colon hands the paragraph after it, when that sentence reports someone's words by a
// verb, a title or a pronoun of its own: "State Councilor and Foreign
// Minister Wang Yi sent out a very clear message, and I would like to
// reiterate it:", "the UN Secretary-General outlined four threats to
// humanity:" (rule 6). Not a stance only relayed ("In response to Mr.
// Pompeo's remarks, I would like to make the following comments:").
func colonLead(res []SentenceResult) []readout.Reason {
	if len(res) == 0 {
		return nil
	}
	last := res[len(res)-1]
	if t := strings.TrimRight(strings.TrimSpace(last.Text), "*_ "); !strings.HasSuffix(t, ":") {
		return nil
	}
	var out []readout.Reason
	for _, w := range last.Why {
		if w.Role == readout.RoleSpeaker && (w.Rule == RuleVerb || w.Rule == RuleTitle || w.Rule == RulePronoun && w.Detail == sameSentenceAntecedent) {
			out = append(out, w)
		}
	}
	return out
}

// run attributes every sentence of the document, in order, so that pronouns
// can look back across paragraphs.
func (d *docState) run() [][]SentenceResult {
	out := make([][]SentenceResult, len(d.paras))
	var cur mode // carried over to paragraphs without a prefix
	var q quotation
	var lead []readout.Reason  // who a paragraph ending "who said," introduces
	var colon []readout.Reason // who a paragraph ending "... said:" hands the next (colonLead)
	for pi, ss := range d.paras {
		n := d.doc.Paragraphs[pi].N
		prev := cur
		cur = d.paragraphMode(d.doc.Paragraphs[pi].Text, cur)
		if d.readFor.covers(pi, 0) {
			cur = d.readFor.mode()
		}
		d.modes = append(d.modes, cur)
		if cur.turn {
			d.newTurn(cur, prev, n)
		}
		res := make([]SentenceResult, 0, len(ss))
		q.next(cur.turn, lead, d.paras[pi:min(len(d.paras), pi+maxQuoteParas)])
		if cur.turn || q.depth > 0 || q.lead {
			colon = nil
		}
		if cur.question || cur.owner == nil || cur.rule != RuleDocument && cur.rule != RuleQA && cur.rule != RuleLabel {
			// Only in a person's own words (a speech, an answer, a
			// transcript's turn): a readout's "highlighted several
			// examples:" lists what the office reports.
			colon = nil
		}
		theyUnnamed := make([]bool, len(ss)) // the sentence before says "They" is people or things it names not
		d.paraAt, d.paraFirst = pi, d.sentN+1
		d.reported = nil // the words reported in a paragraph go on in it only
		// back is the answer a reporter's one-line reply interrupts
		// (reporterReply): the spokesperson's turn again after it.
		var back *mode
		if cur.question && reporterLabel.MatchString(d.doc.Paragraphs[pi].Text) {
			back = reporterReply(prev, ss)
		}
		aside := false // inside a reporter's aside in parentheses (reporterAside)
		for si, s := range ss {
			if back != nil && si > 0 {
				asked := cur
				cur, back = *back, nil
				cur.turn = true
				d.modes[len(d.modes)-1] = cur
				d.newTurn(cur, asked, n)
			}
			if (cur.moderator || (cur.rule == RuleLabel || cur.rule == RuleQA) && !cur.question) && si > 0 && questionOpens(s.text) {
				// "MODERATOR: We'll go to Michelle. Q Hi, yes. ...",
				// "SENIOR ADMINISTRATION OFFICIAL: ... Thanks. Q Thank
				// you. Can you just explain ...": the transcript runs the
				// reporter's line into the moderator's or the official's
				// paragraph; the question's turn starts there and goes on
				// in the paragraphs after it (rule 7, turns.go).
				prev, cur = cur, mode{question: true, turn: true}
				d.modes[len(d.modes)-1] = cur
				d.newTurn(cur, prev, n)
				if reporterLabel.MatchString(s.text) || followUp.MatchString(s.text) {
					back = reporterReply(prev, ss)
				}
			}
			theyUnnamed[si] = d.unnamedSubject != subjectNamed
			aside = aside || cur.owner != nil && !cur.question && reporterAside(s.toks)
			sm := cur
			if d.readFor.covers(pi, si) {
				sm = d.readFor.mode()
			}
			if aside {
				// "(The journalist laughed and said, "Yes, coal.")" inside
				// a spokesperson's answer: the transcript's note of what
				// the reporter did or said, not the spokesperson's words
				// (rule 7), to its closing parenthesis.
				sm.owner = nil
				aside = !strings.HasSuffix(strings.TrimRight(s.text, " "), ")")
			}
			r := d.sentence(s, n, sm)
			r.Paragraph, r.Index, r.Text = n, si, s.text
			if si > 0 && q.depth == 0 && !q.lead {
				quotesOn(&r, res[si-1])
			}
			q.carry(&r)
			if !slices.ContainsFunc(r.Why, func(w readout.Reason) bool {
				return w.Role == readout.RoleSpeaker && !voiceRules[w.Rule]
			}) {
				for _, w := range colon {
					w.Evidence = "after “" + w.Evidence + " …:”"
					setSpeaker(&r, w.Name, w)
				}
			}
			res = append(res, r)
		}
		if back != nil {
			// "A: ... Are you still interested in this now? Journalist: Yes
			// please.": the unlabelled paragraphs after it are the
			// spokesperson's again, and so is the paragraph that only ends
			// with the reporter's reply.
			cur, back = *back, nil
			cur.turn = false
			if !reporterLabel.MatchString(d.doc.Paragraphs[pi].Text) {
				d.modes[len(d.modes)-1] = cur
			}
		}
		d.readFor.settle(pi, res)
		colon = colonLead(res)
		lead = leadIn(res)
		d.releaseSpeaks(pi, res)
		d.signLineSpeaks(pi, res)
		d.weLineSpeaks(pi, res)
		// "The below is attributable to Spokesperson Ned Price:" names the
		// person in whose voice the rest is written; that line is theirs.
		if d.statement == nil && !cur.question && !cur.moderator {
			if p, ev := d.attributableTo(d.doc.Paragraphs[pi].Text); p != nil {
				d.statement, d.statementEv = p, ev
				d.voice, d.voiceRule, d.voiceEv = p, RuleAttributable, ev
				d.named = slices.DeleteFunc(d.named, func(q *person) bool { return q == p })
				for k := range res {
					if strings.Contains(res[k].Text, "attributable") {
						setSpeaker(&res[k], p.name, readout.Reason{Name: p.name, Role: readout.RoleSpeaker, Rule: RuleAttributable, Evidence: ev})
					}
				}
				out[pi] = res
				continue
			}
		}
		// The issuer speaks only in sentences in the text's own voice that
		// report nobody else (ATTRIBUTION.md rules 4 and 8): "The United
		// States strongly supports ...", "We extend our deepest sympathies".
		if !cur.question && !cur.moderator && !cur.unread && cur.owner == nil {
			for k, snt := range ss {
				if len(res[k].Speakers) > 0 && !onlyCommitted(res[k]) || !d.ownVoice(snt, theyUnnamed[k]) {
					continue
				}
				switch {
				case len(d.signatories) > 0:
					signed := d.signatories
					if c := d.signatoryCountry(snt.toks); c != nil {
						// "India intends to invest in ...", "the United States
						// announced": that country's, as a government, not
						// its leader's nor the signatories' (rule 9).
						setSpeaker(&res[k], c.Name, readout.Reason{Name: c.Name, Role: readout.RoleSpeaker, Rule: RuleInstitution, Evidence: d.jointEv, Detail: "the one party of the joint statement its subject names"})
						continue
					} else if q := d.sideSignatory(snt.toks); q != nil {
						signed = []*person{q} // "The Mexican delegation highlighted ...": its head's
					}
					for _, q := range slices.Backward(signed) {
						setSpeaker(&res[k], q.name, readout.Reason{Name: q.name, Role: readout.RoleSpeaker, Rule: RuleBothSides, Evidence: d.jointEv, Detail: "a signatory of the joint statement"})
					}
				case len(d.jointBodies) > 0:
					bodies := d.jointBodies
					if b := d.soleBody(snt.toks); b != "" {
						bodies = []string{b} // "The European Union intends to eliminate tariffs"
					}
					for _, b := range slices.Backward(bodies) {
						setSpeaker(&res[k], b, readout.Reason{Name: b, Role: readout.RoleSpeaker, Rule: RuleInstitution, Evidence: d.jointEv, Detail: "a government of the joint statement"})
					}
				case d.voice != nil && d.voice.shown():
					setSpeaker(&res[k], d.voice.name, readout.Reason{Name: d.voice.name, Role: readout.RoleSpeaker, Rule: d.voiceRule, Evidence: d.voiceEv, Detail: "the text's own voice"})
				case d.issuer != "":
					setSpeaker(&res[k], d.issuer, readout.Reason{Name: d.issuer, Role: readout.RoleSpeaker, Rule: RuleIssuer, Detail: "the text's own voice"})
				}
			}
		}
		d.listItems(ss, res)
		if cur.question {
			framedRemarks(res)
		}
		// A transcript's closing time ("6:01 P.M. EDT") is no one's words,
		// though its paragraph would continue the last turn (rule 7); nor
		// is a stage direction ("(Laughter.)", "(The briefing was
		// concluded at 2:20 p.m.)"), narration (rule 2).
		for k := range res {
			if clockLine.MatchString(res[k].Text) || stageDirection(ss[k].toks) {
				res[k] = SentenceResult{Paragraph: res[k].Paragraph, Index: res[k].Index, Text: res[k].Text, Turn: res[k].Turn}
			}
		}
		out[pi] = res
	}
	if len(d.participants) == 0 && d.docSpeaker != nil {
		d.participants = []*person{d.docSpeaker}
	}
	return out
}

// newTurn forgets what a pronoun or "the two sides" could mean when a
// turn cur opens after prev in paragraph n.
func (d *docState) newTurn(cur, prev mode, n int) {
	// A pronoun never reaches across a turn (rule 7), and each question of
	// a press conference is about an event of its own: "the two sides" in
	// its answer are that event's parties.
	d.history = d.history[:0]
	d.company, d.listed, d.groupSaid = nil, nil, nil
	d.turnReported = false
	d.turnNamed = d.turnNamed[:0]
	d.turnPeople = d.turnPeople[:0]
	d.askedNamed = d.askedNamed[:0]
	d.titledSeen = d.titledSeen[:0]
	if cur.question || cur.moderator {
		d.asked = nil
		d.participants, d.host, d.guests, d.unnamedGuests = nil, nil, nil, false
		d.named = d.named[:0]
	}
	if cur.owner != nil && cur.owner != prev.owner {
		d.history = append(d.history, said{p: cur.owner, para: n})
	}
	if cur.owner != nil && cur.rule == RuleLabel && !cur.moderator {
		if d.labelOwners == nil {
			d.labelOwners = map[string]*person{}
		}
		d.labelOwners[cur.evidence] = cur.owner
	}
}

// containsFoldASCII reports whether s contains word, an ASCII lower-case
// word, in any case, as attributable's (?i) matches it.
func containsFoldASCII(s, word string) bool {
	for i := 0; i+len(word) <= len(s); i++ {
		if s[i]|0x20 == word[0] && strings.EqualFold(s[i:i+len(word)], word) {
			return true
		}
	}
	return false
}

// attributable matches the line that hands a statement to a person.
var attributable = regexp.MustCompile(`(?i)\b(?:below|following)(?: statement)? is attributable to ([^:]{3,120}):\s*$`)

// attributableTo returns the person a "The below is attributable to
// Spokesperson Ned Price:" paragraph names, with the words that say so.
func (d *docState) attributableTo(text string) (*person, string) {
	if !containsFoldASCII(text, "attributable to") {
		return nil, "" // most paragraphs: the regexp alone was 6% of attribution
	}
	m := attributable.FindStringSubmatchIndex(text)
	if m == nil {
		return nil, ""
	}
	name := text[m[2]:m[3]]
	s := sentence{text: name, toks: tokenize(name)}
	for _, rf := range d.findRefs(s, false) {
		p := d.refPerson(rf)
		if (rf.kind == kName || rf.kind == kTitle) && p != nil && p.shown() {
			return p, strings.TrimSpace(text[m[0]:m[1]])
		}
	}
	return nil, ""
}

// setSpeaker makes name a speaker of r, and no longer a mention.
func setSpeaker(r *SentenceResult, name string, why readout.Reason) {
	if slices.Contains(r.Speakers, name) {
		return
	}
	r.Speakers = append([]string{name}, r.Speakers...)
	r.Mentions = slices.DeleteFunc(r.Mentions, func(n string) bool { return n == name })
	r.Why = slices.DeleteFunc(r.Why, func(x readout.Reason) bool { return x.Role == readout.RoleMention && x.Name == name })
	r.Why = append([]readout.Reason{why}, r.Why...)
}

// weOpens reports whether a sentence opens with "We" and a verb in lower
// case ("We call for the immediate release of all hostages and emphasize
// ... the viable path to lasting peace", its period lost): an assertion
// however it ends, as no heading opens so.
func weOpens(toks []token) bool {
	f := firstWord(toks)
	return f+1 < len(toks) && toks[f].lower == "we" && toks[f+1].word && !toks[f+1].cap
}

// ownVoice reports whether a sentence speaks in the text's own voice and
// reports nobody: no person is named, titled or referred to by "he"/"she",
// and it speaks in the first person ("We condemn", "our thoughts") or its
// subject is the issuing country ("The United States strongly supports",
// "The United States remains deeply concerned").
func (d *docState) ownVoice(s sentence, theyUnnamed bool) bool {
	// A heading ("**Strengthening our Defense Cooperation**") states
	// nothing: a sentence ends with punctuation.
	if t := strings.TrimRight(strings.TrimSpace(s.text), "*_”\"’'"); t == "" || !strings.ContainsAny(t[len(t)-1:], ".!?:;") && !unfinished(s) && !weOpens(s.toks) {
		return false
	}
	// Nor does a marker ("Begin Text:"): an assertion has a word in lower
	// case, its verb among them.
	if textMarker.MatchString(s.text+" ") || endMarker.MatchString(strings.TrimSpace(s.text)) || !slices.ContainsFunc(s.toks, func(t token) bool { return t.word && !t.cap && !t.upper && !unicode.IsDigit([]rune(t.text)[0]) }) {
		return false
	}
	// "I am grateful to Ambassador Satterfield for the experience he
	// brought to the role", "He was indispensable as I assumed my role",
	// "We urge that President Duda not sign the bill or that he refer it":
	// in a text a named author writes (rule 8), "I" or "we" outside a quotation
	// is the author, whoever else the sentence is about; that one of them
	// speaks too was looked for before (sentence). Not in a transcript,
	// where an "I" outside the turns read may be another speaker's
	// ("MINISTER SINGH: (Via interpreter) I'm going to reply").
	if d.voice != nil && firstPersonOutsideQuotes(s.toks) && !d.transcript {
		return true
	}
	// "The Global Partnership welcomes Canada and Chile to join" in a
	// statement its governments' ministers sign (room.go): a body the
	// text names speaks for itself (rule 9), not the undersigned.
	if d.undersigned && d.bodySubject(s.toks) {
		return false
	}
	persons := false // a name or title: someone the sentence may report
	// ownPeople: one of them is, or may be, the text's own voice ("President
	// Biden looks forward to ..." in his joint statement is his alone).
	ownPeople := false
	// In a statement one author signs, a sentence about a group or a "he"
	// that neither speaks nor meets asserts something of them in the
	// author's voice (rules 4, 8): "These officials have played a
	// significant role in blocking independent media", "He led ISIS-GS
	// fighters in the attack", "The United States urges the parties to
	// cooperate with Special Envoy Grundberg as he builds on the truce".
	// A speech verb elsewhere in the sentence ("The United States urges
	// the parties", "welcomes the commitment the two sides have declared")
	// is the author's; a group or pronoun that is itself the subject of
	// one ("They claimed that ...") is someone else speaking.
	asserted := d.soleAuthor() && !narrates(s.toks)
	for _, rf := range d.findRefs(s, false) {
		// "They help to guide the international community" after "the
		// Convention and Protocol ... continue to guide": things, or
		// people it names not, and no one whose words it reports.
		things := theyUnnamed && s.toks[rf.i].lower == "they" && rf.i == firstWord(s.toks) && !d.hasSpeechVerb(s)
		asserted := asserted && !speechVerbAfter(s.toks, rf.j)
		// In a sentence that speaks as "we", a group after a preposition
		// is where, or for whom, not who speaks: "We intend to
		// collaborate to promote shared economic growth that benefits
		// workers on both sides of the Atlantic", "We affirm our
		// commitment ... to prosecute human smugglers on both sides of
		// the border".
		if rf.kind == kGroup && len(d.signatories) == 0 && !things && !asserted && !(d.objectOfPreposition(s.toks, rf.i) && firstPersonOutsideQuotes(s.toks)) {
			return false
		}
		if rf.kind == kPronoun && !asserted {
			if w := s.toks[rf.i].lower; w == "he" || w == "she" || w == "they" && !things {
				return false
			}
		}
		// Someone the sentence may report: not a possessive that holds
		// no stance ("following Daniel Ortega’s illegitimate reelection",
		// unlike "President Biden’s commitment"), nor the object of a
		// preposition ("restrictions on officials of X").
		if (rf.kind == kName || rf.kind == kTitle) && !d.notReported(rf, s.toks) {
			persons = true
			// Nor may anyone with a clause after them: "then-Secretary of
			// State Colin Powell determined ... that a genocide was taking
			// place" reports his finding.
			if p := d.refPerson(rf); p == nil || p == d.voice || slices.Contains(d.signatories, p) ||
				slices.ContainsFunc(s.toks[rf.j:], func(t token) bool { return t.lower == "that" }) {
				ownPeople = true
			}
		}
	}
	// "We condemn", "I extend": the first person as a subject. "our" or
	// "us" alone ("the two discussed our shared values") is the text's
	// voice only where no one else is said to speak.
	possessive := false
	for _, t := range s.toks {
		if !t.word {
			continue
		}
		switch t.text {
		case "we", "We", "I":
			return true
		case "our", "Our", "us", "my", "My", "me":
			possessive = true
		}
	}
	// "USTDA also plans to fund training", "Determined to deepen our
	// partnership in outer space exploration, ISRO and NASA have commenced
	// discussions": a joint statement telling what an agency or a company
	// does narrates it (joint.go).
	if (len(d.signatories) > 0 || len(d.jointBodies) > 0) && d.otherActorSubject(s.toks) {
		return false
	}
	if possessive && !persons && !d.hasSpeechVerb(s) {
		return true
	}
	// A statement (in one person's or several signatories' name, not a
	// readout) asserts in its own voice whatever it does not report of
	// someone else: "Russia must immediately stop its assault".
	// Others it names are what it asserts things of: "With its further
	// aggression, President Putin has isolated Russia in the world".
	if (len(d.signatories) > 0 || len(d.jointBodies) > 0) && d.readoutStyle() {
		// A joint statement that tells of a meeting speaks for its
		// parties only where they are the subject (joint.go).
		if !ownPeople && d.statementDoc() && d.partySubject(s.toks) {
			return true
		}
	} else if !ownPeople && d.statementDoc() {
		if d.soleAuthor() && d.spokenByOther(s.toks) {
			return false
		}
		// Its narration of what people it names, or another body, did
		// ("Secretary Blinken met with ...", "OFAC imposed blocking
		// sanctions on ...") is not its own assertion (rule 2); what its
		// own country does is ("Today, the United States is designating
		// ..."), and what the department that publishes it does ("the
		// Department of State has imposed visa restrictions": ownBody),
		// and so is a narration verb no one acts by ("U.S. persons are
		// generally prohibited").
		if !persons && d.soleAuthor() && !d.narratedByOther(s.toks) || !narrates(s.toks) {
			return true
		}
	}
	// The sentence opens with the issuing country as its subject, or
	// does after an opening phrase with no clause of its own ("Today,",
	// "To this end,", "Since February 24,").
	// There the country alone: "On April 21, U.S. and Cuban officials
	// met" narrates what officials did.
	if d.homeSubject(s.toks, 0, true) {
		return true
	}
	k := openingPhrase(s.toks)
	return k > 0 && d.homeSubject(s.toks, k, false)
}

// homeSubject reports whether the words from k open with the issuing
// country as the subject of a position or speech: "The United States
// condemns", not "The U.S. delegation discussed"; with and, "The United
// States and France condemn" too.
func (d *docState) homeSubject(toks []token, k int, and bool) bool {
	for k < len(toks) && (!toks[k].word || toks[k].lower == "the") {
		k++
	}
	if k >= len(toks) {
		return false
	}
	for e := min(len(toks), k+4); e > k; e-- {
		if !toks[e-1].word {
			continue // "The United States," is the country and a comma
		}
		if c := d.g.Country(joinText(toks[k:e])); c != nil && (d.home == "" || c.Code == d.home) {
			// "The U.S. government continues", "The United States,
			// together with partners and allies, will continue".
			if e < len(toks) && toks[e].lower == "government" {
				e++
			}
			e = parentheticalEnd(toks, e)
			return e < len(toks) && toks[e].word && !toks[e].cap && !toks[e].poss && (and || toks[e].lower != "and") &&
				(speechVerbs[toks[e].lower] || countryPredicates[toks[e].lower] || skippable[toks[e].lower])
		}
	}
	return false
}

// parentheticalEnd returns where the words after a subject resume past a
// phrase set off by commas at e ("The United States, together with
// partners and allies, will"), or e when none is.
func parentheticalEnd(toks []token, e int) int {
	if e >= len(toks) || toks[e].text != "," {
		return e
	}
	for k := e + 1; k < len(toks) && k <= e+10; k++ {
		t := toks[k]
		switch {
		case t.text == "," && k+1 < len(toks) && toks[k+1].lower == "and":
			return e // "The United States, Australia, and Japan": a list
		case t.text == ",":
			return k + 1
		case clauseWord(t) || quoteMark(t.text):
			return e
		}
	}
	return e
}

// notReported reports whether a name or title of a sentence cannot be
// someone the sentence reports: a possessive before no stance noun, or
// the object of a preposition other than "by".
func (d *docState) notReported(rf ref, toks []token) bool {
	if rf.poss {
		return rf.j >= len(toks) || !stanceNouns[toks[rf.j].lower]
	}
	return d.objectOfPreposition(toks, rf.i)
}

// countryPredicates may follow a country as the subject of a position:
// "The United States remains concerned", "stands with", "will continue".
var countryPredicates = set(`remains remain stands stand is are will continues continue views view has have looks look must
should and strongly firmly fully deeply recently commends condemns supports welcomes calls urges honors honours mourns`)

// hasSpeechVerb reports whether a sentence has a speech verb in lower case.
func (d *docState) hasSpeechVerb(s sentence) bool {
	for v, t := range s.toks {
		if v > 0 && t.word && !t.cap && (speechVerbs[t.lower] || jointVerbs[t.lower]) && d.isSpeech(s.toks, v) {
			return true
		}
	}
	return false
}

// paragraphMode reads a paragraph's prefix: "Q:", "A:", "SECRETARY
// BLINKEN:". Without one, a press conference or transcript paragraph
// continues the previous speaker's turn.
func (d *docState) paragraphMode(text string, prev mode) mode {
	if d.docSpeaker != nil {
		return mode{owner: d.docSpeaker, rule: RuleDocument, evidence: "speaker: " + d.doc.Meta["speaker"]}
	}
	if d.mixedLabels && mixedLabel.MatchString(text) && !(d.qa && qaPrefix.MatchString(text)) {
		// "Zhao Lijian:" answers; "Reuters:" asks. A briefing that
		// opens with named turns ("Hua Chunying: ... Zhao Lijian: Thank
		// you, Director-General Hua") and goes on in "Q:"/"A:" turns
		// keeps its "A:" the spokesperson's, below (rule 7).
		if p := d.mixedLabelPerson(text); p != nil {
			return mode{owner: p, rule: RuleLabel, evidence: strings.TrimSpace(mixedLabel.FindString(text)), turn: true}
		}
		return mode{question: true, turn: true}
	}
	if questionOpens(text) {
		// "Q Thank you.", "Q:", "QUESTION:"; "Follow-up:" is the reporter
		// asking again; "Journalist:", "Reporter:", "Journalist adds:" a
		// reporter's turn in a "Q:"/"A:" transcript (turns.go).
		return mode{question: true, turn: true}
	}
	if d.qa {
		if p := d.mixedLabelPerson(text); p != nil && p == d.spokesperson && !qaPrefix.MatchString(text) {
			// "Geng Shuang: The working teams ..." after "Journalist: ...":
			// the spokesperson's answer labelled by name.
			return mode{owner: p, rule: RuleLabel, evidence: strings.TrimSpace(mixedLabel.FindString(text)), turn: true}
		}
		if m := qaPrefix.FindStringSubmatch(text); m != nil {
			if m[1] == "Q" {
				return mode{question: true, turn: true}
			}
			return mode{owner: d.spokesperson, rule: RuleQA, evidence: "A:", turn: true}
		}
		if prev.owner == nil && !prev.question {
			// Announcements before the first question are the spokesperson's.
			return mode{owner: d.spokesperson, rule: RuleQA, evidence: "announcement"}
		}
		if prev.question && d.spokesperson != nil && d.unlabelledAnswer(text) {
			return mode{owner: d.spokesperson, rule: RuleQA, evidence: "answer after “?”", turn: true}
		}
		prev.turn = false
		return prev
	}
	if m := labelPrefix.FindStringSubmatch(text); m != nil {
		label := strings.TrimSpace(m[1])
		toks := tokenize(label)
		var words []token
		for _, t := range toks {
			if t.word && !titleWords[t.lower] && !honorifics[strings.TrimSuffix(t.lower, ".")] && !descriptorWords[t.lower] && !misspeltTitle(t.lower) {
				words = append(words, t)
			}
		}
		if len(toks) > 0 && toks[0].lower == "moderator" {
			// "MODERATOR:" of a call that names its moderator
			// ("SENIOR ADMINISTRATION OFFICIAL: Thanks, Sam."): theirs.
			if p, ev := d.moderatorPerson(); p != nil {
				return mode{owner: p, rule: RuleLabel, evidence: ev, turn: true, moderator: true}
			}
			return mode{turn: true, moderator: true}
		}
		// "SENIOR ADMINISTRATION OFFICIAL:": an official speaking on
		// background is still a person (rule 11), named by the label.
		if p := d.officialLabel(toks); p != nil {
			return mode{owner: p, rule: RuleLabel, evidence: label + ":", turn: true}
		}
		if len(words) == 0 {
			return mode{turn: true, unread: true}
		}
		// "KING ABDULLAH:", "FOREIGN MINISTER MUBARAK:": the label's title
		// picks the holder among people who share the name (rules 5, 11).
		ti := d.labelTitle(toks)
		p, _, _ := d.resolveSegment(words, true)
		if (p == nil || !p.shown()) && ti != nil {
			// Only the gazetteer's office holder: among people of the
			// document who share a family name ("AL-SABAH:" of a crown
			// prince and a minister), a title the text gave one of them
			// in passing is no proof.
			if q, _, _ := d.resolveSegment(words, true, ti); q != nil && q.gz != nil {
				p = q
			}
		}
		if (p == nil || !p.shown() || p.gz == nil) && ti != nil {
			// "FOREIGN MINISTER AL-SABAH:" of a joint press availability
			// in Kuwait, whose crown prince the text names "Sheikh Mishal
			// Al-Sabah": the one holder of the label's office on the
			// document's date whose name ends in the label's (rules 5,
			// 11).
			if q := d.labelOfficeHolder(words, ti); q != nil {
				p = q
			}
		}
		if p == nil || !p.shown() {
			// "MR KURTZ-PHELAN:" is the label's bare surname, a person
			// not shown, until the full name is found.
			if q := d.labelFullName(words); q != nil {
				p = q
			}
		}
		if p == nil && len(words) >= 2 && len(words) <= 3 && honorifics[strings.TrimSuffix(toks[0].lower, ".")] {
			// "MR. FERNÁNDEZ HERNÁNDEZ:": a moderator the document names
			// only in the label is still a person (rules 7, 11).
			p = d.register(nil, words, nil)
		}
		if (p == nil || !p.shown()) && len(words) == 1 && honorificLabel(toks) {
			// "MR. HASAN: ... This is Abdullah from OMB.": the turn's own
			// introduction gives the given name (rules 7, 11).
			if q := d.introduced[words[0].key]; q != nil {
				p = q
			} else if q := d.introducedAs(text[len(m[0]):], words[0]); q != nil {
				p = q
				if d.introduced == nil {
					d.introduced = map[string]*person{}
				}
				d.introduced[words[0].key] = q
			}
		}
		if (p == nil || !p.shown()) && len(words) == 1 && honorificLabel(toks) {
			// "MR. KIKUKAWA:" where the document gives no fuller form: the
			// label's surname is the fullest form it gives (rule 11), and
			// the honorific is what says the word is a person's name. A
			// bare surname elsewhere stays unshown ("Recovery", "Charter").
			if p == nil {
				p = d.register(nil, words, nil)
			}
			if p != nil && p.gz == nil && len(p.tokens) == 1 {
				p.named = true
			}
		}
		if (p == nil || !p.shown()) && len(words) == 1 && ti != nil && words[0].upper && d.unknownSurname(words[0].key) {
			// "AMBASSADOR LOGSDON:", "CHAIRMAN MEEKS:": a title says the
			// word is a person's name as an honorific does, and nobody the
			// document or the gazetteer knows bears it (rule 11). A word a
			// letter off a shown person's name is that person misspelt
			// ("SECRETARY BLINKNEN:").
			if q := d.misspeltShown(words[0].key); q != nil {
				p = q
			} else if p == nil {
				p = d.register(nil, words, ti)
			}
			if p != nil && p.gz == nil && len(p.tokens) == 1 {
				p.named = true
			}
		}
		if p != nil && p.gz == nil && len(words) == len(strings.Fields(p.name)) && !d.handedOver[p] {
			// "AMBASSADOR ETIENNE:" handed the floor as "Philippe": the
			// given name the document writes only in the hand-overs.
			if d.handedOver == nil {
				d.handedOver = map[*person]bool{}
			}
			d.handedOver[p] = true
			if w := d.handoverGiven(p); w != nil {
				p.name = titleCase(w.text) + " " + p.name
				p.tokens = addName(p.tokens, w.key)
				p.named = true
			}
		}
		if p != nil {
			return mode{owner: p, rule: RuleLabel, evidence: label + ":", turn: true}
		}
		return mode{turn: true, unread: true}
	}
	prev.turn = false
	return prev
}

// labelOfficeHolder is the gazetteer person a transcript label's office
// and family name mean on the document's date: the one holder of the
// office (of any country the label does not name) whose name, or one of
// whose other names, ends in the label's words; nil for none or several.
func (d *docState) labelOfficeHolder(words []token, ti *titleInfo) *person {
	if ti.canon == "" || len(words) == 0 {
		return nil
	}
	var key []string
	for _, w := range words {
		key = append(key, strings.Fields(w.key)...)
	}
	endsIn := func(ws []string) bool { return len(ws) > len(key) && slices.Equal(ws[len(ws)-len(key):], key) }
	var one *gazetteer.Person
	for _, gp := range d.g.Holders(ti.canon, ti.country, d.date) {
		if !slices.ContainsFunc(gp.NamesWords(), endsIn) {
			continue
		}
		if one != nil {
			return nil
		}
		one = gp
	}
	if one == nil {
		return nil
	}
	return d.register(one, words, ti)
}

// labelTitle reads the title of a transcript label whose last word is the
// name ("FOREIGN MINISTER AL-SABAH", "KING ABDULLAH"), or nil when the
// words before the name are not all title words.
func (d *docState) labelTitle(toks []token) *titleInfo {
	var ws []int
	for x, t := range toks {
		if t.word {
			ws = append(ws, x)
		}
	}
	if len(ws) < 2 {
		return nil
	}
	last := ws[len(ws)-1]
	office := false
	for _, x := range ws[:len(ws)-1] {
		if !titleWords[toks[x].lower] && !descriptorWords[toks[x].lower] && d.countryOf(toks[x]) == nil {
			return nil
		}
		office = office || titleWords[toks[x].lower] && !honorifics[strings.TrimSuffix(toks[x].lower, ".")]
	}
	if !office {
		// "MR JENKINS:", "MS COOPER:": an honorific picks no office
		// holder; the rules of honorific labels read them.
		return nil
	}
	if titleWords[toks[last].lower] || descriptorWords[toks[last].lower] {
		return nil
	}
	return d.titleBefore(toks, 0, last)
}

// thinReference reports whether x reaches a person known only by one word
// after an office through neither that word nor a pronoun: a group ("the
// leaders") or a title alone ("the President's commitment").
func thinReference(x subj) bool {
	if x.rule == RuleBothSides || x.rule == RuleTitle {
		return true
	}
	if strings.Contains(strings.ToLower(x.evidence), strings.ToLower(x.p.name)) {
		return false
	}
	return slices.ContainsFunc(tokenize(x.evidence), func(t token) bool { return titleWords[t.lower] || hyphenTitle(t.lower) })
}

// misspeltShown returns the one shown person of the document with a name
// word of six letters or more one edit away from key.
func (d *docState) misspeltShown(key string) *person {
	var found *person
	for _, p := range d.people {
		if !p.shown() || found == p || !slices.ContainsFunc(p.tokens, func(t string) bool { return len(t) >= 6 && oneEdit(t, key) }) {
			continue
		}
		if found != nil {
			return nil
		}
		found = p
	}
	return found
}

// unknownSurname reports whether no gazetteer person and no person the
// document shows has the word key in their name.
func (d *docState) unknownSurname(key string) bool {
	return len(d.g.ByToken(key)) == 0 && !slices.ContainsFunc(d.people, func(p *person) bool { return p.shown() && slices.Contains(p.tokens, key) })
}

// misspeltTitle reports whether a label's word is a long title word with
// one letter added, dropped or changed: "PRIME MININSTER NETANYAHU:" is
// Benjamin Netanyahu, not a person called Mininster Netanyahu.
func misspeltTitle(w string) bool {
	if len(w) < 7 {
		return false
	}
	for _, t := range []string{"minister", "secretary", "president", "ambassador", "spokesperson", "chancellor"} {
		if w != t && oneEdit(w, t) {
			return true
		}
	}
	return false
}

// selfIntro is a speaker naming themself by a given name: "This is
// Abdullah from OMB", "Hi, I’m Rob", "My name is Olga".
var selfIntro = regexp.MustCompile(`\b(?:[Tt]his is|I am|I’m|I'm|[Mm]y name is) (\p{Lu}\p{Ll}+)\b`)

// introducedAs returns the person a labelled turn's first words introduce
// by a given name, with the label's surname: "Abdullah" + "HASAN" is
// Abdullah Hasan, in the gazetteer or not. Only near the turn's start.
func (d *docState) introducedAs(text string, surname token) *person {
	if len(text) > 200 {
		text = text[:200]
	}
	m := selfIntro.FindStringSubmatchIndex(text)
	if m == nil {
		return nil
	}
	given := tokenize(text[m[2]:m[3]])
	if len(given) != 1 || !givenNameWord(given[0]) || d.lower[given[0].lower] || given[0].key == surname.key {
		return nil
	}
	sur := surname
	sur.text = titleCase(surname.text)
	words := []token{given[0], sur}
	if gz := d.g.PersonByKey(joinKeys(words, 0, len(words))); gz != nil {
		return d.register(gz, nil, nil)
	}
	if !plausibleName(words, d, false) {
		return nil
	}
	if p := d.register(nil, words, nil); p != nil && p.shown() {
		return p
	}
	return nil
}

// followUp opens a reporter's follow-up question.
var followUp = regexp.MustCompile(`(?i)^\s*follow[- ]?up(?: question)?\s*[:：]`)

// officialLabel returns the unnamed official a transcript label stands
// for ("SENIOR ADMINISTRATION OFFICIAL", "SENIOR STATE DEPARTMENT
// OFFICIAL"), or nil for labels that are not an official's.
func (d *docState) officialLabel(toks []token) *person {
	var words []string
	for _, t := range toks {
		if t.word {
			w := t.lower
			if strings.HasPrefix(w, "admin") && w != "administration" {
				w = "administration" // "SENIOR ADMINISTRIVE OFFICIAL:", "ADMINSTRATION": one role, one name
			}
			words = append(words, w)
		}
	}
	if !officialWords(words) { // turns.go
		return nil
	}
	name := titleCase(strings.ToUpper(strings.Join(words, " ")))
	for _, p := range d.people {
		if p.name == name {
			return p
		}
	}
	p := &person{name: name, tokens: words, order: len(d.people)}
	d.people = append(d.people, p)
	return p
}

// subj is a resolved subject of a verb.
type subj struct {
	p        *person
	inst     string
	rule     string
	evidence string
	detail   string
	focus    bool // an individual grammatical subject: a pronoun may refer back to it
	// addressed is whom a "you said" quotes (the official a question
	// asks, the principal a turn answers): "you" is never who a later "he"
	// or "she" means.
	addressed bool
	// guessed: found by askedAntecedent, which a later pronoun asks again
	// rather than taking it from the history.
	guessed bool
}

// sentence attributes one sentence.
func (d *docState) sentence(s sentence, para int, m mode) SentenceResult {
	var r SentenceResult
	// A reporter's question that states something ("Q: Ambassador X was
	// recalled after he said ...", "Prime Minister Y visited the city.
	// When talking about relations, he said ...") names, as its subjects,
	// whom its later "he" means (rules 5, 6); one that asks ("Did he
	// raise it?") does not.
	reports := m.question && !asks(s.text)
	refs := d.demonstratives(s.toks, d.findRefs(s, false))
	d.cur, d.curRefs, d.curToks = s.text, refs, s.toks
	d.sentN++
	d.groupNow, d.groupKept = nil, false
	defer func() {
		// The group of this sentence's subject, or of its "They", is who
		// the next "They" means; any other sentence ends it.
		if len(d.groupNow) > 0 {
			d.groupSaid = d.groupNow
		} else if !d.groupKept {
			d.groupSaid = nil
		}
	}()
	toks := s.toks
	var speakers []subj
	var focusOnly []*person          // narrated subjects: antecedents, not speakers
	var acts []actBy                 // what the credited verbs name, and whose (acts.go)
	narrated := map[*person]string{} // parties of a narrated call or meeting: its verb
	add := func(x subj) {
		for _, y := range speakers {
			if x.p != nil && y.p == x.p || x.p == nil && y.inst == x.inst {
				return
			}
		}
		speakers = append(speakers, x)
	}
	if m.owner != nil {
		add(subj{p: m.owner, rule: m.rule, evidence: m.evidence})
		for _, p := range m.also {
			add(subj{p: p, rule: m.rule, evidence: m.evidence})
		}
	}

	for v := range toks {
		t := toks[v]
		if !t.word || t.cap && v > 0 {
			continue
		}
		// The room (room.go) is read from narration only, not from a
		// question or a first-person turn.
		if !m.question && m.owner == nil {
			if hostVerbs[t.lower] || meetingVerbs[t.lower] {
				d.groupRoom(refs, toks, v)
			}
			if hostVerbs[t.lower] {
				d.hostedRoom(refs, toks, v)
			}
			if v > 0 && (toks[v-1].lower == "was" || toks[v-1].lower == "were" || t.lower != "joined" && roomAgentVerbs[t.lower]) {
				d.joinedRoom(refs, toks, v)
			} else if v > 0 {
				d.joinedActive(refs, toks, v) // "X also joined the meeting"
			}
		}
		switch {
		case t.lower == "according" && v+1 < len(toks) && toks[v+1].lower == "to":
			if rf := d.refAfter(refs, toks, v+2, true); rf != nil {
				for _, x := range d.resolveSubject(*rf, s, para) {
					add(x)
				}
			}
		case (meetingVerbs[t.lower] || t.lower == "convened") && d.isMeeting(toks, v):
			// Narration (ATTRIBUTION.md rule 2): who met or called whom are
			// the readout's participants, not speakers. The subject speaks
			// where the purpose clause is a stance of its own: "spoke with X
			// to express appreciation" (rule 1; the counterpart does not,
			// rule 3). A purpose that only names a topic, "met with X to
			// discuss Y", says what the meeting was for, not what anyone
			// said: narration, both parties mentions. A host's is left as
			// the host case below has it ("hosted a virtual meeting with
			// over 70 organizations to discuss": the hosts speak).
			subjects := d.subjectsOf(refs, toks, v)
			objs := d.objectsOf(refs, toks, v)
			var parties, byName []*person
			for _, rf := range append(slices.Clone(subjects), objs...) {
				// "the President of the United States and the President
				// of the French Republic met": offices as parties.
				rf.p = d.refPerson(rf)
				if rf.p != nil {
					parties = append(parties, rf.p)
					narrated[rf.p] = t.text
					if rf.kind == kName {
						byName = append(byName, rf.p)
					}
				}
			}
			// A meeting an earlier paragraph narrated: this one may be
			// another (openedMeeting); the body's first is the room's.
			before := len(d.lastMeeting) >= 2 && d.lastMeetingPara < d.paraAt
			if len(parties) >= 2 {
				d.lastMeeting, d.lastMeetingSent, d.lastMeetingPara, d.lastMeetingBy = parties, d.sentN, d.paraAt, byName
			}
			if d.headerRoom && len(parties) >= 2 {
				d.headerRoom = false // only the first meeting narrated may widen the header's room
				if d.widerRoom(parties, byName, d.namedIn(refs)) {
					d.participants = nil // room.go
				}
			}
			if len(d.participants) < 2 && len(parties) >= 2 {
				for _, p := range parties {
					if !slices.Contains(d.participants, p) {
						d.participants = append(d.participants, p)
					}
				}
				d.noteRoom(`the parties of the meeting "` + t.text + `" narrates`)
				d.guests = nil
				d.unnamedGuests = len(objs) == 0 && unnamedCompany(toks, v)
				for _, rf := range objs {
					if p := d.refPerson(rf); p != nil && !slices.Contains(d.guests, p) {
						d.guests = append(d.guests, p)
					}
				}
				d.host = nil
				// "President Biden spoke with Prime Minister Lapid and
				// President Aoun": who "both leaders" next means.
				d.called = nil
				if len(subjects) == 1 {
					for _, rf := range objs {
						if rf.p != nil && !slices.Contains(d.called, rf.p) {
							d.called = append(d.called, rf.p)
						}
					}
				}
			}
			if len(parties) >= 2 && d.sentN == d.paraFirst && !m.question && before && mainClauseVerb(toks, v) {
				d.openedMeeting(parties, byName, subjects, objs) // groupsubject.go
			}
			// "Vice President Harris met with 16 members of the Texas State
			// Senate", "Secretary Blinken met today with renowned human
			// rights defender Natan Sharansky": the one named party of a
			// meeting with people it names not, or that the rules do not
			// know, whom "They discussed" next includes (rule 3).
			if len(d.participants) < 2 && len(parties) == 1 && len(subjects) == 1 && len(objs) == 0 && (unnamedCompany(toks, v) || withSomeone(toks, v)) {
				d.host = parties[0]
				d.hostAlone = !slices.ContainsFunc(refs, func(rf ref) bool {
					p := d.refPerson(rf)
					return (rf.kind == kName || rf.kind == kTitle) && p != nil && p != d.host
				})
			}
			// The subject of a call is who "he" or "she" next refers to.
			for _, rf := range subjects {
				for _, x := range d.resolveSubject(rf, s, para) {
					if x.focus && x.p != nil && (!m.question || reports) {
						focusOnly = append(focusOnly, x.p)
					}
				}
			}
			// "spoke with Prime Minister X to discuss Y", "held a call with
			// X to review": what the two discussed, as "discussed Y with X"
			// (rule 3; the jointVerbs case below): both sides speak. Not a
			// reporter's question (rule 7), nor "has recently met with state
			// legislators to discuss": earlier meetings, no exchange the
			// text reports.
			perfect := v > 1 && toks[v-1].word && !toks[v-1].cap && (toks[v-2].lower == "has" || toks[v-2].lower == "have" || toks[v-2].lower == "had")
			if pv := exchangePurpose(toks, v); pv >= 0 && !hostVerbs[t.lower] && !m.question && !perfect {
				for _, rf := range subjects {
					for _, x := range d.resolveSubject(rf, s, para) {
						x.evidence += " … " + toks[pv-1].text + " " + toks[pv].text
						add(x)
						acts = addAct(acts, x, toks, pv)
					}
				}
				for _, x := range d.exchangedWith(objs, s, v, pv, subjects) {
					add(x)
					acts = addAct(acts, x, toks, pv)
				}
			}
			if pv := purposeVerb(toks, v, hostVerbs[t.lower]); pv >= 0 {
				for _, rf := range subjects {
					for _, x := range d.resolveSubject(rf, s, para) {
						x.evidence += " … " + toks[pv-1].text + " " + toks[pv].text
						add(x)
						acts = purposeActs(acts, x, toks, v)
					}
				}
			}
		case (t.lower == "had" || t.lower == "held") && meetingAhead(toks, v) && d.isSpeech(toks, v):
			// "held the 21st Meeting of the Special Representatives", "held
			// a summit": narration (rule 2). Its parties are who "the two
			// sides" next means.
			var parties []*person
			for _, rf := range d.subjectsOf(refs, toks, v) {
				for _, x := range d.resolveSubject(rf, s, para) {
					if x.p != nil {
						parties = append(parties, x.p)
						narrated[x.p] = t.text
					}
				}
			}
			if len(d.participants) < 2 && len(parties) >= 2 {
				d.participants, d.guests = parties, nil
			}
		case (t.lower == "had" || t.lower == "held" || t.lower == "continued" || t.lower == "have" && v > 0 && toks[v-1].lower == "did") &&
			discussionAhead(toks, v) && d.isSpeech(toks, v):
			// "did have an extended discussion" as "had" one.
			// "The two sides had candid discussions", "had a fantastic phone
			// conversation": talking, with nobody named after "with".
			var parties []*person
			for _, rf := range d.subjectsOf(refs, toks, v) {
				for _, x := range d.resolveSubject(rf, s, para) {
					add(x)
					acts = addAct(acts, x, toks, v)
					if rf.kind == kName && x.p != nil {
						parties = append(parties, x.p)
					}
				}
			}
			if len(d.participants) < 2 && len(parties) >= 2 {
				d.participants, d.guests = parties, nil
			}
		case sentWords[t.lower] && messageAhead(toks, v):
			// "sent messages of condolence", "delivered a speech": the
			// senders speak (rule 8).
			for _, rf := range d.subjectsOf(refs, toks, v) {
				for _, x := range d.resolveSubject(rf, s, para) {
					add(x)
				}
			}
		case (copulas[t.lower] || t.lower == "remain") && stanceAdjectiveAfter(toks, v):
			// "The President is deeply grateful", "Biden has been very
			// clear", "remains committed": a position (rule 1).
			for _, rf := range d.subjectsOf(refs, toks, v) {
				for _, x := range d.resolveSubject(rf, s, para) {
					x.evidence += " … " + t.text
					add(x)
					acts = addAct(acts, x, toks, v)
				}
			}
		case t.lower == "heard" && heardFrom(toks, v) > 0:
			// "What you heard yesterday from the Secretary is that ...",
			// "We heard from President Biden that ...": who was heard
			// said it (rule 6).
			if rf := d.refAfter(refs, toks, heardFrom(toks, v), true); rf != nil && !unheard(toks, v+1) && !titleBeforeName(*rf, toks) {
				for _, x := range d.relayedFrom(*rf, s, para, v) {
					add(x)
				}
			}
		case (t.lower == "hear" || t.lower == "hearing") && heardFrom(toks, v) > 0 && (!m.question || reports):
			// "a chance for the Prime Minister to hear directly from the
			// President his ironclad commitment", "you will hear from the
			// Secretary the fact that": what is or will be heard from
			// someone is their words (rules 5, 6), as "heard from"; not a
			// bare schedule ("you’ll hear directly from the President
			// tomorrow morning, when he delivers his speech").
			if rf := d.refAfter(refs, toks, heardFrom(toks, v), true); rf != nil && !unheard(toks, v+1) && !titleBeforeName(*rf, toks) && heardContent(toks, rf.j) {
				for _, x := range d.relayedFrom(*rf, s, para, v) {
					add(x)
				}
			}
		case t.lower == "heard" && heardSay(refs, toks, v) != nil:
			// "as you heard the President say", "you heard Secretary
			// Blinken speak to this yesterday": an official relays what a
			// principal said; who was heard said it (rule 6).
			for _, x := range d.relayedFrom(*heardSay(refs, toks, v), s, para, v) {
				add(x)
			}
		case t.lower == "heard" && d.heardPronoun(refs, toks, v) != nil:
			// "You've heard him speak about democracy any number of times":
			// whom the turn's "him" means said it (rules 5, 6).
			add(subj{p: d.heardPronoun(refs, toks, v), rule: RuleRelayed, evidence: span(s.text, toks, v, v+2), detail: "whom the turn says was heard say it"})
		case (t.lower == "made" || t.lower == "reached") && len(d.commitmentAgents(refs, toks, v)) > 0:
			// "the commitment made by Presidents Biden and Erdogan", "the
			// important consensus reached by President Xi Jinping and Prime
			// Minister Narendra Modi", "the commitment that President Biden
			// and President López Obrador made": who made a commitment or
			// reached a consensus holds it (rules 3, 6); a group ("the two
			// heads of state") is left to the rules for groups.
			for _, rf := range d.commitmentAgents(refs, toks, v) {
				for _, x := range d.relayedFrom(rf, s, para, v) {
					x.detail = detailCommitment
					x.evidence = span(s.text, toks, min(v, rf.i), max(v+1, rf.j))
					add(x)
				}
			}
		case passiveSpeech[t.lower] && passiveAgent(toks, v) > 0:
			// "as publicly admitted by Mr. Navarro himself", "as recognized
			// by the Secretary-General at the summit", "the concerns raised
			// by Secretary Blinken": the agent of a speech verb in the
			// passive said it (rules 1, 6); what the verb is said of speaks
			// not.
			if rf := d.refAfter(refs, toks, passiveAgent(toks, v), true); rf != nil && !titleBeforeName(*rf, toks) {
				for _, x := range d.relayedFrom(*rf, s, para, v) {
					add(x)
					acts = addAct(acts, x, toks, v)
				}
			}
		case quotedNouns[t.lower] && v+2 < len(toks) && (toks[v+1].lower == "of" || toks[v+1].lower == "from") && !pointsBack(toks, v):
			// "the words of Ernesto Che Guevara in this same Hall", "a quote
			// from our beloved King, His Majesty X": whose words a speech
			// borrows speaks too (rule 6), a name outside the gazetteer
			// too (rule 11).
			if rf, k := d.quotedSource(refs, toks, v); rf != nil {
				for _, x := range d.relayedFrom(*rf, s, para, v) {
					add(x)
				}
			} else if k < len(toks) && !titleWords[toks[k].lower] {
				if x, ok := d.quotedUnknown(s, v, k); ok {
					add(x)
				}
			}
		case quoteVerbs[t.lower]:
			// "paraphrasing George Bernard Shaw", "quoting President
			// Mandela": the one quoted speaks too (rule 6).
			for _, rf := range refs {
				if rf.i == v+1 || rf.i == v+2 && (toks[v+1].lower == "the" || titleWords[toks[v+1].lower]) {
					for _, x := range d.resolveSubject(rf, s, para) {
						x.rule, x.focus = RuleRelayed, false
						x.evidence = t.text + " " + x.evidence
						add(x)
					}
				}
			}
			if x, ok := d.quotedUnknown(s, v, v+1); ok {
				add(x)
			}
		case hostVerbs[t.lower] && purposeVerb(toks, v, true) >= 0, opportunityVerbs[t.lower] && opportunityTo(toks, v) > 0, ableTo(toks, v) > 0:
			// "hosted the leadership of the caucus to discuss": the hosts
			// speak (rule 3). "took the opportunity to express", "used the
			// occasion to reiterate", "took advantage of the conversation
			// to make very clear", "were able to talk about": the subject
			// speaks in the purpose clause (rule 1).
			pv, opportunity, at := purposeVerb(toks, v, true), opportunityVerbs[t.lower], v
			if opportunity {
				pv = opportunityTo(toks, v)
			}
			able := t.lower == "able"
			if able {
				// "The leaders were able to talk": the subject of "were".
				pv, opportunity, at = ableTo(toks, v), true, v-1
			}
			for _, rf := range d.subjectsOf(refs, toks, at) {
				for _, x := range d.resolveSubject(rf, s, para) {
					if able && x.rule == RuleBothSides && !talkParties(x.detail) {
						// "They were able to discuss": talk of a group
						// only when the group is who talked in a call or
						// meeting the document tells, as of "They touched
						// on" (talkParties), not the last two people named.
						continue
					}
					x.evidence += " … " + toks[pv-1].text + " " + toks[pv].text
					add(x)
					if opportunity {
						acts = addAct(acts, x, toks, pv)
					} else {
						acts = purposeActs(acts, x, toks, v)
					}
				}
			}
		case opportunityNouns[t.lower] && opportunityFor(toks, v) > 0:
			// "this really was an opportunity for the Secretary to
			// underscore", "a chance for the two leaders to discuss": whom
			// the opportunity is for speaks in its purpose clause (rule 1).
			pv := opportunityFor(toks, v)
			if rf := d.refAfter(refs, toks, v+2, false); rf != nil && rf.j == pv-1 && rf.kind != kPronoun {
				for _, x := range d.resolveSubject(*rf, s, para) {
					x.evidence += " … " + toks[pv-1].text + " " + toks[pv].text
					add(x)
					acts = addAct(acts, x, toks, pv)
				}
			}
		case travelVerbs[t.lower] && d.isSpeech(toks, v):
			// "Jake Sullivan visited New Delhi": narration (rule 2), but its
			// subject is who the next "He" is.
			for _, rf := range d.subjectsOf(refs, toks, v) {
				for _, x := range d.resolveSubject(rf, s, para) {
					if x.focus && x.p != nil && (!m.question || reports) {
						focusOnly = append(focusOnly, x.p)
					}
				}
			}
		case focusVerbs[t.lower] && v > 0 && m.owner == nil && !m.question && talkSubject(toks, firstWord(toks)) == v:
			// "Their conversations centered on X", "The discussion focused
			// on X": who talked spoke of X (rules 1, 3). Not in a turn of
			// a transcript ("PRESIDENT ALVARADO: The conversation has
			// focused on ..."): the talk is the speaker's, not the
			// readout's meeting.
			if told := d.talkJustTold(s, v); len(told) > 0 {
				// "Their discussions covered" right after a meeting
				// (groupsubject.go).
				for _, x := range told {
					add(x)
					acts = addAct(acts, x, toks, v)
				}
				break
			}
			for _, rf := range refs {
				if rf.kind == kGroup && rf.i == firstWord(toks) {
					for _, x := range d.resolveSubject(rf, s, para) {
						x.evidence += " … " + t.text
						add(x)
						acts = addAct(acts, x, toks, v)
					}
				}
			}
		case welcomesVisitor(toks, refs, v):
			// "welcomed Chancellor Scholz to the White House": narration.
		case (speechVerbs[t.lower] || addressedEvent(toks, v) || reports && relayVerbs[t.lower] || labelsAs(toks, v) || emphaticSpeech(toks, v) && (!m.question || reports) || d.pluralPresent(refs, toks, v) || (jointDecisionVerbs[t.lower] || jointTalk(toks, v)) && d.jointSubject(refs, toks, v)) && d.isSpeech(toks, v):
			subjects := slices.DeleteFunc(d.subjectsOf(refs, toks, v), func(rf ref) bool { return rf.rule == ruleOfficeList || objectRelative(toks, rf, v) })
			if m.question && askedWhether(toks, subjects) {
				// "Can you say if President Biden discussed this with
				// President Xi?": a reporter asks whether someone spoke,
				// which relays nothing of theirs (rule 7).
				break
			}
			if len(subjects) == 0 && invertedVerbs[t.lower] {
				if rf := d.refAfter(refs, toks, v+1, false); rf != nil {
					subjects = []ref{*rf}
				}
			}
			if len(subjects) == 0 && !relayVerbs[t.lower] {
				// "As Mahatma Gandhi once said": a person the gazetteer does
				// not know is still a person (rule 11), found as the
				// capitalised subject of a speech verb. Not of a question's
				// verbs of retelling (asked.go), whose capitalised subject is
				// as often a body with a name glued on ("the commander of
				// United States Indo-Pacific Command Philip Davidson
				// attacked").
				if p, ev := d.unknownSubject(toks, v, s.text); p != nil {
					// Explain shows the verb too: "Denise Ho … made",
					// "Nick Read … said" (the name may stand far from it).
					ev += " … " + t.text
					add(subj{p: p, rule: RuleVerb, evidence: ev, detail: "a name outside the gazetteer", focus: true})
					acts = addAct(acts, subj{p: p}, toks, v)
				} else if p, a := d.roleHolder(toks, v); p != nil {
					// "As the Vodafone CEO said": the one the document
					// names with that role (rules 5, 6, 11).
					x := subj{p: p, rule: RuleTitle, evidence: span(s.text, toks, a, v+1), detail: "named with that office in the document", focus: true}
					add(x)
					acts = addAct(acts, x, toks, v)
				} else if rf := d.writtenAuthor(refs, toks, v); rf != nil {
					// "The Secretary-General’s report underscores": the
					// text's author (rules 5, 6; written.go).
					for _, x := range d.resolveSubject(*rf, s, para) {
						x.rule, x.focus, x.detail = RuleRelayed, false, "the author of the text that speaks"
						x.evidence += " … " + t.text
						add(x)
						acts = addAct(acts, x, toks, v)
					}
				}
			}
			var subjectPeople, groupPeople, roomPeople []*person
			// "They touched on", "The delegations engaged in": talk of a
			// group only when the group is the parties of a call or meeting
			// the document narrates, not people last named near it.
			talkOnly := !speechVerbs[t.lower] && jointTalk(toks, v)
			for _, rf := range subjects {
				for _, x := range d.resolveSubject(rf, s, para) {
					// "The Dialogue also highlighted": the talk's parties
					// when the document narrates them, not the last two
					// people named.
					if (talkOnly || talkSubject(toks, rf.i) > 0) && x.rule == RuleBothSides && !talkParties(x.detail) {
						continue
					}
					x.evidence += " … " + t.text
					add(x)
					acts = addAct(acts, x, toks, v)
					if x.p != nil {
						subjectPeople = append(subjectPeople, x.p)
						if rf.kind == kGroup && x.rule == RuleBothSides {
							roomPeople = append(roomPeople, x.p)
						}
						// A group noun resolved otherwise than to the
						// narrated meeting's parties, whom a "They" reaches
						// anyway; a "They" goes on by groupKept.
						if rf.kind == kGroup && rf.i == firstWord(toks) && toks[rf.i].lower != "they" && !meetingDetail(x.detail) {
							groupPeople = append(groupPeople, x.p)
						}
					}
				}
			}
			// "The Ministers affirmed ... They stressed": a "They" opening
			// the next sentence is the group this one opened with, not the
			// last two people named (rule 3).
			if len(groupPeople) >= 2 && len(d.groupNow) == 0 {
				d.groupNow = groupPeople
			}
			// "The state legislators and advocates discussed", "The
			// Vice President, state legislators, and advocates committed":
			// the listed people the group names speak with whoever is
			// named beside them (rule 3; listed.go), and are who the next
			// "They" means.
			if k := skipToSubject(refs, toks, v); k >= 0 && len(d.groupNow) == 0 {
				if g := d.groupBesideName(refs, s, para, k); len(g) > 0 {
					// "The Vice President and the leaders discussed": the
					// leaders are the listed guests, not whom the group
					// alone meant (the room, the last two people named:
					// "was joined by Secretary of Education Miguel Cardona").
					drop := func(p *person) bool {
						return slices.Contains(roomPeople, p) && !slices.Contains(g, p) && !slices.ContainsFunc(speakers, func(y subj) bool { return y.p == p && y.rule != RuleBothSides })
					}
					speakers = slices.DeleteFunc(speakers, func(y subj) bool { return y.p != nil && y.rule == RuleBothSides && drop(y.p) })
					subjectPeople = slices.DeleteFunc(subjectPeople, drop)
					for _, p := range g {
						x := subj{p: p, rule: RuleBothSides, evidence: span(s.text, toks, 0, k+1) + " … " + t.text, detail: "a listed participant the group names"}
						add(x)
						acts = addAct(acts, x, toks, v)
					}
					d.groupNow = append(subjectPeople, g...)
				}
			}
			// "Blinken discussed X with Foreign Minister Y": both discuss
			// (rule 3).
			if jointVerbs[t.lower] && len(subjects) > 0 && !withBelongsToNoun(toks, v) {
				var parties []*person
				for _, x := range d.exchangedWith(d.objectsOf(refs, toks, v), s, v, v, subjects) {
					add(x)
					parties = append(parties, x.p)
				}
				// "Wang Yi exchanged views with the foreign ministers of
				// Russia, India, South Africa and Brazil. The five countries
				// agreed": who talked together are who "the five" next
				// means, when no call or meeting said so first.
				if len(d.participants) < 2 && len(parties) > 0 {
					for _, x := range speakers {
						if x.focus && x.p != nil && !slices.Contains(parties, x.p) && x.p != m.owner {
							parties = append([]*person{x.p}, parties...)
						}
					}
					if len(parties) >= 2 {
						d.participants, d.guests = parties, nil
					}
				}
			}
		case (!m.question || reports) && d.continuedSpeaks(toks, v):
			// "The President continues to call on Congress to pass the
			// Equality Act", "he continues to press for that funding":
			// speech now, of the subject of "continues" (rule 1).
			_, at := continuedSpeech(toks, v)
			for _, rf := range d.subjectsOf(refs, toks, at) {
				for _, x := range d.resolveSubject(rf, s, para) {
					x.evidence += " … " + span(s.text, toks, at, v+1)
					add(x)
				}
			}
		case m.owner != nil && !m.question && !m.moderator:
			// "SENIOR ADMINISTRATION OFFICIAL: The President will
			// underscore ...", "He’s going to press again": who the turn
			// says will speak (rules 5, 6; future.go).
			for _, x := range d.futureSpeakers(refs, s, para, v) {
				add(x)
			}
		}
	}

	// Remarks in their author's own voice ("speaker: Wendy R. Sherman"
	// over "Remarks at a Press Availability with ..."): the author's
	// "We discussed" as a turn owner's.
	if m.owner == nil && !m.question && d.voice != nil && d.voiceRule == RuleAuthor && !d.transcript && d.voice.shown() && weDiscussed(toks) {
		if company := d.firstPersonCompany(refs, s, para, d.voice, true); len(company) > 0 {
			add(subj{p: d.voice, rule: d.voiceRule, evidence: d.voiceEv, detail: "the text's own voice"})
			for _, x := range company {
				add(x)
			}
		}
	}
	if m.owner != nil && !m.question {
		for _, x := range d.firstPersonCompany(refs, s, para, m.owner, false) {
			add(x)
		}
		// "from President Biden down, we’ve made clear", "We’ve been
		// really clear — the President on down — that": the principal
		// the turn's "we" runs from (rule 6; turns.go).
		if rf := weFromDown(refs, toks); rf != nil {
			for _, x := range d.resolveSubject(*rf, s, para) {
				x.rule, x.focus, x.detail = RuleRelayed, false, "the head of the turn's “we”"
				x.evidence += " … down"
				add(x)
			}
		}
		// "Secretary Blinken, as you said, this is a long history": the
		// principal the turn answers said it (rule 6; turns.go).
		if k := youSaid(toks); k >= 0 {
			if p := d.addressee(m.owner); p != nil {
				add(subj{p: p, rule: RuleRelayed, evidence: span(s.text, toks, k, min(len(toks), k+2)), detail: "the principal the turn answers", addressed: true})
			}
		}
	}
	// "A: Such remarks are groundless": the one person whose words the
	// question reported (rules 6, 7; asked.go).
	if m.owner != nil && !m.question && len(d.asked) == 1 && !d.turnReported {
		if k := takenUp(toks); k >= 0 && d.asked[0] != m.owner {
			add(subj{p: d.asked[0], rule: RuleRelayed, evidence: span(s.text, toks, k, k+2), detail: "the words the question reported"})
		}
	}
	// "QUESTION: You said that ...": the official the question quotes
	// (rules 6, 7; asked.go).
	if m.question {
		if k := youSaid(toks); k >= 0 {
			if p := d.askedOfficial(d.paraAt); p != nil {
				add(subj{p: p, rule: RuleRelayed, evidence: span(s.text, toks, k, min(len(toks), k+2)), detail: "the official the question quotes", addressed: true})
			}
		}
	}

	// "I would agree violently with the Secretary that that would be a
	// good thing", "We agree with President Biden that ...": whom the
	// speaker agrees with holds the view the "that" clause reports (rule
	// 6). Not "I agree with Secretary Blinken." (no view reported) nor a
	// third person's agreeing, which the verb rules above read.
	for _, x := range d.agreedWith(refs, s, para) {
		add(x)
	}
	// "ending the Yemeni war was a priority for the President", "it is a
	// real priority for the Vice President": whose priority the sentence
	// states holds that position (rules 5, 6).
	for _, x := range d.priorityFor(refs, s, para) {
		add(x)
	}

	// "conveyed President Biden's appreciation", "We support the
	// Secretary-General's commitment to ...", "the vision of Colonel Assimi
	// Goita": where someone speaks, a stance they relay makes its holder a
	// speaker too (rule 6), even when who relays it is nobody we know
	// ("Officials conveyed President Biden's gratitude").
	speech := d.hasSpeechVerb(s) // once: both stance rules below ask
	// "Q: Regarding Pompeo's accusations against Huawei, what is your
	// response?": a question about someone's words relays them (rules 6,
	// 7) with no verb of speech; of the stance nouns, only those that are
	// words said (not "support", "vision").
	if len(speakers) > 0 || speech || m.question {
		for _, rf := range refs {
			if rf.kind != kName && rf.kind != kTitle {
				continue
			}
			// "President Ouattara's commitment", and a name used as an
			// adjective: "the Biden position".
			noun := ""
			if rf.j < len(toks) && (rf.poss || rf.kind == kName) {
				h := stanceHead(toks, rf.j)
				if noun = toks[h].lower; phoneCall(toks, h) {
					noun = "" // "President Biden's call with President Putin": a call held
				}
			}
			relayed := stanceNouns[noun]
			nounAt := -1 // where the stance noun is, for acknowledgedOnly
			if relayed {
				nounAt = stanceHead(toks, rf.j)
			}
			if !relayed && !rf.poss {
				// "the vision of X", "the warning of X", "the remarks by
				// X", "the conviction of the late former Secretary-General
				// Dag Hammarskjöld": back over the title to the "of" after
				// the stance noun ("of" may also be inside the title).
				comma := false
				for k := rf.i - 1; k > 0 && !relayed; k-- {
					if (toks[k].lower == "of" || toks[k].lower == "by" || toks[k].lower == "from" && fromNouns[toks[k-1].lower]) && stanceNouns[toks[k-1].lower] && !pointsBack(toks, k-1) {
						// "At the invitation of X" is how a visit came about
						// (narration), not X's stance.
						relayed, noun, nounAt = k < 3 || toks[k-3].lower != "at", toks[k-1].lower, k-1
					} else if toks[k].lower == "by" && k >= 2 && wordsMadeBy[toks[k-1].lower] && saidNouns[toks[k-2].lower] && !pointsBack(toks, k-2) &&
						(m.question || wordsAsSubject(toks, k-2)) {
						// "The relevant statements made by Ambassador Cui
						// Tiankai in his interview ... expressed", "the
						// comments made by Mr. Pompeo and Mr. Bolton are in
						// disregard of the truth": words made by someone,
						// which the sentence goes on to tell of, are
						// theirs (rule 6); a question's "Speaking of the
						// comments made by Mr. Pompeo" relays them (rule
						// 7). Not the object of another verb ("We welcome
						// the positive statements made by", "I'd refer you
						// to ... the statement made by"), which says
						// nothing of them.
						relayed, noun, nounAt = true, toks[k-2].lower, k-2
					}
					// "On behalf of His Excellency Mr. X, President of the
					// Republic, I pay tribute": X speaks through the speaker.
					// But "I take the floor to address our august Assembly,
					// on behalf of His Excellency Mr. X" tells only who
					// sent the speaker (rule 2): the act done on X's
					// behalf is the speaking itself, with nothing of X's.
					relayed = relayed || toks[k].lower == "of" && toks[k-1].lower == "behalf" && !speaksOnBehalf(toks, k-1)
					// "greetings of peace and brotherhood from His
					// Excellency X": what is sent, then whom from.
					if f := sentFromAt(toks, k); !relayed && f >= 0 {
						relayed, noun, nounAt = true, toks[f].lower, f
					}
					// Past "our", "my" and one comma between an office and
					// its holder: "the greetings of our President, Andrés
					// Manuel López Obrador", "on behalf of the President
					// of the Republic of Côte d'Ivoire, His Excellency Mr.
					// Alassane Ouattara, I would like to extend".
					if ownerWords[toks[k].lower] && !toks[k].cap || toks[k].text == "," && !comma && k > 1 && !nameEndsAt(refs, k) && officeBeforeComma(toks, k) {
						comma = comma || toks[k].text == ","
						continue
					}
					if !(titleWords[toks[k].lower] || descriptorWords[toks[k].lower] || modifiers[toks[k].lower] || nameCap(toks[k]) || comma && colleagueWords[toks[k].lower]) {
						break
					}
				}
			}
			if relayed && len(speakers) == 0 && !speech && !saidNouns[noun] {
				continue // a question's "Pompeo's support" relays no words
			}
			// "I haven't seen Foreign Minister X's latest remarks": nothing
			// of theirs is reported.
			if !relayed || unheard(toks, rf.i) || unseenIn(toks[:contentStart(toks, rf.j)]) || praisedFor(toks, rf.i) {
				continue
			}
			// "We have noted the relevant remarks by X", "I have taken
			// note of X's remarks and similar remarks from the US side":
			// the words are acknowledged, none of them reported.
			if nounAt >= 0 && saidNouns[noun] && scheduledOnly(toks, min(nounAt, rf.i), max(nounAt+1, rf.j)) {
				continue
			}
			if nounAt >= 0 && saidNouns[noun] && acknowledgedOnly(toks, min(nounAt, rf.i), max(nounAt+1, rf.j)) {
				// Their source is who a next "He stressed ..." means.
				if p := d.refPerson(rf); p != nil && p.shown() && p != m.owner && !m.question {
					d.turnNamed = slices.DeleteFunc(d.turnNamed, func(n turnName) bool { return n.p == p })
					d.turnNamed = append(d.turnNamed, turnName{p: p, sent: d.sentN, para: para})
				}
				continue
			}
			rf := *appositiveName(refs, toks, &rf)
			for _, x := range d.resolveSubject(rf, s, para) {
				x.rule, x.focus = RuleRelayed, false
				x.evidence = span(s.text, toks, max(0, rf.i-2), min(len(toks), rf.j+1))
				add(x)
			}
		}
	}

	// "the warning that marine biologist Rachel Carson gave", "the advice
	// he gave us", "the importance that President Biden places on human
	// rights": where someone speaks, a stance whose relative clause has a
	// person give, make or hold it is that person's (rule 6).
	if len(speakers) > 0 || speech {
		for _, x := range d.relativeStances(refs, s, para) {
			add(x)
		}
	}

	// "the dynamic, captured so aptly by the great writer Ferdinand Ramuz
	// a century ago: “...”": the writer a quotation follows (rules 1, 6,
	// 11).
	if x, ok := d.rolledQuote(s); ok {
		add(x)
	}

	// "He worked to realize his vision": a stance of whom "his" refers to.
	if len(speakers) > 0 || speech {
		for k := 0; k+1 < len(toks); k++ {
			if (toks[k].lower != "his" && toks[k].lower != "her") || !stanceNouns[toks[k+1].lower] || praisedFor(toks, k) || phoneCall(toks, k+1) {
				continue
			}
			if toks[k+1].lower == "position" && (k > 0 && toks[k-1].lower == "in" || k+2 < len(toks) && toks[k+2].lower == "as") {
				continue // "to meet him in his position", "his position as secretary of state": an office
			}
			pron, want := "he", gazetteer.Male
			if toks[k].lower == "her" {
				pron, want = "she", gazetteer.Female
			}
			// "Lavrov also wrote a letter to make clear his position": his
			// own, when the sentence's subject may be who "his" means; the
			// antecedent before the sentence is someone else's.
			if slices.ContainsFunc(speakers, func(x subj) bool {
				return x.focus && x.p != nil && fitsPronoun(x.p, want)
			}) {
				continue
			}
			// "The President voiced his concern", "Secretary McDonough
			// reiterated his commitment": the sentence's own subject holds
			// the stance; the counterpart named before is not a speaker
			// where only one side acts (rule 3).
			if ownSubject(speakers, focusOnly, pron) {
				continue
			}
			if p, detail := d.stanceAntecedent(refs, toks, k, want, m.owner, para); p != nil && p.shown() {
				add(subj{p: p, rule: RuleRelayed, evidence: toks[k].text + " " + toks[k+1].text, detail: detail})
			}
		}
	}

	// "Q: President Hussain said that China is Pakistan's reliable friend.
	// Pakistan is willing to deepen cooperation": in a press conference or
	// transcript turn that relays someone's words in indirect speech, the
	// sentences after it whose subject is that person's country go on
	// reporting them (rule 6), until one has a subject of its own.
	if x, ok := d.reportedGoesOn(s, m, speakers); ok {
		add(x)
	}
	if x, ok := d.askedGoesOn(s, para, m, speakers); ok {
		add(x)
	}

	// Institutions speak only when no person does.
	hasPerson := false
	for _, x := range speakers {
		if x.p != nil {
			hasPerson = true
		}
	}
	if !hasPerson && !m.question {
		// "The United States and Spain intend to work rapidly toward
		// ...": in a readout of a meeting of the two countries' leaders,
		// the two countries acting together are its two parties (rule 3).
		if ps, e := d.countryPair(toks); len(ps) == 2 {
			for _, p := range ps {
				speakers = append(speakers, subj{p: p, rule: RuleBothSides, evidence: span(s.text, toks, 0, e), detail: "the parties of the meeting, one from each country"})
			}
			hasPerson = true
		} else if ps, b, e := d.countryGroup(toks); len(ps) > 0 {
			// "U.S. and Nordic leaders discussed", "the Nordic countries
			// and the United States reiterated", "The Nordic countries
			// also noted": the meeting's parties of those countries.
			for _, p := range ps {
				speakers = append(speakers, subj{p: p, rule: RuleBothSides, evidence: span(s.text, toks, b, e), detail: "the parties of the meeting of the countries the subject names"})
			}
			hasPerson = true
			if len(d.groupNow) == 0 {
				d.groupNow = ps // and the next "They"
			}
		}
	}
	for _, x := range speakers {
		if x.p == nil && hasPerson {
			continue
		}
		name := x.inst
		if x.p != nil {
			if !x.p.shown() || x.p.officeWord() && thinReference(x) {
				// One word after an office is someone only where the text
				// writes it or a pronoun takes it up: not a group's member
				// ("the leaders"), nor what a bare title means.
				continue
			}
			name = x.p.name
		}
		if slices.Contains(r.Speakers, name) {
			continue
		}
		rule := x.rule
		if x.p == nil && x.inst != "" && rule != RuleIssuer {
			// "the requests were rejected by the US Department of State",
			// "heard from the Chinese foreign ministry": a body whose
			// words are relayed speaks as an institution (rule 9), apart
			// from people, whichever rule found it.
			rule = RuleInstitution
		}
		r.Speakers = append(r.Speakers, name)
		r.Why = append(r.Why, readout.Reason{Name: name, Role: readout.RoleSpeaker, Rule: rule, Evidence: x.evidence, Detail: x.detail})
		r.Acts, r.ActsBy = creditActs(acts, r.Speakers)
	}
	// "President Joseph R. Biden, Jr. today joined leaders of ASEAN ...
	// He reaffirmed": the subject of a narrated act the verbs above do not
	// read (joined, participated, attended) is who the next "He" is
	// (rule 5), when the sentence has no other individual subject.
	if len(focusOnly) == 0 && (!m.question || reports) && !slices.ContainsFunc(speakers, func(x subj) bool { return x.focus }) {
		if p := d.openingSubject(refs, toks); p != nil {
			focusOnly = append(focusOnly, p)
		}
	}
	// Pronouns look back to individual subjects, most recent last.
	for _, p := range focusOnly {
		d.history = append(d.history, said{p: p, para: para, asked: m.question})
	}
	for _, x := range speakers {
		if x.focus && x.p != nil && !m.question {
			d.history = append(d.history, said{p: x.p, para: para})
		}
		// A reporter's question relays someone ("Q: Pakistan's Prime
		// Minister said ...", "a question about Secretary Pompeo's remarks
		// on Huawei") and goes on "He said that ...": within the turn,
		// the pronoun is the person relayed (rules 5, 6); the turn's end
		// still clears the history (rule 7). A sentence that asks ("Has he
		// said that to the President?") relays nothing of theirs.
		if m.question && x.p != nil && x.p.shown() && !x.addressed {
			if !x.guessed {
				d.history = append(d.history, said{p: x.p, para: para, asked: true})
			} else {
				// "He also said that the P5 leaders all support ... He
				// called on all countries to ...": the relay goes on over
				// the question's sentences, whatever else they name in
				// capitals ("P5", "WWII") no reference reads; who the
				// pronoun meant is named again here (askedAntecedent).
				d.askedNamed = append(d.askedNamed, turnName{p: x.p, sent: d.sentN, para: para})
			}
			if !slices.Contains(d.asked, x.p) {
				d.asked = append(d.asked, x.p)
			}
		}
	}
	// Everyone named or titled: remembered in order for a later "the two
	// sides" in the same turn, and a mention where they do not speak.
	for _, rf := range refs {
		if rf.kind != kName && rf.kind != kTitle {
			continue
		}
		p := d.refPerson(rf)
		if p == nil && m.rule == RuleDocument {
			d.speechUnknown = d.sentN // "our colleague, the Ambassador of Kenya": someone a later "he" may mean
		}
		if p == nil || !p.shown() {
			continue
		}
		if m.rule == RuleDocument && p != m.owner {
			if d.speechReferent(toks, rf, p) {
				d.speechNamed = append(slices.DeleteFunc(d.speechNamed, func(n turnName) bool { return n.p == p }), turnName{p: p, sent: d.sentN, para: para})
			} else {
				d.speechUnknown = d.sentN // someone, but not surely p
			}
		}
		if ti := d.titleOfName(toks, rf); ti != nil {
			d.titledSeen = append(d.titledSeen, titleSeen{p: p, title: ti, sent: d.sentN, para: d.paraAt})
		} else if rf.kind == kTitle {
			d.titledSeen = append(d.titledSeen, titleSeen{p: p, title: rf.title, sent: d.sentN, para: d.paraAt, bare: true})
		}
		if m.question {
			// Whoever the question names, its opening subject too, is who
			// a later "He" may relay (askedAntecedent): "QUESTION: The
			// Brazilian president wants to change next election process
			// back to a paper vote. He has alleged that fraud ...".
			d.askedNamed = append(d.askedNamed, turnName{p: p, sent: d.sentN, para: para})
		}
		// "Thanks, Sam.": whom the turn addresses, not whom it talks about.
		if p != m.owner && !m.question && !slices.Contains(d.turnPeople, p) && !(rf.j-rf.i == 1 && rf.i == thankedAt(toks)) {
			d.turnPeople = append(d.turnPeople, p)
		}
		// "On Secretary Pompeo's remarks ... He said", "I responded to a
		// question on President Trump's remarks. He said that": whose
		// words a possessive names is who the turn's next "He" reports
		// (rules 5, 6), as a subject is.
		if p != m.owner && !m.question && (!rf.poss && turnSubjectRef(toks, rf) || wordsOwner(toks, rf)) {
			d.turnNamed = slices.DeleteFunc(d.turnNamed, func(n turnName) bool { return n.p == p })
			d.turnNamed = append(d.turnNamed, turnName{p: p, sent: d.sentN, para: para})
		}
		// A possessive ("King Mohammed VI’s leadership") names someone a
		// sentence talks about, not a party "They" may mean.
		if p != d.statement && p != d.voice && p != m.owner && !rf.poss && !p.officeWord() {
			// Not the issuer, nor who owns the turn: they are not a party;
			// nor one word after an office, too thin to be one.
			d.named = slices.DeleteFunc(d.named, func(q *person) bool { return q == p })
			d.named = append(d.named, p)
		}
		if slices.Contains(r.Speakers, p.name) || slices.Contains(r.Mentions, p.name) || p.officeWord() {
			// One word after an office is shown as a speaker only: as a
			// mention it is too often a common or given name ("Pro",
			// "Astrid").
			continue
		}
		r.Mentions = append(r.Mentions, p.name)
		why := "named, no speech or position of theirs reported (rule 10)"
		switch {
		case narrated[p] != "":
			why = "a party of the call or meeting, “" + narrated[p] + "”: narration (rule 2)"
		case m.question:
			why = "named in a reporter's question that relays nothing of theirs (rule 7)"
		case rf.poss:
			why = "possessive, not the subject of a speech verb (rule 10)"
		}
		r.Why = append(r.Why, readout.Reason{Name: p.name, Role: readout.RoleMention, Rule: RuleMention, Evidence: span(s.text, toks, rf.i, rf.j), Detail: why})
	}
	// What a speech's later "he" or "she" may mean (speechAntecedent):
	// someone the cast does not know, named here; and the sentence's
	// subjects, a name no reference reads among them ("The exceptional
	// Kofi Annan talked passionately about ... He always emphasized"),
	// last, so that they come before the people the sentence names after
	// them.
	if m.rule == RuleDocument {
		if d.unknownNameBefore(toks, len(toks)) {
			d.speechUnknown = d.sentN // "Benito Perez Galdos was an outstanding Spanish writer"
		}
		for k := 1; k < len(toks); k++ {
			if ownerWords[toks[k-1].lower] && kinNouns[toks[k].lower] {
				// "the words of my predecessor", "our colleague, the
				// Ambassador of Kenya": someone the speech does not name.
				d.speechUnknown = d.sentN
			}
		}
		open := firstWord(toks) + 1
		for open < len(toks) && (!toks[open].word || toks[open].cap) {
			open++
		}
		if d.unknownNameBefore(toks, open) {
			// "Abraham Lincoln wrote a letter to Edwin Stanton, his
			// Secretary of War": its subject, before anyone it names.
			d.speechUnknownSubject = d.sentN
		}
		for _, x := range speakers {
			if x.focus && x.p != nil && x.p != m.owner && x.p.shown() {
				d.speechNamed = append(slices.DeleteFunc(d.speechNamed, func(n turnName) bool { return n.p == x.p }), turnName{p: x.p, sent: d.sentN, para: para})
			}
		}
	}
	// "the chief of the British intelligence agency said ...", "Joe Manchin
	// just came out and made clear": a question's later "he" may be who
	// these name, whom no reference reads (askedAntecedent).
	if m.question && d.otherSourceBefore(toks, len(toks), len(r.Speakers) == 0) {
		d.askedUnknown = d.sentN
	}
	// An answer that reports someone's words of its own ("On March 13, he
	// said to reporters ...") has its own words for a later "those words".
	if m.owner != nil && !m.question {
		for _, x := range speakers {
			if x.p != nil && x.p != m.owner && !slices.Contains(d.asked, x.p) {
				d.turnReported = true
			}
		}
	}
	opensThey := len(toks) > 0 && toks[firstWord(toks)].lower == "they"
	if opensThey && (d.othersSpoke || d.unnamedSubject != subjectNamed) {
		d.theyUnnamed = d.paraAt + 1 // whether or not its verb was one of speech
	}
	d.othersSpoke = othersSpeak(refs, toks) || d.bodyGroupAt == d.sentN
	if len(toks) == 0 || toks[0].text != "(" {
		// "(Laughter and applause.)" stands between a subject and its "They".
		d.unnamedSubject = d.subjectKind(refs, toks)
	}
	if !opensThey && d.unnamedSubject == subjectNamed && slices.ContainsFunc(refs, func(rf ref) bool { return rf.kind == kName || rf.kind == kTitle || rf.kind == kGroup }) {
		d.theyUnnamed = 0 // named people since: a "They" may be theirs
	}
	if l := d.listOf(refs, toks); len(l) >= 3 {
		d.listed, d.listedPara = l, d.paraAt
	}
	if len(d.groupNow) == 0 && m.owner == nil && !m.question {
		// "Ambassador Rice and Dr. Sherwood-Randall described the process.
		// They also discussed ...": the people the sentence before named
		// as the joint subject of its speech verb are who the next "They"
		// means (rules 3, 5), not the whole room.
		d.groupNow = d.conjoinedSpeakers(refs, toks, speakers)
	}
	if opensGroup(toks) {
		d.groupOpened = d.sentN
	}
	return r
}

// agreedWith returns the people a first-person "agree with X that ..."
// credits with the view the clause reports: "I" or "we" as the subject of
// agree, agreed or agrees (auxiliaries and an adverb between: "I would
// agree violently"), then "with", a person or office (the first reference
// after it, over "the" and capitalised words: "with President Biden"),
// and "that" right after it.
func (d *docState) agreedWith(refs []ref, s sentence, para int) []subj {
	toks := s.toks
	var out []subj
	for v, t := range toks {
		if t.lower != "agree" && t.lower != "agreed" && t.lower != "agrees" {
			continue
		}
		first := false
		for k := v - 1; k >= 0 && k >= v-4; k-- {
			if w := toks[k].lower; w == "i" || w == "we" {
				first = true
				break
			}
			if !toks[k].word || toks[k].cap {
				break
			}
		}
		if !first {
			continue
		}
		w := v + 1
		for w < len(toks) && w <= v+2 && toks[w].word && strings.HasSuffix(toks[w].lower, "ly") {
			w++ // "agree violently with", "fully agree" is before
		}
		if w >= len(toks) || toks[w].lower != "with" {
			continue
		}
		var rf *ref // the first reference after "with", over "the" and a title
		for x := w + 1; x < len(toks) && x <= w+5 && rf == nil; x++ {
			for i := range refs {
				if refs[i].i == x && !refs[i].poss {
					rf = &refs[i]
				}
			}
			if !(toks[x].lower == "the" || toks[x].cap && toks[x].word) {
				break
			}
		}
		if rf == nil || rf.kind != kName && rf.kind != kTitle || rf.j >= len(toks) || toks[rf.j].lower != "that" {
			continue
		}
		for _, x := range d.resolveSubject(*rf, s, para) {
			x.rule, x.focus = RuleRelayed, false
			x.evidence = span(s.text, toks, v, rf.j+1)
			x.detail = "whom the speaker agrees with, and what"
			out = append(out, x)
		}
	}
	return out
}

// priorityFor returns the person a predicate "is a priority for X" names:
// a copula ("is", "was", "has been", "remains") within three words before
// "priority" or "priorities" ("a real priority", "a top priority"), then
// "for" and a person or office, not a possessive ("a priority for the
// President's budget" is the budget's).
func (d *docState) priorityFor(refs []ref, s sentence, para int) []subj {
	toks := s.toks
	var out []subj
	for k := 1; k+2 < len(toks); k++ {
		if toks[k].lower != "priority" && toks[k].lower != "priorities" || toks[k+1].lower != "for" {
			continue
		}
		cop := false
		for x := k - 1; x >= 0 && x >= k-4; x-- {
			if copulas[toks[x].lower] || toks[x].lower == "remains" || toks[x].lower == "remained" {
				cop = true
				break
			}
			if !toks[x].word {
				break
			}
		}
		if !cop {
			continue
		}
		var rf *ref
		for x := k + 2; x < len(toks) && x <= k+6 && rf == nil; x++ {
			for i := range refs {
				if refs[i].i == x {
					rf = &refs[i]
				}
			}
			if !(toks[x].lower == "the" || toks[x].cap && toks[x].word) {
				break
			}
		}
		if rf == nil || rf.poss || rf.kind != kName && rf.kind != kTitle {
			continue
		}
		if rf.j < len(toks) && ownBodies[toks[rf.j].lower] {
			continue // "a priority for the Biden administration": a body's
		}
		for _, x := range d.resolveSubject(*rf, s, para) {
			x.rule, x.focus = RuleRelayed, false
			x.evidence = span(s.text, toks, k, rf.j)
			x.detail = detailPriority
			out = append(out, x)
		}
	}
	return out
}

// ownBodies after a name make it the modifier of a body's name: "the
// Biden administration", "the Harris campaign".
var ownBodies = set(`administration administrations government team campaign cabinet presidency era family`)

// reportedGoesOn returns the person whose words in indirect speech the
// sentence before reported, when this sentence's subject is their country
// and it names no individual subject of its own (see sentence). It also
// records whose words this sentence reports, for the next: every speaker
// whose verb takes a clause ("President Xi Jinping briefed President Moon
// ..., and President Moon said President Xi's visit played ... The ROK
// highly appreciates that": Moon, whose country the next subject is).
func (d *docState) reportedGoesOn(s sentence, m mode, speakers []subj) (subj, bool) {
	toks := s.toks
	reported := d.reported
	d.reported = nil
	if m.owner == nil && !m.question {
		return subj{}, false
	}
	if !slices.ContainsFunc(speakers, func(x subj) bool { return x.focus }) {
		for _, p := range reported {
			if d.countrySubject(toks, p.country) {
				d.reported = []*person{p}
				return subj{p: p, rule: RuleRelayed, evidence: span(s.text, toks, firstWord(toks), min(len(toks), firstWord(toks)+3)), detail: "the words reported in the sentence before go on (rule 6)"}, true
			}
		}
	}
	if indirectSpeech(toks) {
		for _, x := range speakers {
			if x.focus && x.p != nil && x.p != m.owner && x.p.country != "" && (x.rule == RuleVerb || x.rule == RuleTitle || x.rule == RulePronoun) {
				d.reported = append(d.reported, x.p)
			}
		}
	}
	return subj{}, false
}

// relayedFrom is who a reference names, as speakers of words the sentence
// relays (rule 6) rather than says: the agent of a passive speech verb,
// whom something was heard from, whose words are quoted. The evidence is
// the words from v to the reference.
func (d *docState) relayedFrom(rf ref, s sentence, para, v int) []subj {
	var out []subj
	for _, x := range d.resolveSubject(rf, s, para) {
		x.rule, x.focus = RuleRelayed, false
		x.evidence = span(s.text, s.toks, v, rf.j)
		out = append(out, x)
	}
	return out
}

// quotedSource returns the reference to whose words the quoting noun at v
// names ("the words of Ernesto Che Guevara", "a quote from our beloved
// King, His Majesty X", "the words of the first Prime Minister of Fiji,
// the late Ratu Sir Kamisese Mara"), and k, where the name would start;
// nil when no reference stands there.
func (d *docState) quotedSource(refs []ref, toks []token, v int) (*ref, int) {
	k := v + 2
	// Past "the", "the late", "our beloved"; not "words of
	// appreciation to Secretary-General X" (said to him).
	for x := 0; k < len(toks) && x < 3 && toks[k].word && !toks[k].cap && !prepositions[toks[k].lower] && !stanceNouns[toks[k].lower] && !sentimentNouns[toks[k].lower]; x++ {
		k++
	}
	// A role's words before the name: "the philosopher of science Thomas
	// Kuhn", "Oxford philosopher Toby Ord".
	if k+2 < len(toks) && k > 0 && roleNouns[toks[k-1].lower] && toks[k].lower == "of" && toks[k+1].word && !toks[k+1].cap && toks[k+2].cap {
		k += 2
	} else if k+2 < len(toks) && toks[k].cap && roleNouns[toks[k+1].lower] && toks[k+2].cap {
		k += 2
	}
	rf := d.refAfter(refs, toks, k, true)
	if e := k; rf == nil {
		// "our beloved King, His Majesty X": an office nobody
		// holds in the gazetteer, then who holds it.
		for e < len(toks) && toks[e].cap && titleWords[toks[e].lower] {
			e++
		}
		if e > k && e < len(toks) && toks[e].text == "," {
			rf = nameAfterComma(refs, toks, e)
		}
	}
	return appositiveName(refs, toks, rf), k
}

// turnSubjectRef reports whether a reference may be who a later "he" of a
// transcript's turn means: not the object of a preposition (past its title
// words: "to speak to President Abbas", "with his counterpart, Foreign
// Minister Lapid"), except "from", whose object is whom something was
// heard from, nor an apposition after a comma.
func turnSubjectRef(toks []token, rf ref) bool {
	b := nameStart(toks, rf.i)
	if k := rf.j; k < len(toks) && toks[k].text == "," && (b == 0 || toks[b-1].text == ":") {
		// "MR PRICE: Said, the President took advantage": whom the
		// answer addresses, not whom it is about.
		return false
	}
	if b == 0 {
		return true
	}
	w := toks[b-1].lower
	if w == "," {
		// "his counterpart, Foreign Minister Lapid" is an object's
		// apposition; "Well, the President" is not, nor "As many of you
		// know, President Biden grew up", whose verb follows the name.
		return b < 2 || !toks[b-2].word || toks[b-2].cap || verbAfter(toks, rf.j)
	}
	// "the remarks by Secretary Pompeo", "as stressed by the
	// Secretary-General": the agent of words is their source, as "from" is.
	agent := w == "by" && b >= 2 && (stanceNouns[toks[b-2].lower] || passiveSpeech[toks[b-2].lower])
	return !prepositions[w] || w == "from" || agent
}

// verbAfter reports whether a finite verb follows at k, past adverbs: a
// past in "-ed", an irregular past, a verb of speech, a copula or an
// auxiliary ("grew" is not known, "has", "will").
func verbAfter(toks []token, k int) bool {
	for k < len(toks) && skippable[toks[k].lower] && toks[k].lower != "has" && toks[k].lower != "have" && toks[k].lower != "had" {
		k++
	}
	if k >= len(toks) || !toks[k].word || toks[k].cap {
		return false
	}
	w := toks[k].lower
	return strings.HasSuffix(w, "ed") || pastForms[w] || speechVerbs[w] || copulas[w] || finiteVerbs[w]
}

// finiteVerbs are auxiliaries and common irregular pasts that open a
// clause after its subject.
var finiteVerbs = set(`has have had will would can could should may might must grew saw knew came went got did does wrote told said thought`)

// listOf returns the longest list of people a sentence names one after
// another, joined by commas and "and" with their titles: "President López
// Obrador, President Biden, and Prime Minister Trudeau".
func (d *docState) listOf(refs []ref, toks []token) []*person {
	var best, cur []*person
	prev := -1 // end of the previous reference of the current list
	for _, rf := range refs {
		p := d.refPerson(rf)
		if rf.kind != kName && rf.kind != kTitle || p == nil || !p.shown() || rf.poss {
			cur, prev = nil, -1
			continue
		}
		if prev >= 0 && (rf.i < prev || !listGlue(toks[prev:rf.i], d)) {
			cur = nil
		}
		if !slices.Contains(cur, p) {
			cur = append(cur, p)
		}
		prev = rf.j
		if len(cur) > len(best) {
			best = slices.Clone(cur)
		}
	}
	return best
}

// listGlue reports whether toks join two items of a list of people:
// commas, "and", titles and countries ("Japanese National Security Advisor").
func listGlue(toks []token, d *docState) bool {
	comma := false
	for _, t := range toks {
		switch {
		case t.lower == "," || t.lower == "and":
			comma = true
		case t.lower == "the" || titleWords[t.lower] || descriptorWords[t.lower] || connectors[t.lower] || t.cap || d.countryOf(t) != nil:
		default:
			return false
		}
	}
	return comma
}

// countrySubjectStart is where a country subject would begin in toks: after
// leading punctuation, a short opening phrase ("In this context, the
// United States welcomed"), "the" and numbers.
func countrySubjectStart(toks []token) int {
	k := 0
	for k < len(toks) && !toks[k].word {
		k++
	}
	if k < len(toks) && prepositions[toks[k].lower] {
		for x := k + 1; x < len(toks) && x <= k+4; x++ {
			if toks[x].lower == "," {
				k = x + 1
				break
			}
		}
	}
	for k < len(toks) && (!toks[k].word || toks[k].lower == "the" || unicode.IsDigit(rune(toks[k].lower[0]))) {
		k++
	}
	return k
}

// soleBody returns the one government of a joint statement that a sentence
// opens with as its subject ("1. The European Union intends ..."), or "".
func (d *docState) soleBody(toks []token) string {
	k := countrySubjectStart(toks)
	for e := min(len(toks), k+4); e > k; e-- {
		c := d.g.Country(joinText(toks[k:e]))
		if c == nil || !slices.Contains(d.jointBodies, c.Name) {
			continue
		}
		if e+1 < len(toks) && toks[e].cap && partyBodies[toks[e].lower] {
			e++ // "The European Commission will work with EU Member States"
		}
		if e < len(toks) && toks[e].word && !toks[e].cap && toks[e].lower != "and" {
			return c.Name
		}
		return ""
	}
	return ""
}

// partyBodies name the body that acts for a party after its name: "The
// European Commission", "the Mexican Government".
var partyBodies = set(`commission government administration`)

// signatoryCountry returns the country, of one signatory of a joint
// statement, that a sentence opens with as its subject, past an opening
// phrase or a list item's heading ("India intends to invest in ...", "The
// Republic of Korea looks forward to ...", "As part of these efforts, the
// United States announced", "The UAE – home to IRENA – will invest"), or
// nil.
func (d *docState) signatoryCountry(toks []token) *gazetteer.Country {
	for _, k := range []int{countrySubjectStart(toks), subjectStart(toks)} {
		if c := d.signatoryCountryAt(toks, k); c != nil {
			return c
		}
	}
	return nil
}

// signatoryCountryAt is signatoryCountry with the subject at k.
func (d *docState) signatoryCountryAt(toks []token, k int) *gazetteer.Country {
	for e := min(len(toks), k+4); e > k; e-- {
		c := d.g.Country(joinText(toks[k:e]))
		if c == nil || !toks[e-1].word { // "Japan ," is read as Japan
			continue
		}
		if toks[e-1].poss || demonym(joinText(toks[k:e]), c.Name) {
			return nil // "Japan’s", "Indian companies"
		}
		if e < len(toks) && dashWord(toks[e].text) {
			// "The UAE – home to IRENA and host of COP28 in 2023 – will
			// invest": past the aside.
			if a := pastDashAside(toks, e); a >= 0 {
				e = a
			}
		}
		if e >= len(toks) || !toks[e].word || toks[e].cap || toks[e].lower == "and" || sideNouns[toks[e].lower] && toks[e].lower != "government" {
			return nil // "India and the United States"; "The U.S. side", its head's (sideSignatory)
		}
		if onlyOf(d.signatories, c.Code) == nil {
			return nil
		}
		return c
	}
	return nil
}

// onlyOf returns the one person of ps whose country is code, or nil for
// none or several.
func onlyOf(ps []*person, code string) *person {
	var one *person
	for _, p := range ps {
		if p.country == code {
			if one != nil {
				return nil
			}
			one = p
		}
	}
	return one
}

// demonym reports whether text, a name of the country called name, is its
// adjective ("Indian", "Japanese", "Emirati", "British") rather than the
// country.
func demonym(text, name string) bool {
	t := strings.ToLower(text)
	return t != strings.ToLower(name) && demonymEnding(t)
}

// demonymEnding reports whether a lower-case word ends as a country's
// adjective does ("Indian", "Japanese", "British", "Emirati", "Dutch").
func demonymEnding(w string) bool {
	for _, suf := range []string{"an", "ese", "ish", "i", "ch"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// othersSpeak reports whether the subject of a sentence's first speech
// verb is a plural or collective noun that names nobody: "The advocates
// shared updates", "Ukrainian representatives stated", "The Ukrainian
// delegation affirmed". The next sentence's "They" is then those people,
// not the readout's parties (rule 3 names only the participants a joint
// subject covers).
func othersSpeak(refs []ref, toks []token) bool {
	for v := 1; v < len(toks); v++ {
		if !toks[v].word || toks[v].cap || !speechVerbs[toks[v].lower] && !speechVerbs[toks[v].lower+"s"] {
			continue
		}
		if len(refs) > 0 && refs[0].i < v {
			return false // someone named, titled or referred to before the verb
		}
		k := v - 1
		for k > 0 && skippable[toks[k].lower] {
			k--
		}
		// The subject opens the sentence, or follows an opening phrase
		// ("During the meeting, participants discussed"), and is short:
		// "This meeting built on the consultations announced" has its
		// verb elsewhere.
		s0 := openingPhrase(toks)
		if s0 == 0 && openerWord(toks, 0) || k < s0 || k-s0 > 4 || slices.ContainsFunc(toks[s0:k], func(t token) bool { return !t.word }) {
			return false
		}
		w := toks[k].lower
		return toks[k].word && (collectiveNouns[w] || len(w) > 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !notNames[w])
	}
	return false
}

// conjoinedSpeakers returns the people a sentence names, two or more, as
// the joint subject of its first speech verb, when all of them speak in it:
// "Ambassador Rice and Dr. Sherwood-Randall described", "Secretary Blinken
// and Foreign Minister Kuleba underscored". The subject opens the sentence,
// or follows an opening phrase; it is names and titles alone, no group or
// pronoun.
func (d *docState) conjoinedSpeakers(refs []ref, toks []token, speakers []subj) []*person {
	for v := 1; v < len(toks); v++ {
		if !toks[v].word || toks[v].cap || !speechVerbs[toks[v].lower] {
			continue
		}
		subjects := d.subjectsOf(refs, toks, v)
		if len(subjects) < 2 {
			return nil
		}
		start := subjects[0].i
		for start > 0 && (toks[start-1].lower == "the" || titleWords[toks[start-1].lower] || descriptorWords[toks[start-1].lower] && toks[start-1].cap || honorifics[strings.TrimSuffix(toks[start-1].lower, ".")]) {
			start--
		}
		if !opensClause(toks, start) {
			return nil
		}
		r := d.useParaRoom()
		var out []*person
		for _, rf := range subjects {
			if rf.kind != kName && rf.kind != kTitle || rf.poss {
				return nil
			}
			p := d.refPerson(rf)
			if p == nil || !p.shown() || !slices.ContainsFunc(speakers, func(x subj) bool { return x.p == p && x.focus }) {
				return nil
			}
			if rf.kind == kTitle && len(r.participants) >= 2 && !slices.Contains(r.participants, p) {
				// An office the room does not hold is more likely read
				// as someone else's ("The Deputy Secretary and Chief of
				// Staff reiterated" of Sherman's call with Seibert) than
				// a new party.
				return nil
			}
			if !slices.Contains(out, p) {
				out = append(out, p)
			}
		}
		if len(out) < 2 {
			return nil
		}
		// The room's own parties ("Mr. Sullivan and Mr. Suh reaffirmed"
		// after their call) are what a "They" means anyway, read with the
		// room's talk verbs ("They also conferred").
		if len(r.participants) == len(out) && !slices.ContainsFunc(out, func(p *person) bool { return !slices.Contains(r.participants, p) }) {
			return nil
		}
		return out
	}
	return nil
}

// purposeVerbs are the base forms of speech verbs that state what a call
// or meeting was for: "spoke with X to express appreciation".
var purposeVerbs = set(`express discuss underscore underline reaffirm reiterate convey thank congratulate offer emphasize
emphasise highlight urge raise review stress welcome condemn share affirm encourage request propose outline press
commend praise reinforce relay voice extend exchange consult`)

// pluralPresent reports whether the word at v is the plain present of a
// speech verb after a plural subject: "Both leaders commit", "The two
// leaders agree", "President Yoon and President Biden underscore", as joint
// statements write. Plain forms are not speech verbs on their own (they are
// infinitives and nouns far more often), but after such a subject they are
// the verb.
func (d *docState) pluralPresent(refs []ref, toks []token, v int) bool {
	w := toks[v].lower
	if !speechVerbs[w+"s"] && !speechVerbs[w+"es"] || mindVerbs[w+"s"] {
		return false
	}
	subjects := d.subjectsOf(refs, toks, v)
	if !joint(subjects) {
		return false
	}
	// "The three parties will prepare for the Summit and exchange views":
	// a plain form a modal of its subject's clause governs is what they
	// will do (rule 2), not what they state now.
	for k := subjects[len(subjects)-1].j; k < v; k++ {
		if modalWords[toks[k].lower] && toks[k].lower != "be" {
			return false
		}
	}
	return true
}

// jointSubject reports whether the subject of the verb at v is plural:
// several people joined ("President Yoon and President Biden") or a group
// ("The two leaders", "Both sides").
func (d *docState) jointSubject(refs []ref, toks []token, v int) bool {
	return joint(d.subjectsOf(refs, toks, v))
}

// joint reports whether subjects are plural: several, or one group.
func joint(subjects []ref) bool {
	return len(subjects) >= 2 || len(subjects) == 1 && subjects[0].kind == kGroup
}

// jointTalkVerbs tell, of a joint subject, what the parties of a call or
// meeting talked about, with the word that must follow ("" for any):
// "The two sides explored opportunities", "They touched on a number of
// other issues", "The leaders coordinated on their support to Ukraine",
// "The Secretary and President compared notes on ...", "They took stock
// of ...", "The two sides engaged in constructive dialogue", "the two
// leaders covered areas where our interests align", "They also addressed
// efforts to bolster economic cooperation"; and what they intend: "They
// also intend to increase practical coordination", "President Biden and
// the Amir plan to continue their efforts". Of one
// person they tell an act as often ("explored the site", "coordinated
// on logistics").
var jointTalkVerbs = map[string]string{
	"explored": "", "conferred": "", "covered": "", "addressed": "", "touched": "on", "coordinated": "on", "compared": "notes", "took": "stock", "engaged": "in",
	"intend": "to", "plan": "to",
}

// How resolveSubject details a group it resolved to the parties of a
// narrated call or meeting (meetingParties).
const (
	detailParticipants = "participants"
	detailLastTwo      = "the last two people named"
	detailCalled       = "the two the call was with"
	// detailMeetingClause: ", during which they" after a meeting.
	detailMeetingClause = "the parties of the meeting the sentence tells"
	// detailMeetingBefore: "They discussed" right after another meeting
	// than the room's, or "Their discussions covered".
	detailMeetingBefore = "the parties of the meeting the sentence before tells"
	// detailHolders: "The Ministers" as the people named who hold the
	// office, followed by the plural office ("the people named who are
	// presidents").
	detailHolders = "the people named who are "
)

var meetingParties = map[string]bool{detailParticipants: true, detailCalled: true, detailMeetingClause: true, detailMeetingBefore: true}

// detailTitled: a group as the parties of the call or meeting the title
// names (d.titled), in a document about that meeting.
const detailTitled = "the parties the title names"

// talkParties reports whether a group's detail names who talked in a call
// or meeting the document tells, in its body (meetingDetail), by its title
// ("Background Press Call ... on President Biden’s Virtual Meeting with
// Prime Minister Modi": "The two leaders covered the whole range of
// issues") or by the heads of its delegations: who a talk verb of a group
// ("covered", "touched on", "were able to talk about") can mean, unlike the
// last two people named.
func talkParties(detail string) bool {
	return meetingDetail(detail) || detail == detailTitled || detail == detailEachSide
}

// meetingDetail reports whether a group's detail names the parties of a
// narrated call or meeting, with or without how the room was read
// ("participants: the hosts the sentence names", room.go).
func meetingDetail(detail string) bool {
	return meetingParties[detail] || strings.HasPrefix(detail, detailParticipants+": ")
}

// jointTalk reports whether the verb at v is one of jointTalkVerbs with the
// word it needs after it.
func jointTalk(toks []token, v int) bool {
	if toks[v].lower == "reached" {
		return reachedAccord(toks, v)
	}
	part, ok := jointTalkVerbs[toks[v].lower]
	if !ok {
		return false
	}
	if part == "" {
		return true
	}
	if v+1 >= len(toks) || toks[v+1].lower != part {
		return false
	}
	if part != "in" {
		return true
	}
	// "engaged in constructive dialogue", "engaged in frank discussions".
	for k := v + 2; k < len(toks) && k <= v+4; k++ {
		if talkNouns[toks[k].lower] {
			return true
		}
	}
	return false
}

// addressedEvent reports whether the "addressed" at v gave a speech to a
// gathering (rule 1): "Vice Foreign Minister Qin Gang attended and
// addressed the event", "addressed the opening ceremony", "addressed the
// General Assembly", "addressed the nation"; not "addressed the issue",
// "addressed a letter to", "addressed concerns" (what one dealt with or
// sent).
func addressedEvent(toks []token, v int) bool {
	if toks[v].lower != "addressed" || v+1 >= len(toks) {
		return false
	}
	switch toks[v+1].lower {
	case "the", "a", "an":
	default:
		return false
	}
	for k := v + 2; k < len(toks) && k <= v+5; k++ {
		if gatheringNouns[toks[k].lower] {
			return true
		}
		if !toks[k].word || prepositions[toks[k].lower] || toks[k].lower == "and" {
			return false // "addressed the needs of the students"
		}
	}
	return false
}

var gatheringNouns = set(`event ceremony opening meeting conference forum summit session nation assembly rally gathering reception seminar symposium banquet luncheon dinner parliament congress convention audience crowd graduates students council`)

// reachedAccord reports whether the "reached" at v reaches a consensus or
// an agreement, a joint stance of its subject (rules 1, 3): "the two heads
// of state reached important consensus on ...", ", during which they
// reached broad consensus", "Our two sides ... reached an agreement in
// principle". The noun within three words, no comma between; not "reached
// out", "reached the summit", "reached a new height".
func reachedAccord(toks []token, v int) bool {
	for k := v + 1; k < len(toks) && k <= v+4; k++ {
		if accordNouns[toks[k].lower] {
			return true
		}
		if !toks[k].word {
			return false
		}
	}
	return false
}

var accordNouns = set(`consensus agreement agreements understanding understandings`)

// jointVerbs are done together by both sides of a conversation: "discussed Y
// with X", "exchanged views with X".
var jointVerbs = set(`discuss discussed discusses discussing exchange exchanged exchanging review reviewed`)

// exchangeVerb reports whether a call's or meeting's purpose "to VERB" is a
// talk of both sides: "to discuss", "to review", "to exchange views", "to
// consult" (not "to express", which only its subject does).
func exchangeVerb(w string) bool {
	return jointVerbs[w] || w == "consult"
}

// exchangePurpose returns where the first exchange purpose (exchangeVerb)
// of the meeting verb at v is among its "to VERB"s, past others ("spoke
// today with Secretary Jan Adams to congratulate her on her new role and
// to discuss ..."), or -1.
func exchangePurpose(toks []token, v int) int {
	for k := v; ; {
		pv := purposeVerb(toks, k, true)
		if pv < 0 || exchangeVerb(toks[pv].lower) {
			return pv
		}
		k = pv
	}
}

// exchangedWith returns the others an exchange was held with: the named
// objects objs of "discussed Y with B" or "spoke with B to discuss Y", else
// the side a group names beside the talk ("with Israeli officials",
// "Throughout his discussions with Israeli officials, Dr. Gordon
// discussed", "Dr. Gordon and Palestinian officials discussed";
// talkSideGroup). They speak with its subjects (rule 3), the verb at v (at
// the purpose verb at pv) its evidence.
func (d *docState) exchangedWith(objs []ref, s sentence, v, pv int, subjects []ref) []subj {
	var out []subj
	for _, rf := range objs {
		if p := d.refPerson(rf); p != nil && !slices.ContainsFunc(out, func(x subj) bool { return x.p == p }) {
			out = append(out, subj{p: p, rule: RuleBothSides, evidence: span(s.text, s.toks, rf.i, rf.j) + " … " + s.toks[pv].text})
		}
	}
	if len(out) > 0 || len(subjects) == 0 {
		return out
	}
	var own []*person
	for _, rf := range subjects {
		if p := d.refPerson(rf); p != nil {
			own = append(own, p)
		}
	}
	if i, j := talkSideGroup(s.toks, v, subjects[0].i); j > i {
		code, _ := d.sideCountry(s.toks, j-1)
		// The last meeting the text narrated its subject at ("Dr. Gordon
		// met with ... Prime Minister ... Muhammad Mustafa"), else the room.
		others := d.roomOthers(code, room{participants: d.lastMeeting}, own)
		if len(others) == 0 {
			others = d.roomOthers(code, d.useParaRoom(), own)
		}
		for _, p := range others {
			out = append(out, subj{p: p, rule: RuleBothSides, evidence: span(s.text, s.toks, i, j) + " … " + s.toks[pv].text, detail: detailOtherSide})
		}
	}
	return out
}

// detailOtherSide: the people of the room's other side a talk's group names.
const detailOtherSide = "the other side of the talk the group names, in the room"

// talkSideNouns head a group of one side of a talk: "Israeli officials", "his
// Palestinian counterparts".
var talkSideNouns = set(`officials counterparts interlocutors leaders ministers delegation delegations hosts`)

// talkSideGroup returns where a group of one country's people stands that
// is the other side of the talk the verb at v reports, subject at sub:
// "with Israeli officials" after v in its clause or in an opening talk
// phrase ("Throughout his discussions with Israeli officials, Dr. Gordon
// discussed"), or beside the subject ("Dr. Gordon and Palestinian officials
// discussed"). i == j when there is none.
func talkSideGroup(toks []token, v, sub int) (int, int) {
	// the group noun at k, its demonym right before (sideCountry decides)
	group := func(k int) bool {
		return k > 0 && k < len(toks) && talkSideNouns[toks[k].lower] && toks[k-1].cap && toks[k-1].word
	}
	// "and Palestinian officials discussed": right before the verb.
	if k := v - 1; group(k) && k >= 2 && (toks[k-2].lower == "and" || k >= 3 && toks[k-2].lower == "other" && toks[k-3].lower == "and") {
		return k - 1, k + 1
	}
	// "with (the|his|her) Israeli officials" after the verb, in its clause.
	for k := v + 1; k+2 < len(toks) && k <= v+10; k++ {
		if l := toks[k].lower; l == "." || l == ";" || l == ":" || l == "," {
			break
		}
		if toks[k].lower == "with" {
			at := k + 1
			if l := toks[at].lower; l == "the" || l == "his" || l == "her" || l == "their" {
				at++
			}
			if group(at + 1) {
				return at, at + 2
			}
			break
		}
	}
	// "Throughout his discussions with Israeli officials, Dr. Gordon
	// discussed": a talk noun's "with" before the subject.
	for k := 1; k+2 < sub; k++ {
		if toks[k].lower != "with" || !talkNouns[toks[k-1].lower] {
			continue
		}
		at := k + 1
		if l := toks[at].lower; l == "the" || l == "his" || l == "her" || l == "their" {
			at++
		}
		if group(at+1) && at+2 < len(toks) && toks[at+2].lower == "," {
			return at, at + 2
		}
	}
	return 0, 0
}

// unknownSubject returns the person named by the capitalised words right
// before the speech verb at v (skipping "also", "once", ...), when they are
// a plausible name of two to four words and nothing the gazetteer or the
// document knows otherwise.
func (d *docState) unknownSubject(toks []token, v int, text string) (*person, string) {
	k := v - 1
	for k >= 0 && (adverb(toks[k], toks[v]) || toks[k].lower == "so" && k+1 < v && adverb(toks[k+1], toks[v])) {
		k-- // "so rightly said"
	}
	// "Modibo Keita, the first President of independent Mali, said": the
	// name before an apposition; "Luc Montagnier of the Pasteur Institute
	// said": the name before the body.
	for _, e := range append(appositionStart(toks, k), ofPhrase(toks, k)...) {
		if p, ev := d.unknownSubject(toks, e, text); p != nil {
			return p, ev
		}
	}
	end := k + 1
	start := end
	for start > 0 && toks[start-1].word && (toks[start-1].cap || connectors[toks[start-1].lower]) && end-start < 6 {
		start--
	}
	for ; start <= end-2 || start == end-1 && rolledName(toks, start); start++ {
		seg := toks[start:end]
		if connectors[seg[0].lower] || !plausibleName(seg, d, false) {
			continue
		}
		if d.g.Country(joinText(seg)) != nil || d.g.Institution(joinText(seg)) != nil {
			return nil, "" // "Hong Kong has maintained": a place or a body
		}
		if start > 0 && (prepositions[toks[start-1].lower] || toks[start-1].poss) {
			// "the Consul General in Hong Kong expressed": a place, the
			// object of a preposition, is not the subject.
			return nil, ""
		}
		if start > 0 && classNouns[toks[start-1].lower] && !toks[start-1].cap && end-start >= 3 && plausibleName(toks[start+1:end], d, false) {
			// "the US website BuzzFeed Megha Rajagopalan says": the word
			// after the body's kind is the body's name, the rest the
			// person's.
			start++
			seg = toks[start:end]
		}
		if start > 0 && toks[start-1].lower == "the" {
			// "the Yomiuri Shimbun all confirmed", "the general manager of
			// the Houston Rockets made": the article makes the name a
			// body's, a team's or a paper's; no one's own name takes it.
			return nil, ""
		}
		for _, t := range seg {
			if titleWords[t.lower] || descriptorWords[t.lower] || honorifics[strings.TrimSuffix(t.lower, ".")] || d.g.Institution(t.text) != nil {
				return nil, ""
			}
		}
		p := d.register(nil, seg, nil)
		if p == nil || !p.shown() {
			return nil, ""
		}
		return p, span(text, toks, start, end)
	}
	return nil, ""
}

// ofPhrase returns the positions of the "of"s that open a body's name
// ending at k, right to left: "of the Center for Sustainable Development
// at Columbia University", "of American Chamber of Commerce in China
// (AmCham China)". The name is capitalised, with lower-case joining words
// only, and ends at k.
func ofPhrase(toks []token, k int) []int {
	if k < 1 || !(toks[k].word && toks[k].cap || toks[k].lower == ")") {
		return nil
	}
	var out []int
	for x := k; x >= 1 && x >= k-14; x-- {
		t := toks[x]
		switch {
		case t.lower == "of":
			if toks[x-1].word && toks[x-1].cap {
				out = append(out, x)
			}
		case t.word && t.cap, t.lower == "the" || t.lower == "for" || t.lower == "at" || t.lower == "in" || t.lower == "and" ||
			t.lower == "&" || t.lower == "(" || t.lower == ")" || t.lower == "-" || connectors[t.lower]:
		case classNouns[t.lower] && x+1 <= k && toks[x+1].word && toks[x+1].cap && x > 0 && (toks[x-1].lower == "the" || toks[x-1].cap):
			// "of the British company Vodafone": the kind of body
			// before its name.
		default:
			return out
		}
	}
	return out
}

// roleHolder returns the person a company's office before the verb at v
// stands for, and where "the" opens it: "the Vodafone CEO said", "what
// the CEO of Vodafone said" is whoever the document names with that
// office ("CEO Nick Read of the British company Vodafone"), when exactly
// one person is so named and, when the office gives its body, named with
// that body in the same sentence. titleWords leaves such offices out:
// "FedEx CEO Raj Subramaniam" in a list of participants is no title the
// rules of offices should read.
func (d *docState) roleHolder(toks []token, v int) (*person, int) {
	k := v - 1
	for k >= 0 && (adverb(toks[k], toks[v]) || auxiliaries[toks[k].lower]) {
		k--
	}
	var body []string
	role := -1
	switch {
	case k >= 1 && companyOffices[toks[k].lower]:
		// "the Vodafone CEO"
		role = k
		b := k - 1
		for b >= 0 && toks[b].word && toks[b].cap && !toks[b].poss && len(body) < 3 {
			body = append(body, toks[b].lower)
			b--
		}
		if b < 0 || toks[b].lower != "the" {
			return nil, 0
		}
		k = b
	case k >= 3 && toks[k].word && toks[k].cap:
		// "the CEO of Vodafone"
		b := k
		for b >= 0 && toks[b].word && toks[b].cap && !companyOffices[toks[b].lower] && k-b < 3 {
			body = append(body, toks[b].lower)
			b--
		}
		if b < 2 || toks[b].lower != "of" || !companyOffices[toks[b-1].lower] || toks[b-2].lower != "the" {
			return nil, 0
		}
		role, k = b-1, b-2
	default:
		return nil, 0
	}
	var found *person
	for _, ss := range d.paras {
		for _, s := range ss {
			st := tokenize(s.text)
			for x, t := range st {
				if t.lower != toks[role].lower {
					continue
				}
				if len(body) > 0 && !slices.ContainsFunc(st, func(t token) bool { return slices.Contains(body, t.lower) }) {
					continue
				}
				p := d.personAfter(st, x+1)
				if p == nil && x+1 < len(st) && st[x+1].word && st[x+1].cap {
					// "CEO Ann Weiss", someone the rules did not
					// register: the office may be theirs.
					return nil, 0
				}
				if p == nil {
					continue
				}
				if found != nil && found != p {
					return nil, 0
				}
				found = p
			}
		}
	}
	return found, k
}

// personAfter returns the person whose name the document gives as the
// words from x on, shown and not the gazetteer's (someone the rules of
// offices do not know), or nil.
func (d *docState) personAfter(toks []token, x int) *person {
	for _, p := range d.people {
		if p.gz != nil || !p.shown() {
			continue
		}
		f := strings.Fields(p.name)
		if x+len(f) > len(toks) {
			continue
		}
		ok := true
		for i, w := range f {
			if toks[x+i].text != w {
				ok = false
				break
			}
		}
		if ok {
			return p
		}
	}
	return nil
}

// companyOffices are a company's offices, written before a name or after the
// company's.
var companyOffices = set(`ceo`)

// objectRelative reports whether a pronoun and the verb at v after it are
// a relative clause without "that" whose object is the noun before them:
// "These \"people\" he mentioned have failed to provide any evidence"
// points at the people; it reports nothing he said (rules 1, 10). The
// noun (or a closing quotation mark) stands right before the pronoun, and
// the main clause's verb right after v.
func objectRelative(toks []token, rf ref, v int) bool {
	if rf.kind != kPronoun || rf.i == 0 || rf.j != v || v+1 >= len(toks) || !pointingVerbs[toks[v].lower] {
		return false
	}
	b := toks[rf.i-1]
	if !(b.word && !b.cap && !clauseWord(b) && !prepositions[b.lower] && !auxiliaries[b.lower] && !whWords[b.lower] && b.lower != "and" && b.lower != "but" && b.lower != "or" || b.text == "\"" || b.text == "”") {
		return false
	}
	return mainVerbs[toks[v+1].lower]
}

// pointingVerbs name what their object is, and say nothing of it: "the
// people he mentioned", "the figures she cited".
var pointingVerbs = set(`mentioned cited quoted named listed`)

// whWords open a clause of their own: "what he believes would be
// necessary" is his stance.
var whWords = set(`what whatever which who whom whose how why where when`)

// mainVerbs open a main clause's predicate right after a relative clause.
var mainVerbs = set(`have has had is are was were will would can could should must`)

// labelsAs reports whether the verb at v calls something by a name of the
// subject's choosing: "labeled it as \"disinformation\"", "branded the
// move as illegal" is what the subject said of it, in an answer or in
// prose as much as in a question (rules 1, 6), where relayVerbs count only
// in a question. "as" must follow the object within a few words, with no
// clause between.
func labelsAs(toks []token, v int) bool {
	if !asLabelVerbs[toks[v].lower] || toks[v].cap {
		return false
	}
	for x := v + 1; x < len(toks) && x <= v+8; x++ {
		switch {
		case toks[x].lower == "as":
			return x > v+1 && x+1 < len(toks)
		case !toks[x].word, clauseWord(toks[x]):
			return false
		}
	}
	return false
}

var asLabelVerbs = set(`labeled labelled branded`)

// classNouns say what kind of body the name after them is: "the British
// company Vodafone", "the US website BuzzFeed".
var classNouns = set(`company firm corporation group operator carrier bank website newspaper magazine network broadcaster
university institute organization organisation foundation`)

// relativeStances returns the people a sentence credits with a stance
// through a relative clause after the stance noun: "the warning that
// marine biologist Rachel Carson gave" (a name outside the gazetteer too,
// rule 11), "the advice he gave us", "the commitments President Biden
// made". The clause's verb must give, make, send or hold the stance;
// "the message that reached President X" has X receive it.
func (d *docState) relativeStances(refs []ref, s sentence, para int) []subj {
	toks := s.toks
	var out []subj
	for k := 0; k+2 < len(toks); k++ {
		if !relativeStanceNouns[toks[k].lower] && !stanceNouns[toks[k].lower] || notRelativeStance[toks[k].lower] {
			continue
		}
		b := k + 1
		if toks[b].lower == "that" || toks[b].lower == "which" {
			b++
		}
		// The clause's verb, a few words on, with only words between.
		v := -1
		for x := b + 1; x < len(toks) && x <= b+7; x++ {
			if !toks[x].word {
				break
			}
			if stanceGiveVerbs[toks[x].lower] && !toks[x].cap {
				v = x
				break
			}
		}
		if v < 0 {
			continue
		}
		e := v - 1 // the subject's last word, after "once", "has", "had"
		for e > b && (toks[e].lower == "once" || toks[e].lower == "has" || toks[e].lower == "had" || toks[e].lower == "have" || toks[e].lower == "so") {
			e--
		}
		ev := span(s.text, toks, k, v+1)
		// The subject opens the clause: no preposition before it ("views
		// on Hong Kong-related issues" has no clause, "issues" no verb).
		opens := func(start int) bool {
			return !slices.ContainsFunc(toks[b:start], func(t token) bool { return prepositions[t.lower] })
		}
		if at := refEndingAt(refs, e); at >= 0 && refs[at].i >= b && opens(refs[at].i) && !refs[at].poss && refs[at].kind != kGroup && refs[at].kind != kInst {
			for _, x := range d.resolveSubject(refs[at], s, para) {
				x.rule, x.focus, x.evidence = RuleRelayed, false, ev
				out = append(out, x)
			}
			continue
		}
		// A name the gazetteer does not know, after lower-case words that
		// describe them ("marine biologist").
		start := e + 1
		for start > b && toks[start-1].word && toks[start-1].cap && e+1-start < 4 {
			start--
		}
		if e+1-start < 2 || start > b && toks[start-1].poss || !opens(start) {
			continue
		}
		for x := b; x < start; x++ {
			if toks[x].cap {
				start = -1 // capitalised words before the name: a body, a place
				break
			}
		}
		if start < 0 {
			continue
		}
		seg := toks[start : e+1]
		if !plausibleName(seg, d, false) || d.g.Country(joinText(seg)) != nil || d.g.Institution(joinText(seg)) != nil {
			continue
		}
		if p := d.register(nil, seg, nil); p != nil && p.shown() {
			out = append(out, subj{p: p, rule: RuleRelayed, evidence: ev, detail: "a name outside the gazetteer"})
		}
	}
	return out
}

// relativeStanceNouns name words or positions that someone gives, makes or
// places, beside stanceNouns: "the advice he gave", "the importance that
// President Biden places on human rights", "the speech she delivered".
var relativeStanceNouns = set(`advice importance emphasis priority speech speeches address lecture testimony`)

// notRelativeStance are stance nouns that, given or made, are things done
// rather than words: "the call President Biden made" (a telephone call),
// "the support the President gave", "the invitation he extended".
var notRelativeStance = set(`call calls support invitation`)

// stanceGiveVerbs give, make or hold a stance in a relative clause.
var stanceGiveVerbs = set(`gave gives given made makes placed places attached attaches expressed expresses voiced voices issued
issues offered offers sounded sounds delivered delivers sent sends conveyed conveys shared shares articulated articulates
outlined outlines`)

// appositionStart returns, for a comma at k that closes an apposition
// ("Modibo Keita, the first President of independent Mali, said"), the
// position of the comma that opens it; nil otherwise. An apposition opens
// with a determiner or "who" and holds no other comma. A participle
// between commas is set off the same way: "Robert Kennedy, paraphrasing
// George Bernard Shaw, once said", "X, speaking in Geneva, said".
func appositionStart(toks []token, k int) []int {
	if k < 2 || toks[k].lower != "," {
		return nil
	}
	for c := k - 1; c >= 1 && c >= k-25; c-- {
		switch toks[c].lower {
		case ";", ":", ".", "(", ")", "“", "”", "\"":
			return nil
		case ",":
			switch w := toks[c+1]; {
			case w.lower == "the" || w.lower == "a" || w.lower == "an" || w.lower == "who":
				return []int{c}
			case w.word && !w.cap && (quoteVerbs[w.lower] || strings.HasSuffix(w.lower, "ing") && len(w.lower) > 5):
				return []int{c}
			}
			return nil
		}
	}
	return nil
}

// narrationVerbs tell of events, not views: a sentence with one is not an
// assertion in the text's own voice.
var narrationVerbs = set(`met meet meets meeting travel travels traveled travelled visit visits visited attend attended
attends hosted host hosts arrived arrive depart departed spoke called released imposed imposes imposing prohibited
prohibits designated designates designating sanctioned`)

// narrates reports whether a sentence has a verb that narrates a meeting,
// a visit or a designation.
func narrates(toks []token) bool {
	for k, t := range toks {
		if !narrationVerbs[t.lower] {
			continue
		}
		if t.lower == "met" && k > 0 && (copulas[toks[k-1].lower] || toks[k-1].lower == "be" || toks[k-1].lower == "being") {
			continue // a passive: "any nuclear attack ... will be met with a swift response"
		}
		return true
	}
	return false
}

// narratedByOther reports whether a narration verb of the sentence has a
// named agent other than the text's own country as its subject: "OFAC
// imposed blocking sanctions", "The U.S. Department of the Treasury’s
// Office of Foreign Assets Control (OFAC) has prohibited", "the Court
// called on"; not "the United States is designating", "the United States
// and Japan will jointly host", "U.S. persons are generally prohibited" (a
// passive names no agent) nor "This visit is" (a noun).
func (d *docState) narratedByOther(toks []token) bool {
	for v, t := range toks {
		if !narrationVerbs[t.lower] || t.cap || t.upper {
			continue
		}
		k := v - 1
		copula, modal := false, false
		for k >= 0 && (skippable[toks[k].lower] || copulas[toks[k].lower] || modalWords[toks[k].lower]) {
			copula = copula || copulas[toks[k].lower] || toks[k].lower == "be"
			modal = modal || toks[k].lower == "will" || toks[k].lower == "would"
			k--
		}
		switch {
		case strings.HasSuffix(t.lower, "ing"):
			if !copula { // "Group meeting", "continue imposing": no finite verb
				continue
			}
		case copula: // "are generally prohibited": a passive
			continue
		case narrationBase[t.lower] && !modal: // "help Ukraine meet the threats"
			continue
		}
		if k >= 0 && toks[k].text == ")" {
			// "Office of Foreign Assets Control (OFAC) has prohibited"
			for k >= 0 && toks[k].text != "(" {
				k--
			}
			k--
		}
		if k < 0 || !toks[k].word || !toks[k].cap && !toks[k].upper || nounMarkers[toks[k].lower] {
			continue
		}
		if !d.homeConjunct(toks, k) && !(ownBodyActs[t.lower] && d.ownBody(toks, k)) {
			return true
		}
	}
	return false
}

// ownBodyActs are the narration verbs by which a government body acts
// rather than meets: "has imposed", "is designating".
var ownBodyActs = set(`released imposed imposes imposing prohibited prohibits designated designates designating sanctioned`)

// ownBody reports whether the capitalised subject that ends at token k
// names the institution that publishes the text: "the Department of
// State has imposed visa restrictions", "the Department is designating",
// "the State Department has designated" in a statement the Secretary or
// the Spokesperson signs for the Department of State. In a statement its
// author signs, what the author's own department does is told in the
// author's voice, as what the country does is (rules 4, 8): labels of
// the department's own acts in such statements give the author 4 times
// of 4 (state.txt, fresh9 twice, fresh13). Not another body, even of the same government ("OFAC imposed
// blocking sanctions", "the Department of the Treasury is designating":
// labels split 2 / 2, so the narration it was read as stays), nor a
// conjunct with one ("the Departments of State and the Treasury").
func (d *docState) ownBody(toks []token, k int) bool {
	b := k
	for b > 0 && toks[b-1].word && (toks[b-1].cap || toks[b-1].upper || toks[b-1].lower == "of") {
		b--
	}
	for b <= k && (toks[b].lower == "the" || d.countryOf(toks[b]) != nil && d.countryOf(toks[b]).Code == d.home) {
		b++ // "the U.S. Department of State": the country only qualifies it
	}
	if b > k || toks[k].poss {
		return false
	}
	own := d.issuer
	if own == "" {
		if in := d.g.Institution(strings.TrimSpace(d.doc.Meta["publisher"])); in != nil {
			own = in.Name
		}
	}
	if own == "" {
		return false
	}
	if b == k && toks[k].lower == "department" {
		// "The Department is also designating" in the Department's text.
		return strings.Contains(own, "Department")
	}
	in := d.g.Institution(joinText(toks[b : k+1]))
	return in != nil && in.Name == own
}

// speechVerbAfter reports whether the words from k, past adverbs and
// auxiliaries, open with a speech verb (with its particle when it needs
// one): "They claimed", "he has repeatedly said".
func speechVerbAfter(toks []token, k int) bool {
	for v := k; v < len(toks) && toks[v].word && !toks[v].cap; v++ {
		if speechVerbs[toks[v].lower] {
			// Not a passive: "He will be supported by the Deputy Chief
			// Sustainability Officer".
			part, ok := verbsNeedingParticle[toks[v].lower]
			return (!ok || v+1 < len(toks) && toks[v+1].lower == part) && !passiveBefore(toks, v)
		}
		if !skippable[toks[v].lower] && !modalWords[toks[v].lower] {
			return false
		}
	}
	return false
}

// spokenByOther reports whether a statement's sentence opens (after an
// opening phrase) with a named body other than the text's own country
// or government as the subject of a speech verb: "The Court further
// noted its profound concern", "The Court also observed that", "The
// Council reaffirmed". It reports that body's words, not the author's
// (rules 4, 9). Not "The United States strongly condemns", "The
// Department of State welcomes", "The Biden Administration remains
// committed", the text's own voice.
func (d *docState) spokenByOther(toks []token) bool {
	f := firstWord(toks)
	if k := openingPhrase(toks); k > 0 {
		f = k
	}
	if f+1 < len(toks) && (toks[f].lower == "and" || toks[f].lower == "but") {
		f++ // "And the Court expressed deep concern"
	}
	the := f < len(toks) && toks[f].lower == "the"
	if the {
		f++
	}
	e := f
	for e < len(toks) && toks[e].word && (toks[e].cap || toks[e].upper || e > f && (toks[e].lower == "of" || toks[e].lower == "for" || toks[e].lower == "on")) {
		if ownBodyWords[toks[e].lower] || d.countryOf(toks[e]) != nil {
			return false
		}
		e++
	}
	if e == f || e >= len(toks) || toks[e-1].poss || !toks[e-1].cap && !toks[e-1].upper {
		return false
	}
	if d.homeConjunct(toks, e-1) {
		return false
	}
	// A body's name: "The Court", "The International Court of Justice",
	// "NATO"; not a word that opens a sentence ("First announced at").
	if !the && e-f < 2 && !toks[f].upper {
		return false
	}
	// A body that speaks ("the Court", "the Tribunal", "the Security
	// Council", "NATO"), not a thing ("World Refugee Day presents", "The
	// Budget requests").
	if !speakingBodyNouns[toks[e-1].lower] && !bodyNouns[toks[e-1].lower] && !assemblyNouns[toks[e-1].lower] && !(e-f == 1 && toks[f].upper) {
		return false
	}
	if e < len(toks) && dashWord(toks[e].text) {
		// "The Court – which plays a vital role in the peaceful settlement
		// of disputes under the UN Charter – stressed": past the aside.
		if e = pastDashAside(toks, e); e < 0 {
			return false
		}
	}
	for v := e; v < len(toks) && toks[v].word && !toks[v].cap; v++ {
		if speechVerbs[toks[v].lower] {
			part, ok := verbsNeedingParticle[toks[v].lower]
			return !ok || v+1 < len(toks) && toks[v+1].lower == part
		}
		if !skippable[toks[v].lower] {
			return false
		}
	}
	return false
}

// speakingBodyNouns end the name of a body that speaks for itself, beside
// bodyNouns and assemblyNouns: "the Arbitral Tribunal", "the UN Panel of
// Experts" (its last word), "the Financial Action Task Force".
var speakingBodyNouns = set(`tribunal panel force forum group court council`)

// ownBodyWords name the text's own government, or a country's: "The
// Department of State", "The Biden-Harris Administration", "The U.S.
// Government", "The American people".
var ownBodyWords = set(`department administration government spokesperson secretary president white house state states embassy mission we i
this these that those it they he she`)

// modalWords may stand between a subject and its verb.
var modalWords = set(`will would shall can could may might must should be`)

// narrationBase are the narration verbs' base forms: narration only in the
// future ("Spain will host the Summit"); after "to" whose act it is goes
// unsaid, and "Russia must meet its commitments" is the text's demand.
var narrationBase = set(`meet travel visit attend host arrive depart`)

// nounMarkers before a narration word make it a noun: "This visit", "As
// host of".
var nounMarkers = set(`the a an this that these those his her its their our my your as of for in at on during after before with`)

// homeConjunct reports whether the capitalised subject that ends at token
// k is, or has as one of its conjuncts, the text's own country: "the
// United States", "the United States and Japan"; not "the U.S. Department
// of State", which the country only qualifies (ownBody reads the
// department that publishes the text).
func (d *docState) homeConjunct(toks []token, k int) bool {
	end := k
	for b := k; b >= 0; b-- {
		w := toks[b].lower
		if toks[b].text == "," || w == "and" {
			end = b - 1
			continue
		}
		if !toks[b].cap && !toks[b].upper && w != "the" && w != "of" {
			break
		}
		if end >= 0 && end-b < 5 {
			if c := d.g.Country(joinText(toks[b : end+1])); c != nil && (d.home == "" || c.Code == d.home) {
				return true
			}
		}
	}
	return false
}

// soleAuthor reports whether the document is a statement one named author
// signs (statementDoc), not a joint one nor a transcript, whose turns
// other people speak ("FOREIGN MINISTER AL-SABAH: ...").
func (d *docState) soleAuthor() bool {
	return len(d.signatories) == 0 && len(d.jointBodies) == 0 && !d.transcript && d.statementDoc()
}

// statementDoc reports whether the document is a statement in a person's
// or its signatories' name rather than a readout of someone's call or
// meeting.
func (d *docState) statementDoc() bool {
	if len(d.jointBodies) > 0 {
		return true
	}
	if len(d.signatories) > 0 {
		// "Statement from Secretary Rubio and NSC Waltz on Call with
		// Zelenskyy" reports a call: its authors own only what is in the
		// first person, as a single author of such a title does.
		return !d.titleSigned || !d.readoutTitle
	}
	// "Statement by President Joe Biden on Call with President Zelenskyy"
	// that goes on "I just spoke with President Zelenskyy ..." is the
	// author telling of their own call: a statement in their voice, not a
	// readout of it (rule 8). A title of that kind over a body that never
	// says "I" ("Statement by Press Secretary Jen Psaki on President
	// Biden's Meeting with ...") stays a readout.
	return d.voice != nil && d.voiceRule == RuleAuthor && (!d.readoutTitle || d.firstPerson)
}

// firstPersonI finds "I" as the subject of a verb: "I just spoke", "I’m
// grateful", "the President and I met". Not the numeral of "World War I
// and", "Phase I of".
var firstPersonI = regexp.MustCompile(`(?:^|[\s(—–])I(?:’m|'m|’ve|'ve|’ll|'ll|’d|'d)?\s+([a-z]+)`)

// firstPersonBody reports whether a paragraph of doc with no quotation
// in it says "I": a quoted "I" is whoever the text quotes.
func firstPersonBody(doc *readout.Document) bool {
	for _, p := range doc.Paragraphs {
		if strings.ContainsAny(p.Text, "“”\"") {
			continue
		}
		for _, m := range firstPersonI.FindAllStringSubmatch(p.Text, -1) {
			if !numeralFollowers[m[1]] {
				return true
			}
		}
	}
	return false
}

// numeralFollowers follow a Roman numeral I rather than the pronoun.
var numeralFollowers = set(`and or of in to the for on at with from by funding funds`)

// isReadoutTitle reports whether a title announces a readout of a call,
// meeting or trip rather than a statement.
func isReadoutTitle(title string) bool {
	t := strings.ToLower(title)
	return strings.Contains(t, "readout") || strings.Contains(t, "call with") || strings.Contains(t, "meeting with") ||
		strings.Contains(t, " meets ") || strings.Contains(t, " travel")
}

// titleBeforeName reports whether a title reference runs into a name it
// did not take in ("Consumer Financial Protection Bureau Director (CFPB)
// Rohit Chopra"): the title is that person's, not the office holder the
// title alone would resolve to.
func titleBeforeName(rf ref, toks []token) bool {
	return rf.kind == kTitle && rf.j < len(toks) && (toks[rf.j].cap && toks[rf.j].word || toks[rf.j].text == "(")
}

// reporterAside reports whether a sentence opens a transcript's note in
// parentheses of what the reporter did: "(The journalist laughed.)",
// "(The journalist said, "I just want to know ...", "(Reporter: Yes.)".
func reporterAside(toks []token) bool {
	if len(toks) < 3 || toks[0].text != "(" {
		return false
	}
	k := 1
	if toks[k].lower == "the" {
		k++
	}
	if !asideReporters[toks[k].lower] {
		return false
	}
	// "(Journalist nodded) That is also how ... was arranged": the
	// spokesperson goes on in the same sentence after the note.
	for x := k + 1; x < len(toks); x++ {
		if toks[x].text == ")" {
			return !slices.ContainsFunc(toks[x+1:], func(t token) bool { return t.word })
		}
	}
	return true
}

// asideReporters are who a transcript's note in parentheses tells of.
var asideReporters = set(`journalist journalists reporter reporters correspondent correspondents`)

// wordsAsSubject reports whether the words said at n open their clause as
// its subject, past their determiners and adjectives: after the start of
// the sentence or a label, a comma or "that" ("A: The relevant statements
// made by", "In fact, the relevant remarks made by", "I must point out that
// the comments made by").
func wordsAsSubject(toks []token, n int) bool {
	x := n - 1
	for x >= 0 && toks[x].word && (ackDeterminers[toks[x].lower] || ackAdjectives[toks[x].lower] || stanceQualifiers[toks[x].lower]) {
		x--
	}
	return x < 0 || x < labelEnd(toks) || !toks[x].word || toks[x].lower == "that"
}

// wordsMadeBy stand between words said and who said them: "the statements
// made by", "remarks delivered by".
var wordsMadeBy = set(`made delivered`)

// passiveSpeech are speech verbs whose past participle, followed by "by"
// and a person, says that person spoke: "as noted by", "as pointed out
// by", "the proposal put forward by". Not "committed by" (crimes), "called
// by" (a meeting), "introduced by" (a speaker at an event), "briefed by"
// (who listened), "supported by" (troops, funds).
var passiveSpeech = set(`said stated noted stressed emphasized emphasised underscored underlined highlighted
pointed admitted acknowledged recognized recognised mentioned raised reiterated reaffirmed echoed voiced
articulated expressed proposed put made suggested advocated announced declared confirmed described
affirmed observed remarked argued asserted claimed denied rejected criticized criticised condemned
welcomed praised urged warned explained outlined spelled spelt laid set`)

// passiveAgent returns the position after the "by" that follows the
// passive speech verb at v ("pointed out by", "made clear by", "put
// forward by", "set out by"), or -1. A verb that needs a particle to be
// speech needs it here too; a copula or "as"/"that"/"which" before it,
// or a noun it follows, makes it passive rather than a past tense with
// an object ("stressed by" in "was stressed by", "as stressed by",
// "the need stressed by").
func passiveAgent(toks []token, v int) int {
	k := v + 1
	if part, ok := verbsNeedingParticle[toks[v].lower]; ok || toks[v].lower == "put" {
		if toks[v].lower == "put" {
			part = "forward"
		}
		if k >= len(toks) || toks[k].lower != part {
			return -1
		}
		k++
	}
	if k+1 >= len(toks) || toks[k].lower != "by" {
		return -1
	}
	return k + 1
}

// stanceNouns name what someone said or holds: "President Biden's
// appreciation", "the Foreign Minister's confirmation".
var stanceNouns = set(`appreciation commitment commitments message messages support position positions view views concern
concerns condolences congratulations gratitude thanks invitation disappointment confirmation proposal proposals remarks
statement statements words assessment request vision warning initiative determination pledge call appeal greetings
regards wishes condemnation opposition insistence assurance assurances conviction convictions belief beliefs
admonition exhortation plea promise promises argument teaching teachings dictum
accusation accusations allegation allegations claim claims comment comments remark conclusion conclusions
criticism criticisms suggestion suggestions demand demands
recommendation recommendations arguments vow vows quote quotes`)

// namedBefore returns the person a "his" or "her" at k most likely means
// among those the sentence names before it, and whether it names anyone
// there: the last one of the gender wanted (or of none known) who is not a
// possessive ("President Biden offered a review of President Putin's war,
// his assessment": Biden), else the last possessive ("This President's
// budget ... his promise"). An owner of the turn or an office resolved to
// nobody is no answer (named, nil).
func (d *docState) namedBefore(refs []ref, k int, want gazetteer.Gender, owner *person) (*person, bool) {
	named, cut := false, false
	var last, lastPoss *person
	for r := range refsNamedBefore(refs, k) {
		named = true
		p := d.refPerson(r)
		switch {
		case p == nil:
			cut = !r.poss // someone unknown stands between
			if cut {
				last = nil
			}
		case !fitsPronoun(p, want):
		case r.poss:
			lastPoss = p
		default:
			last, cut = p, false
		}
	}
	if last == nil && !cut {
		last = lastPoss
	}
	if last == owner {
		last = nil
	}
	return last, named
}

// ownerWords stand before an office its holder is named after: "our
// President, X", "my colleagues, X and Y".
var ownerWords = set(`our my his her their`)

// kinNouns are people a speech names by their tie to the speaker: "my
// predecessor", "our compatriot".
var kinNouns = set(`predecessor predecessors successor colleague compatriot friend father mother brother sister son daughter grandfather wife husband`)

// colleagueWords stand, like an office, before the names of the people
// they are: "on behalf of my colleagues, Lu Kang and Hua Chunying, I".
var colleagueWords = set(`colleague colleagues`)

// nameEndsAt reports whether a person's name ends just before toks[k]:
// "the words of Kofi Annan, Secretary-General of this Organization from
// 1997 to 2006" (the office after the comma is his, not a holder's).
func nameEndsAt(refs []ref, k int) bool {
	return slices.ContainsFunc(refs, func(r ref) bool { return r.kind == kName && r.j == k })
}

// officeBeforeComma reports whether the words before the comma at k are an
// office, which the name after the comma holds: "our President,", "the
// President of the Republic of Côte d’Ivoire,", "my colleagues,"; not a
// name ("the words of Kofi Annan, Secretary-General of").
func officeBeforeComma(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-12; j-- {
		w := toks[j].lower
		if colleagueWords[w] || titleWords[w] && !honorifics[w] {
			return true
		}
		if !(descriptorWords[w] || modifiers[w] || nameCap(toks[j])) {
			return false
		}
	}
	return false
}

// nameCap reports whether t is a word of a proper name: capitalised, or a
// particle glued to one ("d’Ivoire").
func nameCap(t token) bool {
	if t.cap {
		return true
	}
	for _, p := range []string{"d’", "d'", "l’", "l'"} {
		if r, ok := strings.CutPrefix(t.text, p); ok && r != "" && unicode.IsUpper([]rune(r)[0]) {
			return true
		}
	}
	return false
}

// sentFromAt returns where the sent stance is when toks[k] is the "from"
// after it and a few words of what it wishes ("greetings of peace and
// brotherhood from", "best wishes of peace and prosperity from"), else -1.
// A bare "greetings from" is the stance-noun rule's.
func sentFromAt(toks []token, k int) int {
	if toks[k].lower != "from" {
		return -1
	}
	for f := k - 2; f >= 0 && f >= k-6; f-- {
		if !toks[f+1].word || toks[f+1].cap {
			return -1
		}
		if fromNouns[toks[f].lower] && toks[f+1].lower == "of" {
			return f
		}
	}
	return -1
}

// fromNouns are stances sent from someone: "greetings from President X",
// "a message from the Secretary-General".
var fromNouns = set(`greetings message messages wishes regards congratulations condolences words quote quotes`)

// sentimentNouns are what "words of" may express rather than whose words
// they are: "words of appreciation", "words of encouragement".
var sentimentNouns = set(`appreciation encouragement gratitude praise wisdom comfort hope welcome sympathy solidarity caution warning thanks`)

// pointsBack reports whether the sentence names what came before it as
// the quote at v: "That too is a quote from Ramuz" tells whose the
// sentence before is; it says nothing of Ramuz's itself (rules 1, 6).
func pointsBack(toks []token, v int) bool {
	f := firstWord(toks)
	if f < 0 || f >= v || toks[f].lower != "that" && toks[f].lower != "this" {
		return false
	}
	for x := f + 1; x < v; x++ {
		switch toks[x].lower {
		case "too", "also", "is", "was", "a", "an", "the", "again":
		default:
			return false
		}
	}
	return true
}

// quotedNouns are someone's words a speech borrows: "the words of",
// "a quote from".
var quotedNouns = set(`words quote quotes quotation`)

// appositiveName returns, for a title followed by a comma and a name ("the
// first Prime Minister of Fiji, the late Ratu Sir Kamisese Mara", "our
// beloved King, His Majesty Jigme Khesar Namgyel Wangchuck"), the name's
// reference: it says who held the title, which the title alone would
// resolve to today's holder. Otherwise rf itself.
func appositiveName(refs []ref, toks []token, rf *ref) *ref {
	if rf == nil || rf.kind != kTitle || rf.j+1 >= len(toks) || toks[rf.j].text != "," {
		return rf
	}
	if n := nameAfterComma(refs, toks, rf.j); n != nil {
		return n
	}
	return rf
}

// nameAfterComma returns the reference to a name that follows the comma at
// c past an article, "late" or "former" and honorifics ("the late Ratu Sir
// Kamisese Mara", "His Majesty Jigme Khesar Namgyel Wangchuck"), or nil.
func nameAfterComma(refs []ref, toks []token, c int) *ref {
	for k := c + 1; k < len(toks) && k <= c+5 && (toks[k].lower == "the" || pastModifiers[toks[k].lower] || toks[k].cap && !toks[k].poss); k++ {
		for i := range refs {
			if refs[i].i == k && refs[i].kind == kName {
				return &refs[i]
			}
		}
	}
	return nil
}

// saidNouns are the stance nouns that are words someone said: what a
// question relays by naming them ("Pompeo's accusations", "the remarks
// by the Foreign Minister").
var saidNouns = set(`remarks remark comments comment statement statements words accusation accusations allegation
allegations claim claims criticism criticisms assertion assertions warning warnings`)

// unknownNameBefore reports whether the sentence names, before the
// pronoun at k, a person the cast does not know: "captured by Martin
// Luther King Jr. more than half a century ago when he said:", "Elon Musk
// may be right when he says". The pronoun is likelier theirs than a
// speaker's from the paragraphs before (rule 5).
func (d *docState) unknownNameBefore(toks []token, k int) bool {
	for x := 0; x < k; x++ {
		if !toks[x].word || !toks[x].cap || x > 0 && toks[x-1].word && toks[x-1].cap {
			continue
		}
		e := x // "Martin Luther" of "Martin Luther King Jr.": up to a title word
		for e < k && toks[e].word && toks[e].cap && !titleWords[toks[e].lower] && e-x < 4 {
			e++
		}
		if e-x < 2 || titleWords[toks[x].lower] || !plausibleName(toks[x:e], d, false) {
			continue
		}
		key := joinKeys(toks, x, e)
		if d.g.Title(key) == nil && d.g.PersonByKey(key) == nil && !slices.ContainsFunc(d.people, func(p *person) bool { return gazetteer.Key(p.name) == key }) {
			return true
		}
	}
	return false
}

// speechEventAhead reports whether the irregular past at v gives or makes
// an occasion of speech: "Ambassador Cui Tiankai gave an interview to Fox
// News", "Prime Minister Abe has just made a policy speech". Its subject is
// who a next "He said" reports (rules 5, 6), as after "-ed" verbs; "took
// bribes", "began his career" are not.
func speechEventAhead(toks []token, v int) bool {
	if !pastForms[toks[v].lower] {
		return false
	}
	for k := v + 1; k < len(toks) && k <= v+4; k++ {
		w := toks[k].lower
		if speechEventNouns[w] || saidNouns[w] {
			return true
		}
		if !toks[k].word || toks[k].cap || prepositions[w] {
			return false
		}
	}
	return false
}

// wordsOwner reports whether rf is a possessive before words of its own
// ("President Trump's remarks", "Prime Minister Morrison's recent speech",
// "Ambassador Cheng's interview"), or one the sentence opens with as its
// topic ("So on Ambassador Power's trip, ...", "Regarding the Secretary's
// travel, ...").
func wordsOwner(toks []token, rf ref) bool {
	if !rf.poss || rf.j >= len(toks) {
		return false
	}
	if topicOpening(toks, nameStart(toks, rf.i)) {
		return true
	}
	w := toks[stanceHead(toks, rf.j)].lower
	if h := rf.j; !stanceNouns[w] && h < len(toks) && (stanceQualifiers[toks[h].lower] || toks[h].lower == "important") && h+1 < len(toks) {
		w = toks[h+1].lower
	}
	return saidNouns[w] || speechEventNouns[w] || stanceNouns[w] && fromNouns[w]
}

// topicOpening reports whether the words before b open the sentence (past
// a transcript label) as a topic: "On", "So on", "Regarding", "As for",
// "As to", "With regard to", "Well, on".
func topicOpening(toks []token, b int) bool {
	topic := false
	for k := labelEnd(toks); k < b; k++ {
		w := toks[k].lower
		switch {
		case topicWords[w]:
			topic = true
		case !openingFillers[w]:
			return false
		}
	}
	return topic
}

var (
	topicWords     = set(`on regarding concerning about for to regard respect`)
	openingFillers = set(`so well and now , as with first second`)
)

var speechEventNouns = set(`interview interviews speech speeches address lecture testimony article op-ed tweet tweets briefing`)

// countrySubject reports whether a sentence opens with the country of the
// code as (part of) its subject, then a verb: "Pakistan is willing",
// "The Pakistani side supports", "China and France are committed",
// "Japan will properly handle".
func (d *docState) countrySubject(toks []token, code string) bool {
	if code == "" {
		return false
	}
	k := firstWord(toks)
	if k < len(toks) && toks[k].lower == "the" {
		k++
	}
	found := false
	for k < len(toks) && toks[k].cap {
		e := min(len(toks), k+4)
		for ; e > k; e-- {
			if c := d.g.Country(joinText(toks[k:e])); c != nil && c.Code != "" {
				found = found || c.Code == code
				break
			}
		}
		if e == k {
			return false
		}
		k = e
		if k+1 < len(toks) && toks[k].lower == "and" && !toks[k-1].poss {
			k++
			continue
		}
		break
	}
	if !found {
		return false
	}
	if k < len(toks) && (toks[k].lower == "side" || toks[k].lower == "government") {
		k++
	}
	for k < len(toks) && (skippable[toks[k].lower] || auxiliaries[toks[k].lower]) {
		// "The Chinese side always believes", "China has consistently
		// opposed": a standing position of the country the text states,
		// not the words reported before.
		if toks[k].lower == "always" || toks[k].lower == "consistently" {
			return false
		}
		k++
	}
	// "China and Malaysia have signed an MOU": narration (rule 2), the
	// text's own account, not the words reported before; "The UK also
	// announced that": the country's own words, not the minister's going
	// on.
	return k < len(toks) && toks[k].word && !toks[k].cap && !narrationVerbs[toks[k].lower] && !countryDeeds[toks[k].lower] && !countrySays[toks[k].lower]
}

var auxiliaries = set(`have has had will would shall`)

// countrySays are a country's own statement, not a leader's words going on.
var countrySays = set(`said says announced announces stated states declared declares`)

// countryDeeds narrate what countries did together, not what a leader said.
var countryDeeds = set(`signed held concluded established launched`)

// indirectSpeech reports whether a sentence reports words in indirect
// speech ("X said that ...", "X stressed that ..."), not an endorsement
// that the speaker adopts ("As X said, ...", "Like X said", "According to
// X").
func indirectSpeech(toks []token) bool {
	k := firstWord(toks)
	if k < len(toks) && (toks[k].lower == "as" || toks[k].lower == "like" || toks[k].lower == "according") {
		return false
	}
	for x := k + 1; x < len(toks); x++ {
		if toks[x].lower == "that" && !toks[x-1].cap && (speechVerbs[toks[x-1].lower] || toks[x-1].word && x >= 2 && speechVerbs[toks[x-2].lower]) {
			return true
		}
		// "he said China's growth is good", "President Moon said President
		// Xi's visit played": a clause with no "that", opening with a
		// subject.
		if clauseVerbs[toks[x-1].lower] && (toks[x].cap && toks[x].word && !dayWord(toks[x]) || clauseSubjects[toks[x].lower]) {
			return true
		}
	}
	return false
}

// clauseVerbs may take a reported clause with no "that"; clauseSubjects
// open one.
var (
	clauseVerbs    = set(`said says stated noted stressed added believes believed`)
	clauseSubjects = set(`the it he she they there we this`)
)

// labelEnd returns the position after a transcript label that opens the
// sentence ("SECRETARY BLINKEN:", "MR. PRICE:"): words in capitals only,
// then a colon. It is 0 without one.
func labelEnd(toks []token) int {
	for k := 0; k < len(toks) && k < 6; k++ {
		switch {
		case toks[k].text == ":":
			return k + 1
		case toks[k].text == ".":
		case !toks[k].word || !toks[k].upper && len(toks[k].text) > 1:
			return 0
		}
	}
	return 0
}

// firstPersonCompany handles joint speech in the first person of a turn's
// owner (rule 3): "I discussed how we can do this with President al-Sisi
// and Foreign Minister Shoukry" makes both counterparts speak and keeps
// them as the turn's company, so that a later "We also discussed Egypt's
// water needs" or "we agreed" includes them. Meeting and calling with
// someone ("I met with X") is narration: it sets the company only.
//
// At a joint appearance the other principals at the podium are the
// company a turn starts with (podium, turns.go): "We discussed many
// regional issues", "Our discussion today focused on ...", "In our
// discussions, we ..." are theirs too. Not a talk the speaker thanks for
// or looks forward to ("Thank you for our discussion").
func (d *docState) firstPersonCompany(refs []ref, s sentence, para int, owner *person, authored bool) []subj {
	toks := s.toks
	var out []subj
	for v, t := range toks {
		// "During my discussions with President Xi": as "I discussed".
		talk := v > 0 && talkNouns[t.lower] && (toks[v-1].lower == "my" || toks[v-1].lower == "our")
		// "I had a good meeting with Minister Hayashi" as "I met with";
		// "We had a very productive discussion" as "we discussed", but
		// not "had a discussion with X", a talk only told of (rule 2).
		hadTalk, hadMeeting := false, false
		if t.lower == "had" || t.lower == "held" {
			hadTalk, hadMeeting = hadWhat(toks, v)
		}
		if !talkedVerbs[t.lower] && !talk && !hadTalk && !hadMeeting {
			continue
		}
		k := v - 1
		for !talk && k >= 0 && skippable[toks[k].lower] && toks[k].lower != "have" && toks[k].lower != "had" {
			k--
		}
		if k < 0 || !talk && toks[k].lower != "i" && toks[k].lower != "we" {
			continue
		}
		var with []*person
		w := slices.IndexFunc(toks[v+1:min(len(toks), v+9)], func(t token) bool { return t.lower == "with" })
		if w >= 0 {
			for _, rf := range d.objectsOf(refs, toks, v) {
				for _, x := range d.resolveSubject(rf, s, para) {
					if x.p != nil && x.p.shown() && !slices.Contains(with, x.p) {
						with = append(with, x.p)
					}
				}
			}
		}
		company := d.company
		if len(company) == 0 && w < 0 && d.podiumOnly(refs, toks, owner) {
			company = d.others(owner)
		}
		if len(company) == 0 && w < 0 && authored {
			company = d.titleCounterpart(refs, toks, owner)
		}
		// "The Foreign Minister and I discussed": the one named beside
		// the "I" did so too.
		if toks[k].lower == "i" && k >= 2 && toks[k-1].lower == "and" && len(with) == 0 {
			for _, rf := range refs {
				if rf.j != k-1 || rf.kind != kName && rf.kind != kTitle || rf.poss {
					continue
				}
				for _, x := range d.resolveSubject(rf, s, para) {
					if x.p != nil && x.p != owner && x.p.shown() {
						with = append(with, x.p)
					}
				}
			}
		}
		ours := talk && toks[k].lower == "our" && (k == firstWord(toks) || k > 0 && settingWords[toks[k-1].lower])
		met := t.lower == "met" || t.lower == "spoke" || hadMeeting || hadTalk && w >= 0
		if len(with) > 0 {
			d.company = with
			if met {
				continue
			}
			company = with
		} else if toks[k].lower != "we" && !ours || met {
			continue
		}
		for _, p := range company {
			out = append(out, subj{p: p, rule: RuleBothSides, evidence: toks[k].text + " " + t.text, detail: "with whom the speaker says they did so"})
		}
	}
	return out
}

// weDiscussed reports whether a sentence says in the first person what
// was discussed: "We discussed", "Finally, we discussed", "The Foreign
// Minister and I discussed"; not "what we were talking about", "our
// exchange programs", "the terms on which we agreed".
func weDiscussed(toks []token) bool {
	for v, t := range toks {
		if !jointVerbs[t.lower] || !strings.HasSuffix(t.lower, "ed") {
			continue
		}
		k := v - 1
		for k >= 0 && (toks[k].lower == "also" || toks[k].lower == "then") {
			k--
		}
		if k >= 0 && (toks[k].lower == "we" || toks[k].lower == "i") && (k == firstWord(toks) || toks[k].lower == "i" || k > 0 && toks[k-1].text == ",") {
			return true
		}
	}
	return false
}

// titleCounterpart is the one person a speech's title names after "with"
// besides its owner ("Remarks at a Press Availability with Moroccan
// Foreign Minister Nasser Bourita" in Deputy Secretary Sherman's
// remarks), when the sentence names no one else and has no "with": whom
// the owner's "We discussed" includes (rule 3).
func (d *docState) titleCounterpart(refs []ref, toks []token, owner *person) []*person {
	if slices.ContainsFunc(toks, func(t token) bool { return t.lower == "with" }) {
		return nil
	}
	tt := d.title.toks
	w := slices.IndexFunc(tt, func(t token) bool { return t.lower == "with" })
	if w < 0 {
		return nil
	}
	var cp *person
	for _, rf := range d.findRefs(d.title, false) {
		p := d.refPerson(rf)
		if p == nil || p == owner {
			continue
		}
		if rf.i < w || cp != nil && cp != p || !p.shown() {
			return nil
		}
		cp = p
	}
	if cp == nil {
		return nil
	}
	for _, rf := range refs {
		if rf.kind != kName && rf.kind != kTitle {
			continue
		}
		if p := d.refPerson(rf); p != nil && p != owner && p != cp {
			return nil
		}
	}
	return []*person{cp}
}

// hadWhat says what "had" or "held" at v has, looking ahead to "with" or
// the clause's end: a talk ("had a very productive discussion", "had a
// good exchange of views") or a meeting ("had a full group format
// meeting", "held a call").
func hadWhat(toks []token, v int) (talk, meeting bool) {
	for k := v + 1; k < len(toks) && k <= v+8; k++ {
		switch w := toks[k].lower; {
		case talkNouns[w]:
			return true, false
		case w == "meeting" || w == "meetings" || w == "summit" || w == "call" || w == "calls" || w == "session":
			return false, true
		case w == "." || w == ";" || w == "," || w == "with":
			return false, false
		}
	}
	return false, false
}

// settingWords put "our discussions" as the setting of what a sentence
// reports: "In our discussions, we ...", "During our conversation, ...".
var settingWords = set(`in during throughout`)

// reducedRelative reports whether the participle at v follows, with no
// comma between, the name of a body ("the overwhelming vote at the United
// Nations General Assembly condemning Russia's aggression", "a resolution
// of the Security Council calling for"): the participle says what the
// body or its vote did, not what the sentence's subject did. A place
// ("were in the Middle East talking about") leaves it to the subject.
func (d *docState) reducedRelative(toks []token, v int) bool {
	k := v - 1
	if k >= 1 && toks[k].lower == "and" {
		// "condemning Russia's aggression and calling upon it": as the
		// participle it is joined to.
		for p := k - 1; p >= 1 && p >= k-12 && toks[p].word; p-- {
			if strings.HasSuffix(toks[p].lower, "ing") && !toks[p].cap {
				return d.reducedRelative(toks, p)
			}
		}
		return false
	}
	if k < 0 || !toks[k].word || !toks[k].cap {
		return false
	}
	if bodyNouns[toks[k].lower] || assemblyNouns[toks[k].lower] {
		return true
	}
	for b := k; b >= 0 && b >= v-6 && toks[b].word && toks[b].cap; b-- {
		if d.g.Institution(joinText(toks[b:v])) != nil {
			return true
		}
	}
	return false
}

// assemblyNouns end the name of a body that votes or resolves: "the United
// Nations General Assembly", "the European Parliament".
var assemblyNouns = set(`assembly parliament congress senate court conference board organization organisation union`)

// labelFullName returns the person a transcript label's bare surname
// ("MR KURTZ-PHELAN:", "MS YOUTH:") stands for when the document writes
// that surname in full once, with a given name, where no title or verb
// made it a person: "Good afternoon, I’m Dan Kurtz-Phelan." The label is
// what says the word is a person's name. Two different given names for
// the surname give nobody.
func (d *docState) labelFullName(words []token) *person {
	if len(words) != 1 {
		return nil
	}
	key := words[0].key
	// Only a surname nobody else has: where the document or the gazetteer
	// knows someone of that name, resolveSegment has decided.
	if !d.unknownSurname(key) {
		return nil
	}
	var found []token // the full name's words
	for _, ss := range d.paras {
		for _, s := range ss {
			toks := s.toks
			for k := 1; k < len(toks); k++ {
				if toks[k].key != key || !toks[k].cap || toks[k].upper || labelPrefix.MatchString(s.text[toks[k].start:]) {
					continue
				}
				b := k
				for b > 0 && k-b < 3 {
					if k-b < 2 && givenNameWord(toks[b-1]) {
						b--
						continue
					}
					// "Olga de Obaldía": a particle before the surname.
					if b == k && b > 1 && !toks[b-1].cap && connectors[toks[b-1].lower] && givenNameWord(toks[b-2]) {
						b -= 2
						continue
					}
					break
				}
				// A sentence's first word may be any capitalised word:
				// "Thanks Kurtz-Phelan" is no name.
				if b == k || b == 0 && k-b == 1 || !plausibleName(toks[b:k+1], d, false) {
					continue
				}
				seg := toks[b : k+1]
				if found != nil && joinKeys(found, 0, len(found)) != joinKeys(seg, 0, len(seg)) {
					return nil
				}
				found = slices.Clone(seg)
			}
		}
	}
	if found == nil {
		return nil
	}
	if p := d.register(nil, found, nil); p != nil && p.shown() {
		return p
	}
	return nil
}

// givenNameWord reports whether t may be a given name before a surname:
// capitalised, no title, honorific or style ("Honorable"), and no
// contraction ("I’m").
func givenNameWord(t token) bool {
	if !t.word || !t.cap || t.upper || titleWords[t.lower] || honorifics[strings.TrimSuffix(t.lower, ".")] || styleWords[t.lower] ||
		descriptorWords[t.lower] || modifiers[t.lower] || notNames[t.lower] {
		return false
	}
	_, after, ok := strings.Cut(strings.ReplaceAll(t.text, "’", "'"), "'")
	return !ok || after == "" || unicode.IsUpper([]rune(after)[0])
}

// styleWords are styles written before a name: "the Honorable Aiyaz
// Sayed-Khaiyum".
var styleWords = set(`honorable honourable hon right rt`)

// subject kinds of a sentence, for the "They" that opens the next one.
const (
	subjectNamed  = iota // someone named, titled or referred to, or no plural subject found
	subjectPeople        // people it names not: "my staff", "The advocates"
	subjectThings        // things: "the Convention and Protocol"
)

// firstWord is the position of a sentence's first word.
func firstWord(toks []token) int {
	return max(0, slices.IndexFunc(toks, func(t token) bool { return t.word }))
}

// unnamedCompany reports whether the meeting verb at v is with people the
// sentence names not: "met with 16 members of the Texas State Senate",
// "met with a group of CEOs", "hosted leaders of civil rights
// organizations". A plural noun of people follows "with" within a few words.
func unnamedCompany(toks []token, v int) bool {
	w := slices.IndexFunc(toks[v+1:min(len(toks), v+4)], func(t token) bool { return t.lower == "with" })
	if w < 0 {
		return false
	}
	for k := v + 2 + w; k < len(toks) && k <= v+w+7; k++ {
		l := toks[k].lower
		if !toks[k].word || toks[k].cap && k > v+2+w {
			return false
		}
		if companyNouns[l] || peopleNouns[l] || humanNouns[l] || l == "leaders" || l == "members" || l == "ceos" || l == "advocates" || l == "officials" {
			return true
		}
	}
	return false
}

// withSomeone reports whether the meeting verb at v is with someone: "with"
// within a few words and no topic ("met today with", "held a meeting
// with"), then no
// pronoun ("had a detailed conversation with them" is with whoever the
// sentence before named).
func withSomeone(toks []token, v int) bool {
	// "held a closed roundtable discussion on Thursday with": the day
	// counts for nothing.
	days := dayWords(toks, v+1, v+8)
	w := slices.IndexFunc(toks[v+1:min(len(toks), v+6+days)], func(t token) bool { return t.lower == "with" })
	if w < 0 || v+2+w >= len(toks) {
		return false
	}
	// "talked about Uzbekistan's story with the Belt and Road Initiative":
	// a topic before "with" is no meeting's.
	if slices.ContainsFunc(toks[v+1:v+1+w], func(t token) bool {
		return !dayWord(t) && (t.cap || t.lower == "about" || t.lower == "of") || t.lower == "on" && days == 0
	}) {
		return false
	}
	switch toks[v+2+w].lower {
	case "them", "him", "her", "us", "me", "you", "each", "one", "it":
		return false
	}
	return toks[v+2+w].word
}

// countryPair returns the two parties of the document's meeting that a
// sentence opening "The United States and Mexico committed to ..." means:
// two countries joined by "and", then a speech verb or "intend(s) to",
// and among the participants exactly one of each country. It returns
// nothing when the participants are not the two countries' (a meeting
// of Americans, of three countries) and where the verb is not one of
// speech ("The United States and Mexico share a border"). e is the end of
// the span it read.
func (d *docState) countryPair(toks []token) (ps []*person, e int) {
	if len(d.participants) < 2 {
		return nil, 0
	}
	k := 0
	if k < len(toks) && toks[k].lower == "the" {
		k++
	}
	country := func(k int) (string, int) {
		for e := min(len(toks), k+4); e > k; e-- {
			if !toks[e-1].cap {
				continue
			}
			if c := d.g.Country(joinText(toks[k:e])); c != nil {
				return c.Code, e
			}
		}
		return "", k
	}
	c1, k := country(k)
	if c1 == "" || k >= len(toks) || toks[k].lower != "and" {
		return nil, 0
	}
	k++
	if k < len(toks) && toks[k].lower == "the" {
		k++
	}
	c2, k := country(k)
	if c2 == "" || c2 == c1 {
		return nil, 0
	}
	for k < len(toks) && skippable[toks[k].lower] {
		k++
	}
	if k >= len(toks) {
		return nil, 0
	}
	w := toks[k].lower
	intent := (w == "intend" || w == "intends") && k+1 < len(toks) && toks[k+1].lower == "to"
	if !intent && (!speechVerbs[w] || !d.isSpeech(toks, k)) {
		return nil, 0
	}
	for _, c := range []string{c1, c2} {
		p := onlyOf(d.participants, c)
		if p == nil {
			return nil, 0
		}
		ps = append(ps, p)
	}
	return ps, k + 1
}

// regionGroupNouns head a subject of countries or their leaders: "the
// Nordic countries", "U.S. and Nordic leaders".
var regionGroupNouns = set(`countries leaders nations partners governments`)

// countryGroup reads a subject of countries and regions joined by "and"
// that opens the sentence (after an opening phrase) before a speech verb,
// in a readout of a meeting of their leaders: "U.S. and Nordic leaders
// discussed", "The United States and Nordic leaders welcomed", "On
// security, the Nordic countries and the United States reiterated", "The
// Quad leaders discussed" (rule 3). A country is its one party in
// the room; a region or group the text names by a word that is no
// country ("Nordic", "Quad") with "countries", "leaders", "nations",
// "partners" or "governments" after it is the room's parties of every
// other country (alone, the whole room), all of whose countries must be
// known. It returns the people, two or more, with where the subject
// begins and where its verb ends.
func (d *docState) countryGroup(toks []token) (ps []*person, b, e int) {
	if len(d.participants) < 2 || len(d.signatories) > 0 || len(d.jointBodies) > 0 {
		return nil, 0, 0
	}
	for _, p := range d.participants {
		if p.country == "" {
			return nil, 0, 0
		}
	}
	b = firstWord(toks)
	if o := openingPhrase(toks); o > 0 {
		b = o
	}
	k := b
	var codes []string
	regions, noun := 0, false
	for {
		for k < len(toks) && toks[k].lower == "the" {
			k++
		}
		if k >= len(toks) || !toks[k].word || !toks[k].cap && !toks[k].upper {
			return nil, 0, 0
		}
		c, end := "", k
		for x := min(len(toks), k+4); x > k; x-- {
			if toks[x-1].cap || toks[x-1].upper {
				if cc := d.g.Country(joinText(toks[k:x])); cc != nil {
					c, end = cc.Code, x
					break
				}
			}
		}
		switch {
		case c != "":
			codes = append(codes, c)
		case !isVocab(toks[k]) && !titleWords[toks[k].lower] && !toks[k].poss:
			regions++
			end = k + 1
		default:
			return nil, 0, 0
		}
		k = end
		if k < len(toks) && regionGroupNouns[toks[k].lower] {
			noun = true
			k++
		}
		if k < len(toks) && (toks[k].lower == "and" || toks[k].text == ",") {
			k++
			if k < len(toks) && toks[k].lower == "and" {
				k++ // ", and"
			}
			continue
		}
		break
	}
	// A region only with its noun; two or more countries, or one region.
	if regions > 1 || regions == 1 && !noun || regions == 0 && len(codes) < 2 {
		return nil, 0, 0
	}
	for k < len(toks) && skippable[toks[k].lower] {
		k++
	}
	if k >= len(toks) || !speechVerbs[toks[k].lower] || !d.isSpeech(toks, k) {
		return nil, 0, 0
	}
	for _, c := range codes {
		p := onlyOf(d.participants, c)
		if p == nil {
			return nil, 0, 0
		}
		ps = append(ps, p)
	}
	if regions == 1 {
		// The region's parties: the room's others, of countries the
		// subject does not name; alone, the whole room, whose countries
		// the rules do not know to be in it or not ("The Quad leaders
		// discussed" of Biden's call with the three others).
		var others []*person
		for _, p := range d.participants {
			if !slices.Contains(codes, p.country) && p.shown() && !p.officeWord() {
				others = append(others, p)
			}
		}
		if len(others) < 2 {
			return nil, 0, 0
		}
		ps = append(ps, others...)
	}
	// In the room's order.
	slices.SortStableFunc(ps, func(a, c *person) int { return slices.Index(d.participants, a) - slices.Index(d.participants, c) })
	return ps, b, k + 1
}

// askedWhether reports whether a verb's subject opens a clause of "if" or
// "whether" ("if President Biden discussed", "whether the Secretary has
// raised"): in a question, what is asked about, not what was said.
func askedWhether(toks []token, subjects []ref) bool {
	if len(subjects) == 0 {
		return false
	}
	k := subjects[0].i - 1
	for k >= 0 && (toks[k].lower == "the" || titleWords[toks[k].lower] || descriptorWords[toks[k].lower] && toks[k].cap) {
		k-- // "if President Biden", "whether the Secretary of State"
	}
	return k >= 0 && (toks[k].lower == "if" || toks[k].lower == "whether")
}

// prepositionBetween reports whether a preposition stands in toks[i:j].
// So does a clause of another subject: "Blinken and the Crown Prince will
// be signing the agreement, which we're calling ...".
func prepositionBetween(toks []token, i, j int) bool {
	return slices.ContainsFunc(toks[i:j], func(t token) bool { return prepositions[t.lower] || otherSubject[t.lower] })
}

// otherSubject open a clause of a subject of their own.
var otherSubject = set(`which who whom that we i you they he she it`)

// focusVerbs say what a talk was about: "centered on", "focused on".
var focusVerbs = set(`centered centred focused concentrated covered`)

// talkSubject returns where the verb is when the sentence opens at k with
// "Their" or "The" and a talk noun, then (after "also") a verb of
// focusVerbs: "Their conversations centered on momentum toward a final
// deal", "The discussion also covered ...". Otherwise 0.
func talkSubject(toks []token, k int) int {
	if k+2 >= len(toks) || toks[k].lower != "their" && toks[k].lower != "the" || !talkNouns[toks[k+1].lower] || toks[k+1].poss {
		return 0
	}
	v := k + 2
	for v < len(toks) && skippable[toks[v].lower] {
		v++
	}
	if v >= len(toks) {
		return 0
	}
	if w := toks[v].lower; !focusVerbs[w] && !talkStanceVerbs[w] {
		return 0
	}
	return v
}

// talkStanceVerbs state, of a talk, a stance its parties took together:
// "The discussion also emphasized the importance of preserving peace and
// stability", "The dialogue highlighted the importance both countries
// attach to bilateral cooperation".
var talkStanceVerbs = set(`highlighted emphasized emphasised underscored stressed reaffirmed reiterated`)

// firstPersonOutsideQuotes reports whether "I" (or "I’m", "I’ve" ...) or "we" stands
// in the sentence outside quotation marks.
func firstPersonOutsideQuotes(toks []token) bool {
	quoted := 0
	for _, t := range toks {
		if quoteMark(t.text) {
			quoted++
			continue
		}
		if quoted%2 == 0 && t.word && (t.text == "I" || t.text == "We" || t.text == "we" || strings.HasPrefix(t.text, "I’") || strings.HasPrefix(t.text, "I'")) {
			return true
		}
	}
	return false
}

// demonstratives adds a reference for "this Australian official", "this US
// politician": a demonstrative, a country and a noun of a person point back
// to the last person of that country the turn (or the question it answers)
// named (rule 5), as a pronoun would, and say whose country they are.
// Nobody when the turn named none of that country.
func (d *docState) demonstratives(toks []token, refs []ref) []ref {
	added := false
	for i := 0; i+2 < len(toks); i++ {
		if toks[i].lower != "this" || slices.ContainsFunc(refs, func(r ref) bool { return r.i <= i+1 && i+1 < r.j && r.kind != kInst }) {
			continue
		}
		c := d.countryOf(toks[i+1])
		if c == nil || c.Code == "" {
			continue
		}
		j := i + 2
		if j+1 < len(toks) && toks[j].word && !toks[j].cap && personNouns[toks[j+1].lower] {
			j++ // "this US senior official"
		}
		if !personNouns[toks[j].lower] || toks[j].cap {
			continue
		}
		for _, p := range slices.Backward(d.named) {
			if p.country == c.Code && p.shown() {
				refs = append(refs, ref{kind: kName, i: i, j: j + 1, p: p, rule: "demonstrative", detail: "the last person of " + c.Name + " named", poss: toks[j].poss})
				added = true
				break
			}
		}
	}
	if added {
		// findRefs gave them in order: only an added one needs placing.
		slices.SortFunc(refs, func(a, b ref) int { return a.i - b.i })
	}
	return refs
}

// floorWords are the acts of taking the floor: addressing an assembly,
// speaking or standing before it, delivering a statement, taking part in
// its session. Not "represent": "on behalf of X, whom I have the honour to
// represent here, ... I offer her my warmest congratulations" sends X's.
var floorWords = set(`address addressing speak speaking floor participate participating stand standing deliver delivering`)

// speaksOnBehalf reports whether what the speaker does "on behalf of"
// someone (toks[b] is "behalf") is taking the floor: "It is my distinct
// honour to address the General Assembly ... on behalf of His Excellency
// Mr. X", "On behalf of His Excellency X, I stand before the General
// Assembly", "I am pleased to deliver this statement on behalf of ...".
// The words around "on behalf of" are read, up to a few words past the
// name and its apposition; what X is said to send ("convey the warm
// greetings of", "extend our congratulations") has no floor word.
func speaksOnBehalf(toks []token, b int) bool {
	floor := func(k int) bool {
		w := toks[k].lower
		return floorWords[w] && (k == 0 || !toks[k].cap) || w == "part" && k > 0 && (toks[k-1].lower == "take" || toks[k-1].lower == "taking")
	}
	for k := b - 1; k >= 0 && k >= b-20 && toks[k].lower != ";"; k-- {
		if floor(k) {
			return true
		}
	}
	for k := b + 1; k < len(toks) && k <= b+22 && toks[k].lower != ";"; k++ {
		if floor(k) {
			return true
		}
	}
	return false
}

// dayWord reports whether t dates an event: "today", "Thursday", the "on"
// before a day's name.
func dayWord(t token) bool {
	return callTimes[t.lower] && t.lower != "last" && t.lower != "this" && t.lower != "next"
}

// dayWords counts the words of toks[from:to] that date an event: "on
// Thursday", "today".
func dayWords(toks []token, from, to int) int {
	n := 0
	for k := from; k < min(len(toks), to); k++ {
		if dayWord(toks[k]) && (toks[k].lower != "on" || k+1 < len(toks) && dayWord(toks[k+1]) && toks[k+1].lower != "on") {
			n++
		}
	}
	return n
}

// callTimes are the words that date a call: "the President's call on
// Thursday", "his call yesterday with key allies".
var callTimes = set(`yesterday today tonight last this next on monday tuesday wednesday thursday friday saturday sunday`)

// phoneCall reports whether the "call" at h is a call held with someone
// (narration, rule 2) rather than a call for something (a stance, rule 6):
// "previewing President Biden's call with President Putin", "the readout of
// his call with President Xi Jinping", "from the President's call on
// Thursday", "a phone call". A call "on" someone to act ("the
// Secretary-General's call on all actors to refrain") stays a stance: "on"
// dates a call only before a day's name.
func phoneCall(toks []token, h int) bool {
	if h >= len(toks) || toks[h].lower != "call" && toks[h].lower != "calls" {
		return false
	}
	if h > 0 && (toks[h-1].lower == "phone" || toks[h-1].lower == "telephone" || toks[h-1].lower == "video") {
		return true
	}
	if h+1 >= len(toks) {
		return false
	}
	switch w := toks[h+1].lower; {
	case w == "with":
		return true
	case w == "on":
		return h+2 < len(toks) && callTimes[toks[h+2].lower] && toks[h+2].lower != "on" && toks[h+2].lower != "this"
	case w == "this" || w == "last" || w == "next":
		return h+2 < len(toks) && dayParts[toks[h+2].lower]
	}
	return callTimes[toks[h+1].lower]
}

// dayParts follow "this", "last" or "next" in a time: "his call this morning".
var dayParts = set(`morning afternoon evening week month weekend`)

// stageDirection reports whether a sentence is a transcript's note in
// parentheses and nothing else: "(Laughter.)", "(Applause.)", "(The
// briefing was concluded at 2:20 p.m.)". Not "(Inaudible) if I may", whose
// words go on after it, nor an aside in the first person or a quotation
// ("(I said so then.)"): those are the speaker's.
func stageDirection(toks []token) bool {
	if len(toks) < 3 || toks[0].text != "(" {
		return false
	}
	end := len(toks) - 1
	if toks[end].text == "." {
		end--
	}
	if toks[end].text != ")" {
		return false
	}
	for _, t := range toks[1:end] {
		if t.text == "(" || t.text == ")" || quoteMark(t.text) || firstPersonWords[t.lower] {
			return false
		}
	}
	return true
}

// firstPersonWords say that the speaker speaks of themselves.
var firstPersonWords = set(`i me my mine we us our ours`)

// clockLine is a transcript's time stamp, alone in its sentence: "6:01
// P.M. EDT", "10:35 A.M. EST", "END 4:46 P.M.".
var clockLine = regexp.MustCompile(`^(?:END\s+)?\d{1,2}:\d{2}\s*[AaPp]\.?\s?[Mm]\.?(?:\s+[A-Z]{2,4}\.?)?$`)

// devotedSelves reports whether the verb after a subject ending at k gives
// the subject to a task ("the two heads of state have committed themselves
// to and injected strong vitality into ..."): a deed, not a position.
func devotedSelves(toks []token, k int) bool {
	for k < len(toks) && (skippable[toks[k].lower] || toks[k].lower == "has" || toks[k].lower == "have") {
		k++
	}
	return k+1 < len(toks) && (toks[k].lower == "committed" || toks[k].lower == "devoted" || toks[k].lower == "dedicated") && toks[k+1].lower == "themselves"
}

// pastDashAside returns where the words after an aside set off by dashes
// resume, the aside opening with the dash at e ("The Court – which plays a
// vital role ... – stressed"), or -1 when no dash closes it within 30
// words and before a full stop.
func pastDashAside(toks []token, e int) int {
	c := e + 1
	for c < len(toks) && c <= e+30 && !dashWord(toks[c].text) && toks[c].text != "." {
		c++
	}
	if c >= len(toks) || !dashWord(toks[c].text) {
		return -1
	}
	return c + 1
}

// dashWord reports whether w is a dash that sets off an aside: "–", "—",
// or "--".
func dashWord(w string) bool {
	return w == "–" || w == "—" || w == "--"
}
