package attribution

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestCountryCodesInGazetteer checks that every country code the package's
// code writes exists in the gazetteer, so that a code the file spells
// otherwise fails here instead of silently never matching: "HU" in
// parliamentary was dead while the file wrote Hungary "HUN", and reigning
// once held both "KW" and "KWT". A code is any string literal of the
// package's (non-test) sources made of upper-case words of two to six
// letters: the sets (parliamentary, reigning, familyNameFirst) and the
// single codes compared with one (d.home == "CN", "EU", "UN"). A literal
// of that shape that is no code goes in notCodes, with its reason.
func TestCountryCodesInGazetteer(t *testing.T) {
	notCodes := map[string]string{
		"IVXL": "the letters of a Roman numeral (people.go)",
	}
	g := shipped(t)
	known := map[string]bool{}
	for _, c := range g.Countries {
		known[c.Code] = true
	}
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	code := regexp.MustCompile(`^[A-Z]{2,6}$`)
	seen := map[string]bool{}
	fs := gotoken.NewFileSet()
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		af, err := parser.ParseFile(fs, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(af, func(n ast.Node) bool {
			lit, ok := n.(*ast.BasicLit)
			if !ok || lit.Kind != gotoken.STRING {
				return true
			}
			s, err := strconv.Unquote(lit.Value)
			if err != nil || notCodes[s] != "" {
				return true
			}
			ws := strings.Fields(s)
			for _, w := range ws {
				if !code.MatchString(w) {
					return true
				}
			}
			for _, w := range ws {
				seen[w] = true
				if !known[w] {
					t.Errorf("%s: country code %q is none of gazetteer.yaml's codes (a state's is ISO 3166-1 alpha-2)", fs.Position(lit.Pos()), w)
				}
			}
			return true
		})
	}
	// The scan must have found the sets it exists for.
	for name, m := range map[string]map[string]bool{"parliamentary": parliamentary, "reigning": reigning, "familyNameFirst": familyNameFirst} {
		for c := range m {
			if !seen[c] {
				t.Errorf("%s's code %q was not found by the scan of the sources", name, c)
			}
		}
	}
}
