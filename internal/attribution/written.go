package attribution

// A person's text as the subject of a verb of speech (ATTRIBUTION.md rules
// 5, 6): "The Secretary-General’s 2018 report on the SDGs underscores",
// "the report of the Secretary-General (A/72/865), which notes", "the
// speech by President Vladimir Putin made clear". The text speaks for whom
// it is by: its author is a speaker of the sentence.

// writtenNouns are texts a person writes or delivers.
var writtenNouns = set(`report reports statement statements speech speeches letter letters message messages article
op-ed address remarks encyclical`)

// writtenAuthor returns the reference to the person whose text is the
// subject of the speech verb at v, or nil: a possessive person before the
// text ("X’s report", "X’s latest report"), or one after "of" or "by" right
// behind it ("the report of X", "the speech by X"). The words between the
// text and the verb may be its complement ("on the progress towards the
// SDGs", a parenthesis, "of Russia"), a comma and "which", and adverbs;
// no verb, no clause of another subject.
func (d *docState) writtenAuthor(refs []ref, toks []token, v int) *ref {
	for n := v - 1; n >= 0 && n >= v-20; n-- {
		t := toks[n]
		if writtenNouns[t.lower] && !t.cap {
			rf := authorOf(refs, toks, n)
			// No other person between the text and the verb: "the
			// report, which the President said ..." is the President's.
			for _, o := range refs {
				if rf != nil && personRef(o) && o.i > n && o.j <= v && (o.i != rf.i || o.j != rf.j) {
					return nil
				}
			}
			return rf
		}
		switch {
		case t.lower == "which" && !t.cap:
			continue // "the report ..., which notes"
		case t.text == "," && n+1 < len(toks) && toks[n+1].lower == "which":
			continue
		case t.word && (clauseWord(t) && t.lower != "has" && t.lower != "have" || subordinators[t.lower] || t.lower == "and" || t.lower == "or" || personalPronouns[t.lower]):
			// "the statement by X you mentioned": another subject.
			return nil
		case !t.word && t.text != "(" && t.text != ")" && t.text != "/":
			// "Romania welcomes the report of X, supports ...", "without
			// getting into X’s speech — just talking about": the text is
			// no subject across a comma (but ", which") or a dash.
			return nil
		}
	}
	return nil
}

// authorOf returns the person whose text the noun at n is: a possessive
// reference ending before it past words that date or qualify it ("’s 2018
// report", "’s latest report"), or a reference after "of"/"by" (and "the").
func authorOf(refs []ref, toks []token, n int) *ref {
	k := n - 1
	for k >= 0 && k >= n-3 && toks[k].word && !toks[k].cap && !toks[k].poss && (stanceQualifiers[toks[k].lower] || textQualifiers[toks[k].lower] || isYear(toks[k].text)) {
		k--
	}
	if k >= 0 && toks[k].poss {
		if at := refEndingAt(refs, k); at >= 0 && personRef(refs[at]) {
			return &refs[at]
		}
		return nil
	}
	if n+2 < len(toks) && (toks[n+1].lower == "of" || toks[n+1].lower == "by") {
		s := n + 2
		if toks[s].lower == "the" {
			s++
		}
		for x := range refs {
			if refs[x].i == s && personRef(refs[x]) && !refs[x].poss {
				return &refs[x]
			}
		}
	}
	return nil
}

func personRef(rf ref) bool { return rf.kind == kName || rf.kind == kTitle }

// textQualifiers may stand between an author and the text: "the
// Secretary-General’s annual report", "his opening statement".
var textQualifiers = set(`annual new first second third final opening closing landmark historic important excellent
comprehensive timely insightful own special progress written`)

func isYear(s string) bool {
	if len(s) != 4 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s >= "1900" && s <= "2099"
}

// personalPronouns are subjects of their own.
var personalPronouns = set(`i you we they he she`)
