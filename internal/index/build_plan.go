package index

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/readouts/readouts/internal/corpus"
)

// buildPlan is where a build starts: the corpus as it is now, the
// generation being served, and whether what it holds is kept.
type buildPlan struct {
	opts BuildOptions
	ls   *corpus.Listing
	cur  string    // the generation being served; "" before the first build
	old  *manifest // what is kept of cur: nothing when full
	// releases are the sketches of cur's documents, for linking versions
	// (versions.go); nil when full.
	releases map[string]releaseDoc
	full     bool // index everything into a fresh generation; sum.Rebuilt says why
	sum      *Summary
}

// plan lists the corpus and reads the current generation's manifest, and
// decides whether this build updates that generation or indexes everything
// anew (a non-empty force is a reason to). It refuses a corpus that yields
// nothing, and one whose folder lost all its documents (ErrCorpusGone),
// unless opts.Rebuild.
func plan(opts BuildOptions, force string) (*buildPlan, error) {
	ls, err := corpus.Scan(opts.Corpus, opts.Exclude)
	if err != nil {
		return nil, err
	}
	p := &buildPlan{opts: opts, ls: ls, old: &manifest{Files: map[string]*fileEntry{}}, sum: &Summary{Ignored: ls.Ignored}}
	sum := p.sum

	// What the current generation holds, and whether it can be trusted.
	cur, err := CurrentGeneration(opts.Dir)
	switch {
	case errors.Is(err, ErrNoIndex):
		sum.Rebuilt = "no index yet"
	case err != nil:
		return nil, err
	default:
		p.cur = cur
		m, err := readManifest(cur)
		if err != nil {
			sum.Rebuilt = "unreadable manifest: " + err.Error()
			break
		}
		if !opts.Rebuild {
			if err := checkCorpusKept(m, ls, opts.Corpus); err != nil {
				return nil, err
			}
		}
		switch {
		case force != "":
			sum.Rebuilt = force
		case opts.Rebuild:
			sum.Rebuilt = "--rebuild"
		case m.MappingVersion != MappingVersion:
			sum.Rebuilt = fmt.Sprintf("index mapping changed (version %d -> %d)", m.MappingVersion, MappingVersion)
		case m.Fingerprint != opts.Fingerprint:
			sum.Rebuilt = "analysis changed: " + fingerprintDiff(m.Fingerprint, opts.Fingerprint)
		default:
			// The sketches of unchanged documents come from the current
			// generation; one built before versions existed has none.
			if p.releases, err = readReleases(cur); err != nil {
				sum.Rebuilt = err.Error()
				break
			}
			p.old = m
		}
	}
	// A folder that yields nothing is a mistake more often than not (the
	// wrong path, files of another type): say so on every run, and fail
	// when no folder yields anything, unless --rebuild asks for an empty
	// index.
	if len(ls.Files) == 0 && len(ls.Unreadable) == 0 && !opts.Rebuild {
		var why []string
		for _, d := range ls.Empty {
			why = append(why, d.Path+" "+d.Reason())
		}
		return nil, fmt.Errorf("corpus.dirs: %w: %s", ErrEmptyCorpus, strings.Join(why, "; "))
	}
	for _, d := range ls.Empty {
		sum.Skipped++
		sum.SkippedFiles = append(sum.SkippedFiles, SkippedFile{File: d.Path, Reason: d.Reason()})
		opts.Logger.Warn("skipped folder", "folder", d.Path, "reason", d.Reason())
	}
	p.full = sum.Rebuilt != ""
	if p.full && cur != "" {
		opts.Logger.Info("rebuilding the whole index", "reason", sum.Rebuilt)
	}
	return p, nil
}

// unusableError says the current generation cannot be updated in place
// (its Bleve index does not open, or disagrees with its manifest); Build
// then indexes everything into a fresh generation.
type unusableError struct{ err error }

func (e *unusableError) Error() string { return e.err.Error() }
func (e *unusableError) Unwrap() error { return e.err }

// checkCorpusKept returns ErrCorpusGone when a configured corpus folder
// that has documents in m holds no supported file now.
func checkCorpusKept(m *manifest, ls *corpus.Listing, dirs []string) error {
	had := map[string]int{}
	for key, e := range m.Files {
		if len(e.Docs) > 0 {
			had[strings.SplitN(key, "/", 2)[0]]++
		}
	}
	has := map[string]bool{}
	for _, f := range ls.Files {
		has[strings.SplitN(f.Key, "/", 2)[0]] = true
	}
	for _, dir := range dirs {
		base := filepath.Base(filepath.Clean(dir))
		if n := had[base]; n > 0 && !has[base] {
			return fmt.Errorf("%s: %w, but the index has %d files from it; not emptying the index (run with --rebuild if this is intended)", dir, ErrCorpusGone, n)
		}
	}
	return nil
}

// fingerprintDiff names the key=value fields that differ between two
// fingerprints: "gazetteer (3fa2 -> 9c01)".
func fingerprintDiff(was, now string) string {
	fields := func(s string) (map[string]string, []string) {
		m := map[string]string{}
		var keys []string
		for _, f := range strings.Fields(s) {
			k, v, ok := strings.Cut(f, "=")
			if !ok || v == "" {
				v = "yes" // a bare flag
			}
			if _, dup := m[k]; !dup {
				keys = append(keys, k)
			}
			m[k] = v
		}
		return m, keys
	}
	a, akeys := fields(was)
	b, bkeys := fields(now)
	var diffs []string
	seen := map[string]bool{}
	for _, k := range append(bkeys, akeys...) {
		if seen[k] {
			continue
		}
		seen[k] = true
		if a[k] != b[k] {
			diffs = append(diffs, fmt.Sprintf("%s (%s -> %s)", k, orNone(a[k]), orNone(b[k])))
		}
	}
	if len(diffs) == 0 {
		return "fingerprint differs"
	}
	return strings.Join(diffs, ", ")
}

// orNone shortens a fingerprint value for a log line: hashes to 12 digits.
func orNone(s string) string {
	switch {
	case s == "":
		return "none"
	case len(s) > 16:
		return s[:12] + "…"
	}
	return s
}
