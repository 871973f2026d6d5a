package server

import (
	"testing"
	"time"
)

// TestEntryTime: an entry is dated at the start of its document's period;
// an undated one at the generation's build.
func TestEntryTime(t *testing.T) {
	built := time.Date(2026, 12, 2, 11, 0, 0, 0, time.UTC)
	for _, tt := range []struct{ date, want string }{
		{"2022-01-27", "2022-01-27T00:00:00Z"},
		{"2021-11", "2021-11-01T00:00:00Z"},
		{"2019", "2019-01-01T00:00:00Z"},
		{"", "2026-12-02T11:00:00Z"},
		{"someday", "2026-12-02T11:00:00Z"},
	} {
		if got := entryTime(tt.date, built).Format(time.RFC3339); got != tt.want {
			t.Errorf("entryTime(%q) = %s, want %s", tt.date, got, tt.want)
		}
	}
}

// TestFeedTitle: a feed's title says what it follows.
func TestFeedTitle(t *testing.T) {
	for _, tt := range []struct {
		p    searchParams
		want string
	}{
		{searchParams{}, "every paragraph"},
		{searchParams{Query: "Minsk"}, `"Minsk"`},
		{searchParams{Query: "Taiwan", Speakers: []string{"Wang Yi", "Antony Blinken"}, From: "2021", To: "2022"}, `"Taiwan", by Wang Yi or Antony Blinken, 2021 to 2022`},
		{searchParams{Countries: []string{"China"}, From: "2023"}, "country China, since 2023"},
	} {
		if got := feedTitle(tt.p); got != tt.want {
			t.Errorf("feedTitle(%+v) = %q, want %q", tt.p, got, tt.want)
		}
	}
}
