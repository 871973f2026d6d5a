package attribution

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// A readout of a meeting often lists who took part, under a heading
// ("Participants in today’s meeting included:", "*Meeting attendees:*",
// "**Speakers**") or in a sentence ("Participants in the call included
// President X, Chancellor Y and Prime Minister Z."), and its sentences speak
// of them as a group: "The state legislators and advocates discussed ...",
// "Participants shared ...", "The President, the Vice President, and the
// Members agreed ...". Joint speech names every participant it covers
// (ATTRIBUTION.md rule 3), and only those: a group names the listed people
// its noun fits ("legislators" are the listed senators and
// assemblywomen, not the attorney general listed beside them).

// listedPerson is one person of a readout's list of participants.
type listedPerson struct {
	p *person
	// legislator: the list gives a legislative title ("Senator",
	// "Assemblywoman", "Majority Whip") or a congressional district
	// ("(OH-03)").
	legislator bool
	// official: the list describes them as one of the host's officials
	// ("Deputy Chief of Staff Bruce Reed"): "Advocates described ..."
	// reports the guests, not them; "Participants described ..." both.
	official bool
}

// listHeading opens a list of participants at the start of a paragraph.
// It ends in a colon, in the closing markup of a heading ("**Speakers**",
// "<u>Participants</u>"), in "included" followed by the names, or, its
// markup stripped, before the first item of a numbered list
// ("Participants 1. Audrey Bilger, President, Reed College 2. ...").
var listHeading = regexp.MustCompile(`(?i)^[\s*_]*(?:<u>)?[\s*_]*((?:the\s+)?(?:[a-z’'-]+\s+){0,3}?)(?:participants|attendees|speakers)(?:\s+(?:in|at|on|for)\s+[^:*.<]{1,60}?)?(?:\s+included\s*:?|\s*:|\s*(?:</u>)?[*_]+|\s+(?:1\.\s))[\s*_]*(?:</u>)?[\s*_]*`)

// joiningHeading opens a list of who joined a call or meeting's host,
// written as a sentence: "Joining President Biden on the call were Prime
// Minister Trudeau of Canada, ...", "Joining the call were the following
// leaders:". Its own words name the host.
var joiningHeading = regexp.MustCompile(`(?i)^[\s*_]*(?:also\s+)?joining\s+[^:.]{0,80}?\s+(?:was|were)\s+(?:the\s+following\s+(?:leaders|participants)\s*:?\s*)?`)

// districtCode is a legislator's district or state and party: "OH-03",
// "CA-36", "D-NY", "D-NY-34" (a state legislator's party, state and
// district).
var districtCode = regexp.MustCompile(`^(?:[A-Z]{2}-(?:\d{1,2}|AL)|[DRI]-[A-Z]{2}(?:-(?:\d{1,3}|AL))?)$`)

// legislativeTitles are titles of members of a legislature.
var legislativeTitles = set(`senator sen assemblywoman assemblyman assemblymember representative rep
congressman congresswoman delegate whip legislator`)

// attendeeNouns name everyone a list gives; legislatorNouns the listed
// legislators.
var (
	attendeeNouns   = set(`participants attendees`)
	legislatorNouns = set(`legislators lawmakers members senators representatives assemblymembers`)
)

// listPeopleNouns may head the other conjuncts of a group subject: people
// a list does not sort ("The state legislators and advocates").
var listPeopleNouns = set(`advocates leaders experts officials activists organizers stakeholders partners guests
providers survivors students workers members participants attendees legislators lawmakers senators representatives`)

// bodyWords end or make the names of organizations a list may give where a
// person's name could stand.
var bodyWords = set(`company companies cooperative cooperatives association alliance coalition foundation institute center
centre council network fund federation union society partnership project campaign parenthood church
university college school law group action justice people data`)

// groupHeading opens a list of people under the plural noun the text then
// calls them by: "*Attorneys General:*", "State legislative leaders from
// today’s meeting included:", "Governors:". Submatch 1 is the heading's
// words; headingNoun reads the noun from them.
var groupHeading = regexp.MustCompile(`^[\s*_]*([A-Za-z][^:*_\n]{1,100}?)[\s*_]*:[\s*_]*`)

// headingStops end the noun of a heading: "State legislators participated
// in today’s meeting included", "Leaders who joined".
var headingStops = set(`who whom that which from in at of on for with and as to attending participating participated joining joined
included include includes were are was is delivered spoke`)

// headingNoun returns the noun of a list's heading in lower case, its
// modifiers first ("state", "legislative", "leaders"), or nil when the
// heading is no plural noun of five words or fewer.
func headingNoun(heading string) []string {
	var words []string
	for _, w := range strings.Fields(strings.ToLower(heading)) {
		if headingStops[w] {
			break
		}
		words = append(words, w)
	}
	for len(words) > 0 && (words[0] == "the" || words[0] == "following" || words[0] == "participating") {
		words = words[1:]
	}
	if len(words) == 0 || len(words) > 5 || groupHead(words) == 0 {
		return nil
	}
	for _, w := range words {
		if strings.ContainsAny(w, "0123456789.,;()") {
			return nil
		}
	}
	return words
}

// headedGroup is the people a groupHeading lists, and its noun in lower
// case ("state", "legislative", "leaders").
type headedGroup struct {
	words  []string
	people []*person
}

// groupHead returns how many of a heading's last words are its plural
// head noun: 1 ("leaders", "governors"), 2 ("attorneys general"), or 0
// when it ends in no plural noun ("From the White House", "Begin text").
func groupHead(words []string) int {
	n := len(words)
	plural := func(w string) bool {
		return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us")
	}
	switch {
	case n >= 2 && words[n-1] == "general" && plural(words[n-2]):
		return 2
	case n >= 1 && plural(words[n-1]):
		return 1
	}
	return 0
}

// readAttendees collects the people of the document's lists of participants.
func (d *docState) readAttendees() {
	paras := d.doc.Paragraphs
	for i := 0; i < len(paras); i++ {
		loc, hosts, loose := headingAt(listHeading, paras[i].Text)
		if loc == nil {
			if loc = joiningHeading.FindStringIndex(paras[i].Text); loc == nil {
				if m := groupHeading.FindStringSubmatchIndex(paras[i].Text); m != nil && headingNoun(paras[i].Text[m[2]:m[3]]) != nil {
					i = d.readHeadedGroup(i, m)
				} else {
					d.readInlineList(i)
				}
				continue
			}
			head := paras[i].Text[:loc[1]]
			for _, rf := range d.findRefs(sentence{text: head, toks: tokenize(head)}, true) {
				if p := d.refPerson(rf); p != nil && p.shown() && !rf.poss && !slices.Contains(d.listHosts, p) {
					d.listHosts = append(d.listHosts, p)
				}
			}
		}
		text := paras[i].Text[loc[1]:]
		if strings.HasSuffix(paras[i].Text[:loc[1]], "1. ") {
			text = "1. " + text
		}
		if strings.HasPrefix(strings.TrimSpace(text), "1. ") {
			text = numberedItems(text)
		}
		// A heading alone: the list is the paragraphs of items after it.
		for i+1 < len(paras) && (strings.TrimSpace(text) == "" || listItemParagraph(paras[i+1].Text)) {
			i++
			text += "\n" + paras[i].Text
		}
		d.readListed(text, hosts, loose)
	}
}

// listItemParagraph reports whether a paragraph after a list's heading
// carries on its items, however the list is laid out: bulleted ("- Karen
// Finney, Co-Convener, Power Rising"), one item a paragraph without a
// bullet ("Gayle Manchin, Federal Co-Chair, Appalachian Regional
// Commission"), or the rest of a long bulleted list the paragraph splitter
// cut after an abbreviation ("**Dr." / "Thelma T. Daley**, National
// President/Chair, ..."). An item without a bullet opens with a name of
// two to five capitalised words and its comma, and is no sentence: it
// ends without a sentence's period or holds a bullet after it.
func listItemParagraph(text string) bool {
	t := strings.TrimSpace(text)
	if strings.HasPrefix(t, "- ") {
		return true
	}
	if !itemOpening.MatchString(t) {
		return false
	}
	return strings.Contains(t, " - ") || len(t) <= 400 && (!strings.HasSuffix(strings.TrimRight(t, "*_ "), ".") || len(t) < 160 && !strings.Contains(t, ". "))
}

// itemOpening is the name and comma that open an item of a list written
// without bullets: "Gayle Manchin,", "**Melanie L. Campbell**,", "Rev. Al
// Sharpton**,", "Jennifer Clyburn Reed,".
var itemOpening = regexp.MustCompile(`^[*_\s]*(?:(?:Dr|Rev|Mr|Ms|Mrs|Hon)\.\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){1,4}[*_]*\s*,\s`)

// readListed adds the people of a list of participants to d.attendees,
// unless its heading names the host's own people ("Administration
// participants included:", hosts): as under a heading of "officials"
// (readHeadedGroup), whom "Administration officials underscored" means is
// left to the rules of officials (rule 9: the institution, 6 of 7 labels),
// and "Participants discussed" stays the guests' list.
// A heading with other words before its noun than "meeting", "call" and
// the like (loose: "Outside Participants", "Among participants in today’s
// meeting included:") counts only when the rules read two people or more
// of its list: one of a list of 22 names without bullets ("Anne Ackerley,
// BlackRock Shai Akabas, ...") is not who "Participants agreed" means.
func (d *docState) readListed(text string, hosts, loose bool) {
	if hosts {
		return
	}
	if !loose {
		d.readList(text, &d.attendees, true)
		return
	}
	// A loose heading's list is not read for items glued together
	// (gluedItems): which of its run-together words are people is the
	// guess that decides whether it counts at all.
	var listed []listedPerson
	d.readList(text, &listed, false)
	if len(listed) < 2 {
		return
	}
	for _, l := range listed {
		addListed(&d.attendees, l.p, l.legislator, l.official)
	}
}

// headingAt matches a heading of a list of participants (listHeading,
// inlineHeading) at the start of text, with up to three words before its
// noun ("External participants included:", "The meeting participants
// included:", "Outside participants in today’s meeting included:"), none
// a verb or a word that ends a heading's noun ("There were ten
// participants in ..." is a sentence). hosts reports a heading of the
// host's own people ("Administration participants included:", "Senior
// White House attendees included:").
func headingAt(re *regexp.Regexp, text string) (loc []int, hosts, loose bool) {
	m := re.FindStringSubmatchIndex(text)
	if m == nil {
		return nil, false, false
	}
	words := strings.Fields(strings.ToLower(text[m[2]:m[3]]))
	for _, w := range words {
		if headingStops[w] || someWords[w] || w == "there" {
			return nil, false, false
		}
		hosts = hosts || hostHeadingWords[w]
	}
	loose = len(words) > 1 || len(words) == 1 && !gatheringWords[words[0]]
	return m[:2], hosts, loose
}

// gatheringWords may stand alone before "participants" in a heading, as
// they always could: "Meeting participants included:".
var gatheringWords = set(`meeting call event roundtable convening summit`)

// hostHeadingWords make a list's heading one of the host's people.
var hostHeadingWords = set(`administration white senior federal government agency biden-harris`)

// readInlineList reads a list of participants that a sentence inside
// paragraph i opens, after sentences of narration: "Today, the White House
// hosted a roundtable on rural health. Participants included: State
// Senator Ana Diaz, Representative Maria Lopez, and Dr. Jane Roe." The
// list is that sentence's, with a colon or "included" after its heading
// (listHeading); the sentences after it are narration again.
func (d *docState) readInlineList(i int) {
	if i >= len(d.paras) {
		return
	}
	for k, s := range d.paras[i] {
		if k == 0 {
			continue
		}
		loc, hosts, loose := headingAt(inlineHeading, s.text)
		if loc == nil {
			continue
		}
		d.readListed(s.text[loc[1]:], hosts, loose)
	}
}

// inlineHeading is a listHeading that ends in a colon or in "included",
// as a sentence inside a paragraph opens it.
var inlineHeading = regexp.MustCompile(`(?i)^((?:the\s+)?(?:[a-z’'-]+\s+){0,3}?)(?:participants|attendees)(?:\s+(?:in|at|on|for)\s+[^:*.<]{1,60}?)?(?:\s+included\s*:?|\s*:)\s*`)

// numberedItems writes a numbered list as a bulleted one ("1. Audrey
// Bilger, President, Reed College 2. Roberta J. Cordano, ..." → "- Audrey
// Bilger, ... - Roberta J. Cordano, ..."), so that readList reads an item
// a line. Only the numbers in sequence from 1 mark items: "Local 3." in an
// item's description does not.
func numberedItems(text string) string {
	var b strings.Builder
	n := 1
	for {
		mark := strconv.Itoa(n) + ". "
		k := strings.Index(text, mark)
		if k < 0 || k > 0 && text[k-1] != ' ' && text[k-1] != '\n' {
			b.WriteString(text)
			return b.String()
		}
		b.WriteString(text[:k])
		b.WriteString("- ")
		text = text[k+len(mark):]
		n++
	}
}

// readHeadedGroup reads the list a groupHeading opens at paragraph i
// (match m): its bulleted items, in the same paragraph or the ones after.
// It returns the last paragraph of the list. A heading with no items, or
// fewer than two people, is no group.
func (d *docState) readHeadedGroup(i int, m []int) int {
	paras := d.doc.Paragraphs
	words := headingNoun(paras[i].Text[m[2]:m[3]])
	text := paras[i].Text[m[1]:]
	for i+1 < len(paras) && listItemParagraph(paras[i+1].Text) {
		i++
		text += "\n" + paras[i].Text
	}
	if words == nil || !strings.HasPrefix(strings.TrimSpace(text), "- ") {
		return i
	}
	// A heading of the host's own people ("Senior Administration
	// officials who participated in the trip:", "Biden-Harris
	// Administration Officials In Attendance Included:") is left to the
	// rules of officials (hostOfficials): its "officials" may be some of
	// them, or the guests' ("County officials shared").
	if words[len(words)-1] == "officials" || slices.ContainsFunc(words, func(w string) bool {
		return w == "administration" || w == "biden-harris" || w == "white"
	}) {
		return i
	}
	var listed []listedPerson
	d.readList(text, &listed, true)
	// "The leaders who participated in today’s convening include: Neera
	// Tanden, Assistant to the President ..., Cliff Albright, Co-Founder,
	// Black Voters Matter ...": the leaders who "shared their commitment"
	// are the guests, not the host's official listed with them.
	guests := slices.ContainsFunc(listed, func(l listedPerson) bool { return !l.official })
	g := headedGroup{words: words}
	for _, l := range listed {
		if !guests || !l.official {
			g.people = append(g.people, l.p)
		}
	}
	if len(g.people) < 2 {
		return i
	}
	d.groups = append(d.groups, g)
	return i
}

// headedFor returns the people of the one headed group whose noun ends in
// the words of a subject's conjunct (lower case, without "the"):
// "Attorneys general" and "the attorneys general" are the group of
// "*Attorneys General:*", "Legislative leaders" the group of "State
// legislative leaders included:". n is how many groups fit: with two or
// more ("State legislative leaders:" and "Faith leaders:" for "The
// leaders"), nobody is sure who is meant, and ps is nil.
func (d *docState) headedFor(words []string) (ps []*person, n int) {
	for _, g := range d.groups {
		h := groupHead(g.words)
		if len(words) < h || len(words) > len(g.words) || !slices.Equal(words, g.words[len(g.words)-len(words):]) {
			continue
		}
		n++
		ps = g.people
	}
	if n != 1 {
		return nil, n
	}
	return ps, n
}

// conjunctWords returns the lower-case words of toks[i:j] without an
// opening "the", "all" or "other".
func conjunctWords(toks []token, i, j int) []string {
	if i < j && (toks[i].lower == "the" || toks[i].lower == "all" || toks[i].lower == "other") {
		i++
	}
	var words []string
	for _, t := range toks[i:j] {
		words = append(words, t.lower)
	}
	return words
}

// readList adds the people a list's text names, each with whether the list
// gives them a legislative title or a district. Items are the bulleted
// lines ("- Senator Pat Spearman", "- Alycia Moaton, GoodKids MadCity",
// "- Asian American Federation: Jo-Ann Yoo"), or the whole text for a list
// written as prose or without bullets.
//
// The lists' paragraphs come joined by line breaks: each is an item, or
// items. A list without bullets of its own ("Anne Ackerley, BlackRock Shai
// Akabas, Bipartisan Policy Center ...", its lines run together) is read
// for the items glued inside a paragraph (gluedItems) when glue is set;
// "•" is a bullet as
// "-" is.
func (d *docState) readList(text string, into *[]listedPerson, glue bool) {
	glued := glue && !strings.Contains(text, "- ") && !strings.Contains(text, "•")
	text = strings.ReplaceAll(strings.ReplaceAll(text, "\n", " - "), "•", "-")
	s := sentence{text: text, toks: tokenize(text)}
	toks := s.toks
	refs := d.findRefs(s, true)
	start := 0
	for k := 0; k <= len(toks); k++ {
		if k < len(toks) && toks[k].text != "-" {
			continue
		}
		if k > start {
			a := start
			if glued {
				for _, c := range d.gluedItems(refs, toks, start, k) {
					d.readItem(refs, toks, a, c, into)
					a = c
				}
			}
			d.readItem(refs, toks, a, k, into)
		}
		start = k + 1
	}
}

// gluedItems returns where further items start inside the item toks[a:b]
// when the list's lines were run together without a mark between them
// (Markdown line breaks, short paragraphs merged): "Anne Ackerley,
// BlackRock Shai Akabas, Bipartisan Policy Center Kevin Barry, Fidelity"
// is three items of "Name, Affiliation". The item must open with a name
// and its comma; a later item starts at a person's name that ends a part
// of the item between commas, after words of the item before, and is
// followed by its own comma: a full name the rules found there, else two
// capitalised words that can be a given name and a surname (three with a
// middle initial).
func (d *docState) gluedItems(refs []ref, toks []token, a, b int) []int {
	open := a
	for open < b && !toks[open].word {
		open++
	}
	c := open
	for c < b && toks[c].word && toks[c].cap {
		c++
	}
	for c < b && !toks[c].word && toks[c].text != "," {
		c++ // "**Melanie L. Campbell**,"
	}
	if c-open < 2 || c >= b || toks[c].text != "," {
		return nil
	}
	var out []int
	from := c + 1
	for k := from; k < b; k++ {
		if toks[k].text != "," {
			continue
		}
		start := -1
		for _, rf := range refs {
			if rf.kind == kName && rf.j == k && rf.i > from && rf.p != nil && d.fullNameIn(rf.p, toks[rf.i:rf.j]) {
				start = rf.i
			}
		}
		if start < 0 && k-from >= 3 {
			n := 2
			if k-from >= 4 && initial(toks[k-2]) {
				n = 3
			}
			seg := toks[k-n : k]
			ok := d.givenName(seg[0]) && givenNameWord(seg[0]) && plausibleName(seg, d, false)
			for _, t := range seg {
				ok = ok && t.word && t.cap && !t.upper && !titleWords[t.lower] && !descriptorWords[t.lower] && !bodyWords[t.lower] && !d.lower[t.lower]
			}
			if ok && toks[k-n-1].word {
				start = k - n
			}
		}
		if start > from {
			out = append(out, start)
		}
		from = k + 1
	}
	return out
}

// readItem adds the people of one item, toks[a:b]: the full names the rules
// find in it, else a bare name it opens ("Alycia Moaton, GoodKids
// MadCity") or closes after a colon ("Asian American Federation: Jo-Ann
// Yoo").
func (d *docState) readItem(refs []ref, toks []token, a, b int, into *[]listedPerson) {
	found := false
	names := 0 // the item's names: one, and all its other words describe that person
	for _, rf := range refs {
		if rf.i >= a && rf.j <= b && (rf.kind == kName || rf.kind == kTitle) {
			names++
		}
	}
	bullet := a > 0 && toks[a-1].text == "-"
	for x, rf := range refs {
		if rf.i < a || rf.j > b || rf.kind != kName || rf.p == nil || !rf.p.shown() {
			continue
		}
		if bullet && rf.p.gz == nil && slices.ContainsFunc(toks[a:rf.i], func(t token) bool { return t.text == "," }) &&
			!slices.ContainsFunc(toks[a:rf.i], func(t token) bool {
				return t.lower == "and" || t.text == "&" || isNumber(strings.TrimSuffix(t.text, "."))
			}) {
			// "- Catherine Kennedy, Registered Nurse, Vice President,
			// National Nurses United": in a bullet, capitalised words
			// after a comma describe its person, whom the rules may not
			// have read; a second person of the item is joined by "and"
			// or known to the gazetteer, or follows a number that
			// numberedItems did not read as an item's ("Example Local 3.
			// Piet Roodsma").
			continue
		}
		// "Prime Minister Trudeau of Canada": a surname alone is the
		// gazetteer's person after the title that resolved it.
		if !d.fullNameIn(rf.p, toks[rf.i:rf.j]) && (rf.p.gz == nil || rf.i == a || !titleWords[toks[rf.i-1].lower]) {
			continue
		}
		// The words that describe this person: the title before the name,
		// back to the item's start or the name before ("Senate Majority
		// Leader Nicole Cannizzaro"), and the description after its comma
		// ("Lael Brainard, Assistant to the President and ...").
		from := a
		if x > 0 && refs[x-1].j > from && refs[x-1].j <= rf.i {
			from = refs[x-1].j
		}
		for k := rf.i - 1; k >= from; k-- {
			if !toks[k].word {
				from = k + 1 // "(OH-03), Congressional Black Caucus": the item before
				break
			}
		}
		to := rf.j
		if to < b && toks[to].text == "," {
			to++
			// An office after the comma that names no one is this
			// person's ("Cindy Marten, U.S. Deputy Secretary of
			// Education"), not the next item's.
			for to < b && toks[to].text != "," && toks[to].text != ";" && (x+1 >= len(refs) || to < refs[x+1].i || refs[x+1].kind == kTitle && refs[x+1].p == nil) {
				to++
			}
		}
		if names == 1 {
			from, to = a, b
		}
		var desc []string
		for _, t := range append(slices.Clone(toks[from:rf.i]), toks[rf.j:to]...) {
			if t.word {
				desc = append(desc, t.lower)
			}
		}
		// A legislative title right before the name ("Senator",
		// "Assemblywoman", "Majority Whip", "Senate Majority Leader"),
		// not one of an item before ("United States Trade Representative"
		// above "Chair Jared Bernstein" in a list whose lines are joined).
		legislator := false
		if k := rf.i - 1; k >= from && toks[k].word {
			legislator = legislativeTitles[toks[k].lower] ||
				toks[k].lower == "leader" && k-1 >= from && (toks[k-1].lower == "majority" || toks[k-1].lower == "minority")
		}
		if rf.j+2 < len(toks) && toks[rf.j].text == "(" && districtCode.MatchString(toks[rf.j+1].text) {
			legislator = true
		}
		addListed(into, rf.p, legislator, officialDescription(desc))
		found = true
	}
	if !found {
		d.readBareItem(toks, a, b, into)
	}
}

// readBareItem adds the person of an item, toks[a:b], in which the rules
// found no full name: a name outside the gazetteer, where the item's shape
// says which words it is.
func (d *docState) readBareItem(toks []token, a, b int, into *[]listedPerson) {
	// Only the shapes of an item that say which words are the name:
	// before the comma of "Name, Affiliation", after the colon of
	// "Organization: Name", before the "of" of "Name of Organization"
	// ("Jennifer Weiss-Wolf of Brennan Center for Justice"). An item alone
	// ("Farmer Mac", "Planned Parenthood") may be a body as well as a
	// person.
	from, to := a, b
	if c := slices.IndexFunc(toks[a:b], func(t token) bool { return t.text == ":" }); c >= 0 {
		from = a + c + 1
	} else if c := slices.IndexFunc(toks[a:b], func(t token) bool { return t.text == "," }); c >= 0 {
		to = a + c
	} else if c := slices.IndexFunc(toks[a:b], func(t token) bool { return t.lower == "of" }); c >= 0 && c+1 < b-a && toks[a+c+1].cap {
		to = a + c
	} else {
		return
	}
	seg := toks[from:to]
	if len(seg) < 2 || len(seg) > 4 || slices.ContainsFunc(seg, func(t token) bool {
		return !t.word || !t.cap || t.upper || titleWords[t.lower] || descriptorWords[t.lower] || d.lower[t.lower] || bodyWords[t.lower]
	}) || !plausibleName(seg, d, false) {
		return
	}
	var desc []string
	for _, t := range toks[a:b] {
		if t.word && (t.start < seg[0].start || t.start > seg[len(seg)-1].start) {
			desc = append(desc, t.lower)
		}
	}
	if p := d.register(nil, seg, nil); p != nil && p.shown() {
		addListed(into, p, false, officialDescription(desc))
	}
}

// fullNameIn reports whether the words of a name as a list writes it, its
// titles aside, are two or more and all the person's ("Jordan Gomes" is
// not a gazetteer Gomes of another given name), and none is a body's or a
// common word ("Planned Parenthood", "Chief Data Scientist").
func (d *docState) fullNameIn(p *person, seg []token) bool {
	n := 0
	for _, t := range seg {
		if !t.word || titleWords[t.lower] || honorifics[strings.TrimSuffix(t.lower, ".")] || descriptorWords[t.lower] || suffixes[strings.TrimSuffix(t.lower, ".")] {
			continue
		}
		if p.gz == nil && (bodyWords[t.lower] || d.lower[t.lower]) {
			return false
		}
		for _, k := range strings.Fields(t.key) {
			if !slices.Contains(p.tokens, k) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

func addListed(into *[]listedPerson, p *person, legislator, official bool) {
	l := *into
	if k := slices.IndexFunc(l, func(l listedPerson) bool { return l.p == p }); k >= 0 {
		l[k].legislator = l[k].legislator || legislator
		l[k].official = l[k].official || official
		return
	}
	*into = append(l, listedPerson{p: p, legislator: legislator, official: official})
}

// officialPhrases mark a listed person as an official of the
// administration that hosts the meeting: "Deputy Chief of Staff", "White
// House Counsel", "Assistant to the President", "Secretary of Energy".
var officialPhrases = []string{"white house", "to the president", "to the vice president", "chief of staff", "national economic",
	"domestic policy", "policy council", "national security", "management and budget", "council of economic advisers"}

// officialDescription reports whether the words describing a listed person
// (lower case) make them one of the host's officials.
func officialDescription(words []string) bool {
	text := " " + strings.Join(words, " ") + " "
	for _, ph := range officialPhrases {
		if strings.Contains(text, " "+ph+" ") {
			return true
		}
	}
	// Not "General Secretary, Friends Committee on National Legislation",
	// "NATO Secretary General": the head of an organization.
	if k := slices.Index(words, "secretary"); k >= 0 && (k == 0 || words[k-1] != "general") && (k+1 >= len(words) || words[k+1] != "general") {
		return true
	}
	return slices.Contains(words, "administrator")
}

// listedFor returns the listed people a plural noun fits, or nil:
// "officials" are the host's officials the list describes as such
// ("Administration officials highlighted ..." after a list of "White House
// Officials"), "guests" the others. "Participants" and "attendees" are
// everyone the list gives, the host's officials with the guests
// ("Participants discussed" after a list of "Participants at yesterday’s
// roundtable" that opens with the National Economic Advisor: the room,
// rule 3), when the list was read with two guests or more; of a list read
// only in part ("Attendees included: Secretary Tom Vilsack ... Fred Smith,
// CEO of FedEx ..." on lines the rules do not take for items), its guests.
func (d *docState) listedFor(noun string) []*person {
	if attendeeNouns[noun] && len(d.attendees) == 0 {
		// "During the meeting, participants discussed" in a readout that
		// lists its guests under their own headings only ("State
		// legislative leaders included:", "Faith leaders:"): everyone
		// those lists give (none without them; a headed group has two
		// people or more, readHeadedGroup).
		var out []*person
		for _, g := range d.groups {
			for _, p := range g.people {
				if !slices.Contains(out, p) {
					out = append(out, p)
				}
			}
		}
		return out
	}
	all := false
	if attendeeNouns[noun] {
		guests := 0
		for _, l := range d.attendees {
			if !l.official {
				guests++
			}
		}
		all = guests >= 2
	}
	var out []*person
	for _, l := range d.attendees {
		if all || (attendeeNouns[noun] || noun == "guests") && !l.official || legislatorNouns[noun] && l.legislator || noun == "officials" && l.official {
			out = append(out, l.p)
		}
	}
	return out
}

// listGroup reads the subject toks[:end] as a group of listed people, with
// or without named people beside it: "The state legislators and
// advocates", "The President, the Vice President, and the Members",
// "Participants". Each conjunct that is no reference must be a plural noun
// of people with at most three modifiers; the people are the listed ones
// its nouns fit, or, for the subject's one group noun, the list's guests
// (listedGuests). Nil when the subject is something else or fits nobody.
//
// resolve gives the people of a reference conjunct ("the Vice President").
func (d *docState) listGroup(refs []ref, toks []token, end int, resolve func(ref) []*person, r room) []*person {
	if len(d.attendees) == 0 && len(d.groups) == 0 || end <= 0 || end > len(toks) {
		return nil
	}
	var out []*person
	listed := false // a conjunct fits listed people
	// "During the meeting, senior White House officials underscored": the
	// subject after an opening adverbial phrase.
	start := openingPhrase(toks)
	if start > end {
		start = 0 // the comma is past the subject's end
	}
	// "The state legislators and advocates": a group beside another
	// group noun is a kind the list may not give, not all its guests
	// (listedGuests).
	nouns, from := 0, start
	for k := start; k <= end; k++ {
		if k < end && toks[k].lower != "," && toks[k].lower != "and" {
			continue
		}
		if k > from && !slices.ContainsFunc(refs, func(rf ref) bool { return rf.i >= from && rf.j <= k && (rf.kind == kName || rf.kind == kTitle) }) {
			nouns++
		}
		from = k + 1
	}
	for k := start; k <= end; k++ {
		if k < end && toks[k].lower != "," && toks[k].lower != "and" {
			continue
		}
		if k > start {
			ps, fits, ok := d.listConjunct(refs, toks, start, k, nouns == 1, resolve, r)
			if !ok {
				return nil
			}
			listed = listed || fits
			for _, p := range ps {
				if !slices.Contains(out, p) {
					out = append(out, p)
				}
			}
		}
		start = k + 1
	}
	if !listed {
		return nil
	}
	return out
}

// listConjunct reads toks[i:j], one conjunct of a subject: a reference (who
// the rules name already), or "(the) (modifiers) plural-noun". It reports
// whether the conjunct may stand in a group subject, and the listed people
// its noun fits.
func (d *docState) listConjunct(refs []ref, toks []token, i, j int, alone bool, resolve func(ref) []*person, r room) (ps []*person, fits, ok bool) {
	for _, rf := range refs {
		if rf.i >= i && rf.j <= j && (rf.kind == kName || rf.kind == kTitle) {
			if rf.j != j || rf.i != i && (rf.i != i+1 || toks[i].lower != "the") {
				return nil, false, false
			}
			return resolve(rf), false, true
		}
	}
	// "Other business leaders stressed" after "small business owners" and
	// "Fund managers": some of the guests, not all.
	other := toks[i].lower == "other"
	if someWords[toks[i].lower] {
		// "Several participants highlighted": some of the list, not who.
		return nil, false, false
	}
	if toks[i].lower == "the" || toks[i].lower == "all" || other {
		i++
	}
	if i >= j || j-i > 4 {
		return nil, false, false
	}
	for k := i; k < j; k++ {
		if !toks[k].word || toks[k].poss || speechVerbs[toks[k].lower] || clauseMarkers[toks[k].lower] || prepositions[toks[k].lower] {
			return nil, false, false
		}
	}
	head := toks[j-1].lower
	// "Attorneys general discussed" under "*Attorneys General:*": the
	// people the heading lists, and not the meeting's host beside them.
	// "Participants" stays the guests of any list (listedFor).
	if !attendeeNouns[head] {
		switch ps, n := d.headedFor(conjunctWords(toks, i, j)); {
		case n == 1:
			return ps, true, true
		case n > 1:
			return nil, false, false
		}
	}
	if !listPeopleNouns[head] {
		return nil, false, false
	}
	if head == "officials" && !d.hostOfficials(toks[i:j-1]) {
		// "County officials shared", "The officials shared the steps
		// they have taken in their states" (the attorneys general the
		// Vice President convened): officials, but not the host's.
		return nil, false, true
	}
	if head == "leaders" && (i == j-1 || j-i == 2 && groupNumbers[toks[i].lower]) {
		// "The leaders discussed", "Leaders underscored", "On security,
		// the leaders reiterated": a call's host and the leaders listed as
		// joining it, else the list's guests.
		if ps = d.listedLeaders(r); len(ps) > 0 {
			return ps, true, true
		}
	} else if ps = d.listedFor(head); len(ps) > 0 {
		return ps, true, true
	}
	if !guestNouns[head] || !alone || other {
		return nil, false, true
	}
	if contrastedGroup(toks, j) {
		return nil, false, true
	}
	ps = d.listedGuests(toks[i : j-1])
	return ps, len(ps) > 0, true
}

// contrastedGroup reports whether the sentence sets another group of
// people against the one that ends at j, as the subject of a clause of
// its own: "Labor leaders made clear their support ..., and business
// leaders announced", "Union leaders discussed ..., while construction
// contractors discussed". Each group is then some of the guests, not all.
func contrastedGroup(toks []token, j int) bool {
	for k := j; k < len(toks); k++ {
		if toks[k].lower != "and" && toks[k].lower != "while" && toks[k].lower != "whereas" {
			continue
		}
		for n := k + 1; n < len(toks)-1 && n <= k+4; n++ {
			t, v := toks[n], toks[n+1]
			if !t.word || t.poss || prepositions[t.lower] || clauseMarkers[t.lower] {
				break
			}
			if len(t.lower) > 3 && strings.HasSuffix(t.lower, "s") && !strings.HasSuffix(t.lower, "ss") && v.word && !v.cap &&
				speechVerbs[v.lower] {
				return true
			}
		}
	}
	return false
}

// guestNouns name the guests of a meeting as a kind of people: "The
// higher education leaders raised", "Advocates stressed", "the state
// leaders thanked".
var guestNouns = set(`advocates leaders experts activists organizers stakeholders guests providers survivors students workers`)

// listedGuests returns who a group of guestNouns is in a readout that
// lists its participants under one heading (no headed groups, which say
// which kind each is): the listed people who are not the host's
// officials, two or more; with a "state" or "legislative" modifier and
// legislators listed, the legislators ("the state leaders" of a meeting
// with state legislators and a doctor). Nil otherwise.
func (d *docState) listedGuests(mods []token) []*person {
	if len(d.groups) > 0 || len(d.attendees) == 0 {
		return nil
	}
	legislators := slices.ContainsFunc(mods, func(t token) bool { return t.lower == "state" || t.lower == "legislative" })
	if legislators {
		if ps := d.listedFor("legislators"); len(ps) >= 2 {
			return ps
		}
	}
	ps := d.listedFor("guests")
	if len(ps) < 2 {
		return nil
	}
	return ps
}

// listedLeaders returns who "the leaders" of a call or meeting are when
// the readout lists who took part: its host (named in the list's heading,
// "Joining President Biden on the call were ...", or the one named party
// of the meeting narrated) and the listed people the gazetteer knows who
// are not the host's officials; nil when the list gives fewer than two.
func (d *docState) listedLeaders(r room) []*person {
	var listed []*person
	for _, l := range d.attendees {
		if l.p.gz != nil && !l.official && !l.legislator {
			listed = append(listed, l.p)
		}
	}
	if len(listed) < 2 {
		return nil
	}
	var out []*person
	for _, p := range append(append(slices.Clone(d.listHosts), r.participants...), r.host) {
		if p != nil && p.shown() && !slices.Contains(out, p) && !slices.Contains(listed, p) {
			out = append(out, p)
		}
	}
	return append(out, listed...)
}

// hostModifiers make "officials" the host administration's: "Senior
// Administration officials", "White House officials", "senior
// Biden-Harris officials".
var hostModifiers = set(`senior top white house administration biden-harris biden harris federal u.s. us government cabinet`)

// groupModifiersOf returns the words of a group reference before its noun,
// without "the", "both" and a number: "Senior Administration" of "Senior
// Administration officials".
func groupModifiersOf(toks []token, rf ref) []token {
	i := rf.i
	for i < rf.j-1 && (toks[i].lower == "the" || toks[i].lower == "both" || groupNumbers[toks[i].lower]) {
		i++
	}
	return toks[i : rf.j-1]
}

// hostOfficials reports whether "officials" with these modifiers are the
// listed officials of the host: every modifier says so, or, bare ("The
// officials", "officials"), when everyone the list gives is one of them.
// A bare group beside listed guests may be either ("The officials shared
// the steps they have taken in their states": the attorneys general).
func (d *docState) hostOfficials(mods []token) bool {
	if len(mods) == 0 {
		return !slices.ContainsFunc(d.attendees, func(l listedPerson) bool { return !l.official })
	}
	for _, t := range mods {
		if !hostModifiers[t.lower] {
			return false
		}
	}
	return true
}
