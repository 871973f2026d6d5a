package attribution

import "github.com/readouts/readouts/internal/readout"

// turns says whose turn each paragraph of a transcript is, from the modes
// run read (paragraphMode): a reporter's question (ATTRIBUTION.md rule 7),
// an answer, or "" for prose. Paragraphs become answers only once a
// question has been asked: a briefing's opening announcements and a text
// without questions are prose.
func turns(modes []mode) []string {
	out := make([]string, len(modes))
	asked := false
	for i, m := range modes {
		switch {
		case m.question:
			out[i], asked = readout.TurnQuestion, true
		case asked:
			out[i] = readout.TurnAnswer
		}
	}
	return out
}

// sentenceTurns gives each sentence its paragraph's turn.
func (d *docState) sentenceTurns(out [][]SentenceResult) {
	ts := turns(d.modes)
	for pi := range out {
		if pi >= len(ts) {
			return
		}
		for si := range out[pi] {
			out[pi][si].Turn = ts[pi]
		}
	}
}
