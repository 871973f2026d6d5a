package server_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
)

// TestTimelineAPIMatchesSearches: each bar of /api/v1/timeline counts what
// the search of its group and period counts, "other" what is left of the
// period once the top groups are taken out, and every match is in a bar,
// year_only or undated.
func TestTimelineAPIMatchesSearches(t *testing.T) {
	s := newSampleServer(t)
	tests := []struct {
		name  string
		query string // of both requests
		by    string // the search filter of a group
	}{
		{"Taiwan by speaker and year", "q=Taiwan&by=speaker", "speaker"},
		{"peace by country and year, three series", "q=peace&by=country&n=3", "country"},
		// From 2 January: a year-only document's day is 1 January, which a
		// search for January counts and the month's bar does not.
		{"Ukraine by issuer and month", "q=Ukraine&by=issuer&interval=month&from=2021-01-02&to=2021-12", "issuer"},
		{"sanctions by source and month", "q=sanctions&by=source&interval=month&from=2023-01-02&to=2023", "source"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, body := get(t, s, "/api/v1/timeline?"+tt.query)
			if code != http.StatusOK {
				t.Fatalf("status %d: %v", code, body)
			}
			params, _ := url.ParseQuery(tt.query)
			base := url.Values{"q": params["q"]}
			for _, k := range []string{"from", "to"} {
				if v := params.Get(k); v != "" {
					base.Set(k, v)
				}
			}
			// count is what /api/v1/search counts in the period, in groups.
			count := func(period string, groups []string) float64 {
				v := url.Values{}
				for k, vs := range base {
					v[k] = vs
				}
				lo, hi := period, period
				if strings.HasPrefix(v.Get("from"), period) {
					lo = v.Get("from")
				}
				v.Set("from", lo)
				v.Set("to", hi)
				v[tt.by] = groups
				total, _ := searchTotal(t, s, "/?"+v.Encode())
				return total
			}
			intervals := body["intervals"].([]any)
			if len(intervals) == 0 {
				t.Fatal("no intervals")
			}
			var top []string
			for _, x := range body["series"].([]any) {
				top = append(top, x.(map[string]any)["group"].(string))
			}
			if n := params.Get("n"); n != "" && len(top) > 3 {
				t.Errorf("%d series with n=%s", len(top), n)
			}
			sum := 0.0
			for _, x := range append(body["series"].([]any), body["other"]) {
				series := x.(map[string]any)
				group := series["group"].(string)
				inSeries := series["year_only"].(float64) + series["undated"].(float64)
				for i, c := range series["counts"].([]any) {
					period := intervals[i].(string)
					inSeries += c.(float64)
					var want float64
					if group != "" {
						want = count(period, []string{group})
					} else {
						want = count(period, nil) - count(period, top)
					}
					if c.(float64) != want {
						t.Errorf("%q in %s: %v, the search counts %v", group, period, c, want)
					}
				}
				if inSeries != series["total"].(float64) {
					t.Errorf("%q: total %v, bars, year_only and undated %v", group, series["total"], inSeries)
				}
				if group == "" {
					sum += inSeries
				}
			}
			if all, _ := searchTotal(t, s, "/?"+base.Encode()); body["total"].(float64) != all || sum > all {
				t.Errorf("total %v, other %v; the search counts %v", body["total"], sum, all)
			}
		})
	}
}

// TestTimelineAPIMonthNote: by month, the matches in documents dated by
// year only are counted in year_only, and the note says so.
func TestTimelineAPIMonthNote(t *testing.T) {
	s := newSampleServer(t)
	_, _, byMonth := get(t, s, "/api/v1/timeline?q=peace&by=country&interval=month")
	_, _, byYear := get(t, s, "/api/v1/timeline?q=peace&by=country")
	yearOnly := 0.0
	for _, x := range append(byMonth["series"].([]any), byMonth["other"]) {
		yearOnly += x.(map[string]any)["year_only"].(float64)
	}
	if yearOnly == 0 || !strings.Contains(byMonth["note"].(string), "year_only") {
		t.Errorf("by month: year_only %v, note %q; the UN General Debate speeches are dated by year", yearOnly, byMonth["note"])
	}
	if _, ok := byYear["note"]; ok {
		t.Errorf("by year, a note: %v", byYear["note"])
	}
	if byYear["intervals"].([]any)[0] != "1946" {
		t.Errorf("by year, the first interval is %v, want 1946 (the first General Debate)", byYear["intervals"].([]any)[0])
	}
}
