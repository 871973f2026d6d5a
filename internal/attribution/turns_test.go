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
			name: "Q:/A: press conference whose answer lost its A: (synthetic)",
			date: "2021-03-01",
			meta: map[string]string{"title": "Foreign Ministry Spokesperson's Regular Press Conference on March 1, 2021", "speaker": "Hua Chunying"},
			paras: []string{
				"Q: The agency said it will hold an emergency meeting. Is China sending anyone, and if so, who?",
				"As far as I know, China will attend the meeting tomorrow.",
				"China will continue to work with the international community.",
				"Q: The minister said on Monday that the talks had ended.",
				"He also said that no date had been set.",
				"Q: Will the talks resume? Will there be a new round?",
				"Second question, the ministry said it would respond. Can you confirm?",
				"A: I have no information on that.",
			},
			want: []string{q, a, a, q, q, q, q, a},
		},
		{
			name: "Q:/A: press conference with a reporter's labelled replies (synthetic)",
			date: "2021-03-01",
			meta: map[string]string{"title": "Foreign Ministry Spokesperson's Regular Press Conference on March 1, 2021", "speaker": "Hua Chunying"},
			paras: []string{
				"Q: Some reports said the tests were suspended. Can you confirm that?",
				"A: You mentioned the tests. Is this your idea or a quotation?",
				"Journalist: It's the assumption of some people.",
				"I have no information on that.",
				"Q: What about the talks?",
				"A: Which talks do you mean?",
				"Journalist: The talks in Geneva. Will China attend them?",
				"A: I have no information on that.",
			},
			want: []string{q, a, q, a, q, a, q, a},
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
			name: "briefing with named labels: a numbered official's turns are answers",
			date: "2021-07-21",
			meta: map[string]string{"title": "Briefing with Deputy Secretary for Management and Resources Brian P. McKeon", "source": "U.S. Department of State"},
			paras: []string{
				"MR PRICE: Good afternoon, and thanks, everyone, for joining us for this call.",
				"DEPUTY SECRETARY MCKEON: Thank you, Ned. Good afternoon, everybody.",
				"I want to thank Ambassador Tracey Jacobson, who’s here with us in the room.",
				"AMBASSADOR JACOBSON: Thank you, Deputy Secretary. My team and I are working to coordinate the relocation.",
				"MODERATOR: Thank you both. We now look forward to taking your questions.",
				"QUESTION: Thanks, guys, for doing this. What is the U.S. doing to keep these Afghans safe?",
				"SENIOR STATE DEPARTMENT OFFICIAL ONE: So working backward, we don’t expect them to be in danger.",
				"The SIV Program has eligibility standards.",
				"SENIOR STATE DEPARTMENT OFFICIAL TWO: I would add that the flights begin this month.",
			},
			want: []string{"", "", "", "", q, q, a, a, a},
		},
		{
			name: "mixed-case labels (synthetic): a spokesperson answers, an outlet's name asks",
			date: "2021-06-01",
			meta: map[string]string{"title": "Foreign Ministry Spokesperson's Regular Press Conference on June 1, 2021"},
			paras: []string{
				"Wang Wenbin: Good afternoon. I have one announcement to make.",
				"The minister will attend the meeting next week.",
				"Reuters: Will the minister meet his counterpart there?",
				"Wang Wenbin: I have no information to offer at the moment.",
				"Bloomberg: A follow-up on that. Is a call planned?",
			},
			want: []string{"", "", q, a, q},
		},
		{
			name: "White House call: Q and no-break spaces, no colon",
			date: "2022-02-21",
			meta: map[string]string{"title": "Background Press Call by Senior Administration Officials on Russia and Ukraine", "source": "The White House"},
			paras: []string{
				"SENIOR ADMINISTRATION OFFICIAL: Great. Thanks, everybody, for joining.",
				"Q\u00a0\u00a0\u00a0 Hey, [senior administration official]. Thanks for doing this call. Are the sanctions ready?",
				"SENIOR ADMINISTRATION OFFICIAL: Yes.",
				"Q And those will be economic sanctions?",
				"And what about export controls?",
			},
			want: []string{"", q, a, q, q},
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

// TestGluedQuestion: a reporter's "Q" that the transcript runs into the
// official's paragraph opens the question's turn there, and the paragraphs
// after it continue the question, not the official's answer (rule 7).
// Before, "Can you just explain exactly how this is going to look" was the
// official's. Shortened from an unlabelled White House background call
// (2021-09-15).
func TestGluedQuestion(t *testing.T) {
	at := New(shipped(t))
	d := doc("2021-09-15", map[string]string{"title": "Background Press Call on AUKUS", "source": "The White House"},
		"SENIOR ADMINISTRATION OFFICIAL: We view this as a one-off.",
		"Thanks. Q Thank you. Q (Inaudible.) Can you just explain exactly how this is going to work at 5:00 p.m.?",
		"And then, my big question: What is the message you are sending to China today?",
		"SENIOR ADMINISTRATION OFFICIAL: So, let me just say, today, there will be a virtual session.")
	res := at.AttributeSentences(d)
	sao := []string{"Senior Administration Official"}
	for _, c := range []struct {
		p, s int
		want []string
	}{{1, 0, sao}, {1, 1, nil}, {1, 2, nil}, {2, 0, nil}, {3, 0, sao}} {
		if got := res[c.p][c.s]; !sameSet(got.Speakers, c.want) {
			t.Errorf("%q: speakers %v, want %v", got.Text, got.Speakers, c.want)
		}
	}
}

// TestNumberedOfficialLabel: "SENIOR STATE DEPARTMENT OFFICIAL ONE:" is
// that official's turn and speech, whatever the transcript's other labels;
// before, the label named nobody and the official's answers had no speaker.
func TestNumberedOfficialLabel(t *testing.T) {
	at := New(shipped(t))
	for _, tc := range []struct {
		name  string
		paras []string
	}{
		{"named labels", []string{
			"MR PRICE: Good afternoon, and thanks, everyone, for joining us for this call.",
			"DEPUTY SECRETARY MCKEON: Thank you, Ned. Good afternoon, everybody.",
			"QUESTION: What is the U.S. doing to keep these Afghans safe?",
			"SENIOR STATE DEPARTMENT OFFICIAL ONE: We don’t expect them to be in danger.",
			"SENIOR STATE DEPARTMENT OFFICIAL TWO: The flights begin this month.",
		}},
		{"officials only", []string{
			"MODERATOR: Thanks, everyone, for joining this call on background.",
			"QUESTION: What is the U.S. doing to keep these Afghans safe?",
			"SENIOR STATE DEPARTMENT OFFICIAL ONE: We don’t expect them to be in danger.",
			"SENIOR STATE DEPARTMENT OFFICIAL TWO: The flights begin this month.",
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := doc("2021-07-21", map[string]string{"title": "Briefing on Afghan Special Immigrant Visas", "source": "U.S. Department of State"}, tc.paras...)
			at.Attribute(d)
			n := len(d.Paragraphs)
			for i, want := range []string{"Senior State Department Official One", "Senior State Department Official Two"} {
				p := d.Paragraphs[n-2+i]
				if !slices.Equal(p.Speakers, []string{want}) || p.Turn != readout.TurnAnswer {
					t.Errorf("paragraph %d: speakers %q, turn %q; want %s, answer", p.N, p.Speakers, p.Turn, want)
				}
			}
		})
	}
}

// TestMisspeltOfficialLabel: a transcript's misspelt role is the one role
// (2023-09-19 White House call: "SENIOR ADMINISTRIVE OFFICIAL:"), not a
// second name in the speaker facet.
func TestMisspeltOfficialLabel(t *testing.T) {
	at := New(shipped(t))
	d := doc("2023-09-19", map[string]string{"source": "The White House"},
		"SENIOR ADMINISTRATION OFFICIAL: Thanks, everyone, for joining.",
		"Q Thanks. Two questions on the meetings.",
		"SENIOR ADMINISTRIVE OFFICIAL: Why don’t I start with the first one.")
	at.Attribute(d)
	if p := d.Paragraphs[2]; !slices.Equal(p.Speakers, []string{"Senior Administration Official"}) {
		t.Errorf("speakers %q; want [Senior Administration Official]", p.Speakers)
	}
}

// TestPodium checks the turns of a joint appearance, whose title puts two
// principals or more at the podium (turns.go): "we discussed" and "our
// discussion" are all of theirs (rule 3), and "as you said" quotes the
// principal whose turn came before (rule 6), not a reporter (rule 7).
// Sentences of unlabelled State Department transcripts, some shortened.
func TestPodium(t *testing.T) {
	a := New(shipped(t))
	state := func(title string) map[string]string {
		return map[string]string{"source": "U.S. Department of State", "title": title}
	}
	bennett := state("Secretary Antony J. Blinken and Israeli Prime Minister Naftali Bennett Before Their Meeting")
	jaishankar := state("Secretary Antony J. Blinken and Indian External Affairs Minister Dr. Subrahmanyam Jaishankar at a Joint Press Availability")
	payne := state("Secretary Antony J. Blinken and Australian Foreign Minister Marise Payne Before Their Meeting")
	kallas := state("Secretary Antony J. Blinken and Estonian Prime Minister Kaja Kallas at a Joint Press Availability")
	tests := []lastSentenceCase{
		{"we discussed: both principals", "2021-07-28", jaishankar, []string{
			"EXTERNAL AFFAIRS MINISTER JAISHANKAR: Our talks today were very productive.",
			"SECRETARY BLINKEN: Thank you, Mr. Minister.",
			"As the minister said, we discussed a number of critical issues today, COVID-19 being at the top of the agenda."},
			[]string{"Antony Blinken", "Subrahmanyam Jaishankar"}, nil},
		{"our discussion as a subject: both principals", "2022-03-27", bennett, []string{
			"PRIME MINISTER BENNETT: Welcome, Tony.",
			"SECRETARY BLINKEN: We covered a lot of ground in our discussion, and I want to highlight a couple of the issues."},
			[]string{"Antony Blinken", "Naftali Bennett"}, nil},
		{"thanks for our discussion: the speaker only", "2022-03-27", bennett, []string{
			"PRIME MINISTER BENNETT: Welcome, Tony.",
			"SECRETARY BLINKEN: Thank you for our discussion."},
			[]string{"Antony Blinken"}, nil},
		{"we after a meeting with someone else: them, not the podium", "2022-02-12",
			state("Secretary Antony J. Blinken And Republic of Korea Foreign Minister Chung Eui-yong Before Their Meeting"), []string{
				"SECRETARY BLINKEN: Good to see you.",
				"FOREIGN MINISTER CHUNG: I had a good meeting with Minister Hayashi. We agreed to continue our close diplomatic consultation."},
			[]string{"Chung Eui-yong", "Yoshimasa Hayashi"}, nil},
		{"we with someone else named: not the podium", "2021-06-23",
			state("Secretary Antony J. Blinken and German Foreign Minister Heiko Maas at a Joint Press Availability"), []string{
				"SECRETARY BLINKEN: Thank you, Heiko.",
				"FOREIGN MINISTER MAAS: The Ukrainian foreign minister came to Berlin the week before last, and of course, we talked about this issue."},
			[]string{"Heiko Maas"}, nil},
		{"we after with: not the podium", "2022-03-30",
			state("Secretary Antony J. Blinken and Algerian President Abdelmadjid Tebboune Before Their Meeting"), []string{
				"SECRETARY BLINKEN: Thank you, Mr. President.",
				"PRESIDENT TEBBOUNE: When I met with Libya in Berlin, we agreed that no country should send mercenaries."},
			[]string{"Abdelmadjid Tebboune"}, nil},
		{"an interviewer is not at the podium", "2021-06-03",
			state("Secretary Antony J. Blinken With Andrea Mitchell of MSNBC"), []string{
				"MS MITCHELL: Mr. Secretary, thank you.",
				"SECRETARY BLINKEN: We discussed the vaccines at length."},
			[]string{"Antony Blinken"}, nil},
		{"as you said: the principal before", "2022-04-06", payne, []string{
			"SECRETARY BLINKEN: Marise, it is wonderful to have you here. You have just arrived from Brussels.",
			"FOREIGN MINISTER PAYNE: We’ve just arrived, as you noted, but importantly, at this critical time."},
			[]string{"Marise Payne", "Antony Blinken"}, nil},
		{"as you said after a moderator: the principal before", "2022-03-27", bennett, []string{
			"PRIME MINISTER BENNETT: Last August I visited the White House.",
			"MODERATOR: Secretary Blinken, please.",
			"SECRETARY BLINKEN: You mentioned this, Prime Minister."},
			[]string{"Antony Blinken", "Naftali Bennett"}, nil},
		{"as you said after a reporter: nobody else", "2022-04-06", payne, []string{
			"SECRETARY BLINKEN: Thank you.",
			"QUESTION: The minister has just arrived from Brussels.",
			"FOREIGN MINISTER PAYNE: Indeed.",
			"SECRETARY BLINKEN: As you said, the minister has just arrived."},
			[]string{"Antony Blinken"}, nil},
		{"as you say with three at the podium: not known", "2022-03-02",
			state("Secretary Antony J. Blinken With Costa Rican Foreign Minister Rodolfo Solano Quirós, Dominican Republic Foreign Minister Roberto Álvarez, and Panamanian Foreign Minister Erika Mouynes Before Their Meeting"), []string{
				"FOREIGN MINISTER SOLANO: Thank you, Secretary.",
				"FOREIGN MINISTER ÁLVAREZ: Thank you, Secretary Blinken. We are here today, as you say, as members of the Alliance for Development in Democracy."},
			[]string{"Roberto Álvarez"}, nil},
		// The guest's office in lower case is the guest's (podiumTitles).
		{"as the prime minister said: the other principal", "2022-03-08", kallas, []string{
			"PRIME MINISTER KALLAS: Welcome to Tallinn.",
			"SECRETARY BLINKEN: But as the prime minister said, I also wish it were under different circumstances."},
			[]string{"Antony Blinken", "Kaja Kallas"}, nil},
		{"what the president said: the other principal", "2022-03-06", state("Secretary Antony J. Blinken And Moldovan President Maia Sandu At a Joint Press Availability"), []string{
			"PRESIDENT SANDU: Thank you, Secretary.",
			"SECRETARY BLINKEN: Let me agree with what the president said."},
			[]string{"Antony Blinken", "Maia Sandu"}, nil},
		{"the secretary general said it well: the other principal", "2022-06-01", state("Secretary Antony J. Blinken and NATO Secretary General Stoltenberg at a Joint Press Availability"), []string{
			"SECRETARY GENERAL STOLTENBERG: Thank you so much.",
			"SECRETARY BLINKEN: With regard to timelines, the secretary general said it well."},
			[]string{"Antony Blinken", "Jens Stoltenberg"}, nil},
		{"an office no other principal holds: nobody", "2022-03-08", kallas, []string{
			"PRIME MINISTER KALLAS: Welcome to Tallinn.",
			"SECRETARY BLINKEN: As the foreign minister said, we are partners."},
			[]string{"Antony Blinken"}, nil},
		{"a reporter's question: nobody", "2022-03-08", kallas, []string{
			"PRIME MINISTER KALLAS: Welcome to Tallinn.",
			"QUESTION: As the prime minister said, the border is long – will you send more troops?"},
			nil, nil},
	}
	runLastSentence(t, a, tests)
}

// TestModeratorTurn: a moderator's line is nobody's speech (the moderator
// is unnamed) but no reporter's question either (rule 7): "you're saying"
// in it quotes no official, and a name in it is read as in prose. Before,
// it was read as a question: "The remarks by ... Lael Brainard were on the
// record" made her its speaker. A reporter's "Q" that the transcript runs
// into the moderator's paragraph still opens the question's turn, whose
// "you mentioned" quotes the official who answers (rule 6). Sentences of
// unlabelled White House background calls (2023-11-26, 2021-06-10,
// 2024-07-31), the official named here.
func TestModeratorTurn(t *testing.T) {
	at := New(shipped(t))
	meta := map[string]string{"title": "Background Press Call by National Economic Advisor Lael Brainard on Supply Chain Announcements", "source": "The White House"}
	for _, tc := range []struct {
		name  string
		paras []string
		at    int // the paragraph checked, counted from 1
		want  []string
	}{
		{"the moderator's line reports no remarks", []string{
			"MS. BRAINARD: Thanks so much for joining.",
			"MODERATOR: Thanks. The remarks by National Economic Adviser Lael Brainard were on the record.",
		}, 2, nil},
		{"the moderator's line quotes no official", []string{
			"MS. BRAINARD: Thanks so much for joining.",
			"MODERATOR: We can’t hear you if you’re saying anything.",
			"MS. BRAINARD: Sorry, I was on mute.",
		}, 2, nil},
		{"a question run into the moderator's line", []string{
			"MS. BRAINARD: Thanks so much for joining.",
			"MODERATOR: Thank you very much. We’ll go to Michelle Jamrisko. Q Hi, yes. Just a little bit more on — you mentioned increased cooperation.",
			"MS. BRAINARD: So, a few things.",
		}, 2, []string{"Lael Brainard"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := doc("2023-11-26", meta, tc.paras...)
			at.Attribute(d)
			p := d.Paragraphs[tc.at-1]
			if !slices.Equal(p.Speakers, tc.want) || p.Turn != readout.TurnQuestion {
				t.Errorf("paragraph %d: speakers %q, turn %q; want %q, question", tc.at, p.Speakers, p.Turn, tc.want)
			}
		})
	}
}

// TestNamedModerator: a call's "MODERATOR:" is the person the call names
// as its moderator (rules 7, 11): the name the moderator gives themself,
// else the given name the official after the moderator's turn thanks. Not
// a reporter the moderator called on and the answer thanks ("Thanks,
// Andrea, for the question"), nor a name the moderator's own turn said;
// two different names are nobody. The one thanked is addressed, no
// subject: "Thanks, Eduardo, and thanks to everybody" is the official's
// alone. Shortened from unlabelled White House background calls
// (2024-06-15, 2024-12-01, 2024-10-29).
func TestNamedModerator(t *testing.T) {
	at := New(shipped(t))
	meta := map[string]string{"title": "Background Press Call on the G7", "source": "The White House"}
	sao := "Senior Administration Official"
	for _, tc := range []struct {
		name  string
		paras []string
		at    int // the paragraph checked, counted from 1
		want  []string
	}{
		{"thanked by name after the moderator's turn", []string{
			"MODERATOR: Hey, everyone. We’ll get started.",
			"So, over to you.",
			"SENIOR ADMINISTRATION OFFICIAL: Thanks, Sam. Hi, everybody.",
			"MODERATOR: Thank you. Our first question will go to JJ with Bloomberg.",
		}, 4, []string{"Sam"}},
		{"the moderator introduces themself", []string{
			"MODERATOR: All right, hello, everyone. This is Jessica Kosmider with the NSC press team.",
			"SENIOR ADMINISTRATION OFFICIAL: Terrific. Thanks so much, Jess.",
			"MODERATOR: Our next question goes to Seung Min.",
		}, 3, []string{"Jessica Kosmider"}},
		{"a reporter thanked is no moderator", []string{
			"MODERATOR: Our first question goes to Andrea.",
			"SENIOR ADMINISTRATION OFFICIAL: Well, thanks so much, Andrea, for the question.",
			"MODERATOR: Next question.",
		}, 3, nil},
		{"two names are nobody", []string{
			"MODERATOR: Hi, everyone.",
			"SENIOR ADMINISTRATION OFFICIAL: Thanks, Sam.",
			"MODERATOR: Next, we have a second speaker.",
			"SENIOR ADMINISTRATION OFFICIAL: Thanks, Kate.",
			"MODERATOR: Next question.",
		}, 5, nil},
		{"the one thanked is no subject", []string{
			"MODERATOR: Hi, everyone. Over to you.",
			"SENIOR ADMINISTRATION OFFICIAL: Thanks, Eduardo, and thanks to everybody for joining us today.",
		}, 2, []string{sao}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := doc("2024-06-15", meta, tc.paras...)
			at.Attribute(d)
			p := d.Paragraphs[tc.at-1]
			if !slices.Equal(p.Speakers, tc.want) {
				t.Errorf("paragraph %d: speakers %q; want %q", tc.at, p.Speakers, tc.want)
			}
		})
	}
}

// TestTitledLabel: a transcript label of a title and one surname names a
// person (rules 7, 11), as "MR. KIKUKAWA:" does: the office holder the
// gazetteer knows ("KING ABDULLAH:" is Abdullah II, though the text never
// writes his number; "MINISTER SINGH:" beside "Rajnath Singh-ji"), the
// label's surname where nobody else bears it ("AMBASSADOR LOGSDON:"), the
// person a misspelt surname is a letter off ("SECRETARY BLINKNEN:"). From
// unlabelled State Department transcripts, shortened.
func TestTitledLabel(t *testing.T) {
	state := map[string]string{"source": "U.S. Department of State"}
	runLastSentence(t, New(shipped(t)), []lastSentenceCase{
		{"an ambassador the gazetteer does not know", "2022-03-06", state, []string{
			"SECRETARY BLINKEN: Thank you all for being here.",
			"AMBASSADOR LOGSDON: Thank you, Mr. Secretary. It’s great to have you here.",
		}, []string{"Logsdon"}, nil},
		{"a chairman the gazetteer does not know", "2022-03-05", state, []string{
			"SECRETARY BLINKEN: Well, thank you all for being here.",
			"CHAIRMAN MEEKS: Thank you. As you said, many more members of Congress wanted to come.",
		}, []string{"Meeks"}, nil},
		{"a king by his office on the date", "2021-07-20", state, []string{
			"SECRETARY BLINKEN: Your Majesty, it is a real pleasure to welcome you to the State Department.",
			"KING ABDULLAH: Mr. Secretary, thank you so much for those very kind and warm words.",
		}, []string{"Abdullah II"}, nil},
		{"a minister whose name carries an honorific elsewhere", "2022-04-11", state, []string{
			"SECRETARY BLINKEN: Now to Minister Singh.",
			"MINISTER SINGH: Secretary Austin, Secretary Blinken, Dr. Jaishankar-ji, members of press, ladies and gentlemen.",
			"MINISTER JAISHANKAR: Secretary Blinken, Secretary Austin, Defense Minister Rajnath Singh-ji, it’s a great pleasure to meet all of you.",
			"MINISTER SINGH: I’m going to reply to this.",
		}, []string{"Rajnath Singh"}, nil},
		{"a misspelt surname is the person it is a letter off", "2022-04-06", state, []string{
			"SECRETARY BLINKEN: Good afternoon, everyone.",
			"QUESTION: Thank you, Mr. Secretary.",
			"SECRETARY BLINKNEN: Thank you.",
		}, []string{"Antony Blinken"}, nil},
		{"an honorific name is one person", "2022-04-11", state, []string{
			"MINISTER JAISHANKAR: It’s a great pleasure to meet Secretary Blinken, Secretary Austin and Defense Minister Rajnath Singh-ji.",
		}, []string{"Subrahmanyam Jaishankar"}, []string{"Antony Blinken", "Lloyd Austin", "Rajnath Singh"}},
	})
}

// TestOfficeSurname: one word an office title stands before is a person's
// name as surely as an honorific's (rule 11), shown where the text writes
// it as a speaker or a pronoun takes it up (rule 5); not a member of "the
// leaders" or what a bare title means, and never a mention. From
// unlabelled State Department and White House texts, shortened.
func TestOfficeSurname(t *testing.T) {
	state := map[string]string{"source": "U.S. Department of State"}
	wh := map[string]string{"source": "The White House"}
	runLastSentence(t, New(shipped(t)), []lastSentenceCase{
		{"a general the gazetteer does not know", "2022-07-05", state, []string{
			"QUESTION: General Burhan said yesterday that he is handing over to democratic rule.",
		}, []string{"Burhan"}, nil},
		{"a pronoun takes up an ambassador", "2022-06-02", state, []string{
			"MR PRICE: Daphne, go ahead.",
			"QUESTION: Yeah, to follow up, Ambassador Brink held her first press conference in Kyiv. She said the range itself is going to be up to the Ukrainian forces.",
		}, []string{"Brink"}, nil},
		{"an office's surname joins no group", "2023-04-18", wh, []string{
			"President Biden spoke with Leader Schumer and Leader Hoyer today.",
			"They discussed efforts to lower costs for hardworking families.",
		}, []string{"Joe Biden", "Chuck Schumer"}, nil},
		{"an office's surname is no mention", "2022-03-21", state, []string{
			"MR PRICE: I met Ambassador Nides yesterday, and I thank you all for being here.",
		}, []string{"Ned Price"}, []string{}},
	})
}

// TestLabelFullestName: a label's bare surname, and a surname in prose, is
// the fullest name the document writes that ends in it (rule 11), with
// every given name, a middle initial and a particle ("Bin"), also where
// the gazetteer knows someone else of that surname; where the document's
// forms give different given names ("Jennifer", "Jenny"), nothing fuller
// than the first "Given Surname" is taken. Constructed from the shapes of
// unlabelled State Department transcripts.
func TestLabelFullestName(t *testing.T) {
	state := map[string]string{"source": "U.S. Department of State"}
	titled := func(title string) map[string]string {
		return map[string]string{"source": "U.S. Department of State", "title": title}
	}
	runLastSentence(t, New(shipped(t)), []lastSentenceCase{
		{"a title's full name with a particle, a gazetteer surname", "2022-05-17", titled("Secretary Antony J. Blinken And Yemeni Foreign Minister Dr. Ahmed Awad Bin Mubarak Before Their Meeting"), []string{
			"SECRETARY BLINKEN: Welcome.",
			"FOREIGN MINISTER MUBARAK: Thank you, Mr. Secretary.",
		}, []string{"Ahmed Awad Bin Mubarak"}, []string{"Antony Blinken"}},
		{"a title's three-word name for an honorific label", "2022-07-11", titled("Secretary Antony J. Blinken With Kiratikorn Naksompop Blauw of Thai PBS"), []string{
			"MS BLAUW: Since we have only seven minutes, I’m just going to go straight to it.",
		}, []string{"Kiratikorn Naksompop Blauw"}, nil},
		{"a speaker's own introduction with two given names", "2021-07-01", state, []string{
			"MS JOHNSTONE: Our next hero is here.",
			"MS NIETO: I am Rocio Mora Nieto. I am the director of an association in Spain.",
		}, []string{"Rocio Mora Nieto"}, nil},
		{"an introduction in prose, then the titled surname", "2022-02-07", state, []string{
			"SECRETARY BLINKEN: Welcome to French Ambassador Philippe Etienne and to all of you.",
			"AMBASSADOR ETIENNE: Thank you, Secretary.",
		}, []string{"Philippe Etienne"}, nil},
		{"a contraction is no given name", "2021-06-21", state, []string{
			"MR CAPEHART: Hi, I’m Jonathan Capehart of The Washington Post.",
			"MR CAPEHART: Let me start with a question.",
		}, []string{"Jonathan Capehart"}, nil},
		{"a mention in prose takes every given name", "2021-07-19", state, []string{
			"The Board determined that the detention of Abdul Latif Nasir no longer remained necessary.",
			"MR PRICE: We notified Congress of its intent to repatriate Mr. Nasir to Morocco.",
		}, []string{"Ned Price"}, []string{"Abdul Latif Nasir"}},
		{"two given names for one surname: the first form, no fuller", "2021-06-17", state, []string{
			"MR PRICE: Do we have Jennifer Hansler on the line?",
			"MR PRICE: We’ll go to the line of Jenny Hansler.",
			"MR PRICE: Thanks, Ms. Hansler, for the question.",
		}, []string{"Ned Price"}, []string{"Jennifer Hansler"}},
	})
}

// TestHandoverGivenName: a label's surname the document never writes in
// full takes the given name its hand-overs give (rule 11): the floor
// passed "over to Angelo", or a bare vocative "Philippe, ..." before the
// turn, or "Thanks, Angelo" opening the next speaker's turn; not a reporter
// thanked after a question, nor a place ("U.S. Embassy Suva").
func TestHandoverGivenName(t *testing.T) {
	wh := map[string]string{"source": "The White House"}
	state := map[string]string{"source": "U.S. Department of State"}
	runLastSentence(t, New(shipped(t)), []lastSentenceCase{
		{"a hand-over before the turn", "2024-07-11", wh, []string{
			"MR. PODESTA: Thank you. And with that, I’ll turn it over to Angelo to take questions.",
			"MR. FERNÁNDEZ HERNÁNDEZ: Thanks, John. And thanks, everyone.",
		}, []string{"Angelo Fernández Hernández"}, nil},
		{"a vocative before and after the turn", "2022-02-07", state, []string{
			"SECRETARY BLINKEN: We are delighted to be here.",
			"Philippe, (in French).",
			"AMBASSADOR ETIENNE: Thank you, Secretary.",
			"SECRETARY BLINKEN: Philippe, thank you very much.",
			"AMBASSADOR ETIENNE: I am pleased to join you.",
		}, []string{"Philippe Etienne"}, nil},
		{"a reporter thanked after a question is not the moderator", "2023-08-22", wh, []string{
			"MR. FERNÁNDEZ HERNÁNDEZ: We will go to Michael. You should be unmuted now.",
			"Q Hey, it’s Michael from Politico. What is the timeline?",
			"SENIOR ADMINISTRATION OFFICIAL: Thanks, Michael. So, in general, we expect it soon.",
			"MR. FERNÁNDEZ HERNÁNDEZ: Thank you.",
		}, []string{"Fernández Hernández"}, nil},
		{"a place is no given name", "2022-02-12", state, []string{
			"Suva, Fiji",
			"U.S. Embassy Suva",
			"MR GREUBEL: Welcome to U.S. Embassy Suva.",
			"SECRETARY BLINKEN: Suva, thank you.",
			"MR GREUBEL: Thank you.",
		}, []string{"Greubel"}, nil},
	})
}
