package attribution

import (
	"regexp"
	"slices"
	"strings"

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

// questionOpens reports whether a paragraph or sentence opens a reporter's
// question: "Q Hi, yes.", "QUESTION: Thanks.", "Journalist: ...",
// "Follow-up: ...", not "MODERATOR: Next question." It is the one test of
// a reporter's turn: paragraphMode's, and handoverGiven's (people.go).
func questionOpens(text string) bool {
	if bareQuestion.MatchString(text) || reporterLabel.MatchString(text) || followUp.MatchString(text) {
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

// A call's "MODERATOR:" is a person the call often names: the moderator
// introduces themself ("This is Jessica Kosmider with the NSC press
// team"), or the official who speaks after the moderator's turn thanks
// them by name ("SENIOR ADMINISTRATION OFFICIAL: Thanks, Sam. Hi,
// everybody."). Their turns are then that person's (rules 7, 11), as
// "MR. FERNÁNDEZ HERNÁNDEZ:" is his.

// moderatorIntro is a moderator naming themself in full or by a given name.
var moderatorIntro = regexp.MustCompile(`\b(?:[Tt]his is|I am|I’m|I'm|[Mm]y name is) (\p{Lu}\p{Ll}+(?: \p{Lu}[\p{L}’'\-]+){0,2})(?:[\s,.;]|$)`)

// thanksOpening are the words an official's turn may open with before the
// thanks that name the moderator: "Great. Thanks, Saloni.", "Terrific.
// Thanks so much, Jess."
var thanksOpening = set(`great terrific okay ok well hey hi yeah yes sure perfect awesome excellent wonderful so and alright all right`)

// vocativeThanks thank ("Thanks, Sam", "Thank you very much, Michael",
// "Gracias, Carla"), with what may stand between them and the name.
var vocativeThanks = set(`thanks thank gracias merci`)
var thanksFillers = set(`you so much very again a lot`)

// thankedAt returns where the one word the opening of a sentence or turn
// thanks stands ("Thanks, Sam.", "Great, thank you very much, Michael."),
// or -1. Not someone thanked for a question ("Thanks, Andrea, for the
// question"), nor a name of two words ("Thanks, Michael Feldman").
func thankedAt(toks []token) int {
	k := labelEnd(toks)
	for k < len(toks) && (!toks[k].word || thanksOpening[toks[k].lower]) {
		k++
	}
	if k >= len(toks) || !vocativeThanks[toks[k].lower] {
		return -1
	}
	k++
	for k < len(toks) && (thanksFillers[toks[k].lower] || toks[k].text == ",") {
		k++
	}
	if k >= len(toks) || toks[k-1].text != "," || !toks[k].word {
		return -1
	}
	if n := k + 1; n < len(toks) {
		if toks[n].word && toks[n].lower != "and" {
			return -1
		}
		if toks[n].text == "," && n+1 < len(toks) && toks[n+1].lower == "for" {
			return -1
		}
	}
	return k
}

// thankedName returns the given name the opening of a turn thanks
// (thankedAt), or false: not "everyone", a title or a placeholder
// ("Thanks, [moderator]").
func (d *docState) thankedName(toks []token) (token, bool) {
	k := thankedAt(toks)
	if k < 0 {
		return token{}, false
	}
	name := toks[k]
	if !givenNameWord(name) || d.lower[name.lower] || d.countryOf(name) != nil || !plausibleName([]token{name}, d, false) {
		return token{}, false
	}
	return name, true
}

// moderatorPerson returns whom the document's "MODERATOR:" turns are, with
// the words that say so, or nil: the name the moderator gives themself in
// a turn of theirs, else the one given name the turns right after theirs
// thank when they are no reporter's and the moderator's turn did not say
// it (a reporter the moderator called on is thanked so). Two names are
// nobody.
func (d *docState) moderatorPerson() (*person, string) {
	if d.moderatorKnown {
		return d.moderator, d.moderatorEv
	}
	d.moderatorKnown = true
	var intro []token
	var thanked *token
	introEv, thankedEv := "", ""
	inMod := false
	var said map[string]bool // the words of the moderator's turn
	for pi, ss := range d.paras {
		if pi >= len(d.doc.Paragraphs) || len(ss) == 0 {
			break
		}
		text := d.doc.Paragraphs[pi].Text
		question := bareQuestion.MatchString(text) || followUp.MatchString(text)
		m := labelPrefix.FindStringSubmatch(text)
		if question || m != nil {
			labelToks := []token{}
			if m != nil {
				labelToks = tokenize(m[1])
			}
			moderator := !question && len(labelToks) > 0 && labelToks[0].lower == "moderator"
			reporter := question || len(labelToks) > 0 && questionLabels[labelToks[0].lower] && !moderator
			if inMod && !reporter && !moderator {
				if name, ok := d.thankedName(ss[0].toks); ok && !said[name.lower] {
					if thanked != nil && thanked.key != name.key {
						return nil, ""
					}
					thanked = &name
					thankedEv = ss[0].text
				}
			}
			inMod = moderator
			if moderator {
				said = map[string]bool{}
			}
		}
		if !inMod {
			continue
		}
		for si, s := range ss {
			if si > 0 && questionOpens(s.text) {
				inMod = false // "We'll go to Michelle. Q Hi, yes.": a reporter's turn
				break
			}
			for _, t := range s.toks {
				said[t.lower] = true
			}
			if sm := moderatorIntro.FindStringSubmatch(s.text); sm != nil && intro == nil {
				words := tokenize(sm[1])
				if givenNameWord(words[0]) && plausibleName(words, d, false) {
					intro, introEv = words, s.text
				}
			}
		}
	}
	switch {
	case intro != nil:
		if p := d.moderatorRegister(intro); p != nil {
			d.moderator, d.moderatorEv = p, "MODERATOR: … "+introEv
		}
	case thanked != nil:
		if p := d.moderatorRegister([]token{*thanked}); p != nil {
			d.moderator, d.moderatorEv = p, "MODERATOR: … "+thankedEv
		}
	}
	return d.moderator, d.moderatorEv
}

// moderatorRegister adds the moderator's name to the cast: a given name
// alone is the fullest form the call gives, and shown as a label's bare
// surname is ("MR. KIKUKAWA:").
func (d *docState) moderatorRegister(words []token) *person {
	var p *person
	if gz := d.g.PersonByKey(joinKeys(words, 0, len(words))); gz != nil {
		p = d.register(gz, nil, nil)
	} else {
		p = d.register(nil, words, nil)
	}
	if p != nil && p.gz == nil && len(p.tokens) == 1 {
		p.named = true
	}
	return p
}

// unlabelledAnswer reports whether a press conference's paragraph without
// "Q:" or "A:", after a reporter's turn, is the answer that the transcript
// forgot to label: the paragraph before it ended the question with a
// question mark ("... and if so, who?") and this one asks nothing. "After
// the outbreak of pneumonia ..., the Chinese government has attached high
// importance" and "As far as I know, ... China will join" are then the
// spokesperson's (rule 7), not the reporter's. A paragraph that asks
// something ("Second question, we learned that ... Can you confirm?") goes
// on with the question, and so does one after a paragraph that did not
// end in a question ("Q: According to reports, X said ..." and a second
// paragraph of what X said).
func (d *docState) unlabelledAnswer(text string) bool {
	pi := len(d.modes) // the paragraph being read: its mode is not yet appended
	if pi == 0 || pi > len(d.doc.Paragraphs) || strings.Contains(text, "?") {
		return false
	}
	return asks(d.doc.Paragraphs[pi-1].Text)
}

// reporterLabel opens a reporter's turn labelled in ordinary case in a
// "Q:"/"A:" press conference: "Journalist: Yes.", "Reporter: Australian
// Prime Minister Turnbull has previously mentioned China ...", "Journalist
// adds: It is called Badger Sportswear.", "Journalist clarifies: ...". The
// spokesperson's answer to "Is this your idea or a quotation?" is then
// the reporter's reply, not the spokesperson's words (rule 7), whether it
// opens a paragraph or follows the spokesperson's question in the same one
// (questionOpens).
var reporterLabel = regexp.MustCompile(`^\s*(?:Journalist|Reporter|Correspondent|Questioner)(?: \p{Ll}+)?\s*[:：]\s`)

// reporterReply returns the answer a reporter's labelled reply interrupts,
// when the reply is one sentence: a reporter who answers the spokesperson's
// own question ("A: Are you referring to the reports from Canberra?
// Journalist: Yes. I saw the reports from Canberra ... After careful
// verification, we find they are all false accusations") says that
// sentence, and the spokesperson goes on after it in the same paragraph and
// the unlabelled ones after it. A reply that ends its paragraph in a
// question ("Journalist: Some people in the United States suspect ... Can
// you tell us whether she was working for the Chinese government?") is
// the reporter's to the end, as is one after no answer of the
// spokesperson's. Nil then.
func reporterReply(answer mode, ss []sentence) *mode {
	if answer.owner == nil || answer.question || answer.moderator || len(ss) == 0 || asks(ss[len(ss)-1].text) {
		return nil
	}
	return &answer
}

// weFromDown returns the person or title a turn's "we" runs from: "from
// President Biden down, we’ve made clear that", "We’ve been really clear
// — the President on down — that we seek", "from the President on down,
// we understand that"; or nil. The phrase must stand beside the "we":
// "a very deep engagement with the Israelis from the President on down",
// "the work of the team, from the President on down, helped", "has had
// very good engagements from the Prime Minister on down", "All United
// Nations officials, from the Secretary-General down, must guard" tell of
// no "we" of the speaker's.
func weFromDown(refs []ref, toks []token) *ref {
	for k := 2; k < len(toks); k++ {
		if toks[k].lower != "down" {
			continue
		}
		end := k
		if toks[k-1].lower == "on" {
			end = k - 1
		}
		x := slices.IndexFunc(refs, func(r ref) bool { return r.j == end && (r.kind == kName || r.kind == kTitle) && !r.poss })
		if x < 0 {
			continue
		}
		if weNext(toks, k+1) || weBefore(toks, nameStart(toks, refs[x].i)) {
			return &refs[x]
		}
		return nil
	}
	return nil
}

// weNext reports whether a "we" stands at k, or after a comma or dash
// there: "from President Biden down, we’ve made clear".
func weNext(toks []token, k int) bool {
	if k < len(toks) && (toks[k].text == "," || dashWord(toks[k].text)) {
		k++
	}
	return k < len(toks) && weWords[toks[k].lower]
}

// weBefore reports whether the phrase that starts at b ("the President on
// down", "from the President down") is set off by a comma or dash right
// after a clause a "we" opened a few words before: "We’ve been really
// clear — the President on down — that".
func weBefore(toks []token, b int) bool {
	if b > 0 && toks[b-1].lower == "from" {
		b--
	}
	if b < 2 || toks[b-1].text != "," && !dashWord(toks[b-1].text) {
		return false
	}
	for k := b - 2; k >= 0 && k >= b-6; k-- {
		if weWords[toks[k].lower] {
			return true
		}
		if !toks[k].word {
			return false
		}
	}
	return false
}

// weWords are a first-person plural subject.
var weWords = set(`we we’ve we've we’re we're`)
