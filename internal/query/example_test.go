package query_test

import (
	"errors"
	"fmt"

	"github.com/readouts/readouts/internal/query"
)

func ExampleParse() {
	q := `speaker:"Wang Yi" (Taiwan OR Ukraine) -sanction*`
	n, err := query.Parse(q)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(n)
	query.Inspect(n, func(n query.Node) bool {
		if t, ok := n.(*query.Term); ok {
			fmt.Printf("%d-%d %q field=%q prefix=%v\n", t.Pos(), t.End(), q[t.Pos():t.End()], t.Field, t.Prefix)
		}
		return true
	})
	// Output:
	// speaker:"Wang Yi" (Taiwan OR Ukraine) -sanction*
	// 0-17 "speaker:\"Wang Yi\"" field="speaker" prefix=false
	// 19-25 "Taiwan" field="" prefix=false
	// 29-36 "Ukraine" field="" prefix=false
	// 39-48 "sanction*" field="" prefix=true
}

func ExampleParse_error() {
	q := `Taiwan OR "Minsk agreements`
	_, err := query.Parse(q)
	var qe *query.Error
	if errors.As(err, &qe) {
		fmt.Printf("%s\nat %q\n", qe.Msg, q[qe.Pos:])
	}
	fmt.Println(err)
	fmt.Println(errors.Is(err, query.ErrInvalid))
	// Output:
	// missing closing quote
	// at "\"Minsk agreements"
	// query: missing closing quote (at character 11)
	// true
}
