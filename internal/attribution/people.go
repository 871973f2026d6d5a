package attribution

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/readouts/readouts/internal/gazetteer"
	"github.com/readouts/readouts/internal/readout"
)

// docState is everything known about one document while it is attributed.
type docState struct {
	g *gazetteer.Gazetteer
	// lowerOffice: the document writes "the president" in lower case as a
	// rule (lowerOffices), so that the lower-case form is the office.
	lowerOffice bool
	// introduced are the people labelled turns introduced ("MR. HASAN:
	// This is Abdullah"), by the label's surname key: the label's later
	// turns are theirs.
	introduced map[string]*person
	// handedOver: label people whose hand-overs were read for a given
	// name (handoverGiven).
	handedOver map[*person]bool
	// places are the words the document writes as places (placeLike),
	// read once it is first asked.
	places map[string]bool
	// company are the people the owner of the current turn says they
	// talked with ("I discussed this with President al-Sisi"): who a
	// later "we agreed" of the same turn includes (rule 3).
	company []*person
	// asked are the people whose words the last question reported (its
	// person speakers): whose "such remarks" its answer means (asked.go).
	asked []*person
	// turnReported says the current turn has reported the words of
	// someone the question did not (asked.go).
	turnReported bool
	// principals are the people a joint appearance's title puts at the
	// podium together (podium), once podiumKnown.
	principals  []*person
	podiumKnown bool
	doc         *readout.Document
	title       sentence  // the document's title, tokenized once: several rules read it
	date        time.Time // zero when unknown: every office term then covers it
	// from and to bound the date at its precision (all of 1946 for a
	// year-only date); zero when there is no date.
	from, to time.Time
	home     string // country code of the issuer ("US" for the State Department)

	people []*person
	// room is the document's room: the participants of the call or
	// meeting narrated, and how they were read (room.go). Group subjects
	// resolve against it or against a paragraph's (groupSpeakers).
	room
	// hostAlone: the sentence that set host names nobody else, so that
	// "Participants" are the host and people unnamed (room.go).
	hostAlone bool
	// groupMet: the participants are a group's leaders in office, met as
	// such ("met virtually with G7 Leaders", room.go).
	groupMet bool
	// headerRoom: the participants are still those the header or title
	// named (cast), which the first narrated meeting that names them all
	// and more replaces (room.go, widerRoom).
	headerRoom bool
	titled     []*person // the parties of a call or meeting the title names (titleParties)
	history    []said    // individual subject speakers, most recent last
	reported   []*person // whose words in indirect speech the paragraph's last sentence reported
	named      []*person // people named in the current turn, most recent last
	// turnNamed are the people a first-person turn (a transcript label,
	// an "A:" answer) has named so far as a subject or a source
	// (turnSubjectRef), most recent last: who its "he" or "she" may be
	// (turnAntecedent).
	turnNamed []turnName
	// speechNamed are the people a speech has named so far, in any role,
	// most recent last: whom its "he" or "she" may mean (speechAntecedent).
	speechNamed []turnName
	// speechUnknown is the last sentence (d.sentN) of a speech that named
	// someone no one in the cast is: a "he" after it may be them.
	speechUnknown int
	// speechUnknownSubject is the last sentence of a speech whose subject
	// is such a name.
	speechUnknownSubject int
	// principal is the one person a press call's or briefing's title names
	// ("Background Press Call on an Update on the President’s Second Day
	// at the G7", "... on the Vice President’s Trip"): whom its answers'
	// "he" or "she" means when the turn names no one else (turnAntecedent).
	principal *person
	// turnPeople are the people the current turn has named in any role,
	// in order (principalAntecedent).
	turnPeople []*person
	// askedNamed are the people a reporter's question has named so far,
	// most recent last: who its "he said" may relay (askedAntecedent).
	askedNamed []turnName
	// askedReport is whose words in indirect speech the question's last
	// sentence reported ("Raab said that ..."), and askedReportPara its
	// paragraph: the next sentences may go on with them (askedGoesOn).
	askedReport     *person
	askedReportPara int
	// askedUnknown is the last sentence of the question (d.sentN) that
	// may name someone in words no reference reads, or whose speech verb
	// has no speaker found: its "he" may be them (otherSourceBefore).
	askedUnknown int
	othersSpoke  bool // the last sentence's subject was people it names not (othersSpeak)
	// theyUnnamed is 1 + the paragraph whose sentence-initial "They" was
	// people it names not; 0: none.
	theyUnnamed int
	// ownOfficialsPara is 1 + the paragraph of the last sentence whose
	// subject was an administration's officials it names not ("senior
	// White House officials underscored", subjectKind); 0: none.
	ownOfficialsPara int
	// unnamedSubject is what the last sentence's subject was, for a "They"
	// opening the next (subjectKind).
	unnamedSubject int
	listed         []*person // the last list of three or more people named (listOf)
	listedPara     int       // the paragraph (paraAt) that named listed
	groupOpened    int       // the last sentence (sentN) that opened with a group other than "they" ("The civil rights leaders")
	// attendees are the people of the document's lists of participants
	// (listed.go); groupSaid the people of the last sentence's group
	// subject ("The state legislators and advocates discussed"), whom the
	// next "They" means; groupNow and groupKept carry them through a
	// sentence.
	attendees []listedPerson
	groups    []headedGroup // the lists a heading names by a plural noun (groupHeading)
	listHosts []*person     // the host a list's heading names ("Joining President Biden on the call were")
	sides     []side        // the delegations the document says who led (delegations.go)
	// lastMeeting are the parties of the last call or meeting a sentence
	// told, in sentence lastMeetingSent (sentN), for a talk it goes on to
	// describe ("Their discussions covered ...").
	lastMeeting     []*person
	lastMeetingSent int
	lastMeetingPara int       // paraAt of lastMeetingSent
	lastMeetingBy   []*person // of lastMeeting, those named by name
	// paraRoom are the parties of another meeting than the room's that a
	// paragraph's first sentence (paraRoomSent) narrated: the room of the
	// group subjects of that paragraph and the ones after it, while the
	// document's room is still paraRoomOf (groupsubject.go openedMeeting).
	paraRoom     []*person
	paraCalled   []*person // of paraRoom, whom its one subject called or met
	paraRoomSent int
	paraRoomOf   []*person
	paraFirst    int // the first sentence (sentN) of the paragraph being attributed
	groupSaid    []*person
	bodyGroupAt  int // the sentence (sentN) whose group subject is a body's members the text names not (bodyMembers)
	groupNow     []*person
	groupKept    bool
	// cur and curRefs are the sentence being attributed and its
	// references, for a pronoun's antecedent inside it.
	cur     string
	curRefs []ref
	curToks []token
	// titledSeen are the people the current turn has named after a title
	// ("Vice President Pence"), most recent last: whom a bare "the Vice
	// President" just after means (resolveTitle).
	titledSeen []titleSeen

	docSpeaker   *person  // the whole text is theirs (a UN General Debate speech)
	readFor      *readFor // the statement docSpeaker reads out for its author (behalf.go)
	spokesperson *person  // answers "A:" in a press conference
	issuer       string   // speaks in paragraphs where nobody else does
	statement    *person  // "The below is attributable to ..."
	statementEv  string
	// voice is the person in whose voice the text is written (the
	// attributable line, "Statement by X", a letter's author); speaks in
	// own-voice sentences only.
	voice     *person
	voiceRule string
	voiceEv   string
	// signatories speak for a joint statement's "we" ("We, the leaders of
	// Australia, India, Japan and the United States").
	signatories []*person
	jointEv     string
	titleSigned bool     // the signatories are the authors the title names
	jointBodies []string // governments whose joint statement it is, when it names no signatory (jointGovernments)
	released    bool     // jointBodies come from a release line (released.go)
	// undersigned: the signatories are the office holders of the released
	// statement's governments, "the undersigned foreign ministers"
	// (room.go); the release line stays the governments'.
	undersigned bool
	releaseEv   string // the release line's evidence when jointEv is the undersigned's
	releaseLine [2]int // its paragraph and sentence
	signed      bool   // the signatories come from a line adopting the statement (joint.go)
	signLine    [2]int // its paragraph and sentence
	// actorAbbrevs are the abbreviations the text gives an agency, body or
	// company ("The U.S. Trade and Development Agency (USTDA)"), read once
	// (joint.go otherActorSubject).
	actorAbbrevs map[string]bool
	// signCountries are the countries of signatories the gazetteer does
	// not place, as their opening gives them ("Mexico’s Secretary of ...").
	signCountries []string
	signOf        map[*person]string // their countries' codes, by signatory
	listLead      []readout.Reason   // the speakers of the sentence a list's items continue (listItems)
	numLead       []readout.Reason   // the lead of a numbered list, for its items after the first (listItems)
	numNext       int                // the number of the numbered list's next item
	weLine        int                // 1 + the paragraph whose "we the Ministers of ..." names the governments; 0: none
	readoutJoint  int                // 1: a joint statement tells of a meeting (readoutStyle); -1: it does not; 0: not yet known
	parties       []string           // partyCountries, once partiesKnown
	partiesKnown  bool
	sentN         int                // sentences attributed so far (sentence)
	sidesAt       int                // the last sentence whose group was the released statement's governments
	labelOwners   map[string]*person // the turn labels read so far and who owns them ("MR PRICE:"), for asked.go
	// moderator is whom a call's "MODERATOR:" label stands for, once
	// moderatorKnown (moderatorPerson, turns.go), with the words that say so.
	moderator      *person
	moderatorEv    string
	moderatorKnown bool
	leaderOffices  map[string]string // leaderOffice's answers, by country code
	paraAt         int               // the index of the paragraph being attributed
	// mixedLabels: turns are labelled "Zhao Lijian:" / "Reuters:".
	mixedLabels bool
	// speech: the document is one speech (isSpeech); readoutTitle: its
	// title announces a readout (isReadoutTitle). Both fixed per document.
	speech, readoutTitle bool
	transcript           bool // labelled or Q/A turns: "SECRETARY BLINKEN:", "Q:"
	// firstPerson: the body says "I" outside a quotation ("I just spoke
	// with President Zelenskyy"); fixed per document, read only where the
	// title announces a readout.
	firstPerson bool
	qa          bool

	paras   [][]sentence
	body    string          // the paragraphs in lower case, joined; see bodyLower
	written map[string]bool // see writes
	lower   map[string]bool // words the document writes in lower case: "charter", "recovery"
	// titledWords are words the document writes alone after a title
	// word, then a verb or punctuation: "Lenderking" of "Special Envoy
	// Lenderking noted".
	titledWords map[string]bool
	modes       []mode // each paragraph's, as run read it (turns.go)
}

type said struct {
	p    *person
	para int
	// asked: the narrated subject of a reporter's question ("Secretary
	// Blinken met today with ..."), whom a later statement's "he" means
	// ("He said that ...") but not a question's ("the topics he
	// discussed?"), which asks and relays nothing of his.
	asked bool
}

type sentence struct {
	text string
	toks []token
}

func newDocState(g *gazetteer.Gazetteer, doc *readout.Document) *docState {
	d := &docState{g: g, doc: doc, date: doc.Date.Start(), speech: isSpeech(doc), readoutTitle: isReadoutTitle(doc.Title),
		transcript: hasLabels(doc) || isQA(doc)}
	if d.readoutTitle {
		d.firstPerson = firstPersonBody(doc)
	}
	d.title = sentence{text: doc.Title, toks: tokenize(doc.Title)}
	d.lowerOffice = lowerOffices(doc)
	if !doc.Date.IsZero() {
		d.from, d.to = d.date, d.date
		switch doc.Date.Precision {
		case readout.PrecisionYear:
			d.to = d.from.AddDate(1, 0, -1)
		case readout.PrecisionMonth:
			d.to = d.from.AddDate(0, 1, -1)
		}
	}
	if doc.Date.Precision == readout.PrecisionYear || doc.Date.Precision == readout.PrecisionMonth {
		// A year-only date cannot pick one office holder of the year; leave
		// the date unknown rather than pick January's.
		d.date = time.Time{}
	}
	src := strings.ToLower(doc.Source + " " + doc.Meta["publisher"] + " " + doc.Meta["source"] + " " + doc.URL)
	switch {
	case strings.Contains(src, "state.gov"), strings.Contains(src, "department of state"),
		strings.Contains(src, "white house"), strings.Contains(src, "whitehouse.gov"):
		d.home = "US"
	case strings.Contains(src, "fmprc.gov.cn"), strings.Contains(src, "people's republic of china"):
		d.home = "CN"
	}
	d.lower, d.titledWords = map[string]bool{}, map[string]bool{}
	for _, p := range doc.Paragraphs {
		var ss []sentence
		for _, s := range splitGlued(splitHeading(splitMarker(splitBullets(joinListNumber(p.Text, readout.Sentences(p.Text)))))) {
			toks := tokenize(s)
			for k, t := range toks {
				if k > 0 && t.word && !t.cap && !t.upper {
					d.lower[t.lower] = true
				}
				if k > 0 && t.word && t.cap && (titleWords[toks[k-1].lower] || honorifics[toks[k-1].lower]) &&
					(k+1 == len(toks) || !toks[k+1].cap || !toks[k+1].word) {
					d.titledWords[t.lower] = true
				}
			}
			ss = append(ss, sentence{text: s, toks: toks})
		}
		d.paras = append(d.paras, ss)
	}
	return d
}

// cast finds the people the document names before any sentence is
// attributed, so that a bare "Hood" or "Wang" early on can use a full name
// given later, and the document-level speakers from its header.
func (d *docState) cast() {
	meta := d.doc.Meta
	for _, k := range []string{"speaker_from_title", "counterpart_from_title"} {
		if v := meta[k]; v != "" {
			s := sentence{text: v, toks: tokenize(v)}
			for _, r := range d.findRefs(s, true) {
				if r.kind == kName && r.p != nil && !slices.Contains(d.participants, r.p) {
					d.participants = append(d.participants, r.p)
				}
			}
		}
	}
	// The body before the title: a title's bare "Special Representative
	// Liu" is the Liu Xiaoming the body names in full, not a gazetteer Liu.
	for _, ss := range d.paras {
		for _, s := range ss {
			d.appositiveNames(s)
			d.describedNames(s)
			d.titledNames(s)
			d.findRefs(s, true)
		}
	}
	if d.doc.Title != "" {
		s := d.title
		d.findRefs(s, true)
		d.principal = d.titlePrincipal(s)
		// The header's parties where the source gives them, else the
		// title's: a body may never name them ("The National Security
		// Advisors of the United States and Pakistan met. Both sides
		// discussed ..."), and the title's stay for "the two leaders" of
		// a press call's answers after its questions have moved on.
		if len(d.participants) < 2 {
			d.titled = d.titleParties(s)
			for _, p := range d.titled {
				if !slices.Contains(d.participants, p) {
					d.participants = append(d.participants, p)
				}
			}
		}
	}
	d.headerRoom = len(d.participants) >= 2
	d.headerSpeakers()
	d.completeNames()
	d.jointStatement()
	d.findMixedLabels()
	d.readAttendees()
	d.readSides()
	d.generationalSuffixes()
}

// titleParties returns the people a title names as the parties of one call
// or meeting: who is named right before its noun, with whom "and" joins to
// them, and who is named after its "with" ("Secretary Blinken’s Call with
// Japanese Foreign Minister Motegi", "Statement by NSC Spokesperson Emily
// Horne on National Security Advisor Jake Sullivan’s Meeting with National
// Security Advisor Moeed Yusuf of Pakistan": Sullivan and Yusuf, not the
// spokesperson). Groups ("with G7 Leaders") are nobody's names; a title
// with fewer than one person on each side gives none.
func (d *docState) titleParties(s sentence) []*person {
	toks := s.toks
	refs := d.findRefs(s, false)
	for e := 1; e+1 < len(toks); e++ {
		if !titleEventNouns[toks[e].lower] || toks[e+1].lower != "with" {
			continue
		}
		b := e - 1
		for b > 0 && titleEventModifiers[toks[b].lower] {
			b-- // "Secretary Blinken’s Video Call with"
		}
		at := refEndingAt(refs, b)
		if at < 0 {
			return nil
		}
		var hosts, out []*person
		for side, rfs := range [][]ref{coordinated(refs, toks, at), d.objectsOf(refs, toks, e)} {
			for _, rf := range rfs {
				if rf.kind != kName && rf.kind != kTitle {
					continue
				}
				if p := d.refPerson(rf); p != nil && p.shown() && !slices.Contains(out, p) {
					out = append(out, p)
				}
			}
			if side == 0 {
				hosts = slices.Clone(out)
			}
		}
		// Someone on each side: "the President and Vice President’s
		// Meeting with Senate Judiciary Committee Democrats" names no
		// counterpart the body's "they" could be.
		if len(hosts) == 0 || len(out) == len(hosts) {
			return nil
		}
		return out
	}
	return nil
}

// titleEventNouns name one call or meeting in a title; titleEventModifiers
// may stand before them.
var titleEventNouns = set(`call meeting conversation`)
var titleEventModifiers = set(`phone telephone video virtual bilateral trilateral introductory`)

// mixedLabel is a turn label written in ordinary case: "Zhao Lijian:",
// "Reuters:", "National Public Radio:", "Spokesperson Hua Chunying:".
// inMixedCase reports whether a label is written in ordinary case. Only
// such labels ("Zhao Lijian:") make a transcript one of mixed-case labels:
// counting "MR. MUNOZ:" made a press call one, and then every "SENIOR
// ADMINISTRATION OFFICIAL:" turn a reporter's question. Once a transcript
// is one, capitals labels ("CCTV:") are still its outlets asking.
func inMixedCase(label string) bool { return strings.ToUpper(label) != label }

var mixedLabel = regexp.MustCompile(`^\s*([A-Z][\p{L}'’.\-]*(?: (?:[A-Z][\p{L}'’.\-]*|of|the|and|de|du|for)){0,5}):\s`)

// findMixedLabels decides whether the document is a transcript whose turns
// are labelled in ordinary case: at least two paragraphs open with a label
// that names a person.
func (d *docState) findMixedLabels() {
	n := 0
	for _, p := range d.doc.Paragraphs {
		if m := mixedLabel.FindStringSubmatch(p.Text); m != nil && inMixedCase(m[1]) && d.mixedLabelPerson(p.Text) != nil {
			n++
		}
	}
	d.mixedLabels = n >= 2
}

// mixedLabelPerson returns the person a mixed-case label names, or nil.
func (d *docState) mixedLabelPerson(text string) *person {
	m := mixedLabel.FindStringSubmatch(text)
	if m == nil {
		return nil
	}
	var words []token
	for _, t := range tokenize(m[1]) {
		if t.word && !titleWords[t.lower] && !honorifics[strings.TrimSuffix(t.lower, ".")] && !descriptorWords[t.lower] {
			words = append(words, t)
		}
	}
	if len(words) == 0 || len(words) > 3 {
		return nil
	}
	if gz := d.g.PersonByKey(joinKeys(words, 0, len(words))); gz != nil {
		return d.register(gz, nil, nil)
	}
	if p, _, _ := d.resolveSegment(words, true); p != nil && p.shown() {
		return p
	}
	return nil
}

// completeNames gives a person the document knows only by a surname
// ("Ambassador Norland", "Mr. Finnegan") the fullest form the document
// writes anywhere, titled or not: a capitalised given name, and perhaps an
// initial, right before the surname ("Richard Norland", "Brian P. McKeon").
// When that form is a gazetteer name ("Victoria Nuland"), the person becomes
// the gazetteer's. Someone still known by one word after this is kept for
// pronouns but never shown (see person.shown): a bare word is too weak to
// put in a facet.
func (d *docState) completeNames() {
	for _, p := range slices.Clone(d.people) {
		if p.gz != nil || len(p.tokens) != 1 {
			continue
		}
		words := d.fullerForm(p.tokens[0])
		if words == nil {
			continue
		}
		if gz := d.g.PersonByKey(joinKeys(words, 0, len(words))); gz != nil {
			d.becomes(p, gz)
			continue
		}
		p.name = titleCase(joinText(words))
		for _, t := range words {
			p.tokens = addName(p.tokens, t.key)
		}
	}
}

// fullerForm finds the fullest "Given [Given] [I.] [particle] Surname" the
// document (title and body) writes for a surname key: "Dr. Ahmed Awad Bin
// Mubarak" in a title for the label "FOREIGN MINISTER MUBARAK:" (rule 11:
// one person, one name, the fullest form the document gives). Keys are
// compared case- and diacritic-folded. Where two forms' given names differ
// ("Jennifer Hansler", "Jenny Hansler"; "Ben Franklin", "Benjamin
// Franklin") nothing fuller is taken than the first "Given [I.] Surname",
// as before.
func (d *docState) fullerForm(surname string) []token {
	all := []sentence{d.title}
	for _, ss := range d.paras {
		all = append(all, ss...)
	}
	var forms [][]token
	var first []token // the first "Given [I.] Surname"
	for _, s := range all {
		toks := s.toks
		for k := 1; k < len(toks); k++ {
			if toks[k].key != surname || !toks[k].cap {
				continue
			}
			if g := d.givenNamesBefore(toks, k); g < k {
				forms = append(forms, slices.Clone(toks[g:k+1]))
			}
			if first != nil {
				continue
			}
			g := k - 1
			if initial(toks[g]) && g > 0 {
				g--
			}
			if d.givenName(toks[g]) {
				first = slices.Clone(toks[g : k+1])
			}
		}
	}
	var best []token
	for _, f := range forms {
		if len(f) > len(best) {
			best = f
		}
	}
	keys := func(f []token) []string {
		var ks []string
		for _, t := range f {
			ks = append(ks, strings.Fields(t.key)...)
		}
		return ks
	}
	bk := keys(best)
	for _, f := range forms {
		for _, k := range keys(f) {
			if len(k) > 1 && !slices.Contains(bk, k) {
				return first
			}
		}
	}
	return best
}

// givenNamesBefore returns where the given names before the surname at k
// begin (k when there are none): up to three given names and middle
// initials, and a particle right before the surname ("Awad Bin Mubarak",
// "Jose W. Fernandez"). The word nearest the surname that is not an
// initial or particle must be a given name.
func (d *docState) givenNamesBefore(toks []token, k int) int {
	g := k
	if g > 1 && (connectors[toks[g-1].lower] || nameParticles[toks[g-1].lower]) && toks[g-1].word && d.givenName(toks[g-2]) {
		g--
	}
	names := 0
	for g > 0 && k-g < 4 {
		t := toks[g-1]
		if initial(t) && g > 1 && names == 0 && d.givenName(toks[g-2]) {
			g--
			continue
		}
		// "I’m Jonathan Capehart": a second word must be a given name too.
		if !d.givenName(t) || names > 0 && !givenNameWord(t) {
			break
		}
		g--
		names++
	}
	if names == 0 {
		return k
	}
	return g
}

// handoverGiven finds the given name of a person a transcript labels by
// surname alone ("AMBASSADOR ETIENNE:", "MR. FERNÁNDEZ HERNÁNDEZ:") when
// the document never writes the full name, from the hand-overs around
// their turns (rule 11): the turn before ends by passing the floor to a
// given name ("I’ll turn it over to Angelo to take questions", a bare
// "Philippe, (in French).") or the turn after opens by addressing one
// ("Philippe, thank you very much", "Thanks, Angelo."). Every such word
// around every turn of theirs must be the same one, a given name that no
// other person of the document holds.
func (d *docState) handoverGiven(p *person) *token {
	paras := d.doc.Paragraphs
	// Each paragraph's label, read once: whether it has a person's label,
	// and that label's name keys.
	labelled := make([]bool, len(paras))
	labelKeys := make([][]string, len(paras))
	first := -1 // the first labelled paragraph
	for i := range paras {
		m := labelPrefix.FindStringSubmatch(paras[i].Text)
		if m == nil || isQALabel(m[1]) {
			continue
		}
		labelled[i] = true
		if first < 0 {
			first = i
		}
		for _, t := range tokenize(m[1]) {
			if t.word && !titleWords[t.lower] && !honorifics[strings.TrimSuffix(t.lower, ".")] && !descriptorWords[t.lower] {
				labelKeys[i] = append(labelKeys[i], strings.Fields(t.key)...)
			}
		}
	}
	mine := func(i int) bool {
		keys := labelKeys[i]
		if !labelled[i] || len(keys) != len(p.tokens) {
			return false
		}
		for _, k := range keys {
			if !slices.Contains(p.tokens, k) {
				return false
			}
		}
		return true
	}
	body := func(i int) []token { // a turn's words, nil for a reporter's
		text := paras[i].Text
		if questionOpens(text) {
			return nil
		}
		if m := labelPrefix.FindStringIndex(text); m != nil {
			text = text[m[1]:]
		}
		return tokenize(text)
	}
	var found *token
	seen := 0
	vote := func(t token) bool {
		if !d.givenName(t) || interjections[t.lower] || slices.Contains(p.tokens, t.key) {
			return true // no name: "Hi, everyone", "Thank you, Secretary"
		}
		// "Jake" of a document naming Jake Sullivan is his; the surname of
		// another ("Philippe" of Édouard Philippe) is no given name of anyone.
		for _, o := range d.people {
			if ws := strings.Fields(o.name); o != p && len(ws) > 1 && slices.ContainsFunc(ws[:len(ws)-1], func(w string) bool {
				return slices.Contains(strings.Fields(gazetteer.Key(w)), t.key)
			}) {
				return false
			}
		}
		if d.placeLike(t.key) {
			return true // "Thank you, Jerusalem!" of "Embassy Jerusalem"
		}
		if found != nil && found.key != t.key {
			return false
		}
		found = &t
		seen++
		return true
	}
	// vocative: the body thanks one word ("Thank you very much, Angelo.",
	// thankedAt) or opens by addressing it ("Philippe, (in French).").
	vocative := func(toks []token) (token, bool) {
		if k := thankedAt(toks); k >= 0 {
			return toks[k], true
		}
		if len(toks) > 1 && toks[0].word && toks[1].text == "," && !vocativeThanks[toks[0].lower] {
			return toks[0], true
		}
		return token{}, false
	}
	for i := range paras {
		if !mine(i) || i > 0 && mine(i-1) {
			continue
		}
		// The turn before: its last words pass the floor ("over to
		// Angelo to ...", "to Angelo."), or it is a bare vocative; not
		// the header's dateline ("Suva, Fiji") before the first turn.
		if i > 0 && first < i {
			toks := body(i - 1)
			if t, ok := vocative(toks); ok && len(toks) <= 8 {
				if !vote(t) {
					return nil
				}
			} else {
				for x := len(toks) - 2; x >= 1 && x >= len(toks)-8; x-- {
					if toks[x-1].lower == "to" && toks[x].cap && toks[x].word && (x+1 == len(toks) || !toks[x+1].cap) &&
						slices.ContainsFunc(toks[:x], func(t token) bool {
							return t.lower == "over" || t.lower == "turn" || t.lower == "hand" || t.lower == "pass"
						}) {
						if !vote(toks[x]) {
							return nil
						}
						break
					}
				}
			}
		}
		// The turn after.
		j := i + 1
		for j < len(paras) && !questionOpens(paras[j].Text) && (mine(j) || labelPrefix.FindStringSubmatch(paras[j].Text) == nil) {
			j++
		}
		// "SENIOR ADMINISTRATION OFFICIAL: Thanks, Michael." after a
		// reporter's question thanks the reporter.
		if j < len(paras) && !questionOpens(paras[j].Text) {
			if t, ok := vocative(body(j)); ok && !vote(t) {
				return nil
			}
		}
	}
	if seen == 0 {
		return nil
	}
	return found
}

// placeLike reports whether the document writes a word as a place: after
// "in", "at", "from", "Embassy", "Mission" or "Consulate" ("U.S. Embassy
// Suva", "here in Jerusalem").
func (d *docState) placeLike(key string) bool {
	if d.places == nil {
		d.places = map[string]bool{}
		texts := []string{d.doc.Title}
		for _, p := range d.doc.Paragraphs {
			texts = append(texts, p.Text)
		}
		for _, text := range texts {
			toks := tokenize(text)
			for k := 1; k < len(toks); k++ {
				if placeBefore[toks[k-1].lower] {
					d.places[toks[k].key] = true
				}
			}
		}
	}
	return d.places[key]
}

var placeBefore = set(`in at from embassy mission consulate old visit visiting`)

// interjections open a turn as a vocative does ("Hi, everyone").
var interjections = set(`hi hello hey yes yeah yep well okay ok so now sure great good right no oh sorry thanks please all everyone everybody folks guys and but great absolutely indeed look listen again first next`)

// initial is a middle initial: "P.".
func initial(t token) bool {
	r := []rune(t.text)
	return len(r) == 2 && r[1] == '.' && unicode.IsUpper(r[0])
}

// givenName reports whether t can be a first name before a surname: a
// capitalised word that is no title, country, common word or honorific.
func (d *docState) givenName(t token) bool {
	if !t.word || !t.cap || t.poss || t.upper && len(t.text) <= 4 {
		return false
	}
	if isVocab(t) || notNames[t.lower] || commonWords[t.lower] || honorifics[strings.TrimSuffix(t.lower, ".")] ||
		connectors[t.lower] || d.countryOf(t) != nil || d.lower[t.lower] {
		return false
	}
	return plausibleWord(t)
}

// appositiveNames registers the counterpart a readout introduces by name
// and then title, when the gazetteer does not know them: "met today with
// Jean-Charles Ellermann-Kingombe, Permanent Under-Secretary of State",
// "spoke by phone with Stephen Lovegrove, incoming National Security
// Advisor". A person outside the gazetteer is still a person (rule 11),
// and so a party of the call whom "They" includes (rule 3).
//
// The subject of a sentence written the same way is one too: "Brian
// Stewart, CEO of The Superior Group, an electrical contractor in Ohio,
// emphasized ...": a name opening the sentence, an apposition between
// commas, then a speech verb.
func (d *docState) appositiveNames(s sentence) {
	toks := s.toks
	// subjects: the sentence opened with a name and its office ("Today,
	// Jennifer Klein, Assistant to the President ..., and Danielle
	// Carnival, Coordinator of ..., were joined by"): a comma, or an
	// "and" after one, then opens the next name of the same subject.
	// The previous name's office runs from its comma (last) to the
	// conjunct's: each part of it after a comma is an office too
	// ("Assistant to the President, Staff Secretary, and Director of"),
	// not lines of a list run together ("Chief Executive Officer, Flex
	// Roger Altman, Founder").
	subjects, last := false, -1
	for w := -1; w < len(toks); w++ {
		conjunct := w > 0 && subjects && (toks[w].lower == "and" && toks[w-1].text == "," || toks[w].text == ",")
		if conjunct {
			c := w
			if toks[w].lower == "and" {
				c = w - 1
			}
			conjunct = c > last && officeParts(toks, last, c)
		}
		if w >= 0 && !conjunct && toks[w].lower != "with" && (!agentList(toks, w) || jointDocTitle.MatchString(d.doc.Title)) {
			continue
		}
		k := w + 1
		if w < 0 {
			k = labelledStart(s) // "Q: Klaus Schwab, Executive Chairman of ..."
			for k < len(toks) && !toks[k].word {
				k++ // a list's bullet: "- Brian Stewart, ..."
			}
			if o := openingPhrase(toks[k:]); o > 0 {
				k += o // "Today, Jennifer Klein, Assistant to ..."
			}
		}
		// "Rev. A. Kazimir Brown, Executive Director": the style before
		// the name is no part of it.
		for k+1 < len(toks) && toks[k].word && toks[k+1].word && toks[k+1].cap && (honorifics[strings.TrimSuffix(toks[k].lower, ".")] ||
			len(toks[k].text) >= 3 && strings.HasSuffix(toks[k].text, ".")) {
			k++
		}
		end := k
		for end < len(toks) && end-k < 4 && toks[end].word && toks[end].cap {
			end++
		}
		if end-k < 2 || end+1 >= len(toks) || toks[end].text != "," {
			continue
		}
		if w < 0 && !appositiveSubject(toks, end) && !titleAfter(toks, end+1) && !bodyTitleAfter(toks, end+1) || w >= 0 && !titleAfter(toks, end+1) && (toks[w].lower == "with" || !bodyTitleAfter(toks, end+1)) {
			continue
		}
		seg := toks[k:end]
		if !d.mayNameNew(seg) {
			continue
		}
		// "met today with Asta Skaisgiryte, Chief Foreign Policy Advisor,
		// and Kestutis Budrys, Chief National Security Advisor, to
		// President ...": the list after "with" is read as a subject's.
		if w < 0 || conjunct || toks[w].lower == "with" {
			subjects, last = true, end
		}
		d.registerNew(seg)
	}
}

// mayNameNew reports whether seg, found where the readers of unknown
// names look (an office after it, a list, an appositive), may be a person's
// name: plausible as one and no institution the gazetteer knows.
func (d *docState) mayNameNew(seg []token) bool {
	return plausibleName(seg, d, false) && d.g.Institution(joinText(seg)) == nil
}

// registerNew registers seg as a person unless the gazetteer or the
// document already knows who it names.
func (d *docState) registerNew(seg []token) {
	if p, _, _ := d.resolveSegment(seg, false); p == nil && !d.middleNamed(seg) {
		d.register(nil, seg, nil)
	}
}

// describedNames registers a person the gazetteer does not know whom a
// sentence names in its course and then describes by an office between
// commas: "public comments by Min Aung Hlaing, the commander-in-chief of
// the Burmese military, who", "I met with Wilton Littlechild, a former
// Grand Chief of the Confederacy". A person outside the gazetteer is
// still a person (rule 11), and so whom a later "he" means (rule 5).
// The name follows a word in lower case (the sentence's opening is
// appositiveNames'); the description is an article, perhaps "former" or
// another modifier and up to two capitalised words, then a title word,
// and with "the" an "of", a comma or the sentence's end after the
// office ("In Buenos Aires, the Secretary met" is no description).
func (d *docState) describedNames(s sentence) {
	toks := s.toks
	for k := 1; k+3 < len(toks); k++ {
		prev := toks[k-1]
		if !prev.word || prev.cap || !toks[k].word || !toks[k].cap || prev.lower == "the" || prev.lower == "of" || prev.lower == "and" {
			continue
		}
		end := k
		for end < len(toks) && end-k < 5 && toks[end].word && (toks[end].cap || connectors[toks[end].lower] && end > k) && !toks[end].poss {
			end++
		}
		for end > k && connectors[toks[end-1].lower] {
			end--
		}
		if end-k < 2 || end+2 >= len(toks) || toks[end].text != "," {
			continue
		}
		a := end + 1
		art := toks[a].lower
		if art != "the" && art != "a" && art != "an" {
			continue
		}
		t := a + 1
		for t < len(toks) && (appositiveModifiers[toks[t].lower] || pastModifiers[toks[t].lower]) {
			t++
		}
		office := func(t token) bool {
			// "commander-in-chief": a compound that opens with a title word.
			// Not a rank alone ("a special economic zone").
			return !modifiers[t.lower] && (titleWords[t.lower] || titleWords[strings.Split(t.lower, "-")[0]])
		}
		for n := 0; n < 2 && t < len(toks) && toks[t].word && toks[t].cap && !office(toks[t]); n++ {
			t++
		}
		if t >= len(toks) || !toks[t].word || toks[t].poss || !office(toks[t]) || honorifics[strings.TrimSuffix(toks[t].lower, ".")] {
			continue
		}
		if art == "the" {
			after := t + 1
			if after < len(toks) && toks[after].text != "," && toks[after].text != "." && toks[after].lower != "of" {
				continue
			}
		}
		seg := toks[k:end]
		if !d.mayNameNew(seg) {
			continue
		}
		d.registerNew(seg)
		k = end
	}
}

// officeParts reports whether every part of the office between the commas
// at a and b opens with a title word, or "and" and one.
func officeParts(toks []token, a, b int) bool {
	for q := a + 1; q < b; q++ {
		if toks[q].text != "," {
			continue
		}
		t := q + 1
		if toks[t].lower == "and" {
			t++
		}
		if !titleAfter(toks, t) {
			return false
		}
	}
	return true
}

// middleNamed reports whether a name of three words or more is a gazetteer
// person's with a middle name between: "Imran Ahmad Khan, Chairman of the
// Pakistan Tehreek-e-Insaf" is the Imran Khan the document names again,
// not a second man a later "he" could mean.
func (d *docState) middleNamed(seg []token) bool {
	if len(seg) < 3 {
		return false
	}
	ends := []token{seg[0], seg[len(seg)-1]}
	p, _, _ := d.resolveSegment(ends, false)
	return p != nil && p.gz != nil
}

// bodyTitleAfter reports whether an office of a body starts at t: up to
// three capitalised words, then a title word ("European Commission
// Director General").
func bodyTitleAfter(toks []token, t int) bool {
	for k := t; k < len(toks) && k <= t+3; k++ {
		if !toks[k].word || !toks[k].cap {
			return false
		}
		if titleWords[toks[k].lower] {
			return k > t
		}
	}
	return false
}

// agentList reports whether the word at w opens one of the agents of a
// meeting's passive, as "with" opens a counterpart: "The meeting was
// co-chaired by Björn Seibert, Head of Cabinet of the European Commission
// President, and Amos Hochstein, ..., and under the leadership of Ditte
// Juul Jørgensen, European Commission Director General for Energy, and
// Stephanie Epner, Special Advisor ..." (room.go, joinedRoom): "by", and
// "and" or "the leadership of" after it. After these names the office may
// open with its body's name (bodyTitleAfter). Not in a joint statement,
// whose first sentence gives its signatories as it names them (joint.go).
func agentList(toks []token, w int) bool {
	switch {
	case toks[w].lower == "by", toks[w].lower == "and",
		toks[w].lower == "of" && w > 0 && toks[w-1].lower == "leadership":
	default:
		return false
	}
	for k := w; k > 0; k-- {
		if toks[k].lower == "by" && roomAgentVerbs[toks[k-1].lower] {
			return true
		}
		if toks[k].text == ";" || toks[k].text == "." {
			return false
		}
	}
	return false
}

// titleAfter reports whether an office starts at t, after words such as
// "incoming".
func titleAfter(toks []token, t int) bool {
	for t < len(toks) && appositiveModifiers[toks[t].lower] {
		t++
	}
	return t < len(toks) && titleWords[toks[t].lower]
}

// appositiveSubject reports whether the comma at c opens an apposition
// that a later comma closes right before a speech verb: "X, CEO of Y,
// emphasized".
func appositiveSubject(toks []token, c int) bool {
	for k := c + 1; k+1 < len(toks) && k <= c+25; k++ {
		switch toks[k].lower {
		case ";", ":", ".":
			return false
		case ",":
			v := k + 1
			for v < len(toks) && skippable[toks[v].lower] {
				v++
			}
			if v < len(toks) && !toks[v].cap && speechVerbs[toks[v].lower] {
				return true
			}
		}
	}
	return false
}

// appositiveModifiers may come between a name's comma and the title
// after it: "Stephen Lovegrove, incoming National Security Advisor".
var appositiveModifiers = set(`incoming outgoing new newly appointed then acting former interim`)

// becomes turns a locally named person into the gazetteer's gz, merging
// with the cast member who already is gz.
func (d *docState) becomes(p *person, gz *gazetteer.Person) {
	var q *person
	for _, x := range d.people {
		if x.gz == gz {
			q = x
		}
	}
	if q == nil {
		p.gz, p.name, p.country = gz, gz.Name, gz.Country
		for _, ws := range gz.NamesWords() {
			for _, k := range ws {
				p.tokens = addName(p.tokens, k)
			}
		}
		return
	}
	for _, t := range p.titles {
		q.titles = addName(q.titles, t)
	}
	for _, t := range p.canon {
		q.canon = addName(q.canon, t)
	}
	d.people = slices.DeleteFunc(d.people, func(x *person) bool { return x == p })
	for _, l := range []*[]*person{&d.participants, &d.titled} {
		for i, x := range *l {
			if x == p {
				(*l)[i] = q
			}
		}
		*l = slices.Compact(*l)
	}
	if d.docSpeaker == p {
		d.docSpeaker = q
	}
	if d.spokesperson == p {
		d.spokesperson = q
	}
}

var spokespersonInTitle = regexp.MustCompile(`Spokesperson ([A-Z][\p{L}-]+(?: [A-Z][\p{L}-]+){0,2})['’]s`)

// headerSpeakers reads Meta["speaker"] (and the title of a press
// conference): an institution becomes the issuer, one person the speaker of
// the whole text, several people (a transcript's cast) are only registered.
func (d *docState) headerSpeakers() {
	d.qa = isQA(d.doc)
	spk := strings.TrimSpace(d.doc.Meta["speaker"])
	if d.qa {
		if spk == "" {
			if m := spokespersonInTitle.FindStringSubmatch(d.doc.Title); m != nil {
				spk = m[1]
			}
		}
		if spk != "" {
			d.spokesperson = d.personFromHeader(spk)
		}
		return
	}
	if spk == "" {
		return
	}
	if in := d.g.Institution(spk); in != nil {
		d.issuer = in.Name
		return
	}
	var named []*person
	for _, part := range strings.Split(spk, ",") {
		part = strings.TrimSpace(part)
		if part == "" || postNominal.MatchString(part) {
			continue
		}
		if d.speech && onlyTitleWords(part) || !d.speech && looksLikeTitle(part) {
			continue
		}
		if p := d.personFromHeader(part); p != nil && !slices.Contains(named, p) {
			named = append(named, p)
		}
	}
	switch {
	case len(named) == 1 && d.speech && !hasLabels(d.doc):
		// A speech is its speaker's throughout (rule 8), and the header
		// names them: "Mr. Arce" is the person Arce, one word or not.
		d.docSpeaker = named[0]
		d.docSpeaker.named = true
	case len(named) == 1:
		// A statement or release in one person's name: theirs where the
		// text speaks in its own voice, not what it reports (rule 4).
		d.voice, d.voiceRule, d.voiceEv = named[0], RuleAuthor, "speaker: "+spk
	}
}

// looksLikeTitle reports whether a header item is a title ("Secretary of
// State", "Greenlandic Premier") rather than a name.
func looksLikeTitle(s string) bool {
	for _, t := range tokenize(s) {
		if honorifics[strings.TrimSuffix(t.lower, ".")] {
			continue
		}
		if titleWords[t.lower] || descriptorWords[t.lower] {
			return true
		}
	}
	return false
}

// personFromHeader turns a header name ("Mr. Donald Trump", "Mr. Arce",
// "Geng Shuang") into a person, without requiring a title before it. A
// style before the name ("Lyonpo Tshering Wangchuk", "Sheikh Tamim bin
// Hamad Al Thani", "Samdech Akka Moha Sena Padei Techo Hun Sen") is not
// part of the canonical name (rule 11) unless the gazetteer's name keeps it
// ("Sheikh Hasina", "Pope Francis"); particles in lower case ("Mohamed al
// Menfi", "Jeyhun Aziz oglu Bayramov") are.
func (d *docState) personFromHeader(name string) *person {
	// "Mr.Vivian Balakrishnan": an honorific glued to the name.
	if f := strings.Fields(name); len(f) > 0 {
		if pre, rest, ok := strings.Cut(f[0], "."); ok && rest != "" && honorifics[strings.ToLower(pre)] {
			name = pre + ". " + strings.TrimPrefix(name, pre+".")
		}
	}
	// "Prince Albert II of Monaco" in Monaco's speech: the country the
	// header gives is the style's territory, not a word of the name. The
	// header may write the country formally ("Principality of Monaco"):
	// both are read as the facet reads them.
	if c := strings.TrimSpace(d.doc.Meta["country"]); c != "" {
		if i := strings.LastIndex(name, " of "); i > 0 && gazetteer.Key(d.g.CanonicalCountry(name[i+len(" of "):], "")) == gazetteer.Key(d.countryName()) {
			name = name[:i]
		}
	}
	toks := tokenize(name)
	var keep []token
	for _, t := range toks {
		if t.word && !honorifics[strings.TrimSuffix(t.lower, ".")] {
			keep = append(keep, t)
		}
	}
	if len(keep) == 0 {
		return nil
	}
	for {
		if gz := d.g.PersonByKey(joinKeys(keep, 0, len(keep))); gz != nil {
			return d.register(gz, nil, nil)
		}
		if len(keep) < 2 || !headerStyles[keep[0].lower] || !keep[1].cap {
			break
		}
		keep = keep[1:]
	}
	p, _, _ := d.resolveSegment(keep, true)
	if p != nil && p.gz != nil {
		return p
	}
	// "Dato Seri Paduka Awang Haji Erywan bin Pehin Datu Pekerma Jaya Haji
	// Mohd Yusof", "Penelope Wong" of Australia: a fuller name or another
	// given name of a gazetteer person (authors.go).
	keys := strings.Fields(joinKeys(keep, 0, len(keep)))
	gz := d.headerFullerName(keys)
	if gz == nil {
		gz = d.headerSurname(keys)
	}
	if gz != nil {
		if p != nil {
			// The title's "Mr. Michael Temer" was taken for someone
			// the gazetteer does not know: he is its Michel Temer.
			d.becomes(p, gz)
		}
		return d.register(gz, nil, nil)
	}
	if p != nil {
		return p
	}
	for i, t := range keep {
		if !t.cap && (i == len(keep)-1 || !innerParticles[t.lower]) {
			return nil
		}
	}
	return d.register(nil, keep, nil)
}

// postNominal is a header item after a comma that is letters after a name,
// not a second person: "Scott Morrison, MP", "Lotay Tshering, MBBS, MD".
var postNominal = regexp.MustCompile(`^(?:[A-Z]{2,5}|Ph\.?D\.?|Jr\.?|Sr\.?)$`)

// onlyTitleWords reports whether every word of a header item is a title,
// honorific or descriptor ("Secretary of State"). A UN speech's header
// names its speaker, and "Hun Sen", "General Michel Aoun" or "Uduch
// Sengebau Senior" hold title words without being titles.
func onlyTitleWords(s string) bool {
	n := 0
	for _, t := range tokenize(s) {
		if !t.word {
			continue
		}
		n++
		l := strings.TrimSuffix(t.lower, ".")
		if !titleWords[t.lower] && !descriptorWords[t.lower] && !honorifics[l] {
			return false
		}
	}
	return n > 0
}

// titleInfo is what a title before a name says about the person.
type titleInfo struct {
	key     string // the whole title, e.g. "acting assistant secretary"
	canon   string // canonical gazetteer title when the title is a known one
	country string
	at      int // where the title starts among the sentence's tokens
}

// register adds a person to the cast, or merges with one already there, and
// returns them. A person not in the gazetteer is merged with an earlier one
// when the words of one name contain the other's ("Hood", "Joey Hood"), and
// keeps the fuller form.
func (d *docState) register(gz *gazetteer.Person, words []token, ti *titleInfo) *person {
	var p *person
	if gz != nil {
		for _, q := range d.people {
			if q.gz == gz {
				p = q
				break
			}
		}
		if p == nil {
			p = &person{name: gz.Name, gz: gz, country: gz.Country, order: len(d.people)}
			for _, ws := range gz.NamesWords() {
				for _, k := range ws {
					if len([]rune(k)) > 1 { // not the initial "A." of "Andrei A. Gromyko"
						p.tokens = addName(p.tokens, k)
					}
				}
			}
			d.people = append(d.people, p)
		}
	} else {
		keysOf := func(words []token) []string {
			var keys []string
			for _, t := range words {
				keys = append(keys, strings.Fields(t.key)...)
			}
			return keys
		}
		candsOf := func(keys []string) []*person {
			var cands []*person
			for _, q := range d.people {
				if containsAll(q.tokens, keys) || (q.gz == nil && containsAll(keys, q.tokens)) {
					cands = append(cands, q)
				}
			}
			return cands
		}
		keys := keysOf(words)
		// "Second Gentleman Emhoff" after "Douglas Emhoff": a style before
		// a surname alone is the person the document names in full.
		if rest := withoutStyle(words); len(rest) < len(words) {
			if rk := keysOf(rest); len(rest) >= 2 || len(candsOf(rk)) > 0 {
				words, keys = rest, rk
			}
		}
		if len(keys) == 0 {
			return nil
		}
		cands := candsOf(keys)
		switch len(cands) {
		case 0:
			p = &person{name: titleCase(joinText(words)), order: len(d.people)}
			p.tokens = keys
			d.people = append(d.people, p)
		case 1:
			p = cands[0]
			if p.gz == nil && len(keys) > len(p.tokens) {
				p.name = titleCase(joinText(words))
			}
			for _, k := range keys {
				p.tokens = addName(p.tokens, k)
			}
		default:
			return nil
		}
	}
	if ti != nil {
		if ti.key != "" {
			p.titles = addName(p.titles, ti.key)
		}
		if ti.canon != "" {
			p.canon = addName(p.canon, ti.canon)
		}
		if p.country == "" {
			p.country = ti.country
		}
	}
	return p
}

// clergyStyles are a clergy member's style written before a name:
// "Reverend Desimond Antley", "Bishop Michael C. Butler", "Pastor Radhika
// Patel".
var clergyStyles = set(`reverend rev pastor bishop archbishop rabbi imam apostle elder deacon monsignor`)

// withoutStyle returns a name's words without the style (clergyStyles,
// styleWords) or the courtesy title ("Second Gentleman Douglas Emhoff")
// that opens them, when a word of the name is left: one person, one name
// (rule 11), whether or not the text gives the style. "Julie Bishop"
// keeps her surname. register keeps a style before a surname alone
// ("Reverend Sharpton") unless the document names that person in full.
func withoutStyle(words []token) []token {
	k := 0
	switch {
	case len(words) > 0 && (clergyStyles[strings.TrimSuffix(words[0].lower, ".")] || styleWords[words[0].lower]):
		k = 1
	case len(words) > 1 && (words[0].lower == "second" || words[0].lower == "first") && words[1].lower == "gentleman":
		k = 2
	}
	if k == 0 || len(words)-k < 1 {
		return words
	}
	for _, t := range words[k:] {
		if !t.word || !t.cap {
			return words
		}
	}
	return words[k:]
}

// titleCase turns a name written in capitals, as transcript labels write
// it ("MUNOZ"), into "Munoz"; other names keep their own casing.
func titleCase(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		// "Andry RAJOELINA", "KISHIDA Fumio": a family name in capitals,
		// as UN and Japanese texts write it. "U.S." and "II" stay.
		r := []rune(w)
		if len(r) < 3 || strings.ToUpper(w) != w || strings.ToLower(w) == w || strings.ContainsRune(w, '.') || romanNumeral(w) {
			continue
		}
		lower := []rune(strings.ToLower(w))
		lower[0] = unicode.ToUpper(lower[0])
		for k := 1; k < len(lower); k++ {
			if lower[k-1] == '-' || lower[k-1] == '\'' || lower[k-1] == '’' {
				lower[k] = unicode.ToUpper(lower[k])
			}
		}
		words[i] = string(lower)
	}
	return strings.Join(words, " ")
}

func romanNumeral(w string) bool {
	return strings.Trim(w, "IVXL") == ""
}

func containsAll(have, want []string) bool {
	for _, w := range want {
		if !slices.Contains(have, w) {
			return false
		}
	}
	return true
}

// joinText writes a name from its words: "Joey Hood", "Mohammed bin Salman".
func joinText(words []token) string {
	parts := make([]string, 0, len(words))
	for _, w := range words {
		parts = append(parts, w.text)
	}
	return strings.Join(parts, " ")
}

// holdsTitle reports whether p is known to hold the title written as key
// (or its canonical form) on the document's date.
func (d *docState) holdsTitle(p *person, key, canon, country string) bool {
	if country != "" && p.country != "" && p.country != country {
		// "the US Secretary" is not the Chinese minister, whatever their titles.
		if p.gz == nil || !d.holds(p.gz, canon, country) {
			return false
		}
	}
	if slices.ContainsFunc(p.titles, func(t string) bool { return titleMatches(t, key, canon) }) {
		return true
	}
	if country != "" && p.country == country && slices.ContainsFunc(p.titles, func(t string) bool { return strings.HasPrefix(key, t+" to ") && postedHeads[t] }) {
		// "Ambassador Zhang Lizhong", of China, is who "the Chinese
		// Ambassador to the Maldives" may be; an ambassador of another
		// country is not (Ukraine's Oksana Markarova is no "U.S.
		// Ambassador to Ukraine").
		return true
	}
	if canon != "" {
		if slices.Contains(p.canon, canon) {
			return true
		}
		if p.gz != nil && d.holds(p.gz, canon, country) {
			return true
		}
	}
	return false
}

// holds reports whether g held the office on the document's date. A
// year-only date (a General Debate speech) asks about that year: without it,
// every past holder would count, and "the Secretary-General" of 2018 would
// be Dag Hammarskjöld as much as António Guterres.
func (d *docState) holds(g *gazetteer.Person, canon, country string) bool {
	if d.date.IsZero() && !d.from.IsZero() {
		return g.Holds(canon, country, d.from) || g.Holds(canon, country, d.to)
	}
	return g.Holds(canon, country, d.date)
}

// titleMatches reports whether the title written t ("israeli foreign
// minister") is the title key ("foreign minister"). A bare suffix counts
// only for known titles (canon set), so "secretary" does not match "acting
// assistant secretary".
func titleMatches(t, key, canon string) bool {
	return t == key || canon != "" && endsInTitle(t, key)
}

// endsInTitle reports whether the title written t ends in the title key
// with no rank modifier before it: "israeli foreign minister" ends in
// "foreign minister", "deputy foreign minister" does not.
func endsInTitle(t, key string) bool {
	return strings.HasSuffix(t, " "+key) && !modified(t, key)
}

// modified reports whether the title t is key with a rank modifier before it
// ("deputy secretary of state" is not "secretary of state"), or names key's
// office as its object ("advisor to the president").
func modified(t, key string) bool {
	rest := strings.TrimSuffix(t, " "+key)
	f := strings.Fields(rest)
	if len(f) == 0 {
		return false
	}
	// "senior advisor to the president" serves the President; it is not one.
	last := f[len(f)-1]
	return modifiers[last] || last == "the" || last == "to" || last == "of" || last == "for"
}

var modifiers = set(`acting assistant deputy under vice principal special senior executive permanent press associate alternate
former late first`)

// pastModifiers make a title one its holder no longer has.
var pastModifiers = set(`former late then erstwhile`)

// refPerson returns the person rf names: its own, or for a title the
// finder left unresolved ("the Foreign Minister"), the holder of that
// office on the document's date; nil when there is none.
func (d *docState) refPerson(rf ref) *person {
	return d.refPersonIn(rf, d.room)
}

// refPersonIn is refPerson with r the room a title's participant holder
// is of.
func (d *docState) refPersonIn(rf ref, r room) *person {
	if rf.kind == kTitle && rf.p == nil {
		p, _ := d.resolveTitle(rf, r)
		return p
	}
	return rf.p
}

// resolveTitle finds the person a title reference stands for (rule 5). Who
// may hold it is ranked here, and only here:
//
//  1. the one person named with that title just before it: earlier in its
//     sentence or paragraph, or a sentence or two back in the same turn
//     ("remarks by Vice President Pence ... the Vice President");
//  2. a participant of the call or meeting who holds it;
//  3. the holder on the date in the country the title names or, for an
//     unqualified title, in the text's own country, where the text speaks
//     in its own voice (not a reporter's question): "the Vice President"
//     of a White House call is Kamala Harris even when it names "Vice
//     President Duterte-Carpio" once, paragraphs before;
//  4. a holder named elsewhere in the document.
//
// Several of one rank narrow to the country meant, then to who holds the
// office on the date; still several is nobody.
func (d *docState) resolveTitle(rf ref, r room) (*person, string) {
	key, canon, country := rf.title.key, rf.title.canon, rf.title.country
	// Who owns a first-person turn says "I": their "the Secretary" or "Mr.
	// Secretary" is someone else ("SECRETARY BAKER: Thank you, Mr.
	// Secretary").
	owner := d.firstPersonTurn()
	var cands []*person
	for _, p := range d.ordered(r) {
		if p != owner && d.holdsTitle(p, key, canon, country) {
			cands = append(cands, p)
		}
	}
	near := slices.DeleteFunc(d.current(d.namedWithTitle(rf), canon, country), func(p *person) bool { return p == owner })
	if len(near) == 1 {
		return near[0], "named with the title just before"
	} else if len(near) > 1 {
		cands = near // "Vice President Harris met Vice President Duterte-Carpio. The Vice President ..."
	}
	c := country
	if c == "" {
		c = d.home
	}
	asked := len(near) == 0 && country == "" && d.asking()
	if c == "" && d.speech && monarchs[canon] {
		// "His Majesty the King" in Bhutan's speech is Bhutan's King: a
		// country has one and the Assembly none, as it has a President.
		if sc := d.g.Country(d.doc.Meta["country"]); sc != nil {
			c = sc.Code
		}
	}
	var parts, own, others []*person
	for _, p := range cands {
		switch {
		case slices.Contains(r.participants, p):
			parts = append(parts, p)
		// A person whose country the document does not give may be the
		// text's own: only a known other country makes a holder foreign.
		case p.country == c || country == "" && p.country == "":
			own = append(own, p)
		default:
			others = append(others, p)
		}
	}
	if len(parts) > 0 {
		return d.oneHolder(parts, canon, c)
	}
	// A reporter's question speaks for no country: its "the President"
	// may be anyone's, so it goes to whoever the document names.
	if c != "" && (country != "" || !d.asking()) {
		if p, how := d.oneHolder(d.current(own, canon, c), canon, c); p != nil {
			return p, how
		}
		if canon != "" && !d.date.IsZero() && !d.manySeats(canon) {
			if hs := d.g.Holders(canon, c, d.date); len(hs) == 1 && (owner == nil || owner.gz != hs[0]) {
				return d.register(hs[0], nil, nil), fmt.Sprintf("%s on %s", canon, d.date.Format(time.DateOnly))
			}
		}
	}
	// "The El Salvador President said": a title the text gives a country
	// is no one the document names of another country.
	if country != "" {
		others = slices.DeleteFunc(others, func(p *person) bool { return p.country != "" })
	}
	// A reporter's bare "the President", where the text's own country has
	// one, is another country's holder only when the question itself
	// names them, not one an answer elsewhere in the document names
	// ("President Putin"): else the text's own, below ("We heard the
	// President list these new sanctions today ... The President also said
	// direct sanctions against Vladimir Putin, himself, are still on the
	// table", in an interview of the Secretary of State). Where it has
	// none ("the Prime Minister" in a White House call), whoever the
	// document names.
	if asked && c != "" && canon != "" && !d.date.IsZero() && len(d.g.Holders(canon, c, d.date)) == 1 {
		others = slices.DeleteFunc(others, func(p *person) bool {
			return p.country != "" && !slices.ContainsFunc(d.askedNamed, func(n turnName) bool { return n.p == p })
		})
	}
	if len(own)+len(others) > 0 {
		return d.oneHolder(append(own, others...), canon, c)
	}
	if canon == "" || d.manySeats(canon) {
		return nil, ""
	}
	codes := []string{c, country}
	if country == "" && d.speech {
		codes = append(codes, "UN") // "the Secretary-General" at the General Assembly
	}
	for _, code := range codes {
		if code == "" && d.postedAbroad(canon) {
			// "our Ambassador to the United States" in a speech: whose
			// ambassador the title does not say, so not any country's
			// holder on the date.
			continue
		}
		if !d.date.IsZero() {
			if holders := d.g.Holders(canon, code, d.date); len(holders) == 1 && (owner == nil || owner.gz != holders[0]) {
				return d.register(holders[0], nil, nil), fmt.Sprintf("%s on %s", canon, d.date.Format(time.DateOnly))
			}
			continue
		}
		if !d.from.IsZero() {
			// A year-only date (a UN General Debate speech): the one who
			// held the office all that year, when one did.
			first, last := d.g.Holders(canon, code, d.from), d.g.Holders(canon, code, d.to)
			if len(first) == 1 && len(last) == 1 && first[0] == last[0] {
				return d.register(first[0], nil, nil), fmt.Sprintf("%s throughout %d", canon, d.from.Year())
			}
		}
	}
	return nil, ""
}

// monarchs are the offices a speech's "His Majesty" or "the King" holds in
// the speaker's own country.
var monarchs = set(`King Queen Sultan Emir`)

// postedAbroad reports whether an office is a post held in another
// country ("Ambassador to the United States"): its holders are of every
// country that sends one.
func (d *docState) postedAbroad(canon string) bool {
	t := d.g.Title(canon)
	return t != nil && t.Kind == "ambassador"
}

// manySeats reports whether an office has many holders at once (a
// Senator): the gazetteer lists only a few of them, so the one it knows
// on a date is not who a bare "the Senator" or "a US Senator" means.
func (d *docState) manySeats(canon string) bool {
	t := d.g.Title(canon)
	return t != nil && t.Kind == "legislator"
}

// oneHolder picks the one of cands a title means: alone, or the only one of
// country c, or the only one who holds the office on the date ("President
// Obama travelled to Riyadh in 2016 ... the President believes": the
// document names a past holder too). Several left is nobody.
func (d *docState) oneHolder(cands []*person, canon, c string) (*person, string) {
	if len(cands) > 1 && c != "" {
		// "The President" in a White House readout of a call with
		// President Macron is the US President.
		if in := slices.DeleteFunc(slices.Clone(cands), func(p *person) bool { return p.country != c }); len(in) > 0 {
			cands = in
		}
	}
	if len(cands) > 1 && canon != "" && c != "" {
		// Only in a known country: "Mr. President" in a General Debate
		// speech is the Assembly's, whom no country names.
		now := slices.DeleteFunc(slices.Clone(cands), func(p *person) bool { return p.gz == nil || !d.holds(p.gz, canon, c) })
		if len(now) == 1 {
			return now[0], fmt.Sprintf("%s on %s", canon, d.doc.Date.String())
		}
	}
	if len(cands) == 1 {
		return cands[0], "named in the document"
	}
	return nil, ""
}

// current drops from cands the people the gazetteer dates as former holders
// of the office (in c, when c is set): "President Moïse" of Haiti, named
// in a 2022 release, is not who "the President" means then. Only a holder the gazetteer
// dates: of others (an official with no office listed) it cannot say
// they do not hold it.
func (d *docState) current(cands []*person, canon, c string) []*person {
	if canon == "" || d.date.IsZero() {
		return cands
	}
	return slices.DeleteFunc(slices.Clone(cands), func(p *person) bool {
		return p.gz != nil && !d.holds(p.gz, canon, c) &&
			slices.ContainsFunc(p.gz.Offices, func(o gazetteer.Office) bool { return o.Title == canon })
	})
}

// asking reports whether the paragraph being attributed is a reporter's
// question.
func (d *docState) asking() bool {
	return len(d.modes) > 0 && d.modes[len(d.modes)-1].question
}

// ordered lists the cast with the participants of r first.
func (d *docState) ordered(r room) []*person {
	out := append([]*person(nil), r.participants...)
	for _, p := range d.people {
		if !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	return out
}

// pronounGender is the gender a pronoun asks of its antecedent: female for
// "she", male otherwise ("he").
func pronounGender(pronoun string) gazetteer.Gender {
	if pronoun == "she" {
		return gazetteer.Female
	}
	return gazetteer.Male
}

// antecedent is the most recent individual speaker a pronoun can refer to.
func (d *docState) antecedent(pronoun string) (*person, int) {
	want := pronounGender(pronoun)
	asking := asks(d.cur)
	return lastSaid(d.history, func(h said) bool { return h.asked && asking }, func(p *person) bool { return fitsPronoun(p, want) })
}

// turnAntecedent is who a subject "he" or "she" means in a first-person
// turn of a transcript. Whoever owns the turn speaks of themselves as
// "I", so their "he" is someone else: the last individual subject of the
// turn other than them, else a person the turn's last few sentences
// named as a subject, or as the source of what was heard ("you heard from
// the President himself"), not as a party talked to or with ("had an
// opportunity to speak to President Bukele. He placed a call ..." is the
// Secretary's call). Outside such a turn it is antecedent.
func (d *docState) turnAntecedent(pronoun string) (*person, int) {
	owner := d.firstPersonTurn()
	if owner == nil {
		return d.antecedent(pronoun)
	}
	want := pronounGender(pronoun)
	fits := func(p *person) bool { return fitsOther(p, owner, want) }
	if p, at := lastSaid(d.history, nil, fits); p != nil {
		return p, at
	}
	if p, at := recentNamed(d.turnNamed, d.sentN, turnReach, nil, fits); p != nil {
		return p, at
	}
	if p := d.principalAntecedent(want, owner); p != nil {
		return p, principalAt
	}
	return nil, 0
}

// principalAt is the paragraph turnAntecedent gives for the title's
// principal (principalAntecedent); antecedentDetail says so.
const principalAt = -1

// antecedentDetail explains a pronoun's antecedent found in paragraph at.
func antecedentDetail(at int) string {
	if at == principalAt {
		return "the principal the title names, the only one the turn names"
	}
	return fmt.Sprintf("antecedent in paragraph %d", at)
}

// principalAntecedent is who a first-person turn's "he" or "she" means
// when nothing nearer does: the principal the document's title names
// ("SENIOR ADMINISTRATION OFFICIAL: First, the President participated in
// a session on migration. I would say he used that session ... It has
// three elements. One ... Two ... And three ... He also remarked"), when
// the turn has named them and no one else the pronoun could mean, nor
// does the sentence, and the gazetteer gives them its gender.
func (d *docState) principalAntecedent(want gazetteer.Gender, owner *person) *person {
	p := d.principal
	if p == nil || p == owner || p.gender() != want || !slices.Contains(d.turnPeople, p) {
		return nil
	}
	other := func(q *person) bool { return q != p && fitsOther(q, owner, want) }
	if slices.ContainsFunc(d.turnPeople, other) {
		return nil
	}
	for _, r := range d.curRefs {
		if r.kind != kName && r.kind != kTitle {
			continue
		}
		if q := d.refPerson(r); q != nil && other(q) {
			return nil
		}
	}
	// "[senior administration official] sort of touched on this when he
	// talked about": a redacted name is someone else.
	if strings.Contains(d.cur, "[") {
		return nil
	}
	return p
}

// titlePrincipal is the one person a press call's or briefing's title
// names ("... on the President’s Second Day at the G7", "... Previewing
// the Vice President’s Trip to Ghana"), or nil: no title of a call or
// briefing, or two people or more.
func (d *docState) titlePrincipal(s sentence) *person {
	t := strings.ToLower(s.text)
	if !strings.Contains(t, "press call") && !strings.Contains(t, "briefing") {
		return nil
	}
	var one *person
	for _, rf := range d.findRefs(titleCaseLowered(s), false) {
		if rf.kind != kName && rf.kind != kTitle {
			continue
		}
		p := d.refPerson(rf)
		if p == nil || !p.shown() {
			continue
		}
		if one != nil && one != p {
			return nil
		}
		one = p
	}
	return one
}

// titleCaseLowered is a title with the prepositions title case writes
// with a capital ("Background Press Call By a Senior Administration
// Official On the Vice President’s Engagements") in lower case, as in
// running text: a capitalised "On" joined the official and the Vice
// President into one run of capitals that named nobody.
func titleCaseLowered(s sentence) sentence {
	toks := slices.Clone(s.toks)
	for i := 1; i < len(toks); i++ {
		if toks[i].cap && !toks[i].upper && prepositions[toks[i].lower] {
			toks[i].cap = false
		}
	}
	return sentence{text: s.text, toks: toks}
}

// turnReach is how many sentences back a turn's "he" looks for a person
// named but not speaking: further back, an unnamed person ("one of the
// participants") is as likely.
const turnReach = 3

// turnName is a person a first-person turn names as a subject or source.
type turnName struct {
	p          *person
	sent, para int // d.sentN and the paragraph's N where it was named
}

// firstPersonTurn is the owner of the current paragraph's turn when that
// turn is a person's own words in the first person (a transcript label, a
// spokesperson's answer), else nil.
func (d *docState) firstPersonTurn() *person {
	if len(d.modes) == 0 {
		return nil
	}
	m := d.modes[len(d.modes)-1]
	if m.question || m.rule != RuleLabel && m.rule != RuleQA {
		return nil
	}
	return m.owner
}

var qaPrefix = regexp.MustCompile(`^\s*([QA])\s*[:：]`)

func isQA(doc *readout.Document) bool {
	q, a := false, false
	for _, p := range doc.Paragraphs {
		if m := qaPrefix.FindStringSubmatch(p.Text); m != nil {
			if m[1] == "Q" {
				q = true
			} else {
				a = true
			}
		}
	}
	return q && a
}

// labelPrefix is a transcript's speaker label: "SECRETARY BLINKEN:",
// "MR PRICE:", "MS. PSAKI:", "MR. FERNÁNDEZ HERNÁNDEZ:".
var labelPrefix = regexp.MustCompile(`^\s*(\p{Lu}[\p{Lu}.'’\- ]{1,60}[\p{Lu}.]):\s`)

func hasLabels(doc *readout.Document) bool {
	n := 0
	for _, p := range doc.Paragraphs {
		// "REFORMING GLOBAL GOVERNANCE: A CALL FOR JUSTICE" is a heading
		// of a speech, not a speaker's turn: nothing in it is lower case.
		if m := labelPrefix.FindStringSubmatch(p.Text); m != nil && !isQALabel(m[1]) && strings.ToUpper(p.Text) != p.Text {
			n++
		}
	}
	return n > 0
}

func isQALabel(s string) bool { return s == "Q" || s == "A" }

// titleAuthor matches a title that names the author of a statement, letter
// or message: "Statement by NSC Spokesperson Adrienne Watson on ...",
// "Letter from President Biden to ...", "Message of condolence from ...".
var titleAuthor = regexp.MustCompile(`(?i)^(?:(?:.{0,80}?\s)?joint )?(?:statement|letter|message|remarks|op-ed|readout of (?:a |the )?message)(?: of (?:condolence|congratulations|sympathy))? (?:by|from|of) (.{3,200}?)(?: on | to | at | regarding | in |$)`)

// assistantRank is the White House rank written before a title.
var assistantRank = regexp.MustCompile(`\bAssistant to the President and (?:Deputy )?`)

// titleVoice sets the voice of a document whose title names its author.
func (d *docState) titleVoice() {
	// "Assistant to the President and National Security Advisor Jake
	// Sullivan": the White House's rank before a title holds the " to "
	// that ends an author list.
	title := assistantRank.ReplaceAllString(d.doc.Title, "")
	m := titleAuthor.FindStringSubmatch(title)
	if m == nil || d.voice != nil {
		return
	}
	// "The MPP Program and Border Security Joint Statement by ...": a
	// subject may come before a joint statement's noun, but not a press
	// call's or a briefing's about one.
	if !strings.HasPrefix(strings.ToLower(m[0]), "joint ") && !strings.HasPrefix(strings.ToLower(m[0]), "statement") &&
		(!jointDocTitle.MatchString(m[0]) || notStatementTitle.MatchString(m[0])) {
		return
	}
	s := sentence{text: m[1], toks: tokenize(m[1])}
	var authors []*person
	end := 0     // where the last author's words end
	office := "" // "NSC Spokesperson": an office of a body the gazetteer's title is not
	for _, rf := range d.findRefs(s, false) {
		// "Statement by NSC Spokesperson Adrienne Watson of National
		// Security Advisor Jake Sullivan’s Meeting with ...": a possessive
		// is whom the statement is about, and ends the authors.
		if rf.poss && len(authors) > 0 {
			break
		}
		if len(authors) == 0 && rf.i == 0 && otherBodyTitle(d, s.toks, rf) {
			// "Statement by NSC Spokesperson on ...": the National Security
			// Council's spokesperson, not the State Department's
			// Spokesperson of the date, and unnamed: the issuer is the
			// office as the title writes it.
			office = span(s.text, s.toks, rf.i, rf.j)
			end = rf.j
			continue
		}
		p := d.refPerson(rf)
		if rf.kind != kName && rf.kind != kTitle || p == nil || !p.shown() {
			continue
		}
		// "Joint Statement by President Biden and President von der
		// Leyen": the authors are joined by "and" or commas, with their
		// titles; anything else ends the list.
		if len(authors) > 0 && !subjectGlue(s.toks[end:max(end, rf.i)]) {
			break
		}
		if office != "" && rf.i != end {
			break // "NSC Spokesperson on Jake Sullivan's call": not an author
		}
		if !slices.Contains(authors, p) {
			authors = append(authors, p)
		}
		end = rf.j
	}
	switch {
	case len(authors) >= 2 && len(d.signatories) == 0:
		// A statement or message of two or more people: their "we" and
		// their text's own voice are all of theirs (rules 3 and 8); the
		// issuer stays the office that publishes it.
		d.signatories, d.jointEv, d.titleSigned = authors, "title: "+strings.TrimSpace(m[0]), true
	case len(authors) == 1 && moreAuthors(s.toks[end:]):
		// "Joint Statement by the Secretary of State of the United States
		// of America, the Foreign Secretary of the United Kingdom, and the
		// Foreign Ministers of France, ...": one author found of several
		// is not the statement's voice; the issuer stays the office.
	case len(authors) >= 1:
		d.voice, d.voiceRule, d.voiceEv = authors[0], RuleAuthor, "title: "+strings.TrimSpace(m[0])
	case office != "" && d.issuer == "":
		d.issuer = office
	}
}

// moreAuthors reports whether the words after a title's last author found
// list more of them: ", the Foreign Secretary of ...", "and Treasury
// Secretary ...".
func moreAuthors(rest []token) bool {
	if len(rest) < 2 || rest[0].lower != "," && rest[0].lower != "and" {
		return false
	}
	for _, t := range rest[1:min(len(rest), 6)] {
		if titleWords[t.lower] || strings.HasSuffix(t.lower, "s") && titleWords[strings.TrimSuffix(t.lower, "s")] {
			return true
		}
	}
	return false
}

// otherBodyTitle reports whether a title reference is qualified by a body
// its gazetteer title does not belong to: "NSC Spokesperson" is read as
// the title Spokesperson, whose holder on a date is the State
// Department's; the qualifier is a capitalised word before the title's own
// words that is no country, title word or connector (a body: NSC, Pentagon) ("U.S. Secretary of
// State", "Chinese Foreign Ministry Spokesperson" are not).
func otherBodyTitle(d *docState, toks []token, rf ref) bool {
	if rf.kind != kTitle || rf.title == nil {
		return false
	}
	n := len(strings.Fields(rf.title.key))
	for k := rf.i; k < rf.j-n; k++ {
		t := toks[k]
		if t.word && (t.cap || t.upper) && d.countryOf(t) == nil && !titleWords[t.lower] &&
			!modifiers[t.lower] && !connectors[t.lower] && d.g.Title(t.text) == nil {
			return true
		}
	}
	return false
}

// issuerName is the person or office in whose name the document is
// published (readout.Document.Issuer).
func (d *docState) issuerName() string {
	if d.speech {
		// A UN speech is issued by its speaker: the canonical name its
		// sentences are attributed to ("Recep Tayyip Erdoğan"), so that
		// the issuer and speaker facets name one person alike (rule 11);
		// the record's name as written ("Mr. Recep Tayyip Erdogan") only
		// when it resolves to nobody.
		if d.docSpeaker != nil && d.docSpeaker.shown() {
			return d.docSpeaker.name
		}
		if v := strings.TrimSpace(d.doc.Meta["speaker"]); v != "" {
			return v
		}
	}
	switch {
	case d.statement != nil && d.statement.shown():
		return d.statement.name
	case d.voice != nil && d.voice.shown():
		return d.voice.name
	case d.spokesperson != nil && d.spokesperson.shown():
		return d.spokesperson.name
	case d.docSpeaker != nil && d.docSpeaker.shown():
		return d.docSpeaker.name
	case d.issuer != "":
		return d.issuer
	}
	meta := d.doc.Meta
	for _, k := range []string{"speaker", "publisher"} {
		if v := strings.TrimSpace(meta[k]); v != "" && len(v) < 80 {
			return v
		}
	}
	return ""
}

// countryName is the government or organisation that issues the document:
// the header's country, else the publisher's, else the issuer's, as one
// name per state (gazetteer.CanonicalCountry: "Republic of Chile" and
// "Chile" are one facet value).
func (d *docState) countryName() string {
	meta := d.doc.Meta
	if c, iso := meta["country"], meta["country_iso3"]; strings.TrimSpace(c) != "" || strings.TrimSpace(iso) != "" {
		return d.g.CanonicalCountry(c, iso)
	}
	code := d.home
	if code == "" {
		for _, p := range []*person{d.statement, d.voice, d.spokesperson, d.docSpeaker} {
			if p != nil && p.country != "" {
				code = p.country
				break
			}
		}
	}
	return d.g.CanonicalCountry("", code)
}

// isSpeech reports whether the document is one speech (a UN General Debate
// statement), all of it in its speaker's voice.
func isSpeech(doc *readout.Document) bool {
	src := strings.ToLower(doc.Source + " " + doc.Meta["source"] + " " + doc.Title)
	return doc.Meta["un_session"] != "" || strings.Contains(src, "general debate")
}

// countryListPrefix is the start of a list of countries up to the first
// word in lower case other than "and", "the" and "of": "Australia, Brazil,
// ..., and the United States" of "... and the United States recognize
// that ransomware is ...".
func countryListPrefix(s string) string {
	ws := strings.Fields(s)
	for k, w := range ws {
		if l := strings.Trim(w, ",()"); l != "" && unicode.IsLower(firstRune(l)) && l != "and" && l != "the" && l != "of" {
			return strings.Join(ws[:k], " ")
		}
	}
	return s
}

// weThe opens a joint statement: "We, the Leaders of Australia, India, Japan
// and the United States", "We, the G7 Foreign Ministers of Canada, ...".
var weThe = regexp.MustCompile(`\b[Ww]e,?(?: [–—-])? the (?:[A-Z0-9][\w-]* )?(Leaders|leaders|Heads of State and Government|Heads of Government|Foreign Ministers|foreign ministers|Presidents|presidents|Ministers and Representatives|ministers and representatives)(?: of (?:the )?([^.;:]{3,300}))?`)

// parliamentary are the countries whose head of government, not the
// president, signs for them as a leader: parliamentary republics and
// monarchies ("the Leaders of ... Bulgaria, ... Poland": Prime Ministers
// Glavchev and Tusk, not Presidents Radev and Duda).
var parliamentary = set(`GB CA JP AU IN IT NZ ES NL BE SE NO DK IE IL GR PT CZ HU PK BD TH MY SG DE AT
PL BG SK HR IS AL MK ME GE AM IQ ET`)

// reigning are the countries whose monarch, not a prime minister, signs
// for them as a leader: the Emir of Qatar, the King of Jordan, the King of
// Saudi Arabia (head of state while his Crown Prince was Prime Minister),
// the King of Bahrain, the Emir of Kuwait, the Sultan of Oman.
var reigning = set(`QA BN JO MA SA BH KW OM`)

// officesFor are the titles, tried in order, whose holders sign for a
// country.
var officesFor = map[string][]string{
	"leaders":                       {"President", "Chancellor", "Prime Minister"},
	"heads of state and government": {"President", "Chancellor", "Prime Minister"},
	"heads of government":           {"President", "Chancellor", "Prime Minister"},
	"foreign ministers":             {"Secretary of State", "Foreign Minister", "Foreign Secretary", "High Representative"},
	"presidents":                    {"President"},
}

// jointStatement finds the signatories of a joint statement in its first
// paragraphs: for each country named, who held the office on the date.
func (d *docState) jointStatement() {
	if d.date.IsZero() {
		return
	}
	for pi, p := range d.doc.Paragraphs {
		if pi >= 4 {
			break
		}
		m := weThe.FindStringSubmatch(p.Text)
		if m == nil || m[2] == "" {
			continue
		}
		list := m[2]
		if strings.Contains(list, "Group of Seven") || strings.HasPrefix(list, "G7") {
			list = groupMembers["g7"] // "We the Leaders of the Group of Seven (G7) remain resolved"
		}
		var found []*person
		if offices := officesFor[strings.ToLower(m[1])]; len(offices) > 0 {
			found = d.officeHolders(list, offices)
		}
		if len(found) >= 2 {
			d.signatories, d.jointEv = found, strings.TrimSpace(m[0])
			return
		}
		// "we the Ministers and Representatives of Australia, Brazil, ...",
		// "we – the presidents of" countries whose holders the gazetteer
		// does not know: no person is named, the governments sign (rule 9).
		if names := d.governmentList(countryListPrefix(list)); len(names) >= 2 {
			d.jointBodies, d.jointEv = names, strings.TrimSpace(m[0])
			d.weLine = pi + 1 // the line itself is theirs (weLineSpeaks)
			return
		}
	}
	// "Today, we, President Joseph R. Biden, Jr. and Prime Minister KISHIDA
	// Fumio, celebrate ...": the people named right after "we,".
	for _, s := range d.opening(4) {
		at := -1
		for k := 0; k+1 < len(s.toks); k++ {
			// "we, President ..." and "we – Prime Minister ...".
			if s.toks[k].lower == "we" && (s.toks[k+1].lower == "," || s.toks[k+1].lower == "–" || s.toks[k+1].lower == "—") {
				at = k + 2
				break
			}
		}
		if at < 0 {
			continue
		}
		var found []*person
		k := at
		for _, rf := range d.findRefs(s, false) {
			if rf.i < at {
				continue
			}
			ok := true
			for x := k; x < rf.i; x++ {
				if l := s.toks[x]; !(l.cap || l.lower == "and" || l.lower == "," || l.lower == "." || connectors[l.lower] || titleWords[l.lower]) {
					ok = false
				}
			}
			if !ok {
				break
			}
			p := d.refPerson(rf)
			if p != nil && p.shown() && !slices.Contains(found, p) {
				found = append(found, p)
			}
			k = rf.j
		}
		if len(found) >= 2 {
			d.signatories, d.jointEv = found, span(s.text, s.toks, at-2, min(len(s.toks), k))
			return
		}
	}
	d.titledJointStatement()
	d.leadersStatement()
	d.jointGovernments()
	d.releasedGovernments()
	d.undersignedSigners() // room.go
	d.partiesStatement()
}

// leadersTitle is the title of a joint statement of leaders: "U.S.-India
// Joint Leaders’ Statement", "United States-Republic of Korea Leaders’
// Joint Statement", "Joint Statement from the Leaders of the United States
// and the Republic of Indonesia: ...", "Joint Statement Following the
// Summit of the Leaders of the United States and the Gulf Cooperation
// Council (GCC) Countries" (the countries in group 1).
var leadersTitle = regexp.MustCompile(`(?i)\bjoint\s+leaders['’]?\s+statement\b|\bleaders['’]?\s+joint\s+statement\b|\bjoint\s+statement\s+(?:of|from|by|following\s+the\s+(?:[\w.-]+\s+){0,3}?(?:summit|meeting)\s+of)\s+the\s+leaders\s+of\s+(?:the\s+)?(.+?)(?::|\s+(?:on|calling|regarding|to|in|following)\s|$)`)

// notStatementTitle is a title about a joint statement, not one: "Background
// Press Call on the Joint Statement from the Leaders of ...".
var notStatementTitle = regexp.MustCompile(`(?i)\b(?:press call|briefing|readout|remarks|press conference|fact sheet)\b`)

// pairPrefix reads the countries of a title that opens with them:
// "U.S.-India Joint Leaders’ Statement", "Australia-United States Joint
// Leaders’ Statement".
var pairPrefix = regexp.MustCompile(`(?i)^(.+?)\s*[-–]\s*(.+?)\s+(?:joint\s+)?leaders['’]?\s`)

// asLeaders opens a leaders' statement in their voice: "As leaders of
// Australia, the United Kingdom, and the United States, ... we".
var asLeaders = regexp.MustCompile(`(?i)^as (?:the )?leaders of (?:the )?([^.;:]{3,400}?),?\s+we\s`)

// groupMembers are the countries of a standing group of leaders a title
// may name instead of listing them: "Quad Leaders’ Joint Statement",
// "Joint Leaders Statement on AUKUS".
var groupMembers = map[string]string{
	"g7":    "Canada, France, Germany, Italy, Japan, the United Kingdom, and the United States",
	"quad":  "Australia, India, Japan, and the United States",
	"aukus": "Australia, the United Kingdom, and the United States",
	"gcc":   "Bahrain, Kuwait, Oman, Qatar, Saudi Arabia, and the United Arab Emirates",
}

// groupItem reads an item of a list of countries that names a standing
// group instead ("the Gulf Cooperation Council (GCC) Countries", "the GCC
// member states", "the G7"): the group's members (groupMembers), else "".
func groupItem(item string) string {
	item = strings.TrimPrefix(strings.TrimSpace(item), "the ")
	for _, full := range [][2]string{{"Gulf Cooperation Council", "gcc"}, {"Group of Seven", "g7"}} {
		if strings.HasPrefix(item, full[0]) {
			item = full[1] + strings.TrimPrefix(item, full[0])
		}
	}
	ws := strings.Fields(strings.ToLower(item))
	if len(ws) == 0 || groupMembers[ws[0]] == "" {
		return ""
	}
	rest := ws[1:]
	if len(rest) > 0 && strings.HasPrefix(rest[0], "(") {
		rest = rest[1:] // "(GCC)"
	}
	switch strings.Join(rest, " ") {
	case "", "countries", "member states", "members", "member countries", "states", "partners":
		return groupMembers[ws[0]]
	}
	return ""
}

// leadersStatement finds the signatories of a joint statement that its
// title calls the leaders' (rules 3 and 8), where no "We, ..." or subject
// named them: the people its first sentence names, two to four of them
// ("President Joseph R. Biden, Jr. is honored to welcome Prime Minister of
// the Republic of Singapore Lee Hsien Loong"); else the leaders in office
// of the countries its title or its opening "As leaders of ..." lists.
func (d *docState) leadersStatement() {
	if len(d.signatories) > 0 || d.date.IsZero() {
		return
	}
	m := leadersTitle.FindStringSubmatch(d.doc.Title)
	if notStatementTitle.MatchString(d.doc.Title) {
		return
	}
	if m == nil {
		// Another joint statement ("Joint Statement on ICE Pact") whose
		// first sentence speaks as leaders: "As leaders of Arctic
		// nations, Canada, Finland, and the United States, ..., we
		// resolve" is theirs as under a leaders' title (rules 3, 8).
		if !jointDocTitle.MatchString(d.doc.Title) {
			return
		}
		if s, ok := d.firstSentence(); ok {
			d.asLeadersSign(s)
		}
		return
	}
	if s, ok := d.firstSentence(); ok {
		found := d.namedPeople(d.findRefs(s, false))
		if len(found) >= 2 && len(found) <= 4 {
			d.signatories, d.jointEv = found, "title: "+d.doc.Title+"; first sentence: "+s.text
			return
		}
		if d.asLeadersSign(s) {
			return
		}
	}
	list := m[1]
	if p := pairPrefix.FindStringSubmatch(d.doc.Title); list == "" && p != nil {
		list = p[1] + ", " + p[2]
	}
	for _, w := range strings.Fields(strings.ToLower(d.doc.Title)) {
		if members := groupMembers[strings.Trim(w, "“”\"'’:,.")]; list == "" && members != "" {
			list = members
		}
	}
	if list == "" {
		return
	}
	if found := d.officeHolders(list, officesFor["leaders"]); len(found) >= 2 {
		d.signatories, d.jointEv = found, "title: "+d.doc.Title
	}
}

// asLeadersSign makes the leaders on the date of the countries a first
// sentence speaks as ("As leaders of Arctic nations, Canada, Finland, and
// the United States, ...") the signatories, when there are two or more;
// it reports whether it did.
func (d *docState) asLeadersSign(s sentence) bool {
	a := asLeaders.FindStringSubmatch(s.text)
	if a == nil {
		return false
	}
	found := d.officeHolders(a[1], officesFor["leaders"])
	if len(found) < 2 {
		return false
	}
	d.signatories, d.jointEv = found, strings.TrimSpace(a[0])
	return true
}

// namedPeople returns the people references name by a name or a title, not
// as a possessive ("President Biden's"), each once: who a line that opens
// or adopts a joint statement names as its signatories.
func (d *docState) namedPeople(refs []ref) []*person {
	var found []*person
	for _, rf := range refs {
		p := d.refPerson(rf)
		if (rf.kind == kName || rf.kind == kTitle) && !rf.poss && p != nil && p.shown() && !slices.Contains(found, p) {
			found = append(found, p)
		}
	}
	return found
}

// firstSentence is the document's first sentence that says something (a
// word in lower case): not a number ("1.") or a dateline.
func (d *docState) firstSentence() (sentence, bool) {
	for _, ss := range d.paras {
		for _, s := range ss {
			if slices.ContainsFunc(s.toks, func(t token) bool { return t.word && !t.cap && !t.upper }) {
				return s, true
			}
		}
	}
	return sentence{}, false
}

// officeHolders returns, for each country of a list ("Canada, France,
// and the United States"), who held the first of titles that one person
// held there on the document's date: the signatories of "We, the leaders
// of ..." and of "Joint Statement from the Leaders of ...".
func (d *docState) officeHolders(countries string, titles []string) []*person {
	list := strings.NewReplacer(" and ", ",", ", and", ",").Replace(countries)
	var items []string
	for _, item := range strings.Split(list, ",") {
		// "the Gulf Cooperation Council (GCC) Countries": its members.
		if members := groupItem(item); members != "" {
			items = append(items, strings.Split(strings.NewReplacer(", and ", ",", " and ", ",").Replace(members), ",")...)
			continue
		}
		items = append(items, item)
	}
	var found []*person
	for _, item := range items {
		item = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(item), "the "))
		code, offices := "", titles
		// The EU's institutions before any country: the gazetteer
		// knows "European" as a name of the EU, which would cut
		// "European Commission" short.
		switch {
		case strings.Contains(item, "European Commission"):
			code, offices = "EU", []string{"President of the European Commission"}
		case strings.Contains(item, "European Council"):
			code, offices = "EU", []string{"President of the European Council"}
		}
		// The last item runs into the verb: "the United States condemn".
		// "the Republic of Indonesia": a state's formal name ends with
		// the name the gazetteer knows.
		if ws := strings.Fields(item); code == "" && len(ws) > 1 && d.g.Country(item) == nil {
			for n := min(4, len(ws)); n >= 1; n-- {
				if d.g.Country(strings.Join(ws[:n], " ")) != nil {
					item = strings.Join(ws[:n], " ")
					break
				}
				if ws[0] == "Republic" && d.g.Country(strings.Join(ws[len(ws)-n:], " ")) != nil {
					item = strings.Join(ws[len(ws)-n:], " ")
					break
				}
			}
		}
		if code == "" {
			switch c := d.g.Country(item); {
			case c != nil:
				code = c.Code
			case strings.Contains(item, "European Union"):
				code = "EU"
			default:
				continue
			}
		}
		switch {
		case parliamentary[code] && offices[0] == "President":
			offices = []string{"Chancellor", "Prime Minister", "President"}
		case reigning[code] && offices[0] == "President":
			offices = []string{"Emir", "Sultan", "King", "President", "Prime Minister"}
		}
		for _, t := range offices {
			if hs := d.g.Holders(t, code, d.date); len(hs) == 1 {
				if q := d.register(hs[0], nil, nil); q != nil && !slices.Contains(found, q) {
					found = append(found, q)
				}
				break
			}
		}
	}
	return found
}

// jointTitle is the title of a statement issued jointly.
var jointTitle = regexp.MustCompile(`(?i)\bjoint\s+(?:leaders['’]?\s+)?statement\b`)

// titledJointStatement finds the signatories of a document titled a joint
// statement that opens by naming them as the subject of its first
// sentence: "President Joseph R. Biden, Jr. of the United States and Prime
// Minister Kishida Fumio of Japan meet at a historic moment ...". What
// follows in the text's own voice ("Our cooperation", "We strongly
// oppose") is theirs (rules 3 and 8).
func (d *docState) titledJointStatement() {
	if !jointTitle.MatchString(d.doc.Title) || len(d.paras) == 0 || len(d.paras[0]) == 0 {
		return
	}
	s := d.paras[0][0]
	refs := d.findRefs(s, false)
	if len(refs) < 2 {
		return
	}
	// The subjects: references joined by "and" or commas (with their
	// titles and "of <country>") up to the first verb.
	var found []*person
	end := 0
	for x, rf := range refs {
		if x == 0 && rf.i > 4 {
			return // not the sentence's subject
		}
		// References may overlap ("Joseph R. Biden, Jr." takes its suffix).
		if x > 0 && !subjectGlue(s.toks[refs[x-1].j:max(rf.i, refs[x-1].j)]) {
			break // the verb, or words that are no title or name
		}
		if p := rf.p; rf.kind == kName && p != nil && p.shown() && !slices.Contains(found, p) {
			found = append(found, p)
			end = rf.j
		}
	}
	if len(found) >= 2 {
		d.signatories, d.jointEv = found, span(s.text, s.toks, 0, end)
	}
}

// jointGovernments finds the governments a joint statement opens with as
// its subject, when it names no person: "The United States and the
// European Union are pleased to announce ...". Its own voice is theirs,
// as institutions (rules 3 and 9).
func (d *docState) jointGovernments() {
	if len(d.signatories) > 0 || !jointTitle.MatchString(d.doc.Title) || len(d.paras) == 0 || len(d.paras[0]) == 0 {
		return
	}
	s := d.paras[0][0]
	if names, end := countrySubjects(d, s.toks, 0); len(names) >= 2 {
		d.jointBodies, d.jointEv = names, span(s.text, s.toks, 0, end)
	}
}

// countrySubjects reads countries joined by "and" or commas from token k
// ("The United States and the European Union"), up to the lower-case word
// after them; it returns their names and where they end, or nothing when
// anything else stands among them.
func countrySubjects(d *docState, toks []token, k int) ([]string, int) {
	var names []string
	for k < len(toks) {
		switch l := toks[k].lower; {
		case l == "the" || l == "and" || l == ",":
			k++
			continue
		case !toks[k].cap:
			if len(names) >= 2 && toks[k].word {
				return names, k
			}
			return nil, 0
		}
		e := min(len(toks), k+4)
		for ; e > k; e-- {
			if c := d.g.Country(joinText(toks[k:e])); c != nil && c.Name != "" {
				if !slices.Contains(names, c.Name) {
					names = append(names, c.Name)
				}
				break
			}
		}
		if e == k {
			return nil, 0
		}
		k = e
	}
	return nil, 0
}

// subjectGlue reports whether toks can join two subjects of one verb:
// "and", commas, titles, "of the United States".
func subjectGlue(toks []token) bool {
	for _, t := range toks {
		// connectors: "President von der Leyen" (the name's reference starts at "Leyen").
		if !(t.cap || !t.word || t.lower == "and" || connectors[t.lower] || titleWords[t.lower] || descriptorWords[t.lower]) {
			return false
		}
	}
	return true
}

// writes reports whether the body writes name (any case), remembered per
// name: a search of the whole body for each ambiguous surname made
// attribution grow with the square of a giant document's length.
func (d *docState) writes(name string) bool {
	if w, ok := d.written[name]; ok {
		return w
	}
	if d.written == nil {
		d.written = map[string]bool{}
	}
	w := strings.Contains(d.bodyLower(), strings.ToLower(name))
	d.written[name] = w
	return w
}

// bodyLower is the document's paragraphs in lower case, for "is this full
// name written anywhere".
func (d *docState) bodyLower() string {
	if d.body == "" {
		var b strings.Builder
		for _, p := range d.doc.Paragraphs {
			b.WriteString(strings.ToLower(p.Text))
			b.WriteString("\n")
		}
		d.body = b.String()
	}
	return d.body
}

// textMarker is the wire marker a State Department release puts before the
// text it releases ("Begin Text:"). A short paragraph, it is merged into
// the next one, whose first sentence it would otherwise open: "Begin
// Text: We, the G7 Foreign Ministers ... reiterate" is narration, then the
// statement.
var textMarker = regexp.MustCompile(`^(?i:begin\s+(?:text|quote))\s*[:.]\s+`)

// endMarker closes a quoted text: "End text.", "End quote."
var endMarker = regexp.MustCompile(`^(?i:end\s+(?:of\s+)?(?:text|quote))\s*[.:]?$`)

// splitMarker makes a leading text marker a sentence of its own.
func splitMarker(ss []string) []string {
	if len(ss) == 0 {
		return ss
	}
	m := textMarker.FindString(ss[0])
	if m == "" || len(m) == len(ss[0]) {
		return ss
	}
	return append([]string{strings.TrimSpace(m), ss[0][len(m):]}, ss[1:]...)
}

// boldHeading is a section heading in bold that opens a sentence: a joint
// statement's "**Addressing Global Challenges**", run into its section's
// first sentence by a hard line break or by the merge of a short paragraph.
var boldHeading = regexp.MustCompile(`^\*\*[^*]{1,120}\*\*\s+`)

// openingMarks may open a sentence before its first word.
const openingMarks = "\"'“‘(["

// splitHeading makes a heading that opens a sentence a sentence of its own,
// so that it does not share the speakers of the sentence after it ("**Addressing
// Global Challenges** The President and the Taoiseach affirmed ...": the
// heading has none). Only when what follows starts as a sentence does
// (a capital, a digit or an opening quote or bracket).
func splitHeading(ss []string) []string {
	out := make([]string, 0, len(ss))
	for _, s := range ss {
		if m := headingOf(s); m != "" {
			out = append(out, strings.TrimSpace(m), s[len(m):])
			continue
		}
		out = append(out, s)
	}
	return out
}

// headingOf returns the bold heading that opens s and the white space after
// it, or "" when s has none or nothing after it starts a sentence.
func headingOf(s string) string {
	if !strings.HasPrefix(s, "**") {
		return ""
	}
	m := boldHeading.FindString(s)
	if m == "" || len(m) == len(s) {
		return ""
	}
	r, _ := utf8.DecodeRuneInString(s[len(m):])
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !strings.ContainsRune(openingMarks, r) {
		return ""
	}
	return m
}

// listNumber is a sentence that is only the number of a numbered item:
// "**1." of "**1. Catalyze Clean Energy and Create Good Jobs: **Deepening
// ...", which the sentence splitter cuts at its period.
var listNumber = regexp.MustCompile(`^[*_]{0,2}\(?\d{1,2}[.)]$`)

// joinListNumber joins an item's number to the sentence it numbers, as
// text (the paragraph) writes them: the number says nothing of its own,
// and the item is one sentence whoever speaks in it.
func joinListNumber(text string, ss []string) []string {
	if !slices.ContainsFunc(ss, func(s string) bool { return listNumber.MatchString(s) }) {
		return ss
	}
	out := make([]string, 0, len(ss))
	pos := 0
	for k := 0; k < len(ss); k++ {
		s := ss[k]
		at := strings.Index(text[pos:], s)
		if at < 0 {
			out = append(out, ss[k:]...)
			return out
		}
		at += pos
		pos = at + len(s)
		if listNumber.MatchString(s) && k+1 < len(ss) {
			if next := strings.Index(text[pos:], ss[k+1]); next >= 0 {
				end := pos + next + len(ss[k+1])
				out = append(out, text[at:end])
				pos = end
				k++
				continue
			}
		}
		out = append(out, s)
	}
	return out
}

// bulletAfter is a bullet that starts a new item after the end of the last
// one, where a list was run into one paragraph: "... for U.S. and
// Canadian companies. - The Canadian Critical Minerals Infrastructure
// Fund will ...", "... approaches; - CAD $7.3 billion in ...". The
// sentence splitter does not cut there, the bullet being no capital. Not
// after an abbreviation: "the U.S. – Italy strategic alliance".
var bulletAfter = regexp.MustCompile(`[\p{Ll}\d)”"’][.;!?][”"’)]?\s+[-–•]\s+(?:\*\*)?[\p{Lu}\d“"(]`)

// splitBullets cuts a sentence at each bullet that starts a new item after
// the end of one (bulletAfter): each item has its own subject and verbs.
func splitBullets(ss []string) []string {
	out := make([]string, 0, len(ss))
	for _, s := range ss {
		for {
			loc := bulletAfter.FindStringIndex(s)
			if loc == nil {
				break
			}
			_, size := utf8.DecodeRuneInString(s[loc[0]:])
			cut := loc[0] + size + 1 // past the letter and the terminator
			for cut < len(s) && s[cut] != ' ' && s[cut] != '\t' && s[cut] != '\n' {
				cut++ // past a closing quote or bracket
			}
			out = append(out, s[:cut])
			s = strings.TrimLeft(s[cut:], " \t\n")
		}
		out = append(out, s)
	}
	return out
}

// gluedSentence is a sentence run into the next by a missing space: "... to
// enhance its close coordination with the United States under the
// Treaty.President Biden also reaffirmed ...". The word after the period is
// followed by white space, so web addresses and file paths
// ("WhiteHouse.Gov/CleanIndoorAir") are not cut.
var gluedSentence = regexp.MustCompile(`\p{Ll}{3}\.\p{Lu}\p{Ll}+\s`)

// splitGlued cuts sentences where gluedSentence finds two run together, so
// that each has its own subject and verbs. A sentence with no period right
// before a capital is not given to the regexp: run on every sentence it
// was 13% of attribution's time on the sample.
func splitGlued(ss []string) []string {
	out := make([]string, 0, len(ss))
	for _, s := range ss {
		for periodBeforeCapital(s) {
			loc := gluedSentence.FindStringIndex(s)
			if loc == nil {
				break
			}
			cut := loc[0] + strings.IndexByte(s[loc[0]:], '.') + 1
			out = append(out, s[:cut])
			s = s[cut:]
		}
		out = append(out, s)
	}
	return out
}

// periodBeforeCapital reports whether s has a period between a byte that
// may end a lower-case letter and one that may start an upper-case letter
// (a-z and A-Z, or any byte of a non-ASCII rune): what gluedSentence needs
// to match. "U.S. President" has none.
func periodBeforeCapital(s string) bool {
	for i := strings.IndexByte(s, '.'); i >= 0 && i+1 < len(s); {
		if i > 0 {
			b, c := s[i-1], s[i+1]
			if ('a' <= b && b <= 'z' || b >= utf8.RuneSelf) && ('A' <= c && c <= 'Z' || c >= utf8.RuneSelf) {
				return true
			}
		}
		k := strings.IndexByte(s[i+1:], '.')
		if k < 0 {
			return false
		}
		i += 1 + k
	}
	return false
}

// honorificLabel reports whether a transcript label's tokens are an
// honorific and one word written in capitals ("MR. KIKUKAWA", "MS PORTER"):
// the form in which a transcript names a moderator or official by surname.
func honorificLabel(toks []token) bool {
	var words []token
	for _, t := range toks {
		if t.word {
			words = append(words, t)
		}
	}
	return len(words) == 2 && honorifics[strings.TrimSuffix(words[0].lower, ".")] && words[1].upper &&
		!titleWords[words[1].lower] && !descriptorWords[words[1].lower]
}

// titleSeen is a person named after a title ("Vice President Pence"), or
// whom a bare title ("the Vice President") was taken to mean, and where.
type titleSeen struct {
	p          *person
	title      *titleInfo
	sent, para int  // d.sentN and the index of the paragraph
	bare       bool // a bare title, not a name
}

// titleReach is how many sentences back in its turn a bare title looks for
// a person named with it; within its own paragraph it looks all the way
// back. Further, the text's own holder is as likely: "Vice President
// Duterte-Carpio" named once in a briefing leaves the later "the Vice
// President" Harris's.
const titleReach = 2

// namedWithTitle returns the people named with rf's title ("Vice President
// Pence") just before rf, most recent last, without repeats: earlier in
// its sentence, in its paragraph, or titleReach sentences back in its
// turn. Only for a reference of the sentence being attributed.
//
// A turn that has already used the bare title for someone else keeps it
// for them: "the objectives the President had set for this meeting with
// President Putin ... the President's approach" is still the US
// President's.
func (d *docState) namedWithTitle(rf ref) []*person {
	if !slices.ContainsFunc(d.curRefs, func(r ref) bool {
		return r.kind == kTitle && r.i == rf.i && r.j == rf.j && r.title != nil && r.title.key == rf.title.key
	}) {
		return nil
	}
	same := func(p *person, ti *titleInfo) bool {
		if !titleMatches(ti.key, rf.title.key, rf.title.canon) && (rf.title.canon == "" || ti.canon != rf.title.canon) {
			return false
		}
		c := rf.title.country
		return c == "" || p.country == "" || p.country == c
	}
	var out, bare []*person
	add := func(p *person) {
		out = slices.DeleteFunc(out, func(q *person) bool { return q == p })
		out = append(out, p)
	}
	for _, s := range d.titledSeen {
		switch {
		case !same(s.p, s.title):
		case s.bare:
			bare = append(bare, s.p)
		case s.para == d.paraAt || d.sentN-s.sent <= titleReach:
			add(s.p)
		}
	}
	for _, r := range d.curRefs {
		if r.kind == kName && r.j <= rf.i && r.p != nil && r.p.shown() {
			if ti := d.titleOfName(d.curToks, r); ti != nil && same(r.p, ti) {
				add(r.p)
			}
		}
	}
	if slices.ContainsFunc(bare, func(p *person) bool { return !slices.Contains(out, p) }) {
		return nil
	}
	return out
}

// titleOfName returns the title written right before the name rf
// ("Vice President" of "Vice President Pence"), or nil.
func (d *docState) titleOfName(toks []token, rf ref) *titleInfo {
	if rf.kind != kName {
		return nil
	}
	b := rf.i
	for b > 0 && rf.i-b < 8 && toks[b-1].word && (toks[b-1].cap || connectors[toks[b-1].lower] && b-1 > 0 && toks[b-2].cap) {
		b--
	}
	if b == rf.i {
		return nil
	}
	return d.titleBefore(toks, b, rf.i)
}

// lowerOffices reports whether a document writes "the president" in lower
// case as a rule: at least three times, and more than twice as often as
// "the President".
func lowerOffices(doc *readout.Document) bool {
	lower, upper := 0, 0
	for _, p := range doc.Paragraphs {
		lower += strings.Count(p.Text, "the president") + strings.Count(p.Text, "The president")
		upper += strings.Count(p.Text, "the President") + strings.Count(p.Text, "The President")
	}
	return lower >= 3 && lower > 2*upper
}

// generationalSuffixes gives a person the gazetteer does not know the
// generational suffix the document writes after their name and a comma:
// "Reverend Nelson B. Rivers, III, Vice President" is Nelson B. Rivers
// III (rule 11: one person, one name, the fullest form the document
// gives). The suffix ("Jr.", "Sr.", a numeral) stands between commas or
// ends the sentence, and the words before its comma are all of the
// person's name.
func (d *docState) generationalSuffixes() {
	for _, ss := range d.paras {
		for _, s := range ss {
			toks := s.toks
			for c := 2; c+1 < len(toks); c++ {
				suf := toks[c+1]
				if toks[c].text != "," || !suf.word || !suffixes[strings.TrimSuffix(suf.lower, ".")] && !(suf.upper && romanNumeral(suf.text)) {
					continue
				}
				if c+2 < len(toks) && toks[c+2].text != "," && toks[c+2].text != "." {
					continue
				}
				k := c
				for k > 0 && c-k < 4 && toks[k-1].word && toks[k-1].cap {
					k--
				}
				if c-k < 2 {
					continue
				}
				var keys []string
				for _, t := range toks[k:c] {
					keys = append(keys, strings.Fields(t.key)...)
				}
				for _, p := range d.people {
					if p.gz != nil || slices.Contains(p.tokens, suf.key) || !containsAll(keys, p.tokens) || len(p.tokens) < 2 {
						continue
					}
					if !strings.HasSuffix(joinText(toks[k:c]), p.name) {
						continue
					}
					p.name += " " + suf.text
					p.tokens = addName(p.tokens, suf.key)
				}
			}
		}
	}
}

// titledNames registers a person the gazetteer does not know whom a
// sentence introduces by an office in lower case and then the name between
// commas: "The secretary general of Hizballah, Hassan Nasrallah, said",
// "the director of Mtavari Channel, Nika Gvaramia," (rule 11: a person
// outside the gazetteer is still a person). The office is "the", perhaps
// modifiers, a title word in lower case and perhaps "of" and its body; the
// name is two to four capitalised words that a comma or the sentence's end
// closes.
func (d *docState) titledNames(s sentence) {
	toks := s.toks
	for a := 0; a+4 < len(toks); a++ {
		if toks[a].lower != "the" {
			continue
		}
		t := a + 1
		for t < len(toks) && (appositiveModifiers[toks[t].lower] || pastModifiers[toks[t].lower]) && !toks[t].cap {
			t++
		}
		if t >= len(toks) || toks[t].cap || !titleWords[toks[t].lower] {
			continue
		}
		for t+1 < len(toks) && !toks[t+1].cap && titleWords[toks[t+1].lower] {
			t++ // "prime minister", "secretary general"
		}
		c := t + 1
		if c < len(toks) && toks[c].lower == "of" {
			for c < len(toks) && toks[c].text != "," && c-t < 8 {
				c++
			}
		}
		if c >= len(toks) || toks[c].text != "," {
			continue
		}
		k := c + 1
		end := k
		for end < len(toks) && end-k < 4 && toks[end].word && toks[end].cap && !toks[end].poss {
			end++
		}
		if end-k < 2 || end < len(toks) && toks[end].text != "," && toks[end].text != "." {
			continue
		}
		seg := toks[k:end]
		if !d.mayNameNew(seg) {
			continue
		}
		d.registerNew(seg)
		a = end
	}
}
