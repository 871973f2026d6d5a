// Package web holds searchd's page templates and static assets, embedded in
// the binary so that the page needs nothing from outside the server: no CDN,
// no fonts or scripts from elsewhere. Package server renders them.
package web

import "embed"

// Templates are html/template files: layout.html defines the page frame,
// each other file one page.
//
//go:embed templates/*.html
var Templates embed.FS

// Static is served under /static/.
//
//go:embed static
var Static embed.FS
