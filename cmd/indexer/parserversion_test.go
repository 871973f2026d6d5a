package main

import (
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/readouts/readouts/internal/attribution"
	"github.com/readouts/readouts/internal/corpus"
	"github.com/readouts/readouts/internal/gazetteer"
	"github.com/readouts/readouts/internal/readout"
)

var updateParserVersion = flag.Bool("update-parser-version", false, "record the sample's parse and attribution fingerprint for a new parserVersion")

const parserVersionGolden = "testdata/parser_version.golden"

// TestParserVersion holds parserVersion to what parsing and attribution
// yield. An index built by an older indexer is rebuilt only when its
// fingerprint differs, and parserVersion is the part of it that stands for
// the code; a change to the rules that kept the version would leave every
// deployed index with the old speakers of its unchanged documents. So the
// explain output of the sample corpus is hashed and recorded beside the
// version: when the output changes, the version must change too, and the
// new hash can only be recorded for a new version.
func TestParserVersion(t *testing.T) {
	g, err := gazetteer.Load("../../gazetteer.yaml")
	if err != nil {
		t.Fatal(err)
	}
	opts := readout.Options{Attributor: sections{attribution.New(g), sectionParagraphs, sectionBytes, pieceBytes}}
	ls, err := corpus.Scan([]string{"../../testdata/sample"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(ls.Files) < 100 {
		t.Fatalf("sample: %d files; want the whole sample corpus", len(ls.Files))
	}
	h := sha256.New()
	for _, f := range ls.Files {
		fmt.Fprintf(h, "%s\n", f.Key)
		if err := explain(h, f.Path, opts); err != nil {
			t.Fatalf("%s: %v", f.Path, err)
		}
	}
	got := fmt.Sprintf("%s %s", parserVersion, hex.EncodeToString(h.Sum(nil)))

	b, err := os.ReadFile(parserVersionGolden)
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	want := strings.TrimSpace(string(b))
	wantVersion, _, _ := strings.Cut(want, " ")
	switch {
	case got == want:
	case *updateParserVersion && wantVersion != parserVersion:
		if err := os.MkdirAll(filepath.Dir(parserVersionGolden), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(parserVersionGolden, []byte(got+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("recorded %s", got)
	case wantVersion == parserVersion:
		t.Errorf("parsing or attribution yields something else on testdata/sample than parserVersion %s recorded (%s): bump parserVersion in cmd/indexer/run.go, so that existing indexes are rebuilt, then run go test ./cmd/indexer -run TestParserVersion -update-parser-version", parserVersion, parserVersionGolden)
	default:
		t.Errorf("parserVersion is %s but %s records %q: run go test ./cmd/indexer -run TestParserVersion -update-parser-version", parserVersion, parserVersionGolden, want)
	}
}
