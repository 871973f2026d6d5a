package attribution

import "testing"

// TestLowerPresident: a transcript that writes "the president" in lower
// case as a rule means the office by it, as "the President" (rule 5);
// elsewhere a lower-case "the president" is as often another country's,
// and at a joint appearance the other principal's (podiumTitles).
// Constructed sentences after White House background calls of 2024.
func TestLowerPresident(t *testing.T) {
	a := New(shipped(t))
	wh := map[string]string{"title": "Background Press Call by Senior Administration Officials on New Actions", "publisher": "The White House"}
	lowerDoc := []string{
		"MS. BRAINARD: Thanks. This builds on what the president has done. We will take your questions on what the president proposed.",
		"SENIOR ADMINISTRATION OFFICIAL: Yes, the president has been clear on rents.",
	}
	tests := []lastSentenceCase{
		{"a stance of the president in a lower-case transcript", "2024-07-15", wh, append(lowerDoc,
			"To address the high cost of rent, the president believes that corporate landlords should cap their rent increases."),
			[]string{"Senior Administration Official", "Joe Biden"}, nil},
		{"the vice president in a lower-case transcript", "2024-07-15", wh, append(lowerDoc,
			"The vice president said that housing is a right."),
			[]string{"Senior Administration Official", "Kamala Harris"}, nil},
		{"the president of a body: nobody", "2024-07-15", wh, append(lowerDoc,
			"The president of the association said that rents are too high."),
			[]string{"Senior Administration Official"}, nil},
		{"one lower-case president in a capitalised transcript: nobody", "2024-04-02", wh, []string{
			"SENIOR ADMINISTRATION OFFICIAL: The President raised this. The President was clear.",
			"We never take them at their word. It is about verifying what the president says."},
			[]string{"Senior Administration Official"}, nil},
	}
	runLastSentence(t, a, tests)
}

// TestBroughtUp: "brought up" is raised and "felt strongly" a stance, in a
// turn as anywhere (rules 1, 6); "brought" and "felt" alone are not.
// Constructed sentences after White House background calls.
func TestBroughtUp(t *testing.T) {
	a := New(shipped(t))
	wh := map[string]string{"title": "Background Press Call by a Senior Administration Official", "publisher": "The White House"}
	tests := []lastSentenceCase{
		{"something the President brought up", "2022-11-18", wh, []string{
			"SENIOR ADMINISTRATION OFFICIAL: It’s something President Biden brought up."},
			[]string{"Senior Administration Official", "Joe Biden"}, nil},
		{"the things the Vice President brought up with counterparts", "2022-11-18", wh, []string{
			"SENIOR ADMINISTRATION OFFICIAL: And it was indeed one of the things that the Vice President brought up with counterparts around the table today."},
			[]string{"Senior Administration Official", "Kamala Harris"}, nil},
		{"felt strongly", "2024-11-26", wh, []string{
			"SENIOR ADMINISTRATION OFFICIAL: Look, the President has felt strongly that normalization would change the entire picture."},
			[]string{"Senior Administration Official", "Joe Biden"}, nil},
		{"brought the leaders together: no words", "2022-11-18", wh, []string{
			"SENIOR ADMINISTRATION OFFICIAL: President Biden brought the leaders together in Bali."},
			[]string{"Senior Administration Official"}, nil},
		{"they bring forces: no words", "2021-06-21", wh, []string{
			"SENIOR ADMINISTRATION OFFICIAL: President Biden met President Macron.",
			"They have been an important ally, they bring forces that are critical to our security."},
			[]string{"Senior Administration Official"}, nil},
		{"felt the impact: no stance", "2024-11-26", wh, []string{
			"SENIOR ADMINISTRATION OFFICIAL: President Biden felt the impact of the decision."},
			[]string{"Senior Administration Official"}, nil},
	}
	runLastSentence(t, a, tests)
}

// TestRemarksThatNotSee: a "not see" inside what someone's remarks say
// does not make the remarks unseen (rule 6); "I have not seen Mr. X's
// remarks" still reports none of them. Constructed sentences after China
// MFA press conferences.
func TestRemarksThatNotSee(t *testing.T) {
	a := New(shipped(t))
	mfa := map[string]string{"title": "Foreign Ministry Spokesperson Geng Shuang's Regular Press Conference on February 17, 2020", "speaker": "Geng Shuang"}
	tests := []lastSentenceCase{
		{"remarks that NATO does not see China as an adversary", "2020-02-17", mfa, []string{
			"Q: Any comment?",
			"A: We appreciate Secretary General Stoltenberg's remarks that NATO does not see China as an adversary."},
			[]string{"Geng Shuang", "Jens Stoltenberg"}, nil},
		{"I have not seen his remarks", "2020-02-17", mfa, []string{
			"Q: Any comment?",
			"A: Frankly speaking, I have not seen Secretary General Stoltenberg's remarks."},
			[]string{"Geng Shuang"}, nil},
	}
	runLastSentence(t, a, tests)
}

// TestAgreedWith: "I agree with X that ..." reports X's view (rule 6);
// "I agree with X." and "I agree with X on this" report none. Constructed
// sentences after a 2021-06-23 State Department briefing.
func TestAgreedWith(t *testing.T) {
	a := New(shipped(t))
	state := map[string]string{"title": "Briefing With Senior State Department Officials", "source": "U.S. Department of State"}
	label := "SENIOR STATE DEPARTMENT OFFICIAL THREE: Thank you."
	tests := []lastSentenceCase{
		{"agree violently with the Secretary that", "2021-06-23", state, []string{label,
			"I would agree violently with the Secretary that that would be a good thing."},
			[]string{"Senior State Department Official Three", "Antony Blinken"}, nil},
		{"we agree with President Biden that", "2021-06-23", state, []string{label,
			"We agree with President Biden that this is a good thing."},
			[]string{"Senior State Department Official Three", "Joe Biden"}, nil},
		{"agree with a name, nothing reported", "2021-06-23", state, []string{label,
			"I agree with Secretary Blinken."},
			[]string{"Senior State Department Official Three"}, nil},
		{"agree with the Secretary on this", "2021-06-23", state, []string{label,
			"I agree with the Secretary on this."},
			[]string{"Senior State Department Official Three"}, nil},
	}
	runLastSentence(t, a, tests)
}

// TestRefutedSentOut: "refuted" is words said (rule 1; relayed by a
// spokesperson, rule 6), "sent out a very clear message" sends one, and
// "not worth refuting" is nobody's act. Constructed sentences after a
// 2020-02-17 China MFA press conference.
func TestRefutedSentOut(t *testing.T) {
	a := New(shipped(t))
	mfa := map[string]string{"title": "Foreign Ministry Spokesperson Geng Shuang's Regular Press Conference on February 17, 2020", "speaker": "Geng Shuang"}
	q := "Q: What is your comment on the Munich Security Conference?"
	tests := []lastSentenceCase{
		{"just as Wang Yi refuted", "2020-02-17", mfa, []string{q,
			"A: Just as State Councilor and Foreign Minister Wang Yi refuted then and there, all the US accusations against China are lies, not facts."},
			[]string{"Geng Shuang", "Wang Yi"}, nil},
		{"sent out a very clear message", "2020-02-17", mfa, []string{q,
			"A: State Councilor and Foreign Minister Wang Yi sent out a very clear message, and I would like to reiterate it."},
			[]string{"Geng Shuang", "Wang Yi"}, nil},
		{"not worth refuting", "2020-02-17", mfa, []string{q,
			"A: Secretary Pompeo is not worth refuting."},
			[]string{"Geng Shuang"}, nil},
	}
	runLastSentence(t, a, tests)
}

// TestPriorityFor: "X is a priority for Y" states Y's position (rules 5,
// 6), in an official's turn or in the text's own voice (beside its
// author); "a priority for the Biden administration" is a body's, and
// "a priority for the President's budget" the budget's. Constructed
// sentences after White House background calls and a State statement.
func TestPriorityFor(t *testing.T) {
	a := New(shipped(t))
	wh := map[string]string{"title": "Background Press Call by a Senior Administration Official", "publisher": "The White House"}
	tests := []lastSentenceCase{
		{"a priority for the President", "2022-06-14", wh, []string{
			"SENIOR ADMINISTRATION OFFICIAL: But ending the Yemeni war was a priority for the President from the earliest days of the administration."},
			[]string{"Senior Administration Official", "Joe Biden"}, nil},
		{"a real priority for the Vice President", "2022-11-18", wh, []string{
			"SENIOR ADMINISTRATION OFFICIAL: And as you know, it is a real priority for the Vice President around the world."},
			[]string{"Senior Administration Official", "Kamala Harris"}, nil},
		{"a priority for the Biden administration", "2021-07-23", wh, []string{
			"SENIOR ADMINISTRATION OFFICIAL: Africa is certainly a priority for the Biden administration."},
			[]string{"Senior Administration Official"}, nil},
		{"no copula: no stance", "2022-06-14", wh, []string{
			"SENIOR ADMINISTRATION OFFICIAL: We discussed the funding priority for President Biden’s budget."},
			[]string{"Senior Administration Official"}, nil},
	}
	runLastSentence(t, a, tests)
}

// TestPrincipalAntecedent: in a background call's answer, "he" or "she"
// with no one nearer is the principal the title names, when the turn has
// named them and no one else the pronoun could mean (rules 5, 6, 7);
// the official's own "I" stays theirs. Constructed after the 2024-06-15
// G7 call and a 2021-07-24 preview of Deputy Secretary Sherman's trip.
func TestPrincipalAntecedent(t *testing.T) {
	a := New(shipped(t))
	g7 := map[string]string{"title": "Background Press Call on an Update on the President’s Second Day at the G7", "publisher": "The White House"}
	sherman := map[string]string{"title": "Briefing with Senior Administration Officials Previewing Deputy Secretary Sherman’s Travel to Japan, the Republic of Korea, Mongolia, and the People’s Republic of China", "source": "U.S. Department of State"}
	opening := "SENIOR ADMINISTRATION OFFICIAL: So, today there were three sessions. First, the President participated in a session on migration. I would say he used that session well. It has three elements. One, to promote enforcement. Two, to strengthen pathways. And three, to support efforts."
	tests := []lastSentenceCase{
		{"he beyond the turn's reach: the title's principal", "2024-06-15", g7, []string{
			"MODERATOR: Over to you.", opening,
			"He also remarked, as he has before, that more people are on the move today than at any time in history."},
			[]string{"Senior Administration Official", "Joe Biden"}, nil},
		{"she in a preview of the principal's trip", "2021-07-24", sherman, []string{
			"SENIOR ADMINISTRATION OFFICIAL ONE: Deputy Secretary Sherman will travel to Tianjin. We have been clear about our approach. The competition is stiff. The rules matter.",
			"She’s going to underscore that we do not want that stiff and sustained competition to veer into conflict."},
			[]string{"Senior Administration Official One", "Wendy Sherman"}, nil},
		{"another man named in the turn: nobody", "2024-06-15", g7, []string{
			"MODERATOR: Over to you.",
			"SENIOR ADMINISTRATION OFFICIAL: First, the President participated in a session on migration. It met in the garden of Chancellor Scholz’s residence. It has three elements. One, to promote enforcement. Two, to strengthen pathways. And three, to support efforts.",
			"He also remarked that more people are on the move today than at any time in history."},
			[]string{"Senior Administration Official"}, nil},
		{"a redacted official: nobody", "2024-06-15", g7, []string{
			"MODERATOR: Over to you.", opening,
			"And [senior administration official] touched on this when he talked about the Russian visit."},
			[]string{"Senior Administration Official"}, nil},
		{"a title-case title: the principal after a capitalised On", "2022-11-18", map[string]string{"title": "Background Press Call By a Senior Administration Official On the Vice President’s Engagements in Thailand", "publisher": "The White House"}, []string{
			"SENIOR ADMINISTRATION OFFICIAL: And as you know, it is a real priority for the Vice President around the world. And she has really made it a priority to engage with women around the world."},
			[]string{"Senior Administration Official", "Kamala Harris"}, nil},
		{"not named in the turn: nobody", "2024-06-15", g7, []string{
			"MODERATOR: Over to you.",
			"SENIOR ADMINISTRATION OFFICIAL: So, today there were three sessions. It has three elements. One, to promote enforcement.",
			"He also remarked that more people are on the move today than at any time in history."},
			[]string{"Senior Administration Official"}, nil},
	}
	runLastSentence(t, a, tests)
}

// TestSpokeToIssues: "spoke to housing issues" addresses matters (rule
// 1); "spoke to reporters" is no topic. Constructed after the 2024-07-15
// background call.
func TestSpokeToIssues(t *testing.T) {
	a := New(shipped(t))
	wh := map[string]string{"title": "Background Press Call by Senior Administration Officials on New Actions", "publisher": "The White House"}
	tests := []lastSentenceCase{
		{"spoke to housing issues", "2024-07-15", wh, []string{
			"SENIOR ADMINISTRATION OFFICIAL: President Biden spoke to housing issues in the State of the Union."},
			[]string{"Senior Administration Official", "Joe Biden"}, nil},
		{"spoke to reporters", "2024-07-15", wh, []string{
			"SENIOR ADMINISTRATION OFFICIAL: President Biden spoke to reporters on the tarmac."},
			[]string{"Senior Administration Official"}, nil},
	}
	runLastSentence(t, a, tests)
}

// TestConvenedToJointly: a host's purpose "to jointly condemn" is a
// stance as "to condemn" is (rules 1, 3). Constructed after the
// 2022-11-18 background call on the Vice President's trip.
func TestConvenedToJointly(t *testing.T) {
	a := New(shipped(t))
	wh := map[string]string{"title": "Background Press Call by a Senior Administration Official on the Vice President’s Trip to Thailand", "publisher": "The White House"}
	tests := []lastSentenceCase{
		{"convened them to jointly condemn", "2022-11-18", wh, []string{
			"SENIOR ADMINISTRATION OFFICIAL: The Vice President met with the leaders of Japan. And she convened them to consult on next steps and to jointly condemn the DPRK’s provocative act."},
			[]string{"Senior Administration Official", "Kamala Harris"}, nil},
		{"convened with no purpose: narration", "2022-11-18", wh, []string{
			"SENIOR ADMINISTRATION OFFICIAL: The Vice President met with the leaders of Japan. And she convened them today in Bangkok."},
			[]string{"Senior Administration Official"}, nil},
	}
	runLastSentence(t, a, tests)
}

// TestParticleAfterTime: a time phrase between a verb and the particle
// that makes it speech ("reflected this summer on", "reflected today on")
// keeps it speech (rules 1, 6). Constructed after a 2021-12-03 background
// call.
func TestParticleAfterTime(t *testing.T) {
	a := New(shipped(t))
	wh := map[string]string{"title": "Background Press Call by Senior Administration Officials on the National Action Plan", "publisher": "The White House"}
	tests := []lastSentenceCase{
		{"reflected this summer on", "2021-12-03", wh, []string{
			"SENIOR ADMINISTRATION OFFICIAL: As Secretary Blinken reflected this summer on the work ahead of us, the Department will do everything in its power."},
			[]string{"Senior Administration Official", "Antony Blinken"}, nil},
		{"set this week up: no particle of speech", "2021-12-03", wh, []string{
			"SENIOR ADMINISTRATION OFFICIAL: Secretary Blinken set this week aside for the review."},
			[]string{"Senior Administration Official"}, nil},
	}
	runLastSentence(t, a, tests)
}

// TestGreetingsFromOffice: greetings, congratulations or a proposal sent
// by a head whose office comes first and name after a comma ("our
// President, X", "the President of the Republic of Côte d’Ivoire, His
// Excellency Mr. X"), or after what the greetings wish ("greetings of
// peace and brotherhood from X"), are the head's (rule 6), as "greetings
// from President X" are; a name before the comma is not an office's
// holder, and taking the floor on someone's behalf is not their words.
// Constructed sentences after UN General Debate speeches.
func TestGreetingsFromOffice(t *testing.T) {
	a := New(shipped(t))
	ungd := map[string]string{"speaker": "Mr. Daniel Kablan Duncan", "country": "Republic of Côte d’Ivoire", "title": "UN General Debate, 74th session (2019): statement"}
	tests := []lastSentenceCase{
		{"on behalf of the office, the holder after a comma", "2019", ungd, []string{
			"On behalf of the President of the Republic of Cote d’Ivoire, His Excellency Mr. Alassane Ouattara, I would like to extend our warm congratulations to the President on his election."},
			[]string{"Daniel Kablan Duncan", "Alassane Ouattara"}, nil},
		{"greetings of our President, X", "2019", ungd, []string{
			"I convey to you the fraternal greetings of our President, Alassane Ouattara."},
			[]string{"Daniel Kablan Duncan", "Alassane Ouattara"}, nil},
		{"greetings of peace from X", "2019", ungd, []string{
			"Allow me to convey greetings of peace and brotherhood from His Excellency Mr. Alassane Ouattara to all Heads of State."},
			[]string{"Daniel Kablan Duncan", "Alassane Ouattara"}, nil},
		{"on behalf of my colleagues, X and Y", "2019", ungd, []string{
			"On behalf of my colleagues, Lu Kang and Hua Chunying, I would like to express our heartfelt appreciation for your support."},
			[]string{"Daniel Kablan Duncan", "Lu Kang", "Hua Chunying"}, nil},
		{"a name before the comma: the office after it is his, nobody else's", "2019", ungd, []string{
			"In the words of Kofi Annan, Secretary-General of this Organization from 1997 to 2006, “peace is the best form of development”."},
			[]string{"Daniel Kablan Duncan", "Kofi Annan"}, nil},
		{"addressing the Assembly on behalf of the President: the floor, no words of his", "2019", ungd, []string{
			"It is my honour and privilege to address this Hall for the first time as Deputy Prime Minister of Papua New Guinea and on behalf of my Prime Minister, the Honourable James Marape."},
			[]string{"Daniel Kablan Duncan"}, nil},
	}
	runLastSentence(t, a, tests)
}

// TestSpeechPronoun: a speech's "he" or "she" is the person it last named,
// in its sentence or the few before, not the last one who spoke
// paragraphs back; nobody after someone the cast does not know, in a
// relative clause about a thing of theirs, or in a question; "his call"
// likewise, but not where the sentence thanks or praises them for it
// (rules 5, 6, 8). Constructed sentences after UN General Debate speeches.
func TestSpeechPronoun(t *testing.T) {
	a := New(shipped(t))
	ungd := map[string]string{"speaker": "Mr. Michael Higgins", "country": "Ireland", "title": "UN General Debate, 74th session (2019): statement"}
	guterres := "The Secretary-General said that the climate emergency is a race we are losing."
	tests := []lastSentenceCase{
		{"the person last named, not the last speaker", "2019", ungd, []string{guterres,
			"We are a migrant people on a migrant planet.",
			"Senator Vandenberg is ardent by temperament, but he is not sentimental. He told the Senate that our work was a phenomenal success."},
			[]string{"Michael D. Higgins", "Vandenberg"}, nil},
		{"an agreement with the one named in the sentence", "2019", ungd, []string{
			"Filippo Grandi said that refugees need protection.",
			"I agree with Secretary-General Guterres when he says that schoolchildren have grasped the urgency of climate action."},
			[]string{"Michael D. Higgins", "António Guterres"}, nil},
		{"someone the cast does not know named since: nobody", "2019", ungd, []string{guterres,
			"Benito Perez Galdos was an outstanding Spanish writer. On a certain occasion, he observed that only adversity makes men brothers."},
			[]string{"Michael D. Higgins"}, nil},
		{"too far back: nobody", "2019", ungd, []string{guterres,
			"One. Two. Three. Four. Five. Six. Seven. Eight. Nine.",
			"He said that we must act."},
			[]string{"Michael D. Higgins"}, nil},
		{"a relative clause about a thing of theirs: nobody", "2019", ungd, []string{guterres,
			"The climate solidarity pact that he proposed will lead to a reduction of emissions."},
			[]string{"Michael D. Higgins"}, nil},
		{"a question asks what nobody said", "2019", ungd, []string{guterres,
			"Could he show the map that he recognizes?"},
			[]string{"Michael D. Higgins"}, nil},
		{"his call, the person last named", "2019", ungd, []string{
			"We support the Secretary-General's initiatives to make peace operations fit for the future.",
			"In responding to his call for the Action for Peacekeeping agenda, we have come on board."},
			[]string{"Michael D. Higgins", "António Guterres"}, nil},
		{"thanked for his commitment: nobody", "2019", ungd, []string{
			"I thank Secretary-General Antonio Guterres for his commitment to the United Nations."},
			[]string{"Michael D. Higgins"}, nil},
	}
	runLastSentence(t, a, tests)
}

// TestColonLead: a paragraph that ends in a colon after someone's words
// hands them the paragraph after it, quoted or not ("X sent out a very
// clear message, and I would like to reiterate it:", "the UN
// Secretary-General outlined four threats to humanity:"), but not a
// stance only relayed ("In response to Mr. Pompeo's remarks, I would like
// to make the following comments:"), rule 6. Constructed after MFA press
// conferences and UN General Debate speeches.
func TestColonLead(t *testing.T) {
	a := New(shipped(t))
	mfa := map[string]string{"source": "https://www.fmprc.gov.cn/mfa_eng/x.shtml", "speaker": "Lu Kang", "title": "Foreign Ministry Spokesperson Lu Kang's Regular Press Conference on May 23, 2018"}
	tests := []lastSentenceCase{
		{"a message reiterated", "2018-05-23", mfa, []string{
			"Q: What is your comment?",
			"A: State Councilor and Foreign Minister Wang Yi sent out a very clear message, and I would like to reiterate it:",
			"The China-Australia relations have recently encountered difficulties."},
			[]string{"Lu Kang", "Wang Yi"}, nil},
		{"a relayed stance: the comments are the spokesperson's", "2018-05-23", mfa, []string{
			"Q: What is your comment?",
			"A: In response to Mr. Pompeo's remarks, I would like to make the following comments:",
			"First, China was the first country to report the outbreak."},
			[]string{"Lu Kang"}, nil},
	}
	runLastSentence(t, a, tests)
}

// TestHeldAsAndWantsOther: what someone holds a thing to be ("sees this
// as", "views X as") and what they want another to do ("wants Ukraine to
// win", "wanted his Justice Department ... to take a hard look") are their
// positions (rule 1), in a turn as anywhere; their own wish to act
// ("wanted to consult", "wanted the opportunity to"), a future view ("is
// going to view this as"), "sees the damage" and "sees himself as" are not.
// Constructed after White House background calls of 2021–2024.
func TestHeldAsAndWantsOther(t *testing.T) {
	a := New(shipped(t))
	wh := map[string]string{"title": "Background Press Call by Senior Administration Officials on the President’s Travel", "publisher": "The White House"}
	sao := []string{"Senior Administration Official"}
	both := []string{"Senior Administration Official", "Joe Biden"}
	tests := []lastSentenceCase{
		{"sees this as", "2023-09-19", wh, []string{"SENIOR ADMINISTRATION OFFICIAL: The President sees this as an outstanding opportunity to advance U.S. interests."}, both, nil},
		{"views this meeting as", "2021-09-24", wh, []string{"SENIOR ADMINISTRATION OFFICIAL: So, I think the President views this meeting as having a couple of purposes."}, both, nil},
		{"wants Ukraine to win", "2024-10-17", wh, []string{"SENIOR ADMINISTRATION OFFICIAL: President Biden wants Ukraine to win, and we’re going to resource this effort appropriately."}, both, nil},
		{"wanted his Justice Department to", "2021-06-15", wh, []string{"SENIOR ADMINISTRATION OFFICIAL: On the first question, the President wanted his Justice Department and his new Attorney General to take a hard look at the question."}, both, nil},
		{"wanted to consult: narration", "2022-11-18", wh, []string{"SENIOR ADMINISTRATION OFFICIAL: And the President wanted to consult with our close allies and partners on this."}, sao, nil},
		{"wanted the opportunity to: narration", "2022-03-24", wh, []string{"SENIOR ADMINISTRATION OFFICIAL: President Biden wanted the opportunity to seek out key leaders on the eastern flank."}, sao, nil},
		{"does want a sense: narration", "2023-04-27", wh, []string{"SENIOR ADMINISTRATION OFFICIAL: President Biden does want a firsthand sense of what things are like in the areas he works to address."}, sao, nil},
		{"sees the damage: no view", "2023-04-27", wh, []string{"SENIOR ADMINISTRATION OFFICIAL: President Biden sees the damage from the air as he tours the state."}, sao, nil},
		{"is going to view this as: no view yet", "2022-03-13", wh, []string{"SENIOR ADMINISTRATION OFFICIAL: President Biden is going to view this as an escalation."}, sao, nil},
	}
	runLastSentence(t, a, tests)
}

// TestRedactedPronoun: a "he" after a redacted official of the same
// sentence is that official's, nobody the rules can name (rule 5), not the
// turn's last speaker nor the principal. Constructed after White House
// background calls of 2022 and 2024.
func TestRedactedPronoun(t *testing.T) {
	a := New(shipped(t))
	wh := map[string]string{"title": "Background Press Call Previewing the Official Visit of Prime Minister Kishida of Japan", "publisher": "The White House"}
	sao := []string{"Senior Administration Official"}
	tests := []lastSentenceCase{
		{"touched on this when he talked", "2022-07-16", wh, []string{
			"SENIOR ADMINISTRATION OFFICIAL: President Biden said this matters. And [senior administration official] touched on this a little bit when he talked about the Russian visit."}, sao, nil},
		{"what he thinks", "2024-04-10", wh, []string{
			"SENIOR ADMINISTRATION OFFICIAL: Prime Minister Kishida arrives tomorrow. I’d like to turn it over now to [senior administration official] to give us a blow by blow about how we arrived here, what he thinks are the big moving pieces."}, sao, nil},
	}
	runLastSentence(t, a, tests)
}

// TestContinuedSpeech: "continues to call on", "continued to press for"
// report speech now or before, of the subject of "continue" (rule 1), as
// the verb alone would; a future ("will continue to call" outside a
// turn), a reporter's "Does he continue to believe", and a "continues to
// press" that asks for nothing are not. Constructed after White House
// readouts and background calls of 2021–2024.
func TestContinuedSpeech(t *testing.T) {
	a := New(shipped(t))
	call := map[string]string{"title": "Background Press Call Previewing an Executive Order", "publisher": "The White House"}
	readout := map[string]string{"title": "Readout of White House Community Violence Awareness Week Events", "publisher": "The White House"}
	sao := []string{"Senior Administration Official"}
	tests := []lastSentenceCase{
		{"he continues to call on Congress", "2022-06-15", call, []string{
			"SENIOR ADMINISTRATION OFFICIAL: The President signed the order today. He continues to call on Congress to pass the Equality Act."},
			[]string{"Senior Administration Official", "Joe Biden"}, nil},
		{"he continues to press for that funding", "2021-06-23", call, []string{
			"SENIOR ADMINISTRATION OFFICIAL: The President’s budget requests $300 million, and he continues to press for that funding."},
			[]string{"Senior Administration Official", "Joe Biden"}, nil},
		{"the President continues to call in a readout", "2024-02-09", readout, []string{
			"The President continues to call on Congress to pass universal background checks."},
			[]string{"Joe Biden"}, nil},
		{"will continue to call in a readout: a schedule", "2024-02-09", readout, []string{
			"The President will continue to call on Congress to pass universal background checks."},
			nil, nil},
		{"continues to press this aggression: no words", "2022-03-06", call, []string{
			"SENIOR ADMINISTRATION OFFICIAL: The challenge is this: Vladimir Putin continues to press this aggression."},
			sao, nil},
		{"a reporter asks whether he continues to believe", "2024-04-17", call, []string{
			"SENIOR ADMINISTRATION OFFICIAL: Go ahead.",
			"Q Does President Biden continue to believe in Nicolás Maduro’s goodwill?"},
			nil, nil},
	}
	runLastSentence(t, a, tests)
}

// TestPreviewedSpeech: in a briefer's turn, "you can expect the Vice
// President to reaffirm", "I expect President Biden to convey", "you’ll
// hear the President underscore" preview that person's words as "will
// reaffirm" does (rules 5, 6; futureSpeakers); a negated expectation, a
// group ("expect the two leaders to discuss") and a reporter's question
// do not. Constructed after White House background calls of 2021–2023.
func TestPreviewedSpeech(t *testing.T) {
	a := New(shipped(t))
	wh := map[string]string{"title": "Background Press Call by Senior Administration Officials Previewing the Vice President’s Travel", "publisher": "The White House"}
	sao := []string{"Senior Administration Official"}
	tests := []lastSentenceCase{
		{"expect the Vice President to reaffirm", "2022-11-20", wh, []string{
			"SENIOR ADMINISTRATION OFFICIAL: First, on security, you can expect the Vice President to reaffirm the strength of the alliance."},
			[]string{"Senior Administration Official", "Kamala Harris"}, nil},
		{"hear the President underscore", "2022-07-16", wh, []string{
			"SENIOR ADMINISTRATION OFFICIAL: You’ll also hear the President underscore the region’s central role."},
			[]string{"Senior Administration Official", "Joe Biden"}, nil},
		{"don't expect the President to raise", "2023-11-09", wh, []string{
			"SENIOR ADMINISTRATION OFFICIAL: I don’t expect the President to raise that issue."},
			sao, nil},
		{"expect the two leaders to discuss: a group", "2022-07-11", wh, []string{
			"SENIOR ADMINISTRATION OFFICIAL: President Biden meets President López Obrador tomorrow. We expect the two leaders to discuss their common vision for North America."},
			sao, nil},
		{"a reporter's question", "2022-07-16", wh, []string{
			"SENIOR ADMINISTRATION OFFICIAL: Next question.",
			"Q Will we hear the President talk about human rights tomorrow?"},
			nil, nil},
	}
	runLastSentence(t, a, tests)
}

// TestWeFromDown: "from President Biden down, we’ve made clear" and
// "We’ve been really clear — the President on down — that" make the
// principal the turn's "we" runs from a speaker (rule 6); the phrase away
// from any "we" of the speaker's does not ("has had very good engagements
// from the Prime Minister on down"). Constructed after White House
// background calls of 2021–2024.
func TestWeFromDown(t *testing.T) {
	a := New(shipped(t))
	wh := map[string]string{"title": "Background Press Call by Senior Administration Officials", "publisher": "The White House"}
	tests := []lastSentenceCase{
		{"from President Biden down, we’ve made clear", "2021-12-07", wh, []string{
			"SENIOR ADMINISTRATION OFFICIAL: But I can say more generally that, from President Biden down, we’ve made clear that no democracy is perfect."},
			[]string{"Senior Administration Official", "Joe Biden"}, nil},
		{"the President on down between dashes", "2024-05-13", wh, []string{
			"SENIOR ADMINISTRATION OFFICIAL: We’ve been really clear — the President on down — that we seek a stable relationship with China."},
			[]string{"Senior Administration Official", "Joe Biden"}, nil},
		{"engagements from the Prime Minister on down: no we", "2021-12-21", wh, []string{
			"SENIOR ADMINISTRATION OFFICIAL: And of course we have our ambassador on the ground, Tom Nides, who has had very good engagements from the Prime Minister on down."},
			[]string{"Senior Administration Official"}, nil},
	}
	runLastSentence(t, a, tests)
}

// TestHearFrom: what is or will be heard from someone, with what is heard
// after them ("to hear directly from the President his ironclad
// commitment", "you did hear directly from Secretary Blinken yesterday on
// our deep concern"), is their words as "heard from" is (rules 5, 6); a
// bare schedule ("you’ll hear directly from the President tomorrow
// morning, when he delivers his speech", "hear from Secretary Blinken
// tomorrow on World Press Freedom Day") and a reporter's question are
// not. Constructed after White House background calls and State
// Department briefings of 2021–2022.
func TestHearFrom(t *testing.T) {
	a := New(shipped(t))
	wh := map[string]string{"title": "Background Press Call by Senior Administration Officials on the Visit of Prime Minister Bennett", "publisher": "The White House"}
	sao := []string{"Senior Administration Official"}
	tests := []lastSentenceCase{
		{"hear directly from the President his commitment", "2021-08-25", wh, []string{
			"SENIOR ADMINISTRATION OFFICIAL: So, it’s a chance for the Prime Minister to hear directly from the President his ironclad commitment to Israel’s security."},
			[]string{"Senior Administration Official", "Joe Biden"}, nil},
		{"hear from the President tomorrow morning: a schedule", "2023-09-19", wh, []string{
			"SENIOR ADMINISTRATION OFFICIAL: And you’ll hear directly from the President tomorrow morning, when he delivers his speech."},
			sao, nil},
		{"hear from the President on a day: a schedule", "2022-05-02", wh, []string{
			"SENIOR ADMINISTRATION OFFICIAL: I expect you will hear from the President tomorrow on World Press Freedom Day."},
			sao, nil},
		{"a reporter asks what you heard from him", "2024-05-31", wh, []string{
			"SENIOR ADMINISTRATION OFFICIAL: Next question.",
			"Q What did you hear from President Biden about the pressure on Hamas?"},
			nil, nil},
	}
	runLastSentence(t, a, tests)
}

// TestPossessiveAntecedent: in an answer, whose words a possessive names
// ("a question on President Trump's remarks"), or whom an opening topic
// names ("So on Ambassador Power's trip,"), is who the turn's next "He" or
// "She" reports (rules 5, 6, 7); a possessive of anything else is not.
// Constructed sentences after a 2019 MFA press conference and a 2021 State
// Department briefing.
func TestPossessiveAntecedent(t *testing.T) {
	a := New(shipped(t))
	mfa := map[string]string{"title": "Foreign Ministry Spokesperson Geng Shuang's Regular Press Conference on July 19, 2019", "speaker": "Geng Shuang"}
	state := map[string]string{"title": "Department Press Briefing – August 5, 2021", "source": "U.S. Department of State"}
	tests := []lastSentenceCase{
		{"whose remarks", "2019-07-19", mfa, []string{
			"Q: What is your comment on the talks?",
			"A: I responded to a question on President Trump's remarks the day before yesterday. He said that there was still a long way to go."},
			[]string{"Geng Shuang", "Donald Trump"}, nil},
		{"an opening topic", "2021-08-05", state, []string{
			"QUESTION: Did she get any guarantees?",
			"MR PRICE: So on Ambassador Samantha Power’s trip, I suspect there will be additional details later today. She reiterated the United States’ care and concern for the people of Ethiopia."},
			[]string{"Ned Price", "Samantha Power"}, nil},
		{"a possessive of a visit, not opening: nobody", "2021-08-05", state, []string{
			"QUESTION: Did she get any guarantees?",
			"MR PRICE: I expect details of Ambassador Samantha Power’s visit later today. She reiterated the United States’ care and concern for the people of Ethiopia."},
			[]string{"Ned Price"}, nil},
	}
	runLastSentence(t, a, tests)
}

// TestReportedGoesOnAnySpeaker: the words an answer reports go on in a next
// sentence whose subject is the country of any of their speakers, with or
// without "that" ("President Moon said President Xi's visit played ... The
// ROK highly appreciates that"); not a country's own statement ("The UK also
// announced") nor a standing position ("The Chinese side always believes").
// Constructed sentences after 2019 MFA press conferences.
func TestReportedGoesOnAnySpeaker(t *testing.T) {
	a := New(shipped(t))
	mfa := map[string]string{"title": "Foreign Ministry Spokesperson Geng Shuang's Regular Press Conference on June 28, 2019", "speaker": "Geng Shuang"}
	lead := "A: President Xi Jinping briefed President Moon Jae-in on his visit, and President Moon said President Xi's visit played a constructive role."
	tests := []lastSentenceCase{
		{"the second speaker's country, no that", "2019-06-28", mfa, []string{"Q: What is your comment?", lead + " The ROK highly appreciates that."},
			[]string{"Geng Shuang", "Moon Jae-in"}, nil},
		{"a standing position", "2019-06-28", mfa, []string{"Q: What is your comment?", lead + " The Chinese side always believes that such relations are win-win."},
			[]string{"Geng Shuang"}, nil},
		{"a country's own statement", "2019-06-28", mfa, []string{"Q: What is your comment?", lead + " The ROK also announced that it would send aid."},
			[]string{"Geng Shuang"}, nil},
	}
	runLastSentence(t, a, tests)
}

// TestFutureWhatTopic: "what the President is going to say", as a topic the
// briefer will not preview, previews no words (rule 2); "what he will say
// is that ..." and "that’s what he’s going to say" do (rules 5, 6).
// Constructed sentences after White House background calls of 2021.
func TestFutureWhatTopic(t *testing.T) {
	a := New(shipped(t))
	wh := map[string]string{"title": "Background Press Call by Senior Administration Officials", "publisher": "The White House"}
	tests := []lastSentenceCase{
		{"not prepared to say what he will say", "2021-12-06", wh, []string{
			"Q Will he warn Putin?",
			"SENIOR ADMINISTRATION OFFICIAL: I am not prepared to say exactly what the President is going to say to Putin on that question."},
			[]string{"Senior Administration Official"}, nil},
		{"what he will say is that", "2021-12-06", wh, []string{
			"Q Will he warn Putin?",
			"SENIOR ADMINISTRATION OFFICIAL: What the President will say – and I expect a readout – is that an invasion would be met with strong measures."},
			[]string{"Senior Administration Official", "Joe Biden"}, nil},
		{"what he will mention, but … will be addressed", "2024-09-24", wh, []string{
			"Q Will he talk about China?",
			"SENIOR ADMINISTRATION OFFICIAL: I won’t get into what he will mention on individual issues, but I will say that those will be addressed in the speech."},
			[]string{"Senior Administration Official"}, nil},
		{"that is what he will say", "2021-12-06", wh, []string{
			"Q Will he warn Putin?",
			"SENIOR ADMINISTRATION OFFICIAL: An invasion would be met with strong measures. And that’s what the President is going to say."},
			[]string{"Senior Administration Official", "Joe Biden"}, nil},
	}
	runLastSentence(t, a, tests)
}

// TestContractedWill: "She’ll emphasize", "he'll talk about" are the
// pronoun and "will", as "She will emphasize": a preview of the words of
// whom the pronoun means in a turn (rules 5, 6; future.go). Constructed
// sentences after a 2021 State Department briefing and a 2024 White House
// background call.
func TestContractedWill(t *testing.T) {
	a := New(shipped(t))
	state := map[string]string{"title": "Department Press Briefing – July 7, 2021", "source": "U.S. Department of State"}
	wh := map[string]string{"title": "Background Press Call on the President's Travel to Angola", "publisher": "The White House"}
	tests := []lastSentenceCase{
		{"She’ll emphasize", "2021-07-07", state, []string{
			"QUESTION: What will the ambassador convey?",
			"MR PRICE: I expect Ambassador Dorothy Shea will discuss the gravity of the situation in Lebanon. She’ll emphasize the importance of humanitarian assistance to the Lebanese people."},
			[]string{"Ned Price", "Dorothy Shea"}, nil},
		{"he'll talk about", "2024-12-01", wh, []string{
			"Q What will he say?",
			"SENIOR ADMINISTRATION OFFICIAL: President Biden will also deliver remarks in Luanda. He'll talk about the growth and enduring strength of our relationships in Angola."},
			[]string{"Senior Administration Official", "Joe Biden"}, nil},
	}
	runLastSentence(t, a, tests)
}

// TestTitleOfTwoWordCountry: an office "of" a country of two words ("the
// President of South Africa", "the Prime Minister of New Zealand") is
// that country's office holder on the date, as "the President of France"
// is (rule 5). Constructed sentences after a 2023 General Debate speech.
func TestTitleOfTwoWordCountry(t *testing.T) {
	a := New(shipped(t))
	ungd := map[string]string{"title": "Canada", "speaker": "Robert Rae", "source": "UN General Debate"}
	tests := []lastSentenceCase{
		{"President of South Africa", "2023-09-22", ungd, []string{"Mr. President,",
			"I was in the Hall when the President of South Africa was speaking, and he eloquently reminded us that the goals depend on women.",
			"He called for the provision of adequate health services."},
			[]string{"Robert Rae", "Cyril Ramaphosa"}, nil},
	}
	runLastSentence(t, a, tests)
}

// TestFramedTitledSubject: a person whose title holds "of" ("US Secretary
// of State Mike Pompeo"), then an adverb and a phrase of the occasion,
// then the verb, speaks (rules 1, 6); a person after "with" does not.
// Constructed after MFA questions of 2019.
func TestFramedTitledSubject(t *testing.T) {
	a := New(shipped(t))
	mfa := map[string]string{"title": "Foreign Ministry Spokesperson Geng Shuang's Regular Press Conference on September 3, 2019"}
	tests := []lastSentenceCase{
		{"a title's of, an adverb, on Twitter", "2019-09-03", mfa, []string{
			"Q: US Secretary of State Mike Pompeo again on Twitter said negative things about the centers in Ruritania."},
			[]string{"Mike Pompeo"}, nil},
		{"a title's of, at a press conference in a city", "2019-09-03", mfa, []string{
			"Q: US Secretary of State Mike Pompeo at a press conference in Washington said that the talks were useful."},
			[]string{"Mike Pompeo"}, nil},
		{"the object of with is no subject", "2019-09-03", mfa, []string{
			"Q: Talks with Secretary of State Mike Pompeo in Beijing were said to be useful."},
			nil, nil},
	}
	runLastSentence(t, a, tests)
}

// TestAskedGoesOn: a reporter's question that reports someone's view in
// indirect speech goes on with it in the sentences after, until one that
// asks, points back, names someone, moves to a time or source of its
// own or speaks in the reporter's own voice (rule 6); a fact announced
// does not go on, nor two people's view. Constructed after MFA
// questions of 2019-2020.
func TestAskedGoesOn(t *testing.T) {
	a := New(shipped(t))
	mfa := map[string]string{"title": "Foreign Ministry Spokesperson Hua Chunying's Regular Press Conference on June 12, 2020", "speaker": "Hua Chunying"}
	q := "Q: UK Foreign Secretary Dominic Raab said that Hong Kong has experienced its greatest period of turmoil since last June. "
	tests := []lastSentenceCase{
		{"the view goes on", "2020-06-12", mfa, []string{q + "The solution to this unrest must come from Hong Kong, and cannot be imposed from mainland China."},
			[]string{"Dominic Raab"}, nil},
		{"and on", "2020-06-12", mfa, []string{q + "The solution must come from Hong Kong. There is still time for China to re-consider."},
			[]string{"Dominic Raab"}, nil},
		{"the reporter's pointing back", "2020-06-12", mfa, []string{q + "That report has attracted some attention."},
			nil, nil},
		{"the reporter's own voice", "2020-06-12", mfa, []string{q + "Some people believe Hong Kong is stable."},
			nil, nil},
		{"a connective goes on", "2020-06-12", mfa, []string{q + "Therefore, Hong Kong must decide for itself."},
			[]string{"Dominic Raab"}, nil},
		{"a fact announced", "2019-10-28", mfa, []string{"Q: President Trump announced that the head of the Islamic State has been killed by US special forces. The Islamic State has, in the past, threatened China."},
			nil, nil},
		{"the reporter's own time", "2020-04-03", mfa, []string{"Q: UN Special Envoy for Yemen Martin Griffiths said on April 2 that he was in regular contact with the parties. Last Saturday the Houthis fired missiles at Saudi cities."},
			nil, nil},
		{"another source", "2020-04-30", mfa, []string{"Q: UN Secretary-General Antonio Guterres said that the spread is a threat to food security. A World Bank report projected that it may spark a crisis."},
			nil, nil},
		{"two people's view: neither alone", "2020-05-12", mfa, []string{"Q: Afghan President Ashraf Ghani and Abdullah Abdullah said that they have agreed to establish a unity government. The two sides will sign an agreement in the coming days."},
			nil, nil},
		{"not across paragraphs", "2020-06-12", mfa, []string{q + "What is your comment?", "A: We have noted it.", "Q: The solution must come from Hong Kong."},
			nil, nil},
	}
	runLastSentence(t, a, tests)
}

// TestFramedRemarks: in a reporter's question, the sentence that only
// names someone's remarks relays nothing of theirs when another sentence
// of the question reports what they said (rules 6, 7); alone, it still
// relays them. Constructed after MFA questions of 2019-2020.
func TestFramedRemarks(t *testing.T) {
	a := New(shipped(t))
	mfa := map[string]string{"title": "Foreign Ministry Spokesperson Lu Kang's Regular Press Conference on May 24, 2019", "speaker": "Lu Kang"}
	tests := []lastSentenceCase{
		{"asked about remarks reported before", "2019-05-24", mfa, []string{"Q: US Secretary of State Pompeo said that Huawei is a risk. What is your response to Secretary Pompeo's remarks?"},
			nil, []string{"Mike Pompeo"}},
		{"remarks reported nowhere else", "2019-05-24", mfa, []string{"Q: What is your response to Secretary Pompeo's remarks about Huawei?"},
			[]string{"Mike Pompeo"}, nil},
	}
	runLastSentence(t, a, tests)
}

// TestAskedBareTitle: a reporter's bare "the President" in a text whose
// own country has one is that holder unless the question names another
// country's ("President Putin" named only in an answer elsewhere); where
// the text's country has none ("the Prime Minister" in a US text), whoever
// the document names (rule 5). Constructed after State interviews of
// February 2022.
func TestAskedBareTitle(t *testing.T) {
	a := New(shipped(t))
	st := map[string]string{"title": "Secretary Antony J. Blinken on ABC World News Tonight with David Muir", "publisher": "U.S. Department of State"}
	answer := "SECRETARY BLINKEN: President Putin has chosen war."
	tests := []lastSentenceCase{
		{"the text's own President", "2022-02-24", st, []string{answer, "QUESTION: The President also said direct sanctions are still on the table."},
			[]string{"Joe Biden"}, nil},
		{"the President the question names", "2022-02-24", st, []string{answer, "QUESTION: President Putin spoke today. The President also said that Ukraine is his."},
			[]string{"Vladimir Putin"}, nil},
		{"no Prime Minister of the text's own: whoever the document names", "2024-07-24", st, []string{"SECRETARY BLINKEN: Prime Minister Netanyahu will be here.", "QUESTION: Thank you.", "SECRETARY BLINKEN: Sure.", "QUESTION: The Prime Minister said that Hamas is stealing food."},
			[]string{"Benjamin Netanyahu"}, nil},
	}
	runLastSentence(t, a, tests)
}

// TestAskedPronounAfterPlace: a place or topic a question names before its
// "he" ("On issues relating to Xinjiang, he said") is nobody the pronoun
// may mean (rules 5, 6). Constructed after an MFA question of December
// 2019.
func TestAskedPronounAfterPlace(t *testing.T) {
	a := New(shipped(t))
	mfa := map[string]string{"title": "Foreign Ministry Spokesperson Hua Chunying's Regular Press Conference on December 10, 2019", "speaker": "Hua Chunying"}
	tests := []lastSentenceCase{
		{"a topic's place before he", "2019-12-10", mfa, []string{"Q: Kazakh President Tokayev had an interview with German press. On issues relating to Xinjiang, he said that those living in Xinjiang are Chinese citizens."},
			[]string{"Kassym-Jomart Tokayev"}, nil},
	}
	runLastSentence(t, a, tests)
}
