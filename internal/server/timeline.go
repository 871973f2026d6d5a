package server

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/readouts/readouts/internal/index"
)

// The timeline ("a query over time, split", issue 12 section 3): one
// query's matches per year or month, one series per group (the top few
// speakers, countries…) and "other", in JSON at /api/v1/timeline and as
// small multiples of server-rendered SVG bars at /timeline, each bar a link
// to the search for its paragraphs.

// timelineResponse is the JSON body of /api/v1/timeline.
type timelineResponse struct {
	Query      string               `json:"q"`
	Understood string               `json:"understood"`
	By         string               `json:"by"`
	Interval   string               `json:"interval"`
	Total      uint64               `json:"total"`
	TookMS     int64                `json:"took_ms"`
	Intervals  []string             `json:"intervals"`
	Series     []timelineSeriesJSON `json:"series"`
	Other      timelineSeriesJSON   `json:"other"`
	Note       string               `json:"note,omitempty"`
}

type timelineSeriesJSON struct {
	Group    string `json:"group"`
	Total    int    `json:"total"`
	Counts   []int  `json:"counts"`
	YearOnly int    `json:"year_only"`
	Undated  int    `json:"undated"`
}

// timeline runs a validated timeline request within the server's limits.
func (s *Server) timeline(ctx context.Context, v url.Values) (crossTabParams, *index.TimelineResult, error) {
	p, req, err := s.parseCrossTab(v, false)
	if err != nil {
		return p, nil, err
	}
	ct, err := s.crossTabs()
	if err != nil {
		return p, nil, err
	}
	req.Query = p.Queries[0]
	res, err := within(ctx, s, func(ctx context.Context) (*index.TimelineResult, error) {
		return ct.Timeline(ctx, index.TimelineRequest{By: p.By, Interval: p.Interval, Top: p.N, Filters: req})
	}, "timeline", req.Query, "by", p.By, "interval", p.Interval)
	if res != nil {
		// Links add a bar's group to the filters as the index holds them:
		// country=Russian Federation and the series Russia once, not both.
		p.Filters = p.Filters.understood(res.Filters)
	}
	return p, res, asBadRequest(err)
}

// yearOnlyNote says where a timeline by month left the paragraphs of
// documents dated only by a year, in the API's words or the page's; ""
// when there are none.
func yearOnlyNote(res *index.TimelineResult, page bool) string {
	n := res.Other.YearOnly
	for _, s := range res.Series {
		n += s.YearOnly
	}
	if n == 0 {
		return ""
	}
	where := "each series counts them in year_only; see them by year with interval=year."
	if page {
		where = "each panel gives their number, and the bars by year show them."
	}
	return fmt.Sprintf("%s of documents dated only by a year (such as UN General Debate speeches) are in no month: %s",
		plural(uint64(n), "match", "matches"), where)
}

func seriesJSON(s index.TimelineSeries) timelineSeriesJSON {
	return timelineSeriesJSON{Group: s.Group, Total: s.Total, Counts: s.Counts, YearOnly: s.YearOnly, Undated: s.Undated}
}

func (s *Server) getTimelineAPI(c echo.Context) error {
	p, res, err := s.timeline(c.Request().Context(), c.QueryParams())
	if err != nil {
		return err
	}
	out := timelineResponse{Query: p.Queries[0], Understood: res.Understood, By: p.By, Interval: p.Interval, Total: res.Total,
		TookMS: res.Took.Milliseconds(), Intervals: res.Intervals, Series: []timelineSeriesJSON{}, Other: seriesJSON(res.Other)}
	if out.Intervals == nil {
		out.Intervals = []string{}
	}
	for _, s := range res.Series {
		out.Series = append(out.Series, seriesJSON(s))
	}
	if p.Interval == index.IntervalMonth {
		out.Note = yearOnlyNote(res, false)
	}
	return c.JSON(http.StatusOK, out)
}

// timelinePage draws one panel of bars per series, on one scale.
type timelinePage struct {
	Base       baseData
	Problem    string
	Query      string
	By         string
	ByLabel    string
	ByNoun     string
	ByOptions  []sortOption
	Intervals  []sortOption
	Hidden     []hiddenField
	Understood string
	Total      string
	TookMS     int64
	Tallest    int
	Panels     []timelinePanel
	Axis       []string // one per bar, under each panel: every few bars labelled, the others ""
	ShowCounts bool     // few bars: each one's count printed above it
	Note       string
	Grid       string // the query in a grid by the same facet
	Search     string
}

type timelinePanel struct {
	Group    string
	Other    bool
	Total    int
	Width    int // of the SVG's viewBox: 10 per bar
	Bars     []timelineBar
	YearOnly int
	Undated  int
}

type timelineBar struct {
	Label      string // "2021", "March 2021"
	Count      int
	URL        string // "" for an empty period
	X, Y, H    int
	BarX, BarW int
}

func (s *Server) showTimelinePage(c echo.Context) error {
	p, res, err := s.timeline(c.Request().Context(), c.QueryParams())
	data := timelinePage{Base: s.base(""), By: p.By, ByLabel: byLabels[p.By], ByNoun: strings.ToLower(byLabels[p.By]), ByOptions: byOptions(p.By)}
	for _, iv := range []string{index.IntervalYear, index.IntervalMonth} {
		data.Intervals = append(data.Intervals, sortOption{Value: iv, Label: "By " + iv, Selected: iv == p.Interval})
	}
	if len(p.Queries) > 0 {
		data.Query = p.Queries[0]
	}
	data.Hidden = hiddenFields(p.Filters.values(), "q", "sort", "size", "page")
	if p.N > 0 {
		data.Hidden = append(data.Hidden, hiddenField{Name: crossTabNParam, Value: strconv.Itoa(p.N)})
	}
	data.Base.APIURL = "/api/v1/timeline?" + p.values().Encode()
	if err != nil {
		return s.crossTabProblem(c, err, func(msg string) any { data.Problem = msg; return data })
	}
	data.Understood = res.Understood
	data.Total = plural(res.Total, "paragraph", "paragraphs")
	data.TookMS = res.Took.Milliseconds()
	data.Grid = "/grid?" + crossTabParams{Filters: p.Filters, Queries: p.Queries, By: p.By}.values().Encode()
	data.Search = p.searchFor(data.Query, "").url()
	if p.Interval == index.IntervalMonth {
		data.Note = yearOnlyNote(res, true)
	}
	for _, s := range append(res.Series, res.Other) {
		for _, n := range s.Counts {
			data.Tallest = max(data.Tallest, n)
		}
	}
	var shown []string
	for _, s := range res.Series {
		shown = append(shown, s.Group)
	}
	for i, s := range append(res.Series, res.Other) {
		other := i == len(res.Series)
		if other && s.Total == 0 {
			continue
		}
		data.Panels = append(data.Panels, drawPanel(p, res.Intervals, s, other, shown, data.Tallest))
	}
	data.Axis = axisLabels(res.Intervals, p.Interval)
	data.ShowCounts = len(res.Intervals) <= 12
	return s.render(c, http.StatusOK, "timeline", data)
}

// drawPanel draws one series, its bars scaled to tallest; each bar
// links to the search of its group in its period. "Other" is not a filter
// the search has: its bars link to the query without the groups shown
// ('(Taiwan) -country:China -country:Russia'), which counts the same.
func drawPanel(p crossTabParams, intervals []string, s index.TimelineSeries, other bool, shown []string, tallest int) timelinePanel {
	tp := timelinePanel{Group: s.Group, Other: other, Total: s.Total, Width: 10 * len(intervals), YearOnly: s.YearOnly, Undated: s.Undated}
	search := p.searchFor(p.Queries[0], s.Group)
	if other {
		search = p.searchFor(excluding(p.Queries[0], p.By, shown), "")
	}
	for i, period := range intervals {
		b := timelineBar{Label: periodLabel(period), Count: s.Counts[i], X: 10 * i, BarX: 10*i + 1, BarW: 8}
		if tallest > 0 {
			b.H = s.Counts[i] * 100 / tallest
		}
		if b.Count > 0 {
			b.H = max(b.H, 3) // a single match stays visible
			b.URL = search.with(func(x *searchParams) { x.From, x.To = clampPeriod(p.Filters.From, p.Filters.To, period) }).url()
		}
		b.Y = 100 - b.H
		tp.Bars = append(tp.Bars, b)
	}
	return tp
}

// excluding is query without the paragraphs of groups in the field of
// facet by; a name holding a quote cannot be written, and is left in.
func excluding(query, by string, groups []string) string {
	var b strings.Builder
	b.WriteString("(" + query + ")")
	for _, g := range groups {
		if !strings.Contains(g, `"`) {
			b.WriteString(" -" + by + `:"` + g + `"`)
		}
	}
	return b.String()
}

// clampPeriod narrows the period to the request's own from and to, so
// that a bar's search counts what the bar does: the first bar of a
// timeline from 2021-03-15 by year is from 2021-03-15 to 2021.
func clampPeriod(from, to, period string) (string, string) {
	lo, hi := period, period
	if strings.HasPrefix(from, period) {
		lo = from
	}
	if strings.HasPrefix(to, period) {
		hi = to
	}
	return lo, hi
}

// axisLabels labels about eight years or six months along the axis, as
// "2021" or "Mar ’21", so that they fit at 400 px.
func axisLabels(intervals []string, interval string) []string {
	every, layout := (len(intervals)+7)/8, "2006"
	if interval == index.IntervalMonth {
		every, layout = (len(intervals)+5)/6, "Jan ’06"
	}
	out := make([]string, len(intervals))
	for i, period := range intervals {
		if i%every != 0 {
			continue
		}
		out[i] = period
		if t, err := time.Parse("2006-01", period); err == nil {
			out[i] = t.Format(layout)
		}
	}
	return out
}

// periodLabel is "2021" or "March 2021".
func periodLabel(period string) string {
	if t, err := time.Parse("2006-01", period); err == nil {
		return t.Format("January 2006")
	}
	return period
}
