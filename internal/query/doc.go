// Package query parses the search box's language into a syntax tree whose
// nodes know where they stand in the query string, so that an error found
// later, while compiling or running a search, can point at the words at
// fault. It knows nothing about Bleve or the index: package index compiles
// the tree (compile.go there).
//
// The language (Bleve's own query string has no AND, OR or parentheses):
//
//	sanctions Taiwan         both words (AND is the default; AND and && may be written)
//	"Minsk agreements"       a phrase (straight or curly quotes)
//	"Minsk agreements"~5     the words within 5 positions of each other, in any order
//	Taiwan OR Hong Kong      either side of OR (also | and ||); binds tighter than AND: a OR b c = (a OR b) c
//	-Olympics, NOT Olympics  without the word
//	(Taiwan OR Ukraine) Wang grouping
//	speaker:"Wang Yi"        a field: speaker (by), mention, title, text, source, issuer, country, year, date
//	sanction*                prefix
//	Blinkin~, Blinkin~2      fuzzy (edit distance 1 or 2)
//
// A word may hold signs and colons ("COVID-19", "12:30"); a minus sign
// negates only at the start of a clause, and a colon names a field only
// after one of the field names above.
package query
