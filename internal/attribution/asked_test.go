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

// TestTakenUp checks an answer that takes up the words its question
// reported without saying whose ("These comments did not tell us anything
// we didn't know"): they are the one person's the question relayed (rules
// 6, 7). State Department briefing sentences, shortened; the others
// invented.
func TestTakenUp(t *testing.T) {
	a := New(shipped(t))
	briefing := map[string]string{"source": "U.S. Department of State", "title": "Department Press Briefing – July 20, 2022"}
	question := "QUESTION: Ned, I’m sure you’ve seen Russian Foreign Minister Sergey Lavrov’s comments. He basically said today Moscow’s military tasks in Ukraine now went beyond the eastern Donbas region."
	ask := func(answer ...string) []string {
		return append([]string{"MR PRICE: Go ahead.", question}, answer...)
	}
	tests := []lastSentenceCase{
		{"these comments: the one the question relayed", "2022-07-20", briefing,
			ask("MR PRICE: I think you hit the nail on the head. These comments did not tell us anything we didn’t know."),
			[]string{"Ned Price", "Sergey Lavrov"}, nil},
		{"such claims in a later paragraph of the answer", "2022-07-20", briefing,
			ask("MR PRICE: We have seen the reports.", "Such claims only confirm what we warned about."),
			[]string{"Ned Price", "Sergey Lavrov"}, nil},
		{"not seen: nobody's words", "2022-07-20", briefing,
			ask("MR PRICE: I haven’t seen those remarks."),
			[]string{"Ned Price"}, nil},
		{"thanks for them: whoever is thanked", "2022-07-20", briefing,
			ask("MR PRICE: Thanks so much, Said, for those comments."),
			[]string{"Ned Price"}, nil},
		{"made by a subject: theirs", "2022-07-20", briefing,
			ask("MR PRICE: The United States has made such statements before."),
			[]string{"Ned Price"}, nil},
		{"the answer reported someone else first", "2022-07-20", briefing,
			ask("MR PRICE: Secretary Blinken said yesterday that Russia plans to annex more territory. Those words were a warning."),
			[]string{"Ned Price"}, nil},
		{"two people relayed: not known", "2022-07-20", briefing, []string{
			"MR PRICE: Go ahead.",
			"QUESTION: Foreign Minister Sergey Lavrov and President Vladimir Putin both said today that the military tasks went beyond the Donbas region.",
			"MR PRICE: These comments did not tell us anything we didn’t know."},
			[]string{"Ned Price"}, nil},
	}
	runLastSentence(t, a, tests)
}
