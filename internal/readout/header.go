package readout

import (
	"net/url"
	"regexp"
	"strings"
)

// headerLine is one `key: value` line of a header block. Keys are lower-case
// snake words so that body text ("Q: ...", "Note: ...") is not taken for one.
var headerLine = regexp.MustCompile(`^([a-z][a-z0-9_]*):(?:[ \t]+(.*?))?[ \t]*$`)

// splitHeader separates a leading header block from the body. A header is
// one or more `key: value` lines followed by a blank line; anything else
// means the whole text is body (ok is false).
func splitHeader(text string) (meta map[string]string, body string, ok bool) {
	rest := text
	meta = map[string]string{}
	for rest != "" {
		line, next, _ := strings.Cut(rest, "\n")
		if strings.TrimSpace(line) == "" {
			if len(meta) == 0 {
				return nil, text, false
			}
			return meta, next, true
		}
		m := headerLine.FindStringSubmatch(line)
		if m == nil {
			return nil, text, false
		}
		if _, dup := meta[m[1]]; !dup {
			meta[m[1]] = m[2]
		}
		rest = next
	}
	return nil, text, false // no blank line: no body follows
}

// frontMatterLine is a `key: value` line of YAML-ish front matter; values may
// be quoted.
var frontMatterLine = regexp.MustCompile(`^([A-Za-z][A-Za-z0-9_-]*):[ \t]*(.*?)[ \t]*$`)

// splitFrontMatter separates Markdown front matter (between "---" lines).
// Lines that are not `key: value` (YAML lists, comments) are skipped.
func splitFrontMatter(text string) (meta map[string]string, body string, ok bool) {
	first, rest, _ := strings.Cut(text, "\n")
	if strings.TrimSpace(first) != "---" {
		return nil, text, false
	}
	meta = map[string]string{}
	for rest != "" {
		line, next, _ := strings.Cut(rest, "\n")
		rest = next
		if t := strings.TrimSpace(line); t == "---" || t == "..." {
			return meta, rest, true
		}
		m := frontMatterLine.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		key := strings.ToLower(strings.ReplaceAll(m[1], "-", "_"))
		if _, dup := meta[key]; !dup {
			meta[key] = unquote(m[2])
		}
	}
	return nil, text, false // unclosed: not front matter
}

func unquote(s string) string {
	if len(s) >= 2 && (s[0] == '"' || s[0] == '\'') && s[len(s)-1] == s[0] {
		return s[1 : len(s)-1]
	}
	return s
}

// dateLine is the seed's ` date 2021-11-14 `: a line that only gives the date.
var dateLine = regexp.MustCompile(`(?i)^\s*date\s*[:=]?\s*(\d{4}(?:-\d{2}(?:-\d{2})?)?)\s*$`)

// takeDateLine removes a leading date line from body, recording its date in
// meta unless a header already gave one.
func takeDateLine(meta map[string]string, body string) string {
	first, rest := firstLine(body)
	m := dateLine.FindStringSubmatch(first)
	if m == nil {
		return body
	}
	if meta["date"] == "" {
		meta["date"] = m[1]
	}
	return rest
}

// takeTitleLine removes and returns the body's first line when it looks like
// a title: alone in its block, short, not ending like a sentence or clause.
func takeTitleLine(body string) (title, rest string) {
	const maxTitle = 200
	first, after := firstLine(body)
	next, _ := firstLineRaw(after)
	t := strings.TrimSpace(first)
	if t == "" || len(t) >= maxTitle || strings.TrimSpace(next) != "" || !hasLetter(t) ||
		strings.ContainsRune(".,;:!?", lastRune(t)) || turnStart(t) {
		return "", body
	}
	return collapse(t), after
}

// firstLine returns the first non-blank line and the text after it.
func firstLine(text string) (line, rest string) {
	for text != "" {
		line, rest = firstLineRaw(text)
		if strings.TrimSpace(line) != "" {
			return line, rest
		}
		text = rest
	}
	return "", ""
}

func firstLineRaw(text string) (line, rest string) {
	line, rest, _ = strings.Cut(text, "\n")
	return line, rest
}

// hostNames are the publishers behind the hosts of known source URLs.
var hostNames = map[string]string{
	"state.gov":                    "U.S. Department of State",
	"whitehouse.gov":               "The White House",
	"bidenwhitehouse.archives.gov": "The White House",
	"trumpwhitehouse.archives.gov": "The White House",
	"obamawhitehouse.archives.gov": "The White House",
	"fmprc.gov.cn":                 "Ministry of Foreign Affairs of the PRC",
	"mfa.gov.cn":                   "Ministry of Foreign Affairs of the PRC",
	"un.org":                       "United Nations",
}

// sourceAndURL derives the publisher name shown in the source facet and the
// original's URL from the header: publisher, else a source that is a name
// ("UN General Debate Corpus (UNGDC), ..." -> "UN General Debate Corpus"),
// else the source URL's host, by name when known.
func sourceAndURL(meta map[string]string) (source, link string) {
	src := strings.TrimSpace(meta["source"])
	for _, s := range []string{src, meta["url"]} {
		if isWebURL(s) {
			link = strings.TrimSpace(s)
			break
		}
	}
	switch {
	case strings.TrimSpace(meta["publisher"]) != "":
		source = strings.TrimSpace(meta["publisher"])
	case src != "" && !isWebURL(src):
		if i := strings.IndexAny(src, ",("); i > 0 {
			src = src[:i]
		}
		source = strings.TrimSpace(src)
	case link != "":
		source = hostName(link)
	}
	return source, link
}

func isWebURL(s string) bool {
	u, err := url.Parse(strings.TrimSpace(s))
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

func hostName(link string) string {
	u, err := url.Parse(link)
	if err != nil {
		return ""
	}
	host := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	for h := host; h != ""; {
		if name, ok := hostNames[h]; ok {
			return name
		}
		_, parent, found := strings.Cut(h, ".")
		if !found {
			break
		}
		h = parent
	}
	return host
}
