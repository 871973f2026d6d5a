package index

import (
	"context"
	"errors"
	"fmt"

	"github.com/readouts/readouts/internal/diff"
)

// ErrNotVersions means two documents that are not versions of one release
// were asked to be compared.
var ErrNotVersions = errors.New("not versions of one release")

// Version is one version of a release, as the history lists it.
type Version struct {
	DocID     string `json:"doc_id"`
	Title     string `json:"title"`
	Date      string `json:"date"`
	Published string `json:"published,omitempty"` // the header's publication time, when it has one
	Current   bool   `json:"current"`             // the document the history was asked for
	// Changes compares it with the version before; nil for the first.
	Changes *VersionChanges `json:"changes"`
}

// VersionChanges counts what changed from one version to the next, by
// paragraph: a changed paragraph is one edited in place (more than half of
// its words kept), an added or removed one has no counterpart.
type VersionChanges struct {
	Added        int  `json:"added"`
	Removed      int  `json:"removed"`
	Changed      int  `json:"changed"`
	Unchanged    int  `json:"unchanged"`
	TitleChanged bool `json:"title_changed"`
}

// ParagraphChange is one paragraph of a comparison: Kind "unchanged",
// "added", "removed" or "changed"; Old and New are its numbers in each
// version (0 where it has none). Text is the paragraph (the new one when
// unchanged or added); Words, for a changed paragraph, the word-level
// difference.
type ParagraphChange struct {
	Kind  string       `json:"kind"`
	Old   int          `json:"old,omitempty"`
	New   int          `json:"new,omitempty"`
	Text  string       `json:"text,omitempty"`
	Words []WordChange `json:"words,omitempty"`
}

// WordChange is a run of text kept ("equal"), deleted or inserted.
type WordChange struct {
	Op   string `json:"op"`
	Text string `json:"text"`
}

// VersionDiff is what changed between two versions of one release.
type VersionDiff struct {
	Old, New   Version
	Title      []WordChange // the title's difference; nil when unchanged
	Paragraphs []ParagraphChange
	Summary    VersionChanges
}

// Versions returns the versions of the release document id belongs to, in
// time order, each with what changed since the one before; an empty list
// when it has no other version, ErrNotFound for an unknown document.
func (r *Reader) Versions(ctx context.Context, id string) ([]Version, error) {
	g, err := r.acquire()
	if err != nil {
		return nil, err
	}
	group := g.versions.of[id]
	r.release(g, false)
	if len(group) == 0 {
		// Known documents with no other version answer an empty list.
		if _, err := r.Document(ctx, id, ""); err != nil {
			return nil, err
		}
		return []Version{}, nil
	}
	views := make([]*DocumentView, len(group))
	for i, e := range group {
		if views[i], err = r.Document(ctx, e.ID, ""); err != nil {
			return nil, fmt.Errorf("version %s of %s: %w", e.ID, id, err)
		}
	}
	out := make([]Version, len(group))
	for i, e := range group {
		out[i] = versionOf(e, views[i], e.ID == id)
		if i > 0 {
			d := compareViews(views[i-1], views[i])
			out[i].Changes = &d.Summary
		}
	}
	return out, nil
}

func versionOf(e versionEntry, v *DocumentView, current bool) Version {
	return Version{DocID: e.ID, Title: v.Title, Date: v.Date, Published: e.Published, Current: current}
}

// VersionIDs returns the IDs of the other versions of the release
// document id belongs to, in time order; none when it has no other version
// or is unknown. It reads only the version links, not the documents.
func (r *Reader) VersionIDs(id string) []string {
	g, err := r.acquire()
	if err != nil {
		return nil
	}
	defer r.release(g, false)
	var out []string
	for _, e := range g.versions.of[id] {
		if e.ID != id {
			out = append(out, e.ID)
		}
	}
	return out
}

// CompareVersions compares two versions of one release, the earlier as
// the old one whichever order they are given in. It returns ErrNotFound
// for an unknown document and ErrNotVersions for two documents that are
// not versions of one release.
func (r *Reader) CompareVersions(ctx context.Context, id, other string) (*VersionDiff, error) {
	g, err := r.acquire()
	if err != nil {
		return nil, err
	}
	group := g.versions.of[id]
	r.release(g, false)
	a, err := r.Document(ctx, id, "")
	if err != nil {
		return nil, err
	}
	b, err := r.Document(ctx, other, "")
	if err != nil {
		return nil, err
	}
	ia, ib := -1, -1
	for i, e := range group {
		switch e.ID {
		case id:
			ia = i
		case other:
			ib = i
		}
	}
	if ia < 0 || ib < 0 {
		return nil, fmt.Errorf("%s and %s: %w", id, other, ErrNotVersions)
	}
	if ia > ib {
		ia, ib, a, b = ib, ia, b, a
	}
	d := compareViews(a, b)
	d.Old = versionOf(group[ia], a, a.ID == id)
	d.New = versionOf(group[ib], b, b.ID == id)
	d.New.Changes = &d.Summary
	return &d, nil
}

// maxPairing bounds the paragraph comparisons in one replaced span: past
// it, the span is shown as removed then added.
const maxPairing = 2500

// changedShare is how much of a paragraph must be kept for it to count as
// changed rather than removed and replaced.
const changedShare = 0.5

// compareViews aligns the paragraphs of two versions: unchanged paragraphs
// by a shortest edit script over whole paragraphs, and within each
// replaced span, an old paragraph paired with the next new one that keeps
// more than half its words.
func compareViews(a, b *DocumentView) VersionDiff {
	var d VersionDiff
	if a.Title != b.Title {
		d.Title = wordChanges(a.Title, b.Title)
		d.Summary.TitleChanged = true
	}
	at, bt := texts(a), texts(b)
	ops := diff.Slices(at, bt)
	for k := 0; k < len(ops); k++ {
		op := ops[k]
		switch op.Kind {
		case diff.Equal:
			for i := range op.N {
				d.Paragraphs = append(d.Paragraphs, ParagraphChange{Kind: "unchanged", Old: op.A + i + 1, New: op.B + i + 1, Text: bt[op.B+i]})
			}
			d.Summary.Unchanged += op.N
			continue
		case diff.Insert:
			d.added(bt, op.B, op.B+op.N)
			continue
		}
		// A deletion, maybe followed by the insertion that replaces it.
		del, ins := op, diff.Op{Kind: diff.Insert, A: op.A + op.N, B: op.B}
		if k+1 < len(ops) && ops[k+1].Kind == diff.Insert {
			ins = ops[k+1]
			k++
		}
		d.replace(at, bt, del, ins)
	}
	return d
}

func (d *VersionDiff) added(bt []string, from, to int) {
	for j := from; j < to; j++ {
		d.Paragraphs = append(d.Paragraphs, ParagraphChange{Kind: "added", New: j + 1, Text: bt[j]})
		d.Summary.Added++
	}
}

// replace shows the old paragraphs del replaced by the new ones ins.
func (d *VersionDiff) replace(at, bt []string, del, ins diff.Op) {
	j := ins.B
	pair := del.N*ins.N <= maxPairing
	for i := del.A; i < del.A+del.N; i++ {
		match := -1
		for c := j; pair && c < ins.B+ins.N; c++ {
			if diff.Similarity(at[i], bt[c]) > changedShare {
				match = c
				break
			}
		}
		if match < 0 {
			d.Paragraphs = append(d.Paragraphs, ParagraphChange{Kind: "removed", Old: i + 1, Text: at[i]})
			d.Summary.Removed++
			continue
		}
		d.added(bt, j, match)
		d.Paragraphs = append(d.Paragraphs, ParagraphChange{Kind: "changed", Old: i + 1, New: match + 1, Words: wordChanges(at[i], bt[match])})
		d.Summary.Changed++
		j = match + 1
	}
	d.added(bt, j, ins.B+ins.N)
}

func texts(v *DocumentView) []string {
	out := make([]string, len(v.Paragraphs))
	for i, p := range v.Paragraphs {
		out[i] = p.Text
	}
	return out
}

func wordChanges(a, b string) []WordChange {
	cs := diff.Words(a, b)
	out := make([]WordChange, len(cs))
	for i, c := range cs {
		out[i] = WordChange{Op: c.Kind.String(), Text: c.Text}
	}
	return out
}
