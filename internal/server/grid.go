package server

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/readouts/readouts/internal/index"
)

// The grid ("who said what about X", issue 12 section 2): groups by
// queries, the count of matching paragraphs and the best one per cell, in
// JSON at /api/v1/grid and as a table at /grid. The timeline (timeline.go)
// shares its parameters and its link to the search behind each number.

// crossTabber is what the grid and timeline need from an index;
// index.Reader provides it. Fakes in tests need not.
type crossTabber interface {
	Grid(ctx context.Context, req index.GridRequest) (*index.GridResult, error)
	Timeline(ctx context.Context, req index.TimelineRequest) (*index.TimelineResult, error)
}

var errNoCrossTab = errors.New("the index being served cannot count by group")

// errNoQuery is a grid or timeline asked for without q: a 400 from the
// API, the empty form on the page.
var errNoQuery = &badRequest{msg: "q: missing; give the words to count"}

// crossTabs returns the index as a crossTabber, looking through the
// metrics wrapper (observedSearcher).
func (s *Server) crossTabs() (crossTabber, error) {
	src := s.index
	if o, ok := src.(observedSearcher); ok {
		src = o.Searcher
	}
	if ct, ok := src.(crossTabber); ok {
		return ct, nil
	}
	return nil, errNoCrossTab
}

// crossTabParams are a grid's or a timeline's parameters as they travel
// in URLs: the queries, the facet to group by, how many groups, the
// interval (timeline), and the search filters.
type crossTabParams struct {
	Filters  searchParams // Query unused
	Queries  []string
	By       string
	N        int // rows of a grid, series of a timeline; 0: the default
	Interval string
}

// Grid and timeline sizes a request may ask for.
const (
	defaultGridRows   = 15
	defaultTimelineN  = 5
	crossTabNParam    = "n"
	crossTabByDefault = index.FacetSpeaker
)

// parseCrossTab validates the query string of a grid (grid true: 1 to
// index.MaxGridQueries q) or a timeline (one q, and an interval); errors
// name the parameter.
func (s *Server) parseCrossTab(v url.Values, grid bool) (crossTabParams, index.SearchRequest, error) {
	filters, req, err := s.parseSearchParams(v)
	filters.Query, filters.Sort, filters.Page, filters.Size = "", "", 0, 0
	p := crossTabParams{Filters: filters, By: strings.TrimSpace(v.Get("by")), Interval: strings.TrimSpace(v.Get("interval"))}
	for _, q := range v["q"] {
		p.Queries = append(p.Queries, strings.TrimSpace(q))
	}
	if err != nil {
		return p, req, err
	}
	req.Query, req.Sort, req.Page, req.Size = "", "", 0, 0
	req.MaxTerms = s.cfg.MaxQueryTerms
	req.Admit = s.limiter.admit
	if p.By == "" {
		p.By = crossTabByDefault
	}
	if !slices.Contains(index.CrossTabBy, p.By) {
		return p, req, badRequestf("by: unknown facet %q; use %s", p.By, strings.Join(index.CrossTabBy, ", "))
	}
	most := 1
	if grid {
		most = index.MaxGridQueries
	}
	switch {
	case len(p.Queries) == 0:
		return p, req, errNoQuery
	case len(p.Queries) > most:
		return p, req, badRequestf("q: at most %d, got %d", most, len(p.Queries))
	case slices.Contains(p.Queries, ""):
		return p, req, badRequestf("q: empty; every q needs words")
	}
	if raw := v.Get(crossTabNParam); raw != "" {
		n, err := strconv.Atoi(raw)
		if err != nil || n < 1 || n > index.MaxCrossTabGroups {
			return p, req, badRequestf("n: must be a whole number from 1 to %d, got %q", index.MaxCrossTabGroups, raw)
		}
		p.N = n
	}
	if !grid {
		if p.Interval == "" {
			p.Interval = index.IntervalYear
		}
		if p.Interval != index.IntervalYear && p.Interval != index.IntervalMonth {
			return p, req, badRequestf("interval: unknown %q; use year or month", p.Interval)
		}
	}
	return p, req, nil
}

// values encodes p back into a query string, omitting defaults.
func (p crossTabParams) values() url.Values {
	v := p.Filters.values()
	for _, q := range p.Queries {
		v.Add("q", q)
	}
	if p.By != crossTabByDefault {
		v.Set("by", p.By)
	}
	if p.N > 0 {
		v.Set(crossTabNParam, strconv.Itoa(p.N))
	}
	if p.Interval != "" && p.Interval != index.IntervalYear {
		v.Set("interval", p.Interval)
	}
	return v
}

// searchFor is the search page for query among p's filters, narrowed to
// group (when not "") of the facet p.By.
func (p crossTabParams) searchFor(query, group string) searchParams {
	return p.Filters.with(func(x *searchParams) {
		x.Query = query
		if group == "" {
			return
		}
		list := map[string]*[]string{
			index.FacetSpeaker: &x.Speakers, index.FacetCountry: &x.Countries,
			index.FacetIssuer: &x.Issuers, index.FacetSource: &x.Sources,
		}[p.By]
		if list != nil && !contains(*list, group) {
			*list = append(*list, group)
		}
	})
}

// gridResponse is the JSON body of /api/v1/grid.
type gridResponse struct {
	By      string           `json:"by"`
	TookMS  int64            `json:"took_ms"`
	Columns []gridColumnJSON `json:"columns"`
	Rows    []gridRowJSON    `json:"rows"`
}

type gridColumnJSON struct {
	Query      string `json:"q"`
	Understood string `json:"understood"`
	Total      uint64 `json:"total"`
	URL        string `json:"url"` // the search page of the query, with the filters
}

type gridRowJSON struct {
	Group string         `json:"group"`
	Total int            `json:"total"`
	Cells []gridCellJSON `json:"cells"`
}

type gridCellJSON struct {
	Count int      `json:"count"`
	URL   string   `json:"url"`  // the search page of the cell's paragraphs
	Best  *hitJSON `json:"best"` // null when the count is 0
}

// grid runs a validated grid request within the server's limits.
func (s *Server) grid(ctx context.Context, v url.Values) (crossTabParams, *index.GridResult, error) {
	p, req, err := s.parseCrossTab(v, true)
	if err != nil {
		return p, nil, err
	}
	ct, err := s.crossTabs()
	if err != nil {
		return p, nil, err
	}
	res, err := within(ctx, s, func(ctx context.Context) (*index.GridResult, error) {
		return ct.Grid(ctx, index.GridRequest{Queries: p.Queries, By: p.By, Rows: p.N, Filters: req})
	}, "grid", p.Queries, "by", p.By)
	if res != nil {
		// Links add a cell's group to the filters as the index holds them:
		// country=Russian Federation and the row Russia once, not both.
		p.Filters = p.Filters.understood(res.Filters)
	}
	return p, res, asBadRequest(err)
}

// asBadRequest makes a query error of the index a 400 with the whole
// message, which names the parameter (and, in a grid, which q) at fault.
func asBadRequest(err error) error {
	if errors.Is(err, index.ErrQuery) {
		return &badRequest{msg: err.Error()}
	}
	return err
}

func (s *Server) getGridAPI(c echo.Context) error {
	p, res, err := s.grid(c.Request().Context(), c.QueryParams())
	if err != nil {
		return err
	}
	out := gridResponse{By: p.By, TookMS: res.Took.Milliseconds(), Columns: []gridColumnJSON{}, Rows: []gridRowJSON{}}
	for _, col := range res.Columns {
		out.Columns = append(out.Columns, gridColumnJSON{Query: col.Query, Understood: col.Understood, Total: col.Total,
			URL: p.searchFor(col.Query, "").url()})
	}
	for _, row := range res.Rows {
		r := gridRowJSON{Group: row.Group, Total: row.Total}
		for qi, cell := range row.Cells {
			cj := gridCellJSON{Count: cell.Count, URL: p.searchFor(p.Queries[qi], row.Group).url()}
			if cell.Best != nil {
				cj.Best = &hitJSON{Hit: *cell.Best, Snippet: cell.Best.Snippet.HTML()}
			}
			r.Cells = append(r.Cells, cj)
		}
		out.Rows = append(out.Rows, r)
	}
	return c.JSON(http.StatusOK, out)
}

// gridPage is the grid as a table, with a form to change it.
type gridPage struct {
	Base     baseData
	Problem  string
	By       string
	ByLabel  string // "Speaker"
	ByNoun   string // "speaker"
	Options  []sortOption
	Queries  []queryBox // the form's boxes: the queries and one empty
	Hidden   []hiddenField
	Columns  []gridColumnView
	Rows     []gridRowView
	TookMS   int64
	Timeline string // the first query over time, by the same facet
}

type queryBox struct{ ID, Label, Value, Placeholder string }

type gridColumnView struct {
	Query, Understood, URL string
	Total                  string
}

type gridRowView struct {
	Group string
	Total int
	Cells []gridCellView
}

type gridCellView struct {
	Query   string
	Count   int
	URL     string
	Best    *index.Hit
	BestURL string
}

// byLabels name the facets a grid or timeline groups by.
var byLabels = map[string]string{
	index.FacetSpeaker: "Speaker", index.FacetCountry: "Country", index.FacetIssuer: "Issuer", index.FacetSource: "Source",
}

func byOptions(by string) []sortOption {
	var out []sortOption
	for _, f := range index.CrossTabBy {
		out = append(out, sortOption{Value: f, Label: byLabels[f], Selected: f == by})
	}
	return out
}

func (s *Server) showGridPage(c echo.Context) error {
	p, res, err := s.grid(c.Request().Context(), c.QueryParams())
	data := gridPage{Base: s.base(""), By: p.By, ByLabel: byLabels[p.By], ByNoun: strings.ToLower(byLabels[p.By]), Options: byOptions(p.By)}
	placeholders := []string{"Taiwan", `"export controls"`, "Ukraine"}
	for i, q := range append(slices.Clone(p.Queries), "")[:min(len(p.Queries)+1, index.MaxGridQueries)] {
		box := queryBox{ID: fmt.Sprintf("q%d", i+1), Label: fmt.Sprintf("Query %d", i+1), Value: q, Placeholder: "another query"}
		if i < len(placeholders) {
			box.Placeholder = placeholders[i]
		}
		data.Queries = append(data.Queries, box)
	}
	data.Hidden = hiddenFields(p.Filters.values(), "q", "sort", "size", "page")
	if p.N > 0 {
		data.Hidden = append(data.Hidden, hiddenField{Name: crossTabNParam, Value: strconv.Itoa(p.N)})
	}
	data.Base.APIURL = "/api/v1/grid?" + p.values().Encode()
	if err != nil {
		return s.crossTabProblem(c, err, func(msg string) any { data.Problem = msg; return data })
	}
	data.TookMS = res.Took.Milliseconds()
	back := "/grid?" + p.values().Encode()
	for _, col := range res.Columns {
		data.Columns = append(data.Columns, gridColumnView{Query: col.Query, Understood: col.Understood,
			URL: p.searchFor(col.Query, "").url(), Total: plural(col.Total, "paragraph", "paragraphs")})
	}
	for _, row := range res.Rows {
		rv := gridRowView{Group: row.Group, Total: row.Total}
		for qi, cell := range row.Cells {
			cv := gridCellView{Query: p.Queries[qi], Count: cell.Count, URL: p.searchFor(p.Queries[qi], row.Group).url(), Best: cell.Best}
			if cell.Best != nil {
				cv.BestURL = docURL(cell.Best.DocID, cell.Best.Paragraph, back)
			}
			rv.Cells = append(rv.Cells, cv)
		}
		data.Rows = append(data.Rows, rv)
	}
	t := crossTabParams{Filters: p.Filters, Queries: p.Queries[:1], By: p.By}
	data.Timeline = "/timeline?" + t.values().Encode()
	return s.render(c, http.StatusOK, "grid", data)
}

// crossTabProblem shows a grid or timeline request the server cannot
// answer as it was asked (400) on the page itself, with its form, so it
// can be put right, and a request with no q as the empty form; other
// errors go to the error handler.
func (s *Server) crossTabProblem(c echo.Context, err error, page func(msg string) any) error {
	var br *badRequest
	if !errors.As(err, &br) {
		return err
	}
	name := "grid"
	if strings.HasPrefix(c.Request().URL.Path, "/timeline") {
		name = "timeline"
	}
	if errors.Is(err, errNoQuery) && len(c.QueryParams()["q"]) == 0 {
		return s.render(c, http.StatusOK, name, page("")) // the form, to fill in
	}
	return s.render(c, http.StatusBadRequest, name, page(br.msg))
}

// crossTabLinks are the search page's ways into the grid and timeline of
// its query, with its filters.
func crossTabLinks(p searchParams) []nameLink {
	if p.Query == "" {
		return nil
	}
	filters := p.with(func(x *searchParams) { x.Query, x.Sort, x.Size = "", "", 0 })
	grid := crossTabParams{Filters: filters, Queries: []string{p.Query}, By: index.FacetSpeaker}
	tl := crossTabParams{Filters: filters, Queries: []string{p.Query}, By: index.FacetCountry}
	return []nameLink{
		{Name: "Compare queries by speaker", URL: "/grid?" + grid.values().Encode()},
		{Name: "Over time by country", URL: "/timeline?" + tl.values().Encode()},
	}
}
