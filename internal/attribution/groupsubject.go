// One resolver for group subjects (rule 3): who "the two sides", "the
// leaders", "They", "Both", "Participants", "Panelists", "the
// delegations", "the Israeli side" mean. groupSpeakers tries these cases
// in this order; the first that decides wins, and deciding "nobody known"
// (nil) is a decision:
//
//  0. "his team", "her counterparts" beside the person named just before
//     ("The President and his team also discussed"): the room's others,
//     a team only those of the person's country (companions).
//  1. the group itself says who (groupItself): a released statement's
//     sides (released.go releasedSides); a side or delegation whose heads
//     the document names (delegations.go sidePeople); "Some participants":
//     nobody; at the sentence's start, a "They" after the group the
//     sentence before named (groupSaid), a group the listed participants
//     name (listed.go listGroup), or nobody under two lists of leaders;
//     "during which they": the meeting the sentence tells (lastMeeting);
//     a "They" after an unnamed subject or others' words: nobody.
//     Right after a sentence of its paragraph that narrated another call
//     or meeting than the room's, its parties (groupMeetingBefore).
//  2. the room (room.go): the participants of the narrated call or
//     meeting, else the parties the title names (d.titled), not for a
//     question or a bare "They". From a paragraph that opens by narrating
//     another meeting than the room's, with its new parties named ("In
//     Riyadh, Kerry met with Crown Prince Mohammed bin Salman ..."), to
//     the next such paragraph: that meeting's parties (openedMeeting,
//     useParaRoom), for every case here.
//  3. a counted or kind group against the room (groupCounted): "the three
//     leaders" the last list of three (listed); "both leaders" the two
//     called; "the two heads of state" in an answer (groups.go
//     leaderPair); "The group", "the countries": the room or nobody;
//     "County officials" beside a list of attendees: nobody.
//  4. no room (groupWithoutRoom), two or more named: "the Ministers" the
//     named holders of the office, or nobody; a speech's "They": nobody;
//     else the last two people named (the answer's own in an "A:" turn),
//     replaced by a joint statement's signatories or the last list named
//     (listFits), dropped for two foreigners of one country, a bare
//     "Participants" or "Union leaders", narrowed to the sides the text
//     names (sides.go onNamedSides), nobody when the group's own clause
//     names one of them after its verb (clauseObject: "They advised the
//     President and Vice President"). With a room of fewer than two and
//     fewer than two named: a joint statement's signatories.
//  5. finishing against the room (groupInRoom): the named host of a
//     meeting with people unnamed; the one party of the text's own side in
//     an answer's "the two sides agreed"; fewer than two: nobody; "the two
//     leaders" of a room with others: its leaders (roomLeaders); "The
//     National Security Advisors", "the foreign ministers", "The
//     Secretaries": the parties holding the office, when two or more do
//     (partiesInOffice).
//
// Elsewhere: joint.go's signatories speak a joint statement's own voice.
// speakers.go asks two cases here outside groupSpeakers, for talk and
// speech verbs it handles itself: "Their discussions covered" right
// after a meeting is that meeting's parties (talkJustTold), before any
// group the sentence opens with is resolved; the listed people a group
// names beside a name speak with it (groupBesideName, listed.go
// listGroup), after its subjects are resolved. speakers.go's jointVerbs
// case ("Blinken discussed X with Foreign Minister Y") resolves no group:
// it adds the verb's named objects and records who talked together as
// the participants a later group ("The five countries") is resolved
// against.

package attribution

import (
	"slices"
	"strings"
)

// groupSpeakers returns who the group subject rf of sentence s means, with
// ev its words: the people, or nil for nobody known (rule 3).
func (d *docState) groupSpeakers(rf ref, s sentence, ev string) []subj {
	if l := s.toks[rf.i].lower; l == "his" || l == "her" {
		return d.companions(rf, s, ev)
	}
	// "Their conversations centered on", "The discussion focused on":
	// who talked, as "They discussed" (talkSubject).
	they := s.toks[rf.i].lower == "they" || talkSubject(s.toks, rf.i) > 0
	r := d.useParaRoom()
	if out, ok := d.groupItself(rf, s, ev, they, r); ok {
		return out
	}
	if out, ok := d.groupMeetingBefore(rf, s, ev, r); ok {
		return out
	}
	parties, detail := r.participants, r.roomDetail()
	if r.unnamedGuests && len(parties) >= 2 && guestNouns[s.toks[rf.j-1].lower] && len(groupModifiersOf(s.toks, rf)) > 0 {
		// "Labor leaders made clear", "business leaders announced" after
		// "Harris, Buttigieg and Deese met with the leaders of the ports
		// ..., as well as representatives of labor and the business
		// community": people of a kind among the guests the meeting
		// names not, not its hosts (rule 3); nobody known.
		return nil
	}
	// A reporter's question is about an event of its own (rule 7):
	// the title's call is not what "did the two leaders discuss" asks.
	// Nor is a bare "They" after a turn's change of subject ("Hezbollah
	// started this. They decided ..."): only a group named as such.
	if len(parties) < 2 && len(d.titled) >= 2 && !d.modes[len(d.modes)-1].question && s.toks[rf.i].lower != "they" {
		parties, detail = d.titled, detailTitled
	}
	if out, ok := d.groupCounted(rf, s, ev, parties, detail, r); ok {
		return out
	}
	if len(parties) < 2 && len(d.named) >= 2 {
		var out []subj
		var ok bool
		if parties, detail, out, ok = d.groupWithoutRoom(rf, s, ev, they, r); ok {
			return out
		}
	} else if n := groupCount(s.toks, rf); len(parties) < 2 && len(d.signatories) >= 2 && (n == 0 || n == len(d.signatories)) &&
		!d.speech && groupOffice(s.toks, rf) == "" && (rf.j >= len(s.toks) || s.toks[rf.j].lower != "of") {
		// "The leaders recognized ... They welcomed" in a joint
		// statement that has named fewer than two people so far (the
		// King who invited the leaders of the GCC states): its
		// signatories, as once two are named (rule 3).
		parties, detail = d.signatories, "the signatories of the joint statement"
	}
	return d.groupInRoom(rf, s, ev, they, parties, detail, r)
}

// groupItself decides a group by what it and the sentences just before
// say, before any room (case 1); ok is false when they do not decide.
func (d *docState) groupItself(rf ref, s sentence, ev string, they bool, r room) (out []subj, ok bool) {
	if out, ok := d.releasedSides(s.toks, rf, ev); ok {
		return out, true
	}
	// "The Israeli side affirmed", "The two delegations reaffirmed":
	// the heads the document names for the side, or for each.
	if ps, how, ok := d.sidePeople(s.toks, rf.i, rf.j, r); ok {
		if len(ps) > 0 && s.toks[rf.j-1].lower == "co-chairs" && (rf.i == firstWord(s.toks) || s.toks[rf.i-1].lower == ",") {
			// "the U.S. co-chairs stressed ... They also discussed": the
			// side's chairs are who the next "They" means.
			d.groupNow = ps
		}
		return partiesSpeak(ps, ev, how), true
	}
	if someWords[s.toks[rf.i].lower] {
		// "Multiple participants highlighted", "Some participants
		// noted": some of the room, not who (rule 3).
		return nil, true
	}
	if opensClause(s.toks, rf.i) {
		// "They noted" after "The state legislators and advocates
		// discussed": the same group (listed.go).
		if they && len(d.groupSaid) > 0 {
			d.groupKept = true
			return partiesSpeak(d.groupSaid, ev, "the group the sentence before named"), true
		}
		// "Participants shared": the listed participants.
		if g := d.listGroup(d.curRefs, s.toks, rf.j, func(ref) []*person { return nil }, r); len(g) > 0 {
			d.groupNow = g
			return partiesSpeak(g, ev, "the listed participants the group names"), true
		}
		// "The conversation highlighted" after "Vice President Kamala
		// Harris held a roundtable with constitutional law, privacy, and
		// technology experts", whom a list of participants names: the
		// host and everyone listed, officials too, talked (rule 3).
		host := r.host
		if host == nil && len(r.participants) == 1 {
			host = r.participants[0]
		}
		if talkSubject(s.toks, rf.i) > 0 && len(r.participants) < 2 && host != nil && host.shown() && len(d.attendees) >= 2 && len(d.groups) == 0 {
			ps := []*person{host}
			for _, l := range d.attendees {
				if !slices.Contains(ps, l.p) {
					ps = append(ps, l.p)
				}
			}
			return partiesSpeak(ps, ev, detailParticipants+": the host and the listed participants"), true
		}
		// "The leaders shared" under two lists of leaders: either.
		if _, n := d.headedFor(conjunctWords(s.toks, rf.i, rf.j)); n > 1 && !they {
			return nil, true
		}
	}
	if meetingClauseThey(s.toks, rf.i) {
		// "Xi Jinping met with Prime Minister Modi in Qingdao, during
		// which they exchanged views": the parties of the meeting this
		// sentence tells, or nobody known (rule 3).
		if d.lastMeetingSent != d.sentN || len(d.lastMeeting) < 2 {
			return nil, true
		}
		return partiesSpeak(d.lastMeeting, ev, detailMeetingClause), true
	}
	if d.ownOfficialsPara == d.paraAt+1 && (they && rf.i == firstWord(s.toks) && d.unnamedSubject != subjectNamed || rf.j-rf.i == 2 && (s.toks[rf.i].lower == "the" || s.toks[rf.i].lower == "these") && s.toks[rf.i+1].lower == "officials") {
		// "senior White House officials underscored ... They discussed
		// ... The officials thanked participants": the officials of the
		// room, its hosts (those who met or hosted guests, named or
		// not), not its guests; with no room whose sides are known, the
		// officials the text names not (rule 9), not the last named.
		var hosts []*person
		if r.host != nil && r.host.shown() {
			hosts = []*person{r.host}
		} else if len(r.guests) > 0 || r.unnamedGuests {
			for _, p := range r.participants {
				if !slices.Contains(r.guests, p) && p.shown() {
					hosts = append(hosts, p)
				}
			}
		}
		if len(hosts) == 0 {
			return nil, true
		}
		return partiesSpeak(hosts, ev, "the room's hosts, the officials the sentence before named"), true
	}
	if (d.othersSpoke || d.unnamedSubject != subjectNamed) && they && rf.i == firstWord(s.toks) {
		// "The advocates shared updates. They also shared ...", "Now,
		// my staff did not let me bring my guitar. They said ...": the
		// last sentence's subject, people it names not, or things.
		return nil, true
	}
	if d.theyUnnamed == d.paraAt+1 && s.toks[rf.i].lower == "they" && rf.i == firstWord(s.toks) {
		// "Some members of the committee have said the program failed.
		// They want to end it. This is a mistake. They also said ...":
		// a later "They" of the paragraph is the same unnamed people.
		return nil, true
	}
	if d.othersSpoke && they {
		return nil, true
	}
	return nil, false
}

// groupCounted decides a group by its count or its noun against the room
// (parties, as detail says) (case 3); ok is false when they do not decide.
func (d *docState) groupCounted(rf ref, s sentence, ev string, parties []*person, detail string, r room) (out []subj, ok bool) {
	n := groupCount(s.toks, rf)
	// "The three leaders committed" after "President López Obrador,
	// President Biden, and Prime Minister Trudeau instructed": as many
	// of the people last named as the group counts, when no narrated
	// meeting gave that many parties.
	if n > 2 && len(parties) != n && len(d.listed) == n {
		return partiesSpeak(d.listed, ev, "the last list of people named"), true
	}
	// "The three discussed" after "the President, Speaker Pelosi, and
	// Leader Schumer had a positive discussion by phone", "The three
	// underlined" after "the President hosted Speaker Pelosi and Leader
	// Schumer": the room holds fewer people than the group counts (a party
	// named by title only is not one of its parties); the people last
	// named, as many as it counts, when the room's are all among them.
	if n > 2 && len(parties) >= 1 && len(parties) < n && len(d.named) >= n {
		last := d.named[len(d.named)-n:]
		if !slices.ContainsFunc(parties, func(p *person) bool { return !slices.Contains(last, p) }) &&
			!slices.ContainsFunc(last, func(p *person) bool { return !p.shown() }) {
			return partiesSpeak(last, ev, detailLastCounted), true
		}
	}
	// "Both leaders", "the two leaders" after one called two: the two
	// called, not the caller.
	if (n == 2 || s.toks[rf.i].lower == "both") && len(parties) == 3 && len(r.called) == 2 &&
		!slices.ContainsFunc(r.called, func(p *person) bool { return !slices.Contains(parties, p) }) {
		return partiesSpeak(r.called, ev, detailCalled), true
	}
	// "the two heads of state", "the leaders of the two countries" in
	// a spokesperson's answer: two leaders, one of each side, not other
	// people the turn named (rules 3, 7). A joint statement's are its
	// signatories (joint.go).
	if state, counted, ok := leaderGroup(s.toks, rf); ok && d.firstPersonTurn() != nil && !devotedSelves(s.toks, rf.j) {
		if pair, how := d.leaderPair(parties, state, counted, rf.i, r); len(pair) == 2 {
			return partiesSpeak(pair, ev, how), true
		}
	}
	if rf.i+1 < len(s.toks) && s.toks[rf.i+1].lower == "group" {
		// "The group" is a narrated meeting's parties, or nobody known.
		if len(parties) < 2 {
			return nil, true
		}
		return partiesSpeak(parties, ev, detail), true
	}
	if s.toks[rf.j-1].lower == "countries" {
		// "The five countries agreed", "Both countries welcomed": the
		// parties of a meeting or a joint act, or as many people as
		// the last list named; not the last two people named, who
		// may be of other countries. "The two countries affirmed"
		// after two met a third: as many countries as the room has
		// people, else the countries' own act, whose people it says
		// not (rule 9).
		if n >= 2 && len(parties) != n || len(parties) < 2 {
			return nil, true
		}
		return partiesSpeak(parties, ev, detail), true
	}
	// "County officials shared" in a readout that lists its
	// participants: guests the list names not, not the meeting's
	// parties nor the last two people named (its hosts, as a rule).
	if mods := groupModifiersOf(s.toks, rf); len(d.attendees) > 0 && s.toks[rf.j-1].lower == "officials" && len(mods) > 0 && !d.hostOfficials(mods) {
		return nil, true
	}
	return nil, false
}

// detailLastCounted is the detail of a counted group that groupCounted
// decides by the people last named.
const detailLastCounted = "the people last named, as many as the group counts"

// groupWithoutRoom is who a group means when no room of two or more is
// known and two or more people were named (case 4): the people and how,
// or, done, the speakers (nil for nobody known).
func (d *docState) groupWithoutRoom(rf ref, s sentence, ev string, they bool, r room) (parties []*person, detail string, out []subj, done bool) {
	n := groupCount(s.toks, rf)
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
			return nil, "", nil, true
		}
		holders := d.namedHolders(key)
		if n >= 2 && len(holders) > n {
			holders = holders[len(holders)-n:]
		}
		if len(holders) < 2 {
			return nil, "", nil, true
		}
		return nil, "", partiesSpeak(holders, ev, detailHolders+key+"s"), true
	}
	// In a General Debate speech a bare "They" is a people, a
	// government or the founders, not the last two people named
	// ("They remind us that multilateralism can work"): no one
	// known, unless a group is named as such (rule 3).
	if d.speech && s.toks[rf.i].lower == "they" {
		return nil, "", nil, true
	}
	// No call or meeting was narrated in a way the rules read:
	// "the two sides" are the last two people named in this turn.
	// A group that counts more than two ("The three agreed", "the four
	// parties discussed") is as many of the people last named as it
	// counts, or all of them when fewer are named, not two of them.
	parties, detail = d.named[len(d.named)-2:], detailLastTwo
	if n > 2 {
		parties, detail = d.named[len(d.named)-min(n, len(d.named)):], detailLastCounted
	}
	if d.answering() {
		// "Q: ... when will President Xi and President Trump
		// meet? A: ... during this round of trade talks, the two
		// sides agreed on the timetable": in a spokesperson's
		// answer the group is of the talks the answer tells,
		// among the people the answer itself names, never the
		// question's (rules 3, 7); fewer than two is nobody known.
		own := d.answerNamed()
		parties = nil
		if n > 2 && len(own) >= 2 {
			parties = own[len(own)-min(n, len(own)):]
		} else if len(own) >= 2 {
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
	if len(d.signatories) >= 2 && (n == 0 || n == len(d.signatories)) {
		parties, detail = d.signatories, "the signatories of the joint statement"
	}
	// "Susan Rice, Cedric Richmond, and Dana Remus hosted ...
	// They discussed": the last list named, when no one else was
	// named after it, in this paragraph or the one before, and
	// the group counts no other number. Not a group of its own
	// ("The leaders of Israel"), nor a "They" after a sentence
	// whose subject was a group ("The civil rights leaders
	// stressed ... They also highlighted").
	if d.lastNamedList() && d.listedPara >= d.paraAt-1 && (n == 0 || n == len(d.listed)) &&
		(rf.j >= len(s.toks) || s.toks[rf.j].lower != "of") && d.listFits(s.toks, rf, they) {
		parties, detail = d.listed, "the last list of people named"
	}
	if detail == detailLastTwo && d.asking() && s.toks[rf.i].lower == "they" && rf.j-rf.i == 1 {
		// A reporter's question names people for many reasons and its
		// bare "They" is most often others: "While speaking by phone with
		// President Xi, Russian President Putin said ... Lately Russian
		// officials and experts including Kremlin spokesman, foreign
		// minister and ambassador to China all spoke against ... They
		// insisted" is not Xi and Putin. The last two named are who it
		// means only when the sentence just before named them both
		// ("Foreign Minister Lavrov, Vice Foreign Minister Morgulov and
		// Spokesperson Zakharova made positive comments ... They said"),
		// and so on for the next "They" (groupSaid); else nobody known
		// (rules 3, 7).
		if !d.askedJustBefore(parties) {
			return nil, "", nil, true
		}
		d.groupNow = parties
	}
	if detail == detailLastTwo && attendeeNouns[s.toks[rf.j-1].lower] && (rf.j-rf.i == 1 || rf.j-rf.i == 2 && s.toks[rf.i].lower == "the") {
		// A bare "Participants", "The participants" is everyone in the
		// room (room.go), never a guess of the last two people named.
		parties = nil
	}
	if detail == detailLastTwo && guestNouns[s.toks[rf.j-1].lower] && len(groupModifiersOf(s.toks, rf)) > 0 {
		// "Labor leaders made clear", "Union leaders discussed":
		// people of a kind, the guests' or some of them
		// (listed.go), not the last two people named.
		parties = nil
	}
	if detail == detailLastTwo && d.clauseObject(s.toks, rf, parties, r) {
		// "They advised the President and Vice President that":
		// whom the group's own clause acts on are not the group; the
		// last two people named were only a guess.
		parties = nil
	}
	if detail == detailLastTwo && len(parties) > 0 {
		// "China-Vietnam relations ... between the two sides"
		// after a Philippine and a Chinese minister: not the
		// Philippine one (sides.go).
		if kept := d.onNamedSides(parties, s, rf.i); len(kept) < len(parties) {
			return nil, "", partiesSpeak(kept, ev, detailLastTwo+" of the sides the text names"), true
		}
	}
	return parties, detail, nil, false
}

// groupInRoom finishes a group against the people case 2 or 4 found
// (parties, as detail says) (case 5).
func (d *docState) groupInRoom(rf ref, s sentence, ev string, they bool, parties []*person, detail string, r room) []subj {
	// "Participants", "The participants": everyone in the room, as a
	// "They" is; not "The partners", the guests alone.
	// the last sentence's unnamed subject ("The partners discussed")
	// is no matter to a group that names itself.
	everyone := they && d.unnamedSubject == subjectNamed || !they && attendeeNouns[s.toks[rf.j-1].lower] && rf.j-rf.i <= 2 && d.hostAlone
	if len(parties) < 2 && r.host != nil && r.host.shown() && everyone && opensClause(s.toks, rf.i) {
		// "They discussed" after "Harris met with 16 members of the
		// Texas State Senate": she, and people the text names not.
		return []subj{{p: r.host, rule: RuleBothSides, evidence: ev, detail: "the named party of a meeting with people unnamed"}}
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
	// "The National Security Advisors", "the national security
	// advisors", "The Vice Presidents", "the foreign ministers", "The
	// Secretaries": of the parties, those who hold the office (not the
	// President who joined the meeting, nor him for a counterpart the
	// rules did not find). An office the heads name only with a modifier
	// ("foreign ministers", not "the ministers", who are everyone); a
	// bare "Secretaries" any secretary's office. Two or more who hold it,
	// else the parties are so called loosely ("The national security
	// advisors" of Sullivan, a National Security Office Director and a
	// Secretariat's Secretary General).
	if holders, key := d.partiesInOffice(s.toks, rf, parties); len(holders) >= 2 {
		parties, detail = holders, "the parties who are "+key+"s"
	}
	return partiesSpeak(parties, ev, detail)
}

// clauseObject reports whether the clause the group at rf opens names one
// of ps after its verb, before "that" or a comma, colon or semicolon ends
// it ("They also talked about the winds, and Administrator Criswell
// described" names her in a clause of her own): "They advised the President and Vice President that", "They
// thanked Secretary Blinken for".
func (d *docState) clauseObject(toks []token, rf ref, ps []*person, r room) bool {
	if len(toks) == 0 || len(d.curToks) != len(toks) || &d.curToks[0] != &toks[0] {
		return false // d.curRefs are another sentence's
	}
	end := len(toks)
	for k := rf.j; k < len(toks); k++ {
		if l := toks[k].lower; l == "that" || l == "," || l == ";" || l == ":" || l == "whether" {
			end = k
			break
		}
	}
	for _, o := range d.curRefs {
		if o.i < rf.j || o.i >= end || o.poss || o.kind != kName && o.kind != kTitle {
			continue
		}
		if p := d.refPersonIn(o, r); p != nil && slices.Contains(ps, p) {
			return true
		}
	}
	return false
}

// groupMeetingBefore decides a group that opens the sentence right after
// one of its paragraph that narrated another call or meeting than the
// room's: "In Egypt, Kerry met with Prime Minister Madbouly ... They
// discussed" after the room was set by his meeting in Abu Dhabi. The
// parties of the meeting just told are who the group means, when one of
// them is not in the room (case 1).
func (d *docState) groupMeetingBefore(rf ref, s sentence, ev string, r room) ([]subj, bool) {
	if rf.i != firstWord(s.toks) || d.lastMeetingSent != d.sentN-1 || d.lastMeetingPara != d.paraAt || len(d.lastMeeting) < 2 || len(r.participants) < 2 {
		return nil, false
	}
	// Someone new, and everyone new named by name: "met today with Dr.
	// Ibrahim Kalin, Spokesperson and Chief Advisor to the President of
	// Türkiye" meets no spokesperson the office alone would name.
	if someoneNew, allNamed := newMeeting(d.lastMeeting, d.lastMeetingBy, r.participants); !someoneNew || !allNamed {
		return nil, false
	}
	if n := groupCount(s.toks, rf); n != 0 && n != len(d.lastMeeting) {
		return nil, false
	}
	return partiesSpeak(d.lastMeeting, ev, detailMeetingBefore), true
}

// openedMeeting notes a call or meeting that the first sentence of a
// paragraph narrates (parties, byName of them named by name, from its
// subjects and objs): "In the Kingdom of Saudi Arabia, Special Envoy Kerry
// met with Crown Prince Mohammed bin Salman ...", "The Secretary also spoke
// with ...". When someone new is of it, all named as groupMeetingBefore
// asks, it is the room of the group subjects of this paragraph and the
// ones after it, until another paragraph opens with another meeting; one
// whose parties are all in the document's room gives that room back. Only
// after an earlier paragraph narrated a meeting: the body's first is the
// one the header or the room already tells, however the rules read its
// parties ("spoke with Commissioner of Lee County, Florida Cecil
// Pendergrass" under a title that names him).
func (d *docState) openedMeeting(parties, byName []*person, subjects, objs []ref) {
	if len(d.participants) < 2 {
		return // the meeting is the room (speakers.go)
	}
	someoneNew, allNamed := newMeeting(parties, byName, d.participants)
	if !someoneNew {
		d.paraRoom = nil
		return
	}
	if !allNamed {
		return
	}
	d.paraRoom, d.paraRoomSent, d.paraRoomOf, d.paraCalled = parties, d.sentN, slices.Clone(d.participants), nil
	if len(subjects) == 1 {
		for _, rf := range objs {
			if p := d.refPerson(rf); p != nil && !slices.Contains(d.paraCalled, p) {
				d.paraCalled = append(d.paraCalled, p)
			}
		}
	}
}

// newMeeting reports whether a meeting's parties (byName of them named by
// name) have someone outside the room's participants, and whether all are
// shown, none an office word alone, and everyone outside named by name
// (groupMeetingBefore, openedMeeting).
func newMeeting(parties, byName, participants []*person) (someoneNew, allNamed bool) {
	outside := func(p *person) bool { return !slices.Contains(participants, p) }
	someoneNew = slices.ContainsFunc(parties, outside)
	allNamed = !slices.ContainsFunc(parties, func(p *person) bool {
		return !p.shown() || p.officeWord() || outside(p) && !slices.Contains(byName, p)
	})
	return someoneNew, allNamed
}

// mainClauseVerb reports whether the verb at v is of the sentence's own
// clause, no subordinate's before it: "Mr. Sullivan arrived in Israel from
// Dammam, Saudi Arabia, where he held constructive meetings with the Crown
// Prince" tells of a meeting before the paragraph's, not the one it opens.
func mainClauseVerb(toks []token, v int) bool {
	for k := firstWord(toks); k < v && k < len(toks); k++ {
		if subordinators[toks[k].lower] {
			return false
		}
	}
	return true
}

// useParaRoom is the room a group subject is resolved against: the
// meeting a paragraph opened with (openedMeeting), else, when there is
// none or the document's room has changed since, the document's.
func (d *docState) useParaRoom() room {
	if len(d.paraRoom) < 2 || d.sentN < d.paraRoomSent || !slices.Equal(d.participants, d.paraRoomOf) {
		return d.room
	}
	return room{participants: d.paraRoom, called: d.paraCalled, roomHow: detailParaRoom, roomFor: d.paraRoom}
}

// detailParaRoom: the room a paragraph's opening meeting set.
const detailParaRoom = "the parties of the meeting a paragraph opened with"

// talkJustTold returns who "Their discussions covered", "The discussion
// focused on" (a talk subject before v) means right after the sentence
// that told another meeting: "In Saudi Arabia, Kerry met with Crown
// Prince Mohammed bin Salman ... Their discussions covered": the meeting
// just told, not the document's first. Nil when no meeting was just told.
func (d *docState) talkJustTold(s sentence, v int) []subj {
	if len(d.lastMeeting) < 2 || d.lastMeetingSent != d.sentN-1 {
		return nil
	}
	return partiesSpeak(d.lastMeeting, span(s.text, s.toks, firstWord(s.toks), v+1), detailMeetingBefore)
}

// groupBesideName returns the listed people a group subject ending at k
// names beside a name ("The state legislators and advocates discussed",
// "The Vice President, state legislators, and advocates committed";
// listed.go listGroup), each conjunct resolved as a subject of s.
func (d *docState) groupBesideName(refs []ref, s sentence, para, k int) []*person {
	resolve := func(rf ref) []*person {
		var ps []*person
		for _, x := range d.resolveSubject(rf, s, para) {
			if x.p != nil {
				ps = append(ps, x.p)
			}
		}
		return ps
	}
	return d.listGroup(refs, s.toks, k+1, resolve, d.room)
}

// companions returns who "his team", "her counterparts" beside a person
// named just before ("The President and his team also discussed") are: of
// the room, the others; a team or colleagues only those of the person's
// own country (the text's own when the gazetteer places them not).
// Nobody known without a room of two or more.
func (d *docState) companions(rf ref, s sentence, ev string) []subj {
	r := d.useParaRoom()
	var owner *person
	for _, o := range d.curRefs {
		if o.j == rf.i-1 && (o.kind == kName || o.kind == kTitle) {
			owner = d.refPersonIn(o, r)
		}
	}
	if owner == nil || len(r.participants) < 2 || !slices.Contains(r.participants, owner) {
		return nil
	}
	own := s.toks[rf.i+1].lower != "counterparts"
	country := func(p *person) string {
		if c := p.homeCountry(); c != "" {
			return c
		}
		return d.home
	}
	var out []*person
	for _, p := range r.participants {
		if p != owner && p.shown() && (!own || country(p) == country(owner)) {
			out = append(out, p)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return partiesSpeak(out, ev, "the room beside whom the group is")
}

// partiesInOffice returns the parties who hold the office a plural group
// subject names ("The National Security Advisors", "the foreign
// ministers", "The Secretaries"), and the office's key; none when the
// group names no office of titleHeads, or nobody holds it.
func (d *docState) partiesInOffice(toks []token, rf ref, parties []*person) ([]*person, string) {
	k := rf.j - 1
	if k <= rf.i || !titleHeads[toks[k].lower] {
		return nil, ""
	}
	head := toks[k].lower
	modified := k-1 > rf.i && groupModifiers[toks[k-1].lower]
	bare := k-1 == rf.i && toks[rf.i].lower == "the"
	if !filteredHeads[head] && !modified && !(head == "secretaries" && toks[k].cap && bare) {
		return nil, ""
	}
	if head == "secretaries" && bare {
		var holders []*person
		for _, p := range parties {
			if d.holdsOffice(p, "secretary") {
				holders = append(holders, p)
			}
		}
		return holders, "secretarie"
	}
	key := strings.TrimSuffix(joinKeys(toks, rf.i+1, rf.j), "s")
	return d.holdersOf(key, parties), key
}

// holdersOf returns those of people who hold the office key ("foreign
// minister", "national security advisor") on the document's date, by the
// gazetteer's canonical title when it knows one.
func (d *docState) holdersOf(key string, people []*person) []*person {
	canon := ""
	if t := d.g.Title(key); t != nil {
		canon = t.Title
	}
	var holders []*person
	for _, p := range people {
		if d.holdsTitle(p, key, canon, "") {
			holders = append(holders, p)
		}
	}
	return holders
}
