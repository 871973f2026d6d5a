package bench

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/readouts/readouts/internal/parallel"
	"github.com/readouts/readouts/internal/readout"
)

// corpusName is the generated corpus folder's name, and so the first part
// of every document ID the indexer gives it ("corpus/part-0001.jsonl:7").
const corpusName = "corpus"

// docsPerFile keeps generated files at a few MB, like a day's feed.
const docsPerFile = 500

// GenerateOptions say how large a corpus to generate, from what.
type GenerateOptions struct {
	Source     string // folder of real corpus folders (../shared/corpus)
	Dir        string // output: Dir/corpus/part-NNNN.jsonl
	Paragraphs int    // how many paragraphs to write
	Seed       uint64 // the same seed gives the same corpus
}

// Generated describes a generated corpus.
type Generated struct {
	Dir        string // the corpus folder, for BuildOptions.Corpus
	Files      int
	Documents  int
	Paragraphs int // as written; the parser may merge a very short one
	Sources    int // real documents sampled from
}

// record is one generated document, one line of a JSON Lines file. The
// keys are the header keys the real files use, so the parser treats a
// generated document like a real one.
type record struct {
	Title     string `json:"title,omitempty"`
	Date      string `json:"date,omitempty"`
	Precision string `json:"date_precision,omitempty"`
	Publisher string `json:"publisher,omitempty"`
	URL       string `json:"url,omitempty"`
	Speaker   string `json:"speaker,omitempty"`
	Origin    string `json:"origin"` // the real document it was sampled from
	Copy      int    `json:"copy"`   // 0 for the first use of that document
	Text      string `json:"text"`
}

// source is a real document to sample from.
type source struct {
	doc    *readout.Document
	folder string
}

// Generate writes opts.Paragraphs paragraphs of real readouts: whole real
// documents in a random order, cycling through the corpus as often as
// needed. The first use of a document keeps its metadata; later copies get
// their own IDs, a date and (half the time) a speaker drawn from other
// documents of the same folder, so repeated text is spread over plausible
// dates and speakers rather than piling onto one.
func Generate(ctx context.Context, opts GenerateOptions) (*Generated, error) {
	if opts.Paragraphs <= 0 {
		return nil, fmt.Errorf("paragraphs: must be positive, got %d", opts.Paragraphs)
	}
	srcs, err := loadSources(ctx, opts.Source)
	if err != nil {
		return nil, err
	}
	if len(srcs) == 0 {
		return nil, fmt.Errorf("corpus %s: no documents", opts.Source)
	}
	// Per folder, the dates and speakers copies draw from.
	dates := map[string][]readout.Date{}
	speakers := map[string][]string{}
	seen := map[string]bool{}
	for _, s := range srcs {
		if !s.doc.Date.IsZero() {
			dates[s.folder] = append(dates[s.folder], s.doc.Date)
		}
		if sp := speakerOf(s.doc.Meta); sp != "" && !seen[s.folder+"\x00"+sp] {
			seen[s.folder+"\x00"+sp] = true
			speakers[s.folder] = append(speakers[s.folder], sp)
		}
	}

	out := filepath.Join(opts.Dir, corpusName)
	if err := os.RemoveAll(out); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return nil, err
	}
	g := &Generated{Dir: out, Sources: len(srcs)}
	rng := rand.New(rand.NewPCG(opts.Seed, 0x5eed))
	var w *bufio.Writer
	var f *os.File
	closeFile := func() error {
		if f == nil {
			return nil
		}
		if err := w.Flush(); err != nil {
			f.Close()
			return err
		}
		err := f.Close()
		f = nil
		return err
	}
	for copyN := 0; g.Paragraphs < opts.Paragraphs; copyN++ {
		order := rng.Perm(len(srcs))
		for _, i := range order {
			if g.Paragraphs >= opts.Paragraphs {
				break
			}
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			s := srcs[i]
			rec := record{
				Title:     s.doc.Title,
				Publisher: s.doc.Source,
				URL:       s.doc.URL,
				Speaker:   speakerOf(s.doc.Meta),
				Origin:    s.doc.ID,
				Copy:      copyN,
			}
			date := s.doc.Date
			if copyN > 0 {
				if ds := dates[s.folder]; len(ds) > 0 {
					date = ds[rng.IntN(len(ds))]
				}
				if sp := speakers[s.folder]; len(sp) > 0 && rng.IntN(2) == 0 {
					rec.Speaker = sp[rng.IntN(len(sp))]
				}
			}
			rec.Date = date.String()
			if date.Precision == readout.PrecisionYear {
				rec.Precision = "year"
			}
			paras := s.doc.Paragraphs
			if left := opts.Paragraphs - g.Paragraphs; len(paras) > left {
				paras = paras[:left]
			}
			texts := make([]string, len(paras))
			for j, p := range paras {
				texts[j] = p.Text
			}
			rec.Text = strings.Join(texts, "\n\n")
			if g.Documents%docsPerFile == 0 {
				if err := closeFile(); err != nil {
					return nil, err
				}
				g.Files++
				f, err = os.Create(filepath.Join(out, fmt.Sprintf("part-%04d.jsonl", g.Files)))
				if err != nil {
					return nil, err
				}
				w = bufio.NewWriterSize(f, 1<<20)
			}
			line, err := json.Marshal(rec)
			if err != nil {
				return nil, err
			}
			w.Write(line)
			if err := w.WriteByte('\n'); err != nil {
				return nil, err
			}
			g.Documents++
			g.Paragraphs += len(paras)
		}
	}
	if err := closeFile(); err != nil {
		return nil, err
	}
	return g, nil
}

// loadSources parses every supported file under the folders of root, sorted
// by ID so that the seed alone decides the sample.
func loadSources(ctx context.Context, root string) ([]source, error) {
	type job struct{ path, id, folder string }
	var jobs []job
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() || strings.HasPrefix(name, ".") || !readout.Supported(name) {
			return nil
		}
		if strings.HasPrefix(name, "README") || strings.HasPrefix(name, "MANIFEST") {
			return nil
		}
		rel, err := filepath.Rel(root, path)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		folder, _, ok := strings.Cut(rel, "/")
		if !ok {
			return nil // files beside the folders (README.md)
		}
		jobs = append(jobs, job{path: path, id: rel, folder: folder})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("corpus %s: %w", root, err)
	}
	out := make([]source, len(jobs))
	err = parallel.Each(ctx, len(jobs), func(i int) {
		docs, _ := readout.ParseFile(jobs[i].path, jobs[i].id, readout.Options{})
		if len(docs) > 0 {
			out[i] = source{doc: docs[0], folder: jobs[i].folder}
		}
	})
	if err != nil {
		return nil, err
	}
	srcs := out[:0]
	for _, s := range out {
		if s.doc != nil && len(s.doc.Paragraphs) > 0 {
			srcs = append(srcs, s)
		}
	}
	sort.Slice(srcs, func(i, j int) bool { return srcs[i].doc.ID < srcs[j].doc.ID })
	return srcs, nil
}
