package server

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/readouts/readouts/internal/index"
	"github.com/readouts/readouts/internal/query"
	"github.com/readouts/readouts/internal/readout"
)

// searchResponse is the JSON body of /api/v1/search.
type searchResponse struct {
	Query      string              `json:"query"`
	Understood string              `json:"understood,omitempty"`
	Total      uint64              `json:"total"`
	TookMS     int64               `json:"took_ms"`
	Page       int                 `json:"page"`
	Size       int                 `json:"size"`
	Pages      int                 `json:"pages"`
	Partial    bool                `json:"partial"`
	Notice     string              `json:"notice,omitempty"`
	Suggestion *index.Suggestion   `json:"suggestion,omitempty"` // a respelled query finding clearly more (suggest.go)
	Unknown    []index.UnknownName `json:"unknown,omitempty"`    // speaker:/mention:/issuer:/country: names naming nobody
	// With group=document: the matching documents, counted exactly when
	// documents_exact, else at least; pages count documents (group.go).
	Group          string                        `json:"group,omitempty"`
	Documents      uint64                        `json:"documents,omitempty"`
	DocumentsExact *bool                         `json:"documents_exact,omitempty"` // set whenever grouped
	Hits           []hitJSON                     `json:"hits"`
	Facets         map[string][]index.FacetValue `json:"facets"`
}

type hitJSON struct {
	index.Hit
	Snippet string `json:"snippet"` // HTML: matches in <mark>, everything else escaped
}

const partialNotice = "No paragraph contains every word; showing the paragraphs that contain the most of them."

// search runs a validated request within the server's limits (limits.go)
// and checks the page is within the results.
func (s *Server) search(ctx context.Context, v url.Values) (searchParams, *index.SearchResult, error) {
	p, req, err := s.parseSearchParams(v)
	if err != nil {
		return p, nil, err
	}
	req.MaxTerms = s.cfg.MaxQueryTerms
	req.Admit = s.limiter.admit
	req.Suggest = true // did you mean, unknown names: cheap, and only when the search finds little
	res, err := s.searchWithin(ctx, req)
	if err != nil {
		return p, nil, err
	}
	p = p.understood(res.Filters)
	if pages := resultPages(res); p.Page > 1 && p.Page > pages {
		return p, res, badRequestf("page: %d is beyond the last page (%d)", p.Page, pages)
	}
	return p, res, nil
}

// timeoutGrace is how long after its deadline a search is given to notice
// and stop by itself, so that its own error comes back (and the metrics
// count it); searchd answers 503 by server.search_timeout + timeoutGrace.
const timeoutGrace = 100 * time.Millisecond

// searchWithin runs req and returns by server.search_timeout, the wait for
// a slot included, whatever the search does: Bleve looks at the context only
// between matches, and not while it builds its searchers, so a search may
// stop a little after its deadline. Its slot is given back only when it has
// stopped, so that the concurrency limit counts the work really running.
func (s *Server) searchWithin(ctx context.Context, req index.SearchRequest) (*index.SearchResult, error) {
	return within(ctx, s, func(ctx context.Context) (*index.SearchResult, error) { return s.index.Search(ctx, req) },
		"query", req.Query, "page", req.Page, "size", req.Size)
}

// within runs search as searchWithin does any search: by
// server.search_timeout, whatever it does. logAttrs describe it in the
// log line of a timeout.
func within[T any](ctx context.Context, s *Server, search func(context.Context) (T, error), logAttrs ...any) (T, error) {
	start := time.Now()
	ctx, cancel := context.WithTimeout(ctx, s.cfg.SearchTimeout)
	defer cancel()
	type outcome struct {
		res T
		err error
	}
	done := make(chan outcome, 1)
	go func() {
		var o outcome
		defer func() {
			if r := recover(); r != nil { // this goroutine is not under recoverPanics
				o = outcome{err: fmt.Errorf("search panicked: %v", r)}
			}
			done <- o
		}()
		o.res, o.err = search(ctx)
	}()
	var o outcome
	select {
	case o = <-done:
		// ctx is cancelled by a timer, which a loaded machine may run late:
		// a search that finished after its deadline is late even if the
		// timer has not fired yet (never a late 200).
		if dl, ok := ctx.Deadline(); ok && o.err == nil && time.Now().After(dl) {
			o = outcome{err: context.DeadlineExceeded}
		}
	case <-ctx.Done():
		select {
		case <-done:
		case <-time.After(timeoutGrace):
		}
		o = outcome{err: ctx.Err()} // even if it finished: too late
	}
	if errors.Is(o.err, context.DeadlineExceeded) {
		s.log.Warn("search timed out", append(logAttrs, "timeout", s.cfg.SearchTimeout, "elapsed", time.Since(start).Round(time.Millisecond))...)
	}
	return o.res, o.err
}

func pageCount(total uint64, size int) int {
	if size <= 0 {
		return 0
	}
	return int((total + uint64(size) - 1) / uint64(size))
}

func (s *Server) searchAPI(c echo.Context) error {
	p, res, err := s.search(c.Request().Context(), c.QueryParams())
	if err != nil {
		return err
	}
	out := searchResponse{
		Query:      p.Query,
		Understood: res.Query,
		Total:      res.Total,
		TookMS:     res.Took.Milliseconds(),
		Page:       res.Page,
		Size:       res.Size,
		Pages:      resultPages(res),
		Partial:    res.Partial,
		Hits:       make([]hitJSON, 0, len(res.Hits)),
		Facets:     res.Facets,
	}
	if res.Partial {
		out.Notice = partialNotice
	}
	if res.Grouped {
		exact := res.DocumentsExact
		out.Group, out.Documents, out.DocumentsExact = index.GroupDocument, res.Documents, &exact
	}
	out.Suggestion, out.Unknown = res.Suggestion, res.Unknown
	if n := unknownNotice(res.Unknown); n != "" {
		out.Notice = strings.TrimSpace(out.Notice + " " + n)
	}
	for _, h := range res.Hits {
		out.Hits = append(out.Hits, hitJSON{Hit: h, Snippet: h.Snippet.HTML()})
	}
	for _, name := range []string{index.FacetSpeaker, index.FacetMention, index.FacetSource, index.FacetIssuer, index.FacetCountry, index.FacetYear, index.FacetMonth, index.FacetAct, index.FacetTurn} {
		if out.Facets[name] == nil {
			out.Facets[name] = []index.FacetValue{}
		}
	}
	return c.JSON(http.StatusOK, out)
}

// documentResponse is the JSON body of /api/v1/documents/{id}.
type documentResponse struct {
	*index.DocumentView
	Paragraphs []paragraphJSON `json:"paragraphs"`
}

type paragraphJSON struct {
	N        int      `json:"paragraph"`
	Text     string   `json:"text"`
	Speakers []string `json:"speakers"`
	Mentions []string `json:"mentions"`
	Acts     []string `json:"acts"`          // what its speakers did with words: "urged", "expressed-concern"
	Why      []string `json:"why,omitempty"` // e.g. `"He" → Wang Yi (pronoun, paragraph 2)`
	// Marked is the text as HTML with the words of ?q= in <mark>, for the
	// paragraphs that hold any of them.
	Marked string `json:"marked,omitempty"`

	SpeakerActs []readout.SpeakerAct `json:"speaker_acts"` // who did each of Acts
	// Turn is "question" or "answer" in a transcript (turn.go).
	Turn string `json:"turn,omitempty"`
}

func (s *Server) getDocumentAPI(c echo.Context) error {
	doc, err := s.document(c, c.QueryParam("q"))
	if err != nil {
		return err
	}
	out := documentResponse{DocumentView: doc, Paragraphs: make([]paragraphJSON, 0, len(doc.Paragraphs))}
	for _, p := range doc.Paragraphs {
		out.Paragraphs = append(out.Paragraphs, paragraphJSON{
			N: p.N, Text: p.Text, Speakers: nonNilStrings(p.Speakers), Mentions: nonNilStrings(p.Mentions), Acts: nonNilStrings(p.Acts), SpeakerActs: nonNilPairs(p.SpeakerActs), Why: reasons(p.Why),
			Marked: doc.Marked[p.N].HTML(), Turn: p.Turn,
		})
	}
	return c.JSON(http.StatusOK, out)
}

// document loads the document named by the route's wildcard, with the words
// of the query highlight marked.
func (s *Server) document(c echo.Context, highlight string) (*index.DocumentView, error) {
	id, err := url.PathUnescape(c.Param("*"))
	if err != nil || strings.TrimSpace(id) == "" {
		return nil, badRequestf("document id: missing or malformed")
	}
	return s.index.Document(c.Request().Context(), id, highlight)
}

func reasons(rs []readout.Reason) []string {
	var out []string
	for _, r := range rs {
		out = append(out, r.String())
	}
	return out
}

func nonNilPairs(s []readout.SpeakerAct) []readout.SpeakerAct {
	if s == nil {
		return []readout.SpeakerAct{}
	}
	return s
}

func nonNilStrings(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func (s *Server) getHealth(c echo.Context) error {
	return c.JSON(http.StatusOK, map[string]string{"status": "ok"})
}

func (s *Server) getReady(c echo.Context) error {
	st, err := s.index.Stats()
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, map[string]any{"status": "ready", "index": st})
}

// handleError maps errors to status codes in one place: 400 for what the
// client can fix (the message says what), 404, 503 before the first index,
// and 500 with no internal detail otherwise. Pages get an HTML page, the API
// JSON {"error": "..."}.
func (s *Server) handleError(err error, c echo.Context) {
	if c.Response().Committed {
		return
	}
	status, msg := http.StatusInternalServerError, "internal error"
	var he *echo.HTTPError
	var br *badRequest
	var qe *query.Error
	switch {
	case errors.As(err, &br):
		status, msg = http.StatusBadRequest, br.msg
	case errors.As(err, &qe):
		status, msg = http.StatusBadRequest, qe.Error()
	case errors.Is(err, index.ErrQuery):
		status, msg = http.StatusBadRequest, err.Error()
	case errors.Is(err, index.ErrNotFound):
		status, msg = http.StatusNotFound, "no such document"
	case errors.Is(err, index.ErrNoIndex):
		status, msg = http.StatusServiceUnavailable, "no index has been built yet: run the indexer"
	case errors.Is(err, context.DeadlineExceeded):
		status, msg = http.StatusServiceUnavailable, "the search took too long; try a more specific query"
	case errors.Is(err, errBusy):
		status, msg = http.StatusTooManyRequests, errBusy.Error()
		c.Response().Header().Set("Retry-After", retryAfter)
	case errors.Is(err, context.Canceled):
		return // the client left
	case errors.As(err, &he):
		status = he.Code
		msg = http.StatusText(he.Code)
		if m, ok := he.Message.(string); ok && he.Code < 500 {
			msg = m
		}
	}
	if status >= 500 && status != http.StatusServiceUnavailable {
		s.log.Error("request failed", "path", c.Request().URL.Path, "error", err)
	}
	if strings.HasPrefix(c.Request().URL.Path, "/api/") || c.Request().URL.Path == "/healthz" || c.Request().URL.Path == "/readyz" {
		_ = c.JSON(status, map[string]string{"error": msg})
		return
	}
	s.renderError(c, status, msg)
}
