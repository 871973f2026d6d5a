package server_test

import (
	"context"
	"net/http"
	"testing"

	"github.com/getkin/kin-openapi/openapi3filter"

	"github.com/readouts/readouts/internal/index"
)

func init() {
	// The export's JSON Lines and the feed's XML are text to the OpenAPI
	// validator, as the document describes them (strings); the tests of
	// export_test.go and feed_test.go check what they hold.
	openapi3filter.RegisterBodyDecoder("application/x-ndjson", openapi3filter.PlainBodyDecoder)
	openapi3filter.RegisterBodyDecoder("application/atom+xml", openapi3filter.PlainBodyDecoder)
	openapi3filter.RegisterBodyDecoder("text/html", openapi3filter.PlainBodyDecoder)
	documentedButUnreached["GET /api/v1/export 500"] = true
	documentedButUnreached["GET /feed.atom 500"] = true
}

// exportFeedCases are TestOpenAPIDescribesResponses's requests to the
// export and the feed. It adds the servers they need to servers.
func exportFeedCases(t *testing.T, servers map[string]http.Handler) []apiCase {
	busy := testConfig()
	busy.MaxConcurrentSearches, busy.SearchQueueTimeout = 1, 0
	holder := &holdingExporter{holdingSearcher: holdingSearcher{Searcher: newServerIndex(t), admitted: make(chan struct{}), release: make(chan struct{})}}
	holder.r = newServerIndex(t)
	servers["busy-export"] = mustServer(t, busy, holder)
	return []apiCase{
		{name: "export csv", srv: "corpus", target: "/api/v1/export?q=Minsk", path: "/api/v1/export", status: 200},
		{name: "export jsonl filtered", srv: "issued", target: "/api/v1/export?format=jsonl&q=sanctions&country=United+States&from=2021&sort=oldest", path: "/api/v1/export", status: 200},
		{name: "export bad format", srv: "corpus", target: "/api/v1/export?q=Minsk&format=xml", path: "/api/v1/export", status: 400, check: wantError("format")},
		{name: "export malformed query", srv: "corpus", target: "/api/v1/export?q=%28", path: "/api/v1/export", status: 400},
		{name: "export without an index", srv: "empty", target: "/api/v1/export?q=Minsk", path: "/api/v1/export", status: 503},
		{name: "export timeout", srv: "timeout", target: "/api/v1/export?q=Minsk", path: "/api/v1/export", status: 503},
		{name: "export too many searches", srv: "busy-export", target: "/api/v1/export?q=Minsk", path: "/api/v1/export", status: 429,
			setup: holder.hold(servers["busy-export"])},

		{name: "feed", srv: "corpus", target: "/feed.atom?q=Minsk", path: "/feed.atom", status: 200},
		{name: "feed filtered", srv: "issued", target: "/feed.atom?q=sanctions&issuer=Ned+Price&size=5", path: "/feed.atom", status: 200},
		{name: "feed not modified", srv: "corpus", target: "/feed.atom?q=Minsk", path: "/feed.atom", status: 304,
			header: map[string]string{"If-Modified-Since": "Fri, 01 Jan 2100 00:00:00 GMT"}},
		{name: "feed malformed query", srv: "corpus", target: "/feed.atom?q=%28", path: "/feed.atom", status: 400},
		{name: "feed without an index", srv: "empty", target: "/feed.atom?q=Minsk", path: "/feed.atom", status: 503},
		{name: "feed too many searches", srv: "busy-export", target: "/feed.atom?q=Minsk", path: "/feed.atom", status: 429,
			setup: holder.hold(servers["busy-export"])},
	}
}

// holdingExporter is holdingSearcher that can also export, from the same
// index.
type holdingExporter struct {
	holdingSearcher
	r *index.Reader
}

func (h *holdingExporter) Export(ctx context.Context, req index.SearchRequest, opts index.ExportOptions) (*index.Export, error) {
	return h.r.Export(ctx, req, opts)
}
