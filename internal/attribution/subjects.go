// Subjects: which references of a sentence are the subjects (and objects)
// of a speech verb.

package attribution

import (
	"slices"
	"strings"
	"unicode"

	"github.com/readouts/readouts/internal/gazetteer"
	"github.com/readouts/readouts/internal/readout"
)

// subjectsOf finds the subject of the verb at v: the reference right before
// it (skipping "also", "has", an appositive between commas), coordinated
// references ("Wang Yian and his US counterpart Blinken agreed"), or, for a
// participle or a verb after "and", the sentence's first subject.
func (d *docState) subjectsOf(refs []ref, toks []token, v int) []ref {
	// "Mr. Secretary, thanks as always": whom a sentence addresses is not
	// its subject. "The Trump administration is considering", "the Biden
	// administration conducted strikes ... calling them a deterrent": a
	// name before a body's noun only names the body, which speaks as an
	// institution (rule 9), not as the person.
	subjects := d.subjectsBefore(refs, toks, v)
	notSubject := func(rf ref) bool {
		return vocative(toks, rf) || bodyModifier(toks, rf) || d.messageAddressee(toks, rf, v)
	}
	if !slices.ContainsFunc(subjects, notSubject) {
		return subjects
	}
	var out []ref
	for _, rf := range subjects {
		if !notSubject(rf) {
			out = append(out, rf)
		}
	}
	return out
}

// messageNouns are what is sent to someone with words of the sender's:
// "a letter to Secretary Blinken calling for", "a diplomatic note to the UN
// Secretary-General expressing objection".
var messageNouns = set(`letter letters note notes message messages request requests appeal appeals petition petitions memo memorandum`)

// messageAddressee reports whether rf, right before the participle at v, is
// whom a message was sent to: "Senator Lankford has sent a letter to
// Secretary Blinken calling for all passport centers to be reopened",
// "China's Permanent Mission to the UN sent a diplomatic note to the UN
// Secretary-General expressing objection". The participle tells what the
// message says, the sender's words, not the addressee's (rules 1, 6).
func (d *docState) messageAddressee(toks []token, rf ref, v int) bool {
	if !strings.HasSuffix(toks[v].lower, "ing") || rf.j != v && !(rf.j+1 == v && toks[rf.j].text == ",") {
		return false
	}
	b := rf.i
	for b > 0 && (toks[b-1].lower == "the" || titleWords[toks[b-1].lower] || d.countryOf(toks[b-1]) != nil) {
		b--
	}
	if b < 2 || toks[b-1].lower != "to" {
		return false
	}
	for k := b - 2; k >= 0 && k >= b-4; k-- {
		if messageNouns[toks[k].lower] {
			return true
		}
		if !toks[k].word || toks[k].cap {
			return false
		}
	}
	return false
}

// bodyModifier reports whether the name rf is only the modifier of the body
// a noun after it names: "the Trump administration", "the Biden-Harris
// Administration", "the Modi government" (ownBodies).
func bodyModifier(toks []token, rf ref) bool {
	return rf.kind == kName && !rf.poss && rf.j < len(toks) && ownBodies[toks[rf.j].lower]
}

// subjectsBefore is subjectsOf, vocatives included.
func (d *docState) subjectsBefore(refs []ref, toks []token, v int) []ref {
	k := skipToSubject(refs, toks, v)
	if k < 0 {
		return nil
	}
	if at, w := whoClauseSubject(refs, toks, k, v); at >= 0 {
		return coordinated(refs, toks, at)
	} else if w > 0 && len(d.cur) >= toks[w-1].end {
		// The name before ", who" is one the gazetteer does not know.
		if p, _ := d.unknownSubject(toks, w-1, d.cur); p != nil {
			return []ref{{kind: kName, i: max(0, w-1-len(strings.Fields(p.name))), j: w - 1, p: p, detail: "a name outside the gazetteer"}}
		}
	}
	if at := refEndingAt(refs, k); at >= 0 && !refs[at].poss {
		return coordinated(refs, toks, at)
	}
	// "Secretary Rubio and his team reiterated", "The President and the
	// congressional leaders discussed", "Mr. Sullivan and all of the party
	// leaders discussed": the named person speaks; the unnamed company adds
	// nobody.
	if a := companyAnd(toks, k, d); a > 0 {
		if at := refEndingAt(refs, a-1); at >= 0 && !refs[at].poss {
			// "President Trump, Secretary Pompeo and other US officials
			// have claimed": the company's "and" ends a list of names.
			out := coordinatedList(refs, toks, at, true)
			return append(out, d.counterpartsOf(out, toks, a+1, k+1)...)
		}
		// "White House Chief of Staff Jeff Zients, ..., Secretary of
		// Commerce Gina Raimondo, and industry leaders committed": the
		// same list with a comma before its "and"; only a list of two
		// or more names joined by commas alone that opens its clause, so
		// that a comma and "and" joining clauses ("met with A, and the
		// leaders discussed") is not one.
		if a >= 2 && toks[a-1].lower == "," {
			if at := refEndingAt(refs, a-2); at >= 0 && !refs[at].poss {
				if out := coordinatedList(refs, toks, at, true); len(out) >= 2 && commaList(toks, out) && !d.objectOfPreposition(toks, out[0].i) && clauseOpens(toks, out[0].i) {
					return out
				}
			}
		}
	}
	// "The Secretary and Personal Envoy also discussed", "The Deputy
	// Secretary and NSA Lovegrove reaffirmed": a person joined by "and" to
	// an office the rules resolve to nobody. The person speaks, and so
	// does the party of the call or meeting the office stands for.
	if at, x0, titled := d.titledConjunct(refs, toks, k); at >= 0 {
		out := coordinated(refs, toks, at)
		switch {
		case titled:
			out = append(out, d.conjunctParties(out, refs, toks, x0, k+1)...)
		case toks[k].cap && toks[k].text != "I":
			// "The Deputy Secretary and NSA Lovegrove reaffirmed": the
			// party of the meeting of that surname; else "Deputy
			// Directors Gregory Jackson and Rob Wilcox highlighted": a
			// name outside the gazetteer (rule 11).
			if p := d.partyNamed(toks[k]); p != nil {
				out = append(out, ref{kind: kName, i: x0, j: k + 1, p: p, detail: "the party of the meeting so named"})
			} else if len(d.cur) >= toks[k].end {
				if p, _ := d.unknownSubject(toks, k+1, d.cur); p != nil {
					out = append(out, ref{kind: kName, i: x0, j: k + 1, p: p, detail: "a name outside the gazetteer"})
				}
			}
		}
		return out
	}
	// "Director Jeffrey Sachs of the Center for Sustainable Development at
	// Columbia University wrote": the person before a body they belong to.
	for _, o := range ofPhrase(toks, k) {
		if at := refEndingAt(refs, o-1); at >= 0 && !refs[at].poss && (refs[at].kind == kName || refs[at].kind == kTitle) {
			return coordinated(refs, toks, at)
		}
	}
	w := toks[k].lower
	participle := strings.HasSuffix(toks[v].lower, "ing")
	if w == "," && !participle {
		// "Wang Yi, had a phone conversation": a stray comma.
		if at := refEndingAt(refs, k-1); at >= 0 && !refs[at].poss {
			return coordinated(refs, toks, at)
		}
		// "Blinken, who arrived on Monday, said": an appositive, which
		// may hold commas of its own ("Brian Stewart, CEO of The Superior
		// Group, an electrical contractor in Ohio, emphasized").
		commas := 0
		for c := k - 1; c >= 0 && c >= k-40; c-- {
			if toks[c].lower == "," {
				if at := refEndingAt(refs, c-1); at >= 0 && !refs[at].poss {
					return coordinated(refs, toks, at)
				}
				// "CEO Nick Read of the British company Vodafone, the
				// world's second-largest mobile operator, said": the
				// person before the body they belong to, and the body's
				// own appositive.
				for _, o := range ofPhrase(toks, c-1) {
					if at := refEndingAt(refs, o-1); at >= 0 && !refs[at].poss && (refs[at].kind == kName || refs[at].kind == kTitle) {
						return coordinated(refs, toks, at)
					}
				}
				if commas++; commas == 3 {
					break
				}
			}
			if toks[c].lower == ";" || toks[c].lower == ":" {
				break
			}
		}
	}
	if w == "who" {
		if at := refEndingAt(refs, k-1); at >= 0 {
			return coordinated(refs, toks, at)
		}
		if k >= 2 && toks[k-1].lower == "," {
			if at := refEndingAt(refs, k-2); at >= 0 {
				return coordinated(refs, toks, at)
			}
		}
	}
	if participle && d.reducedRelative(toks, v) {
		// "the overwhelming vote at the United Nations General Assembly
		// condemning Russia's aggression": what the noun before it did,
		// not the sentence's subject.
		return nil
	}
	if w == "and" || participle || w == "by" && participle {
		if first := d.firstSubject(refs, toks, v); first >= 0 {
			// The first subject may open a list: "National Economic
			// Advisor Lael Brainard and Domestic Policy Council Director
			// Neera Tanden led an event announcing ...": all of it, the
			// longest list before v that starts with it.
			// Not where a preposition comes between the list and v: "led
			// a roundtable with CEOs to discuss the role of the private
			// sector in effectively welcoming", "hosted X for a threat
			// briefing" are a purpose or a noun's, not the list's words.
			out := coordinated(refs, toks, first)
			// Only for an inflected verb: a plain form after "and" ("Good
			// afternoon, Alexandra and Irene and thank you") is no verb of
			// a plural subject the list would make it. "X and Y attended
			// and addressed the event": both.
			for at := first + 1; at < len(refs) && refs[at].j <= v && (speechVerbs[toks[v].lower] || addressedEvent(toks, v)); at++ {
				if c := coordinated(refs, toks, at); c[0].i == refs[first].i && c[0].j == refs[first].j && len(c) > len(out) && !prepositionBetween(toks, refs[at].j, v) &&
					!slices.ContainsFunc(c, func(rf ref) bool { return vocative(toks, rf) }) {
					out = c
				}
			}
			return out
		}
	}
	// "President Trump in an interview with Reuters yesterday said": a
	// person, then a phrase of where or how they spoke, then the verb.
	if at := framedSubject(refs, toks, k); at >= 0 {
		return coordinated(refs, toks, at)
	}
	return nil
}

// whoClauseSubject returns the name a relative clause follows when the
// verb at v after the clause opens a quotation: "Carlos P. Romulo, who
// would become the first Asian President of the General Assembly said: “We
// are not here to make peace ...”" is Romulo's, with or without the
// clause's closing comma; the office in the clause is what he became, not
// who spoke. Not where a name ends right before the verb ("who knew X
// said:" is X's), nor with other punctuation inside the clause; else -1,
// and where "who" stands when nobody the rules know is named before it.
func whoClauseSubject(refs []ref, toks []token, k, v int) (int, int) {
	if v+1 >= len(toks) || toks[v+1].text != ":" && !quoteMark(toks[v+1].text) {
		return -1, 0
	}
	if at := refEndingAt(refs, k); at >= 0 && refs[at].kind != kTitle {
		return -1, 0
	}
	for w := v - 1; w >= 2 && w >= v-25; w-- {
		if w == v-1 && toks[w].text == "," {
			continue // the clause's closing comma
		}
		if !toks[w].word {
			return -1, 0
		}
		if toks[w].lower != "who" {
			continue
		}
		if toks[w-1].text != "," {
			return -1, 0
		}
		if at := refEndingAt(refs, w-2); at >= 0 {
			if refs[at].kind == kName && !refs[at].poss {
				return at, w
			}
			return -1, 0
		}
		return -1, w
	}
	return -1, 0
}

// framedSubject returns the reference to a person that a phrase of the
// occasion separates from its verb ("President Trump in an interview with
// Reuters yesterday", "Foreign Minister Lavrov at a press conference on
// Monday"), the phrase ending at k, or -1. The phrase holds no punctuation
// and no verb of its own ("Talks with President Xi in Beijing were").
func framedSubject(refs []ref, toks []token, k int) int {
	for p := k; p >= 1 && p >= k-10; p-- {
		t := toks[p]
		if !t.word || clauseWord(t) || t.lower == "and" || t.lower == "who" {
			return -1
		}
		if !occasionPrepositions[t.lower] {
			continue
		}
		// "US Secretary of State Mike Pompeo again on Twitter said": an
		// adverb of the person's may stand before the phrase.
		e := p - 1
		for e > 0 && framingAdverbs[toks[e].lower] {
			e--
		}
		at := refEndingAt(refs, e)
		if at < 0 || refs[at].poss || refs[at].kind != kName && refs[at].kind != kTitle {
			continue
		}
		// The person opens the clause: nothing but titles, a country and
		// an article before it ("with President Xi in Beijing" is the
		// object of "with"); a title's own "of" or "for" between capitals
		// is part of it ("US Secretary of State Mike Pompeo at a press
		// conference in Washington said").
		b := refs[at].i
		for b > 0 && toks[b-1].word && (toks[b-1].cap || toks[b-1].lower == "the" ||
			(toks[b-1].lower == "of" || toks[b-1].lower == "for") && b >= 2 && toks[b-2].word && toks[b-2].cap && toks[b].cap) {
			b--
		}
		if b > 0 && toks[b-1].word && prepositions[toks[b-1].lower] {
			return -1
		}
		return at
	}
	return -1
}

// occasionPrepositions open a phrase of the occasion of speech.
var occasionPrepositions = set(`in during at on`)

// framingAdverbs may stand between a person and the phrase of the occasion
// of their speech: "Mike Pompeo again on Twitter said", "Lavrov also in an
// interview said".
var framingAdverbs = set(`again also once recently previously earlier yesterday today`)

// vocative reports whether a title is whom the sentence addresses: an
// honorific and an office without a name, set off by a comma where a
// sentence, a turn or an interjection begins ("QUESTION: Mr. Secretary,
// thanks as always for your time", "Hey, Mr. Secretary, thanks so much",
// "Mr. President, Faced with the challenge ..."), or a name a turn's
// thanks open with ("Thanks, Eduardo, and thanks to everybody"). The one
// addressed is not the subject of what follows (rules 1, 7).
func vocative(toks []token, rf ref) bool {
	if rf.kind == kName && rf.j-rf.i == 1 && rf.i == thankedAt(toks) {
		return true // "Thanks, Eduardo, and thanks to everybody"
	}
	if rf.kind != kTitle || rf.j >= len(toks) || toks[rf.j].text != "," {
		return false
	}
	if rf.j+1 < len(toks) && toks[rf.j+1].lower == "you" {
		// "Mr. Secretary, you just quoted the President": what the one
		// addressed said, relayed (rule 6).
		return false
	}
	b := rf.i
	if !honorifics[strings.TrimSuffix(toks[b].lower, ".")] {
		if b == 0 || !honorifics[strings.TrimSuffix(toks[b-1].lower, ".")] {
			return false
		}
		b--
	}
	return b == 0 || !toks[b-1].word || toks[b-1].lower == "and"
}

// skipToSubject returns the position of the last word before the verb at v
// that may end its subject, past what may stand between a subject and its
// verb: adverbs and auxiliaries ("also", "has"), and a parenthesis, which
// glosses the subject and is never the subject itself ("NEC Director Brian
// Deese (Council Chair) emphasized"). A reference ends the skipping: "Both
// noted" has "both" as its subject, though "both" is an adverb in "the
// leaders both agreed". It returns -1 when nothing is left.
func skipToSubject(refs []ref, toks []token, v int) int {
	k := v - 1
	for k >= 0 {
		switch {
		case refEndingAt(refs, k) >= 0:
			return k
		case adverb(toks[k], toks[v]):
			k--
		case toks[k].text == ")":
			o := k - 1
			for o >= 0 && o >= k-12 && toks[o].text != "(" && toks[o].text != ")" {
				o--
			}
			if o < 1 || toks[o].text != "(" {
				return k
			}
			k = o - 1
		default:
			return k
		}
	}
	return k
}

// titledConjunct finds a subject "X and Y" ending at k whose Y is no
// reference: capitalised words and titles ("Personal Envoy", "interim
// Prime Minister", "Foreign Ministers", "NSA Lovegrove", "Special
// Assistant to the Prime Minister"). It returns the reference X ends with
// (a person, not a possessive nor a preposition's object), where Y starts,
// and whether Y holds a title word; at = -1 when the words are not so.
func (d *docState) titledConjunct(refs []ref, toks []token, k int) (at, x0 int, titled bool) {
	for a := k; a >= 1 && a >= k-7; a-- {
		t := toks[a]
		switch {
		case t.lower == "and" && !t.cap:
			if a == k {
				return -1, 0, false
			}
			at := refEndingAt(refs, a-1)
			if at < 0 || refs[at].poss || refs[at].kind != kName && refs[at].kind != kTitle || d.objectOfPreposition(toks, refs[at].i) {
				return -1, 0, false
			}
			// "Pekka and I talked": the "I" is the turn's owner, who
			// speaks anyway; where no turn owns the text, its own voice
			// is found only where nobody else speaks (run), so leave it.
			if a+1 == k && toks[k].text == "I" && (len(d.modes) == 0 || d.modes[len(d.modes)-1].owner == nil) {
				return -1, 0, false
			}
			return at, a + 1, titled
		case !t.word || refEndingAt(refs, a) >= 0:
			return -1, 0, false
		case titleWords[t.lower] || titleWords[strings.TrimSuffix(t.lower, "s")]:
			titled = titled || t.cap || a == k // "Foreign Ministers", "foreign ministers"
		case t.cap, modifiers[t.lower], conjunctModifiers[t.lower], titleGlue(toks, a):
		default:
			return -1, 0, false
		}
	}
	return -1, 0, false
}

// partyNamed returns the one party of the call or meeting whose name
// holds the word t ("Lovegrove"), or nil.
func (d *docState) partyNamed(t token) *person {
	var found *person
	for _, p := range d.participants {
		if p.shown() && slices.Contains(p.tokens, t.key) {
			if found != nil {
				return nil
			}
			found = p
		}
	}
	return found
}

// conjunctModifiers may stand in a title in lower case: "interim Prime
// Minister".
var conjunctModifiers = set(`interim incoming outgoing`)

// conjunctParties returns, as references over toks[i:j], the parties of
// the call or meeting an office joined to known subjects stands for: of
// a singular office, the one other party of a meeting of two ("The
// Secretary and Personal Envoy"); of an office in the plural, the other
// parties who hold it ("The Secretary and Foreign Ministers").
func (d *docState) conjunctParties(known, refs []ref, toks []token, i, j int) []ref {
	// Not a party the sentence names elsewhere: "The Secretary and G7
	// foreign ministers underscored to Ukrainian Foreign Minister Kuleba".
	var others []*person
	for _, p := range d.participants {
		if p.shown() && !slices.ContainsFunc(append(slices.Clone(known), refs...), func(rf ref) bool { return d.refPerson(rf) == p }) {
			others = append(others, p)
		}
	}
	head := toks[j-1].lower
	detail := "the other party of the meeting, by office"
	if !strings.HasSuffix(head, "s") || !titleWords[strings.TrimSuffix(head, "s")] {
		if len(d.participants) != 2 || len(others) != 1 {
			return nil
		}
		return []ref{{kind: kName, i: i, j: j, p: others[0], detail: detail}}
	}
	// The office's words from the first title word: "G7 foreign
	// ministers" is "foreign minister".
	start := j - 1
	for start > i && (titleWords[toks[start-1].lower] || modifiers[toks[start-1].lower]) {
		start--
	}
	key := strings.TrimSuffix(joinKeys(toks, start, j), "s")
	var out []ref
	for _, p := range d.holdersOf(key, others) {
		out = append(out, ref{kind: kName, i: i, j: j, p: p, detail: "a party of the meeting who is " + key})
	}
	return out
}

// counterpartsOf returns, as references over toks[i:j], who "his
// counterparts" in "Mr. Sullivan and his counterparts discussed" are: the
// other parties of the call or meeting the readout narrated, when the
// people named beside them are parties of it too (rule 3). Counterparts
// are the other side of that call by definition, unlike "his team" or
// "the congressional leaders", whom a readout may name nowhere. A
// country's adjective keeps its own: "The Secretary and his Ukrainian
// counterparts".
func (d *docState) counterpartsOf(known []ref, toks []token, i, j int) []ref {
	if j-i < 2 || j-i > 3 || toks[j-1].lower != "counterparts" || !companyDeterminers[toks[i].lower] || toks[i].lower == "the" || toks[i].lower == "this" {
		return nil
	}
	party := func(rf ref) bool {
		p := d.refPerson(rf)
		if rf.kind == kPronoun {
			p, _ = d.turnAntecedent(toks[rf.i].lower) // "He and his counterparts discussed"
		}
		return p != nil && slices.Contains(d.participants, p)
	}
	if len(d.participants) < 2 || !slices.ContainsFunc(known, party) {
		return nil
	}
	var country *gazetteer.Country
	if j-i == 3 {
		if country = d.countryOf(toks[i+1]); country == nil {
			return nil // "his G20 counterparts": more than the call's parties
		}
	}
	var out []ref
	for _, p := range d.participants {
		if !p.shown() || slices.ContainsFunc(known, func(rf ref) bool { return d.refPerson(rf) == p }) {
			continue
		}
		if country != nil && p.country != country.Code {
			continue
		}
		out = append(out, ref{kind: kName, i: i, j: j, p: p, detail: "a party of the call or meeting, one of the counterparts"})
	}
	return out
}

// companyAnd returns the position of the "and" that joins an unnamed
// company ending at k to a subject before it: "and his team", "and the
// congressional leaders", "and all of the party leaders"; or -1. The
// company is a determiner and up to three lower-case words ending in a
// noun of people.
func companyAnd(toks []token, k int, d *docState) int {
	// Nouns of people only: "the key issues discussed" is no company.
	if k < 2 || !toks[k].word || toks[k].cap || !companyNouns[toks[k].lower] && !groupHeads[toks[k].lower] && !peopleNouns[toks[k].lower] {
		return -1
	}
	for x := k - 1; x >= 1 && x >= k-5; x-- {
		w := toks[x].lower
		switch {
		case w == "and":
			if x == k-1 {
				return -1 // "X and leaders": no determiner, too loose
			}
			return x
		// "and other US officials": a country's name as an adjective.
		case companyDeterminers[w] || w == "all" || w == "of" || toks[x].word && !toks[x].cap && !speechVerbs[w] && !copulas[w] ||
			toks[x].cap && d.countryOf(toks[x]) != nil:
		default:
			return -1
		}
	}
	return -1
}

// commaList reports whether the items of list are joined by commas alone,
// no "and" between them.
func commaList(toks []token, list []ref) bool {
	for x := 1; x < len(list); x++ {
		for k := list[x-1].j; k < list[x].i; k++ {
			if toks[k].lower == "and" {
				return false
			}
		}
	}
	return true
}

// clauseOpens reports whether the reference starting at i, with the title
// words before it, opens the sentence or follows a comma that ends an
// opening phrase ("At the roundtable, White House Chief of Staff ...").
func clauseOpens(toks []token, i int) bool {
	b := i
	for b > 0 && (toks[b-1].cap || titleGlue(toks, b-1) || toks[b-1].lower == "the" && b-1 == 0) {
		b--
	}
	if b == 0 {
		return true
	}
	if toks[b-1].lower != "," {
		return false
	}
	// The opening phrase holds no verb of its own clause's subject: a
	// preposition opens it ("At the roundtable,", "On Friday,").
	return prepositions[toks[0].lower] || toks[0].lower == "today" || toks[0].lower == "yesterday"
}

// firstSubject is the first reference before v that is not possessive and
// not the object of a preposition: the subject of the main clause.
func (d *docState) firstSubject(refs []ref, toks []token, v int) int {
	object := -1 // end of the last object of a preposition
	for x, rf := range refs {
		if rf.i >= v {
			break
		}
		if rf.poss {
			continue
		}
		// "wrote to Secretary Blinken and wrote to President Biden": the
		// object of a preposition, over the title before the name; and
		// who is joined to one ("a letter to Secretary of State Pompeo and
		// Secretary of Commerce Ross").
		if d.objectOfPreposition(toks, rf.i) || object >= 0 && object <= rf.i && listGlue(toks[object:rf.i], d) {
			object = rf.j
			continue
		}
		if rf.kind == kInst || rf.kind == kGroup && rf.i > 0 {
			continue
		}
		// The subject of a clause comes before that clause's own verb.
		return x
	}
	return -1
}

// objectOfPreposition reports whether the name starting at i, with the
// title before it, follows a preposition: "wrote to Secretary Blinken",
// "under the leadership of Director-General Tedros", but not "US Secretary
// of State Mike Pompeo" (whose "of" is inside the title).
func (d *docState) objectOfPreposition(toks []token, i int) bool {
	b := i
	for b > 0 {
		w := toks[b-1]
		switch {
		case w.cap && (titleWords[w.lower] || modifiers[w.lower] || descriptorWords[w.lower] || d.countryOf(w) != nil):
			b--
		case prefixedTitle(w):
			b-- // "then-Secretary of State Colin Powell"
		case titleGlue(toks, b-1):
			b--
		default:
			if b > 1 && w.lower == "the" {
				b--
			}
			// "a report by the Secretary-General, highlighting": "by"
			// names the doer.
			return b > 0 && prepositions[toks[b-1].lower] && toks[b-1].lower != "by"
		}
	}
	return false
}

// titleGlue reports whether the lower-case word at k joins the words of a
// title: "Secretary of State", "Ambassador to China", "Senior Advisor to the
// President", "Special Envoy for Climate".
func titleGlue(toks []token, k int) bool {
	switch toks[k].lower {
	case "of", "for", "to", "the":
	default:
		return false
	}
	for x := k - 1; x >= 0 && x >= k-2; x-- {
		w := toks[x]
		if w.cap && titleWords[w.lower] || prefixedTitle(w) {
			return true
		}
		if w.lower != "of" && w.lower != "for" && w.lower != "to" {
			return false
		}
	}
	return false
}

// prefixedTitle reports whether t is a title after a lower-case prefix and
// a hyphen: "then-Secretary", "ex-President".
func prefixedTitle(t token) bool {
	pre, title, ok := strings.Cut(t.text, "-")
	return ok && t.word && pre != "" && !unicode.IsUpper([]rune(pre)[0]) && title != "" && unicode.IsUpper([]rune(title)[0]) && titleWords[strings.ToLower(title)]
}

func refEndingAt(refs []ref, k int) int {
	for x, rf := range refs {
		if rf.j-1 == k {
			return x
		}
	}
	return -1
}

// coordinated returns refs[at] and the references joined to it by "and":
// "The President and the Prime Minister", "Wang Yian and his US counterpart
// Blinken".
func coordinated(refs []ref, toks []token, at int) []ref {
	return coordinatedList(refs, toks, at, false)
}

// coordinatedList is coordinated where the caller may know that refs[at]
// is not the last item of its list ("A, B and his team": listed), so that
// a comma alone joins the items before it.
func coordinatedList(refs []ref, toks []token, at int, listed bool) []ref {
	out := []ref{refs[at]}
	anded := false
	for x := at; x > 0; x-- {
		prev := refs[x-1]
		// References may overlap or start the sentence; nothing can be
		// coordinated with them then.
		// Nor with the object of a preposition ("Joined by Antony Blinken,
		// Lloyd Austin and his team said").
		if prev.poss || prev.kind == kInst || prev.j > refs[x].i || refs[x].i == 0 || prev.i > 0 && prepositions[toks[prev.i-1].lower] {
			break
		}
		ok, sawAnd := true, false
		for k := prev.j; k < refs[x].i; k++ {
			w := toks[k].lower
			switch {
			case w == "and":
				sawAnd = true
			case w == "," || w == "his" || w == "her" || w == "their" || w == "the" || w == "counterpart" ||
				w == "(" || w == ")", // "of the United States of America (U.S.) and President Yoon"
				titleWords[w] || descriptorWords[w] || toks[k].cap || connectors[w], // "President von der Leyen"
				modifiers[w] || conjunctModifiers[w],                                // "The Secretary and interim Prime Minister"
				w == "to" && k > 0 && titleWords[toks[k-1].lower]:                   // "Senior Advisor to the President"
			default:
				ok = false
			}
		}
		// "President Emmanuel Macron of France, Chancellor Angela Merkel of
		// Germany, ..., and President Biden": an item's "of" its country
		// before the comma that joins it, in a list this one's "and" has
		// shown, to an item with an "of" of its own (not "meeting with ...
		// Prime Minister Fumio Kishida of Japan, Secretary Blinken and the
		// Foreign Ministers discussed").
		if !ok || !sawAnd && toks[prev.j].lower != "," &&
			(!anded || refs[x].j >= len(toks) || toks[refs[x].j].lower != "of" || !ofThenComma(toks, prev.j, refs[x].i)) {
			break
		}
		anded = anded || sawAnd
		// A comma alone joins only the earlier items of a list that ends
		// with "and": "A, B and C" (not the apposition "A, B").
		if !sawAnd && !listed {
			break
		}
		listed = true
		out = append([]ref{prev}, out...)
	}
	return out
}

// ofThenComma reports whether toks[from:to], the words between two items
// of a list, are an "of" phrase of capitalised words ("of Italy", "of the
// United Kingdom") and then a comma.
func ofThenComma(toks []token, from, to int) bool {
	if from >= to || toks[from].lower != "of" {
		return false
	}
	for k := from + 1; k < to; k++ {
		switch {
		case toks[k].lower == ",":
			return k > from+1
		case toks[k].cap || toks[k].lower == "the" || toks[k].lower == "of":
		default:
			return false
		}
	}
	return false
}

// refAfter returns the reference starting at k, skipping a determiner and,
// after "according to", "a statement released by".
func (d *docState) refAfter(refs []ref, toks []token, k int, according bool) *ref {
	limit := k + 1
	if according {
		limit = k + 7
	}
	for x := k; x < len(toks) && x <= limit; x++ {
		for i := range refs {
			if refs[i].i == x {
				if refs[i].poss {
					return nil
				}
				return &refs[i]
			}
		}
		w := toks[x].lower
		// "according to Pakistani Foreign Minister Shah Mehmood Qureshi":
		// over the title before the name.
		titled := according && (toks[x].cap && (titleWords[w] || modifiers[w] || descriptorWords[w] || d.countryOf(toks[x]) != nil) || titleGlue(toks, x))
		if !(w == "the" || titled || according && (w == "a" || w == "statement" || w == "readout" || w == "released" || w == "issued" || w == "by" || w == "from" || w == "report" || w == "reports" || w == "press" || w == "release")) {
			return nil
		}
	}
	return nil
}

// detailCommitment details who made a commitment a sentence tells of: the
// text's own voice still speaks in it ("The U.S. return fulfills a pledge
// made by President Biden" in the Secretary's statement).
const detailCommitment = "who made the commitment"

// detailPriority marks whose priority a sentence states (priorityFor):
// like a commitment, said in the text's own voice too.
const detailPriority = "whose priority the sentence states"

// onlyCommitted reports whether everyone speaking in r made a commitment
// it tells of, or holds a priority it states.
func onlyCommitted(r SentenceResult) bool {
	for _, w := range r.Why {
		if w.Role == readout.RoleSpeaker && w.Detail != detailCommitment && w.Detail != detailPriority {
			return false
		}
	}
	return true
}

// commitmentNouns are what people make or reach together: "the commitment
// made by", "the consensus reached between".
var commitmentNouns = set(`commitment commitments consensus pledge pledges promise promises agreement agreements understanding understandings`)

// commitmentAgents returns who made the commitment or reached the
// consensus the verb at v ("made", "reached") tells of: the people after
// "by" or "between" when the noun comes right before the verb, or the
// people right before the verb when the noun comes before them ("the
// commitment that President Biden and President López Obrador made").
func (d *docState) commitmentAgents(refs []ref, toks []token, v int) []ref {
	if v == 0 {
		return nil
	}
	if commitmentNouns[toks[v-1].lower] {
		if v+2 < len(toks) && (toks[v+1].lower == "by" || toks[v+1].lower == "between") {
			return d.agentList(refs, toks, v+2)
		}
		return nil
	}
	at := refEndingAt(refs, v-1)
	if at < 0 || refs[at].poss || refs[at].kind != kName && refs[at].kind != kTitle {
		return nil
	}
	list := coordinated(refs, toks, at)
	k := list[0].i - 1
	for k > 0 && toks[k].cap && (titleWords[toks[k].lower] || descriptorWords[toks[k].lower]) {
		k-- // "President" before "Biden"
	}
	if k > 0 && (toks[k].lower == "that" || toks[k].lower == "which") {
		k--
	}
	if k < 0 || !commitmentNouns[toks[k].lower] {
		return nil
	}
	return list
}

// agentList returns the people named from k on, joined by "and" or commas
// with their titles ("President Xi Jinping and Prime Minister Narendra
// Modi", "Presidents Biden and Erdogan"), up to the first word that is no
// part of the list; nothing when k names no person.
func (d *docState) agentList(refs []ref, toks []token, k int) []ref {
	first := d.refAfter(refs, toks, k, true)
	if first != nil && first.j == first.i+1 && (toks[first.i].lower == "his" || toks[first.i].lower == "her") {
		first = d.refAfter(refs, toks, first.j, true) // "His Majesty King Mohammed VI"
	}
	if first == nil || first.kind != kName && first.kind != kTitle {
		return nil
	}
	out := []ref{*first}
	for _, rf := range refs {
		last := out[len(out)-1]
		if rf.i < last.j {
			continue
		}
		if rf.poss || rf.kind != kName && rf.kind != kTitle || !subjectGlue(toks[last.j:rf.i]) || !slices.ContainsFunc(toks[last.j:rf.i], func(t token) bool { return t.lower == "and" || t.text == "," }) {
			break
		}
		out = append(out, rf)
	}
	return out
}

// appositionComplement reports whether the words between two people are an
// apposition of the first whose title names the second by another body's
// office: a comma, a title, "for", "to" or "of", then a body's name and
// the second's own title, with no "and" (", Chief of Staff for European
// Commission President"). "A, B, and C" is a list, and so is "Foreign
// Minister Kuleba, Minister of Defense Reznikov": what follows its "of" is
// no office of someone else.
func appositionComplement(gap []token) bool {
	if len(gap) < 2 || gap[0].text != "," {
		return false
	}
	prep := -1
	for x, t := range gap {
		switch {
		case x > 0 && (t.lower == "and" || t.lower == ","):
			return false
		case !t.cap && (t.lower == "for" || t.lower == "to" || t.lower == "of"):
			prep = x
		}
	}
	if prep < 0 {
		return false
	}
	body := false // a capitalised word of no title: "European Commission"
	for _, t := range gap[prep+1:] {
		switch {
		case t.cap && titleWords[t.lower] && !descriptorWords[t.lower]: // not "Affairs"
			if body {
				return true
			}
		case t.cap:
			body = true
		}
	}
	return false
}

// includedFrom returns where the people a group of toks[k:end] includes
// begin: after "including (with)" that follows a plural noun phrase of at
// most eleven words ("key Cabinet members, including with", ", as well as
// top UAE officials including"), else k.
func includedFrom(toks []token, k, end int) int {
	for x := k + 1; x < end && x <= k+12; x++ {
		if toks[x].lower != "including" {
			if !toks[x].word && toks[x].lower != "," {
				return k
			}
			continue
		}
		n := x - 1
		if toks[n].lower == "," {
			n--
		}
		if n < k || toks[n].cap || !strings.HasSuffix(toks[n].lower, "s") {
			return k
		}
		if x+1 < end && toks[x+1].lower == "with" {
			return x + 2
		}
		return x + 1
	}
	return k
}

// objectsOf returns the people after "with" (or right after "met"): the other
// side of a call or meeting.
func (d *docState) objectsOf(refs []ref, toks []token, v int) []ref {
	w := -1
	for k := v + 1; k < len(toks) && k < v+8; k++ {
		if toks[k].lower == "with" {
			w = k
			break
		}
	}
	if w < 0 {
		w = v // "met Foreign Minister X"
	}
	var out []ref
	k := w + 1
	for _, rf := range refs {
		if rf.i < k {
			continue
		}
		// "with key Cabinet members, including with Attorney General
		// Garland, Secretary Mayorkas", "with the Crown Prince ..., as well
		// as top UAE officials including Foreign Minister ...": the people
		// the group includes.
		// Not a person named first ("with Prime Minister Mostafa
		// Madbouly, as well as top Egyptian officials including ..."),
		// who is a party before the group.
		personFirst := (rf.kind == kName || rf.kind == kTitle) && !slices.ContainsFunc(toks[k:rf.i], func(t token) bool {
			return !t.cap && t.lower != "the" && !titleWords[t.lower] && !descriptorWords[t.lower]
		})
		if in := includedFrom(toks, k, len(toks)); in > k && !personFirst {
			if rf.i < in {
				continue
			}
			k = in
		}
		if rf.kind == kInst && !rf.poss && rf.j < len(toks) && toks[rf.j].cap {
			// "with European External Action Service Secretary General
			// Stefano Sannino": the body whose title the party holds,
			// written before it, is no party and ends no list.
			continue
		}
		if rf.kind != kName && rf.kind != kTitle || rf.poss && d.countryOf(toks[rf.j-1]) == nil {
			// "discussed Russian President Vladimir Putin's war", "met
			// with President X's chief of staff": whose something is, is
			// no party ("the Secretary General of Japan's National
			// Security Secretariat, Takeo Akiba" still is).
			break
		}
		ok := true
		for x := k; x < rf.i; x++ {
			l := toks[x].lower
			// "with Chairman of the Workers' Party of Korea and Chairman
			// of the State Affairs Commission of the DPRK Kim Jong Un": the
			// "of" of an office's body, between its capitalised words.
			bodyOf := l == "of" && x > k && toks[x-1].cap && x+1 < rf.i && (toks[x+1].cap || toks[x+1].lower == "the") ||
				(l == "'" || l == "’") && x > k && toks[x-1].cap // "the Workers' Party"
			if !(l == "and" || l == "," || l == "(" || l == ")" || l == "the" || l == "his" || l == "her" || l == "their" || l == "counterpart" || patronymics[l] ||
				titleWords[l] || descriptorWords[l] || d.countryOf(toks[x]) != nil || toks[x].cap || bodyOf) {
				ok = false
				break
			}
		}
		if !ok {
			break
		}
		k, rf.p = rf.j, d.refPerson(rf)
		if len(out) > 0 && appositionComplement(toks[out[len(out)-1].j:rf.i]) {
			// "with Bjoern Seibert, Chief of Staff for European Commission
			// President Ursula von der Leyen": whom the party's title
			// names, not a party.
			continue
		}
		out = append(out, rf)
	}
	return out
}

// talkedVerbs are what a speaker says they did together with someone:
// "I discussed this with X", "we agreed", "we talked about that".
var talkedVerbs = set(`discussed exchanged reviewed talked agreed spoke met`)

// subjectKind reads the subject of a sentence's first verb: who or what a
// "They" opening the next sentence means. Only a plural subject ("X and
// Y", a plural noun, a collective noun) that names nobody the rules find
// counts, and then its head says people or things.
func (d *docState) subjectKind(refs []ref, toks []token) int {
	s0 := openingPhrase(toks)
	if s0 == 0 && len(toks) > 0 && openerWord(toks, 0) {
		// An opener whose phrase reaches no comma, or holds a clause: where
		// its subject starts is not known.
		return subjectNamed
	}
	v := -1
	for k := s0 + 1; k < len(toks) && k <= s0+16; k++ {
		if t := toks[k]; t.word && !t.cap && subjectVerb(t.lower) {
			v = k
			break
		}
	}
	if v < 0 {
		return subjectNamed
	}
	if ownOfficials(toks, s0, v) {
		// "During the meeting, senior White House officials underscored
		// ... They discussed": the officials, whom the sentence names
		// not (the institution, rule 9), not the room with its guests;
		// so are the paragraph's "The officials" after it.
		d.ownOfficialsPara = d.paraAt + 1
		return subjectPeople
	}
	// Someone named, titled, "he", "they", "the two sides" anywhere but
	// after a preposition: the subject may be theirs ("Recognizing the
	// role of small enterprises, the leaders welcomed").
	for _, rf := range refs {
		if rf.i < v || rf.kind != kInst && !d.objectOfPreposition(toks, rf.i) {
			return subjectNamed
		}
	}
	if s0 == 0 && strings.HasSuffix(toks[0].lower, "ing") {
		return subjectNamed // a gerund's phrase ("Building ties is") is no subject
	}
	plural, people := false, false
	run := 0 // capitalised words in a row: a name the rules did not find
	for k := s0; k < v; k++ {
		t := toks[k]
		switch {
		case !t.word:
			run = 0
			continue
		case d.g.Country(t.text) != nil:
			return subjectNamed // "The United States and Japan": the governments
		case t.cap && k > s0:
			if run++; run >= 2 {
				return subjectNamed
			}
		default:
			run = 0
		}
		w := t.lower
		if prepositions[w] && w != "of" {
			// "This meeting built on the consultations announced": a
			// verb the words above do not know came first.
			return subjectNamed
		}
		if partyNouns[w] {
			// "the delegations advanced preparations. They discussed":
			// the parties, as "both sides" are (rule 3).
			return subjectNamed
		}
		if w == "and" && k > s0 && k < v-1 {
			plural = true
		}
		if companyNouns[w] || peopleNouns[w] || collectiveNouns[w] || groupHeads[w] || pluralGroupNouns[w] || humanNouns[w] {
			plural, people = true, true
		}
	}
	head := toks[v-1]
	for k := v - 1; k > s0 && (!head.word || skippable[head.lower]); k-- {
		head = toks[k-1]
	}
	if w := head.lower; head.word && !head.cap && len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !notNames[w] {
		plural = true
	}
	switch {
	case !plural:
		return subjectNamed
	case people:
		return subjectPeople
	}
	return subjectThings
}

// partyNouns stand for the parties of a meeting: "They" after them is the
// parties, not people the text names not.
var partyNouns = set(`delegation delegations officials sides governments leaders ministers counterparts diplomats`)

// humanNouns are people a text names not: "Experts are concerned ... They
// argue".
var humanNouns = set(`experts workers people citizens individuals protesters demonstrators lawyers students refugees
participants victims families children patients`)

// subjectVerb reports whether a lower-case word is likely the verb after a
// subject: an auxiliary or modal, a speech verb, a past form, or a verb
// plural subjects take ("continue", "help").
func subjectVerb(w string) bool {
	return copulas[w] || notNow[w] && w != "to" && w != "not" && w != "never" || speechVerbs[w] || subjectVerbs[w] ||
		len(w) > 4 && strings.HasSuffix(w, "ed")
}

// subjectVerbs are common verbs of a plural subject: "the Convention and
// Protocol continue to guide", "my staff did not let me".
var subjectVerbs = set(`are were have has had do does did continue continues help helps remain remain reflect reflects
provide provides include includes make makes let lets`)

// ownOfficials reports whether toks[s0:v], a sentence's subject, is
// officials of an administration, unnamed and alone: "senior White House
// officials", "Administration officials", "U.S. officials" (not
// "White House officials and advocates", "officials of both countries",
// nor "The senior White House officials", the hosts the text named).
func ownOfficials(toks []token, s0, v int) bool {
	if v-1 <= s0 || toks[v-1].lower != "officials" {
		return false
	}
	own := false
	for k := s0; k < v-1; k++ {
		switch w := toks[k].lower; {
		case w == "white" && k+1 < v-1 && toks[k+1].lower == "house", w == "administration" && toks[k].cap, w == "u.s." || w == "us" && toks[k].cap:
			own = true
		case w == "the" || w == "these" || w == "and" || w == "," || w == "of" || w == "from" || toks[k].cap && !own && w != "senior":
			return false
		}
	}
	return own
}
