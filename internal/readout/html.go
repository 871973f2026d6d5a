package readout

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// readHTML extracts the visible text of an HTML page, one block per block
// element, with <title> as the title and dates and links from <meta> tags.
func readHTML(text string) (draft, error) {
	root, err := html.Parse(strings.NewReader(text))
	if err != nil {
		return draft{}, err
	}
	h := &htmlText{meta: map[string]string{}}
	h.walk(root)
	h.block()
	title := collapse(h.title)
	if title == "" {
		title = collapse(h.h1)
	}
	return draft{meta: h.meta, title: title, body: h.body.String()}, nil
}

// htmlText accumulates the text of an HTML tree.
type htmlText struct {
	meta  map[string]string
	title string
	h1    string
	body  strings.Builder
	line  strings.Builder // the current block's text
}

// hidden elements contribute no text.
var hidden = map[atom.Atom]bool{
	atom.Head: true, atom.Script: true, atom.Style: true, atom.Noscript: true,
	atom.Template: true, atom.Nav: true, atom.Footer: true, atom.Svg: true,
	atom.Iframe: true, atom.Object: true, atom.Button: true, atom.Select: true,
}

// blockElements end the text before them and after them.
var blockElements = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Li: true, atom.Br: true, atom.Tr: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Blockquote: true, atom.Section: true, atom.Article: true, atom.Ul: true, atom.Ol: true,
	atom.Table: true, atom.Header: true, atom.Main: true, atom.Aside: true, atom.Pre: true,
	atom.Hr: true, atom.Dl: true, atom.Dt: true, atom.Dd: true, atom.Figure: true,
	atom.Figcaption: true, atom.Address: true, atom.Body: true,
}

func (h *htmlText) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		h.line.WriteString(n.Data)
		return
	case html.ElementNode:
		switch n.DataAtom {
		case atom.Title:
			if h.title == "" {
				h.title = textOf(n)
			}
			return
		case atom.Meta:
			h.metaTag(n)
			return
		case atom.Link:
			if attr(n, "rel") == "canonical" && h.meta["url"] == "" {
				h.meta["url"] = attr(n, "href")
			}
			return
		case atom.Td, atom.Th:
			h.line.WriteString(" ")
		}
		if n.DataAtom == atom.Head {
			// Only <title>, <meta> and <link> count in the head.
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.Type == html.ElementNode && (c.DataAtom == atom.Title || c.DataAtom == atom.Meta || c.DataAtom == atom.Link) {
					h.walk(c)
				}
			}
			return
		}
		if hidden[n.DataAtom] {
			return
		}
		if n.DataAtom == atom.H1 && h.h1 == "" {
			h.h1 = textOf(n)
		}
	}
	isBlock := n.Type == html.ElementNode && blockElements[n.DataAtom]
	if isBlock {
		h.block()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		h.walk(c)
	}
	if isBlock {
		h.block()
	}
}

// block ends the current block of text.
func (h *htmlText) block() {
	if t := collapse(h.line.String()); t != "" {
		h.body.WriteString(t + "\n\n")
	}
	h.line.Reset()
}

// metaTag keeps the publication date and other named metadata.
func (h *htmlText) metaTag(n *html.Node) {
	key := strings.ToLower(attr(n, "name"))
	if key == "" {
		key = strings.ToLower(attr(n, "property"))
	}
	content := strings.TrimSpace(attr(n, "content"))
	if key == "" || content == "" {
		return
	}
	switch key {
	case "date", "dc.date", "article:published_time", "og:published_time":
		key = "date"
	case "og:url":
		key = "url"
	case "og:site_name":
		key = "publisher"
	}
	if h.meta[key] == "" {
		h.meta[key] = content
	}
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}
