package pairing

import (
	"math"
	"regexp"
	"strings"
	"unicode"
)

// words are the content words of s, lowercased and crudely singular
// ("sanctions" -> "sanction"), without stop words: what two accounts of
// one meeting share when they discuss the same topics.
func words(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		w = strings.Trim(strings.ToLower(w), "-")
		if len([]rune(w)) < 3 || stopWords[w] {
			continue
		}
		out = append(out, stem(w))
	}
	return out
}

func stem(w string) string {
	if len(w) > 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") {
		if strings.HasSuffix(w, "ies") {
			return w[:len(w)-3] + "y"
		}
		return w[:len(w)-1]
	}
	return w
}

// stopWords are function words and the words of every readout ("readout",
// "secretary", "discussed"), which say nothing about what was discussed.
var stopWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`the and for with that this these those from into onto over under about
	above after again against all also any are because been before being between both but can could did
	does doing down during each few further had has have having her hers herself him himself his how its
	itself just more most not now off once only other our ours out own same she should some such than
	their theirs them then there they through too until very was were what when where which while who
	whom why will would you your yours one two three today yesterday said says say told noted added
	stated underscored emphasized stressed expressed discussed discuss spoke speak met meet meeting
	call readout secretary president minister prime foreign state states united department office
	spokesperson attributable below following senior administration official officials mr ms dr
	his her its per via upon may might must shall within without whether either neither both another
	each every many much several own side sides two-way also including well`) {
		m[w] = true
	}
	return m
}()

// eventKind is "call" or "meeting" when d's title (or, without one, the
// start of its text) says which it describes, "" when it does not. A
// "background press call" on a meeting describes the meeting.
func eventKind(d *Doc) string {
	if k := kindIn(d.Title); k != "" {
		return k
	}
	var b strings.Builder
	for i, p := range d.Paragraphs {
		if i == 3 {
			break
		}
		b.WriteString(p.Text)
		b.WriteByte(' ')
	}
	return kindIn(b.String())
}

var (
	notEvent  = regexp.MustCompile(`(?i)\b(press|conference|background|briefing) calls?\b|\bcall(s|ed)? (on|for|upon)\b`)
	kindWords = regexp.MustCompile(`(?i)\b(calls?|phone|telephone|spoke|speaks|conversation|video ?conference|meetings?|met|meets?|talks|visits?|summit)\b`)
)

// readoutTitle is the title of an office's readout of a call or meeting
// ("Readout of ...", "Statement by ... on Jake Sullivan’s Call with ...",
// "Secretary Blinken’s Meeting with ..."), not of remarks made at one.
var readoutTitle = regexp.MustCompile(`(?i)^(readout|statement)\b|[’']s (virtual |phone |telephone )?(call|calls|meeting|meetings)\b`)

// readoutLike tells a readout's title from that of a press call or
// briefing on the same call ("Background Press Call on President Biden’s
// Call with President Xi").
func readoutLike(title string) bool {
	return readoutTitle.MatchString(title) && !notEvent.MatchString(title)
}

// preview marks a text about an event to come, which is no account of it:
// "Background Press Call Previewing the Summit of the Americas".
var preview = regexp.MustCompile(`(?i)\bpreview(s|ing)?\b|\bupcoming\b`)

// futureEvent is an opening that announces the event: "On January 26-27,
// National Security Advisor Jake Sullivan will meet with ...".
var futureEvent = regexp.MustCompile(`(?i)\bwill (meet|travel|visit|host|welcome|hold|speak|call|participate|attend|lead)\b`)

// isPreview tells a document about an event to come: its title says so,
// or its first paragraph says who will meet.
func isPreview(d *Doc) bool {
	if preview.MatchString(d.Title) {
		return true
	}
	for i, p := range d.Paragraphs {
		if i == 2 {
			break
		}
		if s := readoutSentences(p.Text); len(s) > 0 && futureEvent.MatchString(s[0]) {
			return true
		}
	}
	return false
}

// readoutSentences is the paragraph's first sentence, roughly.
func readoutSentences(text string) []string {
	if i := strings.IndexAny(text, ".!?"); i >= 0 {
		return []string{text[:i]}
	}
	return []string{text}
}

func kindIn(s string) string {
	if preview.MatchString(s) {
		return ""
	}
	m := kindWords.FindString(notEvent.ReplaceAllString(s, " "))
	switch strings.ToLower(m) {
	case "":
		return ""
	case "call", "calls", "phone", "telephone", "spoke", "speaks", "conversation":
		return "call"
	}
	return "meeting"
}

// vectors are TF-IDF vectors of texts, the document frequencies taken
// over the texts themselves (a document and its candidates, or the
// paragraphs of two documents).
type vectors struct {
	v    []map[string]float64
	norm []float64
}

func newVectors(docs []*Doc) *vectors {
	texts := make([]string, len(docs))
	for i, d := range docs {
		var b strings.Builder
		b.WriteString(d.Title)
		for _, p := range d.Paragraphs {
			b.WriteByte(' ')
			b.WriteString(p.Text)
		}
		texts[i] = b.String()
	}
	return tfidf(texts)
}

func tfidf(texts []string) *vectors {
	tf := make([]map[string]float64, len(texts))
	df := map[string]int{}
	for i, t := range texts {
		tf[i] = map[string]float64{}
		for _, w := range words(t) {
			if tf[i][w] == 0 {
				df[w]++
			}
			tf[i][w]++
		}
	}
	vs := &vectors{v: tf, norm: make([]float64, len(texts))}
	n := float64(len(texts))
	for i, m := range tf {
		var sum float64
		for w, c := range m {
			x := (1 + math.Log(c)) * math.Log(1+n/float64(df[w]))
			m[w] = x
			sum += x * x
		}
		vs.norm[i] = math.Sqrt(sum)
	}
	return vs
}

// cosine is the cosine similarity of texts i and j, 0 when either has no
// content word.
func (vs *vectors) cosine(i, j int) float64 {
	a, b := vs.v[i], vs.v[j]
	if vs.norm[i] == 0 || vs.norm[j] == 0 {
		return 0
	}
	if len(b) < len(a) {
		a, b = b, a
	}
	var dot float64
	for w, x := range a {
		dot += x * b[w]
	}
	return dot / (vs.norm[i] * vs.norm[j])
}
