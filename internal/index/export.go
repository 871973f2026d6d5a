package index

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
)

// Export reads every hit of a search, not one page, in the search's order,
// a chunk at a time: each chunk is one search for the next ExportOptions.Chunk
// hits after the last one read (Bleve's search_after on the sort keys, which
// always end with the paragraph ID, so no hit is skipped or repeated), so
// memory depends on the chunk, not on how many hits there are. A deep page
// (from = 90,000) would instead collect and sort every hit before it.
//
// The generation is held from the first chunk to Close: an export is one
// consistent snapshot even if the indexer publishes meanwhile.
type Export struct {
	r       *Reader
	g       *generation
	release func()
	q       query.Query // the compiled query with its filters
	req     SearchRequest
	opts    ExportOptions
	cost    Cost
	blocks  *blockCache // this export's own: it must not evict the pages' blocks

	total   uint64
	partial bool
	query   string

	rows  []Row
	next  int      // index in rows of the row Next returns
	after []string // sort keys of the last hit read; nil before the first chunk
	read  int      // rows returned so far
	last  bool     // the chunk in rows is the last one
	err   error
}

// ExportOptions bound an export.
type ExportOptions struct {
	Limit int // the most rows; 0: no limit
	Chunk int // hits read by one search; 0: DefaultExportChunk
	// ChunkTimeout bounds each chunk's search, its wait for admission
	// included; 0: only the context bounds it.
	ChunkTimeout time.Duration
}

// DefaultExportChunk is the hits read per search. Measured with
// BenchmarkExport (internal/server) on a 100,000-paragraph index, 2 shared
// cores: chunks of 1,000 peak at 13.0 MB of live heap for 10,000 rows and
// 13.2 MB for 100,000; chunks of 4,000 peaked at 26-29 MB for the same
// CPU time (each chunk is one pass over the matches, so smaller chunks
// cost more passes, but the top-N heap and the stored fields read per
// chunk dominate).
const DefaultExportChunk = 1000

// Row is one exported paragraph: its document's metadata and its whole text.
type Row struct {
	ID        string   `json:"id"`
	DocID     string   `json:"doc_id"`
	Paragraph int      `json:"paragraph"`
	Date      string   `json:"date"`
	Speakers  []string `json:"speakers"`
	Mentions  []string `json:"mentions"`
	Issuer    string   `json:"issuer"`
	Country   string   `json:"country"`
	Source    string   `json:"source"`
	URL       string   `json:"url"`
	Title     string   `json:"title"`
	Text      string   `json:"text"`
	// Turn is "question" for a reporter's question, "answer" for the
	// other turns of a transcript, empty for prose (readout.Paragraph).
	Turn string `json:"turn"`
}

// Export starts reading every hit of req (its Page and Size are ignored) in
// req.Sort order and reads the first chunk, so that Total, Partial and
// Truncated are known before the first row is written. Like Search, a query
// of several words that no paragraph holds together exports the paragraphs
// holding most of them (Partial). The caller must Close it.
func (r *Reader) Export(ctx context.Context, req SearchRequest, opts ExportOptions) (*Export, error) {
	if opts.Chunk <= 0 {
		opts.Chunk = DefaultExportChunk
	}
	if opts.Limit > 0 && opts.Limit < opts.Chunk {
		opts.Chunk = opts.Limit
	}
	g, err := r.acquire()
	if err != nil {
		return nil, err
	}
	admit := req.Admit
	req.Admit = nil // admitted chunk by chunk, below
	req.Page, req.Size = 1, opts.Chunk
	cs, release, err := r.prepare(ctx, g, req)
	if err != nil {
		r.release(g, false)
		return nil, err
	}
	req.Admit = admit
	e := &Export{r: r, g: g, release: release, q: cs.filtered(cs.q), req: req, opts: opts,
		cost: cs.c.budget.cost(opts.Chunk), blocks: newBlockCache(16, g.blocks.codec)}
	if cs.ast != nil {
		e.query = cs.ast.String()
	}
	if err := e.fetch(ctx); err != nil {
		e.Close()
		return nil, err
	}
	if e.total == 0 {
		if alt := partial(cs.ast, cs.c); alt != nil {
			e.q = cs.filtered(alt)
			if err := e.fetch(ctx); err != nil {
				e.Close()
				return nil, err
			}
			e.partial = e.total > 0
		}
	}
	return e, nil
}

// Total is the number of paragraphs the search matches, the limit aside.
func (e *Export) Total() uint64 { return e.total }

// Partial reports the paragraphs holding most of the query's words are
// exported, no paragraph holding them all (as SearchResult.Partial).
func (e *Export) Partial() bool { return e.partial }

// Query is the query as understood, as SearchResult.Query.
func (e *Export) Query() string { return e.query }

// Truncated reports the limit cuts the export short of Total.
func (e *Export) Truncated() bool { return e.opts.Limit > 0 && e.total > uint64(e.opts.Limit) }

// Exported is the number of rows Next has returned.
func (e *Export) Exported() int { return e.read }

// Next advances to the next row, reading the next chunk when needed; false
// at the end, at the limit, or on an error (see Err).
func (e *Export) Next(ctx context.Context) bool {
	if e.err != nil || (e.opts.Limit > 0 && e.read >= e.opts.Limit) {
		return false
	}
	if e.next >= len(e.rows) {
		if e.last {
			return false
		}
		if e.err = e.fetch(ctx); e.err != nil || len(e.rows) == 0 {
			return false
		}
	}
	e.next++
	e.read++
	return true
}

// Row is the row Next moved to.
func (e *Export) Row() Row { return e.rows[e.next-1] }

// Err is the error that stopped Next, if any.
func (e *Export) Err() error { return e.err }

// Close releases the generation and the query's resources.
func (e *Export) Close() {
	if e.release != nil {
		e.release()
		e.release = nil
		e.r.release(e.g, false)
	}
}

// fetch reads the chunk after e.after into e.rows.
func (e *Export) fetch(ctx context.Context) error {
	if e.opts.ChunkTimeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, e.opts.ChunkTimeout)
		defer cancel()
	}
	if e.req.Admit != nil {
		done, err := e.req.Admit(ctx, e.cost)
		if err != nil {
			return err
		}
		defer done()
	}
	sr := e.r.request(e.g, e.q, e.req)
	sr.From, sr.Size = 0, e.opts.Chunk
	sr.IncludeLocations = false // no snippets: the whole text is exported
	if e.after != nil {
		sr.SearchAfter = e.after
	}
	res, err := e.g.idx.SearchInContext(ctx, sr)
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if e.after == nil {
		e.total = res.Total
	}
	e.rows, e.next = e.rows[:0], 0
	e.last = len(res.Hits) < e.opts.Chunk
	if len(res.Hits) == 0 {
		return nil
	}
	// A private metadata cache: the generation's would end up holding every
	// document an export passes through.
	meta, err := hitMeta(e.g.idx, &sync.Map{}, res.Hits)
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	ids := make([]string, len(res.Hits))
	have := make(map[string]map[string]any, len(res.Hits))
	for i, h := range res.Hits {
		ids[i] = h.ID
		if h.Fields != nil {
			have[h.ID] = h.Fields
		}
	}
	paras, err := e.blocks.paragraphs(e.g.idx, ids, have)
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	for _, h := range res.Hits {
		docID, n := splitParagraphID(h.ID)
		m, p := meta[docID], paras[h.ID]
		e.rows = append(e.rows, Row{
			ID: h.ID, DocID: docID, Paragraph: n, Date: m.date,
			Speakers: nonNil(p.Speakers), Mentions: nonNil(p.Mentions),
			Issuer: m.issuer, Country: m.country, Source: m.source, URL: m.url, Title: m.title, Text: p.Text,
			Turn: p.Turn,
		})
	}
	e.after, err = searchAfter(sr.Sort, res.Hits[len(res.Hits)-1])
	return err
}

// searchAfter is the sort keys of h as SearchRequest.SearchAfter takes
// them: Bleve records "_score" for the score's place, and wants the score
// itself, written so that it parses back to the same float64.
func searchAfter(order search.SortOrder, h *search.DocumentMatch) ([]string, error) {
	if len(h.Sort) != len(order) {
		return nil, errors.New("export: a hit lacks its sort keys")
	}
	after := make([]string, len(order))
	for i, s := range order {
		after[i] = h.Sort[i]
		if s.RequiresScoring() {
			after[i] = strconv.FormatFloat(h.Score, 'g', -1, 64)
		}
	}
	return after, nil
}
