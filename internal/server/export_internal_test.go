package server

import "testing"

func TestInertCell(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"=HYPERLINK(\"http://x\",\"y\")", "'=HYPERLINK(\"http://x\",\"y\")"},
		{"+1 202", "'+1 202"},
		{"- the Secretary said", "'- the Secretary said"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"\tcmd", "'\tcmd"},
		{"Wang Yi said 2+2=4", "Wang Yi said 2+2=4"},
		{"2022-01-27", "2022-01-27"},
		{"", ""},
	} {
		if got := inertCell(tt.in); got != tt.want {
			t.Errorf("inertCell(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}
