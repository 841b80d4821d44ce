package search

import "unicode/utf8"

// eachSentence calls fn with the byte range of each sentence of text. A
// sentence ends at a line break, or after . ! ? (and any closing quotes or
// brackets) followed by white space, or directly by a capital letter as in
// the run-together "ceasefire.Kerry said". Ranges are trimmed of spaces.
func eachSentence(text string, fn func(start, end int)) {
	start := 0
	emit := func(end int) {
		s, e := trimSpace(text, start, end)
		if e > s {
			fn(s, e)
		}
	}
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '\n':
			emit(i)
			start = i + 1
		case '.', '!', '?':
			if end, ok := sentenceEnd(text, i); ok {
				emit(end)
				start = end
				i = end - 1
			}
		}
	}
	emit(len(text))
}

// sentenceEnd reports whether the mark at i ends a sentence, and where.
func sentenceEnd(text string, i int) (int, bool) {
	j := i + 1
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if r != '"' && r != '\'' && r != '”' && r != '’' && r != ')' {
			break
		}
		j += size
	}
	if j >= len(text) {
		return len(text), true
	}
	r, _ := utf8.DecodeRuneInString(text[j:])
	if r == ' ' || r == '\t' || r == '\n' || r == '\r' {
		return j, !abbreviation(text, i) && !lowerNext(text, j)
	}
	// "ceasefire.Kerry": a capital right after a lower-case word's full stop.
	if r >= 'A' && r <= 'Z' && i > 0 && text[i-1] >= 'a' && text[i-1] <= 'z' {
		return j, true
	}
	return 0, false
}

// abbreviation reports whether the full stop at i closes a short
// abbreviation such as "Feb." or "Mr." rather than a sentence.
func abbreviation(text string, i int) bool {
	if text[i] != '.' {
		return false
	}
	k := i
	for k > 0 && (text[k-1] >= 'a' && text[k-1] <= 'z' || text[k-1] >= 'A' && text[k-1] <= 'Z') {
		k--
	}
	w := text[k:i]
	switch w {
	case "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Jan", "Feb", "Mar", "Apr",
		"Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No", "vs", "U", "S":
		return true
	}
	return len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' // an initial: "John F. Kennedy"
}

func trimSpace(text string, s, e int) (int, int) {
	for s < e && (text[s] == ' ' || text[s] == '\t' || text[s] == '\r' || text[s] == '\n') {
		s++
	}
	for e > s && (text[e-1] == ' ' || text[e-1] == '\t' || text[e-1] == '\r' || text[e-1] == '\n') {
		e--
	}
	return s, e
}

// lowerNext reports whether the first letter after the spaces at j is lower
// case: `"Stop!" he said` goes on after the mark.
func lowerNext(text string, j int) bool {
	for j < len(text) && (text[j] == ' ' || text[j] == '\t') {
		j++
	}
	return j < len(text) && text[j] >= 'a' && text[j] <= 'z'
}
