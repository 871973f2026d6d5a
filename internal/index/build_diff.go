package index

import (
	"context"
	"strings"

	"github.com/readouts/readouts/internal/corpus"
)

// diffByStat returns the files that must be read, and the next manifest
// with the entries of those that need not be. Files whose size and
// modification time match the kept manifest are unchanged without being
// read. A file that could not be read last time is tried again: chmod does
// not change the modification time. Files under a folder that could not be
// listed keep what they had.
func (p *buildPlan) diffByStat() ([]corpus.File, *manifest) {
	sum, max := p.sum, p.opts.Parse.MaxFileBytes
	next := &manifest{MappingVersion: MappingVersion, Fingerprint: p.opts.Fingerprint, Files: map[string]*fileEntry{}}
	var toRead []corpus.File
	for _, f := range p.ls.Files {
		e, ok := p.old.Files[f.Key]
		if ok && e.Size == f.Size && e.ModTime == f.ModTime && !e.unreadable() && skippedAsTooLarge(e) == corpus.TooLarge(f.Size, max) {
			next.Files[f.Key] = e
			sum.Unchanged++
			continue
		}
		toRead = append(toRead, f)
	}
	for _, dir := range p.ls.Unreadable {
		kept := 0
		for key, e := range p.old.Files {
			if strings.HasPrefix(key, dir.Key+"/") {
				next.Files[key] = e
				kept++
			}
		}
		sum.Skipped++
		sum.SkippedFiles = append(sum.SkippedFiles, SkippedFile{File: dir.Path, Reason: dir.Reason})
		p.opts.Logger.Warn("skipped folder", "folder", dir.Path, "reason", dir.Reason, "kept_files", kept)
	}
	return toRead, next
}

// changes is what a build applies to the current generation.
type changes struct {
	next    *manifest             // the manifest after the run
	stale   map[string]*fileEntry // kept entries whose paragraphs must go: the file changed or is gone
	toParse []corpus.File         // files whose documents are read and indexed this run
	publish bool                  // a new generation is due
	touched bool                  // only modification times changed: the manifest needs an update
	dirty   bool                  // a file's entry changed
	// gone counts the content hashes of files that vanished, to tell a
	// renamed file from an added one.
	gone map[string]int
	// read holds the sketches of the documents of the files parsed this
	// run; releases, once the run is settled, every document's (versions).
	read     map[string][]releaseDoc
	releases []releaseDoc
}

// diffContent completes next with what the files' content says before any
// is parsed: a file the current generation holds is read and hashed, and
// one with the hash and outcome it had is unchanged (a touch, a copy, the
// same read error again) and not reported again; one that cannot be read
// now is skipped. The rest, and every file new to the index, are to be
// parsed (toParse), streamed to the batches by parseAll and counted by
// account as they come, so that the stale paragraphs are known, and
// deleted, before any is added.
func (p *buildPlan) diffContent(ctx context.Context, next *manifest, toRead []corpus.File) *changes {
	old := p.old
	ch := &changes{next: next, stale: map[string]*fileEntry{}, gone: map[string]int{}, read: map[string][]releaseDoc{}}
	for key, e := range old.Files {
		if _, ok := next.Files[key]; !ok {
			ch.stale[key] = e
		}
	}
	for key, e := range ch.stale {
		if !p.ls.Has(key) && e.Hash != "" {
			ch.gone[e.Hash]++
		}
	}
	var known []corpus.File
	for _, f := range toRead {
		if _, ok := old.Files[f.Key]; ok {
			known = append(known, f)
		}
	}
	changed := map[string]bool{}
	hashed := hashAll(ctx, known, p.opts)
	for i := range hashed {
		r := &hashed[i]
		if r.entry == nil {
			continue // canceled: the caller checks ctx
		}
		prev := old.Files[r.file.Key]
		if prev.Hash == r.entry.Hash && (r.entry.Skipped == "" || r.entry.Skipped == prev.Skipped) {
			// Not parsed: the same content parses as it did.
			r.entry.Skipped, r.entry.Docs = prev.Skipped, prev.Docs
			next.Files[r.file.Key] = r.entry
			delete(ch.stale, r.file.Key)
			ch.touched = ch.touched || prev.Size != r.entry.Size || prev.ModTime != r.entry.ModTime
			p.sum.Unchanged++
			continue
		}
		if r.entry.Skipped != "" {
			p.account(ch, r)
			continue
		}
		changed[r.file.Key] = true
	}
	for _, f := range toRead {
		if _, ok := old.Files[f.Key]; !ok || changed[f.Key] {
			ch.toParse = append(ch.toParse, f)
		}
	}
	ch.publish = p.full || ch.dirty || len(ch.toParse) > 0 || len(ch.stale) > 0
	return ch
}

// account records a file read this run in the next manifest and counts it
// as added, changed, renamed (its hash is that of a file gone) or skipped.
func (p *buildPlan) account(ch *changes, r *parsed) {
	sum, log := p.sum, p.opts.Logger
	_, existed := p.old.Files[r.file.Key]
	ch.next.Files[r.file.Key] = r.entry
	ch.read[r.file.Key] = r.releases
	ch.dirty = true
	for _, w := range r.warns {
		sum.Warnings++
		log.Warn("bad input", "file", r.file.Path, "error", w)
	}
	switch {
	case r.entry.Skipped != "":
		sum.Skipped++
		sum.SkippedFiles = append(sum.SkippedFiles, SkippedFile{File: r.file.Path, Reason: r.entry.Skipped})
		log.Warn("skipped", "file", r.file.Path, "reason", r.entry.Skipped)
	case existed:
		sum.Changed++
	case ch.gone[r.entry.Hash] > 0:
		sum.Renamed++
		ch.gone[r.entry.Hash]--
	default:
		sum.Added++
	}
}

// settle ends the run's accounting once every file is read: the sketches
// of the next generation and the files deleted (those gone and not
// renamed).
func (p *buildPlan) settle(ch *changes) {
	ch.releases = nextReleases(ch.next, ch.read, p.releases)
	for key := range ch.stale {
		if !p.ls.Has(key) {
			p.sum.Deleted++
		}
	}
	p.sum.Deleted -= p.sum.Renamed
}
