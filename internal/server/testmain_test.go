package server_test

import (
	"testing"

	"github.com/readouts/readouts/internal/testindex"
)

// TestMain removes the indexes testindex.Shared built once the tests end.
func TestMain(m *testing.M) { testindex.Main(m) }
