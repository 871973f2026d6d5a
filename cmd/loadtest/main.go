// Command loadtest checks that searchd stays responsive and bounded under
// the most expensive load its API allows (issue 14): it indexes a corpus,
// starts searchd on loopback, has eight clients send the heaviest queries
// the limits let through while one client sends cheap queries, and reports
// the cheap queries' latency and searchd's resident memory.
//
//	go run ./cmd/loadtest                                  # the sample corpus, 30 s
//	go run ./cmd/loadtest --corpus ../shared/corpus --duration 60s
//
// It needs Linux (/proc for the memory figures) and is bounded: it stops
// after --duration and stops the searchd it started. Exit code 1 when a
// target is missed: searchd's peak RSS under 1.5 GB, cheap p99 under 100 ms,
// no cheap query failed.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/spf13/pflag"

	"github.com/readouts/readouts/internal/bench"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "loadtest:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string) error {
	o := bench.LoadOptions{Out: os.Stdout}
	fs := pflag.NewFlagSet("loadtest", pflag.ContinueOnError)
	fs.StringVar(&o.Corpus, "corpus", "testdata/sample", "corpus folder to index and search")
	fs.StringVar(&o.Index, "index", "", "use this existing index folder instead of building one")
	fs.DurationVar(&o.Duration, "duration", 30*time.Second, "how long the expensive clients run")
	fs.IntVar(&o.Clients, "clients", 8, "expensive clients")
	fs.DurationVar(&o.After, "after", 5*time.Second, "how long after the burst to measure memory again")
	fs.StringVar(&o.Log, "log", "", "keep searchd's log (warnings: timeouts, slow queries) in this file")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			return nil
		}
		return err
	}
	if _, err := os.Stat("gazetteer.yaml"); err != nil {
		return errors.New("run it from the repository's root folder (gazetteer.yaml, config.yaml)")
	}
	r, err := bench.LoadTest(ctx, o)
	if err != nil {
		return err
	}
	r.Write(os.Stdout)
	if len(r.Missed) > 0 {
		return fmt.Errorf("targets missed: %s", strings.Join(r.Missed, "; "))
	}
	return nil
}
