package attribution

import (
	"slices"
	"strings"
)

// A readout of talks between delegations often says who led each ("The
// Israeli side was led by Minister for Strategic Affairs Ron Dermer and
// National Security Advisor Tzachi Hanegbi", "Deputy Assistant Secretary
// Emily Mendrala led the U.S. interagency delegation", "The United States
// delegation, led by Acting Assistant Secretary Dean Thompson, ...") and
// then reports the sides: "The Israeli side agreed to take these concerns
// into account", "The two delegations reaffirmed ...". Joint speech names
// every participant it covers (ATTRIBUTION.md rule 3): a side is the
// people the document names as leading it, and the delegations together
// are all of them. A side whose leaders the document does not name is
// nobody known.

// side is one delegation and who the document says led it.
type side struct {
	country string // gazetteer country code
	heads   []*person
}

// delegationNouns name a delegation: "the U.S. side", "the Cuban delegation".
var delegationNouns = set(`side delegation`)

// ledVerbs say who led a delegation: "was led by", "co-chaired by",
// "headed by".
var ledVerbs = set(`led co-led chaired co-chaired headed co-headed`)

// sideCountry returns the country of the words right before toks[k], a
// side noun, and where those words start: "U.S." and "United States" of
// "the U.S. side", "the United States delegation", "Israeli" of "The
// Israeli side" ("interagency" may stand between: "the U.S. interagency
// delegation").
func (d *docState) sideCountry(toks []token, k int) (code string, at int) {
	if k > 0 && toks[k-1].lower == "interagency" {
		k--
	}
	if k >= 2 && toks[k-2].word && toks[k-1].word {
		if c := d.g.Country(toks[k-2].text + " " + toks[k-1].text); c != nil {
			return c.Code, k - 2
		}
	}
	if k >= 1 {
		if c := d.countryOf(toks[k-1]); c != nil {
			return c.Code, k - 1
		}
	}
	return "", -1
}

// readSides reads who led each delegation, from every sentence of the
// document, before any is attributed: the sentence that says so may come
// after the first that reports a side.
func (d *docState) readSides() {
	for _, ss := range d.paras {
		for _, s := range ss {
			d.readSideHeads(s)
		}
	}
}

// readSideHeads reads the heads of delegations one sentence names:
// "The X side was led by A and B", "the X delegation, led by A,", "a
// delegation of X led by A" not; "A led the X delegation".
func (d *docState) readSideHeads(s sentence) {
	toks := s.toks
	var refs []ref
	d.readTalkHeads(s)
	for k, t := range toks {
		if !delegationNouns[t.lower] {
			continue
		}
		code, at := d.sideCountry(toks, k)
		if code == "" || at == 0 || toks[at-1].lower != "the" && toks[at-1].lower != "a" && toks[at-1].lower != "an" {
			continue
		}
		if refs == nil {
			refs = d.findRefs(s, true)
		}
		// "The Israeli side was led by A and B", "The United States
		// delegation, led by A, reiterated": the names after "by", up to
		// the clause's end.
		j := k + 1
		if j < len(toks) && toks[j].text == "," {
			j++
		}
		if j < len(toks) && (toks[j].lower == "was" || toks[j].lower == "were") {
			j++
		}
		if j+1 < len(toks) && ledVerbs[toks[j].lower] && toks[j+1].lower == "by" {
			d.addSide(code, d.sideNames(refs, toks, j+2, len(toks)))
			continue
		}
		// "Deputy Assistant Secretary Emily Mendrala led the U.S.
		// interagency delegation, and Cuba’s Vice Foreign Minister Carlos
		// Fernandez de Cossio led the Cuban delegation": the names of the
		// clause before "led".
		if at >= 2 && ledVerbs[toks[at-2].lower] && toks[at-2].lower != "chaired" && toks[at-2].lower != "headed" {
			from := 0
			for x := at - 3; x > 0; x-- {
				// "A and B led the U.S. delegation while C and D led the
				// Thai delegation": the other side's clause ends at
				// "while", "whereas" or its "delegation".
				if toks[x].lower == "and" && toks[x-1].text == "," && !nameList(refs, toks, x-1) || toks[x].text == ";" || toks[x].lower == "while" || toks[x].lower == "whereas" || delegationNouns[toks[x].lower] {
					from = x + 1
					break
				}
			}
			d.addSide(code, d.sideNames(refs, toks, from, at-2))
		}
	}
}

// talkLedNouns name the talks whose leaders lead the sides: "led the
// Strategic Dialogue", "chaired the meeting for the United States".
var talkLedNouns = set(`dialogue talks consultations consultation meeting session discussions`)

// talkConvenedVerbs say, as ledVerbs do, who led the talks they take:
// "Secretary of State Antony Blinken and Minister of Foreign Affairs Dr.
// Abdullatif bin Rashid Al Zayani convened the second U.S.-Bahrain
// Strategic Dialogue".
var talkConvenedVerbs = set(`convened co-convened co-hosted`)

// readTalkHeads reads the heads of the sides from who led the talks
// themselves: "North Macedonia’s Foreign Minister, Bujar Osmani, and U.S.
// Assistant Secretary ... Dr. Karen Donfried, led the Strategic Dialogue"
// (each the head of their own country's side, when the names are of two
// countries or more and each one's country is known), "Secretary of State
// Antony J. Blinken, ... and Ambassador Ken Salazar chaired the meeting
// for the United States" (all the side of the country after "for"). The
// names are those of the clause before the verb, at the sentence's start
// (after an opening phrase such as "Today,").
func (d *docState) readTalkHeads(s sentence) {
	toks := s.toks
	for v, t := range toks {
		if !ledVerbs[t.lower] && !talkConvenedVerbs[t.lower] || v == 0 || v+2 >= len(toks) || toks[v+1].lower != "the" {
			continue
		}
		noun := -1
		for k := v + 2; k < len(toks) && k <= v+8; k++ {
			if talkLedNouns[toks[k].lower] {
				noun = k
				break
			}
			if dash := toks[k].text == "-" || toks[k].text == "–"; !toks[k].word && !dash || toks[k].word && k > v+2 && !toks[k].cap && toks[k].lower != "of" && toks[k].lower != "the" {
				break
			}
		}
		if noun < 0 {
			continue
		}
		refs := d.findRefs(s, true)
		from := openingPhrase(toks) // "Today,", "During the meeting,"
		if from == 0 || from > v {
			from = firstWord(toks)
		}
		// The people named before the verb; a title the rules give no one
		// ("North Macedonia’s Foreign Minister, Bujar Osmani") is the
		// name's after it.
		var heads []*person
		for _, rf := range refs {
			if rf.i < from || rf.j > v || rf.kind != kName && rf.kind != kTitle {
				continue
			}
			p := d.refPerson(rf)
			if rf.poss {
				return
			}
			if p != nil && p.shown() && !slices.Contains(heads, p) {
				heads = append(heads, p)
			}
		}
		if len(heads) < 2 {
			return
		}
		// Every word of the clause is a name, a title or glue: no clause
		// of its own ("Today, at the State Department, I was with ...").
		for k := from; k < v; k++ {
			if toks[k].text == "," || slices.ContainsFunc(refs, func(rf ref) bool { return (rf.kind == kName || rf.kind == kTitle) && rf.i <= k && k < rf.j }) {
				continue
			}
			if !toks[k].word || !toks[k].cap && !toks[k].upper && !officeGlue[toks[k].lower] && toks[k].lower != "and" && !toks[k].poss {
				return
			}
		}
		if noun+2 < len(toks) && toks[noun+1].lower == "for" {
			at := noun + 2
			if toks[at].lower == "the" && at+1 < len(toks) {
				at++
			}
			if code, _ := d.countryAt(toks, at); code != "" {
				d.addSide(code, heads)
			}
			return
		}
		bySide := map[string][]*person{}
		var codes []string
		for _, p := range heads {
			// A person the gazetteer knows is of its country; another of
			// the country their title names, not one the rules guessed
			// from its words ("European Affairs").
			c := p.homeCountry()
			if p.gz == nil {
				if named := d.namedCountryBefore(refs, toks, p, from, v); named != "" {
					c = named
				}
			}
			if c == "" {
				return
			}
			if bySide[c] == nil {
				codes = append(codes, c)
			}
			bySide[c] = append(bySide[c], p)
		}
		if len(codes) < 2 {
			return
		}
		for _, c := range codes {
			d.addSide(c, bySide[c])
		}
		return
	}
}

// namedCountryBefore returns the first country named in the words that
// name p, from the end of the name before p's (or from) to p's name:
// "Croatian" of "Croatian Ministry of Foreign and European Affairs
// Director for Political Affairs Petar Mihatov", "U.S." of "and U.S.
// Assistant Secretary of State for European and Eurasian Affairs Dr.
// Karen Donfried", "North Macedonia" of "North Macedonia’s Foreign
// Minister, Bujar Osmani"; or "".
func (d *docState) namedCountryBefore(refs []ref, toks []token, p *person, from, to int) string {
	start := from
	for _, rf := range refs {
		if rf.i < from || rf.j > to || rf.kind != kName && rf.kind != kTitle {
			continue
		}
		q := d.refPerson(rf)
		if q == p {
			for k := start; k < rf.j; k++ {
				if code, _ := d.countryAt(toks, k); code != "" {
					return code
				}
				if c := d.countryOf(toks[k]); c != nil {
					return c.Code
				}
			}
			return ""
		}
		if q != nil {
			start = rf.j
		}
	}
	return ""
}

// nameList reports whether the words before the comma at c, back to the
// sentence's start or a semicolon, are names and titles the rules read,
// joined by commas, with nothing else: "Assistant Director Kemp Chester,
// Deputy Assistant Secretary Jorgan Andrews, and Deputy Assistant Attorney
// General Jennifer Hodge jointly led the U.S. delegation" lists three
// heads, where ", and" would otherwise open a clause of its own.
func nameList(refs []ref, toks []token, c int) bool {
	named := false
	for k := c - 1; k >= 0 && toks[k].text != ";"; k-- {
		if toks[k].text == "," {
			continue
		}
		x := slices.IndexFunc(refs, func(rf ref) bool { return (rf.kind == kName || rf.kind == kTitle) && rf.i <= k && k < rf.j })
		if x >= 0 {
			named = true
			k = refs[x].i
			continue
		}
		// An office's words the rules read as no title: "White House
		// Office of National Drug Control Policy".
		if !toks[k].word || !toks[k].cap && !toks[k].upper && !officeGlue[toks[k].lower] {
			return false
		}
	}
	return named
}

// officeGlue may stand inside an office's name: "Office of National Drug
// Control Policy", "for International Narcotics and Law Enforcement".
var officeGlue = set(`of for the and on`)

// sideStops end the names of who led a delegation: "and included
// representatives of ...", a parenthesis, a clause's verb, the other side
// ("..., while the U.S. side was co-chaired by ...").
var sideStops = set(`included include includes with who which ; ( to while whereas but side delegation`)

// sideNames returns the people toks[i:j] names, in order, up to a
// sideStop or a speech verb: "Minister for Strategic Affairs Ron Dermer
// and National Security Advisor Tzachi Hanegbi". Names in the possessive
// ("President Biden’s ...") are no heads, and a span that names none or
// holds a clause of its own gives none.
func (d *docState) sideNames(refs []ref, toks []token, i, j int) []*person {
	for k := i; k < j; k++ {
		if sideStops[toks[k].lower] || speechVerbs[toks[k].lower] || toks[k].lower == "and" && k+1 < j && sideStops[toks[k+1].lower] {
			j = k
			break
		}
	}
	var out []*person
	for _, rf := range refs {
		if rf.i < i || rf.j > j || rf.kind != kName && rf.kind != kTitle {
			continue
		}
		p := d.refPerson(rf)
		if p == nil || rf.poss {
			return nil
		}
		if !p.shown() {
			// "Assistant Secretary of Defense for Indo-Pacific Security
			// Affairs": a word the rules took for a name, no one shown.
			continue
		}
		if !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	return out
}

// sideHeads returns the heads of the side of a country, or nil.
func (d *docState) sideHeads(code string) []*person {
	for _, sd := range d.sides {
		if sd.country == code {
			return sd.heads
		}
	}
	return nil
}

func (d *docState) addSide(code string, heads []*person) {
	if len(heads) == 0 {
		return
	}
	for x := range d.sides {
		if d.sides[x].country == code {
			for _, p := range heads {
				if !slices.Contains(d.sides[x].heads, p) {
					d.sides[x].heads = append(d.sides[x].heads, p)
				}
			}
			return
		}
	}
	d.sides = append(d.sides, side{country: code, heads: heads})
}

// sideGroupEnd returns the end of a side whose heads the document names,
// as a sentence's group subject, toks[i] being its "the": "The Israeli
// side", "the U.S. delegation", "The United States delegation"; or i. A
// side whose heads it does not name is left to the other rules ("The U.S.
// side expressed" in a joint statement is its government's).
func (d *docState) sideGroupEnd(toks []token, i int) int {
	if len(d.sides) == 0 && len(d.participants) < 2 || toks[i].lower != "the" {
		return i
	}
	for k := i + 2; k < len(toks) && k <= i+4; k++ {
		if delegationNouns[toks[k].lower] || toks[k].lower == "co-chairs" {
			if code, at := d.sideCountry(toks, k); at == i+1 && (d.sideHeads(code) != nil || d.roomSide(code, d.room) != nil) {
				return k + 1
			}
			return i
		}
	}
	return i
}

// countrySides reads, from toks[i], the countries of a subject that names
// sides by their countries alone ("The United States", "Slovenia", "The
// United States and Thailand"), each a side whose heads the document
// names; it returns their codes and where they end, or nothing when
// anything else stands among them, a country is in the possessive ("The
// United States' commitment"), or a side's heads are unknown.
func (d *docState) countrySides(toks []token, i int) (codes []string, end int) {
	k := i
	if k < len(toks) && toks[k].lower == "the" {
		k++
	}
	for k < len(toks) {
		code, n := d.countryAt(toks, k)
		if code == "" || d.sideHeads(code) == nil || toks[k+n-1].poss {
			return nil, i
		}
		if !slices.Contains(codes, code) {
			codes = append(codes, code)
		}
		k += n
		if k+1 < len(toks) && toks[k].lower == "and" {
			k++
			if toks[k].lower == "the" {
				k++
			}
			continue
		}
		return codes, k
	}
	return nil, i
}

// countrySideEnd returns the end of a sentence's subject that names
// sides whose heads the document names by their countries alone, toks[i]
// being the sentence's first word: "The United States reiterated its
// commitment", "Thailand and the United States agreed"; or i. Only before
// a lower-case word (the verb, or an adverb before it), and only in talks
// between delegations (readSideHeads): elsewhere a country is its
// government, or the text's own voice (rules 4, 9).
func (d *docState) countrySideEnd(toks []token, i int) int {
	if len(d.sides) < 2 || i != firstWord(toks) {
		return i
	}
	codes, e := d.countrySides(toks, i)
	if len(codes) == 0 {
		return i
	}
	// The verb, after adverbs: "The United States also expressed deep
	// concern"; not "The U.S. delegation" (sideGroupEnd), nor "The
	// United States and the European Union have a long history", the
	// text's own voice.
	for v := e; v < len(toks) && toks[v].word && !toks[v].cap; v++ {
		if speechVerbs[toks[v].lower] {
			return e
		}
		if !skippable[toks[v].lower] || toks[v].lower == "has" || toks[v].lower == "have" || toks[v].lower == "had" {
			break
		}
	}
	return i
}

// sidePeople returns who a group subject toks[i:j] is when it is one or
// all of the delegations whose heads the document names: "The Israeli
// side" → its heads; "The two delegations", "Both delegations", "The
// delegations", "both sides" → the heads of every side, when two or more
// sides have them. ok is false for any other group, and for the
// delegations together when fewer than two sides' heads are known, or
// for a side whose heads are not (the rules of parties decide then).
func (d *docState) sidePeople(toks []token, i, j int, r room) (ps []*person, how string, ok bool) {
	if codes, e := d.countrySides(toks, i); len(codes) > 0 && e == j {
		// "The United States reiterated": the heads of its side.
		for _, c := range codes {
			for _, p := range d.sideHeads(c) {
				if !slices.Contains(ps, p) {
					ps = append(ps, p)
				}
			}
		}
		return ps, "the heads the document names for the country's side", true
	}
	if j-i < 2 {
		return nil, "", false
	}
	head := toks[j-1].lower
	if attendeeNouns[head] {
		// "Israeli participants agreed", "U.S. participants expressed
		// concerns": the side's named heads, else the room's people of
		// that country (roomSide); else nobody known, not the whole
		// room nor the last two people named.
		code, at := d.sideCountry(toks, j-1)
		if code == "" || at != i && (at != i+1 || toks[i].lower != "the") {
			return nil, "", false
		}
		if ps = d.sideHeads(code); ps != nil {
			return ps, "the heads the document names for the side", true
		}
		return d.roomSide(code, r), "the meeting's participants of the side's country", true
	}
	if delegationNouns[head] || head == "co-chairs" {
		// "the U.S. co-chairs stressed": a side's chairs, as its
		// delegation.
		code, at := d.sideCountry(toks, j-1)
		if at != i+1 || code == "" {
			return nil, "", false
		}
		if ps = d.sideHeads(code); ps != nil {
			return ps, "the heads the document names for the side", true
		}
		// Nobody named as leading it: the meeting's people of its
		// country (room.go).
		ps = d.roomSide(code, r)
		return ps, "the meeting's participants of the side's country", ps != nil
	}
	if head != "delegations" && head != "sides" || len(d.sides) < 2 {
		return nil, "", false
	}
	var mods []string
	for _, t := range toks[i : j-1] {
		mods = append(mods, t.lower)
	}
	switch strings.Join(mods, " ") {
	case "", "the": // "delegations", "The delegations": every side
	case "both", "the two":
		if len(d.sides) != 2 {
			return nil, "", false
		}
	default:
		return nil, "", false
	}
	for _, sd := range d.sides {
		ps = append(ps, sd.heads...)
	}
	return ps, detailEachSide, true
}

// detailEachSide details the delegations together (sidePeople): the
// parties of the talks the document narrates, whose talk ("The two
// delegations explored ways to deepen cooperation") is theirs as a
// narrated meeting's parties' is.
const detailEachSide = "the heads the document names for each side"
