package index

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"

	"github.com/readouts/readouts/internal/gazetteer"
)

// foldFilterName is the text analyzer's token filter that takes the marks
// off Latin letters, after lower case, as the gazetteer compares names
// (gazetteer.Fold): "erdoğan" -> "erdogan", "antónio" -> "antonio",
// "kılıçdaroğlu" -> "kilicdaroglu". Readers type names without their
// accents, and the texts spell one name both ways ("Erdoğan" and "Erdogan"
// in the sample). Other scripts keep theirs: Russian "й" is a letter of
// its own, not "и".
const foldFilterName = "readouts_fold"

type foldFilter struct{}

func (foldFilter) Filter(in analysis.TokenStream) analysis.TokenStream {
	for _, t := range in {
		if f, ok := foldLatin(string(t.Term)); ok {
			t.Term = []byte(f)
		}
	}
	return in
}

// foldLatin is word folded as gazetteer.Fold folds it, less the combining
// marks left on Latin letters (lower case "İ" is "i" and a combining dot),
// and whether that is another word. A word of ASCII alone is itself, at
// the cost of one look at its bytes.
func foldLatin(word string) (string, bool) {
	i := 0
	for i < len(word) && word[i] < utf8.RuneSelf {
		i++
	}
	if i == len(word) {
		return word, false
	}
	f := gazetteer.Fold(word)
	var b strings.Builder
	latin := false // the rune before is a Latin letter
	for k, r := range f {
		if unicode.Is(unicode.Mn, r) && latin {
			if b.Len() == 0 {
				b.WriteString(f[:k])
			}
			continue
		}
		if b.Len() > 0 {
			b.WriteRune(r)
		}
		if !unicode.Is(unicode.Mn, r) {
			latin = unicode.Is(unicode.Latin, r)
		}
	}
	if b.Len() > 0 {
		f = b.String()
	}
	return f, f != word
}

func init() {
	if err := registry.RegisterTokenFilter(foldFilterName, func(map[string]any, *registry.Cache) (analysis.TokenFilter, error) {
		return foldFilter{}, nil
	}); err != nil {
		panic(err) // a duplicate name: a programming error, found by any test
	}
}
