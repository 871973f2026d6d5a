package attribution

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/readouts/readouts/internal/readout"
)

// A joint statement or declaration whose signatories neither a "We, the
// leaders of ..." line nor its title's author list names still says who
// issues it, in its structure (rules 3, 8 and 9):
//
//   - its title names the parties: "U.S.-EU Joint Statement of the Trade
//     and Technology Council", "United States – Aotearoa New Zealand Joint
//     Statement", "Joint Declaration Between the Kingdom of Spain and the
//     United States of America", "Joint Statement on the U.S.-Ukraine
//     Strategic Partnership";
//   - a line of its opening adopts it in the name of people: "The leaders
//     of the United States and Israel, President Biden and Prime Minister
//     Lapid, met in Jerusalem ..., and adopted the following Joint
//     Declaration", "..., the President of the Government of Spain, Pedro
//     Sánchez ..., and the President of the United States ..., Joseph R.
//     Biden, Jr., ... have reached the following understandings:";
//   - or its first sentence names one person of each party: "President
//     Joseph R. Biden, Jr. is honored to welcome Prime Minister Jacinda
//     Ardern of Aotearoa New Zealand", "U.S. Homeland Security Advisor
//     ... welcomed a delegation led by Mexican Secretary of Security ...".
//
// Those people are its signatories; with none, the parties are, as
// institutions (jointBodies), as for a statement released by governments
// (released.go).

// jointDocTitle is the title of a statement or declaration issued jointly.
var jointDocTitle = regexp.MustCompile(`(?i)\bjoint\s+(?:leaders['’]?\s+)?(?:statement|declaration)\b`)

// titleListAfter is where a title lists the parties after its noun:
// "Joint Statement from Mexico, Canada, and the United States ...",
// "Joint Declaration Between the Kingdom of Spain and ...", "Joint
// Statement of the United States and Japan".
var titleListAfter = regexp.MustCompile(`(?i)\bjoint\s+(?:statement|declaration)\s+(?:between|from|of|by)\s+(?:the\s+governments?\s+of\s+)?(.+)$`)

// followingLine is a line that adopts the text after it in its subject's
// name: "... adopted the following Joint Declaration", "have reached the
// following understandings:", "issued the following statement".
var followingLine = regexp.MustCompile(`(?i)\b(?:adopted|adopt|adopts|issued|issue|issues|released|release|reached|reach|made|make|endorsed|endorse|signed|sign)\s+the\s+following\b`)

// titleCountries returns the parties a joint statement's title names: the
// countries of a compound joined by hyphens or dashes ("U.S.-Ukraine",
// "United States – Switzerland – Liechtenstein"), else the list after
// "Joint Statement between/from/of"; nothing when it names fewer than two.
func (d *docState) titleCountries(title string) []string {
	if names := d.compoundCountries(title); len(names) >= 2 {
		return names
	}
	m := titleListAfter.FindStringSubmatch(title)
	if m == nil {
		return nil
	}
	names, _ := d.countryRun(strings.Fields(m[1]))
	if len(names) < 2 {
		return nil
	}
	return names
}

// compoundCountries reads the countries of the first compound of a title
// whose parts are countries joined by hyphens or dashes.
func (d *docState) compoundCountries(title string) []string {
	// Words, with a link where a hyphen or dash joins two of them.
	var words []string
	var linked []bool // linked[k]: words[k] is joined to words[k-1] by a dash
	for _, f := range strings.Fields(title) {
		if f == "-" || f == "–" || f == "—" {
			if len(words) > 0 {
				linked = append(linked, false)
				words = append(words, "")
				continue
			}
		}
		parts := strings.FieldsFunc(f, func(r rune) bool { return r == '-' || r == '–' || r == '—' })
		for k, p := range parts {
			words = append(words, p)
			linked = append(linked, k > 0)
		}
	}
	// Turn a standalone dash into a link on the word after it.
	var ws []string
	var link []bool
	for k, w := range words {
		if w == "" {
			if k+1 < len(words) {
				linked[k+1] = true
			}
			continue
		}
		ws = append(ws, strings.Trim(w, ",:;“”\"‘’()"))
		link = append(link, linked[k])
	}
	for k := 1; k < len(ws); k++ {
		if !link[k] {
			continue
		}
		// The country ending before the link, the longest one first.
		var left string
		for n := min(4, k); n >= 1; n-- {
			if c := d.g.Country(strings.Join(ws[k-n:k], " ")); c != nil && c.Name != "" {
				left = c.Name
				break
			}
		}
		if left == "" {
			continue
		}
		names := []string{left}
		at := k
		for at < len(ws) && link[at] {
			right, n := "", 0
			for n = min(4, len(ws)-at); n >= 1; n-- {
				// The next link must not fall inside the name.
				if slices.Contains(link[at+1:at+n], true) {
					continue
				}
				if c := d.g.Country(strings.Join(ws[at:at+n], " ")); c != nil && c.Name != "" {
					right = c.Name
					break
				}
			}
			if right == "" {
				break
			}
			names = addName(names, right)
			at += n
		}
		if len(names) >= 2 {
			return names
		}
	}
	return nil
}

// countryRun reads countries joined by "and" or commas from the first
// word ("the Kingdom of Spain and the United States of America", "Mexico,
// Canada, and the United States Reaffirming ...") up to the first word
// that is no part of one; it returns their names and the words read.
func (d *docState) countryRun(ws []string) ([]string, int) {
	var names []string
	k := 0
	for k < len(ws) {
		w := strings.Trim(ws[k], ",;:“”\"")
		switch strings.ToLower(w) {
		case "the", "and", "":
			k++
			continue
		}
		best := 0
		for n := min(6, len(ws)-k); n >= 1; n-- {
			// An item never spans a comma: "Mexico, Canada".
			if slices.ContainsFunc(ws[k:k+n-1], func(w string) bool { return strings.HasSuffix(w, ",") }) {
				continue
			}
			item := strings.Trim(strings.Join(ws[k:k+n], " "), ",;:“”\"")
			if c := d.formalCountry(item); c != "" {
				names, best = addName(names, c), n
				break
			}
		}
		if best == 0 {
			break
		}
		k += best
	}
	return names, k
}

// formalCountry is the country a list item names by its name or a formal
// one ("the Kingdom of Spain", "the Principality of X", "the Government
// of Malaysia"), or "".
func (d *docState) formalCountry(item string) string {
	item = trimGovernmentOf(item)
	if strings.HasPrefix(item, "European Union") || item == "EU" {
		return "European Union"
	}
	if c := d.g.Country(item); c != nil && c.Name != "" {
		return c.Name
	}
	// "Kingdom of Spain", "Republic of Korea": a formal name ends with
	// the name the gazetteer knows, after "of".
	ws := strings.Fields(item)
	for n := min(4, len(ws)-2); n >= 1; n-- {
		if ws[len(ws)-n-1] != "of" || len(ws)-n-1 > 2 {
			continue
		}
		if c := d.g.Country(strings.Join(ws[len(ws)-n:], " ")); c != nil && c.Name != "" {
			return c.Name
		}
	}
	return ""
}

// partiesStatement sets the signatories of a joint statement from its
// parties and opening (see above), or its parties as institutions.
func (d *docState) partiesStatement() {
	if len(d.signatories) > 0 || len(d.jointBodies) > 0 || !jointDocTitle.MatchString(d.doc.Title) || notStatementTitle.MatchString(d.doc.Title) {
		return
	}
	parties := d.titleCountries(d.doc.Title)
	if found, ev := d.followingSigners(); len(found) >= 2 {
		d.signatories, d.jointEv = found, ev
		return
	}
	if found, ev := d.partySigners(parties); len(found) >= 2 {
		d.signatories, d.jointEv = found, ev
		return
	}
	if len(parties) >= 2 {
		d.jointBodies, d.jointEv = parties, "title: "+d.doc.Title
	}
}

// followingSigners returns the people named in a line of the opening
// paragraphs that adopts the text in their name ("..., President Biden
// and Prime Minister Lapid, met ... and adopted the following Joint
// Declaration"): two to six people of two countries or more, named
// before "the following".
func (d *docState) followingSigners() ([]*person, string) {
	for pos, s := range d.opening(3) {
		loc := followingLine.FindStringIndex(s.text)
		if loc == nil {
			continue
		}
		refs := d.findRefs(s, false)
		if at := slices.IndexFunc(refs, func(rf ref) bool { return s.toks[rf.i].start >= loc[0] }); at >= 0 {
			refs = refs[:at] // only those named before "the following"
		}
		found := d.namedPeople(refs)
		if len(found) >= 2 && len(found) <= 6 && countries(found) >= 2 {
			d.signLine, d.signed = pos, true
			return found, strings.TrimSpace(s.text)
		}
		return nil, "" // the first such line decides
	}
	return nil, ""
}

// partySigners returns the people the first sentence names, one of each
// party or more, when they are two to four, every one of a party, and of
// two parties or more: "President Joseph R. Biden, Jr. is honored to
// welcome Prime Minister Jacinda Ardern of Aotearoa New Zealand" under
// "United States – Aotearoa New Zealand Joint Statement". Without parties
// from the title, everyone must be named in the title too ("Joint
// Statement on the Visit to the United Kingdom of ... Joseph R. Biden,
// Jr., ... at the Invitation of ... Boris Johnson").
func (d *docState) partySigners(parties []string) ([]*person, string) {
	s, ok := d.openingSentence()
	if !ok {
		return nil, ""
	}
	var found []*person
	of := map[*person]string{} // each one's country: the gazetteer's, or the word before their title ("Mexico’s Secretary of ...")
	for _, rf := range d.findRefs(s, false) {
		p := d.refPerson(rf)
		if (rf.kind == kName || rf.kind == kTitle) && !rf.poss && p != nil && p.shown() {
			if !slices.Contains(found, p) {
				found = append(found, p)
			}
			if of[p] == "" {
				of[p] = p.country
				if c := d.countryBefore(s.toks, rf.i); of[p] == "" && c != "" {
					of[p] = c
				}
			}
		}
	}
	if len(found) < 2 || len(found) > 4 {
		return nil, ""
	}
	var codes []string
	for _, p := range found {
		if of[p] != "" && !slices.Contains(codes, of[p]) {
			codes = append(codes, of[p])
		}
	}
	if len(codes) < 2 {
		return nil, ""
	}
	var titled []*person
	if len(parties) == 0 {
		titled = d.titlePeople()
	}
	for _, p := range found {
		c := d.g.CountryCode(of[p])
		switch {
		case len(parties) > 0 && (c == nil || !slices.Contains(parties, c.Name)):
			return nil, ""
		case len(parties) == 0 && !slices.Contains(titled, p):
			return nil, ""
		}
	}
	for _, p := range found {
		if c := d.g.CountryCode(of[p]); c != nil {
			d.signCountries = addName(d.signCountries, c.Name)
		}
	}
	d.signOf = of
	return found, "title: " + d.doc.Title + "; first sentence: " + s.text
}

// countries is how many countries people are of.
func countries(ps []*person) int {
	var cs []string
	for _, p := range ps {
		if p.country != "" && !slices.Contains(cs, p.country) {
			cs = append(cs, p.country)
		}
	}
	return len(cs)
}

// openingSentence is the first sentence of the body that states something:
// it ends with punctuation and has a word in lower case, unlike a dateline
// or a subtitle ("*A 21st-Century Partnership for the Pacific*"), and is
// no release line or marker ("The text of the following statement was
// released by ...", "Begin text:").
func (d *docState) openingSentence() (sentence, bool) {
	for pi, ss := range d.paras {
		for si, s := range ss {
			if d.released && d.releaseLine == [2]int{pi, si} || textMarker.MatchString(s.text+" ") {
				continue
			}
			t := strings.TrimRight(strings.TrimSpace(s.text), "*_”\"’'")
			if t != "" && strings.ContainsAny(t[len(t)-1:], ".!?:") && slices.ContainsFunc(s.toks, func(t token) bool { return t.word && unicode.IsLower(firstRune(t.text)) }) {
				return s, true
			}
		}
	}
	return sentence{}, false
}

// signLineSpeaks credits the line that adopts the statement to the
// signatories it names: adopting it is their position, as the release
// line is the governments' (releaseSpeaks).
func (d *docState) signLineSpeaks(pi int, res []SentenceResult) {
	if !d.signed || d.signLine[0] != pi || d.signLine[1] >= len(res) {
		return
	}
	r := &res[d.signLine[1]]
	for _, q := range slices.Backward(d.signatories) {
		setSpeaker(r, q.name, readout.Reason{Name: q.name, Role: readout.RoleSpeaker, Rule: RuleBothSides, Evidence: d.jointEv, Detail: "a signatory that adopted the statement"})
	}
}

// countryBefore is the code of the country named in the words of a title
// right before token i ("Mexico’s Secretary of Security Rosa ...", "U.S.
// Homeland Security Advisor Dr. ...", "Mexican Secretary ..."), or "".
func (d *docState) countryBefore(toks []token, i int) string {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		t := toks[k]
		if !t.word || !t.cap && !connectors[t.lower] && t.lower != "and" {
			return ""
		}
		if c := d.countryOf(t); c != nil && t.cap {
			return c.Code
		}
	}
	return ""
}

// A joint statement written in the third person throughout ("The United
// States and Mexico committed to ...", "The Participants intend to ...",
// "The Department of Justice ... is deploying ...") has no "we" of its
// own ("our" aside): it speaks for its parties only where they are the subject. Its
// other sentences tell what others did or what things are (rule 2), as a
// readout's do.

// partyHeads are the group nouns that mean a joint statement's parties:
// "The Parties commit", "the Participants intend", "Both countries".
var partyHeads = set(`parties participants sides side countries governments nations delegations leaders presidents allies partners`)

// sideNouns may stand after a party's name as its subject: "U.S. and
// Mexican officials committed", "The U.S. and Mexican delegations".
var sideNouns = set(`officials delegation delegations government governments side sides authorities representatives negotiators`)

// partyVerbs are what a party commits to or holds, beyond speech verbs:
// "Switzerland intends to", "The Parties commit to", "Malaysia will".
var partyVerbs = set(`intends intend intended plans plan planned commit commits committed will shall would share shares seek seeks
expects expect expected recognize recognizes recognized recognise recognises affirm affirms affirmed confirm confirms confirmed
understand understands agree agrees agreed decided decide decides reached reach acknowledge acknowledges acknowledged
look looks aim aims endeavor endeavour endeavors endeavours undertake undertakes pledge pledges pledged`)

// firstPersonText reports whether any sentence of the document has "we"
// for a subject. "our" alone is no sign: third-person joint statements
// write "across our shared border" too.
func (d *docState) firstPersonText() bool {
	for _, ss := range d.paras {
		for _, s := range ss {
			for _, t := range s.toks {
				if t.text == "we" || t.text == "We" {
					return true
				}
			}
		}
	}
	return false
}

// readoutStyle reports whether a joint statement tells of a meeting in the
// third person: it never says "we", and its parties' verbs are in the past
// tense ("The United States and Mexico committed ...", "Both sides agreed
// ..."), or, where no sentence has them for its subject, its opening
// sentence narrates in the past ("Today, ... signaled their intent"). A
// declaration is in the present ("The United States and the European
// Union are pleased to announce ...", whose "This Framework Agreement
// represents ..." is theirs too; "The C5+1 countries affirm ...").
func (d *docState) readoutStyle() bool {
	if d.readoutJoint != 0 {
		return d.readoutJoint > 0
	}
	d.readoutJoint = -1
	// "Joint Statement by President X and President Y on ...": authors the
	// title names own its text however it opens (rule 8).
	if d.titleSigned || d.titleNamesSignatories() || d.firstPersonText() {
		return false
	}
	past, present := 0, 0
	for _, ss := range d.paras {
		for _, s := range ss {
			v := d.partyVerb(s.toks)
			if v < 0 {
				continue
			}
			for v+1 < len(s.toks) && skippable[s.toks[v].lower] && s.toks[v].lower != "has" && s.toks[v].lower != "have" {
				v++ // "Both sides also agreed"
			}
			if l := s.toks[v].lower; strings.HasSuffix(l, "ed") || pastForms[l] {
				past++
			} else {
				present++
			}
		}
	}
	switch {
	case past+present > 0:
		if past > present {
			d.readoutJoint = 1
		}
	default:
		if s, ok := d.openingSentence(); !ok || pastVerb(s.toks) {
			d.readoutJoint = 1
		}
	}
	return d.readoutJoint > 0
}

// pastVerb reports whether the first word in lower case of a sentence,
// past its subject's connectors ("of", "and", "the"), is a verb in the
// past tense: "welcomed", "conducted", "met", "was".
func pastVerb(toks []token) bool {
	for _, t := range toks {
		if !t.word || t.cap || t.upper || unicode.IsDigit(firstRune(t.text)) || connectors[t.lower] || t.lower == "and" {
			continue
		}
		return strings.HasSuffix(t.lower, "ed") || pastForms[t.lower]
	}
	return false
}

// pastForms are irregular verbs in the past tense that open a narration.
var pastForms = set(`met held took made led gave sent spoke began was were hosted`)

// partyCountries are the countries of a joint statement's parties: its
// governments, or its signatories' countries. The parties are settled
// before any sentence is attributed (cast), and partyVerb asks for every
// sentence, so they are worked out once.
func (d *docState) partyCountries() []string {
	if !d.partiesKnown {
		d.parties, d.partiesKnown = d.findPartyCountries(), true
	}
	return d.parties
}

// findPartyCountries is partyCountries without the memo.
func (d *docState) findPartyCountries() []string {
	out := slices.Clone(d.jointBodies)
	for _, p := range d.signatories {
		if c := d.g.CountryCode(p.country); c != nil {
			out = addName(out, c.Name)
		}
	}
	for _, c := range d.signCountries {
		out = addName(out, c)
	}
	return out
}

// partySubject reports whether a sentence's subject is the parties of the
// joint statement or one of them, at its start or after an opening phrase
// ("Through the Agreement, the Participants intend ...").
func (d *docState) partySubject(toks []token) bool {
	return d.partyVerb(toks) >= 0
}

// partyVerb returns the index of the verb of a sentence whose subject is
// the parties or one of them (partySubject), or -1.
func (d *docState) partyVerb(toks []token) int {
	parties := d.partyCountries()
	if v := d.partyAt(toks, 0, parties); v >= 0 {
		return v
	}
	// "To chart an unwavering course for ... to the next level, the two
	// leaders will seek to": the subject after any comma of the opening.
	for k := 1; k < min(len(toks), 32); k++ {
		if toks[k].text == "," {
			if v := d.partyAt(toks, k+1, parties); v >= 0 {
				return v
			}
		}
	}
	return -1
}

// partyAt returns where the verb is when the words from k are a party
// subject and its verb ("The United States and Mexico committed", "U.S.
// and Mexican officials committed", "The Parties commit", "The C5+1
// countries affirm", "Switzerland intends"), else -1.
func (d *docState) partyAt(toks []token, k int, parties []string) int {
	for k < len(toks) && (!toks[k].word || toks[k].lower == "the" || unicode.IsDigit(firstRune(toks[k].text))) {
		k++
	}
	verb := func(k int) int {
		if k >= len(toks) || !toks[k].word || toks[k].cap {
			return -1
		}
		if l := toks[k].lower; speechVerbs[l] || countryPredicates[l] || skippable[l] || partyVerbs[l] || jointDecisionVerbs[l] {
			return k
		}
		return -1
	}
	// "Both countries", "The two sides", "The Parties", "The C5+1
	// countries": a group's name may stand before its noun.
	g := k
	for n := 0; n < 3 && g < len(toks) && !partyHeads[toks[g].lower] && (toks[g].cap || !toks[g].word || unicode.IsDigit(firstRune(toks[g].text))); n++ {
		g++
	}
	if g < len(toks) && (toks[g].lower == "both" || toks[g].lower == "two" || toks[g].lower == "three" || toks[g].lower == "each") {
		g++
	}
	if g < len(toks) && partyHeads[toks[g].lower] {
		return verb(g + 1)
	}
	n := 0
	for k < len(toks) {
		// "The Government of the United States of America (“the United
		// States”) and the Government of Malaysia have reached ...".
		if l := toks[k].lower; l == "and" || l == "," || l == "the" || l == "government" || l == "governments" || l == "of" {
			k++
			continue
		}
		if toks[k].text == "(" {
			for k < len(toks) && toks[k].text != ")" {
				k++
			}
			k++
			continue
		}
		e := min(len(toks), k+4)
		for ; e > k; e-- {
			if c := d.g.Country(joinText(toks[k:e])); c != nil && toks[e-1].word {
				if !slices.Contains(parties, c.Name) {
					return -1
				}
				break
			}
		}
		if e == k {
			break
		}
		n++
		k = e
	}
	if n == 0 {
		return -1
	}
	if k < len(toks) && sideNouns[toks[k].lower] {
		k++
	}
	return verb(k)
}

// sideSignatory returns the one signatory of the side a sentence opens
// with: "The Mexican delegation highlighted ..." is its head's, who signs
// for Mexico; nil unless exactly one signatory is of that country.
func (d *docState) sideSignatory(toks []token) *person {
	k := subjectStart(toks) // "In this context, the U.S. side affirmed"
	if k+1 >= len(toks) || !sideNouns[toks[k+1].lower] {
		return nil
	}
	c := d.countryOf(toks[k])
	if c == nil {
		return nil
	}
	var one *person
	for _, q := range d.signatories {
		code := q.country
		if code == "" {
			code = d.signOf[q]
		}
		if code == c.Code {
			if one != nil {
				return nil
			}
			one = q
		}
	}
	return one
}

// listItems gives the items of a list the speakers of the sentence that
// leads into it, in a joint statement: "The C5+1 endeavors to build upon
// ... including to:" and then "- Uphold human rights ...", each a
// paragraph of its own that continues the lead's sentence (rules 3 and 8).
// The lead is the last sentence of a paragraph that ends with a colon and
// that its signatories or governments speak; the list ends at the first
// paragraph that is no item.
func (d *docState) listItems(ss []sentence, res []SentenceResult) {
	narrated := len(d.signatories) == 0 && len(d.jointBodies) == 0
	if narrated && (d.transcript || d.speech) || len(ss) == 0 {
		// A transcript's or a speech's items continue their turn or
		// speaker already.
		d.listLead = nil
		return
	}
	first := strings.TrimLeft(ss[0].text, " *_")
	n := 0 // a numbered item's number, in a statement its parties release
	if !narrated {
		n = itemNumber(first)
	}
	if n > 0 {
		// "To that end, the United States and Canada will work together
		// to:" and then "**1. Catalyze Clean Energy and Create Good
		// Jobs:**", its bullets and paragraphs, "**2. Strengthen
		// Resilience of ...**": each numbered item goes on with the lead,
		// however many paragraphs of its own come between.
		switch {
		case n == 1 && d.listLead != nil:
			d.numLead, d.numNext = d.listLead, 2
		case n == d.numNext && d.numLead != nil:
			d.listLead = d.numLead
			d.numNext++
		}
	}
	if itemStart(first) || n > 0 && d.listLead != nil || d.listLead != nil && narrated && inlineItems(ss) {
		// An item no one speaks in, or that only the statement's own
		// voice gave all its parties ("- Purchases of energy products"
		// after "Switzerland intends to take the following actions:").
		// Every sentence of the item is the lead's: "- Progress on the
		// “right to repair” .... Following the Order’s support for the
		// right to repair, the Federal Trade Commission unanimously
		// announced ...". So is a paragraph of a narrated readout that
		// goes on with items of its own after the last one's sentence
		// ("Since then, large firms have ... - Agencies with merger
		// oversight authority have ..."): a long list the parser cut.
		for k := range res {
			r := &res[k]
			if d.listLead == nil {
				break
			}
			if k > 0 && !narrated && !itemStart(strings.TrimLeft(ss[k].text, " *_")) {
				// An item's sentences after its first are read on their
				// own; an item after it ("... for U.S. and Canadian
				// companies. - The Canadian Critical Minerals
				// Infrastructure Fund will ...", splitBullets) is the
				// lead's again.
				continue
			}
			if !narrated && d.otherActorSubject(ss[k].toks) {
				continue // "The U.S. Trade and Development Agency funded a feasibility study"
			}
			if len(r.Speakers) == 0 || d.allParties(r.Speakers) && !slices.ContainsFunc(r.Why, func(w readout.Reason) bool { return w.Role == readout.RoleSpeaker && w.Evidence != d.jointEv }) {
				r.Speakers = nil
				r.Why = slices.DeleteFunc(r.Why, func(w readout.Reason) bool { return w.Role == readout.RoleSpeaker })
				for _, w := range slices.Backward(d.listLead) {
					setSpeaker(r, w.Name, w)
				}
			}
		}
	} else {
		d.listLead = nil
	}
	// A paragraph that ends with a colon leads the items after it; an
	// item may lead a list of its own ("- Malaysia has committed to ...:").
	last := res[len(res)-1]
	if !strings.HasSuffix(strings.TrimRight(last.Text, " *_"), ":") && !unfinished(ss[len(ss)-1]) {
		return // the list goes on, or there is none
	}
	d.listLead = nil
	for _, r := range last.Why {
		if r.Role == readout.RoleSpeaker && r.Evidence == d.jointEv && (r.Rule == RuleBothSides || r.Rule == RuleInstitution) {
			d.listLead = append(d.listLead, r)
		}
		// In a narrated readout, the people a lead reports as speaking:
		// "Deputy Directors Gregory Jackson and Rob Wilcox highlighted
		// key parts of the budget proposal including:", "The President
		// highlighted several examples, including:".
		// Not a purpose ("convened state legislators to discuss
		// reproductive rights in the following places:"): the list is
		// where they met, not what they said.
		if narrated && r.Role == readout.RoleSpeaker && (r.Rule == RuleVerb || r.Rule == RuleTitle || r.Rule == RulePronoun || r.Rule == RuleBothSides) &&
			!strings.Contains(r.Evidence, "… to ") {
			d.listLead = append(d.listLead, r)
		}
	}
}

// itemNumber is the number a paragraph's text opens with as a numbered
// item ("1. Catalyze Clean Energy", "2) Strengthen"), or 0.
func itemNumber(text string) int {
	m := numberedItem.FindStringSubmatch(text)
	if m == nil {
		return 0
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

var numberedItem = regexp.MustCompile(`^(\d{1,2})[.)]\s+\S`)

// unfinished reports whether a sentence breaks off before its end, where a
// list goes on with it in the paragraphs after: "We will invest in the
// modernization of the North American Aerospace Defense Command (NORAD),
// including specifically" and then "- As part of a CAD $6.96 billion
// investment ...". It ends, with no punctuation, in a word that goes on
// to what follows (continuing), after eight words or more: no heading
// ("**Strengthening our Defense Cooperation**", "Accelerating global
// efforts to tackle the climate crisis") ends so.
func unfinished(s sentence) bool {
	t := strings.TrimRight(s.text, " ")
	if t == "" || len(s.toks) < 8 || strings.Contains(t, "http") || strings.Contains(t, "www.") {
		return false // "see the Treasury’s press release: https://home.treasury.gov/news/press-releases"
	}
	last := s.toks[len(s.toks)-1]
	return continuing[last.lower] && !last.cap && strings.HasSuffix(t, " "+last.text)
}

// continuing are the words a sentence cut off before a list ends with:
// a conjunction, a preposition, "including", "specifically".
var continuing = set(`and or including include includes specifically namely notably particularly to of for with in on by from through
via such as the a an that which between among`)

// itemStart reports whether a paragraph's text opens with a list item's
// mark.
func itemStart(text string) bool {
	return strings.HasPrefix(text, "- ") || strings.HasPrefix(text, "• ") || strings.HasPrefix(text, "– ")
}

// inlineItems reports whether a paragraph goes on with list items after
// the sentence it opens with ("... their own electronics. - Agencies with
// merger oversight authority have ramped up ..."), and that sentence heads
// no list of its own ("Participants included: - **Xavier University** ...").
func inlineItems(ss []sentence) bool {
	head, _, found := strings.Cut(ss[0].text, ". - ")
	if strings.Contains(head, ":") {
		return false
	}
	for _, s := range ss[1:] {
		if itemStart(strings.TrimLeft(s.text, " *_")) {
			return true
		}
	}
	return found
}

// titleNamesSignatories reports whether the title names two signatories or
// more: "Joint Statement by President Joseph R. Biden of the United States
// of America and President Yoon Suk Yeol of the Republic of Korea on ...".
func (d *docState) titleNamesSignatories() bool {
	if len(d.signatories) < 2 {
		return false
	}
	named := 0
	for _, p := range d.titlePeople() {
		if slices.Contains(d.signatories, p) {
			named++
		}
	}
	return named >= 2
}

// titlePeople returns the people the title names, each once, in order.
func (d *docState) titlePeople() []*person {
	var out []*person
	for _, rf := range d.findRefs(d.title, false) {
		if p := d.refPerson(rf); p != nil && !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	return out
}

// allParties reports whether names are all the signatories or all the
// governments of the joint statement, as its own voice gives them.
func (d *docState) allParties(names []string) bool {
	n := len(d.jointBodies)
	if len(d.signatories) > 0 {
		n = len(d.signatories)
	}
	return len(names) == n
}

// weLineSpeaks credits the sentence that names the governments of a joint
// statement as its "we" ("we the Ministers and Representatives of
// Australia, ... recognize that ...") to them: the group of people it
// names is no one the gazetteer knows (rule 9).
func (d *docState) weLineSpeaks(pi int, res []SentenceResult) {
	if d.weLine != pi+1 {
		return
	}
	for k := range res {
		if len(res[k].Speakers) > 0 || !strings.Contains(res[k].Text, d.jointEv) {
			continue
		}
		for _, b := range slices.Backward(d.jointBodies) {
			setSpeaker(&res[k], b, readout.Reason{Name: b, Role: readout.RoleSpeaker, Rule: RuleInstitution, Evidence: d.jointEv, Detail: "a government that signs the joint statement"})
		}
	}
}

// A joint statement also tells what others do: "The U.S. Agency for
// International Development (USAID) and Indonesia’s Ministry of
// Environment and Forestry signed a new joint forest and wildlife
// conservation project", "USTDA also plans to fund training", "The NCG
// has facilitated joint U.S.-ROK nuclear and strategic planning",
// "Indian companies are exploring opportunities". Those sentences are
// narration (rule 2), not the signatories' or governments' own voice.

// subjectStart is where the subject of a joint statement's sentence
// begins: past leading punctuation, a list item's heading ("- **Tariffs:**
// Ecuador has committed"), an opening phrase set off by a comma ("In this
// context,", "As part of these efforts,", "Corresponding to the
// commencement of this process,", "Determined to deepen our partnership
// in outer space exploration,") and "the".
func subjectStart(toks []token) int {
	k := firstWord(toks)
	for c := k; c < len(toks) && c <= k+6; c++ {
		if toks[c].text == ":" {
			k = c + 1
			for k < len(toks) && !toks[k].word {
				k++
			}
			break
		}
		if toks[c].word && !toks[c].cap {
			break // a heading is in capitals
		}
	}
	if o := openingPhrase(toks[k:]); o > 0 {
		k += o
	}
	for k < len(toks) && (!toks[k].word || toks[k].lower == "the") {
		k++
	}
	return k
}

// abbrevs returns the abbreviations the document gives an actor, in
// parentheses after its name: "The U.S. Trade and Development Agency
// (USTDA)", "the U.S.-ROK Nuclear Consultative Group (NCG)", "the
// National Aeronautics and Space Administration (NASA)"; not a program's
// or a document's ("the Indo-Pacific Partnership for Maritime Domain
// Awareness (IPMDA)", "Memorandum of Understanding (MOU)").
func (d *docState) abbrevs() map[string]bool {
	if d.actorAbbrevs != nil {
		return d.actorAbbrevs
	}
	d.actorAbbrevs = map[string]bool{}
	for _, ss := range d.paras {
		for _, s := range ss {
			for k := 1; k+2 < len(s.toks); k++ {
				if s.toks[k].text == "(" && s.toks[k+1].upper && s.toks[k+2].text == ")" {
					if h := s.toks[k-1].lower; actorHeads[h] || h == "administration" || h == "network" || h == "organisation" || h == "organization" {
						d.actorAbbrevs[s.toks[k+1].text] = true
					}
				}
			}
		}
	}
	return d.actorAbbrevs
}

// actorHeads end the name of an actor that is neither a party's
// government nor its leader: an agency, a ministry, a company.
var actorHeads = set(`agency agencies department ministry bureau office commission corporation bank fund institute
foundation authority university universities company companies firms businesses sector sectors industry taskforce group`)

// assessVerbs tell what a thing is or means, in the statement's voice:
// "IPMDA embodies what the Quad stands for", "Q-CHAMP includes".
var assessVerbs = set(`embodies represents reflects demonstrates exemplifies shows underscores highlights marks includes
serves stands`)

// leaderWords name a person who may speak for a party: "President Biden
// and Prime Minister Kishida", "The leaders".
var leaderWords = set(`president presidents minister ministers secretary secretaries chancellor ambassador envoy leader leaders
premier king queen prince emir sultan taoiseach advisor adviser director administrator spokesperson`)

// privateActors are actors whose state, not only their acts, is theirs:
// "Indian companies are keen to participate".
var privateActors = set(`company companies firms businesses sector sectors industry`)

// otherActorSubject reports whether a joint statement's sentence has for
// its subject an actor other than its parties: an agency, ministry or
// company ("The U.S. Department of Commerce plans to", "UAE-based
// companies are exploring"), or a body named by an acronym the title does
// not name ("USTDA also plans", "The NCG has facilitated", "ISRO and
// NASA have commenced"), then a verb that tells what it does. Not an
// assessment of a thing ("NATO remains the cornerstone"), nor a group of
// the parties the title names ("The C5+1 endeavors", "The I2U2 Group").
func (d *docState) otherActorSubject(toks []token) bool {
	k := subjectStart(toks)
	actor, private := false, false
	e := k
	for e < len(toks) {
		t := toks[e]
		switch {
		case t.text == "(":
			for e < len(toks) && toks[e].text != ")" {
				e++
			}
			e++
			continue
		case t.lower == "and" || t.text == "," || t.text == "&" || e > k && connectors[t.lower]:
			e++
			continue
		case !t.word:
			return false
		case t.lower == "commission" && e > 0 && toks[e-1].lower == "european":
			return false // the European Union's government
		case d.countryOf(t) != nil && e+2 < len(toks) && toks[e+1].lower == "and" && toks[e+2].lower == "the":
			return false // "The United States and the European Commission": the parties
		case leaderWords[t.lower] || t.lower == "government" || t.lower == "governments" || t.lower == "administration" && !actor:
			return false // a party's leader or government ("the Biden Administration")
		case t.cap || t.upper:
			if t.upper && d.countryOf(t) == nil && titleHas(d.doc.Title, t.text) {
				return false // a group of the parties the title names: "The I2U2 Group"
			}
			if t.upper && d.abbrevs()[t.text] {
				actor = true // "USTDA", "NASA", "The NCG"
			}
			if actorHeads[t.lower] {
				actor = true // "Indonesia’s Ministry of Environment and Forestry"
			}
			if t.poss {
				actor = false // "USAID’s ongoing technical assistance": the head is after it
			}
			e++
			continue
		case actorHeads[t.lower] && e > k:
			// "Indian companies", "U.S. and Israeli private sectors"
			actor, private = true, privateActors[t.lower]
			e++
			continue
		case t.lower == "private" || strings.HasSuffix(t.lower, "-based"):
			e++
			continue
		}
		break
	}
	if !actor || e >= len(toks) || e == k {
		return false
	}
	// The verb: past adverbs, what it does ("signed", "plans to fund",
	// "has facilitated", "will be invited"), not what it is ("remains").
	v := e
	for v < len(toks) && skippable[toks[v].lower] {
		v++
	}
	if v >= len(toks) || !toks[v].word || toks[v].cap {
		return false
	}
	switch w := toks[v].lower; {
	case w == "is" || w == "are" || w == "remains" || w == "remain":
		if private {
			return true
		}
		return v+1 < len(toks) && (strings.HasSuffix(toks[v+1].lower, "ing") || strings.HasSuffix(toks[v+1].lower, "ed"))
	case assessVerbs[w]:
		return false // "IPMDA embodies what the Quad stands for"
	case modalWords[w] || w == "has" || w == "have" || w == "had" || w == "was" || w == "were":
		return true
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed") || pastForms[w]:
		return true
	}
	return false
}

// titleHas reports whether a title has the word w.
func titleHas(title, w string) bool {
	return slices.ContainsFunc(strings.FieldsFunc(title, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '+' && r != '.'
	}), func(f string) bool { return f == w })
}
