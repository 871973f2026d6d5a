package server

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/readouts/readouts/internal/index"
	"github.com/readouts/readouts/internal/pairing"
	"github.com/readouts/readouts/internal/readout"
)

// eventFinder is what counterparts need from the index beyond Searcher
// (index.Reader provides it). It is asked for apart so that the Searcher
// fakes of other tests need not grow a method.
type eventFinder interface {
	EventDocuments(ctx context.Context, from, to time.Time, names []string, limit int) ([]string, error)
}

// errNoCounterparts is the answer of a server whose index cannot look for
// counterparts (a test's fake Searcher).
var errNoCounterparts = echo.NewHTTPError(http.StatusNotImplemented, "this index cannot look for counterparts")

// library reads documents for package pairing through the server's
// Searcher, so that its reads are observed like the document view's.
type library struct {
	s      Searcher
	events eventFinder
}

func (s *Server) library() (*library, error) {
	src := any(s.index)
	if o, ok := src.(observedSearcher); ok {
		src = o.Searcher
	}
	ev, ok := src.(eventFinder)
	if !ok {
		return nil, errNoCounterparts
	}
	return &library{s: s.index, events: ev}, nil
}

func (l *library) EventDocuments(ctx context.Context, from, to time.Time, names []string, limit int) ([]string, error) {
	return l.events.EventDocuments(ctx, from, to, names, limit)
}

func (l *library) Doc(ctx context.Context, id string) (*pairing.Doc, error) {
	v, err := l.s.Document(ctx, id, "")
	if err != nil {
		return nil, err
	}
	d := pairingDoc(v)
	if vl, ok := l.s.(versionLinks); ok {
		d.Versions = vl.VersionIDs(id)
	}
	return d, nil
}

// versionLinks is the part of an index that knows which documents are
// versions of one release.
type versionLinks interface {
	VersionIDs(id string) []string
}

// pairingDoc is v as package pairing reads it.
func pairingDoc(v *index.DocumentView) *pairing.Doc {
	d := &pairing.Doc{ID: v.ID, Title: v.Title, Source: v.Source, Issuer: v.Issuer, Country: v.Country, URL: v.URL,
		Participants: v.Participants}
	if v.Precision == string(readout.PrecisionDay) && len(v.Date) >= 10 {
		if t, err := time.Parse(time.DateOnly, v.Date[:10]); err == nil {
			d.Date, d.DayPrecise = t, true
		}
	}
	for _, p := range v.Paragraphs {
		d.Paragraphs = append(d.Paragraphs, pairing.Paragraph{Text: p.Text, Speakers: p.Speakers, Mentions: p.Mentions})
	}
	return d
}

// counterpartJSON is one entry of /api/v1/documents/{id}/counterparts.
type counterpartJSON struct {
	DocID   string   `json:"doc_id"`
	Title   string   `json:"title"`
	Date    string   `json:"date"`
	Source  string   `json:"source"`
	Issuer  string   `json:"issuer"`
	Country string   `json:"country"`
	Score   float64  `json:"score"`
	Reasons []string `json:"reasons"`
}

type counterpartsResponse struct {
	Counterparts []counterpartJSON `json:"counterparts"`
}

// counterparts finds the other accounts of document id's event.
func (s *Server) counterparts(ctx context.Context, id string) (*index.DocumentView, []counterpartJSON, error) {
	lib, err := s.library()
	if err != nil {
		return nil, nil, err
	}
	v, err := s.index.Document(ctx, id, "")
	if err != nil {
		return nil, nil, err
	}
	ms, err := pairing.Find(ctx, lib, pairingDoc(v))
	if err != nil {
		return v, nil, err
	}
	out := make([]counterpartJSON, 0, len(ms))
	for _, m := range ms {
		date := ""
		if !m.Doc.Date.IsZero() {
			date = m.Doc.Date.Format(time.DateOnly)
		}
		out = append(out, counterpartJSON{DocID: m.Doc.ID, Title: m.Doc.Title, Date: date, Source: m.Doc.Source,
			Issuer: m.Doc.Issuer, Country: m.Doc.Country, Score: m.Score, Reasons: m.Reasons})
	}
	return v, out, nil
}

// getCounterpartsAPI answers /api/v1/documents/{id}/counterparts: an empty
// list when there are none, 404 for an unknown document.
func (s *Server) getCounterpartsAPI(c echo.Context, id string) error {
	_, cps, err := s.counterparts(c.Request().Context(), id)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, counterpartsResponse{Counterparts: cps})
}

// documentsAPI routes /api/v1/documents/*: a document, or its
// counterparts.
func (s *Server) documentsAPI(c echo.Context) error {
	if p, err := url.PathUnescape(c.Param("*")); err == nil && strings.HasSuffix(p, "/counterparts") {
		id := strings.TrimSuffix(p, "/counterparts")
		if strings.TrimSpace(id) == "" {
			return badRequestf("document id: missing or malformed")
		}
		// A document whose own ID ends in /counterparts is still served.
		if _, err := s.index.Document(c.Request().Context(), p, ""); errors.Is(err, index.ErrNotFound) {
			return s.getCounterpartsAPI(c, id)
		}
	}
	return s.getDocumentAPI(c)
}
