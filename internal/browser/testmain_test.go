package browser_test

import (
	"path/filepath"
	"testing"

	"github.com/readouts/readouts/internal/testindex"
)

// browserCorpus is the few readouts about Taiwan that the page tests of
// internal/server serve too (its pages_test.go): Wang Yi in 2021 and 2022,
// Antony Blinken, Wendy Sherman, and one whose title, publisher and text
// are markup meant to run in a browser.
var browserCorpus = filepath.Join(testindex.Root(), "internal", "server", "testdata", "browser")

// Two of its documents, by ID.
const (
	callDoc   = "browser/2021-11-14_wang-yi-blinken-call.txt"
	unsafeDoc = "browser/2022-08-02_unsafe-markup.txt"
)

// TestMain runs the tests in a temporary folder of their own and removes it,
// with the indexes testindex.Shared built and the browser the tests shared,
// once the tests end.
func TestMain(m *testing.M) { testindex.Main(m, closeBrowser) }
