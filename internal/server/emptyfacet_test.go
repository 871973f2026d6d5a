package server_test

import (
	"net/http"
	"testing"
)

// TestNoEmptyFacetValue: no facet lists an empty value. The sample's
// document without a source (the second seed readout) and those dated only
// by a year (the UN General Debate) have the empty term in the index, and
// the JSON API listed source "" and month "" beside the real values: a
// value nobody can read or usefully click.
func TestNoEmptyFacetValue(t *testing.T) {
	s := actsSampleServer(t)
	tests := []struct {
		name, path string
	}{
		{"everything", "/api/v1/search?size=1"},
		{"a word in the year-only speeches", "/api/v1/search?size=1&q=agreed"},
		{"the seeds' words", "/api/v1/search?size=1&q=Wang+Yi+Blinken"},
		{"every source", "/api/v1/facets/source"},
		{"every source of a query", "/api/v1/facets/source?q=agreed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, body := get(t, s, tt.path)
			if code != http.StatusOK {
				t.Fatalf("status %d: %v", code, body)
			}
			lists := map[string]any{"values": body["values"]}
			if f, ok := body["facets"].(map[string]any); ok {
				lists = f
			}
			for facet, list := range lists {
				for _, v := range list.([]any) {
					if fv := v.(map[string]any); fv["value"] == "" {
						t.Errorf("facet %s lists the empty value (%v paragraphs)", facet, fv["count"])
					}
				}
			}
		})
	}
}
