package readout

import (
	"regexp"
	"strings"
)

// readMarkdown reads a Markdown readout: optional front matter (or a
// `key: value` header), then the body with its Markdown syntax stripped. A
// leading "# Title" heading is the title when the header gives none.
func readMarkdown(text string) draft {
	meta, body, ok := splitFrontMatter(text)
	if !ok {
		meta, body, ok = splitHeader(text)
		if !ok {
			meta = map[string]string{}
		}
	}
	body = takeDateLine(meta, stripMarkup(body))
	var title string
	if first, rest := firstLine(body); meta["title"] == "" {
		if m := h1.FindStringSubmatch(strings.TrimSpace(first)); m != nil {
			title, body = stripInline(m[1]), rest
		}
	}
	return draft{meta: meta, title: collapse(title), body: stripMarkdown(body)}
}

var (
	h1        = regexp.MustCompile(`^#\s+(.+?)(?:\s+#+)?$`)
	heading   = regexp.MustCompile(`^#{1,6}\s+(.*?)(?:\s+#+)?$`)
	listItem  = regexp.MustCompile(`^(?:[-*+•]|\d{1,3}[.)])\s+`)
	quoteMark = regexp.MustCompile(`^(?:>\s?)+`)
	fence     = regexp.MustCompile("^(```|~~~)")

	image     = regexp.MustCompile(`!\[([^\]]*)\]\([^)]*\)`)
	link      = regexp.MustCompile(`\[([^\]]+)\](?:\([^)]*\)|\[[^\]]*\])`)
	autolink  = regexp.MustCompile(`<((?:https?|mailto):[^>\s]+)>`)
	strong    = regexp.MustCompile(`(\*\*\*|\*\*|__)(\S(?:.*?\S)?)(?:\*\*\*|\*\*|__)`)
	emphasis  = regexp.MustCompile(`(^|[^\w*])[*_](\S(?:[^*_]*?\S)?)[*_]($|[^\w*])`)
	code      = regexp.MustCompile("`([^`]*)`")
	htmlTag   = regexp.MustCompile(`</?[a-zA-Z][^>]*>`)
	lineBreak = regexp.MustCompile(`\s{2,}$|\\$`)
)

// stripMarkdown turns a Markdown body into plain text with blank lines
// between blocks. Headings and list items become blocks of their own;
// emphasis, links (their text kept), code marks and inline HTML go.
func stripMarkdown(body string) string {
	var b strings.Builder
	for _, line := range strings.Split(body, "\n") {
		l := strings.TrimSpace(line)
		switch {
		case fence.MatchString(l), isSeparator(l):
			b.WriteString("\n")
			continue
		case heading.MatchString(l):
			l = heading.FindStringSubmatch(l)[1]
			b.WriteString("\n" + stripInline(l) + "\n\n")
			continue
		}
		l = quoteMark.ReplaceAllString(l, "")
		if listItem.MatchString(l) {
			l = listItem.ReplaceAllString(l, "")
			b.WriteString("\n")
		}
		b.WriteString(stripInline(lineBreak.ReplaceAllString(l, "")) + "\n")
	}
	return b.String()
}

// Backslash escapes are hidden from the patterns as private-use runes and
// restored as the plain characters: "\\*" is a literal "*".
var (
	hideEscapes    = strings.NewReplacer(`\\`, "\uE000", `\*`, "\uE001", `\_`, "\uE002", "\\`", "\uE003", `\[`, "\uE004", `\]`, "\uE005", `\#`, "\uE006")
	restoreEscapes = strings.NewReplacer("\uE000", `\`, "\uE001", "*", "\uE002", "_", "\uE003", "`", "\uE004", "[", "\uE005", "]", "\uE006", "#")
)

// stripInline removes inline Markdown from one line.
func stripInline(s string) string {
	s = hideEscapes.Replace(s)
	s = image.ReplaceAllString(s, "$1")
	s = link.ReplaceAllString(s, "$1")
	s = autolink.ReplaceAllString(s, "$1")
	s = code.ReplaceAllString(s, "$1")
	s = htmlTag.ReplaceAllString(s, "")
	for range 2 { // nested: ***a*** and **_a_**
		s = strong.ReplaceAllString(s, "$2")
		s = emphasis.ReplaceAllString(s, "$1$2$3")
	}
	return restoreEscapes.Replace(s)
}
