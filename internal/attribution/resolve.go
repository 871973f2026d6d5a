// Resolving a subject: pronouns, titles and groups to the people they mean
// (rules 3 and 5).

package attribution

import (
	"slices"
	"strconv"
	"strings"

	"github.com/readouts/readouts/internal/gazetteer"
)

// resolveSubject turns a subject reference into speakers.
func (d *docState) resolveSubject(rf ref, s sentence, para int) []subj {
	ev := span(s.text, s.toks, rf.i, rf.j)
	switch rf.kind {
	case kName:
		if rf.p == nil {
			return nil
		}
		detail := rf.detail
		if detail == "" && rf.rule != "" && rf.rule != "title" {
			detail = rf.rule
		}
		return []subj{{p: rf.p, rule: RuleVerb, evidence: ev, detail: detail, focus: true}}
	case kTitle:
		if rf.p != nil {
			// "as the prime minister said" at the podium: found with the
			// reference (podiumTitles).
			return []subj{{p: rf.p, rule: RuleTitle, evidence: ev, detail: "the other principal at the podium", focus: true}}
		}
		p, how := d.resolveTitle(rf)
		if p == nil {
			return nil
		}
		return []subj{{p: p, rule: RuleTitle, evidence: ev, detail: how, focus: true}}
	case kPronoun:
		if p := d.sentenceAntecedent(rf, s); p != nil {
			return []subj{{p: p, rule: RulePronoun, evidence: ev, detail: sameSentenceAntecedent, focus: true}}
		}
		if d.unknownNameBefore(s.toks, rf.i) {
			return nil
		}
		if owner := d.speechOwner(); owner != nil {
			p, at := d.speechAntecedent(rf, s, owner)
			if p == nil {
				return nil
			}
			d.speechNamed = append(slices.DeleteFunc(d.speechNamed, func(n turnName) bool { return n.p == p }), turnName{p: p, sent: d.sentN, para: para})
			return []subj{{p: p, rule: RulePronoun, evidence: ev, detail: speechAntecedentDetail(at), focus: true}}
		}
		p, at := d.turnAntecedent(s.toks[rf.i].lower)
		if p == nil {
			if q := d.askedAntecedent(rf, s); q != nil {
				return []subj{{p: q, rule: RulePronoun, evidence: ev, detail: "the one person the question names", focus: true, guessed: true}}
			}
			return nil
		}
		return []subj{{p: p, rule: RulePronoun, evidence: ev, detail: antecedentDetail(at), focus: true}}
	case kGroup:
		if out, ok := d.releasedSides(s.toks, rf, ev); ok {
			return out
		}
		// "The Israeli side affirmed", "The two delegations reaffirmed":
		// the heads the document names for the side, or for each.
		if ps, how, ok := d.sidePeople(s.toks, rf.i, rf.j); ok {
			return partiesSpeak(ps, ev, how)
		}
		if someWords[s.toks[rf.i].lower] {
			// "Multiple participants highlighted", "Some participants
			// noted": some of the room, not who (rule 3).
			return nil
		}
		// "Their conversations centered on", "The discussion focused on":
		// who talked, as "They discussed" (talkSubject).
		they := s.toks[rf.i].lower == "they" || talkSubject(s.toks, rf.i) > 0
		if rf.i == firstWord(s.toks) || rf.i == openingPhraseEnd(s.toks, rf.i) {
			// "They noted" after "The state legislators and advocates
			// discussed": the same group (listed.go).
			if they && len(d.groupSaid) > 0 {
				d.groupKept = true
				return partiesSpeak(d.groupSaid, ev, "the group the sentence before named")
			}
			// "Participants shared": the listed participants.
			if g := d.listGroup(d.curRefs, s.toks, rf.j, func(ref) []*person { return nil }); len(g) > 0 {
				d.groupNow = g
				return partiesSpeak(g, ev, "the listed participants the group names")
			}
			// "The leaders shared" under two lists of leaders: either.
			if _, n := d.headedFor(conjunctWords(s.toks, rf.i, rf.j)); n > 1 && !they {
				return nil
			}
		}
		if meetingClauseThey(s.toks, rf.i) {
			// "Xi Jinping met with Prime Minister Modi in Qingdao, during
			// which they exchanged views": the parties of the meeting this
			// sentence tells, or nobody known (rule 3).
			if d.lastMeetingSent != d.sentN || len(d.lastMeeting) < 2 {
				return nil
			}
			return partiesSpeak(d.lastMeeting, ev, detailMeetingClause)
		}
		if (d.othersSpoke || d.unnamedSubject != subjectNamed) && they && rf.i == firstWord(s.toks) {
			// "The advocates shared updates. They also shared ...", "Now,
			// my staff did not let me bring my guitar. They said ...": the
			// last sentence's subject, people it names not, or things.
			return nil
		}
		if d.theyUnnamed == d.paraAt+1 && s.toks[rf.i].lower == "they" && rf.i == firstWord(s.toks) {
			// "Some members of the committee have said the program failed.
			// They want to end it. This is a mistake. They also said ...":
			// a later "They" of the paragraph is the same unnamed people.
			return nil
		}
		if d.othersSpoke && they {
			return nil
		}
		parties, detail := d.participants, d.roomDetail()
		// A reporter's question is about an event of its own (rule 7):
		// the title's call is not what "did the two leaders discuss" asks.
		// Nor is a bare "They" after a turn's change of subject ("Hezbollah
		// started this. They decided ..."): only a group named as such.
		if len(parties) < 2 && len(d.titled) >= 2 && !d.modes[len(d.modes)-1].question && s.toks[rf.i].lower != "they" {
			parties, detail = d.titled, "the parties the title names"
		}
		// "The three leaders committed" after "President López Obrador,
		// President Biden, and Prime Minister Trudeau instructed": as many
		// of the people last named as the group counts, when no narrated
		// meeting gave that many parties.
		if n := groupCount(s.toks, rf); n > 2 && len(parties) != n && len(d.listed) == n {
			return partiesSpeak(d.listed, ev, "the last list of people named")
		}
		// "Both leaders", "the two leaders" after one called two: the two
		// called, not the caller.
		if n := groupCount(s.toks, rf); (n == 2 || s.toks[rf.i].lower == "both") && len(parties) == 3 && len(d.called) == 2 &&
			!slices.ContainsFunc(d.called, func(p *person) bool { return !slices.Contains(parties, p) }) {
			return partiesSpeak(d.called, ev, detailCalled)
		}
		// "the two heads of state", "the leaders of the two countries" in
		// a spokesperson's answer: two leaders, one of each side, not other
		// people the turn named (rules 3, 7). A joint statement's are its
		// signatories (joint.go).
		if state, counted, ok := leaderGroup(s.toks, rf); ok && d.firstPersonTurn() != nil && !devotedSelves(s.toks, rf.j) {
			if pair, how := d.leaderPair(parties, state, counted, rf.i); len(pair) == 2 {
				return partiesSpeak(pair, ev, how)
			}
		}
		if rf.i+1 < len(s.toks) && s.toks[rf.i+1].lower == "group" {
			// "The group" is a narrated meeting's parties, or nobody known.
			if len(parties) < 2 {
				return nil
			}
			return partiesSpeak(parties, ev, detail)
		}
		if s.toks[rf.j-1].lower == "countries" {
			// "The five countries agreed", "Both countries welcomed": the
			// parties of a meeting or a joint act, or as many people as
			// the last list named; not the last two people named, who
			// may be of other countries.
			if n := groupCount(s.toks, rf); n > 2 && len(parties) != n || len(parties) < 2 {
				return nil
			}
			return partiesSpeak(parties, ev, detail)
		}
		// "County officials shared" in a readout that lists its
		// participants: guests the list names not, not the meeting's
		// parties nor the last two people named (its hosts, as a rule).
		if mods := groupModifiersOf(s.toks, rf); len(d.attendees) > 0 && s.toks[rf.j-1].lower == "officials" && len(mods) > 0 && !d.hostOfficials(mods) {
			return nil
		}
		if len(parties) < 2 && len(d.named) >= 2 {
			if key := groupOffice(s.toks, rf); key != "" {
				// "The Ministers welcomed" after "Secretary Blinken and
				// Secretary Austin welcomed Minister Singh and Minister
				// Jaishankar ... preceded by a meeting between Prime
				// Minister Modi and President Biden": the people named who
				// hold the office, not the last two named; fewer than two
				// is nobody known.
				if d.bodyMembers(s.toks[rf.j-1].lower) {
					// "The Ministers of the Global Coalition to Defeat
					// ISIS ... met at the invitation of" two of them: the
					// ministers of a body, whom the text names not, as is
					// the next "They".
					d.bodyGroupAt = d.sentN
					return nil
				}
				holders := d.namedHolders(key)
				if n := groupCount(s.toks, rf); n >= 2 && len(holders) > n {
					holders = holders[len(holders)-n:]
				}
				if len(holders) < 2 {
					return nil
				}
				return partiesSpeak(holders, ev, detailHolders+key+"s")
			}
			// In a General Debate speech a bare "They" is a people, a
			// government or the founders, not the last two people named
			// ("They remind us that multilateralism can work"): no one
			// known, unless a group is named as such (rule 3).
			if d.speech && s.toks[rf.i].lower == "they" {
				return nil
			}
			// No call or meeting was narrated in a way the rules read:
			// "the two sides" are the last two people named in this turn.
			parties, detail = d.named[len(d.named)-2:], detailLastTwo
			if d.answering() {
				// "Q: ... when will President Xi and President Trump
				// meet? A: ... during this round of trade talks, the two
				// sides agreed on the timetable": in a spokesperson's
				// answer the group is of the talks the answer tells,
				// among the people the answer itself names, never the
				// question's (rules 3, 7); fewer than two is nobody known.
				own := d.answerNamed()
				parties = nil
				if len(own) >= 2 {
					parties = own[len(own)-2:]
				}
			}
			if oneCountry(parties) && parties[0].homeCountry() != d.home && s.toks[rf.j-1].lower == "sides" || s.toks[rf.j-1].lower == "leaders" && rf.j < len(s.toks) && s.toks[rf.j].lower == "of" {
				// "Xi will hold talks with President Macron and meet with
				// French Prime Minister Philippe. The two sides ...": two
				// foreigners of one country are not two sides (two of the
				// text's own may be its side and a guest's it names not);
				// "The leaders of the DPRK and the ROK" say whose leaders
				// they are.
				parties = nil
			}
			// In a joint statement "the two leaders", "both sides" are
			// its signatories, whoever the text named last ("the spirit
			// of President John F. Kennedy", "Foreign Minister Bui Thanh
			// Son welcomed Secretary Blinken") (rule 3).
			if n := groupCount(s.toks, rf); len(d.signatories) >= 2 && (n == 0 || n == len(d.signatories)) {
				parties, detail = d.signatories, "the signatories of the joint statement"
			}
			// "Susan Rice, Cedric Richmond, and Dana Remus hosted ...
			// They discussed": the last list named, when no one else was
			// named after it, in this paragraph or the one before, and
			// the group counts no other number. Not a group of its own
			// ("The leaders of Israel"), nor a "They" after a sentence
			// whose subject was a group ("The civil rights leaders
			// stressed ... They also highlighted").
			if n := groupCount(s.toks, rf); d.lastNamedList() && d.listedPara >= d.paraAt-1 && (n == 0 || n == len(d.listed)) &&
				(rf.j >= len(s.toks) || s.toks[rf.j].lower != "of") && d.listFits(s.toks, rf, they) {
				parties, detail = d.listed, "the last list of people named"
			}
			if detail == detailLastTwo && rf.j-rf.i == 1 && attendeeNouns[s.toks[rf.i].lower] {
				// A bare "Participants" is everyone in the room (room.go),
				// never a guess of the last two people named.
				parties = nil
			}
			if detail == detailLastTwo && guestNouns[s.toks[rf.j-1].lower] && len(groupModifiersOf(s.toks, rf)) > 0 {
				// "Labor leaders made clear", "Union leaders discussed":
				// people of a kind, the guests' or some of them
				// (listed.go), not the last two people named.
				parties = nil
			}
			if detail == detailLastTwo && len(parties) > 0 {
				// "China-Vietnam relations ... between the two sides"
				// after a Philippine and a Chinese minister: not the
				// Philippine one (sides.go).
				if kept := d.onNamedSides(parties, s, rf.i); len(kept) < len(parties) {
					return partiesSpeak(kept, ev, detailLastTwo+" of the sides the text names")
				}
			}
		} else if n := groupCount(s.toks, rf); len(parties) < 2 && len(d.signatories) >= 2 && (n == 0 || n == len(d.signatories)) &&
			!d.speech && groupOffice(s.toks, rf) == "" && (rf.j >= len(s.toks) || s.toks[rf.j].lower != "of") {
			// "The leaders recognized ... They welcomed" in a joint
			// statement that has named fewer than two people so far (the
			// King who invited the leaders of the GCC states): its
			// signatories, as once two are named (rule 3).
			parties, detail = d.signatories, "the signatories of the joint statement"
		}
		// "Participants", "The participants": everyone in the room, as a
		// "They" is; not "The partners", the guests alone.
		// the last sentence's unnamed subject ("The partners discussed")
		// is no matter to a group that names itself.
		everyone := they && d.unnamedSubject == subjectNamed || !they && attendeeNouns[s.toks[rf.j-1].lower] && rf.j-rf.i <= 2 && d.hostAlone
		if len(parties) < 2 && d.host != nil && d.host.shown() && everyone && rf.i == firstWord(s.toks) {
			// "They discussed" after "Harris met with 16 members of the
			// Texas State Senate": she, and people the text names not.
			return []subj{{p: d.host, rule: RuleBothSides, evidence: ev, detail: "the named party of a meeting with people unnamed"}}
		}
		one := d.named
		if d.answering() && len(one) > 1 {
			// "Q: ... the Russian Prime Minister ... A: Assistant Foreign
			// Minister Zhang Hanhui held consultations with Russian Deputy
			// Foreign Minister Morgulov ... The two sides agreed": the one
			// the answer names, not the question's people; an official it
			// gives an office of no country is of the text's own side.
			one = d.answerNamed()
		}
		if len(parties) < 2 && len(one) == 1 && d.home != "" && (one[0].homeCountry() == d.home || len(one) < len(d.named) && one[0].homeCountry() == "" && len(one[0].titles) > 0) && one[0].shown() &&
			s.toks[rf.j-1].lower == "sides" && (s.toks[rf.i].lower == "both" || rf.j-rf.i == 3 && s.toks[rf.i+1].lower == "two") && d.answering() && pastAfter(s.toks, rf.j) {
			// "We already issued the press release on ... State Councilor
			// and Foreign Minister Wang Yi's visit to the DPRK. ... The two
			// sides reached important consensus": the one person the turn
			// (and the question before it) names, of the text's own side;
			// the other side is nobody the text names (rule 3). Only
			// what they did ("agreed", "reaffirmed"), not what two
			// countries do in general ("the two sides maintain close
			// communication"); only in a spokesperson's "A:" answer, which
			// reports the talks of the text's own officials (not a
			// statement's "Both sides reiterated", nor "both sides
			// described" in a briefer's turn, whose parties the rules may
			// not have read), not in a question ("Did the two sides talk
			// about ...?").
			return partiesSpeak(one, ev, "the one party the turn names, of the text's own side")
		}
		if len(parties) < 2 {
			return nil
		}
		// "The two leaders agreed" after "President Biden spoke with
		// Prime Minister Netanyahu ... Vice President Harris joined":
		// of a room the document narrated, the heads of state or
		// government (room.go).
		if leaders, ok := d.roomLeaders(s.toks, rf, parties, detail); ok {
			parties, detail = leaders, detailRoomLeaders
		}
		// "The National Security Advisors", "The Vice Presidents": of the
		// parties, those who hold the office (not the President who joined
		// the meeting, nor him for a counterpart the rules did not find).
		if k := rf.j - 1; k > rf.i && filteredHeads[s.toks[k].lower] && s.toks[k].cap {
			key := strings.TrimSuffix(joinKeys(s.toks, rf.i+1, rf.j), "s")
			canon := ""
			if t := d.g.Title(key); t != nil {
				canon = t.Title
			}
			var holders []*person
			for _, p := range parties {
				if d.holdsTitle(p, key, canon, "") {
					holders = append(holders, p)
				}
			}
			if len(holders) > 0 {
				parties, detail = holders, "the parties who are "+key+"s"
			}
		}
		return partiesSpeak(parties, ev, detail)
	case kInst:
		return []subj{{inst: rf.inst, rule: RuleInstitution, evidence: ev}}
	}
	return nil
}

// ownSubject reports whether the sentence's own individual subject (a
// speaker or a narrated subject) can be what a "his" or "her" of it means:
// a person of that gender or of none known.
func ownSubject(speakers []subj, focusOnly []*person, pron string) bool {
	want := pronounGender(pron)
	fits := func(p *person) bool { g := p.gender(); return g == "" || g == want }
	for _, x := range speakers {
		if x.focus && x.p != nil && fits(x.p) {
			return true
		}
	}
	return slices.ContainsFunc(focusOnly, fits)
}

// sentenceAntecedent is who a "he" or "she" after the start of a sentence
// refers to when the sentence itself names them first: the nearest
// subject before it ("regarding Vice Premier Liu He's visit, President
// Trump said that he hopes": Trump, not the person the previous sentence
// quoted), else the nearest possessive ("Following Secretary Austin's call
// with Minister Reznikov, in which he previewed"), of the pronoun's gender
// or of none known. The object of a preposition, and what is joined to it,
// is no antecedent ("During his talks with President Xi and Premier Li, he
// proposed" is someone else); the agent of a passive is ("confirmed by the
// Secretary-General when he spoke").
func (d *docState) sentenceAntecedent(rf ref, s sentence) *person {
	if rf.i == 0 || d.cur != s.text {
		return nil
	}
	want := pronounGender(s.toks[rf.i].lower)
	var subject, possessive *person
	objEnd := -1 // end of the last reference that was a preposition's object
	for _, r := range d.curRefs {
		if r.j > rf.i {
			break
		}
		if r.kind != kName && r.kind != kTitle {
			continue
		}
		b := r.i // first word of the reference with its title and article
		for b > 0 && (titleWords[s.toks[b-1].lower] || s.toks[b-1].lower == "the" || d.countryOf(s.toks[b-1]) != nil) {
			b--
		}
		// A possessive counts after a preposition too: "on the President's
		// opinion that he believes".
		if !r.poss && (b > 0 && prepositions[s.toks[b-1].lower] && s.toks[b-1].lower != "by" || objEnd >= 0 && joinedTo(s.toks, objEnd, b)) {
			objEnd = r.j
			continue
		}
		objEnd = -1
		p := d.refPerson(r)
		if p == nil || !p.shown() {
			continue
		}
		if g := p.gender(); g != "" && g != want {
			continue
		}
		if subject != nil && !r.poss && b > 0 && verbObject(s.toks[b-1]) {
			// "President Biden thanked President Duda ..., and he
			// pledged": the object of the subject's verb is not whom a
			// later "he" of the sentence continues.
			continue
		}
		if r.poss {
			possessive = p
		} else {
			subject = p
		}
	}
	if subject != nil {
		return subject
	}
	return possessive
}

// verbObject reports whether t, just before a reference, is a verb in the
// past whose object the reference is ("thanked", "told", "congratulated"),
// not a word that opens a clause of its own.
func verbObject(t token) bool {
	if !t.word || t.cap {
		return false
	}
	return speechVerbs[t.lower] && (strings.HasSuffix(t.lower, "ed") || t.lower == "told")
}

// joinedTo reports whether toks[from:to] only join two references: "and",
// commas and titles ("President Xi and Premier Li").
func joinedTo(toks []token, from, to int) bool {
	and := false
	for _, t := range toks[from:to] {
		switch {
		case t.lower == "and" || t.lower == ",":
			and = true
		case titleWords[t.lower] || t.lower == "the" || t.cap:
		default:
			return false
		}
	}
	return and
}

// openingSubject is the person a sentence opens with as its subject: a
// name or title at its start, not possessive, followed by a verb in lower
// case ("President Biden today joined", "Secretary Blinken participated").
func (d *docState) openingSubject(refs []ref, toks []token) *person {
	// "SECRETARY BLINKEN: The President pushed human rights with President
	// Putin": after a transcript's label, the sentence opens again.
	if l := labelEnd(toks); l > 0 {
		for len(refs) > 0 && refs[0].i < l {
			refs = refs[1:]
		}
		toks = toks[l:]
		refs = slices.Clone(refs)
		for x := range refs {
			refs[x].i -= l
			refs[x].j -= l
		}
	}
	if len(refs) == 0 || refs[0].poss || refs[0].kind != kName && refs[0].kind != kTitle {
		return nil
	}
	for _, t := range toks[:refs[0].i] { // "President", "The", "U.S."
		if !titleWords[t.lower] && t.lower != "the" && d.countryOf(t) == nil {
			return nil
		}
	}
	k := refs[0].j
	if k+1 < len(toks) && toks[k].text == "," && suffixes[strings.TrimSuffix(toks[k+1].lower, ".")] {
		k += 2 // "Joseph R. Biden, Jr."
	}
	for k < len(toks) && toks[k].word && skippable[toks[k].lower] {
		k++
	}
	if k >= len(toks) || !toks[k].word || toks[k].cap || !strings.HasSuffix(toks[k].lower, "ed") && !speechEventAhead(toks, k) {
		return nil
	}
	p := d.refPerson(refs[0])
	if p == nil || !p.shown() {
		return nil
	}
	return p
}

// speechOwner is the speaker of a speech (a UN General Debate statement)
// while its text is attributed, else nil.
func (d *docState) speechOwner() *person {
	if len(d.modes) == 0 {
		return nil
	}
	if m := d.modes[len(d.modes)-1]; m.rule == RuleDocument && !m.question {
		return m.owner
	}
	return nil
}

// speechReach is how many sentences back a speech's "he" or "she" looks
// for the person it means.
const speechReach = 8

// speechAntecedent is who a subject "he" or "she" of a speech means. The
// speaker says "I" throughout, and the people a speech speaks of are
// mostly named, not speaking ("I applaud the leadership that
// Secretary-General Guterres continues to show on migration ... I fully
// agree with the Secretary-General when he says"), so it is the person
// last named, in any role, before the pronoun in its sentence or in the
// few sentences before: not the last one who spoke, paragraphs back ("the
// words and actions of Mandela, especially when he said:" is not the
// Secretary-General's). It returns the paragraph where they were named.
func (d *docState) speechAntecedent(rf ref, s sentence, owner *person) (*person, int) {
	want := pronounGender(s.toks[rf.i].lower)
	if n := len(s.toks); n > 0 && s.toks[n-1].text == "?" && questionOpeners[s.toks[firstWord(s.toks)].lower] {
		// "Could he show the map of Armenia that he recognizes?": a
		// question asks what nobody has said.
		return nil, 0
	}
	fits := func(p *person) bool {
		return p != nil && p != owner && p.shown() && (p.gender() == "" || p.gender() == want)
	}
	if relativeSubject(s.toks, rf.i) {
		// "the agendas he has set out", "The Common Agenda that he has
		// outlined provides us with a framework": a thing it is about,
		// not his words.
		return nil, 0
	}
	if d.cur == s.text {
		// "In a letter that he sent on 20 December 2020 to His Excellency
		// Mr. Mahmoud Abbas, His Majesty King Mohammed VI reiterated": the
		// person the opening phrase's "he" means comes after it.
		if comma := slices.IndexFunc(s.toks, func(t token) bool { return t.text == "," }); comma > rf.i && rf.i > firstWord(s.toks) {
			for _, r := range d.curRefs {
				if r.i > comma && (r.kind == kName || r.kind == kTitle) && !r.poss {
					if p := d.refPerson(r); p != nil && fits(p) {
						return p, inSentence
					}
					return nil, 0
				}
			}
		}
		var last *person
		unknown := false
		for _, r := range d.curRefs {
			if r.j > rf.i {
				break
			}
			if r.kind != kName && r.kind != kTitle {
				continue
			}
			p := d.refPerson(r)
			if p != nil && fits(p) {
				last, unknown = p, false
			} else if p == nil {
				// "When I met with the President of the General Assembly
				// in Vienna recently, he told me": an office held by
				// nobody known.
				unknown = true
			}
		}
		if unknown {
			return nil, 0
		}
		if last != nil {
			return last, inSentence
		}
	}
	return d.speechRecent(fits)
}

// speechRecent is the person a speech last named in the sentences before
// this one whom fits accepts, and the paragraph where it named them.
func (d *docState) speechRecent(fits func(*person) bool) (*person, int) {
	for _, n := range slices.Backward(d.speechNamed) {
		if d.sentN-n.sent > speechReach || d.speechUnknown > n.sent || d.speechUnknownSubject >= n.sent {
			// Too far back, or someone the cast does not know was named
			// since ("Benito Perez Galdos was an outstanding Spanish
			// writer ... he regretfully observed"): nobody known.
			break
		}
		if fits(n.p) {
			return n.p, n.para
		}
	}
	return nil, 0
}

// speechPossessive is whose stance a speech's "his" or "her" before a
// stance noun at k is: a person the sentence names before it ("We agree
// with the Secretary-General, Mr. Antonio Guterres, in his call"), but
// nobody where the sentence thanks or praises them for it ("I thank the
// Secretary-General for his commitment", "I particularly applaud his
// vision": rule 3's one side acting), else the person the speech last
// named ("I discussed that vision of peace with President Biden. ... I
// deeply appreciate his commitment").
func (d *docState) speechPossessive(refs []ref, toks []token, k int, want gazetteer.Gender, owner *person) (*person, int) {
	if traitNouns[toks[k+1].lower] && !(k+3 < len(toks) && toks[k+2].lower == "and" && stanceNouns[toks[k+3].lower] && !traitNouns[toks[k+3].lower]) {
		return nil, 0 // "His determination challenges and compels us": praise, no stance
	}
	for x := 0; x+1 < k; x++ {
		if genericDets[toks[x].lower] && (titleWords[toks[x+1].lower] || x+2 < k && titleWords[toks[x+2].lower]) {
			// "a world leader can generate consequences ... just with
			// his words": anyone's.
			return nil, 0
		}
	}
	if k > 1 && toks[k-1].lower == "for" && toks[k-2].text == "," || k > 0 && toks[k-1].lower == "for" && firstWord(toks) < k-1 && !slices.ContainsFunc(toks[firstWord(toks):k-1], func(t token) bool { return t.word && !t.cap && !titleWords[t.lower] && !descriptorWords[t.lower] }) {
		// "Mr. Csaba Korosi. for his commitment in conducting the work
		// of the previous session": the rest of a sentence that thanked
		// him, cut after his name.
		return nil, 0
	}
	for _, t := range toks[:k] {
		for _, w := range praiseStems {
			if strings.HasPrefix(t.lower, w) {
				return nil, 0
			}
		}
	}
	if q, named := d.namedBefore(refs, k, want, owner); named {
		if q == nil {
			// "The State Counsellor mentioned in her statement": an
			// office the cast does not resolve; whom the speech's
			// speakers last meant, as elsewhere.
			return d.antecedent(pronounOf(want))
		}
		return q, inSentence
	}
	return d.speechRecent(func(p *person) bool {
		return p != nil && p != owner && p.shown() && (p.gender() == "" || p.gender() == want)
	})
}

// genericDets make a person anyone of a kind: "a world leader", "any
// president".
var genericDets = set(`a an any every each`)

// traitNouns among the stance nouns name what someone is rather than
// what they hold: "his determination".
var traitNouns = set(`determination`)

// praiseStems begin the words that thank or praise someone: "thank",
// "commend", "congratulate", "pay tribute", "appreciation".
var praiseStems = []string{"remembered", "thank", "commend", "congratulat", "prais", "applau", "salut", "tribute", "gratitude", "grateful", "appreciat", "laud", "hail", "acknowledg", "recogni"}

// inSentence is the paragraph speechAntecedent and speechPossessive give
// for a person named in the pronoun's own sentence.
const inSentence = -2

// speechAntecedentDetail explains where speechAntecedent found a pronoun's
// person.
func speechAntecedentDetail(at int) string {
	if at == inSentence {
		return sameSentenceAntecedent
	}
	return "the person the speech last named, in paragraph " + strconv.Itoa(at)
}

// questionOpeners begin a question that asks whether: "Could he show ...
// that he recognizes?", "Is he referring to ...?".
var questionOpeners = set(`is was are were does did do could can will would should has have had`)

// speechReferent reports whether the person p a reference of a speech
// names is sure enough to be whom a later "he" or "she" means: not a
// bare word that only a gazetteer surname makes someone ("the Prophet
// emigrated to Medina"), nor an office whose holder is only a guess from
// the year ("the President" of the Assembly, elected in September), nor
// a past holder written as the office ("the previous President of the
// United States" is not the present one).
func (d *docState) speechReferent(toks []token, rf ref, p *person) bool {
	if rf.kind == kName {
		// One word: the same person the speech named in full before.
		return rf.j-rf.i > 1 || d.titleOfName(toks, rf) != nil || slices.ContainsFunc(d.speechNamed, func(n turnName) bool { return n.p == p })
	}
	if strings.HasPrefix(rf.title.canon, "President") && rf.title.country == "" {
		// "the President", "Mr. President": the Assembly's, elected in
		// September, whom a year-only date does not tell.
		return false
	}
	for k := rf.i - 1; k >= 0 && k >= rf.i-2; k-- {
		if w := toks[k].lower; w == "former" || w == "previous" || w == "outgoing" || w == "then" {
			return false
		}
	}
	q, how := d.resolveTitle(rf)
	return q == p && (strings.Contains(how, " throughout ") || strings.HasPrefix(how, "named"))
}

// pronounOf is the subject pronoun that asks for gender g.
func pronounOf(g gazetteer.Gender) string {
	if g == gazetteer.Female {
		return "she"
	}
	return "he"
}

// relativeSubject reports whether the pronoun at i is the subject of a
// relative clause that tells a thing of theirs ("the agendas he has set
// out", "the speech that he delivered", "initiatives which he
// outlines"), not of a clause that reports what they said ("He said that
// he", "as he said").
func relativeSubject(toks []token, i int) bool {
	if i < 2 || !toks[i-1].word {
		return false
	}
	prev := toks[i-1].lower
	for k := i + 1; k < len(toks) && k <= i+3; k++ {
		// "which he believes to be the starting point", "which he has
		// so eloquently described as": what he holds of it.
		if w := toks[k].lower; sayWords[w] || holdWords[w] {
			return false
		} else if !adverb(toks[k], toks[min(k+1, len(toks)-1)]) && w != "has" && w != "had" && w != "have" {
			break
		}
	}
	if prev == "that" || prev == "which" {
		b := toks[i-2]
		return prev == "which" && b.text == "," || b.word && !speechVerbs[b.lower] && !sayWords[b.lower] && !clauseHeads[b.lower]
	}
	return !toks[i-1].cap && len(prev) > 3 && strings.HasSuffix(prev, "s") && !strings.HasSuffix(prev, "ss") && !speechVerbs[prev] && !clauseHeads[prev] && !strings.HasSuffix(prev, "ly")
}

// sayWords take a "that" clause of what is said or held: "to say that
// she had asked", "believes that he".
var sayWords = set(`say says said saying tell tells told state states stated note notes noted believe believes believed think thinks thought know knows knew hope hopes hoped argue argues argued claim claims claimed insist insists insisted clear sure`)

// holdWords say what someone holds a thing to be: "which he describes
// as", "which she considers".
var holdWords = set(`describe describes described call calls called consider considers considered regard regards regarded see sees saw view views viewed`)

// clauseHeads introduce a clause whose subject may follow them: "so that
// he", "now that she", "unless he".
var clauseHeads = set(`so now such given provided unless thus perhaps always sometimes nevertheless nonetheless besides whereas was has is does this its yes ensures means believes hopes`)

// someWords open a group that is part of the room: "Multiple
// participants", "Several attendees".
var someWords = set(`multiple several some many few most`)

// pastAfter reports whether the verb after a subject ending at j ("The
// two sides also agreed", "both sides have reaffirmed") is in the past: a
// regular "-ed" or an irregular past of a speech verb; not "the two sides
// maintain close communication".
func pastAfter(toks []token, j int) bool {
	for k := j; k < len(toks) && k < j+5; k++ {
		w := toks[k].lower
		if skippable[w] || w == "have" || w == "has" || w == "had" && k+1 < len(toks) && strings.HasSuffix(toks[k+1].lower, "ed") {
			continue
		}
		if !toks[k].word || toks[k].cap {
			return false
		}
		if strings.HasSuffix(w, "ed") || w == "had" {
			return true
		}
		for _, p := range irregularPast {
			if w == p {
				return true
			}
		}
		return false
	}
	return false
}

// answering reports whether the paragraph being read is a press
// conference's "A:" answer (or the spokesperson's opening announcements).
func (d *docState) answering() bool {
	if len(d.modes) == 0 {
		return false
	}
	m := d.modes[len(d.modes)-1]
	return m.rule == RuleQA && !m.question
}

// answerNamed returns the people named in the current turn (named) whom
// the spokesperson's answer itself names, not only its question, most
// recent last.
func (d *docState) answerNamed() []*person {
	return slices.DeleteFunc(slices.Clone(d.named), func(p *person) bool { return !slices.Contains(d.turnPeople, p) })
}
