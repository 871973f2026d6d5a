package server

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/readouts/readouts/internal/index"
)

// Facet lists beyond the first 15 (issue 12 §6): the search page shows
// each facet's 15 most frequent values and, when there may be more, a
// "more" link to /facets/{name}?<the search>, every value of the facet
// over the search's matches, with a box that narrows them by name.
// GET /api/v1/facets/{name} is its JSON twin. Both work without
// JavaScript: the box is a GET form.

// facetValueReader is what the facet lists read (index.Reader).
type facetValueReader interface {
	FacetValues(ctx context.Context, req index.SearchRequest, facet, contains string, size int) (*index.FacetList, error)
}

// Sizes of a facet list: the API's default, and the page's.
const (
	defaultFacetListSize = 100
	pageFacetListSize    = 500
)

// facetTitles name the list facets on the page, as the search page does.
var facetTitles = map[string]string{
	index.FacetSpeaker: "Speakers",
	index.FacetMention: "People mentioned",
	index.FacetSource:  "Sources",
	index.FacetIssuer:  "Issuers",
	index.FacetCountry: "Countries",
	index.FacetAct:     "Acts",
}

// facetList runs the facet list the request asks for: the facet from the
// route's wildcard, the search from the usual parameters, the box's
// letters from contains, and size (default def).
func (s *Server) facetList(c echo.Context, def int) (string, searchParams, *index.FacetList, error) {
	name := strings.Trim(c.Param("*"), "/")
	if _, ok := facetTitles[name]; !ok {
		return name, searchParams{}, nil, badRequestf("facet: %q is not one of speaker, mention, source, issuer, country, act", name)
	}
	v := c.QueryParams()
	size := def
	if raw := v.Get("size"); raw != "" {
		n, err := strconv.Atoi(raw)
		if err != nil || n < 1 || n > index.MaxFacetValues {
			return name, searchParams{}, nil, badRequestf("size: must be a number from 1 to %d", index.MaxFacetValues)
		}
		size = n
	}
	// page and size here are the list's, not a page of hits.
	sv := url.Values{}
	for k, vs := range v {
		if k != "size" && k != "page" && k != "contains" {
			sv[k] = vs
		}
	}
	p, req, err := s.parseSearchParams(sv)
	if err != nil {
		return name, p, nil, err
	}
	fr := s.facetValues
	if fr == nil {
		return name, p, nil, echo.NewHTTPError(http.StatusNotFound, "facet lists are not available")
	}
	req.MaxTerms = s.cfg.MaxQueryTerms
	req.Admit = s.limiter.admit
	contains := strings.TrimSpace(v.Get("contains"))
	list, err := within(c.Request().Context(), s, func(ctx context.Context) (*index.FacetList, error) {
		return fr.FacetValues(ctx, req, name, contains, size)
	}, "facet", name, "query", req.Query)
	if err == nil {
		p = p.understood(list.Filters)
	}
	return name, p, list, err
}

func (s *Server) getFacetValuesAPI(c echo.Context) error {
	_, _, list, err := s.facetList(c, defaultFacetListSize)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, list)
}

// facetListPage is every value of one facet over a search.
type facetListPage struct {
	Base     baseData
	Title    string // "Speakers"
	Name     string // "speaker"
	Contains string
	List     *index.FacetList
	Values   []facetLink
	Hidden   []hiddenField // the search, kept when the box narrows the list
	Back     string        // the search
	All      string        // the list without the box's letters
}

func (s *Server) showFacetPage(c echo.Context) error {
	name, p, list, err := s.facetList(c, pageFacetListSize)
	if err != nil {
		return err
	}
	data := facetListPage{Base: s.base(p.Query), Title: facetTitles[name], Name: name, List: list,
		Contains: strings.TrimSpace(c.QueryParam("contains")), Back: p.url()}
	data.Base.APIURL = "/api/v1/facets/" + name + "?" + c.QueryString()
	data.Hidden = hiddenFields(p.values())
	data.All = "/facets/" + name
	if q := p.values().Encode(); q != "" {
		data.All += "?" + q
	}
	field := facetField(name)
	for _, v := range list.Values {
		val := v.Value
		active := contains(*field(&p), val)
		u := p.with(func(x *searchParams) {
			if !active {
				*field(x) = append(*field(x), val)
			}
		}).url()
		data.Values = append(data.Values, facetLink{Value: val, Count: v.Count, URL: u, Active: active})
	}
	return s.render(c, http.StatusOK, "facetlist", data)
}

// facetField is the filter of searchParams a facet's values go in.
func facetField(name string) func(*searchParams) *[]string {
	switch name {
	case index.FacetMention:
		return func(x *searchParams) *[]string { return &x.Mentions }
	case index.FacetSource:
		return func(x *searchParams) *[]string { return &x.Sources }
	case index.FacetIssuer:
		return func(x *searchParams) *[]string { return &x.Issuers }
	case index.FacetCountry:
		return func(x *searchParams) *[]string { return &x.Countries }
	case index.FacetAct:
		return func(x *searchParams) *[]string { return &x.Acts }
	}
	return func(x *searchParams) *[]string { return &x.Speakers }
}

// moreURL is the "more" link of a facet on the search page: only when the
// list is full, since a shorter one is already every value.
func moreURL(p searchParams, name string, shown int) string {
	if shown < 15 {
		return ""
	}
	u := "/facets/" + name
	if q := p.values().Encode(); q != "" {
		u += "?" + q
	}
	return u
}
