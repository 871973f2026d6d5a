package attribution

import "testing"

// TestUnknownNames: people the gazetteer does not know, named with a role
// before them, as speakers of what a question or answer relays (rules 1,
// 5, 6, 11), and what stays narration. Names are made up, so that no
// gazetteer entry helps.
func TestUnknownNames(t *testing.T) {
	a := New(shipped(t))
	mfa := map[string]string{"source": "Ministry of Foreign Affairs of the People's Republic of China", "title": "Foreign Ministry Spokesperson Lu Kang's Regular Press Conference on February 26, 2019"}
	tests := []lastSentenceCase{
		// A person, the body they belong to, and the body's appositive
		// between the name and the verb.
		{"of the company X, appositive, said", "2019-02-26", mfa, []string{"Q: CEO Tom Brill of the British company Acmefone, the world's second-largest mobile operator, said at the congress that excluding Huawei would delay the rollout."}, []string{"Tom Brill"}, nil},
		{"of a country, an occasion between commas, mentioned", "2018-12-25", mfa, []string{"Q: According to reports, President Jean Mbeki of Rwanda, on the sidelines of the summit in Vienna, Austria, mentioned China-Africa cooperation in an interview."}, []string{"Jean Mbeki"}, nil},
		{"a surname that is a word, after the appositive", "2019-02-26", mfa, []string{"Q: CEO Nick Reade of the British company Acmefone, the world's second-largest mobile operator, said at the congress that excluding Huawei would delay the rollout. He added that swapping equipment would cost consumers."}, []string{"Nick Reade"}, nil},
		{"said and the surname after it", "2019-02-26", mfa, []string{"Q: CEO Tom Brill of the British company Acmefone, the world's second-largest mobile operator, said the ban would cost two years. \"People are saying things,\" said Brill."}, []string{"Tom Brill"}, nil},
		// "labeled ... as": what the subject called it, in an answer too.
		{"labeled as, in a question", "2020-06-17", mfa, []string{"Q: Foreign Minister Maria Pyne of Australia accused China of spreading fear. She also labeled Beijing's warnings to citizens against travelling to Australia as \"disinformation\"."}, []string{"Maria Pyne"}, nil},
		{"labeled as, an official of a country in an answer", "2020-06-17", mfa, []string{"Q: Australian Foreign Minister Maria Pyne said Australia will counter the infodemic. What's your comment?", "A: We are talking about plain facts, but this Australian official labeled it as \"disinformation\"."}, []string{"Lu Kang", "Maria Pyne"}, nil},
		{"branded as, in prose", "2021-03-02", nil, []string{"Foreign Minister Maria Pyne branded the sanctions as illegal."}, []string{"Maria Pyne"}, nil},
		{"labeled with no as is no speech", "2021-03-02", nil, []string{"Foreign Minister Maria Pyne labeled the boxes before the meeting."}, nil, nil},
		{"labeled as, with a clause between, is no speech", "2021-03-02", nil, []string{"Foreign Minister Maria Pyne labeled the boxes that were sent as gifts."}, nil, nil},
		// A company's office alone: the one the document names with it.
		{"the company's CEO said, in an answer", "2019-02-26", mfa, []string{"Q: CEO Tom Brill of the British company Acmefone said the ban would cost two years. Do you agree?", "A: As the Acmefone CEO said, policies need to be based on facts."}, []string{"Lu Kang", "Tom Brill"}, nil},
		{"what the CEO of the company said", "2019-02-26", mfa, []string{"Q: CEO Tom Brill of the British company Acmefone said the ban would cost two years. Do you agree?", "A: I believe that what the CEO of Acmefone said is reasonable."}, []string{"Lu Kang", "Tom Brill"}, nil},
		{"another company's CEO is nobody", "2019-02-26", mfa, []string{"Q: CEO Tom Brill of the British company Acmefone said the ban would cost two years. Do you agree?", "A: As the Telco CEO said, policies need to be based on facts."}, []string{"Lu Kang"}, nil},
		{"two CEOs named: the office alone is nobody", "2019-02-26", mfa, []string{"Q: CEO Tom Brill of Acmefone and CEO Ann Weiss of Telco said the ban would cost two years. Do you agree?", "A: As the CEO said, policies need to be based on facts."}, []string{"Lu Kang"}, nil},
		// A pronoun's verb that only points at the noun before it.
		{"the people he mentioned have failed: no speech", "2019-02-26", mfa, []string{"Q: CEO Tom Brill of the British company Acmefone said people are saying things that are not grounded. Do you agree?", "A: I believe what Tom Brill said is reasonable. These \"people\" he mentioned have failed to provide any evidence."}, []string{"Lu Kang"}, nil},
		{"what he believes would be: a stance", "2019-02-26", mfa, []string{"Q: CEO Tom Brill of the British company Acmefone said people are saying things that are not grounded. He explained what he believes would be necessary."}, []string{"Tom Brill"}, nil},
		{"he mentioned that: speech", "2019-02-26", mfa, []string{"Q: CEO Tom Brill of the British company Acmefone said people are saying things that are not grounded. He mentioned that the ban has costs."}, []string{"Tom Brill"}, nil},
		// "made a speech" is speech, as "made remarks" is.
		{"X made a speech", "2019-07-09", mfa, []string{"Q: At invitation, Hong Kong singer Denise Hu made a speech on the demonstrations in the UN Human Rights Council yesterday."}, []string{"Denise Hu"}, nil},
		{"X made a policy speech", "2019-01-28", mfa, []string{"Q: Japanese Prime Minister Shinzo Abe has just made a policy speech."}, []string{"Shinzo Abe"}, nil},
		{"X made a call is no speech", "2019-01-28", mfa, []string{"Q: Japanese Prime Minister Shinzo Abe has just made a phone call to Seoul."}, nil, nil},
		// The body's name after its kind is not part of the person's.
		{"the website X, then a name", "2018-08-23", mfa, []string{"Q: The reporter for the US website Buzzline Megan Rajan says that the government has cancelled her visa."}, []string{"Megan Rajan"}, nil},
		// Narration stays narration.
		{"of the company X, appositive, visited", "2019-02-26", mfa, []string{"Q: CEO Tom Brill of the British company Acmefone, the world's second-largest mobile operator, visited Beijing last week."}, nil, nil},
		// A body's appositive is not a person's: the verb's subject is
		// the body.
		{"a body and its appositive", "2019-02-26", mfa, []string{"Q: The British company Acmefone, the world's second-largest mobile operator, said that the ban would delay the rollout."}, nil, nil},
	}
	runLastSentence(t, a, tests)

	// Names with their offices after a time opening, and "<Body> Member"
	// before a name, in a participant list (rule 3).
	wh := map[string]string{"source": "The White House", "title": "Readout of White House Meeting"}
	runLastSentence(t, a, []lastSentenceCase{
		{"today, X, office, and Y, office, were joined by", "2023-01-31", wh, []string{"Today, Jane Roe, Assistant to the President and Director of the Policy Council, Ann Weiss, Senior Advisor, and Mia Stoll, Coordinator of the Moonshot, were joined by medical experts.", "Participants discussed the need to expand access."}, []string{"Jane Roe", "Ann Weiss", "Mia Stoll"}, nil},
		{"lines of a list run together are no conjuncts", "2023-01-31", wh, []string{"Jane Roe, Chief Executive Officer, Flex Ann Weiss, Founder, Evercore Mia Stoll, Chairman, Acme", "Participants discussed the need to expand access."}, nil, nil},
		{"an office's domain in a series, then a name", "2022-03-08", map[string]string{"source": "U.S. Department of State"}, []string{"Under Secretary of Homeland Security for Strategy, Policy, and Plans Ann Weiss said the talks went well."}, []string{"Ann Weiss"}, nil},
		{"Assembly Member X in a list", "2022-08-05", wh, []string{"Vice President Harris met with state legislators.", "Participants: - Representative Ann Weiss (D-KS-23) - Assembly Member Jane Roe-Stoll (D-NY-34)", "The participants shared challenges."}, []string{"Ann Weiss", "Jane Roe-Stoll"}, nil},
	})

	// "That is a quote from X" tells whose the sentence before is.
	ungd := map[string]string{"speaker": "Ms. Vera Amhof", "un_session": "79"}
	runLastSentence(t, a, []lastSentenceCase{
		{"that is a quote from X: the sentence before is X's, not this one", "2022-09-20", ungd, []string{"“Our world needs leaders who act with wisdom.”", "That is a quote from the address delivered by Secretary-General Ban Ki-moon to the General Assembly in 2010."}, []string{"Vera Amhof"}, nil},
		{"that statement of X is relevant", "2022-09-20", ungd, []string{"“Our world needs leaders who act with wisdom.”", "That statement of Secretary-General Ban Ki-moon is still relevant."}, []string{"Vera Amhof"}, nil},
		{"a quote from X, not pointing back", "2022-09-20", ungd, []string{"We recall a quote from Secretary-General Ban Ki-moon about hope."}, []string{"Vera Amhof", "Ban Ki-moon"}, nil},
		// A relative clause that runs into the verb of a quotation.
		{"X, who ... said: “...”", "2024-09-28", ungd, []string{"Mr. President, In 1946, Carlos P. Romero, who would become the first Asian President of the General Assembly said: “We are not here to make peace, but to build for peace.”"}, []string{"Vera Amhof", "Carlos P. Romero"}, nil},
		{"X, who ..., said: the closing comma", "2024-09-28", ungd, []string{"In 1946, Carlos P. Romero, who would become President of the General Assembly, said: “We are here.”"}, []string{"Vera Amhof", "Carlos P. Romero"}, nil},
		{"X, who said that Y said: Y", "2024-09-28", ungd, []string{"In 1946, Carlos P. Romero, who knew Secretary-General Trygve Lie said: “We are here.”"}, []string{"Vera Amhof", "Trygve Lie"}, nil},
		// A writer a speech names by a role noun, then a colon and a quotation.
		{"the writer X before a colon and a quotation", "2024-09-24", ungd, []string{"Only together can we counter the dynamic, captured so aptly by the great writer Ferdinand Rameau a century ago: “Misfortunes never come alone.”"}, []string{"Vera Amhof", "Ferdinand Rameau"}, nil},
		{"the poet X before a colon and a quotation", "2023-09-22", ungd, []string{"I was reminded of those timeless lines by the poet John Dunne: “No man is an island.”"}, []string{"Vera Amhof", "John Dunne"}, nil},
		{"the writer X with no quotation", "2024-09-24", ungd, []string{"We honour the great writer Ferdinand Rameau, born a century ago."}, []string{"Vera Amhof"}, nil},
		{"that is a quote from the writer: not this sentence", "2024-09-24", ungd, []string{"Only together can we counter the dynamic, captured so aptly by the great writer Ferdinand Rameau a century ago: “Misfortunes never come alone.”", "That too is a quote from Rameau."}, []string{"Vera Amhof"}, nil},
		{"a quote from the writer's surname later", "2024-09-24", ungd, []string{"Only together can we counter the dynamic, captured so aptly by the great writer Ferdinand Rameau a century ago: “Misfortunes never come alone.”", "We recall a quote from Rameau about hope."}, []string{"Vera Amhof", "Ferdinand Rameau"}, nil},
	})
}

// TestUnknownNamesExplained: explain shows the rule and the words of a
// credit whose name stands far from its verb.
func TestUnknownNamesExplained(t *testing.T) {
	a := New(shipped(t))
	mfa := map[string]string{"source": "Ministry of Foreign Affairs of the People's Republic of China", "title": "Foreign Ministry Spokesperson Lu Kang's Regular Press Conference on February 26, 2019"}
	tests := []struct {
		name, date string
		paras      []string
		want       string // the speaker's Reason, as explain prints it
	}{
		{"a body's appositive between name and verb", "2019-02-26", []string{"Q: CEO Tom Brill of the British company Acmefone, the world's second-largest mobile operator, said at the congress that excluding Huawei would delay the rollout."},
			`"Tom Brill … said" → Tom Brill (verb, a name outside the gazetteer)`},
		{"a name outside the gazetteer right before its verb", "2019-07-09", []string{"Q: Hong Kong singer Denise Hu made a speech on the demonstrations yesterday."},
			`"Denise Hu … made" → Denise Hu (verb, a name outside the gazetteer)`},
		{"an occasion between commas", "2018-12-25", []string{"Q: According to reports, President Jean Mbeki of Rwanda, on the sidelines of the summit in Vienna, Austria, mentioned China-Africa cooperation in an interview."},
			`"Jean Mbeki … mentioned" → Jean Mbeki (verb)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := a.AttributeSentences(doc(tt.date, mfa, tt.paras...))
			last := res[len(res)-1]
			s := last[len(last)-1]
			var got []string
			for _, r := range s.Why {
				got = append(got, r.String())
			}
			if len(got) == 0 || got[0] != tt.want {
				t.Errorf("why of %q = %q; want %q first", s.Text, got, tt.want)
			}
		})
	}
}
