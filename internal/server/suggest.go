package server

import (
	"context"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/labstack/echo/v4"

	"github.com/readouts/readouts/internal/index"
)

// nameSuggester is what /api/v1/suggest needs from the index
// (index.Reader provides it).
type nameSuggester interface {
	SuggestNames(ctx context.Context, field, prefix string, size int) ([]index.NameSuggestion, error)
	TopNames(ctx context.Context, field string, size int) ([]index.NameSuggestion, error)
}

// Bounds of /api/v1/suggest.
const (
	defaultSuggestSize = 10
	maxSuggestSize     = 50
	maxSuggestPrefix   = 100 // characters
)

// suggestResponse is the JSON body of /api/v1/suggest.
type suggestResponse struct {
	Field  string                 `json:"field"`
	Prefix string                 `json:"prefix"`
	Names  []index.NameSuggestion `json:"names"`
}

// getNameSuggestions answers /api/v1/suggest?field=speaker&prefix=wan: the
// canonical names of the field that the prefix starts, or one of whose
// words or aliases it starts, with their paragraph counts, most first.
func (s *Server) getNameSuggestions(c echo.Context) error {
	v := c.QueryParams()
	field := strings.TrimSpace(v.Get("field"))
	if !isNameField(field) {
		return badRequestf("field: must be one of %s", strings.Join(index.NameFields, ", "))
	}
	prefix := strings.TrimSpace(v.Get("prefix"))
	if prefix == "" {
		return badRequestf("prefix: must not be empty")
	}
	if utf8.RuneCountInString(prefix) > maxSuggestPrefix {
		return badRequestf("prefix: longer than %d characters", maxSuggestPrefix)
	}
	size := defaultSuggestSize
	if raw := v.Get("size"); raw != "" {
		n, err := strconv.Atoi(raw)
		if err != nil || n < 1 || n > maxSuggestSize {
			return badRequestf("size: must be a whole number from 1 to %d", maxSuggestSize)
		}
		size = n
	}
	names, err := s.suggestNames(c.Request().Context(), field, prefix, size)
	if err != nil {
		return err
	}
	// Names change only when a new generation is published: a minute of
	// caching spares the index a request per keystroke of a reader going
	// back and forth.
	c.Response().Header().Set("Cache-Control", "public, max-age=60")
	return c.JSON(http.StatusOK, suggestResponse{Field: field, Prefix: prefix, Names: names})
}

// suggestNames asks the index, if it can suggest names.
func (s *Server) suggestNames(ctx context.Context, field, prefix string, size int) ([]index.NameSuggestion, error) {
	if s.names == nil {
		return nil, echo.NewHTTPError(http.StatusNotImplemented, "name suggestions are not available")
	}
	return s.names.SuggestNames(ctx, field, prefix, size)
}

func isNameField(f string) bool {
	for _, n := range index.NameFields {
		if f == n {
			return true
		}
	}
	return false
}

// namesOffered is how many names a filter box offers before anything is
// typed (the browser narrows them as the reader types; app.js asks
// /api/v1/suggest for more, aliases included).
const namesOffered = 30

// nameFilterView is one filter box of the search page: a text input whose
// datalist offers the field's names, with the search's other parameters
// carried along.
type nameFilterView struct {
	Field, Label, ID string
	Names            []index.NameSuggestion
	Hidden           []hiddenField
}

var nameFilterLabels = []struct{ field, param, label string }{
	{index.FacetSpeaker, "speaker", "Speaker"},
	{index.FacetMention, "mention", "Mentioned"},
	{index.FacetIssuer, "issuer", "Issued by"},
	{index.FacetCountry, "country", "Country"},
	{index.FacetSource, "source", "Source"},
}

// nameFilters builds the filter boxes; a box whose names cannot be read
// is left out, the page still works.
func (s *Server) nameFilters(ctx context.Context, p searchParams) []nameFilterView {
	if s.names == nil {
		return nil
	}
	hidden := hiddenFields(p.values(), "page")
	var out []nameFilterView
	for _, l := range nameFilterLabels {
		names, err := s.names.TopNames(ctx, l.field, namesOffered)
		if err != nil {
			continue
		}
		out = append(out, nameFilterView{Field: l.param, Label: l.label, ID: "filter-" + l.param, Names: names, Hidden: hidden})
	}
	return out
}

// didYouMeanView is a respelled query as a link.
type didYouMeanView struct {
	Query string
	URL   string
	Total string // "12 paragraphs"
}

// unknownNameView says that a name names nobody, with links to the search
// with each of the closest names instead; or, for a name the gazetteer
// knows (Known), that no document in the index has it.
type unknownNameView struct {
	Field, Value string
	Known        bool
	Links        []nameLink
}

// forgiveViews turns the search's suggestion and unknown names into links
// that keep every other parameter.
func forgiveViews(p searchParams, res *index.SearchResult) (*didYouMeanView, []unknownNameView) {
	var dym *didYouMeanView
	if sg := res.Suggestion; sg != nil {
		dym = &didYouMeanView{Query: sg.Query, Total: plural(sg.Total, "paragraph", "paragraphs"),
			URL: p.with(func(x *searchParams) { x.Query = sg.Query }).url()}
	}
	var unknown []unknownNameView
	for _, u := range res.Unknown {
		v := unknownNameView{Field: u.Field, Value: u.Value, Known: u.Known}
		for _, name := range u.Candidates {
			v.Links = append(v.Links, nameLink{Name: name, URL: p.with(func(x *searchParams) { replaceName(x, u, name) }).url()})
		}
		unknown = append(unknown, v)
	}
	return dym, unknown
}

// replaceName puts name where the unknown value was: in the query, quoted
// (speaker:Wang → speaker:"Wang Yi"), or in its filter.
func replaceName(x *searchParams, u index.UnknownName, name string) {
	if u.End > 0 && u.End <= len(x.Query) && u.Start <= u.End {
		x.Query = x.Query[:u.Start] + `"` + name + `"` + x.Query[u.End:]
		return
	}
	var list *[]string
	switch u.Field {
	case index.FacetSpeaker:
		list = &x.Speakers
	case index.FacetMention:
		list = &x.Mentions
	case index.FacetSource:
		list = &x.Sources
	case index.FacetIssuer:
		list = &x.Issuers
	case index.FacetCountry:
		list = &x.Countries
	default:
		return
	}
	for i, v := range *list {
		if v == u.Value {
			(*list)[i] = name
		}
	}
}

// unknownNotice says in words which names name nobody, for the API, in
// the page's words: a name the gazetteer knows is one no document has
// ("Chile"), not a misspelling with look-alikes ("Germny").
func unknownNotice(us []index.UnknownName) string {
	var parts []string
	for _, u := range us {
		if u.Known {
			parts = append(parts, fmt.Sprintf("No document in this index has %s “%s”.", u.Field, u.Value))
			continue
		}
		msg := fmt.Sprintf("No %s named “%s”", u.Field, u.Value)
		if len(u.Candidates) > 0 {
			msg += "; did you mean: " + strings.Join(u.Candidates, ", ") + "?"
		} else {
			msg += "."
		}
		parts = append(parts, msg)
	}
	return strings.Join(parts, " ")
}
