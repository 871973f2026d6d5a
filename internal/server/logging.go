package server

import (
	"context"
	"crypto/rand"
	"errors"
	"log/slog"
	"time"

	"github.com/labstack/echo/v4"
)

// statusClientClosed is logged and counted for a request whose client left
// before it was answered; nothing was sent (nginx's convention).
const statusClientClosed = 499

// observeRequests is the outermost middleware. It gives each request an id
// (the client's X-Request-ID if it sent a sensible one), writes the response
// of a failed handler through the error handler so the status is the real
// one, then counts the request in the metrics and logs one line for it at
// info, and a "slow query" warning when its searches took longer than
// server.slow_query.
func (s *Server) observeRequests(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		start := time.Now()
		req := c.Request()
		id := req.Header.Get(echo.HeaderXRequestID)
		if !validRequestID(id) {
			id = rand.Text()
		}
		c.Response().Header().Set(echo.HeaderXRequestID, id)
		rec := &requestRecord{}
		c.SetRequest(req.WithContext(withRecord(req.Context(), rec)))

		err := next(c)
		if err != nil {
			c.Error(err)
		}
		d := time.Since(start)

		route := c.Path()
		if errors.Is(err, echo.ErrNotFound) || route == "" {
			route = "unmatched" // no route: keep the label set bounded
		}
		status := c.Response().Status
		if errors.Is(err, context.Canceled) && !c.Response().Committed {
			status = statusClientClosed
		}
		s.metrics.observeRequest(route, status, d)
		sum := rec.snapshot()
		if sum.searched || errors.Is(err, context.DeadlineExceeded) {
			s.metrics.observeSearches(sum, err, status)
		}
		attrs := []slog.Attr{
			slog.String("method", req.Method),
			slog.String("route", route),
			slog.String("path", req.URL.RequestURI()),
			slog.Int("status", status),
			slog.Float64("duration_ms", milliseconds(d)),
			slog.Int64("bytes", c.Response().Size),
			slog.String("request_id", id),
		}
		if sum.searched {
			attrs = append(attrs, slog.Uint64("hits", sum.hits))
		}
		s.log.LogAttrs(req.Context(), slog.LevelInfo, "request", attrs...)
		// A search that timed out may still be running: the request's time
		// is its time so far.
		took, timedOut := sum.took, errors.Is(err, context.DeadlineExceeded)
		if timedOut {
			took = max(took, d)
		}
		if (sum.searched || timedOut) && s.cfg.SlowQuery > 0 && took >= s.cfg.SlowQuery {
			s.log.LogAttrs(req.Context(), slog.LevelWarn, "slow query",
				slog.String("q", sum.query),
				slog.String("path", req.URL.RequestURI()),
				slog.Float64("search_ms", milliseconds(took)),
				slog.Float64("duration_ms", milliseconds(d)),
				slog.Duration("threshold", s.cfg.SlowQuery),
				slog.Int("status", status),
				slog.Uint64("hits", sum.hits),
				slog.String("request_id", id),
			)
		}
		return nil
	}
}

// validRequestID accepts what proxies and clients commonly send (UUIDs,
// hex, base32/64) and refuses what could forge or flood a log line.
func validRequestID(id string) bool {
	if id == "" || len(id) > 128 {
		return false
	}
	for i := 0; i < len(id); i++ {
		if b := id[i]; b <= ' ' || b >= 0x7f || b == '"' || b == '\\' {
			return false
		}
	}
	return true
}

// milliseconds keeps microsecond precision: 1.234.
func milliseconds(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
