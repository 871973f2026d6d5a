package server

// takeAway is what the search page offers to keep a search: follow it (its
// Atom feed), link to it, and download every hit. Every URL carries the
// search's query and filters, not its page or sort.
type takeAway struct {
	Feed, Search string // the feed, and the search page's lasting address
	CSV, JSONL   string // /api/v1/export of every hit
	// Cut is server.max_export, written out, when the search finds more:
	// the links then download the first Cut, and the page says so.
	Cut string
}

func takeAwayLinks(p searchParams, total uint64, maxExport int) takeAway {
	first := p.with(func(x *searchParams) { x.Size = 0 })
	v := first.values()
	search := first.url()
	v.Del("sort") // a feed is newest first; an export keeps the page's order, below
	feed := "/feed.atom"
	if q := v.Encode(); q != "" {
		feed += "?" + q
	}
	export := func(format string) string {
		e := first.values()
		e.Set("format", format)
		return "/api/v1/export?" + e.Encode()
	}
	t := takeAway{Feed: feed, Search: search, CSV: export("csv"), JSONL: export("jsonl")}
	if maxExport > 0 && total > uint64(maxExport) {
		t.Cut = thousands(uint64(maxExport))
	}
	return t
}
