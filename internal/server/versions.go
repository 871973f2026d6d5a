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
)

// Versions of a release (issue 12 §5): GET /api/v1/documents/{id}/versions,
// the "History" section of the document page and the page of what changed
// between two versions, /doc/{id}/changes/{other}. Document IDs hold
// slashes, so these ride on the documents' wildcard routes: a path that
// is itself a document's ID is always that document.

// versionReader is what the versions views read (index.Reader).
type versionReader interface {
	Versions(ctx context.Context, id string) ([]index.Version, error)
	CompareVersions(ctx context.Context, id, other string) (*index.VersionDiff, error)
}

// errNoVersions answers when the index does not know versions (a Searcher
// other than index.Reader).
var errNoVersions = echo.NewHTTPError(http.StatusNotFound, "versions are not available")

// withVersionsAPI answers {id}/versions under /api/v1/documents/*, and
// hands every other path to next.
func (s *Server) withVersionsAPI(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		p, err := url.PathUnescape(c.Param("*"))
		if err != nil || !strings.HasSuffix(p, "/versions") || s.isDocument(c, p) {
			return next(c)
		}
		id := strings.TrimSuffix(p, "/versions")
		if strings.TrimSpace(id) == "" {
			return badRequestf("document id: missing or malformed")
		}
		if s.versions == nil {
			return errNoVersions
		}
		vs, err := s.versions.Versions(c.Request().Context(), id)
		if err != nil {
			return err
		}
		return c.JSON(http.StatusOK, versionsResponse{DocID: id, Versions: vs})
	}
}

type versionsResponse struct {
	DocID    string          `json:"doc_id"`
	Versions []index.Version `json:"versions"`
}

// withChangesPage shows /doc/{id}/changes/{other}, and hands every other
// path to next.
func (s *Server) withChangesPage(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		p, err := url.PathUnescape(c.Param("*"))
		if err != nil {
			return next(c)
		}
		id, other, ok := strings.Cut(p, "/changes/")
		if !ok || s.isDocument(c, p) {
			return next(c)
		}
		if strings.TrimSpace(id) == "" || strings.TrimSpace(other) == "" {
			return badRequestf("document id: missing or malformed")
		}
		return s.showChangesPage(c, id, other)
	}
}

func (s *Server) isDocument(c echo.Context, id string) bool {
	_, err := s.index.Document(c.Request().Context(), id, "")
	return err == nil
}

// changesPage shows what changed between two versions of a release.
type changesPage struct {
	Base     baseData
	Title    string
	Diff     *index.VersionDiff
	Old, New versionView
	History  []versionView
}

// versionView is one version in a history list or a comparison.
type versionView struct {
	index.Version
	URL        string // the document page
	ChangesURL string // what changed since the version before; "" for the first
	Summary    string // "1 paragraph changed, 2 added"
	When       string // the publication time as people read it, else the date
}

// newVersionView links v and says when it was published:
// "2022-02-18 13:19 (UTC-05:00)" from the header's RFC 3339 time.
func newVersionView(v index.Version) versionView {
	vv := versionView{Version: v, URL: "/doc/" + escapePath(v.DocID), When: v.Date}
	if t, err := time.Parse(time.RFC3339, v.Published); err == nil {
		vv.When = t.Format("2006-01-02 15:04 (UTC-07:00)")
	}
	return vv
}

func (s *Server) showChangesPage(c echo.Context, id, other string) error {
	if s.versions == nil {
		return errNoVersions
	}
	ctx := c.Request().Context()
	d, err := s.versions.CompareVersions(ctx, id, other)
	if errors.Is(err, index.ErrNotVersions) {
		return echo.NewHTTPError(http.StatusNotFound, "these two documents are not versions of one release")
	}
	if err != nil {
		return err
	}
	vs, err := s.versions.Versions(ctx, d.New.DocID)
	if err != nil {
		return err
	}
	data := changesPage{Base: s.base(""), Title: d.New.Title, Diff: d, History: historyViews(vs)}
	data.Old, data.New = newVersionView(d.Old), newVersionView(d.New)
	data.New.Summary = changeSummary(&d.Summary)
	data.Base.APIURL = "/api/v1/documents/" + escapePath(d.New.DocID) + "/versions"
	return s.render(c, http.StatusOK, "changes", data)
}

// history is the document page's list of versions; nil when the document
// has no other version or the list cannot be read (the page is still
// worth showing without it).
func (s *Server) history(c echo.Context, id string) []versionView {
	if s.versions == nil {
		return nil
	}
	vs, err := s.versions.Versions(c.Request().Context(), id)
	if err != nil {
		s.log.Warn("versions for the document page", "doc", id, "error", err)
		return nil
	}
	return historyViews(vs)
}

func historyViews(vs []index.Version) []versionView {
	out := make([]versionView, 0, len(vs))
	for i, v := range vs {
		vv := newVersionView(v)
		if i > 0 {
			vv.ChangesURL = "/doc/" + escapePath(vs[i-1].DocID) + "/changes/" + escapePath(v.DocID)
			vv.Summary = changeSummary(v.Changes)
		}
		out = append(out, vv)
	}
	return out
}

// changeSummary says in words what index.VersionChanges counts.
func changeSummary(ch *index.VersionChanges) string {
	if ch == nil {
		return ""
	}
	var parts []string
	if ch.TitleChanged {
		parts = append(parts, "title changed")
	}
	for _, p := range []struct {
		n    int
		what string
	}{{ch.Changed, "changed"}, {ch.Added, "added"}, {ch.Removed, "removed"}} {
		if p.n > 0 {
			parts = append(parts, plural(uint64(p.n), "paragraph", "paragraphs")+" "+p.what)
		}
	}
	if len(parts) == 0 {
		return "same text"
	}
	return strings.Join(parts, ", ")
}
