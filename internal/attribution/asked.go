package attribution

import (
	"slices"
	"strings"
	"unicode"

	"github.com/readouts/readouts/internal/readout"
)

// A reporter's question often quotes the official it asks: "You said that
// you didn't think there was ever an issue, but ...", "Yesterday you
// mentioned the talks would resume". The question relays that official's
// words (rule 6), whoever answers the turns of the day (rule 7): the
// spokesperson of an "A:" transcript, or the owner of the last labelled
// answer ("MR PRICE:", "SECRETARY BLINKEN:").

// youSaidVerbs are the verbs by which a question reports what the official
// said; not "talked", "spoke" or "called", which a reporter also uses
// for what the official did ("you talked with the minister"). The present
// forms quote the official as much as the past: "And when you say that
// there is great bipartisan agreement ...", "you keep saying there will
// come a time", "So you’re saying that ...".
var youSaidVerbs = set(`said mentioned stated noted told stressed indicated described characterized announced say saying
alluded referenced referred outlined suggested acknowledged emphasized highlighted underscored warned promised
suggest suggesting`)

// youSaidPhrases are verbs that quote the official only with their
// particle: "you pointed out", "you laid out", "when you talk about the
// decentralizing production capacity", "you spoke about"; not "you talked
// with the minister", "you spoke to him" (what the official did).
// With nothing said after the particle ("Which department is the
// competent authority you talked about?", "some of what you talked about
// today") the words are a thing the question asks about, not quoted.
var youSaidPhrases = map[string]string{
	"pointed": "out", "laid": "out", "talk": "about", "talked": "about", "talking": "about", "spoke": "about", "speak": "about", "speaking": "about",
}

// gapWords after a verb's particle say when, not what: "you talked about
// earlier".
var gapWords = set(`today yesterday earlier before here there now`)

// gapAt reports whether the words from k end the sentence with nothing
// said: its closing mark, or a word of when before it ("you're talking
// about today?"). A comma or a dash goes on to what was said: "as you
// pointed out, is probably their last meeting".
func gapAt(toks []token, k int) bool {
	for ; k < len(toks); k++ {
		switch t := toks[k]; {
		case t.text == "?" || t.text == "." || t.text == "!":
			return true
		case !t.word || !gapWords[t.lower]:
			return false
		}
	}
	return true
}

// youSaidFillers may stand between "you" and the verb: "you just said",
// "you have also mentioned", "you’ve been saying", "you keep saying".
var youSaidFillers = set(`also just have had already previously earlier recently yourself yesterday today
are been keep now still again basically essentially`)

// seemWords stand before the verb with their "to": "You seem to suggest
// that the person who died was an Afghan national", "you seemed to say".
var seemWords = set(`seem seemed seems`)

// talkedWhere are the words that open where the official talked or
// spoke, between the verb and its "about": "You just talked in the press
// conference about diplomacy", "you spoke at the top about"; not "with"
// or "to" (whom the official talked to: what they did).
var talkedWhere = set(`in at during on earlier today yesterday`)

// youParticleAt returns where the particle part stands after the verb at
// v: right after it, or (for every verb whose particle is "about": talk,
// talked, speak, spoke …) after a short phrase of where or when the
// official talked, with no other particle, verb or clause mark in
// between. -1 if nowhere.
func youParticleAt(toks []token, v int, part string) int {
	if v+1 < len(toks) && toks[v+1].lower == part {
		return v + 1
	}
	if part != "about" || v+1 >= len(toks) || !talkedWhere[toks[v+1].lower] {
		return -1
	}
	for j := v + 2; j < len(toks) && j <= v+5; j++ {
		switch t := toks[j]; {
		case t.lower == part:
			return j
		case !t.word || t.lower == "with" || t.lower == "to" || t.lower == "that":
			return -1
		}
	}
	return -1
}

// askingWords before "you" make the question ask for words rather than
// quote them: "Can you say whether ...", "Are you saying that ...?",
// "What would you say to ...", "Did you say ...", "listening to you say",
// "Have you talked about ...?"; or doubt that they were said: "I don't
// know if you talked about it at the top".
var askingWords = set(`can could would will do did does should might may must are were is how why to let make hear heard
have has had if whether`)

// youSaid returns where "you said" (or "as you just mentioned", "you’ve
// said", "when you say") stands in a sentence, or -1.
func youSaid(toks []token) int {
	for k, t := range toks {
		if t.lower != "you" && t.lower != "you’ve" && t.lower != "you've" && t.lower != "you’re" && t.lower != "you're" {
			continue
		}
		if k > 0 && askingWords[toks[k-1].lower] {
			continue
		}
		for v := k + 1; v < len(toks) && v <= k+3; v++ {
			if youSaidVerbs[toks[v].lower] {
				return k
			}
			if part := youSaidPhrases[toks[v].lower]; part != "" {
				if j := youParticleAt(toks, v, part); j >= 0 && !gapAt(toks, j+1) {
					return k
				}
			}
			if seemWords[toks[v].lower] && v+1 < len(toks) && toks[v+1].lower == "to" {
				v++
				continue
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
	// At a joint press availability a follow-up's "what you’re saying"
	// may quote the principal who answered before the question, not the
	// one who answers it: with two principals on either side, whom "you"
	// means is not known.
	if prev := d.answeredBefore(pi); prev != nil && prev != p && slices.Contains(d.titlePeople(), prev) {
		return nil
	}
	return p
}

// answeredBefore returns the owner of the turn before the question that
// paragraph pi belongs to, or nil.
func (d *docState) answeredBefore(pi int) *person {
	k := min(pi, len(d.modes)-1)
	for k >= 0 && (d.modes[k].question || d.modes[k].moderator) {
		k--
	}
	if k < 0 {
		return nil
	}
	return d.modes[k].owner
}

// maxAnswerGap is how many paragraphs after a question its answer may
// start (a question may run over several).
const maxAnswerGap = 4

// An answer often takes up the words the question reported without naming
// whose they were: "Q: CEO X said at the congress that ... What is your
// comment? A: Such remarks are groundless", "We have noted the relevant
// remarks". Those words are still that person's (rule 6): the answer
// reports them as the question did. A pronoun never reaches across a turn
// (rule 7), but these words point at the question, which the answer
// answers.

// takenUpWords are the determiners by which an answer points at words the
// question reported: "these remarks", "such accusations", "the relevant
// statement".
// Not "this" or "that", which as often mean a text the answer itself
// brings up ("the text of this statement itself").
var takenUpWords = set(`these those such relevant`)

// takenUp returns where an answer's sentence speaks of words the question
// reported, without saying whose ("Such remarks are totally nonsense",
// "We have noted the relevant remarks"), or -1. Not where it names whose
// they are ("the relevant remarks made by the US side", "his remarks"),
// nor where the spokesperson has not seen them ("I haven't seen those
// remarks"), thanks someone for them ("Thanks, Peter, for those
// comments"), or says someone made or issued them ("the Chinese side
// issued relevant statement", "the US has made such remarks": whose they
// are is that subject's, or a kind of words, not the question's).
func takenUp(toks []token) int {
	for v, t := range toks {
		if !saidNouns[t.lower] || v == 0 || !takenUpWords[toks[v-1].lower] || unheard(toks, v-1) || unseenIn(toks) {
			continue
		}
		if k := v - 2; k >= 0 && (toks[k].lower == "for" || madeWords[toks[k].lower]) {
			continue
		}
		if n := v + 1; n < len(toks) && (holderWords[toks[n].lower] || n+1 < len(toks) && toks[n].lower == "made" && holderWords[toks[n+1].lower]) {
			continue
		}
		return v - 1
	}
	return -1
}

// madeWords make, issue or air words: their subject's.
var madeWords = set(`made make makes making issued issue issues released release aired air airs repeated`)

// holderWords after a noun of words introduce whose they are.
var holderWords = set(`by of from`)

// A reporter's question often names someone as no subject of speech and
// then relays their words by a pronoun: "statements that were made by
// Ambassador Nides. He said that ...", "the comments that President
// Obrador made ... and he said that he was going to bring it up", "Haqqani's
// recent interview in CNN, and he said ...". The pronoun is that person
// (rules 5, 6) when the question, within its turn, has named one person it
// may mean: in its sentence before the pronoun, else in its last few
// sentences since the last that may name someone in words no reference
// reads (askedUnknown). Two who fit is nobody, and so is a sentence that
// asks ("Did he raise it?"), which relays nothing (rule 7).
func (d *docState) askedAntecedent(rf ref, s sentence) *person {
	if !d.asking() || asks(s.text) {
		return nil
	}
	want := pronounGender(s.toks[rf.i].lower)
	one := func(ps []*person) (*person, bool) {
		var fit *person
		for _, p := range ps {
			if !fitsPronoun(p, want) || p == fit {
				continue
			}
			if fit != nil {
				return nil, true // two who fit
			}
			fit = p
		}
		if fit != nil && !fit.shown() {
			return nil, true // "Ambassador Haas": someone, not shown
		}
		return fit, fit != nil
	}
	var before []*person
	for x := range refsNamedBefore(d.curRefs, rf.i) {
		if p := d.refPerson(x); p != nil {
			before = append(before, p)
		}
	}
	if d.otherSourceBefore(s.toks, rf.i, false) {
		return nil // "the U.S. Ambassador to Bangladesh Peter Haas spoke ..., and he said"
	}
	if p, found := one(before); found {
		return p
	}
	if d.otherSourceBefore(s.toks, rf.i, true) {
		return nil
	}
	var earlier []*person
	for _, n := range d.askedNamed {
		if d.sentN-n.sent <= turnReach && n.sent >= d.askedUnknown {
			earlier = append(earlier, n.p)
		}
	}
	p, _ := one(earlier)
	return p
}

// asks reports whether a sentence ends in a question mark, before closing
// quotes: "Did he raise it?", "Has he said that?" relay no one's words.
func asks(text string) bool {
	return strings.HasSuffix(strings.TrimRight(text, " ”\"'"), "?")
}

// otherSourceBefore reports whether a question's sentence, before the
// pronoun at k, may name whom it means in words no reference reads: a
// capitalised word no reference covers ("a conversation with Juan
// Gonzalez last week, and he said"), an office in lower case ("the
// British ambassador to Iran ... in a tweet he says"), or, with verbs, a
// speech verb whose subject was not found ("(inaudible) has said recently
// ..., and he said").
func (d *docState) otherSourceBefore(toks []token, k int, verbs bool) bool {
	for x := 0; x < k; x++ {
		t := toks[x]
		if !t.word {
			continue
		}
		covered := slices.ContainsFunc(d.curRefs, func(r ref) bool { return r.i <= x && x < r.j })
		if verbs && speechVerbs[t.lower] && !t.cap || titleWords[t.lower] && !t.cap && !covered {
			return true
		}
		// "Prime Minister Imran Khan": the title before a name is no
		// name of its own.
		if !t.cap || x == firstWord(toks) || titleWords[t.lower] || honorifics[strings.TrimSuffix(t.lower, ".")] || t.lower == "i" || strings.HasPrefix(t.lower, "i’") || strings.HasPrefix(t.lower, "i'") || d.countryOf(t) != nil {
			continue
		}
		if !covered && !placeObject(toks, x) {
			return true
		}
	}
	return false
}

// placeObject reports whether the capitalised word at x is in the object
// of a preposition of place or topic, which names where or what, not who
// a later "he" may be: "On issues relating to Xinjiang, he said", "in
// Hong Kong", "about the South China Sea"; not "a conversation with Juan
// Gonzalez last week, and he said".
func placeObject(toks []token, x int) bool {
	b := x
	for b > 0 && toks[b-1].word && (toks[b-1].cap || toks[b-1].lower == "the") {
		b--
	}
	if b == 0 {
		return false
	}
	w := toks[b-1].lower
	return placePrepositions[w] || w == "to" && b >= 2 && topicLeads[toks[b-2].lower]
}

var (
	placePrepositions = set(`in on at about regarding concerning into across near within toward towards throughout over`)
	// topicLeads stand before a "to" of topic: "relating to", "with
	// regard to", "with respect to".
	topicLeads = set(`relating related regard respect`)
)

// relayVerbs are the verbs by which a reporter's question retells what
// someone said in words of its own: "Secretary Pompeo once again attacked
// China's political system in a speech", "Prime Minister Morrison has
// implied that the attack could come from China", "Lavrov today even
// repeated the same statement", "President Trump threatened to slap a
// tariff". The question relays that person's words (rules 6, 7). Only in
// a question that states something: elsewhere "attacked" and "repeated"
// are as often deeds ("the militants attacked a convoy", "repeated the
// mistake"). Past forms and the present forms that are no nouns: not
// "attacking the embassy" (a deed a participle names) nor "Two questions."
var relayVerbs = set(`attacked implied implies refuted refutes repeated threatened threatens
alleged alleges labeled labelled lambasted slammed blasted questioned complained complains
disclosed discloses revealed hinted extolled extols touted boasted rebuked chided berated castigated`)

// labelledStart returns where a sentence's words start after the transcript
// label that opens it ("Q:", "QUESTION:", "Q" in a White House transcript,
// "Shenzhen TV:" or "Zhao Lijian:" in a press conference labelled in
// ordinary case), or 0. The label is no part of the name the turn then
// opens with: "Q: Klaus Schwab, Executive Chairman of the World Economic
// Forum, announced ..." introduces a person outside the gazetteer as
// "Klaus Schwab, Executive Chairman ..." does in prose (appositiveNames;
// rules 6, 11).
func labelledStart(s sentence) int {
	toks := s.toks
	if k := labelEnd(toks); k > 0 {
		return k
	}
	if bareQuestion.MatchString(s.text) && len(toks) > 0 && toks[0].text == "Q" {
		return 1
	}
	if mixedLabel.MatchString(s.text) {
		for k := 0; k < len(toks) && k < 8; k++ {
			if toks[k].text == ":" {
				return k + 1
			}
		}
	}
	return 0
}

// askedJustBefore reports whether the reporter's question named each of ps
// in the sentence before the current one.
func (d *docState) askedJustBefore(ps []*person) bool {
	for _, p := range ps {
		if !slices.ContainsFunc(d.askedNamed, func(n turnName) bool { return n.p == p && n.sent == d.sentN-1 }) {
			return false
		}
	}
	return len(ps) > 0
}

// askedGoesOn returns whose words a reporter's question goes on relaying
// in a sentence of its own (rule 6): "Shenzhen TV: UK Foreign Secretary
// Dominic Raab said that Hong Kong has experienced its greatest period of
// turmoil since last June. The solution to this unrest ... must come from
// Hong Kong, and cannot be imposed from mainland China. ... What is your
// comment?". The sentences between one that reports someone's view in
// indirect speech and the one that asks are, in such a question, that
// view: a sentence that states something with no speaker, speech verb,
// person, first- or second-person word, or pointing-back or reporter's
// opening of its own ("That report has attracted some attention", "We
// noted that", "Analysts say", "Therefore, it is speculated") goes on
// with it. A fact announced ("Trump announced that the head of the
// Islamic State has been killed") is no view the next sentences go on
// with. It also records, for the next sentence, whose view this one
// reports.
func (d *docState) askedGoesOn(s sentence, para int, m mode, speakers []subj) (subj, bool) {
	prev, prevPara := d.askedReport, d.askedReportPara
	d.askedReport = nil
	if !m.question {
		return subj{}, false
	}
	toks := s.toks
	if slices.ContainsFunc(speakers, func(x subj) bool { return x.p != nil || x.inst != "" }) {
		// One person's view: "Ghani and Abdullah have agreed to ...
		// The two sides will sign" goes on with neither alone.
		var who []*person
		for _, x := range speakers {
			if x.focus && x.p != nil && x.p.shown() && !x.addressed && (x.rule == RuleVerb || x.rule == RuleTitle || x.rule == RulePronoun) && !slices.Contains(who, x.p) {
				who = append(who, x.p)
			}
		}
		if len(who) == 1 && !asks(s.text) && reportsView(toks) {
			d.askedReport, d.askedReportPara = who[0], para
		}
		return subj{}, false
	}
	if prev == nil || prevPara != para || asks(s.text) || d.hasSpeechVerb(s) || !strings.HasSuffix(strings.TrimRight(s.text, " ”\"'"), ".") {
		return subj{}, false
	}
	k := firstWord(toks)
	for x, n := k, 0; x < len(toks) && n < 3; x++ {
		if toks[x].word {
			if goesOnBlockers[toks[x].lower] {
				return subj{}, false
			}
			n++
		}
	}
	for _, t := range toks {
		if !t.word {
			continue
		}
		w, _, _ := strings.Cut(strings.ReplaceAll(t.lower, "’", "'"), "'")
		if askerWords[w] || opinionVerbs[w] {
			return subj{}, false
		}
	}
	for _, rf := range d.curRefs {
		if (rf.kind == kName || rf.kind == kTitle) && d.refPerson(rf) != nil {
			return subj{}, false
		}
	}
	if ownTime(toks) {
		return subj{}, false
	}
	d.askedReport, d.askedReportPara = prev, para
	return subj{p: prev, rule: RuleRelayed, evidence: span(s.text, toks, k, min(len(toks), k+3)), detail: "the view the question reported in the sentence before goes on (rule 6)"}, true
}

// goesOnBlockers, among a sentence's first three words, point back at
// what was reported or open a subject of its own ("That report has
// attracted some attention", "It also claimed", "They insisted", "And
// clearly, that hasn’t happened"), or are the reporter going on in their
// own voice ("Therefore, ...", "Besides, some Canadian media believe",
// "Meanwhile, ...", "Yesterday, ...").
var goesOnBlockers = set(`that this these those it its they their them he she his her such so meanwhile yesterday today
earlier previously recently lately later but also while given`)

// askerWords are the reporter's own voice: "We noted that", "I wonder",
// "So you’re not really trying to stop it".
var askerWords = set(`i me my we us our you your yours`)

// opinionVerbs say whose view a sentence reports when speechVerbs, which
// leave out base forms, do not: "Analysts say", "it is speculated".
var opinionVerbs = set(`say believe think speculate speculated speculates reckon reckons argue consider reported reports
according report projection projected survey study analysts experts`)

// factVerbs report a fact, not a view the next sentences go on with:
// "President Trump announced that the head of the Islamic State has been
// killed".
var factVerbs = set(`announced announces announcing confirmed confirms confirming informed informs briefed briefs
revealed reveals disclosed discloses reported reports`)

// reportsView reports whether a sentence reports a view in indirect
// speech: a speech verb, not a fact's (factVerbs), and its clause, with a
// "that" right after it or after a short phrase of where or when ("said
// while visiting India that", "said in a televised address on June 10
// that"), or opening with a subject ("said China's growth is good").
func reportsView(toks []token) bool {
	for v, t := range toks {
		if v == 0 || !t.word || t.cap || !speechVerbs[t.lower] || factVerbs[t.lower] {
			continue
		}
		if v+1 < len(toks) && clauseVerbs[t.lower] && (toks[v+1].cap && toks[v+1].word && !dayWord(toks[v+1]) || clauseSubjects[toks[v+1].lower]) {
			return true
		}
		for k := v + 1; k < len(toks) && k <= v+9; k++ {
			if !toks[k].word {
				break
			}
			if toks[k].lower == "that" {
				return true
			}
		}
	}
	return false
}

// ownTime reports whether a sentence of a question moves to a time of the
// reporter's own, which the view reported before did not speak of:
// "Situation in Yemen has recently been escalated", "Last Saturday the
// Houthis fired missiles", "Right now, the best estimates are", "And
// then there was a great deal of hope", "back in 2019".
func ownTime(toks []token) bool {
	for x, t := range toks {
		switch {
		case !t.word:
		case timeShiftWords[t.lower]:
			return true
		case (t.lower == "last" || t.lower == "next") && x+1 < len(toks) && (askedTimeNouns[toks[x+1].lower] || dayWord(toks[x+1])):
			return true
		case t.lower == "back" && x+1 < len(toks) && toks[x+1].lower == "in":
			return true
		}
	}
	return false
}

var (
	timeShiftWords = set(`recently ago now then yesterday today tomorrow currently lately earlier later previously meanwhile`)
	askedTimeNouns = set(`week weekend month year night time decade century`)
)

// framedRemarks makes a mention, in a reporter's question, of the person
// whose remarks a sentence only names when another sentence of the
// question reports what they said: "Q: I just want to ask a follow-up
// question on Secretary Pompeo's remarks about Huawei. He said that ...",
// "President Putin announced that ... How do you comment on the statement
// of the Russian President?". The words are relayed where they are
// reported (rule 6); the sentence that frames or asks about them relays
// nothing of theirs (rule 7).
func framedRemarks(res []SentenceResult) {
	reported := map[string]bool{}
	for _, r := range res {
		for _, w := range r.Why {
			if w.Role == readout.RoleSpeaker && (w.Rule == RuleVerb || w.Rule == RulePronoun || w.Rule == RuleTitle) {
				reported[w.Name] = true
			}
		}
	}
	for k := range res {
		r := &res[k]
		for i, w := range r.Why {
			if w.Role != readout.RoleSpeaker || w.Rule != RuleRelayed || !reported[w.Name] || !remarksEvidence(w.Evidence) {
				continue
			}
			mine := false
			for _, v := range r.Why {
				if v.Name == w.Name && v.Role == readout.RoleSpeaker && v.Rule != RuleRelayed {
					mine = true
				}
			}
			if mine {
				continue
			}
			r.Speakers = slices.DeleteFunc(r.Speakers, func(n string) bool { return n == w.Name })
			r.Why[i] = readout.Reason{Name: w.Name, Role: readout.RoleMention, Rule: RuleMention, Evidence: w.Evidence,
				Detail: "whose remarks the question names, reported in another of its sentences (rule 7)"}
			if !slices.Contains(r.Mentions, w.Name) {
				r.Mentions = append(r.Mentions, w.Name)
			}
		}
	}
}

// remarksEvidence reports whether a relay's words name the remarks, not
// what was said: "on Secretary Pompeo's remarks", "question about
// President Trump's comments", "of the Russian President?".
func remarksEvidence(ev string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(ev), func(c rune) bool { return !unicode.IsLetter(c) }) {
		if remarksNouns[w] {
			return true
		}
	}
	return false
}

var remarksNouns = set(`remarks remark comments comment statement statements speech words`)
