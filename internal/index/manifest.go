package index

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"
)

// manifest records what a generation holds, so that the next run can tell
// new, changed, renamed and deleted files apart without reading them all.
type manifest struct {
	MappingVersion int                   `json:"mapping_version"`
	Fingerprint    string                `json:"fingerprint"` // analysis: gazetteer, parse options
	Built          time.Time             `json:"built"`
	Files          map[string]*fileEntry `json:"files"` // by file key: corpus folder name + relative path
}

type fileEntry struct {
	Size    int64      `json:"size"`
	ModTime int64      `json:"mtime"` // Unix nanoseconds
	Hash    string     `json:"sha256"`
	Docs    []docEntry `json:"docs,omitempty"`
	Skipped string     `json:"skipped,omitempty"` // why the file could not be indexed
}

// unreadable reports whether the file could not be read at all (as opposed
// to read and rejected): such a file is tried again on every run.
func (e *fileEntry) unreadable() bool { return e.Skipped != "" && e.Hash == "" }

type docEntry struct {
	ID         string `json:"id"`
	Paragraphs int    `json:"paragraphs"`
	Dated      bool   `json:"dated"`
}

// Stats describes a generation.
type Stats struct {
	Generation string    `json:"generation"`
	Built      time.Time `json:"built"`
	Files      int       `json:"files"`
	Documents  int       `json:"documents"`
	Paragraphs int       `json:"paragraphs"`
	Undated    int       `json:"undated"`
	Skipped    int       `json:"skipped"`
	// Indexed is the number of paragraphs the Bleve index holds; it equals
	// Paragraphs unless something is wrong. Set by Reader only.
	Indexed uint64 `json:"indexed,omitempty"`
}

func (m *manifest) stats(gen string) Stats {
	s := Stats{Generation: filepath.Base(gen), Built: m.Built, Files: len(m.Files)}
	for _, f := range m.Files {
		if f.Skipped != "" {
			s.Skipped++
		}
		for _, d := range f.Docs {
			s.Documents++
			s.Paragraphs += d.Paragraphs
			if !d.Dated {
				s.Undated++
			}
		}
	}
	return s
}

func readManifest(gen string) (*manifest, error) {
	b, err := os.ReadFile(filepath.Join(gen, manifestFn))
	if err != nil {
		return nil, fmt.Errorf("read manifest: %w", err)
	}
	var m manifest
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("manifest %s: %w", filepath.Join(gen, manifestFn), err)
	}
	if m.Files == nil {
		return nil, errors.New("manifest has no files table")
	}
	return &m, nil
}

func writeManifest(gen string, m *manifest) error {
	b, err := json.MarshalIndent(m, "", " ")
	if err != nil {
		return err
	}
	tmp := filepath.Join(gen, manifestFn+tmpSuffix)
	if err := writeFileSync(tmp, b); err != nil {
		return err
	}
	return os.Rename(tmp, filepath.Join(gen, manifestFn))
}
