package index_test

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/readouts/readouts/internal/index"
)

// TestSearchFoldsDiacritics: an analyst types names without their
// accents. "Erdogan" found the one sample paragraph spelled so and not the
// two spelled "Erdoğan"; "Antonio Guterres" missed "António Guterres".
// Latin letters match with or without their marks, either way round, in
// words, phrases and prefixes, and the snippet marks the word as written;
// other scripts keep theirs ("Лавров" is not "Лавров" without its
// letters' marks, and "й" stays "й").
func TestSearchFoldsDiacritics(t *testing.T) {
	day := "2023-05-01"
	r := openDocs(t, map[string][2]string{
		"accented.txt": {day, "President Biden spoke with President Erdoğan of Türkiye about the Black Sea Grain Initiative."},
		"plain.txt":    {day, "President Biden spoke with President Erdogan of Turkiye about the war in Ukraine today."},
		"guterres.txt": {day, "Secretary-General António Guterres briefed the ministers on the situation in the Sahel."},
		"kilic.txt":    {day, "Kemal Kılıçdaroğlu met the delegation from the European Parliament in Ankara this week."},
		"iceland.txt":  {day, "Foreign Minister Guðlaugur Þór Þórðarson of Iceland welcomed the œuvre of the Nordic council."},
		"ligature.txt": {day, "The ministers reﬂected on the conﬂict and on the ﬁnancing of the humanitarian response."},
		"cyrillic.txt": {day, "Министр иностранных дел Сергей Лавров провёл переговоры с коллегой из Китая сегодня."},
	})
	ctx := context.Background()

	tests := []struct {
		q     string
		want  []string
		marks []string // the marked words, in hit order
	}{
		{"Erdogan", []string{"accented.txt", "plain.txt"}, []string{"Erdoğan", "Erdogan"}},
		{"Erdoğan", []string{"accented.txt", "plain.txt"}, []string{"Erdoğan", "Erdogan"}},
		{"ERDOĞAN", []string{"accented.txt", "plain.txt"}, []string{"Erdoğan", "Erdogan"}},
		{"Turkiye", []string{"accented.txt", "plain.txt"}, []string{"Türkiye", "Turkiye"}},
		{`"Antonio Guterres"`, []string{"guterres.txt"}, []string{"António Guterres"}},
		{"Erdoğ*", []string{"accented.txt", "plain.txt"}, []string{"Erdoğan", "Erdogan"}},
		{"Kilicdaroglu", []string{"kilic.txt"}, []string{"Kılıçdaroğlu"}},
		{"Лавров", []string{"cyrillic.txt"}, []string{"Лавров"}},
		{"Сергеи", nil, nil}, // "й" is its own letter
		// Letters that fold to two, as Lucene's ASCIIFoldingFilter has them.
		{"Thordarson", []string{"iceland.txt"}, []string{"Þórðarson"}},
		{"Gudlaugur", []string{"iceland.txt"}, []string{"Guðlaugur"}},
		{"ÞÓRÐARSON", []string{"iceland.txt"}, []string{"Þórðarson"}},
		{`"Gudlaugur Thor Thordarson"`, []string{"iceland.txt"}, []string{"Guðlaugur Þór Þórðarson"}},
		{"oeuvre", []string{"iceland.txt"}, []string{"œuvre"}},
		{"conflict", []string{"ligature.txt"}, []string{"conﬂict"}},
		{"financing", []string{"ligature.txt"}, []string{"ﬁnancing"}},
		{"Thord*", []string{"iceland.txt"}, []string{"Þórðarson"}},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			res, err := r.Search(ctx, index.SearchRequest{Query: tt.q, Page: 1, Size: 10})
			if err != nil {
				t.Fatal(err)
			}
			if res.Partial {
				res.Hits = nil
			}
			var got, marks []string
			for _, h := range res.Hits {
				got = append(got, filepath.Base(h.DocID))
			}
			slices.Sort(got)
			if !slices.Equal(got, tt.want) {
				t.Fatalf("found %v, want %v", got, tt.want)
			}
			for _, h := range res.Hits {
				var m []string
				for _, s := range h.Snippet {
					if s.Mark {
						m = append(m, s.Text)
					}
				}
				marks = append(marks, strings.Join(m, " "))
			}
			slices.Sort(marks)
			want := slices.Clone(tt.marks)
			slices.Sort(want)
			if !slices.Equal(marks, want) {
				t.Errorf("marked %q, want %q", marks, want)
			}
		})
	}
}
