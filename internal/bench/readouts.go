package bench

import (
	"context"
	"io/fs"
	"net/url"
	"path/filepath"
	"strconv"

	"github.com/readouts/readouts/internal/index"
	"github.com/readouts/readouts/internal/readout"
)

// searchRequest is q as Readouts' search API receives it: the search box
// and the filters, top 10 with snippets and all facets.
func (q Query) searchRequest(size int) (index.SearchRequest, error) {
	req := index.SearchRequest{Query: q.Box(), Sort: index.SortRelevance, Page: 1, Size: size}
	if q.Speaker != "" {
		req.Speakers = []string{q.Speaker}
	}
	var err error
	if q.From != "" {
		if req.From, err = readout.ParseDate(q.From); err != nil {
			return req, err
		}
	}
	if q.To != "" {
		if req.To, err = readout.ParseDate(q.To); err != nil {
			return req, err
		}
	}
	return req, nil
}

// values is q as URL parameters, for either engine's /api/v1/search.
func (q Query) values(size int) url.Values {
	v := url.Values{"q": {q.Box()}, "size": {strconv.Itoa(size)}}
	if q.Speaker != "" {
		v.Set("speaker", q.Speaker)
	}
	if q.From != "" {
		v.Set("from", q.From)
	}
	if q.To != "" {
		v.Set("to", q.To)
	}
	return v
}

// searchReadouts runs q in process and returns its total and top IDs.
func searchReadouts(ctx context.Context, r *index.Reader, q Query, size int) (uint64, []string, error) {
	req, err := q.searchRequest(size)
	if err != nil {
		return 0, nil, err
	}
	res, err := r.Search(ctx, req)
	if err != nil {
		return 0, nil, err
	}
	ids := make([]string, len(res.Hits))
	for i, h := range res.Hits {
		ids[i] = h.ID
	}
	return res.Total, ids, nil
}

// dirSize is the bytes of the regular files under dir.
func dirSize(dir string) (int64, error) {
	var n int64
	err := filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Type().IsRegular() {
			fi, err := d.Info()
			if err != nil {
				return err
			}
			n += fi.Size()
		}
		return nil
	})
	return n, err
}
