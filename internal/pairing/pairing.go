// Package pairing finds the other accounts of the event a readout describes
// (the other government's readout of the same call, the background press
// call on the same meeting) and compares two accounts paragraph by
// paragraph. It reads documents through the small Library interface and
// knows nothing about Bleve, files or HTTP.
package pairing

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/readouts/readouts/internal/parallel"
)

// Paragraph is one paragraph of a document with the people the indexer
// found speaking in it and mentioned in it (canonical names).
type Paragraph struct {
	Text     string
	Speakers []string
	Mentions []string
}

// Doc is a document as pairing reads it.
type Doc struct {
	ID, Title, Source, Issuer, Country, URL string
	// Versions are the other versions of the same release, as the index
	// links them (near-identical text, not the URL: the State Department
	// feed reuses URLs for different releases). They are never another
	// account of the event.
	Versions []string
	// Date is the day the document is dated; DayPrecise is false when only
	// its year or month is known, and such a document is paired with
	// nothing: "a day or two apart" means nothing for a year.
	Date         time.Time
	DayPrecise   bool
	Participants []string
	Paragraphs   []Paragraph
}

// Library is what Find needs from an index.
type Library interface {
	// EventDocuments returns the IDs of documents dated from..to
	// (inclusive days) with a paragraph where one of names speaks or is
	// mentioned, those with the most such paragraphs first.
	EventDocuments(ctx context.Context, from, to time.Time, names []string, limit int) ([]string, error)
	// Doc reads one document.
	Doc(ctx context.Context, id string) (*Doc, error)
}

// Match is a document found to describe the same event as another.
type Match struct {
	Doc     *Doc
	Score   float64
	Reasons []string
}

// Tuning, set on the dev labels (internal/server/testdata/
// counterpart_labels.tsv), never on the held-out ones.
const (
	// MaxDays is how far apart two accounts of one event may be dated:
	// time zones (a call on the 26th in Washington is on the 27th in
	// Beijing) and publication lag.
	MaxDays = 2
	// versionSim is the wording similarity from which a document of the
	// same source is another version of the release, not another account.
	versionSim = 0.9
	// queryNames is how many of a document's people look for candidates.
	queryNames = 6
	// maxCandidates bounds the documents read and scored per request.
	maxCandidates = 30
	// minScore is the score below which a candidate is not listed: the
	// dev labels' same-event pairs scored 0.61 and up; the near misses of
	// a spot check over the corpus (two meetings of one day with
	// Zelenskyy, Harris's and Biden's) 0.50 to 0.56.
	minScore = 0.6
)

// Find returns the documents of lib that describe the event d describes,
// best first; none (not an error) when there are none or d has no day.
func Find(ctx context.Context, lib Library, d *Doc) ([]Match, error) {
	all, err := Candidates(ctx, lib, d)
	if err != nil {
		return nil, err
	}
	var out []Match
	for _, m := range all {
		if m.Score >= minScore {
			out = append(out, m)
		}
	}
	return out, nil
}

// Candidates returns every document Find considers for d, scored, best
// first, those below its threshold included: to see why one was not
// listed.
func Candidates(ctx context.Context, lib Library, d *Doc) ([]Match, error) {
	if d == nil || !d.DayPrecise || d.Date.IsZero() {
		return nil, nil
	}
	people := peopleOf(d)
	names := topNames(people, queryNames)
	if len(names) == 0 {
		return nil, nil
	}
	from, to := d.Date.AddDate(0, 0, -MaxDays), d.Date.AddDate(0, 0, MaxDays)
	ids, err := lib.EventDocuments(ctx, from, to, names, maxCandidates+1)
	if err != nil {
		return nil, fmt.Errorf("counterparts of %s: %w", d.ID, err)
	}
	ids = slices.DeleteFunc(ids, func(id string) bool { return id == d.ID })
	ids = ids[:min(len(ids), maxCandidates+len(d.Versions))] // versions are left out below
	// The candidates are read, and later scored, at once on the cores: at
	// a million paragraphs, most of a lookup's time is reading and
	// weighing its thirty candidates (the library is safe for concurrent
	// use: it reads an index).
	docs := make([]*Doc, len(ids))
	errs := make([]error, len(ids))
	if err := parallel.Each(ctx, len(ids), func(i int) { docs[i], errs[i] = lib.Doc(ctx, ids[i]) }); err != nil {
		return nil, err
	}
	var cands []*Doc
	for i, c := range docs {
		if err := errs[i]; err != nil {
			if errors.Is(err, ctx.Err()) && ctx.Err() != nil {
				return nil, err
			}
			return nil, fmt.Errorf("counterparts of %s: candidate %s: %w", d.ID, ids[i], err)
		}
		if slices.Contains(d.Versions, c.ID) {
			continue // another version of the same release, not another account
		}
		if len(cands) < maxCandidates {
			cands = append(cands, c)
		}
	}
	vd := newVectors(append([]*Doc{d}, cands...))
	scored := make([]*Match, len(cands))
	if err := parallel.Each(ctx, len(cands), func(i int) {
		c := cands[i]
		sim := vd.cosine(0, i+1)
		if sim >= versionSim && c.Source == d.Source {
			return // another version of the same release (the State Department folder keeps them all)
		}
		m := score(d, c, people, sim)
		scored[i] = &m
	}); err != nil {
		return nil, err
	}
	var out []Match
	for _, m := range scored {
		if m != nil {
			out = append(out, *m)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Score > out[j].Score })
	return out, nil
}

// score weighs the evidence that c describes d's event. Every factor is
// at most 1 except the preference for the other side's account.
func score(d, c *Doc, dPeople map[string]float64, sim float64) Match {
	m := Match{Doc: c}
	cPeople := peopleOf(c)
	// Who: the people both name, as a share of each one's principals (its
	// participants, or its two most named people) and of each one's
	// mentions of people. Two calls of one week with the same foreign
	// minister by different US officials share one principal out of two on
	// each side; a press briefing names the same two people among twenty
	// others.
	var shared []string
	for _, n := range topNames(dPeople, len(dPeople)) {
		if cPeople[n] > 0 {
			shared = append(shared, n)
		}
	}
	covered := func(p []string) float64 {
		k := 0
		for _, n := range p {
			if slices.Contains(shared, n) {
				k++
			}
		}
		return float64(k) / float64(max(1, len(p)))
	}
	focus := func(w map[string]float64) float64 {
		var in, all float64
		for n, x := range w {
			all += x
			if slices.Contains(shared, n) {
				in += x
			}
		}
		if all == 0 {
			return 0
		}
		return in / all
	}
	who := (covered(principals(d, dPeople)) + covered(principals(c, cPeople))) / 2 *
		math.Sqrt(focus(dPeople)*focus(cPeople))
	if len(shared) < 2 {
		who *= 0.5 // one person in common is not an event in common
	}
	if len(d.Participants) == 0 && len(c.Participants) == 0 && (kindIn(d.Title) == "" || kindIn(c.Title) == "") {
		// Neither is the readout of a call or meeting with named parties,
		// nor are both titled as one: two press briefings, an interview
		// and an announcement of the same days name the same Secretary
		// and President.
		who *= 0.5
	}
	if len(shared) > 0 {
		m.Reasons = append(m.Reasons, "same participants: "+strings.Join(shared[:min(4, len(shared))], ", "))
	}
	// When: a day or two apart at most (the candidates' window).
	days := int(math.Round(math.Abs(c.Date.Sub(d.Date).Hours() / 24)))
	when := [...]float64{1, 0.9, 0.7}[min(days, MaxDays)]
	switch days {
	case 0:
		m.Reasons = append(m.Reasons, "same day")
	case 1:
		m.Reasons = append(m.Reasons, "dated a day apart")
	default:
		m.Reasons = append(m.Reasons, fmt.Sprintf("dated %d days apart", days))
	}
	// What: a call is not a meeting.
	what := 0.85
	kd, kc := eventKind(d), eventKind(c)
	switch {
	case kd != "" && kd == kc:
		what = 1
		m.Reasons = append(m.Reasons, "both describe a "+kd)
	case kd != "" && kc != "":
		what = 0.6
	}
	// How: the same topics in the same words. A readout and the remarks
	// before the meeting share few words, so this only nudges.
	how := 0.7 + 0.3*min(1, sim/0.3)
	if sim >= 0.2 {
		m.Reasons = append(m.Reasons, fmt.Sprintf("similar wording (%.2f)", sim))
	}
	m.Score = who * when * what * how
	if isPreview(d) != isPreview(c) {
		// A preview is no account of the event it previews (the
		// background call previewing Chancellor Scholz's visit, the
		// statement that Sullivan will meet Wang Yi).
		m.Score *= 0.5
	}
	if d.Source != "" && d.Source == c.Source && readoutLike(d.Title) && readoutLike(c.Title) && kd == kc {
		// One office does not read out one call twice: Biden's calls
		// with Netanyahu of 20, 22 and 23 October 2023 are three calls,
		// as are Sullivan's of 2, 3 and 4 February 2021 with Spain,
		// Poland and ASEAN, and Sherman's meetings of 20 April 2022 with
		// NATO's Deputy Secretary General and with its Permanent
		// Representatives. (Remarks before a meeting, or a background
		// press call on it, and its readout are not two readouts; nor are
		// the versions of one release, left out above.)
		m.Score *= 0.5
	}
	// The other side's account first: a document of another government
	// (or of an unknown one, the seeds) ranks above the same government's.
	switch {
	case d.Country != "" && c.Country != "" && d.Country == c.Country:
		r := "same government (" + c.Country + ")"
		if c.Source != d.Source && c.Source != "" && d.Source != "" {
			r += ": " + d.Source + " and " + c.Source
		}
		m.Reasons = append(m.Reasons, r)
	case d.Country != "" && c.Country != "":
		m.Score *= 1.1
		m.Reasons = append(m.Reasons, "the other side's account ("+c.Country+")")
	default:
		m.Score *= 1.05
		m.Reasons = append(m.Reasons, "another source")
	}
	m.Score = math.Round(m.Score*1000) / 1000
	return m
}

// peopleOf weighs the people of d: participants 3, each paragraph that
// has them speak or names them 1. An issuer named in one paragraph alone
// (the spokesperson a State Department release is "attributable to") is
// not a participant; one who speaks throughout (the Secretary's remarks)
// is.
func peopleOf(d *Doc) map[string]float64 {
	w := map[string]float64{}
	for _, n := range d.Participants {
		w[n] += 3
	}
	for _, p := range d.Paragraphs {
		seen := map[string]bool{}
		for _, n := range append(slices.Clip(p.Speakers), p.Mentions...) {
			if !seen[n] {
				seen[n] = true
				w[n]++
			}
		}
	}
	if w[d.Issuer] <= 1 {
		delete(w, d.Issuer)
	}
	for n := range w {
		if n == "" || anonymous(n) {
			delete(w, n)
		}
	}
	return w
}

// anonymous tells a role the indexer takes for a speaker ("Senior
// Administration Official", "Moderator" of a background call) from a
// person: it names nobody, and fills half a press call.
func anonymous(name string) bool {
	for _, w := range strings.Fields(name) {
		switch strings.ToLower(w) {
		case "official", "officials", "moderator", "operator", "questioner", "question", "reporter", "participant", "staff":
			return true
		}
	}
	return false
}

// topNames are the n heaviest people, heaviest first, ties by name.
func topNames(w map[string]float64, n int) []string {
	names := make([]string, 0, len(w))
	for k := range w {
		names = append(names, k)
	}
	sort.Slice(names, func(i, j int) bool {
		if w[names[i]] != w[names[j]] {
			return w[names[i]] > w[names[j]]
		}
		return names[i] < names[j]
	})
	return names[:min(n, len(names))]
}

// principals are d's participants, or its two most named people when the
// indexer found no participants (the seeds have no title).
func principals(d *Doc, w map[string]float64) []string {
	var p []string
	for _, n := range d.Participants {
		if n != d.Issuer && !slices.Contains(p, n) {
			p = append(p, n)
		}
	}
	if len(p) == 0 {
		p = topNames(w, 2)
	}
	return p
}
