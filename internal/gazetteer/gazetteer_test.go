package gazetteer

import (
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"
)

// shipped loads the gazetteer.yaml the product ships, so that a broken file
// fails here rather than at indexing time.
func shipped(t *testing.T) *Gazetteer {
	t.Helper()
	g, err := Load("../../gazetteer.yaml")
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	return g
}

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestCanonical(t *testing.T) {
	g := shipped(t)
	tests := []struct{ in, want string }{
		{"wang yi", "Wang Yi"},
		{"Wang Yias", "Wang Yi"},
		{"WANG YIAN", "Wang Yi"},
		{"Antony J. Blinken", "Antony Blinken"},
		{"Blinken", "Antony Blinken"},
		{"Zelensky", "Volodymyr Zelenskyy"},
		{"Volodymyr Zelenskiy", "Volodymyr Zelenskyy"},
		{"Sejourne", "Stéphane Séjourné"},
		{"Kishida Fumio", "Fumio Kishida"},
		{"Antonio Guterres", "António Guterres"},
		{"Chinese Foreign Ministry", "Chinese Ministry of Foreign Affairs"},
		{"the State Department", ""}, // "the" is not part of the alias
		{"Wang", ""},                 // Wang Yi, Wang Wenbin, Wang Qishan and others
		{"Nobody Atall", ""},
	}
	for _, tt := range tests {
		got, ok := g.Canonical(tt.in)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("Canonical(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
}

func TestHolders(t *testing.T) {
	g := shipped(t)
	tests := []holderCase{
		{"US Secretary of State", "", "2022-01-27", ""}, // not a title alias: the caller strips the country
		{"Secretary of State", "US", "2022-01-27", "Antony Blinken"},
		{"Secretary of the State", "US", "2022-01-27", "Antony Blinken"},
		{"Secretary of State", "US", "2021-01-19", "Mike Pompeo"},
		{"Secretary of State", "US", "2021-01-23", ""}, // the interregnum
		{"Secretary of State", "US", "2025-02-01", "Marco Rubio"},
		{"Foreign Minister", "CN", "2022-06-01", "Wang Yi"},
		{"Foreign Minister", "CN", "2023-03-01", "Qin Gang"},
		{"Foreign Minister", "CN", "2024-03-01", "Wang Yi"},
		{"Foreign Minister", "CN", "2022-12-30", "Wang Yi, Qin Gang"}, // handover day
		{"President", "US", "2022-01-27", "Joe Biden"},
		{"President", "US", "2019-06-01", "Donald Trump"},
		{"President", "US", "2025-06-01", "Donald Trump"},
		{"Prime Minister", "GB", "2022-10-01", "Liz Truss"},
		{"Foreign Secretary", "GB", "2024-01-01", "David Cameron"},
		{"Chancellor", "DE", "2023-01-01", "Olaf Scholz"},
		{"National Security Advisor", "US", "2023-01-01", "Jake Sullivan"},
	}
	checkHolders(t, g, tests)
}

// holderCase is who held title in country on date: canonical names,
// comma-separated in file order.
type holderCase struct {
	title, country, date string
	want                 string
}

func checkHolders(t *testing.T, g *Gazetteer, tests []holderCase) {
	t.Helper()
	for _, tt := range tests {
		var names []string
		for _, p := range g.Holders(tt.title, tt.country, day(tt.date)) {
			names = append(names, p.Name)
		}
		if got := strings.Join(names, ", "); got != tt.want {
			t.Errorf("Holders(%q, %q, %s) = %q; want %q", tt.title, tt.country, tt.date, got, tt.want)
		}
	}
}

func TestByToken(t *testing.T) {
	g := shipped(t)
	tests := []struct {
		word string
		want int
	}{
		{"Yi", 1}, {"Jinping", 1}, {"Blinken", 1}, {"Wang", 8}, {"bin", 0}, {"J", 0}, {"Israel", 0},
		{"Professor", 0}, // a style of aliases, not a name
	}
	for _, tt := range tests {
		if got := len(g.ByToken(tt.word)); got != tt.want {
			t.Errorf("ByToken(%q) gives %d people; want %d", tt.word, got, tt.want)
		}
	}
}

func TestParseErrors(t *testing.T) {
	const head = "countries:\n  - {code: CN, name: China}\ntitles:\n  - {title: Foreign Minister}\n"
	tests := []struct{ name, yaml, want string }{
		{"bad date", head + "people:\n  - name: Wang Yi\n    offices:\n      - {title: Foreign Minister, country: CN, from: 2013-03-16}\n      - {title: Foreign Minister, country: CN, from: 2023-13-01}\n",
			`person "Wang Yi": office 2: bad date "2023-13-01"`},
		{"unknown field", head + "people:\n  - name: Wang Yi\n    alias: [Yi]\n", "field alias not found"},
		{"unknown title", head + "people:\n  - name: Wang Yi\n    offices: [{title: Foreign Minster, country: CN}]\n", `person "Wang Yi": office 1: title: unknown title "Foreign Minster"`},
		{"unknown country", head + "people:\n  - {name: Wang Yi, country: CH}\n", `person "Wang Yi": country: unknown code "CH"`},
		{"bad gender", head + "people:\n  - {name: Wang Yi, gender: m}\n", `person "Wang Yi": gender`},
		{"shared alias", head + "people:\n  - {name: Wang Yi, aliases: [Wang]}\n  - {name: Wang Wenbin, aliases: [Wang]}\n", `person "Wang Wenbin": name "Wang" already belongs to "Wang Yi"`},
		{"reversed term", head + "people:\n  - name: Qin Gang\n    offices: [{title: Foreign Minister, country: CN, from: 2023-07-25, to: 2022-12-30}]\n", "is before from"},
		{"no name", head + "people:\n  - {gender: male}\n", "person 1: name is required"},
		{"unknown institution kind", head + "institutions:\n  - {name: Chinese Foreign Ministry, country: CN, kind: foreign ministy}\n", `institution "Chinese Foreign Ministry": kind: unknown kind "foreign ministy" (want "foreign ministry" or none)`},
		{"a foreign ministry without a country", head + "institutions:\n  - {name: Foreign Ministry, kind: foreign ministry}\n", `institution "Foreign Ministry": kind: a foreign ministry needs a country`},
		// One code system: a state is coded ISO 3166-1 alpha-2, an
		// organisation declares itself and has a code no state has.
		{"an alpha-3 state code", "countries:\n  - {code: CZE, name: Czech Republic}\n", `country "CZE" (Czech Republic): code: "CZE" is ISO 3166-1 alpha-3; write the state's alpha-2 code "CZ"`},
		{"a code of no state", "countries:\n  - {code: GCC, name: Gulf Cooperation Council}\n", `country "GCC" (Gulf Cooperation Council): code: "GCC" is no ISO 3166-1 alpha-2 code of a state`},
		{"an organisation with a state's code", "countries:\n  - {code: AU, name: African Union, kind: organisation}\n", `country "AU" (African Union): code: organisation code "AU" is the ISO 3166-1 code of Australia`},
		{"an organisation with a state's alpha-3 code", "countries:\n  - {code: PER, name: Permanent Five, kind: organisation}\n", `organisation code "PER" is the ISO 3166-1 alpha-3 code of Peru`},
		{"unknown country kind", "countries:\n  - {code: UN, name: United Nations, kind: organization}\n", `country "UN" (United Nations): kind: unknown kind "organization" (want "organisation" or none)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.yaml))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Parse error = %v; want it to contain %q", err, tt.want)
			}
		})
	}
}

func TestLoadErrorNamesFile(t *testing.T) {
	_, err := Load("testdata/does-not-exist.yaml")
	if err == nil {
		t.Fatal("Load of a missing file succeeded")
	}
}

func TestFingerprint(t *testing.T) {
	a, err := Parse([]byte("people:\n  - {name: A B}\n"))
	if err != nil {
		t.Fatal(err)
	}
	b, err := Parse([]byte("people:\n  - {name: A C}\n"))
	if err != nil {
		t.Fatal(err)
	}
	if a.Fingerprint() == b.Fingerprint() || len(a.Fingerprint()) != 64 {
		t.Errorf("fingerprints %q and %q should differ and be sha256 hex", a.Fingerprint(), b.Fingerprint())
	}
}

func TestKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Antony J. Blinken", "antony j blinken"},
		{"  Jean-Yves   Le Drian ", "jean yves le drian"},
		{"O’Brien", "obrien"},
		{"Stéphane SÉJOURNÉ", "stephane sejourne"},
		{"Çavuşoğlu", "cavusoglu"},
		{"İSTANBUL ǅemal Straße ÆON 12", "istanbul ǆemal strasse aeon 12"},
		// Letters that fold to two, as Lucene's ASCIIFoldingFilter has them.
		{"Guðlaugur Þór Þórðarson", "gudlaugur thor thordarson"},
		{"Œuvre, conﬂict, ﬁnance", "oeuvre conflict finance"},
		{"ẞ", "ss"},
	}
	for _, tt := range tests {
		if got := Key(tt.in); got != tt.want {
			t.Errorf("Key(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

// FuzzKey: a key is its own key (InstitutionByKey relies on it), the
// ASCII fast path of fold agrees with unicode.ToLower, and the fast paths
// of Key and Fold (plain ASCII words) give what folding rune by rune does.
func FuzzKey(f *testing.F) {
	for _, s := range []string{"Antony J. Blinken", "O’Brien", "Stéphane SÉJOURNÉ", "İSTANBUL ǅemal Straße", "U.S.-China", "\x00A\x7f",
		"blinken", "Blinken", "G20", "", "ab\xffCD", "Wang Yi’s", "MINSK"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := Key(s)
		if kk := Key(k); kk != k {
			t.Errorf("Key(%q) = %q, whose key is %q", s, k, kk)
		}
		if want := keyByRune(s); k != want {
			t.Errorf("Key(%q) = %q; rune by rune %q", s, k, want)
		}
		if got, want := Fold(s), foldByRune(s); got != want {
			t.Errorf("Fold(%q) = %q; rune by rune %q", s, got, want)
		}
		for _, r := range s {
			if r < 0x80 && fold(r) != unicode.ToLower(r) {
				t.Errorf("fold(%q) = %q; want %q", r, fold(r), unicode.ToLower(r))
			}
		}
	})
}

// foldByRune is Fold as defined, without its fast path.
func foldByRune(s string) string {
	var b strings.Builder
	for _, r := range s {
		writeFolded(&b, r)
	}
	return b.String()
}

// TestCountryCodeIsNoWord: a country's code is no word of text, in any
// case: the corpus's "DE", "IN", "CA", "PA" are Delaware, Indiana,
// California ("Governor John Carney (DE)") and the Palestinian Authority.
// A code that texts do write for the country is an alias.
func TestCountryCodeIsNoWord(t *testing.T) {
	g := shipped(t)
	tests := []struct{ in, want string }{
		{"DE", ""}, {"German", "Germany"}, {"de", ""}, {"IN", ""}, {"in", ""}, {"CA", ""}, {"NO", ""},
		{"US", "United States"}, {"us", "United States"}, // "US" is an alias
		// Australia's code is AU, but every "AU" of the corpus (155) is the
		// African Union ("AU Commission", "AU member states"), an alias of
		// it, as is "AUC" ("AUC Chairperson Moussa Faki").
		{"AU", "African Union"}, {"Australian", "Australia"}, {"AUC", "African Union"},
	}
	for _, tt := range tests {
		got := ""
		if c := g.Country(tt.in); c != nil {
			got = c.Name
		}
		if got != tt.want {
			t.Errorf("Country(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

// TestPrecomputedKeys checks that the words and keys Parse computes once
// for attribution's lookups are what Key gives, for every entry of the
// shipped file and for entries made without Parse (which compute them on
// the spot): a stale or misaligned copy would make "Maria" or "Secretary
// Austin" resolve differently from the names they stand for.
func TestPrecomputedKeys(t *testing.T) {
	fields := func(s string) []string { return strings.Fields(Key(s)) }
	check := func(t *testing.T, p *Person) {
		t.Helper()
		if got, want := strings.Join(p.NameWords(), " "), strings.Join(fields(p.Name), " "); got != want {
			t.Errorf("%q: NameWords = %q, want %q", p.Name, got, want)
		}
		aw := p.AliasWords()
		if len(aw) != len(p.Aliases) {
			t.Fatalf("%q: %d alias word lists for %d aliases", p.Name, len(aw), len(p.Aliases))
		}
		for i, a := range p.Aliases {
			if got, want := strings.Join(aw[i], " "), Key(a); got != want {
				t.Errorf("%q: AliasWords[%d] = %q, want %q", p.Name, i, got, want)
			}
		}
		nw := p.NamesWords()
		names := p.names()
		if len(nw) != len(names) {
			t.Fatalf("%q: %d name word lists for %d names", p.Name, len(nw), len(names))
		}
		for i, n := range names {
			if got, want := strings.Join(nw[i], " "), Key(n); got != want {
				t.Errorf("%q: NamesWords[%d] = %q, want %q", p.Name, i, got, want)
			}
		}
	}
	g := shipped(t)
	for _, p := range g.People {
		check(t, p)
	}
	for _, tt := range g.Titles {
		keys := tt.Keys()
		all := append([]string{tt.Title}, tt.Aliases...)
		if len(keys) != len(all) {
			t.Fatalf("title %q: %d keys for %d names", tt.Title, len(keys), len(all))
		}
		for i, s := range all {
			if keys[i] != Key(s) {
				t.Errorf("title %q: Keys[%d] = %q, want %q", tt.Title, i, keys[i], Key(s))
			}
		}
	}
	// Made by hand, as a test elsewhere might: computed on the spot.
	check(t, &Person{Name: "Tun Dr. Mahathir bin Mohamad", Aliases: []string{"Dr. M", "Mahathir"}, Misspellings: []string{"Mahatir"}})
	if got := (&Title{Title: "Secretary of State", Aliases: []string{"SecState"}}).Keys(); strings.Join(got, "|") != "secretary of state|secstate" {
		t.Errorf("hand-made Title.Keys = %q", got)
	}
}

func TestByKeyLookups(t *testing.T) {
	g := shipped(t)
	tests := []struct {
		text        string
		wantPerson  string
		wantCountry string
	}{
		{"Wang Yi", "Wang Yi", ""},
		{"Antony J. Blinken", "Antony Blinken", ""},
		{"U.S.", "", "United States"},
		{"Chinese", "", "China"},
		{"NO", "", ""}, // a code is no word of text
		{"no", "", ""},
	}
	for _, tt := range tests {
		var gotP, gotC string
		if p := g.PersonByKey(Key(tt.text)); p != nil {
			gotP = p.Name
		}
		if c := g.CountryByKey(Key(tt.text)); c != nil {
			gotC = c.Name
		}
		if gotP != tt.wantPerson || gotC != tt.wantCountry {
			t.Errorf("%q: PersonByKey %q, CountryByKey %q; want %q, %q", tt.text, gotP, gotC, tt.wantPerson, tt.wantCountry)
		}
		// The ByKey forms agree with the lookups that key the text.
		if c := g.Country(tt.text); (c == nil) != (gotC == "") || c != nil && c.Name != gotC {
			t.Errorf("%q: Country and CountryByKey disagree", tt.text)
		}
	}
}

// TestInstitutionStarts: attribution skips the institution look-ups at a
// word for which InstitutionStarts is false, so it must hold for the first
// word of every name and alias, and be false for a word that begins none.
func TestInstitutionStarts(t *testing.T) {
	g := shipped(t)
	for _, in := range g.Institutions {
		for _, s := range append([]string{in.Name}, in.Aliases...) {
			first, _, _ := strings.Cut(Key(s), " ")
			if !g.InstitutionStarts(first) {
				t.Errorf("%s: InstitutionStarts(%q) false", s, first)
			}
			if got := g.InstitutionByKey(Key(s)); got != in {
				t.Errorf("InstitutionByKey(%q) = %v, want %s", Key(s), got, in.Name)
			}
		}
	}
	for _, tt := range []struct {
		word string
		want bool
	}{
		{"office", true},
		{"white", true},
		{"state", true},
		{"minister", false},
		{"blinken", false},
		{"", false},
	} {
		if got := g.InstitutionStarts(tt.word); got != tt.want {
			t.Errorf("InstitutionStarts(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
}

// TestForeignMinistries: which bodies are foreign ministries the file says
// (kind: foreign ministry), and attribution asks only that. So that a
// ministry added with its name alone is not missed, a body whose name
// reads like one must say what it is.
func TestForeignMinistries(t *testing.T) {
	g := shipped(t)
	var got []string
	for _, in := range g.Institutions {
		if in.Kind == KindForeignMinistry {
			got = append(got, in.Country)
		}
		named := strings.Contains(in.Name, "Foreign") || strings.Contains(in.Name, "External Affairs") || strings.Contains(in.Name, "Department of State")
		if named && in.Kind != KindForeignMinistry {
			t.Errorf("institution %q: its name reads like a foreign ministry; give it kind: %s", in.Name, KindForeignMinistry)
		}
	}
	for _, c := range []string{"CN", "US", "RU", "GB", "FR", "DE", "JP", "IN", "UA"} {
		if !slices.Contains(got, c) {
			t.Errorf("no foreign ministry of %s among %v", c, got)
		}
	}
}

// TestFoldDecomposes: letters outside the fold table that decompose into
// a letter and marks fold to the letter, so a name written with or without
// its Vietnamese marks is one key.
func TestFoldDecomposes(t *testing.T) {
	tests := []struct{ a, b string }{
		{"Nguyễn Phú Trọng", "Nguyen Phu Trong"},
		{"Phạm Minh Chính", "Pham Minh Chinh"},
		{"Lê Thị Thu Hằng", "Le Thi Thu Hang"},
		{"Bùi Thanh Sơn", "Bui Thanh Son"},
	}
	for _, tt := range tests {
		if ka, kb := Key(tt.a), Key(tt.b); ka != kb {
			t.Errorf("Key(%q) = %q, Key(%q) = %q; want one key", tt.a, ka, tt.b, kb)
		}
	}
	for _, r := range []rune{'й', 'ё', '北', 'ı'} { // other scripts, and a table letter
		if got := fold(r); r != 'ı' && got != r {
			t.Errorf("fold(%q) = %q; want it kept", r, got)
		}
	}
}
