package index

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"strings"

	"github.com/readouts/readouts/internal/corpus"
	"github.com/readouts/readouts/internal/parallel"
	"github.com/readouts/readouts/internal/readout"
)

// parsed is a file read and parsed by a worker.
type parsed struct {
	file  corpus.File
	entry *fileEntry
	docs  []*readout.Document
	warns []error
	// releases sketch the documents for linking versions (versions.go).
	releases []releaseDoc
}

// readAhead is how many files the build reads and parses ahead of the
// batches that index them. The parsed text of a file is held until its
// batch is built, so this, not the size of the corpus, bounds the build's
// memory: a full build of 10 million paragraphs that parsed every file
// first held 17-20 GB (docs/BENCHMARKS.md, step 34).
const readAhead = 8

// parseAll reads, hashes, parses and attributes files on all cores,
// readAhead at most ahead of the loop, and yields them in input order (the
// attributor in opts.Parse finds who speaks and who is mentioned in each
// paragraph). A canceled run stops early: the caller checks ctx.
func parseAll(ctx context.Context, files []corpus.File, opts BuildOptions) iter.Seq[*parsed] {
	return func(yield func(*parsed) bool) {
		done := 0
		for r := range parallel.Ordered(ctx, len(files), readAhead, func(i int) *parsed {
			r := parseOne(files[i], opts.Parse)
			return &r
		}) {
			done++
			if opts.Progress != nil {
				opts.Progress(done, len(files))
			}
			if !yield(r) {
				return
			}
		}
	}
}

// hashAll reads and hashes files on all cores, in input order, without
// parsing them: what an incremental build needs to tell a changed file from
// a touched one before it indexes anything.
func hashAll(ctx context.Context, files []corpus.File, opts BuildOptions) []parsed {
	out := make([]parsed, len(files))
	// A canceled run leaves zero entries: the caller checks ctx first.
	_ = parallel.Each(ctx, len(files), func(i int) {
		out[i], _ = readOne(files[i], opts.Parse)
	})
	return out
}

// parseOne reads, hashes and parses one file. Whatever goes wrong is
// recorded in entry.Skipped; an entry with no hash could not be read. A
// panic in the parser skips this file only: one malformed document must
// never stop a run, nor every later run (it stays recorded by its hash and
// is retried when it changes).
func parseOne(f corpus.File, po readout.Options) (r parsed) {
	r, data := readOne(f, po)
	if r.entry.Skipped != "" {
		return r
	}
	defer func() {
		if p := recover(); p != nil {
			r.docs, r.warns, r.entry.Docs, r.releases = nil, nil, nil, nil
			r.entry.Skipped = fmt.Sprintf("internal error while parsing (please report it with the file): %v", p)
		}
	}()
	docs, err := readout.Parse(f.Path, f.Key, data, po)
	if err != nil && len(docs) == 0 {
		r.entry.Skipped = reason(err)
		return r
	}
	if err != nil {
		r.warns = append(r.warns, err)
	}
	r.docs = docs
	for _, d := range docs {
		r.entry.Docs = append(r.entry.Docs, docEntry{ID: d.ID, Paragraphs: len(d.Paragraphs), Dated: !d.Date.IsZero()})
		r.releases = append(r.releases, newReleaseDoc(d))
	}
	return r
}

// readOne reads and hashes one file and returns its content; a file that
// cannot be read, or is too large, comes back with entry.Skipped set and
// no content.
func readOne(f corpus.File, po readout.Options) (parsed, []byte) {
	r := parsed{file: f, entry: &fileEntry{Size: f.Size, ModTime: f.ModTime}}
	skipTooLarge := func(size int64) {
		r.entry.Skipped = fmt.Sprintf("file too large: %d bytes, limit %d (corpus.max_file_bytes)", size, po.MaxFileBytes)
		r.entry.Hash = fmt.Sprintf("%s%d", tooLargeHash, size)
	}
	if corpus.TooLarge(f.Size, po.MaxFileBytes) {
		skipTooLarge(f.Size)
		return r, nil
	}
	c, err := corpus.Read(f.Path, po.MaxFileBytes)
	if err != nil {
		r.entry.Skipped = "cannot read: " + corpus.Pathless(err)
		return r, nil
	}
	r.entry.Size, r.entry.ModTime = c.Size, c.ModTime
	if corpus.TooLarge(int64(len(c.Data)), po.MaxFileBytes) {
		skipTooLarge(r.entry.Size) // grew since the scan
		return r, nil
	}
	r.entry.Hash = corpus.Hash(c.Data)
	return r, c.Data
}

// tooLargeHash prefixes the size recorded as the hash of a file skipped as
// larger than corpus.max_file_bytes: its content was never read.
const tooLargeHash = "size:"

// skippedAsTooLarge reports whether e is a file skipped as too large. When
// corpus.max_file_bytes changes so that it no longer is (or a file indexed
// before now is), the file is read again although it did not change.
func skippedAsTooLarge(e *fileEntry) bool { return strings.HasPrefix(e.Hash, tooLargeHash) }

// reason is a parse error's message without the file name the log line
// already gives: "binary content: NUL byte at offset 12 (line 1)".
func reason(err error) string {
	var fe *readout.FileError
	if errors.As(err, &fe) {
		if fe.Line > 0 {
			return fmt.Sprintf("line %d: %v", fe.Line, fe.Err)
		}
		return fe.Err.Error()
	}
	return err.Error()
}
