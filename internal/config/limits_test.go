package config

import (
	"strings"
	"testing"
	"time"
)

// TestSearchLimits: searchd's bounds on the work of searches have defaults,
// are read from the file and the environment, and are validated with a
// message naming the key.
func TestSearchLimits(t *testing.T) {
	tests := []struct {
		name    string
		yaml    string
		env     map[string]string
		want    Server // only the four limit fields are compared
		wantErr string
	}{
		{name: "defaults", want: Server{MaxResultWindow: 10000, MaxQueryTerms: 1024, MaxConcurrentSearches: 4, SearchQueueTimeout: time.Second}},
		{name: "file", yaml: "server:\n  max_result_window: 500\n  max_query_terms: 64\n  max_concurrent_searches: 2\n  search_queue_timeout: 250ms\n",
			want: Server{MaxResultWindow: 500, MaxQueryTerms: 64, MaxConcurrentSearches: 2, SearchQueueTimeout: 250 * time.Millisecond}},
		{name: "environment", env: map[string]string{"READOUTS_SERVER_MAX_CONCURRENT_SEARCHES": "8", "READOUTS_SERVER_SEARCH_QUEUE_TIMEOUT": "0s"},
			want: Server{MaxResultWindow: 10000, MaxQueryTerms: 1024, MaxConcurrentSearches: 8}},
		{name: "window below a page", yaml: "server:\n  max_result_window: 50\n", wantErr: "server.max_result_window: must be at least server.max_page_size (100), got 50"},
		{name: "no terms", yaml: "server:\n  max_query_terms: 0\n", wantErr: "server.max_query_terms: must be between 1 and 100000"},
		{name: "no searches", yaml: "server:\n  max_concurrent_searches: 0\n", wantErr: "server.max_concurrent_searches: must be between 1 and 1024"},
		{name: "queue longer than the search", yaml: "server:\n  search_queue_timeout: 20s\n", wantErr: "server.search_queue_timeout: must be a duration from 0s to server.search_timeout"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg, err := load(t, tt.yaml, tt.env)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("Load = %v, want an error containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			got := Server{MaxResultWindow: cfg.Server.MaxResultWindow, MaxQueryTerms: cfg.Server.MaxQueryTerms,
				MaxConcurrentSearches: cfg.Server.MaxConcurrentSearches, SearchQueueTimeout: cfg.Server.SearchQueueTimeout}
			if got != tt.want {
				t.Errorf("limits = %+v, want %+v", got, tt.want)
			}
		})
	}
}
