package attribution

import "testing"

// TestRoom checks how group subjects resolve against the document's model
// of who is in the room (room.go): constructed sentences, one kind each.
func TestRoom(t *testing.T) {
	a := New(shipped(t))
	wh := map[string]string{"source": "The White House"}
	tests := []lastSentenceCase{
		// Two hosts and two guests: "They" and "The discussion" are all four.
		{"two hosts, two guests: They", "2024-07-15", wh, []string{"Today National Security Advisor Jake Sullivan and Secretary of State Antony Blinken hosted Israeli National Security Advisor Tzachi Hanegbi, Minister of Strategic Affairs Ron Dermer, and a senior Israeli delegation for a meeting of the consultative group. Mr. Sullivan affirmed the commitment to Israel’s security. They also discussed developments in the region."}, []string{"Jake Sullivan", "Antony Blinken", "Tzachi Hanegbi", "Ron Dermer"}, nil},
		// "The Israeli side": the room's people of that country.
		{"the X side: the room's people of X", "2024-07-15", wh, []string{"Today National Security Advisor Jake Sullivan and Secretary of State Antony Blinken hosted Israeli National Security Advisor Tzachi Hanegbi, Minister of Strategic Affairs Ron Dermer, and a senior Israeli delegation for a meeting of the consultative group. The Israeli side affirmed its full support for the deal."}, []string{"Tzachi Hanegbi", "Ron Dermer"}, nil},
		// A side whose people the room does not hold: nobody.
		{"the X side with no one of X in the room", "2024-07-15", wh, []string{"Today National Security Advisor Jake Sullivan hosted a senior Israeli delegation for a meeting of the consultative group. The Israeli side affirmed its full support for the deal."}, nil, nil},
	}
	runLastSentence(t, a, tests)
}
