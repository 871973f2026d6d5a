package attribution

import (
	"slices"
	"testing"

	"github.com/readouts/readouts/internal/gazetteer"
)

func TestAntecedentChooser(t *testing.T) {
	he := &person{name: "He", gz: &gazetteer.Person{Gender: gazetteer.Male}}
	she := &person{name: "She", gz: &gazetteer.Person{Gender: gazetteer.Female}}
	any := &person{name: "Unknown"}
	male := func(p *person) bool { return fitsPronoun(p, gazetteer.Male) }
	name := func(p *person) string {
		if p == nil {
			return "-"
		}
		return p.name
	}

	t.Run("fits", func(t *testing.T) {
		for _, c := range []struct {
			p, owner *person
			want     gazetteer.Gender
			pron     bool // fitsPronoun
			other    bool // fitsOther
		}{
			{he, nil, gazetteer.Male, true, true},
			{he, nil, gazetteer.Female, false, false},
			{she, nil, gazetteer.Female, true, true},
			{any, nil, gazetteer.Female, true, true},
			{he, he, gazetteer.Male, true, false},   // the owner's "he" is someone else
			{any, he, gazetteer.Male, true, true},   // unknown gender fits
			{nil, he, gazetteer.Male, false, false}, // nobody
		} {
			if c.p != nil {
				if got := fitsPronoun(c.p, c.want); got != c.pron {
					t.Errorf("fitsPronoun(%s, %s) = %v, want %v", name(c.p), c.want, got, c.pron)
				}
			}
			if got := fitsOther(c.p, c.owner, c.want); got != c.other {
				t.Errorf("fitsOther(%s, %s, %s) = %v, want %v", name(c.p), name(c.owner), c.want, got, c.other)
			}
		}
	})

	t.Run("lastSaid", func(t *testing.T) {
		for _, c := range []struct {
			desc    string
			history []said
			skip    func(said) bool
			want    *person
			at      int
		}{
			{"empty", nil, nil, nil, 0},
			{"most recent who fits", []said{{p: he, para: 1}, {p: any, para: 2}}, nil, any, 2},
			{"past one who does not fit", []said{{p: he, para: 1}, {p: she, para: 2}}, nil, he, 1},
			{"skipped entries", []said{{p: he, para: 1}, {p: any, para: 2, asked: true}}, func(h said) bool { return h.asked }, he, 1},
			{"none fits", []said{{p: she, para: 1}}, nil, nil, 0},
		} {
			p, at := lastSaid(c.history, c.skip, male)
			if p != c.want || at != c.at {
				t.Errorf("%s: got %s, %d; want %s, %d", c.desc, name(p), at, name(c.want), c.at)
			}
		}
	})

	t.Run("recentNamed", func(t *testing.T) {
		named := []turnName{{p: he, sent: 3, para: 1}, {p: she, sent: 6, para: 2}, {p: any, sent: 8, para: 3}}
		for _, c := range []struct {
			desc       string
			now, reach int
			stop       func(turnName) bool
			fits       func(*person) bool
			want       *person
			at         int
		}{
			{"most recent who fits", 9, 8, nil, male, any, 3},
			{"past one who does not fit", 9, 8, nil, func(p *person) bool { return p != any && male(p) }, he, 1},
			{"out of reach", 9, 3, nil, func(p *person) bool { return p == he }, nil, 0},
			{"reach counts from now", 6, 3, nil, func(p *person) bool { return p == he }, he, 1},
			{"stop cuts the walk", 9, 8, func(n turnName) bool { return n.sent < 8 }, func(p *person) bool { return p == he }, nil, 0},
		} {
			p, at := recentNamed(named, c.now, c.reach, c.stop, c.fits)
			if p != c.want || at != c.at {
				t.Errorf("%s: got %s, %d; want %s, %d", c.desc, name(p), at, name(c.want), c.at)
			}
		}
	})
}

func TestRefsNamedBefore(t *testing.T) {
	refs := []ref{{kind: kName, i: 0, j: 2}, {kind: kPronoun, i: 3, j: 4}, {kind: kTitle, i: 5, j: 7}, {kind: kGroup, i: 8, j: 9}, {kind: kName, i: 10, j: 12}}
	for _, c := range []struct {
		k    int
		want []int // starts of the refs yielded
	}{
		{0, nil},
		{2, []int{0}},
		{6, []int{0}},    // the title ends after k
		{9, []int{0, 5}}, // a pronoun and a group are no candidates
		{20, []int{0, 5, 10}},
	} {
		var got []int
		for r := range refsNamedBefore(refs, c.k) {
			got = append(got, r.i)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("k=%d: got %v, want %v", c.k, got, c.want)
		}
	}
}
