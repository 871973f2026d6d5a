package attribution

import (
	"slices"
	"strings"

	"github.com/readouts/readouts/internal/gazetteer"
)

// A text that says which sides it means, before the verb of a sentence
// ("China-Vietnam relations have enjoyed sound development ... the
// cooperation between the two sides", "Since the outbreak, the heads of
// state of China and France have spoken on the phone ... They have
// commended", "During the virtual China-Singapore Joint Meeting ..., the
// two sides agreed") rules out, of the last two people named that "the two
// sides" or "They" are taken for, whoever is of neither (rule 3): the last
// two people named are only a guess. A pair in an object ("Russia fully
// supports the DPRK-US summit", "made positive comments on the DPRK and
// the US efforts") is what the sides talked about, not who they are.

// onNamedSides returns the parties that may belong to a country the
// paragraph names in a pair, up to position end of sentence s: all of them
// when it names no pair.
func (d *docState) onNamedSides(parties []*person, s sentence, end int) []*person {
	codes := d.namedSides(s, end)
	if len(codes) == 0 {
		return parties
	}
	return slices.DeleteFunc(slices.Clone(parties), func(p *person) bool {
		return !slices.ContainsFunc(codes, func(c string) bool { return onSide(p, c) })
	})
}

// namedSides returns the countries of every pair that sentence s before
// end, or an earlier sentence of its paragraph, names before its verb.
func (d *docState) namedSides(s sentence, end int) []string {
	var codes []string
	add := func(toks []token) {
		for _, c := range d.sidePairs(toks[:beforeVerb(toks)]) {
			if !slices.Contains(codes, c) {
				codes = append(codes, c)
			}
		}
	}
	add(s.toks[:end])
	if d.paraAt < len(d.paras) {
		for _, e := range d.paras[d.paraAt] {
			if e.text == s.text {
				break
			}
			add(e.toks)
		}
	}
	return codes
}

// beforeVerb is the position of the first word of toks that reads as the
// verb after a subject ("have", "said", "co-chaired"), or len(toks).
func beforeVerb(toks []token) int {
	for k, t := range toks {
		if k > 0 && t.word && !t.cap && subjectVerb(t.lower) {
			return k
		}
	}
	return len(toks)
}

// sidePairs returns the codes of the pairs of countries toks name together:
// a compound of two countries ("China-Vietnam", "U.S.-Japan") or two
// countries joined by "and" ("China and the EU").
func (d *docState) sidePairs(toks []token) []string {
	var codes []string
	for k := 0; k < len(toks); k++ {
		t := toks[k]
		if !t.word {
			continue
		}
		if strings.Contains(t.text, "-") {
			codes = append(codes, d.compoundPair(t.text)...)
			continue
		}
		a, n := d.countryAt(toks, k)
		if a == "" {
			continue
		}
		x := k + n
		if x < len(toks) && toks[x].lower == "and" {
			x++
			if x < len(toks) && toks[x].lower == "the" {
				x++
			}
			if x < len(toks) {
				if b, _ := d.countryAt(toks, x); b != "" && b != a {
					codes = append(codes, a, b)
				}
			}
		}
		k += n - 1
	}
	return codes
}

// compoundPair returns the two countries of a compound word made of exactly
// two, "China-Vietnam"; nil otherwise ("China-Arab", "Asia-Pacific").
func (d *docState) compoundPair(w string) []string {
	parts := strings.Split(w, "-")
	if len(parts) != 2 {
		return nil
	}
	var codes []string
	for _, p := range parts {
		c := d.g.Country(p)
		if c == nil || c.Code == "" {
			return nil
		}
		codes = append(codes, c.Code)
	}
	if codes[0] == codes[1] {
		return nil
	}
	return codes
}

// countryAt returns the code of the country whose name starts at toks[k]
// and how many words it takes (the longest, up to three: "United States").
// The country's name or an abbreviation ("EU", "U.S.") names a side; an
// adjective does not: "Israeli and Lebanese families" are no two sides.
func (d *docState) countryAt(toks []token, k int) (string, int) {
	c, end := d.countrySpan(toks, k, 3, sideName)
	if c == nil {
		return "", 0
	}
	return c.Code, end - k
}

// sideName accepts a coded country's name, or one capitalised word that
// abbreviates it ("EU", "U.S."), for countryAt.
func sideName(seg []token, c *gazetteer.Country) bool {
	if !codedCountry(seg, c) {
		return false
	}
	text := joinText(seg)
	return text == c.Name || len(seg) == 1 && (seg[0].upper || strings.Contains(text, "."))
}

// onSide reports whether p may belong to the country of code: it is p's
// country, or that of an office of p's, or p's country is unknown.
func onSide(p *person, code string) bool {
	home := p.homeCountry()
	if home == "" || home == code {
		return true
	}
	if p.gz != nil {
		for _, o := range p.gz.Offices {
			if o.Country == code {
				return true
			}
		}
	}
	return false
}
