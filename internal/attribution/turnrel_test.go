package attribution

import "testing"

// TestLowerPresident: a transcript that writes "the president" in lower
// case as a rule means the office by it, as "the President" (rule 5);
// elsewhere a lower-case "the president" is as often another country's,
// and at a joint appearance the other principal's (podiumTitles).
// Constructed sentences after White House background calls of 2024.
func TestLowerPresident(t *testing.T) {
	a := New(shipped(t))
	wh := map[string]string{"title": "Background Press Call by Senior Administration Officials on New Actions", "publisher": "The White House"}
	lowerDoc := []string{
		"MS. BRAINARD: Thanks. This builds on what the president has done. We will take your questions on what the president proposed.",
		"SENIOR ADMINISTRATION OFFICIAL: Yes, the president has been clear on rents.",
	}
	tests := []lastSentenceCase{
		{"a stance of the president in a lower-case transcript", "2024-07-15", wh, append(lowerDoc,
			"To address the high cost of rent, the president believes that corporate landlords should cap their rent increases."),
			[]string{"Senior Administration Official", "Joe Biden"}, nil},
		{"the vice president in a lower-case transcript", "2024-07-15", wh, append(lowerDoc,
			"The vice president said that housing is a right."),
			[]string{"Senior Administration Official", "Kamala Harris"}, nil},
		{"the president of a body: nobody", "2024-07-15", wh, append(lowerDoc,
			"The president of the association said that rents are too high."),
			[]string{"Senior Administration Official"}, nil},
		{"one lower-case president in a capitalised transcript: nobody", "2024-04-02", wh, []string{
			"SENIOR ADMINISTRATION OFFICIAL: The President raised this. The President was clear.",
			"We never take them at their word. It is about verifying what the president says."},
			[]string{"Senior Administration Official"}, nil},
	}
	runLastSentence(t, a, tests)
}
