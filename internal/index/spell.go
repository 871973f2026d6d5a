package index

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/search/query"
	index "github.com/blevesearch/bleve_index_api"

	ql "github.com/readouts/readouts/internal/query"
)

// "Did you mean": a query that finds little is respelled from the index's
// own words and the gazetteer's names, and the respelled query is offered
// when it finds clearly more (Taiwna → Taiwan, Blinkin Ukriane → Blinken
// Ukraine, Zelensky → speaker:"Volodymyr Zelenskyy").
//
// It stays cheap: only a query finding fewer than suggestBelow paragraphs
// is looked at, only its rare words (fewer than rareWord paragraphs) are
// respelled, each from the terms of the text field's dictionary within one
// or two edits of it (Scorch's fuzzy automaton over the term dictionary,
// as the fuzzy query uses), and the respelled query is counted once, with
// no hits, facets or snippets. The words and thresholds were measured on
// the misspelling table in testdata/misspellings.tsv (spell_test.go).

// Suggestion is a respelled query and how many paragraphs it finds.
type Suggestion struct {
	Query string `json:"q"`
	Total uint64 `json:"total"`
}

// UnknownName is a name a speaker:, mention:, issuer: or country: term (or
// filter) gives that no paragraph is indexed under, with the closest names
// that are; none when the gazetteer knows the name (Known).
type UnknownName struct {
	Field string `json:"field"` // speaker, mention, issuer or country
	Value string `json:"value"` // as given
	// Known: the gazetteer knows the value (a state for a country, a
	// person for the others), so it is no misspelling but a name no
	// document in this index has ("Chile" is not "China"); Candidates is
	// then empty.
	Known      bool     `json:"known"`
	Candidates []string `json:"did_you_mean"`
	// Start and End are the value's bytes in the query (the quotes of a
	// phrase included), for a link that replaces it; both 0 for a filter.
	Start int `json:"-"`
	End   int `json:"-"`
}

const (
	suggestBelow   = 20  // a query finding this many paragraphs or more gets no suggestion
	suggestFactor  = 5   // the respelled query must find this many times more...
	suggestAtLeast = 3   // ...and at least this many paragraphs
	rareWord       = 5   // only words in fewer paragraphs than this are respelled
	minSpellRunes  = 3   // shorter words are left alone: too many neighbours
	maxCandidates  = 200 // fuzzy terms looked at per word
	maxUnknownCand = 5
)

// forgive fills res.Suggestion and res.Unknown for a search that asked for
// them. count counts a query's matches with the request's filters. Errors
// only cost the suggestion: the search itself has succeeded.
func (r *Reader) forgive(ctx context.Context, g *generation, rdr index.IndexReader, an analysis.Analyzer, ast ql.Node, req SearchRequest, res *SearchResult, count func(query.Query) (uint64, error)) {
	names, err := g.names.load(g, r.aliases)
	if err != nil {
		r.log.Warn("names for suggestions", "error", err)
		return
	}
	lookup := (&compiler{canonical: r.canonical, country: r.country}).lookup
	res.Unknown = unknownNames(ctx, rdr, names, ast, req, lookup)
	have := res.Total
	if res.Partial {
		have = 0
	}
	if ast == nil || have >= suggestBelow {
		return
	}
	sp := &speller{ctx: ctx, g: g, rdr: rdr, analyzer: an, words: g.names.nameWords()}
	if c, ok := rdr.(index.IndexReaderContains); ok {
		if d, err := c.FieldDictContains(fieldText); err == nil {
			sp.dict = d
		}
	}
	// A person's name as the texts write it ("Zelensky") is better answered
	// by what the person said, if that finds clearly more; a name nobody
	// writes so ("Blinkin") is a typo first.
	cands := []string{speakerSuggestion(ast, names[fieldSpeaker], r.canonical), sp.respell(req.Query, ast)}
	if !sp.allInText(ast) {
		cands[0], cands[1] = cands[1], cands[0]
	}
	for _, q := range cands {
		if q == "" {
			continue
		}
		n, err := r.countQuery(ctx, rdr, an, q, req, count)
		if err != nil {
			continue // over budget or the like: no suggestion
		}
		if n >= suggestAtLeast && n >= suggestFactor*max(have, 1) {
			res.Suggestion = &Suggestion{Query: q, Total: n}
			return
		}
	}
}

// countQuery counts the paragraphs the search box query q finds with the
// request's filters, within the request's term budget.
func (r *Reader) countQuery(ctx context.Context, rdr index.IndexReader, an analysis.Analyzer, q string, req SearchRequest, count func(query.Query) (uint64, error)) (uint64, error) {
	ast, err := ql.Parse(q)
	if err != nil || ast == nil {
		return 0, fmt.Errorf("respelled %q: %w", q, err)
	}
	c := &compiler{analyzer: an, canonical: r.canonical, country: r.country, budget: newTermBudget(ctx, rdr, req.MaxTerms, 0)}
	cq, err := c.compile(ast)
	if err != nil || cq == nil {
		return 0, fmt.Errorf("respelled %q: %w", q, err)
	}
	return count(cq)
}

// countMatches counts q's matches in idx.
func countMatches(ctx context.Context, idx bleve.Index, q query.Query) (uint64, error) {
	sr, err := idx.SearchInContext(ctx, bleve.NewSearchRequestOptions(q, 0, 0, false))
	if err != nil {
		return 0, err
	}
	return sr.Total, nil
}

// speller respells words from the text field's dictionary.
type speller struct {
	ctx      context.Context
	g        *generation // for the text of paragraphs (surfaceInText)
	rdr      index.IndexReader
	analyzer analysis.Analyzer
	words    map[string]string       // a gazetteer name's word, folded → the canonical name's word
	dict     index.FieldDictContains // the text field's dictionary, if the index can say
}

// respell returns the query with its rare words respelled, or "" if none is.
// Only words searched in the text (plain words and the words of phrases) are
// looked at; fields, prefixes and fuzzy words are the user's deliberate
// choice.
func (sp *speller) respell(q string, ast ql.Node) string {
	type edit struct {
		start, end int
		with       string
	}
	var edits []edit
	walkTerms(ast, func(n *ql.Term) {
		if n.Prefix || n.Fuzzy > 0 || (n.Field != "" && n.Field != ql.FieldText && n.Field != ql.FieldTitle) {
			return
		}
		start := n.ValuePos
		if n.Phrase {
			_, size := utf8.DecodeRuneInString(q[start:])
			start += size
		}
		if start+len(n.Text) > len(q) || q[start:start+len(n.Text)] != n.Text {
			return // not where the parser says: leave it
		}
		for _, w := range wordsOf(n.Text) {
			if fix := sp.word(w.text); fix != "" {
				edits = append(edits, edit{start + w.start, start + w.start + len(w.text), fix})
			}
		}
	})
	if len(edits) == 0 {
		return ""
	}
	slices.SortFunc(edits, func(a, b edit) int { return b.start - a.start })
	for _, e := range edits {
		q = q[:e.start] + e.with + q[e.end:]
	}
	return q
}

// walkTerms calls fn with every term of n that is not negated: respelling
// an excluded word would only exclude more.
func walkTerms(n ql.Node, fn func(*ql.Term)) {
	ql.Inspect(n, func(n ql.Node) bool {
		switch n := n.(type) {
		case *ql.Not:
			return false
		case *ql.Term:
			fn(n)
		}
		return true
	})
}

type wordAt struct {
	text  string
	start int // bytes into the string
}

// wordsOf splits s into runs of letters (and digits), with their offsets.
func wordsOf(s string) []wordAt {
	var out []wordAt
	start := -1
	for i, r := range s {
		letter := unicode.IsLetter(r) || unicode.IsDigit(r)
		switch {
		case letter && start < 0:
			start = i
		case !letter && start >= 0:
			out = append(out, wordAt{s[start:i], start})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, wordAt{s[start:], start})
	}
	return out
}

type spellCandidate struct {
	term     string // the index term (a stem)
	surface  string // a word that analyses to term, "" until known
	distance int    // edits from the user's word (or its stem)
	df       uint64
	name     bool // a gazetteer name's spelling
}

// word returns the respelling of w, as the user would write it, or "".
//
// Candidates, measured on the misspelling table: (1) the gazetteer's
// spelling of a name's word ("Zelenskiy" → "Zelenskyy"); (2) for a rare
// word, every word one edit away from it (deletion, transposition,
// substitution, insertion), analysed: the stemmer then reduces
// "cooperaton"+i and "cooperation" alike, which an edit distance between
// stems ("cooperaton" and "cooper") cannot see; (3) for a word the index
// does not have at all, the text terms within one or two edits of its
// stem (Scorch's fuzzy automaton). A word the corpus has ("Yellen") is
// respelled only by one edit, so that a rare correct name is not taken
// for a typo of a frequent one.
func (sp *speller) word(w string) string {
	if lat, ok := latinOf(w); ok {
		return sp.transliterated(w, lat)
	}
	toks := sp.analyzer.Analyze([]byte(w))
	if len(toks) != 1 {
		return "" // a stop word, or a word the analyzer splits
	}
	stem := string(toks[0].Term)
	if utf8.RuneCountInString(stem) < minSpellRunes || strings.IndexFunc(stem, unicode.IsDigit) >= 0 {
		return ""
	}
	df, err := sp.docFreq(stem)
	if err != nil {
		return ""
	}
	var cands []spellCandidate
	seen := map[string]bool{stem: true}
	if fix, ok := sp.words[foldName(w)]; ok && !strings.EqualFold(fix, w) {
		if t := sp.analyzer.Analyze([]byte(fix)); len(t) == 1 && !seen[string(t[0].Term)] {
			seen[string(t[0].Term)] = true
			cands = append(cands, spellCandidate{term: string(t[0].Term), surface: strings.ToLower(fix), name: true})
		}
	}
	if df < rareWord {
		for _, v := range edits1(strings.ToLower(w)) {
			if t := sp.analyzer.Analyze([]byte(v)); len(t) == 1 && !seen[string(t[0].Term)] {
				seen[string(t[0].Term)] = true
				if sp.inDict(string(t[0].Term)) {
					cands = append(cands, spellCandidate{term: string(t[0].Term), surface: v, distance: 1})
				}
			}
		}
	}
	if df == 0 {
		cands = append(cands, sp.fuzzy(stem, seen)...)
	}
	first, _ := utf8.DecodeRuneInString(stem)
	best := -1
	for i := range cands {
		c := &cands[i]
		if c.df, err = sp.docFreq(c.term); err != nil || c.df == 0 {
			continue
		}
		if best < 0 || better(*c, cands[best], first) {
			best = i
		}
	}
	// The likeliest word finds too few to be worth a suggestion: say
	// nothing rather than offer a farther one because it is frequent
	// ("Erdogn" got "Recognize", two edits and another first letter,
	// over "Erdogan" in 3 paragraphs).
	if best < 0 || cands[best].df < suggestAtLeast || cands[best].df < suggestFactor*max(df, 1) {
		return ""
	}
	c := cands[best]
	if !c.name {
		// A variant one edit away is a word for the stemmer, not always
		// for a reader ("governent" stems as "government" does): write
		// the word the corpus uses.
		if c.surface = sp.surfaceInText(c.term, strings.ToLower(w)); c.surface == "" {
			return ""
		}
	}
	return matchCase(w, c.surface)
}

// transliterated respells w, a word in Cyrillic, from lat, its Latin
// transliteration (cyrillic.go): the gazetteer's spelling of a name's word
// ("Зеленский", zelenskiy -> "Zelenskyy"), the respelling of lat as of a
// typo (tayvan -> "Taiwan"), or lat itself when the text has it
// ("Лавров" -> "Lavrov"); "" when none is a word of the corpus.
func (sp *speller) transliterated(w, lat string) string {
	if fix, ok := sp.words[foldName(lat)]; ok {
		return matchCase(w, fix)
	}
	toks := sp.analyzer.Analyze([]byte(lat))
	if len(toks) == 1 && sp.inDict(string(toks[0].Term)) {
		return matchCase(w, lat)
	}
	if fix := sp.word(lat); fix != "" {
		return matchCase(w, strings.ToLower(fix))
	}
	return ""
}

// fuzzy returns the text terms within one edit of stem (two from five
// letters on), but those in seen.
func (sp *speller) fuzzy(stem string, seen map[string]bool) []spellCandidate {
	fz, ok := sp.rdr.(index.IndexReaderFuzzy)
	if !ok {
		return nil
	}
	fuzziness := 1
	if utf8.RuneCountInString(stem) > 4 {
		fuzziness = 2
	}
	dict, err := fz.FieldDictFuzzy(fieldText, stem, fuzziness, "")
	if err != nil {
		return nil
	}
	defer dict.Close()
	var out []spellCandidate
	for len(out) < maxCandidates {
		e, err := dict.Next()
		if err != nil || e == nil {
			break
		}
		if !seen[e.Term] {
			seen[e.Term] = true
			out = append(out, spellCandidate{term: e.Term, distance: editDistance(stem, e.Term)})
		}
	}
	return out
}

// edits1 lists the words one edit from w (Norvig's spelling corrector):
// deletions, transpositions, substitutions and insertions of a letter of
// a–z or of w itself.
func edits1(w string) []string {
	rs := []rune(w)
	letters := []rune("abcdefghijklmnopqrstuvwxyz")
	for _, r := range rs {
		if !slices.Contains(letters, r) && unicode.IsLetter(r) {
			letters = append(letters, r)
		}
	}
	var out []string
	for i := 0; i <= len(rs); i++ {
		head, tail := string(rs[:i]), rs[i:]
		if len(tail) > 0 {
			out = append(out, head+string(tail[1:])) // deletion
			for _, l := range letters {
				if l != tail[0] {
					out = append(out, head+string(l)+string(tail[1:])) // substitution
				}
			}
		}
		if len(tail) > 1 {
			out = append(out, head+string(tail[1])+string(tail[0])+string(tail[2:])) // transposition
		}
		for _, l := range letters {
			out = append(out, head+string(l)+string(tail)) // insertion
		}
	}
	return out
}

// better ranks respellings: a gazetteer name's spelling first, then fewer
// edits, then one keeping the first letter (typists rarely miss it), then
// the more frequent word.
func better(a, b spellCandidate, first rune) bool {
	if a.name != b.name {
		return a.name
	}
	if a.distance != b.distance {
		return a.distance < b.distance
	}
	af, _ := utf8.DecodeRuneInString(a.term)
	bf, _ := utf8.DecodeRuneInString(b.term)
	if (af == first) != (bf == first) {
		return af == first
	}
	return a.df > b.df
}

// surfaceInText reads the paragraphs holding the term surfaceBatch at a
// time, and stops at the first batch holding a word one edit from what was
// typed or after surfaceMax: which paragraphs come first depends on how
// the build laid out its segments, so a fixed handful of them could miss
// the common spelling and make the suggestion differ between two builds of
// the same corpus.
const (
	surfaceBatch = 5
	surfaceMax   = 60
)

// surfaceInText finds the word of the text that the index term (a stem:
// "govern") comes from and that is closest to the user's word
// ("goverment" → "government", not "governance"), in the paragraphs
// holding the term.
func (sp *speller) surfaceInText(term, typed string) string {
	tfr, err := sp.rdr.TermFieldReader(sp.ctx, []byte(term), fieldText, false, false, false)
	if err != nil {
		return ""
	}
	defer tfr.Close()
	best, bestDist := "", 0
	for read := 0; read < surfaceMax && (best == "" || bestDist > 1); {
		var ids []string
		d, err := tfr.Next(nil)
		for err == nil && d != nil && len(ids) < surfaceBatch {
			if id, err := sp.rdr.ExternalID(d.ID); err == nil {
				ids = append(ids, id)
			}
			if len(ids) < surfaceBatch {
				d, err = tfr.Next(nil)
			}
		}
		if len(ids) == 0 {
			break
		}
		read += len(ids)
		paras, err := sp.g.blocks.paragraphs(sp.g.idx, ids, nil)
		if err != nil {
			return ""
		}
		for _, id := range ids {
			for _, w := range wordsOf(paras[id].Text) {
				lw := strings.ToLower(w.text)
				if lw == best {
					continue
				}
				if t := sp.analyzer.Analyze([]byte(lw)); len(t) == 1 && string(t[0].Term) == term {
					// Ties go to the word first in byte order, not to the
					// paragraph read first.
					if d := editDistance(lw, typed); best == "" || d < bestDist || d == bestDist && lw < best {
						best, bestDist = lw, d
					}
				}
			}
		}
	}
	return best
}

// matchCase writes s in the case of w: "Taiwna" → "Taiwan", "NATOO" → "NATO".
func matchCase(w, s string) string {
	if w == strings.ToUpper(w) && strings.ToUpper(w) != strings.ToLower(w) && utf8.RuneCountInString(w) > 1 {
		return strings.ToUpper(s)
	}
	r, _ := utf8.DecodeRuneInString(w)
	if unicode.IsUpper(r) {
		f, size := utf8.DecodeRuneInString(s)
		return string(unicode.ToUpper(f)) + s[size:]
	}
	return s
}

// inDict reports whether term is in the text field's dictionary: a lookup
// in each segment's FST, much cheaper than opening a term reader for
// counting, and most one-edit variants are not words.
func (sp *speller) inDict(term string) bool {
	if sp.dict == nil {
		return true // not Scorch: docFreq decides
	}
	ok, err := sp.dict.Contains([]byte(term))
	return err == nil && ok
}

func (sp *speller) docFreq(term string) (uint64, error) {
	tfr, err := sp.rdr.TermFieldReader(sp.ctx, []byte(term), fieldText, false, false, false)
	if err != nil {
		return 0, err
	}
	defer tfr.Close()
	return tfr.Count(), nil
}

// allInText reports whether every word of the query's text terms is in the
// text field's dictionary.
func (sp *speller) allInText(ast ql.Node) bool {
	all := true
	walkTerms(ast, func(n *ql.Term) {
		if n.Field != "" && n.Field != ql.FieldText {
			return
		}
		for _, t := range sp.analyzer.Analyze([]byte(n.Text)) {
			if df, err := sp.docFreq(string(t.Term)); err != nil || df == 0 {
				all = false
			}
		}
	})
	return all
}

// speakerSuggestion returns speaker:"Canonical Name" when the whole query is
// the name of a person (or an alias, a transliteration or a misspelling the
// gazetteer knows: "Zelensky") who speaks in the index; "" otherwise.
func speakerSuggestion(ast ql.Node, speakers []nameEntry, canonical func(string) (string, bool)) string {
	var words []string
	switch n := ast.(type) {
	case *ql.Term:
		if n.Field != "" || n.Prefix || n.Fuzzy > 0 || n.Slop > 0 {
			return ""
		}
		words = append(words, n.Text)
	case *ql.And:
		for _, k := range n.Kids {
			t, ok := k.(*ql.Term)
			if !ok || t.Field != "" || t.Prefix || t.Fuzzy > 0 || t.Phrase {
				return ""
			}
			words = append(words, t.Text)
		}
	default:
		return ""
	}
	if canonical == nil {
		return ""
	}
	name, ok := canonical(strings.Join(words, " "))
	if !ok {
		return ""
	}
	for _, e := range speakers {
		if e.name == name {
			return "speaker:" + strconv.Quote(name)
		}
	}
	return ""
}

// nameWords maps each word of the aliases and misspellings of the people
// who speak or are mentioned to the canonical name's word in the same place
// ("zelensky" → "Zelenskyy", "volodimir" → "Volodymyr"), when the alias has
// as many words as the name. Read once per generation.
func (b *nameBook) nameWords() map[string]string {
	b.wordsOnce.Do(func() {
		b.words = map[string]string{}
		for _, f := range []string{fieldSpeaker, fieldMention} {
			for _, e := range b.fields[f] {
				canon := strings.Fields(e.name)
				for _, form := range e.forms[1:] {
					if len(form.words) != len(canon) {
						continue
					}
					for i, w := range form.words {
						if foldName(canon[i]) != w {
							if _, taken := b.words[w]; !taken {
								b.words[w] = canon[i]
							}
						}
					}
				}
			}
		}
	})
	return b.words
}

// unknownNames lists the speaker:, mention:, issuer: and country: values of
// the query and filters that name nobody in the index, each looked up as
// given and as lookup (compiler.lookup) reads it: a country filter that
// finds nothing says so rather than silently. A value the gazetteer knows
// gets no look-alikes: "Chile" is a state no document has, not a
// misspelling of "China".
func unknownNames(ctx context.Context, rdr index.IndexReader, names map[string][]nameEntry, ast ql.Node, req SearchRequest, lookup func(canonMode, string) ([]string, bool)) []UnknownName {
	var out []UnknownName
	// field is a query field name (ql.FieldSpeaker ...), which names the
	// same field in names and keywordFields.
	check := func(field, value string, start, end int) {
		k, ok := keywordFields[field]
		if !ok || strings.TrimSpace(value) == "" {
			return
		}
		given := strings.TrimSpace(value)
		resolved, known := lookup(k.canon, given)
		for _, v := range append([]string{given}, resolved...) {
			tfr, err := rdr.TermFieldReader(ctx, []byte(strings.ToLower(v)), k.key, false, false, false)
			if err != nil {
				return
			}
			n := tfr.Count()
			tfr.Close()
			if n > 0 {
				return
			}
		}
		u := UnknownName{Field: field, Value: value, Start: start, End: end, Known: known, Candidates: []string{}}
		if !known {
			u.Candidates = nonNil(closestNames(names[field], value, maxUnknownCand))
		}
		out = append(out, u)
	}
	walkTerms(ast, func(n *ql.Term) {
		if n.Prefix || n.Fuzzy > 0 {
			return
		}
		switch n.Field {
		case ql.FieldSpeaker, ql.FieldMention, ql.FieldSource, ql.FieldIssuer, ql.FieldCountry:
			check(n.Field, n.Text, n.ValuePos, n.End())
		}
	})
	for _, f := range []struct {
		field  string
		values []string
	}{{ql.FieldSpeaker, req.Speakers}, {ql.FieldMention, req.Mentions}, {ql.FieldSource, req.Sources}, {ql.FieldIssuer, req.Issuers}, {ql.FieldCountry, req.Countries}} {
		for _, v := range f.values {
			check(f.field, v, 0, 0)
		}
	}
	return out
}
