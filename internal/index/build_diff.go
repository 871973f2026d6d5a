package index

import (
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
	next     *manifest             // the manifest after the run
	stale    map[string]*fileEntry // kept entries whose paragraphs must go: the file changed or is gone
	fresh    []parsed              // files read this run whose documents are indexed
	releases []releaseDoc          // every document's sketch, for linking versions
	publish  bool                  // a new generation is due
	touched  bool                  // only modification times changed: the manifest needs an update
}

// diffContent completes next with the files read this run and says what
// changed: a file read with the hash and outcome it had is unchanged (a
// touch, a copy, the same read error again) and is not reported again;
// any other is added, changed, renamed (its hash is that of a file gone) or
// skipped. It counts them into the summary, with the files deleted.
//
// It clears results: fresh holds what is indexed, and writeBatches lets go
// of each document once it is in a batch.
func (p *buildPlan) diffContent(next *manifest, results []parsed) *changes {
	sum, old, log := p.sum, p.old, p.opts.Logger
	ch := &changes{next: next, stale: map[string]*fileEntry{}}
	for key, e := range old.Files {
		if _, ok := next.Files[key]; !ok {
			ch.stale[key] = e
		}
	}
	gone := map[string]int{} // content hash of vanished files -> how many
	for key, e := range ch.stale {
		if !p.ls.Has(key) && e.Hash != "" {
			gone[e.Hash]++
		}
	}
	dirty := false // a file's entry changed
	for i := range results {
		r := &results[i]
		prev, existed := old.Files[r.file.Key]
		if existed && prev.Hash == r.entry.Hash && prev.Skipped == r.entry.Skipped {
			r.entry.Docs = prev.Docs
			next.Files[r.file.Key] = r.entry
			delete(ch.stale, r.file.Key)
			ch.touched = ch.touched || prev.Size != r.entry.Size || prev.ModTime != r.entry.ModTime
			sum.Unchanged++
			continue
		}
		next.Files[r.file.Key] = r.entry
		dirty = true
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
		case gone[r.entry.Hash] > 0:
			sum.Renamed++
			gone[r.entry.Hash]--
		default:
			sum.Added++
		}
		if len(r.docs) > 0 {
			ch.fresh = append(ch.fresh, *r)
		}
	}
	ch.releases = nextReleases(next, results, p.releases)
	clear(results)
	for key := range ch.stale {
		if !p.ls.Has(key) {
			sum.Deleted++
		}
	}
	sum.Deleted -= sum.Renamed
	ch.publish = p.full || dirty || len(ch.stale) > 0
	return ch
}
