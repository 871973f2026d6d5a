package attribution

import "testing"

// TestOpeningPhrase checks the one reading of a sentence's opening phrase
// (opening.go): the word its subject starts with, or "" for none.
func TestOpeningPhrase(t *testing.T) {
	tests := []struct{ sentence, subject string }{
		// Prepositions and opening adverbs.
		{"During the call, the leaders discussed the war.", "the"},
		{"On Monday, Secretary Blinken met Foreign Minister Wang.", "Secretary"},
		{"In their meeting on the margins of the G20 Summit in Rio de Janeiro, the two leaders agreed.", "the"},
		{"To this end, the United States will continue its support.", "the"},
		{"Today, the United States is designating two entities.", "the"},
		{"Additionally, the President raised human rights.", "the"},
		{"Meanwhile, officials noted the progress.", "officials"},
		{"Now, the leaders turned to trade.", "the"},
		{"Earlier this week, the Secretary spoke with his counterpart.", "the"},
		{"Last month, the two sides held talks.", "the"},
		// A date or place the phrase's comma cut in two.
		{"On April 21, 2024, U.S. and Cuban officials met.", "U.S."},
		{"On Monday, March 4, 2024, the President hosted the Prime Minister.", "the"},
		{"In Washington, D.C., the delegations signed the agreement.", "the"},
		// Participles before a preposition or a determiner.
		{"Determined to deepen our partnership in outer space exploration, the two sides welcomed the plan.", "the"},
		{"Recognizing the role of small enterprises, the leaders welcomed the initiative.", "the"},
		{"Building on the Camp David Summit, they agreed to meet again.", "they"},
		{"Looking ahead, the ministers committed to further talks.", "the"},
		// No opening phrase.
		{"The leaders discussed the war.", ""},
		{"As Secretary Blinken said, the partnership is strong.", ""},                 // a clause
		{"During the meeting that was held in Paris, the officials agreed.", ""},      // a clause
		{"In response to a question: the spokesperson said no.", ""},                  // a colon
		{"Developing countries, including China, have long called for reform.", ""},   // an adjective, not a participle
		{"United States, Japan, and Korea officials met.", ""},                        // a name
		{"Beijing, too, firmly opposes the move.", ""},                                // a name
		{"Nothing, he said, could change that.", ""},                                  // a pronoun
		{"Italy, France and Germany signed the statement.", ""},                       // "-ly" but a country
		{"This meeting built on the consultations, and it was followed by more.", ""}, // "this" before no time noun
		{"Only later, the leaders agreed.", ""},                                       // "only" is no "-ly" adverb
		{"In the framework of the partnership the two sides are building for decades to come and for the generations after them and their children, the leaders spoke.", ""}, // too long
	}
	for _, tt := range tests {
		toks := tokenize(tt.sentence)
		got := ""
		if k := openingPhrase(toks); k > 0 && k < len(toks) {
			got = toks[k].text
		}
		if got != tt.subject {
			t.Errorf("%q: subject starts at %q, want %q", tt.sentence, got, tt.subject)
		}
	}
}
