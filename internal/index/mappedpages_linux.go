package index

import "golang.org/x/sys/unix"

// dropPages removes a read-only file mapping's pages from the process's
// resident set; the next read maps them again from the page cache.
func dropPages(b []byte) error {
	if len(b) == 0 {
		return nil
	}
	return unix.Madvise(b, unix.MADV_DONTNEED)
}

// readRandom turns off read-around for the pages of a file mapping that b
// starts at (the start of a mapping, so page-aligned): a fault reads only
// the page it needs.
func readRandom(b []byte) error {
	if len(b) == 0 {
		return nil
	}
	return unix.Madvise(b, unix.MADV_RANDOM)
}
