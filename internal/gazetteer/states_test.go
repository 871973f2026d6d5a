package gazetteer

import (
	"strings"
	"testing"
)

func TestCanonicalCountry(t *testing.T) {
	g := shipped(t)
	tests := []struct{ name, code, want string }{
		// Formal names of UN General Debate headers, with and without the
		// code, are the short name other years give.
		{"Republic of Chile", "", "Chile"},
		{"Republic of Chile", "CHL", "Chile"},
		{"Chile", "CHL", "Chile"},
		{"Federal Democratic Republic of Nepal", "", "Nepal"},
		{"Plurinational State of Bolivia", "BOL", "Bolivia"},
		{"Bolivia, Plurinational State of", "", "Bolivia"},
		{"Bolivia (Plurinational State of)", "", "Bolivia"},
		{"Republic of Trinidad and Tobago", "", "Trinidad and Tobago"},
		{"Iran, Islamic Republic of", "", "Iran"},
		{"Islamic Republic of Iran", "IRN", "Iran"},
		{"Russian Federation", "RUS", "Russia"},
		{"Republic of Côte d’Ivoire", "", "Côte d'Ivoire"},
		{"Cote d'Ivoire", "CIV", "Côte d'Ivoire"},
		{"United Kingdom of Great Britain and Northern Ireland", "", "United Kingdom"},
		{"United States of America", "USA", "United States"},
		{"People’s Republic of China", "CHN", "China"},
		{"Micronesia, Federated States of", "", "Micronesia"},
		{"Holy See (Vatican City State)", "", "Holy See"},
		{"Union of the Comoros", "", "Comoros"},
		{"Co-operative Republic of Guyana", "", "Guyana"},
		{"Tanzania, United Republic of", "", "Tanzania"},
		{"Macedonia, the former Yugoslav Republic of", "", "North Macedonia"},
		{"Swaziland", "", "Eswatini"},
		{"Cape Verde", "", "Cabo Verde"},
		{"Turkey", "", "Türkiye"},
		{"Republic of Turkey", "", "Türkiye"},
		// The code wins over a header's name that is no name of a state.
		{"Taoiseach of Ireland", "IRL", "Ireland"},
		{"Republic of Co", "COL", "Colombia"},
		{"", "PRT", "Portugal"},
		// States the file does not list, and the file's own codes.
		{"", "NPL", "Nepal"},
		{"", "US", "United States"},
		{"", "GTM", "Guatemala"},
		// Organisations keep the file's name; unknown names stay as written.
		{"European Union", "EU", "European Union"},
		{"UN", "", "United Nations"},
		{" Atlantis ", "", "Atlantis"},
		{"", "XYZ", "XYZ"},
		{"", "", ""},
		// Pairs that must never merge.
		{"Congo", "", "Republic of the Congo"},
		{"Republic of the Congo", "", "Republic of the Congo"},
		{"Congo", "COG", "Republic of the Congo"},
		{"Democratic Republic of Congo", "", "Democratic Republic of the Congo"},
		{"Democratic Republic of the Congo", "COD", "Democratic Republic of the Congo"},
		{"Congo, the Democratic Republic of the", "", "Democratic Republic of the Congo"},
		{"Niger", "", "Niger"},
		{"Republic of the Niger", "NER", "Niger"},
		{"Nigeria", "", "Nigeria"},
		{"Federal Republic of Nigeria", "NGA", "Nigeria"},
		{"Guinea", "", "Guinea"},
		{"Republic of Guinea", "GIN", "Guinea"},
		{"Guinea-Bissau", "", "Guinea-Bissau"},
		{"Republic of Guinea-Bissau", "GNB", "Guinea-Bissau"},
		{"Republic of Equatorial Guinea", "GNQ", "Equatorial Guinea"},
		{"Independent State of Papua New Guinea", "", "Papua New Guinea"},
		{"Republic of the Sudan", "SDN", "Sudan"},
		{"Republic of South Sudan", "SSD", "South Sudan"},
		{"Republic of Korea", "", "South Korea"},
		{"Korea, Republic of", "KOR", "South Korea"},
		{"Democratic People's Republic of Korea", "", "North Korea"},
		{"Korea, Democratic People's Republic of", "PRK", "North Korea"},
		{"Korea", "", "Korea"}, // either: not guessed
		{"people of Chile", "", "people of Chile"},
		{"Commonwealth of Dominica", "DMA", "Dominica"},
		{"Dominica", "", "Dominica"},
		{"Dominican Republic", "DOM", "Dominican Republic"},
		{"Republic of China", "", "Taiwan"},
		{"Austria", "", "Austria"},
		{"Australia", "AUS", "Australia"},
	}
	for _, tt := range tests {
		t.Run(tt.name+"|"+tt.code, func(t *testing.T) {
			if got := g.CanonicalCountry(tt.name, tt.code); got != tt.want {
				t.Errorf("CanonicalCountry(%q, %q) = %q, want %q", tt.name, tt.code, got, tt.want)
			}
		})
	}
}

// TestStatesAgreeWithFile checks that the table and the file's countries
// section are one list: a state's names and codes lead to the same state
// whichever is asked, and no name of the table is two states'.
func TestStatesAgreeWithFile(t *testing.T) {
	g := shipped(t)
	keys := map[string]string{}
	for _, s := range states {
		want := g.CanonicalCountry("", s.iso3)
		for _, n := range append([]string{s.name}, s.names...) {
			if other, ok := keys[Key(n)]; ok && other != s.iso3 {
				t.Errorf("%q is a name of %s and %s", n, other, s.iso3)
			}
			keys[Key(n)] = s.iso3
			if got := g.CanonicalCountry(n, ""); got != want {
				t.Errorf("%s: name %q is %q, its code %q", s.iso3, n, got, want)
			}
		}
	}
	for _, c := range g.Countries {
		s := stateByIso2[c.Code]
		if s == nil {
			continue // an organisation
		}
		for _, n := range append([]string{c.Name}, c.Aliases...) {
			if o := stateByKey[Key(n)]; o != nil && o != s {
				t.Errorf("file's %s calls %q what the table calls %s", c.Code, n, o.iso3)
			}
		}
		if got := g.CanonicalCountry("", s.iso3); got != c.Name {
			t.Errorf("%s: %q, want the file's %q", s.iso3, got, c.Name)
		}
	}
}

// TestKnownCountry: a state in any form of its name or by its code is
// known, so that a search can say no document has it; a misspelling or a
// name of no state is not, and comes back as written.
func TestKnownCountry(t *testing.T) {
	g := shipped(t)
	tests := []struct {
		name, code string
		want       string
		known      bool
	}{
		{"Chile", "", "Chile", true},
		{"Republic of Chile", "", "Chile", true},
		{"CHL", "CHL", "Chile", true}, // a filter value is tried as a code too
		{"Russian Federation", "", "Russia", true},
		{"", "RUS", "Russia", true},
		{"Germny", "", "Germny", false},
		{"Germny", "Germny", "Germny", false},
		{" Atlantis ", "", "Atlantis", false},
		{"", "XYZ", "XYZ", false},
		{"", "", "", false},
	}
	for _, tt := range tests {
		got, known := g.KnownCountry(tt.name, tt.code)
		if got != tt.want || known != tt.known {
			t.Errorf("KnownCountry(%q, %q) = %q, %v; want %q, %v", tt.name, tt.code, got, known, tt.want, tt.known)
		}
		if c := g.CanonicalCountry(tt.name, tt.code); c != got {
			t.Errorf("CanonicalCountry(%q, %q) = %q, KnownCountry %q", tt.name, tt.code, c, got)
		}
	}
}

// TestNameFormsKeepDistinguishingForms: "Democratic Republic of the Congo"
// is never looked up as "Congo" (the Republic of the Congo), nor "Democratic
// People's Republic of Korea" as "Korea".
func TestNameFormsKeepDistinguishingForms(t *testing.T) {
	for _, name := range []string{"Democratic Republic of the Congo", "Democratic People's Republic of Korea", "People's Republic of China"} {
		for _, n := range nameForms(name) {
			if sharedNames[Key(n)] {
				t.Errorf("nameForms(%q) has %q", name, n)
			}
		}
	}
}

// FuzzCanonicalCountry checks the one name per state as a property: a
// name it gives is its own one name (the facet never splits a state
// through a second look-up), and a header with a name or code never
// comes back empty.
func FuzzCanonicalCountry(f *testing.F) {
	for _, s := range []string{"Republic of Chile", "Korea, Republic of", "Bolivia (Plurinational State of)", "Congo, the Democratic Republic of the", "the Gambia", "Taoiseach of Ireland", " of ", "(", ", "} {
		f.Add(s, "")
		f.Add(s, "CHL")
	}
	g, err := Load("../../gazetteer.yaml")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, name, code string) {
		got := g.CanonicalCountry(name, code)
		if got == "" && (strings.TrimSpace(name) != "" || strings.TrimSpace(code) != "") {
			t.Fatalf("CanonicalCountry(%q, %q) is empty", name, code)
		}
		if again := g.CanonicalCountry(got, ""); again != got {
			t.Fatalf("CanonicalCountry(%q, %q) = %q, whose own name is %q", name, code, got, again)
		}
	})
}
