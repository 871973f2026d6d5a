package attribution

import (
	"slices"
	"strings"
)

// Officials of a kind as a subject: "senior White House officials
// underscored", "U.S. officials reaffirmed", "Administration officials
// highlighted", "senior officials from the United States and Colombian
// government discussed". When the readout's room names officials of that
// kind (the meeting's hosts, a government's delegation), they are who
// speaks, as "Panelists" after a list of panelists are (rule 3); when it
// names none, the group is its institution's voice and nobody known
// (rule 9).

// officialsSubject reads toks[i:] as an officials group subject: "(the)
// (modifiers) officials (from the A and B government)". The modifiers are
// words of the host administration (hostModifiers) or countries'
// adjectives ("Israeli", "U.S. and Colombian"); at least one of them, or
// the "from" phrase, says whose officials they are. It returns the end of
// the subject and the codes of the officials' countries, or 0.
func (d *docState) officialsSubject(toks []token, i int) (end int, codes []string) {
	k := i
	if k < len(toks) && toks[k].lower == "the" {
		k++
	}
	add := func(c string) {
		if c != "" && !slices.Contains(codes, c) {
			codes = append(codes, c)
		}
	}
	for ; k < len(toks) && k-i <= 6 && toks[k].lower != "officials"; k++ {
		t := toks[k]
		switch {
		case !t.word:
			if t.text != "," {
				return 0, nil
			}
		case t.lower == "and" || t.lower == "senior" || t.lower == "top" || t.lower == "other":
		case t.lower == "u.s." || t.lower == "us" || t.lower == "american":
			add("US")
		case hostModifiers[t.lower]:
			add(d.home)
		case d.countryOf(t) != nil && t.cap:
			add(d.countryOf(t).Code)
		default:
			return 0, nil
		}
	}
	if k >= len(toks) || toks[k].lower != "officials" || toks[k].poss {
		return 0, nil
	}
	k++
	if k+1 < len(toks) && toks[k].lower == "from" {
		// "from the United States and Colombian government(s)".
		n := k + 1
		for n < len(toks) && n-k <= 10 {
			w := toks[n].lower
			if w == "the" || w == "and" || w == "," {
				n++
				continue
			}
			if w == "government" || w == "governments" {
				n++
				break
			}
			found := false
			for m := min(len(toks), n+3); m > n; m-- {
				var ws []string
				for _, t := range toks[n:m] {
					ws = append(ws, t.text)
				}
				if c := d.g.Country(strings.Join(ws, " ")); c != nil && toks[n].cap {
					add(c.Code)
					n, found = m, true
					break
				}
			}
			if !found {
				return 0, nil
			}
		}
		k = n
	}
	if len(codes) == 0 {
		return 0, nil
	}
	return k, codes
}

// officialsRef returns a group reference for a sentence whose subject is
// officials of a kind (officialsSubject) and whose verb, right after it,
// is one of speech; ok false otherwise. The subject opens the sentence or
// follows an opening phrase ("During the meeting, senior White House
// officials underscored").
func (d *docState) officialsRef(toks []token) (ref, bool) {
	i := openingPhraseEnd(toks, len(toks))
	end, _ := d.officialsSubject(toks, i)
	if end == 0 {
		return ref{}, false
	}
	v := end
	for v < len(toks) && skippable[toks[v].lower] {
		v++
	}
	if v >= len(toks) || toks[v].cap || !speechVerbs[toks[v].lower] {
		return ref{}, false
	}
	return ref{kind: kGroup, i: i, j: end}, true
}

// namedOfficials is who the officials group rf means: the people of the
// room r of the group's countries, the host's own people where the
// country is the issuer's (its hosts, not the guests it met), and the
// named heads of those countries' delegations; no leader (the President
// is no "official" of his administration here). Nil when the document
// names none: the institution's voice, nobody known (rule 9).
func (d *docState) namedOfficials(rf ref, s sentence, ev string, r room) []subj {
	_, codes := d.officialsSubject(s.toks, rf.i)
	// A listed guest of a list that marks the host's officials is none
	// of them (listed.go).
	guest := func(p *person) bool {
		return slices.ContainsFunc(d.attendees, func(l listedPerson) bool { return l.official }) &&
			slices.ContainsFunc(d.attendees, func(l listedPerson) bool { return l.p == p && !l.official })
	}
	var out []*person
	addP := func(p *person) {
		if p != nil && p.shown() && !p.officeWord() && !d.commonName(p) && d.officialOfGovernment(p) && !guest(p) && !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	// The issuer's own people, whose country the gazetteer may not know
	// ("Benjamin, Tanden, and Landrieu met with Barber, Henry and other
	// leaders"): the room's hosts, not the guests it met.
	of := func(p *person, room bool) bool {
		home := p.homeCountry()
		return home != "" && slices.Contains(codes, home) ||
			home == "" && (len(codes) >= 2 || room && d.home != "" && slices.Contains(codes, d.home)) && !slices.Contains(r.guests, p)
	}
	if len(r.participants) >= 2 {
		for _, p := range r.participants {
			if of(p, true) {
				addP(p)
			}
		}
	} else if d.readoutVoice() {
		// No meeting read with its parties ("Finer and Sherman co-chaired
		// a Roundtable ... The Colombian delegation was led by Leyva and
		// included Velasquez"): the people the readout names of those
		// countries; of the issuer's, also those whose titles make them
		// its officials ("Assistant to the President and Director of the
		// Gender Policy Council Jennifer Klein"), not a state legislator.
		for _, p := range d.named {
			if p.gz == nil && len(p.titles) == 0 {
				continue // no office known: a name the rules read, not an official's ("Heritage Month")
			}
			home := p.homeCountry()
			if home != "" && slices.Contains(codes, home) || home == "" && (len(codes) >= 2 ||
				d.home != "" && slices.Contains(codes, d.home) && officialDescription(strings.Fields(strings.Join(p.titles, " ")))) {
				addP(p)
			}
		}
	}
	if d.home != "" && slices.Contains(codes, d.home) {
		// "Administration officials highlighted" after a list of
		// "White House Officials": the listed officials.
		for _, l := range d.attendees {
			if l.official {
				addP(l.p)
			}
		}
	}
	for _, sd := range d.sides {
		if slices.Contains(codes, sd.country) {
			for _, p := range sd.heads {
				addP(p)
			}
		}
	}
	if len(out) == 0 {
		return nil
	}
	return partiesSpeak(out, ev, "the officials of that kind the room names")
}

// readoutVoice reports whether the text speaks in the readout's own voice:
// no speech, transcript, spokesperson or turn.
func (d *docState) readoutVoice() bool {
	if d.docSpeaker != nil || d.spokesperson != nil || d.voice != nil || d.speech || d.transcript {
		return false
	}
	n := len(d.modes)
	return n == 0 || d.modes[n-1].owner == nil && !d.modes[n-1].question && !d.modes[n-1].moderator
}

// nonOfficialWords in a title make its holder no official of an
// administration's staff: an elected member of another body, a governor,
// a mayor, a spouse ("White House officials thanked the legislators" is
// not Governor Cooper, nor the First Lady).
var nonOfficialWords = set(`governor senator sen congressman congresswoman congressmember mayor legislator
assemblywoman assemblyman assemblymember delegate whip speaker tempore lady gentleman councilmember`)

// officialOfGovernment reports whether p may be one of a government's
// "officials": not its leader, president or vice president, no holder of
// a title of nonOfficialWords, and, known to the gazetteer with offices,
// in one ended less than 25 years before the document (not "Harry S.
// Truman"). "Representative" alone is a member of Congress, not "U.S.
// Trade Representative".
func (d *docState) officialOfGovernment(p *person) bool {
	if d.leads(p) {
		return false
	}
	titles := slices.Clone(p.titles)
	if p.gz != nil && len(p.gz.Offices) > 0 && !d.date.IsZero() {
		historical := true
		for _, o := range p.gz.Offices {
			if o.Covers(d.date) {
				titles = append(titles, strings.ToLower(o.Title))
			}
			if o.To.IsZero() || o.To.AddDate(25, 0, 0).After(d.date) {
				historical = false
			}
		}
		if historical {
			return false
		}
	}
	for _, t := range titles {
		f := strings.Fields(t)
		if len(f) == 0 {
			continue
		}
		if f[0] == "president" || f[len(f)-1] == "president" && (len(f) == 1 || f[len(f)-2] == "vice") {
			return false
		}
		if len(f) == 1 && (f[0] == "representative" || f[0] == "rep") || slices.ContainsFunc(f, func(w string) bool { return nonOfficialWords[w] }) {
			return false
		}
	}
	return true
}

// commonName reports whether p, unknown to the gazetteer, is named by words
// the document writes in lower case or a body's, or by words after others
// that are no title ("Heritage Month" of "National Arab American Heritage
// Month"): no official's name.
func (d *docState) commonName(p *person) bool {
	if p.gz != nil {
		return false
	}
	f := strings.Fields(strings.ToLower(p.name))
	if len(f) > 0 && (d.lower[f[len(f)-1]] || bodyWords[f[len(f)-1]]) {
		return true
	}
	// Words before it that hold no title word ("National Arab American")
	// are no office.
	return len(p.titles) > 0 && !slices.ContainsFunc(p.titles, func(t string) bool {
		return slices.ContainsFunc(strings.Fields(t), func(w string) bool { return titleWords[w] && w != "national" })
	})
}
