package readout

import (
	"reflect"
	"strings"
	"testing"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"simple", "Wang said this. Blinken said that.", []string{"Wang said this.", "Blinken said that."}},
		{"abbreviation", "The U.S. Secretary spoke. Mr. Wang replied on Nov. 13.", []string{"The U.S. Secretary spoke.", "Mr. Wang replied on Nov. 13."}},
		{"plural abbreviation", "Dr. Momah spoke. Drs. Price and Momah also explained the toll.", []string{"Dr. Momah spoke.", "Drs. Price and Momah also explained the toll."}},
		{"initial", "Antony J. Blinken spoke with Wang Yi. He said so.", []string{"Antony J. Blinken spoke with Wang Yi.", "He said so."}},
		{"quote closes", `He said "no." Then he left.`, []string{`He said "no."`, "Then he left."}},
		{"lower case next", "the state of the U.S. economy is fine. ok", []string{"the state of the U.S. economy is fine. ok"}},
		{"question", "Is it? Yes! Done.", []string{"Is it?", "Yes!", "Done."}},
		{"decimal", "It grew 3.5 percent. Good.", []string{"It grew 3.5 percent.", "Good."}},
		{"place abbreviation ends a sentence", "They met in Washington, D.C. Secretary Blinken and Minister Hoekstra condemned it.", []string{"They met in Washington, D.C.", "Secretary Blinken and Minister Hoekstra condemned it."}},
		{"place abbreviation inside one", "The D.C. Circuit ruled in Washington, D.C. on Monday.", []string{"The D.C. Circuit ruled in Washington, D.C. on Monday."}},
		{"case name", "The participants feared that if *Roe v. Wade* is overturned, rights go. They said so.", []string{"The participants feared that if *Roe v. Wade* is overturned, rights go.", "They said so."}},
		{"emphasis closes", "It is at stake in *Dobbs v. Jackson Women’s Health Organization.* The conversation went on.", []string{"It is at stake in *Dobbs v. Jackson Women’s Health Organization.*", "The conversation went on."}},
		{"a bold heading stays with its text", "- **New Options for Federal Employees.** The Office issued guidance.", []string{"- **New Options for Federal Employees.** The Office issued guidance."}},
		{"empty", "  ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Sentences(tt.in)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Sentences(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

// FuzzSentences checks that splitting neither loses nor invents text.
func FuzzSentences(f *testing.F) {
	f.Add("Wang said this. Blinken said that.")
	f.Add("U.S. Mr. J. Blinken? \"Yes.\" ok")
	f.Fuzz(func(t *testing.T, s string) {
		got := strings.Join(Sentences(s), "")
		if strip(got) != strip(s) {
			t.Fatalf("text changed:\n in %q\nout %q", s, got)
		}
	})
}

func strip(s string) string {
	return strings.Join(strings.Fields(s), "")
}
