package attribution

import "testing"

// TestAskedOfficial checks a question's "you said" (rules 6, 7): the
// official who answers it speaks in it, found by the answer's label; the
// moderator who hands over is not that official; "you talked" reports an
// act, not words. State Department sentences, with invented names.
func TestAskedOfficial(t *testing.T) {
	a := New(shipped(t))
	briefing := map[string]string{"source": "U.S. Department of State", "title": "Secretary Antony J. Blinken at a Press Availability"}
	mfa := map[string]string{"title": "Foreign Ministry Spokesperson Lu Kang's Regular Press Conference on May 14, 2018"}
	tests := []struct {
		name     string
		date     string
		meta     map[string]string
		paras    []string
		ask      int // the question's paragraph
		speakers []string
	}{
		{"who answers, not the moderator before", "2022-06-24", briefing, []string{
			"SECRETARY BLINKEN: Good afternoon, everyone.",
			"MR PRICE: Next question, Shaun.",
			"QUESTION: Mr. Secretary, yesterday you said the talks would resume next week.",
			"SECRETARY BLINKEN: They will."}, 2, []string{"Antony Blinken"}},
		{"the spokesperson of an A: transcript", "2018-05-14", mfa, []string{
			"Q: You mentioned last week that the ministers would meet in Ruritania.",
			"A: Yes, they will meet."}, 0, []string{"Lu Kang"}},
		{"you talked with someone: an act", "2022-06-24", briefing, []string{
			"SECRETARY BLINKEN: Good afternoon.",
			"QUESTION: You talked with the minister yesterday.",
			"SECRETARY BLINKEN: I did."}, 1, nil},
		{"no answer follows: nobody", "2022-06-24", briefing, []string{
			"SECRETARY BLINKEN: Good afternoon.",
			"QUESTION: You said the talks would resume.",
			"QUESTION: Another question, on trade."}, 1, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := doc(tt.date, tt.meta, tt.paras...)
			res := a.AttributeSentences(d)
			s := res[tt.ask][len(res[tt.ask])-1]
			if !sameSet(s.Speakers, tt.speakers) {
				t.Errorf("speakers of %q = %v; want %v (why: %v)", s.Text, s.Speakers, tt.speakers, s.Why)
			}
		})
	}
}
