package pairing

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Comparison is two accounts of one event side by side.
type Comparison struct {
	A, B *Doc
	// Rows pair a paragraph of A with the paragraph of B on the same
	// topic; a paragraph without one has a nil side.
	Rows []Row
	// OnlyA and OnlyB are what one account mentions and the other does
	// not.
	OnlyA, OnlyB Differences
}

// Row is one line of the side-by-side view.
type Row struct {
	A, B       *Side
	Similarity float64 // cosine of the two paragraphs' content words
}

// Side is one paragraph in a row.
type Side struct {
	N        int // 1-based paragraph number
	Speakers []string
	Segments []Segment
}

// Segment is a run of a paragraph's text; Only marks a key term of its
// account that the other account never uses.
type Segment struct {
	Text string
	Only bool
}

// Differences are what one account has that the other has not.
type Differences struct {
	Terms       []string // key terms, most distinctive first
	People      []string // people who speak or are named
	Countries   []string // countries and international organisations, as the gazetteer names them (Places)
	Names       []string // other capitalised names: places, bodies, agreements
	Commitments []string // sentences saying someone agreed, pledged, will…
}

// alignMin is the least similarity of two paragraphs put side by side:
// below it they only share common words.
const alignMin = 0.12

// maxTerms bounds the key terms listed (and marked) per side.
const maxTerms = 12

// Compare aligns a's and b's paragraphs by topic and finds what each
// mentions that the other does not; places, if not nil, says which words
// name countries.
func Compare(a, b *Doc, places Places) *Comparison {
	texts := make([]string, 0, len(a.Paragraphs)+len(b.Paragraphs))
	for _, p := range a.Paragraphs {
		texts = append(texts, p.Text)
	}
	for _, p := range b.Paragraphs {
		texts = append(texts, p.Text)
	}
	vs := tfidf(texts)
	na := len(a.Paragraphs)

	type pair struct {
		i, j int
		sim  float64
	}
	var pairs []pair
	for i := range a.Paragraphs {
		for j := range b.Paragraphs {
			if s := vs.cosine(i, na+j); s >= alignMin {
				pairs = append(pairs, pair{i, j, s})
			}
		}
	}
	// Greedy: the most similar pair first, each paragraph used once.
	sort.SliceStable(pairs, func(x, y int) bool { return pairs[x].sim > pairs[y].sim })
	matchA, matchB := map[int]pair{}, map[int]bool{}
	for _, p := range pairs {
		if _, used := matchA[p.i]; used || matchB[p.j] {
			continue
		}
		matchA[p.i], matchB[p.j] = p, true
	}

	c := &Comparison{A: a, B: b}
	termsA, termsB := distinctive(a, b), distinctive(b, a)
	c.OnlyA.Terms, c.OnlyB.Terms = surface(termsA), surface(termsB)
	side := func(d *Doc, n int, only map[string]string) *Side {
		p := d.Paragraphs[n]
		return &Side{N: n + 1, Speakers: p.Speakers, Segments: segments(p.Text, only)}
	}
	// Rows in A's order; B's unmatched paragraphs go after the row of the
	// B paragraph before them, so that both columns read in order.
	lastB := -1
	placedB := map[int]bool{}
	flushB := func(upTo int) {
		for j := lastB + 1; j < upTo; j++ {
			if !matchB[j] && !placedB[j] {
				c.Rows = append(c.Rows, Row{B: side(b, j, termsB)})
				placedB[j] = true
			}
		}
	}
	for i := range a.Paragraphs {
		p, ok := matchA[i]
		if !ok {
			c.Rows = append(c.Rows, Row{A: side(a, i, termsA)})
			continue
		}
		if p.j > lastB {
			flushB(p.j)
			lastB = p.j
		}
		c.Rows = append(c.Rows, Row{A: side(a, i, termsA), B: side(b, p.j, termsB), Similarity: round2(p.sim)})
	}
	flushB(len(b.Paragraphs))

	c.OnlyA.People, c.OnlyB.People = missing(people(a), people(b)), missing(people(b), people(a))
	countriesA, countriesB := countries(a, places), countries(b, places)
	c.OnlyA.Countries, c.OnlyB.Countries = missing(countriesA, countriesB), missing(countriesB, countriesA)
	// The capitalised names are what is left: a country's words count as
	// the country.
	notCountry := func(names []string) []string {
		if places == nil {
			return names
		}
		return slices.DeleteFunc(names, func(n string) bool { _, ok := places.CountryName(n); return ok })
	}
	namesA, namesB := notCountry(properNames(a)), notCountry(properNames(b))
	c.OnlyA.Names, c.OnlyB.Names = firstN(missing(namesA, namesB), maxNames), firstN(missing(namesB, namesA), maxNames)
	c.OnlyA.Commitments, c.OnlyB.Commitments = commitments(a, b), commitments(b, a)
	return c
}

func firstN(s []string, n int) []string { return s[:min(n, len(s))] }

func round2(x float64) float64 { return float64(int(x*100+0.5)) / 100 }

// distinctive are the key terms of d that other never uses: the content
// words d uses most, weighted by how rare they are among d's paragraphs,
// as stem -> the form d writes most often.
func distinctive(d, other *Doc) map[string]string {
	has := map[string]bool{}
	for _, w := range words(docText(other)) {
		has[w] = true
	}
	tf, df, form := map[string]float64{}, map[string]int{}, map[string]map[string]int{}
	for _, p := range d.Paragraphs {
		seen := map[string]bool{}
		for _, raw := range rawWords(p.Text) {
			w := stem(raw)
			if has[w] {
				continue
			}
			tf[w]++
			if form[w] == nil {
				form[w] = map[string]int{}
			}
			form[w][raw]++
			if !seen[w] {
				seen[w] = true
				df[w]++
			}
		}
	}
	type scored struct {
		w string
		s float64
	}
	var all []scored
	n := float64(len(d.Paragraphs)) + 1
	for w, f := range tf {
		all = append(all, scored{w, f * (1 + n/float64(df[w]))})
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].s != all[j].s {
			return all[i].s > all[j].s
		}
		return all[i].w < all[j].w
	})
	out := map[string]string{}
	for _, x := range all[:min(maxTerms, len(all))] {
		best, bn := "", 0
		for f, k := range form[x.w] {
			if k > bn || k == bn && f < best {
				best, bn = f, k
			}
		}
		out[x.w] = best
	}
	return out
}

// surface lists the written forms of terms, sorted.
func surface(terms map[string]string) []string {
	out := make([]string, 0, len(terms))
	for _, f := range terms {
		out = append(out, f)
	}
	sort.Strings(out)
	return out
}

// rawWords are the content words of s, lowercased, not yet stemmed.
func rawWords(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		w = strings.Trim(strings.ToLower(w), "-")
		if utf8.RuneCountInString(w) >= 3 && !stopWords[w] {
			out = append(out, w)
		}
	}
	return out
}

// segments cuts text into runs, marking the words whose stem is in only.
func segments(text string, only map[string]string) []Segment {
	var out []Segment
	add := func(s string, mark bool) {
		if s == "" {
			return
		}
		if n := len(out); n > 0 && out[n-1].Only == mark && !mark {
			out[n-1].Text += s
			return
		}
		out = append(out, Segment{Text: s, Only: mark})
	}
	start := -1
	isWord := func(r rune) bool { return unicode.IsLetter(r) || r == '-' }
	last := 0
	for i, r := range text + " " {
		switch {
		case isWord(r) && start < 0:
			start = i
		case !isWord(r) && start >= 0:
			w := strings.Trim(strings.ToLower(text[start:i]), "-")
			if _, ok := only[stem(w)]; ok && !stopWords[w] {
				add(text[last:start], false)
				add(text[start:i], true)
				last = i
			}
			start = -1
		}
	}
	add(text[last:], false)
	return out
}

func docText(d *Doc) string {
	var b strings.Builder
	b.WriteString(d.Title)
	for _, p := range d.Paragraphs {
		b.WriteByte('\n')
		b.WriteString(p.Text)
	}
	return b.String()
}

// people are everyone d's paragraphs have speak or name, and its
// participants, in order of first appearance.
func people(d *Doc) []string {
	var out []string
	add := func(ns []string) {
		for _, n := range ns {
			if n != "" && !slices.Contains(out, n) {
				out = append(out, n)
			}
		}
	}
	add(d.Participants)
	for _, p := range d.Paragraphs {
		add(p.Speakers)
		add(p.Mentions)
	}
	return out
}

// missing are the entries of a that b lacks, compared case-insensitively.
func missing(a, b []string) []string {
	in := map[string]bool{}
	for _, x := range b {
		in[strings.ToLower(x)] = true
	}
	var out []string
	for _, x := range a {
		if !in[strings.ToLower(x)] {
			out = append(out, x)
		}
	}
	return out
}

// properName is a run of capitalised words ("Taiwan Strait", "Minsk"),
// possibly joined by "of"/"the" ("Republic of Korea").
var properName = regexp.MustCompile(`\b[A-Z][\p{L}’'-]+(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\p{L}’'-]+)*`)

// notNames are capitalised words that name an office or start a sentence,
// not a country, place or body.
var notNames = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`The A An He She They It We I This That These Those In On At For With
	And But Both Each Secretary President Minister Prime Foreign State Councilor Spokesperson Office
	Department Deputy Vice Mr Ms Dr Today During According Also His Her Their Our Its As After Before
	While When Any All Such Readout Senior Administration Official Officials Ambassador Chancellor King
	Queen Prince Crown General Director Advisor National Security Council Affairs Defense Minister’s Jr Sr`) {
		m[w] = true
	}
	return m
}()

// maxNames bounds the names listed per side.
const maxNames = 25

// properNames are the capitalised names d writes that are not its
// people's names nor offices: countries, places, bodies, agreements. A
// capital at the start of a sentence says nothing, so a name must appear
// mid-sentence at least once; a single word that the document also
// writes in lower case ("Overall", "Thanks") is not a name either.
func properNames(d *Doc) []string {
	personWord := map[string]bool{}
	for _, p := range people(d) {
		for _, w := range strings.Fields(p) {
			personWord[w] = true
		}
	}
	lower := map[string]bool{}
	for _, p := range d.Paragraphs {
		for _, w := range strings.FieldsFunc(p.Text, func(r rune) bool { return !unicode.IsLetter(r) }) {
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
				lower[w] = true
			}
		}
	}
	trim := trimPossessive
	var out []string
	seen := map[string]bool{}
	for _, p := range d.Paragraphs {
		for _, loc := range properName.FindAllStringIndex(p.Text, -1) {
			if sentenceStart(p.Text[:loc[0]]) {
				continue
			}
			for _, ws := range nameRuns(strings.Fields(p.Text[loc[0]:loc[1]])) {
				drop := func(w string) bool {
					w = trim(w)
					return notNames[w] || personWord[w] || shouted(w) || w == "of" || w == "the"
				}
				for len(ws) > 0 && drop(ws[0]) {
					ws = ws[1:]
				}
				for len(ws) > 0 && drop(ws[len(ws)-1]) {
					ws = ws[:len(ws)-1]
				}
				if len(ws) == 0 || len(ws) > 5 || len(ws) == 1 && lower[strings.ToLower(trim(ws[0]))] {
					continue
				}
				name := trim(strings.Join(ws, " "))
				if k := strings.ToLower(name); !seen[k] && utf8.RuneCountInString(name) > 1 && !calendar[name] {
					seen[k] = true
					out = append(out, name)
				}
			}
		}
	}
	return out
}

// trimPossessive drops a possessive "’s" or "'s".
func trimPossessive(w string) string {
	return strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s")
}

// officeWords head a title wherever they stand in a run of capitalised
// words: "Ukrainian Minister of Defence" is an office held by someone, not
// a place or body.
var officeWords = map[string]bool{"Minister": true, "Secretary": true, "President": true, "Spokesperson": true,
	"Ambassador": true, "Chancellor": true, "Councilor": true, "Advisor": true, "Adviser": true, "Premier": true}

// nameRuns cuts a run of capitalised words at its office words, leaving
// out the office's own "of" phrase ("of Defence" in "Minister of
// Defence", "of State" in "Secretary of State"); what stands before the
// office ("Ukrainian") is a run of its own.
func nameRuns(ws []string) [][]string {
	var runs [][]string
	start := 0
	for i := 0; i <= len(ws); i++ {
		if i < len(ws) && !officeWords[trimPossessive(ws[i])] {
			continue
		}
		if i > start {
			runs = append(runs, ws[start:i])
		}
		start = i + 1
		if start < len(ws) && ws[start] == "of" {
			// the portfolio: up to the next office word or the run's end
			for start < len(ws) && !officeWords[ws[start]] {
				start++
			}
			i = start - 1
		}
	}
	return runs
}

// sentenceStart tells whether a word after before starts a sentence.
func sentenceStart(before string) bool {
	before = strings.TrimRight(before, " \t\n\"“‘(")
	if before == "" {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(before)
	return strings.ContainsRune(".!?:;—–-", r)
}

// shouted is a word in capitals longer than an acronym ("SENIOR", a
// transcript's speaker label); NATO and CHIPS stay.
func shouted(w string) bool {
	return utf8.RuneCountInString(w) > 5 && strings.ToUpper(w) == w
}

var calendar = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday") {
		m[w] = true
	}
	return m
}()

// commitment is a sentence that says someone bound themselves to
// something.
var commitment = regexp.MustCompile(`(?i)\b(agreed|agree to|agrees|committed|commit to|commits|pledged|pledges|vowed|promised|will continue|will work|will remain|will support|would continue|reaffirmed)\b`)

// sentenceSplit cuts a paragraph into sentences, roughly.
var sentenceSplit = regexp.MustCompile(`[.!?]["”’]?\s+`)

// commitments are a's sentences of commitment that no sentence of b
// resembles.
func commitments(a, b *Doc) []string {
	var sa, sb []string
	for _, p := range a.Paragraphs {
		for _, s := range sentenceSplit.Split(p.Text, -1) {
			if commitment.MatchString(s) {
				sa = append(sa, strings.TrimSpace(s))
			}
		}
	}
	if len(sa) == 0 {
		return nil
	}
	for _, p := range b.Paragraphs {
		sb = append(sb, sentenceSplit.Split(p.Text, -1)...)
	}
	vs := tfidf(append(slices.Clone(sa), sb...))
	var out []string
	for i, s := range sa {
		best := 0.0
		for j := range sb {
			best = max(best, vs.cosine(i, len(sa)+j))
		}
		if best < 0.3 {
			out = append(out, s)
		}
	}
	return out
}
