// Package gaps measures what the gazetteer does not know: references to an
// office in a text ("Foreign Minister Retno Marsudi", "the Swedish Foreign
// Minister", "President Ruto of Kenya", "the Secretary-General") that it
// cannot resolve to a person holding that office on the document's date.
// Attribution resolves titles through the gazetteer (ATTRIBUTION.md rule
// 5), so every such reference is a speaker it may miss.
//
// It is a measuring tool, not a name finder: its patterns are deliberately
// simple (a title, an optional country word before it or "of Country"
// after it, an optional run of capitalised words after it) and it decides
// nothing about who speaks. Package attribution does that.
package gaps

import (
	"cmp"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/readouts/readouts/internal/gazetteer"
)

// Gap says why a reference is unresolved.
type Gap string

// Gaps. The zero value means the reference resolved to a person.
const (
	// UnknownPerson: a name after the title that the gazetteer does not
	// hold ("Foreign Minister Pele Broberg").
	UnknownPerson Gap = "unknown person"
	// NoOffice: a known person whom the gazetteer does not give that
	// office on the document's date.
	NoOffice Gap = "no office"
	// NoHolder: a title alone ("the Swedish Foreign Minister") whose
	// holder on the date the gazetteer does not know, or knows several of.
	NoHolder Gap = "no holder"
)

// Kinds are the title kinds (gazetteer.Title.Kind) measured: the offices
// readouts name their speakers by.
var Kinds = []string{"leader", "vice president", "foreign minister", "defense minister", "national security advisor", "head of organisation", "presiding officer"}

// Doc is a document to scan: its paragraphs, the days its date covers
// (equal for a day-precise date; a year for a General Debate speech; both
// zero when unknown) and its home country code ("US" for a State
// Department readout), used for a title without a country.
type Doc struct {
	Paragraphs []string
	From, To   time.Time
	Home       string
}

// Ref is one office reference found in a document.
type Ref struct {
	Written string // the words as the text gives them, title and name
	Title   string // canonical title
	Country string // country code the text gives or implies; "" when unknown
	Name    string // the name after the title; "" for a title alone
	Person  string // the canonical name it resolved to; "" when unresolved
	Gap     Gap    // why it is unresolved; "" when resolved
}

// Scanner finds office references and resolves them with a gazetteer.
type Scanner struct {
	g         *gazetteer.Gazetteer
	maxTitle  int // longest title or alias, in words
	maxNation int // longest country name or alias, in words
	// titlePrefix holds the keys of every title and alias and each of
	// their leading runs of words ("minister", "minister for", "minister
	// for foreign", ...), so that titleAt stops reading at the first word
	// no title goes on with instead of trying every length at every word:
	// the whole-corpus test spent nine tenths of its time folding those
	// tries (86 s for 5,800 documents).
	titlePrefix map[string]bool
}

// New returns a Scanner over g.
func New(g *gazetteer.Gazetteer) *Scanner {
	s := &Scanner{g: g, titlePrefix: map[string]bool{}}
	for _, t := range g.Titles {
		for _, a := range append([]string{t.Title}, t.Aliases...) {
			words := strings.Fields(gazetteer.Key(a))
			s.maxTitle = max(s.maxTitle, len(words))
			for n := 1; n <= len(words); n++ {
				s.titlePrefix[strings.Join(words[:n], " ")] = true
			}
		}
	}
	for _, c := range g.Countries {
		for _, a := range append([]string{c.Name}, c.Aliases...) {
			s.maxNation = max(s.maxNation, len(strings.Fields(gazetteer.Key(a))))
		}
	}
	return s
}

// Scan returns the document's office references in text order, each
// resolved or with its gap. A title alone without a country is resolved by
// a person the document names with a title of the same kind (as
// attribution resolves "the Foreign Minister" by the meeting's
// counterpart), else by the one holder in the home country, in any
// country, or at the United Nations.
func (s *Scanner) Scan(doc Doc) []Ref {
	var refs []Ref
	for _, p := range doc.Paragraphs {
		refs = append(refs, s.scanText(p, doc)...)
	}
	// Named people of each kind, for titles alone.
	named := map[string][]*gazetteer.Person{}
	for _, r := range refs {
		if r.Name != "" && r.Person != "" {
			p := s.g.ByName(r.Person)
			k := s.kind(r.Title)
			if p != nil && !slices.Contains(named[k], p) {
				named[k] = append(named[k], p)
			}
		}
	}
	for i := range refs {
		r := &refs[i]
		if r.Name != "" || r.Country != "" {
			continue
		}
		if ps := named[s.kind(r.Title)]; len(ps) > 0 {
			// The document names someone of this kind: attribution takes
			// the participant. Counted as resolved, by the first named.
			r.Person, r.Gap = ps[0].Name, ""
			continue
		}
		// As attribution tries them: the home country, any country (the
		// one holder of "President of the European Commission"), the UN.
		for j, code := range []string{doc.Home, "", "UN"} {
			if code == "" && j == 0 {
				continue
			}
			if p := s.holder(r.Title, code, doc); p != nil {
				r.Person, r.Gap, r.Country = p.Name, "", cmp.Or(code, p.Country)
				break
			}
		}
	}
	return refs
}

func (s *Scanner) kind(title string) string {
	if t := s.g.Title(title); t != nil {
		return t.Kind
	}
	return ""
}

// word is one token of a text: a word or a punctuation mark.
type word struct {
	text  string
	punct bool
}

// tokenize splits text into words and punctuation marks. A word keeps
// inner hyphens, apostrophes and the dots of initials ("U.S.", "J."); a
// dot ending a longer word is a punctuation mark of its own.
func tokenize(text string) []word {
	var out []word
	var b strings.Builder
	flush := func() {
		if b.Len() == 0 {
			return
		}
		w := b.String()
		b.Reset()
		dot := false
		if strings.HasSuffix(w, ".") && !initials(w) {
			w, dot = strings.TrimRight(w, "."), true
		}
		w = strings.TrimRight(strings.TrimLeft(w, "-'’"), "-'’")
		// A possessive is a mark of its own: "the Secretary General’s
		// agenda" has the title "Secretary General".
		poss := ""
		for _, suf := range []string{"’s", "'s"} {
			if stem, ok := strings.CutSuffix(w, suf); ok && stem != "" {
				w, poss = stem, suf
			}
		}
		if w != "" {
			out = append(out, word{text: w})
		}
		if poss != "" {
			out = append(out, word{text: poss, punct: true})
		}
		if dot {
			out = append(out, word{text: ".", punct: true})
		}
	}
	for _, r := range text {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '\'' || r == '’' || r == '.':
			b.WriteRune(r)
		case unicode.IsSpace(r):
			flush()
		default:
			flush()
			out = append(out, word{text: string(r), punct: true})
		}
	}
	flush()
	return out
}

// initials reports whether w is letters each followed by a dot ("U.S.",
// "J.", "D.C.") or a short abbreviation ("Jr.", "Dr.").
func initials(w string) bool {
	switch w {
	case "Jr.", "Sr.", "Dr.", "Mr.", "Mrs.", "Ms.", "St.":
		return true
	}
	rs := []rune(w)
	for i, r := range rs {
		if i%2 == 0 && !unicode.IsLetter(r) || i%2 == 1 && r != '.' {
			return false
		}
	}
	return len(rs)%2 == 0
}

func upper(w word) bool {
	if w.punct {
		return false
	}
	r := []rune(w.text)
	return unicode.IsUpper(r[0])
}

// modifiers before a title make it another office ("Deputy Foreign
// Minister", "Assistant Secretary") or a past one ("former President").
var modifiers = map[string]bool{
	"deputy": true, "assistant": true, "under": true, "vice": true, "acting": true, "former": true,
	"principal": true, "senior": true, "special": true, "executive": true, "permanent": true,
	"press": true, "late": true, "then": true, "then-": true, "first": true, "incoming": true,
	"outgoing": true, "interim": true, "designate": true, "elect": true, "ex": true, "past": true,
	"junior": true, "associate": true, "chief": true, "regional": true, "general": true,
}

// particles may join the words of a name ("Mohammed bin Salman",
// "Ursula von der Leyen").
var particles = map[string]bool{
	"bin": true, "bint": true, "al": true, "el": true, "de": true, "da": true, "do": true, "dos": true,
	"van": true, "von": true, "der": true, "den": true, "le": true, "la": true, "del": true, "di": true,
	"ibn": true, "y": true,
}

// notNames are capitalised words that follow a title without being a name.
var notNames = map[string]bool{
	"the": true, "and": true, "of": true, "for": true, "on": true, "in": true, "to": true, "at": true,
	"he": true, "she": true, "his": true, "her": true, "they": true, "we": true, "i": true, "it": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"today": true, "yesterday": true, "also": true, "said": true, "has": true, "have": true, "had": true,
	"is": true, "was": true, "will": true, "would": true, "who": true, "as": true, "a": true, "an": true,
	"mr": true, "mrs": true, "ms": true, "dr": true, "h": true, "e": true, "his excellency": true,
	"excellency": true, "sir": true, "madam": true, "question": true, "a:": true, "q": true,
	"general": true, "assistant": true, "attorney": true, "deputy": true, "county": true, "secretary": true,
}

// brokenHyphen is a compound broken at a line end: "Secretary- General".
var brokenHyphen = regexp.MustCompile(`(\pL)- (\p{Lu})`)

// addressed are words before a title used in address ("Mr. President",
// "Madam Secretary-General"): the holder is the audience, not a
// reference the attribution resolves.
var addressed = map[string]bool{"mr": true, "mr.": true, "mister": true, "madam": true, "madame": true, "mme": true, "excellency": true, "dear": true}

func (s *Scanner) scanText(text string, doc Doc) []Ref {
	if strings.Contains(text, "- ") { // the regexp is a quarter of a scan's time
		text = brokenHyphen.ReplaceAllString(text, "$1-$2")
	}
	ws := tokenize(text)
	keys := make([]string, len(ws))
	for i, w := range ws {
		keys[i] = gazetteer.Key(w.text)
	}
	var refs []Ref
	for i := 0; i < len(ws); i++ {
		t, n := s.titleAt(ws, keys, i)
		if t == nil {
			continue
		}
		end := i + n
		if i > 0 && !ws[i-1].punct && (modifiers[strings.ToLower(ws[i-1].text)] || addressed[strings.ToLower(ws[i-1].text)]) {
			i = end - 1
			continue
		}
		country, cn := s.countryBefore(ws, i)
		if !upper(ws[i]) && country == "" {
			// "the president of the company", "a foreign minister": only a
			// title with a country ("the Swedish foreign minister") counts
			// in lower case.
			i = end - 1
			continue
		}
		// "Prime Minister of Japan Kishida Fumio", "the Foreign Minister of
		// Sweden".
		if c, m := s.ofCountry(ws, end); c != "" {
			if country == "" {
				country = c
			}
			end += m
		}
		name, nn := nameAt(ws, end)
		nameEnd := end + nn
		if name != "" {
			// "President Ruto of Kenya".
			if c, m := s.ofCountry(ws, nameEnd); c != "" {
				if country == "" {
					country = c
				}
				nameEnd += m
			}
		}
		if slices.Contains(Kinds, t.Kind) {
			r := Ref{Title: t.Title, Country: country, Name: name}
			r.Written = joinWords(ws[i-cn : max(end, nameEnd)])
			bare := gazetteer.Key(ws[i].text) == "secretary" && n == 1
			s.resolve(&r, t, bare, doc)
			refs = append(refs, r)
		}
		i = max(end, nameEnd) - 1
	}
	return refs
}

func joinWords(ws []word) string {
	parts := make([]string, len(ws))
	for i, w := range ws {
		parts[i] = w.text
	}
	return strings.Join(parts, " ")
}

// titleAt returns the longest title written at ws[i:], and its length;
// keys are the words' gazetteer keys. The key of words joined by spaces
// is their non-empty keys joined by spaces (Key turns every run of
// punctuation and space into one space and drops them at the ends), so
// the key of ws[i:i+n] grows word by word, and once it is no title's
// beginning no longer run is a title.
func (s *Scanner) titleAt(ws []word, keys []string, i int) (*gazetteer.Title, int) {
	var found *gazetteer.Title
	length := 0
	key := ""
	for n := 1; n <= min(s.maxTitle, len(ws)-i); n++ {
		if k := keys[i+n-1]; k != "" {
			if key != "" {
				k = key + " " + k
			}
			if !s.titlePrefix[k] {
				break
			}
			key = k
		}
		if key == "" || ws[i+n-1].punct && ws[i+n-1].text != "-" {
			continue
		}
		if t := s.g.Title(key); t != nil {
			found, length = t, n
		}
	}
	return found, length
}

// countryBefore returns the country named by the words just before ws[i]
// ("Indonesian", "South Korean", "Japan's"), and how many words it takes.
func (s *Scanner) countryBefore(ws []word, i int) (string, int) {
	for n := min(s.maxNation, i); n > 0; n-- {
		parts := ws[i-n : i]
		if n > 1 && (parts[n-1].text == "’s" || parts[n-1].text == "'s") {
			parts = parts[:n-1] // "Japan’s Prime Minister"
		}
		if parts[0].punct || parts[len(parts)-1].punct {
			continue
		}
		if c := s.g.Country(joinWords(parts)); c != nil {
			return c.Code, n
		}
	}
	return "", 0
}

// ofCountry reads "of [the] Country" at ws[i:].
func (s *Scanner) ofCountry(ws []word, i int) (string, int) {
	if i >= len(ws) || strings.ToLower(ws[i].text) != "of" {
		return "", 0
	}
	j := i + 1
	if j < len(ws) && strings.ToLower(ws[j].text) == "the" {
		j++
	}
	for n := min(s.maxNation, len(ws)-j); n > 0; n-- {
		parts := ws[j : j+n]
		if parts[0].punct || parts[n-1].punct || !upper(parts[0]) {
			continue
		}
		if c := s.g.Country(joinWords(parts)); c != nil {
			return c.Code, j + n - i
		}
	}
	return "", 0
}

// nameAt reads a name at ws[i:]: capitalised words, particles between
// them, at most five; a possessive ends it ("Kishida’s", a mark of its
// own).
func nameAt(ws []word, i int) (string, int) {
	var parts []string
	n := 0
	for j := i; j < len(ws) && len(parts) < 5; j++ {
		w := ws[j]
		if w.punct {
			break
		}
		low := strings.ToLower(strings.TrimRight(w.text, "."))
		if particles[low] && len(parts) > 0 {
			parts = append(parts, w.text)
			continue
		}
		if !upper(w) || notNames[low] {
			break
		}
		parts = append(parts, w.text)
		n = len(parts)
	}
	// Trailing particles are not part of the name.
	parts = parts[:n]
	if len(parts) == 0 {
		return "", 0
	}
	return strings.Join(parts, " "), len(parts)
}

// resolve fills r.Person or r.Gap. bare says the title was written
// "Secretary" alone, which before a name is any US cabinet office.
func (s *Scanner) resolve(r *Ref, t *gazetteer.Title, bare bool, doc Doc) {
	if r.Name == "" {
		if r.Country == "" {
			// Resolved, or not, by the document as a whole (Scan).
			r.Gap = NoHolder
			return
		}
		if p := s.holder(t.Title, r.Country, doc); p != nil {
			r.Person = p.Name
			return
		}
		r.Gap = NoHolder
		return
	}
	cands := s.people(r.Name)
	if len(cands) == 0 {
		r.Gap = UnknownPerson
		return
	}
	// Those holding the title itself ("King Salman": the King, not
	// Bahrain's Prime Minister Salman), else an office of its kind
	// ("Foreign Secretary" for a Foreign Minister).
	var holding []*gazetteer.Person
	for _, exact := range []bool{true, false} {
		for _, p := range cands {
			if s.holds(p, t, exact, bare, doc) {
				holding = append(holding, p)
			}
		}
		if len(holding) > 0 {
			break
		}
	}
	switch {
	case len(holding) == 1:
		r.Person = holding[0].Name
		if r.Country == "" {
			r.Country = holding[0].Country
		}
	case len(cands) == 1 && s.everHeld(cands[0], t, bare):
		// A past or future holder named by the title ("President Obama"
		// in 2022): the name resolves, the office is not the date's.
		r.Person = cands[0].Name
		if r.Country == "" {
			r.Country = cands[0].Country
		}
	case len(cands) == 1:
		r.Gap = NoOffice
		if r.Country == "" {
			r.Country = cands[0].Country
		}
	default:
		// A surname several known people share, none (or several)
		// holding the office: the gazetteer cannot tell them apart.
		r.Gap = UnknownPerson
	}
}

// people returns the gazetteer people a written name may be: the full
// name or alias, else those a word of it belongs to.
func (s *Scanner) people(name string) []*gazetteer.Person {
	if p := s.g.Person(name); p != nil {
		return []*gazetteer.Person{p}
	}
	words := strings.Fields(name)
	// "Antony J Blinken Secretary": drop words from the end first.
	for n := len(words) - 1; n > 1; n-- {
		if p := s.g.Person(strings.Join(words[:n], " ")); p != nil {
			return []*gazetteer.Person{p}
		}
	}
	// A surname alone: every person it belongs to (the caller keeps
	// those holding the office). A longer name the gazetteer does not
	// hold may still be a known person written otherwise ("Kishida
	// Fumio" for "Fumio Kishida"): those one of whose names has all its
	// words. A shared word alone ("Abdulla Shahid", "Shahid Khaqan
	// Abbasi") is not enough.
	if len(words) == 1 {
		// "Al-Sisi" is the surname "Sisi".
		toks := strings.Fields(gazetteer.Key(words[0]))
		if len(toks) == 0 {
			return nil
		}
		return s.g.ByToken(toks[len(toks)-1])
	}
	var out []*gazetteer.Person
	for _, p := range s.g.ByToken(words[len(words)-1]) {
		if hasAllWords(p, words) {
			out = append(out, p)
		}
	}
	for _, p := range s.g.ByToken(words[0]) {
		if !slices.Contains(out, p) && hasAllWords(p, words) {
			out = append(out, p)
		}
	}
	return out
}

// hasAllWords reports whether one of p's names has every word of words.
func hasAllWords(p *gazetteer.Person, words []string) bool {
	names := append([]string{p.Name}, p.Aliases...)
	for _, n := range append(names, p.Misspellings...) {
		have := strings.Fields(gazetteer.Key(n))
		all := true
		for _, w := range words {
			if !slices.Contains(have, gazetteer.Key(w)) {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	return false
}

// everHeld reports whether p held t, or an office of t's kind, at any time.
func (s *Scanner) everHeld(p *gazetteer.Person, t *gazetteer.Title, bare bool) bool {
	return s.holds(p, t, false, bare, Doc{})
}

// holds reports whether p held t (with exact) or an office of t's kind on
// the document's date; with bare, any office ("Secretary Austin").
func (s *Scanner) holds(p *gazetteer.Person, t *gazetteer.Title, exact, bare bool, doc Doc) bool {
	for _, o := range p.Offices {
		if !covers(o, doc) {
			continue
		}
		if o.Title == t.Title || bare {
			return true
		}
		if ot := s.g.Title(o.Title); !exact && ot != nil && ot.Kind == t.Kind {
			return true
		}
	}
	return false
}

func covers(o gazetteer.Office, doc Doc) bool {
	if doc.From.IsZero() {
		return true
	}
	return o.Covers(doc.From) || o.Covers(doc.To)
}

// holder is the one person who held title in country on the document's
// date, or nil when the gazetteer knows none or several.
func (s *Scanner) holder(title, country string, doc Doc) *gazetteer.Person {
	if doc.From.IsZero() {
		return nil
	}
	a := s.g.Holders(title, country, doc.From)
	if len(a) != 1 {
		return nil
	}
	if !doc.To.Equal(doc.From) {
		if b := s.g.Holders(title, country, doc.To); len(b) != 1 || b[0] != a[0] {
			return nil
		}
	}
	return a[0]
}
