package bench

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"
	"time"
)

// Targets at a million paragraphs (issue 6).
const (
	targetP50Ratio     = 0.5 // Readouts p50 / SQLite p50
	targetP99Ratio     = 1.0 // Readouts p99 / SQLite p99
	targetBuildRatio   = 0.5 // Readouts paragraphs/s / SQLite's
	targetSizeOverRaw  = 2.0 // index size / raw text
	targetRSS          = 1 << 30
	targetReady        = 2 * time.Second
	targetHTTPOverhead = 1.2  // HTTP p50 (one client) / in-process p50
	targetAddShare     = 0.05 // an incremental 1% add / a full build (issue 16)
)

// Report prints the result as a table: each measurement for the three
// engines (Lucene's latency settled, after its JIT has warmed up over
// several passes, and on its first pass), the ratios Readouts/SQLite and
// Readouts/Lucene, and the target (issue 6, against SQLite) it is held to.
func Report(w io.Writer, r *Result) error {
	a, b, c := r.Readouts, r.SQLite, r.Lucene
	peers := "Readouts vs SQLite FTS5 and Lucene"
	switch {
	case b.Skipped && c.Skipped:
		peers = "Readouts alone"
	case b.Skipped:
		peers = "Readouts vs Lucene"
	case c.Skipped:
		peers = "Readouts vs SQLite FTS5"
	}
	fmt.Fprintf(w, "\n%s: %d paragraphs in %d documents, %.1f MB of text; %d queries; %d CPUs\n\n",
		peers, r.Paragraphs, r.Documents, float64(r.RawBytes)/1e6, r.Queries, r.CPUs)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "measurement\tReadouts\tSQLite FTS5\tLucene\tLucene 1st pass\tratio R/S\tratio R/L\ttarget\tmet\t")
	peer, lucene := !b.Skipped, !c.Skipped
	// A line: Readouts, SQLite, Lucene (settled) and Lucene's first pass;
	// an empty cell is a dash.
	type line struct {
		name, r, s, l, l1 string
		rs, rl            float64
		target, met       string
	}
	dash := func(s string, ok bool) string {
		if !ok || s == "" {
			return "—"
		}
		return s
	}
	ratio := func(x float64, ok bool) string {
		if !ok || x <= 0 {
			return "—"
		}
		return fmt.Sprintf("%.2f", x)
	}
	row := func(l line) {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t\n", l.name, l.r, dash(l.s, peer), dash(l.l, lucene), dash(l.l1, lucene),
			ratio(l.rs, peer), ratio(l.rl, lucene), l.target, l.met)
	}
	div := func(x, y float64) float64 {
		if y == 0 {
			return 0
		}
		return x / y
	}
	yes := func(ok bool) string {
		if ok {
			return "yes"
		}
		return "NO"
	}
	peerYes := func(ok bool) string {
		if !peer {
			return "—"
		}
		return yes(ok)
	}
	ms := func(d time.Duration) string { return fmt.Sprintf("%.2f ms", float64(d)/1e6) }
	mb := func(n int64) string { return fmt.Sprintf("%.0f MB", float64(n)/1e6) }
	rate := func(d time.Duration) float64 { return div(float64(r.Paragraphs), d.Seconds()) }
	build := func(d time.Duration) string {
		if d == 0 {
			return ""
		}
		return d.Round(time.Millisecond).String()
	}
	perSec := func(d time.Duration) string {
		if d == 0 {
			return ""
		}
		return fmt.Sprintf("%.0f", rate(d))
	}
	lat := func(name string, pick func(Latency) time.Duration, target, met string) {
		x, y, z := pick(a.InProcess), pick(b.InProcess), pick(c.InProcess)
		row(line{name, ms(x), ms(y), ms(z), ms(pick(c.FirstPass)), div(float64(x), float64(y)), div(float64(x), float64(z)), target, met})
	}

	if a.Build > 0 {
		ra, rb := rate(a.Build), rate(b.Build)
		met := "—"
		if b.Build > 0 { // else the peer's database was reused: no build to compare with
			met = peerYes(div(ra, rb) >= targetBuildRatio)
		}
		row(line{"build time", build(a.Build), build(b.Build), build(c.Build), "", div(a.Build.Seconds(), b.Build.Seconds()), div(a.Build.Seconds(), c.Build.Seconds()), "", ""})
		row(line{"build paragraphs/s", perSec(a.Build), perSec(b.Build), perSec(c.Build), "", div(ra, rb), div(ra, rate(c.Build)), "≥ 0.5×", met})
	}
	if a.AddParagraphs > 0 {
		share, met := "", "—" // no full build to compare with when the index was reused
		if a.Build > 0 {
			x := div(a.Add.Seconds(), a.Build.Seconds())
			share, met = fmt.Sprintf(" (%.1f%% of the build)", 100*x), yes(x <= targetAddShare)
		}
		row(line{fmt.Sprintf("add %d paragraphs", a.AddParagraphs), build(a.Add) + share, "", "", "", 0, 0, "R ≤ 5% of build", met})
		row(line{"  CPU", build(a.AddCPU), "", "", "", 0, 0, "", ""})
		row(line{"  and remove them", build(a.Remove), "", "", "", 0, 0, "", ""})
	}
	row(line{"size on disk", mb(a.Size), mb(b.Size), mb(c.Size), "", div(float64(a.Size), float64(b.Size)), div(float64(a.Size), float64(c.Size)), "", ""})
	sa, sb, sc := div(float64(a.Size), float64(r.RawBytes)), div(float64(b.Size), float64(r.RawBytes)), div(float64(c.Size), float64(r.RawBytes))
	row(line{"size / raw text", fmt.Sprintf("%.2f×", sa), fmt.Sprintf("%.2f×", sb), fmt.Sprintf("%.2f×", sc), "", 0, 0, "R ≤ 2×", yes(sa <= targetSizeOverRaw)})
	p50 := func(l Latency) time.Duration { return l.P50 }
	p99 := func(l Latency) time.Duration { return l.P99 }
	lat("in-process p50", p50, "≤ 0.5×", peerYes(div(float64(a.InProcess.P50), float64(b.InProcess.P50)) <= targetP50Ratio))
	lat("in-process p95", func(l Latency) time.Duration { return l.P95 }, "", "")
	lat("in-process p99", p99, "≤ 1×", peerYes(div(float64(a.InProcess.P99), float64(b.InProcess.P99)) <= targetP99Ratio))
	lat("in-process mean", func(l Latency) time.Duration { return l.Mean }, "", "")
	if a.Grid.N > 0 {
		row(line{"grid p95 (3 queries)", ms(a.Grid.P95), "", "", "", 0, 0, "R ≤ 100 ms", yes(a.Grid.P95 <= targetCrossTab)})
		row(line{"timeline p95", ms(a.Timeline.P95), "", "", "", 0, 0, "R ≤ 100 ms", yes(a.Timeline.P95 <= targetCrossTab)})
	}
	if a.Counterparts.N > 0 {
		row(line{"counterparts p95", ms(a.Counterparts.P95), "", "", "", 0, 0, "R ≤ 100 ms", yes(a.Counterparts.P95 <= targetCrossTab)})
	}
	if a.HTTPOne.N > 0 {
		// What HTTP adds, from the paired pass (the same query both ways,
		// back to back), when there is one. Lucene is not served over HTTP.
		overhead := func(e EngineResult) float64 {
			if e.PairedHTTP.N > 0 {
				return div(float64(e.PairedHTTP.P50), float64(e.PairedInProcess.P50))
			}
			return div(float64(e.HTTPOne.P50), float64(e.InProcess.P50))
		}
		http := func(name string, x, y float64, f func(float64) string, target, met string) {
			row(line{name, f(x), f(y), "", "", div(x, y), 0, target, met})
		}
		dms := func(x float64) string { return ms(time.Duration(x)) }
		dmb := func(x float64) string { return mb(int64(x)) }
		oa, ob := overhead(a), overhead(b)
		http("HTTP 1 client p50", float64(a.HTTPOne.P50), float64(b.HTTPOne.P50), dms, "", "")
		if a.PairedHTTP.N > 0 {
			http("paired: HTTP p50", float64(a.PairedHTTP.P50), float64(b.PairedHTTP.P50), dms, "", "")
			http("paired: in-process p50", float64(a.PairedInProcess.P50), float64(b.PairedInProcess.P50), dms, "", "")
		}
		row(line{"HTTP p50 / in-process p50", fmt.Sprintf("%.2f×", oa), fmt.Sprintf("%.2f×", ob), "", "", 0, 0, "R ≤ 1.2×", yes(oa <= targetHTTPOverhead)})
		http(fmt.Sprintf("HTTP %d clients queries/s", r.Clients), a.QPS, b.QPS, func(x float64) string { return fmt.Sprintf("%.0f", x) }, "", "")
		http(fmt.Sprintf("HTTP %d clients p50", r.Clients), float64(a.HTTPLoad.P50), float64(b.HTTPLoad.P50), dms, "", "")
		http(fmt.Sprintf("HTTP %d clients p99", r.Clients), float64(a.HTTPLoad.P99), float64(b.HTTPLoad.P99), dms, "", "")
		http("server RSS after load", float64(a.RSS), float64(b.RSS), dmb, "R ≤ 1 GiB", yes(a.RSS <= targetRSS))
		http("  of which anonymous", float64(a.RSSAnon), float64(b.RSSAnon), dmb, "", "")
		http("server peak RSS", float64(a.PeakRSS), float64(b.PeakRSS), dmb, "", "")
		http("start to ready", float64(a.Ready), float64(b.Ready), dms, "R ≤ 2 s", yes(a.Ready <= targetReady))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if a.Build == 0 {
		fmt.Fprintln(w, "\n(build times not measured: indexes reused from an earlier run)")
	}
	if len(a.Builds) > 1 || len(b.Builds) > 1 || len(c.Builds) > 1 {
		fmt.Fprintf(w, "\nBuild times are medians of %d alternating rounds: %s %s; %s %s; %s %s.\n", max(len(a.Builds), len(b.Builds), len(c.Builds)),
			a.Name, roundList(a.Builds), b.Name, roundList(b.Builds), c.Name, roundList(c.Builds))
	}
	fmt.Fprintf(w, "\nParsing the files (part of every build): %v. ", r.Parse.Round(time.Millisecond))
	if peer && r.Compared > 0 {
		fmt.Fprintf(w, "Match counts equal on %d of %d queries (the analyzers differ: Bleve's UAX #29 words, possessive and stop-word filters vs FTS5's unicode61; two Porter stemmers).", r.SameTotal, r.Compared)
	}
	fmt.Fprintln(w)
	if lucene {
		fmt.Fprintf(w, "Lucene: BM25, English analyzer with accents folded; latency settled = pass %d of %d in one JVM, 1st pass = pass 1 (cold JIT); build includes the parse and the JVM's start; not served over HTTP. "+
			"Match counts equal to Readouts' on %d of %d queries; top 10s overlap %.0f%%.\n", c.Passes, c.Passes, c.SameTotal, c.Compared, 100*c.TopOverlap)
		for _, d := range c.Disagree {
			fmt.Fprintf(w, "  differs: %s\n", d)
		}
	} else {
		fmt.Fprintf(w, "Lucene: skipped: %s\n", c.SkipReason)
	}

	fmt.Fprintln(w, "\nIn-process latency by kind of query (Lucene settled, and on its first pass):")
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "kind\tqueries\tReadouts p50\tSQLite p50\tLucene p50\tLucene 1st p50\tReadouts p99\tSQLite p99\tLucene p99\tLucene 1st p99\t")
	var kinds []string
	for k := range a.ByKind {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	cell := func(d time.Duration, ok bool) string { return dash(ms(d), ok) }
	for _, k := range kinds {
		ka, kb, kc, kc1 := a.ByKind[k], b.ByKind[k], c.ByKind[k], c.FirstPassByKind[k]
		fmt.Fprintf(tw, "%s\t%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t\n", k, ka.N,
			ms(ka.P50), cell(kb.P50, peer), cell(kc.P50, lucene), cell(kc1.P50, lucene),
			ms(ka.P99), cell(kb.P99, peer), cell(kc.P99, lucene), cell(kc1.P99, lucene))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintln(w, strings.Repeat("", 0))
	return err
}

func roundList(ds []time.Duration) string {
	if len(ds) == 0 {
		return "not built"
	}
	out := make([]string, len(ds))
	for i, d := range ds {
		out[i] = d.Round(100 * time.Millisecond).String()
	}
	return strings.Join(out, ", ")
}
