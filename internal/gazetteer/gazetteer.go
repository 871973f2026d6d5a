// Package gazetteer knows who is who in diplomatic readouts: people with their
// aliases, misspellings, gender, country and dated offices, the titles those
// offices go by, countries and the institutions that issue statements. It is
// loaded from gazetteer.yaml (see the comment at the top of that file).
//
// It answers lookups — canonical name for an alias, who held an office on a
// date, which person a bare surname points to — and nothing else: finding
// names in text and deciding who speaks is package attribution's job.
package gazetteer

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"
)

// Gender is a person's grammatical gender, used to resolve "he" and "she".
type Gender string

// Genders. The zero value means unknown and is compatible with any pronoun.
const (
	Male   Gender = "male"
	Female Gender = "female"
)

// Office is one term in an office. A zero From or To means open-ended.
type Office struct {
	Title   string // canonical title, one of the file's titles
	Country string // country code
	From    time.Time
	To      time.Time
}

// Covers reports whether the term includes day t (both ends inclusive). A
// zero t (unknown date) is covered by every term.
func (o Office) Covers(t time.Time) bool {
	if t.IsZero() {
		return true
	}
	if !o.From.IsZero() && t.Before(o.From) {
		return false
	}
	if !o.To.IsZero() && t.After(o.To) {
		return false
	}
	return true
}

// Person is one gazetteer entry.
type Person struct {
	Name         string // canonical
	Aliases      []string
	Misspellings []string
	Gender       Gender
	Country      string
	Offices      []Office

	// words holds the words of the key of each of names(), in that order
	// (Name, Aliases, Misspellings), computed once by Parse: attribution
	// compares them on every lookup of a bare name.
	words [][]string
}

// NameWords are the words of the key of p's canonical name: "wang yi"
// gives ["wang" "yi"]. The caller must not modify them.
func (p *Person) NameWords() []string {
	if len(p.words) > 0 {
		return p.words[0]
	}
	return strings.Fields(Key(p.Name)) // a Person not made by Parse
}

// AliasWords are the words of the key of each alias, in p.Aliases' order.
// The caller must not modify them.
func (p *Person) AliasWords() [][]string {
	if len(p.words) == 1+len(p.Aliases)+len(p.Misspellings) {
		return p.words[1 : 1+len(p.Aliases)]
	}
	out := make([][]string, len(p.Aliases))
	for i, a := range p.Aliases {
		out[i] = strings.Fields(Key(a))
	}
	return out
}

// NamesWords are the words of the key of every name of p: the canonical
// name, the aliases, then the misspellings. The caller must not modify
// them.
func (p *Person) NamesWords() [][]string {
	if len(p.words) == 1+len(p.Aliases)+len(p.Misspellings) {
		return p.words
	}
	var out [][]string
	for _, n := range p.names() {
		out = append(out, strings.Fields(Key(n)))
	}
	return out
}

// InOffice reports whether p held any office on day t.
func (p *Person) InOffice(t time.Time) bool {
	for _, o := range p.Offices {
		if o.Covers(t) {
			return true
		}
	}
	return false
}

// Overlaps reports whether p held any office at some day between from and
// to (inclusive): "in office during 1946" for a year-only date.
func (p *Person) Overlaps(from, to time.Time) bool {
	for _, o := range p.Offices {
		if (o.From.IsZero() || !o.From.After(to)) && (o.To.IsZero() || !o.To.Before(from)) {
			return true
		}
	}
	return false
}

// FirstOffice is the start of p's earliest dated term, or zero.
func (p *Person) FirstOffice() time.Time {
	var first time.Time
	for _, o := range p.Offices {
		if !o.From.IsZero() && (first.IsZero() || o.From.Before(first)) {
			first = o.From
		}
	}
	return first
}

// Holds reports whether p held title (a canonical title) on day t, in country
// when country is not empty.
func (p *Person) Holds(title, country string, t time.Time) bool {
	for _, o := range p.Offices {
		if o.Title == title && (country == "" || o.Country == country) && o.Covers(t) {
			return true
		}
	}
	return false
}

// Title is an office title with the other ways texts write it.
type Title struct {
	Title   string
	Aliases []string
	Kind    string // a wider class, e.g. "foreign minister"

	keys []string // Key of Title, then of each alias, computed once by Parse
}

// Keys are the keys of the title and of each of its aliases, in that
// order. The caller must not modify them.
func (t *Title) Keys() []string {
	if len(t.keys) == 1+len(t.Aliases) {
		return t.keys
	}
	out := make([]string, 0, 1+len(t.Aliases))
	for _, s := range append([]string{t.Title}, t.Aliases...) {
		out = append(out, Key(s))
	}
	return out
}

// Country is a country (or international organisation) and the words that
// stand for it.
type Country struct {
	Code    string // a state's ISO 3166-1 alpha-2 code ("CZ"), or an organisation's ("UN")
	Name    string
	Aliases []string
	Kind    string // KindOrganisation, or "" for a state or territory
}

// KindOrganisation is the kind of a countries entry that is an
// international organisation (the UN, the EU, NATO), whose code is its
// own; every other entry is a state or territory, coded ISO 3166-1
// alpha-2.
const KindOrganisation = "organisation"

// Institution is a body that issues statements.
type Institution struct {
	Name    string
	Country string
	Aliases []string
	Kind    string // what the body is, where attribution asks: KindForeignMinistry, or ""
}

// KindForeignMinistry is the kind of a country's foreign ministry, whose
// spokesperson is the country's Spokesperson: "the spokesperson of the US
// Department of State" is the one who held that office on the date. The
// file says which bodies are, as their names do not: "Quai d'Orsay",
// "Department of State", "Ministry of External Affairs".
const KindForeignMinistry = "foreign ministry"

// Gazetteer is the loaded file with its indexes. It is read-only after Parse
// and safe for concurrent use.
type Gazetteer struct {
	People       []*Person
	Titles       []*Title
	Countries    []*Country
	Institutions []*Institution

	fingerprint string
	byKey       map[string]*Person      // full name, alias or misspelling
	byToken     map[string][]*Person    // one word of a name
	titleByKey  map[string]*Title       // title or title alias
	countryKey  map[string]*Country     // name or alias
	countryCode map[string]*Country     // code, exactly as written (headers and filters, not text)
	instByKey   map[string]*Institution // name or alias
	instFirst   map[string]bool         // the first word of every key of instByKey
	maxWords    int                     // longest key in words, for scanning text
}

// file mirrors gazetteer.yaml. Dates are strings so that a bad date can be
// reported with the entry it belongs to.
type file struct {
	Countries []struct {
		Code    string   `yaml:"code"`
		Name    string   `yaml:"name"`
		Kind    string   `yaml:"kind"`
		Aliases []string `yaml:"aliases"`
	} `yaml:"countries"`
	Titles []struct {
		Title   string   `yaml:"title"`
		Aliases []string `yaml:"aliases"`
		Kind    string   `yaml:"kind"`
	} `yaml:"titles"`
	People []struct {
		Name         string   `yaml:"name"`
		Aliases      []string `yaml:"aliases"`
		Misspellings []string `yaml:"misspellings"`
		Gender       string   `yaml:"gender"`
		Country      string   `yaml:"country"`
		Offices      []struct {
			Title   string `yaml:"title"`
			Country string `yaml:"country"`
			From    string `yaml:"from"`
			To      string `yaml:"to"`
		} `yaml:"offices"`
	} `yaml:"people"`
	Institutions []struct {
		Name    string   `yaml:"name"`
		Country string   `yaml:"country"`
		Aliases []string `yaml:"aliases"`
		Kind    string   `yaml:"kind"`
	} `yaml:"institutions"`
}

// Load reads and parses the gazetteer file at path. Errors start with the path.
func Load(path string) (*Gazetteer, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	g, err := Parse(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return g, nil
}

// Parse parses gazetteer YAML. Unknown keys, unknown codes and titles, bad
// dates and names claimed by two people are errors naming the entry and field,
// e.g. `person "Wang Yi": office 2: bad date "2023-13-01"`.
func Parse(data []byte) (*Gazetteer, error) {
	var f file
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&f); err != nil && !errors.Is(err, io.EOF) {
		return nil, err
	}
	sum := sha256.Sum256(data)
	g := &Gazetteer{
		fingerprint: hex.EncodeToString(sum[:]),
		byKey:       map[string]*Person{},
		byToken:     map[string][]*Person{},
		titleByKey:  map[string]*Title{},
		countryKey:  map[string]*Country{},
		countryCode: map[string]*Country{},
		instByKey:   map[string]*Institution{},
		instFirst:   map[string]bool{},
	}
	codes := map[string]*Country{}
	for i, c := range f.Countries {
		if c.Code == "" || c.Name == "" {
			return nil, fmt.Errorf("country %d: code and name are required", i+1)
		}
		if codes[c.Code] != nil {
			return nil, fmt.Errorf("country %q: duplicate code", c.Code)
		}
		if err := checkCode(c.Code, c.Kind); err != nil {
			return nil, fmt.Errorf("country %q (%s): %w", c.Code, c.Name, err)
		}
		country := &Country{Code: c.Code, Name: c.Name, Aliases: c.Aliases, Kind: c.Kind}
		codes[c.Code] = country
		g.countryCode[c.Code] = country
		g.Countries = append(g.Countries, country)
		// The code is no word of text (Country): "IN" and "PA" in texts
		// are Indiana and the Palestinian Authority as often as not. An
		// alias may repeat it where texts write it ("US", "EU").
		for _, s := range append([]string{c.Name}, c.Aliases...) {
			if k := Key(s); k != "" {
				g.countryKey[k] = country
			}
		}
	}
	titles := map[string]*Title{}
	for i, t := range f.Titles {
		if t.Title == "" {
			return nil, fmt.Errorf("title %d: title is required", i+1)
		}
		title := &Title{Title: t.Title, Aliases: t.Aliases, Kind: t.Kind}
		if title.Kind == "" {
			title.Kind = strings.ToLower(t.Title)
		}
		titles[t.Title] = title
		g.Titles = append(g.Titles, title)
		for _, s := range append([]string{t.Title}, t.Aliases...) {
			k := Key(s)
			title.keys = append(title.keys, k)
			if k == "" {
				continue
			}
			// The first title listed wins a shared alias ("Premier" is both
			// a Prime Minister alias and China's title): file order decides.
			if _, ok := g.titleByKey[k]; !ok {
				g.titleByKey[k] = title
			}
		}
	}
	for i, p := range f.People {
		if strings.TrimSpace(p.Name) == "" {
			return nil, fmt.Errorf("person %d: name is required", i+1)
		}
		where := fmt.Sprintf("person %q", p.Name)
		person := &Person{Name: p.Name, Aliases: p.Aliases, Misspellings: p.Misspellings, Country: p.Country}
		switch p.Gender {
		case "", "male", "female":
			person.Gender = Gender(p.Gender)
		default:
			return nil, fmt.Errorf("%s: gender: %q is not male, female or blank", where, p.Gender)
		}
		if p.Country != "" && codes[p.Country] == nil {
			return nil, fmt.Errorf("%s: country: unknown code %q", where, p.Country)
		}
		for j, o := range p.Offices {
			at := fmt.Sprintf("%s: office %d", where, j+1)
			if titles[o.Title] == nil {
				return nil, fmt.Errorf("%s: title: unknown title %q (add it to titles)", at, o.Title)
			}
			if codes[o.Country] == nil {
				return nil, fmt.Errorf("%s: country: unknown code %q", at, o.Country)
			}
			from, err := parseDate(o.From)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", at, err)
			}
			to, err := parseDate(o.To)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", at, err)
			}
			if !from.IsZero() && !to.IsZero() && to.Before(from) {
				return nil, fmt.Errorf("%s: to %s is before from %s", at, o.To, o.From)
			}
			person.Offices = append(person.Offices, Office{Title: o.Title, Country: o.Country, From: from, To: to})
		}
		for _, s := range person.names() {
			k := Key(s)
			if k == "" {
				return nil, fmt.Errorf("%s: empty alias", where)
			}
			person.words = append(person.words, strings.Fields(k))
			if other := g.byKey[k]; other != nil && other != person {
				return nil, fmt.Errorf("%s: name %q already belongs to %q", where, s, other.Name)
			}
			g.byKey[k] = person
			if n := len(strings.Fields(k)); n > g.maxWords {
				g.maxWords = n
			}
			words := strings.Fields(s)
			for wi, w := range words {
				toks := strings.Fields(Key(w))
				if len(toks) > 1 && wi < len(words)-1 {
					// A hyphenated given name ("Paul-Henri") is no surname:
					// "Henri" alone is someone else.
					continue
				}
				for _, tok := range toks {
					if nameToken(tok) && g.countryKey[tok] == nil && !slices.Contains(g.byToken[tok], person) {
						g.byToken[tok] = append(g.byToken[tok], person)
					}
				}
			}
		}
		g.People = append(g.People, person)
	}
	for i, in := range f.Institutions {
		if in.Name == "" {
			return nil, fmt.Errorf("institution %d: name is required", i+1)
		}
		where := fmt.Sprintf("institution %q", in.Name)
		if in.Country != "" && codes[in.Country] == nil {
			return nil, fmt.Errorf("%s: country: unknown code %q", where, in.Country)
		}
		switch {
		case in.Kind != "" && in.Kind != KindForeignMinistry:
			return nil, fmt.Errorf("%s: kind: unknown kind %q (want %q or none)", where, in.Kind, KindForeignMinistry)
		case in.Kind == KindForeignMinistry && in.Country == "":
			return nil, fmt.Errorf("%s: kind: a %s needs a country", where, in.Kind)
		}
		inst := &Institution{Name: in.Name, Country: in.Country, Aliases: in.Aliases, Kind: in.Kind}
		for _, s := range append([]string{in.Name}, in.Aliases...) {
			k := Key(s)
			if p := g.byKey[k]; p != nil {
				return nil, fmt.Errorf("%s: name %q already belongs to person %q", where, s, p.Name)
			}
			if other := g.instByKey[k]; other != nil && other != inst {
				return nil, fmt.Errorf("%s: name %q already belongs to %q", where, s, other.Name)
			}
			g.instByKey[k] = inst
			first, _, _ := strings.Cut(k, " ")
			g.instFirst[first] = true
			if n := len(strings.Fields(k)); n > g.maxWords {
				g.maxWords = n
			}
		}
		g.Institutions = append(g.Institutions, inst)
	}
	return g, nil
}

// checkCode reports an error unless code is what an entry of kind may
// have: a state's ISO 3166-1 alpha-2 code (the states table's), or, for
// an organisation, a code that is no state's, so that one country never
// has two codes ("CZ" in code, "CZE" in the file) and a code written in
// code (attribution's sets of countries) means the file's entry.
func checkCode(code, kind string) error {
	switch kind {
	case "":
		if s := stateByIso2[code]; s != nil {
			return nil
		}
		if s := stateByCode[code]; s != nil {
			return fmt.Errorf("code: %q is ISO 3166-1 alpha-3; write the state's alpha-2 code %q", code, s.iso2)
		}
		return fmt.Errorf("code: %q is no ISO 3166-1 alpha-2 code of a state (states.go); an international organisation says kind: %s", code, KindOrganisation)
	case KindOrganisation:
		if s := stateByIso2[code]; s != nil {
			return fmt.Errorf("code: organisation code %q is the ISO 3166-1 code of %s", code, s.name)
		}
		if s := stateByCode[code]; s != nil {
			return fmt.Errorf("code: organisation code %q is the ISO 3166-1 alpha-3 code of %s", code, s.name)
		}
		return nil
	default:
		return fmt.Errorf("kind: unknown kind %q (want %q or none)", kind, KindOrganisation)
	}
}

func (p *Person) names() []string {
	out := append([]string{p.Name}, p.Aliases...)
	return append(out, p.Misspellings...)
}

func parseDate(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("bad date %q", s)
	}
	return t, nil
}

// nameToken reports whether a word of a name can identify a person on its
// own: not a particle ("bin", "von"), an honorific or an initial.
func nameToken(tok string) bool {
	if len([]rune(tok)) < 2 {
		return false
	}
	switch tok {
	case "bin", "al", "el", "de", "da", "do", "dos", "van", "von", "der", "den", "le", "la", "del", "di", "ibn",
		"jr", "sr", "ii", "iii", "dr", "mr", "mrs", "ms", "lord", "sir", "sheikh", "prince", "crown", "president",
		// Styles of aliases ("Professor Muhammad Yunus"): "Professor
		// Tijjani Muhammad-Bande" is not Yunus. ("Tun" stays: "Prime
		// Minister Tun Dr. Mahathir" is Mahathir in the gaps report.)
		"professor", "prof", "dato", "datuk", "excellency":
		return false
	}
	return !ordinaryWords[tok]
}

// ordinaryWords are words of names that are also ordinary words,
// capitalised in running text ("the occupying Power", "the Green Climate
// Fund", "To that end", "Dar es Salaam"), or names so common that alone they
// are no clue (a "MS. MARTIN:" label is seldom Micheál Martin): alone they
// never point to a gazetteer person. A document that names the person in
// full still resolves the bare word to them.
var ordinaryWords = map[string]bool{
	"power": true, "green": true, "sessions": true, "wolf": true, "burns": true,
	"craft": true, "hook": true, "glass": true, "bishop": true, "champagne": true,
	"store": true, "slot": true, "dar": true, "to": true, "son": true,
	"martin": true, "khan": true, "sun": true, "kong": true, "nieto": true,
	"gonzalez": true, "wha": true,
	// Arabic given names and patronymics that many people share.
	"ahmed": true, "ahmad": true, "mohamed": true, "mohammed": true, "muhammad": true,
	"mohammad": true, "mohamad": true, "ali": true, "hasan": true, "hassan": true,
	"hussein": true, "hussain": true, "hossain": true, "saleh": true, "salih": true,
	"abdul": true, "hamid": true, "mahmud": true, "mahmood": true, "ibrahim": true,
	"omar": true, "rashid": true, "nasser": true, "jaber": true,
}

// Fingerprint is a hash of the file's bytes; it changes whenever the content
// does, so an index built with another gazetteer can be detected and rebuilt.
func (g *Gazetteer) Fingerprint() string { return g.fingerprint }

// Canonical returns the canonical name for a person's or institution's name,
// alias or misspelling, ignoring case, accents and punctuation ("wang yi",
// "Wang Yias", "Antony J. Blinken"). A single word ("Blinken") is accepted
// when it belongs to exactly one person.
func (g *Gazetteer) Canonical(name string) (string, bool) {
	if p := g.Person(name); p != nil {
		return p.Name, true
	}
	if in := g.Institution(name); in != nil {
		return in.Name, true
	}
	if k := Key(name); !strings.Contains(k, " ") {
		if ps := g.byToken[k]; len(ps) == 1 {
			return ps[0].Name, true
		}
	}
	return "", false
}

// Person returns the person whose canonical name, alias or misspelling is
// name, or nil.
func (g *Gazetteer) Person(name string) *Person { return g.byKey[Key(name)] }

// PersonByKey is Person for a name already in Key's form, without
// computing it again: attribution looks up every run of capitalised words.
func (g *Gazetteer) PersonByKey(key string) *Person { return g.byKey[key] }

// ByName returns the person whose canonical name is exactly name, or nil.
func (g *Gazetteer) ByName(name string) *Person {
	if p := g.byKey[Key(name)]; p != nil && p.Name == name {
		return p
	}
	return nil
}

// ByToken returns the people one of whose names contains the word (a
// surname, a given name: "Wang" gives Wang Yi, Wang Wenbin and Wang Qishan).
// The caller decides what to do with more than one.
func (g *Gazetteer) ByToken(word string) []*Person { return g.byToken[Key(word)] }

// Institution returns the institution named name (or an alias), or nil.
func (g *Gazetteer) Institution(name string) *Institution { return g.InstitutionByKey(Key(name)) }

// InstitutionByKey is Institution for a name already in Key's form (Key
// of a key is the key itself), without computing it again: attribution
// looks up every run of capitalised words.
func (g *Gazetteer) InstitutionByKey(key string) *Institution { return g.instByKey[key] }

// InstitutionStarts reports whether some institution's key begins with the
// word key w (the key up to its first space): a word that begins none
// needs no look-up of the longer keys it starts.
func (g *Gazetteer) InstitutionStarts(w string) bool { return g.instFirst[w] }

// Title returns the title written as s ("Secretary of the State" gives
// Secretary of State), or nil.
func (g *Gazetteer) Title(s string) *Title { return g.titleByKey[Key(s)] }

// Country returns the country a word stands for ("Chinese", "U.S."), or
// nil: its name or an alias. A code is no word of text ("PA" is the
// Palestinian Authority or Pennsylvania, "IN" Indiana, not Panama or
// India); the codes texts do write for a country are among its aliases
// ("US", "EU", "UAE").
func (g *Gazetteer) Country(s string) *Country { return g.countryKey[Key(s)] }

// CountryByKey is Country for a word whose key is already known (key is
// Key(s)): attribution asks it of most words it reads.
func (g *Gazetteer) CountryByKey(key string) *Country { return g.countryKey[key] }

// CountryCode returns the country whose code is code, exactly as the file
// writes it ("IN", "UN"), or nil: a code from a person's or an office's
// country, not a word of text (Country).
func (g *Gazetteer) CountryCode(code string) *Country { return g.countryCode[code] }

// CountryName is the name of the country words stand for ("Chinese",
// "U.S."), and false if none.
func (g *Gazetteer) CountryName(words string) (string, bool) {
	if c := g.Country(words); c != nil {
		return c.Name, true
	}
	return "", false
}

// MaxWords is the length in words of the longest name or alias, so that a
// scanner knows how far to look ahead.
func (g *Gazetteer) MaxWords() int { return g.maxWords }

// Holders returns the people who held title (canonical, or an alias) in
// country (a code; empty for any) on day t, in file order.
func (g *Gazetteer) Holders(title, country string, t time.Time) []*Person {
	tt := g.Title(title)
	if tt == nil {
		return nil
	}
	var out []*Person
	for _, p := range g.People {
		if p.Holds(tt.Title, country, t) {
			out = append(out, p)
		}
	}
	return out
}

// Key normalises a name for comparison: lower case, accents removed,
// punctuation turned into spaces except apostrophes, which are dropped
// ("O'Brien" and "OBrien" are one key), runs of spaces collapsed.
func Key(s string) string {
	// A word of ASCII letters and digits, most of what attribution keys,
	// is its own key once lower-cased.
	if PlainWord(s) {
		return strings.ToLower(s)
	}
	return keyByRune(s)
}

// PlainWord reports whether s is ASCII letters and digits only: such a
// word's Key is the word in lower case.
func PlainWord(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
			return false
		}
	}
	return true
}

// keyByRune is Key for any string, rune by rune.
func keyByRune(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		r = fold(r)
		switch {
		case r == '\'' || r == '’' || r == '‘':
			continue
		case isLetterOrDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			if e, ok := expanded[r]; ok {
				b.WriteString(e)
			} else {
				b.WriteRune(r)
			}
		default:
			space = true
		}
	}
	return b.String()
}
