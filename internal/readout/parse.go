package readout

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// Options control how documents are parsed. The zero value is usable.
type Options struct {
	// MaxParagraph is the length in bytes above which a block is split at
	// sentence boundaries. 0 means DefaultMaxParagraph.
	MaxParagraph int
	// MinParagraph is the length below which a fragment is merged into a
	// neighbour. 0 means DefaultMinParagraph.
	MinParagraph int
	// MaxFileBytes rejects larger files with ErrTooLarge. 0 means no limit.
	MaxFileBytes int64
	// Attributor, when set, fills each paragraph's speakers and mentions.
	Attributor Attributor
}

// Defaults for Options.
const (
	DefaultMaxParagraph = 1000
	DefaultMinParagraph = 40
)

// Attributor finds who speaks in, and who is mentioned by, each paragraph of
// a parsed document (package attribution provides one). It fills
// Paragraph.Speakers, Mentions and Why, and Document.Participants.
type Attributor interface {
	Attribute(doc *Document)
}

// FileError locates a problem in an input file. Line is 0 when the whole file
// is concerned.
type FileError struct {
	Path string
	Line int
	Err  error
}

func (e *FileError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.Path, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Path, e.Err)
}

func (e *FileError) Unwrap() error { return e.Err }

// Supported reports whether a file name has an extension Parse understands.
func Supported(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".md", ".markdown", ".html", ".htm", ".jsonl":
		return true
	}
	return false
}

// ParseFile reads the file at path and parses it with Parse.
func ParseFile(path, id string, opts Options) ([]*Document, error) {
	if opts.MaxFileBytes > 0 {
		if fi, err := os.Stat(path); err == nil && fi.Size() > opts.MaxFileBytes {
			return nil, &FileError{Path: path, Err: fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, fi.Size(), opts.MaxFileBytes)}
		}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, &FileError{Path: path, Err: err}
	}
	return Parse(path, id, data, opts)
}

// Parse parses one file's content. name (a path) picks the format by its
// extension and is used in errors; id becomes Document.ID (JSON Lines
// documents get ":ID" appended, their "id" field, or ":N" for line N
// without one). A JSON Lines file with bad lines returns the good documents
// together with an error listing the bad lines.
func Parse(name, id string, data []byte, opts Options) ([]*Document, error) {
	text, err := checkContent(name, data, opts)
	if err != nil {
		return nil, err
	}
	var drafts []draft
	switch ext := strings.ToLower(filepath.Ext(name)); ext {
	case ".txt":
		drafts = []draft{readText(text)}
	case ".md", ".markdown":
		drafts = []draft{readMarkdown(text)}
	case ".html", ".htm":
		d, err := readHTML(text)
		if err != nil {
			return nil, &FileError{Path: name, Err: fmt.Errorf("%w: %v", ErrSyntax, err)}
		}
		drafts = []draft{d}
	case ".jsonl":
		return parseJSONL(name, id, text, opts)
	default:
		return nil, &FileError{Path: name, Err: fmt.Errorf("%w: %q", ErrUnsupported, ext)}
	}
	doc, err := build(name, id, drafts[0], opts)
	if doc == nil {
		return nil, err
	}
	return []*Document{doc}, err
}

// draft is what a format reader extracts from a file before the shared steps
// (source, date, paragraphs) turn it into a Document.
type draft struct {
	meta  map[string]string // header, keys lower-cased; never nil
	title string
	body  string // plain text: blank lines between blocks
}

// build finishes a draft into a Document; ErrEmpty (in a *FileError) when it
// has no text. When the attributor fails on the document, build returns the
// document unattributed together with an ErrAttribution error: one
// document's bad shape costs its speakers, never the document or the run.
func build(name, id string, d draft, opts Options) (*Document, error) {
	doc := &Document{ID: id, Path: name, Meta: d.meta, Title: d.title}
	if doc.Title == "" {
		doc.Title = collapse(d.meta["title"])
	}
	d.body = dropRepeatedHeader(d.body, doc.Title, d.meta["speaker"])
	doc.Source, doc.URL = sourceAndURL(d.meta)
	doc.Date = findDate(d.meta, doc.Title, d.body, name)
	for i, p := range splitParagraphs(d.body, opts) {
		doc.Paragraphs = append(doc.Paragraphs, Paragraph{N: i + 1, Text: p})
	}
	if len(doc.Paragraphs) == 0 {
		return nil, &FileError{Path: name, Err: ErrEmpty}
	}
	if doc.Source == "" {
		doc.Source, _ = splitDateline(doc.Paragraphs[0].Text) // titles.go
	}
	// A document without a title gets one once attribution has found who
	// took part (titles.go), even if attribution failed.
	defer func() {
		if doc.Title == "" {
			doc.Title = inferTitle(doc)
		}
	}()
	if opts.Attributor != nil {
		if err := attribute(opts.Attributor, doc); err != nil {
			return doc, &FileError{Path: name, Err: err}
		}
	}
	return doc, nil
}

// attribute runs a on doc, turning a panic into an error and leaving the
// document without speakers, mentions or participants in that case.
func attribute(a Attributor, doc *Document) (err error) {
	defer func() {
		if r := recover(); r != nil {
			for i := range doc.Paragraphs {
				p := &doc.Paragraphs[i]
				p.Speakers, p.Mentions, p.Why = nil, nil, nil
			}
			doc.Participants = nil
			err = fmt.Errorf("%w (document indexed without speakers): %v", ErrAttribution, r)
		}
	}()
	a.Attribute(doc)
	return nil
}

// dropRepeatedHeader removes first lines that only repeat the header: the
// title (a Markdown "# Title" under front matter, an HTML <h1> like
// <title>), then the speaker (State Department files open with an "Office
// of the Spokesperson" line that would otherwise run into the first
// paragraph). Nothing else is dropped: the header still holds both.
func dropRepeatedHeader(body, title, speaker string) string {
	for _, h := range []string{title, collapse(speaker)} {
		first, rest := firstLine(body)
		if h != "" && strings.EqualFold(collapse(first), h) {
			body = rest
		}
	}
	return body
}

// checkContent rejects what is not readable text and returns the content as
// a string without a byte order mark, with "\n" line ends. UTF-16 with a
// byte order mark (Windows' "Unicode" text) is decoded.
func checkContent(name string, data []byte, opts Options) (string, error) {
	if opts.MaxFileBytes > 0 && int64(len(data)) > opts.MaxFileBytes {
		return "", &FileError{Path: name, Err: fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, len(data), opts.MaxFileBytes)}
	}
	decoded, err := fromUTF16(data)
	if err != nil {
		return "", &FileError{Path: name, Err: err}
	}
	if decoded != nil {
		data = decoded
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		if utf16Like(data) {
			return "", &FileError{Path: name, Err: fmt.Errorf("%w: UTF-16 text without a byte order mark; save it as UTF-8, or as UTF-16 with a BOM", ErrBinary)}
		}
		return "", &FileError{Path: name, Line: lineAt(data, i), Err: fmt.Errorf("%w: NUL byte at offset %d", ErrBinary, i)}
	}
	if !utf8.Valid(data) {
		i := firstInvalid(data)
		return "", &FileError{Path: name, Line: lineAt(data, i), Err: fmt.Errorf("%w at offset %d", ErrInvalidUTF8, i)}
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	text := strings.ReplaceAll(string(data), "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	if strings.TrimSpace(text) == "" {
		return "", &FileError{Path: name, Err: ErrEmpty}
	}
	return text, nil
}

// fromUTF16 decodes data to UTF-8 when it starts with a UTF-16 byte order
// mark, and returns nil otherwise. The mark is kept, as U+FEFF in UTF-8.
func fromUTF16(data []byte) ([]byte, error) {
	var order binary.ByteOrder
	switch {
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE, 0, 0}), bytes.HasPrefix(data, []byte{0, 0, 0xFE, 0xFF}):
		return nil, fmt.Errorf("%w: UTF-32 text; save it as UTF-8", ErrInvalidUTF8)
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		order = binary.LittleEndian
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		order = binary.BigEndian
	default:
		return nil, nil
	}
	if len(data)%2 != 0 {
		return nil, fmt.Errorf("%w: UTF-16 text (byte order mark) with an odd number of bytes", ErrInvalidUTF8)
	}
	out := make([]byte, 0, len(data)/2*3/2)
	for i := 0; i < len(data); i += 2 {
		r := rune(order.Uint16(data[i:]))
		if utf16.IsSurrogate(r) {
			var r2 rune
			if i+3 < len(data) {
				r2 = rune(order.Uint16(data[i+2:]))
			}
			if r = utf16.DecodeRune(r, r2); r == utf8.RuneError {
				return nil, fmt.Errorf("%w: UTF-16 text with an unpaired surrogate at offset %d", ErrInvalidUTF8, i)
			}
			i += 2
		}
		out = utf8.AppendRune(out, r)
	}
	return out, nil
}

// utf16Like reports whether data looks like UTF-16 text without a byte
// order mark: mostly ASCII, so every other byte is NUL.
func utf16Like(data []byte) bool {
	data = data[:min(len(data), 4096)&^1]
	var even, odd int
	for i := 0; i < len(data); i += 2 {
		if data[i] == 0 {
			even++
		}
		if data[i+1] == 0 {
			odd++
		}
	}
	half := len(data) / 2
	return half >= 4 && (odd*10 >= half*9 && even == 0 || even*10 >= half*9 && odd == 0)
}

func lineAt(data []byte, off int) int { return bytes.Count(data[:off], []byte("\n")) + 1 }

func firstInvalid(data []byte) int {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return len(data)
}
