package index

import (
	"log/slog"
	"os"
	"path/filepath"
	"time"
)

// linkVersions writes the target's versions table and the versions
// linked from releases (versions.go).
func (t *target) linkVersions(releases []releaseDoc, log *slog.Logger) error {
	linking := time.Now()
	groups, err := writeReleases(t.tmp, releases)
	if err != nil {
		return err
	}
	log.Debug("linked versions", "documents", len(releases), "groups", groups, "duration", time.Since(linking))
	return nil
}

// publish completes the target's generation (its manifest next; its
// versions are written by linkVersions first), makes it durable, renames
// it to its final name and points CURRENT at it. It returns the
// generation's folder.
func (t *target) publish(next *manifest) (string, error) {
	next.Built = time.Now().UTC()
	if err := writeManifest(t.tmp, next); err != nil {
		return "", err
	}
	if err := syncTree(t.tmp); err != nil {
		return "", err
	}
	final := filepath.Join(t.dir, t.name)
	if err := os.Rename(t.tmp, final); err != nil {
		return "", err
	}
	t.published = true
	if err := syncDir(t.dir); err != nil {
		return "", err
	}
	if err := publish(t.dir, t.name); err != nil {
		return "", err
	}
	return final, nil
}

// keep ends a build that has nothing to publish. It records new
// modification times so that the next run stays cheap; manifest.json is
// replaced by rename, and searchd reads it only when it opens a
// generation, so this is safe while serving.
func (p *buildPlan) keep(ch *changes) (*Summary, error) {
	if ch.touched {
		ch.next.Built = p.old.Built
		if err := writeManifest(p.cur, ch.next); err != nil {
			return nil, err
		}
	}
	p.sum.fill(ch.next, p.cur)
	return p.sum, nil
}
