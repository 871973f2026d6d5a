package index

import (
	"context"
	"math"
	"sync/atomic"

	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/scorer"
	index "github.com/blevesearch/bleve_index_api"
)

// A word of the query is `text OR title` (textQuery): lazyOr over two
// Bleve term searchers, the title's wrapped in a titleRunSearcher. At a
// million paragraphs a common word's time is spread over that chain, per
// match: each term searcher's scorer takes a DocumentMatch from the pool,
// the title's run copies another, the disjunction scores the children at
// the match and gives the spares back (docs/BENCHMARKS.md, steps 58-59).
//
// wordSearcher is the same disjunction in one searcher: it reads the
// word's text and title postings through the readers the term searchers
// would use (jumpReader: the jumps of step 54, the narrowing of steps
// 55-56), holds the title match of a run of paragraphs as an interval, and
// computes each match's score with Bleve's expressions (TermQueryScorer:
// sqrt(freq)·norm·idf·queryWeight; DisjunctionQueryScorer: the sum times
// matched/2), taking one DocumentMatch per match. Its matches and scores
// are the ones lazyOr gives; wordSearcherFor checks its term scores against
// Bleve's TermQueryScorer on the way in and declines when they differ, and
// TestWordSearcherAgrees compares whole searches.
//
// It is used only where lazyOr's children would be exactly a word's text
// term and its title term in runs, scored by TF-IDF, without term vectors,
// explanations or score breakdowns; anything else keeps lazyOr.
//
// On a Bleve upgrade, re-check newTermSearcherFromReader (the document
// count and the scoring model it scores with), TermQueryScorer.Score and
// Weight, and DisjunctionQueryScorer.Score.
type wordSearcher struct {
	text, title index.TermFieldReader
	runs        *docRuns
	fields      [2]fieldScore // 0: text, 1: title
	count       uint64

	started bool
	last    uint64 // the paragraph of the match last returned

	tfd    index.TermFieldDoc
	tHave  bool // the text's current posting is tNum, scored tScore
	tNum   uint64
	tScore float64
	hfd    index.TermFieldDoc
	hHave  bool    // the title matches paragraphs [hLo, hHi], scored hScore
	hInner uint64  // the title reader's current posting
	hLo    uint64  //
	hHi    uint64  //
	hScore float64 //
	hDone  bool
	advBuf index.IndexInternalID
}

// fieldScore is one field's TermQueryScorer in the default TF-IDF model.
type fieldScore struct {
	boost, idf, queryWeight float64
}

func newFieldScore(boost float64, docTotal, docTerm uint64) fieldScore {
	// As TermQueryScorer.computeIDF without an average length.
	return fieldScore{boost: boost, idf: 1.0 + math.Log(float64(docTotal)/float64(docTerm+1.0)), queryWeight: 1.0}
}

func (f *fieldScore) weight() float64 {
	sum := f.boost * f.idf
	return sum * sum
}

func (f *fieldScore) setQueryNorm(qnorm float64) {
	f.queryWeight = f.boost * f.idf * qnorm
}

// score is TermQueryScorer.Score's score of a posting.
func (f *fieldScore) score(freq uint64, norm float64) float64 {
	var tf float64
	if freq < scorer.MaxSqrtCache {
		tf = scorer.SqrtCache[int(freq)]
	} else {
		tf = math.Sqrt(float64(freq))
	}
	s := tf * norm * f.idf
	if f.queryWeight != 1.0 {
		s = s * f.queryWeight
	}
	return s
}

// wordFuseOff keeps lazyOr for every word (set only by tests comparing).
var wordFuseOff atomic.Bool

// wordSearchers counts the wordSearchers made (read only by tests).
var wordSearchers atomic.Int64

// wordSearcherFor returns a wordSearcher for lazyOr's alternatives when
// they are a word's text term and its title term in runs; nil when not.
func wordSearcherFor(ctx context.Context, i index.IndexReader, alts []query.Query, options search.SearcherOptions) (*wordSearcher, error) {
	if wordFuseOff.Load() || len(alts) != 2 || options.Explain || options.IncludeTermVectors || options.Score == "none" {
		return nil, nil
	}
	if cb, ok := ctx.Value(search.GetScoringModelCallbackKey).(search.GetScoringModelCallbackFn); ok && cb() != "" && cb() != index.TFIDFScoring {
		return nil, nil
	}
	// Bleve's term searcher reads synonyms when a synonym map is in the
	// context; none is defined today (phrase.go), but if one ever is, its
	// searcher must answer, not this one.
	if _, ok := ctx.Value(search.FieldTermSynonymMapKey).(search.FieldTermSynonymMap); ok {
		return nil, nil
	}
	tq, ok := alts[0].(*jumpTermQuery)
	if !ok {
		return nil, nil
	}
	rq, ok := alts[1].(*titleRunQuery)
	if !ok || rq.runs == nil {
		return nil, nil
	}
	hq, ok := rq.inner.(*jumpTermQuery)
	if !ok || hq.term != tq.term || hq.field != fieldTitle || tq.field == fieldTitle {
		return nil, nil
	}
	snap, ok := snapshotOf(ctx, i)
	if !ok || jumpTermsOff.Load() {
		return nil, nil
	}
	rdr := &jumpReader{IndexSnapshot: snap, narrow: prior(ctx)}
	docTotal, err := rdr.DocCount()
	if err != nil {
		return nil, err
	}
	text, err := rdr.TermFieldReader(ctx, []byte(tq.term), tq.field, true, true, false)
	if err != nil {
		return nil, err
	}
	title, err := rdr.TermFieldReader(ctx, []byte(hq.term), hq.field, true, true, false)
	if err != nil {
		_ = text.Close()
		return nil, err
	}
	s := &wordSearcher{text: text, title: title, runs: rq.runs, count: text.Count() + title.Count()}
	s.fields[0] = newFieldScore(tq.boost, docTotal, text.Count())
	s.fields[1] = newFieldScore(hq.boost, docTotal, title.Count())
	// As lazyOr (DisjunctionSliceSearcher.computeQueryNorm).
	qnorm := 1.0 / math.Sqrt(s.Weight())
	s.SetQueryNorm(qnorm)
	if !s.agrees(options, docTotal, []*jumpTermQuery{tq, hq}, []uint64{text.Count(), title.Count()}, qnorm) {
		_ = s.Close()
		return nil, nil
	}
	// Its two term readers count against the search's limit, as the term
	// searchers' would (Bleve's newTermSearcherFromReader).
	for range 2 {
		if err := search.RecordTermSearcher(ctx); err != nil {
			_ = s.Close()
			return nil, err
		}
	}
	wordSearchers.Add(1)
	return s, nil
}

// agrees checks the scores computed here against Bleve's TermQueryScorer
// for a range of frequencies and norms.
func (s *wordSearcher) agrees(options search.SearcherOptions, docTotal uint64, qs []*jumpTermQuery, counts []uint64, qnorm float64) bool {
	ctx := &search.SearchContext{DocumentMatchPool: search.NewDocumentMatchPool(1, 0)}
	for k, q := range qs {
		sc := scorer.NewTermQueryScorer([]byte(q.term), q.field, q.boost, docTotal, counts[k], 0, options)
		if sc.Weight() != s.fields[k].weight() {
			return false
		}
		sc.SetQueryNorm(qnorm)
		f := s.fields[k]
		f.setQueryNorm(qnorm)
		for _, freq := range []uint64{1, 2, 3, 7, 64, 200} {
			for _, norm := range []float64{1, 0.5, 1 / math.Sqrt(37), 1 / math.Sqrt(4000)} {
				d := sc.Score(ctx, &index.TermFieldDoc{Freq: freq, Norm: norm, ID: index.NewIndexInternalID(nil, 1)})
				if d.Score != f.score(freq, norm) {
					return false
				}
				ctx.DocumentMatchPool.Put(d)
			}
		}
	}
	return true
}

// textMove moves the text's reader to its next posting at or after to
// (advance) or its next one.
func (s *wordSearcher) textMove(to uint64, advance bool) error {
	var d *index.TermFieldDoc
	var err error
	if advance {
		s.advBuf = index.NewIndexInternalID(s.advBuf, to)
		d, err = s.text.Advance(s.advBuf, s.tfd.Reset())
	} else {
		d, err = s.text.Next(s.tfd.Reset())
	}
	if err != nil {
		return err
	}
	if d == nil {
		s.tHave = false
		return nil
	}
	s.tHave, s.tNum = true, d.ID.Value()
	s.tScore = s.fields[0].score(d.Freq, d.Norm)
	return nil
}

// titleMove moves the title's reader to its next posting at or after to
// (advance) or its next one, and holds that posting's run.
func (s *wordSearcher) titleMove(to uint64, advance bool) error {
	var d *index.TermFieldDoc
	var err error
	if advance {
		s.advBuf = index.NewIndexInternalID(s.advBuf, to)
		d, err = s.title.Advance(s.advBuf, s.hfd.Reset())
	} else {
		d, err = s.title.Next(s.hfd.Reset())
	}
	if err != nil {
		return err
	}
	if d == nil {
		s.hHave, s.hDone = false, true
		return nil
	}
	at := d.ID.Value()
	s.hHave, s.hInner, s.hLo, s.hHi = true, at, at, at
	if at < s.runs.n {
		s.hHi = s.runs.end(at)
	}
	s.hScore = s.fields[1].score(d.Freq, d.Norm)
	return nil
}

// titleTo makes the title's interval start at or after to, moving its
// reader past the interval held when to is beyond it (as titleRunSearcher:
// Advance past the run's end when the run is longer than its posting).
func (s *wordSearcher) titleTo(to uint64, first bool) error {
	switch {
	case s.hDone:
		return nil
	case first:
		if to == 0 {
			return s.titleMove(0, false)
		}
		return s.titleMove(to, true)
	case s.hHave && to <= s.hHi:
		if to > s.hLo {
			s.hLo = to
		}
		return nil
	case s.hHave && s.hHi > s.hInner && to == s.hHi+1:
		return s.titleMove(to, true)
	case s.hHave && to == s.hInner+1:
		return s.titleMove(0, false)
	}
	return s.titleMove(to, true)
}

func (s *wordSearcher) Next(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	if !s.started {
		if err := s.textMove(0, false); err != nil {
			return nil, err
		}
		if err := s.titleTo(0, true); err != nil {
			return nil, err
		}
		s.started = true
		return s.match(ctx)
	}
	return s.from(ctx, s.last+1)
}

func (s *wordSearcher) Advance(ctx *search.SearchContext, id index.IndexInternalID) (*search.DocumentMatch, error) {
	to := id.Value()
	if !s.started {
		if err := s.textMove(to, true); err != nil {
			return nil, err
		}
		if err := s.titleTo(to, true); err != nil {
			return nil, err
		}
		s.started = true
		return s.match(ctx)
	}
	// As lazyOr: never backwards; a target at or before the match last
	// returned gives the next match after it.
	return s.from(ctx, max(to, s.last+1))
}

// from returns the first match at or after to (> last).
func (s *wordSearcher) from(ctx *search.SearchContext, to uint64) (*search.DocumentMatch, error) {
	if s.tHave && s.tNum < to {
		if err := s.textMove(to, !(s.tNum+1 == to)); err != nil {
			return nil, err
		}
	}
	if err := s.titleTo(to, false); err != nil {
		return nil, err
	}
	return s.match(ctx)
}

// match returns the first paragraph of the text's posting and the title's
// interval, scored as DisjunctionQueryScorer scores the children at it.
func (s *wordSearcher) match(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	var at uint64
	var score float64
	switch {
	case s.tHave && s.hHave:
		switch {
		case s.tNum < s.hLo:
			at, score = s.tNum, s.tScore*0.5
		case s.hLo < s.tNum:
			at, score = s.hLo, s.hScore*0.5
		default:
			sum := 0.0
			sum += s.tScore
			sum += s.hScore
			at, score = s.tNum, sum*1.0
		}
	case s.tHave:
		at, score = s.tNum, s.tScore*0.5
	case s.hHave:
		at, score = s.hLo, s.hScore*0.5
	default:
		return nil, nil
	}
	s.last = at
	rv := ctx.DocumentMatchPool.Get()
	rv.IndexInternalID = index.NewIndexInternalID(rv.IndexInternalID, at)
	rv.Score = score
	return rv, nil
}

func (s *wordSearcher) Weight() float64 {
	sum := 0.0
	sum += s.fields[0].weight()
	sum += s.fields[1].weight()
	return sum
}

func (s *wordSearcher) SetQueryNorm(qnorm float64) {
	s.fields[0].setQueryNorm(qnorm)
	s.fields[1].setQueryNorm(qnorm)
}

func (s *wordSearcher) Count() uint64 { return s.count }
func (s *wordSearcher) Min() int      { return 0 }

func (s *wordSearcher) Close() error {
	err := s.text.Close()
	if e := s.title.Close(); e != nil && err == nil {
		err = e
	}
	return err
}

func (s *wordSearcher) Size() int {
	return 256 + s.text.Size() + s.title.Size()
}

func (s *wordSearcher) DocumentMatchPoolSize() int { return 1 }
