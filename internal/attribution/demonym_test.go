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
