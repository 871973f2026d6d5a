// Package browser holds the browser tests of searchd's pages: the real
// server (internal/server) over a real index, driven in headless Chromium
// the way a person uses the page. It holds tests only.
//
// They are a package of their own, not internal/server's, for the time of
// "go test ./...": it starts the packages' test runs in the order of their
// paths, each after every package before it is built, and these tests are
// the longest run of all (most of it Chromium's CPU). Under internal/server
// they started last, after everything else had been compiled, and ran on
// their own; here they start once the packages searchd needs are compiled,
// beside the compiling and the other packages' tests. Only their test
// binary links chromedp.
package browser
