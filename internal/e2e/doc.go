// Package e2e runs the indexer and searchd as real processes against a
// temporary corpus and index folder: re-indexing while searchd serves,
// indexers killed with SIGKILL mid-run, and overlapping cron runs. It holds
// tests only; they build both binaries first (with -race when the tests run
// with -race), and the slow ones are skipped under -short.
package e2e
