package version

import (
	"runtime/debug"
	"strings"
	"testing"
)

func TestFormat(t *testing.T) {
	vcs := func(kv ...string) []debug.BuildSetting {
		var s []debug.BuildSetting
		for i := 0; i+1 < len(kv); i += 2 {
			s = append(s, debug.BuildSetting{Key: kv[i], Value: kv[i+1]})
		}
		return s
	}
	tests := []struct {
		name string
		bi   debug.BuildInfo
		want string
	}{
		{"go build in a clean checkout", debug.BuildInfo{GoVersion: "go1.26.0",
			Main:     debug.Module{Version: "v0.0.0-20261202080000-92566a6c0e12"},
			Settings: vcs("vcs", "git", "vcs.revision", "92566a6c0e12f00d", "vcs.time", "2026-12-02T08:00:00Z", "vcs.modified", "false")},
			"v0.0.0-20261202080000-92566a6c0e12 (revision 92566a6c0e12, 2026-12-02T08:00:00Z; go1.26.0)"},
		{"uncommitted changes", debug.BuildInfo{GoVersion: "go1.26.0",
			Main:     debug.Module{Version: "(devel)"},
			Settings: vcs("vcs.revision", "92566a6c0e12", "vcs.modified", "true")},
			"(devel) (revision 92566a6c0e12, modified; go1.26.0)"},
		{"no VCS information (go test, -buildvcs=false)", debug.BuildInfo{GoVersion: "go1.26.0"},
			"(devel) (go1.26.0)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := format(&tt.bi); got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
	if got := String(); !strings.Contains(got, "go1.") {
		t.Errorf("String() = %q, want at least the Go version", got)
	}
}
