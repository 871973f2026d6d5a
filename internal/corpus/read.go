package corpus

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

// Content is a file as Read read it.
type Content struct {
	Data []byte
	// Size and ModTime are the file's when it was opened, which may be
	// newer than the scan's if the file changed in between.
	Size    int64
	ModTime int64 // Unix nanoseconds
}

// Read reads the file at path, at most max+1 bytes (all when max is 0), so
// that a file that grew past max since the scan is seen to be too large
// without being read whole.
func Read(path string, max int64) (Content, error) {
	f, err := os.Open(path)
	if err != nil {
		return Content{}, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return Content{}, err
	}
	if !fi.Mode().IsRegular() {
		return Content{}, fmt.Errorf("not a regular file (%s)", fi.Mode().Type())
	}
	c := Content{Size: fi.Size(), ModTime: fi.ModTime().UnixNano()}
	var rd io.Reader = f
	if max > 0 {
		rd = io.LimitReader(f, max+1)
	}
	c.Data, err = io.ReadAll(rd)
	return c, err
}

// TooLarge reports whether a file of size bytes is over the limit max
// (none when 0).
func TooLarge(size, max int64) bool { return max > 0 && size > max }

// Hash fingerprints a file's content: the first 128 bits of its SHA-256, in
// hex. Equal hashes are taken for equal content (a file renamed, or
// touched without a change).
func Hash(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:16])
}

// Pathless is an error's message without the path a log line already
// gives: "open /c/a.txt: permission denied" -> "permission denied".
func Pathless(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}
