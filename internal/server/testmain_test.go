package server_test

import (
	"testing"

	"github.com/readouts/readouts/internal/testindex"
)

// TestMain runs the tests in a temporary folder of their own and removes it,
// with the indexes testindex.Shared built, once the tests end.
func TestMain(m *testing.M) { testindex.Main(m) }
