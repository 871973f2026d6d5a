package attribution

import "testing"

// TestJointParties checks joint statements whose signatories come from
// their structure (joint.go; rules 3, 8 and 9): the parties the title
// names, the people an adopting line or the first sentence names for them,
// and a third-person statement that narrates a meeting. Sentences after
// White House joint statements, with invented or paraphrased text.
func TestJointParties(t *testing.T) {
	a := New(shipped(t))
	wh := func(title string) map[string]string {
		return map[string]string{"source": "The White House", "title": title}
	}
	pair := wh("Joint Statement on the U.S.-Ukraine Strategic Partnership")
	nz := wh("United States – Aotearoa New Zealand Joint Statement")
	spain := wh("Joint Declaration Between the Kingdom of Spain and the United States of America")
	mexico := wh("Joint Statement from Mexico and the United States on the Implementation of a Security Framework")
	opening := "On April 13, U.S. Homeland Security Advisor Dr. Elizabeth Sherwood-Randall welcomed a delegation led by Mexico’s Secretary of Security Rosa Icela Rodríguez to the White House."
	trade := wh("Joint Statement on a Framework for a United States – Switzerland Agreement on Reciprocal Trade")
	tests := []lastSentenceCase{
		// The title's parties, no person named: the governments.
		{"a title's compound: its countries speak as governments", "2021-09-01", pair,
			[]string{"Thirty years on, the bonds between the United States and Ukraine are stronger than ever.", "Our relationship serves as a cornerstone for security in the region."},
			[]string{"United States", "Ukraine"}, nil},
		{"a title's compound: one party's sentence is its own", "2021-09-01", pair,
			[]string{"Thirty years on, the bonds between the United States and Ukraine are stronger than ever.", "Ukraine intends to continue to counter corruption and ensure accountability."},
			[]string{"Ukraine"}, nil},
		{"a title without parties is no joint statement of governments", "2021-09-01", wh("Joint Statement on Ocean Governance"),
			[]string{"Thirty years on, the bonds between our nations are stronger than ever.", "Our relationship serves as a cornerstone for security in the region."},
			nil, nil},
		// The first sentence names one leader of each party.
		{"the first sentence's leaders sign for the title's parties", "2022-05-31", nz,
			[]string{"*A Partnership for the Pacific*", "President Joseph R. Biden, Jr. is honored to welcome Prime Minister Jacinda Ardern of Aotearoa New Zealand to the White House.", "We meet at a time of great challenge."},
			[]string{"Joe Biden", "Jacinda Ardern"}, nil},
		{"one side's sentence keeps its own speaker", "2022-05-31", nz,
			[]string{"President Joseph R. Biden, Jr. is honored to welcome Prime Minister Jacinda Ardern of Aotearoa New Zealand to the White House.", "President Biden welcomed New Zealand’s leadership on climate."},
			[]string{"Joe Biden"}, nil},
		// A line that adopts the text in the name of people.
		{"the people of a line reaching the following understandings sign", "2022-06-28", spain,
			[]string{"Spain and the United States are Allies. To affirm our commitment, the President of the Government of Spain, Pedro Sánchez, and the President of the United States of America, Joseph R. Biden, Jr., have reached the following understandings:", "1. Spain and the United States condemn the war against Ukraine."},
			[]string{"Pedro Sánchez", "Joe Biden"}, nil},
		{"the adopting line itself is theirs", "2022-07-14", wh("The Jerusalem U.S.-Israel Strategic Partnership Joint Declaration"),
			[]string{"The leaders of the United States and Israel, President Biden and Prime Minister Lapid, met in Jerusalem on 14 July 2022, and adopted the following Joint Declaration on the Strategic Partnership:"},
			[]string{"Joe Biden", "Yair Lapid"}, nil},
		// A statement that narrates a meeting in the past tense.
		{"a readout-style statement: the parties acting together are the signatories", "2023-04-13", mexico,
			[]string{opening, "The Mexican delegation highlighted a new decree.", "The United States and Mexico committed to continue joint work against the fentanyl supply chain."},
			[]string{"Elizabeth Sherwood-Randall", "Rosa Icela Rodríguez"}, nil},
		{"a readout-style statement: one side's delegation is its head", "2023-04-13", mexico,
			[]string{opening, "The Mexican delegation highlighted a new decree on synthetic drugs."},
			[]string{"Rosa Icela Rodríguez"}, nil},
		{"a readout-style statement: an agency's work is narration", "2023-04-13", mexico,
			[]string{opening, "The United States and Mexico committed to continue joint work.", "The Department of Justice is deploying new authorities to target southbound firearms flows."},
			nil, nil},
		{"a declaration in the present: its own voice is the parties'", "2025-11-14", trade,
			[]string{"The United States and Switzerland express through this Framework their intention to negotiate an Agreement.", "The Agreement will build upon a longstanding economic relationship."},
			[]string{"United States", "Switzerland"}, nil},
		{"a list continues its lead's speaker", "2025-11-14", trade,
			[]string{"The United States and Switzerland express through this Framework their intention to negotiate an Agreement.", "Switzerland intends to take the following actions:", "- Purchases of energy products over the next five years."},
			[]string{"Switzerland"}, nil},
		// "We the ... of" a list: the holders of the office, else the
		// governments.
		{"we the leaders of the Group of Seven: its members' leaders", "2022-03-11", wh("Joint Statement by the G7 on Further Economic Costs"),
			[]string{"We the Leaders of the Group of Seven (G7) remain resolved to stand with the people of the country under attack.", "We urge an end to the bombing of civilians."},
			[]string{"Justin Trudeau", "Emmanuel Macron", "Olaf Scholz", "Mario Draghi", "Fumio Kishida", "Boris Johnson", "Joe Biden"}, nil},
		{"we the ministers of countries, unnamed: the governments, the line too", "2021-10-14", wh("Joint Statement of the Ministers and Representatives from a Security Initiative Meeting"),
			[]string{"Having gathered virtually, we the Ministers and Representatives of Australia, Brazil, Canada, and the United States recognize that ransomware is a threat."},
			[]string{"Australia", "Brazil", "Canada", "United States"}, nil},
		// A summit's joint statement whose title lists the countries, one
		// of them a group (the GCC's six members): the heads in office
		// that day, the monarchs of the Gulf's kingdoms, emirates and
		// sultanate among them.
		{"the summit of the leaders of the United States and the GCC: seven heads", "2022-07-16", wh("Joint Statement Following the Summit of the Leaders of the United States and the Gulf Cooperation Council (GCC) Countries"),
			[]string{"At the invitation of the King, the leaders met today in Jeddah.", "The leaders affirmed their keenness to hold the summit annually."},
			[]string{"Joe Biden", "Hamad bin Isa Al Khalifa", "Nawaf Al-Ahmad Al-Jaber Al-Sabah", "Haitham bin Tariq Al Said", "Tamim bin Hamad Al Thani", "Salman bin Abdulaziz Al Saud", "Mohamed bin Zayed"}, nil},
		{"They after the leaders, when no two people are named yet: the seven heads", "2022-07-16", wh("Joint Statement Following the Summit of the Leaders of the United States and the Gulf Cooperation Council (GCC) Countries"),
			[]string{"At the invitation of the King, the leaders met today in Jeddah.", "The leaders recognized ongoing efforts of OPEC+ towards stabilizing the oil market. They welcomed the recent announcement by OPEC+ members."},
			[]string{"Joe Biden", "Hamad bin Isa Al Khalifa", "Nawaf Al-Ahmad Al-Jaber Al-Sabah", "Haitham bin Tariq Al Said", "Tamim bin Hamad Al Thani", "Salman bin Abdulaziz Al Saud", "Mohamed bin Zayed"}, nil},
		{"one signatory's country after an opening phrase is its government, not its leader (fresh10's label; majority of development labels)", "2022-07-16", wh("Joint Statement Following the Summit of the Leaders of the United States and the Gulf Cooperation Council (GCC) Countries"),
			[]string{"At the invitation of the King, the leaders met today in Jeddah.", "In this context, the United States welcomed the decision of the fund."},
			[]string{"United States"}, nil},
		{"a leaders' statement of Kuwait: its Emir", "2022-07-16", wh("Joint Statement from the Leaders of Kuwait and the United States"),
			[]string{"The leaders affirmed their commitment to regional security."},
			[]string{"Nawaf Al-Ahmad Al-Jaber Al-Sabah", "Joe Biden"}, nil},
		{"a press call after the summit is no joint statement", "2022-07-16", wh("Background Press Call Following the Summit of the Leaders of the United States and the Gulf Cooperation Council (GCC) Countries"),
			[]string{"The leaders affirmed their keenness to hold the summit annually."},
			nil, nil},
		// The title's author list may follow a subject.
		{"a subject before the title's joint statement by two advisors", "2021-02-16", wh("The MPP Program and Border Security Joint Statement by Assistant to the President and National Security Advisor Jake Sullivan and Assistant to the President and Homeland Security Advisor Dr. Elizabeth Sherwood-Randall"),
			[]string{"Starting February 19, the United States will begin to process eligible individuals.", "We caution people that our borders are not open."},
			[]string{"Jake Sullivan", "Elizabeth Sherwood-Randall"}, nil},
		{"a press call about a joint statement by two advisors is none", "2021-02-16", wh("Background Press Call on the Joint Statement by National Security Advisor Jake Sullivan and Homeland Security Advisor Dr. Elizabeth Sherwood-Randall"),
			[]string{"We caution people that our borders are not open."},
			nil, nil},
	}
	runLastSentence(t, a, tests)
}
