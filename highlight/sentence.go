package highlight

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// sentAbbreviations are words that end in a full stop without ending a
// sentence ("Gen. Smith", "Feb. 5").
var sentAbbreviations = WordSet(`mr mrs ms dr prof gen col lt sgt capt cmdr adm gov sen rep st jr sr inc corp
co ltd vs no jan feb mar apr jun jul aug sep sept oct nov dec etc al fig approx est dept univ`)

// sentClosers are marks that may follow a full stop and still belong to the
// sentence it ends.
const sentClosers = "\"'”’)]»"

// sentOpeners are marks that may open a sentence.
const sentOpeners = "\"'“‘(«["

// EachSentence calls fn with the byte range of each sentence of text,
// trimmed of surrounding space. A sentence ends at a line break, or at '.',
// '!' or '?' (with any closing quote marks) followed by a capital letter or
// an opening mark, with or without a space between: "ceasefire.Kerry said"
// is two sentences. Initials ("U.S.") and common abbreviations do not end
// one.
func EachSentence(text string, fn func(start, end int)) {
	start := 0
	for i := 0; i < len(text); {
		c, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case c == '\n':
			sentEmit(fn, text, start, i)
			start = i + n
		case c == '.' || c == '!' || c == '?':
			if end := sentEnd(text, i); end > 0 {
				sentEmit(fn, text, start, end)
				start, i = end, end
				continue
			}
		}
		i += n
	}
	sentEmit(fn, text, start, len(text))
}

// sentEnd returns where the sentence whose terminator is at i ends, or
// 0 when the terminator does not end a sentence.
func sentEnd(text string, i int) int {
	if text[i] == '.' && sentAbbreviation(text, i) {
		return 0
	}
	end := i + 1
	for end < len(text) {
		c, n := utf8.DecodeRuneInString(text[end:])
		if !strings.ContainsRune(sentClosers, c) {
			break
		}
		end += n
	}
	j := end
	for j < len(text) && (text[j] == ' ' || text[j] == '\t') {
		j++
	}
	if j == len(text) {
		return end
	}
	next, _ := utf8.DecodeRuneInString(text[j:])
	if j == end && sentLostCloser(text, j) {
		return j + 1
	}
	if unicode.IsUpper(next) || (j > end && strings.ContainsRune(sentOpeners, next)) {
		return end
	}
	return 0
}

// sentAbbreviation reports whether the full stop at i closes an initial or a
// known abbreviation rather than a sentence.
func sentAbbreviation(text string, i int) bool {
	j := i
	for j > 0 {
		c, n := utf8.DecodeLastRuneInString(text[:j])
		if !unicode.IsLetter(c) {
			break
		}
		j -= n
	}
	w := text[j:i]
	if utf8.RuneCountInString(w) == 1 {
		c, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(c)
	}
	return sentAbbreviations[strings.ToLower(w)]
}

// sentEmit calls fn with text[start:end] trimmed of space, unless empty.
func sentEmit(fn func(start, end int), text string, start, end int) {
	if start, end = TrimRange(text, start, end); end > start {
		fn(start, end)
	}
}

// TrimRange narrows the byte range [start, end) of text to leave out the
// white space at its ends; a range of white space only becomes empty at
// its end.
func TrimRange(text string, start, end int) (int, int) {
	for start < end {
		c, n := utf8.DecodeRuneInString(text[start:end])
		if !unicode.IsSpace(c) {
			break
		}
		start += n
	}
	return start, TrimEnd(text, start, end)
}

// TrimEnd moves end back over the white space that ends text[start:end],
// not before start.
func TrimEnd(text string, start, end int) int {
	for end > start {
		c, n := utf8.DecodeLastRuneInString(text[start:end])
		if !unicode.IsSpace(c) {
			break
		}
		end -= n
	}
	return end
}

// sentLostCloser reports whether text[j] is a lone digit squeezed between a
// full stop and a capital ("now.2Without"): a closing quote mark lost in
// conversion. The digit then ends the sentence.
func sentLostCloser(text string, j int) bool {
	if j+1 >= len(text) || text[j] < '0' || text[j] > '9' {
		return false
	}
	next, _ := utf8.DecodeRuneInString(text[j+1:])
	return unicode.IsUpper(next)
}
