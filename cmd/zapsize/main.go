// Command zapsize prints where the bytes of an index go: for each zap
// segment file of a generation, per field, the term dictionary (vellum
// FST), the postings bitmaps, the frequencies and norms, the locations
// (positions) and the doc values, and the stored fields (the _id values,
// the per-field metadata, the snappy-compressed values, with each field's
// uncompressed bytes). It reads the files as zap v17 writes them (the
// segment type Bleve v2.6 writes by default); an older segment is refused.
// It is a measuring tool for docs/BENCHMARKS.md (issue 16, index size),
// not part of serving:
//
//	go run ./cmd/zapsize /tmp/readouts-bench-100k/index/gen-1
//	go run ./cmd/zapsize --terms 20 --field text FILE.zap
package main

import (
	"context"
	"fmt"
	"os"

	"github.com/spf13/pflag"

	// Readouts' zap codec (zapcodec.go): its reader hook, for segments
	// written with it.
	_ "github.com/readouts/readouts/internal/index"
)

func main() {
	if err := run(context.Background(), os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "zapsize:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string) error {
	fs := pflag.NewFlagSet("zapsize", pflag.ContinueOnError)
	field := fs.String("field", "", "with --terms: the field whose largest terms to list")
	terms := fs.Int("terms", 0, "list this many of the field's terms with the most bytes")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return fmt.Errorf("usage: zapsize [--terms N --field F] GENERATION-DIR|SEGMENT.zap")
	}
	files, err := segmentFiles(fs.Arg(0))
	if err != nil {
		return err
	}
	for _, path := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		r, err := measure(path, *field, *terms)
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		r.print(os.Stdout)
	}
	return nil
}
