// Package server is searchd's HTTP side: the JSON search API, the search
// page and document view rendered from package web, health checks, and the
// process lifecycle (reload on a new index generation, graceful shutdown).
// It only reads the index; nothing here mutates it.
package server

import (
	"context"
	"errors"
	"fmt"
	"html/template"

	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"

	"github.com/labstack/echo/v4"

	"github.com/readouts/readouts/internal/config"
	"github.com/readouts/readouts/internal/index"
	"github.com/readouts/readouts/internal/pairing"
)

// Searcher is what the handlers need from an index (index.Reader provides it).
type Searcher interface {
	Search(ctx context.Context, req index.SearchRequest) (*index.SearchResult, error)
	Document(ctx context.Context, id, highlight string) (*index.DocumentView, error)
	Stats() (index.Stats, error)
}

// Server holds the routes and their dependencies.
type Server struct {
	cfg   config.Server
	index Searcher
	log   *slog.Logger
	pages map[string]*template.Template
	echo  *echo.Echo

	metrics *metrics       // see metrics.go
	limiter *searchLimiter // see limits.go
	names   nameSuggester  // s, if it suggests names (suggest.go); nil otherwise

	exporter exporter      // s, if it can export (export.go); nil otherwise
	versions versionReader // s, if it knows versions of releases (versions.go); nil otherwise
	// s, if it lists a facet's values beyond the first (facetlist.go); nil otherwise
	facetValues facetValueReader
	// places says which words name countries, for the comparison of two
	// accounts (compare.go): the gazetteer's; nil lists none.
	places pairing.Places
}

// SetPlaces gives the server the countries of the gazetteer, which the
// comparison of two accounts lists; Run gives it searchd's gazetteer.
func (s *Server) SetPlaces(p pairing.Places) { s.places = p }

// New builds the HTTP handler over s.
func New(cfg config.Server, s Searcher, log *slog.Logger) (*Server, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	srv := &Server{cfg: cfg, log: log, metrics: newMetrics(s.Stats)}
	srv.index = observedSearcher{Searcher: s, m: srv.metrics}
	srv.names, _ = s.(nameSuggester)
	srv.exporter, _ = s.(exporter)
	srv.versions, _ = s.(versionReader)
	srv.facetValues, _ = s.(facetValueReader)
	srv.limiter = newSearchLimiter(cfg.MaxConcurrentSearches, cfg.SearchQueueTimeout, srv.CountRejected)
	var err error
	if srv.pages, err = parsePages(); err != nil {
		return nil, err
	}
	e := echo.New()
	e.HideBanner = true
	e.HidePort = true
	e.HTTPErrorHandler = srv.handleError
	e.Use(srv.observeRequests, srv.recoverPanics, srv.securityHeaders)
	srv.routes(e)
	srv.echo = e
	return srv, nil
}

// ServeHTTP makes Server an http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.echo.ServeHTTP(w, r) }

// Names is what searchd reads from the gazetteer (gazetteer.Gazetteer):
// canonical names, so that a speaker filter on an alias matches; a state's
// one name, so that a country filter on "Republic of Chile" matches the
// documents indexed under "Chile", and whether it is a state's at all
// (country=Chile finding nothing is no misspelling); and a name's aliases,
// which name suggestions match.
type Names interface {
	Canonical(name string) (string, bool)
	KnownCountry(name, code string) (string, bool)
	Aliases(name string) []string
}

// Run serves cfg.Server.Addr until ctx ends or SIGINT/SIGTERM arrives, then
// drains requests for up to server.shutdown_timeout. It reloads the index
// when the indexer publishes a new generation (polling every
// server.reload_interval) and at once on SIGHUP.
func Run(ctx context.Context, cfg *config.Config, names Names, log *slog.Logger) error {
	reader, err := index.Open(cfg.Index.Dir, index.ReaderOptions{Logger: log, Canonical: names.Canonical, Country: names.KnownCountry, Aliases: names.Aliases})
	if err != nil {
		return err
	}
	defer reader.Close()
	if _, err := reader.Stats(); errors.Is(err, index.ErrNoIndex) {
		log.Warn("no index yet; searches answer 503 until the indexer has run", "index.dir", cfg.Index.Dir)
	}

	srv, err := New(cfg.Server, reader, log)
	if err != nil {
		return err
	}
	if p, ok := names.(pairing.Places); ok {
		srv.SetPlaces(p)
	}
	ln, err := net.Listen("tcp", cfg.Server.Addr)
	if err != nil {
		return fmt.Errorf("server.addr: %w", err)
	}
	hs := &http.Server{
		Handler:           srv,
		ReadTimeout:       cfg.Server.ReadTimeout,
		ReadHeaderTimeout: cfg.Server.ReadTimeout,
		WriteTimeout:      cfg.Server.WriteTimeout,
		IdleTimeout:       cfg.Server.IdleTimeout,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}

	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()
	go srv.watchIndex(ctx, reader, cfg.Server.ReloadInterval)
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
	go func() {
		for {
			select {
			case <-ctx.Done():
				return
			case <-hup:
				srv.reload(reader, "SIGHUP")
			}
		}
	}()

	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	log.Info("searchd listening", "addr", "http://"+ln.Addr().String(), "index.dir", cfg.Index.Dir)

	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	log.Info("shutting down", "timeout", cfg.Server.ShutdownTimeout)
	sctx, cancel := context.WithTimeout(context.Background(), cfg.Server.ShutdownTimeout)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	return nil
}

func (s *Server) recoverPanics(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) (err error) {
		defer func() {
			if r := recover(); r != nil {
				err = fmt.Errorf("panic: %v", r)
			}
		}()
		return next(c)
	}
}

// securityHeaders: the page loads nothing from elsewhere and runs no inline
// script, so the policy can be strict.
func (s *Server) securityHeaders(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		h := c.Response().Header()
		h.Set("Content-Security-Policy", "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "same-origin")
		h.Set("X-Frame-Options", "DENY")
		return next(c)
	}
}
