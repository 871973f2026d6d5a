// Package attribution decides who speaks in each paragraph of a readout and
// who is only mentioned: "Wang said", "the Secretary noted", "He assured",
// "the two ministers agreed", "A:" in a press conference. It resolves titles
// by the document's date, pronouns by the most recent speaker, misspellings
// and bare surnames through the gazetteer and the names the document itself
// gives, and never invents a name the text or gazetteer does not contain.
//
// It works sentence by sentence (see AttributeSentences) and a paragraph's
// result is the union of its sentences. It knows nothing about file formats
// (package readout) or search (package index).
package attribution

import (
	"slices"
	"strings"

	"github.com/readouts/readouts/internal/gazetteer"
	"github.com/readouts/readouts/internal/readout"
)

// Rules, as they appear in readout.Reason.Rule.
const (
	RuleVerb         = "verb"         // "Blinken said", "said Wang", "according to Wang Yi"
	RuleMeeting      = "meeting"      // "Blinken spoke with Foreign Minister X": both sides
	RuleTitle        = "title"        // "the Secretary noted": the office holder
	RulePronoun      = "pronoun"      // "He said": the most recent compatible speaker
	RuleBothSides    = "both-sides"   // "the two ministers agreed": the participants
	RuleInstitution  = "institution"  // "the Chinese Foreign Ministry said", when no person speaks
	RuleQA           = "qa"           // "A:" paragraphs of a press conference: the spokesperson
	RuleLabel        = "label"        // "SECRETARY BLINKEN:" in a transcript
	RuleDocument     = "document"     // the header's speaker owns the whole speech (UN General Debate)
	RuleIssuer       = "issuer"       // a paragraph where nobody speaks belongs to the issuer
	RuleAttributable = "attributable" // "The below is attributable to Spokesperson Ned Price:" and what follows
	RuleRelayed      = "relayed"      // "conveyed President Biden's appreciation": the stance's holder
	RuleAuthor       = "author"       // "Statement by X", "Letter from X": X in the text's own voice
	RuleMention      = "mention"      // named, not speaking
)

// Attributor implements readout.Attributor with a gazetteer. It is safe for
// concurrent use: all per-document state lives in one call.
type Attributor struct {
	g *gazetteer.Gazetteer
}

// New returns an Attributor that resolves names with g. A nil g works with
// the names the documents give alone.
func New(g *gazetteer.Gazetteer) *Attributor {
	if g == nil {
		g, _ = gazetteer.Parse(nil)
	}
	return &Attributor{g: g}
}

var _ readout.Attributor = (*Attributor)(nil)

// SentenceResult is who speaks in, and who is mentioned by, one sentence.
type SentenceResult struct {
	Paragraph int    // readout.Paragraph.N
	Index     int    // 0-based position in the paragraph
	Text      string // as readout.Sentences returns it
	Speakers  []string
	Mentions  []string
	Why       []readout.Reason     // one per speaker and mention
	Acts      []string             // what its speakers did with words (Acts), in order; none without a speaker
	ActsBy    []readout.SpeakerAct // who did each of Acts
	Turn      string               // its paragraph's turn: readout.TurnQuestion, TurnAnswer or "" (turns.go)
}

// Attribute fills each paragraph's Speakers, Mentions and Why and the
// document's Participants. A paragraph's speakers are the union of its
// sentences' speakers, in order of appearance; its mentions are the people
// named in it who speak in none of its sentences.
func (a *Attributor) Attribute(doc *readout.Document) {
	if doc == nil {
		return
	}
	res := a.AttributeSentences(doc)
	for i := range doc.Paragraphs {
		p := &doc.Paragraphs[i]
		p.Speakers, p.Mentions, p.Why, p.Acts, p.SpeakerActs, p.Turn = nil, nil, nil, nil, nil, ""
		if i >= len(res) {
			continue
		}
		if len(res[i]) > 0 {
			p.Turn = res[i][0].Turn
		}
		var speakWhy, mentionWhy []readout.Reason
		for _, s := range res[i] {
			for _, a := range s.Acts {
				if !slices.Contains(p.Acts, a) {
					p.Acts = append(p.Acts, a)
				}
			}
			for _, sa := range s.ActsBy {
				if !slices.Contains(p.SpeakerActs, sa) {
					p.SpeakerActs = append(p.SpeakerActs, sa)
				}
			}
			for _, r := range s.Why {
				if r.Role == readout.RoleSpeaker && !slices.Contains(p.Speakers, r.Name) {
					p.Speakers = append(p.Speakers, r.Name)
					speakWhy = append(speakWhy, r)
				}
			}
		}
		for _, s := range res[i] {
			for _, r := range s.Why {
				if r.Role == readout.RoleMention && !slices.Contains(p.Speakers, r.Name) && !slices.Contains(p.Mentions, r.Name) {
					p.Mentions = append(p.Mentions, r.Name)
					mentionWhy = append(mentionWhy, r)
				}
			}
		}
		p.Why = append(speakWhy, mentionWhy...)
	}
}

// AttributeSentences returns, for each paragraph of doc, the attribution of
// each of its sentences. It sets doc.Participants and leaves the paragraphs
// alone; Attribute is its union by paragraph.
func (a *Attributor) AttributeSentences(doc *readout.Document) [][]SentenceResult {
	if doc == nil {
		return nil
	}
	d := newDocState(a.g, doc)
	d.cast()
	d.titleVoice()
	d.readForSpeech()
	out := d.run()
	d.sentenceActs(out)
	d.sentenceTurns(out)
	doc.Issuer, doc.Country = d.issuerName(), d.countryName()
	doc.Participants = nil
	for _, p := range d.participants {
		if p.shown() {
			doc.Participants = append(doc.Participants, p.name)
		}
	}
	return out
}

// person is someone the document names: a gazetteer person or someone found
// by a title ("Acting Assistant Secretary Hood").
type person struct {
	name    string            // canonical: the gazetteer's, or the fullest form the document gives
	gz      *gazetteer.Person // nil when not in the gazetteer
	tokens  []string          // keys of the words of all forms seen, for bare surnames
	titles  []string          // keys of the titles written before the name ("foreign minister")
	canon   []string          // canonical gazetteer titles among them
	country string            // from the gazetteer or a country word before the title
	order   int               // first appearance
	// named: the header's speaker of a speech, a name by construction even
	// as one word ("Mr. Arce").
	named bool
	// officeOnly: shown by one word an office title stood before
	// ("Senator Graham"); too thin to join a group ("the leaders", "the
	// two sides") or to be what a bare title means.
	officeOnly bool
}

// shown reports whether p may appear in a facet: a gazetteer person, or
// someone the document names with at least two words ("Joey Hood"). A
// bare "Hood" is kept for pronouns but not shown: one capitalised word is
// too often a common noun ("Recovery", "Charter"), and the same person
// elsewhere in full would make two facet values.
func (p *person) shown() bool {
	return p.gz != nil || p.named || len(strings.Fields(p.name)) > 1
}

// officeWord reports whether p is still known only by the one word an
// office title stood before ("Senator Graham"): shown as a speaker, but
// no mention, no party of "They" and no member of a group.
func (p *person) officeWord() bool {
	return p.officeOnly && len(p.tokens) == 1
}

func (p *person) gender() gazetteer.Gender {
	if p.gz != nil {
		return p.gz.Gender
	}
	return ""
}

// names is a list of canonical names without duplicates, in order.
func addName(list []string, name string) []string {
	if name == "" || slices.Contains(list, name) {
		return list
	}
	return append(list, name)
}
