package attribution

import "testing"

// TestTalkHeads checks that who led or convened the talks themselves are
// the sides' heads (delegations.go readTalkHeads), as who led each
// delegation is: a side named by its country alone ("The United States
// welcomed"), or both ("Both sides"), is its head or both heads (rule 3).
// Sentences after State Department joint statements on strategic
// dialogues, with invented names.
func TestTalkHeads(t *testing.T) {
	a := New(shipped(t))
	meta := map[string]string{"source": "U.S. Department of State", "speaker": "Office of the Spokesperson", "title": "U.S.-Croatia Joint Statement"}
	intro := "The following is the text of a joint statement by the United States of America and the Republic of Croatia on the occasion of the U.S. Croatia Strategic Dialogue."
	led := "Croatian Ministry of Foreign and European Affairs Director for Political Affairs Petar Novak and U.S. Assistant Secretary of State for European and Eurasian Affairs Dr. Anna Berg led the Strategic Dialogue."
	convened := "Secretary of State Antony Blinken and Croatian Foreign Minister Petar Novak convened the second U.S.-Croatia Strategic Dialogue on February 28."
	tests := []lastSentenceCase{
		{"the country's head of the talks", "2022-03-17", meta,
			[]string{intro, "Begin text:", led, "The United States welcomed Croatia’s entry into the Visa Waiver program."}, []string{"Anna Berg"}, nil},
		{"both sides are both heads", "2022-03-17", meta,
			[]string{intro, "Begin text:", led, "Both sides emphasized the importance of meeting NATO commitments."}, []string{"Anna Berg", "Petar Novak"}, nil},
		{"convened the dialogue", "2022-03-17", meta,
			[]string{intro, "Begin text:", convened, "The United States expressed appreciation to Croatia for its support."}, []string{"Antony Blinken"}, nil},
		{"heads of one country are no two sides", "2022-03-17", meta,
			[]string{intro, "Begin text:", "U.S. Assistant Secretary of State Dr. Anna Berg and U.S. Ambassador Mark Hale led the Strategic Dialogue.", "The United States welcomed Croatia’s entry into the Visa Waiver program."}, []string{"United States"}, nil},
	}
	runLastSentence(t, a, tests)
}
