package attribution

import (
	"slices"
	"strings"

	"github.com/readouts/readouts/internal/gazetteer"
)

// A document's named author (a UN speech's `speaker:` header, a release's
// byline) is often written more fully or otherwise than the gazetteer
// writes the person: "Ann Christin Linde" for Ann Linde, "Pedro Sánchez
// Pérez-Castejón" for Pedro Sánchez, "Penelope Wong" for Penny Wong. The
// header is the one place such a name comes alone, with the country and
// date of its document beside it, so personFromHeader asks the two
// matches below after the exact one, and the issuer, the speech's
// speaker and the facet all get the gazetteer's name (rule 11).

// nameSuffixes end a name without being its surname: "Jr", a regnal
// number ("Mswati III" is no Charles III).
var nameSuffixes = set(`jr sr ii iii iv v vi vii viii ix`)

// nameCore is a name's keys without lower-case particles ("bin", "al",
// "e", "oglu") and without trailing suffixes: the words that must agree.
// "Abdullah II bin Al-Hussein" and "Abdullah II ibn Al Hussein" are both
// [abdullah ii hussein] (a regnal number inside a name stays).
func nameCore(keys []string) []string {
	keys = trimSuffixes(keys)
	out := make([]string, 0, len(keys))
	for _, k := range keys {
		if !innerParticles[k] {
			out = append(out, k)
		}
	}
	return out
}

func trimSuffixes(keys []string) []string {
	for len(keys) > 1 && nameSuffixes[keys[len(keys)-1]] {
		keys = keys[:len(keys)-1]
	}
	return keys
}

// headerFullerName finds the gazetteer person of a header name that
// writes the gazetteer's name with more words: every word of one of the
// person's names appears in order in the header, and the first and last
// agree ("Ann Christin Linde" is Ann Linde, "Bogdan Lucian Aurescu" Bogdan
// Aurescu, "Faisal bin Farhan A.F. A1 Furhan Al-Saud" Faisal bin Farhan Al
// Saud). Only when one person fits, and not someone whose first office is
// generations after the document.
func (d *docState) headerFullerName(keys []string) *gazetteer.Person {
	h := nameCore(keys)
	if len(h) < 2 {
		return nil
	}
	return onlyOne(d.contemporaries(d.g.People), func(_ *gazetteer.Person, ws []string) bool {
		w := nameCore(ws)
		return len(w) >= 2 && w[0] == h[0] && w[len(w)-1] == h[len(h)-1] && inOrder(w, h)
	})
}

// onlyOne is the one person of ps one of whose names fits, or nil when
// none or several do.
func onlyOne(ps []*gazetteer.Person, fits func(p *gazetteer.Person, words []string) bool) *gazetteer.Person {
	var found *gazetteer.Person
	for _, p := range ps {
		if found == p || !slices.ContainsFunc(p.NamesWords(), func(ws []string) bool { return fits(p, ws) }) {
			continue
		}
		if found != nil {
			return nil
		}
		found = p
	}
	return found
}

// inOrder reports whether the words of w appear in h in the same order.
func inOrder(w, h []string) bool {
	i := 0
	for _, k := range h {
		if i < len(w) && w[i] == k {
			i++
		}
	}
	return i == len(w)
}

// headerSurname finds the gazetteer person of a header name whose surname
// alone agrees, when the person belongs to the document's country and held
// an office in the time its date covers: "Penelope Wong" of Australia in
// 2022 is Foreign Minister Penny Wong, "Josaia Voreqe Bainimarama" of Fiji
// Frank Bainimarama, "Pedro Sánchez Pérez-Castejón" of Spain Pedro Sánchez
// (the gazetteer's surname inside the header). The surname is no given
// name of the header (its first word) and no house name after "Al"
// ("Sabah Al Khalid Al Sabah" is not the Emir Al-Sabah of that year), and
// it must be a word the gazetteer would look up alone (not "Mohammed").
// Only when one person fits: without the country and the office a surname
// is never enough ("Jimmy Morales" of Guatemala is not Evo Morales,
// "Timothy Harris" of Saint Kitts and Nevis not Kamala Harris).
func (d *docState) headerSurname(keys []string) *gazetteer.Person {
	h := trimSuffixes(keys)
	code := d.headerCountry()
	if len(h) == 0 || code == "" || d.from.IsZero() {
		return nil
	}
	return onlyOne(d.g.People, func(p *gazetteer.Person, ws []string) bool {
		return belongsTo(p, code) && p.Overlaps(d.from, d.to) && d.surnameAgrees(trimSuffixes(ws), h)
	})
}

// surnameAgrees reports whether the last word of a gazetteer name w is a
// word of the header h other than its first (or the header's only word),
// neither of them after "al".
func (d *docState) surnameAgrees(w, h []string) bool {
	if len(w) < 2 || w[len(w)-2] == "al" {
		return false
	}
	s := w[len(w)-1]
	if len(d.g.ByToken(s)) == 0 {
		return false // a particle, a common name, a country word
	}
	if len(h) == 1 {
		return h[0] == s
	}
	for i := 1; i < len(h); i++ {
		if h[i] == s && h[i-1] != "al" {
			return true
		}
	}
	return false
}

// belongsTo reports whether p is of the country code or held an office of
// it.
func belongsTo(p *gazetteer.Person, code string) bool {
	return p.Country == code || slices.ContainsFunc(p.Offices, func(o gazetteer.Office) bool { return o.Country == code })
}

// headerCountry is the gazetteer code of the country the document's header
// gives, read as the country facet reads it (gazetteer.CanonicalCountry:
// "Republic of Fiji", "Korea, Republic of", "United Kingdom of Great
// Britain and Northern Ireland" or the ISO code "GBR"); else the issuer's
// home country.
func (d *docState) headerCountry() string {
	meta := d.doc.Meta
	c := strings.TrimSpace(meta["country"])
	if c == "" {
		return d.home
	}
	if gc := d.g.Country(d.g.CanonicalCountry(c, meta["country_iso3"])); gc != nil {
		return gc.Code
	}
	return ""
}
