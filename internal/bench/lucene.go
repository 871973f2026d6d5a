package bench

import (
	"bufio"
	"context"
	_ "embed"
	"errors"
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
)

// The Lucene peer is a Java program (lucene/ReadoutsLucene.java) compiled
// at bench time with javac against Debian's jars, then run twice as its own
// process: once to build the index from the paragraphs the benchmark parsed,
// once to run the query mix several times over. It times each query itself,
// so its figures are in-process ones like the other two engines': the JVM's
// start and its reading of the files are not counted. It is not served over
// HTTP.
//
//go:embed lucene/ReadoutsLucene.java
var luceneSource []byte

// ErrNoLucene means this machine cannot run the Lucene peer; the benchmark
// then measures the other engines and says why Lucene is missing.
var ErrNoLucene = errors.New("no Lucene peer")

// luceneInstall is what provides java, javac and the jars on Debian.
const luceneInstall = "apt-get install -y openjdk-17-jdk-headless liblucene8-java"

// luceneJars are the Lucene 8 modules the peer needs: the core, English
// analysis, facets, and the unified highlighter with what it uses for
// phrases (memory, queries).
var luceneJars = []string{"core", "analyzers-common", "facet", "highlighter", "memory", "queries"}

// LuceneJarDir is where the jars are looked for; READOUTS_LUCENE_JARS
// overrides it.
func luceneJarDir() string {
	if d := os.Getenv("READOUTS_LUCENE_JARS"); d != "" {
		return d
	}
	return "/usr/share/java"
}

// lucenePeer runs the compiled program.
type lucenePeer struct {
	java      string
	classpath string
	stop      string // Readouts' English stop words, one a line
}

// LuceneAvailable reports whether java, javac and the Lucene 8 jars are
// here, and if not, what is missing (an error wrapping ErrNoLucene).
func LuceneAvailable() error {
	_, _, err := findLucene()
	return err
}

// findLucene returns the java binary and the jars' classpath.
func findLucene() (java string, jars []string, err error) {
	for _, tool := range []string{"java", "javac"} {
		p, err := exec.LookPath(tool)
		if err != nil {
			return "", nil, fmt.Errorf("%w: %s not on PATH (%s)", ErrNoLucene, tool, luceneInstall)
		}
		if tool == "java" {
			java = p
		}
	}
	dir := luceneJarDir()
	for _, name := range luceneJars {
		m, _ := filepath.Glob(filepath.Join(dir, "lucene-"+name+"-8.*.jar"))
		if len(m) == 0 {
			return "", nil, fmt.Errorf("%w: no lucene-%s-8.*.jar in %s (%s)", ErrNoLucene, name, dir, luceneInstall)
		}
		jars = append(jars, m[len(m)-1])
	}
	return java, jars, nil
}

// compileLucene writes the peer's source under dir and compiles it there.
func compileLucene(ctx context.Context, dir string) (*lucenePeer, error) {
	java, jars, err := findLucene()
	if err != nil {
		return nil, err
	}
	src, classes := filepath.Join(dir, "src"), filepath.Join(dir, "classes")
	for _, d := range []string{src, classes} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return nil, err
		}
	}
	file := filepath.Join(src, "ReadoutsLucene.java")
	if err := os.WriteFile(file, luceneSource, 0o644); err != nil {
		return nil, err
	}
	// Bleve's English stop words, which Readouts' text analyzer drops.
	stop := analysis.NewTokenMap()
	if err := stop.LoadBytes(en.EnglishStopWords); err != nil {
		return nil, err
	}
	words := slices.Sorted(maps.Keys(stop))
	stopFile := filepath.Join(dir, "stop_en.txt")
	if err := os.WriteFile(stopFile, []byte(strings.Join(words, "\n")+"\n"), 0o644); err != nil {
		return nil, err
	}
	cp := strings.Join(jars, string(os.PathListSeparator))
	out, err := exec.CommandContext(ctx, "javac", "-nowarn", "-cp", cp, "-d", classes, file).CombinedOutput()
	if err != nil {
		return nil, fmt.Errorf("javac ReadoutsLucene.java: %w\n%s", err, out)
	}
	return &lucenePeer{java: java, classpath: cp + string(os.PathListSeparator) + classes, stop: stopFile}, nil
}

// run runs the program with args and returns its standard output and the
// CPU time the JVM used, all its threads (JIT, GC, merges) included; its
// standard error goes into the error.
func (p *lucenePeer) run(ctx context.Context, args ...string) (string, time.Duration, error) {
	cmd := exec.CommandContext(ctx, p.java, append([]string{"-cp", p.classpath, "ReadoutsLucene", args[0], p.stop}, args[1:]...)...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return "", 0, fmt.Errorf("lucene %s: %w\n%s", args[0], err, stderr.String())
	}
	return string(out), cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime(), nil
}

// build writes paras for the program (not timed), then indexes them into
// dir afresh. It returns the program's wall time, JVM start included, and
// its CPU time.
func (p *lucenePeer) build(ctx context.Context, dir string, paras []paragraph) (wall, cpu time.Duration, err error) {
	tsv := dir + ".paras.tsv"
	if err := writeParagraphsTSV(tsv, paras); err != nil {
		return 0, 0, err
	}
	defer os.Remove(tsv)
	if err := os.RemoveAll(dir); err != nil {
		return 0, 0, err
	}
	t0 := time.Now()
	out, cpu, err := p.run(ctx, "build", tsv, dir)
	wall = time.Since(t0)
	if err != nil {
		return 0, 0, err
	}
	var n int
	var ns int64
	if _, err := fmt.Sscanf(out, "built %d %d", &n, &ns); err != nil {
		return 0, 0, fmt.Errorf("lucene build: unexpected output %q", out)
	}
	if n != len(paras) {
		return 0, 0, fmt.Errorf("lucene indexed %d paragraphs of %d", n, len(paras))
	}
	return wall, cpu, nil
}

// luceneAnswer is what the program reports of one query: its total, its
// time in each pass, the top hits and how many of them are highlighted,
// and the year facet's counts added up.
type luceneAnswer struct {
	Total  uint64
	Times  []time.Duration
	Hits   int
	Marked int
	Years  int
	IDs    []string
}

// search runs mix passes times over the index in dir, in one JVM.
func (p *lucenePeer) search(ctx context.Context, dir string, mix []Query, passes int) ([]luceneAnswer, error) {
	// Both files stay in the work folder, beside result.json, to be looked at.
	qf, rf := dir+".queries.tsv", dir+".answers.tsv"
	var b strings.Builder
	for _, q := range mix {
		start, end, err := q.dateBounds()
		if err != nil {
			return nil, err
		}
		phrase := "0"
		if q.Phrase {
			phrase = "1"
		}
		b.WriteString(tsvLine(q.Kind, phrase, strings.Join(q.Words, " "), q.Speaker, start, end))
	}
	if err := os.WriteFile(qf, []byte(b.String()), 0o644); err != nil {
		return nil, err
	}
	if _, _, err := p.run(ctx, "search", dir, qf, strconv.Itoa(passes), rf); err != nil {
		return nil, err
	}
	return readLuceneAnswers(rf, len(mix), passes)
}

func readLuceneAnswers(path string, n, passes int) ([]luceneAnswer, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := make([]luceneAnswer, n)
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	line := 0
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) != 7 {
			return nil, fmt.Errorf("lucene answers line %d: %d fields", line+1, len(f))
		}
		i, err := strconv.Atoi(f[0])
		if err != nil || i != line || i >= n {
			return nil, fmt.Errorf("lucene answers line %d: query %q", line+1, f[0])
		}
		a := &out[i]
		if a.Total, err = strconv.ParseUint(f[1], 10, 64); err != nil {
			return nil, fmt.Errorf("lucene answers line %d: total: %w", line+1, err)
		}
		for _, s := range strings.Split(f[2], ",") {
			ns, err := strconv.ParseInt(s, 10, 64)
			if err != nil {
				return nil, fmt.Errorf("lucene answers line %d: time: %w", line+1, err)
			}
			a.Times = append(a.Times, time.Duration(ns))
		}
		if len(a.Times) != passes {
			return nil, fmt.Errorf("lucene answers line %d: %d times, want %d", line+1, len(a.Times), passes)
		}
		a.Hits, _ = strconv.Atoi(f[3])
		a.Marked, _ = strconv.Atoi(f[4])
		a.Years, _ = strconv.Atoi(f[5])
		if f[6] != "" {
			a.IDs = strings.Split(unescapeTSV(f[6]), speakerSep)
		}
		line++
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if line != n {
		return nil, fmt.Errorf("lucene answered %d queries of %d", line, n)
	}
	return out, nil
}

// writeParagraphsTSV writes one paragraph a line: id, text, title, source,
// date, year, month, speakers (joined with U+001F), the day after the date's
// period.
func writeParagraphsTSV(path string, paras []paragraph) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	for _, p := range paras {
		w.WriteString(tsvLine(p.ID, p.Text, p.Title, p.Source, p.Date, p.Year, p.Month, strings.Join(p.Speakers, speakerSep), p.End))
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

var tsvEscaper = strings.NewReplacer(`\`, `\\`, "\t", `\t`, "\n", `\n`, "\r", `\r`)

// tsvLine joins fields with tabs, escaped as ReadoutsLucene.unescape reads them.
func tsvLine(fields ...string) string {
	for i, f := range fields {
		fields[i] = tsvEscaper.Replace(f)
	}
	return strings.Join(fields, "\t") + "\n"
}

func unescapeTSV(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' || i+1 == len(s) {
			b.WriteByte(s[i])
			continue
		}
		i++
		switch s[i] {
		case 't':
			b.WriteByte('\t')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		default:
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// luceneTimes splits the answers' times into the first pass (a cold JIT)
// and the last (settled), each overall and by kind of query.
func luceneTimes(mix []Query, ans []luceneAnswer) (first, settled Latency, firstByKind, settledByKind map[string]Latency) {
	var f, s []time.Duration
	fk, sk := map[string][]time.Duration{}, map[string][]time.Duration{}
	for i, a := range ans {
		if len(a.Times) == 0 {
			continue
		}
		k := mix[i].Kind
		f, s = append(f, a.Times[0]), append(s, a.Times[len(a.Times)-1])
		fk[k], sk[k] = append(fk[k], a.Times[0]), append(sk[k], a.Times[len(a.Times)-1])
	}
	firstByKind, settledByKind = map[string]Latency{}, map[string]Latency{}
	for k := range fk {
		firstByKind[k], settledByKind[k] = summarize(fk[k]), summarize(sk[k])
	}
	return summarize(f), summarize(s), firstByKind, settledByKind
}

// overlap is the share of two top lists' IDs they have in common, over the
// longer list; two empty lists agree.
func overlap(a, b []string) float64 {
	if len(a) == 0 && len(b) == 0 {
		return 1
	}
	in := map[string]bool{}
	for _, id := range a {
		in[id] = true
	}
	n := 0
	for _, id := range b {
		if in[id] {
			n++
		}
	}
	return float64(n) / float64(max(len(a), len(b)))
}
