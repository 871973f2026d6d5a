package attribution

import "testing"

// TestTitleIssuer checks the issuer a statement's title gives (rule 4):
// the author it names, an office of another body as the title writes it,
// and the publishing office when the title names several authors.
func TestTitleIssuer(t *testing.T) {
	a := New(shipped(t))
	wh := "The White House"
	tests := []struct {
		name, date, title, speaker string
		want                       string
	}{
		{"the NSC's spokesperson, unnamed, is not the State Department's", "2022-07-29",
			"Statement by NSC Spokesperson on National Security Advisor Jake Sullivan’s Call with Foreign Minister Tomas Varga", "",
			"NSC Spokesperson"},
		{"a possessive after the author is whom the statement is about", "2022-09-22",
			"Statement by NSC Spokesperson Adrienne Watson of National Security Advisor Jake Sullivan’s Meeting with President Aleksandar Vucic of Serbia", "",
			"Adrienne Watson"},
		{"the President's meeting is not the Press Secretary's co-author", "2022-03-25",
			"Statement by Press Secretary Jen Psaki Announcing President Biden’s Meeting with President Tomas Varga", "",
			"Jen Psaki"},
		{"one author found of several is not the voice", "2021-05-25",
			"Joint Statement by the Secretary of State of the United States of America, the Foreign Secretary of the United Kingdom, and the Foreign Ministers of France, Germany, and Italy", "Office of the Spokesperson",
			"Office of the Spokesperson"},
		{"the State Department's spokesperson by name", "2021-05-25",
			"Statement by Spokesperson Ned Price on the Anniversary of the Accord", "",
			"Ned Price"},
		{"an office the gazetteer knows resolves by date", "2021-05-25",
			"Statement by Secretary of State on the Election in Ruritania", "",
			"Antony Blinken"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			meta := map[string]string{"title": tt.title, "source": wh, "publisher": wh}
			if tt.speaker != "" {
				meta["speaker"] = tt.speaker
			}
			d := doc(tt.date, meta, "The United States remains committed to the partnership.")
			a.AttributeSentences(d)
			if d.Issuer != tt.want {
				t.Errorf("issuer of %q = %q; want %q", tt.title, d.Issuer, tt.want)
			}
		})
	}
}

// TestDocumentCountry checks that a document's country is one name per
// state whichever way its header writes it, the ISO code preferred (issue
// 11: "Republic of Chile" and "Chile" were two facet values), and that
// inference from the issuer gives the same names.
func TestDocumentCountry(t *testing.T) {
	a := New(shipped(t))
	tests := []struct {
		name, country, iso3, speaker, want string
	}{
		{"formal name", "Republic of Chile", "CHL", "", "Chile"},
		{"formal name without a code", "Federal Democratic Republic of Nepal", "", "", "Nepal"},
		{"ISO-style name", "Bolivia, Plurinational State of", "BOL", "", "Bolivia"},
		{"the code over a name that is none", "Taoiseach of Ireland", "IRL", "", "Ireland"},
		{"the code alone", "", "PRT", "", "Portugal"},
		{"the Republic of the Congo is not the Democratic Republic", "Congo", "COG", "", "Republic of the Congo"},
		{"the Democratic Republic of the Congo", "Democratic Republic of Congo", "COD", "", "Democratic Republic of the Congo"},
		{"Niger is not Nigeria", "Republic of the Niger", "NER", "", "Niger"},
		{"an organisation", "European Union", "EU", "", "European Union"},
		{"no header: the issuer's country", "", "", "Antony Blinken", "United States"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			meta := map[string]string{"title": "Statement"}
			for k, v := range map[string]string{"country": tt.country, "country_iso3": tt.iso3, "speaker": tt.speaker} {
				if v != "" {
					meta[k] = v
				}
			}
			d := doc("2022-09-20", meta, "We remain committed to the partnership.")
			a.AttributeSentences(d)
			if d.Country != tt.want {
				t.Errorf("country of %q/%q = %q; want %q", tt.country, tt.iso3, d.Country, tt.want)
			}
		})
	}
}
