package index

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// An index folder holds generations; searchd serves the one CURRENT names.
//
//	CURRENT          name of the generation being served, replaced by rename
//	gen-000007/      a complete generation: bleve/ (the Bleve index), manifest.json
//	gen-000008.tmp/  a generation being built: never served, removed by the next run
//	indexer.lock     flock held by the running indexer
//
// Bleve allows one writer process, and a read-only open excludes writers
// (bleve issue #1571), so the indexer never opens a published generation for
// writing: it clones it into a .tmp folder, applies the changes there and
// publishes by renaming. A run killed at any point leaves CURRENT untouched.
const (
	currentFile = "CURRENT"
	lockFile    = "indexer.lock"
	genPrefix   = "gen-"
	tmpSuffix   = ".tmp"
	bleveDir    = "bleve"
	manifestFn  = "manifest.json"
)

// Sentinel errors.
var (
	// ErrNoIndex means the index folder has no published generation yet.
	ErrNoIndex = errors.New("no index has been built yet")
	// ErrLocked means another indexer holds the index folder.
	ErrLocked = errors.New("another indexer is running")
	// ErrNotFound means an unknown document.
	ErrNotFound = errors.New("not found")
)

// CurrentGeneration returns the path of the generation CURRENT names.
func CurrentGeneration(dir string) (string, error) {
	b, err := os.ReadFile(filepath.Join(dir, currentFile))
	if errors.Is(err, os.ErrNotExist) {
		return "", fmt.Errorf("%s: %w", dir, ErrNoIndex)
	}
	if err != nil {
		return "", fmt.Errorf("read %s: %w", currentFile, err)
	}
	name := strings.TrimSpace(string(b))
	if !strings.HasPrefix(name, genPrefix) || strings.ContainsAny(name, `/\`) || strings.HasSuffix(name, tmpSuffix) {
		return "", fmt.Errorf("%s: %s names %q, not a generation", dir, currentFile, name)
	}
	return filepath.Join(dir, name), nil
}

func generationNumber(name string) (int, bool) {
	if !strings.HasPrefix(name, genPrefix) || strings.HasSuffix(name, tmpSuffix) {
		return 0, false
	}
	n, err := strconv.Atoi(strings.TrimPrefix(name, genPrefix))
	return n, err == nil
}

// nextGeneration picks a number above every generation in dir, finished or not.
func nextGeneration(dir string) (string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return "", err
	}
	max := 0
	for _, e := range entries {
		if n, ok := generationNumber(strings.TrimSuffix(e.Name(), tmpSuffix)); ok && n > max {
			max = n
		}
	}
	return fmt.Sprintf("%s%06d", genPrefix, max+1), nil
}

// lock takes the indexer lock on dir, waiting up to wait. The kernel drops
// the lock when the process dies, so a killed run never blocks the next.
func lock(dir string, wait time.Duration) (unlock func(), err error) {
	f, err := os.OpenFile(filepath.Join(dir, lockFile), os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("open lock: %w", err)
	}
	deadline := time.Now().Add(wait)
	for {
		err = syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		if err == nil {
			break
		}
		if !errors.Is(err, syscall.EWOULDBLOCK) && !errors.Is(err, syscall.EINTR) {
			f.Close()
			return nil, fmt.Errorf("lock %s: %w", f.Name(), err)
		}
		if time.Now().After(deadline) {
			f.Close()
			msg := lockHolder(f.Name())
			if msg != "" {
				return nil, fmt.Errorf("%w (%s)", ErrLocked, msg)
			}
			return nil, ErrLocked
		}
		time.Sleep(100 * time.Millisecond)
	}
	// Write, then cut to length: a waiting run never reads an empty file
	// once a first run has written one.
	holder := []byte(fmt.Sprintf("pid %d since %s\n", os.Getpid(), time.Now().Format(time.RFC3339)))
	if _, err := f.WriteAt(holder, 0); err == nil {
		_ = f.Truncate(int64(len(holder)))
	}
	return func() {
		_ = f.Truncate(0)
		_ = syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		f.Close()
	}, nil
}

// lockHolder reads who holds the lock ("pid 42 since ..."). The holder
// writes it just after taking the lock, so an empty file is read again
// briefly.
func lockHolder(path string) string {
	for i := 0; ; i++ {
		b, _ := os.ReadFile(path)
		if msg := strings.TrimSpace(string(b)); msg != "" || i == 10 {
			return msg
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// publish makes name the current generation with an atomic rename.
func publish(dir, name string) error {
	tmp := filepath.Join(dir, currentFile+tmpSuffix)
	if err := writeFileSync(tmp, []byte(name+"\n")); err != nil {
		return err
	}
	if err := os.Rename(tmp, filepath.Join(dir, currentFile)); err != nil {
		return fmt.Errorf("publish %s: %w", name, err)
	}
	return syncDir(dir)
}

// removeUnfinished removes the .tmp folders of runs that did not finish.
func removeUnfinished(dir string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	var errs []error
	for _, e := range entries {
		if name := e.Name(); strings.HasPrefix(name, genPrefix) && strings.HasSuffix(name, tmpSuffix) {
			errs = append(errs, os.RemoveAll(filepath.Join(dir, name)))
		}
	}
	return errors.Join(errs...)
}

// cleanup removes unfinished generations and all but the newest keep
// finished ones besides current. searchd may still be reading the previous
// generation for a few seconds; on Unix its open files outlive the removal,
// and keep >= 1 leaves it in place anyway.
func cleanup(dir, current string, keep int) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	type gen struct {
		n    int
		name string
	}
	var old []gen
	var errs []error
	for _, e := range entries {
		name := e.Name()
		switch {
		case name == filepath.Base(current):
		case strings.HasPrefix(name, genPrefix) && strings.HasSuffix(name, tmpSuffix):
			errs = append(errs, os.RemoveAll(filepath.Join(dir, name)))
		case strings.HasPrefix(name, genPrefix):
			if n, ok := generationNumber(name); ok {
				old = append(old, gen{n, name})
			}
		}
	}
	sort.Slice(old, func(i, j int) bool { return old[i].n > old[j].n }) // newest first
	for i, g := range old {
		if i >= keep {
			errs = append(errs, os.RemoveAll(filepath.Join(dir, g.name)))
		}
	}
	return errors.Join(errs...)
}

func writeFileSync(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return fmt.Errorf("sync %s: %w", path, err)
	}
	return f.Close()
}

// syncDir makes a rename in dir durable across power loss.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}

// syncTree fsyncs every file and folder under root, so that a published
// generation survives power loss complete.
func syncTree(root string) error {
	return filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		return f.Sync()
	})
}
