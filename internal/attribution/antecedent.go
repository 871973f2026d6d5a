// The candidate order every pronoun chooser shares (rule 5). Whoever picks
// whom a "he", "she", "his" or "her" means goes through the same three
// questions, in this order:
//
//  1. Does the person fit the pronoun? Their gender is the one it asks
//     for, or none is known (fitsPronoun); an owner who says "I" is never
//     their own "he" (fitsOther).
//  2. Whom does the pronoun's own sentence name before it? (Each caller
//     reads its sentence its own way: sentenceAntecedent, namedBefore,
//     speechAntecedent, heardPronoun, askedAntecedent.)
//  3. Else the most recent one who fits, among the people the document
//     has recorded: those who spoke (lastSaid over d.history), or those a
//     turn, a speech or a question named, within a reach of sentences
//     (recentNamed over d.turnNamed, d.speechNamed, d.askedNamed).
//
// The two entry points are subjectAntecedent (a subject "he" or "she") and
// stanceAntecedent (a "his" or "her" before a stance noun). They keep apart
// what the kind of text decides: a speech's pronoun means the person last
// named (its speaker says "I" and the people it names do not speak), a
// first-person turn's never its owner, other text's the last speaker.

package attribution

import (
	"iter"
	"slices"

	"github.com/readouts/readouts/internal/gazetteer"
)

// fitsPronoun reports whether p may be whom a pronoun asking for gender
// want means: p's gender is want, or none is known.
func fitsPronoun(p *person, want gazetteer.Gender) bool {
	g := p.gender()
	return g == "" || g == want
}

// fitsOther reports whether p, someone other than owner, fits a pronoun
// asking for want: a first-person turn's or a speech's "he" is not the
// one who says "I".
func fitsOther(p, owner *person, want gazetteer.Gender) bool {
	return p != nil && p != owner && fitsPronoun(p, want)
}

// refsNamedBefore yields, in order, the references to people (names and
// titles) of a sentence's refs that end by k: the candidates a pronoun at
// k has in its own sentence (sentenceAntecedent, speechAntecedent,
// namedBefore, askedAntecedent).
func refsNamedBefore(refs []ref, k int) iter.Seq[ref] {
	return func(yield func(ref) bool) {
		for _, r := range refs {
			if r.j > k {
				return
			}
			if r.kind != kName && r.kind != kTitle {
				continue
			}
			if !yield(r) {
				return
			}
		}
	}
}

// lastSaid is the most recent speaker in history that fits accepts, after
// skip drops the entries a caller cannot use, and the paragraph where they
// spoke; nil, 0 if none.
func lastSaid(history []said, skip func(said) bool, fits func(*person) bool) (*person, int) {
	for i := len(history) - 1; i >= 0; i-- {
		h := history[i]
		if skip != nil && skip(h) {
			continue
		}
		if fits(h.p) {
			return h.p, h.para
		}
	}
	return nil, 0
}

// recentNamed is the most recent person in named (oldest first) that fits
// accepts, named no more than reach sentences before sentence now, and the
// paragraph where they were named. The walk stops at the first entry stop
// rejects (too old to be meant: someone unknown was named since); stop may
// be nil.
func recentNamed(named []turnName, now, reach int, stop func(turnName) bool, fits func(*person) bool) (*person, int) {
	for i := len(named) - 1; i >= 0; i-- {
		n := named[i]
		if now-n.sent > reach || stop != nil && stop(n) {
			break
		}
		if fits(n.p) {
			return n.p, n.para
		}
	}
	return nil, 0
}

// stanceAntecedent is whose stance a "his" or "her" at k before a stance
// noun is ("He worked to realize his vision"), when the sentence's own
// subject is not who it means, and the reason to give. Like a subject
// pronoun's (resolveSubject), it depends on whose text it is:
//
//   - in a first-person turn, "his" is not the turn's owner's ("A: I have
//     noted the remarks by Secretary X. His remarks are groundless"): a
//     person the sentence names before it ("Interim President Guaidó and
//     his call", namedBefore), else whom the turn's "he" would mean
//     (turnAntecedent);
//   - in a speech, speechPossessive (the people a speech names do not
//     speak, so the person last named, not the last who spoke);
//   - elsewhere, the last individual speaker who fits (antecedent).
//
// owner is the turn's owner as the sentence's mode gives it; para is the
// sentence's paragraph.
func (d *docState) stanceAntecedent(refs []ref, toks []token, k int, want gazetteer.Gender, owner *person, para int) (*person, string) {
	pron := pronounOf(want)
	if d.firstPersonTurn() != nil {
		if q, named := d.namedBefore(refs, k, want, owner); named {
			return q, antecedentDetail(para)
		}
		p, at := d.turnAntecedent(pron)
		return p, antecedentDetail(at)
	}
	if speaker := d.speechOwner(); speaker != nil {
		p, at := d.speechPossessive(refs, toks, k, want, speaker)
		return p, speechAntecedentDetail(at)
	}
	p, at := d.antecedent(pron)
	return p, antecedentDetail(at)
}

// subjectAntecedent is whom a subject "he" or "she" at rf means, the
// reason to give, and whether it is only a guess (rule 5), in this order:
//
//  1. a person the sentence names before it (sentenceAntecedent);
//  2. nobody, when a name the cast does not know or a redaction stands
//     before it;
//  3. in a speech, the person last named (speechAntecedent), who is
//     then the last named;
//  4. else the last individual speaker who fits, or in a first-person
//     turn someone other than its owner (turnAntecedent);
//  5. else in a reporter's question the one person it names
//     (askedAntecedent), a guess.
func (d *docState) subjectAntecedent(rf ref, s sentence, para int) (p *person, detail string, guessed bool) {
	if p := d.sentenceAntecedent(rf, s); p != nil {
		return p, sameSentenceAntecedent, false
	}
	if d.unknownNameBefore(s.toks, rf.i) || redactedBefore(s, rf.i) {
		return nil, "", false
	}
	if owner := d.speechOwner(); owner != nil {
		p, at := d.speechAntecedent(rf, s, owner)
		if p == nil {
			return nil, "", false
		}
		d.speechNamed = append(slices.DeleteFunc(d.speechNamed, func(n turnName) bool { return n.p == p }), turnName{p: p, sent: d.sentN, para: para})
		return p, speechAntecedentDetail(at), false
	}
	if p, at := d.turnAntecedent(s.toks[rf.i].lower); p != nil {
		return p, antecedentDetail(at), false
	}
	if q := d.askedAntecedent(rf, s); q != nil {
		return q, "the one person the question names", true
	}
	return nil, "", false
}
