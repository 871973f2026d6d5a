package index

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"

	index "github.com/blevesearch/bleve_index_api"

	"github.com/readouts/readouts/internal/gazetteer"
)

// Name suggestions: the names a filter box offers while the reader types
// ("wan" → Wang Yi, Wang Wenbin), and the closest names when a speaker:
// term names nobody. They come from the generation's own dictionaries of
// the speaker, mention, source, issuer and country fields, which list every
// name with the number of paragraphs holding it, and from the aliases the
// gazetteer gives each name (ReaderOptions.Aliases): "tony" finds Antony
// Blinken. A generation's names are read once, on first use.

// NameFields are the fields names can be suggested for, as the API spells them.
var NameFields = []string{FacetSpeaker, FacetMention, FacetSource, FacetIssuer, FacetCountry}

var nameFieldIndex = map[string]string{
	FacetSpeaker: fieldSpeaker, FacetMention: fieldMention, FacetSource: fieldSource,
	FacetIssuer: fieldIssuer, FacetCountry: fieldCountry,
}

// ErrNameField is a name suggestion asked for a field that has none.
var ErrNameField = fmt.Errorf("%w: field must be one of %s", ErrQuery, strings.Join(NameFields, ", "))

// NameSuggestion is a canonical name with the paragraphs that hold it.
type NameSuggestion struct {
	Name  string `json:"name"`
	Count int    `json:"count"` // paragraphs with this name in the field
	// Matched is the alias the prefix matched, when it matched no word of
	// the name itself ("Tony Blinken" for "tony").
	Matched string `json:"matched,omitempty"`
}

// nameEntry is one indexed name and the folded forms a prefix may match.
type nameEntry struct {
	name  string
	count int
	forms []nameForm // the name first, then its aliases
}

type nameForm struct {
	text   string   // as written
	folded string   // lower case, accents and punctuation gone: "antony blinken"
	words  []string // folded words
}

// nameBook holds one generation's names by field.
type nameBook struct {
	once   sync.Once
	err    error
	fields map[string][]nameEntry // by index field, most paragraphs first

	wordsOnce sync.Once
	words     map[string]string // see nameWords (spell.go)
}

func (b *nameBook) load(g *generation, aliases func(string) []string) (map[string][]nameEntry, error) {
	b.once.Do(func() {
		b.fields = map[string][]nameEntry{}
		b.err = withReaderErr(g.idx, func(rdr index.IndexReader) error {
			for _, f := range nameFieldIndex {
				entries, err := readNames(rdr, f, aliases)
				if err != nil {
					return fmt.Errorf("names of %s: %w", f, err)
				}
				b.fields[f] = entries
			}
			return nil
		})
	})
	return b.fields, b.err
}

func readNames(rdr index.IndexReader, field string, aliases func(string) []string) ([]nameEntry, error) {
	terms, err := fieldTermCounts(rdr, field)
	if err != nil {
		return nil, err
	}
	var out []nameEntry
	for _, e := range terms {
		if strings.TrimSpace(e.Term) == "" {
			continue
		}
		n := nameEntry{name: e.Term, count: e.Count, forms: []nameForm{newNameForm(e.Term)}}
		if aliases != nil {
			for _, a := range aliases(e.Term) {
				if f := newNameForm(a); f.folded != n.forms[0].folded {
					n.forms = append(n.forms, f)
				}
			}
		}
		out = append(out, n)
	}
	slices.SortStableFunc(out, func(a, b nameEntry) int { return b.count - a.count })
	return out, nil
}

func newNameForm(s string) nameForm {
	f := foldName(s)
	return nameForm{text: s, folded: f, words: strings.Fields(f)}
}

// foldName compares names as the gazetteer does: lower case, accents and
// punctuation gone ("Türkiye" and "turkiye", "O'Brien" and "obrien").
func foldName(s string) string { return gazetteer.Key(s) }

// matches reports whether prefix (folded) starts the form or one of its words.
func (f nameForm) matches(prefix string) bool {
	if strings.HasPrefix(f.folded, prefix) {
		return true
	}
	for _, w := range f.words {
		if strings.HasPrefix(w, prefix) {
			return true
		}
	}
	return false
}

// SuggestNames returns up to size names of field (one of NameFields) that
// prefix starts, or one of whose words or aliases it starts, most
// paragraphs first.
func (r *Reader) SuggestNames(ctx context.Context, field, prefix string, size int) ([]NameSuggestion, error) {
	p := foldName(prefix)
	if _, ok := nameFieldIndex[field]; ok && p == "" {
		return nil, fmt.Errorf("%w: prefix must hold a letter or a digit", ErrQuery)
	}
	entries, done, err := r.nameEntries(field)
	if err != nil {
		return nil, err
	}
	defer done()
	out := []NameSuggestion{}
	for _, e := range entries {
		if len(out) == size {
			break
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		for k, form := range e.forms {
			if form.matches(p) {
				s := NameSuggestion{Name: e.name, Count: e.count}
				if k > 0 {
					s.Matched = form.text
				}
				out = append(out, s)
				break
			}
		}
	}
	return out, nil
}

// nameEntries returns the names of field (one of NameFields), most
// paragraphs first, from the current generation, which stays held until
// done is called.
func (r *Reader) nameEntries(field string) (entries []nameEntry, done func(), err error) {
	f, ok := nameFieldIndex[field]
	if !ok {
		return nil, nil, ErrNameField
	}
	g, err := r.acquire()
	if err != nil {
		return nil, nil, err
	}
	fields, err := g.names.load(g, r.aliases)
	if err != nil {
		r.release(g, false)
		return nil, nil, err
	}
	return fields[f], func() { r.release(g, false) }, nil
}

// TopNames returns the size names of field (one of NameFields) held by
// most paragraphs: what a filter box offers before anything is typed.
func (r *Reader) TopNames(ctx context.Context, field string, size int) ([]NameSuggestion, error) {
	entries, done, err := r.nameEntries(field)
	if err != nil {
		return nil, err
	}
	defer done()
	out := make([]NameSuggestion, 0, size)
	for _, e := range entries[:min(size, len(entries))] {
		out = append(out, NameSuggestion{Name: e.name, Count: e.count})
	}
	return out, nil
}

// closestNames returns up to n names of field for a value that names
// nobody: first those it starts (a surname: "Wang"), else those within two
// edits of it or of one of their words ("Blinkin"), most paragraphs first.
func closestNames(entries []nameEntry, value string, n int) []string {
	p := foldName(value)
	if p == "" {
		return nil
	}
	var out []string
	for _, e := range entries {
		for _, form := range e.forms {
			if form.matches(p) {
				out = append(out, e.name)
				break
			}
		}
		if len(out) == n {
			return out
		}
	}
	if len(out) > 0 {
		return out
	}
	limit := 1
	if len([]rune(p)) >= 5 {
		limit = 2
	}
	for _, e := range entries {
	forms:
		for _, form := range e.forms {
			if editDistance(form.folded, p) <= limit {
				out = append(out, e.name)
				break
			}
			for _, w := range form.words {
				if editDistance(w, p) <= limit {
					out = append(out, e.name)
					break forms
				}
			}
		}
		if len(out) == n {
			break
		}
	}
	return out
}
