// Command indexer reads the corpus folders, parses each readout into dated,
// attributed paragraphs and publishes a new index generation for searchd.
// Re-running it applies only what changed. "indexer explain FILE" prints how
// one document is understood.
//
// Exit codes: 0 success (also when nothing changed), 1 failure, 2 bad
// configuration or usage, 3 another indexer is running.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/readouts/readouts/internal/index"
)

// Exit codes, documented in the README for cron users.
const (
	exitOK     = 0
	exitFailed = 1
	exitUsage  = 2
	exitLocked = 3
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "indexer:", err)
		os.Exit(exitCode(err))
	}
}

func exitCode(err error) int {
	var ue *usageError
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, index.ErrLocked):
		return exitLocked
	case errors.As(err, &ue):
		return exitUsage
	}
	return exitFailed
}
