package readout

// readText reads a plain-text readout: an optional `key: value` header and a
// blank line, then the body. A leading ` date 2021-11-14 ` line gives the
// date; without a header, a first line that looks like a title is the title.
func readText(text string) draft {
	meta, body, hasHeader := splitHeader(text)
	if !hasHeader {
		meta = map[string]string{}
	}
	body = takeDateLine(meta, stripMarkup(body))
	var title string
	if !hasHeader {
		title, body = takeTitleLine(body)
	}
	return draft{meta: meta, title: title, body: body}
}
