package attribution

import "testing"

// TestAskedOfficial checks a question's "you said" (rules 6, 7): the
// official who answers it speaks in it, found by the answer's label; the
// moderator who hands over is not that official; "you talked" reports an
// act, not words, "you talked about X" words; "have you said", "if you
// talked about it" ask or doubt and quote nothing. State Department sentences, with invented names.
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
		{"you seem to suggest", "2022-05-10", briefing, []string{
			"MR PRICE: Go ahead.",
			"QUESTION: You seem to suggest that the person who died was a Ruritanian national.",
			"MR PRICE: That is right."}, 1, []string{"Ned Price"}},
		{"so you're suggesting", "2022-05-10", briefing, []string{
			"MR PRICE: Go ahead.",
			"QUESTION: So you’re suggesting that this statement had nothing to do with it?",
			"MR PRICE: I am."}, 1, []string{"Ned Price"}},
		{"you talked, where, about what", "2022-05-10", briefing, []string{
			"MR PRICE: Go ahead.",
			"QUESTION: You just talked in the press conference about diplomacy will not be forever.",
			"MR PRICE: I did."}, 1, []string{"Ned Price"}},
		{"you talked with someone about: an act", "2022-05-10", briefing, []string{
			"MR PRICE: Go ahead.",
			"QUESTION: You talked with the minister about the talks.",
			"MR PRICE: I did."}, 1, nil},
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
		{"when you talk about: what the official said", "2021-06-04", briefing, []string{
			"MR PRICE: Go ahead.",
			"QUESTION: And when you talk about the decentralizing production capacity, is that for export?",
			"MR PRICE: It is."}, 1, []string{"Ned Price"}},
		{"as you pointed out", "2024-11-13", briefing, []string{
			"MR PRICE: Go ahead.",
			"QUESTION: This meeting, as you pointed out, is probably their last.",
			"MR PRICE: It is."}, 1, []string{"Ned Price"}},
		{"you alluded to", "2022-05-10", briefing, []string{
			"MR PRICE: Go ahead.",
			"QUESTION: You alluded to new sanctions on the regime.",
			"MR PRICE: Yes."}, 1, []string{"Ned Price"}},
		{"a thing you talked about: asked about, not quoted", "2019-11-27", briefing, []string{
			"MR PRICE: Go ahead.",
			"QUESTION: Which department is the competent authority you talked about?",
			"MR PRICE: The national security authority."}, 1, nil},
		{"have you said: asking", "2021-08-02", briefing, []string{
			"MR PRICE: Go ahead.",
			"QUESTION: But have you said that we will not accept any extension requests?",
			"MR PRICE: We have."}, 1, nil},
		{"if you talked about it: doubt", "2021-08-05", briefing, []string{
			"MR PRICE: Go ahead.",
			"QUESTION: I don’t know if you talked about it at the top, but could you comment on the air raid?",
			"MR PRICE: Sure."}, 1, nil},
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

// TestAskedAntecedent checks a question's "he said" whose antecedent the
// question names as no subject of speech (rules 5, 6, 7): the one person
// who fits, in the sentence before the pronoun or the question's last few
// sentences; nobody when two fit, when a name no reference reads stands
// before it, or when the sentence asks. Sentences of unlabelled State
// Department briefings and White House calls (2021-07-14, 2022-07-11,
// 2021-12-07, 2023-03-24, 2023-09-13), some shortened; the opening
// subject's case is TestRules' (invented), which openingSubject governs.
func TestAskedAntecedent(t *testing.T) {
	a := New(shipped(t))
	state := map[string]string{"source": "U.S. Department of State", "title": "Department Press Briefing"}
	wh := map[string]string{"source": "The White House", "title": "Background Press Call"}
	tests := []lastSentenceCase{
		{"named as an object, then he said", "2021-07-14", state, []string{
			"MR PRICE: Go ahead.",
			"QUESTION: I hope you have seen some recent interviews of Prime Minister Imran Khan and his articles in American media. He said that Pakistan will not allow any American base in Pakistan to carry out counterterrorism operations."},
			[]string{"Imran Khan"}, nil},
		{"named in a clause, then he said", "2023-03-24", wh, []string{
			"SENIOR ADMINISTRATION OFFICIAL: Thanks.",
			"Q During the speech at the Cape Coast Castle as well, it was mentioned that President Obama also gave a speech there. When he did, he called out — he said authoritarianism and corruption was holding the continent back."},
			[]string{"Barack Obama"}, nil},
		// In a question the opening subject is named as any other
		// person: the one who fits is who "He" relays, whatever the verb
		// ("The Brazilian president wants to change next election
		// process back to a paper vote. He has alleged that fraud ...").
		{"the opening subject of no occasion of speech", "2022-04-06", state, []string{
			"MR PRICE: Go ahead.",
			"QUESTION: President Zelenskyy began his career as an actor. He accused the organization of meaninglessness and weakness."},
			[]string{"Volodymyr Zelenskyy"}, nil},
		{"two who fit: nobody", "2022-07-11", wh, []string{
			"SENIOR ADMINISTRATION OFFICIAL: Thanks.",
			"Q I wanted to ask about the comments that President Obrador made a couple of weeks ago. It’s something that he has been insisting on, and he said that he was going to bring it up during his meeting with President Biden. And he even made some comments about the Statue of Liberty."},
			nil, nil},
		{"a name no reference reads before the pronoun: nobody", "2021-12-07", wh, []string{
			"SENIOR ADMINISTRATION OFFICIAL: Thanks.",
			"Q One, I would like to know if the administration has a reaction on the document that Bolsonaro’s administration sent to the summit. And also, we were having a conversation with Juan Gonzalez last week, and he said that some countries that were not invited might be democratic."},
			nil, nil},
		{"a sentence that asks: nobody", "2023-09-13", wh, []string{
			"SENIOR ADMINISTRATION OFFICIAL: We announced it.",
			"Q Erdoğan obviously opposed this economic corridor. Has he said that to the President?"},
			nil, nil},
	}
	runLastSentence(t, a, tests)
}

// TestAskedThey: a reporter's bare "They" is the last two people named only
// when the sentence just before named them both, and the same group goes
// on to the next "They" (rules 3, 7). Sentences of MFA press conferences
// (2020-05-11 fresh14, 2019-09-06, shortened) and a State briefing
// (2021-07-27).
func TestAskedThey(t *testing.T) {
	a := New(shipped(t))
	mfa := map[string]string{"source": "https://www.fmprc.gov.cn/mfa_eng/x.shtml", "speaker": "Zhao Lijian", "title": "Foreign Ministry Spokesperson Zhao Lijian's Regular Press Conference"}
	state := map[string]string{"source": "U.S. Department of State", "title": "Department Press Briefing"}
	tests := []lastSentenceCase{
		{"They after others than the two named: nobody", "2020-05-11", mfa, []string{
			"Q: What is your comment?", "A: We have noted the reports.",
			"Q: While speaking by phone with President Xi, Russian President Putin said that Russia opposes finger-pointing at China. Lately Russian officials and experts including Kremlin spokesman, foreign minister and ambassador to China all spoke against politicizing the pandemic and using it as a possible political weapon. They insisted on finding the truth through objective and scientific research."},
			nil, nil},
		{"They after the two named just before", "2019-09-06", mfa, []string{
			"Q: What is your comment?", "A: We have noted the reports.",
			"Q: Russian Foreign Minister Lavrov and Foreign Ministry Spokesperson Zakharova made positive comments relating to China. They said that China-Russia relationship has reached an unprecedented level."},
			[]string{"Sergey Lavrov", "Maria Zakharova"}, nil},
		{"and the next They", "2019-09-06", mfa, []string{
			"Q: What is your comment?", "A: We have noted the reports.",
			"Q: Russian Foreign Minister Lavrov and Foreign Ministry Spokesperson Zakharova made positive comments relating to China. They said that China-Russia relationship has reached an unprecedented level. They believe Hong Kong affairs are China's internal affairs."},
			[]string{"Sergey Lavrov", "Maria Zakharova"}, nil},
		{"They of two countries: nobody", "2021-07-27", state, []string{
			"MS PORTER: Let’s go to Shaun Tandon.",
			"QUESTION: More on Tunisia. In the mention of the Secretary saying that there should be the adherence to democratic principles, what specifically is he looking for the Tunisian president, Kais Saied, to do? And secondly, if you don’t mind, North and South Korea. They announced a restoration of communications."},
			nil, nil},
	}
	runLastSentence(t, a, tests)
}

// TestMessageAddressee: a participle after a message's addressee ("sent a
// letter to Secretary Blinken calling for", "a diplomatic note to the UN
// Secretary-General expressing objection") tells what the message says:
// not the addressee's words (rules 1, 6, 7). Sentences of a State briefing
// (2021-07-19) and an MFA press conference (2020-04-21, fresh17).
func TestMessageAddressee(t *testing.T) {
	a := New(shipped(t))
	state := map[string]string{"source": "U.S. Department of State", "title": "Department Press Briefing"}
	mfa := map[string]string{"source": "https://www.fmprc.gov.cn/mfa_eng/x.shtml", "speaker": "Geng Shuang", "title": "Foreign Ministry Spokesperson Geng Shuang's Regular Press Conference"}
	tests := []lastSentenceCase{
		{"a letter to the Secretary calling for", "2021-07-19", state, []string{
			"MR PRICE: Go ahead.",
			"QUESTION: Senator Lankford today has sent a letter to Secretary Blinken calling for all passport centers to be reopened at 100 percent."},
			[]string{"James Lankford"}, nil},
		{"a note to the Secretary-General expressing", "2020-04-21", mfa, []string{
			"Q: What is your comment?", "A: We have noted the reports.",
			"Q: We have learned that on April 17, China's Permanent Mission to the UN sent a diplomatic note to the UN Secretary-General expressing objection to Vietnam's position."},
			nil, nil},
		{"the addressee's own words after a comma and a verb", "2021-07-19", state, []string{
			"MR PRICE: Go ahead.",
			"QUESTION: Senator Lankford sent a letter to Secretary Blinken, and Secretary Blinken said he would reply."},
			[]string{"James Lankford", "Antony Blinken"}, nil},
	}
	runLastSentence(t, a, tests)
}

// TestEmphaticSpeech checks a speech verb's plain form after an emphatic
// "did" (rules 1, 6, 7): "the President did underscore" reports his words
// as "underscored" would; "did not raise", "did call him" and a question
// that asks "what X did ask for" report none. Sentences of unlabelled
// White House background calls (2021-11-16, 2021-12-07, 2022-03-24); the
// negative and the call invented.
func TestEmphaticSpeech(t *testing.T) {
	a := New(shipped(t))
	wh := map[string]string{"source": "The White House", "title": "Background Press Call"}
	tests := []lastSentenceCase{
		{"did underscore", "2021-11-16", wh, []string{
			"SENIOR ADMINISTRATION OFFICIAL: But I’ll note, specifically, the President did underscore the importance of China fulfilling its Phase One commitments."},
			[]string{"Senior Administration Official", "Joe Biden"}, nil},
		{"did commit", "2021-12-07", wh, []string{
			"SENIOR ADMINISTRATION OFFICIAL: But, you know, the President did commit to holding a summit for democracy during his first year."},
			[]string{"Senior Administration Official", "Joe Biden"}, nil},
		{"did not raise", "2021-12-07", wh, []string{
			"SENIOR ADMINISTRATION OFFICIAL: President Biden did not raise it."},
			[]string{"Senior Administration Official"}, nil},
		{"did call: a call", "2021-12-07", wh, []string{
			"SENIOR ADMINISTRATION OFFICIAL: President Biden did call him."},
			[]string{"Senior Administration Official"}, nil},
		{"a question that asks what someone did ask for", "2022-03-24", wh, []string{
			"SENIOR ADMINISTRATION OFFICIAL: Thanks.",
			"Q Can you give me a sense of what President Zelenskyy did ask for if he didn’t mention NATO membership and didn’t mention the closure?"},
			nil, nil},
	}
	runLastSentence(t, a, tests)
}

// TestAsks: a sentence asks when it ends in a question mark, closing
// quotes and spaces aside.
func TestAsks(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Has he said that to the President?", true},
		{"Did he say “we will not”? ", true},
		{"He asked, “Why now?”", true},
		{"He said that he would raise it.", false},
		{"", false},
	} {
		if got := asks(tc.text); got != tc.want {
			t.Errorf("asks(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
