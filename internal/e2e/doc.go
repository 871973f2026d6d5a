// Package e2e runs the indexer and searchd as real processes against a
// temporary corpus and index folder: re-indexing while searchd serves,
// indexers killed with SIGKILL mid-run, and overlapping cron runs. It holds
// tests only. They build both binaries once per run and share them (with
// -race when the tests run with -race, as CI runs the concurrent cases),
// run in parallel, each in its own folder and on its own port, and are all
// skipped under -short.
package e2e
