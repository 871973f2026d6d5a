// Command searchd serves the search API and page over the index the indexer
// publishes, switching to each new generation without a restart.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"

	"github.com/spf13/pflag"

	"github.com/readouts/readouts/internal/config"
	"github.com/readouts/readouts/internal/gazetteer"
	"github.com/readouts/readouts/internal/server"
)

func main() {
	if err := run(context.Background(), os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "searchd:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string) error {
	fs := pflag.NewFlagSet("searchd", pflag.ContinueOnError)
	config.Flags(fs)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			return nil
		}
		return err
	}
	cfg, err := config.Load(fs)
	if err != nil {
		return err
	}
	log := cfg.Logger(os.Stderr)
	// The gazetteer lets a speaker filter on an alias ("Wang Yias") match
	// the canonical name paragraphs are indexed under.
	g, err := gazetteer.Load(cfg.Gazetteer.File)
	if err != nil {
		return fmt.Errorf("gazetteer.file: %w", err)
	}
	return server.Run(ctx, cfg, g.Canonical, log)
}
