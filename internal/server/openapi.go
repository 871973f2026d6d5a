package server

import (
	_ "embed"
	"net/http"

	"github.com/labstack/echo/v4"
)

// openAPI describes the JSON API, /healthz, /readyz and /metrics. The test
// in openapi_test.go validates real responses of every endpoint against it,
// and fails when a route is added without being described.
//
//go:embed openapi.json
var openAPI []byte

func (s *Server) getOpenAPI(c echo.Context) error {
	return c.Blob(http.StatusOK, echo.MIMEApplicationJSON, openAPI)
}
