package index_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/readouts/readouts/internal/index"
	"github.com/readouts/readouts/internal/query"
)

// exampleCorpus writes a corpus of two readouts into a new temporary
// folder and returns it; the caller removes it.
func exampleCorpus() (string, error) {
	dir, err := os.MkdirTemp("", "readouts-example-")
	if err != nil {
		return "", err
	}
	files := map[string]string{
		"minsk.txt": "title: Call on the Minsk agreements\ndate: 2022-01-27\nsource: Example\n\n" +
			"The ministers discussed the Minsk agreements and sanctions.\n\n" +
			"They agreed that their teams would meet again in Geneva next week to prepare the talks.\n",
		"taiwan.txt": "title: Meeting on Taiwan\ndate: 2022-03-14\nsource: Example\n\n" +
			"The two sides discussed Taiwan and trade.\n",
	}
	if err := os.Mkdir(filepath.Join(dir, "corpus"), 0o755); err != nil {
		return dir, err
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, "corpus", name), []byte(text), 0o644); err != nil {
			return dir, err
		}
	}
	return dir, nil
}

// exampleReader builds an index of exampleCorpus and opens it; done
// closes the reader and removes the folder.
func exampleReader(ctx context.Context) (r *index.Reader, done func(), err error) {
	dir, err := exampleCorpus()
	if err == nil {
		_, err = index.Build(ctx, index.BuildOptions{Dir: filepath.Join(dir, "index"), Corpus: []string{filepath.Join(dir, "corpus")}})
	}
	if err == nil {
		r, err = index.Open(filepath.Join(dir, "index"), index.ReaderOptions{})
	}
	if err != nil {
		os.RemoveAll(dir)
		return nil, nil, err
	}
	return r, func() { r.Close(); os.RemoveAll(dir) }, nil
}

// Build indexes a corpus folder into a new generation of an index folder
// and publishes it; run again, it indexes only what changed, and publishes
// nothing when nothing did.
func ExampleBuild() {
	dir, err := exampleCorpus()
	defer os.RemoveAll(dir)
	if err != nil {
		fmt.Println(err)
		return
	}
	opts := index.BuildOptions{
		Dir:    filepath.Join(dir, "index"),
		Corpus: []string{filepath.Join(dir, "corpus")},
	}
	for range 2 {
		sum, err := index.Build(context.Background(), opts)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("added %d, unchanged %d: %d documents, %d paragraphs, published %v\n",
			sum.Added, sum.Unchanged, sum.Documents, sum.Paragraphs, sum.Published)
	}
	// Output:
	// added 2, unchanged 0: 2 documents, 3 paragraphs, published true
	// added 0, unchanged 2: 2 documents, 3 paragraphs, published false
}

// Search parses the query (package query), compiles it to Bleve with the
// words analysed as the text was ("sanction" finds "sanctions") and
// returns a page of hits with their snippets; a malformed query is a
// *query.Error that says where.
func ExampleReader_Search() {
	ctx := context.Background()
	r, done, err := exampleReader(ctx)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer done()

	queries := []string{"sanction", `discussed -"Minsk agreements"`, "(Taiwan OR text:Minsk) year:2022", "Minsk year:abc"}
	for _, q := range queries {
		res, err := r.Search(ctx, index.SearchRequest{Query: q, Page: 1, Size: 10, Sort: index.SortOldest})
		var qe *query.Error
		if errors.As(err, &qe) {
			fmt.Printf("%s: %s, at %q\n", q, qe.Msg, q[qe.Pos:])
			continue
		}
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("%s: %d as %s\n", q, res.Total, res.Query)
		for _, h := range res.Hits {
			fmt.Println("  ", h.ID, h.Date, h.Snippet.HTML())
		}
	}
	// Output:
	// sanction: 1 as sanction
	//    corpus/minsk.txt#p1 2022-01-27 The ministers discussed the Minsk agreements and <mark>sanctions</mark>.
	// discussed -"Minsk agreements": 1 as discussed -"Minsk agreements"
	//    corpus/taiwan.txt#p1 2022-03-14 The two sides <mark>discussed</mark> Taiwan and trade.
	// (Taiwan OR text:Minsk) year:2022: 2 as (Taiwan OR text:Minsk) year:2022
	//    corpus/minsk.txt#p1 2022-01-27 The ministers discussed the <mark>Minsk</mark> agreements and sanctions.
	//    corpus/taiwan.txt#p1 2022-03-14 The two sides discussed <mark>Taiwan</mark> and trade.
	// Minsk year:abc: year:abc is not a year such as 2022, at "year:abc"
}
