package index

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
)

// sameTokens fails unless the fast tokenizer gives text exactly the tokens
// of Bleve's unicode tokenizer.
func sameTokens(t testing.TB, text string) {
	t.Helper()
	fast := fastUnicode{slow: unicode.NewUnicodeTokenizer()}
	got, want := fast.Tokenize([]byte(text)), unicode.NewUnicodeTokenizer().Tokenize([]byte(text))
	if len(got) != len(want) {
		t.Fatalf("%q: %d tokens, the unicode tokenizer gives %d: %s | %s", text, len(got), len(want), terms(got), terms(want))
	}
	for i := range got {
		g, w := got[i], want[i]
		if !bytes.Equal(g.Term, w.Term) || g.Start != w.Start || g.End != w.End || g.Position != w.Position || g.Type != w.Type || g.KeyWord != w.KeyWord {
			t.Fatalf("%q token %d: %q [%d,%d) @%d type %d; the unicode tokenizer gives %q [%d,%d) @%d type %d",
				text, i, g.Term, g.Start, g.End, g.Position, g.Type, w.Term, w.Start, w.End, w.Position, w.Type)
		}
	}
}

func terms(ts analysis.TokenStream) string {
	var out []string
	for _, t := range ts {
		out = append(out, string(t.Term))
	}
	return strings.Join(out, " ")
}

// eachSampleFile calls fn with each file of the bundled sample corpus.
func eachSampleFile(tb testing.TB, fn func(data []byte)) {
	tb.Helper()
	err := filepath.WalkDir(filepath.Join("..", "..", "testdata", "sample"), func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		if err == nil {
			fn(data)
		}
		return err
	})
	if err != nil {
		tb.Fatal(err)
	}
}

// fastPath reports whether scanWords handles text without the fallback.
func fastPath(text string) bool {
	return scanWords([]byte(text), func(int, int, bool) bool { return true })
}

func TestFastUnicodeExamples(t *testing.T) {
	for _, text := range []string{
		"",
		"Secretary Blinken's call with Foreign Minister Wang Yi.",
		"China’s position on the U.S.-China ties — “quoted” 27 January 2022 (TDI):",
		"1,000.50 dollars; 3.14; 10:30; a:b; a,b; 1;2; a.1; 1.a; a1.2 1a.b a_b _ __ a_.b 1_ _1_",
		"ends with a mid: U.S. and 1. and a' and ‘quoted’",
		"Türkiye, Côte d’Ivoire, Łódź and São Tomé; 5°C × 3 ÷ 2",
		"tabs\tand\nnewlines\r\nand\vform\ffeeds",
		"外交部发言人 汪文斌 said: 中美关系", // the fallback
		"invalid \xff UTF-8",
	} {
		sameTokens(t, text)
	}
	if !fastPath("China’s position — “quoted” Côte d’Ivoire") || fastPath("中美") || fastPath("a\xffb") {
		t.Error("fast path taken or not taken where it should")
	}
}

// TestFastUnicodeClasses puts every character the fast path knows (all of
// ASCII, U+00C0–U+024F, the quotes and dashes) between letters, digits,
// underscores and itself, and compares with the unicode tokenizer.
func TestFastUnicodeClasses(t *testing.T) {
	var known []rune
	for r := rune(0); r < 0x2100; r++ {
		if classOf(r) != wcUnknown && utf8.ValidRune(r) {
			known = append(known, r)
		}
	}
	if len(known) < 128+300 {
		t.Fatalf("only %d characters known to the fast path", len(known))
	}
	for _, r := range known {
		c := string(r)
		for _, text := range []string{
			c, "a" + c + "b", "1" + c + "2", "a" + c, c + "a", "1" + c, c + "1", "_" + c + "_",
			"a" + c + c + "b", "1" + c + "a", "a" + c + "1", "ab" + c + "cd" + c + "ef", "12" + c + "34" + c,
		} {
			sameTokens(t, text)
		}
	}
}

// TestFastUnicodeSample compares the tokenizers on every file of the
// bundled sample corpus, whole and line by line, and checks that the fast
// path does take most lines.
func TestFastUnicodeSample(t *testing.T) {
	lines, fast := 0, 0
	eachSampleFile(t, func(b []byte) {
		sameTokens(t, string(b))
		for _, line := range strings.Split(string(b), "\n") {
			sameTokens(t, line)
			lines++
			if fastPath(line) {
				fast++
			}
		}
	})
	if fast < lines*9/10 {
		t.Errorf("the fast path took %d of %d lines of the sample corpus, want 90%%", fast, lines)
	}
	t.Logf("fast path: %d of %d lines", fast, lines)
}

func FuzzFastUnicode(f *testing.F) {
	for _, s := range []string{"U.S.-China ties, 1,000.5 people; a:b", "China’s “view” — Côte d’Ivoire’s 10:30 a_b_1", "x.y'z 1'2 ‘a’"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) { sameTokens(t, text) })
}

// BenchmarkTokenize compares the fast path with Bleve's unicode tokenizer
// on the paragraphs of the bundled sample corpus.
func BenchmarkTokenize(b *testing.B) {
	var paras [][]byte
	var size int64
	eachSampleFile(b, func(data []byte) {
		for _, p := range bytes.Split(data, []byte("\n\n")) {
			paras = append(paras, p)
			size += int64(len(p))
		}
	})
	for _, tc := range []struct {
		name string
		tok  analysis.Tokenizer
	}{
		{"fast", fastUnicode{slow: unicode.NewUnicodeTokenizer()}},
		{"bleve", unicode.NewUnicodeTokenizer()},
	} {
		b.Run(tc.name, func(b *testing.B) {
			b.SetBytes(size)
			for b.Loop() {
				for _, p := range paras {
					tc.tok.Tokenize(p)
				}
			}
		})
	}
}
