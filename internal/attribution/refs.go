package attribution

import (
	"slices"
	"strings"

	"github.com/readouts/readouts/internal/gazetteer"
)

type refKind int

const (
	kName refKind = iota
	kTitle
	kPronoun
	kGroup
	kInst
)

// ref is a span of a sentence that can refer to people: a name, a title, a
// pronoun, "the two ministers" or an institution.
type ref struct {
	kind   refKind
	i, j   int     // tokens [i, j)
	p      *person // name or resolved title
	inst   string  // institution's canonical name
	rule   string  // how a name or title was resolved, for Reason.Detail
	detail string
	poss   bool       // "Blinken’s": a modifier, never a subject
	title  *titleInfo // for a title reference
}

// connectors may join the words of one capitalised run: "Secretary of
// State", "Mohammed bin Salman", "Ursula von der Leyen".
var connectors = set(`of for the de bin al el von van der da du del la le ibn dos di`)

// findRefs finds the references of one sentence, in order. With register
// set (the first pass over the document) it also adds the people it finds
// to the cast; otherwise it only resolves against the cast and gazetteer.
func (d *docState) findRefs(s sentence, register bool) []ref {
	toks := s.toks
	used := make([]bool, len(toks))
	var refs []ref

	// Institutions first: "Office of the Spokesperson" holds a title word
	// but is nobody.
	max := d.g.MaxWords() + 2
	var ends []int
	// A key that begins with no word (none in the shipped file) could
	// start anywhere: then no word is skipped below.
	emptyStart := d.g.InstitutionStarts("")
	for i := 0; i < len(toks); i++ {
		if !toks[i].cap {
			continue
		}
		// The key of toks[i:j] is a prefix of that of toks[i:end]:
		// joined[:ends[j-i-1]].
		end := min(len(toks), i+max)
		// Most capitalised words begin no institution's name: building
		// the keys of toks[i:j] at each would cost about a tenth of
		// attribution.
		if !emptyStart && !d.g.InstitutionStarts(firstKeyWord(toks[i:end])) {
			continue
		}
		var joined string
		joined, ends = joinKeyPrefixes(toks, i, end, ends[:0])
		for j := end; j > i; j-- {
			if in := d.g.InstitutionByKey(joined[:ends[j-i-1]]); in != nil && toks[j-1].word {
				refs = append(refs, ref{kind: kInst, i: i, j: j, inst: in.Name})
				for k := i; k < j; k++ {
					used[k] = true
				}
				i = j - 1
				break
			}
		}
	}

	for i := 0; i < len(toks); {
		if used[i] || !toks[i].word || !toks[i].cap {
			i++
			continue
		}
		j := i + 1
		for j < len(toks) && !used[j] && !toks[j-1].poss {
			t := toks[j]
			if t.word && t.cap {
				j++
				continue
			}
			if t.word && connectors[t.lower] {
				// "Secretary of the State": connectors may chain.
				n := j
				for n < len(toks) && toks[n].word && connectors[toks[n].lower] && !toks[n].cap {
					n++
				}
				if n < len(toks) && n-j <= 2 && toks[n].word && toks[n].cap && !used[n] {
					j = n
					continue
				}
			}
			if a := serialAnd(toks, j); a > j && d.domainAnd(toks, i, a) && !used[a+1] && !slices.Contains(used[j:a], true) {
				// "Under Secretary of Homeland Security for Strategy,
				// Policy, and Plans Robert Silvers": a domain of several
				// parts in a series.
				j = a + 1
				continue
			}
			if t.word && t.lower == "and" && !t.cap && d.domainAnd(toks, i, j) && !used[j+1] {
				// "Coordinating Minister for Maritime Affairs and
				// Investment Luhut Pandjaitan": an office's domain of two
				// parts; the name comes after the second.
				j++
				continue
			}
			if n := adviserTo(toks, j); n > j && !used[n] && titleOnly(toks[i:j], d) {
				// "National Security Advisor to the Vice President Dr.
				// Phil Gordon": the office advised is part of the title,
				// not a second office of its own.
				j = n
				continue
			}
			if t.word && t.lower == "on" && !t.cap && titleWords[toks[j-1].lower] && toks[j-1].cap && d.domainOn(toks, j, used) {
				// "Senior Advisor to the President on Migration Amy
				// Pope": an office's domain after "on", as after "for";
				// the name comes after it.
				j++
				continue
			}
			if n, _ := d.postedTo(toks, j); n > j && !used[n] {
				// "Chinese Ambassador to the UK Liu Xiaoming": the post's
				// place belongs to the title, and the name after it is
				// the holder's, not the title's holder by date.
				j = n
				continue
			}
			if e := d.postCountry(toks, j); e > j && !used[e-1] {
				// "the next U.S. Ambassador to Ukraine.": with no name
				// after it, the country of the post is still the title's,
				// so that the title is the US ambassador posted there, not
				// whoever the document calls Ambassador (rule 5).
				j = e
				continue
			}
			break
		}
		refs = append(refs, d.runRefs(s, i, j, register)...)
		i = j
	}

	refs = d.lowerTitles(toks, refs)
	refs = d.ministrySpokespeople(toks, refs)
	refs = d.podiumTitles(toks, refs) // turns.go
	refs = d.lowerPresident(toks, refs)
	refs = d.leaderTitles(toks, refs)
	refs = d.officeLists(toks, refs)
	refs = d.countriesOffice(toks, refs)
	d.bodyTitles(refs)

	for i, t := range toks {
		if used[i] || !t.word {
			continue
		}
		// Not "As leaders, it is our duty": a preposition opens no subject.
		if i == 0 && t.cap && i+1 < len(toks) && pluralGroupNouns[toks[i+1].lower] && !used[i+1] && !prepositions[t.lower] && t.lower != "as" && t.lower != "like" {
			// "Administration officials offered condolences": the
			// document's parties, as a sentence's subject.
			refs = append(refs, ref{kind: kGroup, i: i, j: i + 2})
			continue
		}
		// "In the meeting, participants discussed": the subject after an
		// opening phrase, in lower case.
		// Not "In the meeting, participants commended the Biden-Harris
		// Administration": who address the host's side are its guests,
		// whom such a readout names not (2 of 2 labels: nobody).
		// The noun is tested first: openingPhrase reads the sentence again.
		if (attendeeNouns[t.lower] || t.lower == "leaders" && d.groupMet) &&
			(i == firstWord(toks) && t.cap || i > firstWord(toks) && !t.cap && i == openingPhrase(toks) && !addressesHosts(toks, i+1)) &&
			i+1 < len(toks) && toks[i+1].word && !toks[i+1].cap && !prepositions[toks[i+1].lower] &&
			!copulas[toks[i+1].lower] && toks[i+1].lower != "," && // not "Participants were joined by", "Participants, who included"
			(len(d.participants) >= 2 || d.host != nil) && len(d.jointBodies) == 0 && !d.released {
			// "Participants emphasized" after a narrated meeting or a host
			// with people unnamed: everyone in the room, a group as "They"
			// is (resolveSubject, room.go); with no room known, the
			// other rules decide (a list's participants, the text's own
			// voice).
			refs = append(refs, ref{kind: kGroup, i: i, j: i + 1})
			continue
		}
		if j := d.countrySideEnd(toks, i); j > i {
			// "The United States reiterated its commitment" in talks
			// whose sides' heads the document names: that side's heads
			// (delegations.go).
			refs = append(refs, ref{kind: kGroup, i: i, j: j})
			continue
		}
		if v := talkSubject(toks, i); v > 0 && i == firstWord(toks) {
			// "Their conversations centered on", "The discussion focused
			// on": who talked, a group as "They" is (resolveSubject).
			refs = append(refs, ref{kind: kGroup, i: i, j: i + 2})
			continue
		}
		switch t.lower {
		case "his", "her":
			// "The President and his team also discussed", "Deputy
			// Secretary Sherman and her counterparts condemned": the
			// people of the room beside the one named (companions).
			if i >= 2 && toks[i-1].lower == "and" && i+1 < len(toks) && companionNouns[toks[i+1].lower] && !toks[i+1].poss &&
				slices.ContainsFunc(refs, func(rf ref) bool { return rf.j == i-1 && (rf.kind == kName || rf.kind == kTitle) && !rf.poss }) {
				refs = append(refs, ref{kind: kGroup, i: i, j: i + 2})
			}
		case "he", "she":
			if !t.upper || len(t.text) <= 3 {
				refs = append(refs, ref{kind: kPronoun, i: i, j: i + 1})
			}
		case "the", "both", "each", "they":
			// ", and they discussed" opens a clause of its own, as a
			// sentence-initial "They" does.
			andThey := i >= 2 && toks[i-1].lower == "and" && toks[i-2].lower == ","
			// "Together they discussed": an adverb opening the sentence.
			andThey = andThey || i == 1 && toks[0].lower == "together"
			// "In the aftermath of the shooting in Buffalo, New York, they
			// discussed": the subject after an opening adverbial phrase.
			// So after any opening phrase that holds no clause, in a
			// document that narrated a call or meeting of two or more or
			// is a joint statement of two or more: "Having recently
			// celebrated St. Patrick’s Day at the White House, they
			// reflected", "Building on the Camp David Summit, they agreed"
			// (not "Yet due to their work, they have become").
			opening := introWords[toks[0].lower] ||
				toks[0].cap && (len(d.participants) >= 2 || len(d.signatories) >= 2) && i+1 < len(toks) && !auxiliaries[toks[i+1].lower]
			// "President Biden underscored the partnership and they
			// discussed ways to strengthen it": "and they" with a verb
			// of speech opens a clause of its own there too.
			andThey = andThey || i >= 2 && toks[i-1].lower == "and" && toks[0].cap && len(d.participants) >= 2 && i+1 < len(toks) && !toks[i+1].cap && speechVerbs[toks[i+1].lower] &&
				slices.ContainsFunc(toks[:i-1], func(t token) bool { return speechVerbs[t.lower] && !t.cap }) &&
				!slices.ContainsFunc(refs, func(rf ref) bool { return rf.j == i-1 && rf.kind != kGroup }) // not "Abe Shinzo and they"
			andThey = andThey || i >= 2 && toks[i-1].lower == "," && opening && i+1 < len(toks) && !toks[i+1].cap &&
				(speechVerbs[toks[i+1].lower] || skippable[toks[i+1].lower]) && !slices.ContainsFunc(toks[:i], clauseWord)
			// ", during which they exchanged views": the parties of the
			// meeting the sentence tells (resolveSubject).
			andThey = andThey || meetingClauseThey(toks, i)
			if t.lower == "they" && !t.cap && !(i > 0 && i <= 5 && toks[i-1].lower == ",") && !andThey {
				// Only a sentence-initial "They" ("In addition, they
				// talked" too) is reliably the two parties; "he noted
				// they had" is someone else.
				continue
			}
			if j := d.sideGroupEnd(toks, i); j > i {
				// "The Israeli side affirmed": the side's heads (delegations.go).
				refs = append(refs, ref{kind: kGroup, i: i, j: j})
				continue
			}
			if j := groupEnd(toks, i); j > i {
				refs = append(refs, ref{kind: kGroup, i: i, j: j})
			}
		}
	}
	// "Joseph R. Biden, Jr.": the suffix belongs to the name.
	for x := range refs {
		j := refs[x].j
		if refs[x].kind == kName && j+1 < len(toks) && toks[j].text == "," && suffixes[strings.TrimSuffix(toks[j+1].lower, ".")] {
			refs[x].j = j + 2
			refs[x].poss = toks[j+1].poss
		}
	}
	slices.SortFunc(refs, func(a, b ref) int { return a.i - b.i })
	return refs
}

var suffixes = set(`jr sr ii iii`)

// surnameTitles are title words that are also family names ("Amy Pope").
var surnameTitles = set(`pope bishop`)

// domainOn reports whether the "on" at toks[j], after a title word, opens
// the domain of the office and a name after it: three capitalised words
// or more, the last two a name after the domain's common words ("on
// Migration Amy Pope", nameAfterDomain), not a day or a place the office
// holder was on ("the Secretary on Capitol Hill").
func (d *docState) domainOn(toks []token, j int, used []bool) bool {
	e := j + 1
	for e < len(toks) && toks[e].word && toks[e].cap && !used[e] && !toks[e-1].poss {
		e++
	}
	if e-(j+1) < 3 || notNames[toks[j+1].lower] {
		return false
	}
	return d.nameAfterDomain(toks[j+1:e]) > 0
}

// nameAfterDomain returns where the name starts after the words of an
// office's domain in seg ("Migration Amy Pope": 1), or 0: the domain's
// words are common ones or plurals ("Climate Issues", "Migration"), and
// the name is the last two words, the first a given name.
func (d *docState) nameAfterDomain(seg []token) int {
	x := len(seg) - 2
	if x < 1 {
		return 0
	}
	for _, t := range seg[:x] {
		// "Climate Issues": common words, or a noun in the plural.
		if !isVocab(t) && !commonWords[t.lower] && !d.lower[t.lower] && plausibleWord(t) && !strings.HasSuffix(t.lower, "s") {
			return 0
		}
	}
	if d.givenAfterDomain(seg[x]) && (plausibleNameAfter(seg[x:], d, false, true) || surnameTitles[seg[x+1].lower]) {
		return x
	}
	return 0
}

// bodySegment reports whether toks[k:e], capitalised words after a title
// that the rules would take for a name, are a part of a body's name or an
// office's domain: "Co-Chair of the Poor People’s Campaign" (a possessive
// before a body's noun), "CEO, National Association of Latino Elected and
// Appointed Officials" (the run goes on after "and" to a plural noun),
// "the Assistant Secretary of the Army for Civil Works met" (two words
// after "for" that end the run: a name there follows its domain, "for
// Migration Amy Pope").
func bodySegment(toks []token, k, e int) bool {
	if e <= k || e > len(toks) {
		return false
	}
	if toks[e-1].poss && e < len(toks) && toks[e].word && bodyWords[toks[e].lower] {
		return true
	}
	if e+1 < len(toks) && toks[e].lower == "and" && !toks[e].cap {
		// The capitalised run after "and" ends in the body's noun: "and
		// Appointed Officials", not "and White House Intergovernmental
		// Affairs Director Julie Rodriguez".
		x := e + 1
		for x < len(toks) && x <= e+4 && toks[x].word && toks[x].cap {
			x++
		}
		if x > e+1 && (x >= len(toks) || !toks[x].word || !toks[x].cap) {
			if w := toks[x-1].lower; bodyWords[w] || w == "officials" || w == "organizations" || w == "officers" {
				return true
			}
		}
	}
	return k > 0 && toks[k-1].lower == "for" && e-k <= 2 && (e >= len(toks) || !toks[e].cap)
}

// givenAfterDomain reports whether t, after an office's domain or before a
// title word that is also a family name ("Amy Pope"), can open a name: a
// given name (givenName), not an ordinal of a style ("the Third King")
// nor a common noun in the plural that goes on with the domain ("on
// Climate Issues Edelgeriyev").
func (d *docState) givenAfterDomain(t token) bool {
	if !d.givenName(t) || ordinals[t.lower] {
		return false
	}
	for _, suf := range []string{"ues", "ies", "ions", "ments", "ities"} {
		if strings.HasSuffix(t.lower, suf) {
			return false
		}
	}
	return true
}

// ordinals number a monarch's style or a session, never a given name.
var ordinals = set(`first second third fourth fifth sixth seventh eighth ninth tenth`)

// postedTo reads the "to" (or "to the") at toks[j] of a post held at a
// place, right after its title word, with a name after the place (a word
// or a country of two): "Chinese Ambassador to the UK Liu Xiaoming" is Liu
// Xiaoming, not whoever holds "Ambassador" by date. It returns where the
// place begins and ends, or j, j: "Ambassador to the Organization for the
// Prohibition of Chemical Weapons" is no name.
func (d *docState) postedTo(toks []token, j int) (int, int) {
	if j < 1 || toks[j].lower != "to" || toks[j].cap || !postedHeads[toks[j-1].lower] {
		return j, j
	}
	n := j + 1
	if n < len(toks) && toks[n].lower == "the" && !toks[n].cap {
		n++
	}
	e := n
	switch {
	case n >= len(toks):
		return j, j
	case n+1 < len(toks) && d.g.Country(toks[n].text+" "+toks[n+1].text) != nil:
		e = n + 2 // "Costa Rica", "the United States"
	case toks[n].word && toks[n].cap:
		e = n + 1 // "Yemen", "the UK", "the WTO"
	default:
		return j, j
	}
	if e < len(toks) && toks[e].word && toks[e].cap && d.countryOf(toks[e]) == nil {
		return n, e
	}
	return j, j
}

// postCountry reads the "to" (or "to the") at toks[j] of a post held in a
// country, right after its title word, when no name follows the country:
// "U.S. Ambassador to Ukraine.", "our Ambassador to the United Nations
// stood". It returns the end of the country, or j.
func (d *docState) postCountry(toks []token, j int) int {
	if j < 1 || toks[j].lower != "to" || toks[j].cap || !postedHeads[toks[j-1].lower] {
		return j
	}
	n := j + 1
	if n < len(toks) && toks[n].lower == "the" && !toks[n].cap {
		n++
	}
	// "the United Nations", "Costa Rica", "Ukraine"
	c, e := d.countrySpan(toks, n, 2, lastWordCapital)
	if c == nil {
		return j
	}
	if e < len(toks) && toks[e].word && toks[e].cap {
		return j // a name, or more of a body's name, follows: postedTo's case
	}
	if e+1 < len(toks) && placeGlue[toks[e].lower] && toks[e+1].cap {
		// "to the United Nations and Other International Organizations
		// in Geneva": the post is somewhere else.
		return j
	}
	return e
}

// countrySpan finds the longest run of at most width tokens at toks[k]
// that names a country the gazetteer knows and that fits accepts. It
// returns the country and the end of the run, or nil and k. Its callers
// accept different runs ("Republic of Korea" has a word in lower case), so
// each says which.
func (d *docState) countrySpan(toks []token, k, width int, fits func(seg []token, c *gazetteer.Country) bool) (*gazetteer.Country, int) {
	for n := min(len(toks), k+width); n > k; n-- {
		var c *gazetteer.Country
		if n == k+1 {
			c = d.countryOf(toks[k]) // the same lookup, from the word's key
		} else {
			c = d.g.Country(joinText(toks[k:n]))
		}
		if c != nil && fits(toks[k:n], c) {
			return c, n
		}
	}
	return nil, k
}

// allWordsCapital accepts a country run of capitalised words only.
func allWordsCapital(seg []token, _ *gazetteer.Country) bool {
	return !slices.ContainsFunc(seg, func(t token) bool { return !t.word || !t.cap })
}

// lastWordCapital accepts a country run whose last token is a capitalised
// word.
func lastWordCapital(seg []token, _ *gazetteer.Country) bool {
	last := seg[len(seg)-1]
	return last.word && last.cap
}

// codedCountry accepts a country with a code, in a run that begins with a
// capital and ends with a word.
func codedCountry(seg []token, c *gazetteer.Country) bool {
	return seg[0].cap && seg[len(seg)-1].word && c.Code != ""
}

// placeGlue continue a post's place: "to the United Nations and Other
// International Organizations in Geneva", "to China and Mongolia".
var placeGlue = set(`and in of for at &`)

// titleOnly reports whether a run holds nothing but title words and
// countries ("U.S. National Security Advisor"): no name has begun.
func titleOnly(run []token, d *docState) bool {
	for _, t := range run {
		if t.word && !isVocab(t) && !connectors[t.lower] && d.countryOf(t) == nil {
			return false
		}
	}
	return true
}

// adviserTo reads the "to the" at toks[j] of an adviser's title, right
// after "Advisor" and before the capitalised office advised: "Senior
// Advisor to the President", "National Security Advisor to the Vice
// President". It returns where the office advised begins, or j.
func adviserTo(toks []token, j int) int {
	if j < 1 || j+2 >= len(toks) || toks[j].lower != "to" || toks[j].cap || !adviserHeads[toks[j-1].lower] {
		return j
	}
	if n := j + 2; toks[j+1].lower == "the" && !toks[j+1].cap && toks[n].word && toks[n].cap && titleWords[toks[n].lower] {
		return n
	}
	return j
}

// adviserHeads are the titles of one who serves another office holder.
var adviserHeads = set(`advisor adviser advisors advisers counselor counsellor assistant`)

// postedHeads are the titles of a post held "to" a country or body.
var postedHeads = set(`ambassador ambassadors envoy envoys representative representatives delegate delegates`)

// bodyTitles gives a title written right after a body of one country the
// country of that body: a State Department spokesperson named in another
// country's briefing is the US spokesperson, not that country's (rule 5). The body is a
// reference of its own (institutions are found first), so the title alone
// would not know it.
func (d *docState) bodyTitles(refs []ref) {
	for x, r := range refs {
		if r.kind != kTitle || r.title == nil || r.title.country != "" {
			continue
		}
		for _, b := range refs {
			if b.kind != kInst || b.j != r.i {
				continue
			}
			if in := d.g.InstitutionByKey(gazetteer.Key(b.inst)); in != nil && in.Country != "" {
				ti := *r.title
				ti.country = in.Country
				refs[x].title = &ti
			}
		}
	}
}

// ministrySpokespeople finds the spokesperson of a foreign ministry named
// by the ministry alone: "the US State Department spokesperson said", "the
// spokesperson of the US Department of State said", "Spokesperson of the
// Russian Foreign Ministry". The gazetteer's Spokesperson is the foreign
// ministry's, so the one who held that office in the ministry's country on
// the document's date is who spoke (rule 5), not the ministry (rule 9 is
// for a body no person speaks for). Only where one person held it then: a
// ministry with several spokespeople at once, or none on record, stays the
// body. Not "a spokesperson of ..." (one of several, unnamed), nor the
// spokesperson of another body ("the White House spokesperson"). Which
// bodies are foreign ministries the gazetteer says (kind: foreign
// ministry), not their names.
func (d *docState) ministrySpokespeople(toks []token, refs []ref) []ref {
	if d.date.IsZero() {
		return refs
	}
	for x := 0; x < len(refs); x++ {
		b := refs[x]
		if b.kind != kInst {
			continue
		}
		in := d.g.InstitutionByKey(gazetteer.Key(b.inst))
		if in == nil || in.Country == "" || in.Kind != gazetteer.KindForeignMinistry {
			continue
		}
		start, end := -1, -1
		if n := b.j; !b.poss && n < len(toks) && spokesNouns[toks[n].lower] && !(n+1 < len(toks) && toks[n+1].word && toks[n+1].cap) {
			// "the US State Department spokesperson", not "... spokesperson
			// Ortagus" (the name's).
			start, end = b.i, n+1
		} else if o := b.i; o >= 2 {
			if toks[o-1].lower == "the" {
				o--
			}
			if o >= 2 && (toks[o-1].lower == "of" || toks[o-1].lower == "for") && spokesNouns[toks[o-2].lower] {
				start, end = o-2, b.j
			}
		}
		if start < 0 {
			continue
		}
		if start > 0 && toks[start-1].lower == "the" {
			start--
		} else if start > 0 && (toks[start-1].lower == "a" || toks[start-1].lower == "an" || toks[start-1].lower == "another") {
			continue
		}
		if len(d.g.Holders("Spokesperson", in.Country, d.date)) != 1 {
			continue
		}
		refs = slices.DeleteFunc(refs, func(r ref) bool { return r.i < end && start < r.j })
		refs = append(refs, ref{kind: kTitle, i: start, j: end, title: &titleInfo{key: "spokesperson", canon: "Spokesperson", country: in.Country}, poss: toks[end-1].poss})
		x = -1 // the slice changed: read it again
	}
	return refs
}

// spokesNouns name a spokesperson.
var spokesNouns = set(`spokesperson spokesman spokeswoman`)

// clauseWord reports whether t opens or carries a clause of its own ("had",
// "where", "said"): an opening phrase holding one is no mere adverbial.
func clauseWord(t token) bool {
	return !t.cap && (speechVerbs[t.lower] || meetingVerbs[t.lower] || copulas[t.lower] || clauseMarkers[t.lower])
}

var clauseMarkers = set(`has have had where which who that when while because`)

// groupEnd returns the end of "the two (senior) diplomats", "both sides",
// "each side", "both leaders" starting at i, or i.
func groupEnd(toks []token, i int) int {
	j := i + 1
	switch toks[i].lower {
	case "the":
		if j >= len(toks) {
			return i
		}
		if toks[j].lower == "group" && (j+1 >= len(toks) || !toks[j+1].cap && toks[j+1].lower != "of") {
			// "The group discussed", after a narrated meeting of several
			// named people: its parties (resolveSubject), not "the group
			// of advocates" or "the Group of Seven".
			return j + 1
		}
		if groupNumbers[toks[j].lower] {
			j++ // "the two leaders", "The four leaders", "the three co-chairs"
		} else if !pluralHeads[toks[j].lower] && !(titleHeads[toks[j].lower] && toks[j].cap) {
			// "the leaders", "the Presidents": plural heads alone, and
			// an office in the plural written as a title ("The
			// Secretaries", "The Envoys"); "The
			// National Security Advisors", "the Foreign Ministers": offices
			// in the plural, written as titles, or all in lower case ("The
			// national security advisors discussed"), not mixed.
			k := j
			for k < len(toks) && toks[k].cap == toks[j].cap && groupModifiers[toks[k].lower] {
				k++
			}
			// Not "We, the Foreign Ministers of Austria, Brazil, ...": the
			// signatories a joint statement lists.
			if k == j || k >= len(toks) || toks[k].cap != toks[j].cap || !titleHeads[toks[k].lower] || toks[k].poss || k+1 < len(toks) && toks[k+1].lower == "of" {
				return i
			}
		}
	case "they":
		return j
	case "each":
		if j < len(toks) && toks[j].lower == "side" {
			return j + 1
		}
		return i
	}
	heads := 0
	// "The three NSAs reaffirmed": an office's acronym in the plural
	// after a count heads the group as its words would.
	acronym := func(j int) bool {
		w := toks[j].text
		return heads == 0 && j > i+1 && groupNumbers[toks[j-1].lower] && len(w) >= 3 && w[len(w)-1] == 's' &&
			strings.ToUpper(w[:len(w)-1]) == w[:len(w)-1] && strings.ToLower(w[:len(w)-1]) != w[:len(w)-1]
	}
	// "The Secretaries and Ministers discussed": two offices in the
	// plural, written as titles, joined.
	joined := func(j int) bool {
		return toks[j].lower == "and" && heads > 0 && toks[j-1].cap && titleHeads[toks[j-1].lower] &&
			j+1 < len(toks) && toks[j+1].cap && titleHeads[toks[j+1].lower]
	}
	for j < len(toks) && (groupHeads[toks[j].lower] || groupModifiers[toks[j].lower] || toks[j].lower == "of" && heads > 0 || toks[j].lower == "state" && heads > 0 || acronym(j) || joined(j)) {
		if joined(j) {
			j++
			continue
		}
		if !groupModifiers[toks[j].lower] {
			heads++
		}
		j++
	}
	if heads == 0 && toks[i].lower == "the" && j == i+2 && groupNumbers[toks[i+1].lower] {
		// "The two also discussed", "The three agreed": "the two" alone,
		// as a subject.
		k := j
		for k < len(toks) && skippable[toks[k].lower] {
			k++
		}
		// "The three" only as the subject a sentence opens with, before
		// a past form ("The three agreed"): not a noun that may be a verb
		// too ("the nine calls"), nor a count inside a phrase ("based on
		// the three agreed terms of reference").
		past := toks[i+1].lower == "two" || i == firstWord(toks) && k < len(toks) && (strings.HasSuffix(toks[k].lower, "ed") || toks[k].lower == "said" || pastForms[toks[k].lower])
		// "The two held a frank conversation": talking, as "had
		// discussions" (discussionAhead).
		if k < len(toks) && past && (speechVerbs[toks[k].lower] || jointVerbs[toks[k].lower] ||
			(toks[k].lower == "held" || toks[k].lower == "had") && discussionAhead(toks, k)) {
			return j
		}
		return i
	}
	if heads == 0 {
		// "Both expressed": "both" alone is the two parties only as a subject.
		// "Both remain committed": a position (stanceAdjectiveAfter).
		if toks[i].lower == "both" && i == 0 && j < len(toks) && (speechVerbs[toks[j].lower] ||
			(copulas[toks[j].lower] || toks[j].lower == "remain") && stanceAdjectiveAfter(toks, j)) {
			return j
		}
		return i
	}
	return j
}

// domainAnd reports whether the lower-case "and" at toks[j] joins two
// parts of an office's domain in the capitalised run toks[i:j]: an office
// word, "for" or "of", one or two capitalised words that are no one's
// name, and a capitalised word after the "and" that opens no office
// ("Minister for Trade and Industry", "Secretary of Foreign Affairs and
// Trade", not "Secretary of State Blinken and Minister").
func (d *docState) domainAnd(toks []token, i, j int) bool {
	// In a series ("for Strategy, Policy, and Plans"), the last part
	// after ", and" is the domain's, as the ones before were, whatever
	// its word.
	serial := j > 0 && toks[j-1].text == ","
	if j+1 >= len(toks) || !d.domainWord(toks[j+1]) && !(serial && seriesWord(toks[j+1]) && len(d.g.ByToken(toks[j+1].text)) == 0) {
		return false
	}
	for x := j + 1; x < len(toks) && toks[x].word && (toks[x].cap || connectors[toks[x].lower]); x++ {
		if officeWord(toks[x]) || d.countryOf(toks[x]) != nil && !connectors[toks[x].lower] {
			return false // "of Defense and French Minister of Armed Forces"
		}
	}
	of := -1
	for x := j - 1; x > i; x-- {
		if toks[x].lower == "for" || toks[x].lower == "of" {
			of = x
			break
		}
	}
	if of < 0 || !slices.ContainsFunc(toks[i:of], officeWord) {
		return false
	}
	// The words after the "and" end in a name: "and Central
	// Intelligence Agency", "and National Security staff" are no office
	// of a person named.
	e := j + 1
	for e < len(toks) && toks[e].word && (toks[e].cap || connectors[toks[e].lower]) {
		e++
	}
	if e-(j+1) < 3 || isVocab(toks[e-1]) || isVocab(toks[e-2]) {
		return false
	}
	tail, part := 0, 0
	for _, t := range toks[of+1 : j] {
		if t.lower == "the" {
			continue
		}
		if serial && t.text == "," {
			tail, part = 0, part+1
			continue
		}
		if !t.word || !t.cap || len(d.g.ByToken(t.text)) > 0 || officeWord(t) {
			return false
		}
		tail++
		if tail > 2 {
			return false
		}
	}
	return (tail >= 1 || part >= 1) && part <= 4
}

// serialAnd returns the index of the "and" that ends a series of an
// office's domain run on from the comma at j (", Policy, and"), or -1:
// parts of one or two capitalised words between commas.
func serialAnd(toks []token, j int) int {
	if j >= len(toks) || toks[j].text != "," {
		return -1
	}
	for parts := 0; parts <= 4; parts++ {
		x := j + 1
		if x < len(toks) && toks[x].lower == "and" && !toks[x].cap {
			if parts == 0 {
				return -1
			}
			return x
		}
		n := 0
		for x < len(toks) && seriesWord(toks[x]) && n < 3 {
			x++
			n++
		}
		if n == 0 || n > 2 || x >= len(toks) || toks[x].text != "," {
			return -1
		}
		j = x
	}
	return -1
}

// seriesWord is a capitalised word that may be a part of an office's
// domain: no office word itself.
func seriesWord(t token) bool {
	return t.word && t.cap && !t.poss && !officeWord(t)
}

// notYetInOffice reports whether every office the gazetteer gives p
// began after the document's date (or its year).
func (d *docState) notYetInOffice(p *gazetteer.Person) bool {
	if d.to.IsZero() || len(p.Offices) == 0 {
		return false
	}
	for _, o := range p.Offices {
		if o.From.IsZero() || !o.From.After(d.to) {
			return false
		}
	}
	return true
}

// givenNameOfAnother reports whether word opens the name of a gazetteer
// person other than p, one whose given name comes first ("Dan" of "Dan
// Coats").
func (d *docState) givenNameOfAnother(word string, p *gazetteer.Person) bool {
	for _, q := range d.g.ByToken(word) {
		if name := q.NameWords(); q != p && len(name) >= 2 && name[0] == word && !familyNameFirst[q.Country] {
			return true
		}
	}
	return false
}

// namesAnother reports whether the document writes the word surname
// right after a given name that no name of the gazetteer person p holds:
// "Ken Graham" for Lindsey Graham.
func (d *docState) namesAnother(surname string, p *gazetteer.Person) bool {
	for _, ss := range append([][]sentence{{d.title}}, d.paras...) {
		for _, s := range ss {
			for k := 1; k < len(s.toks); k++ {
				if s.toks[k].key != surname || !s.toks[k].cap || !d.givenName(s.toks[k-1]) || pluralOffices[s.toks[k-1].lower] || titleWords[strings.TrimSuffix(s.toks[k-1].lower, "s")] {
					continue
				}
				if !slices.ContainsFunc(p.NamesWords(), func(ws []string) bool { return slices.Contains(ws, s.toks[k-1].key) }) {
					return true
				}
			}
		}
	}
	return false
}

// otherGiven reports whether the document writes the surname of name
// after another given name ("Robert Jenkins" of a domain, "Rob Jenkins"
// elsewhere): a second person of one surname would take the first's
// transcript labels and pronouns, so the domain's name is left out.
func (d *docState) otherGiven(name []token) bool {
	if len(name) < 2 {
		return false
	}
	surname := name[len(name)-1].key
	inName := func(t token) bool { return slices.ContainsFunc(name, func(n token) bool { return n.key == t.key }) }
	for _, ss := range append([][]sentence{{d.title}}, d.paras...) {
		for _, s := range ss {
			for k := 1; k < len(s.toks); k++ {
				if s.toks[k].key == surname && !inName(s.toks[k-1]) && d.givenName(s.toks[k-1]) {
					return true
				}
			}
		}
	}
	return false
}

// domainWord reports whether a capitalised word after "and" goes on with
// an office's domain rather than opening a name ("and Brian A. Nichols"):
// no one's name holds it, and it is a word of institutions, a word the
// document writes in lower case, or a word with a noun or adjective ending
// ("Investment", "Trade", "Cultural").
func (d *docState) domainWord(t token) bool {
	if !t.word || !t.cap || t.poss || officeWord(t) || len(d.g.ByToken(t.text)) > 0 {
		return false
	}
	if descriptorWords[t.lower] || d.lower[t.lower] || !plausibleWord(t) {
		return true
	}
	for _, suf := range adjectiveSuffixes {
		if len(t.lower) > len(suf)+2 && strings.HasSuffix(t.lower, suf) {
			return true
		}
	}
	return false
}

var adjectiveSuffixes = []string{"al", "ic", "ian", "ese", "ive", "ary"}

// officeWord is a title word that names an office, not a domain an office
// is of ("Foreign", "Affairs", "Security").
func officeWord(t token) bool {
	return titleWords[t.lower] && !descriptorWords[t.lower] && !domainTitleWords[t.lower]
}

var domainTitleWords = set(`foreign national security defense defence`)

func isVocab(t token) bool {
	return titleWords[t.lower] || descriptorWords[t.lower] || headWords[t.lower] || countryWords[t.lower] || hyphenTitle(t.lower) ||
		t.upper && misspeltTitle(t.lower) // "PRIME MININSTER NETANYAHU:"
}

// hyphenTitle reports whether a hyphenated word is made of title words:
// "Under-Secretary", "Vice-Chair", "Deputy-Director".
func hyphenTitle(w string) bool {
	parts := strings.Split(w, "-")
	if len(parts) < 2 || nameParticles[parts[0]] {
		// "Hussein Al-Sheikh", "Al-Sultan": a particle before a title
		// word makes a family name (tokens.go).
		return false
	}
	for _, p := range parts {
		if !titleWords[p] && !connectors[p] {
			return false
		}
	}
	return true
}

// runRefs splits one capitalised run into names and titles. Names the
// gazetteer knows in full are taken anywhere; other words are a name when
// a title stands right before them ("Acting Assistant Secretary Hood") or
// when they match someone the document names in full. A run with no name
// but a known title ("The US Secretary of the State") is a title reference.
func (d *docState) runRefs(s sentence, i, j int, register bool) []ref {
	toks := s.toks
	var refs []ref
	isName := make([]bool, j-i)
	// Full gazetteer names, longest first.
	for k := i; k < j; {
		found := false
		for e := min(j, k+d.g.MaxWords()+1); e > k; e-- {
			if connectors[toks[k].lower] || connectors[toks[e-1].lower] {
				continue
			}
			key := joinKeys(toks, k, e)
			gz := d.g.PersonByKey(key)
			if gz == nil && toks[e-1].poss && strings.HasSuffix(key, "s") {
				gz = d.g.PersonByKey(strings.TrimSuffix(key, "s"))
			}
			if gz == nil || (e-k == 1 && (riskyBare[toks[k].lower] || notNames[toks[k].lower])) {
				continue
			}
			rule := ""
			if gz.Name != "" && gazKeyIsMisspelling(gz.Misspellings, key) {
				rule = "misspelling"
			}
			var p *person
			ti := d.titleBefore(toks, i, k)
			if register {
				p = d.register(gz, nil, ti)
			} else {
				p = d.register(gz, nil, nil)
			}
			refs = append(refs, ref{kind: kName, i: k, j: e, p: p, rule: rule, poss: toks[e-1].poss})
			for x := k; x < e; x++ {
				isName[x-i] = true
			}
			k, found = e, true
			break
		}
		if !found {
			k++
		}
	}
	// The first part of an office's domain that domainAnd joined to its
	// second is no name: "Maritime" of "for Maritime Affairs and
	// Investment".
	domain, joined := make([]bool, j-i), -1
	for x := i + 1; x < j; x++ {
		if toks[x].lower == "and" && !toks[x].cap && d.domainAnd(toks, i, x) {
			joined = x
			for y := x - 1; y > i && toks[y].lower != "for" && toks[y].lower != "of"; y-- {
				domain[y-i] = true
			}
		}
	}
	// Other name segments: maximal stretches of non-vocabulary words.
	for k := i; k < j; {
		titledSurname := false
		if n, e := d.postedTo(toks, k); e > k {
			// "to the" is no name, nor a country of two words ("Costa
			// Rica"); a place of one word may begin a body's name
			// ("Far Eastern Federal District"), left to nameAfterBody.
			k = n
			if e-n == 2 {
				k = e
			}
			continue
		}
		if isName[k-i] || domain[k-i] || isVocab(toks[k]) || pluralTitleAt(toks, k) || d.countryOf(toks[k]) != nil || connectors[toks[k].lower] || toks[k].lower == "on" && !toks[k].cap {
			k++
			continue
		}
		e := k
		for e < j && !isName[e-i] && !domain[e-i] && !isVocab(toks[e]) && !pluralTitleAt(toks, e) && d.countryOf(toks[e]) == nil {
			e++
			if toks[e-1].poss {
				break
			}
		}
		for e > k && connectors[toks[e-1].lower] {
			e--
		}
		if e == j-1 && e-k >= 1 && surnameTitles[toks[e].lower] && !toks[e].upper && d.givenAfterDomain(toks[e-1]) && k > i && (isVocab(toks[k-1]) || toks[k-1].lower == "on") &&
			!slices.ContainsFunc(toks[k:e-1], func(t token) bool { return !commonWords[t.lower] && !d.lower[t.lower] && plausibleWord(t) }) {
			// "Senior Advisor ... Amy Pope", "Ambassador Amy Pope": a
			// title word that ends the run after an office and a given
			// name is the surname, not the Pope.
			e++
			titledSurname = true
		}
		titled := k > i && !slices.Contains(isName[:k-i], true) && (titleWords[toks[k-1].lower] || toks[k-1].lower == "on" && !toks[k-1].cap || hyphenTitle(toks[k-1].lower) || pluralTitleAt(toks, k-1) || descriptorWords[toks[k-1].lower] || countryWords[toks[k-1].lower] || d.countryOf(toks[k-1]) != nil) &&
			d.titleBefore(toks, i, k) != nil
		if o := slices.IndexFunc(toks[i:k], func(t token) bool { return t.lower == "on" && !t.cap }); titled && o >= 0 {
			// "on Migration Amy Pope", "on Climate Issues Ruslan
			// Edelgeriyev": the domain's words before the name.
			o += i
			x := d.nameAfterDomain(toks[o+1 : e])
			if x == 0 || o+1+x < k {
				k = e
				continue
			}
			k = o + 1 + x
		} else if titledSurname {
			k = e - 2 // "for Migration Amy Pope": the domain's words before the name
		}
		if titled && toks[k-1].lower == "and" && !toks[k-1].cap {
			// After domainAnd's "and", the first word ends the domain
			// ("and Investment Luhut Pandjaitan", "and Trade Chris
			// Seed"); with more words than a given name and a surname
			// after it, where the domain ends is unknown.
			if t := nameAfterBody(toks[k:e], d); t > 0 {
				k += t
			} else if e-k == 3 {
				k++
			} else {
				k = e
				continue
			}
			// "Transnational Crime Tiffany Eppelheimer": the domain's
			// second part may have two words.
			if e-k == 3 && nameWords(toks[k:e]) == 3 && d.domainWord(toks[k]) {
				k++
			}
		}
		if titled && joined >= 0 && k > joined && d.otherGiven(toks[k:e]) {
			k = e
			continue
		}
		if titled && bodyAfterThe(toks, i, j, k, e, d) {
			// "Speaker of the Knesset Mickey Levy", "Chancellor of the
			// Exchequer Philip Hammond": the word after "the" names the
			// body, not the person.
			k++
		}
		if (e-k <= 4 || e-k <= 6 && nameWords(toks[k:e]) <= 4) && (e-k > 1 || titled || !acronymAt(toks, k)) {
			seg := toks[k:e]
			var ti *titleInfo
			if titled {
				ti = d.titleBefore(toks, i, k)
			}
			p, rule, detail := d.resolveSegment(seg, titled, ti)
			if p == nil && titled && !plausibleNameAfter(seg, d, k > 0 && toks[k-1].upper, true) {
				// "Secretary General of the Palestine Liberation
				// Organization Hussein Al-Sheikh": the body's name runs
				// into the person's; the name is what follows its last
				// common word.
				if t := nameAfterBody(seg, d); t > 0 {
					k += t
					seg = toks[k:e]
					p, rule, detail = d.resolveSegment(seg, titled, ti)
				}
			}
			if p == nil && titled && register && (plausibleNameAfter(seg, d, k > 0 && toks[k-1].upper, true) || titledSurname) && !bodySegment(toks, k, e) {
				p = d.register(nil, seg, d.titleBefore(toks, i, k))
				rule = "title"
				if p != nil && len(p.tokens) == 1 && d.officeSurname(toks, k, seg) {
					p.named, p.officeOnly = true, true
				}
			} else if p != nil && register && titled {
				d.register(p.gz, wordsIfLocal(p, seg), d.titleBefore(toks, i, k))
			}
			if p != nil {
				refs = append(refs, ref{kind: kName, i: k, j: e, p: p, rule: rule, detail: detail, poss: toks[e-1].poss})
				for x := k; x < e; x++ {
					isName[x-i] = true
				}
			}
		}
		k = e
	}
	if len(refs) > 0 {
		return refs
	}
	// A title alone.
	ti := d.titleBefore(toks, i, j)
	if ti != nil && ti.country == "" {
		d.ofTheCountry(ti, toks, j)
	}
	if ti == nil || ti.canon == "" && !d.anyoneTitled(ti.key) {
		return nil
	}
	if ti.at == j-1 && !titleWords[toks[ti.at].lower] {
		// A compound of title words ("Vice-President") titles the name
		// after it; alone it is no reference, as before such compounds
		// were read as titles at all (", Vice-President, took the Chair"
		// is the Assembly's).
		return nil
	}
	// "The World Bank President urged", "NEFI President and CEO Sean
	// Cota", "the HHS Secretary": the office of a body the gazetteer does
	// not know, not the country's President or Secretary of State.
	if d.otherBodyTitle(toks, i, ti.at) && !listMember(toks, i) {
		return nil
	}
	// "the Office of the U.S. Trade Representative": an office named
	// after its holder's title is nobody.
	for x := i; x+1 < ti.at; x++ {
		if bodyNouns[toks[x].lower] && toks[x+1].lower == "of" {
			return nil
		}
	}
	// "China's Ambassador to Palestine": the country's possessive, a run
	// of its own, says whose office it is; not the US ambassador the
	// document names elsewhere.
	if ti.country == "" && i > 0 && toks[i-1].poss {
		if c := d.countryOf(toks[i-1]); c != nil {
			ti.country = c.Code
		} else if d.unknownOwner(toks, i-1) {
			// "Nauru's President said": the office of a country or body
			// the gazetteer does not know, not the text's own President.
			return nil
		}
	}
	return []ref{{kind: kTitle, i: i, j: j, title: ti, poss: toks[j-1].poss}}
}

// ofTheCountry gives a title alone the country of several words that
// ends its run after "of the", and the office before "of" when the whole
// is none the gazetteer knows: "the President of the United States", "the
// Director-General of the World Trade Organization" (rule 5). Before a
// name it is left to the name ("Boris Johnson, M.P., the Prime Minister
// of the United Kingdom of Great Britain and Northern Ireland").
func (d *docState) ofTheCountry(ti *titleInfo, toks []token, j int) {
	for x := ti.at + 3; x <= j-2; x++ {
		if toks[x-1].lower != "the" || toks[x-2].lower != "of" || !toks[x].cap {
			continue
		}
		c := d.g.Country(joinText(toks[x:j]))
		if c == nil || c.Code == "" {
			continue
		}
		ti.country = c.Code
		if ti.canon == "" {
			if t := d.g.Title(joinKeys(toks, ti.at, x-2)); t != nil {
				ti.canon = t.Title
			}
		}
		return
	}
}

// otherBodyTitle reports whether the capitalised word right before a
// title, in its run, names a body of its own: a body noun ("World Bank
// President", "Security Council President") or a proper name the document
// never writes in lower case ("Eversource President"). titleBefore has already taken
// in the words of a title the gazetteer knows ("Treasury Secretary").
func (d *docState) otherBodyTitle(toks []token, i, at int) bool {
	if at-1 < i {
		return false
	}
	t := toks[at-1]
	w := strings.TrimSuffix(t.lower, ".")
	if !t.word || !t.cap || isVocab(t) || d.countryOf(t) != nil || honorifics[w] || pastModifiers[w] || skippable[w] || modifiers[w] || connectors[w] {
		return false
	}
	if commonWords[w] {
		return true
	}
	// An acronym may be a body's ("NEFI President") but as often the
	// country's own department ("our HUD Secretary, Secretary Fudge") or
	// a list's member ("the UNICEF Executive Director"): left alone.
	if t.upper {
		return false
	}
	// Not a sentence's or a turn's first word ("Yesterday State
	// Councilor Wang Yi", "Hua Chunying: Yesterday ..."), nor a demonym
	// the gazetteer lacks ("the Burundian President").
	return at-1 > 0 && toks[at-2].text != ":" && toks[at-2].word && !d.lower[w] && !demonymEnding(w)
}

// listMember reports whether the run at i follows ", ", ", and" (with
// "the"): an item of a list of offices ("The UN Secretary-General, ...,
// and the World Health Organization Director-General announced"), whose
// reference the list's reading needs.
func listMember(toks []token, i int) bool {
	b := i
	if b > 0 && toks[b-1].lower == "the" {
		b--
	}
	if b > 0 && toks[b-1].lower == "and" {
		b--
	}
	return b > 0 && b < i && toks[b-1].text == ","
}

// givenNameAlone reports whether word is p's given name written where the
// family name comes last: nobody writes "Maria" for Maria Zakharova, so the
// word is another name ("Hurricane Maria"). Where the family name comes
// first ("Wang Yi", "Xi Jinping") a bare given name does stand for the
// person ("Yi", "Jinping").
//
// Names without a family name are the exception: a given name before a
// patronymic ("Salman bin Abdulaziz Al Saud": King Salman) is the name
// the person goes by, and so is a word an alias writes alone after an
// honorific ("Dr. Tedros" of Tedros Adhanom Ghebreyesus).
func givenNameAlone(p *gazetteer.Person, word string) bool {
	name := p.NameWords()
	if len(name) <= 1 || name[0] != word || familyNameFirst[p.Country] || patronymics[name[1]] {
		return false
	}
	for _, f := range p.AliasWords() {
		if len(f) == 2 && honorifics[f[0]] && f[1] == word || len(f) > 2 && f[0] == word && patronymics[f[1]] {
			return false // "Dr. Tedros"; "Mahathir bin Mohamad"
		}
	}
	return true
}

// nicknameAlone reports whether word is a given name that only p's aliases
// write before the family name, the canonical name not at all: "Bill" of
// "Bill Barr" (William Barr), "Michael" of "John Michael Mulvaney", "Nick"
// of "Nick Burns". Alone it is no more them than "William" is: the "Bill &
// Melinda Gates Foundation" is not the Attorney General's, nor is "Thank
// you, Michael" Mulvaney's, nor a moderator's "Nick, would you mind" the
// Ambassador's.
func nicknameAlone(p *gazetteer.Person, word string) bool {
	name := p.NameWords()
	if len(name) <= 1 || familyNameFirst[p.Country] || slices.Contains(name, word) {
		return false
	}
	for _, f := range p.AliasWords() {
		// Styles up to an honorific are no given names: "Tun" of "Tun Dr
		// Mahathir Mohamad".
		for x := len(f) - 1; x >= 0; x-- {
			if honorifics[f[x]] {
				f = f[x+1:]
				break
			}
		}
		if len(f) >= 2 && f[len(f)-1] == name[len(name)-1] && slices.Contains(f[:len(f)-1], word) {
			return true
		}
	}
	return false
}

// middleNameAlone reports whether word is only ever a middle given name of
// p, in every form the gazetteer writes: nobody calls Terrance Michael
// Drew "Michael", nor Alan Peter Cayetano "Peter" ("Thanks, Peter." is a
// reporter). Names written family name first, and a word an alias writes
// first or alone ("Lula" of Luiz Inácio Lula da Silva), are left alone.
func middleNameAlone(p *gazetteer.Person, word string) bool {
	if familyNameFirst[p.Country] {
		return false
	}
	for _, n := range append([]string{p.Name}, p.Aliases...) {
		// A hyphenated family name ("Thomas-Greenfield", "Ben-Shabbat")
		// is one word of the name, its parts no middle names.
		if f := strings.Fields(n); len(f) > 1 && strings.Contains(f[len(f)-1], "-") && slices.Contains(strings.Fields(gazetteer.Key(f[len(f)-1])), word) {
			return false
		}
	}
	middle := false
	for _, f := range p.NamesWords() {
		for len(f) > 1 && suffixes[f[len(f)-1]] {
			f = f[:len(f)-1] // "Robert F. Kennedy Jr.": Kennedy is last
		}
		at := slices.Index(f, word)
		if at < 0 {
			continue
		}
		if at == 0 || at == len(f)-1 || len(f) < 3 || connectors[f[at-1]] {
			return false
		}
		middle = true
	}
	return middle
}

// patronymics join a given name to a father's: "bin", "ibn", "bint".
var patronymics = set(`bin ibn bint`)

// familyNameFirst are the countries whose names the gazetteer writes family
// name first. Not Hungary: the file writes "Viktor Orbán", as English
// texts do.
var familyNameFirst = set(`CN KR KP TW HK MO VN KH`)

// lowerTitles finds offices written in lower case after "the" and a
// country: "the Swedish foreign minister", "the Russian foreign ministry
// spokesperson", "the Chinese president". Each is a title reference to the
// holder on the date (rule 5), unless a name follows ("the Swedish foreign
// minister Ann Linde" is the name's).
//
// The country may also come without "the": as a possessive ("Pakistan's
// foreign minister"), or as a demonym opening the clause, as a reporter's
// question writes it ("Q: Iranian foreign minister tweeted today", "On May
// 10, Indonesian foreign minister said"); or after the office ("the foreign
// minister of Japan", see ofCountryTitles). Not after "a" or any other word
// ("a Malaysian government minister", "met with Chinese foreign minister"),
// nor where a name before the comma makes the office its apposition.
func (d *docState) lowerTitles(toks []token, refs []ref) []ref {
	for i := 0; i+1 < len(toks); i++ {
		if !toks[i].cap || toks[i+1].cap || !toks[i+1].word {
			continue
		}
		b := i // where the reference starts: "the", or the country
		switch {
		case i > 0 && toks[i-1].lower == "the":
			b = i - 1
		case toks[i].poss, d.clauseOpening(toks, refs, i):
		default:
			continue
		}
		c := d.countryOf(toks[i])
		if c == nil || c.Code == "" {
			continue
		}
		// "the Russian foreign ministry spokesperson": the ministry's
		// reference gives way to its spokesperson's.
		at := slices.IndexFunc(refs, func(r ref) bool { return r.i <= i && i < r.j })
		if at >= 0 && refs[at].kind != kInst {
			continue
		}
		for j := min(len(toks), i+6); j > i+1; j-- {
			if !toks[j-1].word || toks[j-1].cap {
				continue
			}
			t := d.g.Title(joinKeys(toks, i+1, j))
			if t == nil || j < len(toks) && toks[j].cap && toks[j].word || at >= 0 && j <= refs[at].j {
				continue
			}
			lower := true
			for k := i + 1; k < j; k++ {
				lower = lower && toks[k].word && !toks[k].cap
			}
			if lower {
				if at >= 0 {
					refs = slices.Delete(refs, at, at+1)
				}
				key := joinKeys(toks, i+1, j)
				refs = append(refs, ref{kind: kTitle, i: b, j: j, title: &titleInfo{key: key, canon: t.Title, country: c.Code}, poss: toks[j-1].poss})
			}
			break
		}
	}
	return d.ofCountryTitles(toks, refs)
}

// clauseOpening reports whether the word at i opens its clause: the first
// word of the sentence or of its turn label ("Q:", "Kyodo:"), after a time
// adverb that opens it ("Yesterday Iranian ..."), or after the comma of an
// opening phrase that names nobody ("On May 10, Indonesian ...").
func (d *docState) clauseOpening(toks []token, refs []ref, i int) bool {
	if i == firstWord(toks) {
		return true
	}
	p := toks[i-1]
	if p.text == ":" {
		return true
	}
	if timeOpeners[p.lower] && (i-1 == firstWord(toks) || toks[i-2].text == ":") {
		return true
	}
	if p.text != "," {
		return false
	}
	for _, r := range refs {
		if r.i < i && (r.kind == kName || r.kind == kTitle) {
			return false
		}
	}
	for _, t := range toks[:i-1] {
		if t.word && (speechVerbs[t.lower] || t.lower == "and") {
			return false // "Pompeo said, ...", a list: not an opening phrase
		}
	}
	return true
}

// timeOpeners are the adverbs of time a reporter's question may open with,
// before its subject and without a comma: "Yesterday Iranian foreign
// minister said".
var timeOpeners = set(`yesterday today recently earlier meanwhile also first second`)

// ofCountryTitles finds offices written in lower case before "of" and a
// country: "the foreign minister of Japan", "the president of Cuba". Each
// is a title reference to the holder on the date (rule 5). Not "the
// spokesperson of China's Commerce Ministry", whose country only qualifies
// a body.
func (d *docState) ofCountryTitles(toks []token, refs []ref) []ref {
	for i := 0; i+3 < len(toks); i++ {
		if toks[i].lower != "the" || toks[i+1].cap || !toks[i+1].word {
			continue
		}
		of := i + 1
		for of < len(toks) && of <= i+4 && toks[of].word && !toks[of].cap && toks[of].lower != "of" {
			of++
		}
		if of >= len(toks)-1 || toks[of].lower != "of" || toks[of-1].poss {
			continue
		}
		t := d.g.Title(joinKeys(toks, i+1, of))
		if t == nil {
			continue
		}
		k := of + 1
		if toks[k].lower == "the" {
			k++
		}
		c, e := d.countrySpan(toks, k, 3, allWordsCapital)
		if c == nil || c.Code == "" || toks[e-1].poss || e < len(toks) && toks[e].word && toks[e].cap {
			continue
		}
		if slices.ContainsFunc(refs, func(r ref) bool { return r.i < e && i < r.j }) {
			continue
		}
		key := joinKeys(toks, i+1, of)
		refs = append(refs, ref{kind: kTitle, i: i, j: e, title: &titleInfo{key: key, canon: t.Title, country: c.Code}, poss: toks[e-1].poss})
	}
	return refs
}

// lowerPresident adds a reference for "the president" and "the vice
// president" written in lower case, as some transcripts write every
// office ("MS. BRAINARD: ... the president believes that corporate
// landlords should ...", "The president has put forward plans"): the
// same bare title as "the President", the holder on the date in the
// country the text means (rule 5). Not before "of" ("the president of the
// association", ofCountryTitles has a country's), "-elect", or a name
// ("the president Joe Biden" is the name's), nor the other principal's
// at a podium ("as the president said" beside President von der Leyen,
// podiumTitles), and only after "the"; and
// only in a document that writes the office so as a rule (lowerOffices):
// elsewhere a lower-case "the president" is as often another country's
// ("the speaker, who said the president intends to step down", "we never
// take the Chinese at their word ... verifying what the president says").
func (d *docState) lowerPresident(toks []token, refs []ref) []ref {
	if !d.lowerOffice {
		return refs
	}
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].lower != "the" {
			continue
		}
		j := i + 1
		if toks[j].lower == "vice" && j+1 < len(toks) && !toks[j].cap {
			j++
		}
		if toks[j].lower != "president" && toks[j].lower != "vice-president" || toks[j].cap || toks[j].upper {
			continue
		}
		if toks[j].lower == "vice-president" && j != i+1 {
			continue
		}
		j++
		if j < len(toks) && (toks[j].lower == "of" || toks[j].word && toks[j].cap || strings.HasPrefix(toks[j].lower, "-") || toks[j].lower == "elect" || toks[j].lower == "emeritus") {
			continue
		}
		if slices.ContainsFunc(refs, func(r ref) bool { return r.i < j && i < r.j }) {
			continue
		}
		key := joinKeys(toks, i+1, j)
		t := d.g.Title(key)
		if t == nil {
			continue
		}
		refs = append(refs, ref{kind: kTitle, i: i, j: j, title: &titleInfo{key: key, canon: t.Title, at: i + 1}, poss: toks[j-1].poss})
	}
	return refs
}

// leaderTitles adds a reference for "the US leader", "Japanese leader":
// a country's leader, where it names the one head of state or government
// the gazetteer knows for that country on the date (rule 5). Where a
// country has both a president and a prime minister on record ("the French
// leader"), it names nobody.
func (d *docState) leaderTitles(toks []token, refs []ref) []ref {
	for i := 0; i+1 < len(toks); i++ {
		if toks[i+1].lower != "leader" || !toks[i].cap || !toks[i].word || toks[i].poss || i+2 < len(toks) && toks[i+2].cap && toks[i+2].word {
			continue // "DPRK leader Kim Jong Un": the name says who
		}
		if slices.ContainsFunc(refs, func(r ref) bool { return r.i <= i+1 && i < r.j }) || d.date.IsZero() {
			continue
		}
		c := d.countryOf(toks[i])
		if c == nil || c.Code == "" {
			continue
		}
		canon := d.leaderOffice(c.Code)
		if canon == "" {
			continue
		}
		b := i
		if b > 0 && toks[b-1].lower == "the" {
			b--
		}
		refs = append(refs, ref{kind: kTitle, i: b, j: i + 2, title: &titleInfo{key: "leader", canon: canon, country: c.Code}, poss: toks[i+1].poss})
	}
	return refs
}

// leaderOffice returns the one office of the gazetteer's kind "leader"
// (President, Prime Minister, Premier, King, ...) that one person holds in
// the country on the document's date, or "" when there are none or more
// (China's President and Premier). The answer depends only on the country
// and the document's date, so it is kept per document: without that, every
// "<Country> leader" in the corpus scanned the whole gazetteer.
func (d *docState) leaderOffice(code string) string {
	if t, ok := d.leaderOffices[code]; ok {
		return t
	}
	t := d.findLeaderOffice(code)
	if d.leaderOffices == nil {
		d.leaderOffices = map[string]string{}
	}
	d.leaderOffices[code] = t
	return t
}

// findLeaderOffice is leaderOffice without the memo.
func (d *docState) findLeaderOffice(code string) string {
	leader := map[string]bool{}
	for _, t := range d.g.Titles {
		if t.Kind == "leader" {
			leader[t.Title] = true
		}
	}
	holders := map[string]int{}
	for _, p := range d.g.People {
		for _, o := range p.Offices {
			if leader[o.Title] && o.Country == code && o.Covers(d.date) {
				holders[o.Title]++
			}
		}
	}
	for t, n := range holders {
		if len(holders) == 1 && n == 1 {
			return t
		}
	}
	return ""
}

// officeLists adds a reference for each country of an office written in
// the plural before a list of countries: "the foreign ministers of Russia,
// India, South Africa and Brazil" are four people, each the one who held
// that office in that country on the document's date (rules 3, 5). Each
// country's words stand for its holder, so that the list is a list of
// people like "Lavrov, Jaishankar, Pandor and Araújo": the objects of a
// joint verb, the parties of a meeting. A country whose holder the
// gazetteer does not know adds nobody.
func (d *docState) officeLists(toks []token, refs []ref) []ref {
	if d.date.IsZero() {
		return refs
	}
	taken := func(i, j int) bool {
		return slices.ContainsFunc(refs, func(r ref) bool { return r.i < j && i < r.j })
	}
	// prevEnd is one past the last country of the subject list just read,
	// prevSubject whether it was a subject: "the Presidents of Finland and
	// the United States and the Prime Ministers of Denmark, Iceland,
	// Norway, and Sweden met" coordinates two lists of one subject.
	prevEnd, prevSubject := -1, false
	for i := 0; i+2 < len(toks); i++ {
		// A capitalised office after a lower-case word only right after
		// "the": "the Presidents of Finland and the United States".
		if !toks[i].word || toks[i].cap && !toks[i].upper && i > 0 && !toks[i-1].cap && toks[i-1].lower != "the" || toks[i+1].lower != "of" || !strings.HasSuffix(toks[i].key, "s") {
			continue
		}
		// The office: its words up to the plural head, whose singular
		// closes a title ("foreign ministers": foreign minister).
		var t *gazetteer.Title
		b := max(0, i-3)
		for ; b <= i && t == nil; b++ {
			if b < i && !toks[b].word {
				continue
			}
			t = d.g.Title(strings.TrimSpace(joinKeys(toks, b, i) + " " + strings.TrimSuffix(toks[i].key, "s")))
		}
		list := i + 2 // where the countries start
		if t == nil && toks[i].lower == "heads" && i+3 < len(toks) && toks[i+2].lower == "state" && toks[i+3].lower == "of" {
			// "the heads of state of China and France": the office's
			// plural comes first.
			t, b, list = d.g.Title("head of state"), i+1, i+4
		}
		// Only as the company of a joint act: "exchanged views with",
		// "a conference among", "talks between". "A meeting of the
		// Foreign Ministers of India, Israel, ..." is an event, and
		// the ministers of another date need not be this one's.
		p := b - 2 // b is one past the title's first word
		if p >= 0 && countWords[toks[p].lower] {
			p--
		}
		if p >= 0 && toks[p].lower == "the" {
			p--
		}
		// Or as the subject that opens the sentence or its clause, or the
		// agent after "by": "The foreign ministers of Germany and Italy
		// condemned ...", "Since the outbreak, the heads of state of
		// China and France have spoken on the phone three times to express
		// mutual support", "the positive remarks made by the leaders ...",
		// as countriesOffice reads "the Chinese and US heads of state
		// agreed" (rules 3, 5). Not when they held or had an event
		// (heldEvent): narration.
		// Not an apposition to "We" ("We, the Foreign Ministers of
		// Austria, Brazil, ... condemn"): a joint statement's signatories
		// (joint.go).
		subject := p < labelEnd(toks) || p >= 0 && (toks[p].text == "," && !(p > 0 && pronounWords[toks[p-1].lower]) || toks[p].lower == "by") ||
			p >= 0 && toks[p].lower == "and" && prevSubject && (p == prevEnd || p == prevEnd+1 && toks[prevEnd].text == ",")
		if t == nil || !subject && (p < 0 || !officeListOpeners[toks[p].lower]) {
			continue
		}
		rule := ruleOfficeList
		if subject {
			rule = "title"
		}
		var found []ref
		k, ok := list, true
		for ok && k < len(toks) {
			if toks[k].lower == "the" {
				k++
			}
			c, e := d.countrySpan(toks, k, 3, codedCountry)
			if c == nil || taken(k, e) {
				break
			}
			if hs := d.g.Holders(t.Title, c.Code, d.date); len(hs) == 1 {
				found = append(found, ref{kind: kName, i: k, j: e, p: d.register(hs[0], nil, nil), rule: rule, detail: "the " + t.Title + " of " + c.Name + " on the date"})
			}
			k = e
			switch {
			case k+1 < len(toks) && toks[k].lower == "," && toks[k+1].lower == "and":
				k += 2
			case k < len(toks) && (toks[k].lower == "," || toks[k].lower == "and"):
				k++
			default:
				ok = false
			}
		}
		if len(found) >= 1 && subject && p >= 0 && toks[p].lower == "and" && !heldEvent(toks, k) {
			// The second list of one subject: one country is enough
			// ("and the Prime Minister of ..." is singular, read as a
			// title elsewhere; "and the Prime Ministers of A and B").
			found[0].i = b - 1
			refs = slices.DeleteFunc(refs, func(r ref) bool { return r.i < found[0].j && found[0].i < r.j })
			refs = append(refs, found...)
			prevEnd, prevSubject = found[len(found)-1].j, true
		} else if len(found) >= 2 && !(subject && heldEvent(toks, k)) {
			prevEnd, prevSubject = found[len(found)-1].j, subject
			if subject {
				// The office's words belong to the first country's
				// reference, so that the list reads as the subject's
				// names, "Maas and Di Maio condemned", and no title of
				// their own.
				found[0].i = b - 1
				refs = slices.DeleteFunc(refs, func(r ref) bool { return r.i < found[0].j && found[0].i < r.j })
			}
			refs = append(refs, found...)
		}
		i = max(i, k-1)
	}
	return refs
}

// countWords may stand between "the" and an office in the plural: "the two
// heads of state of China and the United States".
var countWords = set(`two three both`)

// countriesOffice adds a reference for each country of a list written
// before an office in the plural: "the Chinese and US heads of state
// agreed", "British and Canadian foreign ministers released statements",
// "the French, German and UK Foreign Ministers said" are the people who
// held that office in those countries on the document's date (rules 3, 5).
// Each country's words stand for its holder, so that the list reads as a
// list of people, subject or object. Only when the gazetteer knows the
// one holder of every country listed: a list it half knows adds nobody.
func (d *docState) countriesOffice(toks []token, refs []ref) []ref {
	if d.date.IsZero() {
		return refs
	}
	for i := 0; i < len(toks); i++ {
		// A list begins after no capitalised word (but "The") and after
		// no comma or "and" of a country before it: not inside a longer
		// list ("Russia, China and US") whose first country failed.
		if !toks[i].word || !toks[i].cap || i > 0 && toks[i-1].cap && toks[i-1].word && toks[i-1].lower != "the" {
			continue
		}
		if i > 1 && (toks[i-1].lower == "," || toks[i-1].lower == "and") && toks[i-2].cap && d.countryOf(toks[i-2]) != nil {
			continue
		}
		type span struct {
			i, j int
			c    *gazetteer.Country
		}
		var cs []span
		k := i
		for k < len(toks) {
			c, e := d.countrySpan(toks, k, 3, codedCountry)
			if c == nil || slices.ContainsFunc(cs, func(s span) bool { return s.c.Code == c.Code }) {
				break
			}
			cs = append(cs, span{k, e, c})
			k = e
			if k+1 < len(toks) && toks[k].lower == "," && toks[k+1].lower == "and" {
				k += 2
			} else if k < len(toks) && (toks[k].lower == "," || toks[k].lower == "and") {
				k++
			} else {
				break
			}
		}
		if len(cs) < 2 || k != cs[len(cs)-1].j || k >= len(toks) {
			i = max(i, k-1)
			continue
		}
		// A list in one case, and no comma or "and" left dangling: "UK
		// Foreign Ministers", not "Canada and ... ".
		t, e := d.pluralOffice(toks, k)
		if t == nil {
			i = max(i, k-1)
			continue
		}
		// After a preposition the holders are a party ("a call between
		// the Chinese and US heads of state said"), never the subject of
		// the sentence's verb, as in officeLists; "by" names the agent
		// ("As agreed by the Chinese and Indian foreign ministers").
		rule := "title"
		b := i - 1
		if b >= 0 && toks[b].lower == "the" {
			b--
		}
		if b >= 0 && prepositions[toks[b].lower] && toks[b].lower != "by" {
			rule = ruleOfficeList
		}
		if heldEvent(toks, e) {
			i = max(i, e-1)
			continue
		}
		var found []ref
		for _, s := range cs {
			h := d.holdersOfKind(t, s.c.Code)
			if len(h) != 1 {
				found = nil
				break
			}
			found = append(found, ref{kind: kName, i: s.i, j: s.j, p: d.register(h[0], nil, nil), rule: rule, detail: "the " + t.Title + " of " + s.c.Name + " on the date"})
		}
		if len(found) >= 2 {
			// The office's words belong to the last country's reference,
			// so that nothing reads them as a title of their own.
			found[len(found)-1].j = e
			refs = slices.DeleteFunc(refs, func(r ref) bool { return r.i < e && i < r.j })
			refs = append(refs, found...)
		}
		i = max(i, e-1)
	}
	return refs
}

// heldEvent reports whether the verb at toks[k] tells that the group held
// or had an event ("the Chinese and French heads of state have had three
// telephone conversations", "had a phone conversation"): narration (rule
// 2), which the talk verbs would read as the group's joint speech, and
// whose parties a later "They" would wrongly take back.
func heldEvent(toks []token, k int) bool {
	for k < len(toks) && (toks[k].lower == "have" || toks[k].lower == "has" || toks[k].lower == "also" || toks[k].lower == "already") {
		k++
	}
	return k < len(toks) && (toks[k].lower == "had" || toks[k].lower == "held")
}

// pluralOffice reads an office in the plural at toks[k] ("heads of state",
// "foreign ministers", "Prime Ministers"), not followed by "of" (whose
// countries come after it: officeLists), and returns its title and end.
func (d *docState) pluralOffice(toks []token, k int) (*gazetteer.Title, int) {
	if k+2 < len(toks) && toks[k].lower == "heads" && toks[k+1].lower == "of" && toks[k+2].lower == "state" {
		if k+3 < len(toks) && toks[k+3].lower == "of" {
			return nil, k
		}
		return d.g.Title("head of state"), k + 3
	}
	for h := k; h < len(toks) && h <= k+2 && toks[h].word; h++ {
		if !strings.HasSuffix(toks[h].key, "s") {
			continue
		}
		if h+1 < len(toks) && toks[h+1].lower == "of" {
			return nil, k
		}
		key := strings.TrimSpace(joinKeys(toks, k, h) + " " + strings.TrimSuffix(toks[h].key, "s"))
		if t := d.g.Title(key); t != nil && listedOffices[key] {
			return t, h + 1
		}
		return nil, k
	}
	return nil, k
}

// listedOffices are the offices countriesOffice reads: one holder a
// country, whom the gazetteer dates. Not "leaders" (a President and a
// Premier), nor "ministers" (many).
var listedOffices = map[string]bool{"president": true, "prime minister": true, "foreign minister": true, "defense minister": true, "defence minister": true, "foreign secretary": true}

// holdersOfKind returns who held the office t in the country code on the
// document's date; for an office of a kind other than a leader's, a holder
// of another title of that kind too ("foreign ministers" of the UK: its
// Foreign Secretary).
func (d *docState) holdersOfKind(t *gazetteer.Title, code string) []*gazetteer.Person {
	if hs := d.g.Holders(t.Title, code, d.date); len(hs) > 0 || t.Kind == "" || t.Kind == "leader" {
		return hs
	}
	var out []*gazetteer.Person
	for _, o := range d.g.Titles {
		if o.Kind == t.Kind && o.Title != t.Title {
			out = append(out, d.g.Holders(o.Title, code, d.date)...)
		}
	}
	return out
}

// ruleOfficeList marks the references officeLists adds: a country's word
// standing for its holder is a party, never the subject of a speech verb
// ("... between the foreign ministers of China and the ROK, China said"
// is the country).
const ruleOfficeList = "office list"

// officeListOpeners come before an office in the plural whose countries
// officeLists reads as people.
var officeListOpeners = set(`with among between`)

func wordsIfLocal(p *person, seg []token) []token {
	if p.gz != nil {
		return nil
	}
	return seg
}

func gazKeyIsMisspelling(ms []string, key string) bool {
	for _, m := range ms {
		if strings.EqualFold(strings.Join(strings.Fields(m), " "), key) || gazetteer.Key(m) == key {
			return true
		}
	}
	return false
}

// anyoneTitled reports whether a cast member carries the title key, so that
// an unknown title ("the Acting Assistant Secretary") can still refer back.
func (d *docState) anyoneTitled(key string) bool {
	for _, p := range d.people {
		if slices.Contains(p.titles, key) {
			return true
		}
	}
	return false
}

// titleBefore reads the title words of a run before position k: "US
// Secretary of State" gives {key "secretary of state", canon "Secretary of
// State", country "US"}. It returns nil when there are no title words.
func (d *docState) titleBefore(toks []token, i, k int) *titleInfo {
	start := -1
	country := ""
	for x := i; x < k; x++ {
		if start < 0 {
			if c := d.countryOf(toks[x]); c != nil {
				country = c.Code
				continue
			}
			// "the El Salvador President", "Sri Lanka Foreign Minister":
			// a country of two words.
			if x > i && countryWords[toks[x].lower] {
				if c := d.g.Country(toks[x-1].text + " " + toks[x].text); c != nil {
					country = c.Code
					continue
				}
			}
			// "Under-Secretary-General Atul Khare": a compound of title
			// words is a title word.
			if titleWords[toks[x].lower] || hyphenTitle(toks[x].lower) || pluralTitleAt(toks, x) || memberTitleAt(toks, x) {
				start = x
			}
		}
	}
	if start < 0 {
		return nil
	}
	// "US Treasury Secretary Mnuchin", "Attorney General Barr", "Education
	// Secretary Cardona": the words of the department come before the first
	// title word. They belong to the title when, with it, they make one the
	// gazetteer knows; otherwise "Secretary" alone would be read as the
	// Secretary of State.
	// So do the words of a body that make an office the gazetteer knows
	// into another it knows ("World Bank President": President of the
	// World Bank, not the country's President), a few at most; not words
	// that make an office of a word that is none ("the country’s Supreme
	// Leader" is not the DPRK's), nor a possessive ("His Majesty").
	known, s0 := false, start
	for e := k; e > start && !known; e-- {
		known = d.g.Title(joinKeys(toks, start, e)) != nil
	}
	for b := start - 1; b >= i && toks[b].cap && toks[b].word && !titleWords[toks[b].lower] && d.countryOf(toks[b]) == nil &&
		(descriptorWords[toks[b].lower] || commonWords[toks[b].lower] ||
			known && b >= s0-3 && !possessivePronouns[toks[b].lower] && !honorifics[strings.TrimSuffix(toks[b].lower, ".")]); b-- {
		for e := k; e > start; e-- {
			if d.g.Title(joinKeys(toks, b, e)) != nil {
				start = b
				break
			}
		}
	}
	// "Senior Advisor to the President Cedric Richmond" advises the
	// President: the title is the whole "senior advisor to the president".
	for b := start; ; {
		switch {
		case b >= 2 && toks[b-1].lower == "the" && toks[b-2].lower == "to":
			b -= 2
		case b >= 1 && toks[b-1].lower == "to":
			b--
		}
		if b == start || b < 1 || !titleWords[toks[b-1].lower] && !adviserHeads[toks[b-1].lower] {
			break
		}
		for start = b - 1; start > 0 && titleWords[toks[start-1].lower]; start-- {
		}
		b = start
	}
	// "the late former Secretary-General Kofi Annan" held the office once:
	// the modifiers belong to the title, so it is not the current one.
	for start > 0 && pastModifiers[toks[start-1].lower] {
		start--
	}
	end := k
	for end > start && (connectors[toks[end-1].lower] || headWords[toks[end-1].lower]) {
		end--
	}
	// "Prime Minister Tun Dr. Mahathir": honorifics after an office are
	// not part of it ("His Excellency Mr." alone stays the title).
	e := end
	for e > start && honorifics[toks[e-1].lower] {
		e--
	}
	if e > start && e < end && !honorifics[toks[e-1].lower] && titleWords[toks[e-1].lower] {
		end = e
	}
	if end <= start {
		return nil
	}
	ti := &titleInfo{key: joinKeys(toks, start, end), country: country, at: start}
	// The longest known title that ends the stretch and has no rank modifier
	// before it: "Acting Assistant Secretary" is not "Secretary". Nor is it
	// the office of another body: the "National Security Council Deputy
	// Secretary" of Moscow is not the Deputy Secretary of State.
	for x := start; x < end; x++ {
		if t := d.g.Title(joinKeys(toks, x, end)); t != nil {
			// "His Majesty the King", "His Majesty The Sultan": the
			// style and the office are one.
			styled := x >= 2 && toks[x-1].lower == "the" && toks[x-2].lower == "majesty"
			if x > start && !styled && (modifiers[toks[x-1].lower] || toks[x-1].lower == "the" || toks[x-1].lower == "to" ||
				slices.ContainsFunc(toks[start:x], func(t token) bool { return bodyNouns[t.lower] })) {
				break
			}
			ti.canon = t.Title
			break
		}
	}
	// "His Majesty" alone is the King, "Her Majesty" the Queen: the
	// gazetteer's aliases, whose possessive the run leaves out.
	if ti.canon == "" && end == start+1 && start > 0 && toks[start].lower == "majesty" && possessivePronouns[toks[start-1].lower] {
		if t := d.g.Title(joinKeys(toks, start-1, end)); t != nil {
			ti.canon = t.Title
		}
	}
	// "Presidents Biden and Erdogan", "Secretaries Walsh and Buttigieg": an
	// office in the plural before a list of names is each one's title in
	// the singular.
	if ti.canon == "" && end-start <= 3 && k < len(toks) && toks[k].word && toks[k].cap {
		if one := singularTitle(toks[end-1].lower); one != "" {
			key := strings.TrimSpace(joinKeys(toks, start, end-1) + " " + one)
			if t := d.g.Title(key); t != nil {
				ti.key, ti.canon = key, t.Title
			}
		}
	}
	// A country inside the title: "Minister of Foreign Affairs of Qatar",
	// "the President of South Africa" (two words).
	if ti.country == "" {
		for x := start; x < end; x++ {
			if c := d.countryOf(toks[x]); c != nil && c.Code != "" && !titleWords[toks[x].lower] {
				ti.country = c.Code
			} else if x > start && toks[x-1].lower == "of" && x+1 < end && toks[x].cap && toks[x+1].cap {
				if c := d.g.Country(toks[x].text + " " + toks[x+1].text); c != nil && c.Code != "" {
					ti.country = c.Code
					x++
				}
			}
		}
	}
	// "Director of the US National Intelligence": the country named inside
	// an office says whose it is; without it (and its article) the office
	// may be one the gazetteer knows.
	if ti.canon == "" && ti.country != "" {
		var rest []token
		for x := start; x < end; x++ {
			country := d.countryOf(toks[x]) != nil && !titleWords[toks[x].lower]
			if country && len(rest) > 0 && rest[len(rest)-1].lower == "the" {
				rest = rest[:len(rest)-1]
			}
			if !country {
				rest = append(rest, toks[x])
			}
		}
		if len(rest) < end-start {
			if t := d.g.Title(joinKeys(rest, 0, len(rest))); t != nil {
				ti.canon = t.Title
			}
		}
	}
	// "the President of the French Republic": an office, then "of" and the
	// state it is held in.
	if ti.canon == "" && ti.country != "" {
		for o := start + 1; o < end; o++ {
			if toks[o].lower == "of" {
				if t := d.g.Title(joinKeys(toks, start, o)); t != nil {
					ti.canon = t.Title
				}
				break
			}
		}
	}
	return ti
}

// memberTitleAt reports whether toks[x] is the body of a membership that
// titles the name after it: "Assembly Member Jessica González-Rojas",
// "Council Member Jane Doe", "Board Member". "Member" alone is a common
// word ("Member States"); after the body's capitalised name it ends the
// office, and the name follows.
func memberTitleAt(toks []token, x int) bool {
	if x+2 >= len(toks) || !toks[x].cap || !memberBodies[toks[x].lower] || toks[x+1].lower != "member" || !toks[x+1].cap {
		return false
	}
	n := toks[x+2]
	return n.word && n.cap && !isVocab(n) && plausibleWord(n)
}

// memberBodies are bodies whose members' office is "<Body> Member".
var memberBodies = set(`assembly council committee board parliament congress commission`)

// pluralTitleAt reports whether toks[x] is an office in the plural that
// titleWords does not hold, right before a given name and a surname: "Deputy
// Directors Gregory Jackson and Rob Wilcox", "County Commissioners Ted
// Terry and ...": each name's title, not a word of the first name.
func pluralTitleAt(toks []token, x int) bool {
	t := toks[x]
	if !t.word || !t.cap || titleWords[t.lower] || t.poss || !pluralOffices[t.lower] || x+2 >= len(toks) {
		return false
	}
	// A given name and a surname follow: not "Senators Warnock and
	// Ossoff", whose surnames alone the plural office shares.
	for _, n := range toks[x+1 : x+3] {
		if !n.word || !n.cap || isVocab(n) || !plausibleWord(n) {
			return false
		}
	}
	return true
}

// pluralOffices are offices in the plural that title the names after them;
// not "States" ("United States Holocaust Memorial Museum") nor words that
// address or group people ("Distinguished Delegates", "Leaders Pledge").
var pluralOffices = set(`directors advisors advisers ambassadors senators representatives commissioners administrators
coordinators envoys chairs co-chairs chairpersons chairmen chairwomen officers councilors councillors counselors
counsellors governors mayors judges justices generals admirals deputies chiefs congressmen congresswomen`)

// singularTitle returns the singular of a title word in the plural
// ("presidents": president, "secretaries": secretary), or "".
func singularTitle(w string) string {
	one := ""
	switch {
	case strings.HasSuffix(w, "ies"):
		one = strings.TrimSuffix(w, "ies") + "y"
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		one = strings.TrimSuffix(w, "s")
	}
	if one == "" || !titleWords[one] {
		return ""
	}
	return one
}

// bodyNouns name an office that "of" and its holder's title complete.
var bodyNouns = set(`office bureau department ministry embassy mission secretariat agency council commission committee`)

// resolveSegment finds the person a run of name words stands for: a
// gazetteer name, someone the document names, or — alone, when unambiguous —
// a gazetteer surname or given name ("Blinken", "Jinping", "Yi").
func (d *docState) resolveSegment(seg []token, titled bool, ti ...*titleInfo) (*person, string, string) {
	key := joinKeys(seg, 0, len(seg))
	if key == "" {
		return nil, "", ""
	}
	if gz := d.g.PersonByKey(key); gz != nil {
		return d.register(gz, nil, nil), "", ""
	}
	// "President William S. Ruto": a middle initial the gazetteer's
	// name does not write.
	if len(seg) >= 3 {
		var plain []token
		for x, t := range seg {
			if x == 0 || x == len(seg)-1 || !initial(t) {
				plain = append(plain, t)
			}
		}
		if len(plain) < len(seg) {
			if gz := d.g.PersonByKey(joinKeys(plain, 0, len(plain))); gz != nil {
				return d.register(gz, nil, nil), "", ""
			}
		}
	}
	keys := strings.Fields(key)
	if len(keys) == 1 && pronounWords[keys[0]] {
		// "He noted": a pronoun, even when a name holds the word (Liu He).
		return nil, "", ""
	}
	last := seg[len(seg)-1]
	if last.poss && strings.HasSuffix(keys[len(keys)-1], "s") {
		alt := append(append([]string(nil), keys[:len(keys)-1]...), strings.TrimSuffix(keys[len(keys)-1], "s"))
		if gz := d.g.PersonByKey(strings.Join(alt, " ")); gz != nil {
			return d.register(gz, nil, nil), "misspelling", ""
		}
	}
	// Someone the document names.
	var cands []*person
	for _, p := range d.people {
		if containsAll(p.tokens, keys) {
			cands = append(cands, p)
		}
	}
	if len(cands) > 1 {
		var parts, titledAlike []*person
		for _, p := range cands {
			if slices.Contains(d.participants, p) {
				parts = append(parts, p)
			}
			// "Special Representative Kim" after "Special Representative
			// for the DPRK Sung Kim": the one the document gave that title.
			if len(ti) > 0 && ti[0] != nil && ti[0].key != "" && slices.ContainsFunc(p.titles, func(k string) bool {
				return k == ti[0].key || strings.HasPrefix(k, ti[0].key+" ")
			}) {
				titledAlike = append(titledAlike, p)
			}
		}
		var written []*person
		for _, p := range cands {
			if len(strings.Fields(p.name)) > 1 && d.writes(p.name) {
				written = append(written, p)
			}
		}
		switch {
		case oneOf(cands) != nil:
			cands = []*person{oneOf(cands)}
		case len(titledAlike) == 1:
			cands = titledAlike
		case len(parts) == 1:
			cands = parts
		case len(written) == 1:
			// The one the body names in full: "Wendy Sherman", not the
			// "Sherman Briefs" of a headline.
			cands = written
		default:
			// Several people of the document share the word: never guess
			// a third from the gazetteer.
			return nil, "", ""
		}
	}
	if len(cands) == 1 {
		if gz := d.titleHolderNamed(cands[0], keys, ti...); gz != nil {
			return d.register(gz, nil, nil), "surname", "the " + ti[0].canon + " on the date"
		}
		if gz := d.titledNamesake(cands[0], keys, ti...); gz != nil {
			return d.register(gz, nil, nil), "surname", "the " + titleHead(ti[0].key) + " of that name on the date"
		}
		return cands[0], "", ""
	}
	// A hyphenated surname ("Noel-Baker") is one word of several keys:
	// the gazetteer person whose name holds them all, when only one does.
	if len(seg) == 1 && len(keys) > 1 {
		// The particle of "al-Sisi" is no clue: look people up by the
		// other keys.
		main := slices.DeleteFunc(slices.Clone(keys), func(k string) bool { return nameParticles[k] || connectors[k] })
		if len(main) == 0 {
			return nil, "", ""
		}
		var hold []*gazetteer.Person
		for _, p := range d.contemporaries(d.g.ByToken(main[0])) {
			ok := true
			for _, k := range main[1:] {
				ok = ok && slices.Contains(d.g.ByToken(k), p)
			}
			if ok {
				hold = append(hold, p)
			}
		}
		if len(hold) == 1 {
			return d.register(hold[0], nil, nil), "surname", ""
		}
		return nil, "", ""
	}
	// "Secretary of Veterans Affairs Dennis McDonough": the holder of the
	// title on the date, whose surname it is, with the given name a letter
	// off.
	if titled && len(keys) == 2 && len(ti) > 0 && ti[0] != nil && ti[0].canon != "" && !d.date.IsZero() {
		for _, p := range d.g.ByToken(keys[1]) {
			name := p.NameWords()
			if len(name) >= 2 && name[len(name)-1] == keys[1] && oneEdit(name[0], keys[0]) && d.holds(p, ti[0].canon, ti[0].country) {
				return d.register(p, nil, nil), "misspelling", "the " + ti[0].canon + " on the date"
			}
		}
	}
	// The gazetteer by one word, only when it points to one person (in
	// office on the date when several share it).
	if len(keys) != 1 || notNames[keys[0]] || !titled && (riskyBare[keys[0]] || notAName(seg[0])) {
		return nil, "", ""
	}
	ps := slices.DeleteFunc(d.contemporaries(d.g.ByToken(keys[0])), func(p *gazetteer.Person) bool {
		return givenNameAlone(p, keys[0]) || nicknameAlone(p, keys[0]) || middleNameAlone(p, keys[0])
	})
	// "Ken Graham, the director of the National Weather Service ...
	// Director Graham": where the document writes the word after a given
	// name that is none of the gazetteer person's, the office's bearer of
	// the name is someone else, unless it is an office of theirs (not
	// First Lady Martine Moise's "President Moise").
	if len(ti) > 0 && ti[0] != nil && ti[0].key != "" && !honorifics[strings.TrimSuffix(ti[0].key, ".")] {
		ps = slices.DeleteFunc(ps, func(p *gazetteer.Person) bool {
			if ti[0].canon != "" && d.holds(p, ti[0].canon, ti[0].country) || d.heldOffice(p, ti[0]) {
				return false
			}
			return d.namesAnother(keys[0], p)
		})
	}
	if !titled {
		// "Dan, thank you" in 2022 is no Nicușor Dan, President of Romania
		// from 2025: a word that is another gazetteer person's given name
		// (Dan Coats), alone, names no one whose surname it is before
		// their first office.
		ps = slices.DeleteFunc(ps, func(p *gazetteer.Person) bool {
			return d.notYetInOffice(p) && d.givenNameOfAnother(keys[0], p)
		})
	}
	if len(ti) > 0 && ti[0] != nil && ti[0].key != "" && !honorifics[strings.TrimSuffix(ti[0].key, ".")] && !d.date.IsZero() {
		// "Special Representative Liu": a gazetteer Liu only if they held
		// that office then, or the body names them in full, or the title
		// is of the kind of office the gazetteer gives them; otherwise an
		// official the gazetteer does not know (not Vice Premier Liu He).
		ps = slices.DeleteFunc(slices.Clone(ps), func(p *gazetteer.Person) bool {
			if ti[0].canon != "" && d.holds(p, ti[0].canon, ti[0].country) {
				return false
			}
			return !d.writes(p.Name) && !d.officeFits(p, ti[0])
		})
	}
	if len(ps) > 1 && d.date.IsZero() && !d.from.IsZero() {
		// A year-only date: "Mr. Austin" in 1946 is whoever held office
		// that year (Warren Austin, not Lloyd Austin).
		var in []*gazetteer.Person
		for _, p := range ps {
			if p.Overlaps(d.from, d.to) {
				in = append(in, p)
			}
		}
		if len(in) == 1 {
			return d.register(in[0], nil, nil), "surname", "the only " + seg[0].text + " in office in " + d.doc.Date.String()
		}
		return nil, "", ""
	}
	if len(ps) > 1 && !d.date.IsZero() {
		var in []*gazetteer.Person
		for _, p := range ps {
			if p.InOffice(d.date) {
				in = append(in, p)
			}
		}
		if len(in) > 1 && len(ti) > 0 && ti[0] != nil && ti[0].canon != "" {
			// "Foreign Minister Wang": the Wang who held that office.
			var holders []*gazetteer.Person
			for _, p := range in {
				if d.holds(p, ti[0].canon, ti[0].country) {
					holders = append(holders, p)
				}
			}
			in = holders
		}
		if len(in) == 1 {
			return d.register(in[0], nil, nil), "surname", "the only " + seg[0].text + " in office"
		}
		return nil, "", ""
	}
	if len(ps) == 1 {
		return d.register(ps[0], nil, nil), "surname", ""
	}
	return nil, "", ""
}

// officeSurname reports whether seg, one word at toks[k], is a surname an
// office title stands before ("Senator Graham said", "FBI Director Wray",
// "Special Envoy Lenderking"): a person's name as surely as the honorific
// of "Mr. Kikukawa", so the fullest form the document gives (rule 11).
// Not after an honorific alone ("Mr. Hood" stays a bare word), nor a word
// the gazetteer knows as a name part of someone else, nor one the document
// writes in capitals.
func (d *docState) officeSurname(toks []token, k int, seg []token) bool {
	if len(seg) != 1 || k == 0 || seg[0].upper || toks[k-1].upper || !toks[k-1].cap {
		return false
	}
	return officeHeads[toks[k-1].lower] && d.onlyGivenName(seg[0].key)
}

// onlyGivenName reports whether the gazetteer knows the word key, if at
// all, only as the given name that opens someone's name: "Minister Ryan"
// is no Ryan Zinke, whom an office title before his given name never
// means, so the word after the title is still a surname (rule 11). Not a
// word of a name whose family name comes first ("Xi" of Xi Jinping), nor
// the given name of someone in office on the document's date, whom the
// title may name by it ("Prime Minister Abiy").
func (d *docState) onlyGivenName(key string) bool {
	for _, q := range d.g.ByToken(key) {
		if familyNameFirst[q.Country] || d.date.IsZero() || q.InOffice(d.date) {
			// "Prime Minister Abiy" is Abiy Ahmed, in office then.
			return false
		}
		for _, ws := range q.NamesWords() {
			if len(ws) < 2 || slices.Index(ws, key) > 0 {
				return false
			}
		}
	}
	return true
}

// officeHeads end the title of one person's office: "National" or
// "Foreign" before a capitalised word is a body's name ("National
// Institutes", "Foreign Journalist:"), not a title before a surname.
var officeHeads = set(`ambassador senator governor mayor minister secretary president director chairman chairwoman chairperson
envoy general admiral colonel commissioner administrator congressman congresswoman representative premier chancellor king queen
prince princess emir amir sultan pope cardinal judge coordinator spokesperson spokesman spokeswoman advisor adviser leader
speaker commander sheikh lieutenant assemblymember councilmember secretary-general director-general`)

// oneOf returns the gazetteer person among cands when the others are only
// shorter or longer forms of their name the document writes apart:
// "DEPUTY PRIME MINISTER AL-THANI" after "Al-Thani" and Mohammed bin
// Abdulrahman Al Thani, "Bonnie Denise Jenkins" beside Bonnie Jenkins.
func oneOf(cands []*person) *person {
	var gz *person
	for _, p := range cands {
		if p.gz != nil {
			if gz != nil {
				return nil
			}
			gz = p
		}
	}
	if gz == nil {
		return nil
	}
	g := gz.gz.NameWords()
	for _, p := range cands {
		if k := nameKeys(p); p != gz && !shorterForm(k, g) && !shorterForm(g, k) {
			return nil
		}
	}
	return gz
}

// shorterForm reports whether the name a is the name b with words left
// out, in order and with the same last word: "al thani" of "mohammed bin
// abdulrahman al thani", not "khalifa bin salman al khalifa" of "salman
// bin hamad al khalifa".
func shorterForm(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 || a[len(a)-1] != b[len(b)-1] {
		return false
	}
	i := 0
	for _, w := range b {
		if i < len(a) && a[i] == w {
			i++
		}
	}
	return i == len(a)
}

// nameKeys is the keys of the words of p's name.
func nameKeys(p *person) []string {
	return strings.Fields(gazetteer.Key(p.name))
}

// titleHolderNamed returns the gazetteer person who held the title ti on
// the document's date and bears the one word keys, when p is only that word
// as the document writes it: "King Abdullah" is Abdullah II, King of Jordan
// on the date, though the text never writes his regnal number (rules 5, 11).
func (d *docState) titleHolderNamed(p *person, keys []string, ti ...*titleInfo) *gazetteer.Person {
	if p.gz != nil || p.shown() || len(keys) != 1 || len(ti) == 0 || ti[0] == nil || ti[0].canon == "" || d.date.IsZero() {
		return nil
	}
	var found *gazetteer.Person
	for _, g := range d.g.ByToken(keys[0]) {
		if !d.holds(g, ti[0].canon, ti[0].country) {
			continue
		}
		if found != nil {
			return nil
		}
		found = g
	}
	return found
}

// titledNamesake is who a title before a bare surname names when the one
// person of that surname the document names in full cannot hold it:
// "Ambassador Sullivan" in a briefing that also names Jake Sullivan, the
// National Security Advisor, is John Sullivan, the Ambassador to Russia
// on the date (rule 11). The document's person must be a gazetteer person
// with offices of which none was ever headed by the title's word, and
// exactly one other gazetteer person of that surname must hold, on the
// document's date, an office the word heads. Nil otherwise.
func (d *docState) titledNamesake(p *person, keys []string, ti ...*titleInfo) *gazetteer.Person {
	if p.gz == nil || len(p.gz.Offices) == 0 || len(keys) != 1 || len(ti) == 0 || ti[0] == nil || d.date.IsZero() {
		return nil
	}
	head := titleHead(ti[0].key)
	if head == "" || honorifics[strings.TrimSuffix(ti[0].key, ".")] || d.heldOffice(p.gz, ti[0]) {
		return nil
	}
	var found *gazetteer.Person
	for _, g := range d.g.ByToken(keys[0]) {
		name := g.NameWords()
		if g == p.gz || len(name) < 2 || name[len(name)-1] != keys[0] {
			continue
		}
		if !d.headsOffice(g, head, func(o gazetteer.Office) bool { return o.Covers(d.date) }) {
			continue
		}
		if found != nil {
			return nil
		}
		found = g
	}
	return found
}

// officeFits reports whether a title written before a bare surname can be
// the gazetteer person's: its head word (the last before "of", "for", "to":
// "secretary" of "treasury secretary", "envoy" of "special envoy for
// yemen") heads one of the titles of their offices, held at any time
// ("Secretary Pompeo" after he left; "Secretary Austin" of Defense, whom
// "Secretary" alone does not name), or the gazetteer lists no office of
// theirs ("Speaker Pelosi" in a State Department briefing) and they are of
// the country the title is (or, when it names none, the issuer's), so
// that nothing it says rules the title out: "Governor Baker" of a White
// House readout is not Philip Noel-Baker, a British delegate of 1946. An
// office begun after the document does not make it fit: "Foreign Minister
// Antonio" of 2022 is not Marco Antonio Rubio, Secretary of State from
// 2025.
func (d *docState) officeFits(p *gazetteer.Person, ti *titleInfo) bool {
	if titleHead(ti.key) == "" {
		return false
	}
	if d.heldOffice(p, ti) {
		return true
	}
	country := ti.country
	if country == "" {
		country = d.home
	}
	return len(p.Offices) == 0 && p.Country != "" && p.Country == country
}

// heldOffice reports whether the head word of the title ti heads the title
// of an office the gazetteer gives p, begun by the document's date.
func (d *docState) heldOffice(p *gazetteer.Person, ti *titleInfo) bool {
	head := titleHead(ti.key)
	return head != "" && d.headsOffice(p, head, func(o gazetteer.Office) bool { return o.From.IsZero() || !o.From.After(d.to) })
}

// headsOffice reports whether the word head heads the title of an office
// the gazetteer gives p for which when holds.
func (d *docState) headsOffice(p *gazetteer.Person, head string, when func(gazetteer.Office) bool) bool {
	for _, o := range p.Offices {
		if t := d.g.Title(o.Title); t != nil && when(o) && slices.ContainsFunc(t.Keys(), func(k string) bool { return titleHead(k) == head }) {
			return true
		}
	}
	return false
}

// titleHead is the head noun of a title key: its last word before "of",
// "for", "to" or "on" ("secretary" of "secretary of state", "minister" of
// "foreign minister"). "General" after a noun qualifies it, so it keeps
// the noun: "director general" is not "secretary general".
func titleHead(key string) string {
	words := strings.Fields(key)
	if at := slices.IndexFunc(words, func(w string) bool { return w == "of" || w == "for" || w == "to" || w == "on" }); at >= 0 {
		words = words[:at]
	}
	switch n := len(words); {
	case n == 0:
		return ""
	case n >= 2 && words[n-1] == "general":
		return words[n-2] + " " + words[n-1]
	default:
		return words[n-1]
	}
}

// companionNouns after "and his", "and her" beside a person are the
// people with them in the room (groupsubject.go companions).
var companionNouns = set(`team counterparts colleagues`)

// pluralGroupNouns after a capitalised first word make a group subject:
// "Administration officials", "Senior officials", "Both leaders".
var pluralGroupNouns = set(`officials leaders ministers participants delegations`)

// pronounWords are never a bare name.
var pronounWords = set(`he she it they we i you him her them us me`)

// possessivePronouns open no body's name: "His Majesty", "Our King".
var possessivePronouns = set(`his her its our their my your`)

// notAName reports whether a word standing alone, untitled, is a
// pronoun's contraction, not the word of a gazetteer name it spells once
// folded: "I’d" is not the "id" of a misspelt alias ("Sayy id Badr").
func notAName(t token) bool {
	stem, _, found := strings.Cut(strings.ReplaceAll(t.text, "’", "'"), "'")
	return found && pronounWords[strings.ToLower(stem)]
}

// acronymAt reports whether toks[k], a word in capitals between words that
// are not ("the International Seabed Authority (ISA)", "together with
// OCHA, will host"), is an acronym rather than a name: alone and untitled
// it is no gazetteer person whose name holds the word (Hamad bin Isa,
// Prayut Chan-o-cha). A name in a label or a text written in capitals
// ("FOREIGN MINISTER DI MAIO:") has capitals around it, and an alias the
// gazetteer writes whole ("AMLO") is found as a full name before this.
func acronymAt(toks []token, k int) bool {
	if !toks[k].upper || k > 0 && toks[k-1].upper {
		return false
	}
	return k+1 >= len(toks) || !toks[k+1].upper && toks[k+1].text != ":"
}

// contemporaries drops the people whose first office began more than a
// generation after the document: a bare "Barrot" in 1946 is not the French
// minister of 2024.
func (d *docState) contemporaries(ps []*gazetteer.Person) []*gazetteer.Person {
	if d.to.IsZero() {
		// A copy all the same: callers delete from what this returns, and
		// ps is the gazetteer's own slice (ByToken), shared by every
		// document. Deleting from it in place nilled its tail, and the next
		// lookup of the word panicked (a dateless "AK" did, found by
		// FuzzAttribute).
		return slices.Clone(ps)
	}
	limit := d.to.AddDate(25, 0, 0)
	return slices.DeleteFunc(slices.Clone(ps), func(p *gazetteer.Person) bool {
		first := p.FirstOffice()
		return !first.IsZero() && first.After(limit)
	})
}

// plausibleName reports whether words can be a name of someone the gazetteer
// does not know: capitalised, not a common word, a title or a country.
func plausibleName(seg []token, d *docState, label bool) bool {
	return plausibleNameAfter(seg, d, label, false)
}

// plausibleNameAfter is plausibleName for a name that may follow a title
// (titled): there a last word ending in "-ing" is still a name word when
// the name has another word before it and the document never writes it in
// lower case:
// "Special Representative for Korean Peninsula Affairs Liu Xiaoming",
// "Ambassador Hua Chunying", where nobody writes "xiaoming". Other noun
// endings stay refused: "Economic Mobility Carmel Martin" is an office's
// last word and a name, "National Response Coordination Center" a place,
// and "Director of Vote Counting Opening" has no name at all.
func plausibleNameAfter(seg []token, d *docState, label, titled bool) bool {
	// "Haitham bin Tariq Al Said": connectors do not count.
	if len(seg) == 0 || len(seg) > 6 || nameWords(seg) > 4 {
		return false
	}
	letters := 0
	for x, t := range seg {
		if !t.word || !t.cap && !connectors[t.lower] {
			return false
		}
		// A family name may end like a common noun ("Tim Lenderking",
		// "Gene Sperling", "Lotay Tshering"): after a given name, the
		// ending alone is no reason to refuse it when the document also
		// writes the word alone after a title ("Special Envoy
		// Lenderking"), as nobody writes "Ms. Opening" or "Mr. Session".
		surname := x > 0 && x == len(seg)-1 && !connectors[seg[0].lower] && plausibleWord(seg[0]) && nounEndingOnly(t) && d.titledWords[t.lower]
		surname = surname || titled && x > 0 && x == len(seg)-1 && nameWords(seg) >= 2 && nounEndingOnly(t) && strings.HasSuffix(t.lower, "ing") && !d.lower[t.lower] && !headWords[t.lower]
		if notNames[t.lower] || commonWords[t.lower] || isVocab(t) || d.countryOf(t) != nil || !plausibleWord(t) && !surname {
			return false
		}
		if x == 0 && suffixes[strings.TrimSuffix(t.lower, ".")] {
			return false // "II Dato Erywan": the numeral belongs to the title before
		}
		if t.upper && len(t.text) <= 5 && !label && !(x > 0 && x == len(seg)-1 && romanNumeral(t.text)) {
			return false // "OIC", "HHS": an acronym, outside a transcript label; not "Mohammed VI"
		}
		if x == 1 && x == len(seg)-1 && t.upper && romanNumeral(t.text) && !titled && !label {
			// One word and a numeral, with no title before them, is a
			// part of a text or a sequel ("Objective XXIV of the
			// Constitution states", "Chapter VII", "Title IX", "Phase
			// II"); a monarch's is written after the title ("King Mswati
			// III") or known to the gazetteer ("Mohammed VI").
			return false
		}
		letters += len(t.text)
	}
	// "the Head of State of Sri Lanka": a country of several words, none
	// of them a country alone, is no name.
	if len(seg) > 1 && d.g.Country(joinText(seg)) != nil {
		return false
	}
	// "His Majesty The Druk Gyalpo": an office the gazetteer knows by
	// several words is no name either.
	if len(seg) > 1 && d.g.Title(joinKeys(seg, 0, len(seg))) != nil {
		return false
	}
	// A word the document also writes in lower case is a common word:
	// "Recovery" in "the Comprehensive Recovery Framework" next to "recovery".
	if last := seg[len(seg)-1]; d.lower[last.lower] {
		return false
	}
	return letters >= 3
}

// bodyAfterThe reports whether the first word of the name segment
// toks[k:e], after a title's "of the", is the body's one-word name and the
// words after it a name of two words or more: no one's name takes "the",
// so "Knesset" in "Speaker of the Knesset Mickey Levy" is the body's.
//
// The body's word is no acronym ("the CPC Shanxi Provincial Committee"),
// the name has two or three words and ends the run: "the Eisei Bunko
// Museum Morihiro Hosokawa" or "the Commodity Futures Trading Commission"
// are bodies of several words, left as they were.
func bodyAfterThe(toks []token, i, j, k, e int, d *docState) bool {
	if k-2 < i || toks[k-1].lower != "the" || toks[k-2].lower != "of" || connectors[toks[k].lower] || toks[k].upper || e < j {
		return false
	}
	n := nameWords(toks[k+1 : e])
	return n >= 2 && n <= 3 && plausibleName(toks[k+1:e], d, false)
}

// nameWords counts the words of a name that are not connectors ("bin",
// "al", "von").
func nameWords(seg []token) int {
	n := 0
	for _, t := range seg {
		if !connectors[t.lower] {
			n++
		}
	}
	return n
}

// nameAfterBody returns where a plausible name of two or more words starts
// after the last word of a body's name in seg ("Liberation Organization
// Hussein Al-Sheikh": 2), or 0.
func nameAfterBody(seg []token, d *docState) int {
	last := -1
	for x, t := range seg {
		if !connectors[t.lower] && (commonWords[t.lower] || d.lower[t.lower] || !plausibleWord(t)) {
			last = x
		}
	}
	if last < 0 || len(seg)-last-1 < 2 || !plausibleName(seg[last+1:], d, false) {
		return 0
	}
	return last + 1
}

// plausibleWord reports whether one word can be part of a name: no digits,
// no common noun ending ("Previewing", "Transportation").
func plausibleWord(t token) bool {
	// "Treaty.President": two words run together by a missing space.
	for i := 1; i+1 < len(t.text); i++ {
		if t.text[i] == '.' && t.text[i-1] >= 'a' && t.text[i-1] <= 'z' && t.text[i+1] >= 'A' && t.text[i+1] <= 'Z' {
			return false
		}
	}
	for _, suf := range nounSuffixes {
		if len(t.lower) > len(suf)+2 && strings.HasSuffix(t.lower, suf) {
			return false
		}
	}
	for _, r := range t.text {
		if r >= '0' && r <= '9' {
			return false
		}
	}
	return true
}

// nounEndingOnly reports whether plausibleWord refuses t only for its
// common noun ending.
func nounEndingOnly(t token) bool {
	for _, r := range t.text {
		if r >= '0' && r <= '9' || r == '.' {
			return false
		}
	}
	return !plausibleWord(t)
}

// oneEdit reports whether a and b, both at least four letters, differ by
// one inserted, deleted or replaced letter ("dennis", "denis").
func oneEdit(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) < 4 || len(rb) < 4 || a == b {
		return false
	}
	if len(ra) < len(rb) {
		ra, rb = rb, ra
	}
	if len(ra)-len(rb) > 1 {
		return false
	}
	i := 0
	for i < len(rb) && ra[i] == rb[i] {
		i++
	}
	if len(ra) == len(rb) {
		return string(ra[i+1:]) == string(rb[i+1:])
	}
	return string(ra[i+1:]) == string(rb[i:])
}

// meetingClauseThey reports whether the "they" at i opens a relative
// clause of the place or time of a meeting the sentence told before it: ",
// during which they", ", in which they", ", at which they", ", where they".
// Without the comma the clause may tell of another event ("the meeting in
// Bali where they discussed").
func meetingClauseThey(toks []token, i int) bool {
	if i < 2 || toks[i].lower != "they" || !slices.ContainsFunc(toks[:i], func(t token) bool { return meetingVerbs[t.lower] }) {
		return false
	}
	switch toks[i-1].lower {
	case "where":
		return toks[i-2].text == ","
	case "which":
		switch toks[i-2].lower {
		case "during", "in", "at":
			return i >= 3 && toks[i-3].text == ","
		}
	}
	return false
}

// unknownOwner reports whether the possessive at k, one capitalised word
// ("Nauru's", "Harvard's"), names no country the gazetteer knows and no
// person: not the document's ("Xi's", "Trump's"), nor the gazetteer's
// by that word, nor the end of a longer name ("Joe Biden's").
func (d *docState) unknownOwner(toks []token, k int) bool {
	t := toks[k]
	if !t.word || !t.cap || !t.poss || k > 0 && toks[k-1].cap && toks[k-1].word {
		return false
	}
	w := strings.TrimSuffix(strings.TrimSuffix(t.key, "'s"), "’s")
	if d.g.CountryByKey(w) != nil || len(d.g.ByToken(w)) > 0 {
		return false
	}
	for _, p := range d.ordered(d.room) {
		if slices.Contains(p.tokens, w) {
			return false
		}
	}
	return true
}

// addressesHosts reports whether the clause whose verb is at v acts on the
// host administration right after it: "commended the Biden-Harris
// Administration", "thanked the White House".
func addressesHosts(toks []token, v int) bool {
	for k := v + 1; k < len(toks) && k <= v+4; k++ {
		if toks[k].lower == "administration" || toks[k].lower == "white" && k+1 < len(toks) && toks[k+1].lower == "house" {
			return true
		}
	}
	return false
}
