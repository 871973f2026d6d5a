package server

import (
	"context"
	"errors"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/labstack/echo/v4"

	"github.com/readouts/readouts/internal/index"
)

// metrics are searchd's Prometheus metrics, served at /metrics. Each Server
// has its own registry, so that tests (and two servers in one process) do
// not share counts.
type metrics struct {
	registry *prometheus.Registry

	requests        *prometheus.CounterVec   // by route, status
	requestDuration *prometheus.HistogramVec // by route, status
	searchDuration  prometheus.Histogram
	searchHits      prometheus.Histogram
	searchErrors    *prometheus.CounterVec // by kind
	searchTimeouts  prometheus.Counter
	rejected        prometheus.Counter
	reloads         *prometheus.CounterVec // by result
}

// latencyBuckets span a cached 1 ms search to the 10 s search timeout.
var latencyBuckets = []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30}

func newMetrics(stats func() (index.Stats, error)) *metrics {
	m := &metrics{
		registry: prometheus.NewRegistry(),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "readouts_http_requests_total",
			Help: "HTTP requests answered, by route pattern and status code.",
		}, []string{"route", "status"}),
		requestDuration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "readouts_http_request_duration_seconds",
			Help:    "Time from receiving a request to having written its response, by route pattern and status code.",
			Buckets: latencyBuckets,
		}, []string{"route", "status"}),
		searchDuration: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name:    "readouts_search_duration_seconds",
			Help:    "Time spent in the index per search (API and page), whatever the outcome.",
			Buckets: latencyBuckets,
		}),
		searchHits: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name:    "readouts_search_hits",
			Help:    "Matching paragraphs per successful search.",
			Buckets: []float64{0, 1, 10, 100, 1000, 10000, 100000, 1000000},
		}),
		searchErrors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "readouts_search_errors_total",
			Help: "Searches that failed, by kind: query (malformed query, a 400), no_index (no index yet, a 503), internal (a 500). Timeouts and rejections are counted apart.",
		}, []string{"kind"}),
		searchTimeouts: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "readouts_search_timeouts_total",
			Help: "Search requests answered 503 because the search ran past server.search_timeout.",
		}),
		rejected: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "readouts_search_rejected_total",
			Help: "Search requests turned away with 429 because too many searches were running.",
		}),
		reloads: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "readouts_index_reloads_total",
			Help: "Switches to a newly published index generation (result=ok) and failed attempts to open one (result=error).",
		}, []string{"result"}),
	}
	for _, kind := range []string{"query", "no_index", "internal"} {
		m.searchErrors.WithLabelValues(kind)
	}
	for _, result := range []string{"ok", "error"} {
		m.reloads.WithLabelValues(result)
	}
	m.registry.MustRegister(
		m.requests, m.requestDuration, m.searchDuration, m.searchHits, m.searchErrors,
		m.searchTimeouts, m.rejected, m.reloads,
		indexCollector{stats: stats},
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
	)
	return m
}

// handler serves the registry in the Prometheus text format.
func (m *metrics) handler() echo.HandlerFunc {
	return echo.WrapHandler(promhttp.HandlerFor(m.registry, promhttp.HandlerOpts{}))
}

// observeRequest counts one answered request.
func (m *metrics) observeRequest(route string, status int, d time.Duration) {
	code := strconv.Itoa(status)
	m.requests.WithLabelValues(route, code).Inc()
	m.requestDuration.WithLabelValues(route, code).Observe(d.Seconds())
}

// CountRejected counts a search request turned away because too many
// searches were running (answered 429). The concurrency limiter calls it.
func (s *Server) CountRejected() { s.metrics.rejected.Inc() }

// indexCollector reads the generation being served at each scrape, so the
// figures are never stale after a reload.
type indexCollector struct {
	stats func() (index.Stats, error)
}

var (
	indexOpenDesc = prometheus.NewDesc("readouts_index_open",
		"1 when an index generation is open and searches can be answered, 0 before the first index.", nil, nil)
	indexGenerationDesc = prometheus.NewDesc("readouts_index_generation_info",
		"The index generation being served, as a label; always 1.", []string{"generation"}, nil)
	indexDocumentsDesc = prometheus.NewDesc("readouts_index_documents",
		"Documents in the generation being served.", nil, nil)
	indexParagraphsDesc = prometheus.NewDesc("readouts_index_paragraphs",
		"Paragraphs in the generation being served.", nil, nil)
	indexBuiltDesc = prometheus.NewDesc("readouts_index_built_timestamp_seconds",
		"When the generation being served was built (Unix time).", nil, nil)
	indexAgeDesc = prometheus.NewDesc("readouts_index_age_seconds",
		"How long ago the generation being served was built.", nil, nil)
)

func (c indexCollector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{indexOpenDesc, indexGenerationDesc, indexDocumentsDesc, indexParagraphsDesc, indexBuiltDesc, indexAgeDesc} {
		ch <- d
	}
}

func (c indexCollector) Collect(ch chan<- prometheus.Metric) {
	st, err := c.stats()
	if err != nil {
		ch <- prometheus.MustNewConstMetric(indexOpenDesc, prometheus.GaugeValue, 0)
		return
	}
	ch <- prometheus.MustNewConstMetric(indexOpenDesc, prometheus.GaugeValue, 1)
	ch <- prometheus.MustNewConstMetric(indexGenerationDesc, prometheus.GaugeValue, 1, st.Generation)
	ch <- prometheus.MustNewConstMetric(indexDocumentsDesc, prometheus.GaugeValue, float64(st.Documents))
	ch <- prometheus.MustNewConstMetric(indexParagraphsDesc, prometheus.GaugeValue, float64(st.Paragraphs))
	if !st.Built.IsZero() {
		ch <- prometheus.MustNewConstMetric(indexBuiltDesc, prometheus.GaugeValue, float64(st.Built.UnixNano())/1e9)
		ch <- prometheus.MustNewConstMetric(indexAgeDesc, prometheus.GaugeValue, time.Since(st.Built).Seconds())
	}
}

// observedSearcher times every search and notes its outcome on the
// request's record, for the request's log line and for observeSearches. The
// embedded Searcher answers everything else.
type observedSearcher struct {
	Searcher
	m *metrics
}

func (o observedSearcher) Search(ctx context.Context, req index.SearchRequest) (*index.SearchResult, error) {
	start := time.Now()
	res, err := o.Searcher.Search(ctx, req)
	d := time.Since(start)
	o.m.searchDuration.Observe(d.Seconds())
	if err == nil {
		o.m.searchHits.Observe(float64(res.Total))
	}
	if rec := recordFrom(ctx); rec != nil {
		rec.addSearch(req.Query, res, err, d)
	}
	return res, err
}

// observeSearches counts how a request's searches ended, once it has been
// answered: handlerErr is what its handler returned, status what was sent.
// A timeout is counted from the handler's error, because the handler gives
// up at server.search_timeout while the search may still be running; a
// search turned away with 429 has been counted by the limiter
// (CountRejected); a client that left is nobody's failure.
func (m *metrics) observeSearches(sum searchSummary, handlerErr error, status int) {
	err := sum.err
	switch {
	case errors.Is(handlerErr, context.DeadlineExceeded), errors.Is(err, context.DeadlineExceeded):
		m.searchTimeouts.Inc()
	case err == nil, errors.Is(err, context.Canceled), status == http.StatusTooManyRequests:
	case errors.Is(err, index.ErrQuery):
		m.searchErrors.WithLabelValues("query").Inc()
	case errors.Is(err, index.ErrNoIndex):
		m.searchErrors.WithLabelValues("no_index").Inc()
	default:
		m.searchErrors.WithLabelValues("internal").Inc()
	}
}

// reloader is what the index watcher needs (index.Reader provides it).
type reloader interface {
	Reload() (bool, error)
}

// reload looks for a newly published generation and counts the outcome.
// trigger says what asked ("poll" or "SIGHUP"), for the log.
func (s *Server) reload(r reloader, trigger string) {
	switched, err := r.Reload()
	switch {
	case err == nil && switched:
		s.metrics.reloads.WithLabelValues("ok").Inc()
	case err == nil, errors.Is(err, index.ErrNoIndex):
	default:
		s.metrics.reloads.WithLabelValues("error").Inc()
		s.log.Warn("reload index", "trigger", trigger, "error", err)
	}
}

// watchIndex reloads every interval until ctx ends: how searchd picks up
// what the indexer publishes without a restart.
func (s *Server) watchIndex(ctx context.Context, r reloader, interval time.Duration) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			s.reload(r, "poll")
		}
	}
}

// requestRecord is what a request's log line and metrics report beyond its
// status: the searches it ran. A search may still be running when the
// handler has answered (a timeout), hence the lock.
type requestRecord struct {
	mu  sync.Mutex
	sum searchSummary
}

// searchSummary sums up the searches of one request.
type searchSummary struct {
	searched bool
	query    string        // the last search's
	hits     uint64        // matching paragraphs, all searches
	took     time.Duration // time in the index, all searches
	err      error         // the last failure, if any
}

type recordKey struct{}

func withRecord(ctx context.Context, rec *requestRecord) context.Context {
	return context.WithValue(ctx, recordKey{}, rec)
}

func recordFrom(ctx context.Context) *requestRecord {
	rec, _ := ctx.Value(recordKey{}).(*requestRecord)
	return rec
}

func (r *requestRecord) addSearch(q string, res *index.SearchResult, err error, d time.Duration) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.sum.searched = true
	r.sum.query = q
	r.sum.took += d
	if err != nil {
		r.sum.err = err
	} else if res != nil {
		r.sum.hits += res.Total
	}
}

func (r *requestRecord) snapshot() searchSummary {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.sum
}
