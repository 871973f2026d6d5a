package bench

import (
	"context"
	"encoding/json"
	"errors"
	"net"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// ServeSQLite serves the SQLite peer over HTTP on addr until ctx ends, with
// the same API shape as searchd: GET /api/v1/search?q=&speaker=&from=&to=&size=
// and GET /readyz. It is what a Go developer would put in front of FTS5: the
// standard library's server and encoding/json.
func ServeSQLite(ctx context.Context, dbPath, addr string) error {
	peer, err := openSQLite(dbPath)
	if err != nil {
		return err
	}
	defer peer.Close()
	mux := http.NewServeMux()
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Write([]byte(`{"status":"ready"}`))
	})
	mux.HandleFunc("GET /api/v1/search", func(w http.ResponseWriter, r *http.Request) {
		v := r.URL.Query()
		q := parseBox(v.Get("q"))
		q.Speaker, q.From, q.To = v.Get("speaker"), v.Get("from"), v.Get("to")
		size, err := strconv.Atoi(v.Get("size"))
		if err != nil || size < 1 || size > 100 {
			size = 10
		}
		ans, err := peer.Search(r.Context(), q, size)
		if err != nil {
			http.Error(w, `{"error":"search failed"}`, http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(ans)
	})
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	hs := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	go func() {
		<-ctx.Done()
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		hs.Shutdown(sctx)
	}()
	if err := hs.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// parseBox reads back what Query.Box wrote: a quoted phrase or words.
func parseBox(s string) Query {
	s = strings.TrimSpace(s)
	if len(s) >= 2 && s[0] == '"' && s[len(s)-1] == '"' {
		return Query{Words: strings.Fields(s[1 : len(s)-1]), Phrase: true}
	}
	return Query{Words: strings.Fields(s)}
}
