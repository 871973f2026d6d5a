package attribution

import "testing"

// TestDemonymEnding: the one list of a country adjective's endings, which
// demonym ("the Indian side") and otherBodyTitle ("the Burundian
// President") share.
func TestDemonymEnding(t *testing.T) {
	for _, tc := range []struct {
		word string
		want bool
	}{
		{"burundian", true},
		{"japanese", true},
		{"british", true},
		{"emirati", true},
		{"dutch", true},
		{"eversource", false},
		{"world", false},
	} {
		if got := demonymEnding(tc.word); got != tc.want {
			t.Errorf("demonymEnding(%q) = %v, want %v", tc.word, got, tc.want)
		}
	}
}

// TestEndsInTitle: the one test of a title written that ends in an
// office with no rank before it, which titleMatches, podiumTitles and
// holdsOffice share.
func TestEndsInTitle(t *testing.T) {
	for _, tc := range []struct {
		t, key string
		want   bool
	}{
		{"israeli foreign minister", "foreign minister", true},
		{"estonian prime minister", "prime minister", true},
		{"deputy foreign minister", "foreign minister", false},
		{"senior advisor to the president", "president", false},
		{"foreign minister", "foreign minister", false}, // equal, not an ending: titleMatches' t == key
	} {
		if got := endsInTitle(tc.t, tc.key); got != tc.want {
			t.Errorf("endsInTitle(%q, %q) = %v, want %v", tc.t, tc.key, got, tc.want)
		}
	}
}
