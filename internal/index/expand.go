package index

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/searcher"
	index "github.com/blevesearch/bleve_index_api"

	ql "github.com/readouts/readouts/internal/query"
)

// How much one search may look up. Bleve expands a prefix or a fuzzy word
// into one term searcher per index term it matches, each with its own
// posting iterator and, since searches ask for locations, match locations:
// 105 ORed two-letter prefixes (`co* OR de* OR ...`) expand to thousands of
// terms and took searchd from 42 MB to 890 MB for one request (issue 14).
// So each search has a budget of terms, counted before anything runs, as
// Lucene's maxClauseCount and Elasticsearch's
// indices.query.bool.max_clause_count do:
//
//   - every word of the query costs one term per field it searches (text and
//     title: two), a phrase one per word, a filter value one or two;
//   - a prefix costs the terms it matches in the index, in each field
//     ("sanction", "sanctioned", ... for `sanction*`). A prefix that takes
//     the search over budget is a query error naming it (`"co*" matches 1100
//     terms ...`), so that the user can type more letters: silently
//     searching only some of its words would give wrong results that look
//     right;
//   - a fuzzy word matches at most the maxFuzzyExpansions closest terms (the
//     fewest edits, ties in term order), as Lucene's FuzzyQuery and
//     Elasticsearch's max_expansions do: a fuzzy match is approximate anyway.
//
// A search over budget fails before Bleve builds a single searcher. While
// counting, the budget also sums how many paragraphs the terms list (their
// postings), which is what the search will walk: SearchRequest.Admit gets it
// as the search's Cost, so that the server can keep heavy searches from
// crowding out light ones.

// DefaultMaxQueryTerms is the term budget of a search whose request does not
// set one (SearchRequest.MaxTerms).
const DefaultMaxQueryTerms = 1024

// maxFuzzyExpansions is how many index terms a fuzzy word matches at most
// in each field, like Lucene's and Elasticsearch's default max_expansions.
const maxFuzzyExpansions = 50

// Cost is what a search will do, known before it runs.
type Cost struct {
	Terms    int    // index terms it looks up
	Postings uint64 // paragraphs those terms list, counted once per term: the matches it walks
	Window   int    // hits it collects and sorts: page × size
}

// termBudget counts the terms a search looks up, reading the generation's
// term dictionaries to expand prefixes and fuzzy words. A compiler without
// one (tests) expands without limit.
type termBudget struct {
	ctx      context.Context
	rdr      index.IndexReader
	limit    int
	used     int
	postings uint64
	// filterPostings is the part of postings the filters' terms list
	// (speakers, sources…), which a search ANDs to its words.
	filterPostings uint64
	docs           uint64 // paragraphs in the index: what "everything" walks
	// seen remembers what was counted: a word compiled twice (partial
	// matches recompile the query) costs once and expands the same way.
	seen map[string]expansion
	// counts remembers docFreq by field and term: a filter value is
	// counted when the page's facet value is chosen (compiler.shown) and
	// again when the filters are charged.
	counts map[[2]string]uint64
}

type expansion struct {
	terms []fuzzyTerm // a fuzzy word's terms, when bounded
}

type fuzzyTerm struct {
	term     string
	distance uint8
}

// indexReader opens a reader of idx's current snapshot; the caller closes it.
func indexReader(idx bleve.Index) (index.IndexReader, error) {
	adv, err := idx.Advanced()
	if err != nil {
		return nil, err
	}
	return adv.Reader()
}

func newTermBudget(ctx context.Context, rdr index.IndexReader, limit int, docs uint64) *termBudget {
	if limit <= 0 {
		limit = DefaultMaxQueryTerms
	}
	return &termBudget{ctx: ctx, rdr: rdr, limit: limit, docs: docs, seen: map[string]expansion{}, counts: map[[2]string]uint64{}}
}

// cost is what was counted, for a request collecting window hits.
func (b *termBudget) cost(window int) Cost {
	if b == nil {
		return Cost{Window: window}
	}
	return Cost{Terms: b.used, Postings: b.postings, Window: window}
}

// work estimates the matches a search walks: the postings of its words,
// or of its filters when they list fewer, since a search ANDs them and
// skips through the longer lists (a common word said by one speaker walks
// that speaker's paragraphs).
func (b *termBudget) work() uint64 {
	if b == nil {
		return 0
	}
	words := b.postings - b.filterPostings
	if b.filterPostings > 0 {
		return min(words, b.filterPostings)
	}
	return words
}

// everything charges a clause that walks every paragraph (a query of only
// exclusions, or none).
func (b *termBudget) everything() {
	if b == nil {
		return
	}
	if _, ok := b.seen["all"]; !ok {
		b.seen["all"] = expansion{}
		b.postings += b.docs
	}
}

// terms charges looking up terms in field, for what (the word as the user
// wrote it, at pos in the query), once per field and terms.
func (b *termBudget) terms(field string, terms []string, what string, pos int) error {
	if b == nil || len(terms) == 0 {
		return nil
	}
	key := "t\x00" + field + "\x00" + strings.Join(terms, "\x00")
	if _, ok := b.seen[key]; ok {
		return nil
	}
	b.seen[key] = expansion{}
	for _, t := range terms {
		n, err := b.docFreq(field, t)
		if err != nil {
			return fmt.Errorf("look up %s: %w", what, err)
		}
		b.postings += n
	}
	return b.charge(len(terms), what, pos)
}

func (b *termBudget) docFreq(field, term string) (uint64, error) {
	key := [2]string{field, term}
	if n, ok := b.counts[key]; ok {
		return n, nil
	}
	tfr, err := b.rdr.TermFieldReader(b.ctx, []byte(term), field, false, false, false)
	if err != nil {
		return 0, err
	}
	defer tfr.Close()
	n := tfr.Count()
	if b.counts != nil {
		b.counts[key] = n
	}
	return n, nil
}

func (b *termBudget) charge(n int, what string, pos int) error {
	b.used += n
	if b.used <= b.limit {
		return nil
	}
	if n > b.limit {
		count := fmt.Sprint(n)
		if n > 10*b.limit {
			count = fmt.Sprintf("more than %d", 10*b.limit)
		}
		return &ql.Error{Pos: pos, Msg: fmt.Sprintf("%s matches %s terms in the index, more than the %d a search may look up; type more of the word", what, count, b.limit)}
	}
	return &ql.Error{Pos: pos, Msg: fmt.Sprintf("with %s the search looks up %d terms, more than the %d allowed; use fewer or longer prefixes, or fewer words", what, b.used, b.limit)}
}

// prefix charges the terms of field that start with prefix.
func (b *termBudget) prefix(field, prefix, what string, pos int) error {
	if b == nil {
		return nil
	}
	key := "p\x00" + field + "\x00" + prefix
	if _, ok := b.seen[key]; ok {
		return nil
	}
	b.seen[key] = expansion{}
	dict, err := b.rdr.FieldDictPrefix(field, []byte(prefix))
	if err != nil {
		return fmt.Errorf("expand %s: %w", what, err)
	}
	defer dict.Close()
	// Count far enough to say how wide the prefix is, not further: a
	// dictionary walk is cheap, but not free.
	n, most := 0, 10*b.limit
	for n <= most {
		e, err := dict.Next()
		if err != nil {
			return fmt.Errorf("expand %s: %w", what, err)
		}
		if e == nil {
			break
		}
		n++
		b.postings += e.Count
	}
	return b.charge(n, what, pos)
}

// fuzzy returns the query for term within fuzziness edits in field: Bleve's
// own when it expands to at most maxFuzzyExpansions terms, else the closest
// of them.
func (b *termBudget) fuzzy(field, term string, fuzziness int, what string, pos int) (query.Query, error) {
	plain := func() query.Query {
		q := query.NewFuzzyQuery(term)
		q.SetField(field)
		q.SetFuzziness(fuzziness)
		return q
	}
	if b == nil {
		return plain(), nil
	}
	fz, ok := b.rdr.(index.IndexReaderFuzzy)
	if !ok { // not Scorch: Bleve's own limit applies
		return plain(), nil
	}
	key := fmt.Sprintf("f\x00%s\x00%d\x00%s", field, fuzziness, term)
	e, ok := b.seen[key]
	if !ok {
		dict, err := fz.FieldDictFuzzy(field, term, fuzziness, "")
		if err != nil {
			return nil, fmt.Errorf("expand %s: %w", what, err)
		}
		var terms []fuzzyTerm
		for {
			d, err := dict.Next()
			if err != nil {
				dict.Close()
				return nil, fmt.Errorf("expand %s: %w", what, err)
			}
			if d == nil {
				break
			}
			terms = append(terms, fuzzyTerm{d.Term, d.EditDistance})
		}
		dict.Close()
		if len(terms) > maxFuzzyExpansions {
			// The dictionary gives them in term order.
			sort.SliceStable(terms, func(i, j int) bool { return terms[i].distance < terms[j].distance })
			terms = terms[:maxFuzzyExpansions]
			e.terms = terms
		}
		b.seen[key] = e
		for _, t := range terms { // (the fuzzy dictionary has no counts)
			n, err := b.docFreq(field, t.term)
			if err != nil {
				return nil, fmt.Errorf("expand %s: %w", what, err)
			}
			b.postings += n
		}
		if err := b.charge(max(len(terms), 1), what, pos); err != nil {
			return nil, err
		}
	}
	if e.terms == nil {
		return plain(), nil
	}
	return &closestTerms{field: field, terms: e.terms, boost: 1}, nil
}

// closestTerms matches the terms a fuzzy word was bounded to, scored as
// Bleve scores a fuzzy query: each term's score divided by its edits + 1.
type closestTerms struct {
	field string
	terms []fuzzyTerm
	boost float64
}

func (q *closestTerms) SetBoost(b float64) { q.boost = b }
func (q *closestTerms) Boost() float64     { return q.boost }

func (q *closestTerms) Searcher(ctx context.Context, i index.IndexReader, _ mapping.IndexMapping, options search.SearcherOptions) (search.Searcher, error) {
	terms := make([]string, len(q.terms))
	dists := make([]uint8, len(q.terms))
	for k, t := range q.terms {
		terms[k], dists[k] = t.term, t.distance
	}
	return searcher.NewMultiTermSearcherBoosted(ctx, i, terms, q.field, q.boost, dists, options, true)
}
