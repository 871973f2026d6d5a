package attribution

import (
	"slices"
	"strings"
)

// Future speech inside a turn (ATTRIBUTION.md rules 5, 6): a briefer who
// previews what someone else will say ("The President will underscore our
// commitment", "He’s going to press again", "the Secretary will be
// announcing new sanctions") reports that person's words. Outside a turn the
// same words announce a schedule ("Deputy Secretary Sherman will discuss
// U.S.-EU cooperation"), which is narration (rule 2), and a verb of travel
// or meeting stays narration everywhere.

// irregularPast are the speech verbs whose past is no regular ending of the
// plain form.
var irregularPast = map[string]string{
	"say": "said", "tell": "told", "make": "made", "lay": "laid", "set": "set", "put": "put", "spell": "spelled",
	"write": "wrote", "speak": "spoke",
}

// notFutureSpeech are plain forms whose inflection is a speech verb but whose
// future is mostly no report of words: "will call President X" is a call
// (rule 2), "will look at", "will consider options", "will expect",
// "will review the troops", "will set a date", "will observe a moment of
// silence", "will welcome the leaders" (a host's), "will be briefing at
// 2:45" (a schedule), "The three foreign ministers will exchange views on
// China-Japan-ROK cooperation" (a meeting's agenda: who will meet, rule 2,
// and no view of anyone's yet). "is going to view this as an escalation",
// "will want": a view or wish not yet held.
var notFutureSpeech = set(`call look consider expect review set observe welcome welcoming brief briefing exchange exchanging
see view want`)

// callFor reports whether "call" at v asks for something, not a phone call
// or a visit: "for" after it ("he is going to call for an all-hands-on-deck
// effort"), or "on"/"upon" with "to" after its object ("She'll also call on
// the international community to continue", not "will call on the King").
func callFor(toks []token, v int) bool {
	if toks[v].lower != "call" || v+1 >= len(toks) {
		return false
	}
	switch toks[v+1].lower {
	case "for":
		return true
	case "on", "upon":
		for k := v + 2; k < len(toks) && k <= v+8; k++ {
			if toks[k].lower == "to" {
				return true
			}
			if !toks[k].word && toks[k].text != "’s" && toks[k].text != "'s" {
				return false
			}
		}
	}
	return false
}

// futureDeed reports whether the future of the verb at v (past form past)
// is a deed still to be done rather than words previewed: an announcement or
// launch of a thing ("the President will announce proposed reforms", "We
// anticipate she will announce … a series of … investments", "will launch
// a plan to conserve global forests") is a programme not yet made public,
// no stance the briefer relays (rule 2), unless what is announced is a
// clause ("will announce that", "will announce today that").
func futureDeed(toks []token, v int, past string) bool {
	if verbActs[past] != ActAnnounced {
		return false
	}
	k := v + 1
	if k < len(toks) && (toks[k].lower == "today" || toks[k].lower == "tomorrow") {
		k++ // "will also announce today that the United States has committed"
	}
	return k >= len(toks) || toks[k].lower != "that"
}

// futureLead are the verbs of intention before "to" that still announce the
// words: "will continue to press", "will seek to underscore", "is going to
// make clear", "plans to raise", and a wish to say something, which a
// briefer relays as the words ("the President wants to thank Prime Minister
// Suga", "the Secretary wanted to convey a very stark message", "he would
// like to underscore").
var futureLead = set(`going expected continue seek plans intends wants wanted hopes like`)

// futureSpeech returns the past form of the plain speech verb at v when a
// marker of the future or of intention comes before it ("will raise", "will
// also raise", "will be raising", "is going to raise", "’s going to raise",
// "will continue to raise", "plans to raise", "wants to raise", "would like
// to raise"), and where the marker starts (the
// position the subject ends before). It returns "", -1 when the verb is no
// speech or not future, and for a negated future ("will not raise").
func futureSpeech(toks []token, v int) (past string, at int) {
	t := toks[v]
	if !t.word || t.cap || v == 0 || notFutureSpeech[t.lower] && !callFor(toks, v) || notNow[t.lower] || skippable[t.lower] {
		return "", -1
	}
	past = pastForm(t.lower)
	if past == "" || futureDeed(toks, v, past) {
		return "", -1
	}
	k := v - 1
	skip := func() {
		for k >= 0 && skippable[toks[k].lower] && toks[k].lower != "has" && toks[k].lower != "have" && toks[k].lower != "had" && toks[k].lower != "did" {
			k--
		}
	}
	skip()
	if strings.HasSuffix(t.lower, "ing") {
		// "will be announcing": the -ing form after "be" only.
		if k < 0 || toks[k].lower != "be" {
			return "", -1
		}
		k--
		skip()
	}
	for hops := 0; k >= 1 && toks[k].lower == "to" && hops < 2; hops++ {
		lead := toks[k-1].lower
		if !futureLead[lead] {
			return "", -1
		}
		k -= 2
		switch lead {
		case "going", "expected":
			// "is going to", "’s going to", "are expected to".
			if k >= 0 && (toks[k].lower == "is" || toks[k].lower == "are") {
				return past, k
			}
			if k >= 0 && toks[k].poss && (toks[k].lower == "he" || toks[k].lower == "she") {
				return past, k + 1
			}
			return "", -1
		case "plans", "intends":
			return past, k + 1
		case "wants", "wanted", "hopes":
			if !wishSpeech(past) {
				return "", -1
			}
			return past, k + 1
		case "like":
			// "would like to", not "would not like to" nor "like to say".
			if k >= 0 && toks[k].lower == "would" && wishSpeech(past) {
				return past, k
			}
			return "", -1
		}
		skip() // "will also continue to"
	}
	if k >= 0 && toks[k].lower == "will" {
		return past, k
	}
	return "", -1
}

// previewAt is futureSpeech for a preview the briefer gives through the
// listener or themselves: "you can expect the Vice President to reaffirm
// the strength of the alliance", "I expect President Biden to convey his
// ironclad commitment", "you’ll hear the President underscore", "you'll
// see the President lay out our vision". It returns the past form of the
// plain speech verb at v and the end of the one named before it (whose
// speech it previews), or "", -1: the named one must be a person or a
// title right after "expect(s)" or "anticipate(s)" and before "to", or
// right after "hear" or "see" before a bare infinitive of speech
// (heardSpeechAt); not after a negation ("I don't expect the President to
// raise"), and not a group (the group rules of futureSpeakers ask for
// "will").
func previewAt(refs []ref, toks []token, v int) (past string, at int) {
	t := toks[v]
	if !t.word || t.cap || v < 2 || notFutureSpeech[t.lower] && !callFor(toks, v) || notNow[t.lower] || skippable[t.lower] || strings.HasSuffix(t.lower, "ing") {
		return "", -1
	}
	if past = pastForm(t.lower); past == "" {
		return "", -1
	}
	end, leads := v, previewHear
	if toks[v-1].lower == "to" {
		end, leads = v-1, previewExpect
	} else if !heardSpeechAt(toks, v) {
		return "", -1
	}
	x := slices.IndexFunc(refs, func(r ref) bool { return r.j == end && (r.kind == kName || r.kind == kTitle) && !r.poss })
	if x < 0 {
		return "", -1
	}
	b := nameStart(toks, refs[x].i) - 1
	if b < 1 || !leads[toks[b].lower] {
		return "", -1
	}
	if n := toks[b-1].lower; n == "not" || n == "never" || strings.HasSuffix(n, "n't") || strings.HasSuffix(n, "n’t") {
		return "", -1
	}
	return past, end
}

// previewExpect and previewHear lead a preview of someone's words:
// "expect the President to raise", "hear the President underscore".
var (
	previewExpect = set(`expect expects anticipate anticipates`)
	previewHear   = set(`hear see`)
)

// continuedSpeech returns the past form of the plain speech verb at v when
// a present or past "continue" stands before its "to" ("The President
// continues to call on Congress to pass", "he continued to call for
// Congress to act", "has continued to press for"), and where that
// "continue" is: speech now or before, not a future (rule 1). It returns
// "", -1 for the plain form after a marker of the future or of a wish
// ("will continue to raise", futureSpeech's; "to continue to", "must
// continue to") and for a reporter's "Does he continue to believe".
func continuedSpeech(toks []token, v int) (past string, at int) {
	t := toks[v]
	if !t.word || t.cap || v < 2 || notNow[t.lower] || skippable[t.lower] || strings.HasSuffix(t.lower, "ing") {
		return "", -1
	}
	k := v - 1
	if toks[k].lower != "to" {
		return "", -1
	}
	k--
	switch toks[k].lower {
	case "continues", "continued", "continue":
	default:
		return "", -1
	}
	at = k
	for k--; k >= 0 && skippable[toks[k].lower] && toks[k].lower != "did" && toks[k].lower != "does"; k-- {
	}
	if k >= 0 && (notNow[toks[k].lower] || toks[k].lower == "do" || toks[k].lower == "does" || toks[k].lower == "did") {
		return "", -1
	}
	if past = pastForm(t.lower); past == "" {
		return "", -1
	}
	return past, at
}

// continuedSpeaks reports whether the plain verb at v is speech that
// continues (continuedSpeech), read as isSpeech reads its past form in
// place of "continues to": with its particle and object ("continues to
// call on Congress to", "continues to press for"; not "continues to press
// this aggression", "continues to call him").
func (d *docState) continuedSpeaks(toks []token, v int) bool {
	past, at := continuedSpeech(toks, v)
	if at < 0 {
		return false
	}
	return d.speaksAs(toks, at, v, past)
}

// speaksAs reports whether the plain verb at v, with what follows it, is
// speech when read as the speech verb past standing at at, in place of the
// words between ("continues to call on", "will raise", "expect him to
// convey"): isSpeech then sees its particle ("make clear", "lay out") and
// object ("talk about") as it does after a past form. Not when a speech
// event follows the verb ("will deliver remarks").
func (d *docState) speaksAs(toks []token, at, v int, past string) bool {
	said := make([]token, 0, at+len(toks)-v)
	said = append(said, toks[:at]...)
	said = append(said, toks[v:]...)
	said[at].lower = past
	return d.isSpeech(said, at) && !speechEventAfter(toks, v)
}

// wishSpeech reports whether a wish to do the speech verb past ("wants to
// thank", "wanted to convey") is words the briefer relays: a verb of
// saying, thanks or praise, stress, concern or announcement, or conveying a
// message. Talk ("wanted to consult with our close allies"), support and
// encouragement ("the process he wants to encourage") are deeds or
// meetings as often.
func wishSpeech(past string) bool {
	switch verbActs[past] {
	case ActWelcomed, ActStressed, ActConcern, ActAnnounced:
		return true
	}
	return sayingVerbs[past] || past == "conveyed" || past == "indicated" || past == "raised" || past == "made" || past == "laid"
}

// pastForm returns the speech verb that is the past or present of the plain
// form w ("raise" -> "raised", "say" -> "said"), the -ing form itself when
// it is one ("announcing"), or "".
func pastForm(w string) string {
	if strings.HasSuffix(w, "ing") {
		if speechVerbs[w] {
			return w
		}
		return ""
	}
	if p, ok := irregularPast[w]; ok {
		return p
	}
	for _, f := range []string{w + "d", w + "ed", w + "s", w + "es"} {
		if speechVerbs[f] {
			return f
		}
	}
	return ""
}

// futureSpeakers returns the people a turn says will speak with the verb
// at v: the subject before the future's marker, a person, title, pronoun or
// group. Not where the clause is a doubt or a condition ("whether the
// President will raise it", "if he will say so").
func (d *docState) futureSpeakers(refs []ref, s sentence, para, v int) []subj {
	toks := s.toks
	past, at := futureSpeech(toks, v)
	if at < 1 {
		past, at = previewAt(refs, toks, v)
	}
	if at < 1 {
		return nil
	}
	if !d.speaksAs(toks, at, v, past) {
		return nil
	}
	// "He’s going to": the "’s" is "is", not a possessive.
	if toks[at-1].poss {
		refs = slices.Clone(refs)
		for x := range refs {
			if refs[x].j == at && refs[x].kind == kPronoun {
				refs[x].poss = false
			}
		}
	}
	var out []subj
	for _, rf := range d.subjectsOf(refs, toks, at) {
		if rf.kind == kGroup {
			// "the leaders will discuss", "they will discuss": whom a
			// group means in a preview is too often not the parties last
			// named nor the narrated ones (Raimondo and Moon for "Both
			// leaders", Putin beside Biden before Zelenskyy's visit).
			// "The two presidents will discuss" is the holders of that
			// office the turn named, when the rules found them so.
			if groupOffice(toks, rf) == "" {
				return nil
			}
			xs := d.resolveSubject(rf, s, para)
			if len(xs) < 2 || slices.ContainsFunc(xs, func(x subj) bool { return !strings.HasPrefix(x.detail, detailHolders) }) {
				return nil
			}
			for _, x := range xs {
				x.evidence += " … " + span(s.text, toks, at, v+1)
				out = append(out, x)
			}
			continue
		}
		b := rf.i
		if b > 0 && toks[b-1].lower == "the" {
			b--
		}
		// "whether the President will", and "If the President wants to",
		// whose capital the title's reference takes in.
		if b > 0 && doubtWords[toks[b-1].lower] || doubtWords[toks[rf.i].lower] {
			return nil
		}
		// "a sense of what she’ll be discussing at each stop", "I won’t get
		// into what he’ll mention": what will be said, named as a topic,
		// none of it previewed; "what he will say is that ..." and "that’s
		// what he’s going to say" preview it.
		if b > 0 && toks[b-1].lower == "what" && !copulaAfter(toks, v+1) && !(b > 1 && (copulas[toks[b-2].lower] || toks[b-2].lower == "that" && toks[b-2].poss)) {
			return nil
		}
		for _, x := range d.resolveSubject(rf, s, para) {
			x.evidence += " … " + span(s.text, toks, at, v+1)
			out = append(out, x)
		}
	}
	return out
}

// doubtWords open a clause that says nothing will be said for sure.
var doubtWords = set(`whether if`)

// copulaAfter reports whether "is", "was" or "will be" comes at or after k
// in the sentence, before a "but" or ";" opens another clause: "what he will
// say – and I expect a readout – is that"; not "what he’ll mention on
// individual issues, but … those will be addressed".
func copulaAfter(toks []token, k int) bool {
	for ; k < len(toks); k++ {
		switch toks[k].lower {
		case "but", ";":
			return false
		case "is", "was":
			return true
		case "be":
			if toks[k-1].lower == "will" {
				return true
			}
		}
	}
	return false
}

// speechEventAfter reports whether the verb at v has a speech as its object
// ("will offer brief remarks", "will make remarks around midday", "will
// give the commencement address"): when someone will speak, a schedule,
// not what they will say (rule 2).
func speechEventAfter(toks []token, v int) bool {
	for k := v + 1; k < len(toks) && k <= v+4; k++ {
		if speechEvents[toks[k].lower] {
			return true
		}
		if !toks[k].word || prepositions[toks[k].lower] {
			return false
		}
	}
	return false
}

// speechEvents are occasions of speech.
var speechEvents = set(`remarks address speech keynote statement briefing toast`)
