package attribution

import (
	"bufio"
	"crypto/sha1"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/readouts/readouts/internal/gazetteer"
	"github.com/readouts/readouts/internal/readout"
)

// The labelled sets in testdata/labels/ were written by reading documents of
// ../shared against ../shared/ATTRIBUTION.md, before the rules that handle
// them and without looking at what the code outputs. Each names a document
// of ../shared/corpus (or ../shared/seeds) and, for each labelled sentence,
// its first words (or, for the China MFA texts, which may not be copied
// here, a hash of its first words), its person speakers, institution
// speakers and the guideline's rules that decide it. See labels/README.md.
//
// Held out: the fresh sets (testdata/labels/fresh*), labelled by people who
// saw neither the rules nor their output and never read while rules are
// written; their misses are printed only with READOUTS_SHOW_HELDOUT=1.
// Until 2026-12-03 the documents whose path hashes to split "test" (a third
// of each other set) were held out too; the White House test splits kept
// recall near 0.3-0.5 through four sessions of rules written from the dev
// splits, so they became development data, to learn what those rules miss,
// while the fresh sets (1,920 sentences) carry the held-out figures. The
// splits are still printed apart, for comparison with earlier figures. The
// whole White House source was held out (leave-one-source-out) until it was
// measured at commit 909d2b4 (labels/README.md has the figures).

// heldOutSource is a whole source kept aside while the rules are
// developed; none at the moment.
const heldOutSource = ""

// freshPrefix marks the fresh held-out sets: testdata/labels/fresh (23
// documents, 2026-12-02), fresh2 (25 documents, 548 sentences,
// 2026-12-03), fresh3 (25 documents, 625 sentences, 2026-12-03), fresh4
// (25 documents, 526 sentences, 2026-12-03), fresh5 (25 documents, 466
// sentences, 2026-12-03), fresh6 (25 documents, 585 sentences,
// 2026-12-03), fresh7 (25 documents, 510 sentences, 2026-12-03) and
// fresh8 (25 documents, 618 sentences, 2026-12-04), fresh9 (25
// documents, 455 sentences, 2026-12-04), fresh10 (25 documents, 641
// sentences, 2026-12-04), fresh11 (25 documents, 566 sentences,
// 2026-12-04), fresh12 (25 documents, 555 sentences, 2026-12-04),
// fresh13 (25 documents, 673 sentences, 2026-12-04), fresh14 (25
// documents, 786 sentences, 2026-12-04), fresh16 (25 documents, 546
// sentences, 2026-12-04), fresh18 (25 documents, 693 sentences,
// 2026-12-05), fresh20 (25 documents, 778 sentences, 2026-12-05) and
// fresh21 (25 documents, 772 sentences, 2026-12-05); fresh6 to fresh14,
// fresh16 and fresh18 (and fresh15, fresh17, fresh19) are development
// data now (promoted, below); fresh3 to fresh21 were kept outside the
// repository
// until the rules of their session were written,
// each labelled by someone who saw neither the rules nor their output,
// after the rules of that day were written, and never looked at while
// writing rules. They are scored apart from the other sets (each set
// on its own line), held out entirely, and their misses are printed only
// with READOUTS_SHOW_HELDOUT=1.
const freshPrefix = "fresh"

// promoted names the fresh sets whose misses the lead has read (for kinds,
// after their end-of-session figures were taken): they are no longer
// "never looked at", so they count as development data, scored whole, with
// their misses printed, and the held-out figures come from the other fresh
// sets. fresh6 and fresh7 were read on 2026-12-04 (session 13's note lists
// what their misses showed), fresh8 on 2026-12-04 after its end figure
// (session 14's note), fresh9 on 2026-12-04 after its end figure (session
// 16's note), fresh10 on 2026-12-04 after its end figure (session 17's
// note), fresh11 on 2026-12-04 after its end figure (session 18's note),
// fresh12 on 2026-12-04 after its end figure (session 18's note), fresh13
// on 2026-12-04 after its end figure (0.967 / 0.939, session 19's note),
// fresh14 on 2026-12-04 after its end figure (0.925 / 0.913, session 20's
// note), fresh16 on 2026-12-05 after its end figure (0.965 / 0.891,
// session 21's note), fresh18 on 2026-12-05 after its end figure (0.893 /
// 0.859, session 22's note).
// fresh15 (40 White House and 20 State documents, 1,170 sentences,
// labelled 2026-12-04) was development data from the start: labelled by
// people who saw neither the rules nor their output, to give rule writers
// a larger sample of the sources held-out recall is lost on; it was never
// held out. fresh17 (24 White House, 12 State, 10 China MFA and 10 UNGD
// documents, 1,370 sentences, labelled 2026-12-04 by five labellers who
// saw neither the rules nor their output) is development data from the
// start in the same way, and so is fresh19 (12 State briefings and
// interviews, 8 White House background press calls, 12 White House joint
// statements and 10 China MFA press conferences, 1,908 sentences,
// labelled 2026-12-05 by five labellers): question and answer turns and
// statements of several parties, the kinds held-out recall is lost on.
var promoted = map[string]bool{"fresh6": true, "fresh7": true, "fresh8": true, "fresh9": true, "fresh10": true, "fresh11": true, "fresh12": true, "fresh13": true, "fresh14": true, "fresh15": true, "fresh16": true, "fresh17": true, "fresh18": true, "fresh19": true}

// The later development sets, testdata/labels/dev2 (24 documents, 377
// sentences, 2026-12-02) and dev3 (2026-12-03, White House and State
// briefings, background calls, speeches), were labelled by someone who saw
// neither the rules nor their output. Each was measured once, whole, as
// held-out data before any rule was written from it; since then its dev
// split is development data and its test split (by the same hash as the
// other sets) stays held out.

type labelDoc struct {
	path    string // relative to ../shared
	source  string // the label file: state, whitehouse, mfa, ungd_seeds
	issuer  string
	country string
	items   []labelItem
}

type labelItem struct {
	line     int
	prefix   string // the sentence's first words, whitespace collapsed
	hashK    int    // > 0: prefix is the hash of the first hashK words
	persons  []string
	insts    []string
	rules    []string
	folder   string
	heldOut  bool
	gotPers  []string
	gotInsts []string
}

func loadLabels(t *testing.T) []*labelDoc {
	t.Helper()
	files, err := filepath.Glob("testdata/labels/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no label files: %v", err)
	}
	fresh, err := filepath.Glob("testdata/labels/fresh*/*.txt")
	if err != nil || len(fresh) == 0 {
		t.Fatalf("no fresh label files: %v", err)
	}
	// Later development sets (dev2/, dev3/, …) are folders of their own;
	// their sources are named after the folder ("dev2/whitehouse").
	later, err := filepath.Glob("testdata/labels/dev*/*.txt")
	if err != nil || len(later) == 0 {
		t.Fatalf("no dev2 label files: %v", err)
	}
	var docs []*labelDoc
	for _, f := range slices.Concat(files, later, fresh) {
		source := strings.TrimSuffix(filepath.Base(f), ".txt")
		if dir := filepath.Base(filepath.Dir(f)); dir != "labels" {
			source = dir + "/" + source
		}
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		var doc *labelDoc
		n := 0
		for sc.Scan() {
			n++
			line := strings.TrimSpace(sc.Text())
			switch {
			case line == "" || strings.HasPrefix(line, "# ") || line == "#":
				continue
			case strings.HasPrefix(line, "=== "):
				parts := strings.Split(line[4:], "|")
				doc = &labelDoc{path: strings.TrimSpace(parts[0]), source: source}
				for _, p := range parts[1:] {
					k, v, _ := strings.Cut(p, ":")
					switch strings.TrimSpace(k) {
					case "issuer":
						doc.issuer = strings.TrimSpace(v)
					case "country":
						doc.country = strings.TrimSpace(v)
					}
				}
				docs = append(docs, doc)
				continue
			case doc == nil:
				t.Fatalf("%s:%d: label before the first === line", f, n)
			}
			text, lab, ok := strings.Cut(line, " =>")
			if !ok {
				t.Fatalf("%s:%d: line without =>: %q", f, n, line)
			}
			it := parsePrefix(t, f, n, text)
			fields := strings.Split(lab, "|")
			for len(fields) < 3 {
				fields = append(fields, "")
			}
			it.persons = splitNames(fields[0])
			it.insts = splitNames(fields[1])
			for _, r := range strings.Split(fields[2], ",") {
				if r = strings.TrimSpace(r); r != "" {
					it.rules = append(it.rules, r)
				}
			}
			doc.items = append(doc.items, it)
		}
		fh.Close()
		if err := sc.Err(); err != nil {
			t.Fatal(err)
		}
	}
	return docs
}

// parsePrefix reads the sentence side of a label line: its first words,
// or "#K:HASH" for a text that may not be copied here (labels/README.md).
func parsePrefix(t *testing.T, file string, line int, text string) labelItem {
	t.Helper()
	it := labelItem{line: line, prefix: strings.Join(strings.Fields(text), " ")}
	if strings.HasPrefix(text, "#") {
		k, h, ok := strings.Cut(text[1:], ":")
		kn, err := strconv.Atoi(k)
		if !ok || err != nil {
			t.Fatalf("%s:%d: bad hash %q", file, line, text)
		}
		it.hashK, it.prefix = kn, strings.TrimSpace(h)
	}
	return it
}

func splitNames(s string) []string {
	var out []string
	for _, n := range strings.Split(s, ";") {
		if n = strings.TrimSpace(n); n != "" {
			out = append(out, n)
		}
	}
	return out
}

// split is "test" for a third of the documents of each source, by a hash
// of the path, and "dev" for the rest.
func split(path string) string {
	h := sha1.Sum([]byte(path))
	if h[0]%3 == 0 {
		return "test"
	}
	return "dev"
}

// locate returns the paragraph index and byte offset where a labelled
// sentence starts.
func locate(doc *readout.Document, it labelItem) (int, int, bool) {
	for pi, p := range doc.Paragraphs {
		words, offs := fieldsWithOffsets(p.Text)
		for w := range words {
			if it.hashK > 0 {
				if w+it.hashK > len(words) {
					break
				}
				sum := sha1.Sum([]byte(strings.Join(words[w:w+it.hashK], " ")))
				if hex.EncodeToString(sum[:])[:len(it.prefix)] == it.prefix {
					return pi, offs[w], true
				}
				continue
			}
			if strings.HasPrefix(strings.Join(words[w:min(len(words), w+len(strings.Fields(it.prefix)))], " "), it.prefix) {
				return pi, offs[w], true
			}
		}
	}
	// A sentence glued to the one before ("the Treaty.President Biden").
	for pi, p := range doc.Paragraphs {
		if it.hashK == 0 {
			if i := strings.Index(p.Text, it.prefix); i >= 0 {
				return pi, i, true
			}
		}
	}
	return 0, 0, false
}

func fieldsWithOffsets(s string) ([]string, []int) {
	var words []string
	var offs []int
	start := -1
	for i, r := range s + " " {
		space := r == ' ' || r == '\n' || r == '\t' || r == '\u00a0'
		if !space && start < 0 {
			start = i
		}
		if space && start >= 0 {
			words, offs = append(words, s[start:i]), append(offs, start)
			start = -1
		}
	}
	return words, offs
}

// sentenceResultAt returns the result sentence that holds byte offset off.
func sentenceResultAt(res []SentenceResult, para string, off int) *SentenceResult {
	pos := 0
	var best *SentenceResult
	for i := range res {
		k := strings.Index(para[pos:], res[i].Text)
		if k < 0 {
			continue
		}
		start := pos + k
		if start > off {
			break
		}
		best = &res[i]
		pos = start + len(res[i].Text)
	}
	return best
}

// institutional reports whether a speaker of r is an institution rather
// than a person: the rule that made it one says so.
func institutional(r *SentenceResult, name string, g *gazetteer.Gazetteer) bool {
	for _, w := range r.Why {
		if w.Name == name && w.Role == readout.RoleSpeaker {
			return w.Rule == RuleInstitution || w.Rule == RuleIssuer
		}
	}
	return g.Institution(name) != nil
}

// anonymousRoles are the unnamed officials of background calls and
// transcripts. The labellers disagree on them (the first White House
// labeller made "Senior Administration Official" a person, the dev2
// labeller The White House, an institution), and neither is an identifiable
// person, so person-speaker figures leave them out on both sides.
var anonymousRoles = set(`senior_administration_official senior_administration_officials senior_state_department_official
administration_official white_house_official senior_official moderator`)

// roleNumber is the number a transcript gives each of several unnamed
// officials ("SENIOR STATE DEPARTMENT OFFICIAL ONE:", "... OFFICIAL 2:").
var roleNumber = regexp.MustCompile(`_(one|two|three|four|five|[0-9]+)$`)

// named leaves out the anonymous roles of names, numbered or not.
func named(names []string) []string {
	return slices.DeleteFunc(slices.Clone(names), func(n string) bool {
		return anonymousRoles[roleNumber.ReplaceAllString(strings.ReplaceAll(gazetteer.Key(n), " ", "_"), "")]
	})
}

// gazetteerNames writes a label's name as the gazetteer's canonical name
// of that person, when the gazetteer knows them by it: a label written
// from a document that gives only a surname ("Kikukawa" for "MR.
// KIKUKAWA:") names the person the gazetteer has since learnt in full
// (Michael Kikukawa), one person, one name (rule 11). A bare word counts
// only when it is the surname of exactly one gazetteer person.
func gazetteerNames(g *gazetteer.Gazetteer, names []string) []string {
	out := make([]string, 0, len(names))
	for _, n := range names {
		if p := g.Person(n); p != nil {
			n = p.Name
		} else if k := gazetteer.Key(n); !strings.Contains(k, " ") {
			if ps := g.ByToken(k); len(ps) == 1 && slices.Equal(ps[0].NameWords()[len(ps[0].NameWords())-1:], []string{k}) {
				n = ps[0].Name
			}
		}
		out = append(out, n)
	}
	return out
}

// governments writes "Government of France", "the Government of the United
// Kingdom" as the country ("France", "United Kingdom"): one institution,
// one name (rule 11), as labellers write it either way.
func governments(names []string) []string {
	out := make([]string, 0, len(names))
	for _, n := range names {
		k := strings.TrimPrefix(strings.TrimPrefix(n, "the "), "The ")
		if rest, ok := strings.CutPrefix(k, "Government of "); ok {
			k = strings.TrimPrefix(rest, "the ")
		}
		out = append(out, k)
	}
	return out
}

// sameName compares names as the gazetteer does (case, accents, punctuation).
func sameName(a, b string) bool { return gazetteer.Key(a) == gazetteer.Key(b) }

// sameCountry compares a document's country with its label through the
// one lookup of state names (identity, not attribution): a label written
// with the header's formal name ("Republic of Madagascar", "Brunei
// Darussalam") names the state the code gives by its short name.
func sameCountry(g *gazetteer.Gazetteer, got, want string) bool {
	return sameName(g.CanonicalCountry(got, ""), g.CanonicalCountry(want, ""))
}

// TestSameCountry: a label's formal name is the short name the document
// gives; two states are never one.
func TestSameCountry(t *testing.T) {
	g := shipped(t)
	tests := []struct {
		got, want string
		same      bool
	}{
		{"Madagascar", "Republic of Madagascar", true},
		{"Brunei", "Brunei Darussalam", true},
		{"Türkiye", "Republic of Turkey", true},
		{"United States", "United States of America", true},
		{"Niger", "Nigeria", false},
		{"Republic of the Congo", "Democratic Republic of the Congo", false},
		{"Guinea", "Equatorial Guinea", false},
		{"Sudan", "South Sudan", false},
		{"South Korea", "Democratic People's Republic of Korea", false},
		{"Dominica", "Dominican Republic", false},
		{"", "unknown", false},
	}
	for _, tt := range tests {
		if got := sameCountry(g, tt.got, tt.want); got != tt.same {
			t.Errorf("sameCountry(%q, %q) = %v, want %v", tt.got, tt.want, got, tt.same)
		}
	}
}

// sameIssuer compares a document's issuer with its label. The labels give a
// UN speech's issuer as its record writes the speaker ("Mr. Recep Tayyip
// Erdogan", labels/INSTRUCTIONS.md), the code the canonical name of that
// person ("Recep Tayyip Erdoğan"), as in the speaker facet: for a speech,
// the canonical name matches when its words are among the label's, less
// its honorifics and styles ("Jair Bolsonaro" in "Mr. Jair Messias
// Bolsonaro").
func sameIssuer(got, want, path string) bool {
	if sameName(got, want) {
		return true
	}
	if !strings.HasPrefix(path, "un_general_debate/") || got == "" {
		return false
	}
	words := map[string]bool{}
	for _, w := range strings.Fields(gazetteer.Key(want)) {
		words[w] = true
	}
	for _, w := range strings.Fields(gazetteer.Key(got)) {
		if !words[w] || honorifics[w] || headerStyles[w] {
			return false
		}
	}
	return true
}

func addNames(s *score, got, want []string) (missed, extra []string) {
	s.items++
	for _, g := range got {
		if slices.ContainsFunc(want, func(w string) bool { return sameName(g, w) }) {
			s.tp++
		} else {
			s.fp++
			extra = append(extra, g)
		}
	}
	for _, w := range want {
		if !slices.ContainsFunc(got, func(g string) bool { return sameName(g, w) }) {
			s.fn++
			missed = append(missed, w)
		}
	}
	if len(missed) == 0 && len(extra) == 0 {
		s.exact++
	}
	return missed, extra
}

// missKinds counts missed person speakers by what their sentence offers:
// whether the person's name is in it, whether another speaker was found
// there, and the turn. It prints no sentence, so it is shown for the
// held-out sets too: it says which kind of rule is missing (finding a
// speaker the sentence names, or resolving one it does not name) without
// showing what a held-out document says.
type missKinds map[string]int

func (m missKinds) add(r *SentenceResult, text string, missed []string, foundOther bool) {
	if r != nil {
		text = r.Text
	}
	words := map[string]bool{}
	for _, w := range strings.FieldsFunc(text, func(c rune) bool { return !unicode.IsLetter(c) && c != '-' }) {
		words[w] = true
	}
	for _, name := range missed {
		kind := "not named in it"
		for _, w := range strings.Fields(name) {
			if len(w) > 2 && words[w] {
				kind = "named in it"
				break
			}
		}
		if foundOther {
			kind += ", another speaker found"
		} else {
			kind += ", no speaker found"
		}
		turn := "no turn"
		if r != nil && r.Turn != "" {
			turn = r.Turn + " turn"
		}
		m[kind+" ("+turn+")"]++
	}
}

// mergeKeys returns the kinds either count has, sorted.
func mergeKeys(a, b missKinds) []string {
	var keys []string
	for _, m := range []missKinds{a, b} {
		for k := range m {
			if !slices.Contains(keys, k) {
				keys = append(keys, k)
			}
		}
	}
	sort.Strings(keys)
	return keys
}

// TestLabels measures person-speaker precision and recall per sentence on
// the labelled sets, per source, per split (dev / held-out) and per rule of
// the guideline, with institutions, issuers and countries reported apart.
// It fails below 0.95 overall or 0.90 on any source.
func TestLabels(t *testing.T) {
	root := "../../../shared"
	if _, err := os.Stat(filepath.Join(root, "corpus")); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("../shared/corpus is required in CI: %v", err)
		}
		t.Skipf("labels need ../shared/corpus: %v", err)
	}
	showHeld := os.Getenv("READOUTS_SHOW_HELDOUT") != ""
	g := shipped(t)
	a := New(g)
	docs := loadLabels(t)
	type key struct{ source, split string }
	persons := map[key]*score{}
	insts := map[string]*score{}
	rules := map[string]*score{}
	heldRules := map[string]*score{} // the fresh sets; aggregates only
	bySource := map[string]*score{}
	var all, heldAll, testSplits score
	devMisses, heldMisses := missKinds{}, missKinds{}
	freshSets := map[string]*score{} // "fresh", "fresh2", ... by set
	var floored score                // the sets the overall floor was set on (not the newest)
	issuerOK, countryOK, nDocs := 0, 0, 0
	freshDocs, freshIssuerOK, freshCountryOK := map[string]int{}, map[string]int{}, map[string]int{}
	get := func(m map[string]*score, k string) *score {
		if m[k] == nil {
			m[k] = &score{}
		}
		return m[k]
	}
	for _, ld := range docs {
		path := filepath.Join(root, "corpus", ld.path)
		if strings.HasPrefix(ld.path, "seeds/") {
			path = filepath.Join(root, ld.path)
		}
		parsed, err := readout.ParseFile(path, ld.path, readout.Options{})
		if err != nil || len(parsed) == 0 {
			t.Errorf("%s: %v", ld.path, err)
			continue
		}
		doc := parsed[0]
		res := a.AttributeSentences(doc)
		sp := split(ld.path)
		set, _, _ := strings.Cut(ld.source, "/")
		isFresh := strings.HasPrefix(ld.source, freshPrefix) && !promoted[set]
		if isFresh {
			sp = "held-out"
		} else if promoted[set] {
			sp = "dev"
		}
		held := isFresh || ld.source == heldOutSource
		show := !held || showHeld
		nDocs++
		if isFresh {
			freshDocs[set]++
		} else if sameIssuer(doc.Issuer, ld.issuer, ld.path) {
			issuerOK++
		} else if show {
			t.Logf("%s: issuer %q, want %q", ld.path, doc.Issuer, ld.issuer)
		}
		if isFresh {
			// issuer and country are counted below, apart
			if sameIssuer(doc.Issuer, ld.issuer, ld.path) {
				freshIssuerOK[set]++
			}
			if sameCountry(g, doc.Country, ld.country) {
				freshCountryOK[set]++
			}
		} else if sameCountry(g, doc.Country, ld.country) || ld.country == "unknown" && doc.Country == "" {
			countryOK++
		} else if show {
			t.Logf("%s: country %q, want %q", ld.path, doc.Country, ld.country)
		}
		k := key{ld.source, sp}
		if persons[k] == nil {
			persons[k] = &score{}
		}
		for _, it := range ld.items {
			pi, off, ok := locate(doc, it)
			if !ok {
				t.Errorf("%s line %d: sentence %.60q not found in %s", ld.source, it.line, it.prefix, ld.path)
				continue
			}
			r := sentenceResultAt(res[pi], doc.Paragraphs[pi].Text, off)
			var gotP, gotI []string
			if r != nil {
				for _, n := range r.Speakers {
					if institutional(r, n, g) {
						gotI = append(gotI, n)
					} else {
						gotP = append(gotP, n)
					}
				}
			}
			var sentence score
			missed, extra := addNames(&sentence, named(gotP), gazetteerNames(g, named(it.persons)))
			kinds := devMisses
			if held {
				kinds = heldMisses
			}
			kinds.add(r, doc.Paragraphs[pi].Text[off:], missed, len(gotP) > 0)
			if isFresh {
				persons[k].add2(sentence)
				get(freshSets, set).add2(sentence)
				heldAll.add2(sentence)
				addNames(get(insts, ld.source), governments(gotI), governments(it.insts))
				for _, rule := range it.rules {
					get(heldRules, rule).add2(sentence)
				}
				if len(missed)+len(extra) > 0 && showHeld {
					t.Logf("%s:%d ¶%d rules %v\n\twant %v, got %v (missed %v, extra %v) %s", ld.path, it.line, pi+1, it.rules, it.persons, gotP, missed, extra, why(r))
				}
				continue
			}
			for _, s := range []*score{persons[k], get(bySource, ld.source), &all} {
				s.add2(sentence)
			}
			if !strings.HasPrefix(ld.source, newestPrefix) && !promoted[set] {
				floored.add2(sentence)
			}
			if sp == "test" {
				testSplits.add2(sentence)
			}
			if held {
				heldAll.add2(sentence)
				for _, rule := range it.rules {
					get(heldRules, rule).add2(sentence)
				}
			}
			for _, rule := range it.rules {
				get(rules, rule).add2(sentence)
			}
			addNames(get(insts, ld.source), governments(gotI), governments(it.insts))
			if len(missed)+len(extra) > 0 && show {
				text := ""
				if r != nil && it.hashK == 0 {
					text = r.Text
				}
				t.Logf("%s:%d ¶%d rules %v %.90q\n\twant %v, got %v (missed %v, extra %v) %s", ld.path, it.line, pi+1, it.rules, text, it.persons, gotP, missed, extra, why(r))
			}
		}
	}
	var keys []key
	for k := range persons {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i].source+keys[i].split < keys[j].source+keys[j].split })
	var b strings.Builder
	fmt.Fprintf(&b, "person speakers, per sentence (held out: the fresh sets not promoted):\n")
	row := func(name string, s score) {
		fmt.Fprintf(&b, "  %-26s %4d sentences  precision %.3f  recall %.3f  (tp %d fp %d fn %d)  sentences exact %.3f\n", name, s.items, s.precision(), s.recall(), s.tp, s.fp, s.fn, s.exactShare())
	}
	for _, k := range keys {
		row(k.source+"/"+k.split, *persons[k])
	}
	for _, s := range sortedKeys(bySource) {
		row(s+" (all)", *bySource[s])
	}
	row("test splits (all)", testSplits)
	row("held out (all)", heldAll)
	row("overall", all)
	row("overall without "+strings.TrimSuffix(newestPrefix, "/"), floored)
	for _, set := range sortedKeys(freshSets) {
		row(set+" held-out set (all)", *freshSets[set])
	}
	fmt.Fprintf(&b, "per rule of ATTRIBUTION.md (a sentence counts for every rule its label names):\n")
	for _, r := range sortedKeys(rules) {
		row("rule "+r, *rules[r])
	}
	fmt.Fprintf(&b, "per rule, held-out sentences only (the fresh sets; no miss is printed):\n")
	for _, r := range sortedKeys(heldRules) {
		row("held-out rule "+r, *heldRules[r])
	}
	fmt.Fprintf(&b, "missed person speakers by kind (development sets, held out):\n")
	for _, k := range mergeKeys(devMisses, heldMisses) {
		fmt.Fprintf(&b, "  %-58s %4d %4d\n", k, devMisses[k], heldMisses[k])
	}
	fmt.Fprintf(&b, "institution speakers (reported apart, not gated):\n")
	for _, s := range sortedKeys(insts) {
		row(s, *insts[s])
	}
	for _, set := range sortedKeys(freshSets) {
		nDocs -= freshDocs[set]
	}
	fmt.Fprintf(&b, "issuer right on %d of %d documents, country on %d of %d\n", issuerOK, nDocs, countryOK, nDocs)
	for _, set := range sortedKeys(freshSets) {
		fmt.Fprintf(&b, "%s set: issuer right on %d of %d documents, country on %d of %d\n", set, freshIssuerOK[set], freshDocs[set], freshCountryOK[set], freshDocs[set])
	}
	t.Log(b.String())
	if all.items < 400 || nDocs < 60 {
		t.Errorf("labelled %d sentences in %d documents; want at least 400 in 60", all.items, nDocs)
	}
	// The bar is 0.95 / 0.95 overall and 0.90 on every source; the
	// rules do not reach it yet (see the figures above). Until they do, the
	// test holds the figures reached so far, so that a change that loses
	// ground fails, and it prints the distance to the bar.
	const (
		targetOverall, targetSource = 0.95, 0.90
	)
	if floored.precision() < floorPrecision || floored.recall() < floorRecall {
		t.Errorf("overall without %s: precision %.3f, recall %.3f; fell below the floor %.2f / %.2f", newestPrefix, floored.precision(), floored.recall(), floorPrecision, floorRecall)
	}
	if all.precision() < targetOverall || all.recall() < targetOverall {
		t.Logf("not yet at the bar: overall precision %.3f, recall %.3f; the bar is %.2f / %.2f", all.precision(), all.recall(), targetOverall, targetOverall)
	}
	for _, s := range sortedKeys(bySource) {
		sc := bySource[s]
		fl := sourceFloors[s]
		if sc.precision() < fl[0] || sc.recall() < fl[1] {
			t.Errorf("%s: precision %.3f, recall %.3f; fell below the floor %.2f / %.2f", s, sc.precision(), sc.recall(), fl[0], fl[1])
		}
		if sc.precision() < targetSource || sc.recall() < targetSource {
			t.Logf("not yet at the bar: %s precision %.3f, recall %.3f; the bar is %.2f on every source", s, sc.precision(), sc.recall(), targetSource)
		}
	}
}

// Floors: the figures the rules reach today, less a hundredth or two of
// slack. Raise them as the rules improve; never lower them to make a change
// pass. The overall floor was set before the newest set (newestPrefix) was
// labelled, so it holds the sets it was set on; the newest set has floors
// of its own per source, from its first measurement.
const floorPrecision, floorRecall = 0.97, 0.93

// newestPrefix is the newest labelled set, whose first measurement (whole,
// before any rule was written from it) was far below the older sets'.
const newestPrefix = "dev3/"

var sourceFloors = map[string][2]float64{
	"mfa":                {0.98, 0.94}, // recall 0.962 after a person before their body and its appositive ("CEO Nick Read of the British company Vodafone, ...", b0af123)
	"state":              {0.97, 0.97}, // 0.989 / 0.983 after a body's name after "of the" ("Speaker of the Knesset Mickey Levy")
	"ungd_seeds":         {0.99, 0.91}, // precision 1.000 after a speech delivered on behalf of the President (speaksOnBehalf)
	"whitehouse":         {0.97, 0.91}, // recall 0.923 after "has long", "press again for" (the climate call)
	"dev2/mfa":           {0.98, 0.97},
	"dev2/state":         {0.98, 0.95},
	"dev2/ungd":          {0.98, 0.98},
	"dev2/whitehouse":    {0.95, 0.90}, // precision 0.955 after D11 ("spoke with X to discuss": both speak; exchangeVerb): dev2/whitehouse.txt:88 (the Suga call) labels it narration, against the ruling
	"dev3/mfa":           {0.97, 0.93}, // precision 0.980 after "the two sides" are no two foreigners of one country (attr-mfa)
	"dev3/state":         {0.99, 0.93}, // recall 0.948 after "referred to", "pushed ... with" (issue 11, relay)
	"dev3/ungd":          {0.99, 0.98},
	"fresh18/mfa":        {0.87, 0.95}, // promoted to development on 2026-12-05 at 0.892 / 0.976
	"fresh18/state":      {0.94, 0.96}, // promoted at 0.966 / 0.982
	"fresh18/ungd":       {0.74, 0.74}, // promoted at 0.761 / 0.761
	"fresh18/whitehouse": {0.94, 0.80}, // promoted at 0.964 / 0.823
	"fresh19/mfa":        {0.91, 0.88}, // development from the start (2026-12-05, session 22) at 0.931 / 0.905
	"fresh19/state":      {0.95, 0.80}, // development from the start at 0.972 / 0.825
	"fresh19/whitehouse": {0.70, 0.67}, // development from the start at 0.724 / 0.696
	"fresh6/mfa":         {0.86, 0.84}, // promoted to development on 2026-12-04 at 0.867 / 0.859; precision 0.876 after acknowledged remarks (587f37c)
	"fresh6/state":       {0.98, 0.95},
	"fresh6/ungd":        {0.94, 0.98},
	"fresh6/whitehouse":  {0.97, 0.90}, // 0.987 / 0.923 after a call's moderator named and listed guests as a group (session 18)
	"fresh7/mfa":         {0.98, 0.94}, // 1.000 / 0.955 after "X ... said:" handing on the next paragraph (15cf23e)
	"fresh7/state":       {0.97, 0.95}, // 0.986 / 0.971 after who is in the room (room.go, 2026-12-04 session 17)
	"fresh7/ungd":        {0.99, 0.99},
	"fresh7/whitehouse":  {0.95, 0.92},
	"fresh8/mfa":         {0.95, 0.94}, // promoted to development on 2026-12-04 at 0.943 / 0.900; 0.972 / 0.964 after an answer's group subjects read against its own names (e46002d)
	"fresh8/state":       {0.97, 0.94}, // recall 0.957 after a statement's own voice in its narration (1c8bc0f)
	"fresh8/ungd":        {0.98, 0.96},
	"fresh8/whitehouse":  {0.94, 0.77}, // 0.955 / 0.733 after a list's heading names its group ("*Attorneys General:*", listed.go)
	"fresh9/mfa":         {0.92, 0.90}, // promoted to development on 2026-12-04 at 0.902 / 0.910; precision 0.933 after "maintained contact", sides a paragraph names, stage directions
	"fresh9/state":       {0.96, 0.93}, // 0.984 / 0.940 after programme items read as no one's words (977c7d3)
	"fresh9/ungd":        {0.98, 0.90},
	"fresh9/whitehouse":  {0.93, 0.98}, // 0.949 / 1.000 after listed guests as a group (2e4d0b8)
	"fresh10/mfa":        {0.97, 0.95}, // promoted to development on 2026-12-04 at 0.929 / 0.948; 0.939 / 0.959 after "reached a consensus" and "Nauru's President" (session 18); 0.989 / 0.969 after session 19's talks as narration and a name before a body's noun
	"fresh10/state":      {0.93, 0.88}, // promoted at 0.919 / 0.826; 0.947 / 0.899 after delegations' heads, talk nouns and a handover's given name (session 18)
	"fresh10/ungd":       {0.99, 0.98}, // at 1.000 / 0.992
	"fresh10/whitehouse": {0.97, 0.93}, // promoted at 1.000 / 0.400 (one summit statement's seven leaders were 84 of its 114 misses); 0.992 / 0.900 after a summit's title read for its heads (89603dc); 0.993 / 0.950 after session 18's group rules
	"fresh11/mfa":        {0.95, 0.96}, // promoted to development on 2026-12-04 at 0.967 / 0.980
	"fresh11/state":      {0.94, 0.97}, // promoted at 0.933 / 0.976; 0.955 / 0.988 after another body speaking in a single-author statement (68751ce) and "you" quoting the answering official (4e17b54)
	"fresh11/ungd":       {0.98, 0.99}, // at 0.993 / 1.000
	"fresh11/whitehouse": {0.98, 0.78}, // promoted at 0.980 / 0.628; 0.982 / 0.718 after listed guests as a group (2e4d0b8) and names with their office after them (ac1995d); 1.000 / 0.795 after D11 (7ea4aa4); groups are still most of its misses
	"fresh12/mfa":        {0.97, 0.96}, // promoted to development on 2026-12-04 at 0.986 / 0.938; 0.986 / 0.973 after answers whose "A:" the transcript lost (005d2f3)
	"fresh12/state":      {0.96, 0.95}, // promoted at 0.933 / 0.875; 0.986 / 0.900 after a paragraph's own meeting as the room of its group subjects (39f15cb) and an office's domain after "on" (3c4f254); 0.975 / 0.963 after D11 (the Lavrov call's label says narration) and a meeting's objects past "as well as" (a7e5708)
	"fresh12/ungd":       {0.98, 0.96}, // promoted at 0.994 / 0.977
	"fresh12/whitehouse": {0.72, 0.94}, // promoted at 0.704 / 0.950; 0.731 after a had/held talk with only a counterpart read as narration (0814461); its labeller reads unnamed groups as nobody and "White House officials" as the institution
	"fresh13/mfa":        {0.93, 0.95}, // promoted to development on 2026-12-04 at 0.945 / 0.963
	"fresh13/state":      {0.98, 0.95}, // promoted at 0.994 / 0.965
	"fresh13/ungd":       {0.96, 0.94}, // promoted at 0.973 / 0.953
	"fresh13/whitehouse": {0.93, 0.94}, // promoted at 0.937 / 0.797; 0.947 / 0.959 after D11 and a talk's other side that a group names (b9d29c4)
	"fresh14/mfa":        {0.87, 0.93}, // promoted to development on 2026-12-04 at 0.894 / 0.944
	"fresh14/state":      {0.92, 0.93}, // promoted at 0.943 / 0.950
	"fresh14/ungd":       {0.98, 0.98}, // promoted at 0.994 / 0.994
	"fresh14/whitehouse": {0.82, 0.67}, // promoted at 0.846 / 0.694
	"fresh15/state":      {0.97, 0.94}, // development from the start (2026-12-04, session 20) at 0.988 / 0.921; 0.988 / 0.955 after "We discussed" in an author's remarks (63153ab)
	"fresh16/mfa":        {0.96, 0.92}, // promoted to development on 2026-12-05 at 0.986 / 0.946
	"fresh16/state":      {0.89, 0.70}, // promoted at 0.915 / 0.722
	"fresh16/ungd":       {0.98, 0.98}, // promoted at 1.000 / 0.994
	"fresh16/whitehouse": {0.85, 0.71}, // promoted at 0.873 / 0.738
	"fresh17/mfa":        {0.96, 0.95}, // development from the start (2026-12-04, session 21) at 0.977 / 0.966
	"fresh17/state":      {0.94, 0.97}, // development from the start at 0.960 / 0.985
	"fresh17/ungd":       {0.98, 0.98}, // development from the start at 0.998 / 0.993
	"fresh17/whitehouse": {0.84, 0.66}, // development from the start at 0.859 / 0.685
	"fresh15/whitehouse": {0.71, 0.78}, // development from the start at 0.584 / 0.450 (a Nordic summit's six leaders named by plural offices were 155 of its 229 misses); 0.713 / 0.764 after plural offices of country lists (336e0ce, 9f645a0) and lists of "X of Country" (268eac1); 0.724 / 0.796 after a room's sides by country (627664c); 106 of its 126 false positives are one roundtable's "Participants discussed", the lead's ruling against its label
	"dev3/whitehouse":    {0.98, 0.88}, // recall 0.870 after "Their conversations centered on" (a talk as subject); 0.996 / 0.900 after a surname label's given name from its handover (545ea3b, session 18)
}

// exactShare is the share of sentences whose person speakers are exactly
// the label's.
func (s score) exactShare() float64 {
	if s.items == 0 {
		return 1
	}
	return float64(s.exact) / float64(s.items)
}

func (s *score) add2(o score) {
	s.tp += o.tp
	s.fp += o.fp
	s.fn += o.fn
	s.items += o.items
	s.exact += o.exact
}

func sortedKeys(m map[string]*score) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func why(r *SentenceResult) string {
	if r == nil {
		return ""
	}
	var parts []string
	for _, w := range r.Why {
		if w.Role == readout.RoleSpeaker {
			parts = append(parts, fmt.Sprintf("%s<-%s(%q)", w.Name, w.Rule, w.Evidence))
		}
	}
	return strings.Join(parts, " ")
}
