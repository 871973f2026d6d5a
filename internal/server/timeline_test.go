package server_test

import (
	"html"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strconv"
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

// TestTimelinePageBars: every bar of the timeline page, "other" included,
// links to a search that counts what the bar says.
func TestTimelinePageBars(t *testing.T) {
	s := newSampleServer(t)
	bar := regexp.MustCompile(`<a href="([^"]+)" aria-label="([^"]+): (\d+) paragraphs?">`)
	for _, target := range []string{
		"/timeline?q=Taiwan&by=speaker",
		"/timeline?q=Taiwan+OR+Ukraine&by=country&n=2",
		"/timeline?q=sanctions&by=source&n=1&interval=month&from=2021-01-02&to=2021",
		"/timeline?q=Ukraine&by=issuer&interval=month&from=2022-01-02&to=2022-06",
	} {
		t.Run(target, func(t *testing.T) {
			rec := httptest.NewRecorder()
			s.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, target, nil))
			if rec.Code != http.StatusOK {
				t.Fatalf("status %d", rec.Code)
			}
			bars := bar.FindAllStringSubmatch(rec.Body.String(), -1)
			if len(bars) == 0 {
				t.Fatal("no bars")
			}
			other := 0
			for _, b := range bars {
				link := html.UnescapeString(b[1])
				if strings.Contains(link, "q=%28") {
					other++ // the query without the groups shown
				}
				if total, _ := searchTotal(t, s, link); strconv.FormatFloat(total, 'f', -1, 64) != b[3] {
					t.Errorf("bar %s: %s paragraphs, its search %s counts %v", b[2], b[3], link, total)
				}
			}
			if other == 0 {
				t.Error("no bar of other")
			}
		})
	}
}
