package index

import (
	"strings"

	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/readouts/readouts/internal/readout"
)

// Speech acts (package attribution) are indexed twice: each paragraph's
// acts in the act field (and the facet table, facets.go), and who did each
// in speaker_act, "wang yi|expressed-concern". A search by speaker and act
// ("what did Wang Yi oppose") matches the pair, so that a paragraph where
// the spokesperson condemns and Wang Yi is only quoted beside him is not an
// answer; a search by act alone matches any speaker's.

// speakerActTerm is the speaker_act term of a speaker's act.
func speakerActTerm(speaker, act string) string {
	return strings.ToLower(speaker) + "|" + strings.ToLower(act)
}

func speakerActTerms(pairs []readout.SpeakerAct) []string {
	out := make([]string, 0, len(pairs))
	for _, p := range pairs {
		out = append(out, speakerActTerm(p.Speaker, p.Act))
	}
	return out
}

// blockSpeakerActs and speakerActsOf write and read a paragraph's
// speaker acts in its block (blocks.go), as "Wang Yi\x1fexpressed-concern".
func blockSpeakerActs(pairs []readout.SpeakerAct) []string {
	out := make([]string, 0, len(pairs))
	for _, p := range pairs {
		out = append(out, p.Speaker+"\x1f"+p.Act)
	}
	return out
}

func speakerActsOf(stored []string) []readout.SpeakerAct {
	var out []readout.SpeakerAct
	for _, s := range stored {
		if sp, act, ok := strings.Cut(s, "\x1f"); ok {
			out = append(out, readout.SpeakerAct{Speaker: sp, Act: act})
		}
	}
	return out
}

// speakerActs is the filter "any of speakers did any of acts", speakers
// by canonical name as the speaker filter takes them, with the terms it
// looks up.
func (c *compiler) speakerActs(speakers, acts []string) (query.Query, []string) {
	var qs []query.Query
	var looked []string
	for _, sp := range c.speakerSpellings(speakers) {
		for _, a := range acts {
			term := speakerActTerm(sp, strings.TrimSpace(a))
			t := query.NewTermQuery(term)
			t.SetField(fieldSpeakerAct)
			qs = append(qs, t)
			looked = append(looked, term)
		}
	}
	if len(qs) == 1 {
		return qs[0], looked
	}
	return query.NewDisjunctionQuery(qs), looked
}

// speakerSpellings are the lower-cased spellings of the speakers of a
// speaker filter, by canonical name, as speaker_act holds them.
func (c *compiler) speakerSpellings(speakers []string) []string {
	var out []string
	for _, s := range speakers {
		if s = strings.TrimSpace(s); s == "" {
			continue
		}
		s = c.resolve(byCanonical, s)[0]
		out = append(out, c.variants.lowerSpellings(fieldSpeaker, s)...) // every spelling (variants.go)
	}
	return out
}
