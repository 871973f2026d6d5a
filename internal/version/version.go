// Package version says which build of Readouts is running, from what the Go
// toolchain records in the binary (the module version and the VCS revision).
// It knows nothing else.
package version

import (
	"runtime/debug"
	"strings"
)

// String describes the running binary: "v0.0.0-20261202080000-92566a6c0e12
// (revision 92566a6c0e12, 2026-12-02T08:00:00Z; go1.26.0)", with
// "modified" when built from a checkout with uncommitted changes.
func String() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "unknown (no build information)"
	}
	return format(bi)
}

func format(bi *debug.BuildInfo) string {
	v := bi.Main.Version
	if v == "" {
		v = "(devel)"
	}
	set := map[string]string{}
	for _, s := range bi.Settings {
		set[s.Key] = s.Value
	}
	var about []string
	if rev := set["vcs.revision"]; rev != "" {
		if len(rev) > 12 {
			rev = rev[:12]
		}
		about = append(about, "revision "+rev)
	}
	if t := set["vcs.time"]; t != "" {
		about = append(about, t)
	}
	if set["vcs.modified"] == "true" {
		about = append(about, "modified")
	}
	s := v + " ("
	if len(about) > 0 {
		s += strings.Join(about, ", ") + "; "
	}
	return s + bi.GoVersion + ")"
}
