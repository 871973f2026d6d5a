package index

import (
	"strings"
	"unicode"
)

// A name pasted from a Russian or Ukrainian source ("Лавров") finds
// nothing in an English corpus, which writes it in Latin letters. The
// did-you-mean (spell.go) respells such a word from its transliteration.

// cyrillicLatin transliterates Russian letters, roughly as the State
// Department and the press write names (BGN/PCGN without diacritics):
// "Лавров" -> "lavrov", "Кулеба" -> "kuleba", "Зеленский" -> "zelenskiy".
var cyrillicLatin = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ё': "e", 'ж': "zh",
	'з': "z", 'и': "i", 'й': "y", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o",
	'п': "p", 'р': "r", 'с': "s", 'т': "t", 'у': "u", 'ф': "f", 'х': "kh", 'ц': "ts",
	'ч': "ch", 'ш': "sh", 'щ': "shch", 'ъ': "", 'ы': "y", 'ь': "", 'э': "e", 'ю': "yu",
	'я': "ya",
	// Ukrainian letters of their own
	'і': "i", 'ї': "yi", 'є': "ye", 'ґ': "g",
}

// latinOf is word, a word of Cyrillic letters, in Latin lower case, and
// whether it was one.
func latinOf(word string) (string, bool) {
	var b strings.Builder
	for _, r := range word {
		if !unicode.Is(unicode.Cyrillic, r) {
			return "", false
		}
		l, ok := cyrillicLatin[unicode.ToLower(r)]
		if !ok {
			return "", false
		}
		b.WriteString(l)
	}
	return b.String(), b.Len() > 0
}
