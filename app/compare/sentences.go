package compare

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbreviations are words that end in a full stop without ending a
// sentence ("Gen. Smith", "Feb. 5").
var abbreviations = toSet(`mr mrs ms dr prof gen col lt sgt capt cmdr adm gov sen rep st jr sr inc corp
co ltd vs no jan feb mar apr jun jul aug sep sept oct nov dec etc al fig approx est dept univ`)

// closers are marks that may follow a full stop and still belong to the
// sentence it ends.
const closers = "\"'”’)]»"

// openers are marks that may open a sentence.
const openers = "\"'“‘(«["

// sentences splits text into sentence ranges, trimmed of surrounding
// space. A sentence ends at a line break, or at '.', '!' or '?' (with any
// closing quote marks) followed by a capital letter or an opening mark,
// with or without a space between: "ceasefire.Kerry said" is two
// sentences. Initials ("U.S.") and common abbreviations do not end one.
func sentences(text string) []Range {
	var out []Range
	start := 0
	for i := 0; i < len(text); {
		c, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case c == '\n':
			out = appendTrimmed(out, text, start, i)
			start = i + n
		case c == '.' || c == '!' || c == '?':
			if end := sentenceEnd(text, i); end > 0 {
				out = appendTrimmed(out, text, start, end)
				start, i = end, end
				continue
			}
		}
		i += n
	}
	return appendTrimmed(out, text, start, len(text))
}

// sentenceEnd returns where the sentence whose terminator is at i ends, or
// 0 when the terminator does not end a sentence.
func sentenceEnd(text string, i int) int {
	if text[i] == '.' && isAbbreviation(text, i) {
		return 0
	}
	end := i + 1
	for end < len(text) {
		c, n := utf8.DecodeRuneInString(text[end:])
		if !strings.ContainsRune(closers, c) {
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
	if j == end && lostCloser(text, j) {
		return j + 1
	}
	if unicode.IsUpper(next) || (j > end && strings.ContainsRune(openers, next)) {
		return end
	}
	return 0
}

// isAbbreviation reports whether the full stop at i closes an initial or a
// known abbreviation rather than a sentence.
func isAbbreviation(text string, i int) bool {
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
	return abbreviations[strings.ToLower(w)]
}

// appendTrimmed appends text[start:end] trimmed of space, unless empty.
func appendTrimmed(out []Range, text string, start, end int) []Range {
	for start < end {
		c, n := utf8.DecodeRuneInString(text[start:end])
		if !unicode.IsSpace(c) {
			break
		}
		start += n
	}
	for end > start {
		c, n := utf8.DecodeLastRuneInString(text[start:end])
		if !unicode.IsSpace(c) {
			break
		}
		end -= n
	}
	if end > start {
		out = append(out, Range{start, end})
	}
	return out
}

// lostCloser reports whether text[j] is a lone digit squeezed between a
// full stop and a capital ("now.2Without"): a closing quote mark lost in
// conversion. The digit then ends the sentence.
func lostCloser(text string, j int) bool {
	if j+1 >= len(text) || text[j] < '0' || text[j] > '9' {
		return false
	}
	next, _ := utf8.DecodeRuneInString(text[j+1:])
	return unicode.IsUpper(next)
}
