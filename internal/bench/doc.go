// Package bench measures Readouts against SQLite FTS5 and Lucene on the same
// generated corpus and the same query mix: build time and size, in-process
// query latency, and Readouts and SQLite served over HTTP on loopback
// (throughput, p99, resident memory, time to ready). Lucene runs as a Java
// program in its own JVM, in process only, first pass and JIT-settled; it
// is skipped, with the reason, where Java or Debian's Lucene jars are absent. It generates its corpus deterministically
// from the real readouts in ../shared/corpus, writes JSON Lines files the
// indexer reads like any other corpus, and prints one table.
//
// It is a benchmark, not a test suite: CI runs it only at a tiny size
// (bench_test.go) to keep it from rotting. It does not tune anything itself;
// docs/BENCHMARKS.md records what its numbers led to.
package bench
