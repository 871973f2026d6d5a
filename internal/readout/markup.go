package readout

import (
	"regexp"
	"strings"
)

// Markup left in plain text. The corpora's .txt files were converted from
// web pages by Pandoc, which keeps what plain text cannot say as HTML: an
// empty comment "<!-- -->" between two lists (181 in the shared corpus),
// and <u>, <sup>, <s>, <span …> and <br /> around words ("the 26<sup>th</sup>
// plenary"). None of it is the readout's text: indexed, "<!-- -->" became a
// paragraph of its own and "26<sup>th</sup>" the word "sup".
//
// Only those are removed. Other tags stay as written, because a readout
// may quote markup ("<script>" in a statement about an attack, and the
// test corpus's document that checks the page escapes it).
var (
	htmlComment = regexp.MustCompile(`(?s)<!--.*?-->`)
	leftoverTag = regexp.MustCompile(`(?i)</?(?:u|s|sup|sub|span)(?:\s[^<>]*)?>|<br\s*/?>`)
)

// stripMarkup removes HTML comments and the formatting tags Pandoc leaves
// in plain text, keeping the words they enclose. A <br> becomes a space so
// that the words either side stay apart. Removal repeats until nothing
// changes, so that no comment is left assembled from the pieces of others
// ("<!<!-- -->-- -->").
func stripMarkup(s string) string {
	if !strings.Contains(s, "<") {
		return s
	}
	for {
		out := htmlComment.ReplaceAllString(s, "")
		out = leftoverTag.ReplaceAllStringFunc(out, func(tag string) string {
			if strings.HasPrefix(strings.ToLower(tag), "<br") {
				return " "
			}
			return ""
		})
		if out == s {
			return out
		}
		s = out
	}
}
