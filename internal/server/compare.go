package server

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/readouts/readouts/internal/index"
	"github.com/readouts/readouts/internal/pairing"
)

// compareSep separates the two document IDs of a compare page,
// /doc/{id}/compare/{other}: IDs hold slashes, so the route is /doc/*.
const compareSep = "/compare/"

// documentPages routes /doc/*: a document, or two accounts compared.
func (s *Server) documentPages(c echo.Context) error {
	p, err := url.PathUnescape(c.Param("*"))
	if err != nil {
		return badRequestf("document id: missing or malformed")
	}
	if i := strings.Index(p, compareSep); i >= 0 {
		// A document whose own ID holds /compare/ is still served.
		if _, err := s.index.Document(c.Request().Context(), p, ""); errors.Is(err, index.ErrNotFound) {
			return s.showComparePage(c, p[:i], p[i+len(compareSep):])
		}
	}
	return s.showDocumentPage(c)
}

// compareDoc is one of the two documents of a compare page.
type compareDoc struct {
	ID, Title, Date, Source, Issuer, Country string
	URL                                      string // its document page
}

// comparePage is /doc/{id}/compare/{other}.
type comparePage struct {
	Base         baseData
	Title        string
	A, B         compareDoc
	Rows         []pairing.Row
	OnlyA, OnlyB pairing.Differences
	// Reasons say why B was found to be an account of A's event; empty
	// when it is not among A's counterparts (the reader typed the URL).
	Reasons []string
}

func (s *Server) showComparePage(c echo.Context, a, b string) error {
	if strings.TrimSpace(a) == "" || strings.TrimSpace(b) == "" {
		return badRequestf("compare: two document ids are needed: /doc/{id}/compare/{other}")
	}
	if a == b {
		return badRequestf("compare: a document is compared with another, not with itself")
	}
	ctx := c.Request().Context()
	va, err := s.index.Document(ctx, a, "")
	if err != nil {
		return err
	}
	vb, err := s.index.Document(ctx, b, "")
	if err != nil {
		return err
	}
	da, db := pairingDoc(va), pairingDoc(vb)
	cmp := pairing.Compare(da, db, s.places)
	data := comparePage{Base: s.base(""), A: compareDocOf(va), B: compareDocOf(vb),
		Rows: cmp.Rows, OnlyA: cmp.OnlyA, OnlyB: cmp.OnlyB}
	data.Title = "Compare: " + data.A.Title + " / " + data.B.Title
	if lib, err := s.library(); err == nil {
		if ms, err := pairing.Find(ctx, lib, da); err == nil {
			for _, m := range ms {
				if m.Doc.ID == vb.ID {
					data.Reasons = m.Reasons
				}
			}
		}
	}
	return s.render(c, http.StatusOK, "compare", data)
}

func compareDocOf(v *index.DocumentView) compareDoc {
	d := compareDoc{ID: v.ID, Title: v.Title, Date: v.Date, Source: v.Source, Issuer: v.Issuer, Country: v.Country,
		URL: "/doc/" + escapePath(v.ID)}
	if d.Title == "" {
		d.Title = v.ID
	}
	return d
}

// counterpartsView is the document page's list of other accounts.
type counterpartsView struct {
	Found  []counterpartLink
	Failed bool // the search for them failed; the page still shows
}

type counterpartLink struct {
	counterpartJSON
	URL, CompareURL string
}

// documentCounterparts lists the other accounts of doc's event for its
// page. A failure is logged and shown as such, not turned into an error
// page: the document itself was read.
func (s *Server) documentCounterparts(ctx context.Context, doc *index.DocumentView) counterpartsView {
	_, cps, err := s.counterparts(ctx, doc.ID)
	if err != nil {
		if !errors.Is(err, context.Canceled) {
			s.log.Warn("counterparts", "doc", doc.ID, "err", err)
		}
		return counterpartsView{Failed: true}
	}
	var v counterpartsView
	for _, cp := range cps {
		v.Found = append(v.Found, counterpartLink{counterpartJSON: cp, URL: "/doc/" + escapePath(cp.DocID),
			CompareURL: "/doc/" + escapePath(doc.ID) + compareSep + escapePath(cp.DocID)})
	}
	return v
}
