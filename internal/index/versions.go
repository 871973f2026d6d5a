package index

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/readouts/readouts/internal/readout"
)

// Versions of a release. The State Department's folder holds every
// archived version of a release: the same text re-posted at "...-2/", a
// title corrected, a time or a typo fixed, a stop added to a trip. Which
// documents are versions of one release is decided at index time, from a
// small sketch of each document's text (releaseDoc), and written beside
// the index as versions.json; searchd answers from a map.
//
// Neither a per-document key nor the source URL does it (labels in
// testdata/versions/labels.tsv, read from the corpus): the feed gives two
// different Kuleba calls one URL and next year's National Day message last
// year's URL, while most re-posts get a new "-2" URL and some a corrected
// title. So each document keeps a bottom-k sketch of its word 3-shingles,
// the sketches of unchanged documents are carried from generation to
// generation in releases.bin (releasefile.go), and every build links the pairs whose text,
// title and dates agree (linkable), then takes connected groups.

const (
	// releasesFn is every document's sketch, for the next build. A
	// generation without it (before step 35 of docs/BENCHMARKS.md it was
	// releases.gob, under an older mapping version) is rebuilt in full.
	releasesFn = "releases.bin"
	versionsFn = "versions.json" // the groups, for searchd

	// sketchSize values of a document's shingle hashes are kept: the
	// Jaccard estimate's standard error is about sqrt(J(1-J)/k), 0.04 at
	// J=0.7; a document of fewer shingles is kept whole and compared
	// exactly.
	sketchSize = 128
	// candidateValues of a sketch find the pairs worth comparing: two
	// versions share most of their smallest values.
	candidateValues = 32
	// commonValue: a shingle in more documents than this is boilerplate
	// ("the below is attributable"), useless for finding versions.
	commonValue = 32

	// The rule, chosen on the tune pairs of testdata/versions/labels.tsv:
	// versions there have a text Jaccard of 0.70 or more (but one, a trip
	// with a stop added, 0.57), other releases 0.62 or less; versions were
	// re-posted within 4 days; no version's title shares under two thirds
	// of its words.
	minTextJaccard  = 0.66
	maxDaysApart    = 31
	minTitleJaccard = 0.5
	// Undated documents are linked only when nearly identical.
	minUndatedJaccard = 0.9
)

// releaseDoc is what linking reads of a document.
type releaseDoc struct {
	ID        string
	Title     string
	Date      string // as shown: 2022-02-18, 2022-02 or 2022
	Day       int    // days since 1970-01-01 of the date's first day; -1 undated
	Published string // the header's "published" time, as written
	Sketch    []uint32
}

// newReleaseDoc sketches d. It runs in the parse workers.
func newReleaseDoc(d *readout.Document) releaseDoc {
	r := releaseDoc{ID: d.ID, Title: docTitle(d), Date: d.Date.String(), Day: -1, Published: strings.TrimSpace(d.Meta["published"])}
	if !d.Date.IsZero() {
		r.Day = int(d.Date.Start().Unix() / 86400)
	}
	r.Sketch = sketch(d.Paragraphs)
	return r
}

// sketch is the sketchSize smallest distinct hashes of the word 3-shingles
// of the paragraphs, ascending. Words are runs of letters and digits,
// lower-cased; each word is hashed once and shingles combine three hashes.
func sketch(paras []readout.Paragraph) []uint32 {
	var w [3]uint64
	n := 0
	out := make([]uint32, 0, sketchSize)
	add := func(h uint32) {
		if len(out) == sketchSize && h >= out[len(out)-1] {
			return
		}
		i := sort.Search(len(out), func(i int) bool { return out[i] >= h })
		if i < len(out) && out[i] == h {
			return
		}
		if len(out) < sketchSize {
			out = append(out, 0)
		}
		copy(out[i+1:], out[i:len(out)-1])
		out[i] = h
	}
	word := func(h uint64) {
		w[0], w[1], w[2] = w[1], w[2], h
		n++
		if n >= 3 {
			add(uint32(mix64(w[0]*0x9e3779b97f4a7c15^w[1]*0xc2b2ae3d27d4eb4f^w[2]) >> 32))
		}
	}
	// FNV-1a over the lower-cased UTF-8 of each word, inline: a hash.Hash
	// call per rune cost more than the rest of the sketch.
	const fnvOffset, fnvPrime = 14695981039346656037, 1099511628211
	var buf [utf8.UTFMax]byte
	for _, p := range paras {
		h := uint64(fnvOffset)
		in := false
		for _, r := range p.Text {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				in = true
				r = unicode.ToLower(r)
				if r < utf8.RuneSelf {
					h = (h ^ uint64(r)) * fnvPrime
					continue
				}
				for _, c := range buf[:utf8.EncodeRune(buf[:], r)] {
					h = (h ^ uint64(c)) * fnvPrime
				}
				continue
			}
			if in {
				word(h)
				h = fnvOffset
				in = false
			}
		}
		if in {
			word(h)
		}
	}
	if n > 0 && n < 3 {
		// One or two words: the words themselves.
		add(uint32(mix64(w[2]^w[1]*31) >> 32))
	}
	return out
}

// mix64 is SplitMix64's finalizer: neighbouring shingles get unrelated
// hashes, so the smallest ones are a fair sample.
func mix64(z uint64) uint64 {
	z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
	z = (z ^ z>>27) * 0x94d049bb133111eb
	return z ^ z>>31
}

// textJaccard estimates the Jaccard similarity of the two documents'
// shingle sets from their sketches: the share of the sketchSize smallest
// values of their union that both hold (a full sketch holds every value of
// its document up to its last, so that share is an unbiased sample). When
// both sketches hold every shingle of their document, it is exact.
func textJaccard(a, b []uint32) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	both, union := 0, 0
	for i, j := 0, 0; union < sketchSize && (i < len(a) || j < len(b)); union++ {
		switch {
		case j >= len(b) || i < len(a) && a[i] < b[j]:
			i++
		case i >= len(a) || b[j] < a[i]:
			j++
		default:
			both++
			i++
			j++
		}
	}
	return float64(both) / float64(union)
}

// titleJaccard is the share of words two titles have in common.
func titleJaccard(a, b string) float64 {
	words := func(s string) map[string]bool {
		m := map[string]bool{}
		for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
			m[w] = true
		}
		return m
	}
	wa, wb := words(a), words(b)
	if len(wa) == 0 && len(wb) == 0 {
		return 1
	}
	both := 0
	for w := range wa {
		if wb[w] {
			both++
		}
	}
	return float64(both) / float64(len(wa)+len(wb)-both)
}

// linkable says whether a and b are versions of one release. The cheap
// tests go first: it runs for every candidate pair.
func linkable(a, b *releaseDoc) bool {
	if a.Day < 0 || b.Day < 0 {
		if textJaccard(a.Sketch, b.Sketch) < minUndatedJaccard {
			return false
		}
	} else if abs(a.Day-b.Day) > maxDaysApart || textJaccard(a.Sketch, b.Sketch) < minTextJaccard {
		return false
	}
	return titleJaccard(a.Title, b.Title) >= minTitleJaccard
}

// linkReason says what linkable measured, for tests and debugging.
func linkReason(a, b *releaseDoc) string {
	return fmt.Sprintf("text %.2f, title %.2f, %d days apart", textJaccard(a.Sketch, b.Sketch), titleJaccard(a.Title, b.Title), abs(a.Day-b.Day))
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// groupReleases links the documents that are versions of one release and
// returns the groups of two or more, each in time order (versionOrder),
// the groups in the order of their first document's ID.
func groupReleases(docs []releaseDoc) [][]int {
	// Candidates: pairs sharing one of their candidateValues smallest
	// hashes that is not boilerplate. A flat sorted list of (value, doc)
	// costs less than a map at a million paragraphs.
	type posting struct {
		v   uint32
		doc int32
	}
	var ps []posting
	for i := range docs {
		s := docs[i].Sketch
		for _, v := range s[:min(len(s), candidateValues)] {
			ps = append(ps, posting{v, int32(i)})
		}
	}
	sort.Slice(ps, func(i, j int) bool {
		if ps[i].v != ps[j].v {
			return ps[i].v < ps[j].v
		}
		return ps[i].doc < ps[j].doc
	})
	seen := map[[2]int32]bool{}
	parent := make([]int, len(docs))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(x int) int {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	for i := 0; i < len(ps); {
		j := i
		for j < len(ps) && ps[j].v == ps[i].v {
			j++
		}
		if n := j - i; n >= 2 && n <= commonValue {
			for x := i; x < j; x++ {
				for y := x + 1; y < j; y++ {
					a, b := ps[x].doc, ps[y].doc
					if a == b || seen[[2]int32{a, b}] {
						continue
					}
					seen[[2]int32{a, b}] = true
					if linkable(&docs[a], &docs[b]) {
						if ra, rb := find(int(a)), find(int(b)); ra != rb {
							parent[rb] = ra
						}
					}
				}
			}
		}
		i = j
	}
	byRoot := map[int][]int{}
	for i := range docs {
		r := find(i)
		byRoot[r] = append(byRoot[r], i)
	}
	var out [][]int
	for _, g := range byRoot {
		if len(g) < 2 {
			continue
		}
		sort.Slice(g, func(i, j int) bool { return versionBefore(&docs[g[i]], &docs[g[j]]) })
		out = append(out, g)
	}
	sort.Slice(out, func(i, j int) bool { return docs[out[i][0]].ID < docs[out[j][0]].ID })
	return out
}

// versionBefore orders versions by publication time when both have one,
// else by date, then by ID.
func versionBefore(a, b *releaseDoc) bool {
	ta, ea := time.Parse(time.RFC3339, a.Published)
	tb, eb := time.Parse(time.RFC3339, b.Published)
	if ea == nil && eb == nil && !ta.Equal(tb) {
		return ta.Before(tb)
	}
	if a.Day != b.Day {
		return a.Day < b.Day
	}
	return a.ID < b.ID
}

// readReleases reads the sketches a generation was built with.
func readReleases(gen string) (map[string]releaseDoc, error) {
	path := filepath.Join(gen, releasesFn)
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("versions table: %w", err)
	}
	docs, err := decodeReleases(b)
	if err != nil {
		return nil, fmt.Errorf("versions table %s: %w", path, err)
	}
	out := make(map[string]releaseDoc, len(docs))
	for _, d := range docs {
		out[d.ID] = d
	}
	return out, nil
}

// versionFile is versions.json: the groups of versions, in time order.
type versionFile struct {
	Groups [][]versionEntry `json:"groups"`
}

type versionEntry struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Date      string `json:"date"`
	Published string `json:"published,omitempty"`
}

// writeReleases links the documents of the generation in folder gen and
// writes both files there: the sketches for the next build and the groups
// for searchd. It returns how many groups it found.
func writeReleases(gen string, docs []releaseDoc) (int, error) {
	sort.Slice(docs, func(i, j int) bool { return docs[i].ID < docs[j].ID })
	table, err := encodeReleases(docs)
	if err != nil {
		return 0, fmt.Errorf("versions table: %w", err)
	}
	if err := writeFileSync(filepath.Join(gen, releasesFn), table); err != nil {
		return 0, fmt.Errorf("versions table: %w", err)
	}
	vf := versionFile{Groups: [][]versionEntry{}}
	for _, g := range groupReleases(docs) {
		var es []versionEntry
		for _, i := range g {
			d := &docs[i]
			es = append(es, versionEntry{ID: d.ID, Title: d.Title, Date: d.Date, Published: d.Published})
		}
		vf.Groups = append(vf.Groups, es)
	}
	b, err := json.MarshalIndent(vf, "", " ")
	if err != nil {
		return 0, err
	}
	if err := writeFileSync(filepath.Join(gen, versionsFn), b); err != nil {
		return 0, fmt.Errorf("versions: %w", err)
	}
	return len(vf.Groups), nil
}

// versionTable is versions.json in memory: each grouped document's group.
type versionTable struct {
	of map[string][]versionEntry
}

// loadVersions reads versions.json. A generation published before
// versions existed has none: it has no versions until the next build.
func loadVersions(gen string) (*versionTable, error) {
	t := &versionTable{of: map[string][]versionEntry{}}
	b, err := os.ReadFile(filepath.Join(gen, versionsFn))
	if errors.Is(err, os.ErrNotExist) {
		return t, nil
	}
	if err != nil {
		return nil, fmt.Errorf("versions: %w", err)
	}
	var vf versionFile
	if err := json.Unmarshal(b, &vf); err != nil {
		return nil, fmt.Errorf("versions %s: %w", filepath.Join(gen, versionsFn), err)
	}
	for _, g := range vf.Groups {
		for _, e := range g {
			t.of[e.ID] = g
		}
	}
	return t, nil
}

// nextReleases is the sketch of every document the next generation holds:
// a file read this run gives its own (read, by file key), an unchanged one
// keeps those of the current generation.
func nextReleases(next *manifest, read map[string][]releaseDoc, prev map[string]releaseDoc) []releaseDoc {
	var out []releaseDoc
	for key, e := range next.Files {
		if rs, ok := read[key]; ok && len(rs) == len(e.Docs) {
			out = append(out, rs...)
			continue
		}
		for _, d := range e.Docs {
			if r, ok := prev[d.ID]; ok {
				out = append(out, r)
			}
		}
	}
	return out
}
