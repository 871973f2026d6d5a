package readout

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// jsonRecord is one line of a JSON Lines file. Only text is required.
type jsonRecord map[string]any

// parseJSONL parses one document per non-blank line. Bad lines become
// *FileError values (wrapping ErrSyntax or ErrEmpty) joined into the returned
// error, alongside the documents of the good lines.
func parseJSONL(name, id string, text string, opts Options) ([]*Document, error) {
	var docs []*Document
	var errs []error
	for i, line := range strings.Split(text, "\n") {
		n := i + 1
		if strings.TrimSpace(line) == "" {
			continue
		}
		d, err := jsonDraft(line)
		if err != nil {
			errs = append(errs, &FileError{Path: name, Line: n, Err: err})
			continue
		}
		doc, err := build(name, id+":"+strconv.Itoa(n), d, opts)
		if err != nil {
			var fe *FileError
			if errors.As(err, &fe) {
				fe.Line = n
			}
			errs = append(errs, err)
		}
		if doc != nil {
			docs = append(docs, doc)
		}
	}
	return docs, errors.Join(errs...)
}

func jsonDraft(line string) (draft, error) {
	var rec jsonRecord
	dec := json.NewDecoder(strings.NewReader(line))
	dec.UseNumber()
	if err := dec.Decode(&rec); err != nil {
		return draft{}, fmt.Errorf("%w: %v", ErrSyntax, err)
	}
	if dec.More() {
		return draft{}, fmt.Errorf("%w: more than one value on the line", ErrSyntax)
	}
	if rec == nil {
		return draft{}, fmt.Errorf("%w: not a JSON object", ErrSyntax)
	}
	text, ok := rec["text"].(string)
	if !ok {
		return draft{}, fmt.Errorf("%w: missing \"text\" string", ErrSyntax)
	}
	meta := map[string]string{}
	for k, v := range rec {
		k = strings.ToLower(k)
		if k == "text" {
			continue
		}
		switch v := v.(type) {
		case string:
			meta[k] = v
		case json.Number:
			meta[k] = v.String()
		case bool:
			meta[k] = strconv.FormatBool(v)
		}
	}
	// A JSON string may hold any line ends; the splitter expects "\n".
	text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
	if bytes.IndexByte([]byte(text), 0) >= 0 {
		return draft{}, fmt.Errorf("%w: NUL in text", ErrBinary)
	}
	return draft{meta: meta, title: collapse(meta["title"]), body: takeDateLine(meta, text)}, nil
}
