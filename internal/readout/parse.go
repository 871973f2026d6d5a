package readout

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
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
// documents get ":N" appended for line N). A JSON Lines file with bad lines
// returns the good documents together with an error listing the bad lines.
func Parse(name, id string, data []byte, opts Options) ([]*Document, error) {
	// Minimal first version: header block + blank-line paragraphs.
	text := string(data)
	doc := &Document{ID: id, Path: name, Meta: map[string]string{}}
	var paras []string
	for _, block := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n\n") {
		block = strings.Join(strings.Fields(block), " ")
		if block != "" {
			paras = append(paras, block)
		}
	}
	for i, p := range paras {
		doc.Paragraphs = append(doc.Paragraphs, Paragraph{N: i + 1, Text: p})
	}
	if len(doc.Paragraphs) == 0 {
		return nil, &FileError{Path: name, Err: ErrEmpty}
	}
	if opts.Attributor != nil {
		opts.Attributor.Attribute(doc)
	}
	return []*Document{doc}, nil
}
