// Resolving a subject: pronouns, titles and groups to the people they mean
// (rules 3 and 5).

package attribution

import (
	"slices"
	"strconv"
	"strings"

	"github.com/readouts/readouts/internal/gazetteer"
)

// resolveSubject turns a subject reference into speakers.
func (d *docState) resolveSubject(rf ref, s sentence, para int) []subj {
	ev := span(s.text, s.toks, rf.i, rf.j)
	switch rf.kind {
	case kName:
		if rf.p == nil {
			return nil
		}
		detail := rf.detail
		if detail == "" && rf.rule != "" && rf.rule != "title" {
			detail = rf.rule
		}
		return []subj{{p: rf.p, rule: RuleVerb, evidence: ev, detail: detail, focus: true}}
	case kTitle:
		if rf.p != nil {
			// "as the prime minister said" at the podium: found with the
			// reference (podiumTitles).
			return []subj{{p: rf.p, rule: RuleTitle, evidence: ev, detail: "the other principal at the podium", focus: true}}
		}
		p, how := d.resolveTitle(rf, d.room)
		if p == nil {
			return nil
		}
		return []subj{{p: p, rule: RuleTitle, evidence: ev, detail: how, focus: true}}
	case kPronoun:
		p, detail, guessed := d.subjectAntecedent(rf, s, para)
		if p == nil {
			return nil
		}
		return []subj{{p: p, rule: RulePronoun, evidence: ev, detail: detail, focus: true, guessed: guessed}}
	case kGroup:
		return d.groupSpeakers(rf, s, ev)
	case kInst:
		return []subj{{inst: rf.inst, rule: RuleInstitution, evidence: ev}}
	}
	return nil
}

// ownSubject reports whether the sentence's own individual subject (a
// speaker or a narrated subject) can be what a "his" or "her" of it means:
// a person of that gender or of none known.
func ownSubject(speakers []subj, focusOnly []*person, pron string) bool {
	want := pronounGender(pron)
	fits := func(p *person) bool { return fitsPronoun(p, want) }
	for _, x := range speakers {
		if x.focus && x.p != nil && fits(x.p) {
			return true
		}
	}
	return slices.ContainsFunc(focusOnly, fits)
}

// sentenceAntecedent is who a "he" or "she" after the start of a sentence
// refers to when the sentence itself names them first: the nearest
// subject before it ("regarding Vice Premier Liu He's visit, President
// Trump said that he hopes": Trump, not the person the previous sentence
// quoted), else the nearest possessive ("Following Secretary Austin's call
// with Minister Reznikov, in which he previewed"), of the pronoun's gender
// or of none known. The object of a preposition, and what is joined to it,
// is no antecedent ("During his talks with President Xi and Premier Li, he
// proposed" is someone else); the agent of a passive is ("confirmed by the
// Secretary-General when he spoke").
func (d *docState) sentenceAntecedent(rf ref, s sentence) *person {
	if rf.i == 0 || d.cur != s.text {
		return nil
	}
	want := pronounGender(s.toks[rf.i].lower)
	var subject, possessive *person
	objEnd := -1 // end of the last reference that was a preposition's object
	for r := range refsNamedBefore(d.curRefs, rf.i) {
		b := r.i // first word of the reference with its title and article
		for b > 0 && (titleWords[s.toks[b-1].lower] || s.toks[b-1].lower == "the" || d.countryOf(s.toks[b-1]) != nil) {
			b--
		}
		// A possessive counts after a preposition too: "on the President's
		// opinion that he believes".
		if !r.poss && (b > 0 && prepositions[s.toks[b-1].lower] && s.toks[b-1].lower != "by" || objEnd >= 0 && joinedTo(s.toks, objEnd, b)) {
			objEnd = r.j
			continue
		}
		objEnd = -1
		p := d.refPerson(r)
		if p == nil || !p.shown() {
			continue
		}
		if !fitsPronoun(p, want) {
			continue
		}
		if subject != nil && !r.poss && b > 0 && verbObject(s.toks[b-1]) {
			// "President Biden thanked President Duda ..., and he
			// pledged": the object of the subject's verb is not whom a
			// later "he" of the sentence continues.
			continue
		}
		if r.poss {
			possessive = p
		} else {
			subject = p
		}
	}
	if subject != nil {
		return subject
	}
	return possessive
}

// verbObject reports whether t, just before a reference, is a verb in the
// past whose object the reference is ("thanked", "told", "congratulated"),
// not a word that opens a clause of its own.
func verbObject(t token) bool {
	if !t.word || t.cap {
		return false
	}
	return speechVerbs[t.lower] && (strings.HasSuffix(t.lower, "ed") || t.lower == "told")
}

// joinedTo reports whether toks[from:to] only join two references: "and",
// commas and titles ("President Xi and Premier Li").
func joinedTo(toks []token, from, to int) bool {
	and := false
	for _, t := range toks[from:to] {
		switch {
		case t.lower == "and" || t.lower == ",":
			and = true
		case titleWords[t.lower] || t.lower == "the" || t.cap:
		default:
			return false
		}
	}
	return and
}

// openingSubject is the person a sentence opens with as its subject: a
// name or title at its start, not possessive, followed by a verb in lower
// case ("President Biden today joined", "Secretary Blinken participated").
func (d *docState) openingSubject(refs []ref, toks []token) *person {
	// "SECRETARY BLINKEN: The President pushed human rights with President
	// Putin": after a transcript's label, the sentence opens again.
	if l := labelEnd(toks); l > 0 {
		for len(refs) > 0 && refs[0].i < l {
			refs = refs[1:]
		}
		toks = toks[l:]
		refs = slices.Clone(refs)
		for x := range refs {
			refs[x].i -= l
			refs[x].j -= l
		}
	}
	if len(refs) == 0 || refs[0].poss || refs[0].kind != kName && refs[0].kind != kTitle {
		return nil
	}
	for _, t := range toks[:refs[0].i] { // "President", "The", "U.S."
		if !titleWords[t.lower] && t.lower != "the" && d.countryOf(t) == nil {
			return nil
		}
	}
	k := refs[0].j
	if k+1 < len(toks) && toks[k].text == "," && suffixes[strings.TrimSuffix(toks[k+1].lower, ".")] {
		k += 2 // "Joseph R. Biden, Jr."
	}
	for k < len(toks) && toks[k].word && skippable[toks[k].lower] {
		k++
	}
	if k >= len(toks) || !toks[k].word || toks[k].cap || !strings.HasSuffix(toks[k].lower, "ed") && !speechEventAhead(toks, k) {
		return nil
	}
	p := d.refPerson(refs[0])
	if p == nil || !p.shown() {
		return nil
	}
	return p
}

// speechOwner is the speaker of a speech (a UN General Debate statement)
// while its text is attributed, else nil.
func (d *docState) speechOwner() *person {
	if len(d.modes) == 0 {
		return nil
	}
	if m := d.modes[len(d.modes)-1]; m.rule == RuleDocument && !m.question {
		return m.owner
	}
	return nil
}

// speechReach is how many sentences back a speech's "he" or "she" looks
// for the person it means.
const speechReach = 8

// speechAntecedent is who a subject "he" or "she" of a speech means. The
// speaker says "I" throughout, and the people a speech speaks of are
// mostly named, not speaking ("I applaud the leadership that
// Secretary-General Guterres continues to show on migration ... I fully
// agree with the Secretary-General when he says"), so it is the person
// last named, in any role, before the pronoun in its sentence or in the
// few sentences before: not the last one who spoke, paragraphs back ("the
// words and actions of Mandela, especially when he said:" is not the
// Secretary-General's). It returns the paragraph where they were named.
func (d *docState) speechAntecedent(rf ref, s sentence, owner *person) (*person, int) {
	want := pronounGender(s.toks[rf.i].lower)
	if n := len(s.toks); n > 0 && s.toks[n-1].text == "?" && questionOpeners[s.toks[firstWord(s.toks)].lower] {
		// "Could he show the map of Armenia that he recognizes?": a
		// question asks what nobody has said.
		return nil, 0
	}
	fits := func(p *person) bool { return fitsOther(p, owner, want) && p.shown() }
	if relativeSubject(s.toks, rf.i) {
		// "the agendas he has set out", "The Common Agenda that he has
		// outlined provides us with a framework": a thing it is about,
		// not his words.
		return nil, 0
	}
	if d.cur == s.text {
		// "In a letter that he sent on 20 December 2020 to His Excellency
		// Mr. Mahmoud Abbas, His Majesty King Mohammed VI reiterated": the
		// person the opening phrase's "he" means comes after it.
		if comma := slices.IndexFunc(s.toks, func(t token) bool { return t.text == "," }); comma > rf.i && rf.i > firstWord(s.toks) {
			for _, r := range d.curRefs {
				if r.i > comma && (r.kind == kName || r.kind == kTitle) && !r.poss {
					if p := d.refPerson(r); p != nil && fits(p) {
						return p, inSentence
					}
					return nil, 0
				}
			}
		}
		var last *person
		unknown := false
		for r := range refsNamedBefore(d.curRefs, rf.i) {
			p := d.refPerson(r)
			if p != nil && fits(p) {
				last, unknown = p, false
			} else if p == nil {
				// "When I met with the President of the General Assembly
				// in Vienna recently, he told me": an office held by
				// nobody known.
				unknown = true
			}
		}
		if unknown {
			return nil, 0
		}
		if last != nil {
			return last, inSentence
		}
	}
	return d.speechRecent(fits)
}

// speechRecent is the person a speech last named in the sentences before
// this one whom fits accepts, and the paragraph where it named them.
func (d *docState) speechRecent(fits func(*person) bool) (*person, int) {
	// Too far back, or someone the cast does not know was named since
	// ("Benito Perez Galdos was an outstanding Spanish writer ... he
	// regretfully observed"): nobody known.
	unknownSince := func(n turnName) bool { return d.speechUnknown > n.sent || d.speechUnknownSubject >= n.sent }
	return recentNamed(d.speechNamed, d.sentN, speechReach, unknownSince, fits)
}

// speechPossessive is whose stance a speech's "his" or "her" before a
// stance noun at k is: a person the sentence names before it ("We agree
// with the Secretary-General, Mr. Antonio Guterres, in his call"), but
// nobody where the sentence thanks or praises them for it ("I thank the
// Secretary-General for his commitment", "I particularly applaud his
// vision": rule 3's one side acting), else the person the speech last
// named ("I discussed that vision of peace with President Biden. ... I
// deeply appreciate his commitment").
func (d *docState) speechPossessive(refs []ref, toks []token, k int, want gazetteer.Gender, owner *person) (*person, int) {
	if traitNouns[toks[k+1].lower] && !(k+3 < len(toks) && toks[k+2].lower == "and" && stanceNouns[toks[k+3].lower] && !traitNouns[toks[k+3].lower]) {
		return nil, 0 // "His determination challenges and compels us": praise, no stance
	}
	for x := 0; x+1 < k; x++ {
		if genericDets[toks[x].lower] && (titleWords[toks[x+1].lower] || x+2 < k && titleWords[toks[x+2].lower]) {
			// "a world leader can generate consequences ... just with
			// his words": anyone's.
			return nil, 0
		}
	}
	if k > 1 && toks[k-1].lower == "for" && toks[k-2].text == "," || k > 0 && toks[k-1].lower == "for" && firstWord(toks) < k-1 && !slices.ContainsFunc(toks[firstWord(toks):k-1], func(t token) bool { return t.word && !t.cap && !titleWords[t.lower] && !descriptorWords[t.lower] }) {
		// "Mr. Csaba Korosi. for his commitment in conducting the work
		// of the previous session": the rest of a sentence that thanked
		// him, cut after his name.
		return nil, 0
	}
	for _, t := range toks[:k] {
		for _, w := range praiseStems {
			if strings.HasPrefix(t.lower, w) {
				return nil, 0
			}
		}
	}
	if q, named := d.namedBefore(refs, k, want, owner); named {
		if q == nil {
			// "The State Counsellor mentioned in her statement": an
			// office the cast does not resolve; whom the speech's
			// speakers last meant, as elsewhere.
			return d.antecedent(pronounOf(want))
		}
		return q, inSentence
	}
	return d.speechRecent(func(p *person) bool { return fitsOther(p, owner, want) && p.shown() })
}

// genericDets make a person anyone of a kind: "a world leader", "any
// president".
var genericDets = set(`a an any every each`)

// traitNouns among the stance nouns name what someone is rather than
// what they hold: "his determination".
var traitNouns = set(`determination`)

// praiseStems begin the words that thank or praise someone: "thank",
// "commend", "congratulate", "pay tribute", "appreciation".
var praiseStems = []string{"remembered", "thank", "commend", "congratulat", "prais", "applau", "salut", "tribute", "gratitude", "grateful", "appreciat", "laud", "hail", "acknowledg", "recogni"}

// inSentence is the paragraph speechAntecedent and speechPossessive give
// for a person named in the pronoun's own sentence.
const inSentence = -2

// speechAntecedentDetail explains where speechAntecedent found a pronoun's
// person.
func speechAntecedentDetail(at int) string {
	if at == inSentence {
		return sameSentenceAntecedent
	}
	return "the person the speech last named, in paragraph " + strconv.Itoa(at)
}

// questionOpeners begin a question that asks whether: "Could he show ...
// that he recognizes?", "Is he referring to ...?".
var questionOpeners = set(`is was are were does did do could can will would should has have had`)

// speechReferent reports whether the person p a reference of a speech
// names is sure enough to be whom a later "he" or "she" means: not a
// bare word that only a gazetteer surname makes someone ("the Prophet
// emigrated to Medina"), nor an office whose holder is only a guess from
// the year ("the President" of the Assembly, elected in September), nor
// a past holder written as the office ("the previous President of the
// United States" is not the present one).
func (d *docState) speechReferent(toks []token, rf ref, p *person) bool {
	if rf.kind == kName {
		// One word: the same person the speech named in full before.
		return rf.j-rf.i > 1 || d.titleOfName(toks, rf) != nil || slices.ContainsFunc(d.speechNamed, func(n turnName) bool { return n.p == p })
	}
	if strings.HasPrefix(rf.title.canon, "President") && rf.title.country == "" {
		// "the President", "Mr. President": the Assembly's, elected in
		// September, whom a year-only date does not tell.
		return false
	}
	for k := rf.i - 1; k >= 0 && k >= rf.i-2; k-- {
		if w := toks[k].lower; w == "former" || w == "previous" || w == "outgoing" || w == "then" {
			return false
		}
	}
	q, how := d.resolveTitle(rf, d.room)
	return q == p && (strings.Contains(how, " throughout ") || strings.HasPrefix(how, "named"))
}

// pronounOf is the subject pronoun that asks for gender g.
func pronounOf(g gazetteer.Gender) string {
	if g == gazetteer.Female {
		return "she"
	}
	return "he"
}

// relativeSubject reports whether the pronoun at i is the subject of a
// relative clause that tells a thing of theirs ("the agendas he has set
// out", "the speech that he delivered", "initiatives which he
// outlines"), not of a clause that reports what they said ("He said that
// he", "as he said").
func relativeSubject(toks []token, i int) bool {
	if i < 2 || !toks[i-1].word {
		return false
	}
	prev := toks[i-1].lower
	for k := i + 1; k < len(toks) && k <= i+3; k++ {
		// "which he believes to be the starting point", "which he has
		// so eloquently described as": what he holds of it.
		if w := toks[k].lower; sayWords[w] || holdWords[w] {
			return false
		} else if !adverb(toks[k], toks[min(k+1, len(toks)-1)]) && w != "has" && w != "had" && w != "have" {
			break
		}
	}
	if prev == "that" || prev == "which" {
		b := toks[i-2]
		return prev == "which" && b.text == "," || b.word && !speechVerbs[b.lower] && !sayWords[b.lower] && !clauseHeads[b.lower]
	}
	return !toks[i-1].cap && len(prev) > 3 && strings.HasSuffix(prev, "s") && !strings.HasSuffix(prev, "ss") && !speechVerbs[prev] && !clauseHeads[prev] && !strings.HasSuffix(prev, "ly")
}

// sayWords take a "that" clause of what is said or held: "to say that
// she had asked", "believes that he".
var sayWords = set(`say says said saying tell tells told state states stated note notes noted believe believes believed think thinks thought know knows knew hope hopes hoped argue argues argued claim claims claimed insist insists insisted clear sure`)

// holdWords say what someone holds a thing to be: "which he describes
// as", "which she considers".
var holdWords = set(`describe describes described call calls called consider considers considered regard regards regarded see sees saw view views viewed`)

// clauseHeads introduce a clause whose subject may follow them: "so that
// he", "now that she", "unless he".
var clauseHeads = set(`so now such given provided unless thus perhaps always sometimes nevertheless nonetheless besides whereas was has is does this its yes ensures means believes hopes`)

// someWords open a group that is part of the room: "Multiple
// participants", "Several attendees".
var someWords = set(`multiple several some many few most`)

// pastAfter reports whether the verb after a subject ending at j ("The
// two sides also agreed", "both sides have reaffirmed") is in the past: a
// regular "-ed" or an irregular past of a speech verb; not "the two sides
// maintain close communication".
func pastAfter(toks []token, j int) bool {
	for k := j; k < len(toks) && k < j+5; k++ {
		w := toks[k].lower
		if skippable[w] || w == "have" || w == "has" || w == "had" && k+1 < len(toks) && strings.HasSuffix(toks[k+1].lower, "ed") {
			continue
		}
		if !toks[k].word || toks[k].cap {
			return false
		}
		if strings.HasSuffix(w, "ed") || w == "had" {
			return true
		}
		for _, p := range irregularPast {
			if w == p {
				return true
			}
		}
		return false
	}
	return false
}

// answering reports whether the paragraph being read is a press
// conference's "A:" answer (or the spokesperson's opening announcements).
func (d *docState) answering() bool {
	if len(d.modes) == 0 {
		return false
	}
	m := d.modes[len(d.modes)-1]
	return m.rule == RuleQA && !m.question
}

// answerNamed returns the people named in the current turn (named) whom
// the spokesperson's answer itself names, not only its question, most
// recent last.
func (d *docState) answerNamed() []*person {
	return slices.DeleteFunc(slices.Clone(d.named), func(p *person) bool { return !slices.Contains(d.turnPeople, p) })
}

// redactedBefore reports whether a redacted official stands before the
// pronoun at k in its sentence ("[senior administration official] sort
// of touched on this when he talked about"): the pronoun is theirs, a
// person no name resolves (rule 5), not the turn's last speaker.
func redactedBefore(s sentence, k int) bool {
	b := strings.LastIndex(s.text[:s.toks[k].start], "[")
	if b < 0 {
		return false
	}
	e := strings.IndexByte(s.text[b:], ']')
	return e > 0 && strings.Contains(strings.ToLower(s.text[b:b+e]), "official")
}
