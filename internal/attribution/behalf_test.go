package attribution

import "testing"

// TestReadFor checks a General Debate statement a delegate reads out for
// its author in quotation marks (behalf.go): the quoted text is the
// author's, the lines around it the delegate's (rules 6, 8). Shortened
// from unlabelled speeches (Benin 2022, Venezuela 2022, Nicaragua 2023) and
// fresh18's Benin 2023.
func TestReadFor(t *testing.T) {
	a := New(shipped(t))
	ben := map[string]string{"speaker": "Marc Hermanne Gninadoou Araba", "country": "Benin", "un_session": "77"}
	intro := "I have the privilege and signal honour, on behalf of Mr. Patrice Talon, President of the Republic of Benin, who is unable to be here today, to deliver this statement, as follows:"
	tests := []lastSentenceCase{
		{"the quoted statement is its author's", "2022", ben, []string{intro,
			"“At the beginning of my remarks, I would like to extend to Mr. Csaba Korosi my warm congratulations.",
			"“Benin remains committed to the ideals of the United Nations.",
			"“Long live multilateral cooperation!”"}, []string{"Patrice Talon"}, nil},
		{"a line the record breaks inside it is still the author's", "2022", ben, []string{intro,
			"“At the beginning of my remarks, I would like to extend to Mr. Csaba Korosi my warm congratulations. Furthermore, the security threat",
			"has intensified in several countries.",
			"“Long live multilateral cooperation!”"}, []string{"Patrice Talon"}, nil},
		{"read out but not quoted: the delegate's", "2022", ben, []string{intro,
			"At the beginning of my remarks, I would like to extend to Mr. Csaba Korosi my warm congratulations.",
			"Benin remains committed to the ideals of the United Nations."}, []string{"Marc Hermanne Gninadoou Araba"}, nil},
		{"after the quotation closes: the delegate's", "2022", map[string]string{"speaker": "Carlos Faria Tortosa", "country": "Venezuela", "un_session": "77"}, []string{
			"I take this opportunity to read a letter from President Nicolas Maduro Moros for the peoples of the world.",
			"“The Bolivarian Republic of Venezuela extends a greeting of brotherhood to the peoples of the world.",
			"“I take the time allotted to us to send an open letter to humankind.",
			"“Another world is today more urgent than ever.”",
			"I thank the Assembly for its attention."}, []string{"Carlos Faria Tortosa"}, nil},
		{"a message two people send is both's", "2023", map[string]string{"speaker": "Ronaldo Moncada Colindres", "country": "Nicaragua", "un_session": "78"}, []string{
			"The President of the Republic of Nicaragua. Comandante Daniel Ortega Saavedra, and Vice-President Rosario Murillo Zambrana send the following message to the General Assembly and the world.",
			"“The people of Nicaragua salute the peoples represented in the General Assembly.",
			"“We express our solidarity with the peoples of the world.",
			"“We are forever moving forward.”"}, []string{"Daniel Ortega", "Rosario Murillo Zambrana"}, nil},
	}
	runLastSentence(t, a, tests)

	// "on behalf of Mr. Patrice Talon." (the record's "Talon. President
	// of ...") says for whom the delegate reads, nothing of Talon's.
	d := doc("2023", ben,
		"I have the privilege and signal honour, on behalf of Mr. Patrice Talon. President of the Republic of Benin, who is unable to be here today, to deliver this statement, as follows.",
		"“At the beginning of my remarks. I would like to extend to Mr. Dennis Francis my warm congratulations.",
		"“Benin remains committed to the ideals of the United Nations.”")
	res := a.AttributeSentences(d)
	for _, s := range res[0] {
		if !sameSet(s.Speakers, []string{"Marc Hermanne Gninadoou Araba"}) {
			t.Errorf("speakers of %q = %v; want the delegate only (why: %v)", s.Text, s.Speakers, s.Why)
		}
	}
	for _, s := range res[1] {
		if !sameSet(s.Speakers, []string{"Patrice Talon"}) {
			t.Errorf("speakers of %q = %v; want Patrice Talon (why: %v)", s.Text, s.Speakers, s.Why)
		}
	}
}

// TestReadForEmptyParagraph: a paragraph with no sentence right after a
// reading line (a record's blank or markup-only paragraph) is no quotation,
// and never a crash.
func TestReadForEmptyParagraph(t *testing.T) {
	a := New(shipped(t))
	ben := map[string]string{"speaker": "Marc Hermanne Gninadoou Araba", "country": "Benin", "un_session": "77"}
	d := doc("2022", ben,
		"I have the privilege and signal honour, on behalf of Mr. Patrice Talon, President of the Republic of Benin, to deliver this statement, as follows:",
		"",
		"Benin remains committed to the ideals of the United Nations.")
	res := a.AttributeSentences(d)
	last := res[len(res)-1]
	if s := last[len(last)-1]; !sameSet(s.Speakers, []string{"Marc Hermanne Gninadoou Araba"}) {
		t.Errorf("speakers of %q = %v; want the delegate", s.Text, s.Speakers)
	}
}
