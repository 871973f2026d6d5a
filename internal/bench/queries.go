package bench

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"

	"github.com/readouts/readouts/internal/readout"
)

// Query kinds in the mix.
const (
	kindWord    = "word"    // one word
	kindWords2  = "words2"  // two words, both required
	kindWords3  = "words3"  // three words
	kindPhrase  = "phrase"  // two or three adjacent words, quoted
	kindSpeaker = "speaker" // one or two words with a speaker filter
	kindDates   = "dates"   // one or two words within a date range
)

// mixShares says how many queries of each kind a mix holds, in percent.
var mixShares = []struct {
	kind  string
	share int
}{
	{kindWord, 25}, {kindWords2, 20}, {kindWords3, 15}, {kindPhrase, 15}, {kindSpeaker, 12}, {kindDates, 13},
}

// Query is one query of the mix, in a form both engines can be given.
type Query struct {
	Kind     string
	Words    []string // lower-case words; for a phrase, in order
	Phrase   bool
	Speaker  string // filter: paragraphs this speaker speaks in
	From, To string // filter: YYYY or YYYY-MM, inclusive
}

// Box is the query as typed in Readouts' search box.
func (q Query) Box() string {
	if q.Phrase {
		return `"` + strings.Join(q.Words, " ") + `"`
	}
	return strings.Join(q.Words, " ")
}

// Match is the query as an FTS5 MATCH expression: every word (or the
// phrase) required in any column, like Readouts' text-or-title match.
func (q Query) Match() string {
	if q.Phrase {
		return `"` + strings.Join(q.Words, " ") + `"`
	}
	parts := make([]string, len(q.Words))
	for i, w := range q.Words {
		parts[i] = `"` + w + `"`
	}
	return strings.Join(parts, " ")
}

func (q Query) String() string {
	s := q.Box()
	if q.Speaker != "" {
		s += " speaker=" + strconv.Quote(q.Speaker)
	}
	if q.From != "" || q.To != "" {
		s += " from=" + q.From + " to=" + q.To
	}
	return s
}

// dateBounds turns From and To into [start, end) as YYYY-MM-DD strings, the
// way Readouts reads them: to=2022 includes all of 2022.
func (q Query) dateBounds() (start, end string, err error) {
	if q.From != "" {
		d, err := readout.ParseDate(q.From)
		if err != nil {
			return "", "", err
		}
		start = d.Start().Format(time.DateOnly)
	}
	if q.To != "" {
		d, err := readout.ParseDate(q.To)
		if err != nil {
			return "", "", err
		}
		t := d.Start()
		if d.Precision == readout.PrecisionYear || d.Month == 0 {
			t = t.AddDate(1, 0, 0)
		} else if d.Precision == readout.PrecisionMonth || d.Day == 0 {
			t = t.AddDate(0, 1, 0)
		} else {
			t = t.AddDate(0, 0, 1)
		}
		end = t.Format(time.DateOnly)
	}
	return start, end, nil
}

// mixer draws queries from paragraphs of the corpus: words a reader would
// type, taken from real text, so common and rare words come in the
// proportion the corpus has them.
type mixer struct {
	rng   *rand.Rand
	paras []paragraph
	en    analysis.Analyzer
}

// makeMix returns n distinct queries drawn from paras, the same for the
// same seed and corpus.
func makeMix(paras []paragraph, n int, seed uint64) ([]Query, error) {
	an := bleve.NewIndexMapping().AnalyzerNamed(en.AnalyzerName)
	if an == nil {
		return nil, fmt.Errorf("no %s analyzer", en.AnalyzerName)
	}
	m := &mixer{rng: rand.New(rand.NewPCG(seed, 0x9e3779b9)), paras: paras, en: an}
	seen := map[string]bool{}
	var out []Query
	for _, k := range mixShares {
		want := n * k.share / 100
		for got, tries := 0, 0; got < want && tries < want*200; tries++ {
			q, ok := m.draw(k.kind)
			if !ok || seen[q.String()] {
				continue
			}
			seen[q.String()] = true
			out = append(out, q)
			got++
		}
	}
	// Rounding down may leave a few short; top up with single words.
	for tries := 0; len(out) < n && tries < n*200; tries++ {
		if q, ok := m.draw(kindWord); ok && !seen[q.String()] {
			seen[q.String()] = true
			out = append(out, q)
		}
	}
	if len(out) < n {
		return nil, fmt.Errorf("query mix: only %d distinct queries found in the corpus, want %d", len(out), n)
	}
	// Interleave kinds, as users would.
	m.rng.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out, nil
}

func (m *mixer) draw(kind string) (Query, bool) {
	p := m.paras[m.rng.IntN(len(m.paras))]
	q := Query{Kind: kind}
	switch kind {
	case kindWord:
		q.Words = m.words(p.Text, 1)
	case kindWords2:
		q.Words = m.words(p.Text, 2)
	case kindWords3:
		q.Words = m.words(p.Text, 3)
	case kindPhrase:
		q.Words, q.Phrase = m.phrase(p.Text, 2+m.rng.IntN(2)), true
	case kindSpeaker:
		if len(p.Speakers) == 0 {
			return q, false
		}
		q.Speaker = p.Speakers[m.rng.IntN(len(p.Speakers))]
		q.Words = m.words(p.Text, 1+m.rng.IntN(2))
	case kindDates:
		if p.Date == "" {
			return q, false
		}
		q.Words = m.words(p.Text, 1+m.rng.IntN(2))
		year, _ := strconv.Atoi(p.Year)
		if p.Month == "" || m.rng.IntN(2) == 0 {
			q.From, q.To = strconv.Itoa(year-m.rng.IntN(2)), strconv.Itoa(year+m.rng.IntN(2))
		} else {
			t, _ := time.Parse("2006-01", p.Month)
			q.From = t.AddDate(0, -m.rng.IntN(3), 0).Format("2006-01")
			q.To = t.AddDate(0, m.rng.IntN(3), 0).Format("2006-01")
		}
	}
	return q, len(q.Words) > 0
}

// candidates are the words both engines analyse alike: letters only, at
// least three of them, not a stop word (Readouts drops stop words, FTS5
// does not), each kept with its position among the text's space-separated
// tokens so that phrases can be found.
func (m *mixer) candidates(text string) (words []string, pos []int) {
	for i, tok := range strings.Fields(text) {
		if len(tok) < 3 || !isLetters(tok) {
			continue
		}
		w := strings.ToLower(tok)
		if toks := m.en.Analyze([]byte(w)); len(toks) != 1 {
			continue // a stop word
		}
		words = append(words, w)
		pos = append(pos, i)
	}
	return words, pos
}

// words picks n distinct words of text.
func (m *mixer) words(text string, n int) []string {
	cands, _ := m.candidates(text)
	if len(cands) < n {
		return nil
	}
	var out []string
	have := map[string]bool{}
	for tries := 0; len(out) < n && tries < 20; tries++ {
		w := cands[m.rng.IntN(len(cands))]
		if !have[w] {
			have[w] = true
			out = append(out, w)
		}
	}
	if len(out) < n {
		return nil
	}
	return out
}

// phrase picks n adjacent words of text, all of them candidates.
func (m *mixer) phrase(text string, n int) []string {
	cands, pos := m.candidates(text)
	var starts []int
	for i := 0; i+n <= len(cands); i++ {
		if pos[i+n-1]-pos[i] == n-1 {
			starts = append(starts, i)
		}
	}
	if len(starts) == 0 {
		return nil
	}
	i := starts[m.rng.IntN(len(starts))]
	return append([]string(nil), cands[i:i+n]...)
}

func isLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c < 'a' || c > 'z') && (c < 'A' || c > 'Z') {
			return false
		}
	}
	return true
}
