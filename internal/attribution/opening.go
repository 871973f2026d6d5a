package attribution

import "strings"

// openingPhrase returns where a sentence's subject starts past an opening
// phrase set off by a comma, or 0 when the sentence has none: "During the
// call, the leaders", "On Monday, March 4, 2024, Secretary Blinken", "In
// their meeting on the margins of the G20 Summit, the two leaders",
// "Additionally, the President", "To this end, the United States",
// "Determined to deepen our partnership in outer space exploration, the
// two sides", "Building on the Camp David Summit, they".
//
// The phrase opens with an opener word (openerWord) and holds no clause,
// quotation or list of its own: a verb of speech or meeting, a copula or
// a clause marker before the comma ("As Secretary Blinken said, ...",
// "During the meeting that was held, ...") means the words are no opening
// phrase, nor are a colon, semicolon, em dash or quotation mark. The comma
// must come within openingLimit tokens of the opener.
//
// This is the one reading of an opening phrase: the callers (subjectStart,
// homeSubject, conjoinedSpeakers, spokenByOther, countryGroup, listGroup,
// the groups of groupsubject.go, the delegations' heads, subjectKind,
// othersSpeak and the appositive lists of people.go)
// each used to carry their own copy with their own limit and opener words.
func openingPhrase(toks []token) int {
	f := firstWord(toks)
	if f >= len(toks) || !openerWord(toks, f) {
		return 0
	}
	for k := f + 1; k < len(toks) && k <= f+openingLimit; k++ {
		t := toks[k]
		switch {
		case t.text == ",":
			return dateTail(toks, k+1)
		case clauseWord(t) || quoteMark(t.text) || phraseStops[t.text]:
			return 0
		}
	}
	return 0
}

// openingLimit is how many tokens an opening phrase may run to its comma:
// "On the sidelines of the 79th session of the United Nations General
// Assembly in New York," is 17.
const openingLimit = 24

// phraseStops are punctuation an opening phrase does not hold.
var phraseStops = set(`; : ? ! —`)

// openerWord reports whether toks[f], a sentence's first word, opens a
// phrase before its subject: a preposition ("In", "On", "With", "To"),
// an opening adverb ("Today", "Additionally", "Meanwhile", "Now"), a
// time phrase ("This week", "Last month"), a "-ly" adverb ("Separately", "Finally"; not "Italy", "Only"), or a
// participle or infinitive before a preposition or determiner
// ("Determined to", "Recognizing the", "Building on", "Speaking at";
// not "Developing countries", "United States", "Beijing has", "Nothing").
func openerWord(toks []token, f int) bool {
	t := toks[f]
	w := t.lower
	switch {
	case !t.word || t.poss:
		return false
	case prepositions[w] || introWords[w] || openingAdverbs[w]:
		return true
	case len(w) > 4 && strings.HasSuffix(w, "ly") && !lyWords[w]:
		return true
	case timeDeictics[w]:
		return f+1 < len(toks) && timeNouns[toks[f+1].lower] // "This week,", "Last month,"
	case len(w) > 5 && (strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "thing") || strings.HasSuffix(w, "ed")):
		if f+1 >= len(toks) {
			return false
		}
		n := toks[f+1]
		return n.word && !n.cap && (prepositions[n.lower] || determiners[n.lower] || participleParticles[n.lower])
	}
	return false
}

// openingAdverbs may open a sentence before its subject, with a comma.
var openingAdverbs = set(`as today yesterday tonight earlier later together additionally likewise finally moreover furthermore
similarly accordingly regarding through within under over throughout since prior domestically also meanwhile however now so
then`)

// determiners after a participle make it an opening phrase's head:
// "Recognizing the role of", "Having reviewed their progress".
var determiners = set(`the a an this these those its their our his her my your all both each every such further`)

// participleParticles follow a participle in an opening phrase: "Looking
// ahead,", "Moving forward,", "Going back".
var participleParticles = set(`ahead forward back up out together`)

// dateTail returns where the words resume past the rest of a date or
// place an opening phrase's comma cut in two, from k: "On Monday, March 4,
// 2024,", "On April 21, 2024,", "In Washington, D.C.,".
func dateTail(toks []token, k int) int {
	if k+2 < len(toks) && monthWords[toks[k].lower] && toks[k].cap && isNumber(toks[k+1].text) && toks[k+2].text == "," {
		k += 3
	}
	if k+1 < len(toks) && toks[k+1].text == "," && (len(toks[k].text) == 4 && isNumber(toks[k].text) || toks[k].text == "D.C.") {
		k += 2
	}
	return k
}

// isNumber reports whether s is all digits.
func isNumber(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}

// opensClause reports whether the word at i opens the sentence's main
// clause: its first word, or the first after an opening phrase.
func opensClause(toks []token, i int) bool {
	return i == firstWord(toks) || i == openingPhrase(toks)
}
