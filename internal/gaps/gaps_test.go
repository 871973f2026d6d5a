package gaps

import (
	"testing"
	"time"

	"github.com/readouts/readouts/internal/gazetteer"
)

// A small gazetteer, so that the cases say what they rely on.
const testGazetteer = `
countries:
  - {code: US, name: United States, aliases: [U.S., American]}
  - {code: SE, name: Sweden, aliases: [Swedish]}
  - {code: JP, name: Japan, aliases: [Japanese]}
  - {code: KE, name: Kenya, aliases: [Kenyan]}
  - {code: UN, name: United Nations, kind: organisation, aliases: [UN]}
  - {code: EG, name: Egypt, aliases: [Egyptian]}
  - {code: SA, name: Saudi Arabia, aliases: [Saudi]}
  - {code: BH, name: Bahrain, aliases: [Bahraini]}
  - {code: EU, name: European Union, kind: organisation, aliases: [EU]}
titles:
  - {title: President, kind: leader}
  - {title: Prime Minister, kind: leader}
  - {title: King, kind: leader}
  - {title: Secretary of State, aliases: [Secretary], kind: foreign minister}
  - {title: Foreign Minister, aliases: [Minister for Foreign Affairs], kind: foreign minister}
  - {title: Secretary-General, aliases: [Secretary General], kind: leader}
  - {title: Secretary of Defense, kind: defense minister}
  - {title: President of the European Commission, kind: leader}
people:
  - name: Antony Blinken
    country: US
    offices: [{title: Secretary of State, country: US, from: 2021-01-26, to: 2025-01-20}]
  - name: Lloyd Austin
    country: US
    offices: [{title: Secretary of Defense, country: US, from: 2021-01-22, to: 2025-01-20}]
  - name: Ann Linde
    country: SE
    offices: [{title: Foreign Minister, country: SE, from: 2019-09-10, to: 2022-10-18}]
  - name: Kishida Fumio
    aliases: [Fumio Kishida]
    country: JP
    offices:
      - {title: Foreign Minister, country: JP, from: 2012-12-26, to: 2017-08-03}
      - {title: Prime Minister, country: JP, from: 2021-10-04, to: 2024-10-01}
  - name: Abdel Fattah al-Sisi
    country: EG
    offices: [{title: President, country: EG, from: 2014-06-08}]
  - name: Ursula von der Leyen
    country: EU
    offices: [{title: President of the European Commission, country: EU, from: 2019-12-01}]
  - name: Salman bin Abdulaziz
    country: SA
    offices: [{title: King, country: SA, from: 2015-01-23}]
  - name: Salman bin Hamad
    country: BH
    offices: [{title: Prime Minister, country: BH, from: 2020-11-11}]
  - name: António Guterres
    country: UN
    offices: [{title: Secretary-General, country: UN, from: 2017-01-01}]
`

func TestScan(t *testing.T) {
	g, err := gazetteer.Parse([]byte(testGazetteer))
	if err != nil {
		t.Fatal(err)
	}
	day := func(s string) time.Time {
		d, err := time.Parse(time.DateOnly, s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	type want struct {
		title, country, name, person string
		gap                          Gap
	}
	tests := []struct {
		name string
		text string
		date string
		home string
		want []want
	}{
		{"known name and office", "Secretary Blinken met with Swedish Foreign Minister Ann Linde.", "2021-06-01", "US", []want{
			{"Secretary of State", "US", "Blinken", "Antony Blinken", ""},
			{"Foreign Minister", "SE", "Ann Linde", "Ann Linde", ""},
		}},
		{"title alone with a country, holder known", "The Swedish foreign minister welcomed the plan.", "2021-06-01", "US", []want{
			{"Foreign Minister", "SE", "", "Ann Linde", ""},
		}},
		{"title alone with a country, no holder on the date", "The Swedish foreign minister welcomed the plan.", "2023-06-01", "US", []want{
			{"Foreign Minister", "SE", "", "", NoHolder},
		}},
		{"unknown person", "President Ruto of Kenya thanked the Secretary.", "2023-06-01", "US", []want{
			{"President", "KE", "Ruto", "", UnknownPerson},
			{"Secretary of State", "US", "", "Antony Blinken", ""},
		}},
		{"a past holder named by the title resolves", "Prime Minister Kishida spoke.", "2025-03-01", "US", []want{
			{"Prime Minister", "JP", "Kishida", "Kishida Fumio", ""},
		}},
		{"known person who never held the office", "Prime Minister Linde spoke.", "2021-03-01", "US", []want{
			{"Prime Minister", "SE", "Linde", "", NoOffice},
		}},
		{"a shared word is not the person", "Foreign Minister Fumio Tanaka spoke.", "2021-03-01", "US", []want{
			{"Foreign Minister", "", "Fumio Tanaka", "", UnknownPerson},
		}},
		{"address is no reference; a broken hyphen is mended", "Mr. President, we thank the Secretary- General.", "2021-03-01", "", []want{
			{"Secretary-General", "UN", "", "António Guterres", ""},
		}},
		{"family name first, and of Country before the name", "The Prime Minister of Japan Kishida Fumio spoke.", "2022-03-01", "US", []want{
			{"Prime Minister", "JP", "Kishida Fumio", "Kishida Fumio", ""},
		}},
		{"a title alone takes the document's named holder of its kind", "Foreign Minister Ann Linde arrived. The Foreign Minister said so.", "2021-06-01", "US", []want{
			{"Foreign Minister", "SE", "Ann Linde", "Ann Linde", ""},
			{"Foreign Minister", "", "", "Ann Linde", ""},
		}},
		{"the Secretary-General defaults to the UN", "The Secretary-General spoke.", "2021-06-01", "US", []want{
			{"Secretary-General", "UN", "", "António Guterres", ""},
		}},
		{"a possessive title, a possessive country", "The Secretary General’s plan and Japan’s Prime Minister.", "2022-06-01", "", []want{
			{"Secretary-General", "UN", "", "António Guterres", ""},
			{"Prime Minister", "JP", "", "Kishida Fumio", ""},
		}},
		{"the title itself before its kind", "King Salman spoke.", "2021-06-01", "US", []want{
			{"King", "SA", "Salman", "Salman bin Abdulaziz", ""},
		}},
		{"a hyphenated surname", "President Al-Sisi spoke.", "2021-06-01", "US", []want{
			{"President", "EG", "Al-Sisi", "Abdel Fattah al-Sisi", ""},
		}},
		{"a title alone with one holder anywhere", "The President of the European Commission spoke.", "2021-06-01", "US", []want{
			{"President of the European Commission", "EU", "", "Ursula von der Leyen", ""},
		}},
		{"a bare Secretary is any cabinet office", "Secretary Austin spoke.", "2021-06-01", "US", []want{
			{"Secretary of State", "US", "Austin", "Lloyd Austin", ""},
		}},
		{"modified and lower-case titles are not counted", "Deputy Foreign Minister Lee and a foreign minister met; the president of the club spoke.", "2021-06-01", "US", nil},
	}
	s := New(g)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := day(tc.date)
			got := s.Scan(Doc{Paragraphs: []string{tc.text}, From: d, To: d, Home: tc.home})
			if len(got) != len(tc.want) {
				t.Fatalf("got %d refs %+v, want %d", len(got), got, len(tc.want))
			}
			for i, w := range tc.want {
				r := got[i]
				if r.Title != w.title || r.Country != w.country || r.Name != w.name || r.Person != w.person || r.Gap != w.gap {
					t.Errorf("ref %d = {%q %q %q %q %q}, want %+v", i, r.Title, r.Country, r.Name, r.Person, r.Gap, w)
				}
			}
		})
	}
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Antony J. Blinken met the U.S. team.", []string{"Antony", "J.", "Blinken", "met", "the", "U.S.", "team", "."}},
		{"Kishida’s visit, Secretary-General", []string{"Kishida", "’s", "visit", ",", "Secretary-General"}},
	}
	for _, tc := range tests {
		var got []string
		for _, w := range tokenize(tc.in) {
			got = append(got, w.text)
		}
		if len(got) != len(tc.want) {
			t.Fatalf("tokenize(%q) = %q, want %q", tc.in, got, tc.want)
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("tokenize(%q) = %q, want %q", tc.in, got, tc.want)
				break
			}
		}
	}
}

// TestTitleAtEveryLength checks titleAt, which stops at the first word no
// title goes on with, against trying every length at every word, as the
// scanner did before (and as gazetteer.Title defines a title), with the
// shipped gazetteer: the two must find the same title of the same length
// everywhere, punctuation, possessives and initials included.
func TestTitleAtEveryLength(t *testing.T) {
	g, err := gazetteer.Load("../../gazetteer.yaml")
	if err != nil {
		t.Fatal(err)
	}
	s := New(g)
	everyLength := func(ws []word, i int) (*gazetteer.Title, int) {
		for n := min(s.maxTitle, len(ws)-i); n > 0; n-- {
			if ws[i+n-1].punct && ws[i+n-1].text != "-" {
				continue
			}
			if t := g.Title(joinWords(ws[i : i+n])); t != nil {
				return t, n
			}
		}
		return nil, 0
	}
	texts := []string{
		"Secretary Blinken met with Swedish Foreign Minister Ann Linde and the U.S. Secretary of State's deputy.",
		"The Secretary-General and the Secretary General’s envoy met the President of the General Assembly.",
		"Minister for Foreign Affairs - Trade, Minister of Foreign Affairs, Minister for Foreign Affairs.",
		"the President of the European Commission, President of the - European Council; Prime Minister-designate",
		"National Security Advisor Sullivan; the Vice President; High Representative for Foreign Affairs and Security Policy Borrell",
		"Secretary of Defense, Defence Secretary, Secretary of State for Defence: Minister’s, 'Premier' (Premier) ... President. President",
	}
	found := 0
	for _, text := range texts {
		ws := tokenize(text)
		keys := make([]string, len(ws))
		for i, w := range ws {
			keys[i] = gazetteer.Key(w.text)
		}
		for i := range ws {
			got, gotN := s.titleAt(ws, keys, i)
			want, wantN := everyLength(ws, i)
			if got != want || gotN != wantN {
				t.Errorf("%q at word %d (%q): titleAt = %v, %d; every length = %v, %d", text, i, ws[i].text, got, gotN, want, wantN)
			}
			if got != nil {
				found++
			}
		}
	}
	if found < 20 {
		t.Errorf("only %d titles found in the texts: the cases no longer test titles", found)
	}
}
