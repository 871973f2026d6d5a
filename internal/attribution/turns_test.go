package attribution

import (
	"slices"
	"testing"

	"github.com/readouts/readouts/internal/readout"
)

// TestTurns reads the turn of every paragraph of transcript shapes the
// corpus holds: a State Department briefing ("MS PORTER:" / "QUESTION:",
// text from the sample's 2022-04-29 briefing), a "Q:"/"A:" press conference
// (synthetic: China MFA texts may not be copied here), a White House
// background call with a moderator, mixed-case labels, and prose.
func TestTurns(t *testing.T) {
	const q, a = readout.TurnQuestion, readout.TurnAnswer
	tests := []struct {
		name  string
		date  string
		meta  map[string]string
		paras []string
		want  []string
	}{
		{
			name: "State briefing: announcements are prose, then QUESTION and the spokesperson's answers",
			date: "2022-04-29",
			meta: map[string]string{"title": "Department Press Briefing – April 29, 2022", "source": "U.S. Department of State"},
			paras: []string{
				"MS PORTER: Good afternoon. Thank you so much for joining today’s press briefing. I just have two updates at the top, and then I will start with taking your questions.",
				"Today marks the twenty-fifth anniversary of the entry into force of the Chemical Weapons Convention, or CWC.",
				"QUESTION: Could you please confirm a report that American citizen and former U.S. Marine Willy Joseph Cancel was killed in Ukraine, fighting along Ukrainian forces? Thank you.",
				"MS PORTER: Thank you, Cindy. Well, we are aware of these reports, and certainly stand ready to provide all possible consular assistance to the family.",
				"We also do want to reiterate that U.S. citizens should not travel to Ukraine during this active armed conflict.",
				"QUESTION: Thank you.",
				"QUESTION: Jalina, can I follow up on that?",
				"And is there any change to the travel advisory?",
				"MS PORTER: There is no change.",
			},
			want: []string{"", "", q, a, a, q, q, q, a},
		},
		{
			name: "Q:/A: press conference (synthetic)",
			date: "2021-03-01",
			meta: map[string]string{"title": "Foreign Ministry Spokesperson's Regular Press Conference on March 1, 2021", "speaker": "Hua Chunying"},
			paras: []string{
				"The spokesperson will attend the forum next week.",
				"Q: The European Union announced new measures today. What is your comment?",
				"A: We have noted the reports. We oppose unilateral sanctions.",
				"We urge the relevant side to correct its mistake.",
				"Q: A follow-up question: will the minister travel?",
				"A: I have no information on that.",
			},
			want: []string{"", q, a, a, q, a},
		},
		{
			name: "follow-up label is a question",
			date: "2021-03-01",
			meta: map[string]string{"title": "Press Conference"},
			paras: []string{
				"Q: What is the schedule?",
				"A: The talks begin on Monday.",
				"Follow-up: And when do they end?",
				"A: On Friday.",
			},
			want: []string{q, a, q, a},
		},
		{
			name: "background call: the moderator's lines are not answers",
			date: "2022-01-10",
			meta: map[string]string{"title": "Background Press Call by a Senior Administration Official", "source": "The White House"},
			paras: []string{
				"MODERATOR: Thanks, everyone, for joining. This call is on background.",
				"SENIOR ADMINISTRATION OFFICIAL: Thanks. The talks in Geneva were frank and forthright.",
				"MODERATOR: Our first question goes to the line of Ken Thomas.",
				"Q: Thanks. Did Russia commit to de-escalation?",
				"SENIOR ADMINISTRATION OFFICIAL: No commitment was made today.",
			},
			want: []string{q, a, q, q, a},
		},
		{
			name: "readout without questions is prose",
			date: "2021-05-20",
			meta: map[string]string{"title": "Secretary Blinken’s Call with Israeli Foreign Minister Ashkenazi", "source": "U.S. Department of State"},
			paras: []string{
				"Secretary of State Antony J. Blinken spoke with Israeli Foreign Minister Gabi Ashkenazi this morning.",
				"The Secretary reaffirmed the United States’ support for Israel’s security.",
			},
			want: []string{"", ""},
		},
		{
			name: "interview: the Secretary's greeting before the first question is prose",
			date: "2022-03-06",
			meta: map[string]string{"title": "Secretary Antony J. Blinken on CBS Face the Nation", "source": "U.S. Department of State"},
			paras: []string{
				"SECRETARY BLINKEN: Good morning.",
				"QUESTION: Mr. Secretary, will there be more sanctions?",
				"SECRETARY BLINKEN: We are looking at every option.",
			},
			want: []string{"", q, a},
		},
	}
	at := New(shipped(t))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := doc(tt.date, tt.meta, tt.paras...)
			at.Attribute(d)
			var got []string
			for _, p := range d.Paragraphs {
				got = append(got, p.Turn)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("turns\n got %q\nwant %q", got, tt.want)
			}
			// The turn and the attribution agree: a question is nobody's turn
			// (rule 7), an answer's speakers are not the questioner's.
			for _, p := range d.Paragraphs {
				for _, r := range p.Why {
					if p.Turn == q && r.Role == readout.RoleSpeaker && (r.Rule == RuleQA || r.Rule == RuleLabel) {
						t.Errorf("paragraph %d is a question but %s owns it (%s)", p.N, r.Name, r.Rule)
					}
				}
			}
		})
	}
}

// TestTurnsSentences: every sentence carries its paragraph's turn, and
// attributing a document again gives the same turns (Attribute resets them).
func TestTurnsSentences(t *testing.T) {
	at := New(shipped(t))
	d := doc("2021-03-01", map[string]string{"title": "Press Conference"},
		"Q: Is the visit confirmed? When will it take place?",
		"A: It is confirmed. Details will be released.")
	res := at.AttributeSentences(d)
	for pi, want := range []string{readout.TurnQuestion, readout.TurnAnswer} {
		if len(res[pi]) != 2 {
			t.Fatalf("paragraph %d: %d sentences, want 2", pi+1, len(res[pi]))
		}
		for _, s := range res[pi] {
			if s.Turn != want {
				t.Errorf("paragraph %d sentence %d %q: turn %q, want %q", pi+1, s.Index, s.Text, s.Turn, want)
			}
		}
	}
	at.Attribute(d)
	at.Attribute(d)
	if d.Paragraphs[0].Turn != readout.TurnQuestion || d.Paragraphs[1].Turn != readout.TurnAnswer {
		t.Errorf("after two Attribute calls: turns %q, %q", d.Paragraphs[0].Turn, d.Paragraphs[1].Turn)
	}
}
