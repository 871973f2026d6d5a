// Package config loads Readouts' one typed configuration: defaults, then the
// YAML file, then READOUTS_* environment variables, then command-line flags.
// It validates everything before a binary does any work, with errors that
// name the key at fault.
package config

import (
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/spf13/pflag"
	"github.com/spf13/viper"
)

// Config is the whole configuration of both binaries.
type Config struct {
	Corpus    Corpus    `mapstructure:"corpus"`
	Index     Index     `mapstructure:"index"`
	Parse     Parse     `mapstructure:"parse"`
	Gazetteer Gazetteer `mapstructure:"gazetteer"`
	Server    Server    `mapstructure:"server"`
	Log       Log       `mapstructure:"log"`
}

// Corpus says where the documents are.
type Corpus struct {
	Dirs    []string `mapstructure:"dirs"`    // folders read recursively
	Exclude []string `mapstructure:"exclude"` // base-name globs never indexed
	// MaxFileBytes: larger files are skipped. A readout is tens of KB (the
	// shared corpus's largest: 80 KB). The indexer takes about 25 times a
	// file's size in memory (measured on 2 cores: 60 MB, 1.4 GB; 3.4 GB
	// before a file's paragraphs were split across batches), so the
	// default of 8 MB, 100 times the largest readout, keeps a run under
	// 0.5 GB per such file.
	MaxFileBytes int64 `mapstructure:"max_file_bytes"`
}

// Index says where the index generations live.
type Index struct {
	Dir             string `mapstructure:"dir"`
	KeepGenerations int    `mapstructure:"keep_generations"` // generations kept besides the current one
}

// Parse tunes paragraph splitting.
type Parse struct {
	MaxParagraph int `mapstructure:"max_paragraph"`
	MinParagraph int `mapstructure:"min_paragraph"`
}

// Gazetteer names the file of people, aliases and offices.
type Gazetteer struct {
	File string `mapstructure:"file"`
}

// Server configures searchd.
type Server struct {
	Addr            string        `mapstructure:"addr"`
	ReloadInterval  time.Duration `mapstructure:"reload_interval"`
	ReadTimeout     time.Duration `mapstructure:"read_timeout"`
	WriteTimeout    time.Duration `mapstructure:"write_timeout"`
	IdleTimeout     time.Duration `mapstructure:"idle_timeout"`
	ShutdownTimeout time.Duration `mapstructure:"shutdown_timeout"`
	SearchTimeout   time.Duration `mapstructure:"search_timeout"`
	SlowQuery       time.Duration `mapstructure:"slow_query"` // searches slower are logged as slow queries
	PageSize        int           `mapstructure:"page_size"`
	MaxPageSize     int           `mapstructure:"max_page_size"`
	MaxPage         int           `mapstructure:"max_page"`

	// Bounds on the work of searches (issue 14).
	MaxResultWindow       int           `mapstructure:"max_result_window"`       // page × size at most
	MaxQueryTerms         int           `mapstructure:"max_query_terms"`         // index terms one search looks up, prefixes expanded
	MaxConcurrentSearches int           `mapstructure:"max_concurrent_searches"` // searches running at once; heavy ones at most half
	SearchQueueTimeout    time.Duration `mapstructure:"search_queue_timeout"`    // wait for a slot this long, then 429

	// MaxExport is the most rows /api/v1/export writes for one search
	// (issue 13); an export it cuts says so.
	MaxExport int `mapstructure:"max_export"`
}

// Log configures log/slog output.
type Log struct {
	Level  string `mapstructure:"level"`  // debug, info, warn, error
	Format string `mapstructure:"format"` // text or json
}

// defaults holds every key with its default. Every key must be here: viper's
// Unmarshal ignores environment variables for keys it has never heard of
// (viper issue #761).
var defaults = map[string]any{
	"corpus.dirs":             []string{"testdata/sample"},
	"corpus.exclude":          []string{"README*", "LICENSE*", "MANIFEST*"},
	"corpus.max_file_bytes":   int64(8 << 20), // see Corpus.MaxFileBytes
	"index.dir":               "var/index",
	"index.keep_generations":  1,
	"parse.max_paragraph":     1000,
	"parse.min_paragraph":     40,
	"gazetteer.file":          "gazetteer.yaml",
	"server.addr":             "127.0.0.1:8080",
	"server.reload_interval":  "2s",
	"server.read_timeout":     "10s",
	"server.write_timeout":    "30s",
	"server.idle_timeout":     "120s",
	"server.shutdown_timeout": "10s",
	"server.search_timeout":   "10s",
	"server.slow_query":       "1s",
	"server.page_size":        10,
	"server.max_page_size":    100,
	"server.max_page":         1000,
	"log.level":               "info",
	"log.format":              "text",

	// searchd's bounds on the work of searches (issue 14).
	"server.max_result_window":       10000,
	"server.max_query_terms":         1024,
	"server.max_concurrent_searches": 4,
	"server.search_queue_timeout":    "1s",

	// the most rows one export writes (issue 13).
	"server.max_export": 100000,
}

// keyFlags are the command-line flags of the main keys, in the order --help
// lists them. Each binary registers the ones it uses with Flags.
var keyFlags = []keyFlag{
	{"corpus", "corpus.dirs", "corpus folders, comma-separated (corpus.dirs)", true},
	{"index", "index.dir", "index folder (index.dir)", false},
	{"addr", "server.addr", "listen address (server.addr)", false},
	{"gazetteer", "gazetteer.file", "gazetteer file (gazetteer.file)", false},
	{"log-level", "log.level", "log level: debug, info, warn, error (log.level)", false},
}

type keyFlag struct {
	flag, key, usage string
	list             bool // a comma-separated list
}

// Flags registers --config and the flags of the given keys on fs, so that a
// binary's --help lists only what it uses: Flags(fs, "index.dir",
// "server.addr"). It panics on a key that has no flag.
func Flags(fs *pflag.FlagSet, keys ...string) {
	fs.String("config", "", "config file (default: ./config.yaml if it exists)")
	for _, k := range keys {
		if !slices.ContainsFunc(keyFlags, func(f keyFlag) bool { return f.key == k }) {
			panic("config.Flags: no flag for key " + k)
		}
	}
	for _, f := range keyFlags {
		switch {
		case !slices.Contains(keys, f.key):
		case f.list:
			fs.StringSlice(f.flag, nil, f.usage)
		default:
			fs.String(f.flag, "", f.usage)
		}
	}
}

// Load builds the Config from defaults, the config file, the environment
// and the flags in fs (which must have been parsed; nil for none), and
// validates it. Relative paths in the config file are resolved against the
// file's folder, so that cron jobs can run from anywhere.
func Load(fs *pflag.FlagSet) (*Config, error) {
	v := viper.New()
	for k, val := range defaults {
		v.SetDefault(k, val)
	}
	v.SetEnvPrefix("READOUTS")
	v.SetEnvKeyReplacer(strings.NewReplacer(".", "_"))
	v.AutomaticEnv()

	file := ""
	if fs != nil {
		if f := fs.Lookup("config"); f != nil {
			file = f.Value.String()
		}
	}
	if file == "" {
		var set bool
		if file, set = os.LookupEnv("READOUTS_CONFIG"); set && file == "" {
			return nil, errors.New("READOUTS_CONFIG is set but empty; unset it to read ./config.yaml")
		}
	}
	explicit := file != ""
	if !explicit {
		if _, err := os.Stat("config.yaml"); err == nil {
			file = "config.yaml"
		}
	}
	base := ""
	if file != "" {
		v.SetConfigFile(file)
		v.SetConfigType("yaml")
		if err := v.ReadInConfig(); err != nil {
			return nil, fmt.Errorf("config %s: %w", file, err)
		}
		base = filepath.Dir(file)
	}
	if fs != nil {
		for _, kf := range keyFlags {
			if f := fs.Lookup(kf.flag); f != nil && f.Changed {
				if err := v.BindPFlag(kf.key, f); err != nil {
					return nil, fmt.Errorf("flag --%s: %w", kf.flag, err)
				}
			}
		}
	}

	// What viper lets through: an empty variable would mean the default,
	// and a number where a duration belongs would mean nanoseconds.
	if errs := append(emptyEnv(), checkDurations(v, fs, file)...); len(errs) > 0 {
		return nil, errors.Join(sortErrs(errs)...)
	}

	var cfg Config
	if err := v.UnmarshalExact(&cfg); err != nil {
		return nil, fmt.Errorf("config %s: %w", file, err)
	}
	// READOUTS_CORPUS_DIRS=a,b arrives as one string; split it.
	cfg.Corpus.Dirs = splitList(cfg.Corpus.Dirs)

	// Paths given in the file are relative to the file; paths from the
	// environment or flags are relative to the working directory.
	resolve := func(key string, p *string) {
		if *p == "" || filepath.IsAbs(*p) || base == "" || !v.InConfig(key) || overridden(v, fs, key) {
			return
		}
		*p = filepath.Join(base, *p)
	}
	for i := range cfg.Corpus.Dirs {
		resolve("corpus.dirs", &cfg.Corpus.Dirs[i])
	}
	resolve("index.dir", &cfg.Index.Dir)
	resolve("gazetteer.file", &cfg.Gazetteer.File)

	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	return &cfg, nil
}

// overridden reports whether key's value came from the environment or a flag
// rather than the config file.
func overridden(v *viper.Viper, fs *pflag.FlagSet, key string) bool {
	return source(v, fs, "", key) != ""
}

// source names where key's value comes from: its environment variable, its
// flag, or file when the config file sets it; "" for the default.
func source(v *viper.Viper, fs *pflag.FlagSet, file, key string) string {
	if _, ok := os.LookupEnv(envName(key)); ok {
		return envName(key)
	}
	if fs != nil {
		for _, kf := range keyFlags {
			if f := fs.Lookup(kf.flag); kf.key == key && f != nil && f.Changed {
				return "--" + kf.flag
			}
		}
	}
	if file != "" && v.InConfig(key) {
		return file
	}
	return ""
}

func envName(key string) string {
	return "READOUTS_" + strings.ToUpper(strings.ReplaceAll(key, ".", "_"))
}

// emptyEnv reports the READOUTS_* variables that are set but empty. viper
// ignores them, so READOUTS_INDEX_DIR= would silently mean var/index.
func emptyEnv() []error {
	var errs []error
	for key, def := range defaults {
		if val, ok := os.LookupEnv(envName(key)); ok && val == "" {
			errs = append(errs, fmt.Errorf("%s: %s is set but empty; unset it for the default (%v)", key, envName(key), def))
		}
	}
	return errs
}

// checkDurations requires a unit in every duration. The environment's
// strings already go through time.ParseDuration, but YAML reads
// "search_timeout: 10" as a number, which would become 10ns.
func checkDurations(v *viper.Viper, fs *pflag.FlagSet, file string) []error {
	var errs []error
	for _, key := range durationKeys() {
		from := ""
		if s := source(v, fs, file, key); s != "" {
			from = " (" + s + ")"
		}
		switch val := v.Get(key).(type) {
		case time.Duration:
		case string:
			if _, err := time.ParseDuration(val); err != nil {
				errs = append(errs, fmt.Errorf("%s: %q is not a duration; write it with a unit, such as 10s, 500ms or 2m%s", key, val, from))
			}
		case nil:
			errs = append(errs, fmt.Errorf("%s: must be a duration such as 10s, got nothing%s", key, from))
		default:
			errs = append(errs, fmt.Errorf("%s: %v has no unit; write it with one, such as 10s, 500ms or 2m%s", key, val, from))
		}
	}
	return errs
}

// durationKeys lists the keys of Config's time.Duration fields.
func durationKeys() []string {
	var keys []string
	var walk func(t reflect.Type, prefix string)
	walk = func(t reflect.Type, prefix string) {
		for f := range t.Fields() {
			key := prefix + f.Tag.Get("mapstructure")
			switch {
			case f.Type == reflect.TypeFor[time.Duration]():
				keys = append(keys, key)
			case f.Type.Kind() == reflect.Struct:
				walk(f.Type, key+".")
			}
		}
	}
	walk(reflect.TypeFor[Config](), "")
	sort.Strings(keys)
	return keys
}

func splitList(in []string) []string {
	var out []string
	for _, s := range in {
		for _, part := range strings.Split(s, ",") {
			if part = strings.TrimSpace(part); part != "" {
				out = append(out, part)
			}
		}
	}
	return out
}

// Validate checks every value; the error names the first key at fault.
func (c *Config) Validate() error {
	var errs []error
	bad := func(key, format string, args ...any) {
		errs = append(errs, fmt.Errorf("%s: %s", key, fmt.Sprintf(format, args...)))
	}
	if len(c.Corpus.Dirs) == 0 {
		bad("corpus.dirs", "must list at least one folder")
	}
	if c.Corpus.MaxFileBytes <= 0 {
		bad("corpus.max_file_bytes", "must be positive, got %d", c.Corpus.MaxFileBytes)
	}
	if strings.TrimSpace(c.Index.Dir) == "" {
		bad("index.dir", "must not be empty")
	} else if fi, err := os.Stat(c.Index.Dir); err == nil && !fi.IsDir() {
		bad("index.dir", "%s is a file, not a folder", c.Index.Dir)
	} else if err != nil && !errors.Is(err, os.ErrNotExist) {
		bad("index.dir", "%v", err)
	}
	if c.Index.KeepGenerations < 0 || c.Index.KeepGenerations > 100 {
		bad("index.keep_generations", "must be between 0 and 100, got %d", c.Index.KeepGenerations)
	}
	if c.Parse.MaxParagraph < 200 {
		bad("parse.max_paragraph", "must be at least 200, got %d", c.Parse.MaxParagraph)
	}
	if c.Parse.MinParagraph < 0 || c.Parse.MinParagraph >= c.Parse.MaxParagraph {
		bad("parse.min_paragraph", "must be between 0 and parse.max_paragraph, got %d", c.Parse.MinParagraph)
	}
	if strings.TrimSpace(c.Gazetteer.File) == "" {
		bad("gazetteer.file", "must not be empty")
	}
	if _, _, err := net.SplitHostPort(c.Server.Addr); err != nil {
		bad("server.addr", "must be host:port, got %q", c.Server.Addr)
	}
	for key, d := range map[string]time.Duration{
		"server.reload_interval":  c.Server.ReloadInterval,
		"server.read_timeout":     c.Server.ReadTimeout,
		"server.write_timeout":    c.Server.WriteTimeout,
		"server.idle_timeout":     c.Server.IdleTimeout,
		"server.shutdown_timeout": c.Server.ShutdownTimeout,
		"server.search_timeout":   c.Server.SearchTimeout,
		"server.slow_query":       c.Server.SlowQuery,
	} {
		if d <= 0 {
			bad(key, "must be a positive duration such as 2s, got %v", d)
		}
	}
	if c.Server.MaxPageSize < 1 || c.Server.MaxPageSize > 1000 {
		bad("server.max_page_size", "must be between 1 and 1000, got %d", c.Server.MaxPageSize)
	}
	if c.Server.PageSize < 1 || c.Server.PageSize > c.Server.MaxPageSize {
		bad("server.page_size", "must be between 1 and server.max_page_size, got %d", c.Server.PageSize)
	}
	if c.Server.MaxPage < 1 {
		bad("server.max_page", "must be positive, got %d", c.Server.MaxPage)
	}
	if c.Server.MaxResultWindow < c.Server.MaxPageSize {
		bad("server.max_result_window", "must be at least server.max_page_size (%d), got %d", c.Server.MaxPageSize, c.Server.MaxResultWindow)
	}
	if c.Server.MaxQueryTerms < 1 || c.Server.MaxQueryTerms > 100000 {
		bad("server.max_query_terms", "must be between 1 and 100000, got %d", c.Server.MaxQueryTerms)
	}
	if c.Server.MaxConcurrentSearches < 1 || c.Server.MaxConcurrentSearches > 1024 {
		bad("server.max_concurrent_searches", "must be between 1 and 1024, got %d", c.Server.MaxConcurrentSearches)
	}
	if c.Server.SearchQueueTimeout < 0 || c.Server.SearchQueueTimeout > c.Server.SearchTimeout {
		bad("server.search_queue_timeout", "must be a duration from 0s to server.search_timeout, got %v", c.Server.SearchQueueTimeout)
	}
	if c.Server.MaxExport < 1 || c.Server.MaxExport > 10_000_000 {
		bad("server.max_export", "must be between 1 and 10000000, got %d", c.Server.MaxExport)
	}
	switch strings.ToLower(c.Log.Level) {
	case "debug", "info", "warn", "error":
	default:
		bad("log.level", "must be debug, info, warn or error, got %q", c.Log.Level)
	}
	switch c.Log.Format {
	case "text", "json":
	default:
		bad("log.format", "must be text or json, got %q", c.Log.Format)
	}
	// Sort for a stable message: map iteration above is random.
	return errors.Join(sortErrs(errs)...)
}
