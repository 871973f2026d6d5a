package attribution

import (
	"strings"
	"testing"
)

// TestJointFragments checks that the signatories' voice holds in the
// fragments of a joint statement (rules 3, 4): a numbered item's number
// and heading, the items of a list run into one paragraph, a sentence cut
// off before its list. Shortened from fresh18's joint statement by
// President Biden and Prime Minister Trudeau (2023-03-24).
func TestJointFragments(t *testing.T) {
	a := New(shipped(t))
	d := doc("2023-03-24", map[string]string{"title": "Joint Statement by President Biden and Prime Minister Trudeau", "source": "The White House"},
		"The United States and Canada celebrate our progress under the Roadmap for a Renewed U.S.-Canada Partnership.",
		"To that end, the United States and Canada will work together to:",
		"**1. Catalyze Clean Energy and Create Good Jobs: **Deepening economic integration and workforce development are essential to building a more sustainable economy.",
		"- President Biden and Prime Minister Trudeau highlighted the U.S. Inflation Reduction Act.",
		"As the implementation of these plans proceed, the United States and Canada will work together toward an integrated North American approach.",
		"**2. Strengthen Resilience of Critical Mineral Supply Chains: **The United States and Canada will work together to create a resilient supply chain.",
		"- Canada and the United States are taking a significant step toward reliable critical mineral supply chains. - The Canadian Critical Minerals Infrastructure Fund will make CAD $1.5 billion available to support clean energy projects.",
		"**5. Bolster Global Alliances:** The United States and Canada are committed to the security of our treaty allies.",
		"**6. Invest in Our Collective Defense and Security: ** Our highest priority is to protect our citizens. We will invest in the modernization of the North American Aerospace Defense Command (NORAD), including specifically",
		"- As part of a CAD $6.96 billion investment in surveillance system modernization, procuring and fielding two next generation Over-the-Horizon Radar systems;")
	both := []string{"Joe Biden", "Justin Trudeau"}
	res := a.AttributeSentences(d)
	for _, want := range []string{"**1. Catalyze", "**5. Bolster", "We will invest", "- As part of"} {
		found := false
		for _, ss := range res {
			for _, s := range ss {
				if !strings.HasPrefix(s.Text, want) {
					continue
				}
				found = true
				if !sameSet(s.Speakers, both) {
					t.Errorf("speakers of %q = %v; want %v (why: %v)", s.Text, s.Speakers, both, s.Why)
				}
			}
		}
		if !found {
			t.Errorf("no sentence opens with %q", want)
		}
	}
}

// TestListFragmentsSplit checks how a paragraph's sentences are cut around
// list marks: a number joins its item, a bullet after a sentence's end
// starts one, an abbreviation before a dash does not.
func TestListFragmentsSplit(t *testing.T) {
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"**1. Catalyze Clean Energy: **Deepening integration is essential.", []string{"**1. Catalyze Clean Energy: **Deepening integration is essential."}},
		{"2. We will continue to strengthen collaboration.", []string{"2. We will continue to strengthen collaboration."}},
		{"It is vital to our security. - Last year, the United States announced funding. - The Fund will make CAD $1.5 billion available.",
			[]string{"It is vital to our security.", "- Last year, the United States announced funding.", "- The Fund will make CAD $1.5 billion available."}},
		{"- As part of an investment, procuring radar systems; - CAD $7.3 billion in investments.", []string{"- As part of an investment, procuring radar systems;", "- CAD $7.3 billion in investments."}},
		{"They confirmed their resolve to strengthen the U.S. – Italy strategic alliance.", []string{"They confirmed their resolve to strengthen the U.S. – Italy strategic alliance."}},
	} {
		d := newDocState(nil, doc("2023", nil, tt.text))
		var got []string
		for _, s := range d.paras[0] {
			got = append(got, s.text)
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("sentences of %q = %q; want %q", tt.text, got, tt.want)
		}
	}
}

// TestPaidTribute checks "paid tribute to" as praise (rule 1), and "paid"
// otherwise as no speech (Taoiseach joint statement, 2021-03-17; Iraq
// joint statement, 2024-04-15).
func TestPaidTribute(t *testing.T) {
	a := New(shipped(t))
	wh := map[string]string{"source": "The White House"}
	runLastSentence(t, a, []lastSentenceCase{
		{"paid tribute is praise", "2021-03-17", wh, []string{"President Biden paid tribute to the late John Hume, whose life work was invaluable to the peace process."}, []string{"Joe Biden"}, nil},
		{"paid a visit is none", "2021-03-17", wh, []string{"President Biden paid a visit to Dublin."}, nil, nil},
		{"paid for is none", "2021-03-17", wh, []string{"President Biden paid for the lunch."}, nil, nil},
	})
}

// TestWeOnBothSides checks a joint statement of governments whose "we"
// sentence names a group only after a preposition: the group is where the
// work is done, the sentence the governments' own (rules 3, 9). From the
// unlabelled U.S.-Mexico High-Level Security Dialogue statement (2021-10-08).
func TestWeOnBothSides(t *testing.T) {
	a := New(shipped(t))
	runLastSentence(t, a, []lastSentenceCase{
		{"we, workers on both sides", "2021-10-08", map[string]string{"title": "Joint Statement: U.S.-Mexico High-Level Security Dialogue", "source": "The White House"}, []string{
			"As two nations with an enduring partnership, the United States and Mexico need and want to face security challenges together.",
			"We affirm our commitment to prosecute human smugglers on both sides of the border."}, []string{"United States", "Mexico"}, nil},
	})
}

// TestWeWithoutPeriod checks a "We" sentence that lost its period: an
// assertion of the signatories, not a heading (U.S.-EU Summit joint
// statement, 2023-10-20).
func TestWeWithoutPeriod(t *testing.T) {
	a := New(shipped(t))
	runLastSentence(t, a, []lastSentenceCase{
		{"we without a period", "2023-10-20", map[string]string{"title": "U.S.-EU Summit Joint Statement", "source": "The White House"}, []string{
			"We, the leaders of the United States and the European Union, met today in Washington.",
			"We call for the immediate release of all hostages and emphasize our shared view that a two-state solution remains the viable path to lasting peace"}, []string{"United States", "European Union"}, nil},
		{"a heading is still nobody's", "2023-10-20", map[string]string{"title": "U.S.-EU Summit Joint Statement", "source": "The White House"}, []string{
			"We, the leaders of the United States and the European Union, met today in Washington.",
			"Accelerating global efforts to tackle the climate crisis"}, nil, nil},
	})
}
