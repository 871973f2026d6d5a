// What counts as speech: the verbs, particles and phrases that make a
// subject a speaker (rule 1) rather than a narrated party (rule 2).

package attribution

import (
	"slices"
	"strings"
	"unicode"
)

// opportunityVerbs take an opportunity to say something: "took the
// opportunity to", "used the occasion to", "took advantage of the call to".
var opportunityVerbs = set(`took take takes taking used uses using seized seizes seizing had has got gets`)

// hadOpportunity are the opportunityVerbs that have an opportunity rather
// than take it ("He had an opportunity to commend", "got the chance to
// discuss"): only in the past or present, not "will have the chance to".
var hadOpportunity = set(`had has got gets`)

// opportunityTo returns the position of the verb of the purpose clause
// after an opportunity taken at v ("took the opportunity to express", "took
// advantage of the conversation to make very clear"), when that verb says
// something, or -1. "took advantage of the pandemic to scale up" is no
// speech.
func opportunityTo(toks []token, v int) int {
	k := v + 1
	if hadOpportunity[toks[v].lower] && (k >= len(toks) || toks[k].lower == "advantage") {
		return -1
	}
	switch {
	case k+2 < len(toks) && (toks[k].lower == "the" || toks[k].lower == "this" || toks[k].lower == "that" || hadOpportunity[toks[v].lower] && (toks[k].lower == "an" || toks[k].lower == "a")) &&
		opportunityNouns[toks[k+1].lower]:
		k += 2
		if toks[k].lower != "to" {
			return -1
		}
	case k+1 < len(toks) && toks[k].lower == "advantage" && toks[k+1].lower == "of":
		for k += 2; k < len(toks) && k <= v+10 && toks[k].lower != "to"; k++ {
			if !toks[k].word {
				return -1
			}
		}
		if k >= len(toks) || toks[k].lower != "to" {
			return -1
		}
	default:
		return -1
	}
	k++
	if k >= len(toks) {
		return -1
	}
	if purposeSays(toks, k) {
		return k
	}
	return -1
}

// purposeSays reports whether the verb at k of a purpose clause ("to
// express", "to make very clear") says something.
func purposeSays(toks []token, k int) bool {
	w := toks[k].lower
	return purposeVerbs[w] || opportunitySpeech[w] || w == "make" && particleAfter(toks, k, "clear")
}

// ableTo returns the position of the speech verb after "was able to" or
// "were able to" at v ("able"), or -1: "The leaders were able to talk
// about joint efforts", "He was able to communicate to them what he has
// communicated publicly" report what was said, as "talked", "communicated"
// do (rule 1). Not an ability to come or denied ("will be able to
// discuss", "was not able to raise"), nor "is able to" (what one can do).
func ableTo(toks []token, v int) int {
	if toks[v].lower != "able" || v < 2 || v+2 >= len(toks) || toks[v+1].lower != "to" {
		return -1
	}
	if c := toks[v-1].lower; c != "was" && c != "were" {
		return -1
	}
	if w := toks[v-2].lower; w == "not" || w == "never" {
		return -1
	}
	if purposeSays(toks, v+2) || ableSpeech[toks[v+2].lower] && talkedOf(toks, v+2) {
		return v + 2
	}
	return -1
}

// talkedOf reports whether the talk verb at k (ableSpeech) says what was
// talked of: "talk more broadly about", "confer on Belarus", "communicate
// to them what". "speak with Mark's family", "speak to Foreign Minister
// Lavrov", "talk to a number of other leaders" tell a call or a meeting
// (rule 2), not what was said.
func talkedOf(toks []token, k int) bool {
	if toks[k].lower == "communicate" {
		return true
	}
	for x := k + 1; x < len(toks) && x <= k+4; x++ {
		switch w := toks[x].lower; {
		case w == "about" || w == "on":
			return true
		case !toks[x].word || toks[x].cap || w == "with" || w == "to":
			return false
		}
	}
	return false
}

// ableSpeech are the talk verbs "was able to" takes besides purposeVerbs
// and opportunitySpeech: "were able to talk about", "was able to confer
// on", "was able to communicate".
var ableSpeech = set(`talk speak confer communicate`)

// opportunityNouns are the opportunities opportunityTo and opportunityFor
// read; opportunityFor's stand after a copula (opportunityCopulas) and
// words of their noun phrase (opportunityModifiers).
var (
	opportunityNouns     = set(`opportunity chance occasion`)
	opportunityCopulas   = set(`was were`)
	opportunityModifiers = set(`an a the good great important real really also excellent useful valuable welcome`)
)

// opportunityFor returns the position of the verb of the purpose clause of
// an opportunity at v that was someone's ("this really was an opportunity
// for the Secretary to underscore", "It was a chance for the leaders to
// discuss"), when that verb says something, or -1. Not one to come ("This
// is an opportunity for the two leaders to discuss" in a preview, "will be
// an opportunity for", "would have been a chance for"), which reports
// nothing said yet.
func opportunityFor(toks []token, v int) int {
	if v < 2 || v+3 >= len(toks) || toks[v+1].lower != "for" {
		return -1
	}
	k := v - 1
	for k > 0 && opportunityModifiers[toks[k].lower] {
		k--
	}
	if !opportunityCopulas[toks[k].lower] {
		return -1
	}
	for x := 0; x < v; x++ {
		if w := toks[x].lower; w == "will" || w == "would" || w == "’ll" || w == "'ll" || w == "could" || w == "might" {
			return -1
		}
	}
	for x := v + 2; x < len(toks) && x <= v+9; x++ {
		if !toks[x].word {
			return -1
		}
		if toks[x].lower == "to" {
			if x+1 < len(toks) && (purposeVerbs[toks[x+1].lower] || opportunitySpeech[toks[x+1].lower]) {
				return x + 1
			}
			return -1
		}
	}
	return -1
}

// opportunitySpeech are what else an opportunity is taken to say: "to call
// on", "to remind", "to pay tribute".
var opportunitySpeech = set(`call remind renew invite pay note recall acknowledge applaud recognize recognise
announce assure reassure inform brief explain warn state say tell`)

// heardFrom returns the position after "from" when "heard" at v is heard
// from someone ("heard yesterday from the Secretary", "heard directly from
// President Biden"), or -1.
func heardFrom(toks []token, v int) int {
	for k := v + 1; k < len(toks) && k <= v+3; k++ {
		if toks[k].lower == "from" {
			if k+1 < len(toks) {
				return k + 1
			}
			return -1
		}
		if !toks[k].word || toks[k].cap {
			return -1
		}
	}
	return -1
}

// heardContent reports whether what is heard from someone ending at j
// comes after them, past words of when and how: an object ("his ironclad
// commitment", "the fact that"), a topic ("on our deep concern",
// "about"), or a clause ("that", "how").
func heardContent(toks []token, j int) bool {
	for k := j; k < len(toks) && k <= j+4; k++ {
		w := toks[k].lower
		if heardWhen[w] {
			continue
		}
		return heardWhat[w] && !(w == "on" && onADay(toks, k+1))
	}
	return false
}

// onADay reports whether the words from k name a day, not a topic: "on
// World Press Freedom Day", "on Monday", "on July 4th".
func onADay(toks []token, k int) bool {
	for x := k; x < len(toks) && x <= k+4 && toks[x].word; x++ {
		if w := toks[x].lower; w == "day" && toks[x].cap || dayWord(toks[x]) && w != "this" || monthWords[w] {
			return true
		}
	}
	return false
}

// monthWords name the months.
var monthWords = set(`january february march april may june july august september october november december`)

var (
	// heardWhen say when or how someone is heard.
	heardWhen = set(`directly again more tomorrow today tonight yesterday later this next week morning afternoon evening night soon himself herself personally`)
	// heardWhat open what is heard.
	heardWhat = set(`on about that his her their its the a an how what why whether`)
)

// heardSay returns the person a "heard" at v is followed by when a bare
// infinitive of speech comes after them ("you heard the President say",
// "heard Secretary Blinken speak to this", "heard the President yesterday
// describe", "heard the Vice President make very clear"), or nil. Not a
// group ("heard the majority of countries condemn"), a body or a
// possessive, nor what was not heard ("I haven't heard the President say").
func heardSay(refs []ref, toks []token, v int) *ref {
	at := slices.IndexFunc(refs, func(r ref) bool {
		return r.i > v && nameStart(toks, r.i) == v+1 // past "the" and titles: "heard NATO Secretary General Stoltenberg"
	})
	if at < 0 || unheard(toks, v+1) {
		return nil
	}
	rf := &refs[at]
	if rf.kind != kName && rf.kind != kTitle || rf.poss || titleBeforeName(*rf, toks) || !heardSpeechAt(toks, rf.j) {
		return nil
	}
	return rf
}

// heardSpeechAt reports whether a bare infinitive of speech stands at k,
// past up to two adverbs: what someone was heard doing in "heard the
// President yesterday describe", "heard him repeatedly say".
func heardSpeechAt(toks []token, k int) bool {
	for n := 0; n < 2 && k < len(toks) && toks[k].word && !toks[k].cap && (skippable[toks[k].lower] || strings.HasSuffix(toks[k].lower, "ly")); n++ {
		k++
	}
	if k >= len(toks) || !toks[k].word || toks[k].cap {
		return false
	}
	w := toks[k].lower
	switch {
	case heardSpeech[w]:
		return true
	case w == "make":
		// "make very clear", "make this same point", "make the case"
		for x := k + 1; x < len(toks) && x <= k+4; x++ {
			if heardMade[toks[x].lower] {
				return true
			}
		}
	case heardParticle[w] != "" && k+1 < len(toks) && toks[k+1].lower == heardParticle[w]:
		return true // "lay out", "spell out", "put forward"
	}
	return false
}

// heardPronoun is whom "heard him say" or "heard her speak" at v means in
// a first-person turn ("You've heard him speak about democracy any number
// of times"): the nearest person of that gender the sentence names before
// it ("the President, you've heard him say he wants to double down"),
// else whom a "he" or "she" of the turn would mean (turnAntecedent); never
// the turn's owner. Elsewhere, nobody.
func (d *docState) heardPronoun(refs []ref, toks []token, v int) *person {
	if v+2 >= len(toks) || unheard(toks, v+1) || !heardSpeechAt(toks, v+2) {
		return nil
	}
	pron := map[string]string{"him": "he", "her": "she"}[toks[v+1].lower]
	owner := d.firstPersonTurn()
	if pron == "" || owner == nil {
		return nil
	}
	want := pronounGender(pron)
	for _, rf := range slices.Backward(refs) {
		if rf.j > v || rf.kind != kName && rf.kind != kTitle || rf.poss {
			continue
		}
		if p := d.refPerson(rf); fitsOther(p, owner, want) {
			return p
		}
	}
	p, _ := d.turnAntecedent(pron)
	return p
}

// heardSpeech are the bare infinitives of speech after "heard" and the
// one heard: "heard the President say".
var heardSpeech = set(`say talk speak describe outline mention reiterate express emphasize stress underscore
explain address announce acknowledge articulate characterize repeat warn urge condemn`)

// heardParticle are the infinitives that are speech after "heard" someone
// with the particle given: "heard the President lay out".
var heardParticle = map[string]string{"lay": "out", "spell": "out", "set": "out", "put": "forward", "point": "out"}

// heardMade make "make" a verb of speech after "heard" someone: "make very
// clear", "make this same point", "make the case".
var heardMade = set(`clear point points case argument call calls`)

// praisedFor reports whether the stance a possessive at k opens is what
// the sentence's speaker praises or thanks someone for: "conveyed
// gratitude for Secretary Locsin's commitment", "applauded President
// Petro's commitment", "thanked President Bongo for his leadership". The
// one praised is the counterpart, who does not speak where only one side
// acts (rule 3); a stance conveyed or supported ("conveyed President
// Biden's appreciation", "We support the Secretary-General's commitment")
// is relayed (rule 6).
func praisedFor(toks []token, k int) bool {
	b := nameStart(toks, k)
	if b == 0 {
		return false
	}
	if praiseVerbs[toks[b-1].lower] {
		return true
	}
	if toks[b-1].lower != "for" {
		return false
	}
	for x := b - 2; x >= 0 && x >= b-6; x-- {
		if thanksWords[toks[x].lower] || praiseVerbs[toks[x].lower] {
			return true
		}
	}
	return false
}

// nameStart returns where the words before toks[k] that may belong to a
// person's reference begin: titles, "the" and capitalised words ("to speak
// to President Abbas", "applauded Colombian President Petro's"). What
// stands before that position governs the reference.
func nameStart(toks []token, k int) int {
	for k > 0 && (titleWords[toks[k-1].lower] || toks[k-1].lower == "the" || toks[k-1].word && toks[k-1].cap) {
		k--
	}
	return k
}

// praiseVerbs praise someone, or what they did; thanksWords thank them
// for it.
var (
	praiseVerbs = set(`praised praises praising commended commends commending applauded applauds applauding
lauded lauds lauding hailed hails hailing congratulated congratulates congratulating saluted salutes saluting`)
	thanksWords = set(`thanked thanks thanking gratitude grateful appreciation appreciative`)
)

// unheard reports whether the words just before k deny that anything was
// seen or heard: "we haven't heard from the Taliban", "I have not seen
// Minister X's remarks", "I'm not aware of his comments". Then nothing of
// the person after them is reported.
func unheard(toks []token, k int) bool {
	for x := k - 1; x >= 1 && x >= k-6; x-- {
		w := toks[x].lower
		switch {
		case perceiveWords[w]:
			for y := x - 1; y >= 0 && y >= x-2; y-- {
				if n := toks[y].lower; n == "not" || n == "never" || n == "yet" || strings.HasSuffix(n, "n't") || strings.HasSuffix(n, "n’t") {
					return true
				}
			}
			return false
		case w == "." || w == ";" || w == ":" || w == "?":
			return false
		}
	}
	return false
}

// acknowledgedOnly reports whether the words said whose phrase runs from b
// to before e are only acknowledged: the object of "noted",
// "taken note of", "seen" or "read" ("We have noted the relevant remarks
// by X", "I have taken note of X's remarks and similar remarks"), with
// nothing of them reported after the phrase: no "that", "which", colon,
// quotation or verb of speech ("noted X's speech, in which he said ...").
func acknowledgedOnly(toks []token, b, e int) bool {
	x := b - 1
	// Back over the phrase's start: "the relevant", "X's", "these".
	for x >= 0 && (toks[x].cap || !toks[x].word && toks[x].text != "," || ackDeterminers[toks[x].lower] || ackAdjectives[toks[x].lower] || stanceQualifiers[toks[x].lower] || titleWords[toks[x].lower]) {
		if toks[x].text == "." || toks[x].text == ":" || toks[x].text == "?" {
			return false
		}
		x--
	}
	switch {
	case x < 0:
		return false
	case toks[x].lower == "noted" || toks[x].lower == "seen" || toks[x].lower == "read":
	case (toks[x].lower == "note" || toks[x].lower == "notes") && x > 0 && (pronounWords[toks[x-1].lower] || toks[x-1].cap):
		// "We note Prime Minister Bainimarama's remarks.", "China notes
		// these comments made by the US official."
	case toks[x].lower == "of" && x > 0 && toks[x-1].lower == "note":
	default:
		return false
	}
	for k := e; k < len(toks); k++ {
		t := toks[k]
		// "and similar remarks", "and related reports" are more words
		// acknowledged, not a verb.
		verb := speechVerbs[t.lower] && !stanceNouns[t.lower] && !saidNouns[t.lower]
		if t.text == ":" || t.text == "“" || t.text == "\"" || t.lower == "that" || t.lower == "which" || t.lower == "saying" || verb {
			return false
		}
	}
	return true
}

// scheduledOnly reports whether the words said whose phrase runs from b
// to before e are an item of an event's programme, with nothing of them
// reported (rule 2): "The luncheon will also feature remarks by Senator
// X", "The summit featured ... remarks by X", "Following remarks by X,
// officials heard from a panel", "Opening remarks by Secretary Blinken
// ... will be live streamed". Not when the sentence goes on to what they
// said: a "that", "which", colon or quotation.
func scheduledOnly(toks []token, b, e int) bool {
	x := b - 1
	for x >= 0 && (programmeAdjectives[toks[x].lower] || ackDeterminers[toks[x].lower]) {
		x--
	}
	switch {
	case x < 0:
		// The phrase opens the sentence: an event to come.
		if !slices.ContainsFunc(toks[e:], func(t token) bool { return t.lower == "will" }) {
			return false
		}
	case programmeVerbs[toks[x].lower]:
	case toks[x].lower == "as" && x > 0 && toks[x-1].lower == "well" && x > 1 && toks[x-2].lower == "as":
		// "featured two roundtable discussions as well as remarks by".
		y := x - 3
		for y >= 0 && !programmeVerbs[toks[y].lower] && toks[y].text != "," && toks[y].text != "." {
			y--
		}
		if y < 0 || !programmeVerbs[toks[y].lower] {
			return false
		}
	default:
		return false
	}
	// A verb of theirs after the phrase ("remarks by X, who called for")
	// makes them speak by that verb (rule 1), not by this phrase; "pooled
	// press" is no verb.
	for k := e; k < len(toks); k++ {
		t := toks[k]
		// Not the colon of a time ("at 9:00 a.m.").
		clock := k+1 < len(toks) && unicode.IsDigit(rune(toks[k-1].text[len(toks[k-1].text)-1])) && unicode.IsDigit(rune(toks[k+1].text[0]))
		if t.text == ":" && !clock || quoteMark(t.text) || t.lower == "that" || t.lower == "which" || t.lower == "saying" {
			return false
		}
	}
	return true
}

// programmeVerbs list what an event holds: "will feature remarks by",
// "Following remarks by".
var programmeVerbs = set(`feature features featured featuring following include includes included including`)

// programmeAdjectives qualify an item of a programme: "opening remarks",
// "keynote remarks".
var programmeAdjectives = set(`opening closing keynote welcome welcoming brief short introductory`)

// ackDeterminers may open the phrase acknowledgedOnly reads.
var ackDeterminers = set(`the these those this such relevant some similar`)

// ackAdjectives say what the words acknowledged were like, and no more:
// "We have taken note of the positive statements made by X".
var ackAdjectives = set(`positive negative erroneous wrong important`)

// perceiveWords say that something was seen or heard, for unheard.
var perceiveWords = set(`seen heard aware read see hear`)

// contentStart is where what a stance says begins after toks[k:]: its
// "that", a colon or a quotation mark; else the sentence's end.
func contentStart(toks []token, k int) int {
	for x := k; x < len(toks); x++ {
		if w := toks[x].lower; w == "that" || w == ":" || quoteMark(w) {
			return x
		}
	}
	return len(toks)
}

// unseenIn reports whether the sentence says its speaker has not seen or
// heard something ("On the statement by the Foreign Secretary, frankly, I
// have not seen Mr. X's remarks"): the words it names are not reported.
// The stance rule asks it of the words before what the stance says
// (contentStart): in "We appreciate Secretary General Stoltenberg's
// remarks that NATO does not see China as an adversary" the "not see" is
// what the remarks say.
func unseenIn(toks []token) bool {
	for x := range toks {
		if perceiveWords[toks[x].lower] && unheard(toks, x+1) {
			return true
		}
	}
	return false
}

// stanceHead returns the position of the noun a possessive qualifies past
// the words that say when or how long it was held or said: "President
// Biden's deeply held belief", "the Secretary's recent remarks". Without
// them it is k. Not adjectives of strength ("Prime Minister Kishida's
// strong commitment"): the President who commends it is the one who
// speaks (rule 3).
func stanceHead(toks []token, k int) int {
	for x := k; x < len(toks) && x < k+3; x++ {
		t := toks[x]
		if !t.word || t.cap {
			return k
		}
		if stanceNouns[t.lower] {
			return x
		}
		// "deeply held", "long held": an adverb only before "held".
		adverbHeld := x+1 < len(toks) && toks[x+1].lower == "held" && (strings.HasSuffix(t.lower, "ly") || t.lower == "long")
		if !stanceQualifiers[t.lower] && !adverbHeld {
			return k
		}
	}
	return k
}

// stanceQualifiers may stand between a possessive and its stance noun.
var stanceQualifiers = set(`held long-held deeply-held longstanding long-standing repeated recent public latest earlier previous`)

// sentWords send a message: "sent a congratulatory message", "wrote a
// letter", "extended condolences". Not "delivered": "Biden delivered a
// positive message" inside Wang Yi's words is narration.
var sentWords = set(`sent sends sending extended extends extending wrote writes sounded sounds issued issues issuing`)

// messageAhead reports whether a message noun follows the verb at v within
// a few words.
func messageAhead(toks []token, v int) bool {
	limit := v + 4
	if v+1 < len(toks) && toks[v+1].lower == "out" {
		limit++ // "sent out a very clear message"
	}
	for k := v + 1; k < len(toks) && k <= limit; k++ {
		switch toks[k].lower {
		case "message", "messages", "letter", "letters", "condolences", "condolence", "congratulations", "greetings",
			"speech", "remarks", "address", "telegram", "note", "invitation", "wishes", "call", "appeal", "plea", "warning",
			"statement":
			return true
		case ".", ";", ",":
			return false
		}
	}
	return false
}

// copulas link a subject to a stance adjective.
var copulas = set(`is was remains remained are were been`)

// stanceAdjectives state a position when said of a person.
var stanceAdjectives = set(`clear grateful committed determined concerned confident pleased proud firm resolute adamant
convinced hopeful optimistic deeply opposed united steadfast unwavering`)

// stanceAdjectiveAfter reports whether a stance adjective follows the
// copula at v ("is deeply grateful", "has been very clear").
func stanceAdjectiveAfter(toks []token, v int) bool {
	for k := v + 1; k < len(toks) && k <= v+3; k++ {
		l := toks[k].lower
		if stanceAdjectives[l] && l != "deeply" {
			return true
		}
		if l != "very" && l != "deeply" && l != "also" && l != "been" && l != "fully" && l != "strongly" && l != "still" && l != "absolutely" &&
			!intensifiers[l] {
			return false
		}
	}
	return false
}

// quoteVerbs take the quoted person as their object.
var quoteVerbs = set(`quoting quoted quote paraphrasing paraphrased paraphrase citing cited echoing echoed`)

// hostVerbs narrate a gathering someone held.
var hostVerbs = set(`hosted hosts convened convenes`)

// welcomesVisitor reports whether the verb at v welcomes a person to a
// place: "welcomed Chancellor Olaf Scholz of Germany to the White House".
func welcomesVisitor(toks []token, refs []ref, v int) bool {
	if !strings.HasPrefix(toks[v].lower, "welcom") {
		return false
	}
	for _, rf := range refs {
		if rf.i <= v || rf.i > v+4 || rf.kind != kName && rf.kind != kTitle {
			continue
		}
		k := rf.j
		for k < len(toks) && k < rf.j+4 && (toks[k].cap || toks[k].lower == "of") {
			k++ // "of Germany"
		}
		return k+1 < len(toks) && toks[k].lower == "to" && (toks[k+1].cap || toks[k+1].lower == "the")
	}
	return false
}

// withBelongsToNoun reports whether the "with" after the verb at v belongs
// to a meeting noun in between: "discussed the summit with President Xi"
// is about Xi's summit, not a discussion with Xi.
func withBelongsToNoun(toks []token, v int) bool {
	for k := v + 1; k < len(toks) && k < v+8; k++ {
		if toks[k].lower == "with" {
			return false
		}
		if meetingNouns[toks[k].lower] || toks[k].lower == "summit" || toks[k].lower == "visit" {
			return true
		}
	}
	return false
}

// purposeVerb returns the position of "to VERB" (or "to jointly VERB")
// after the meeting verb at v, within the same clause, or -1. Without topics, a purpose that only names
// a topic ("to discuss", "to review") is skipped: it says what a meeting
// was about, not anyone's words or position ("to express appreciation",
// "to reaffirm", "to congratulate" do).
func purposeVerb(toks []token, v int, topics bool) int {
	for k := v + 1; k+1 < len(toks) && k <= v+45; k++ {
		switch toks[k].lower {
		case ".", ";", ":":
			return -1
		case "to":
			at := k + 1
			if at+1 < len(toks) && strings.HasSuffix(toks[at].lower, "ly") && !toks[at].cap {
				at++ // "to jointly condemn"
			}
			if w := toks[at].lower; purposeVerbs[w] && (topics || !exchangeVerb(w)) {
				return at
			}
		}
	}
	return -1
}

// isSpeech reports whether the verb at v states something now or in the
// past: not "will discuss", "to raise", "the call"; with its particle when
// it needs one ("pointed out").
func (d *docState) isSpeech(toks []token, v int) bool {
	switch toks[v].lower {
	case "directed", "directs", "instructed", "instructs":
		// "The President directed the Secretary to ...", "has directed
		// that we look at all options": an instruction, said to someone;
		// not "attacks directed at civilians", "were directed by".
		ok := false
		for k := v + 1; k < len(toks) && k <= v+6; k++ {
			if l := toks[k].lower; l == "to" && k > v+1 || l == "that" && k == v+1 {
				ok = true
				break
			}
			if !toks[k].word || prepositions[toks[k].lower] {
				break
			}
		}
		if !ok || v > 0 && copulas[toks[v-1].lower] {
			return false
		}
	case "referred", "refers", "referring":
		// "Pope Francis referred to Azerbaijan as", "what the
		// Secretary-General refers to as": words; "is often referred to
		// as", "cases referred to this program": no speaker.
		if v+1 >= len(toks) || toks[v+1].lower != "to" || passiveBefore(toks, v) {
			return false
		}
	case "pressed", "presses", "pushed", "pushes", "pushing":
		// "He also pushed for more transparency", "she pressed for the
		// full implementation", "Sherman pressed the government to
		// reopen", "The President pushed human rights, including LGBTQI
		// rights, with President Putin": advocacy to someone (rule 1);
		// "pushed back the embargo", "pressed ahead", "was pressed to":
		// no words.
		if !pressedFor(toks, v) || passiveBefore(toks, v) {
			return false
		}
	case "maintained", "maintains", "maintaining":
		// "maintained that ...", "maintained China's solemn position":
		// a stance; "the two Presidents have maintained contact",
		// "maintained close communication", "maintain peace": keeping
		// something going, no words (rule 2).
		if !maintainedStance(toks, v) {
			return false
		}
	case "sees", "views", "see", "view":
		// "The President sees this as an outstanding opportunity", "he
		// views Ukraine historically as part of Russia": what someone
		// holds a thing to be, as "considers" (rule 1); "sees the
		// damage", "is viewed as", "sees it as he tours", "sees
		// himself as": no view of theirs. The present only: "They viewed
		// China as a mystery before they came", "who viewed the invasion
		// as" tell a past impression, not a position held.
		if !heldAs(toks, v) || passiveBefore(toks, v) || v+1 < len(toks) && reflexives[toks[v+1].lower] {
			return false
		}
	case "wants", "wanted", "want":
		// "President Biden wants Ukraine to win", "the President wanted
		// his Justice Department ... to take a hard look": what someone
		// wants another to do is their position, as "urged X to" (rule
		// 1); "wanted to consult", "wanted the opportunity to seek out":
		// their own wish to act, narration (rule 2).
		if !wantsOther(toks, v) {
			return false
		}
	case "knows":
		// "The President knows it is vital to invest", "knows that state
		// leaders play a role", "knows what workers are capable of": a view;
		// "knows the indignity of", "a memorial the President knows well",
		// "knows very well that I have been working": knowledge of a fact
		// or place, no stance of theirs.
		if v+1 >= len(toks) || !knowsClause[toks[v+1].lower] {
			return false
		}
	case "spoke", "speaks", "speaking", "spoken", "talked", "talks", "talking":
		// "spoke about", "spoke out": speech; "spoke by phone", "talked
		// yesterday": narration (rule 2).
		ok := spokeToTopic(toks, v) || spokeToAbout(toks, v)
		for k := v + 1; k < len(toks) && k <= v+2; k++ {
			if l := toks[k].lower; l == "about" || l == "of" || l == "out" {
				ok = true
			}
		}
		if !ok {
			return false
		}
	}
	if strings.HasPrefix(toks[v].lower, "attach") {
		// "attach great importance to": a position; "attached a list": not.
		ok := false
		for k := v + 1; k < len(toks) && k <= v+3; k++ {
			ok = ok || toks[k].lower == "importance"
		}
		if !ok {
			return false
		}
	}
	if part, ok := verbsNeedingParticle[toks[v].lower]; ok {
		if !particleAfter(toks, v, part) && !itParticle(toks, v, part) && !madeStatement(toks, v) && !(part == "clear" && clearObject(toks, v)) && !madeAPriority(toks, v) {
			return false
		}
	}
	if v > 0 && toks[v-1].lower == "press" {
		// "the press briefing", "his press remarks": a noun.
		return false
	}
	if sharedModifier(toks, v) {
		return false
	}
	for k, limit := v-1, v-2; k >= 0 && k >= limit; k-- {
		w := toks[k].lower
		if w == "be" {
			limit-- // "is she going to be announcing": look past "be"
			continue
		}
		if notNow[w] {
			return false
		}
		if w == "the" || w == "a" || w == "an" || w == "this" || w == "that" || w == "his" || w == "her" || w == "their" || w == "its" {
			// "the said agreement", "his remarks".
			return k != v-1
		}
		if !adverb(toks[k], toks[v]) {
			break
		}
	}
	return true
}

// heldAs reports whether the verb of seeing at v holds its object to be
// something: an "as" after the object, in the same clause, that is not a
// conjunction ("as he toured", "as well", "as soon as").
func heldAs(toks []token, v int) bool {
	for k := v + 2; k < len(toks) && k <= v+12; k++ {
		w := toks[k].lower
		if w == "." || w == ";" || w == ":" || w == "?" || clauseOpeners[w] {
			return false
		}
		if w != "as" {
			continue
		}
		if k+1 >= len(toks) {
			return false
		}
		n := toks[k+1].lower
		return !asConjunction[n] && !pronounWords[n]
	}
	return false
}

// reflexives are objects a verb turns back on its subject.
var reflexives = set(`himself herself themselves itself myself ourselves yourself`)

// asConjunction follow an "as" that compares or tells when, not what a
// thing is held to be.
var asConjunction = set(`well soon much many long far if though result part`)

// clauseOpeners end the object of a verb: a new clause begins.
var clauseOpeners = set(`that which who whom whose because when while if since but and`)

// wantsOther reports whether "wants" or "wanted" at v wants someone or
// something else to act: an object of up to eight words, then "to" and a
// verb ("wants Ukraine to win", "wants Congress to send it", "wanted his
// Justice Department and his new Attorney General to take"). Not "wants
// to", nor an object a "to" completes ("wanted the opportunity to",
// "wants time to"), nor a question's or a clause's end before the "to".
func wantsOther(toks []token, v int) bool {
	if v+1 >= len(toks) || toks[v+1].lower == "to" || !toks[v+1].word || prepositions[toks[v+1].lower] {
		return false
	}
	for k := v + 1; k < len(toks) && k <= v+9; k++ {
		w := toks[k].lower
		if !toks[k].word || clauseOpeners[w] && w != "and" {
			return false
		}
		if w != "to" {
			continue
		}
		if k+1 >= len(toks) || !toks[k+1].word || toks[k+1].cap || toks[k+1].lower == "the" || toks[k+1].lower == "be" {
			return false
		}
		return !infinitiveNouns[toks[k-1].lower]
	}
	return false
}

// infinitiveNouns take a "to" of their own: "the opportunity to seek
// out", "time to reflect", "a way to".
var infinitiveNouns = set(`opportunity opportunities chance chances time way ways effort efforts ability right power means moment occasion
space room authority authorities tools tool resources money funding capacity permission plan plans something anything nothing`)

// sharedModifier reports whether a past participle at v is the adjective
// of the noun after it, not a verb of speech: after a preposition, or for
// "shared" also after "and" or "or", comes a bare noun ("global leadership
// and shared responsibilities for peaceful ... societies", "of peace and
// shared prosperity", "common and shared values", "a working meeting ... on
// proposed actions to strengthen protections"). A determiner, pronoun or
// clause after it ("and shared the information", "and shared how"), or a
// topic after the noun ("and shared information on", "and shared concerns
// with"), keeps it a verb; so does "and" before other verbs ("and
// reaffirmed support for").
func sharedModifier(toks []token, v int) bool {
	if v == 0 || !strings.HasSuffix(toks[v].lower, "ed") {
		return false
	}
	if p := toks[v-1].lower; (p != "and" && p != "or" || toks[v].lower != "shared") && (!prepositions[p] || p == "than") {
		return false
	}
	k := v + 1
	for k < len(toks) && toks[k].word && !toks[k].cap && !prepositions[toks[k].lower] && !sharedStops[toks[k].lower] &&
		!pronounWords[toks[k].lower] && !possessivePronouns[toks[k].lower] {
		k++
	}
	if k == v+1 {
		return false
	}
	return k >= len(toks) || !sharedTopics[toks[k].lower] && !pronounWords[toks[k].lower]
}

// sharedStops end the noun after an adjectival "shared"; sharedTopics after
// that noun make "shared" a verb with an object and a topic.
var sharedStops = set(`the a an this that these those how what why whether which who whom and or but as than`)
var sharedTopics = set(`on with about that regarding concerning how what`)

// maintainedStance reports whether "maintained" at v asserts: "that" or a
// quotation follows, or a stance noun is its object within a few words.
func maintainedStance(toks []token, v int) bool {
	for k := v + 1; k < len(toks) && k <= v+4; k++ {
		w := toks[k].lower
		switch {
		case k == v+1 && (w == "that" || w == ":" || quoteMark(w)):
			return true
		case stanceNouns[w] || w == "stance":
			return true
		case !toks[k].word || prepositions[w]:
			return false
		}
	}
	return false
}

// passiveBefore reports whether the verb at v is a passive participle: a
// copula or "be" before it, past adverbs ("is often referred to").
func passiveBefore(toks []token, v int) bool {
	k := v - 1
	for k >= 0 && (skippable[toks[k].lower] || timeAdverbs[toks[k].lower] || strings.HasSuffix(toks[k].lower, "ly")) && !copulas[toks[k].lower] {
		k--
	}
	return k >= 0 && (copulas[toks[k].lower] || toks[k].lower == "be" || toks[k].lower == "being" || toks[k].lower == "get" || toks[k].lower == "got")
}

// pressedFor reports whether "pressed" or "pushed" at v advocates: "for"
// right after it (past "hard", "again"), "pressed X to" or "pressed X on" within
// a few words, or "with" and a capitalised name or title later in the
// clause ("pushed human rights ... with President Putin").
func pressedFor(toks []token, v int) bool {
	k := v + 1
	if k+1 < len(toks) && toks[k].lower == "once" && toks[k+1].lower == "again" {
		k++ // "pressed once again for"
	}
	if k < len(toks) && (toks[k].lower == "hard" || toks[k].lower == "strongly" || toks[k].lower == "again") {
		k++
	}
	if k < len(toks) && toks[k].lower == "for" {
		return true
	}
	press := strings.HasPrefix(toks[v].lower, "press")
	for k := v + 2; k < len(toks) && k <= v+12; k++ {
		switch w := toks[k].lower; {
		case w == "." || w == ";" || w == ":" || w == "?" || w == "!":
			return false
		case press && k <= v+5 && (w == "to" || w == "on") && toks[k-1].word:
			return true
		case w == "with" && k+1 < len(toks) && (toks[k+1].cap || toks[k+1].lower == "the" && k+2 < len(toks) && toks[k+2].cap):
			return true
		}
	}
	return false
}

// spokeToTopic reports whether "spoke" at v addresses a matter, not a
// person: "The President spoke to this today", "the Secretary himself has
// spoken to this.", "spoke to the issue with"; not "spoke to his
// counterpart" (a call, rule 2) nor "speaks to this call" (a noun after
// the demonstrative); "spoke to housing issues" (topicPlurals) too.
func spokeToTopic(toks []token, v int) bool {
	if v+2 >= len(toks) || toks[v+1].lower != "to" {
		return false
	}
	k := v + 2
	switch toks[k].lower {
	case "this", "that", "it", "these", "those":
	case "the":
		// "spoke to the issue", "spoke to the urgent need to overcome
		// anti-voter laws": a matter, perhaps after one word that
		// qualifies it, not whom they spoke to.
		for x := k + 1; x < len(toks) && x <= k+2 && toks[x].word && !toks[x].cap; x++ {
			if topicNouns[toks[x].lower] {
				return true
			}
		}
		return false
	default:
		// "He spoke to housing issues in the State of the Union": a
		// bare plural of matters, after at most two words that qualify it.
		for x := k; x < len(toks) && x <= k+2 && toks[x].word && !toks[x].cap; x++ {
			if topicPlurals[toks[x].lower] {
				return true
			}
		}
		return false
	}
	if k+1 >= len(toks) || !toks[k+1].word {
		return true
	}
	w := toks[k+1].lower
	return !toks[k+1].cap && (prepositions[w] || skippable[w] || strings.HasSuffix(w, "ly") || afterTopic[w])
}

// afterTopic may follow "spoke to this" when "this" is the whole object.
var afterTopic = set(`as when and but the earlier yesterday today already well very directly in`)

// spokeToAbout reports whether "spoke" or "talked" at v is followed by
// "to" and a pronoun, then "about" a few words on ("He talked to me very
// directly about how it is so critical"): what they said, not a call.
func spokeToAbout(toks []token, v int) bool {
	if v+3 >= len(toks) || toks[v+1].lower != "to" || !objectPronouns[toks[v+2].lower] {
		return false
	}
	for k := v + 3; k < len(toks) && k <= v+6; k++ {
		if toks[k].lower == "about" {
			return true
		}
		if !toks[k].word || toks[k].cap {
			return false
		}
	}
	return false
}

// objectPronouns are the people a "spoke to" may address.
var objectPronouns = set(`me us him her them you`)

// topicNouns are the matters "spoke to the ..." addresses.
var topicNouns = set(`issue question matter need importance value threat threats challenge challenges impact benefits significance urgency`)

// topicPlurals are the matters a bare "spoke to ..." addresses.
var topicPlurals = set(`issues questions matters concerns`)

// plainNotSpeech are plain forms whose past is a speech verb only with
// what follows ("called on", "spoke about"), which emphaticSpeech does not
// read: "did call him" is a call (rule 2).
var plainNotSpeech = set(`call talk speak look`)

// emphaticSpeech reports whether the word at v is a speech verb's plain
// form after an emphatic "did" or "does": "Not in any specific terms, but
// President Biden did underscore our determination", "the Secretary did
// mention it", "He did condemn the settlements" (rules 1, 6). The verb's
// past or present is a speech verb; "did not say" is no speech
// (isSpeech), nor is a question's "Did he raise it?", whose "did" stands
// before the subject; nor, in a reporter's question that asks, "what
// President Zelenskyy did ask for" (sentence).
func emphaticSpeech(toks []token, v int) bool {
	w := toks[v].lower
	if v == 0 || !toks[v].word || speechVerbs[w] || notNow[w] || skippable[w] || plainNotSpeech[w] {
		return false
	}
	// The "did" first: it is rare, and building the verb's forms for every
	// word was 9% of attribution's time on the sample.
	emphatic := false
	for k := v - 1; k >= 0; k-- {
		if l := toks[k].lower; l == "did" || l == "does" {
			emphatic = !toks[k].cap
			break
		} else if !skippable[l] {
			break
		}
	}
	if !emphatic {
		return false
	}
	found := false
	for _, f := range []string{w + "s", w + "d", w + "ed", w + "es"} {
		if _, particle := verbsNeedingParticle[f]; particle {
			return false // "did point", "did look": no particle read here
		}
		found = found || speechVerbs[f]
	}
	return found
}

// particleAfter reports whether the particle that makes the verb at v
// speech follows it, past intensifiers: "made clear", "made very clear",
// "made abundantly clear", "pointed out", and past a time phrase:
// "reflected this summer on", "reflected today on".
func particleAfter(toks []token, v int, part string) bool {
	k := v + 1
	for k < len(toks) && k <= v+2 && (intensifiers[toks[k].lower] || toks[k].lower == "very") {
		k++
	}
	// "As Secretary Blinken reflected this summer on the work ahead": a
	// time phrase between the verb and its particle.
	if k+2 < len(toks) && timeDeictics[toks[k].lower] && timeNouns[toks[k+1].lower] {
		k += 2
	} else if k+1 < len(toks) && (toks[k].lower == "today" || toks[k].lower == "yesterday") {
		k++
	}
	return k < len(toks) && isParticle(toks[k].lower, part)
}

// timeDeictics and timeNouns make a time phrase: "this summer", "last
// week".
var (
	timeDeictics = set(`this last next`)
	timeNouns    = set(`morning afternoon evening week month year summer spring fall autumn winter weekend`)
)

// isParticle reports whether w is the particle part, "crystal-clear" as
// "clear".
func isParticle(w, part string) bool {
	return w == part || part == "clear" && strings.HasSuffix(w, "-clear")
}

// clearObject reports whether "made" at v has "it", "this" or "that" as
// its object before "clear", past intensifiers and adverbs: "made it very
// clear", "has made this clear to the American people", "made that
// repeatedly clear", "made it crystal-clear".
func clearObject(toks []token, v int) bool {
	if v+2 >= len(toks) || (toks[v+1].lower != "it" && toks[v+1].lower != "this" && toks[v+1].lower != "that") {
		return false
	}
	k := v + 2
	for k < len(toks) && k <= v+4 && (intensifiers[toks[k].lower] || toks[k].lower == "very" || strings.HasSuffix(toks[k].lower, "ly") && !lyWords[toks[k].lower]) {
		k++
	}
	return k < len(toks) && isParticle(toks[k].lower, "clear")
}

// madeStatement reports whether "made" at v has a statement or stance as
// its object: "has made those points consistently", "made a commitment
// during the campaign", "made very specific mention of that", "made a
// campaign promise". Not "made a call" (narration) nor "made the
// decision" (an act).
func madeStatement(toks []token, v int) bool {
	if toks[v].lower != "made" && toks[v].lower != "makes" && toks[v].lower != "making" {
		return false
	}
	end := v + 4
	for k := v + 1; k < len(toks) && k <= end; k++ {
		w := toks[k].lower
		if madeNouns[w] {
			return true
		}
		if w == "of" && k > v+1 && quantityNouns[toks[k-1].lower] {
			// "made a series of erroneous remarks", "made a number of
			// commitments": the words after the quantity.
			end = k + 3
			continue
		}
		if !toks[k].word || toks[k].cap || speechVerbs[w] || prepositions[w] {
			return false
		}
	}
	return false
}

// quantityNouns count the statements made: "a series of", "a number of".
var quantityNouns = set(`series number lot couple range host`)

// madeAPriority reports whether "made" at v makes its object a priority of
// its subject, a position (rule 1): "has made beating the overdose
// epidemic a key priority", "made it a priority to", "something Secretary
// Blinken has made a priority", "have made addressing the root causes one
// of their top priorities", "have made human rights central to our foreign
// policy". Not "the progress made on bilateral priorities", "made progress
// on our priorities" (the priority is the object of a preposition), nor a
// passive ("was made a priority").
func madeAPriority(toks []token, v int) bool {
	if toks[v].lower != "made" || v+1 >= len(toks) || prepositions[toks[v+1].lower] || passiveBefore(toks, v) {
		return false
	}
	for k := v + 1; k < len(toks) && k <= v+14; k++ {
		w := toks[k].lower
		if !toks[k].word || priorityStops[w] {
			return false
		}
		if w == "central" && k > v+1 && k+1 < len(toks) && toks[k+1].lower == "to" {
			return true
		}
		if !priorityNouns[w] {
			continue
		}
		// The determiner of the priority, past up to three modifiers ("a
		// key", "his top economic", "such a"), and what stands before it:
		// the object, or "one of"; not a preposition.
		for d := k - 1; d > v && d >= k-4; d-- {
			if !priorityDets[toks[d].lower] {
				continue
			}
			b := toks[d-1].lower
			if b == "such" {
				b = toks[d-2].lower
			}
			return !prepositions[b] || b == "of" && d >= 2 && toks[d-2].lower == "one"
		}
		return false
	}
	return false
}

// priorityNouns are what "made" makes its object when it is a position.
var priorityNouns = set(`priority priorities centerpiece cornerstone`)

// priorityDets determine a priority: "a priority", "his top priority".
var priorityDets = set(`a an his her their its our`)

// priorityStops end the clause of "made" before any priority of its own.
var priorityStops = set(`that which who because but when while as if since so`)

// madeNouns are what one makes by speaking.
var madeNouns = set(`point points mention commitment commitments promise promises pledge pledges case remark remarks comment comments
statement statements appeal appeals plea pleas argument arguments assurance assurances claim claims accusation accusations
allegation allegations observation observations speech speeches`)

// itParticle reports whether "it" stands between the verb at v and what
// makes it speech: "made it clear" as "made clear"; "put it" as someone's
// words when nothing follows but a comma or a manner ("As the
// Secretary-General put it, ...", "as she put it so well"), not "put it to
// a vote".
func itParticle(toks []token, v int, part string) bool {
	if v+1 >= len(toks) || toks[v+1].lower != "it" {
		return false
	}
	if v+2 < len(toks) && toks[v+2].lower == part && part != "forward" {
		return true
	}
	if part != "forward" {
		return false
	}
	if v+2 >= len(toks) {
		return true
	}
	switch w := toks[v+2].lower; w {
	case ",", ".", ";", ":", "—", "–", "-", "so", "this", "well", "best", "bluntly", "simply", "succinctly", "plainly", "aptly", "rightly":
		return true
	default:
		return !toks[v+2].word && w != "(" || quoteMark(w)
	}
}

// quoteMark reports whether w is a quotation mark token.
func quoteMark(w string) bool {
	return w == "“" || w == "\"" || w == "”" || w == "‘"
}

// isMeeting reports whether the verb at v opens a meeting with someone:
// "spoke with", "spoke by phone with", "met (with)", "held talks with",
// "had a phone conversation with"; not "will meet", "has met".
func (d *docState) isMeeting(toks []token, v int) bool {
	if v > 0 {
		switch toks[v-1].lower {
		case "will", "would", "to", "has", "have", "had", "not", "also-will":
			return false
		case "be", "been", "being":
			return false // a passive: "any nuclear attack ... will be met with a swift response"
		}
	}
	w := toks[v].lower
	if w == "met" && v > 0 && copulas[toks[v-1].lower] {
		return false // "The proposal was met with skepticism"
	}
	limit := min(len(toks), v+7+dayWords(toks, v+1, v+9))
	sawNoun := w != "held" && w != "had" && w != "hosted" && w != "convened"
	if w == "convened" {
		// "convened a meeting at the White House today with A, B and C":
		// a host's meeting, its place and day before its guests.
		limit = min(len(toks), v+12)
	}
	// "the President of the United States and the President of the French
	// Republic met in Rome": a meeting of its subjects, with nobody after.
	if w == "met" && v+1 < len(toks) && (prepositions[toks[v+1].lower] || toks[v+1].lower == "today" || toks[v+1].lower == "virtually") &&
		toks[v+1].lower != "with" && v > 0 && !toks[v-1].poss &&
		// only the main clause's meeting: not "since the two leaders met
		// in Wuhan", which is another event than the one reported.
		!slices.ContainsFunc(toks[:v], func(t token) bool { return subordinators[t.lower] }) {
		return true
	}
	for k := v + 1; k < limit; k++ {
		l := toks[k].lower
		if meetingNouns[l] {
			sawNoun = true
		}
		if l == "with" {
			return sawNoun
		}
		if (w == "met" || w == "hosted") && k == v+1 && toks[k].cap {
			// "met Foreign Minister X"; "hosted Israeli National Security
			// Advisor Tzachi Hanegbi, Minister ... Ron Dermer, and a
			// delegation for a meeting": the guests are its parties.
			return true
		}
		if l == "," || l == "." || l == ";" {
			return false
		}
	}
	return false
}
