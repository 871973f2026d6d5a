package readout

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

// A JSON Lines record's "id" names its document, so that it keeps its ID
// when lines are inserted above it; it used to be ignored for the line
// number. A bad or repeated id costs that line only.
func TestJSONLIDs(t *testing.T) {
	const text = `"text":"The two ministers discussed the situation in the region at length."`
	tests := []struct {
		name     string
		lines    []string
		want     []string // document IDs
		badLines []int
		says     string // in the error
	}{
		{"ids and line numbers", []string{`{"id":"wang-2021",` + text + `}`, `{` + text + `}`, `{"id":42,` + text + `}`},
			[]string{"f:wang-2021", "f:2", "f:42"}, nil, ""},
		{"lines inserted above keep the ids", []string{`{` + text + `}`, `{` + text + `}`, `{"id":"wang-2021",` + text + `}`},
			[]string{"f:1", "f:2", "f:wang-2021"}, nil, ""},
		{"a repeated id", []string{`{"id":"a",` + text + `}`, `{"id":"b",` + text + `}`, `{"id":"a",` + text + `}`},
			[]string{"f:a", "f:b"}, []int{3}, `id "a" is already line 1's`},
		{"an id that is another line's number", []string{`{"id":"2",` + text + `}`, `{` + text + `}`},
			[]string{"f:2"}, []int{2}, `id "2" is already line 1's`},
		{"a URL is not an id", []string{`{"id":"https://example.com/x",` + text + `}`, `{"id":"ok",` + text + `}`},
			[]string{"f:ok"}, []int{1}, `"id" "https://example.com/x" must be 1 to 100 letters, digits and - _ . : ~`},
		{"empty id", []string{`{"id":"",` + text + `}`}, nil, []int{1}, `must be 1 to 100`},
		{"null id", []string{`{"id":null,` + text + `}`}, nil, []int{1}, `"id" is null`},
		{"fractional id", []string{`{"id":1.5,` + text + `}`}, nil, []int{1}, `"id" 1.5 is not an integer`},
		{"object id", []string{`{"id":{},` + text + `}`}, nil, []int{1}, `"id" must be a string or an integer`},
		{"too long", []string{`{"id":"` + strings.Repeat("x", 101) + `",` + text + `}`}, nil, []int{1}, `must be 1 to 100`},
		{"letters of any script", []string{`{"id":"王毅-2021",` + text + `}`}, []string{"f:王毅-2021"}, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, err := Parse("f.jsonl", "f", []byte(strings.Join(tt.lines, "\n")), Options{})
			if got := ids(docs); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("documents %q, want %q", got, tt.want)
			}
			for _, line := range tt.badLines {
				if !hasLineError(err, line, ErrSyntax) {
					t.Errorf("error %v does not report line %d", err, line)
				}
			}
			if (err != nil) != (len(tt.badLines) > 0) || err != nil && !strings.Contains(err.Error(), tt.says) {
				t.Errorf("error %v, want one saying %q", err, tt.says)
			}
		})
	}
}

// A UTF-16 file with a byte order mark (what Windows calls "Unicode" text)
// is decoded; it used to be skipped as "binary content".
func TestParseUTF16(t *testing.T) {
	const text = "title: Readout\n\nWang Yi — the Foreign Minister — spoke with Secretary Blinken about Taiwan 台湾 and 😀.\r\n"
	le, be := []byte{0xFF, 0xFE}, []byte{0xFE, 0xFF}
	for _, r := range []rune(text) {
		if r > 0xFFFF {
			r -= 0x10000
			hi, lo := 0xD800+r>>10, 0xDC00+r&0x3FF
			le = append(le, byte(hi), byte(hi>>8), byte(lo), byte(lo>>8))
			be = append(be, byte(hi>>8), byte(hi), byte(lo>>8), byte(lo))
			continue
		}
		le = append(le, byte(r), byte(r>>8))
		be = append(be, byte(r>>8), byte(r))
	}
	want := "Wang Yi — the Foreign Minister — spoke with Secretary Blinken about Taiwan 台湾 and 😀."
	for _, tt := range []struct {
		name string
		data []byte
	}{{"little-endian", le}, {"big-endian", be}} {
		t.Run(tt.name, func(t *testing.T) {
			docs, err := Parse("a.txt", "a", tt.data, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if docs[0].Title != "Readout" || len(docs[0].Paragraphs) != 1 || docs[0].Paragraphs[0].Text != want {
				t.Errorf("title %q, paragraphs %q; want %q", docs[0].Title, texts(docs[0]), want)
			}
		})
	}
}

func TestParseRejectsUTF16(t *testing.T) {
	utf16NoBOM := []byte{}
	for _, c := range []byte("Wang Yi spoke with Secretary Blinken.") {
		utf16NoBOM = append(utf16NoBOM, c, 0)
	}
	tests := []struct {
		name string
		data []byte
		want error
		says string
	}{
		{"no byte order mark", utf16NoBOM, ErrBinary, "UTF-16 text without a byte order mark"},
		{"odd length", []byte{0xFF, 0xFE, 'a', 0, 'b'}, ErrInvalidUTF8, "odd number of bytes"},
		{"unpaired surrogate", []byte{0xFF, 0xFE, 'a', 0, 0x00, 0xD8, 'b', 0}, ErrInvalidUTF8, "unpaired surrogate at offset 4"},
		{"surrogate at the end", []byte{0xFF, 0xFE, 'a', 0, 0x00, 0xD8}, ErrInvalidUTF8, "unpaired surrogate at offset 4"},
		{"UTF-32", []byte{0xFF, 0xFE, 0, 0, 'a', 0, 0, 0}, ErrInvalidUTF8, "UTF-32"},
		{"binary is still binary", []byte("PK\x03\x04\x00\x00 zip bytes"), ErrBinary, "NUL byte at offset 4"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("a.txt", "a", tt.data, Options{})
			if !errors.Is(err, tt.want) || !strings.Contains(err.Error(), tt.says) {
				t.Errorf("Parse = %v, want %v saying %q", err, tt.want, tt.says)
			}
		})
	}
}
