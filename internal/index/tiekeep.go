package index

import (
	"context"
	"math"
	"slices"
	"strings"
	"sync/atomic"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	index "github.com/blevesearch/bleve_index_api"
)

// run's relevance shortcut (ties.go) fetches the best page+30 hits by score
// alone and falls back to Bleve's full score-then-ID sort when the window's
// last hit still ties the page's last. That second search walks every
// match again and reads the stored ID of each, to sort by it: at a million
// paragraphs common words fall back (a short paragraph holding the word
// once scores as every other such paragraph), and "can" and "prime" were
// the slowest single words of the bench's mix for it (docs/BENCHMARKS.md,
// step 57).
//
// A tieKeeper sees every match of the first search, as the facet counter
// does, and keeps the number and score of each that scored at least the
// k-th best score seen so far (k: the window's size). A match tied with the
// page's last hit (score S) is always kept: fewer than k matches score
// above S, so the k-th best score is never above S. The page in the full
// sort's order is then the window's hits scoring above S (all of them are
// in the window), by score and ID, followed by the matches scoring S in ID
// order; only those matches' IDs are read. A tied hit the window does not
// hold is searched again among those paragraphs alone (docSet: the same
// searchers, so the same score and locations).
type tieKeeper struct {
	k     int
	best  []float64 // min-heap of the k best scores seen
	kept  []keptMatch
	prune int  // len(kept) at which those below the k-th best are dropped
	off   bool // a NaN score, or too many kept: use the full sort
}

type keptMatch struct {
	num   uint64
	score float64
}

// maxKept bounds the matches a tieKeeper holds after pruning (16 bytes
// each; between prunes it may hold up to twice as many); past it the search
// falls back to the full sort.
const maxKept = 1 << 18

// tiedPages counts the pages a tieKeeper made (read only by tests).
var tiedPages atomic.Int64

func newTieKeeper(k int) *tieKeeper {
	return &tieKeeper{k: k, best: make([]float64, 0, k), prune: max(4*k, 1024)}
}

func (t *tieKeeper) another() *tieKeeper {
	if t == nil {
		return nil
	}
	return newTieKeeper(t.k)
}

func (t *tieKeeper) see(num uint64, score float64) {
	if t.off {
		return
	}
	if math.IsNaN(score) {
		t.off, t.kept = true, nil
		return
	}
	if len(t.best) < t.k {
		t.best = append(t.best, score)
		for i := len(t.best) - 1; i > 0; {
			p := (i - 1) / 2
			if t.best[p] <= t.best[i] {
				break
			}
			t.best[p], t.best[i] = t.best[i], t.best[p]
			i = p
		}
	} else {
		if score < t.best[0] {
			return
		}
		if score > t.best[0] {
			t.best[0] = score
			for i, n := 0, len(t.best); ; {
				c := 2*i + 1
				if c >= n {
					break
				}
				if c+1 < n && t.best[c+1] < t.best[c] {
					c++
				}
				if t.best[i] <= t.best[c] {
					break
				}
				t.best[i], t.best[c] = t.best[c], t.best[i]
				i = c
			}
		}
	}
	t.kept = append(t.kept, keptMatch{num, score})
	if len(t.kept) >= t.prune {
		if len(t.best) == t.k {
			floor := t.best[0]
			t.kept = slices.DeleteFunc(t.kept, func(m keptMatch) bool { return m.score < floor })
		}
		t.prune = max(t.prune, 2*len(t.kept))
		if len(t.kept) > maxKept {
			t.off, t.kept = true, nil
		}
	}
}

// merge adds o's kept matches to t's (the ranges of a split search keep
// apart).
func (t *tieKeeper) merge(o *tieKeeper) {
	if o.off {
		t.off, t.kept = true, nil
	}
	if !t.off {
		t.kept = append(t.kept, o.kept...)
	}
}

// collecting returns ctx with a document-match handler that shows every
// match to fc and t (either may be nil).
func collecting(ctx context.Context, fc *facetCounter, t *tieKeeper) context.Context {
	switch {
	case t == nil && fc == nil:
		return ctx
	case t == nil:
		return fc.collecting(ctx)
	case fc == nil:
		return withMatchHandler(ctx, func(d *search.DocumentMatch) { t.see(d.IndexInternalID.Value(), d.Score) })
	}
	return withMatchHandler(ctx, func(d *search.DocumentMatch) {
		n := d.IndexInternalID.Value()
		fc.add(n)
		t.see(n, d.Score)
	})
}

// tiedPage returns hits [from, end) of the full score-then-ID order of the
// matches of q, given the window of the best hits by score alone whose last
// hit ties the page's last (the one at end-1), and the tieKeeper that saw
// every match. ok is false when it cannot (the keeper gave up, or what it
// kept does not account for the window): the caller then sorts in full.
func (t *tieKeeper) tiedPage(ctx context.Context, g *generation, q query.Query, window search.DocumentMatchCollection, from, end int, locs bool) (_ search.DocumentMatchCollection, ok bool, _ error) {
	if t == nil || t.off {
		return nil, false, nil
	}
	last := min(end, len(window)) - 1
	s := window[last].Score
	var above search.DocumentMatchCollection
	inWindow := map[uint64]*search.DocumentMatch{}
	for _, h := range window {
		switch {
		case h.Score > s:
			above = append(above, h)
		case h.Score == s:
			inWindow[h.IndexInternalID.Value()] = h
		}
	}
	type tied struct {
		num uint64
		id  string
	}
	var ties []tied
	seen := 0
	for _, m := range t.kept {
		if m.score == s {
			ties = append(ties, tied{num: m.num})
			if inWindow[m.num] != nil {
				seen++
			}
		}
	}
	if seen != len(inWindow) {
		return nil, false, nil
	}
	// The IDs of the tied matches, to order them as the full sort does.
	err := withReaderErr(g.idx, func(rdr index.IndexReader) error {
		var id index.IndexInternalID
		for i := range ties {
			if h := inWindow[ties[i].num]; h != nil {
				ties[i].id = h.ID
				continue
			}
			id = index.NewIndexInternalID(id, ties[i].num)
			ext, err := rdr.ExternalID(id)
			if err != nil {
				return err
			}
			ties[i].id = ext
		}
		return nil
	})
	if err != nil {
		return nil, false, err
	}
	slices.SortStableFunc(above, byScoreThenID)
	slices.SortFunc(ties, func(a, b tied) int { return strings.Compare(a.id, b.id) })
	ties = ties[:min(len(ties), end-len(above))]
	page := make(search.DocumentMatchCollection, 0, end-from)
	var missing []uint64 // tied hits of the page the window does not hold
	for i := from; i < len(above)+len(ties) && i < end; i++ {
		if i < len(above) {
			page = append(page, above[i])
			continue
		}
		h := inWindow[ties[i-len(above)].num]
		if h == nil {
			missing = append(missing, ties[i-len(above)].num)
		}
		page = append(page, h) // nil: filled in below
	}
	if len(missing) == 0 {
		return page, true, nil
	}
	slices.Sort(missing)
	sr := bleve.NewSearchRequestOptions(newDocSet(q, missing), len(missing), 0, false)
	sr.IncludeLocations = locs
	sr.SortByCustom(search.SortOrder{&search.SortScore{Desc: true}})
	res, err := g.idx.SearchInContext(ctx, sr)
	if err != nil {
		return nil, false, err
	}
	found := make(map[uint64]*search.DocumentMatch, len(res.Hits))
	for _, h := range res.Hits {
		found[h.IndexInternalID.Value()] = h
	}
	for i, h := range page {
		if h != nil {
			continue
		}
		num := ties[from+i-len(above)].num
		f := found[num]
		if f == nil || f.Score != s {
			return nil, false, nil
		}
		page[i] = f
	}
	return page, true, nil
}
