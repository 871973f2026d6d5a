package attribution

import "testing"

// TestReleasedGovernments checks statements a State Department release
// says governments issued (rules 3 and 9): the governments speak as
// institutions in the release line, the text's own voice and "the two
// sides", not the delegation heads it names; a release by people is not
// one by governments. Sentences after State Department releases, with
// invented names.
func TestReleasedGovernments(t *testing.T) {
	a := New(shipped(t))
	state := map[string]string{"source": "U.S. Department of State", "speaker": "Office of the Spokesperson", "title": "Joint Statement of the Second Meeting of the Finland-U.S. Quantum Working Group"}
	release := "The text of the following statement was released by the Governments of the United States of America and the Republic of Finland, on the occasion of the Second Meeting of the Working Group."
	delegations := "Mr. Tomas Varga, Director General, led the Finnish delegation and Ms. Jana Kovac, Senior Advisor, led the U.S. delegation."
	both := []string{"United States", "Finland"}
	tests := []lastSentenceCase{
		{"the release line is the governments'", "2022-04-06", state, []string{"Office of the Spokesperson", release}, both, nil},
		{"the two sides are the governments, not the delegation heads", "2022-04-06", state,
			[]string{release, "Begin Text", delegations, "The two sides discussed closer cooperation on quantum research."}, both, nil},
		{"They after each side: the governments", "2022-04-06", state,
			[]string{release, "Begin Text", delegations, "During the meeting, each side presented an overview of its programs. They also discussed opportunities for joint research."}, both, nil},
		{"the text's own voice", "2022-03-03", map[string]string{"source": "U.S. Department of State", "speaker": "Office of the Spokesperson", "title": "Joint Statement on Arctic Council Cooperation"},
			[]string{"Canada, the Kingdom of Denmark, Finland, and the United States issue the following joint statement.", "Begin text:", "We remain convinced of the enduring value of the Council."},
			[]string{"Canada", "Denmark", "Finland", "United States"}, nil},
		{"a release by leaders is not one by governments", "2022-03-03", map[string]string{"source": "U.S. Department of State", "speaker": "Office of the Spokesperson", "title": "Statement on the Situation"},
			[]string{"The following statement was released by the Leaders of Canada, Finland, and the United States.", "Begin text:", "The two sides discussed closer cooperation."}, nil, nil},
	}
	runLastSentence(t, a, tests)
}
