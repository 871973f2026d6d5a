package config

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/spf13/pflag"
)

// load runs Load in a temporary working directory with the given config
// file content (none when empty), environment and flags.
func load(t *testing.T, yaml string, env map[string]string, args ...string) (*Config, error) {
	t.Helper()
	dir := t.TempDir()
	t.Chdir(dir)
	for k, v := range env {
		t.Setenv(k, v)
	}
	fs := pflag.NewFlagSet("test", pflag.ContinueOnError)
	Flags(fs, "corpus.dirs", "index.dir", "server.addr", "gazetteer.file", "log.level")
	if yaml != "" {
		path := filepath.Join(dir, "conf", "readouts.yaml")
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(yaml), 0o644); err != nil {
			t.Fatal(err)
		}
		args = append([]string{"--config", path}, args...)
	}
	if err := fs.Parse(args); err != nil {
		t.Fatal(err)
	}
	return Load(fs)
}

func TestDefaults(t *testing.T) {
	cfg, err := load(t, "", nil)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Server.Addr != "127.0.0.1:8080" {
		t.Errorf("server.addr = %q, want 127.0.0.1:8080", cfg.Server.Addr)
	}
	if cfg.Server.ReloadInterval != 2*time.Second {
		t.Errorf("server.reload_interval = %v", cfg.Server.ReloadInterval)
	}
	if cfg.Parse.MaxParagraph != 1000 {
		t.Errorf("parse.max_paragraph = %d", cfg.Parse.MaxParagraph)
	}
}

func TestPrecedence(t *testing.T) {
	yaml := "corpus:\n  dirs: [docs]\nindex:\n  dir: idx\nserver:\n  addr: 127.0.0.1:9000\n"
	tests := []struct {
		name       string
		env        map[string]string
		args       []string
		wantDirs   []string // relative to the temp dir; "conf/" is the config file's folder
		wantIndex  string
		wantAddr   string
		wantReload time.Duration
	}{
		{name: "file, paths relative to it", wantDirs: []string{"conf/docs"}, wantIndex: "conf/idx", wantAddr: "127.0.0.1:9000", wantReload: 2 * time.Second},
		{name: "env over file", env: map[string]string{
			"READOUTS_CORPUS_DIRS": "a, b", "READOUTS_INDEX_DIR": "/srv/idx", "READOUTS_SERVER_ADDR": "127.0.0.1:9100", "READOUTS_SERVER_RELOAD_INTERVAL": "250ms",
		}, wantDirs: []string{"a", "b"}, wantIndex: "/srv/idx", wantAddr: "127.0.0.1:9100", wantReload: 250 * time.Millisecond},
		{name: "flags over env", env: map[string]string{"READOUTS_SERVER_ADDR": "127.0.0.1:9100"},
			args: []string{"--addr", "127.0.0.1:9200", "--corpus", "x,y", "--index", "i"}, wantDirs: []string{"x", "y"}, wantIndex: "i", wantAddr: "127.0.0.1:9200", wantReload: 2 * time.Second},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg, err := load(t, yaml, tt.env, tt.args...)
			if err != nil {
				t.Fatal(err)
			}
			wd, _ := os.Getwd()
			rel := func(p string) string {
				if r, err := filepath.Rel(wd, p); err == nil && !filepath.IsAbs(tt.wantIndex) {
					return filepath.ToSlash(r)
				}
				return p
			}
			var dirs []string
			for _, d := range cfg.Corpus.Dirs {
				dirs = append(dirs, rel(d))
			}
			if !reflect.DeepEqual(dirs, tt.wantDirs) {
				t.Errorf("corpus.dirs = %v, want %v", dirs, tt.wantDirs)
			}
			if got := rel(cfg.Index.Dir); got != tt.wantIndex {
				t.Errorf("index.dir = %q, want %q", got, tt.wantIndex)
			}
			if cfg.Server.Addr != tt.wantAddr {
				t.Errorf("server.addr = %q, want %q", cfg.Server.Addr, tt.wantAddr)
			}
			if cfg.Server.ReloadInterval != tt.wantReload {
				t.Errorf("server.reload_interval = %v, want %v", cfg.Server.ReloadInterval, tt.wantReload)
			}
		})
	}
}

func TestInvalid(t *testing.T) {
	tests := []struct {
		name string
		yaml string
		env  map[string]string
		want string // the error must start its line with the key
	}{
		{"typo in a key", "server:\n  adr: x\n", nil, "adr"},
		{"bad addr", "server:\n  addr: localhost\n", nil, "server.addr: must be host:port"},
		{"bad duration", "server:\n  reload_interval: soon\n", nil, "reload_interval"},
		{"negative page size", "server:\n  page_size: -1\n", nil, "server.page_size:"},
		{"empty index dir", "", map[string]string{"READOUTS_INDEX_DIR": " "}, "index.dir: must not be empty"},
		{"no corpus", "corpus:\n  dirs: []\n", nil, "corpus.dirs: must list at least one folder"},
		{"log level", "log:\n  level: loud\n", nil, `log.level: must be debug, info, warn or error, got "loud"`},
		{"small paragraphs", "parse:\n  max_paragraph: 10\n", nil, "parse.max_paragraph: must be at least 200"},
		// A number in YAML is not a duration: it used to become nanoseconds.
		{"timeout without unit", "server:\n  search_timeout: 10\n", nil, "server.search_timeout: 10 has no unit"},
		{"interval without unit", "server:\n  reload_interval: 2\n", nil, "server.reload_interval: 2 has no unit"},
		{"fraction without unit", "server:\n  read_timeout: 1.5\n", nil, "server.read_timeout: 1.5 has no unit"},
		{"env without unit", "", map[string]string{"READOUTS_SERVER_SEARCH_TIMEOUT": "10"}, `server.search_timeout: "10" is not a duration`},
		// An empty variable used to mean the default: var/index.
		{"empty env index dir", "", map[string]string{"READOUTS_INDEX_DIR": ""}, "index.dir: READOUTS_INDEX_DIR is set but empty"},
		{"empty env addr", "", map[string]string{"READOUTS_SERVER_ADDR": ""}, "server.addr: READOUTS_SERVER_ADDR is set but empty"},
		{"empty env config", "", map[string]string{"READOUTS_CONFIG": ""}, "READOUTS_CONFIG is set but empty"},
		// The config file itself stands for a file in the index's place.
		{"index dir is a file", "index:\n  dir: readouts.yaml\n", nil, "readouts.yaml is a file, not a folder"},
		{"index dir under a file", "index:\n  dir: readouts.yaml/index\n", nil, "index.dir: stat "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := load(t, tt.yaml, tt.env)
			if err == nil {
				t.Fatalf("Load accepted %q", tt.yaml)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not say %q", err, tt.want)
			}
		})
	}
}

func TestMissingConfigFile(t *testing.T) {
	fs := pflag.NewFlagSet("test", pflag.ContinueOnError)
	Flags(fs)
	if err := fs.Parse([]string{"--config", filepath.Join(t.TempDir(), "nope.yaml")}); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(fs); err == nil || !strings.Contains(err.Error(), "nope.yaml") {
		t.Errorf("Load with a missing file: %v, want an error naming it", err)
	}
}

// The repository's own config.yaml must load and validate.
func TestRepositoryConfig(t *testing.T) {
	fs := pflag.NewFlagSet("test", pflag.ContinueOnError)
	Flags(fs)
	if err := fs.Parse([]string{"--config", "../../config.yaml"}); err != nil {
		t.Fatal(err)
	}
	cfg, err := Load(fs)
	if err != nil {
		t.Fatal(err)
	}
	if len(cfg.Corpus.Dirs) != 1 || !strings.HasSuffix(cfg.Corpus.Dirs[0], "testdata/sample") {
		t.Errorf("corpus.dirs = %v, want the bundled sample", cfg.Corpus.Dirs)
	}
}

// Each binary registers the flags of the keys it uses, so that its --help
// lists nothing it would ignore.
func TestFlags(t *testing.T) {
	tests := []struct {
		name string
		keys []string
		want []string
	}{
		{"none", nil, []string{"config"}},
		{"indexer", []string{"corpus.dirs", "index.dir", "gazetteer.file", "log.level"}, []string{"config", "corpus", "gazetteer", "index", "log-level"}},
		{"searchd", []string{"index.dir", "server.addr", "gazetteer.file", "log.level"}, []string{"addr", "config", "gazetteer", "index", "log-level"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := pflag.NewFlagSet("test", pflag.ContinueOnError)
			Flags(fs, tt.keys...)
			var got []string
			fs.VisitAll(func(f *pflag.Flag) { got = append(got, f.Name) })
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("flags %v, want %v", got, tt.want)
			}
		})
	}
	defer func() {
		if recover() == nil {
			t.Error("Flags accepted a key without a flag")
		}
	}()
	Flags(pflag.NewFlagSet("test", pflag.ContinueOnError), "server.page_size")
}
