package attribution

import (
	"regexp"
	"slices"
	"strings"
)

// Who is in the room: the people a document establishes as its meeting's
// or statement's participants, and what its group subjects mean by them
// (ATTRIBUTION.md rules 3, 5). The document sets them as it goes:
//
//   - the parties of the first narrated call or meeting with two or more
//     of them ("President Biden met with X, Y and Z", "A and B hosted C,
//     D and a delegation"): d.participants;
//   - the signatories of a joint statement (joint.go): d.signatories;
//   - the heads the document names for each delegation (delegations.go):
//     d.sides;
//   - the people a list of participants gives (listed.go): d.attendees.
//
// A group subject resolves against them by its kind: "the two sides",
// "They", "the leaders" are all of them; "the Israeli side" is the side's
// named heads, else the room's people of that country; "the ministers" the
// room's people who hold that office.

// room is who is in a call or meeting the document narrated: the
// document's own (docState), or the one a paragraph opened with
// (groupSpeakers, paraRoom).
type room struct {
	participants []*person
	called       []*person // the two or more one subject called or met, of the call that set participants
	// guests are the participants who were the objects of the call or
	// meeting that set them ("hosted X, Y and a delegation"): one side of
	// it, the subjects the other (roomSide).
	guests []*person
	host   *person // the one named party of a meeting with people unnamed ("Harris met with 16 members")
	// unnamedGuests: the meeting that set participants was with people it
	// names not ("Harris, Buttigieg and Deese met with the leaders of the
	// ports ..., as well as representatives of labor"): the participants
	// are its hosts alone.
	unnamedGuests bool
	// roomHow says how the participants were read, for explain; it holds
	// while they are roomFor (noteRoom, roomDetail).
	roomHow string
	roomFor []*person
}

// roomSide returns the people of a meeting the readout narrated who are of
// the country of code, for "the Israeli side", "the U.S. delegation" whose
// heads the document does not name otherwise: "Sullivan and Blinken hosted
// Hanegbi, Dermer and a senior Israeli delegation ... The Israeli side
// affirmed" → Hanegbi and Dermer. The meeting's two sides are its subjects
// and its objects (d.guests): a side is the one of them that has someone
// of the country and nobody of another, whole, as one side's people of
// a country the gazetteer does not know ("Minister of Strategic Affairs
// Ron Dermer" beside "Israeli National Security Advisor Tzachi Hanegbi")
// are of it. Only in a readout's own voice, about a meeting of two sides:
// a spokesperson's "The Chinese side calls upon" is the government that
// speaks now (rules 7, 9), and a joint statement's "The U.S. side" is its
// party (joint.go); with nobody of the country in the room the side is
// nobody known.
func (d *docState) roomSide(code string, r room) []*person {
	if code == "" || len(r.participants) < 2 || len(d.signatories) > 0 || len(d.jointBodies) > 0 {
		return nil
	}
	if n := len(d.modes); n > 0 && (d.modes[n-1].owner != nil || d.modes[n-1].question || d.modes[n-1].moderator) {
		return nil
	}
	if len(r.guests) == 0 || len(r.guests) == len(r.participants) {
		// A room whose sides its reading did not tell apart ("A, B and C
		// were joined by D", the parties of the title): the side is its
		// people of the country, when everyone's country is known and
		// someone is of another; only in a readout's own voice (not a
		// spokesperson's "We hope the Indian side can").
		if d.docSpeaker != nil || d.spokesperson != nil || d.voice != nil || d.speech || d.transcript {
			return nil
		}
		var out []*person
		other := false
		for _, p := range r.participants {
			switch home := p.homeCountry(); {
			case home == "":
				return nil
			case home != code:
				other = true
			case p.shown() && !p.officeWord():
				out = append(out, p)
			}
		}
		if !other {
			return nil
		}
		return out
	}
	var hosts []*person
	for _, p := range r.participants {
		if !slices.Contains(r.guests, p) {
			hosts = append(hosts, p)
		}
	}
	// of reports whether every one of ps may be of the country and at
	// least one is known to be.
	of := func(ps []*person) bool {
		known := false
		for _, p := range ps {
			switch home := p.homeCountry(); {
			case home == code:
				known = true
			case home != "":
				return false
			}
		}
		return known
	}
	var side []*person
	switch h, g := of(hosts), of(r.guests); {
	case h && !g:
		side = hosts
	case g && !h:
		side = r.guests
	default:
		return nil
	}
	var out []*person
	for _, p := range side {
		if p.shown() && !p.officeWord() {
			out = append(out, p)
		}
	}
	return out
}

// roomOthers returns the people of the room r other than own, the subjects
// of a talk, who may be of the country of code: the other side, for "Dr.
// Gordon discussed ... with Israeli officials" after "Dr. Gordon met with
// President Isaac Herzog, ..." (rule 3). Nobody when the room has someone
// of another country than code among them, or no one but own; with code
// empty, nobody.
func (d *docState) roomOthers(code string, r room, own []*person) []*person {
	if code == "" || len(own) == 0 || !slices.ContainsFunc(own, func(p *person) bool { return slices.Contains(r.participants, p) }) {
		return nil
	}
	var out []*person
	for _, p := range r.participants {
		if slices.Contains(own, p) {
			continue
		}
		if home := p.homeCountry(); home != "" && home != code {
			return nil
		}
		if p.shown() && !p.officeWord() {
			out = append(out, p)
		}
	}
	return out
}

// hostedRoom reads who is in the room from a sentence whose hosts name no
// guest: "Latifa Lyles, Charlotte Burrows, and Jessica Looman hosted a
// roundtable conversation", "Hayashi Yoshimasa, Minister for Foreign
// Affairs of Japan and the Honorable Antony Blinken, Secretary of State
// ..., convened a virtual ... Meeting on July 19 with over 25 countries".
// Its named people, two or more, are the participants, whom
// "Participants discussed" and "They discussed" next mean (rule 3). The
// hosts are the people named before the verb, none the object of a
// preposition ("Special Assistant to the President"), in a clause no
// relative pronoun or agent opens ("the Office, which is overseen by Vice
// President Harris, convened": the Office hosted). The first call or
// meeting that sets the participants decides; a host who names guests is
// a meeting's party (the meeting case of the sentence loop).
func (d *docState) hostedRoom(refs []ref, toks []token, v int) {
	// A joint statement's room is its signatories or parties (joint.go).
	if len(d.participants) >= 2 || v == 0 || auxBefore(toks, v) || len(d.signatories) > 0 || len(d.jointBodies) > 0 || d.released {
		return
	}
	for _, t := range toks[:v] {
		switch t.lower {
		case "which", "who", "whose", "whom", "by", "after", "following", "when", "while":
			return
		}
	}
	hosts := d.roomNames(refs, toks, 0, v, true)
	for _, rf := range refs {
		if rf.i > v && (rf.kind == kName || rf.kind == kTitle) && d.refPerson(rf) != nil {
			// "hosted a dinner for Prime Minister X": anyone named
			// after the verb may be a guest.
			return
		}
	}
	if len(hosts) >= 2 {
		d.participants, d.guests, d.called, d.host = hosts, nil, nil, nil
		d.noteRoom(`the hosts "` + toks[v].text + `" names`)
	}
}

// roomNames returns the people named (names and titles) by the references
// that open in toks[from:to], each once, in order: not a possessive ("the
// President's"), not an office read as a word, and, for a clause's
// subjects, not the object of a preposition ("Special Assistant to the
// President"). The hosts of hostedRoom and the subjects and agents of
// joinedRoom.
func (d *docState) roomNames(refs []ref, toks []token, from, to int, subject bool) []*person {
	var out []*person
	for _, rf := range refs {
		if rf.i < from || rf.i >= to || rf.poss || rf.kind != kName && rf.kind != kTitle {
			continue
		}
		p := d.refPerson(rf)
		if p == nil || !p.shown() || p.officeWord() || slices.Contains(out, p) {
			continue
		}
		if subject {
			b := rf.i
			if b > 0 && toks[b-1].lower == "the" {
				b--
			}
			if b > 0 && prepositions[toks[b-1].lower] {
				continue
			}
		}
		out = append(out, p)
	}
	return out
}

// roomAgentVerbs, in the passive, give who chaired a meeting or joined its
// hosts: "The meeting was co-chaired by", "They were joined by".
var roomAgentVerbs = set(`chaired co-chaired hosted co-hosted convened led co-led joined`)

// joinedRoom reads who is in the room from a passive whose agents are
// people: "The meeting was co-chaired by Björn Seibert, ..., and Amos
// Hochstein, ..., and under the leadership of Ditte Juul Jørgensen ...
// and Stephanie Epner" sets them as the participants, when no call or
// meeting did; "They were joined by Secretary of Energy Jennifer Granholm,
// Secretary of Commerce Gina Raimondo, and ... Gayle Manchin" after the
// hosts of a roundtable adds them to it. The subject must be the meeting
// ("The meeting", "The dialogue") or, for "joined", the room itself
// ("They", the host); the agents are the people named after "by".
func (d *docState) joinedRoom(refs []ref, toks []token, v int) {
	// A statement its governments release (jointBodies, from the title)
	// may narrate the meeting it closes: "The dialogue was led by Political
	// Director Jernej Müller, ..., and Deputy Assistant Secretary Robin
	// Dunnigan": they are its room, whom "The two countries exchanged
	// views" means (rule 3); the text's own voice stays the governments'.
	if !roomAgentVerbs[toks[v].lower] || v+1 >= len(toks) || toks[v+1].lower != "by" || len(d.signatories) > 0 || len(d.jointBodies) > 0 && toks[v].lower == "joined" || d.released {
		return
	}
	f := firstWord(toks)
	joined := toks[v].lower == "joined"
	switch {
	case joined && len(d.participants) < 2 && d.host == nil && (toks[v-1].lower == "was" || toks[v-1].lower == "were"):
		// "Today, Jennifer Klein, Assistant to the President ..., and
		// Danielle Carnival, ..., were joined by medical experts,
		// researchers, and patient advocates": with no room known, the
		// people the subject names, and those after "by", are it, as two
		// hosts who name no guest are (hostedRoom).
		subject := d.roomNames(refs, toks, 0, v-1, true)
		for _, t := range toks[f : v-1] {
			switch t.lower {
			case "which", "who", "whose", "whom", "after", "following", "when", "while":
				return
			}
		}
		if len(subject) == 0 {
			return
		}
		for _, p := range d.roomNames(refs, toks, v+1, len(toks), false) {
			if !slices.Contains(subject, p) {
				subject = append(subject, p)
			}
		}
		if len(subject) >= 2 {
			d.participants, d.guests, d.called, d.host = subject, nil, nil, nil
			d.noteRoom(`who "joined" whom`)
		}
		return
	case joined:
		// "They were joined by", "Mr. Sullivan was joined by": the room
		// is known and the subject is it.
		if len(d.participants) < 2 && d.host == nil || v-2 < f {
			return
		}
		if toks[f].lower != "they" || v-2 != f {
			if len(refs) == 0 || refs[0].i != f && refs[0].i != f+1 || d.refPerson(refs[0]) == nil ||
				!slices.Contains(d.participants, d.refPerson(refs[0])) && d.refPerson(refs[0]) != d.host {
				return
			}
		}
	case toks[v-1].lower != "was" && toks[v-1].lower != "were":
		// "The U.S.-EU Task Force on European Energy Security met
		// virtually on June 22, 2022 convened by co-chairs A, ..., and B":
		// a body met, and the clause names who convened it; nobody is
		// named before the verb.
		if len(d.participants) >= 2 || !slices.ContainsFunc(toks[f:v], func(t token) bool { return t.lower == "met" }) ||
			slices.ContainsFunc(refs, func(rf ref) bool { return rf.i < v && (rf.kind == kName || rf.kind == kTitle) }) {
			return
		}
	default:
		// "The meeting was co-chaired by": a meeting noun opens the
		// sentence, and nobody set the room yet.
		if len(d.participants) >= 2 || v-3 < f || toks[f].lower != "the" || !meetingNouns[toks[v-2].lower] && !roomNouns[toks[v-2].lower] {
			return
		}
	}
	agents := d.roomNames(refs, toks, v+1, len(toks), false)
	if len(agents) == 0 {
		return
	}
	if joined {
		if len(d.participants) < 2 {
			d.participants = []*person{d.host}
		}
		for _, p := range agents {
			if !slices.Contains(d.participants, p) {
				d.participants = append(d.participants, p)
			}
		}
		d.host, d.hostAlone, d.guests = nil, false, nil
		d.noteRoom(`the hosts and who "joined" them`)
		return
	}
	if len(agents) >= 2 {
		d.participants, d.guests, d.called, d.host = agents, nil, nil, nil
		d.noteRoom(`who "` + toks[v].text + `" the meeting`)
	}
}

// joinedActive reads "Secretary of Homeland Security Alejandro N.
// Mayorkas also joined the meeting", "X participated in the call", "X
// attended the meeting" after the room is known: the people it names
// before the verb join the room (rule 3), so that a later "They" is them
// too. Only a room of named parties with no unnamed guests: one host's
// meeting with "a diverse coalition" stays the host's and people unnamed.
// A call or meeting only: who "also participated in the event" of a
// forum is not who its hosts' "They" means.
func (d *docState) joinedActive(refs []ref, toks []token, v int) {
	k := v + 1
	switch toks[v].lower {
	case "joined", "attended":
	case "participated":
		if k >= len(toks) || toks[k].lower != "in" {
			return
		}
		k++
	default:
		return
	}
	if k+1 >= len(toks) || toks[k].lower != "the" && toks[k].lower != "this" || !meetingNouns[toks[k+1].lower] ||
		len(d.participants) < 2 || d.unnamedGuests || len(d.signatories) > 0 || len(d.jointBodies) > 0 || d.released {
		return
	}
	f := firstWord(toks)
	for _, t := range toks[f:v] {
		if subordinators[t.lower] || clauseMarkers[t.lower] {
			return
		}
	}
	added := false
	for _, p := range d.roomNames(refs, toks, f, v, true) {
		if !slices.Contains(d.participants, p) {
			d.participants = append(d.participants, p)
			added = true
		}
	}
	if added {
		d.noteRoom(`the parties and who "` + toks[v].text + `" the meeting`)
	}
}

// roomNouns name a gathering as meetingNouns do: "The roundtable was
// hosted by".
var roomNouns = set(`roundtable convening summit session forum event consultations`)

// auxBefore reports whether the verb at v is a future, a wish or a
// perfect's participle ("will host", "to convene", "has hosted"): no
// event the readout reports.
func auxBefore(toks []token, v int) bool {
	switch toks[v-1].lower {
	case "will", "would", "to", "not", "may", "might", "could", "should", "shall":
		return true
	}
	return false
}

// undersignedLine names the signatories of a statement by their office:
// "the undersigned foreign ministers of ... commit to", "We, the
// undersigned leaders".
var undersignedLine = regexp.MustCompile(`(?i)\bthe\s+undersigned\s+(leaders|foreign\s+ministers|heads\s+of\s+state\s+and\s+government|heads\s+of\s+government|presidents)\b`)

// undersignedSigners reads the signatories of a statement released by
// governments whose opening calls them by their office: "The text of the
// following statement was released by the Governments of Canada, Chile,
// and the United States ... Today, ..., the undersigned foreign ministers
// ... commit to" → the foreign ministers of Canada, Chile and the United
// States on the statement's date (the gazetteer's offices by date), one
// for each government, or nobody. Its text in its own voice is theirs
// (rules 3, 8); the release line stays the governments' (rule 9).
func (d *docState) undersignedSigners() {
	if !d.released || len(d.signatories) > 0 || len(d.jointBodies) < 2 || d.date.IsZero() {
		return
	}
	for _, s := range d.opening(4) {
		m := undersignedLine.FindStringSubmatch(s.text)
		if m == nil {
			continue
		}
		offices := officesFor[strings.ToLower(strings.Join(strings.Fields(m[1]), " "))]
		found := d.officeHolders(strings.Join(d.jointBodies, ", "), offices)
		if len(found) == len(d.jointBodies) {
			d.signatories, d.undersigned = found, true
			d.releaseEv = d.jointEv // the release line's (releaseSpeaks)
			d.jointEv = strings.TrimSpace(m[0]) + " (" + strings.Join(d.jointBodies, ", ") + ")"
		}
		return
	}
}

// bodySubject reports whether a sentence opens with a named body, "The"
// and capitalised words that are no country and no one's name or office,
// then a verb of speech or stance: "The Global Partnership welcomes".
func (d *docState) bodySubject(toks []token) bool {
	k := firstWord(toks)
	if k >= len(toks) || toks[k].lower != "the" {
		return false
	}
	j := k + 1
	for j < len(toks) && toks[j].word && toks[j].cap && !titleWords[toks[j].lower] && d.countryOf(toks[j]) == nil && len(d.g.ByToken(toks[j].text)) == 0 {
		j++
	}
	return j-k >= 3 && j < len(toks) && !toks[j].cap && speechVerbs[toks[j].lower]
}

// groupRoom reads who is in the room from a meeting with a group's leaders
// the text names by the group alone: "President Joseph R. Biden, Jr. met
// virtually with G7 Leaders", "hosted the Quad leaders" → the leaders in
// office on the document's date of the group's members (groupMembers,
// officeHolders), and the named subject; "Leaders also discussed", "The
// Leaders also discussed", "They also outlined" are all of them (rule 3).
// The first call or meeting that sets the participants decides.
func (d *docState) groupRoom(refs []ref, toks []token, v int) {
	if len(d.participants) >= 2 || d.date.IsZero() || v == 0 || auxBefore(toks, v) || len(d.signatories) > 0 || len(d.jointBodies) > 0 {
		return
	}
	k := v + 1
	for k < len(toks) && k <= v+3 && toks[k].word && !toks[k].cap && toks[k].lower != "with" {
		k++ // "met virtually with", "spoke today with"
	}
	if k >= len(toks) || toks[k].lower != "with" && !hostVerbs[toks[v].lower] {
		return
	}
	if toks[k].lower == "with" {
		k++
	}
	for k < len(toks) && (toks[k].lower == "the" || toks[k].lower == "other" || toks[k].lower == "fellow" || toks[k].lower == "his" || toks[k].lower == "her") {
		k++
	}
	if k+1 >= len(toks) || toks[k+1].lower != "leaders" {
		return
	}
	list := groupMembers[strings.ReplaceAll(toks[k].lower, "-", "")]
	if list == "" {
		return
	}
	members := d.officeHolders(list, officesFor["leaders"])
	if len(members) < 3 {
		return
	}
	for _, rf := range d.subjectsOf(refs, toks, v) {
		if p := d.refPerson(rf); p != nil && p.shown() && !slices.Contains(members, p) {
			members = append([]*person{p}, members...)
		}
	}
	d.participants, d.guests, d.called, d.host, d.groupMet = members, nil, nil, nil, true
	d.noteRoom("the " + toks[k].text + " leaders in office on the date")
}

// widerRoom reports whether the parties of a narrated meeting replace the
// participants the header or title named: "National Security Advisor Jake
// Sullivan, Special Presidential Advisor Christopher Dodd, ... Dr. Rebecca
// Lissner, and ... Juan Gonzalez met today at the White House with
// Guatemalan President-elect Bernardo Arévalo" under a title of
// Sullivan's meeting with Arévalo: all five are in the room, whom
// "participants discussed" means (rule 3). Asked of the first meeting
// narrated only (d.headerRoom, the caller), it holds when that meeting
// names everyone the header named, and more,
// each by name (byName): "Dr. Ibrahim Kalin, Spokesperson and Chief
// Advisor to the President of Türkiye" is no meeting with a spokesperson
// the office alone would name. Everyone the sentence names (named) must
// be a party: a list the rules read only in part ("spoke today with A,
// B, representing the OSCE Chairman-in-Office, OSCE Secretary General C,
// and D") is no room.
func (d *docState) widerRoom(parties, byName, named []*person) bool {
	// "Readout of Vice President Harris's Meeting with Prime Minister Lee
	// of Singapore" then "Vice President Kamala Harris today met with Prime
	// Minister Lee Hsien Loong of Singapore": the header's one word "Lee",
	// no one shown, is the party the meeting names in full (namedAs), and
	// the meeting's parties are the room.
	replaced := 0
	for _, p := range d.participants {
		if !slices.Contains(parties, p) {
			if !slices.ContainsFunc(byName, func(q *person) bool { return namedAs(p, q) }) {
				return false
			}
			replaced++
		}
	}
	if len(parties) <= len(d.participants) && replaced == 0 || len(parties) < len(d.participants) {
		return false
	}
	for _, p := range parties {
		if !slices.Contains(d.participants, p) && !slices.Contains(byName, p) {
			return false
		}
	}
	for _, p := range named {
		if !slices.Contains(parties, p) {
			return false
		}
	}
	return true
}

// namedAs reports whether p, a participant no one is shown as (one word
// of a title, "Lee"), is q named in full: every word of p's name is one
// of q's.
func namedAs(p, q *person) bool {
	if p.shown() || !q.shown() || p == q || len(p.tokens) == 0 {
		return false
	}
	return containsAll(q.tokens, p.tokens)
}

// namedIn returns the people a sentence names by name, not as a
// possessive ("President Biden’s").
func (d *docState) namedIn(refs []ref) []*person {
	var out []*person
	for _, rf := range refs {
		if rf.kind != kName || rf.poss {
			continue
		}
		if p := d.refPerson(rf); p != nil && p.shown() && !p.officeWord() && !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	return out
}

// detailRoomLeaders explains a group of leaders read from the room.
const detailRoomLeaders = "participants who lead their countries"

// roomLeaders returns who "the two leaders", "Both leaders" are in a room
// the document narrated (parties, as detail says) that holds others beside
// its leaders: the participants who hold a leader's office on the date
// (the gazetteer's), exactly as many as the group counts. Everyone else in
// the room must be known to the gazetteer, whose offices say they lead no
// country; ok is false otherwise, and the room stands. A bare "The
// leaders" stays the room: a first version that read it so dropped Vice
// President Harris from "The leaders discussed" after she met three
// Baltic presidents, the Crown Prince from the Jeddah communiqué's
// leaders and Australia's Deputy Prime Minister from the meeting with
// NATO's Indo-Pacific partners, 3 right of 7 documents changed.
func (d *docState) roomLeaders(toks []token, rf ref, parties []*person, detail string) (leaders []*person, ok bool) {
	if toks[rf.j-1].lower != "leaders" || rf.j < len(toks) && toks[rf.j].lower == "of" || !meetingDetail(detail) {
		return nil, false
	}
	for _, p := range parties {
		switch {
		case d.leads(p):
			leaders = append(leaders, p)
		case p.gz == nil:
			return nil, false
		}
	}
	if len(leaders) < 2 || len(leaders) == len(parties) {
		return nil, false
	}
	n := groupCount(toks, rf)
	if toks[rf.i].lower == "both" {
		n = 2
	}
	if n != len(leaders) {
		return nil, false
	}
	return leaders, true
}

// noteRoom records how the participants were just read, for explain.
func (d *docState) noteRoom(how string) {
	d.roomHow, d.roomFor = how, slices.Clone(d.participants)
}

// roomDetail is how a group resolved to the participants of r is
// explained: "participants", and how they were read while they stand.
func (r room) roomDetail() string {
	if r.roomHow != "" && slices.Equal(r.roomFor, r.participants) {
		return detailParticipants + ": " + r.roomHow
	}
	return detailParticipants
}
