package attribution

import "testing"

// TestNames checks who a title or a bare name is (rules 5 and 11): a
// department's words before a title, offices held before or elsewhere,
// given names, nicknames, patronymics and middle initials, and words that
// look like names and are not. Each case is one sentence (or a few) from
// unlabelled State Department, White House and General Debate texts, or
// invented where marked; the speakers of the last sentence are checked,
// and its mentions when not nil.
func TestNames(t *testing.T) {
	a := New(shipped(t))
	tests := []lastSentenceCase{
		{"a department's words belong to the title", "2019-05-16", nil, []string{"The U.S. Treasury Secretary said the sanctions would stay in place."}, []string{"Steven Mnuchin"}, nil}, // invented
		{"a cabinet title before a bare surname", "2021-07-27", nil, []string{"Addressing the open Plenary, Secretary Blinken and Education Secretary Cardona announced a Joint Statement of Principles in support of international education."}, []string{"Antony Blinken", "Miguel Cardona"}, nil},
		{"a title of an office held before", "2022-02-07", nil, []string{"In 2018, Secretary Pompeo, as I quoted before, said precisely this decision will help reduce proliferation."}, []string{"Mike Pompeo"}, nil},
		{"Secretary is the head of another department's title", "2022-04-26", nil, []string{"Secretary Austin had said that our goal was to weaken Russia."}, []string{"Lloyd Austin"}, nil}, // paraphrased
		{"a gazetteer person with no office listed", "2022-03-06", map[string]string{"source": "U.S. Department of State"}, []string{"Speaker Pelosi said she’s willing to cut off all imports of Russian oil."}, []string{"Nancy Pelosi"}, nil},
		{"a title of an office they never held", "2020-04-05", nil, []string{"Special Representative Liu said the talks were useful."}, nil, nil}, // invented: not Vice Premier Liu He (Liu Xiaoming took the post in 2021)
		{"a title of an office they held", "2022-04-05", nil, []string{"Special Representative Liu said the talks were useful."}, []string{"Liu Xiaoming"}, nil},
		// "Ambassador Sullivan" where the document also names Jake Sullivan,
		// the National Security Advisor (2022-03-21 State briefing): the
		// Sullivan who was an ambassador on the date (rule 11).
		{"a title the namesake the document names never held", "2022-03-21", map[string]string{"source": "U.S. Department of State"}, []string{"MR PRICE: Jake Sullivan spoke to his counterpart last week.", "MR PRICE: Ambassador Sullivan said the costs will climb."}, []string{"Ned Price", "John Sullivan"}, nil},
		{"an office begun later does not fit", "2022-05-26", nil, []string{"FOREIGN MINISTER ANTONIO: (Via interpreter) Thank you very much."}, nil, nil},                              // not Marco Antonio Rubio
		{"a given name an honorific alias writes alone", "2021-01-21", nil, []string{"WHO Director-General Tedros welcomed the pledge."}, []string{"Tedros Adhanom Ghebreyesus"}, nil}, // invented
		{"a given name before a patronymic", "2022-03-09", nil, []string{"King Salman welcomed the agreement."}, []string{"Salman bin Abdulaziz Al Saud"}, nil},                        // invented: not Khalid bin Salman
		// A middle given name alone is nobody (2022-05-12 and 2024-04-22
		// White House calls, 2020 Iranian General Debate speech): not Alan
		// Peter Cayetano, Jorge Carlos Fonseca, Mohammed Shia al-Sudani.
		{"a middle given name alone is nobody", "2022-05-12", map[string]string{"source": "The White House"}, []string{"SENIOR ADMINISTRATION OFFICIAL: Thanks, Peter, for your question. The Vice President will join leaders in the headline session."}, []string{"Senior Administration Official"}, []string{"Kamala Harris"}},
		{"a middle given name after a moderator is nobody", "2024-04-22", map[string]string{"source": "The White House"}, []string{"MODERATOR: Thank you. We will go to Carlos next. You should be unmuted now."}, nil, []string{}},
		{"a middle name that is a word is nobody", "2020", map[string]string{"speaker": "Hassan Rouhani"}, []string{"We supported all Iraqis — whether Kurd or Arab, Sunni or Shia, Muslim or Christian."}, []string{"Hassan Rouhani"}, []string{}},
		// UN General Debate headers write one speaker several ways: with a
		// doubled honorific, with and without middle names (the 2018-2020
		// Moroccan and 2018-2024 Barbadian speeches).
		{"a header's doubled honorific", "2019", map[string]string{"speaker": "Mr. M. Saad-Eddine El Othmani"}, []string{"I congratulate the President on his election."}, []string{"Saad-Eddine El Othmani"}, nil},
		{"a header's middle name", "2018", map[string]string{"speaker": "Ms. Mia Amor Mottley"}, []string{"I congratulate the President on her election."}, []string{"Mia Mottley"}, nil},
		// A programme line runs a name into words that are no name ("Via
		// Teleconference", 2021-07-29 State briefing); a label's surname
		// after a particle ("My name is Olga de Obaldía", 2022-04-19).
		{"a programme line's last words are no name", "2021-07-29", map[string]string{"source": "U.S. Department of State"}, []string{"Senior Advisor to the USAID Administrator and Executive Director of the USAID Northern Triangle Task Force Michael Camilleri Via Teleconference", "MR CAMILLERI: Sure. This is Michael Camilleri. I’m happy to take that."}, []string{"Michael Camilleri"}, nil},
		// The word after a title's "of the" is the body's name, not a
		// given name (rule 11): "Speaker of the Knesset Mickey Levy",
		// "Chancellor of the Exchequer Philip Hammond".
		{"a body's name after 'of the' is no given name", "2022-05-02", map[string]string{"source": "U.S. Department of State"}, []string{"Deputy Secretary Sherman met with Speaker of the Sejm Jan Kowalczyk.", "Deputy Secretary Sherman and Speaker Kowalczyk discussed regional security."}, []string{"Wendy Sherman", "Jan Kowalczyk"}, nil}, // invented
		// An office in the plural before two names is each one's title
		// (rules 3, 5): from unlabelled White House readouts (2023-02-10,
		// 2021-12-22), where a bare "Biden" or "Walsh" needs the title.
		{"a plural office before two names titles both", "2023-02-10", map[string]string{"source": "The White House"}, []string{"Presidents Biden and Lula recalled the Joint Initiative on Racial and Ethnic Equality."}, []string{"Joe Biden", "Luiz Inácio Lula da Silva"}, nil},
		{"a plural cabinet office before two names titles both", "2021-12-22", map[string]string{"source": "The White House"}, []string{"Secretaries Walsh and Buttigieg discussed the progress their agencies have made."}, []string{"Marty Walsh", "Pete Buttigieg"}, nil},
		{"a header line's 'Via Teleconference' is nobody", "2024-01-11", map[string]string{"source": "The White House"}, []string{"National Security Council Via Teleconference 6:46 P.M. EST"}, nil, []string{}},
		{"a label's surname after a particle", "2022-04-19", map[string]string{"source": "U.S. Department of State"}, []string{"MS OBALDIA: Good afternoon, everybody. My name is Olga de Obaldía. I am the executive director of the Panama Chapter of Transparency International."}, []string{"Olga de Obaldía"}, nil},
		// A transcript label's misspelt title is still a title (2021-05-25
		// and 2021-05-20 State transcripts).
		{"a label's misspelt title", "2021-05-25", map[string]string{"source": "U.S. Department of State"}, []string{"PRIME MININSTER NETANYAHU: Secretary Blinken, Tony, welcome to Jerusalem, your first visit as the Secretary of State."}, []string{"Benjamin Netanyahu"}, []string{"Antony Blinken"}},
		{"a label's misspelt title, one letter swapped in", "2021-05-20", map[string]string{"source": "U.S. Department of State"}, []string{"FOREIGN MINISTESR KOFOD: That’s great, Tony."}, []string{"Jeppe Kofod"}, nil},
		// A moderator's label gives the surname and their first words the
		// given name (2022-04-28 and 2021-04-09 White House calls).
		{"a label's surname and the turn's introduction", "2022-04-28", map[string]string{"source": "The White House"}, []string{"MR. HASAN: Good morning, everyone. This is Abdullah from OMB. Thanks for joining.", "SENIOR ADMINISTRATION OFFICIAL: Thanks, Abdullah.", "MR. HASAN: Thank you. And we will be ready to take questions now."}, []string{"Abdullah Hasan"}, nil},
		{"a label's surname and a given name outside the gazetteer", "2021-04-09", map[string]string{"source": "The White House"}, []string{"MR. FRIEDLANDER: Hi, everybody. This is Rob. Thanks for joining."}, []string{"Rob Friedlander"}, nil},
		{"a nickname alone is nobody", "2020-04-20", nil, []string{"The Bill & Melinda Gates Foundation announced a new donation."}, nil, []string{}},
		{"a middle initial the gazetteer does not write", "2024-05-23", nil, []string{"President William S. Ruto welcomed the partnership."}, []string{"William Ruto"}, nil},
		{"an office named after its holder is nobody", "2021-07-13", nil, []string{"The Office of the U.S. Trade Representative issued an updated advisory and said it applies to all."}, nil, []string{}},
		{"a country's possessive before a title", "2022-05-17", nil, []string{"Ambassador Sullivan issued a statement earlier today.", "Russia’s Ambassador said the talks had failed."}, nil, nil}, // second invented: not John Sullivan
		{"another body's office is not the known title", "2022-05-25", nil, []string{"Deputy Secretary Donfried spoke about it.", "There are signals, most recently coming from Moscow – National Security Council Deputy Secretary (inaudible) sent out a message saying that they are planning to put together agreements."}, nil, nil},
		{"a foreign former holder is not the title on the date", "2022-07-12", map[string]string{"source": "U.S. Department of State"}, []string{"The assassination of President Moïse shocked the region.", "- Reflecting the President’s commitment to support the people of Haiti, the United States commits to receiving increased UNHCR referrals of Haitians."}, []string{"Joe Biden"}, nil}, // first invented
		{"a country of two words is no name", "2018", map[string]string{"speaker": "Mr. Maithripala Siresena", "un_session": "73"}, []string{"For the past three and a half years, I have been the Head of State of Sri Lanka.", "Sri Lanka considers every nation of the world a friend."}, []string{"Maithripala Siresena"}, nil},
		{"a surname ending like a noun, titled elsewhere", "2021-06-18", nil, []string{"U.S. Special Envoy for Yemen Tim Lenderking traveled to Riyadh.", "Special Envoy Lenderking noted the importance of a ceasefire."}, []string{"Tim Lenderking"}, nil},
		{"a person with no office listed, of another country", "2022-08-04", map[string]string{"counterpart_from_title": "Governor Baker", "source": "The White House"}, []string{"Participants included Massachusetts Governor Charlie Baker.", "Governor Baker stressed the urgency of acting."}, []string{"Charlie Baker"}, nil}, // paraphrased: not Philip Noel-Baker of 1946
		{"honorifics after the title, a given name before a patronymic", "2018-08-02", nil, []string{"Prime Minister Tun Dr. Mahathir said the initiative is an opportunity for the region."}, []string{"Mahathir Mohamad"}, nil},                                                                                                   // invented
		{"a nickname alone is nobody's name", "2022-06-16", map[string]string{"source": "The White House"}, []string{"Nick, would you mind reminding folks how to cue up a question, please?"}, nil, []string{}},
		{"a country inside an office", "2019-01-30", nil, []string{"The Director of the US National Intelligence told senators that cyber threats are growing."}, []string{"Dan Coats"}, nil}, // invented
		{"a given name ending like a noun, after a title", "2022-04-05", nil, []string{"On April 5 Special Representative for the DPRK Sung Kim met with the People’s Republic of China (PRC) Special Representative for Korean Peninsula Affairs Liu Xiaoming in Washington, D.C., to discuss recent developments in the Democratic People’s Republic of Korea (DPRK).", "Special Representative Kim and Special Representative Liu discussed opportunities to advance cooperation."}, []string{"Sung Kim", "Liu Xiaoming"}, nil},
		{"a surname ending like a noun, titled once", "2022-03-30", nil, []string{"In fact, we have our Special Envoy Tim Lenderking in the region as we speak."}, nil, []string{"Tim Lenderking"}},
		{"an office's last word ending like a noun is no name", "2022-05-27", nil, []string{"Deputy Director of the National Economic Council for Economic Mobility Carmel Martin highlighted the commitment."}, []string{"Carmel Martin"}, nil},                                                                                                                                                                                                                                     // paraphrased
		{"a title before a word the gazetteer knows only as someone's given name", "2022-02-07", nil, []string{"I was at a ministerial last week and my counterpart in Ireland, Minister Ryan, said words that I thought were very interesting."}, []string{"Ryan"}, nil},                                                                                                                                                                                                            // not Ryan Zinke
		{"a title before the given name of the holder then", "2022-01-10", nil, []string{"It was quite clear that Prime Minister Abiy said he understood the imperative of restoring humanitarian access."}, []string{"Abiy Ahmed"}, nil},                                                                                                                                                                                                                                            // paraphrased
		{"a preposition in an office's name opens no name", "2023-04-13", nil, []string{"The Mexican delegation included Director General of the National Intelligence Center Audomaro Martínez Zapata, Head of the Federal Commission for the Protection Against Sanitary Risks Dr. Alejandro Svarch Pérez, and Chief Officer for North America at the Foreign Ministry Roberto Velasco."}, nil, []string{"Audomaro Martínez Zapata", "Alejandro Svarch Pérez", "Roberto Velasco"}}, // shortened
		{"a name outside the gazetteer described by an office", "2022-06-02", nil, []string{"Finally, the Department is designating Alexey Mordashov, the leader of Severgroup and one of Russia’s wealthiest billionaires."}, nil, []string{"Alexey Mordashov"}},
		{"a rank alone describes no office", "2019-07-02", nil, []string{"Fujian is the Core Area of the 21st-Century Maritime Silk Road, a special economic zone and a pilot free trade zone."}, nil, []string{}},
		{"an office's domain after on, then the name", "2021-06-10", map[string]string{"speaker": "Ned Price, Department Spokesperson"}, []string{"Senior Advisor to the President on Migration Amy Pope announced more than $57 million in new humanitarian assistance."}, []string{"Amy Pope"}, nil},
		{"a title word as a family name after a given name", "2021-06-10", nil, []string{"Assistant to the President Amy Pope today announced more than $57 million in new humanitarian assistance."}, []string{"Amy Pope"}, nil},
		{"a plural of the domain is no given name", "2021-07-16", nil, []string{"While in Moscow, he met with Russian Foreign Minister Lavrov and Special Presidential Representative on Climate Issues Edelgeriyev."}, nil, []string{"Sergey Lavrov"}},
		{"an ordinal of a style is no given name", "2021", map[string]string{"speaker": "Lotay Tshering", "un_session": "76"}, []string{"It was His Late Majesty the Third King who worked tirelessly to install Bhutan into the UN."}, []string{"Lotay Tshering"}, []string{}},
		{"a noun ending titled nowhere is no surname", "2021-06-18", nil, []string{"Director of Vote Counting Opening said the count is final."}, nil, []string{}}, // invented
		// Rule 5's ranking (resolveTitle): a holder named with the title
		// just before, a participant, the text's own holder on the date,
		// then a holder named elsewhere.
		{"a foreign holder named once is not the home's bare title", "2022-11-20", map[string]string{"source": "The White House"}, []string{
			"Tomorrow, the Vice President will have two bilateral meetings in Manila, with President Marcos and with Vice President Duterte-Carpio.",
			"First, on security, you can expect the Vice President to reaffirm the strength of the alliance.",
			"Let me just go through some of the topics we anticipate.",
			"On economic ties, as the Vice President said at the APEC CEO Summit the other day, we want to work with the private sector to increase foreign direct investment in the Indo-Pacific."}, []string{"Kamala Harris"}, nil},
		{"a holder named with the title just before", "2022-04-04", map[string]string{"source": "U.S. Department of State"}, []string{
			"MS CLEARY: So today we’re here to unveil a specially commissioned bust of former Secretary of State James A. Baker, III.",
			"SECRETARY BLINKEN: Susan, thank you so much. And to everyone here today, this is a special moment. Jim, welcome home.",
			"That was how Secretary Baker assembled the coalition to stand up to Saddam Hussein’s invasion of Kuwait. Ahead of the November 1990 vote at the UN Security Council authorizing the use of force against Iraq, the Secretary recognized the importance of rallying the broadest possible coalition."}, []string{"Antony Blinken", "James A. Baker III"}, nil},
		{"a bare title the turn used for another keeps them", "2021-06-16", map[string]string{"source": "U.S. Department of State"}, []string{
			"And really, it matches the objectives the President had set for this meeting with President Putin. And I think the President believes very strongly in being – just being very clear and direct, and that was the nature of the meeting."}, []string{"Joe Biden"}, nil},
		{"whose turn it is is not the title they address", "2022-04-04", map[string]string{"source": "U.S. Department of State"}, []string{
			"MS CLEARY: Mr. Secretary, former Secretary of State James A. Baker, ambassadors, distinguished guests, colleagues, and friends, we’re so delighted to have you here today.",
			"SECRETARY BLINKEN: Susan, thank you so much. Jim, welcome home.",
			"SECRETARY BAKER: Thank you, Mr. Secretary, for those extraordinarily generous remarks."}, []string{"James A. Baker"}, []string{"Antony Blinken"}},
		{"a title after a body of one country is that country's", "2020-03-31", map[string]string{"source": "Ministry of Foreign Affairs of the People's Republic of China"}, []string{
			"Q: The State Department Spokesperson said yesterday that the talks had stalled."}, []string{"Morgan Ortagus"}, nil}, // invented
	}
	runLastSentence(t, a, tests)
}

// TestSpeechHeader checks that a UN General Debate speech's header
// `speaker:` becomes the person who speaks its first-person sentences, under
// a canonical name without styles or honorifics (rules 8 and 11), and that
// the issuer is that same person, so that the issuer and speaker facets
// name one person alike.
// Headers and sentences are from unlabelled speeches of the corpus.
func TestSpeechHeader(t *testing.T) {
	a := New(shipped(t))
	tests := []struct {
		name, header, year string
		paras              []string
		speaker            string
	}{
		{"a chain of Khmer styles before a gazetteer name", "Mr. Samdech Akka Moha Sena Padei Techo Hun Sen", "2020", []string{"Now, I would like to raise key global issues and challenges."}, "Hun Sen"},
		{"a particle in lower case inside a name", "Ahmad Awad bin Mubarak", "2021", []string{"At the outset, I would like to express my sincere congratulations to the President."}, "Ahmad Awad bin Mubarak"},
		{"letters after the name are no second speaker", "Mr. James Marape, MP", "2020", []string{"On behalf of the Government and people of Papua New Guinea, I am pleased to address this august body."}, "James Marape"},
		{"several post-nominals", "Dr. Lotay Tshering, MBBS, MD", "2020", []string{"I would like to present warm greetings from the land of Gross National Happiness."}, "Lotay Tshering"},
		{"a military rank is a style, not a title item", "General Michel Aoun", "2019", []string{"At the outset, I am pleased to congratulate the President on his election."}, "Michel Aoun"},
		{"a religious style", "Cardinal Pietro Parolin", "2019", []string{"At the outset, I would like to extend the warm greetings of the Holy See."}, "Pietro Parolin"},
		{"a Burmese honorific", "Mr. U Kyaw Tint Swe,", "2020", []string{"I am confident that there will be no such premature release."}, "Kyaw Tint Swe"},
		{"one surname, with a particle", "Mr. van Kleffens", "1946", []string{"I wish to state the views of the Netherlands delegation."}, "van Kleffens"},
		{"one surname", "Mr. Makin", "1946", []string{"We are met here to ensure peace."}, "Makin"},
		{"a style the gazetteer's name keeps", "Sheikh Hasina", "2019", []string{"I thank the Secretary-General for his leadership."}, "Sheikh Hasina"},
		{"a heading in capitals is no transcript label", "Terrance Micheal Drew", "2024", []string{"REFORMING GLOBAL GOVERNANCE: A CALL FOR JUSTICE", "The time has come to reshape the United Nations, and I call on all of us to act."}, "Terrance Michael Drew"}, // the header misspells him (gazetteer)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := doc(tt.year, map[string]string{"speaker": tt.header, "un_session": "75"}, tt.paras...)
			res := a.AttributeSentences(d)
			last := res[len(res)-1]
			s := last[len(last)-1]
			if !sameSet(s.Speakers, []string{tt.speaker}) {
				t.Errorf("speakers of %q = %v; want [%s] (why: %v)", s.Text, s.Speakers, tt.speaker, s.Why)
			}
			if d.Issuer != tt.speaker {
				t.Errorf("issuer = %q; want the speaker %q", d.Issuer, tt.speaker)
			}
		})
	}
}

// TestHeaderAuthor checks that a speech's header name written otherwise
// than the gazetteer's is the gazetteer's person (rule 11), for the
// issuer and the speaker alike: a fuller name that holds the gazetteer's
// words in order, or a surname alone when the person is of the header's
// country and held an office that year; and that a surname alone is
// nobody otherwise. Headers, countries and sentences are from unlabelled
// General Debate speeches of the corpus; the last two rows change the
// year of one (marked).
func TestHeaderAuthor(t *testing.T) {
	a := New(shipped(t))
	tests := []struct {
		name, header, country, year, title, para, want string
	}{
		{"a middle name", "Ms. Ann Christin Linde", "Sweden", "2019", "", "To keep global warming under 1.5°C, we need to halve global emissions by 2030.", "Ann Linde"},
		{"a patronymic with another particle", "King Abdullah II ibn Al Hussein", "Jordan", "2018", "", "I am compelled to talk about this today.", "Abdullah II"},
		{"initials and a misspelt house name after the name", "Faisal bin Farhan A.F. A1 Furhan Al-Saud", "Saudi Arabia", "2022", "", "At the outset, I should like to congratulate His Excellency Mr. Csaba Korosi on his election.", "Faisal bin Farhan"},
		{"another given name, in office in the country", "Penelope Wong", "Australia", "2022", "", "It is my honour to speak on behalf of Australia in the venerated General Assembly Hall.", "Penny Wong"},
		{"a formal country name", "Mr. Josaia Voreqe Bainimarama", "Republic of Fiji", "2019", "", "I urge everyone to read the report.", "Frank Bainimarama"},
		{"a second surname, unaccented", "Mr. Pedro Sanchez Perez-Castejon", "Spain", "2020", "", "COVID-19 has made us suddenly realize that we belong to a single world.", "Pedro Sánchez"},
		{"surnames in another order, a country without its article", "Felix-Antoine Tshisekedi Tshilombo", "Democratic Republic of Congo", "2022", "", "I would like to begin by congratulating the President on his election.", "Félix Tshisekedi"},
		{"the title's spelling gives way to the gazetteer's", "Mr. Michael Temer", "Brazil", "2018", "UN General Debate, 73rd session (2018): statement of Brazil by Mr. Michael Temer, President", "I am pleased to greet the President of the General Assembly.", "Michel Temer"},
		{"a surname of someone of another country", "Mr. Jimmy Morales", "Guatemala", "2018", "", "On behalf of the Government and the people of Guatemala, I would like to thank the international community.", "Jimmy Morales"},
		{"a surname of someone of another country, a common one", "Timothy Harris", "Saint Kitts and Nevis", "2021", "", "I thank his predecessor for his valuable work during the seventy-fifth session.", "Timothy Harris"},
		{"a house name is no surname", "Sheikh Sabah Al Khalid Al Sabah", "Kuwait", "2021", "", "I assure you of our total support.", "Sabah Al Khalid Al Sabah"},
		{"a house name, nobody in office", "Emir Faisal Al Saud", "Saudi Arabia", "1946", "", "In conclusion, I should like to thank the authorities who paved the way for this meeting.", "Faisal Al Saud"},
		{"not in office that year", "Penelope Wong", "Australia", "2019", "", "It is my honour to speak on behalf of Australia in the venerated General Assembly Hall.", "Penelope Wong"}, // the year changed
		{"the country after the name is its territory", "His Serene Highness Prince Albert II of Monaco", "Monaco", "2020", "", "I would also like to warmly thank the Secretary-General, Antonio Guterres, and through him all the United Nations staff.", "Albert II"},
		{"an ISO-style country name", "Alexander Boris de Pfeffel Johnson", "United Kingdom of Great Britain and Northern Ireland", "2019", "", "I am proud to speak for the United Kingdom.", "Boris Johnson"},                           // invented; the file lists the state by its alpha-2 code only
		{"the territory after the name, the country in its formal name", "His Serene Highness Prince Albert II of Monaco", "Principality of Monaco", "2020", "", "I would also like to warmly thank the Secretary-General.", "Albert II"}, // invented header
		{"a regnal number is no surname", "Mswati III", "Eswatini", "2022", "", "As I conclude, Eswatini remains confident in this global body’s ability to confront and overcome the challenges we face.", "Mswati III"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			meta := map[string]string{"speaker": tt.header, "country": tt.country, "un_session": "75"}
			if tt.title != "" {
				meta["title"] = tt.title
			}
			d := doc(tt.year, meta, tt.para)
			res := a.AttributeSentences(d)
			s := res[len(res)-1][len(res[len(res)-1])-1]
			if !sameSet(s.Speakers, []string{tt.want}) {
				t.Errorf("speakers of %q = %v; want [%s] (why: %v)", s.Text, s.Speakers, tt.want, s.Why)
			}
			if d.Issuer != tt.want {
				t.Errorf("issuer = %q; want %q", d.Issuer, tt.want)
			}
		})
	}
}
