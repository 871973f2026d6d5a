// Groups: plural subjects ("the two leaders", "the ministers", "the G7
// leaders") and the people they cover (rule 3).

package attribution

import (
	"slices"
	"strings"

	"github.com/readouts/readouts/internal/gazetteer"
)

// partiesSpeak makes each party a speaker of a joint subject (rule 3).
func partiesSpeak(parties []*person, ev, detail string) []subj {
	out := make([]subj, 0, len(parties))
	for _, p := range parties {
		out = append(out, subj{p: p, rule: RuleBothSides, evidence: ev, detail: detail})
	}
	return out
}

// lastNamedList reports whether the people named last in the turn are the
// last list of three or more named (listed), in any order: no one outside
// it was named since, so a group means the whole list, not its last two.
func (d *docState) lastNamedList() bool {
	n := len(d.listed)
	if n < 3 || len(d.named) < n {
		return false
	}
	for _, p := range d.named[len(d.named)-n:] {
		if !slices.Contains(d.listed, p) {
			return false
		}
	}
	return true
}

// listFits reports whether the group at rf can mean the last list of people
// named: a sentence-initial "They", unless the sentence before opened with
// a group of its own ("The civil rights leaders, ..., stressed ... They
// also highlighted"), or "the leaders" when everyone listed holds a
// leader's office on the date ("The leaders reiterated" after six heads of
// government), not "The officials examined" after the leaders whose
// summit their officials' meeting followed.
func (d *docState) listFits(toks []token, rf ref, they bool) bool {
	if toks[rf.i].lower == "they" {
		return rf.i == firstWord(toks) && d.groupOpened != d.sentN-1
	}
	if they || toks[rf.j-1].lower != "leaders" {
		return false
	}
	for _, p := range d.listed {
		if !d.leads(p) {
			return false
		}
	}
	return true
}

// leads reports whether p holds an office of the gazetteer's kind "leader"
// (President, Prime Minister, Chancellor, ...) on the document's date.
func (d *docState) leads(p *person) bool {
	if p.gz == nil || d.date.IsZero() {
		return false
	}
	for _, o := range p.gz.Offices {
		if t := d.g.Title(strings.ToLower(o.Title)); t != nil && t.Kind == "leader" && o.Covers(d.date) {
			return true
		}
	}
	return false
}

// opensGroup reports whether a sentence opens with a plural noun of people
// before its first comma or verb, and no name: "The civil rights leaders,
// representing ...", "The officials examined".
func opensGroup(toks []token) bool {
	for k := firstWord(toks); k < min(len(toks), firstWord(toks)+5); k++ {
		t := toks[k]
		if !t.word || t.cap && k > firstWord(toks) {
			return false
		}
		if groupHeads[t.lower] || humanNouns[t.lower] || listPeopleNouns[t.lower] {
			return t.lower != "they"
		}
	}
	return false
}

// groupCount is the number a group reference counts ("the three leaders":
// 3), or 0.
func groupCount(toks []token, rf ref) int {
	for k := rf.i; k < rf.j && k < len(toks); k++ {
		if n := slices.Index(countNumbers, toks[k].lower); n > 0 {
			return n
		}
	}
	return 0
}

// countNumbers are the words groupCount reads, each at its number: split
// once, not for every word of every group.
var countNumbers = strings.Fields(`zero one two three four five six seven eight nine ten`)

// discussionAhead reports whether a discussion noun follows the verb at v
// closely: "had candid, substantive discussions", "continued discussions".
// talkNouns name talks in which both sides speak: "my discussions with".
var talkNouns = set(`discussions discussion talks conversation conversations exchange exchanges dialogue consultations`)

// meetingAhead reports whether the object of the verb at v is a meeting,
// call or summit: "held the 21st Meeting of ...", "had a call".
func meetingAhead(toks []token, v int) bool {
	// "held a warm and productive working meeting at the White House":
	// as far ahead as a discussion is looked for (discussionAhead).
	for k := v + 1; k < len(toks) && k <= v+8; k++ {
		switch toks[k].lower {
		case "meeting", "meetings", "summit", "call", "calls", "session", "round":
			return true
		case ".", ";", ",", "with", "discussions", "discussion", "talks", "conversation", "conversations", "dialogue":
			return false
		}
	}
	return false
}

func discussionAhead(toks []token, v int) bool {
	for k := v + 1; k < len(toks) && k <= v+8; k++ {
		switch toks[k].lower {
		case "discussions", "discussion", "talks", "conversation", "conversations", "dialogue", "exchange", "exchanges", "call", "meeting":
			return !talkWithOnly(toks, v, k)
		case ".", ";", "with":
			return false
		}
	}
	return false
}

// talkWithOnly reports whether the talk noun at k, the object of the verb
// at v, is followed, in its
// clause, by "with" and who it was held with and nothing of what was said:
// "the President has had two constructive conversations with King
// Salman.", "held talks and a joint press conference with Foreign Minister
// X.": a talk told of, like a meeting (rule 2). "had a discussion with X
// on Y" or "… about Y" tells what was discussed and stays a discussion.
func talkWithOnly(toks []token, v, k int) bool {
	// Only the talk that is the verb's object: not "continued to take that
	// approach in the call with President Putin".
	for x := v + 1; x < k; x++ {
		if prepositions[toks[x].lower] || toks[x].lower == "to" {
			return false
		}
	}
	with := -1
	for x := k + 1; x < len(toks) && x <= k+7; x++ {
		if toks[x].lower == "with" {
			with = x
			break
		}
		if !toks[x].word || !(toks[x].lower == "and" || toks[x].lower == "a" || toks[x].lower == "an" || toks[x].lower == "the" || toks[x].cap || meetingNouns[toks[x].lower] || talkNouns[toks[x].lower] || toks[x].lower == "joint" || toks[x].lower == "press" || toks[x].lower == "conference" || toks[x].lower == "phone" || toks[x].lower == "telephone") {
			return false
		}
	}
	if with < 0 {
		return false
	}
	for x := with + 1; x < len(toks); x++ {
		switch toks[x].lower {
		case ".", ";":
			return true
		case "on", "about", "regarding", "concerning", "over", "to", "covering", "focused", "focusing", "that", "where", "which", ":", "exchanging", "discussing":
			return false
		case "and":
			// "with President X and Prime Minister Y" names more; "and
			// reaffirmed ..." says something.
			if x+1 < len(toks) && !toks[x+1].cap && toks[x+1].lower != "the" {
				return false
			}
		}
	}
	return true
}

// personNouns are nouns of one person a demonstrative and a country may
// point back with.
var personNouns = set(`official politician senator lawmaker diplomat congressman congresswoman`)

// officeGroupHeads are plural office titles that, without a narrated call
// or meeting, name only the people who hold the office ("The Ministers",
// "the two Presidents"), never whoever was named last.
var officeGroupHeads = map[string]string{"ministers": "minister", "presidents": "president", "secretaries": "secretary", "chancellors": "chancellor", "premiers": "premier"}

// groupOffice returns the office a group reference names by its head, with
// a title word written before it ("The Foreign Ministers": "foreign
// minister"), or "".
func groupOffice(toks []token, rf ref) string {
	k := rf.j - 1
	if k < 0 || k >= len(toks) {
		return ""
	}
	key, ok := officeGroupHeads[toks[k].lower]
	if !ok {
		return ""
	}
	if k-1 >= rf.i && k-1 >= 0 && toks[k-1].cap && toks[k].cap && !groupWords[toks[k-1].lower] {
		key = toks[k-1].lower + " " + key
	}
	return key
}

// bodyMembers reports whether the document's opening paragraphs call the
// group of this head the members of a body, not of countries: "The
// Ministers of the Global Coalition to Defeat Daesh/ISIS", "the Foreign
// Ministers of the Global Coalition" (not "the Foreign Ministers of
// Australia, India, Japan"). Its named office holders are some of them.
func (d *docState) bodyMembers(head string) bool {
	for _, snt := range d.opening(3) {
		toks := snt.toks
		for k := 0; k+3 < len(toks); k++ {
			if toks[k].lower != head || !toks[k].cap || toks[k+1].lower != "of" || toks[k+2].lower != "the" || !toks[k+3].cap {
				continue
			}
			if c := d.countryOf(toks[k+3]); c != nil {
				continue
			}
			var ws []string
			for _, t := range toks[k+2:] {
				ws = append(ws, t.text)
			}
			if names, _ := d.countryRun(ws); len(names) == 0 && bodyHeads[toks[k+3].lower] || len(names) == 0 && k+4 < len(toks) && bodyHeads[toks[k+4].lower] {
				return true
			}
		}
	}
	return false
}

// bodyHeads are nouns of a body of many members: "the Global Coalition",
// "the Alliance".
var bodyHeads = set(`coalition alliance group forum organization organisation council community union partnership initiative`)

// groupWords stand before a group's head without naming an office.
var groupWords = set(`the both two three four five all`)

// namedHolders returns the people named in the turn, in order, who hold the
// office key on the document's date.
func (d *docState) namedHolders(key string) []*person {
	var out []*person
	for _, p := range d.named {
		if p.shown() && d.holdsOffice(p, key) {
			out = append(out, p)
		}
	}
	return out
}

// holdsOffice reports whether p holds an office whose title is key or ends
// in it unmodified ("Foreign Minister" for "minister", not "Prime
// Minister"), or opens with it before "of" ("Minister of Defence"): by a
// title the document gives p, or a gazetteer office on the date. A
// "minister" is also whoever holds an office the gazetteer classes as a
// minister's or a cabinet secretary's ("Secretary of State", kind "foreign
// minister"; "Secretary of Commerce").
func (d *docState) holdsOffice(p *person, key string) bool {
	fits := func(t string) bool {
		if t == key || strings.HasPrefix(t, key+" of ") {
			return true
		}
		if !endsInTitle(t, key) {
			return false
		}
		f := strings.Fields(strings.TrimSuffix(t, " "+key))
		return len(f) == 0 || f[len(f)-1] != "prime"
	}
	if slices.ContainsFunc(p.titles, fits) {
		return true
	}
	if p.gz == nil {
		return false
	}
	for _, o := range p.gz.Offices {
		if !d.holds(p.gz, o.Title, o.Country) {
			continue
		}
		if fits(gazetteer.Key(o.Title)) {
			return true
		}
		if t := d.g.Title(o.Title); key == "minister" && t != nil && (strings.HasSuffix(t.Kind, " minister") || t.Kind == "cabinet secretary") {
			return true
		}
	}
	return false
}

// leaderGroup reports whether a group reference means the two leaders of a
// meeting, call or visit, "the two heads of state", "the two presidents",
// "both leaders", "the leaders of the two countries", whether it asks for
// heads of state, and whether it counts two people (not "the leaders of the
// two countries", who may be more).
func leaderGroup(toks []token, rf ref) (state, counted, ok bool) {
	if rf.j <= rf.i || rf.j > len(toks) {
		return false, false, false
	}
	phrase := " " + joinKeys(toks, rf.i, rf.j) + " "
	head := toks[rf.j-1].lower
	state = strings.Contains(phrase, " heads of state ") || head == "presidents"
	if !state && head != "leaders" && head != "state" {
		return false, false, false
	}
	if head == "state" && !strings.Contains(phrase, " heads of state ") {
		return false, false, false
	}
	two := groupCount(toks, rf) == 2 || strings.Contains(phrase, " both ")
	counted = two
	if k := rf.j; k < len(toks) && toks[k].lower == "of" {
		// "the leaders of the two countries"; not "the leaders of China
		// and Russia", "the heads of state of the G20".
		rest := joinKeys(toks, k, min(len(toks), k+4))
		switch {
		case rest == "of the two countries" || strings.HasPrefix(rest, "of both countries"):
			two = true
		default:
			return false, false, false
		}
	}
	return state, counted, two
}

// leaderPair returns the two leaders a leaderGroup means where the parties
// of a meeting do not say: the two heads of state among more parties, else
// (no parties, or two of one country) the last foreign leader the turn
// named and the leader of
// the text's own country, named or holding the matching office on the
// date ("French President Macron paid a state visit to China and the two
// heads of state reached consensus": Macron and Xi Jinping). Nil when the
// text says not who they are: the other rules decide.
func (d *docState) leaderPair(parties []*person, state, counted bool, at int, r room) ([]*person, string) {
	switch {
	case len(parties) == 2 && !oneCountry(parties):
		return nil, "" // the parties of the meeting: the other rules have them
	case len(parties) > 2:
		if !counted {
			return nil, "" // "the leaders of the two countries" may be more
		}
		// "the two leaders" of a visit where the President, the Premier
		// and the Chairman met the guest: the two heads of state.
		var heads []*person
		for _, p := range parties {
			if d.heads(p, true) {
				heads = append(heads, p)
			}
		}
		if len(heads) == 2 && !oneCountry(heads) {
			return heads, "the two heads of state among the parties"
		}
		return nil, ""
	}
	if d.home == "" {
		return nil, ""
	}
	// The turn's people, and this sentence's before the group ("Macron
	// paid a state visit to Washington, and the two heads of state ...").
	named := slices.Clone(d.named)
	for _, rf := range d.curRefs {
		if rf.j <= at && !rf.poss && (rf.kind == kName || rf.kind == kTitle) {
			if p := d.refPersonIn(rf, r); p != nil && p.shown() {
				named = append(slices.DeleteFunc(named, func(q *person) bool { return q == p }), p)
			}
		}
	}
	var foreign, own *person
	for _, p := range slices.Backward(named) {
		if !d.heads(p, state) && !(!state && d.heads(p, true)) {
			continue
		}
		switch {
		case p.country == d.home:
			if own == nil {
				own = p
			}
		case foreign == nil:
			foreign = p
		}
	}
	if foreign == nil && own != nil && state {
		// "The two heads of state expressed ... during their recent phone
		// call" after President Xi and Vice President Pence were named:
		// Xi and the President of Pence's country on the date, not Pence.
		foreign = d.foreignHead(named)
	}
	if foreign == nil {
		return nil, ""
	}
	how := detailHolders + "leaders of their countries" // both named in the turn
	if own == nil {
		how = "a foreign leader the turn named and the leader of the text's own country"
		office := "President"
		if !state && !d.heads(foreign, true) {
			office = "Prime Minister"
			if d.home == "CN" {
				office = "Premier"
			}
		}
		if hs := d.g.Holders(office, d.home, d.date); len(hs) == 1 && !d.date.IsZero() {
			own = d.register(hs[0], nil, nil)
		}
	}
	if own == nil || own == foreign {
		return nil, ""
	}
	return []*person{own, foreign}, how
}

// foreignHead is the one President, on the document's date, of the country
// of the last person named who is of a country other than the text's own;
// nil when that country has none or several known.
func (d *docState) foreignHead(named []*person) *person {
	if d.date.IsZero() {
		return nil
	}
	for _, p := range slices.Backward(named) {
		c := p.homeCountry()
		if c == "" || c == d.home {
			continue
		}
		if hs := d.g.Holders("President", c, d.date); len(hs) == 1 {
			return d.register(hs[0], nil, nil)
		}
		return nil
	}
	return nil
}

// heads reports whether p leads a country on the document's date: as its
// head of state (state), or as its head of state or government.
func (d *docState) heads(p *person, state bool) bool {
	offices := []string{"President", "King", "Emir", "Sultan"}
	if !state {
		offices = append(offices, "Prime Minister", "Premier", "Chancellor")
	}
	for _, o := range offices {
		if d.holdsTitle(p, strings.ToLower(o), o, "") {
			return true
		}
	}
	return false
}

// oneCountry reports whether two people are known to be of one country:
// "Wang Yi met with President Sisi and Prime Minister Madbouly. The two
// sides ..." are not the two Egyptians.
func oneCountry(ps []*person) bool {
	if len(ps) != 2 {
		return false
	}
	a, b := ps[0].homeCountry(), ps[1].homeCountry()
	return a != "" && a == b
}

// homeCountry is the code of p's country: the gazetteer's, else that of
// the offices it gives them.
func (p *person) homeCountry() string {
	if p.country != "" || p.gz == nil {
		return p.country
	}
	for _, o := range p.gz.Offices {
		if o.Country != "" {
			return o.Country
		}
	}
	return ""
}
