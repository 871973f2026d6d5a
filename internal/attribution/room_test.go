package attribution

import "testing"

// TestRoom checks how group subjects resolve against the document's model
// of who is in the room (room.go): constructed sentences, one kind each.
func TestRoom(t *testing.T) {
	a := New(shipped(t))
	wh := map[string]string{"source": "The White House"}
	tests := []lastSentenceCase{
		// Two hosts and two guests: "They" and "The discussion" are all four.
		{"two hosts, two guests: They", "2024-07-15", wh, []string{"Today National Security Advisor Jake Sullivan and Secretary of State Antony Blinken hosted Israeli National Security Advisor Tzachi Hanegbi, Minister of Strategic Affairs Ron Dermer, and a senior Israeli delegation for a meeting of the consultative group. Mr. Sullivan affirmed the commitment to Israel’s security. They also discussed developments in the region."}, []string{"Jake Sullivan", "Antony Blinken", "Tzachi Hanegbi", "Ron Dermer"}, nil},
		// "The Israeli side": the room's people of that country.
		{"the X side: the room's people of X", "2024-07-15", wh, []string{"Today National Security Advisor Jake Sullivan and Secretary of State Antony Blinken hosted Israeli National Security Advisor Tzachi Hanegbi, Minister of Strategic Affairs Ron Dermer, and a senior Israeli delegation for a meeting of the consultative group. The Israeli side affirmed its full support for the deal."}, []string{"Tzachi Hanegbi", "Ron Dermer"}, nil},
		// A side whose people the room does not hold: nobody.
		{"the X side with no one of X in the room", "2024-07-15", wh, []string{"Today National Security Advisor Jake Sullivan hosted a senior Israeli delegation for a meeting of the consultative group. The Israeli side affirmed its full support for the deal."}, nil, nil},
		// A host and guests the text names not: "Participants" are the host.
		{"host with unnamed guests: They", "2022-04-29", wh, []string{"National Cyber Director Chris Inglis held a closed roundtable discussion on Thursday with representatives from partner nations. They discussed ways to collaborate."}, []string{"Chris Inglis"}, nil},
		{"host with unnamed guests: Participants", "2022-04-29", wh, []string{"National Cyber Director Chris Inglis held a closed roundtable discussion on Thursday with representatives from partner nations. They discussed ways to collaborate. Participants emphasized the important role of the private sector."}, []string{"Chris Inglis"}, nil},
		// Two hosts who name no guest are the room.
		{"two hosts, no guest named: Participants", "2023-06-27", wh, []string{"Today, Domestic Policy Advisor Susan Rice and Gender Policy Council Director Jennifer Klein hosted a roundtable conversation with workers and advocates. Participants discussed how the law will help workers."}, []string{"Susan Rice", "Jennifer Klein"}, nil},
		// "They were joined by": the room grows.
		{"joined by: the room grows", "2021-12-15", wh, []string{"Today, National Climate Advisor Gina McCarthy and National Economic Council Director Brian Deese hosted a roundtable with stakeholders from the private sector. They were joined by Secretary of Energy Jennifer Granholm and Secretary of Commerce Gina Raimondo. The roundtable focused on new investments. They noted the progress made."}, []string{"Gina McCarthy", "Brian Deese", "Jennifer Granholm", "Gina Raimondo"}, nil},
		// "were joined by" tells no sides apart: "the U.S. co-chairs" are
		// the room's people of that country, and the "They" after them.
		{"the U.S. co-chairs of a room joined by the EU's", "2024-01-31", wh, []string{"Secretary of State Antony Blinken, Secretary of Commerce Gina Raimondo, U.S. Trade Representative Katherine Tai, and senior National Security Council Staff were joined by EU TTC co-chairs European Commission Executive Vice Presidents Margrethe Vestager and Valdis Dombrovskis.", "Building on the progress from the May 2023 TTC ministerial meeting, the U.S. co-chairs stressed the importance of economic security. They also discussed expanding collaboration."}, []string{"Antony Blinken", "Gina Raimondo", "Katherine Tai"}, nil},
		// The title's parties, no guests read: "The U.S. side" is its
		// people of the United States.
		{"the U.S. side of the title's parties", "2023-01-23", map[string]string{"source": "The White House", "title": "Readout of National Security Advisor Jake Sullivan Meeting with Special Representative for International Cooperation Erzhan Kazykhan of Kazakhstan"}, []string{"National Security Advisor Jake Sullivan met today with Kazakhstani Special Representative for International Cooperation Erzhan Kazykhan. During the meeting, the two reaffirmed the commitment of the United States and Kazakhstan to support the principles of the UN Charter. The U.S. side reaffirmed U.S. support for governance reforms in Kazakhstan."}, []string{"Jake Sullivan"}, nil},
		// Narration about the participants is no speech of the host's.
		{"participants were joined: narration", "2022-03-31", wh, []string{"Domestic Policy Advisor Susan Rice and Gender Policy Council Director Jennifer Klein hosted a roundtable at the White House with young women leaders. Participants were joined by the leadership of national advocacy organizations, each of which supported young women leaders."}, nil, nil},
		// The undersigned foreign ministers of a statement released by
		// governments: the foreign ministers of those countries that day.
		{"undersigned foreign ministers", "2022-06-08", map[string]string{"source": "U.S. Department of State", "title": "Joint Statement by the Governments of Canada, Chile, and the United States Regarding Online Harassment"}, []string{"Office of the Spokesperson", "The text of the following statement was released by the Governments of Canada, Chile, and the United States regarding online harassment.", "Begin text:", "Today the undersigned foreign ministers commit to jointly addressing online harassment.", "Reinforcing our shared commitments, we will work together."}, []string{"Mélanie Joly", "Antonia Urrejola", "Antony Blinken"}, nil},
		// "End text." closes the quotation: nobody's words.
		{"end of text is no one's", "2022-06-08", map[string]string{"source": "U.S. Department of State", "title": "Joint Statement by the Governments of Canada, Chile, and the United States Regarding Online Harassment"}, []string{"Office of the Spokesperson", "The text of the following statement was released by the Governments of Canada, Chile, and the United States regarding online harassment.", "Begin text:", "Today the undersigned foreign ministers commit to jointly addressing online harassment.", "We will work together. End text."}, nil, nil},
		// A body the text names speaks for itself, not the undersigned.
		{"a named body's welcome is not the undersigned's", "2022-06-08", map[string]string{"source": "U.S. Department of State", "title": "Joint Statement by the Governments of Canada, Chile, and the United States Regarding Online Harassment"}, []string{"Office of the Spokesperson", "The text of the following statement was released by the Governments of Canada, Chile, and the United States regarding online harassment.", "Begin text:", "Today the undersigned foreign ministers commit to jointly addressing online harassment.", "The Global Partnership welcomes Canada and Chile to join existing partners."}, nil, nil},
		// A meeting with a group's leaders the text names by the group:
		// its members' leaders in office that day.
		{"G7 Leaders met as such: all of them", "2024-12-13", wh, []string{"Today, President Biden met virtually with G7 Leaders. Leaders discussed support for Ukraine."}, []string{"Joe Biden", "Justin Trudeau", "Emmanuel Macron", "Olaf Scholz", "Giorgia Meloni", "Shigeru Ishiba", "Keir Starmer"}, nil},
		// "together" between a group and its verb, as "also" is.
		{"They together affirmed", "2021-01-27", wh, []string{"President Joseph R. Biden, Jr. spoke today with Prime Minister Yoshihide Suga of Japan. They discussed regional security issues. They together affirmed the necessity of complete denuclearization."}, []string{"Joe Biden", "Yoshihide Suga"}, nil},
		// A list of participants a sentence inside a paragraph opens: the
		// listed people, titles stripped, outside the gazetteer too.
		{"inline participants included", "2023-06-01", wh, []string{"Today, the White House hosted a roundtable on rural health. Participants included: State Senator Ana Diaz, Representative Maria Lopez, and Dr. Jane Roe.", "The participants shared challenges facing rural hospitals."}, []string{"Ana Diaz", "Maria Lopez", "Jane Roe"}, nil},
		{"inline attendees", "2023-06-01", wh, []string{"Today, the White House hosted a roundtable on rural health. Attendees: State Senator Ana Diaz, Representative Maria Lopez, and Dr. Jane Roe.", "Attendees shared challenges facing rural hospitals."}, []string{"Ana Diaz", "Maria Lopez", "Jane Roe"}, nil},
		// The header's two parties give way to the meeting the text
		// narrates with them and more.
		{"header room widened by the meeting", "2023-10-03", map[string]string{"source": "The White House", "speaker_from_title": "National Security Advisor Jake Sullivan", "counterpart_from_title": "Guatemalan President-elect Bernardo Arévalo"}, []string{"National Security Advisor Jake Sullivan, Special Presidential Advisor Christopher Dodd, and National Security Council Senior Director for the Western Hemisphere Juan Gonzalez met today at the White House with Guatemalan President-elect Bernardo Arévalo.", "During the meeting, participants discussed shared priorities. Participants also discussed the importance of private sector investment."}, []string{"Jake Sullivan", "Christopher Dodd", "Juan Gonzalez", "Bernardo Arévalo"}, nil},
		// Co-chairs outside the gazetteer, named and then titled after
		// "by", "and" and "the leadership of".
		{"co-chairs outside the gazetteer", "2022-11-07", wh, []string{"The meeting was co-chaired by Björn Seibert, Head of Cabinet of the European Commission President, and Amos Hochstein, U.S. Special Presidential Coordinator, and under the leadership of Ditte Juul Jørgensen, European Commission Director General for Energy, and Stephanie Epner, Special Advisor at the White House.", "The participants welcomed the progress."}, []string{"Björn Seibert", "Amos Hochstein", "Ditte Juul Jørgensen", "Stephanie Epner"}, nil},
		// A body met, "convened by" its co-chairs: they are the room.
		{"a body met, convened by co-chairs", "2022-06-22", wh, []string{"The U.S.-EU Task Force on European Energy Security met virtually on June 22, 2022 convened by co-chairs Amos Hochstein, U.S. Senior Advisor for Energy Security, and Björn Seibert, Head of Cabinet of the European Commission President. The discussion focused on reviewing progress."}, []string{"Amos Hochstein", "Björn Seibert"}, nil},
		// An office alone in a guest's apposition widens no room.
		{"an office in an apposition is no new party", "2023-03-14", map[string]string{"source": "The White House", "speaker_from_title": "National Security Advisor Jake Sullivan", "counterpart_from_title": "Dr. Ibrahim Kalin"}, []string{"National Security Advisor Jake Sullivan met today with Dr. Ibrahim Kalin, Spokesperson and Chief Advisor to the President of Türkiye. They talked about regional developments."}, []string{"Jake Sullivan", "Ibrahim Kalin"}, nil},
		// "The two leaders" of a call with a leader's deputy: the leaders.
		{"the two leaders of a room with a vice president", "2023-10-10", wh, []string{"This afternoon, President Biden and Vice President Harris spoke with Prime Minister Netanyahu to provide an update on ongoing U.S. support for Israel. The two leaders agreed to speak again in the next few days."}, []string{"Joe Biden", "Benjamin Netanyahu"}, nil},
		// "They" stays everyone in the room.
		{"They of a room with a vice president", "2023-10-10", wh, []string{"This afternoon, President Biden and Vice President Harris spoke with Prime Minister Netanyahu to provide an update on ongoing U.S. support for Israel. They agreed to speak again in the next few days."}, []string{"Joe Biden", "Kamala Harris", "Benjamin Netanyahu"}, nil},
		// "U.S. participants", "Israeli participants": the room's people
		// of that country.
		{"U.S. participants: the room's Americans", "2024-07-15", wh, []string{"Today National Security Advisor Jake Sullivan and Secretary of State Antony Blinken hosted Israeli National Security Advisor Tzachi Hanegbi and Minister of Strategic Affairs Ron Dermer for a meeting of the consultative group. U.S. participants expressed concerns with various courses of action."}, []string{"Jake Sullivan", "Antony Blinken"}, nil},
		{"Israeli participants: the room's Israelis", "2024-07-15", wh, []string{"Today National Security Advisor Jake Sullivan and Secretary of State Antony Blinken hosted Israeli National Security Advisor Tzachi Hanegbi and Minister of Strategic Affairs Ron Dermer for a meeting of the consultative group. Israeli participants agreed to take these concerns into account."}, []string{"Tzachi Hanegbi", "Ron Dermer"}, nil},
		// With no one of the country in the room: nobody known.
		{"French participants in a room of Americans and Israelis", "2024-07-15", wh, []string{"Today National Security Advisor Jake Sullivan and Secretary of State Antony Blinken hosted Israeli National Security Advisor Tzachi Hanegbi and Minister of Strategic Affairs Ron Dermer for a meeting of the consultative group. French participants agreed to take these concerns into account."}, nil, nil},
		// A paragraph that narrates another meeting than the room's: its
		// next "They" is that meeting's parties (groupMeetingBefore).
		{"They after the paragraph's own meeting", "2024-02-05", wh, []string{"Principal Deputy National Security Advisor Jon Finer met with President Irfaan Ali of Guyana. They discussed energy security.", "In Colombia, Mr. Finer met with President Gustavo Petro. They also discussed migration."}, []string{"Jon Finer", "Gustavo Petro"}, nil},
		// A paragraph that opens by narrating another meeting than the
		// room's is the room of its later sentences and of the paragraphs
		// after it (openedMeeting), until another paragraph opens with one.
		{"They later in the paragraph that opened with another meeting", "2024-02-05", wh, []string{"Principal Deputy National Security Advisor Jon Finer met with President Irfaan Ali of Guyana. They discussed energy security.", "In Colombia, Mr. Finer met with President Gustavo Petro. He expressed support for the peace accord. They also discussed migration."}, []string{"Jon Finer", "Gustavo Petro"}, nil},
		{"They in the paragraph after the one that opened with another meeting", "2024-02-05", wh, []string{"Principal Deputy National Security Advisor Jon Finer met with President Irfaan Ali of Guyana. They discussed energy security.", "In Colombia, Mr. Finer met with President Gustavo Petro. He expressed support for the peace accord.", "They also discussed migration."}, []string{"Jon Finer", "Gustavo Petro"}, nil},
		{"a paragraph that opens with the room's meeting again gives it back", "2024-02-05", wh, []string{"Principal Deputy National Security Advisor Jon Finer met with President Irfaan Ali of Guyana. They discussed energy security.", "In Colombia, Mr. Finer met with President Gustavo Petro. He expressed support for the peace accord.", "Back in Georgetown, Mr. Finer met again with President Irfaan Ali. He expressed support for Guyana's defense. They also discussed trade."}, []string{"Jon Finer", "Irfaan Ali"}, nil},
		// "The two countries" of a room of three people: the countries'
		// own act, nobody the text names (rule 9).
		{"the two countries of a room of three", "2024-02-05", wh, []string{"In Colombia, Mr. Finer and Secretary of State Antony Blinken met with President Gustavo Petro. They expressed support for the peace accord. The two countries affirmed their intention to deepen cooperation on migration."}, nil, nil},
		{"the two countries of a paragraph's room of three", "2024-02-05", wh, []string{"Principal Deputy National Security Advisor Jon Finer met with President Irfaan Ali of Guyana. They discussed energy security.", "In Colombia, Mr. Finer and Secretary of State Antony Blinken met with President Gustavo Petro. They expressed support for the peace accord. The two countries affirmed their intention to deepen cooperation on migration."}, nil, nil},
		// The paragraph's meeting the room already holds: the room stays.
		{"They after a meeting of the room's people", "2023-10-10", wh, []string{"This afternoon, President Biden and Vice President Harris spoke with Prime Minister Netanyahu. They discussed the region.", "Later, President Biden spoke again with Prime Minister Netanyahu. They agreed to speak again."}, []string{"Joe Biden", "Kamala Harris", "Benjamin Netanyahu"}, nil},
		// A guess of the last two people named that the group's own clause
		// acts on is nobody (clauseObject).
		{"They advised the last two named: nobody", "2021-08-27", wh, []string{"The President met this morning in the Situation Room with his national security team. The Vice President joined by secure video teleconference. They advised the President and Vice President that another attack is likely."}, nil, nil},
		// A body's name before a party's title ends no list of parties.
		{"a body before the guest's title", "2022-06-22", map[string]string{"source": "U.S. Department of State"}, []string{"Deputy Secretary of State Wendy Sherman spoke today with European External Action Service Secretary General Stefano Sannino. They discussed support for Ukraine."}, []string{"Wendy Sherman", "Stefano Sannino"}, nil},
		// A country or a body after "and" is no person.
		{"a country after and is no co-chair", "2022-11-07", wh, []string{"The meeting was co-chaired by Björn Seibert, Head of Cabinet of the European Commission President, and Amos Hochstein, U.S. Special Presidential Coordinator.", "The United States and the European Union, Partners for decades, welcomed the progress."}, nil, nil},
		// A group of the guests' kind in a readout that lists them: the
		// listed guests (listed.go); not a subset ("Other ... leaders"),
		// nor one of two kinds the sentence sets apart.
		{"the guests' kind: the listed guests", "2023-06-01", wh, []string{"Today, the White House hosted a roundtable with faith leaders. Participants included: Dr. Ana Diaz, Dr. Maria Lopez, and Dr. Jane Roe.", "The faith leaders stressed the importance of the bill."}, []string{"Ana Diaz", "Maria Lopez", "Jane Roe"}, nil},
		{"host and the leaders: the listed guests, not who joined the host", "2023-06-01", wh, []string{"Yesterday, Vice President Kamala Harris hosted a roundtable with university leaders. The Vice President was joined by Secretary of Education Miguel Cardona. Participants included: Dr. Ana Diaz, Dr. Maria Lopez, and Dr. Jane Roe.", "The Vice President and the leaders discussed the confusion surrounding the laws."}, []string{"Kamala Harris", "Ana Diaz", "Maria Lopez", "Jane Roe"}, nil},
		{"other leaders: some of the guests", "2023-06-01", wh, []string{"Today, the White House hosted a roundtable with faith leaders. Participants included: Dr. Ana Diaz, Dr. Maria Lopez, and Dr. Jane Roe.", "Other faith leaders stressed the importance of the bill."}, nil, nil},
		{"two kinds set apart: neither is all the guests", "2023-06-01", wh, []string{"Today, the White House hosted a roundtable with labor and business leaders. Participants included: Ana Diaz, President, Union Local; Maria Lopez, CEO, Acme; and Jane Roe, CEO, Widgets.", "Labor leaders stressed their support, and business leaders announced new commitments."}, nil, nil},
	}
	runLastSentence(t, a, tests)
}
