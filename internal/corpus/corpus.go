// Package corpus finds, reads and fingerprints the files of a corpus: the
// folders the indexer is given (corpus.dirs). It knows which file names
// package readout can parse, and nothing of their formats or of the index:
// package index diffs what Scan finds against its manifest, reads what
// changed with Read, and parses it with package readout.
package corpus

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/readouts/readouts/internal/readout"
)

// File is a file found in a corpus folder.
type File struct {
	Key     string // corpus folder name + "/" + relative path; the document ID
	Path    string // under the folder as configured, for messages
	Size    int64
	ModTime int64 // Unix nanoseconds
}

// UnreadableDir is a folder under a corpus folder that could not be listed.
type UnreadableDir struct {
	Key    string // like a file key: corpus folder name + "/" + relative path
	Path   string
	Reason string
}

// EmptyDir is a corpus folder that holds no supported file.
type EmptyDir struct {
	Path    string
	Ignored int // files of other types
}

// Reason says what the folder holds.
func (d EmptyDir) Reason() string {
	if d.Ignored == 0 {
		return "holds no files"
	}
	return fmt.Sprintf("holds no .txt, .md, .html or .jsonl file (%d other files ignored)", d.Ignored)
}

// Listing is what Scan found.
type Listing struct {
	Files      []File // sorted by Key
	Ignored    int    // files of unsupported types
	Unreadable []UnreadableDir
	Empty      []EmptyDir
}

// Scan lists the supported files under the corpus folders dirs, sorted by
// key, counts the others, and reports the subfolders it could not list and
// the corpus folders that hold no supported file. Hidden files and folders
// and base names matching one of the exclude globs are left out.
func Scan(dirs, exclude []string) (*Listing, error) {
	ls := &Listing{}
	names := map[string]string{}
	for _, dir := range dirs {
		root, err := filepath.Abs(dir)
		if err != nil {
			return nil, err
		}
		base := filepath.Base(root)
		if other, dup := names[base]; dup {
			return nil, fmt.Errorf("corpus.dirs: %s and %s have the same name %q; document IDs would collide", other, dir, base)
		}
		names[base] = dir
		fi, err := os.Stat(root)
		if err != nil {
			return nil, fmt.Errorf("corpus.dirs: %w", err)
		}
		if !fi.IsDir() {
			return nil, fmt.Errorf("corpus.dirs: %s is not a folder", dir)
		}
		// WalkDir follows no link, not even its root: walk the target of a
		// corpus folder given as a link (corpus -> /data/corpus-2024), and
		// name its files by the configured path. Links inside it are not
		// followed.
		target, err := filepath.EvalSymlinks(root)
		if err != nil {
			return nil, fmt.Errorf("corpus.dirs: %w", err)
		}
		rel := func(path string) (string, error) { return filepath.Rel(target, path) }
		key := func(path string) (string, error) {
			rel, err := rel(path)
			if err != nil {
				return "", err
			}
			return base + "/" + filepath.ToSlash(rel), nil
		}
		shown := func(path string) string {
			if rel, err := rel(path); err == nil {
				return filepath.Join(root, rel)
			}
			return path
		}
		nFiles, nIgnored, nUnreadable := len(ls.Files), ls.Ignored, len(ls.Unreadable)
		err = filepath.WalkDir(target, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				if path == target {
					return err
				}
				if errors.Is(err, fs.ErrNotExist) {
					return nil // removed while we scan: gone
				}
				if d != nil && d.IsDir() {
					k, kerr := key(path)
					if kerr != nil {
						return kerr
					}
					ls.Unreadable = append(ls.Unreadable, UnreadableDir{Key: k, Path: shown(path), Reason: Pathless(err)})
					return filepath.SkipDir
				}
				return err
			}
			name := d.Name()
			if path != target && strings.HasPrefix(name, ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				return nil
			}
			if excluded(name, exclude) {
				return nil
			}
			if !d.Type().IsRegular() || !readout.Supported(name) {
				ls.Ignored++
				return nil
			}
			info, err := d.Info()
			if errors.Is(err, fs.ErrNotExist) {
				return nil // removed while we scan: gone
			}
			if err != nil {
				return err
			}
			k, err := key(path)
			if err != nil {
				return err
			}
			ls.Files = append(ls.Files, File{Key: k, Path: shown(path), Size: info.Size(), ModTime: info.ModTime().UnixNano()})
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("scan %s: %w", dir, err)
		}
		if len(ls.Files) == nFiles && len(ls.Unreadable) == nUnreadable {
			ls.Empty = append(ls.Empty, EmptyDir{Path: dir, Ignored: ls.Ignored - nIgnored})
		}
	}
	sort.Slice(ls.Files, func(i, j int) bool { return ls.Files[i].Key < ls.Files[j].Key })
	return ls, nil
}

func excluded(name string, globs []string) bool {
	for _, g := range globs {
		if ok, _ := filepath.Match(g, name); ok {
			return true
		}
	}
	return false
}

// Has reports whether ls lists a file with key.
func (ls *Listing) Has(key string) bool {
	_, ok := sort.Find(len(ls.Files), func(i int) int { return strings.Compare(key, ls.Files[i].Key) })
	return ok
}
