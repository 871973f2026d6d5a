//go:build sqlite_fts5

package bench

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	porterstemmer "github.com/blevesearch/go-porterstemmer"
)

// The SQLite peer is compiled only with -tags sqlite_fts5 (sqlite_driver.go):
// compiling the SQLite amalgamation was most of a cold "go test ./...". CI
// runs these tests, and TestBenchTiny with both engines, as a step of its
// own: go test -tags sqlite_fts5 -run 'Peer|TestBenchTiny' ./internal/bench

// TestPeerHasFTS5 fails where the tag gave no FTS5, which would otherwise
// leave TestBenchTiny quietly measuring Readouts alone.
func TestPeerHasFTS5(t *testing.T) {
	if !FTS5Available() {
		t.Fatal("built with -tags sqlite_fts5 but SQLite has no FTS5")
	}
}

// TestPeerSearch builds the peer's database from a generated corpus and
// checks its answers against the paragraphs themselves: a word's total is
// the number of paragraphs holding a word of the same Porter stem (the
// peer's tokenizer is 'porter unicode61'), hits are marked, the year facet
// counts no more than the matches, and a speaker filter keeps exactly that
// speaker's paragraphs.
func TestPeerSearch(t *testing.T) {
	ctx := context.Background()
	g, err := Generate(ctx, GenerateOptions{Source: sampleCorpus(), Dir: t.TempDir(), Paragraphs: 1500, Seed: 5})
	if err != nil {
		t.Fatal(err)
	}
	paras, err := readCorpus(ctx, g.Dir)
	if err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "peer.db")
	if err := buildSQLite(ctx, db, paras); err != nil {
		t.Fatal(err)
	}
	peer, err := openSQLite(db)
	if err != nil {
		t.Fatal(err)
	}
	defer peer.Close()

	// The most common speaker.
	bySpeaker := map[string]int{}
	for _, p := range paras {
		for _, s := range p.Speakers {
			bySpeaker[s]++
		}
	}
	speaker := ""
	for s, n := range bySpeaker {
		if n > bySpeaker[speaker] || (n == bySpeaker[speaker] && s < speaker) {
			speaker = s
		}
	}
	if speaker == "" {
		t.Fatal("the generated corpus has no speakers")
	}
	const word = "security" // also "secure", "securing": the stem is what matches
	want, wantSpeaker := 0, 0
	for _, p := range paras {
		if hasStem(p.Text+" "+p.Title, word) {
			want++
			for _, s := range p.Speakers {
				if s == speaker {
					wantSpeaker++
				}
			}
		}
	}
	if want == 0 {
		t.Fatalf("no paragraph says %q: pick another word", word)
	}

	t.Logf("%d paragraphs; %q in %d, %d of them spoken by %s", len(paras), word, want, wantSpeaker, speaker)
	ans, err := peer.Search(ctx, Query{Words: []string{word}}, 10)
	if err != nil {
		t.Fatal(err)
	}
	if ans.Total != want {
		t.Errorf("%q: total %d, want %d paragraphs", word, ans.Total, want)
	}
	if len(ans.Hits) != min(10, want) {
		t.Errorf("%q: %d hits, want %d", word, len(ans.Hits), min(10, want))
	}
	for _, h := range ans.Hits {
		if !strings.Contains(h.Snippet+h.Title, "<mark>") {
			t.Errorf("hit %s marks nothing: snippet %q, title %q", h.ID, h.Snippet, h.Title)
		}
	}
	years := 0
	for _, c := range ans.Facets["year"] {
		years += c.Count
	}
	if years > want || years == 0 {
		t.Errorf("year facet counts %d paragraphs of %d", years, want)
	}

	filtered, err := peer.Search(ctx, Query{Words: []string{word}, Speaker: speaker}, 100)
	if err != nil {
		t.Fatal(err)
	}
	if filtered.Total != wantSpeaker {
		t.Errorf("%q by %s: total %d, want %d", word, speaker, filtered.Total, wantSpeaker)
	}
	for _, h := range filtered.Hits {
		if !slices.ContainsFunc(h.Speakers, func(s string) bool { return strings.EqualFold(s, speaker) }) {
			t.Errorf("speaker filter %q kept %s, spoken by %v", speaker, h.ID, h.Speakers)
		}
	}
	// The speaker facet beside the filter counts as if it were not set, as
	// Readouts' does; the other facets count within it.
	if !slices.Equal(filtered.Facets["speaker"], ans.Facets["speaker"]) {
		t.Errorf("speaker facet beside the filter %v, want the unfiltered %v", filtered.Facets["speaker"], ans.Facets["speaker"])
	}
	years = 0
	for _, c := range filtered.Facets["year"] {
		years += c.Count
	}
	if years > wantSpeaker || years == 0 {
		t.Errorf("year facet beside the filter counts %d paragraphs of %d", years, wantSpeaker)
	}
}

// hasStem reports whether text has a word with word's Porter stem, split as
// SQLite's unicode61 tokenizer splits: at anything not a letter or digit.
func hasStem(text, word string) bool {
	stem := porterstemmer.StemString(word)
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if porterstemmer.StemString(w) == stem {
			return true
		}
	}
	return false
}
