package attribution

import (
	"regexp"

	"github.com/readouts/readouts/internal/readout"
)

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

// numberWords end the label of one of several unnamed officials
// ("SENIOR STATE DEPARTMENT OFFICIAL TWO:").
var numberWords = set(`one two three four five 1 2 3 4 5`)

// officialWords reports whether a label's words, lower case, name an
// unnamed official: "senior administration official", or one of several,
// "senior state department official one" (officialLabel).
func officialWords(words []string) bool {
	n := len(words)
	if n > 2 && numberWords[words[n-1]] {
		n--
	}
	return n >= 2 && words[n-1] == "official"
}

// bareQuestion is the question label of White House transcripts: "Q" and
// spaces, often no-break ones, without a colon ("Q    Thank you. And …").
// Without it a reporter's question continued the official's turn before
// it, and the official was its speaker. "Q:" is a question too, whether or
// not the transcript labels answers "A:" ("MS. PSAKI: …", "Q: Thanks, Jen.").
var bareQuestion = regexp.MustCompile(`^[\s\x{00A0}]*Q(?:[\s\x{00A0}]+|[\s\x{00A0}]*[:：][\s\x{00A0}]*)\S`)
