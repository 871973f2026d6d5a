package gazetteer

import (
	"strings"
)

// The country facet shows one name per state. UN General Debate headers
// write a state's formal name ("Republic of Chile", "Plurinational State of
// Bolivia", "Korea, Republic of") where other years and sources write
// "Chile", so the document's country is looked up here, by ISO code first.
//
// The convention: the name the file's countries section gives the state
// (United States, China, Russia, South Korea, Türkiye, Côte d'Ivoire,
// Democratic Republic of the Congo, Republic of the Congo); for a state it
// does not list, the UN's short name, in its common English form where the
// UN's is formal or inverted (Bolivia, Micronesia, not "Bolivia
// (Plurinational State of)"). Organisations (United Nations, European
// Union) keep the file's name.

// state is one ISO 3166-1 entry (and the few the UN General Debate Corpus
// codes without one: Kosovo, the dissolved federations). names are other
// names records give it that the generic forms in stateName do not derive.
type state struct {
	iso3, iso2, name string
	names            []string
}

var states = []state{
	{"AFG", "AF", "Afghanistan", nil},
	{"ALB", "AL", "Albania", nil},
	{"DZA", "DZ", "Algeria", nil},
	{"AND", "AD", "Andorra", nil},
	{"AGO", "AO", "Angola", nil},
	{"ATG", "AG", "Antigua and Barbuda", nil},
	{"ARG", "AR", "Argentina", []string{"Argentine Republic"}},
	{"ARM", "AM", "Armenia", nil},
	{"AUS", "AU", "Australia", nil},
	{"AUT", "AT", "Austria", nil},
	{"AZE", "AZ", "Azerbaijan", nil},
	{"BHS", "BS", "Bahamas", nil},
	{"BHR", "BH", "Bahrain", nil},
	{"BGD", "BD", "Bangladesh", nil},
	{"BRB", "BB", "Barbados", nil},
	{"BLR", "BY", "Belarus", nil},
	{"BEL", "BE", "Belgium", nil},
	{"BLZ", "BZ", "Belize", nil},
	{"BEN", "BJ", "Benin", nil},
	{"BTN", "BT", "Bhutan", nil},
	{"BOL", "BO", "Bolivia", nil},
	{"BIH", "BA", "Bosnia and Herzegovina", nil},
	{"BWA", "BW", "Botswana", nil},
	{"BRA", "BR", "Brazil", nil},
	{"BRN", "BN", "Brunei", []string{"Brunei Darussalam"}},
	{"BGR", "BG", "Bulgaria", nil},
	{"BFA", "BF", "Burkina Faso", nil},
	{"BDI", "BI", "Burundi", nil},
	{"CPV", "CV", "Cabo Verde", []string{"Cape Verde"}},
	{"KHM", "KH", "Cambodia", nil},
	{"CMR", "CM", "Cameroon", nil},
	{"CAN", "CA", "Canada", nil},
	{"CAF", "CF", "Central African Republic", nil},
	{"TCD", "TD", "Chad", nil},
	{"CHL", "CL", "Chile", nil},
	{"CHN", "CN", "China", []string{"People's Republic of China"}},
	{"COL", "CO", "Colombia", nil},
	{"COM", "KM", "Comoros", nil},
	// "Congo" alone is the UN's short name of the Republic of the Congo;
	// the Democratic Republic is never written so.
	{"COG", "CG", "Republic of the Congo", []string{"Congo", "Republic of Congo", "Congo-Brazzaville"}},
	{"COD", "CD", "Democratic Republic of the Congo", []string{"Democratic Republic of Congo", "DR Congo", "DRC", "Congo-Kinshasa"}},
	{"CRI", "CR", "Costa Rica", nil},
	{"CIV", "CI", "Côte d'Ivoire", []string{"Ivory Coast"}},
	{"HRV", "HR", "Croatia", nil},
	{"CUB", "CU", "Cuba", nil},
	{"CYP", "CY", "Cyprus", nil},
	{"CZE", "CZ", "Czech Republic", []string{"Czechia"}},
	{"DNK", "DK", "Denmark", nil},
	{"DJI", "DJ", "Djibouti", nil},
	{"DMA", "DM", "Dominica", nil},
	{"DOM", "DO", "Dominican Republic", nil},
	{"ECU", "EC", "Ecuador", nil},
	{"EGY", "EG", "Egypt", nil},
	{"SLV", "SV", "El Salvador", nil},
	{"GNQ", "GQ", "Equatorial Guinea", nil},
	{"ERI", "ER", "Eritrea", nil},
	{"EST", "EE", "Estonia", nil},
	{"SWZ", "SZ", "Eswatini", []string{"Swaziland"}},
	{"ETH", "ET", "Ethiopia", nil},
	{"FJI", "FJ", "Fiji", nil},
	{"FIN", "FI", "Finland", nil},
	{"FRA", "FR", "France", []string{"French Republic"}},
	{"GAB", "GA", "Gabon", []string{"Gabonese Republic"}},
	{"GMB", "GM", "Gambia", []string{"The Gambia"}},
	{"GEO", "GE", "Georgia", nil},
	{"DEU", "DE", "Germany", nil},
	{"GHA", "GH", "Ghana", nil},
	{"GRC", "GR", "Greece", []string{"Hellenic Republic"}},
	{"GRD", "GD", "Grenada", nil},
	{"GTM", "GT", "Guatemala", nil},
	{"GIN", "GN", "Guinea", nil},
	{"GNB", "GW", "Guinea-Bissau", nil},
	{"GUY", "GY", "Guyana", nil},
	{"HTI", "HT", "Haiti", nil},
	{"HND", "HN", "Honduras", nil},
	{"HUN", "HU", "Hungary", nil},
	{"ISL", "IS", "Iceland", nil},
	{"IND", "IN", "India", nil},
	{"IDN", "ID", "Indonesia", nil},
	{"IRN", "IR", "Iran", nil},
	{"IRQ", "IQ", "Iraq", nil},
	{"IRL", "IE", "Ireland", nil},
	{"ISR", "IL", "Israel", nil},
	{"ITA", "IT", "Italy", []string{"Italian Republic"}},
	{"JAM", "JM", "Jamaica", nil},
	{"JPN", "JP", "Japan", nil},
	{"JOR", "JO", "Jordan", nil},
	{"KAZ", "KZ", "Kazakhstan", nil},
	{"KEN", "KE", "Kenya", nil},
	{"KIR", "KI", "Kiribati", nil},
	{"KWT", "KW", "Kuwait", nil},
	{"KGZ", "KG", "Kyrgyzstan", []string{"Kyrgyz Republic"}},
	{"LAO", "LA", "Laos", []string{"Lao People's Democratic Republic"}},
	{"LVA", "LV", "Latvia", nil},
	{"LBN", "LB", "Lebanon", []string{"Lebanese Republic"}},
	{"LSO", "LS", "Lesotho", nil},
	{"LBR", "LR", "Liberia", nil},
	{"LBY", "LY", "Libya", nil},
	{"LIE", "LI", "Liechtenstein", nil},
	{"LTU", "LT", "Lithuania", nil},
	{"LUX", "LU", "Luxembourg", nil},
	{"MDG", "MG", "Madagascar", nil},
	{"MWI", "MW", "Malawi", nil},
	{"MYS", "MY", "Malaysia", nil},
	{"MDV", "MV", "Maldives", nil},
	{"MLI", "ML", "Mali", nil},
	{"MLT", "MT", "Malta", nil},
	{"MHL", "MH", "Marshall Islands", nil},
	{"MRT", "MR", "Mauritania", nil},
	{"MUS", "MU", "Mauritius", nil},
	{"MEX", "MX", "Mexico", []string{"United Mexican States"}},
	{"FSM", "FM", "Micronesia", nil},
	{"MDA", "MD", "Moldova", nil},
	{"MCO", "MC", "Monaco", nil},
	{"MNG", "MN", "Mongolia", nil},
	{"MNE", "ME", "Montenegro", nil},
	{"MAR", "MA", "Morocco", nil},
	{"MOZ", "MZ", "Mozambique", nil},
	{"MMR", "MM", "Myanmar", []string{"Burma"}},
	{"NAM", "NA", "Namibia", nil},
	{"NRU", "NR", "Nauru", nil},
	{"NPL", "NP", "Nepal", nil},
	{"NLD", "NL", "Netherlands", nil},
	{"NZL", "NZ", "New Zealand", nil},
	{"NIC", "NI", "Nicaragua", nil},
	{"NER", "NE", "Niger", nil},
	{"NGA", "NG", "Nigeria", nil},
	{"PRK", "KP", "North Korea", []string{"Democratic People's Republic of Korea", "DPRK"}},
	{"MKD", "MK", "North Macedonia", []string{"Macedonia", "former Yugoslav Republic of Macedonia"}},
	{"NOR", "NO", "Norway", nil},
	{"OMN", "OM", "Oman", nil},
	{"PAK", "PK", "Pakistan", nil},
	{"PLW", "PW", "Palau", nil},
	{"PAN", "PA", "Panama", nil},
	{"PNG", "PG", "Papua New Guinea", nil},
	{"PRY", "PY", "Paraguay", nil},
	{"PER", "PE", "Peru", nil},
	{"PHL", "PH", "Philippines", nil},
	{"POL", "PL", "Poland", nil},
	{"PRT", "PT", "Portugal", []string{"Portuguese Republic"}},
	{"QAT", "QA", "Qatar", nil},
	{"ROU", "RO", "Romania", nil},
	{"RUS", "RU", "Russia", []string{"Russian Federation"}},
	{"RWA", "RW", "Rwanda", nil},
	{"KNA", "KN", "Saint Kitts and Nevis", nil},
	{"LCA", "LC", "Saint Lucia", nil},
	{"VCT", "VC", "Saint Vincent and the Grenadines", nil},
	{"WSM", "WS", "Samoa", nil},
	{"SMR", "SM", "San Marino", nil},
	{"STP", "ST", "São Tomé and Príncipe", nil},
	{"SAU", "SA", "Saudi Arabia", nil},
	{"SEN", "SN", "Senegal", nil},
	{"SRB", "RS", "Serbia", nil},
	{"SYC", "SC", "Seychelles", nil},
	{"SLE", "SL", "Sierra Leone", nil},
	{"SGP", "SG", "Singapore", nil},
	{"SVK", "SK", "Slovakia", []string{"Slovak Republic"}},
	{"SVN", "SI", "Slovenia", nil},
	{"SLB", "SB", "Solomon Islands", nil},
	{"SOM", "SO", "Somalia", nil},
	{"ZAF", "ZA", "South Africa", nil},
	{"KOR", "KR", "South Korea", []string{"Republic of Korea"}},
	{"SSD", "SS", "South Sudan", nil},
	{"ESP", "ES", "Spain", nil},
	{"LKA", "LK", "Sri Lanka", nil},
	{"SDN", "SD", "Sudan", nil},
	{"SUR", "SR", "Suriname", nil},
	{"SWE", "SE", "Sweden", nil},
	{"CHE", "CH", "Switzerland", []string{"Swiss Confederation"}},
	{"SYR", "SY", "Syria", []string{"Syrian Arab Republic"}},
	{"TJK", "TJ", "Tajikistan", nil},
	{"TZA", "TZ", "Tanzania", nil},
	{"THA", "TH", "Thailand", nil},
	{"TLS", "TL", "Timor-Leste", []string{"East Timor"}},
	{"TGO", "TG", "Togo", nil},
	{"TON", "TO", "Tonga", nil},
	{"TTO", "TT", "Trinidad and Tobago", nil},
	{"TUN", "TN", "Tunisia", nil},
	{"TUR", "TR", "Türkiye", []string{"Turkey"}},
	{"TKM", "TM", "Turkmenistan", nil},
	{"TUV", "TV", "Tuvalu", nil},
	{"UGA", "UG", "Uganda", nil},
	{"UKR", "UA", "Ukraine", nil},
	{"ARE", "AE", "United Arab Emirates", nil},
	{"GBR", "GB", "United Kingdom", []string{"United Kingdom of Great Britain and Northern Ireland"}},
	{"USA", "US", "United States", []string{"United States of America"}},
	{"URY", "UY", "Uruguay", []string{"Eastern Republic of Uruguay"}},
	{"UZB", "UZ", "Uzbekistan", nil},
	{"VUT", "VU", "Vanuatu", nil},
	{"VEN", "VE", "Venezuela", nil},
	{"VNM", "VN", "Vietnam", []string{"Viet Nam"}},
	{"YEM", "YE", "Yemen", nil},
	{"ZMB", "ZM", "Zambia", nil},
	{"ZWE", "ZW", "Zimbabwe", nil},
	// Observers and territories the corpus and the file name.
	{"VAT", "VA", "Holy See", []string{"Vatican City State"}},
	{"PSE", "PS", "Palestine", nil},
	{"TWN", "TW", "Taiwan", []string{"Republic of China"}},
	{"XKX", "XK", "Kosovo", nil},
	{"HKG", "HK", "Hong Kong", nil},
	{"MAC", "MO", "Macao", nil},
	{"GRL", "GL", "Greenland", nil},
	// Dissolved states, by their own names. The UN General Debate Corpus
	// codes the Soviet delegations of 1946 by their successors (RUS, BLR,
	// UKR), which held on to their UN seats; its code wins (CanonicalCountry).
	{"CSK", "CS", "Czechoslovakia", nil},
	{"YUG", "YU", "Yugoslavia", nil},
	{"SUN", "SU", "Soviet Union", []string{"Union of Soviet Socialist Republics", "USSR"}},
}

// stateForms are the words of a formal name before "of" that only say
// what kind of state it is: "Republic of Chile", "Federal Democratic
// Republic of Nepal", "Plurinational State of Bolivia".
var stateForms = setOf(`republic kingdom state states commonwealth federal federative federated democratic islamic arab
hashemite sultanate principality grand duchy plurinational bolivarian socialist people peoples united independent
oriental cooperative co operative union`)

// stateKinds are the forms a formal name's part before "of" ends in.
var stateKinds = setOf(`republic kingdom state states commonwealth sultanate principality duchy union`)

// sharedNames are what remains of two states' formal names without their
// forms ("Republic of Korea", "Democratic People's Republic of Korea"):
// there the forms are what tells the states apart, so they are never
// dropped.
var sharedNames = setOf(`korea congo china`)

func setOf(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

var (
	stateByKey  = map[string]*state{} // Key of a name
	stateByCode = map[string]*state{} // ISO 3166-1 alpha-3, as written
	stateByIso2 = map[string]*state{} // ISO 3166-1 alpha-2, the file's codes of states
)

func init() {
	for i := range states {
		s := &states[i]
		stateByCode[s.iso3] = s
		stateByIso2[s.iso2] = s
		for _, n := range append([]string{s.name}, s.names...) {
			stateByKey[Key(n)] = s
		}
	}
}

// CanonicalCountry is the one name of the state or organisation that a
// document's header gives by name (short, formal or ISO-style: "Chile",
// "Republic of Chile", "Bolivia, Plurinational State of") and by code (ISO
// 3166-1 alpha-3 "CHL", or a code of the file: "US", "EU"), the code
// preferred: it is what the UN General Debate Corpus checks, its names are
// as the records spell them ("Taoiseach of Ireland", "Republic of Co").
// Organisations take the file's name ("UN" → "United Nations"). What
// neither the states nor the file know comes back as written, trimmed.
func (g *Gazetteer) CanonicalCountry(name, code string) string {
	c, _ := g.KnownCountry(name, code)
	return c
}

// KnownCountry is CanonicalCountry and whether the states or the file know
// the name or code: a search can then tell a state no document has
// ("Chile") from a name that is no state ("Germny", "Atlantis").
func (g *Gazetteer) KnownCountry(name, code string) (string, bool) {
	name, code = strings.TrimSpace(name), strings.TrimSpace(code)
	if s := stateByCode[code]; s != nil {
		return g.stateName(s), true
	}
	if c := g.countryCode[code]; c != nil {
		return c.Name, true // the file's name: a state's alpha-2 code, or an organisation's
	}
	if name == "" {
		return code, false
	}
	for _, n := range nameForms(name) {
		if c, ok := g.countryNamed(n); ok {
			return c, true
		}
	}
	return name, false
}

// countryNamed is the one name of the state or organisation that name is
// written as, exactly (up to Key: case, accents, punctuation): a name of
// the states table ("Cape Verde" → "Cabo Verde") or of the file ("Chinese"
// → "China"); no formal form is dropped ("The Chinese" is no name). Not
// exported: text mentions go through CountryName, which knows the file's
// countries only, so a header's name alone reads the table.
func (g *Gazetteer) countryNamed(name string) (string, bool) {
	if s := stateByKey[Key(name)]; s != nil {
		return g.stateName(s), true
	}
	if c := g.Country(name); c != nil {
		return c.Name, true
	}
	return "", false
}

// stateName is the file's name of s when the file lists it (by its alpha-2
// code, the only one the file writes for a state), else the table's.
func (g *Gazetteer) stateName(s *state) string {
	if c := g.countryCode[s.iso2]; c != nil {
		return c.Name
	}
	return s.name
}

// nameForms are the ways to look up a state's name, most literal first:
// as written; without a parenthesis ("Bolivia (Plurinational State of)");
// an ISO-style inversion turned round ("Korea, Republic of" → "Republic of
// Korea"); without a leading "the"; and without the forms before "of"
// ("Federal Democratic Republic of Nepal" → "Nepal") unless they are what
// tells two states apart (sharedNames).
func nameForms(name string) []string {
	n := name
	if i := strings.Index(n, " ("); i > 0 && strings.HasSuffix(n, ")") {
		n = n[:i]
	}
	if head, tail, ok := strings.Cut(n, ", "); ok && !strings.Contains(tail, ",") {
		n = tail + " " + head
	}
	n = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(n, "the "), "The "))
	out := []string{name, n}
	if i := strings.Index(n, " of "); i > 0 {
		rest := strings.TrimPrefix(n[i+len(" of "):], "the ")
		if stateFormsOnly(n[:i]) && !sharedNames[Key(rest)] {
			out = append(out, rest)
		}
	}
	return out
}

// stateFormsOnly reports whether words, the part of a formal name before
// "of", only say what kind of state it is ("Federal Democratic Republic"),
// ending in the kind itself: "the people of Chile" is no formal name.
func stateFormsOnly(words string) bool {
	ws := strings.Fields(Key(words))
	for _, w := range ws {
		if !stateForms[w] {
			return false
		}
	}
	return len(ws) > 0 && stateKinds[ws[len(ws)-1]]
}
