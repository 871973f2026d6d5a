package server

import (
	"bytes"
	"errors"
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/readouts/readouts/internal/index"
	"github.com/readouts/readouts/web"
)

func parsePages() (map[string]*template.Template, error) {
	pages := map[string]*template.Template{}
	for _, name := range []string{"search", "document", "help", "error"} {
		t, err := template.New(name).ParseFS(web.Templates, "templates/layout.html", "templates/"+name+".html")
		if err != nil {
			return nil, fmt.Errorf("template %s: %w", name, err)
		}
		pages[name] = t
	}
	return pages, nil
}

// render executes a page into a buffer first, so that a template error
// becomes a clean 500 rather than half a page.
func (s *Server) render(c echo.Context, status int, page string, data any) error {
	var buf bytes.Buffer
	if err := s.pages[page].ExecuteTemplate(&buf, "layout", data); err != nil {
		return fmt.Errorf("render %s: %w", page, err)
	}
	return c.HTMLBlob(status, buf.Bytes())
}

// baseData is what the layout needs on every page.
type baseData struct {
	Query     string
	Hidden    []hiddenField // filters carried along when the query changes
	Stats     *index.Stats
	Autofocus bool
}

type hiddenField struct{ Name, Value string }

func (s *Server) base(query string) baseData {
	b := baseData{Query: query}
	if st, err := s.index.Stats(); err == nil {
		b.Stats = &st
	}
	return b
}

type searchPage struct {
	Base       baseData
	Error      string
	Result     *index.SearchResult
	Understood string
	Page       int
	Pages      int
	TookMS     int64
	FirstRank  int
	Hits       []hitView
	Chips      []chip
	ClearAll   string
	SortHidden []hiddenField
	Sorts      []sortOption
	From, To   string
	Prev, Next string
	Facets     []facetView

	Timeline      []bar
	TimelineWidth int
	TimelineUnit  string
	TimelineFirst string
	TimelineLast  string
}

type hitView struct {
	Rank      int
	DocID     string
	DocURL    string
	Title     index.Snippet
	Date      string
	Source    string
	Paragraph int
	Speakers  []nameLink
	Snippet   index.Snippet
	Original  string
}

type nameLink struct{ Name, URL string }

type chip struct{ Label, Remove string }

type sortOption struct {
	Value, Label string
	Selected     bool
}

type facetView struct {
	Title  string
	Values []facetLink
}

type facetLink struct {
	Value  string
	Count  int
	URL    string
	Active bool
}

type bar struct {
	Label  string
	Count  int
	URL    string
	X, Y   int
	Height int
}

func (s *Server) showSearchPage(c echo.Context) error {
	p, res, err := s.search(c.Request().Context(), c.QueryParams())
	data := searchPage{Base: s.base(p.Query), Page: p.Page}
	data.Base.Autofocus = p.Query == ""
	data.Base.Hidden = hiddenFields(p.with(func(x *searchParams) { x.Query = "" }).values(), "page")
	data.SortHidden = hiddenFields(p.with(func(x *searchParams) {}).values(), "sort", "from", "to", "page")
	data.From, data.To = p.From, p.To
	for _, o := range sorts {
		data.Sorts = append(data.Sorts, sortOption{Value: o.Value, Label: o.Label, Selected: o.Value == p.Sort})
	}
	data.Chips, data.ClearAll = chips(p)
	status := http.StatusOK
	if err != nil {
		var br *badRequest
		var qe *index.QueryError
		switch {
		case errors.As(err, &qe):
			data.Error = plainQueryError(qe)
		case errors.As(err, &br):
			data.Error = br.msg
		case errors.Is(err, index.ErrQuery):
			data.Error = err.Error()
		default:
			return err
		}
		return s.render(c, http.StatusBadRequest, "search", data)
	}
	data.Result = res
	data.Understood = res.Query
	data.TookMS = res.Took.Milliseconds()
	data.Pages = pageCount(res.Total, res.Size)
	data.FirstRank = (p.Page-1)*res.Size + 1
	back := p.url()
	for i, h := range res.Hits {
		hv := hitView{
			Rank: data.FirstRank + i, DocID: h.DocID, DocURL: docURL(h.DocID, h.Paragraph, back),
			Title: h.TitleMarked, Date: h.Date, Source: h.Source, Paragraph: h.Paragraph,
			Snippet: h.Snippet, Original: safeURL(h.URL),
		}
		for _, sp := range h.Speakers {
			hv.Speakers = append(hv.Speakers, nameLink{Name: sp, URL: p.with(func(x *searchParams) {
				if !contains(x.Speakers, sp) {
					x.Speakers = append(x.Speakers, sp)
				}
			}).url()})
		}
		data.Hits = append(data.Hits, hv)
	}
	if p.Page > 1 {
		data.Prev = p.with(func(x *searchParams) { x.Page = p.Page - 1 }).url()
	}
	if p.Page < data.Pages {
		data.Next = p.with(func(x *searchParams) { x.Page = p.Page + 1 }).url()
	}
	data.Facets = facetViews(p, res.Facets)
	s.timeline(&data, p, res.Facets)
	return s.render(c, status, "search", data)
}

// plainQueryError explains a malformed query in plain words, pointing at it.
func plainQueryError(qe *index.QueryError) string {
	return strings.TrimPrefix(qe.Error(), "query: ")
}

func hiddenFields(v url.Values, skip ...string) []hiddenField {
	var out []hiddenField
	for _, name := range []string{"q", "speaker", "mention", "source", "from", "to", "sort", "size"} {
		if contains(skip, name) {
			continue
		}
		for _, val := range v[name] {
			out = append(out, hiddenField{Name: name, Value: val})
		}
	}
	return out
}

func chips(p searchParams) ([]chip, string) {
	var out []chip
	for _, sp := range p.Speakers {
		out = append(out, chip{Label: "Speaker: " + sp, Remove: p.with(func(x *searchParams) { x.Speakers = without(x.Speakers, sp) }).url()})
	}
	for _, m := range p.Mentions {
		out = append(out, chip{Label: "Mentions: " + m, Remove: p.with(func(x *searchParams) { x.Mentions = without(x.Mentions, m) }).url()})
	}
	for _, src := range p.Sources {
		out = append(out, chip{Label: "Source: " + src, Remove: p.with(func(x *searchParams) { x.Sources = without(x.Sources, src) }).url()})
	}
	if p.From != "" {
		out = append(out, chip{Label: "From " + p.From, Remove: p.with(func(x *searchParams) { x.From = "" }).url()})
	}
	if p.To != "" {
		out = append(out, chip{Label: "To " + p.To, Remove: p.with(func(x *searchParams) { x.To = "" }).url()})
	}
	clear := p.with(func(x *searchParams) {
		x.Speakers, x.Mentions, x.Sources, x.From, x.To = nil, nil, nil, "", ""
	}).url()
	return out, clear
}

// facetViews turns facet counts into links that toggle each value.
func facetViews(p searchParams, facets map[string][]index.FacetValue) []facetView {
	lists := []struct {
		name, title string
		active      func(*searchParams) *[]string
	}{
		{index.FacetSpeaker, "Speakers", func(x *searchParams) *[]string { return &x.Speakers }},
		{index.FacetMention, "People mentioned", func(x *searchParams) *[]string { return &x.Mentions }},
		{index.FacetSource, "Source", func(x *searchParams) *[]string { return &x.Sources }},
	}
	var out []facetView
	for _, l := range lists {
		fv := facetView{Title: l.title}
		for _, v := range facets[l.name] {
			val := v.Value
			active := contains(*l.active(&p), val)
			u := p.with(func(x *searchParams) {
				list := l.active(x)
				if active {
					*list = without(*list, val)
				} else {
					*list = append(*list, val)
				}
			}).url()
			fv.Values = append(fv.Values, facetLink{Value: val, Count: v.Count, URL: u, Active: active})
		}
		if len(fv.Values) > 0 {
			out = append(out, fv)
		}
	}
	return out
}

// timeline draws matches by year, or by month when they span a few years
// at most; a bar links to that period.
func (s *Server) timeline(data *searchPage, p searchParams, facets map[string][]index.FacetValue) {
	years := facets[index.FacetYear]
	if len(years) == 0 {
		return
	}
	first, _ := strconv.Atoi(years[0].Value)
	last, _ := strconv.Atoi(years[len(years)-1].Value)
	var vals []index.FacetValue
	unit := "year"
	switch {
	case last-first <= 2 && len(facets[index.FacetMonth]) > 0:
		unit = "month"
		vals = fillMonths(facets[index.FacetMonth])
	case last-first <= 60:
		vals = fillYears(years, first, last)
	default:
		vals = years
	}
	max := 0
	for _, v := range vals {
		if v.Count > max {
			max = v.Count
		}
	}
	if max == 0 {
		return
	}
	for i, v := range vals {
		h := v.Count * 100 / max
		if v.Count > 0 && h < 3 {
			h = 3 // a single match stays visible
		}
		val := v.Value
		data.Timeline = append(data.Timeline, bar{
			Label: val, Count: v.Count, X: i * 12, Y: 100 - h, Height: h,
			URL: p.with(func(x *searchParams) { x.From, x.To = val, val }).url(),
		})
	}
	data.TimelineWidth = len(vals)*12 - 2
	data.TimelineUnit = unit
	data.TimelineFirst = vals[0].Value
	data.TimelineLast = vals[len(vals)-1].Value
}

func fillYears(years []index.FacetValue, first, last int) []index.FacetValue {
	counts := map[string]int{}
	for _, y := range years {
		counts[y.Value] = y.Count
	}
	var out []index.FacetValue
	for y := first; y <= last; y++ {
		k := fmt.Sprintf("%04d", y)
		out = append(out, index.FacetValue{Value: k, Count: counts[k]})
	}
	return out
}

func fillMonths(months []index.FacetValue) []index.FacetValue {
	counts := map[string]int{}
	for _, m := range months {
		counts[m.Value] = m.Count
	}
	var fy, fm, ly, lm int
	fmt.Sscanf(months[0].Value, "%d-%d", &fy, &fm)
	fmt.Sscanf(months[len(months)-1].Value, "%d-%d", &ly, &lm)
	var out []index.FacetValue
	for y, m := fy, fm; y < ly || (y == ly && m <= lm); {
		k := fmt.Sprintf("%04d-%02d", y, m)
		out = append(out, index.FacetValue{Value: k, Count: counts[k]})
		if m++; m > 12 {
			m, y = 1, y+1
		}
	}
	return out
}

// docURL links a hit to its paragraph in the document view.
func docURL(docID string, paragraph int, back string) string {
	v := url.Values{}
	v.Set("p", strconv.Itoa(paragraph))
	if back != "" && back != "/" {
		v.Set("back", back)
	}
	return "/doc/" + escapePath(docID) + "?" + v.Encode() + "#p" + strconv.Itoa(paragraph)
}

func escapePath(id string) string {
	parts := strings.Split(id, "/")
	for i, p := range parts {
		parts[i] = url.PathEscape(p)
	}
	return strings.Join(parts, "/")
}

// safeURL passes only http(s) links to the page.
func safeURL(u string) string {
	if strings.HasPrefix(u, "https://") || strings.HasPrefix(u, "http://") {
		return u
	}
	return ""
}

type documentPage struct {
	Base       baseData
	Doc        *index.DocumentView
	Paragraphs []paragraphView
	Back       string
}

type paragraphView struct {
	N        int
	Text     string
	Current  bool
	Speakers []nameLink
	Mentions []string
	Why      []string
}

func (s *Server) showDocumentPage(c echo.Context) error {
	doc, err := s.document(c)
	if err != nil {
		return err
	}
	current, _ := strconv.Atoi(c.QueryParam("p"))
	back := c.QueryParam("back")
	if !strings.HasPrefix(back, "/?") {
		back = "/"
	}
	data := documentPage{Base: s.base(""), Doc: doc, Back: back}
	for _, p := range doc.Paragraphs {
		pv := paragraphView{N: p.N, Text: p.Text, Current: p.N == current, Mentions: p.Mentions, Why: reasons(p.Why)}
		for _, sp := range p.Speakers {
			pv.Speakers = append(pv.Speakers, nameLink{Name: sp, URL: searchParams{Speakers: []string{sp}}.url()})
		}
		data.Paragraphs = append(data.Paragraphs, pv)
	}
	return s.render(c, http.StatusOK, "document", data)
}

func (s *Server) showHelpPage(c echo.Context) error {
	return s.render(c, http.StatusOK, "help", struct{ Base baseData }{s.base("")})
}

type errorPage struct {
	Base    baseData
	Status  string
	Message string
}

func (s *Server) renderError(c echo.Context, status int, msg string) {
	data := errorPage{Base: s.base(""), Status: fmt.Sprintf("%d %s", status, http.StatusText(status)), Message: msg}
	if err := s.render(c, status, "error", data); err != nil {
		s.log.Error("render error page", "error", err)
		_ = c.String(status, msg)
	}
}
