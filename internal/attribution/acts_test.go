package attribution

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/readouts/readouts/internal/readout"
)

// TestActs checks the acts of the last paragraph of short documents: the
// verb that credits a speaker names the act, multi-word triggers, the
// text's own voice, and verbs that perform nothing.
func TestActs(t *testing.T) {
	a := New(shipped(t))
	// The headers of real documents: who issues them decides the text's own voice.
	state := map[string]string{"source": "https://www.state.gov/x/", "publisher": "U.S. Department of State", "speaker": "Antony J. Blinken, Secretary of State", "title": "Statement"}
	mfa := map[string]string{"source": "https://www.fmprc.gov.cn/mfa_eng/x.shtml", "speaker": "Hua Chunying", "title": "Foreign Ministry Spokesperson Hua Chunying's Regular Press Conference"}
	tests := []struct {
		name  string
		date  string
		meta  map[string]string
		paras []string
		want  []string
	}{
		{"urged", "2022-01-27", nil, []string{"Wang Yi urged the United States to stop interfering."}, []string{ActUrged}},
		{"called for", "2022-01-27", nil, []string{"Secretary Blinken called for an immediate ceasefire."}, []string{ActUrged}},
		{"called someone is a call, not an act", "2022-01-27", nil, []string{"Secretary Blinken called Foreign Minister Wang Yi on Monday."}, nil},
		{"expressed concern", "2021-11-14", nil, []string{"Secretary Blinken has also expressed concern over the pressure."}, []string{ActConcern}},
		{"expressed appreciation", "2022-07-31", nil, []string{"The Secretary expressed his gratitude for Oman’s support."}, []string{ActWelcomed}},
		{"expressed support", "2022-04-22", nil, []string{"The Secretary expressed the United States’ steadfast support for Ukraine."}, []string{ActAgreed}},
		{"raised concerns", "2022-11-14", map[string]string{"source": "The White House"}, []string{"President Biden raised concerns about PRC practices in Xinjiang."}, []string{ActConcern}},
		{"two verbs, two acts", "2022-06-20", nil, []string{"Secretary Blinken underscored our shared democratic values and pledged to strengthen the friendship."}, []string{ActStressed, ActAgreed}},
		{"purpose verbs of a call", "2022-06-20", nil, []string{"Secretary of State Antony J. Blinken spoke today with Colombian President-Elect Gustavo Petro to congratulate him on his election and to reiterate the United States’ commitment."}, []string{ActWelcomed, ActAgreed}},
		{"a call alone is narration", "2022-06-20", nil, []string{"Secretary of State Antony J. Blinken spoke today with Colombian President-Elect Gustavo Petro."}, nil},
		{"the two sides discussed", "2022-07-15", nil, []string{"Deputy Secretary of State Wendy Sherman spoke today with French Foreign Minister Jean-Yves Le Drian.", "They discussed support for Ukraine."}, []string{ActDiscussed}},
		{"exchanged views", "2022-05-26", map[string]string{"source": "The White House"}, []string{"National Security Advisor Jake Sullivan spoke by phone today with Prime Minister Andrej Plenkovic of Croatia.", "They also exchanged views on stability in the Western Balkans."}, []string{ActDiscussed}},
		{"stance adjective", "2021-01-22", map[string]string{"source": "The White House"}, []string{"President Biden is deeply concerned about the violence."}, []string{ActConcern}},
		{"said names no act", "2022-01-27", nil, []string{"Wang Yi said China is ready."}, nil},
		{"noted the reports is no act", "2022-01-27", nil, []string{"Wang Yi noted the media reports."}, nil},
		{"noted is stressed", "2022-01-27", nil, []string{"Wang Yi noted that dialogue matters."}, []string{ActStressed}},
		{"future performs nothing", "2022-07-29", nil, []string{"At each ministerial, the Secretary will emphasize the United States’ commitment to ASEAN centrality."}, nil},
		{"negation performs nothing", "2022-01-27", nil, []string{"Wang Yi did not agree with the proposal."}, nil},
		{"welcoming a visitor is narration", "2022-02-07", map[string]string{"source": "The White House"}, []string{"President Biden welcomed Chancellor Olaf Scholz of Germany to the White House."}, nil},
		{"own voice: we urge", "2021-07-20", state, []string{"We urge Afghan leaders to accelerate progress."}, []string{ActUrged}},
		{"own voice: the country", "2021-07-20", state, []string{"The United States welcomes efforts by Haiti’s political leadership."}, []string{ActWelcomed}},
		{"own voice: another country is not the voice", "2021-07-20", state, []string{"Russia welcomes the decision."}, nil},
		{"own voice: must performs nothing", "2021-07-20", state, []string{"We must reject the politicization of aid."}, nil},
		{"own voice: remain concerned", "2022-05-31", state, []string{"We remain concerned about steps Russia is taking."}, []string{ActConcern}},
		{"press conference: the side and a second verb", "2019-09-10", mfa, []string{"Q: What is your comment?", "A: The Chinese side deplores and firmly opposes that."}, []string{ActConcern}},
		{"press conference: let me stress", "2019-09-10", mfa, []string{"Q: What is your comment?", "A: Let me stress this again."}, []string{ActStressed}},
		{"no speaker, no act", "2022-01-27", nil, []string{"The meeting discussed trade."}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := doc(tt.date, tt.meta, tt.paras...)
			a.Attribute(d)
			last := d.Paragraphs[len(d.Paragraphs)-1]
			if !slices.Equal(last.Acts, tt.want) {
				t.Errorf("acts %q, want %q (speakers %v)", last.Acts, tt.want, last.Speakers)
			}
		})
	}
}

// TestSpeakerActs checks who is credited with each act: the verb's
// subject when it speaks, the voice's owner for "we", every speaker when
// the subject is not one of them.
func TestSpeakerActs(t *testing.T) {
	a := New(shipped(t))
	mfa := map[string]string{"source": "https://www.fmprc.gov.cn/mfa_eng/x.shtml", "speaker": "Hua Chunying", "title": "Foreign Ministry Spokesperson Hua Chunying's Regular Press Conference"}
	sa := func(pairs ...string) []readout.SpeakerAct {
		var out []readout.SpeakerAct
		for i := 0; i < len(pairs); i += 2 {
			out = append(out, readout.SpeakerAct{Speaker: pairs[i], Act: pairs[i+1]})
		}
		return out
	}
	tests := []struct {
		name  string
		date  string
		meta  map[string]string
		paras []string
		want  []readout.SpeakerAct
	}{
		{"the subject, not the spokesperson", "2019-09-10", mfa, []string{"Q: What is your comment?", "A: State Councilor and Foreign Minister Wang Yi urged the US side to stop."},
			sa("Wang Yi", ActUrged)},
		{"we is the spokesperson's, not the minister's quoted beside", "2019-09-10", mfa, []string{"Q: What is your comment?", "A: As State Councilor and Foreign Minister Wang Yi said, we firmly oppose the sanctions."},
			sa("Hua Chunying", ActConcern)},
		{"both discussed", "2022-01-27", nil, []string{"Foreign Minister Wang Yi and Secretary of State Antony Blinken discussed Ukraine."},
			sa("Wang Yi", ActDiscussed, "Antony Blinken", ActDiscussed)},
		{"the institution yields to the speaker", "2019-09-10", mfa, []string{"Q: What is your comment?", "A: The Chinese side deplores that."},
			sa("Hua Chunying", ActConcern)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := doc(tt.date, tt.meta, tt.paras...)
			a.Attribute(d)
			last := d.Paragraphs[len(d.Paragraphs)-1]
			if !slices.Equal(last.SpeakerActs, tt.want) {
				t.Errorf("speaker acts %v, want %v (speakers %v, acts %v)", last.SpeakerActs, tt.want, last.Speakers, last.Acts)
			}
		})
	}
}

func TestIsAct(t *testing.T) {
	for _, s := range Acts {
		if !IsAct(s) {
			t.Errorf("IsAct(%q) = false", s)
		}
	}
	for _, s := range []string{"", "said", "Urged", "expressed concern"} {
		if IsAct(s) {
			t.Errorf("IsAct(%q) = true", s)
		}
	}
}

// actLabel is one labelled sentence of testdata/acts.
type actLabel struct {
	source string
	path   string
	item   labelItem
	acts   []string
}

func loadActLabels(t *testing.T) []actLabel {
	t.Helper()
	files, err := filepath.Glob("testdata/acts/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no act label files: %v", err)
	}
	var out []actLabel
	for _, f := range files {
		source := strings.TrimSuffix(filepath.Base(f), ".txt")
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		path, n := "", 0
		for sc.Scan() {
			n++
			line := strings.TrimSpace(sc.Text())
			switch {
			case line == "" || strings.HasPrefix(line, "# "):
				continue
			case strings.HasPrefix(line, "=== "):
				path = strings.TrimSpace(strings.Split(line[4:], "|")[0])
				continue
			}
			text, lab, ok := strings.Cut(line, " =>")
			if !ok || path == "" {
				t.Fatalf("%s:%d: want '=== path' then 'prefix => acts': %q", f, n, line)
			}
			it := parsePrefix(t, f, n, text)
			var acts []string
			for _, a := range strings.Split(lab, ";") {
				a = strings.TrimSpace(a)
				if a == "" || a == "(none)" || a == "(narration)" {
					continue
				}
				if !IsAct(a) {
					t.Fatalf("%s:%d: unknown act %q", f, n, a)
				}
				acts = append(acts, a)
			}
			out = append(out, actLabel{source: source, path: path, item: it, acts: acts})
		}
		fh.Close()
		if err := sc.Err(); err != nil {
			t.Fatal(err)
		}
	}
	return out
}

// heldOutActSource is the label file the classifier's rules were not
// written from (testdata/acts/README.md).
const heldOutActSource = "whitehouse"

// freshActSource was labelled after the rules were written, before they
// were run on its documents, and is held out too (testdata/acts/README.md).
const freshActSource = "fresh"

// TestActLabels measures, per act, precision and recall of the acts of
// labelled sentences of real documents, end to end (the attribution must
// credit a speaker for an act to be recorded), on the development files
// and apart on the held-out source. It fails below the floors.
func TestActLabels(t *testing.T) {
	root := "../../../shared"
	if _, err := os.Stat(filepath.Join(root, "corpus")); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("../shared/corpus is required in CI: %v", err)
		}
		t.Skipf("act labels need ../shared/corpus: %v", err)
	}
	showHeld := os.Getenv("READOUTS_SHOW_HELDOUT") != ""
	a := New(shipped(t))
	labels := loadActLabels(t)
	type docRes struct {
		doc *readout.Document
		res [][]SentenceResult
	}
	docs := map[string]docRes{}
	perAct := map[string]map[string]*score{"dev": {}, "held-out": {}, "fresh": {}}
	all := map[string]*score{"dev": {}, "held-out": {}, "fresh": {}}
	for _, l := range labels {
		dr, ok := docs[l.path]
		if !ok {
			parsed, err := readout.ParseFile(filepath.Join(root, "corpus", l.path), l.path, readout.Options{})
			if err != nil || len(parsed) == 0 {
				t.Fatalf("%s: %v", l.path, err)
			}
			dr = docRes{doc: parsed[0], res: a.AttributeSentences(parsed[0])}
			docs[l.path] = dr
		}
		pi, off, ok := locate(dr.doc, l.item)
		if !ok {
			t.Errorf("%s line %d: sentence %.60q not found in %s", l.source, l.item.line, l.item.prefix, l.path)
			continue
		}
		var got []string
		r := sentenceResultAt(dr.res[pi], dr.doc.Paragraphs[pi].Text, off)
		if r != nil {
			got = r.Acts
		}
		split := "dev"
		switch l.source {
		case heldOutActSource:
			split = "held-out"
		case freshActSource:
			split = "fresh"
		}
		for _, act := range Acts {
			g, w := slices.Contains(got, act), slices.Contains(l.acts, act)
			if !g && !w {
				continue
			}
			s := perAct[split][act]
			if s == nil {
				s = &score{}
				perAct[split][act] = s
			}
			for _, sc := range []*score{s, all[split]} {
				switch {
				case g && w:
					sc.tp++
				case g:
					sc.fp++
				default:
					sc.fn++
				}
			}
		}
		all[split].items++
		if !slices.Equal(sortedCopy(got), sortedCopy(l.acts)) && (split == "dev" || showHeld) {
			text := ""
			if r != nil && l.item.hashK == 0 {
				text = r.Text
			}
			t.Logf("%s:%d %s: got %q, want %q %.100q %s", l.source, l.item.line, split, got, l.acts, text, why(r))
		}
	}
	var b strings.Builder
	row := func(name string, s *score) {
		fmt.Fprintf(&b, "  %-28s precision %.3f  recall %.3f  (tp %d fp %d fn %d)\n", name, s.precision(), s.recall(), s.tp, s.fp, s.fn)
	}
	for _, split := range []string{"dev", "held-out", "fresh"} {
		fmt.Fprintf(&b, "%s (%d sentences):\n", split, all[split].items)
		keys := make([]string, 0, len(perAct[split]))
		for k := range perAct[split] {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			row(k, perAct[split][k])
		}
		row("all acts (micro)", all[split])
	}
	t.Log("speech acts, per labelled sentence:\n" + b.String())
	if n := all["dev"].items + all["held-out"].items + all["fresh"].items; n < 350 {
		t.Errorf("%d labelled sentences; want at least 250", n)
	}
	for split, fl := range actFloors {
		if s := all[split]; s.precision() < fl[0] || s.recall() < fl[1] {
			t.Errorf("%s: precision %.3f, recall %.3f; fell below the floor %.2f / %.2f", split, s.precision(), s.recall(), fl[0], fl[1])
		}
	}
	for act, fl := range actDevFloors {
		s := perAct["dev"][act]
		if s == nil {
			t.Errorf("dev: no labelled or found %s", act)
			continue
		}
		if s.precision() < fl[0] || s.recall() < fl[1] {
			t.Errorf("dev %s: precision %.3f, recall %.3f; fell below the floor %.2f / %.2f", act, s.precision(), s.recall(), fl[0], fl[1])
		}
	}
}

// Floors: the figures reached when the rules were written, less a few
// hundredths. Raise them as the rules improve; never lower them to make a
// change pass.
var actFloors = map[string][2]float64{
	"dev":      {0.95, 0.83}, // 0.972 / 0.854 on 2026-12-02
	"held-out": {0.92, 0.64}, // 0.949 / 0.675 (0.948 / 0.663 before any rule was tuned)
	"fresh":    {0.93, 0.70}, // 0.964 / 0.730; 0.945 / 0.703 when first run on it
}

// actDevFloors hold each act of the development files (the held-out source
// has too few of some acts to gate one by one).
var actDevFloors = map[string][2]float64{
	ActUrged:     {0.95, 0.85},
	ActAgreed:    {0.90, 0.85},
	ActStressed:  {0.85, 0.85},
	ActConcern:   {0.95, 0.55},
	ActWelcomed:  {0.95, 0.75},
	ActDiscussed: {0.95, 0.70},
}

func sortedCopy(s []string) []string {
	c := slices.Clone(s)
	slices.Sort(c)
	return c
}
