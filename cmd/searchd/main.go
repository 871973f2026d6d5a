// Command searchd serves the search API and page over the index the indexer
// publishes, switching to each new generation without a restart.
//
// Exit codes: 0 after a graceful shutdown (or --help, --version, a good
// --check-config), 1 when serving fails, 2 for bad usage or configuration.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/spf13/pflag"

	"github.com/readouts/readouts/internal/config"
	"github.com/readouts/readouts/internal/gazetteer"
	"github.com/readouts/readouts/internal/server"
	"github.com/readouts/readouts/internal/version"
)

func main() {
	if err := run(context.Background(), os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "searchd:", err)
		os.Exit(exitCode(err))
	}
}

func exitCode(err error) int {
	var ue *usageError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ue):
		return 2
	}
	return 1
}

// usageError is a mistake in the command line or configuration (exit code 2).
type usageError struct{ err error }

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := pflag.NewFlagSet("searchd", pflag.ContinueOnError)
	// --help goes to stdout; a bad flag is one line on stderr, from main.
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	config.Flags(fs, "index.dir", "server.addr", "gazetteer.file", "log.level")
	check := fs.Bool("check-config", false, "load and validate the configuration and the gazetteer, then exit: 0 if good, 2 if not")
	showVersion := fs.Bool("version", false, "print the version and exit")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			_, err := fmt.Fprintf(stdout, "Usage:\n  searchd [flags]   serve the search page and JSON API over the current index\n\nFlags:\n%s", fs.FlagUsages())
			return err
		}
		return &usageError{fmt.Errorf("%w (searchd --help lists the flags)", err)}
	}
	if *showVersion {
		_, err := fmt.Fprintln(stdout, "searchd", version.String())
		return err
	}
	if fs.NArg() > 0 {
		return &usageError{fmt.Errorf("unexpected argument %q (searchd takes only flags)", fs.Arg(0))}
	}
	cfg, err := config.Load(fs)
	if err != nil {
		return &usageError{err}
	}
	// The gazetteer lets a speaker filter on an alias ("Wang Yias") match
	// the canonical name paragraphs are indexed under, and name
	// suggestions match aliases ("tony" → Antony Blinken).
	g, err := gazetteer.Load(cfg.Gazetteer.File)
	if err != nil {
		return &usageError{fmt.Errorf("gazetteer.file: %w", err)}
	}
	if *check {
		_, err := fmt.Fprintln(stdout, "searchd: configuration OK")
		return err
	}
	return server.Run(ctx, cfg, g, cfg.Logger(stderr))
}
