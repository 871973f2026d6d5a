package attribution

import (
	"fmt"
	"io/fs"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/readouts/readouts/internal/gazetteer"
	"github.com/readouts/readouts/internal/readout"
)

// facet is what the search page would show for the speaker or mention field
// of a corpus: each value with its count and the first reason seen for it.
type facet map[string]*facetValue

type facetValue struct {
	count int
	first string // document, paragraph and reason of the first occurrence
	// government: every occurrence is a country speaking as an institution
	// (a government that issued a statement, rules 3 and 9).
	government bool
	// docs are the documents the value occurs in; labelled those of them
	// where it owns an honorific transcript label of its own one word
	// ("MR. KIKUKAWA:" → Kikukawa) or a call's "MODERATOR:" label, the
	// places a bare name is a person's fullest form (rule 11).
	docs, labelled map[string]bool
}

// labelOnly reports whether every document the value occurs in labels it
// with an honorific and that very word.
func (v *facetValue) labelOnly() bool {
	if len(v.docs) == 0 {
		return false
	}
	for doc := range v.docs {
		if !v.labelled[doc] {
			return false
		}
	}
	return true
}

// honorificLabelOf reports whether a label rule's evidence ("MS BERBENA:",
// "MR. KIKUKAWA:") is an honorific and the one word name, in capitals.
func honorificLabelOf(evidence, name string) bool {
	f := strings.Fields(strings.TrimSuffix(evidence, ":"))
	return len(f) == 2 && honorifics[strings.ToLower(strings.TrimSuffix(f[0], "."))] && f[1] == strings.ToUpper(name)
}

// moderatorLabel reports whether a label rule's evidence is a call's
// "MODERATOR:" that the call names by a given name alone ("MODERATOR: …
// SENIOR ADMINISTRATION OFFICIAL: Thanks, Sam."), the fullest form the call
// gives (rule 11, turns.go moderatorPerson).
func moderatorLabel(evidence string) bool {
	return strings.HasPrefix(evidence, "MODERATOR: … ")
}

// officeBefore reports whether the document writes the one word name after
// an office title ("Ambassador Crocker", "AMBASSADOR LOGSDON:"), the other
// place a bare surname is a person's fullest form (rule 11).
func officeBefore(d *readout.Document, name string) bool {
	if strings.Contains(name, " ") {
		return false
	}
	for _, p := range d.Paragraphs {
		toks := tokenize(p.Text)
		for k := 1; k < len(toks); k++ {
			if strings.EqualFold(toks[k].text, name) && officeHeads[toks[k-1].lower] {
				return true
			}
		}
	}
	return false
}

// sampleFacets parses every file of testdata/sample with the shipped
// gazetteer, as the indexer does, and returns the speaker and mention facets.
func sampleFacets(t *testing.T, a *Attributor) (speakers, mentions facet) {
	t.Helper()
	speakers, mentions = facet{}, facet{}
	root := "../../testdata/sample"
	n := 0
	err := filepath.WalkDir(root, func(path string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() || !readout.Supported(path) {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		docs, err := readout.ParseFile(path, rel, readout.Options{Attributor: a})
		if err != nil {
			return err
		}
		n++
		for _, d := range docs {
			// Who owns an honorific label of their own surname in this
			// document, for both facets: "Thank you, Kikukawa" is a mention
			// of the moderator the label names.
			labelled := map[string]bool{}
			for _, p := range d.Paragraphs {
				for _, r := range p.Why {
					if r.Role == readout.RoleSpeaker && (r.Rule == RuleLabel && (honorificLabelOf(r.Evidence, r.Name) || moderatorLabel(r.Evidence)) || officeBefore(d, r.Name)) {
						labelled[r.Name] = true
					}
				}
			}
			for _, p := range d.Paragraphs {
				for _, r := range p.Why {
					f := speakers
					if r.Role == readout.RoleMention {
						f = mentions
					}
					v := f[r.Name]
					if v == nil {
						v = &facetValue{first: fmt.Sprintf("%s ¶%d: %s", d.ID, p.N, r), government: true, docs: map[string]bool{}, labelled: map[string]bool{}}
						f[r.Name] = v
					}
					v.count++
					v.docs[d.ID] = true
					if labelled[r.Name] {
						v.labelled[d.ID] = true
					}
					v.government = v.government && r.Role == readout.RoleSpeaker && r.Rule == RuleInstitution
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n < 300 {
		t.Fatalf("sample corpus: %d files; want the bundled ~300", n)
	}
	return speakers, mentions
}

func (f facet) String() string {
	names := make([]string, 0, len(f))
	for k := range f {
		names = append(names, k)
	}
	sort.Slice(names, func(i, j int) bool {
		if f[names[i]].count != f[names[j]].count {
			return f[names[i]].count > f[names[j]].count
		}
		return names[i] < names[j]
	})
	var b strings.Builder
	for _, k := range names {
		fmt.Fprintf(&b, "%5d %-32s %s\n", f[k].count, k, f[k].first)
	}
	return b.String()
}

// junkWords may never be a facet value on their own, nor begin one: the
// pronouns, articles and common capitalised words that a careless name
// finder takes for people ("He", "The", "Liaison", "Charter").
var junkWords = set(`he she it they we i you him her them his hers its their our the a an this that these those
mr mrs ms dr sir madam president minister secretary spokesperson ambassador prime foreign deputy
office department ministry house white state states united nations government council assembly
charter compact recovery grid liaison middle minster mekong oic`)

// TestSampleFacetsClean is the "done when" for the speaker facet:
// over the whole bundled sample corpus, the speaker and mention facets hold
// no pronoun, article or common word, every one-word value is someone (or an
// institution) the gazetteer knows, and no person appears under two
// spellings ("Haaland" and "Deb Haaland", "Eva-Maria" and "Eva-Marie
// Liimets"). On failure it prints the facet with the first reason for each
// value, so the culprit rule is visible.
func TestSampleFacetsClean(t *testing.T) {
	g := shipped(t)
	speakers, mentions := sampleFacets(t, New(g))
	for _, c := range []struct {
		field string
		f     facet
	}{{"speakers", speakers}, {"mentions", mentions}} {
		var bad []string
		names := make([]string, 0, len(c.f))
		for k := range c.f {
			names = append(names, k)
		}
		sort.Strings(names)
		for _, n := range names {
			// A country is a facet value only as a government speaking
			// (rule 9), by its gazetteer name: never as a person.
			if cn := g.Country(n); cn != nil && cn.Name == n && c.f[n].government {
				continue
			}
			if why := junkValue(g, n, c.f[n]); why != "" {
				bad = append(bad, fmt.Sprintf("%q: %s (%s)", n, why, c.f[n].first))
			}
		}
		for i, x := range names {
			for _, y := range names[i+1:] {
				if why := samePerson(g, x, y); why != "" {
					bad = append(bad, fmt.Sprintf("%q and %q: %s (%s; %s)", x, y, why, c.f[x].first, c.f[y].first))
				}
			}
		}
		if len(bad) > 0 {
			t.Errorf("%s facet over testdata/sample has %d problems:\n\t%s\n%s facet:\n%s",
				c.field, len(bad), strings.Join(bad, "\n\t"), c.field, c.f)
		} else {
			t.Logf("%s facet: %d values, clean", c.field, len(c.f))
		}
	}
}

// junkValue says why a facet value is junk, or returns "". v may be nil.
func junkValue(g *gazetteer.Gazetteer, name string, v *facetValue) string {
	words := strings.Fields(gazetteer.Key(name))
	if len(words) == 0 {
		return "empty"
	}
	if g.Person(name) != nil || g.Institution(name) != nil {
		return ""
	}
	if junkWords[words[0]] {
		return "starts with a common word"
	}
	if len(words) == 1 && (v == nil || !v.labelOnly()) {
		return "one word, neither a gazetteer person nor an institution, nor an honorific label's or an office's surname in every document it is in"
	}
	if strings.ToLower(name) == name {
		return "not capitalised"
	}
	return ""
}

// samePerson says why two facet values look like one person, or returns "":
// one gazetteer person, the same words in another order ("Kishida Fumio"),
// or the same surname with compatible given names ("Liz" and "Elizabeth
// Sherwood-Randall", "Hammarskjold" and "Dag Hammarskjold").
func samePerson(g *gazetteer.Gazetteer, x, y string) string {
	px, py := g.Person(x), g.Person(y)
	if px != nil && px == py {
		return "one gazetteer person " + px.Name
	}
	if g.Institution(x) != nil || g.Institution(y) != nil {
		return ""
	}
	wx, wy := strings.Fields(gazetteer.Key(x)), strings.Fields(gazetteer.Key(y))
	sx, sy := slices.Sorted(slices.Values(wx)), slices.Sorted(slices.Values(wy))
	if slices.Equal(sx, sy) {
		return "same words"
	}
	if px != nil && py != nil {
		return "" // two gazetteer people sharing a surname are two people
	}
	if wx[len(wx)-1] != wy[len(wy)-1] {
		return ""
	}
	if len(wx) == 1 || len(wy) == 1 {
		return "bare surname of the other"
	}
	// "Eva-Maria" and "Eva-Marie Liimets". Nicknames ("Liz", "Elizabeth")
	// are the gazetteer's job: the first check above catches them.
	if wx[0][0] == wy[0][0] {
		return "same surname, same initial"
	}
	return ""
}

// TestJunkValueHonorificLabel: a one-word facet value passes only as the
// owner of an honorific transcript label of that word in every document
// it occurs in ("MR. KIKUKAWA:"), never as a bare word found in text.
func TestJunkValueHonorificLabel(t *testing.T) {
	g := shipped(t)
	docs := func(ids ...string) map[string]bool {
		m := map[string]bool{}
		for _, id := range ids {
			m[id] = true
		}
		return m
	}
	for _, c := range []struct {
		name     string
		value    string
		v        *facetValue
		wantJunk bool
	}{
		{"labelled in its one document", "Kikukawa", &facetValue{docs: docs("a"), labelled: docs("a")}, false},
		{"labelled in one document of two", "Kikukawa", &facetValue{docs: docs("a", "b"), labelled: docs("a")}, true},
		{"never labelled", "Recovery", &facetValue{docs: docs("a"), labelled: docs()}, true},
		{"no occurrence recorded", "Kikukawa", nil, true},
		{"two words need no label", "Joey Hood", &facetValue{docs: docs("a"), labelled: docs()}, false},
		{"a common word even when labelled", "He", &facetValue{docs: docs("a"), labelled: docs("a")}, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := junkValue(g, c.value, c.v) != ""; got != c.wantJunk {
				t.Errorf("junkValue(%q) junk = %v, want %v", c.value, got, c.wantJunk)
			}
		})
	}
	for _, c := range []struct {
		evidence, name string
		want           bool
	}{
		{"MR. KIKUKAWA:", "Kikukawa", true},
		{"MS BERBENA:", "Berbena", true},
		{"MR. KIKUKAWA:", "Porter", false},
		{"SECRETARY GRANHOLM:", "Granholm", false},       // a title, not an honorific
		{"MR. FERNÁNDEZ HERNÁNDEZ:", "Fernández", false}, // two words
	} {
		if got := honorificLabelOf(c.evidence, c.name); got != c.want {
			t.Errorf("honorificLabelOf(%q, %q) = %v, want %v", c.evidence, c.name, got, c.want)
		}
	}
}
