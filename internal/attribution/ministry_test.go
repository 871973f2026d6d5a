package attribution

import (
	"os"
	"testing"

	"github.com/readouts/readouts/internal/gazetteer"
)

// TestForeignMinistryByKind: a foreign ministry's spokesperson is the
// holder on the date because the gazetteer says the body is a foreign
// ministry (kind), not because of the words in its name: the shipped
// gazetteer with two invented US bodies, a ministry whose name says
// nothing of it and a body named "Foreign" that is none.
func TestForeignMinistryByKind(t *testing.T) {
	data, err := os.ReadFile("../../gazetteer.yaml")
	if err != nil {
		t.Fatal(err)
	}
	data = append(data, "\n  - {name: Sunflower Bureau, country: US, kind: foreign ministry}\n  - {name: US Foreign Trade Office, country: US}\n"...)
	g, err := gazetteer.Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	runLastSentence(t, New(g), []lastSentenceCase{
		{"a ministry by kind, whatever its name", "2020-04-10", map[string]string{"speaker": "Zhao Lijian"}, []string{"A: Good afternoon.", "Q: The spokesperson of the Sunflower Bureau said on Thursday that the agency chose politics."}, []string{"Morgan Ortagus"}, nil},
		{"a body named Foreign is no ministry", "2020-04-10", map[string]string{"speaker": "Zhao Lijian"}, []string{"A: Good afternoon.", "Q: The spokesperson of the US Foreign Trade Office said on Thursday that the agency chose politics."}, []string{"US Foreign Trade Office"}, nil},
	})
}
