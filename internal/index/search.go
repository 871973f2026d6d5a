package index

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"

	ql "github.com/readouts/readouts/internal/query"
	"github.com/readouts/readouts/internal/readout"
)

// Sort orders.
const (
	SortRelevance = "relevance"
	SortNewest    = "newest"
	SortOldest    = "oldest"
)

// Facet names, as they appear in results and filters.
const (
	FacetSpeaker = "speaker"
	FacetMention = "mention"
	FacetSource  = "source"
	FacetIssuer  = "issuer"
	FacetCountry = "country"
	FacetYear    = "year"
	FacetMonth   = "month"
	FacetAct     = "act"  // speech acts: "urged", "expressed-concern" (attribution.Acts)
	FacetTurn    = "turn" // "question": reporters' questions; "answer": every other paragraph (turn.go)
)

// ErrQuery marks a request the caller must fix: a malformed query (a
// *query.Error, which matches it) or a parameter out of range. It is
// query.ErrInvalid, so that one errors.Is covers both.
var ErrQuery = ql.ErrInvalid

// SearchRequest is one search: the search-box query plus filters.
type SearchRequest struct {
	Query     string
	Speakers  []string // any of these speak (canonical names or aliases)
	Mentions  []string // any of these are mentioned
	Sources   []string // any of these publishers
	Issuers   []string // any of these issued the document (people, by canonical name or alias, or offices)
	Countries []string // any of these governments or organisations issued the document
	Acts      []string // a speaker of the paragraph did any of these (attribution.Acts slugs); with Speakers, one of them did
	From, To  readout.Date
	Sort      string // SortRelevance (default), SortNewest, SortOldest
	Page      int    // 1-based
	Size      int
	// Turn keeps transcript turns (turn.go): TurnQuestion, reporters'
	// questions only; TurnAnswer, every paragraph but them (answers and
	// prose alike); "", all. See readout.Paragraph.Turn.
	Turn string
	// MaxTerms is the most index terms the search may look up, prefixes
	// and fuzzy words expanded (expand.go); 0: DefaultMaxQueryTerms.
	MaxTerms int
	// Admit, if set, is called once the query is compiled and its Cost
	// known, before the search runs: it may wait (within ctx) or refuse
	// with an error, which Search returns. done is called when the search
	// has stopped working, cancelled or not.
	Admit func(ctx context.Context, c Cost) (done func(), err error)
	// Suggest asks for a respelled query when this one finds little, and
	// for the closest names when a speaker:, mention:, issuer: or country:
	// names nobody (spell.go): SearchResult.Suggestion and Unknown.
	Suggest bool
	// FacetSize, if not 0, is how many values each list facet (speaker,
	// mention, source, issuer, country, act) returns instead of its
	// default; -1 returns all (facetlist.go).
	FacetSize int
	// Group, if GroupDocument, pages through documents: the best matching
	// paragraph of each, with how many more match (group.go).
	Group string

	// countsApart is how many facets Search counts apart from the
	// search's matches, in one more walk of the query's matches
	// (disjunctive.go), for the cost Admit is given.
	countsApart int
}

// SearchResult is one page of hits with facet counts over all matches.
type SearchResult struct {
	Query   string        // the query as understood, e.g. `(Taiwan OR Ukraine) -Olympics`
	Total   uint64        // matching paragraphs
	Took    time.Duration //
	Partial bool          // no paragraph held every word: best partial matches, by words held
	Page    int
	Size    int
	Hits    []Hit
	Facets  map[string][]FacetValue

	// With SearchRequest.Group: Documents is how many documents match,
	// exactly when DocumentsExact, else at least (group.go); Total stays
	// the matching paragraphs.
	Grouped        bool
	Documents      uint64
	DocumentsExact bool

	Suggestion *Suggestion   // a respelled query finding clearly more; nil if none (spell.go)
	Unknown    []UnknownName // names of the query or filters that nobody in the index has

	// Filters are the request's speaker, mention, source, issuer and
	// country filters as the search read them, by facet: each value as the
	// facet lists it ("Republic of Chile" → "Chile", "Wang Yias" → "Wang
	// Yi", "the white house" → "The White House"),
	// once; a value it holds under no name as given. A page shows them, so
	// that its facet marks the value filtered on.
	Filters map[string][]string
}

// Hit is a matching paragraph with its document's metadata.
type Hit struct {
	ID          string   `json:"id"`
	DocID       string   `json:"doc_id"`
	Paragraph   int      `json:"paragraph"`
	Title       string   `json:"title"`
	Date        string   `json:"date"` // YYYY-MM-DD, YYYY-MM or YYYY at the document's precision
	Source      string   `json:"source"`
	Issuer      string   `json:"issuer"`  // the person or office the document is issued in the name of
	Country     string   `json:"country"` // the government or organisation that issues it
	URL         string   `json:"url,omitempty"`
	Speakers    []string `json:"speakers"`
	Mentions    []string `json:"mentions"`
	Acts        []string `json:"acts"` // what its speakers did with words: "urged", "expressed-concern"
	Score       float64  `json:"score"`
	Snippet     Snippet  `json:"-"`
	TitleMarked Snippet  `json:"-"` // the title with matches marked
	// More is, when grouped by document, how many other paragraphs of its
	// document match (group.go).
	More int `json:"more_in_document,omitempty"`
	// Turn is "question" (a reporter's) or "answer" in a transcript,
	// empty for prose (readout.Paragraph.Turn).
	Turn string `json:"turn,omitempty"`
}

// FacetValue is one value of a facet and how many matching paragraphs have it.
type FacetValue struct {
	Value string `json:"value"`
	Count int    `json:"count"`
}

// Limits on what one request may ask for.
const (
	snippetWidth = 280
	facetSize    = 15
)

// facetSizes: the timeline needs every year and month, the lists a top few.
var facetSizes = map[string]struct {
	field string
	size  int
}{
	FacetSpeaker: {fieldSpeaker, facetSize},
	FacetMention: {fieldMention, facetSize},
	FacetSource:  {fieldSource, 10},
	FacetIssuer:  {fieldIssuer, facetSize},
	FacetCountry: {fieldCountry, facetSize},
	FacetYear:    {fieldYear, 100},
	FacetMonth:   {fieldMonth, 600},
	FacetAct:     {fieldAct, facetSize},
}

// Search runs req on the generation being served.
func (r *Reader) Search(ctx context.Context, req SearchRequest) (*SearchResult, error) {
	start := time.Now()
	req.countsApart = countedApart(req)
	g, err := r.acquire()
	if err != nil {
		return nil, err
	}
	defer r.release(g, false)

	cs, release, err := r.prepare(ctx, g, req)
	if err != nil {
		return nil, err
	}
	defer release()
	ast, c, q, filtered := cs.ast, cs.c, cs.q, cs.filtered
	res := &SearchResult{Page: req.Page, Size: req.Size, Filters: cs.filterNames}
	if ast != nil {
		res.Query = ast.String()
	}

	cores, giveBack := g.takeCores(c.budget.work())
	defer giveBack()
	fc := newFacetCounter(g.facetTable, g.facetTable.pairFilterFor(c.speakerSpellings(req.Speakers), req.Acts))
	// Plain words are marked by analysing the page's hits again (marks.go).
	reanalyse := c.reanalyses()
	sr, grp, err := r.runFor(ctx, g, filtered(q), req, fc, cores, !reanalyse)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	// Bleve checks ctx only while it collects matches; stop between the
	// steps too, so that a search past its deadline never answers.
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	// No paragraph holds every word: rank those holding most of them.
	if sr.Total == 0 {
		if alt := partial(ast, c); alt != nil {
			fc2 := fc.another()
			sr2, grp2, err := r.runFor(ctx, g, filtered(alt), req, fc2, cores, !reanalyse)
			if err != nil {
				return nil, fmt.Errorf("search: %w", err)
			}
			if sr2.Total > 0 {
				sr, res.Partial, fc, grp, q = sr2, true, fc2, grp2, alt
			}
		}
	}
	res.Total = sr.Total
	meta, err := hitMeta(g.idx, &g.docMeta, sr.Hits)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	paras, err := hitParagraphs(g, sr.Hits)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	res.Hits = make([]Hit, 0, len(sr.Hits))
	for _, h := range sr.Hits {
		docID, _ := splitParagraphID(h.ID)
		if reanalyse {
			h.Locations = c.wordLocations(paras[h.ID].Text, meta[docID].title)
		}
		res.Hits = append(res.Hits, toHit(h, meta[docID], paras[h.ID]))
	}
	grp.fill(res)
	res.Facets = fc.facets(req.FacetSize)
	if err := r.countWithoutOwnFilters(ctx, cs, q, req, cores, res); err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	if req.Suggest {
		r.forgive(ctx, g, c.budget.rdr, c.analyzer, ast, req, res, func(q query.Query) (uint64, error) {
			return countMatches(ctx, g.idx, filtered(q))
		})
	}
	res.Took = time.Since(start)
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	return res, nil
}

// prepared is a request compiled against one generation and admitted.
type prepared struct {
	ast      ql.Node
	c        *compiler
	q        query.Query                   // nil: browsing, or only stop words
	filtered func(query.Query) query.Query // ANDs the request's filters to a query
	// filterNames are the filters as resolved (SearchResult.Filters).
	filterNames map[string][]string
	g           *generation
	byTable     bool // the dates are checked by the day table, not a query
}

// clausesFor is the filters of req in place of the request's (the query
// and the dates the same), and the pair filter its facets count with
// (actfacets.go).
func (p *prepared) clausesFor(req SearchRequest) ([]filterClause, *pairFilter, error) {
	budget := p.c.budget
	p.c.budget = nil // the request's filters, a superset, were charged
	clauses, _, err := p.c.filterClauses(req, !p.byTable)
	p.c.budget = budget
	if err != nil {
		return nil, nil, err
	}
	return clauses, p.g.facetTable.pairFilterFor(p.c.speakerSpellings(req.Speakers), req.Acts), nil
}

// filterWith ANDs filters, and the dates of req when the day table checks
// them, to a query.
func (p *prepared) filterWith(filters []query.Query, req SearchRequest) func(query.Query) query.Query {
	return func(q query.Query) query.Query {
		q = withFilters(q, filters, p.ast != nil)
		if p.byTable {
			q = newDayFilter(q, p.g.dayTable, req.From, req.To)
		}
		return q
	}
}

// prepare parses and compiles req's query and filters against g and admits
// the search (req.Admit). release gives back what it holds, the term
// dictionary reader and the admitted slot, once the search has run; the
// grid and timeline (crosstab.go) run their searches through it too.
func (r *Reader) prepare(ctx context.Context, g *generation, req SearchRequest) (_ *prepared, release func(), err error) {
	ast, err := ql.Parse(req.Query)
	if err != nil {
		return nil, nil, err
	}
	c := &compiler{canonical: r.canonical, country: r.country, variants: g.variants, facets: g.facetTable}
	if !titleRunsOff.Load() {
		c.runs = g.docRuns
	}
	c.analyzer = g.idx.Mapping().AnalyzerNamed(textAnalyzer)
	if c.analyzer == nil {
		return nil, nil, fmt.Errorf("index has no %s analyzer", textAnalyzer)
	}
	dict, err := indexReader(g.idx)
	if err != nil {
		return nil, nil, fmt.Errorf("search: %w", err)
	}
	var done func()
	rel := func() {
		if done != nil {
			done()
		}
		dict.Close()
	}
	defer func() {
		if err != nil {
			rel() // the returns below set release to nil
		}
	}()
	c.budget = newTermBudget(ctx, dict, req.MaxTerms, g.stats.Indexed)
	var q query.Query
	if ast != nil {
		q, err = c.compile(ast)
	}
	if err == nil {
		err = nothingSearchable(ast, q)
	}
	if qe := (*ql.Error)(nil); errors.As(err, &qe) && qe.Query == "" {
		qe.Query = req.Query // so that its message counts characters
	}
	if err != nil {
		return nil, nil, err
	}
	if q == nil {
		c.budget.everything() // browsing, or only stop words
	}
	// With words to match, the from/to filter is a check of each match's
	// day (daytable.go); without, the date range query finds the
	// paragraphs.
	byTable := ast != nil && (!req.From.IsZero() || !req.To.IsZero())
	filters, understood, err := c.filters(req, !byTable)
	if err != nil {
		return nil, nil, err
	}
	if req.Admit != nil {
		cost := c.budget.cost(req.Page * req.Size)
		if req.countsApart > 0 {
			cost.Postings *= 2 // the facets counted apart walk the matches again, once
		}
		if done, err = req.Admit(ctx, cost); err != nil {
			return nil, nil, err
		}
	}
	p := &prepared{ast: ast, c: c, q: q, filterNames: understood, g: g, byTable: byTable}
	p.filtered = p.filterWith(filters, req)
	return p, rel, nil
}

func (r *Reader) request(g *generation, q query.Query, req SearchRequest) *bleve.SearchRequest {
	from := (req.Page - 1) * req.Size
	sr := bleve.NewSearchRequestOptions(q, req.Size, from, false)
	sr.Fields = append([]string{fieldBlock}, docMetaFields...)
	sr.IncludeLocations = true
	byDate := func(desc bool) search.SortOrder {
		return search.SortOrder{
			newDaySort(g.dayTable, desc),
			&search.SortScore{Desc: true},
			&search.SortDocID{},
		}
	}
	switch req.Sort {
	case SortNewest:
		sr.SortByCustom(byDate(true))
	case SortOldest:
		sr.SortByCustom(byDate(false))
	default:
		sr.SortByCustom(search.SortOrder{&search.SortScore{Desc: true}, &search.SortDocID{}})
	}
	return sr
}

// withFilters ANDs the filters to q; filters do not change the ranking.
func withFilters(q query.Query, filters []query.Query, hasQuery bool) query.Query {
	if q == nil {
		q = query.NewMatchAllQuery()
	}
	if len(filters) == 0 {
		return q
	}
	for _, f := range filters {
		if b, ok := f.(query.BoostableQuery); ok {
			b.SetBoost(0)
		}
	}
	return newFilterAnd(q, filters) // chunkjump.go
}

// canonMode says how a filter value is matched against the names indexed.
type canonMode int

const (
	asGiven            canonMode = iota // sources, acts: the value as given
	byCanonical                         // speakers, mentions: indexed under canonical names
	byCanonicalOrGiven                  // issuers: a person by canonical name, an office as written
	byCountry                           // countries: indexed under one name per state (ReaderOptions.Country)
)

// resolve is what a filter value v is looked up as in a field matched in
// mode, the canonical name first: "Wang Yias" → Wang Yi, "Republic of
// Chile" → Chile, "Blinken" → Antony Blinken and "Blinken" (an issuer may
// be indexed as written). A value the gazetteer does not know stays as
// given, and so still filters, finding what is indexed under it.
func (c *compiler) resolve(mode canonMode, v string) []string {
	names, _ := c.lookup(mode, v)
	return names
}

// lookup is resolve, and whether the gazetteer knows v (a state, a person):
// a known name that finds nothing is one no document has, not a
// misspelling to offer look-alikes for (unknownNames).
func (c *compiler) lookup(mode canonMode, v string) (names []string, known bool) {
	switch mode {
	case byCountry:
		if c.country != nil {
			// A filter value may be a name or a code, which a user types
			// in any case ("CHL", "chl"); codes are written in capitals.
			cv, ok := c.country(v, strings.ToUpper(v))
			return []string{cv}, ok
		}
	case byCanonical, byCanonicalOrGiven:
		if c.canonical == nil {
			break
		}
		cv, ok := c.canonical(v)
		switch {
		case !ok:
		case mode == byCanonicalOrGiven && !strings.EqualFold(cv, v):
			return []string{cv, v}, true
		default:
			return []string{cv}, true
		}
	}
	return []string{v}, false
}

// shown is the one of names, what a filter value given is looked up as
// (resolve), that the index holds, so that the page shows it selected in
// its facet; given, as written, when the index holds none of them (an
// unknown name, or a person no paragraph names), as UnknownName says it.
func (c *compiler) shown(field, given string, names []string) string {
	if c.budget == nil {
		return names[0]
	}
	for _, n := range names {
		for _, s := range c.spellings(field, n) {
			if k, err := c.budget.docFreq(field, s); err == nil && k > 0 {
				if prefix := keyFacetPrefix[field]; c.facets != nil && prefix != "" {
					n, _ = c.facets.named(prefix, n)
				}
				return n
			}
		}
	}
	return given
}

// keyFacetPrefix is the fieldFacets prefix of the names of a lower-case
// key field.
var keyFacetPrefix = map[string]string{
	fieldSpeakerKey: facetPrefixSpeaker, fieldMentionKey: facetPrefixMention, fieldSourceKey: facetPrefixSource,
	fieldIssuerKey: facetPrefixIssuer, fieldCountryKey: facetPrefixCountry,
}

// filters turns the request's filters into queries (any-of within a
// filter), the date range only if dates is set; a from after to is an error
// either way. understood is the speaker, mention, source, issuer and
// country filters as resolved, by facet (SearchResult.Filters).
func (c *compiler) filters(req SearchRequest, dates bool) (_ []query.Query, understood map[string][]string, _ error) {
	clauses, understood, err := c.filterClauses(req, dates)
	if err != nil {
		return nil, nil, err
	}
	out := make([]query.Query, len(clauses))
	for i, cl := range clauses {
		out[i] = cl.q
	}
	return out, understood, nil
}

// filterClause is one filter of a request: a paragraph passes it when it
// has any of terms in field; the date range has neither.
type filterClause struct {
	q     query.Query
	field string
	terms []string
}

// filterClauses is filters, each with the terms it looks for.
func (c *compiler) filterClauses(req SearchRequest, dates bool) (_ []filterClause, understood map[string][]string, _ error) {
	var out []filterClause
	understand := func(facet, field, given string, names []string) {
		v := c.shown(field, given, names)
		for _, u := range understood[facet] {
			if strings.EqualFold(u, v) {
				return
			}
		}
		if understood == nil {
			understood = map[string][]string{}
		}
		understood[facet] = append(understood[facet], v)
	}
	anyOf := func(facet, field string, values []string, canon canonMode) {
		var qs []query.Query
		var terms []string
		for _, v := range values {
			v = strings.TrimSpace(v)
			if v == "" {
				continue
			}
			names := c.resolve(canon, v)
			for _, n := range names {
				for _, s := range c.spellings(field, n) { // a person's every spelling (variants.go)
					t := query.NewTermQuery(s)
					t.SetField(field)
					qs = append(qs, t)
					terms = append(terms, s)
				}
			}
			if facet != FacetAct { // an act is a slug the server checks
				understand(facet, field, v, names)
			}
		}
		switch len(qs) {
		case 0:
		case 1:
			out = append(out, filterClause{qs[0], field, terms})
		default:
			out = append(out, filterClause{query.NewDisjunctionQuery(qs), field, terms})
		}
	}
	if len(req.Speakers) > 0 && len(req.Acts) > 0 {
		// "What did Wang Yi oppose": Wang Yi's act, not anyone's in a
		// paragraph where he speaks (acts.go).
		q, terms := c.speakerActs(req.Speakers, req.Acts)
		out = append(out, filterClause{q, fieldSpeakerAct, terms})
		for _, s := range req.Speakers {
			if s = strings.TrimSpace(s); s != "" {
				understand(FacetSpeaker, fieldSpeakerKey, s, c.resolve(byCanonical, s))
			}
		}
	} else {
		anyOf(FacetSpeaker, fieldSpeakerKey, req.Speakers, byCanonical)
		anyOf(FacetAct, fieldAct, req.Acts, asGiven)
	}
	anyOf(FacetMention, fieldMentionKey, req.Mentions, byCanonical)
	anyOf(FacetSource, fieldSourceKey, req.Sources, asGiven)
	anyOf(FacetIssuer, fieldIssuerKey, req.Issuers, byCanonicalOrGiven)
	anyOf(FacetCountry, fieldCountryKey, req.Countries, byCountry)
	if req.Turn != "" {
		q, err := turnFilter(req.Turn)
		if err != nil {
			return nil, nil, err
		}
		out = append(out, filterClause{q, fieldTurn, []string{TurnQuestion}})
	}
	if b := c.budget; b != nil && len(out) > 0 {
		var looked int
		for _, cl := range out {
			looked += len(cl.terms)
		}
		if b.used += looked; b.used > b.limit {
			return nil, nil, fmt.Errorf("%w: the filters name %d values; with the query's words that is more than the %d terms a search may look up", ErrQuery, looked, b.limit)
		}
		for _, cl := range out {
			for _, term := range cl.terms {
				n, err := b.docFreq(cl.field, term)
				if err != nil {
					return nil, nil, fmt.Errorf("filter %s: %w", term, err)
				}
				b.postings += n
				b.filterPostings += n
			}
		}
	}
	if !req.From.IsZero() || !req.To.IsZero() {
		if !req.From.IsZero() && !req.To.IsZero() && !req.From.Start().Before(end(req.To)) {
			return nil, nil, fmt.Errorf("%w: from %s is after to %s", ErrQuery, req.From, req.To)
		}
		if dates {
			out = append(out, filterClause{q: dateRange(req.From, req.To)})
		}
	}
	return out, understood, nil
}

// partial relaxes a query of several required words into "any of them",
// ranked by Bleve's coordination factor (the share of words matched), and
// keeps exclusions. It returns nil when there is nothing to relax.
func partial(ast ql.Node, c *compiler) query.Query {
	and, ok := ast.(*ql.And)
	if !ok {
		return nil
	}
	var should, mustNot []query.Query
	for _, k := range c.spacedCodes(and.Kids) {
		if not, ok := k.(*ql.Not); ok {
			if q, err := c.compileNot(not.Kid); err == nil && q != nil {
				mustNot = append(mustNot, q)
			}
			continue
		}
		if q, err := c.compile(k); err == nil && q != nil {
			should = append(should, q)
		}
	}
	if len(should) < 2 {
		return nil
	}
	b := query.NewBooleanQuery(nil, should, mustNot)
	return b
}

// hitParagraphs reads the paragraphs of hits from their blocks.
func hitParagraphs(g *generation, hits search.DocumentMatchCollection) (map[string]blockPara, error) {
	ids := make([]string, len(hits))
	have := make(map[string]map[string]any, len(hits))
	for i, h := range hits {
		ids[i] = h.ID
		if h.Fields != nil {
			have[h.ID] = h.Fields
		}
	}
	return g.blocks.paragraphs(g.idx, ids, have)
}

// toHit makes a hit of a match, its document's metadata and its paragraph.
// The title's match locations are the hit's own (every paragraph indexes
// the title); its text comes from paragraph 1, where it is stored.
func toHit(h *search.DocumentMatch, m docMeta, p blockPara) Hit {
	text := p.Text
	title := m.title
	docID, n := splitParagraphID(h.ID)
	hit := Hit{
		ID:        h.ID,
		DocID:     docID,
		Paragraph: n,
		Title:     title,
		Date:      m.date,
		Source:    m.source,
		Issuer:    m.issuer,
		Country:   m.country,
		URL:       m.url,
		Speakers:  nonNil(p.Speakers),
		Mentions:  nonNil(p.Mentions),
		Acts:      nonNil(p.Acts),
		Turn:      p.Turn,
		Score:     h.Score,
	}
	hit.Snippet = makeSnippet(text, matchSpans(h.Locations, fieldText, text), snippetWidth)
	hit.TitleMarked = makeSnippet(title, matchSpans(h.Locations, fieldTitle, title), 1000)
	return hit
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
