package server

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/readouts/readouts/internal/attribution"
	"github.com/readouts/readouts/internal/index"
	"github.com/readouts/readouts/internal/readout"
)

// badRequest is a client error whose message is safe to show.
type badRequest struct{ msg string }

func (e *badRequest) Error() string { return e.msg }

func badRequestf(format string, args ...any) error {
	return &badRequest{msg: fmt.Sprintf(format, args...)}
}

// rejectMalformedQuery answers 400 to a query string that does not decode
// (?q=%zz): Echo's QueryParams drops such a pair silently, which turned a
// search for a mistyped word into a search for everything.
func rejectMalformedQuery(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		if _, err := url.ParseQuery(c.Request().URL.RawQuery); err != nil {
			return badRequestf("query string: cannot be decoded (%v); percent signs must be followed by two hex digits, e.g. %%20", err)
		}
		return next(c)
	}
}

// searchParams is the state of a search, as it travels in URLs: the API and
// the page take the same parameters, so a page URL and its JSON twin agree.
type searchParams struct {
	Query     string
	Speakers  []string
	Mentions  []string
	Sources   []string
	Issuers   []string
	Countries []string
	Acts      []string // speech acts, as attribution.Acts slugs
	Group     string   // "document": the best paragraph per document (group.go)
	Turn      string   // "question" or "answer": reporters' questions only, or everything but them (turn.go)
	From, To  string
	Sort      string
	Page      int
	Size      int // 0: the default
}

var sorts = []struct{ Value, Label string }{
	{index.SortRelevance, "Relevance"},
	{index.SortNewest, "Newest first"},
	{index.SortOldest, "Oldest first"},
}

// parseSearchParams validates the query string; errors name the parameter.
func (s *Server) parseSearchParams(v url.Values) (searchParams, index.SearchRequest, error) {
	p := searchParams{
		Query:     strings.TrimSpace(v.Get("q")),
		Speakers:  nonEmpty(v["speaker"]),
		Mentions:  nonEmpty(v["mention"]),
		Sources:   nonEmpty(v["source"]),
		Issuers:   nonEmpty(v["issuer"]),
		Countries: nonEmpty(v["country"]),
		Acts:      nonEmpty(v["act"]),
		From:      strings.TrimSpace(v.Get("from")),
		To:        strings.TrimSpace(v.Get("to")),
		Sort:      strings.TrimSpace(v.Get("sort")),
		Page:      1,
	}
	req := index.SearchRequest{Query: p.Query, Speakers: p.Speakers, Mentions: p.Mentions, Sources: p.Sources,
		Issuers: p.Issuers, Countries: p.Countries, Acts: p.Acts, Size: s.cfg.PageSize}
	for i, a := range p.Acts {
		// A fixed set: an unknown act would silently find nothing.
		if p.Acts[i] = strings.ToLower(a); !attribution.IsAct(p.Acts[i]) {
			return p, req, badRequestf("act: unknown act %q; use one of %s", a, strings.Join(attribution.Acts, ", "))
		}
	}
	turn, err := parseTurn(v["turn"])
	if err != nil {
		return p, req, err
	}
	p.Turn, req.Turn = turn, turn
	if p.Sort == "" {
		p.Sort = index.SortRelevance
	}
	switch p.Sort {
	case index.SortRelevance, index.SortNewest, index.SortOldest:
		req.Sort = p.Sort
	default:
		return p, req, badRequestf("sort: unknown order %q; use relevance, newest or oldest", p.Sort)
	}
	switch p.Group = strings.TrimSpace(v.Get("group")); p.Group {
	case "":
	case index.GroupDocument:
		req.Group = p.Group
	default:
		return p, req, badRequestf("group: unknown grouping %q; use document", p.Group)
	}
	if raw := v.Get("page"); raw != "" {
		n, err := strconv.Atoi(raw)
		if err != nil || n < 1 {
			return p, req, badRequestf("page: must be a whole number from 1, got %q", raw)
		}
		if n > s.cfg.MaxPage {
			return p, req, badRequestf("page: must be at most %d, got %d", s.cfg.MaxPage, n)
		}
		p.Page = n
	}
	req.Page = p.Page
	if raw := v.Get("size"); raw != "" {
		n, err := strconv.Atoi(raw)
		if err != nil || n < 1 || n > s.cfg.MaxPageSize {
			return p, req, badRequestf("size: must be a whole number from 1 to %d, got %q", s.cfg.MaxPageSize, raw)
		}
		p.Size, req.Size = n, n
	}
	// Like Elasticsearch's index.max_result_window: a deep page costs a
	// search that collects and sorts every hit before it.
	if w := s.cfg.MaxResultWindow; w > 0 && p.Page*req.Size > w {
		return p, req, badRequestf("page: page %d of %d results would show results up to %d; a search shows at most the first %d (server.max_result_window): narrow the search instead",
			p.Page, req.Size, p.Page*req.Size, w)
	}
	for _, d := range []struct {
		name string
		raw  string
		out  *readout.Date
	}{{"from", p.From, &req.From}, {"to", p.To, &req.To}} {
		if d.raw == "" {
			continue
		}
		date, err := readout.ParseDate(d.raw)
		if err != nil {
			msg := err.Error()
			if !strings.Contains(msg, "YYYY-MM-DD") { // "want YYYY, YYYY-MM or YYYY-MM-DD" already says it
				msg += " (use YYYY, YYYY-MM or YYYY-MM-DD)"
			}
			return p, req, badRequestf("%s: %s", d.name, msg)
		}
		*d.out = date
	}
	// Checked here, not only by the index, so that every route names the
	// parameter: the grid and timeline blamed q.
	if !req.From.IsZero() && !req.To.IsZero() && !req.From.Start().Before(req.To.End()) {
		return p, req, badRequestf("from: %s is after to %s", p.From, p.To)
	}
	return p, req, nil
}

func nonEmpty(in []string) []string {
	var out []string
	for _, s := range in {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// values encodes the params back into a query string, omitting defaults.
func (p searchParams) values() url.Values {
	v := url.Values{}
	if p.Query != "" {
		v.Set("q", p.Query)
	}
	for _, s := range p.Speakers {
		v.Add("speaker", s)
	}
	for _, s := range p.Mentions {
		v.Add("mention", s)
	}
	for _, s := range p.Sources {
		v.Add("source", s)
	}
	for _, s := range p.Issuers {
		v.Add("issuer", s)
	}
	for _, s := range p.Countries {
		v.Add("country", s)
	}
	for _, s := range p.Acts {
		v.Add("act", s)
	}
	if p.From != "" {
		v.Set("from", p.From)
	}
	if p.To != "" {
		v.Set("to", p.To)
	}
	if p.Sort != "" && p.Sort != index.SortRelevance {
		v.Set("sort", p.Sort)
	}
	if p.Group != "" {
		v.Set("group", p.Group)
	}
	if p.Turn != "" {
		v.Set("turn", p.Turn)
	}
	if p.Page > 1 {
		v.Set("page", strconv.Itoa(p.Page))
	}
	if p.Size > 0 {
		v.Set("size", strconv.Itoa(p.Size))
	}
	return v
}

// url is the search page for p.
func (p searchParams) url() string {
	if q := p.values().Encode(); q != "" {
		return "/?" + q
	}
	return "/"
}

// understood is p with its speaker, mention, source, issuer and country
// filters as the index read them (index.SearchResult.Filters): "Republic of Chile"
// as "Chile", the value the country facet lists, so that the facet marks
// it selected and its chip names it as the hits do.
func (p searchParams) understood(filters map[string][]string) searchParams {
	for facet, values := range filters {
		*facetField(facet)(&p) = append([]string(nil), values...)
	}
	return p
}

// with returns a copy of p changed by f, back on page 1: any change of
// query or filter makes the old page number meaningless.
func (p searchParams) with(f func(*searchParams)) searchParams {
	c := p
	c.Speakers = append([]string(nil), p.Speakers...)
	c.Mentions = append([]string(nil), p.Mentions...)
	c.Sources = append([]string(nil), p.Sources...)
	c.Issuers = append([]string(nil), p.Issuers...)
	c.Countries = append([]string(nil), p.Countries...)
	c.Acts = append([]string(nil), p.Acts...)
	c.Page = 1
	f(&c)
	return c
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

func without(list []string, s string) []string {
	var out []string
	for _, x := range list {
		if !strings.EqualFold(x, s) {
			out = append(out, x)
		}
	}
	return out
}
