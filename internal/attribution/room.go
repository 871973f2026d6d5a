package attribution

import "slices"

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
func (d *docState) roomSide(code string) []*person {
	if code == "" || len(d.participants) < 2 || len(d.guests) == 0 || len(d.guests) == len(d.participants) ||
		len(d.signatories) > 0 || len(d.jointBodies) > 0 {
		return nil
	}
	if n := len(d.modes); n > 0 && (d.modes[n-1].owner != nil || d.modes[n-1].question || d.modes[n-1].moderator) {
		return nil
	}
	var hosts []*person
	for _, p := range d.participants {
		if !slices.Contains(d.guests, p) {
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
	switch h, g := of(hosts), of(d.guests); {
	case h && !g:
		side = hosts
	case g && !h:
		side = d.guests
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
