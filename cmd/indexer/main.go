// Command indexer reads the corpus folders, parses each readout into dated,
// attributed paragraphs and publishes a new index generation for searchd.
// Re-running it applies only what changed. "indexer explain FILE" prints how
// one document is understood.
//
// Output is made for cron: nothing on stdout when nothing changed, one
// summary line otherwise (--json for JSON, -v to print it always), one
// warning line on stderr per file skipped. A progress bar is drawn only
// when stdout is a terminal.
//
// Exit codes: 0 success (also when nothing changed or some files were
// skipped), 1 failure (nothing was published; searchd keeps serving the
// previous generation), 2 bad configuration or usage, 3 another indexer is
// running (and --wait, if given, ran out).
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"runtime/debug"
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
	// The handler stays installed until the process exits: a SIGTERM that
	// lands after the run has finished must not turn a published, reported
	// success into death by signal.
	// Indexing allocates heavily and briefly; a lazier collector makes a
	// full build faster for some memory (State Dept + White House, 4,045
	// documents: GOGC=100 10.6-11.1 s, 1.0-1.1 GB peak; 200: 9.7-10.3 s,
	// 1.1-1.35 GB). An explicit GOGC still wins.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(200)
	}
	ctx, _ := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	if err != nil {
		fmt.Fprintln(os.Stderr, "indexer:", message(err))
		os.Exit(exitCode(err))
	}
}

// message is what the operator reads for err.
func message(err error) string {
	switch {
	case errors.Is(err, index.ErrLocked):
		return err.Error() + "; this run did nothing (exit code 3; --wait 10m waits for it)"
	case errors.Is(err, context.Canceled):
		return "interrupted; nothing was published, searchd keeps the current index"
	}
	return err.Error()
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
