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
	targetHTTPOverhead = 1.2 // HTTP p50 (one client) / in-process p50
)

// Report prints the result as a table: each measurement for both engines,
// the ratio Readouts/SQLite, and the target it is held to.
func Report(w io.Writer, r *Result) error {
	fmt.Fprintf(w, "\nReadouts vs SQLite FTS5: %d paragraphs in %d documents, %.1f MB of text; %d queries; %d CPUs\n\n",
		r.Paragraphs, r.Documents, float64(r.RawBytes)/1e6, r.Queries, r.CPUs)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "measurement\tReadouts\tSQLite FTS5\tratio R/S\ttarget\tmet\t")
	a, b := r.Readouts, r.SQLite
	peer := !b.Skipped
	row := func(name, ra, sb string, ratio float64, target string, met string) {
		rs := "—"
		if peer && ratio > 0 {
			rs = fmt.Sprintf("%.2f", ratio)
		}
		if !peer {
			sb = "—"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t\n", name, ra, sb, rs, target, met)
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

	if a.Build > 0 {
		ra := float64(r.Paragraphs) / a.Build.Seconds()
		if b.Build > 0 {
			rb := float64(r.Paragraphs) / b.Build.Seconds()
			row("build time", a.Build.Round(time.Millisecond).String(), b.Build.Round(time.Millisecond).String(), div(a.Build.Seconds(), b.Build.Seconds()), "", "")
			row("build paragraphs/s", fmt.Sprintf("%.0f", ra), fmt.Sprintf("%.0f", rb), div(ra, rb), "≥ 0.5×", peerYes(div(ra, rb) >= targetBuildRatio))
		} else { // the peer's database was reused: no build to compare with
			row("build time", a.Build.Round(time.Millisecond).String(), "—", 0, "", "")
			row("build paragraphs/s", fmt.Sprintf("%.0f", ra), "—", 0, "≥ 0.5×", "—")
		}
	}
	row("size on disk", mb(a.Size), mb(b.Size), div(float64(a.Size), float64(b.Size)), "", "")
	sa, sb := div(float64(a.Size), float64(r.RawBytes)), div(float64(b.Size), float64(r.RawBytes))
	row("size / raw text", fmt.Sprintf("%.2f×", sa), fmt.Sprintf("%.2f×", sb), 0, "R ≤ 2×", yes(sa <= targetSizeOverRaw))
	row("in-process p50", ms(a.InProcess.P50), ms(b.InProcess.P50), div(float64(a.InProcess.P50), float64(b.InProcess.P50)), "≤ 0.5×", peerYes(div(float64(a.InProcess.P50), float64(b.InProcess.P50)) <= targetP50Ratio))
	row("in-process p95", ms(a.InProcess.P95), ms(b.InProcess.P95), div(float64(a.InProcess.P95), float64(b.InProcess.P95)), "", "")
	row("in-process p99", ms(a.InProcess.P99), ms(b.InProcess.P99), div(float64(a.InProcess.P99), float64(b.InProcess.P99)), "≤ 1×", peerYes(div(float64(a.InProcess.P99), float64(b.InProcess.P99)) <= targetP99Ratio))
	row("in-process mean", ms(a.InProcess.Mean), ms(b.InProcess.Mean), div(float64(a.InProcess.Mean), float64(b.InProcess.Mean)), "", "")
	if a.Grid.N > 0 {
		row("grid p95 (3 queries)", ms(a.Grid.P95), "—", 0, "R ≤ 100 ms", yes(a.Grid.P95 <= targetCrossTab))
		row("timeline p95", ms(a.Timeline.P95), "—", 0, "R ≤ 100 ms", yes(a.Timeline.P95 <= targetCrossTab))
	}
	if a.HTTPOne.N > 0 {
		// What HTTP adds, from the paired pass (the same query both ways,
		// back to back), when there is one.
		overhead := func(e EngineResult) float64 {
			if e.PairedHTTP.N > 0 {
				return div(float64(e.PairedHTTP.P50), float64(e.PairedInProcess.P50))
			}
			return div(float64(e.HTTPOne.P50), float64(e.InProcess.P50))
		}
		oa, ob := overhead(a), overhead(b)
		row("HTTP 1 client p50", ms(a.HTTPOne.P50), ms(b.HTTPOne.P50), div(float64(a.HTTPOne.P50), float64(b.HTTPOne.P50)), "", "")
		if a.PairedHTTP.N > 0 {
			row("paired: HTTP p50", ms(a.PairedHTTP.P50), ms(b.PairedHTTP.P50), div(float64(a.PairedHTTP.P50), float64(b.PairedHTTP.P50)), "", "")
			row("paired: in-process p50", ms(a.PairedInProcess.P50), ms(b.PairedInProcess.P50), div(float64(a.PairedInProcess.P50), float64(b.PairedInProcess.P50)), "", "")
		}
		row("HTTP p50 / in-process p50", fmt.Sprintf("%.2f×", oa), fmt.Sprintf("%.2f×", ob), 0, "R ≤ 1.2×", yes(oa <= targetHTTPOverhead))
		row(fmt.Sprintf("HTTP %d clients queries/s", r.Clients), fmt.Sprintf("%.0f", a.QPS), fmt.Sprintf("%.0f", b.QPS), div(a.QPS, b.QPS), "", "")
		row(fmt.Sprintf("HTTP %d clients p50", r.Clients), ms(a.HTTPLoad.P50), ms(b.HTTPLoad.P50), div(float64(a.HTTPLoad.P50), float64(b.HTTPLoad.P50)), "", "")
		row(fmt.Sprintf("HTTP %d clients p99", r.Clients), ms(a.HTTPLoad.P99), ms(b.HTTPLoad.P99), div(float64(a.HTTPLoad.P99), float64(b.HTTPLoad.P99)), "", "")
		row("server RSS after load", mb(a.RSS), mb(b.RSS), div(float64(a.RSS), float64(b.RSS)), "R ≤ 1 GiB", yes(a.RSS <= targetRSS))
		row("  of which anonymous", mb(a.RSSAnon), mb(b.RSSAnon), div(float64(a.RSSAnon), float64(b.RSSAnon)), "", "")
		row("server peak RSS", mb(a.PeakRSS), mb(b.PeakRSS), div(float64(a.PeakRSS), float64(b.PeakRSS)), "", "")
		row("start to ready", ms(a.Ready), ms(b.Ready), div(float64(a.Ready), float64(b.Ready)), "R ≤ 2 s", yes(a.Ready <= targetReady))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if a.Build == 0 {
		fmt.Fprintln(w, "\n(build times not measured: indexes reused from an earlier run)")
	}
	if len(a.Builds) > 1 || len(b.Builds) > 1 {
		fmt.Fprintf(w, "\nBuild times are medians of %d alternating rounds: %s %s; %s %s.\n", max(len(a.Builds), len(b.Builds)), a.Name, roundList(a.Builds), b.Name, roundList(b.Builds))
	}
	fmt.Fprintf(w, "\nParsing the files (part of both builds): %v. ", r.Parse.Round(time.Millisecond))
	if peer && r.Compared > 0 {
		fmt.Fprintf(w, "Match counts equal on %d of %d queries (the analyzers differ: Bleve's UAX #29 words, possessive and stop-word filters vs FTS5's unicode61; two Porter stemmers).", r.SameTotal, r.Compared)
	}
	fmt.Fprintln(w)

	fmt.Fprintln(w, "\nIn-process latency by kind of query:")
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "kind\tqueries\tReadouts p50\tSQLite p50\tReadouts p99\tSQLite p99\t")
	var kinds []string
	for k := range a.ByKind {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		ka, kb := a.ByKind[k], b.ByKind[k]
		fmt.Fprintf(tw, "%s\t%d\t%s\t%s\t%s\t%s\t\n", k, ka.N, ms(ka.P50), ms(kb.P50), ms(ka.P99), ms(kb.P99))
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
