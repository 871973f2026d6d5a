package server_test

import (
	"net/http"
	"strings"
	"testing"
)

// TestDateRangeErrors: a bad from/to is the same 400 on every route that
// takes one, naming the parameter, with the format said once. The grid and
// timeline said "q: invalid query: from 2023 is after to 2021", naming the
// wrong parameter, and a malformed date read "want YYYY, YYYY-MM or
// YYYY-MM-DD (use YYYY, YYYY-MM or YYYY-MM-DD)".
func TestDateRangeErrors(t *testing.T) {
	h := newPageServer(t)
	routes := []string{"/api/v1/search?q=Taiwan", "/api/v1/grid?q=Taiwan", "/api/v1/timeline?q=Taiwan", "/api/v1/export?q=Taiwan", "/api/v1/facets/speaker?q=Taiwan"}
	tests := []struct{ dates, want string }{
		{"from=2023&to=2021", "from: 2023 is after to 2021"},
		{"from=2022-03-02&to=2022-03-01", "from: 2022-03-02 is after to 2022-03-01"},
		{"from=abc", `from: invalid date "abc"`},
		{"to=2022-13", `to: invalid date "2022-13"`},
		{"from=2022-03-15&to=2022-03", ""}, // overlapping: March from the 15th
		{"from=2022&to=2022-01-01", ""},
	}
	for _, route := range routes {
		for _, tt := range tests {
			target := route + "&" + tt.dates
			code, _, body := get(t, h, target)
			msg, _ := body["error"].(string)
			if tt.want == "" {
				if code != http.StatusOK {
					t.Errorf("%s: %d %q, want 200", target, code, msg)
				}
				continue
			}
			if code != http.StatusBadRequest || !strings.HasPrefix(msg, tt.want) {
				t.Errorf("%s: %d %q, want 400 starting %q", target, code, msg, tt.want)
			}
			if strings.Count(msg, "YYYY-MM-DD") > 1 {
				t.Errorf("%s: %q says the format twice", target, msg)
			}
		}
	}
}
