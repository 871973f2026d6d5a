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
	"time"
	"unicode/utf8"

	"github.com/labstack/echo/v4"

	"github.com/readouts/readouts/internal/index"
	"github.com/readouts/readouts/internal/query"
	"github.com/readouts/readouts/internal/readout"
	"github.com/readouts/readouts/web"
)

func parsePages() (map[string]*template.Template, error) {
	pages := map[string]*template.Template{}
	for _, name := range []string{"search", "document", "help", "error", "grid", "timeline", "compare", "changes", "facetlist"} {
		t, err := template.New(name).ParseFS(web.Templates, "templates/layout.html", "templates/syntax.html", "templates/versions.html", "templates/"+name+".html")
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
	APIURL    string // the JSON twin of this page, if any
	FeedURL   string // the Atom feed of this page's search, if any (feed.go)
}

type hiddenField struct{ Name, Value string }

func (s *Server) base(query string) baseData {
	b := baseData{Query: query}
	if st, err := s.index.Stats(); err == nil {
		b.Stats = &st
	}
	return b
}

// searchPage is the search page: the form state, the results and the
// facets, every link precomputed so the template only prints.
type searchPage struct {
	Base    baseData
	Landing bool // no query and no filter: show what the box can do
	Problem *queryProblem

	Result     *index.SearchResult
	Understood string // the query as understood, when there is one
	Total      string // "1,234 paragraphs"
	Match      string // "matches" or "match", to agree with Total
	Range      string // "1–10"
	Page       int
	Pages      int
	TookMS     int64
	FirstRank  int
	Hits       []hitView
	Pager      []pageLink
	Prev, Next string

	Chips      []chip
	ClearAll   string
	Everything string    // the query without any filter, for the empty state
	TakeAway   takeAway  // follow, link to and download this search (feed_page.go)
	Group      groupView // one result per document, or every paragraph (group.go)
	Turn       turnView  // with or without reporters' questions (turn.go)
	SortHidden []hiddenField
	Sorts      []sortOption
	From, To   string

	Facets    []facetView
	Timelines []timelineView

	DidYouMean  *didYouMeanView   // suggest.go
	Unknown     []unknownNameView // names of the query or filters naming nobody
	NameFilters []nameFilterView  // filter boxes offering names

	CrossTabs []nameLink // the query in a grid and a timeline (grid.go)
}

// queryProblem explains a query that could not be run, pointing at the
// words at fault when the index says where they are.
type queryProblem struct {
	Message           string
	Before, At, After string // the query cut around the problem
}

type hitView struct {
	Rank      int
	DocID     string
	DocURL    string
	Title     index.Snippet
	Date      string
	Source    string
	Issuer    string
	Country   string
	Paragraph int
	Speakers  []nameLink
	Acts      []string // what its speakers did with words
	Snippet   index.Snippet
	Original  string
	Permalink string // the paragraph's lasting address, to copy (feed.go)
	More      int    // grouped by document: its other matching paragraphs (group.go)
	Turn      string // "question" for a reporter's question (turn.go)
	MoreURL   string // the document with the query's words marked
}

type nameLink struct{ Name, URL string }

type chip struct{ Kind, Value, Remove string }

type sortOption struct {
	Value, Label string
	Selected     bool
}

type pageLink struct {
	N       int
	URL     string
	Current bool
	Gap     bool // an ellipsis between page numbers
}

type facetView struct {
	Title  string
	ID     string
	Values []facetLink
	More   string // every value of the facet over the search (facetlist.go); "" when all are shown
}

type facetLink struct {
	Value  string
	Count  int
	URL    string
	Active bool
}

// timelineView is one bar chart: matches by year, or by month.
type timelineView struct {
	Title string
	Unit  string // "year" or "month"
	Bars  []bar
}

type bar struct {
	Label  string // "2021", "November 2021"
	Short  string // under the bar; empty to leave it unlabelled
	Count  int
	URL    string // empty for an empty period: nothing to filter to
	Active bool
	Y      int // the bar is drawn in a 0..100 box from Y down
	Height int
}

func (s *Server) showSearchPage(c echo.Context) error {
	p, res, err := s.search(c.Request().Context(), c.QueryParams())
	data := searchPage{Base: s.base(p.Query), Page: p.Page}
	data.Base.Autofocus = p.Query == ""
	data.Base.Hidden = hiddenFields(p.with(func(x *searchParams) { x.Query = "" }).values(), "page")
	data.Base.APIURL = "/api/v1/search?" + p.values().Encode()
	data.SortHidden = hiddenFields(p.with(func(x *searchParams) {}).values(), "sort", "from", "to", "page")
	data.From, data.To = p.From, p.To
	for _, o := range sorts {
		data.Sorts = append(data.Sorts, sortOption{Value: o.Value, Label: o.Label, Selected: o.Value == p.Sort})
	}
	data.Chips, data.ClearAll = chips(p)
	data.Everything = searchParams{Query: p.Query, Sort: p.Sort}.url()
	data.Landing = p.Query == "" && len(data.Chips) == 0
	if err != nil {
		var br *badRequest
		var qe *query.Error
		switch {
		case errors.As(err, &qe):
			data.Problem = explainQueryError(p.Query, qe)
		case errors.As(err, &br):
			data.Problem = &queryProblem{Message: br.msg}
		case errors.Is(err, index.ErrQuery):
			data.Problem = &queryProblem{Message: strings.TrimPrefix(err.Error(), "query: ")}
		default:
			return err
		}
		return s.render(c, http.StatusBadRequest, "search", data)
	}
	data.Result = res
	data.Understood = res.Query
	data.DidYouMean, data.Unknown = forgiveViews(p, res)
	data.NameFilters = s.nameFilters(c.Request().Context(), p)
	data.TakeAway = takeAwayLinks(p, res.Total, s.cfg.MaxExport)
	data.Base.FeedURL = data.TakeAway.Feed
	data.TookMS = res.Took.Milliseconds()
	data.Pages = resultPages(res)
	data.Group = groupToggle(p, res)
	data.Turn = turnToggle(p, res.Facets[index.FacetTurn])
	data.FirstRank = (p.Page-1)*res.Size + 1
	data.Total = plural(res.Total, "paragraph", "paragraphs")
	data.Match = "match"
	if res.Total == 1 {
		data.Match = "matches"
	}
	if res.Total > 0 {
		data.Range = fmt.Sprintf("%d–%d", data.FirstRank, data.FirstRank+len(res.Hits)-1)
	}
	back := p.url()
	for i, h := range res.Hits {
		hv := hitView{
			Rank: data.FirstRank + i, DocID: h.DocID, DocURL: docURL(h.DocID, h.Paragraph, back),
			Title: h.TitleMarked, Date: h.Date, Source: h.Source, Issuer: h.Issuer, Country: h.Country, Paragraph: h.Paragraph,
			Snippet: h.Snippet, Original: safeURL(h.URL), Permalink: paragraphPermalink(h.DocID, h.Paragraph),
		}
		for _, sp := range h.Speakers {
			hv.Speakers = append(hv.Speakers, nameLink{Name: sp, URL: p.with(func(x *searchParams) {
				if !contains(x.Speakers, sp) {
					x.Speakers = append(x.Speakers, sp)
				}
			}).url()})
		}
		hv.Acts = h.Acts
		hv.Turn = h.Turn
		hv.More, hv.MoreURL = moreInDocument(h, back)
		data.Hits = append(data.Hits, hv)
	}
	if p.Page > 1 {
		data.Prev = p.with(func(x *searchParams) { x.Page = p.Page - 1 }).url()
	}
	if p.Page < data.Pages {
		data.Next = p.with(func(x *searchParams) { x.Page = p.Page + 1 }).url()
	}
	data.Pager = pager(p, data.Pages)
	data.Facets = facetViews(p, res.Facets)
	data.Timelines = timelines(p, res.Facets)
	data.CrossTabs = crossTabLinks(p)
	return s.render(c, http.StatusOK, "search", data)
}

// explainQueryError says what is wrong in plain words and cuts the query
// around the word at fault, so the page can point at it.
func explainQueryError(q string, qe *query.Error) *queryProblem {
	prob := &queryProblem{Message: qe.Msg}
	if qe.Msg == "" {
		prob.Message = strings.TrimPrefix(qe.Error(), "query: ")
	}
	if q == "" || qe.Pos < 0 || qe.Pos > len(q) {
		return prob
	}
	start := qe.Pos
	// Pos may be len(q) (the problem is at the end: "(" ends too
	// early); q[start] must not be read there.
	for start > 0 && start < len(q) && !utf8.RuneStart(q[start]) {
		start--
	}
	end := start
	for end < len(q) && q[end] != ' ' {
		end++
	}
	if end == start && end < len(q) {
		end++
	}
	prob.Before, prob.At, prob.After = q[:start], q[start:end], q[end:]
	if prob.At == "" {
		prob.At = " " // the problem is at the end: point just past the query
	}
	return prob
}

func plural(n uint64, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return thousands(n) + " " + many
}

// thousands formats 12345 as "12,345".
func thousands(n uint64) string {
	s := strconv.FormatUint(n, 10)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

func hiddenFields(v url.Values, skip ...string) []hiddenField {
	var out []hiddenField
	for _, name := range []string{"q", "speaker", "mention", "source", "issuer", "country", "act", "turn", "from", "to", "sort", "size"} {
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
		out = append(out, chip{Kind: "Speaker", Value: sp, Remove: p.with(func(x *searchParams) { x.Speakers = without(x.Speakers, sp) }).url()})
	}
	for _, m := range p.Mentions {
		out = append(out, chip{Kind: "Mentions", Value: m, Remove: p.with(func(x *searchParams) { x.Mentions = without(x.Mentions, m) }).url()})
	}
	for _, src := range p.Sources {
		out = append(out, chip{Kind: "Source", Value: src, Remove: p.with(func(x *searchParams) { x.Sources = without(x.Sources, src) }).url()})
	}
	for _, is := range p.Issuers {
		out = append(out, chip{Kind: "Issuer", Value: is, Remove: p.with(func(x *searchParams) { x.Issuers = without(x.Issuers, is) }).url()})
	}
	for _, co := range p.Countries {
		out = append(out, chip{Kind: "Country", Value: co, Remove: p.with(func(x *searchParams) { x.Countries = without(x.Countries, co) }).url()})
	}
	for _, a := range p.Acts {
		out = append(out, chip{Kind: "Act", Value: a, Remove: p.with(func(x *searchParams) { x.Acts = without(x.Acts, a) }).url()})
	}
	out = append(out, turnChip(p)...)
	switch {
	case p.From != "" && p.From == p.To:
		out = append(out, chip{Kind: "Date", Value: p.From, Remove: p.with(func(x *searchParams) { x.From, x.To = "", "" }).url()})
	default:
		if p.From != "" {
			out = append(out, chip{Kind: "From", Value: p.From, Remove: p.with(func(x *searchParams) { x.From = "" }).url()})
		}
		if p.To != "" {
			out = append(out, chip{Kind: "To", Value: p.To, Remove: p.with(func(x *searchParams) { x.To = "" }).url()})
		}
	}
	clear := p.with(func(x *searchParams) {
		x.Speakers, x.Mentions, x.Sources, x.Issuers, x.Countries, x.From, x.To = nil, nil, nil, nil, nil, "", ""
		x.Acts, x.Turn = nil, ""
	}).url()
	return out, clear
}

// pager lists page numbers around the current one, the first and the last:
// 1 … 4 5 [6] 7 8 … 20.
func pager(p searchParams, pages int) []pageLink {
	if pages < 2 {
		return nil
	}
	var out []pageLink
	last := 0
	for n := 1; n <= pages; n++ {
		if n != 1 && n != pages && (n < p.Page-2 || n > p.Page+2) {
			continue
		}
		if last != 0 && n > last+1 {
			out = append(out, pageLink{Gap: true})
		}
		out = append(out, pageLink{N: n, Current: n == p.Page, URL: p.with(func(x *searchParams) { x.Page = n }).url()})
		last = n
	}
	return out
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
		{index.FacetIssuer, "Issuer", func(x *searchParams) *[]string { return &x.Issuers }},
		{index.FacetCountry, "Country", func(x *searchParams) *[]string { return &x.Countries }},
		{index.FacetAct, "Act", func(x *searchParams) *[]string { return &x.Acts }},
	}
	var out []facetView
	for _, l := range lists {
		fv := facetView{Title: l.title, ID: "facet-" + l.name}
		for _, v := range facets[l.name] {
			val := v.Value
			if strings.TrimSpace(val) == "" {
				continue // e.g. documents with no source: nothing to filter on
			}
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
			fv.More = moreURL(p, l.name, len(facets[l.name]))
			out = append(out, fv)
		}
	}
	if fv, ok := turnFacetView(p, facets[index.FacetTurn]); ok {
		out = append(out, fv)
	}
	return out
}

// timelines draws matches by year when they span several years, and by
// month when they span two years at most (a single year shows all twelve
// months). A bar links to its period; the selected period's bar links back
// to no date filter.
func timelines(p searchParams, facets map[string][]index.FacetValue) []timelineView {
	years := facets[index.FacetYear]
	if len(years) == 0 {
		return nil
	}
	first, err1 := strconv.Atoi(years[0].Value)
	last, err2 := strconv.Atoi(years[len(years)-1].Value)
	if err1 != nil || err2 != nil {
		return nil
	}
	var out []timelineView
	if first != last {
		vals := years
		if last-first <= 60 {
			vals = fillYears(years, first, last)
		}
		every := 1
		if len(vals) > 8 {
			every = (len(vals) + 6) / 7 // about seven labels
		}
		tv := timelineView{Title: "By year", Unit: "year"}
		for i, v := range vals {
			short := ""
			if i%every == 0 {
				short = v.Value
			}
			tv.Bars = append(tv.Bars, bar{Label: v.Value, Short: short, Count: v.Count})
		}
		out = append(out, scaleBars(p, tv))
	}
	if months := facets[index.FacetMonth]; last-first <= 1 && len(months) > 0 {
		var vals []index.FacetValue
		title := "By month"
		if first == last {
			vals = fillMonths(months, fmt.Sprintf("%04d-01", first), fmt.Sprintf("%04d-12", first))
			title += ", " + years[0].Value
		} else {
			vals = fillMonths(months, months[0].Value, months[len(months)-1].Value)
		}
		tv := timelineView{Title: title, Unit: "month"}
		for _, v := range vals {
			label, short := v.Value, ""
			if t, err := time.Parse("2006-01", v.Value); err == nil {
				label = t.Format("January 2006")
				short = t.Format("Jan")[:1]
				if first != last && t.Month() == time.January {
					short = t.Format("’06")
				}
			}
			tv.Bars = append(tv.Bars, bar{Label: label, Short: short, Count: v.Count, URL: v.Value})
		}
		out = append(out, scaleBars(p, tv))
	}
	return out
}

// scaleBars sets the bars' heights and links; a bar's URL holds its period
// on the way in.
func scaleBars(p searchParams, tv timelineView) timelineView {
	top := 0
	for _, b := range tv.Bars {
		top = max(top, b.Count)
	}
	for i := range tv.Bars {
		b := &tv.Bars[i]
		period := b.Label
		if tv.Unit == "month" {
			period = b.URL
		}
		b.URL = ""
		if top > 0 {
			b.Height = b.Count * 100 / top
		}
		if b.Count > 0 && b.Height < 4 {
			b.Height = 4 // a single match stays visible
		}
		b.Y = 100 - b.Height
		b.Active = p.From == period && p.To == period
		if b.Count == 0 && !b.Active {
			continue
		}
		b.URL = p.with(func(x *searchParams) {
			if b.Active {
				x.From, x.To = "", ""
			} else {
				x.From, x.To = period, period
			}
		}).url()
	}
	return tv
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

// fillMonths lists every month from first to last ("2021-03") with its count.
func fillMonths(months []index.FacetValue, first, last string) []index.FacetValue {
	counts := map[string]int{}
	for _, m := range months {
		counts[m.Value] = m.Count
	}
	var fy, fm, ly, lm int
	if _, err := fmt.Sscanf(first, "%d-%d", &fy, &fm); err != nil {
		return months
	}
	if _, err := fmt.Sscanf(last, "%d-%d", &ly, &lm); err != nil {
		return months
	}
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

// documentPage is a whole document, with the paragraph a hit pointed at
// marked and its neighbours one step away.
type documentPage struct {
	Base       baseData
	Doc        *index.DocumentView
	Title      string
	Original   string
	Paragraphs []paragraphView
	Back       string
	Current    *paragraphView // the paragraph ?p= names, if it exists
	Count      int
	// Issuer and Country link to the search for every document issued by
	// them; nil when the document has none.
	Issuer, Country *nameLink
	Counterparts    counterpartsView // other accounts of its event (compare.go)
	History         []versionView    // the release's versions, if it has others (versions.go)
}

// actLink is an act of a paragraph, who did it, and the search for what
// else they did so: "what else did Wang Yi urge".
type actLink struct {
	Act, URL string
	By       []string
}

func newActLink(act string, p readout.Paragraph) actLink {
	l := actLink{Act: act}
	for _, sa := range p.SpeakerActs {
		if sa.Act == act {
			l.By = append(l.By, sa.Speaker)
		}
	}
	by := l.By
	if len(by) == 0 {
		by = p.Speakers // an index from before speaker acts were kept
	}
	l.URL = searchParams{Speakers: by, Acts: []string{act}}.url()
	return l
}

type paragraphView struct {
	N          int
	Question   bool // a reporter's question (turn.go)
	Text       string
	Marked     index.Snippet // the text with the query's words marked, when it has any
	Current    bool
	Near       bool // right before or after the current paragraph
	Prev, Next int  // neighbouring paragraph numbers; 0 at either end
	Speakers   []nameLink
	Mentions   []nameLink
	Acts       []actLink // what its speakers did with words, and who
	Why        []string
}

func (s *Server) showDocumentPage(c echo.Context) error {
	back := c.QueryParam("back")
	if !strings.HasPrefix(back, "/?") {
		back = "/"
	}
	// The search box keeps the query the reader came from, and its words
	// are marked in the document.
	query := ""
	if v, err := url.ParseQuery(strings.TrimPrefix(back, "/?")); err == nil {
		query = v.Get("q")
	}
	doc, err := s.document(c, query)
	if err != nil {
		return err
	}
	current, _ := strconv.Atoi(c.QueryParam("p"))
	data := documentPage{Base: s.base(""), Doc: doc, Back: back, Title: doc.Title, Original: safeURL(doc.URL), Count: len(doc.Paragraphs)}
	if data.Title == "" {
		data.Title = doc.ID
	}
	data.Base.Query = query
	data.Base.APIURL = "/api/v1/documents/" + escapePath(doc.ID)
	data.History = s.history(c, doc.ID)
	data.Counterparts = s.documentCounterparts(c.Request().Context(), doc)
	if doc.Issuer != "" {
		data.Issuer = &nameLink{Name: doc.Issuer, URL: searchParams{Issuers: []string{doc.Issuer}}.url()}
	}
	if doc.Country != "" {
		data.Country = &nameLink{Name: doc.Country, URL: searchParams{Countries: []string{doc.Country}}.url()}
	}
	cur := -1
	for i, p := range doc.Paragraphs {
		pv := paragraphView{N: p.N, Text: p.Text, Marked: doc.Marked[p.N], Current: p.N == current, Why: reasons(p.Why),
			Question: p.Turn == readout.TurnQuestion}
		if i > 0 {
			pv.Prev = doc.Paragraphs[i-1].N
		}
		if i+1 < len(doc.Paragraphs) {
			pv.Next = doc.Paragraphs[i+1].N
		}
		for _, sp := range p.Speakers {
			pv.Speakers = append(pv.Speakers, nameLink{Name: sp, URL: searchParams{Speakers: []string{sp}}.url()})
		}
		for _, m := range p.Mentions {
			pv.Mentions = append(pv.Mentions, nameLink{Name: m, URL: searchParams{Mentions: []string{m}}.url()})
		}
		for _, a := range p.Acts {
			pv.Acts = append(pv.Acts, newActLink(a, p))
		}
		if pv.Current {
			cur = i
		}
		data.Paragraphs = append(data.Paragraphs, pv)
	}
	if cur >= 0 {
		for _, i := range []int{cur - 1, cur + 1} {
			if i >= 0 && i < len(data.Paragraphs) {
				data.Paragraphs[i].Near = true
			}
		}
		data.Current = &data.Paragraphs[cur]
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
