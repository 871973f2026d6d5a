package gazetteer

// Aliases returns the other names of the person, institution or country
// whose canonical name (or code, for a country) is name: aliases, then a
// person's misspellings met in real texts. Name suggestions match them, so
// that "tony" offers Antony Blinken and "zelenski" Volodymyr Zelenskyy.
func (g *Gazetteer) Aliases(name string) []string {
	if p := g.ByName(name); p != nil {
		return append(append([]string(nil), p.Aliases...), p.Misspellings...)
	}
	if in := g.Institution(name); in != nil && in.Name == name {
		return append([]string(nil), in.Aliases...)
	}
	c := g.CountryCode(name)
	if c == nil {
		c = g.Country(name)
	}
	if c != nil && (c.Name == name || c.Code == name) {
		out := append([]string(nil), c.Aliases...)
		if c.Code != name {
			out = append(out, c.Code)
		}
		return out
	}
	return nil
}
