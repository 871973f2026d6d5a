package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/pflag"

	"github.com/readouts/readouts/internal/attribution"
	"github.com/readouts/readouts/internal/config"
	"github.com/readouts/readouts/internal/gazetteer"
	"github.com/readouts/readouts/internal/index"
	"github.com/readouts/readouts/internal/readout"
	"github.com/readouts/readouts/internal/version"
)

// usageError is a mistake in the command line or configuration.
type usageError struct{ err error }

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }

// parserVersion changes when parsing or attribution changes what a document
// yields, so that existing indexes are rebuilt rather than mixed.
// TestParserVersion fails when the sample corpus's output changes and this
// does not. 3: the attribution rules of 2026-12-02 and 12-03 (issue 11).
const parserVersion = "95"

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := pflag.NewFlagSet("indexer", pflag.ContinueOnError)
	// --help goes to stdout; a bad flag is one line on stderr, from main.
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	config.Flags(fs, "corpus.dirs", "index.dir", "gazetteer.file", "log.level")
	rebuild := fs.Bool("rebuild", false, "re-index every document, ignoring the current index")
	asJSON := fs.Bool("json", false, "print the summary as JSON")
	wait := fs.Duration("wait", 0, "wait this long for another running indexer before giving up (exit code 3)")
	verbose := fs.BoolP("verbose", "v", false, "print the summary even when nothing changed")
	metricsFile := fs.String("metrics-file", "", "after each run, write its figures to this file for node_exporter's textfile collector")
	showVersion := fs.Bool("version", false, "print the version and exit")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			_, err := fmt.Fprintf(stdout, "Usage:\n  indexer [flags]                index the corpus (only what changed)\n  indexer explain [flags] FILE   show how one document is understood\n\nFlags:\n%s", fs.FlagUsages())
			return err
		}
		return &usageError{fmt.Errorf("%w (indexer --help lists the flags)", err)}
	}
	if *showVersion {
		_, err := fmt.Fprintln(stdout, "indexer", version.String())
		return err
	}
	cfg, err := config.Load(fs)
	if err != nil {
		return &usageError{err}
	}
	log := cfg.Logger(stderr)
	g, err := gazetteer.Load(cfg.Gazetteer.File)
	if err != nil {
		return &usageError{fmt.Errorf("gazetteer.file: %w", err)}
	}
	popts := readout.Options{
		MaxParagraph: cfg.Parse.MaxParagraph,
		MinParagraph: cfg.Parse.MinParagraph,
		MaxFileBytes: cfg.Corpus.MaxFileBytes,
		Attributor:   sections{attribution.New(g), sectionParagraphs, sectionBytes, pieceBytes},
	}

	if fs.NArg() > 0 && fs.Arg(0) == "explain" {
		if fs.NArg() != 2 {
			return &usageError{errors.New("explain takes exactly one FILE")}
		}
		return explain(stdout, fs.Arg(1), popts)
	}
	if fs.NArg() > 0 {
		return &usageError{fmt.Errorf("unknown command %q (want no argument, or explain FILE)", fs.Arg(0))}
	}

	opts := index.BuildOptions{
		Dir:         cfg.Index.Dir,
		Corpus:      cfg.Corpus.Dirs,
		Exclude:     cfg.Corpus.Exclude,
		Parse:       popts,
		Fingerprint: fmt.Sprintf("parser=%s gazetteer=%s max=%d min=%d", parserVersion, g.Fingerprint(), popts.MaxParagraph, popts.MinParagraph),
		Rebuild:     *rebuild,
		LockWait:    *wait,
		Keep:        cfg.Index.KeepGenerations,
		Logger:      log,
	}
	if isTerminal(stdout) && !*asJSON {
		opts.Progress = progressBar(stdout)
	}
	sum, err := index.Build(ctx, opts)
	reportMetrics(*metricsFile, sum, err, log)
	if err != nil {
		return err
	}
	return report(stdout, sum, *asJSON, *verbose)
}

// report prints nothing when nothing changed (cron mails only news), a
// one-line summary otherwise, or JSON when asked.
func report(w io.Writer, s *index.Summary, asJSON, verbose bool) error {
	if asJSON {
		out := struct {
			*index.Summary
			Duration string `json:"duration"`
		}{s, s.Duration.Round(time.Millisecond).String()}
		b, err := json.Marshal(out)
		if err != nil {
			return err
		}
		_, err = fmt.Fprintln(w, string(b))
		return err
	}
	if !s.Published && s.Skipped == 0 && !verbose {
		return nil
	}
	line := fmt.Sprintf("indexed: %d added, %d changed, %d renamed, %d deleted, %d unchanged, %d skipped; %d documents (%d undated), %d paragraphs in %s; %s",
		s.Added, s.Changed, s.Renamed, s.Deleted, s.Unchanged, s.Skipped, s.Documents, s.Undated, s.Paragraphs,
		s.Duration.Round(time.Millisecond), s.Generation)
	if !s.Published {
		line += " (nothing changed)"
	}
	if s.Rebuilt != "" {
		line += " (full build: " + s.Rebuilt + ")"
	}
	_, err := fmt.Fprintln(w, line)
	return err
}

// explain prints one JSON object per paragraph: how the document is understood.
func explain(w io.Writer, path string, opts readout.Options) error {
	id := filepath.Base(path)
	docs, err := readout.ParseFile(path, id, opts)
	if err != nil && len(docs) == 0 {
		return err
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, d := range docs {
		for _, p := range d.Paragraphs {
			line := explainLine{
				Document:   d.ID,
				Title:      d.Title,
				Date:       d.Date.String(),
				DateSource: string(d.Date.Origin),
				Precision:  string(d.Date.Precision),
				Issuer:     d.Issuer,
				Country:    d.Country,
				Paragraph:  p.N,
				Text:       p.Text,
				Speakers:   nonNil(p.Speakers),
				Mentions:   nonNil(p.Mentions),
				Acts:       nonNil(p.Acts),
				Turn:       p.Turn,
			}
			for _, sa := range p.SpeakerActs {
				line.SpeakerActs = append(line.SpeakerActs, sa.Speaker+": "+sa.Act)
			}
			for _, r := range p.Why {
				line.Why = append(line.Why, r.String())
			}
			if err := enc.Encode(line); err != nil {
				return err
			}
		}
	}
	return err // bad lines in a JSON Lines file, after the good ones
}

type explainLine struct {
	Document   string   `json:"document"`
	Title      string   `json:"title,omitempty"`
	Date       string   `json:"date"`
	DateSource string   `json:"date_source,omitempty"`
	Precision  string   `json:"date_precision,omitempty"`
	Issuer     string   `json:"issuer,omitempty"`
	Country    string   `json:"country,omitempty"`
	Paragraph  int      `json:"paragraph"`
	Text       string   `json:"text"`
	Speakers   []string `json:"speakers"`
	Mentions   []string `json:"mentions"`
	Acts       []string `json:"acts"` // speech acts of its speakers: "urged", "expressed-concern"
	// SpeakerActs says who did each: "Wang Yi: expressed-concern".
	SpeakerActs []string `json:"speaker_acts,omitempty"`
	Turn        string   `json:"turn,omitempty"` // "question" or "answer" in a transcript
	Why         []string `json:"why,omitempty"`
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// progressBar draws "[#####.....] 512/1024" on one terminal line.
func progressBar(w io.Writer) func(done, total int) {
	last := time.Time{}
	return func(done, total int) {
		if total == 0 || (done < total && time.Since(last) < 100*time.Millisecond) {
			return
		}
		last = time.Now()
		const width = 30
		n := done * width / total
		fmt.Fprintf(w, "\r[%s%s] %d/%d files", strings.Repeat("#", n), strings.Repeat(".", width-n), done, total)
		if done == total {
			fmt.Fprint(w, "\r\033[K")
		}
	}
}
