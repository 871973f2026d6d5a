package bench

import (
	"strings"

	"github.com/readouts/readouts/internal/readout"
)

// headerSpeaker attributes every paragraph of a document to the speaker its
// header names, so that the benchmark does not depend on package
// attribution (whose rules change independently). The generator writes that
// header; a copy of a document may name another speaker of the same source.
type headerSpeaker struct{}

func (headerSpeaker) Attribute(d *readout.Document) {
	s := speakerOf(d.Meta)
	if s == "" {
		return
	}
	for i := range d.Paragraphs {
		d.Paragraphs[i].Speakers = []string{s}
	}
	d.Participants = []string{s}
}

// speakerOf reads a real header's speaker: "speaker: Geng Shuang",
// "speaker: Antony J. Blinken, Secretary of State, ..." (the first name) or
// the White House's "speaker_from_title: Vice President Harris".
func speakerOf(meta map[string]string) string {
	s := strings.TrimSpace(meta["speaker"])
	if s == "" {
		s = strings.TrimSpace(meta["speaker_from_title"])
	}
	if i := strings.IndexByte(s, ','); i > 0 {
		s = strings.TrimSpace(s[:i])
	}
	return s
}
