package index

import (
	"slices"
	"strings"

	index "github.com/blevesearch/bleve_index_api"

	"github.com/readouts/readouts/internal/gazetteer"
)

// One person, one facet value. Names outside the gazetteer come as their
// sources spell them, and one person's name is spelt several ways across
// the UN General Debate's headers: "Aleksandar Vucic" (133 paragraphs of
// the shared corpus) and "Aleksandar Vučić" (63), "Kassym-Jomart Tokayev"
// and "Kassym Jomart Tokayev", "K.P. Sharma Oli" and "K. P. Sharma Oli".
// The speaker facet listed each spelling as a person of its own, and a
// filter on one missed the others.
//
// The spellings are folded when a generation opens, from the speaker and
// mention dictionaries: names with the same gazetteer.Key (case, accents,
// hyphens, dots and apostrophes aside) are one person, shown as the
// spelling with the most paragraphs (ties: the first in byte order). The
// facets count them as one value (facetTable.shown), and a speaker or mention
// filter on any spelling matches them all (spellings). The index itself is
// unchanged: what is one person is decided again for each generation, so
// an incremental build that brings a new spelling needs nothing rebuilt.
//
// A paragraph naming one person in two spellings at once (none in the
// corpus: a paragraph's speakers come from one document) would count twice
// for that person.

// nameVariants are the spellings of the speaker and mention names of one
// generation, by field and folded key.
type nameVariants struct {
	display   map[string]map[string]string   // field → name as indexed → the person's shown spelling
	spellings map[string]map[string][]string // field → gazetteer.Key → names as indexed, when more than one
}

// variantFields are the fields whose names are folded.
var variantFields = []string{fieldSpeaker, fieldMention}

// loadNameVariants reads the speaker and mention dictionaries of rdr.
func loadNameVariants(rdr index.IndexReader) (*nameVariants, error) {
	v := &nameVariants{display: map[string]map[string]string{}, spellings: map[string]map[string][]string{}}
	for _, field := range variantFields {
		counts, err := fieldTermCounts(rdr, field)
		if err != nil {
			return nil, err
		}
		byKey := map[string][]string{}
		for _, c := range counts {
			k := gazetteer.Key(c.Term)
			byKey[k] = append(byKey[k], c.Term)
		}
		count := make(map[string]int, len(counts))
		for _, c := range counts {
			count[c.Term] = c.Count
		}
		display, spellings := map[string]string{}, map[string][]string{}
		for k, names := range byKey {
			if len(names) < 2 {
				continue
			}
			shown := names[0] // names are in byte order: the first is the tie's winner
			for _, n := range names[1:] {
				if count[n] > count[shown] {
					shown = n
				}
			}
			for _, n := range names {
				display[n] = shown
			}
			spellings[k] = names
		}
		v.display[field], v.spellings[field] = display, spellings
	}
	return v, nil
}

// shown is the spelling name, indexed in field, is shown under.
func (v *nameVariants) shown(field, name string) string {
	if v != nil {
		if d, ok := v.display[field][name]; ok {
			return d
		}
	}
	return name
}

// lowerSpellings returns, for a filter on name in field (fieldSpeaker or
// fieldMention), the lower-cased terms of every spelling of that person
// indexed, as the key fields hold them; just name's own when it has no
// other.
func (v *nameVariants) lowerSpellings(field, name string) []string {
	if v != nil {
		if names := v.spellings[field][gazetteer.Key(name)]; len(names) > 0 {
			var out []string
			for _, n := range names {
				if l := strings.ToLower(n); !slices.Contains(out, l) {
					out = append(out, l)
				}
			}
			return out
		}
	}
	return []string{strings.ToLower(name)}
}
