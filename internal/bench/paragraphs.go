package bench

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/readouts/readouts/internal/parallel"
	"github.com/readouts/readouts/internal/readout"
)

// paragraph is what the SQLite peer stores and the query mix samples: the
// same paragraphs, with the same IDs and metadata, that the indexer makes
// of the generated files.
type paragraph struct {
	ID       string // "corpus/part-0001.jsonl:7#p3", as in the index
	Text     string
	Title    string
	Source   string
	Date     string // first day covered, YYYY-MM-DD; "" when undated
	End      string // the day after the last covered (a year's or month's, when the date names no day); "" when undated
	Day      bool   // the document is dated to the day (counterparts need it)
	Year     string // facet values, as the index has them
	Month    string
	Speakers []string
}

// parseOptions are the options the benchmark builds both engines with.
func parseOptions() readout.Options { return readout.Options{Attributor: headerSpeaker{}} }

// readCorpus parses the generated files exactly as index.Build does (same
// parser, options and IDs), on all cores, in file order.
func readCorpus(ctx context.Context, dir string) ([]paragraph, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	parts := make([][]paragraph, len(names))
	errs := make([]error, len(names))
	err = parallel.Each(ctx, len(names), func(i int) {
		parts[i], errs[i] = readFile(names[i], filepath.Base(dir))
	})
	if err != nil {
		return nil, err
	}
	var out []paragraph
	for i, p := range parts {
		if errs[i] != nil {
			return nil, errs[i]
		}
		out = append(out, p...)
	}
	return out, nil
}

func readFile(path, folder string) ([]paragraph, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	docs, err := readout.Parse(path, folder+"/"+filepath.Base(path), data, parseOptions())
	if err != nil {
		return nil, fmt.Errorf("generated corpus: %w", err)
	}
	var out []paragraph
	for _, d := range docs {
		var date, end, year, month string
		day := d.Date.Precision == readout.PrecisionDay
		if !d.Date.IsZero() {
			date = d.Date.Start().Format("2006-01-02")
			end = d.Date.End().Format("2006-01-02")
			year = fmt.Sprintf("%04d", d.Date.Year)
			if d.Date.Month > 0 && d.Date.Precision != readout.PrecisionYear {
				month = fmt.Sprintf("%04d-%02d", d.Date.Year, d.Date.Month)
			}
		}
		for _, p := range d.Paragraphs {
			out = append(out, paragraph{
				ID:       fmt.Sprintf("%s#p%d", d.ID, p.N),
				Text:     p.Text,
				Title:    d.Title,
				Source:   d.Source,
				Date:     date,
				End:      end,
				Day:      day,
				Year:     year,
				Month:    month,
				Speakers: p.Speakers,
			})
		}
	}
	return out, nil
}
