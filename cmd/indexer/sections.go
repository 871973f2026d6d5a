package main

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/readouts/readouts/internal/readout"
)

// The attributor reads a whole document at once, and its cost grows faster
// than the document: a 60 MB file of 139,516 paragraphs took 6.2 GB and
// 6.5 minutes to index, nearly all of the time in attribution (3.4 GB and
// 72 s in sections), and 4 MB of text with few sentence ends (46
// paragraphs) took 13 s where 1 MB took 1.8 s (5.4 s in sections).
// Attributed in sections of at most sectionParagraphs paragraphs and
// sectionBytes bytes, a paragraph longer than pieceBytes in pieces, the cost
// is linear. No real readout comes near these bounds: the shared corpus's
// longest is 80 KB, with 379 paragraphs (p99 138), and its longest
// paragraph 2,693 bytes, so nothing changes for them; in a giant file a
// pronoun or "both sides" does not reach back across a section boundary.
const (
	sectionParagraphs = 1000
	sectionBytes      = 200_000
	pieceBytes        = 10_000
)

// sections attributes a document in sections of at most size paragraphs
// and bytes bytes of text, each seen with the document's title, header and
// date; a paragraph longer than piece bytes is attributed as pieces of
// whole sentences (or words) and gets the speakers and mentions of all its
// pieces. The issuer and country come from the first section; the
// participants are those of all sections.
type sections struct {
	readout.Attributor
	size, bytes, piece int
}

func (s sections) Attribute(doc *readout.Document) {
	work, first := s.cut(doc.Paragraphs)
	var participants []string
	for start, end := 0, 0; start < len(work); start = end {
		n := 0
		for end = start; end < len(work) && end-start < s.size && (end == start || n+len(work[end].Text) <= s.bytes); end++ {
			n += len(work[end].Text)
		}
		if start == 0 && end == len(work) && first == nil {
			s.Attributor.Attribute(doc) // within bounds, as almost every document
			return
		}
		part := *doc
		// The section shares work's array: the attributor fills in
		// work's paragraphs, which are doc's own unless some were cut.
		part.Paragraphs = work[start:end:end]
		part.Issuer, part.Country, part.Participants = "", "", nil
		s.Attributor.Attribute(&part)
		if start == 0 {
			doc.Issuer, doc.Country = part.Issuer, part.Country
		}
		for _, p := range part.Participants {
			if !slices.Contains(participants, p) {
				participants = append(participants, p)
			}
		}
	}
	doc.Participants = participants
	if first != nil {
		for i := range doc.Paragraphs {
			join(&doc.Paragraphs[i], work[first[i]:first[i+1]])
		}
	}
}

// cut returns the paragraphs to attribute: ps itself when none is longer
// than s.piece (and a nil first), or else ps with the long ones cut into
// pieces that keep their N, where paragraph i's pieces are
// work[first[i]:first[i+1]].
func (s sections) cut(ps []readout.Paragraph) (work []readout.Paragraph, first []int) {
	if !slices.ContainsFunc(ps, func(p readout.Paragraph) bool { return len(p.Text) > s.piece }) {
		return ps, nil
	}
	first = make([]int, 0, len(ps)+1)
	for _, p := range ps {
		first = append(first, len(work))
		for _, t := range pieces(p.Text, s.piece) {
			work = append(work, readout.Paragraph{N: p.N, Text: t})
		}
	}
	return work, append(first, len(work))
}

// pieces cuts text into pieces of at most max bytes between sentences, and
// within a sentence longer than max between words (or, in a word longer
// than that, between characters). Joined with spaces they give back text.
func pieces(text string, max int) []string {
	var out []string
	cur := ""
	flush := func() {
		if cur != "" {
			out = append(out, cur)
			cur = ""
		}
	}
	for _, sent := range readout.Sentences(text) {
		for len(sent) > max {
			flush()
			i := strings.LastIndexByte(sent[:max+1], ' ')
			if i <= 0 {
				for i = max; i > 0 && !utf8.RuneStart(sent[i]); i-- {
				}
			}
			out = append(out, strings.TrimRight(sent[:i], " "))
			sent = strings.TrimLeft(sent[i:], " ")
		}
		if cur != "" && len(cur)+1+len(sent) > max {
			flush()
		}
		if cur == "" {
			cur = sent
		} else {
			cur += " " + sent
		}
	}
	flush()
	return out
}

// join gives p the speakers and mentions of its pieces, as the attributor
// gives a paragraph those of its sentences: a speaker in one piece is not a
// mention in another, and each name keeps its first reason.
func join(p *readout.Paragraph, pieces []readout.Paragraph) {
	p.Speakers, p.Mentions, p.Why = nil, nil, nil
	for _, w := range pieces {
		for _, name := range w.Speakers {
			if !slices.Contains(p.Speakers, name) {
				p.Speakers = append(p.Speakers, name)
			}
		}
	}
	for _, w := range pieces {
		for _, name := range w.Mentions {
			if !slices.Contains(p.Speakers, name) && !slices.Contains(p.Mentions, name) {
				p.Mentions = append(p.Mentions, name)
			}
		}
	}
	var speakWhy, mentionWhy []readout.Reason
	has := func(rs []readout.Reason, name string) bool {
		return slices.ContainsFunc(rs, func(r readout.Reason) bool { return r.Name == name })
	}
	for _, w := range pieces {
		for _, r := range w.Why {
			switch {
			case r.Role == readout.RoleSpeaker && slices.Contains(p.Speakers, r.Name) && !has(speakWhy, r.Name):
				speakWhy = append(speakWhy, r)
			case r.Role == readout.RoleMention && slices.Contains(p.Mentions, r.Name) && !has(mentionWhy, r.Name):
				mentionWhy = append(mentionWhy, r)
			}
		}
	}
	p.Why = append(speakWhy, mentionWhy...)
}
