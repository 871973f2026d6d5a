package e2e

// The packages cmd/indexer and cmd/searchd import. Importing them here
// makes go test compile them, with this run's flags (-race too), before
// these tests start, so that buildBinaries finds them in the build cache
// and only links. Without them, in a cold "go test ./..." that go build
// compiled the same packages a second time, beside go test. A package
// missing here costs time, not correctness.
import (
	_ "github.com/prometheus/client_golang/prometheus"
	_ "github.com/prometheus/common/expfmt"
	_ "github.com/spf13/pflag"

	_ "github.com/readouts/readouts/internal/attribution"
	_ "github.com/readouts/readouts/internal/config"
	_ "github.com/readouts/readouts/internal/gazetteer"
	_ "github.com/readouts/readouts/internal/index"
	_ "github.com/readouts/readouts/internal/readout"
	_ "github.com/readouts/readouts/internal/server"
	_ "github.com/readouts/readouts/internal/version"
)
