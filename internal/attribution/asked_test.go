package attribution

import "testing"

// TestAskedOfficial checks a question's "you said" (rules 6, 7): the
// official who answers it speaks in it, found by the answer's label; the
// moderator who hands over is not that official; "you talked" reports an
// act, not words. State Department sentences, with invented names.
func TestAskedOfficial(t *testing.T) {
	a := New(shipped(t))
	briefing := map[string]string{"source": "U.S. Department of State", "title": "Secretary Antony J. Blinken at a Press Availability"}
	joint := map[string]string{"source": "U.S. Department of State", "title": "Secretary Antony J. Blinken and UK Foreign Secretary Elizabeth Truss at a Joint Press Availability"}
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
		{"present tense: when you say", "2022-05-10", briefing, []string{
			"MR PRICE: Next question.",
			"QUESTION: Well, when you say “countries throughout the hemisphere,” does that mean all countries, or could some be excluded?",
			"MR PRICE: It means what it says."}, 1, []string{"Ned Price"}},
		{"you keep saying", "2022-07-18", briefing, []string{
			"MR PRICE: Go ahead.",
			"QUESTION: You keep saying the Palestinians and the Israelis, but in fact – but forgive me.",
			"MR PRICE: Not at all."}, 1, []string{"Ned Price"}},
		{"asking for words: can you say", "2022-05-10", briefing, []string{
			"MR PRICE: Go ahead.",
			"QUESTION: Can you say what message was conveyed on behalf of the administration?",
			"MR PRICE: I can."}, 1, nil},
		{"asking whether: are you saying", "2022-05-10", briefing, []string{
			"MR PRICE: Go ahead.",
			"QUESTION: Are you saying that the talks have failed?",
			"MR PRICE: No."}, 1, nil},
		{"joint availability: the principal before may be who said it", "2022-03-09", joint, []string{
			"FOREIGN SECRETARY TRUSS: Thank you, Tony.",
			"SECRETARY BLINKEN: We are consulting very closely with Poland on this.",
			"QUESTION: And just to clarify, you just said there is a creative way to get them these fighter jets.",
			"FOREIGN SECRETARY TRUSS: We are supplying defensive weaponry."}, 2, nil},
		{"you is no later he", "2022-06-24", briefing, []string{
			"SECRETARY BLINKEN: Go ahead.",
			"QUESTION: They’ve called the battlefield losses that you said were horrific acceptable.",
			"I did have the chance to speak to a Kremlin official and he told me that the Russians will be perfectly fine with it.",
			"SECRETARY BLINKEN: I have heard that."}, 2, nil},
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
