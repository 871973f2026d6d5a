package attribution

import (
	"slices"
	"strings"
	"testing"
)

// TestSplitGlued checks the cut of two sentences run together by a missing
// space, and that the quick check before the regexp (periodBeforeCapital)
// lets through every sentence the regexp would cut: a capital after the
// period in ASCII or not, two cuts in one sentence, and what is not cut.
func TestSplitGlued(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"glued", "under the Treaty.President Biden also reaffirmed it.",
			[]string{"under the Treaty.", "President Biden also reaffirmed it."}},
		{"a capital out of ASCII", "a visit to the palace.Élysée officials said so.",
			[]string{"a visit to the palace.", "Élysée officials said so."}},
		{"twice", "the first one.Then the second one.Then a third.",
			[]string{"the first one.", "Then the second one.", "Then a third."}},
		{"a web address", "See WhiteHouse.Gov/CleanIndoorAir for more.", []string{"See WhiteHouse.Gov/CleanIndoorAir for more."}},
		{"a period at the end", "The Secretary met the Minister.", []string{"The Secretary met the Minister."}},
		{"no period", "The Secretary met the Minister", []string{"The Secretary met the Minister"}},
		{"a lower-case word after the period", "the file.txt was sent", []string{"the file.txt was sent"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := splitGlued([]string{tc.in}); !slices.Equal(got, tc.want) {
				t.Errorf("splitGlued(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// FuzzSplitGlued: splitGlued cuts as the regexp alone does (the quick
// check periodBeforeCapital lets through every sentence the regexp would
// cut), and loses or invents no text.
func FuzzSplitGlued(f *testing.F) {
	for _, s := range []string{"under the Treaty.President Biden also reaffirmed it.", "the palace.Élysée officials said", "the café.Élysée a", "U.S.President x", "the palace.\xc3", "x.Y z", "abc.De f.Gh i", "WhiteHouse.Gov/x", "."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := splitGlued([]string{s})
		var want []string
		rest := s
		for {
			loc := gluedSentence.FindStringIndex(rest)
			if loc == nil {
				break
			}
			cut := loc[0] + strings.IndexByte(rest[loc[0]:], '.') + 1
			want = append(want, rest[:cut])
			rest = rest[cut:]
		}
		want = append(want, rest)
		if !slices.Equal(got, want) {
			t.Errorf("splitGlued(%q) = %q, the regexp alone cuts %q", s, got, want)
		}
		if strings.Join(got, "") != s {
			t.Errorf("splitGlued(%q) = %q: text lost or invented", s, got)
		}
	})
}

// TestSplitHeading: a bold section heading that opens a sentence is a
// sentence of its own, so that it does not take the speakers of the first
// sentence of its section.
func TestSplitHeading(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"heading", "**Supporting the Good Friday Agreement** The United States and Ireland are committed.",
			[]string{"**Supporting the Good Friday Agreement**", "The United States and Ireland are committed."}},
		{"underlined heading", "**<u>Promoting Stability</u>** The two delegations discussed it.",
			[]string{"**<u>Promoting Stability</u>**", "The two delegations discussed it."}},
		{"a quotation after it", "**Quote** “We will win,” he said.", []string{"**Quote**", "“We will win,” he said."}},
		{"bold inside the sentence", "The leaders launched **the Partnership** on Monday.",
			[]string{"The leaders launched **the Partnership** on Monday."}},
		{"bold words that go on in lower case", "**Note** that the call was brief.", []string{"**Note** that the call was brief."}},
		{"a heading alone", "**Diplomacy**", []string{"**Diplomacy**"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := splitHeading([]string{tc.in})
			if !slices.Equal(got, tc.want) {
				t.Errorf("splitHeading(%q) = %q, want %q", tc.in, got, tc.want)
			}
			if strings.Join(got, " ") != tc.in {
				t.Errorf("splitHeading(%q) = %q: text lost or invented", tc.in, got)
			}
		})
	}
}
