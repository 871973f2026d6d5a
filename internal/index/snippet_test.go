package index

import (
	"strings"
	"testing"
)

func TestSnippetHTMLEscapes(t *testing.T) {
	s := Snippet{{Text: `<script>alert(1)</script> & `}, {Text: "Minsk", Mark: true}, {Text: ` "x"`}}
	got := s.HTML()
	want := `&lt;script&gt;alert(1)&lt;/script&gt; &amp; <mark>Minsk</mark> &#34;x&#34;`
	if got != want {
		t.Errorf("HTML() = %s\nwant %s", got, want)
	}
}

func TestMakeSnippet(t *testing.T) {
	short := "Wang focused on the importance of the 2015 Minsk agreements."
	at := strings.Index(short, "Minsk")
	tests := []struct {
		name  string
		text  string
		spans []span
		width int
		want  string // rendered with [brackets] for marks
	}{
		{"whole short paragraph", short, []span{{at, at + 5}}, 280,
			"Wang focused on the importance of the 2015 [Minsk] agreements."},
		{"no match shows the start", short, nil, 30,
			"Wang focused on the importance …"},
		{"window around a late match", strings.Repeat("alpha beta gamma delta. ", 20) + "The Minsk agreements matter. " + strings.Repeat("omega psi chi. ", 20),
			[]span{{480 + 4, 480 + 9}}, 60,
			"… The [Minsk] agreements matter. omega psi chi. omega psi chi. …"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			for _, seg := range makeSnippet(tt.text, tt.spans, tt.width) {
				if seg.Mark {
					b.WriteString("[" + seg.Text + "]")
				} else {
					b.WriteString(seg.Text)
				}
			}
			if got := b.String(); got != tt.want {
				t.Errorf("makeSnippet\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

// FuzzMakeSnippet checks that a snippet is always a piece of the text, with
// marks exactly on the spans given.
func FuzzMakeSnippet(f *testing.F) {
	f.Add("Wang focused on the importance of the 2015 Minsk agreements.", 43, 48, 20)
	f.Fuzz(func(t *testing.T, text string, start, end, width int) {
		if width < 1 || width > 2000 {
			return
		}
		var spans []span
		if 0 <= start && start < end && end <= len(text) {
			spans = []span{{start, end}}
		}
		var plain strings.Builder
		for _, seg := range makeSnippet(text, spans, width) {
			if seg.Mark && (len(spans) == 0 || !strings.Contains(text[spans[0].start:spans[0].end], seg.Text)) {
				t.Fatalf("mark %q outside the match", seg.Text)
			}
			plain.WriteString(seg.Text)
		}
		got := strings.TrimSuffix(strings.TrimPrefix(plain.String(), "… "), " …")
		if !strings.Contains(text, got) {
			t.Fatalf("snippet %q is not a piece of %q", got, text)
		}
	})
}
