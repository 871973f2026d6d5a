package server

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/labstack/echo/v4"

	"github.com/readouts/readouts/internal/index"
)

// exporter is what /api/v1/export needs beyond Searcher; index.Reader
// provides it. A Searcher without it (a test double) cannot export.
type exporter interface {
	Export(ctx context.Context, req index.SearchRequest, opts index.ExportOptions) (*index.Export, error)
}

var errNoExport = errors.New("export: the index does not support exporting")

// exportColumns is the CSV header; multi-valued columns are joined with
// "; " (a name never holds a semicolon).
var exportColumns = []string{"id", "doc_id", "paragraph", "date", "speakers", "mentions", "issuer", "source", "url", "title", "text", "country", "turn"}

// exportFlushRows is how many rows are written between flushes (and
// write-deadline extensions): the client sees rows as they are read.
const exportFlushRows = 500

// exportFormat is one way of writing rows.
type exportFormat struct {
	contentType string
	ext         string
	open        func(w io.Writer) rowWriter
}

// rowWriter writes rows, and the line that closes an export cut short.
type rowWriter interface {
	row(r index.Row) error
	note(n exportNote) error
	flush() error
}

// exportNote is the last line of an export that did not write every hit:
// the limit cut it, or an error stopped it once rows had been sent (too
// late for a status code).
type exportNote struct {
	Truncated bool   `json:"truncated"`
	Exported  int    `json:"exported"`
	Total     uint64 `json:"total"`
	Limit     int    `json:"limit,omitempty"`
	Error     string `json:"error,omitempty"`
	Notice    string `json:"notice"`
}

var exportFormats = map[string]exportFormat{
	"csv":   {contentType: "text/csv; charset=utf-8", ext: "csv", open: newCSVRows},
	"jsonl": {contentType: "application/x-ndjson; charset=utf-8", ext: "jsonl", open: newJSONLRows},
}

// exportAPI streams every hit of a search (the search page's parameters,
// page and size aside) as CSV or JSON Lines, up to server.max_export rows.
func (s *Server) exportAPI(c echo.Context) error {
	name := c.QueryParam("format")
	if name == "" {
		name = "csv"
	}
	f, ok := exportFormats[name]
	if !ok {
		return badRequestf("format: must be csv or jsonl, got %q", name)
	}
	// Every hit, so a page and a size (a search page's URL with "export"
	// in place of "search") are not checked against the result window.
	v := url.Values{}
	for k, vs := range c.QueryParams() {
		v[k] = vs
	}
	v.Del("page")
	v.Del("size")
	p, req, err := s.parseSearchParams(v)
	if err != nil {
		return err
	}
	if s.exporter == nil {
		return errNoExport
	}
	req.MaxTerms = s.cfg.MaxQueryTerms
	req.Admit = s.limiter.admit
	ctx := c.Request().Context()
	e, err := s.exporter.Export(ctx, req, index.ExportOptions{Limit: s.cfg.MaxExport, ChunkTimeout: s.cfg.SearchTimeout})
	if err != nil {
		return err
	}
	defer e.Close()

	h := c.Response().Header()
	h.Set(echo.HeaderContentType, f.contentType)
	h.Set(echo.HeaderContentDisposition, mime.FormatMediaType("attachment", map[string]string{"filename": exportFileName(p.Query, f.ext)}))
	h.Set("X-Readouts-Total", strconv.FormatUint(e.Total(), 10))
	h.Set("X-Readouts-Truncated", strconv.FormatBool(e.Truncated()))
	if e.Partial() {
		h.Set("X-Readouts-Partial", "true")
	}
	h.Set(echo.HeaderCacheControl, "no-store")
	c.Response().WriteHeader(http.StatusOK)
	if c.Request().Method == http.MethodHead {
		return nil
	}

	// The whole export may take longer than server.write_timeout, which
	// is meant for one response's worth of writing: the deadline moves on
	// with each batch of rows instead.
	rc := http.NewResponseController(c.Response().Writer)
	extend := func() {
		if s.cfg.WriteTimeout > 0 { // 0 in tests: no deadline to move
			_ = rc.SetWriteDeadline(time.Now().Add(s.cfg.WriteTimeout)) // unsupported by test recorders: then none
		}
	}
	w := f.open(c.Response())
	flush := func() error {
		if err := w.flush(); err != nil {
			return err
		}
		_ = rc.Flush() // likewise
		extend()
		return nil
	}
	extend()
	for e.Next(ctx) {
		if err := w.row(e.Row()); err != nil {
			return s.exportStopped(e, err) // the client left
		}
		if e.Exported()%exportFlushRows == 0 {
			if err := flush(); err != nil {
				return s.exportStopped(e, err)
			}
		}
	}
	note := exportNote{Exported: e.Exported(), Total: e.Total()}
	switch {
	case e.Err() != nil:
		s.exportStopped(e, e.Err())
		note.Error = "the export stopped before its end"
		note.Notice = fmt.Sprintf("export stopped after %d of %d matching paragraphs: the server could not read the rest; try again, or narrow the search", e.Exported(), e.Total())
	case e.Truncated():
		note.Truncated, note.Limit = true, s.cfg.MaxExport
		note.Notice = fmt.Sprintf("truncated: exported %d of %d matching paragraphs; server.max_export is %d: narrow the search to export the rest", e.Exported(), e.Total(), s.cfg.MaxExport)
	}
	if note.Notice != "" {
		if err := w.note(note); err != nil {
			return s.exportStopped(e, err)
		}
	}
	if err := flush(); err != nil {
		return s.exportStopped(e, err)
	}
	return nil
}

// exportStopped logs an export that ended early once its status was sent:
// the error handler can no longer answer, so the log is the only trace.
func (s *Server) exportStopped(e *index.Export, err error) error {
	if !errors.Is(err, context.Canceled) {
		s.log.Warn("export stopped", "exported", e.Exported(), "total", e.Total(), "error", err)
	}
	return nil
}

// exportFileName names the download after the query: "Minsk agreements"
// → readouts-minsk-agreements.csv.
func exportFileName(query, ext string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(query) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		} else {
			dash = true
		}
		if b.Len() >= 60 {
			break
		}
	}
	slug := b.String()
	if slug == "" {
		slug = "all"
	}
	return "readouts-" + slug + "." + ext
}

type csvRows struct{ w *csv.Writer }

func newCSVRows(w io.Writer) rowWriter {
	cw := csv.NewWriter(w)
	_ = cw.Write(exportColumns) // an error sticks in the writer and shows at flush
	return &csvRows{w: cw}
}

func (c *csvRows) row(r index.Row) error {
	rec := []string{r.ID, r.DocID, strconv.Itoa(r.Paragraph), r.Date, strings.Join(r.Speakers, "; "), strings.Join(r.Mentions, "; "),
		r.Issuer, r.Source, r.URL, r.Title, r.Text, r.Country, r.Turn}
	for i := range rec {
		rec[i] = inertCell(rec[i])
	}
	return c.w.Write(rec)
}

// inertCell keeps a spreadsheet from running a cell as a formula (CSV
// injection, OWASP): text that opens with =, +, -, @, a tab or a carriage
// return gets a leading apostrophe, which spreadsheets show as text and
// hide. Corpus text is written by others; a paragraph may well start
// "=HYPERLINK(…)" or "- the Secretary …". JSON Lines stay exact.
func inertCell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// note writes a full-width row whose first field starts with "#": a reader
// told that "#" starts a comment (Go's csv.Reader.Comment, pandas'
// comment=) skips it, and any other still reads a row of the right width.
func (c *csvRows) note(n exportNote) error {
	rec := make([]string, len(exportColumns))
	rec[0] = "# " + n.Notice
	return c.w.Write(rec)
}

func (c *csvRows) flush() error {
	c.w.Flush()
	return c.w.Error()
}

type jsonlRows struct {
	buf *bufio.Writer
	enc *json.Encoder
}

func newJSONLRows(w io.Writer) rowWriter {
	buf := bufio.NewWriterSize(w, 32<<10)
	enc := json.NewEncoder(buf)
	enc.SetEscapeHTML(false) // a download, not a page: "<" stays "<"
	return &jsonlRows{buf: buf, enc: enc}
}

func (j *jsonlRows) row(r index.Row) error   { return j.enc.Encode(r) }
func (j *jsonlRows) note(n exportNote) error { return j.enc.Encode(n) }
func (j *jsonlRows) flush() error            { return j.buf.Flush() }
