package index

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/search/query"

	ql "github.com/readouts/readouts/internal/query"
	"github.com/readouts/readouts/internal/readout"
)

// compiler turns a parsed query (package query, imported as ql beside
// Bleve's own query package) into a Bleve query, analysing words with the
// same analyzer the text was indexed with: "sanctions" is looked up as
// "sanction". (Bleve's query string over _all with the default analyzer
// silently misses stemmed words.)
type compiler struct {
	analyzer  analysis.Analyzer
	canonical func(string) (string, bool)
	country   func(name, code string) (string, bool) // ReaderOptions.Country
	variants  *nameVariants                          // the spellings of a speaker's or mention's name (variants.go)
	budget    *termBudget                            // nil: expand prefixes and fuzzy words without limit
	runs      *docRuns                               // nil: title queries are asked for every paragraph (titleruns.go)
	facets    *facetTable                            // nil: filters are shown as resolved, in the case given (shown)

	// words are the text and title terms the query looks up as single
	// words, by field, outside negations; locating is set when it also
	// holds a phrase, a window, a prefix or a fuzzy word of the text or
	// the title, whose marks only the index's locations give (marks.go).
	words    map[string]map[string]struct{}
	locating bool
	negated  int // depth of *ql.Not being compiled: its words mark nothing
}

// titleBoost weighs a word found in the document's title against one found
// in the paragraph itself: titles help find the document, the paragraph
// text decides which paragraph.
const titleBoost = 0.4

var yearRe = regexp.MustCompile(`^\d{4}$`)

func (c *compiler) tokens(s string) []string {
	var out []string
	for _, t := range queryTokens(c.analyzer, s) {
		out = append(out, string(t.Term))
	}
	return out
}

// compile returns nil for a clause that can match nothing meaningful on its
// own (a stop word such as "the"), so that it does not empty an AND.
func (c *compiler) compile(n ql.Node) (query.Query, error) {
	switch n := n.(type) {
	case *ql.And:
		var must, mustNot []query.Query
		for _, k := range c.spacedCodes(n.Kids) {
			if not, ok := k.(*ql.Not); ok {
				q, err := c.compileNot(not.Kid)
				if err != nil {
					return nil, err
				}
				if q != nil {
					mustNot = append(mustNot, q)
				}
				continue
			}
			q, err := c.compile(k)
			if err != nil {
				return nil, err
			}
			if q != nil {
				must = append(must, q)
			}
		}
		if len(must) == 0 && len(mustNot) > 0 {
			c.budget.everything()
		}
		return boolean(must, mustNot), nil
	case *ql.Or:
		var should []query.Query
		for _, k := range n.Kids {
			if not, ok := k.(*ql.Not); ok {
				return nil, &ql.Error{Pos: not.Pos(), Msg: "a negated word cannot be one side of OR"}
			}
			q, err := c.compile(k)
			if err != nil {
				return nil, err
			}
			if q != nil {
				should = append(should, q)
			}
		}
		if len(should) == 0 {
			return nil, nil
		}
		return query.NewDisjunctionQuery(should), nil
	case *ql.Not:
		q, err := c.compileNot(n.Kid)
		if err != nil || q == nil {
			return nil, err
		}
		c.budget.everything()
		return boolean(nil, []query.Query{q}), nil
	case *ql.Term:
		return c.term(n)
	}
	return nil, fmt.Errorf("unknown query node %T", n)
}

// compileNot compiles the kid of a negation.
func (c *compiler) compileNot(n ql.Node) (query.Query, error) {
	c.negated++
	defer func() { c.negated-- }()
	return c.compile(n)
}

// boolean combines required and excluded clauses; with only exclusions it
// means "everything except".
func boolean(must, mustNot []query.Query) query.Query {
	if len(mustNot) == 0 {
		switch len(must) {
		case 0:
			return nil
		case 1:
			return must[0]
		}
		return &wordsAnd{must: must} // chunkjump.go
	}
	b := query.NewBooleanQuery(nil, nil, mustNot)
	if len(must) == 0 {
		b.AddMust(query.NewMatchAllQuery())
	} else {
		b.AddMust(must...)
	}
	return b
}

// term compiles one term. Its errors point at the term's start, its
// field's name included: they are about the term as a whole (year:abc).
func (c *compiler) term(n *ql.Term) (query.Query, error) {
	switch n.Field {
	case "":
		return c.textQuery(n, fieldText, fieldTitle)
	case ql.FieldText:
		return c.textQuery(n, fieldText)
	case ql.FieldTitle:
		return c.textQuery(n, fieldTitle)
	case ql.FieldSpeaker, ql.FieldMention, ql.FieldSource, ql.FieldIssuer, ql.FieldCountry:
		k := keywordFields[n.Field]
		names := []string{strings.TrimSpace(n.Text)}
		// A prefix or fuzzy country is of the names indexed: "Congo*" is
		// both Congos, not the one "Congo" names.
		if k.canon != byCountry || !n.Prefix && n.Fuzzy == 0 {
			names = c.resolve(k.canon, names[0])
		}
		v := strings.ToLower(names[0])
		what := strconv.Quote(n.String())
		if n.Prefix {
			if err := c.budget.prefix(k.key, v, what, n.Pos()); err != nil {
				return nil, err
			}
			q := query.NewPrefixQuery(v)
			q.SetField(k.key)
			return q, nil
		}
		if n.Fuzzy > 0 {
			return c.budget.fuzzy(k.key, v, n.Fuzzy, what, n.Pos())
		}
		looked := c.spellings(k.key, v) // a person's every spelling (variants.go)
		for _, alt := range names[1:] {
			// issuer:"Office of the Spokesperson" as written, or a
			// person's alias by the canonical name.
			looked = append(looked, strings.ToLower(alt))
		}
		if err := c.budget.terms(k.key, looked, what, n.Pos()); err != nil {
			return nil, err
		}
		var qs []query.Query
		for _, t := range looked {
			q := query.NewTermQuery(t)
			q.SetField(k.key)
			qs = append(qs, q)
		}
		if len(qs) == 1 {
			return qs[0], nil
		}
		return query.NewDisjunctionQuery(qs), nil
	case ql.FieldYear:
		if !yearRe.MatchString(n.Text) {
			return nil, &ql.Error{Pos: n.Pos(), Msg: fmt.Sprintf("year:%s is not a year such as 2022", n.Text)}
		}
		if err := c.budget.terms(fieldYear, []string{n.Text}, strconv.Quote(n.String()), n.Pos()); err != nil {
			return nil, err
		}
		q := query.NewTermQuery(n.Text)
		q.SetField(fieldYear)
		return q, nil
	case ql.FieldDate:
		d, err := readout.ParseDate(n.Text)
		if err != nil {
			return nil, &ql.Error{Pos: n.Pos(), Msg: fmt.Sprintf("date:%s: %v", n.Text, err)}
		}
		return dateRange(d, d), nil
	}
	return nil, &ql.Error{Pos: n.Pos(), Msg: "unknown field " + n.Field}
}

// spellings are the lower-cased terms a filter on name looks up in key, a
// lower-cased keyword field: for speakers and mentions every spelling of
// the person's name the index holds (variants.go), else name itself.
func (c *compiler) spellings(key, name string) []string {
	switch key {
	case fieldSpeakerKey:
		return c.variants.lowerSpellings(fieldSpeaker, name)
	case fieldMentionKey:
		return c.variants.lowerSpellings(fieldMention, name)
	}
	return []string{strings.ToLower(name)}
}

// keywordFields are the query's fields matched against a lower-cased
// keyword field, with how their values resolve through the gazetteer.
var keywordFields = map[string]struct {
	key   string
	canon canonMode
}{
	ql.FieldSpeaker: {fieldSpeakerKey, byCanonical},
	ql.FieldMention: {fieldMentionKey, byCanonical},
	ql.FieldSource:  {fieldSourceKey, asGiven},
	ql.FieldIssuer:  {fieldIssuerKey, byCanonicalOrGiven},
	ql.FieldCountry: {fieldCountryKey, byCountry},
}

// textQuery matches n in any of fields (the first one at full weight).
func (c *compiler) textQuery(n *ql.Term, fields ...string) (query.Query, error) {
	var alts []query.Query
	what := strconv.Quote(n.String())
	for i, f := range fields {
		var q query.Query
		word := false // a term query of one word
		switch {
		case n.Prefix:
			prefix, _ := foldLatin(strings.ToLower(n.Text)) // as the text analyzer folds the words
			if err := c.budget.prefix(f, prefix, what, n.Pos()); err != nil {
				return nil, err
			}
			p := query.NewPrefixQuery(prefix)
			p.SetField(f)
			q = p
		case n.Fuzzy > 0:
			toks := c.tokens(n.Text)
			if len(toks) != 1 {
				return nil, nil
			}
			fq, err := c.budget.fuzzy(f, toks[0], n.Fuzzy, what, n.Pos())
			if err != nil {
				return nil, err
			}
			q = fq
		default:
			toks := c.tokens(n.Text)
			if err := c.budget.terms(f, toks, what, n.Pos()); err != nil {
				return nil, err
			}
			switch {
			case len(toks) == 0:
				return nil, nil // only stop words
			case len(toks) == 1 && (!n.Phrase || n.Slop > 0):
				q = &jumpTermQuery{term: toks[0], field: f, boost: 1} // chunkjump.go
				word = true
				c.word(f, toks[0])
			case n.Slop > 0:
				if n.Slop < len(toks)-1 {
					return nil, &ql.Error{Pos: n.Pos(), Msg: fmt.Sprintf("%s: %d words cannot lie within %d positions; use ~%d or more", what, len(toks), n.Slop, len(toks)-1)}
				}
				q = newNearQuery(f, toks, n.Slop)
			default:
				// A phrase, or a word the analyzer splits ("U.S.-China").
				// (phrase.go: Bleve's phrase, checked without its maps)
				p, err := newPhraseQuery(f, c.analyzer, n.Text)
				if err != nil {
					return nil, fmt.Errorf("%s in %s: %w", what, f, err)
				}
				if p == nil {
					return nil, nil
				}
				q = p
				// "G 7" typed with a space, "covid-19" in lower case,
				// are the code too (codes.go).
				if alt := codeForms(n.Text); alt != n.Text {
					p2, err := newPhraseQuery(f, c.analyzer, alt)
					if err != nil {
						return nil, fmt.Errorf("%s in %s: %w", what, f, err)
					}
					if p2 != nil {
						q = query.NewDisjunctionQuery([]query.Query{p, p2})
					}
				}
			}
		}
		if !word && c.negated == 0 {
			c.locating = true // a phrase, a window, a prefix or a fuzzy word
		}
		if i > 0 {
			if b, ok := q.(query.BoostableQuery); ok {
				b.SetBoost(titleBoost)
			}
		}
		if f == fieldTitle && c.runs != nil {
			q = &titleRunQuery{inner: q, runs: c.runs}
		}
		alts = append(alts, q)
	}
	if len(alts) == 1 {
		return alts[0], nil
	}
	if lazyOrOff.Load() {
		return query.NewDisjunctionQuery(alts), nil
	}
	return newLazyOr(alts), nil // lazyor.go
}

// dateRange matches documents dated within [from, to], each at its own
// precision: to=2022 includes all of 2022. Either end may be zero (open).
// A document dated only by a year or month has no start_month or day term
// of it (dayTerm), so only whole years (months) of the range match it.
// It is the union of the fewest year, start_month and day terms that cover
// the days from from.Start() up to end(to), whole years as one term range:
// from=2021-03-30 to=2022-02 is the days 30 and 31 March 2021, the months
// April to December 2021 and the month January 2022... A date restricts, it
// does not rank: every term is scored 0.
func dateRange(from, to readout.Date) query.Query {
	var qs []query.Query
	unscored := func(q query.Query) {
		q.(query.BoostableQuery).SetBoost(0)
		qs = append(qs, q)
	}
	term := func(field, layout string, d time.Time) {
		q := query.NewTermQuery(d.Format(layout))
		q.SetField(field)
		unscored(q)
	}
	years := func(first, last int) { // inclusive; -1: open
		lo, hi := "", ""
		if first >= 0 {
			lo = fmt.Sprintf("%04d", first)
		}
		if last >= 0 {
			hi = fmt.Sprintf("%04d", last)
		}
		if first >= 0 && first == last {
			q := query.NewTermQuery(lo)
			q.SetField(fieldYear)
			unscored(q)
			return
		}
		inc := true
		q := query.NewTermRangeInclusiveQuery(lo, hi, &inc, &inc)
		q.SetField(fieldYear)
		unscored(q)
	}
	jan1 := func(y int) time.Time { return time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC) }
	// days covers [d, hi) with months and days, stopping at a 1 January.
	days := func(d, hi time.Time, stopAtYear bool) time.Time {
		for d.Before(hi) && !(stopAtYear && d.YearDay() == 1) {
			if next := d.AddDate(0, 1, 0); d.Day() == 1 && !next.After(hi) {
				term(fieldStartMonth, monthTermLayout, d)
				d = next
			} else {
				term(fieldDay, dayTermLayout, d)
				d = d.AddDate(0, 0, 1)
			}
		}
		return d
	}
	lo, hi := from.Start(), end(to)
	switch {
	case from.IsZero(): // before hi
		if hi.Year() > 0 {
			years(-1, hi.Year()-1)
		}
		days(jan1(hi.Year()), hi, false)
	case to.IsZero(): // from lo on
		d := days(lo, jan1(lo.Year()+1), true)
		years(d.Year(), -1)
	default:
		d := days(lo, hi, true)
		first, last := d.Year(), -1
		for ; !d.AddDate(1, 0, 0).After(hi); d = d.AddDate(1, 0, 0) {
			last = d.Year()
		}
		if last >= 0 {
			years(first, last)
		}
		days(d, hi, false)
	}
	switch len(qs) {
	case 0: // from > to: the caller reports it; match nothing
		q := query.NewTermQuery("")
		q.SetField(fieldDay)
		return q
	case 1:
		return qs[0]
	}
	return query.NewDisjunctionQuery(qs)
}

// end is the first instant after the period d covers (readout.Date.End).
func end(d readout.Date) time.Time { return d.End() }
