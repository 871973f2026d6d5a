package server

import (
	"context"
	"encoding/json"
	"net/http"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/readouts/readouts/internal/config"
	"github.com/readouts/readouts/internal/index"
)

// noIndex is a Searcher before the first index.
type noIndex struct{}

func (noIndex) Search(context.Context, index.SearchRequest) (*index.SearchResult, error) {
	return nil, index.ErrNoIndex
}
func (noIndex) Document(context.Context, string, string) (*index.DocumentView, error) {
	return nil, index.ErrNoIndex
}
func (noIndex) Stats() (index.Stats, error) { return index.Stats{}, index.ErrNoIndex }

// htmlRoutes are the pages and their files: for people, not described in
// the OpenAPI document.
var htmlRoutes = []string{"/", "/doc/*", "/help", "/static/*", "/grid", "/timeline", "/facets/*"}

// TestOpenAPIListsEveryRoute keeps the OpenAPI document and the route table
// in step: a route added without being described, or a path described that
// no route serves, fails here. (openapi_test.go checks what they answer.)
func TestOpenAPIListsEveryRoute(t *testing.T) {
	var spec struct {
		Paths map[string]map[string]json.RawMessage `json:"paths"`
	}
	if err := json.Unmarshal(openAPI, &spec); err != nil {
		t.Fatal(err)
	}
	// /api/v1/documents/{doc_id} is the route /api/v1/documents/*: the id
	// holds slashes. So is /api/v1/documents/{doc_id}/counterparts, a
	// sub-resource after the id (documentsAPI tells them apart).
	lastParam := regexp.MustCompile(`\{[a-z_]+\}(/[a-z]+)?$`)
	documented := map[string]bool{}
	for path, ops := range spec.Paths {
		for method := range ops {
			documented[strings.ToUpper(method)+" "+lastParam.ReplaceAllString(path, "*")] = true
		}
	}
	s, err := New(config.Server{}, noIndex{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	routed := map[string]bool{}
	for _, r := range s.echo.Routes() {
		if slices.Contains(htmlRoutes, r.Path) {
			continue
		}
		method := r.Method
		if method == http.MethodHead {
			method = http.MethodGet // HEAD answers what GET does, without the body
		}
		key := method + " " + r.Path
		routed[key] = true
		if !documented[key] {
			t.Errorf("route %s %s is not in openapi.json", r.Method, r.Path)
		}
	}
	for key := range documented {
		if !routed[key] {
			t.Errorf("openapi.json describes %s, which no route serves", key)
		}
	}
}
