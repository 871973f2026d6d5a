package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestMaxExport: server.max_export has its default, is read from the file
// and the environment, and a bad value is an error naming the key.
func TestMaxExport(t *testing.T) {
	tests := []struct {
		name    string
		yaml    string
		env     map[string]string
		want    int
		wantErr string
	}{
		{name: "default", want: 100000},
		{name: "file", yaml: "server:\n  max_export: 5000\n", want: 5000},
		{name: "environment", env: map[string]string{"READOUTS_SERVER_MAX_EXPORT": "250"}, want: 250},
		{name: "zero", yaml: "server:\n  max_export: 0\n", wantErr: "server.max_export: must be between 1 and 10000000, got 0"},
		{name: "too many", env: map[string]string{"READOUTS_SERVER_MAX_EXPORT": "20000000"}, wantErr: "server.max_export: must be between 1 and 10000000"},
		{name: "not a number", yaml: "server:\n  max_export: lots\n", wantErr: "max_export"},
		{name: "misspelt", yaml: "server:\n  max_exports: 10\n", wantErr: "max_exports"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg, err := load(t, tt.yaml, tt.env)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("Load = %v, want an error containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if cfg.Server.MaxExport != tt.want {
				t.Errorf("server.max_export = %d, want %d", cfg.Server.MaxExport, tt.want)
			}
		})
	}
}

// TestShippedConfigMaxExport: config.yaml documents the key with its default.
func TestShippedConfigMaxExport(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "config.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), "\n  max_export: 100000\n") {
		t.Error("config.yaml does not set server.max_export to its default")
	}
}
