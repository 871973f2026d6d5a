package attribution

import (
	"slices"
	"strings"

	"github.com/readouts/readouts/internal/gazetteer"
	"github.com/readouts/readouts/internal/readout"
)

// Speech acts: what a speaker did with words in a sentence, as the verb
// names it (issue 12, section 4). An analyst asks "what did Wang Yi
// oppose", not "where did Wang Yi speak": each sentence with a speaker gets
// the acts its verbs name, from a small fixed set with stable slugs (they
// are URL parameters and index terms):
//
//	urged              urged, called for / on / upon, pressed, encouraged, appealed, demanded, requested, proposed, asked X to
//	agreed             agreed, reaffirmed, reiterated, committed, affirmed, pledged, promised, vowed, assured, supported, expressed support
//	stressed           stressed, underscored, emphasized, highlighted, underlined, noted, pointed out, made clear, insisted
//	expressed-concern  expressed / raised / voiced concern (regret, opposition, …), is concerned, condemned, opposed, criticized,
//	                   rejected, warned, deplored, denounced, lodged representations, sounded the alarm
//	welcomed           welcomed (a development, not a visitor), praised, thanked, congratulated, appreciated, commended,
//	                   applauded, expressed appreciation / gratitude, is grateful / pleased / encouraged by
//	discussed          discussed, exchanged views, reviewed, consulted, spoke / talked about, had discussions, hosted … to discuss
//	announced          announced, launched, unveiled
//
// Plain reporting (said, told, stated, added, explained, informed, hoped,
// looked forward) names no act: a "said" facet would hold nearly every
// speaker paragraph and tell an analyst nothing.
//
// An act is only recorded where a speaker is credited: from the verb that
// made someone a speaker (speakers.go records it), or, in the text's own
// voice, from a verb whose subject is "we", "I" or the issuing country
// ("We urge", "China firmly opposes", "The United States welcomes";
// voiceActs). A negated, future or modal verb ("did not agree", "will
// emphasize", "we must reject") performs nothing and names no act: the
// attribution already refuses such verbs as speech (isSpeech), and
// voiceActs refuses them the same way. "Disagreed" is therefore not an act
// of its own; the labels (testdata/acts) hold too few cases to measure one.
const (
	ActUrged     = "urged"
	ActAgreed    = "agreed"
	ActStressed  = "stressed"
	ActConcern   = "expressed-concern"
	ActWelcomed  = "welcomed"
	ActDiscussed = "discussed"
	ActAnnounced = "announced"
)

// Acts are the act slugs, in the order pages list them.
var Acts = []string{ActUrged, ActAgreed, ActStressed, ActConcern, ActWelcomed, ActDiscussed, ActAnnounced}

// IsAct reports whether s is one of Acts.
func IsAct(s string) bool { return slices.Contains(Acts, s) }

// verbActs maps every form of a verb (base, -s, -ed, -ing, as tokens are
// folded) to the act it names on its own. Verbs whose act depends on what
// follows ("called for", "expressed concern", "noted the reports") are in
// actAt.
var verbActs = func() map[string]string {
	m := map[string]string{}
	for act, words := range map[string]string{
		ActUrged: `urge urges urged urging press presses pressed pressing encourage encourages encouraged encouraging
			appeal appeals appealed appealing demand demands demanded demanding request requests requested requesting
			propose proposes proposed proposing`,
		ActAgreed: `agree agrees agreed agreeing reaffirm reaffirms reaffirmed reaffirming reiterate reiterates reiterated
			reiterating commit commits committed committing affirm affirms affirmed affirming pledge pledges pledged pledging
			promise promises promised promising vow vows vowed vowing assure assures assured assuring re-committed recommitted recommits recommitting concur concurs concurred concurring
			reconfirm reconfirms reconfirmed re-affirmed resolved
			decide decides decided
			support supports supported supporting`,
		ActStressed: `stress stresses stressed stressing underscore underscores underscored underscoring emphasize emphasizes
			emphasized emphasizing emphasise emphasises emphasised emphasising highlight highlights highlighted highlighting
			underline underlines underlined underlining insist insists insisted insisting
			reemphasized reemphasizes re-emphasized re-emphasizes re-emphasised`,
		ActConcern: `condemn condemns condemned condemning oppose opposes opposed opposing criticize criticizes criticized
			criticizing criticise criticises criticised criticising reject rejects rejected rejecting warn warns warned warning
			deplore deplores deplored deploring denounce denounces denounced denouncing caution cautions cautioned
			protest protests protested protesting regret regrets regretted regretting`,
		ActWelcomed: `welcome welcomes welcomed welcoming praise praises praised praising thank thanks thanked thanking
			congratulate congratulates congratulated congratulating appreciate appreciates appreciated appreciating
			commend commends commended commending applaud applauds applauded applauding salute salutes saluted saluting
			laud lauds lauded lauding hail hails hailed hailing`,
		ActDiscussed: `discuss discusses discussed discussing review reviews reviewed reviewing consult consults consulted
			consulting exchange exchanges exchanged exchanging`,
		ActAnnounced: `announce announces announced announcing launch launches launched launching unveil unveils unveiled unveiling`,
	} {
		for _, w := range strings.Fields(words) {
			m[w] = act
		}
	}
	return m
}()

// objectActs name the act of "expressed concern", "conveyed appreciation",
// "raised concerns", "offered support", "lodged representations" by the
// noun that follows the verb.
var objectActs = func() map[string]string {
	m := map[string]string{}
	for act, words := range map[string]string{
		ActConcern: `concern concerns alarm regret regrets disappointment opposition dissatisfaction outrage indignation
			condemnation objection objections protest protests representation representations reservations`,
		ActWelcomed:  `appreciation gratitude thanks admiration congratulations`,
		ActAgreed:    `support commitment commitments solidarity`,
		ActDiscussed: `views`,
	} {
		for _, w := range strings.Fields(words) {
			m[w] = act
		}
	}
	return m
}()

// objectVerbs take their act from their object: "expressed concern".
// "raised" without one raises a topic: discussed.
var objectVerbs = set(`express expresses expressed expressing voice voices voiced voicing convey conveys conveyed conveying
raise raises raised raising share shares shared sharing offer offers offered offering extend extends extended extending
lodge lodges lodged lodging`)

// stanceActs are the acts of an adjective after a copula: "remains
// concerned", "is grateful", "are encouraged by".
var stanceActs = map[string]string{
	"concerned": ActConcern, "worried": ActConcern, "alarmed": ActConcern, "troubled": ActConcern, "opposed": ActConcern,
	"grateful": ActWelcomed, "pleased": ActWelcomed, "encouraged": ActWelcomed, "delighted": ActWelcomed, "glad": ActWelcomed,
	"thankful": ActWelcomed, "heartened": ActWelcomed,
	"committed": ActAgreed, "determined": ActAgreed,
	"clear": ActStressed,
}

// actAt returns the act named by the verb at toks[v], read with what
// follows it, or "" when it names none. A copula names the act of its
// stance adjective ("is deeply concerned"); "had/held discussions" is
// discussed.
func actAt(toks []token, v int) string {
	if v < 0 || v >= len(toks) {
		return ""
	}
	w := toks[v].lower
	next := func(k int) string {
		if v+k < len(toks) {
			return toks[v+k].lower
		}
		return ""
	}
	switch {
	case copulas[w] || w == "remain" || w == "am" || w == "stay" || w == "stays" || w == "stayed":
		for k := v + 1; k < len(toks) && k <= v+4; k++ {
			if a, ok := stanceActs[toks[k].lower]; ok {
				return a
			}
			if l := toks[k].lower; !(l == "very" || l == "deeply" || l == "also" || l == "been" || l == "fully" || l == "strongly" ||
				l == "still" || l == "absolutely" || l == "firmly" || l == "gravely" || l == "extremely" || l == "so" || l == "most" || l == "greatly") {
				return ""
			}
		}
		return ""
	case w == "had" || w == "held" || w == "continued":
		// "had candid discussions"; not "held a call" or "hold a meeting",
		// which only narrate.
		for k := v + 1; k < len(toks) && k <= v+8; k++ {
			switch toks[k].lower {
			case "discussions", "discussion", "talks", "conversation", "conversations", "dialogue", "exchange", "exchanges":
				return ActDiscussed
			case ".", ";", "with", "call", "meeting":
				return ""
			}
		}
		return ""
	case w == "call" || w == "calls" || w == "called" || w == "calling":
		// "called for", "called on"; "called Prime Minister X" is a phone call.
		if n := next(1); n == "for" || n == "on" || n == "upon" {
			return ActUrged
		}
		return ""
	case w == "ask" || w == "asks" || w == "asked" || w == "asking":
		// "asked the mayors to remain": a request; "asked about": a question.
		for k := v + 2; k < len(toks) && k <= v+5; k++ {
			if toks[k].lower == "to" {
				return ActUrged
			}
			if !toks[k].word {
				return ""
			}
		}
		return ""
	case w == "noted" || w == "notes" || w == "noting" || w == "note":
		// "We noted the reports": taking note, not stressing.
		for k := v + 1; k < len(toks) && k <= v+4; k++ {
			switch toks[k].lower {
			case "reports", "report", "remarks", "comments", "media", "relevant":
				return ""
			}
		}
		return ActStressed
	case w == "pointed" || w == "points" || w == "pointing" || w == "point":
		if next(1) == "out" {
			return ActStressed
		}
		return ""
	case w == "made" || w == "make" || w == "makes" || w == "making":
		if next(1) == "clear" || next(1) == "it" && next(2) == "clear" {
			return ActStressed
		}
		return ""
	case w == "spoke" || w == "speaks" || w == "talked" || w == "talks" || w == "spoken":
		if n := next(1); n == "about" || n == "of" || n == "candidly" && (next(2) == "about" || next(2) == "of") {
			return ActDiscussed
		}
		return ""
	case w == "sound" || w == "sounded" || w == "sounding" || w == "sounds":
		if next(1) == "the" && next(2) == "alarm" {
			return ActConcern
		}
		return ""
	case objectVerbs[w]:
		for k := v + 1; k < len(toks) && k <= v+8; k++ {
			l := toks[k].lower
			if a, ok := objectActs[l]; ok {
				return a
			}
			if l == "," || l == "." || l == ";" || l == "that" || l == "with" && k > v+1 {
				break
			}
		}
		if strings.HasPrefix(w, "rais") {
			return ActDiscussed // "raised the case of": a topic brought up
		}
		return ""
	}
	return verbActs[w]
}

// verbActsAt is actAt with every object of a verb that takes its act from
// its object: "expressed explicit support for X and opposition against
// violence" is agreed and expressed-concern. A gerund after a preposition
// is no act of anyone's: "coordination in supporting Ukraine".
func verbActsAt(toks []token, v int) []string {
	if v > 0 && strings.HasSuffix(toks[v].lower, "ing") && prepositions[toks[v-1].lower] {
		return nil
	}
	a := actAt(toks, v)
	if a == "" {
		return nil
	}
	out := []string{a}
	if objectVerbs[toks[v].lower] {
		for k := v + 1; k < len(toks) && k <= v+14; k++ {
			l := toks[k].lower
			if l == "." || l == ";" || l == "," || l == "that" {
				break
			}
			// A further object is coordinated ("support for X and
			// opposition to Y"), not a noun of a phrase ("gratitude for
			// Oman’s support").
			if o, ok := objectActs[l]; ok && !slices.Contains(out, o) && slices.ContainsFunc(toks[max(v+1, k-3):k], func(t token) bool { return t.lower == "and" }) {
				out = append(out, o)
			}
		}
	}
	return out
}

// actBy is an act and the subject of the verb that names it.
type actBy struct {
	act string
	by  subj
}

// addAct appends the acts of the verb at v, done by x, to acts.
func addAct(acts []actBy, x subj, toks []token, v int) []actBy {
	for _, a := range verbActsAt(toks, v) {
		acts = append(acts, actBy{act: a, by: x})
	}
	return acts
}

// creditActs turns the acts a sentence's verbs name into its acts and who
// did each, among its speakers: the subject when it is one ("Wang Yi
// opposed"), otherwise every speaker ("The Chinese side opposes" in a
// spokesperson's answer, where the institution yields to the person).
func creditActs(acts []actBy, speakers []string) ([]string, []readout.SpeakerAct) {
	var flat []string
	var pairs []readout.SpeakerAct
	for _, a := range acts {
		if !slices.Contains(flat, a.act) {
			flat = append(flat, a.act)
		}
		name := a.by.inst
		if a.by.p != nil {
			name = a.by.p.name
		}
		by := speakers
		if slices.Contains(speakers, name) {
			by = []string{name}
		}
		pairs = addPairs(pairs, by, a.act)
	}
	return flat, pairs
}

// addPairs appends (name, act) for each name, once.
func addPairs(pairs []readout.SpeakerAct, names []string, act string) []readout.SpeakerAct {
	for _, n := range names {
		if sa := (readout.SpeakerAct{Speaker: n, Act: act}); !slices.Contains(pairs, sa) {
			pairs = append(pairs, sa)
		}
	}
	return pairs
}

// purposeActs appends the acts of every "to VERB" of the clause after the
// meeting verb at v: "spoke with X to congratulate him … and to reiterate
// the commitment" is welcomed and agreed.
func purposeActs(acts []actBy, x subj, toks []token, v int) []actBy {
	for k := v + 1; k+1 < len(toks) && k <= v+40; k++ {
		switch toks[k].lower {
		case ".", ";", ":":
			return acts
		case "to":
			if purposeVerbs[toks[k+1].lower] {
				acts = addAct(acts, x, toks, k+1)
			}
		}
	}
	return acts
}

// voiceBetween may stand between a first-person or country subject and its
// verb: "We also strongly urge", "we have been stressing", "We continue to
// call for", "I would like to stress", "we are continuing to sound the
// alarm". Modals and negations are absent on purpose: "we will continue
// to", "we must reject", "we do not accept".
var voiceBetween = set(`also further again once still strongly firmly fully warmly deeply greatly highly sincerely
truly really just already all both heartily always consistently repeatedly therefore hereby likewise jointly today
have has had been are is am continue continues continued continuing to would like want wish`)

// beForms before a participle make it passive ("we are bound", "we are
// encouraged by"): the act, if any, is the stance adjective's (actAt on the
// copula).
var beForms = set(`are is am was were be been`)

// firstPerson are subjects of the text's own voice, with their
// contractions ("I’m grateful").
var firstPerson = set(`we i i’m i'm we’re we're`)

// voiceParties follow a country in a subject that speaks for it: "the
// Chinese side", "the U.S. Government", "the Norwegian people".
var voiceParties = set(`side government delegation people administration`)

// groupSubjects are the parties of the event a speaker reports, as the
// subject of what they did together: "The two sides stressed", "Both agree".
var groupSubjects = set(`sides leaders ministers parties countries presidents`)

// voiceActs returns the acts of the verbs of a sentence whose subject is the
// text's own voice: "We urge", "I congratulate", "China firmly opposes",
// "The United States welcomes", "We remain concerned", "Let me stress"; or
// the parties its speaker reports acting together ("The two sides
// stressed"). It is called only for sentences that have a speaker.
func (d *docState) voiceActs(s sentence, acts []string, homeKey string) []string {
	toks := s.toks
	for v := 1; v < len(toks); v++ {
		t := toks[v]
		if !t.word || t.cap && !firstPerson[t.lower] {
			continue
		}
		var found []string
		if actAt(toks, v) != "" { // most words: no act, and no allocation
			found = verbActsAt(toks, v)
		}
		if len(found) == 0 {
			// "I’m grateful": the copula is inside the contraction.
			if a := stanceActs[t.lower]; a != "" && firstPerson[toks[v-1].lower] && strings.ContainsAny(toks[v-1].lower, "’'") {
				found = []string{a}
			}
		}
		if len(found) == 0 {
			continue
		}
		prev := toks[v-1].lower
		if strings.HasSuffix(t.lower, "ing") && !beForms[prev] {
			continue // a participle or a gerund: "while remaining committed"
		}
		if beForms[prev] && strings.HasSuffix(t.lower, "ed") {
			continue // passive: "we are encouraged by" is the copula's
		}
		if d.voicedVerb(toks, v, homeKey) {
			for _, a := range found {
				if !slices.Contains(acts, a) {
					acts = append(acts, a)
				}
			}
		}
	}
	return acts
}

// voicedVerb reports whether the verb at v has the text's own voice (or the
// reported parties) as its subject.
func (d *docState) voicedVerb(toks []token, v int, homeKey string) bool {
	k := v - 1
	if toks[k].lower == "let" || k > 0 && (toks[k].lower == "me" || toks[k].lower == "us") && toks[k-1].lower == "let" {
		return true // "Let me stress this again."
	}
	if toks[k].lower == "me" || toks[k].lower == "us" {
		return false
	}
	for k >= 0 && toks[k].word && voiceBetween[toks[k].lower] && !d.voiceSubject(toks, k, homeKey) {
		// "to" only as in "continue to", "would like to": "count on the
		// United States to support" is not the United States supporting.
		if toks[k].lower == "to" && (k == 0 || !voiceBetween[toks[k-1].lower] || toks[k-1].lower == "to") {
			return false
		}
		k-- // not past a subject: "Both agree"
	}
	if k >= 2 && toks[k].lower == "," {
		// "The United States, together with the international community,
		// urges": back over the inserted phrase.
		for c := k - 1; c >= 1 && c >= k-15; c-- {
			if toks[c].lower == "," {
				k = c - 1
				break
			}
		}
	}
	if k < 0 || !toks[k].word {
		return false
	}
	if toks[k].lower == "and" {
		// "China upholds ASEAN centrality and supports": a second verb of
		// the clause's subject.
		for j := k - 1; j >= 0; j-- {
			if l := toks[j].lower; l == "," || l == ";" || l == "that" {
				return false
			}
			if d.voiceSubject(toks, j, homeKey) && j+1 < len(toks) && !toks[j+1].cap {
				// "we must abandon posturing and welcome": modal.
				return !slices.ContainsFunc(toks[j+1:min(j+4, k)], func(t token) bool { return notNow[t.lower] && t.lower != "to" })
			}
		}
		return false
	}
	return d.voiceSubject(toks, k, homeKey)
}

// voiceSubject reports whether the subject ending at toks[k] is the text's
// own voice: "we", "I", "I’m", the issuing country alone or as "the Chinese
// side", or the parties of a reported event ("the two sides", "both").
// homeKey is the gazetteer.Key of the document's country (countryName),
// computed once per document: this runs at every verb of every sentence
// with a speaker.
func (d *docState) voiceSubject(toks []token, k int, homeKey string) bool {
	w := toks[k].lower
	if toks[k].poss || k+1 < len(toks) && (toks[k+1].text == "’" || toks[k+1].text == "'") {
		return false // "the United States’ partnership and continued support"
	}
	if firstPerson[w] {
		return k == 0 || !prepositions[toks[k-1].lower] // "with us" is an object
	}
	if w == "both" && (k == 0 || !toks[k-1].word) ||
		groupSubjects[w] && k > 0 && (toks[k-1].lower == "two" || toks[k-1].lower == "both" || toks[k-1].lower == "three") {
		return true
	}
	if homeKey == "" {
		return false
	}
	end := k + 1
	if voiceParties[w] {
		end = k // the country is before "side"
	}
	for start := max(0, end-4); start < end; start++ {
		if !toks[start].word {
			continue
		}
		if toks[start].lower == "the" {
			continue // no word of the name: it opens the clause (below)
		}
		// Any name of the home state: "Cape Verde" or "the Republic of
		// Cabo Verde" in a speech of Cabo Verde.
		if gazetteer.Key(d.g.CanonicalCountry(joinText(toks[start:end]), "")) == homeKey {
			// The country opens its clause: "China firmly opposes", not
			// "cooperation with China welcomes".
			return start == 0 || !toks[start-1].word || toks[start-1].lower == "the"
		}
	}
	return false
}

// sentenceActs gives each sentence with a speaker the acts of its own
// voice too, after the attribution has run (AttributeSentences): the
// verbs that credited a speaker were recorded by the rules themselves.
// A voice act is its voice's: the turn's owner, the issuer or author, the
// signatories ("We urge" in a spokesperson's answer is the spokesperson's,
// not that of Wang Yi quoted in the same sentence).
func (d *docState) sentenceActs(out [][]SentenceResult) {
	homeKey := gazetteer.Key(d.countryName())
	for pi, res := range out {
		if pi >= len(d.paras) {
			break
		}
		for si := range res {
			r := &res[si]
			if len(r.Speakers) == 0 {
				r.Acts, r.ActsBy = nil, nil
				continue
			}
			if si >= len(d.paras[pi]) {
				continue
			}
			for _, a := range d.voiceActs(d.paras[pi][si], nil, homeKey) {
				if !slices.Contains(r.Acts, a) {
					r.Acts = append(r.Acts, a)
				}
				r.ActsBy = addPairs(r.ActsBy, voiceOwners(r), a)
			}
		}
	}
}

// voiceRules credit a speaker with the text's own voice.
var voiceRules = map[string]bool{RuleQA: true, RuleLabel: true, RuleDocument: true, RuleIssuer: true, RuleAttributable: true, RuleAuthor: true}

// voiceOwners are the speakers of r in whose voice it speaks, or all of
// them when none is.
func voiceOwners(r *SentenceResult) []string {
	var out []string
	for _, w := range r.Why {
		if w.Role == readout.RoleSpeaker && (voiceRules[w.Rule] || w.Rule == RuleBothSides && strings.Contains(w.Detail, "signatory")) {
			out = append(out, w.Name)
		}
	}
	if len(out) == 0 {
		return r.Speakers
	}
	return out
}
