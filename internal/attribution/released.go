package attribution

import (
	"regexp"
	"slices"
	"strings"

	"github.com/readouts/readouts/internal/readout"
)

// A State Department wire release of a statement that governments signed
// opens by saying so: "The text of the following statement was released by
// the Governments of the United States of America and the Republic of
// India, on the occasion of ...", "Canada, the Kingdom of Denmark, ...,
// and the United States issue the following joint statement." Its
// signatories are the governments (rules 3 and 9): its own voice ("We
// remain convinced", "our states are pausing"), "the two sides", "each
// side" and "They" are theirs as institutions, not the delegation heads
// it names, and the release line itself is theirs.

// releasedBy reads the list after "... statement was released by".
var releasedBy = regexp.MustCompile(`(?i)\bfollowing\s+(?:joint\s+)?statement\s+(?:was|is|has\s+been)\s+(?:released|adopted|issued)\s+by\s+(?:the\s+)?(?:governments?\s+of\s+)?(.{3,600}?)(?:,?\s+(?:on\s+the\s+occasion|following|regarding|which|to\s|in\s|at\s|as\s)|[:.]?$)`)

// issueFollowing reads the list before "issue the following joint statement".
var issueFollowing = regexp.MustCompile(`(?i)^(?:the\s+governments?\s+of\s+)?(.{3,600}?)\s+(?:issue|have\s+issued|has\s+issued|released|release)\s+the\s+following\s+(?:joint\s+)?statement\b`)

// releasedGovernments sets the governments of a statement released in
// their name (jointBodies), from its first paragraphs, when no person
// signs it, and remembers the release line, which speaks for them.
func (d *docState) releasedGovernments() {
	if len(d.signatories) > 0 || len(d.jointBodies) > 0 {
		return
	}
	for at, s := range d.opening(4) {
		m := releasedBy.FindStringSubmatch(s.text)
		if m == nil {
			m = issueFollowing.FindStringSubmatch(s.text)
		}
		if m == nil {
			continue
		}
		if names := d.governmentList(m[1]); len(names) >= 2 {
			d.jointBodies, d.jointEv = names, strings.TrimSpace(m[0])
			d.releaseLine = at
			d.released = true
		}
		return // the first release line decides, governments or not
	}
}

// governmentList returns the countries of a list of governments ("the
// United States of America and the Government of India", "Canada, the
// Kingdom of Denmark, Finland, ... and the United States"), or nothing
// when it names a person: "Secretary of State Antony J. Blinken and ..."
// signs as people (jointStatement).
func (d *docState) governmentList(list string) []string {
	list = strings.NewReplacer(" and ", ",", ", and", ",", ";", ",").Replace(list)
	var names []string
	for _, item := range strings.Split(list, ",") {
		item = strings.TrimSpace(item)
		item = trimGovernmentOf(item)
		if item == "" {
			continue
		}
		toks := tokenize(item)
		if slices.ContainsFunc(toks, func(t token) bool { return titleWords[t.lower] || peopleHeads[t.lower] }) {
			return nil // "Secretary of State Antony J. Blinken", "the G7 foreign ministers", "the Leaders of Canada"
		}
		if strings.Contains(item, "European Union") {
			names = addName(names, "European Union")
			continue
		}
		if c := d.countryItem(item); c != "" {
			names = addName(names, c)
		}
	}
	return names
}

// countryItem is the country one item of a list names: "the United States
// of America", "the Republic of India", "the Kingdom of Denmark" (a state's
// formal name ends with the name the gazetteer knows), or "".
func (d *docState) countryItem(item string) string {
	if c := d.g.Country(item); c != nil {
		return c.Name
	}
	ws := strings.Fields(item)
	for n := min(4, len(ws)); n >= 1; n-- {
		if c := d.g.Country(strings.Join(ws[:n], " ")); c != nil {
			return c.Name
		}
		if c := d.g.Country(strings.Join(ws[len(ws)-n:], " ")); c != nil && len(ws) > n && ws[len(ws)-n-1] == "of" {
			return c.Name
		}
	}
	return ""
}

// releaseSpeaks credits the release line to the governments it names,
// unless people sign the statement ("Joint Statement by Secretary Blinken
// and Foreign Minister X", read after the release line by titleVoice).
func (d *docState) releaseSpeaks(pi int, res []SentenceResult) {
	if !d.released || len(d.signatories) > 0 && !d.undersigned || d.releaseLine[0] != pi || d.releaseLine[1] >= len(res) {
		return
	}
	r := &res[d.releaseLine[1]]
	ev := d.jointEv
	if d.releaseEv != "" {
		ev = d.releaseEv
	}
	for _, b := range slices.Backward(d.jointBodies) {
		setSpeaker(r, b, readout.Reason{Name: b, Role: readout.RoleSpeaker, Rule: RuleInstitution, Evidence: ev, Detail: "a government that released the statement"})
	}
}

// peopleHeads are nouns for people that sign or speak as people: a list
// naming them is not a list of governments.
var peopleHeads = set(`leader leaders head heads minister ministers representatives delegates`)

// sidesHeads are the group nouns that mean a released statement's
// governments: "the two sides", "each side", "Both countries".
var sidesHeads = set(`side sides countries country governments nations`)

// releasedSides returns the governments of a released statement for a
// group that means its sides ("the two sides", "each side", "Both
// countries"), and for a "They" right after one, not for a group of
// people ("The Ministers", "They" after them).
func (d *docState) releasedSides(toks []token, rf ref, ev string) ([]subj, bool) {
	if !d.released || len(d.jointBodies) < 2 || len(d.signatories) > 0 {
		return nil, false
	}
	if toks[rf.i].lower == "they" {
		if d.sidesAt != d.sentN-1 || d.sidesAt == 0 {
			return nil, false
		}
	} else if !slices.ContainsFunc(toks[rf.i:rf.j], func(t token) bool { return sidesHeads[t.lower] }) {
		return nil, false
	}
	d.sidesAt = d.sentN
	var out []subj
	for _, b := range d.jointBodies {
		out = append(out, subj{inst: b, rule: RuleInstitution, evidence: ev, detail: "a government that released the statement"})
	}
	return out, true
}

// trimGovernmentOf strips what may stand before a country's name in a list
// of parties: "the", "Government of", and both ("the Government of the
// United States").
func trimGovernmentOf(item string) string {
	for _, pre := range []string{"the ", "The ", "Government of ", "Governments of ", "government of ", "the "} {
		item = strings.TrimPrefix(item, pre)
	}
	return item
}
