package readout

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

// jsonRecord is one line of a JSON Lines file. Only text is required.
type jsonRecord map[string]any

// parseJSONL parses one document per non-blank line. A line's document is
// id + ":" + its "id" field, or + ":" + its line number when it has none, so
// that a record keeps its ID when lines are inserted above it. Bad lines
// (an invalid or repeated id among them) become *FileError values (wrapping
// ErrSyntax or ErrEmpty) joined into the returned error, alongside the
// documents of the good lines.
func parseJSONL(name, id string, text string, opts Options) ([]*Document, error) {
	var docs []*Document
	var errs []error
	seen := map[string]int{} // document ID -> line
	for i, line := range strings.Split(text, "\n") {
		n := i + 1
		if strings.TrimSpace(line) == "" {
			continue
		}
		d, recID, err := jsonDraft(line)
		if err != nil {
			errs = append(errs, &FileError{Path: name, Line: n, Err: err})
			continue
		}
		if recID == "" {
			recID = strconv.Itoa(n)
		}
		if first, dup := seen[recID]; dup {
			errs = append(errs, &FileError{Path: name, Line: n, Err: fmt.Errorf("%w: id %q is already line %d's", ErrSyntax, recID, first)})
			continue
		}
		seen[recID] = n
		doc, err := build(name, id+":"+recID, d, opts)
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

// jsonDraft reads one line, and its "id" field ("" when it has none).
func jsonDraft(line string) (draft, string, error) {
	var rec jsonRecord
	dec := json.NewDecoder(strings.NewReader(line))
	dec.UseNumber()
	if err := dec.Decode(&rec); err != nil {
		return draft{}, "", fmt.Errorf("%w: %v", ErrSyntax, err)
	}
	if dec.More() {
		return draft{}, "", fmt.Errorf("%w: more than one value on the line", ErrSyntax)
	}
	if rec == nil {
		return draft{}, "", fmt.Errorf("%w: not a JSON object", ErrSyntax)
	}
	text, ok := rec["text"].(string)
	if !ok {
		return draft{}, "", fmt.Errorf("%w: missing \"text\" string", ErrSyntax)
	}
	id, err := recordID(rec)
	if err != nil {
		return draft{}, "", err
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
		return draft{}, "", fmt.Errorf("%w: NUL in text", ErrBinary)
	}
	return draft{meta: meta, title: collapse(meta["title"]), body: takeDateLine(meta, text)}, id, nil
}

// maxRecordID is the longest "id" accepted, in bytes.
const maxRecordID = 100

// recordID returns a record's "id" field: a string or an integer of at most
// maxRecordID letters, digits and "-_.:~", which keep document and paragraph
// IDs plain in URLs ("corpus/feed.jsonl:2021-11-13-wang-yi#p2").
func recordID(rec jsonRecord) (string, error) {
	var id string
	switch v := rec["id"].(type) {
	case nil:
		if _, ok := rec["id"]; ok {
			return "", fmt.Errorf("%w: \"id\" is null", ErrSyntax)
		}
		return "", nil
	case string:
		id = v
	case json.Number:
		if _, err := v.Int64(); err != nil {
			return "", fmt.Errorf("%w: \"id\" %s is not an integer", ErrSyntax, v)
		}
		id = v.String()
	default:
		return "", fmt.Errorf("%w: \"id\" must be a string or an integer", ErrSyntax)
	}
	if id == "" || len(id) > maxRecordID || strings.IndexFunc(id, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune("-_.:~", r)
	}) >= 0 {
		return "", fmt.Errorf("%w: \"id\" %q must be 1 to %d letters, digits and - _ . : ~", ErrSyntax, id, maxRecordID)
	}
	return id, nil
}
