package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// searchd answers --help, --version and --check-config on stdout without
// serving; --check-config exits 2 with a message naming the key at fault.
func TestCommandLine(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	gaz, err := filepath.Abs("../../gazetteer.yaml")
	if err != nil {
		t.Fatal(err)
	}
	good := write("good.yaml", "index:\n  dir: idx\ngazetteer:\n  file: "+gaz+"\n")
	noUnit := write("nounit.yaml", "gazetteer:\n  file: "+gaz+"\nserver:\n  search_timeout: 10\n")
	fileAsIndex := write("file.yaml", "index:\n  dir: file.yaml\ngazetteer:\n  file: "+gaz+"\n")
	noGazetteer := write("nogaz.yaml", "gazetteer:\n  file: nope.yaml\n")

	tests := []struct {
		name     string
		args     []string
		env      map[string]string
		wantExit int
		want     []string // on stdout, or in the error when wantExit != 0
		notWant  []string // on stdout
	}{
		{"help", []string{"--help"}, nil, 0,
			[]string{"Usage:", "--config", "--index", "--addr", "--gazetteer", "--log-level", "--check-config", "--version"}, []string{"--corpus"}},
		{"version", []string{"--version"}, nil, 0, []string{"searchd ", "go1."}, nil},
		{"good config", []string{"--check-config", "--config", good}, nil, 0, []string{"configuration OK"}, nil},
		{"duration without unit", []string{"--check-config", "--config", noUnit}, nil, 2, []string{"server.search_timeout: 10 has no unit"}, nil},
		{"index dir is a file", []string{"--check-config", "--config", fileAsIndex}, nil, 2, []string{"index.dir: ", "is a file"}, nil},
		{"empty index dir variable", []string{"--check-config", "--config", good}, map[string]string{"READOUTS_INDEX_DIR": ""}, 2, []string{"index.dir: READOUTS_INDEX_DIR is set but empty"}, nil},
		{"missing gazetteer", []string{"--check-config", "--config", noGazetteer}, nil, 2, []string{"gazetteer.file: "}, nil},
		{"an indexer flag", []string{"--corpus", "x"}, nil, 2, []string{"unknown flag: --corpus"}, nil},
		{"an argument", []string{"--check-config", "serve"}, nil, 2, []string{`unexpected argument "serve"`}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			var out, errOut bytes.Buffer
			err := run(t.Context(), tt.args, &out, &errOut)
			if got := exitCode(err); got != tt.wantExit {
				t.Fatalf("searchd %v: exit %d (%v), want %d", tt.args, got, err, tt.wantExit)
			}
			said := out.String()
			if err != nil {
				said = err.Error()
			}
			for _, w := range tt.want {
				if !strings.Contains(said, w) {
					t.Errorf("%q does not say %q", said, w)
				}
			}
			for _, w := range tt.notWant {
				if strings.Contains(out.String(), w) {
					t.Errorf("stdout says %q:\n%s", w, out.String())
				}
			}
			if errOut.Len() > 0 {
				t.Errorf("stderr %q, want nothing (main prints the error)", errOut.String())
			}
		})
	}
}
