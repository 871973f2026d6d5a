package server_test

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"

	"github.com/readouts/readouts/internal/index"
	"github.com/readouts/readouts/internal/server"
)

// scrape reads /metrics through the router as Prometheus would.
func scrape(t *testing.T, h http.Handler) map[string]*dto.MetricFamily {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/metrics", nil))
	if rec.Code != http.StatusOK || !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/plain") {
		t.Fatalf("GET /metrics = %d %q", rec.Code, rec.Header().Get("Content-Type"))
	}
	p := expfmt.NewTextParser(model.UTF8Validation)
	families, err := p.TextToMetricFamilies(rec.Body)
	if err != nil {
		t.Fatalf("/metrics is not in the text format: %v", err)
	}
	return families
}

// sample is one time series of a scrape: a counter's or gauge's value, a
// histogram's count (name_count) or sum (name_sum). ok is false when the
// series is absent.
func sample(families map[string]*dto.MetricFamily, name string, labels ...string) (v float64, ok bool) {
	part := ""
	if base, found := strings.CutSuffix(name, "_count"); found && families[base] != nil {
		name, part = base, "count"
	} else if base, found := strings.CutSuffix(name, "_sum"); found && families[base] != nil {
		name, part = base, "sum"
	}
	mf := families[name]
	if mf == nil {
		return 0, false
	}
next:
	for _, m := range mf.GetMetric() {
		for i := 0; i+1 < len(labels); i += 2 {
			found := false
			for _, lp := range m.GetLabel() {
				if lp.GetName() == labels[i] && lp.GetValue() == labels[i+1] {
					found = true
				}
			}
			if !found {
				continue next
			}
		}
		switch {
		case part == "count":
			return float64(m.GetHistogram().GetSampleCount()), true
		case part == "sum":
			return m.GetHistogram().GetSampleSum(), true
		case m.Counter != nil:
			return m.GetCounter().GetValue(), true
		case m.Gauge != nil:
			return m.GetGauge().GetValue(), true
		}
	}
	return 0, false
}

func serve(h http.Handler, targets ...string) {
	for _, target := range targets {
		h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest(http.MethodGet, target, nil))
	}
}

type metricCase struct {
	name    string
	metric  string
	labels  []string
	want    float64
	absent  bool // the series must not exist
	atLeast bool // want is a lower bound (runtime figures)
}

func checkMetrics(t *testing.T, families map[string]*dto.MetricFamily, cases []metricCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := sample(families, tc.metric, tc.labels...)
			switch {
			case tc.absent && ok:
				t.Errorf("%s%v = %v, want no such series", tc.metric, tc.labels, got)
			case tc.absent:
			case !ok:
				t.Errorf("%s%v missing", tc.metric, tc.labels)
			case tc.atLeast && got < tc.want:
				t.Errorf("%s%v = %v, want at least %v", tc.metric, tc.labels, got, tc.want)
			case !tc.atLeast && got != tc.want:
				t.Errorf("%s%v = %v, want %v", tc.metric, tc.labels, got, tc.want)
			}
		})
	}
}

func TestMetrics(t *testing.T) {
	s := newServer(t)
	serve(s,
		"/api/v1/search?q=Minsk",            // 200, 2 hits
		"/?q=Minsk",                         // the page searches too: 200, 2 hits
		"/api/v1/search?q=Minsk&page=abc",   // 400 before any search
		"/api/v1/search?q=%28Taiwan",        // 400: the index rejects the query
		"/api/v1/documents/corpus/nope.txt", // 404 on a route
		"/no/such/page",                     // 404, no route
		"/healthz",
	)
	s.CountRejected() // as the concurrency limiter does on a 429
	st, err := newServerIndex(t).Stats()
	if err != nil {
		t.Fatal(err)
	}
	checkMetrics(t, scrape(t, s), []metricCase{
		{name: "API searches", metric: "readouts_http_requests_total", labels: []string{"route", "/api/v1/search", "status", "200"}, want: 1},
		{name: "API client errors", metric: "readouts_http_requests_total", labels: []string{"route", "/api/v1/search", "status", "400"}, want: 2},
		{name: "page searches", metric: "readouts_http_requests_total", labels: []string{"route", "/", "status", "200"}, want: 1},
		{name: "unknown document", metric: "readouts_http_requests_total", labels: []string{"route", "/api/v1/documents/*", "status", "404"}, want: 1},
		{name: "no route", metric: "readouts_http_requests_total", labels: []string{"route", "unmatched", "status", "404"}, want: 1},
		{name: "healthz", metric: "readouts_http_requests_total", labels: []string{"route", "/healthz", "status", "200"}, want: 1},
		{name: "request latency", metric: "readouts_http_request_duration_seconds_count", labels: []string{"route", "/api/v1/search", "status", "400"}, want: 2},
		{name: "searches timed", metric: "readouts_search_duration_seconds_count", want: 3},
		{name: "searches with hits", metric: "readouts_search_hits_count", want: 2},
		{name: "hits", metric: "readouts_search_hits_sum", want: 4},
		{name: "query errors", metric: "readouts_search_errors_total", labels: []string{"kind", "query"}, want: 1},
		{name: "internal errors", metric: "readouts_search_errors_total", labels: []string{"kind", "internal"}, want: 0},
		{name: "timeouts", metric: "readouts_search_timeouts_total", want: 0},
		{name: "rejected", metric: "readouts_search_rejected_total", want: 1},
		{name: "index open", metric: "readouts_index_open", want: 1},
		{name: "generation", metric: "readouts_index_generation_info", labels: []string{"generation", st.Generation}, want: 1},
		{name: "documents", metric: "readouts_index_documents", want: float64(st.Documents)},
		{name: "paragraphs", metric: "readouts_index_paragraphs", want: float64(st.Paragraphs)},
		{name: "built", metric: "readouts_index_built_timestamp_seconds", want: float64(st.Built.UnixNano()) / 1e9},
		{name: "age", metric: "readouts_index_age_seconds", want: 0, atLeast: true},
		{name: "no reloads yet", metric: "readouts_index_reloads_total", labels: []string{"result", "ok"}, want: 0},
		{name: "Go runtime", metric: "go_goroutines", want: 1, atLeast: true},
		{name: "Go heap", metric: "go_memstats_heap_alloc_bytes", want: 1, atLeast: true},
		{name: "process memory", metric: "process_resident_memory_bytes", want: 1, atLeast: true},
	})
}

func TestMetricsWithoutIndexOnTimeoutAndWhenBusy(t *testing.T) {
	empty, err := index.Open(t.TempDir(), index.ReaderOptions{})
	if err != nil {
		t.Fatal(err)
	}
	cfg := testConfig()
	cfg.SearchTimeout = time.Nanosecond
	busy := testConfig()
	busy.MaxConcurrentSearches, busy.SearchQueueTimeout = 1, 0
	holder := &holdingSearcher{Searcher: newServerIndex(t), admitted: make(chan struct{}), release: make(chan struct{})}
	busySrv := mustServer(t, busy, holder)
	for _, tc := range []struct {
		name  string
		srv   *server.Server
		setup func(t *testing.T) func()
		cases []metricCase
	}{
		{"no index", mustServer(t, testConfig(), empty), nil, []metricCase{
			{name: "closed", metric: "readouts_index_open", want: 0},
			{name: "no documents figure", metric: "readouts_index_documents", absent: true},
			{name: "no_index errors", metric: "readouts_search_errors_total", labels: []string{"kind", "no_index"}, want: 1},
			{name: "503", metric: "readouts_http_requests_total", labels: []string{"route", "/api/v1/search", "status", "503"}, want: 1},
		}},
		{"timeout", mustServer(t, cfg, newServerIndex(t)), nil, []metricCase{
			{name: "timeouts", metric: "readouts_search_timeouts_total", want: 1},
			{name: "not an error", metric: "readouts_search_errors_total", labels: []string{"kind", "internal"}, want: 0},
			{name: "503", metric: "readouts_http_requests_total", labels: []string{"route", "/api/v1/search", "status", "503"}, want: 1},
		}},
		{"too many searches", busySrv, holder.hold(busySrv), []metricCase{
			{name: "rejected", metric: "readouts_search_rejected_total", want: 1},
			{name: "not an error", metric: "readouts_search_errors_total", labels: []string{"kind", "internal"}, want: 0},
			{name: "429", metric: "readouts_http_requests_total", labels: []string{"route", "/api/v1/search", "status", "429"}, want: 1},
			{name: "the held search", metric: "readouts_http_requests_total", labels: []string{"route", "/api/v1/search", "status", "200"}, want: 1},
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.setup != nil {
				teardown := tc.setup(t)
				serve(tc.srv, "/api/v1/search?q=Minsk")
				teardown()
			} else {
				serve(tc.srv, "/api/v1/search?q=Minsk")
			}
			checkMetrics(t, scrape(t, tc.srv), tc.cases)
		})
	}
}
