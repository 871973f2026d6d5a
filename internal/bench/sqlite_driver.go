//go:build sqlite_fts5

package bench

// The C SQLite, with FTS5 (github.com/mattn/go-sqlite3 compiles it in only
// under this tag). Without the tag the driver is not linked at all, so
// FTS5Available is false and plain "go test ./..." never compiles the
// SQLite amalgamation, which took most of a minute of a cold test run.
import _ "github.com/mattn/go-sqlite3"
