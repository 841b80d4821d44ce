package highlight

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"slant/highlight/ner"
)

// token is one word, number or punctuation mark of a text, as a byte range
// [Start, End) of that text. Tokens never copy text.
//
// The tokenizer splits the way CoNLL-2003 and the Penn Treebank do:
// "U.S." and "Corp." stay whole, "Kerry's" is "Kerry" + "'s", "don't" is
// "do" + "n't", punctuation stands alone, "260,000" and "1996-08-30" and
// "all-rounder" are single tokens.
type token struct {
	Start, End int
}

// text returns the token's text within s.
func (t token) text(s string) string { return s[t.Start:t.End] }

// tokenize appends the tokens of text to dst and returns the extended
// slice. It never allocates beyond growing dst and never panics.
func tokenize(text string, dst []token) []token {
	i := 0
	for i < len(text) {
		c := text[i]
		switch asciiClass[c] {
		case cSpace:
			i++
			continue
		case cWord:
			// Most words end at a space or plain punctuation: take them
			// here; appendWord handles joiners, clitics and abbreviations.
			if j := asciiWordEnd(text, i+1); j == len(text) || text[j] < utf8.RuneSelf && asciiClass[text[j]] != cJoiner {
				dst = append(dst, token{i, j})
				i = j
				continue
			}
			dst = appendWord(text, i, dst)
			i = dst[len(dst)-1].End
			continue
		}
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
			if unicode.IsSpace(r) {
				i += size
				continue
			}
		}
		if isWordRune(r) {
			dst = appendWord(text, i, dst)
			i = dst[len(dst)-1].End
			continue
		}
		end := punctEnd(text, i, r, size)
		dst = append(dst, token{i, end})
		i = end
	}
	return dst
}

// isWordRune reports whether r starts or continues a word.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return !ner.IsGeneralPunct(r) && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r))
}

// Byte classes of asciiClass.
const (
	cOther  = iota // punctuation, a non-ASCII byte
	cSpace         // ASCII white space the tokenizer skips
	cWord          // an ASCII letter or digit
	cJoiner        // ASCII punctuation that may join a word's parts (joinsWord)
)

// asciiClass classes the bytes for the tokenizer's fast paths.
var asciiClass = func() (t [256]uint8) {
	for c := range utf8.RuneSelf {
		switch {
		case isWordRune(rune(c)):
			t[c] = cWord
		case joinsWordRune(rune(c)):
			t[c] = cJoiner
		}
	}
	for _, c := range " \n\t\r" {
		t[c] = cSpace
	}
	return t
}()

// runeAt decodes the rune at byte i of s (utf8.RuneError, 0 past the end).
func runeAt(s string, i int) (rune, int) {
	if i >= len(s) {
		return utf8.RuneError, 0
	}
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// punctEnd returns the end of the punctuation token starting at i: runs of
// '.' or '-' (an ellipsis, a double dash) stay together, anything else is a
// single character.
func punctEnd(text string, i int, r rune, size int) int {
	if r == '.' || r == '-' {
		j := i + 1
		for j < len(text) && text[j] == byte(r) {
			j++
		}
		return j
	}
	return i + size
}

// appendWord scans the word starting at i (a letter or digit) and appends
// it, split into its parts (clitics such as 's and n't), to dst.
func appendWord(text string, i int, dst []token) []token {
	start := i
	j := i
	apostrophe := false
	for j < len(text) {
		j = asciiWordEnd(text, j)
		if j == len(text) {
			break
		}
		if c := text[j]; c < utf8.RuneSelf && asciiClass[c] != cJoiner {
			break // white space or punctuation that joins nothing
		}
		r, size := runeAt(text, j)
		if isWordRune(r) {
			j += size
			continue
		}
		if joinsWord(text, start, j, r, size) {
			apostrophe = apostrophe || r == '\'' || r == '’'
			j += size
			continue
		}
		break
	}
	j = abbrevEnd(text, start, j)
	if !apostrophe {
		return append(dst, token{start, j})
	}
	return appendClitics(text, start, j, dst)
}

// asciiWordEnd returns the end of the run of ASCII letters and digits at
// byte j of text.
func asciiWordEnd(text string, j int) int {
	for j < len(text) && asciiClass[text[j]] == cWord {
		j++
	}
	return j
}

// joinsWord reports whether the non-word rune r at byte j, inside the word
// that began at start, belongs to that word: a hyphen, period, comma,
// ampersand, slash or apostrophe between word characters.
func joinsWord(text string, start, j int, r rune, size int) bool {
	if !joinsWordRune(r) {
		return false
	}
	next, _ := runeAt(text, j+size)
	if !isWordRune(next) {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(text[start:j])
	switch r {
	case '-', '&', '/', '\'', '’', '_', '@':
		return true
	case ',':
		return isDigit(prev) && isDigit(next)
	case '.':
		return periodJoins(text, start, j, prev, next)
	}
	return false
}

// joinsWordRune reports whether r may join the parts of a word (see
// joinsWord).
func joinsWordRune(r rune) bool {
	switch r {
	case '-', '&', '/', '\'', '’', '_', '@', ',', '.':
		return true
	}
	return false
}

// periodJoins decides whether a period between word characters is inside a
// word ("U.S", "3.5", "eaworldview.com") or ends a sentence whose writer
// forgot the space ("stop.The").
func periodJoins(text string, start, j int, prev, next rune) bool {
	if isDigit(prev) && isDigit(next) {
		return true
	}
	if unicode.IsLower(prev) && unicode.IsUpper(next) && j-lastSegment(text, start, j) >= 2 {
		return false
	}
	return true
}

// lastSegment returns the start of the part of text[start:j] after its
// last period.
func lastSegment(text string, start, j int) int {
	for k := j - 1; k > start; k-- {
		if text[k] == '.' {
			return k + 1
		}
	}
	return start
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// abbrevEnd extends the word text[start:j] over a following period when
// the word is an abbreviation: it already holds a period ("U.S"), it is a
// single letter (an initial), or it is a known short form ("Mr", "Corp").
func abbrevEnd(text string, start, j int) int {
	if j >= len(text) || text[j] != '.' || (j+1 < len(text) && text[j+1] == '.') {
		return j
	}
	w := text[start:j]
	if isAbbrev(w) {
		return j + 1
	}
	return j
}

// isAbbrev reports whether w, written before a period, is an abbreviation.
func isAbbrev(w string) bool {
	hasPeriod, letters := false, 0
	for k := 0; k < len(w); k++ {
		switch c := w[k]; {
		case c == '.':
			hasPeriod = true
		case c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z':
			letters++
		}
	}
	if hasPeriod && letters > 0 {
		return true
	}
	if len(w) == 1 && letters == 1 {
		return w[0] >= 'A' && w[0] <= 'Z'
	}
	if len(w) > abbrevMaxLen {
		return false // spares the map lookup for most words before a period
	}
	_, ok := abbreviations[w]
	return ok
}

// abbrevMaxLen is the length of the longest abbreviation.
var abbrevMaxLen = func() int {
	n := 0
	for w := range abbreviations {
		n = max(n, len(w))
	}
	return n
}()

// abbreviations are words that keep their period (CoNLL-2003 style).
var abbreviations = map[string]struct{}{
	"Mr": {}, "Mrs": {}, "Ms": {}, "Dr": {}, "Prof": {}, "St": {}, "Jr": {}, "Sr": {},
	"Gen": {}, "Lt": {}, "Col": {}, "Capt": {}, "Sgt": {}, "Maj": {}, "Adm": {}, "Cmdr": {},
	"Sen": {}, "Rep": {}, "Gov": {}, "Pres": {}, "Rev": {}, "Hon": {}, "Amb": {},
	"Corp": {}, "Inc": {}, "Ltd": {}, "Co": {}, "Bros": {}, "Plc": {}, "Cie": {},
	"Jan": {}, "Feb": {}, "Mar": {}, "Apr": {}, "Jun": {}, "Jul": {}, "Aug": {},
	"Sep": {}, "Sept": {}, "Oct": {}, "Nov": {}, "Dec": {},
	"Mon": {}, "Tue": {}, "Tues": {}, "Wed": {}, "Thu": {}, "Thur": {}, "Thurs": {}, "Fri": {}, "Sat": {}, "Sun": {},
	"No": {}, "Nos": {}, "Vol": {}, "vs": {}, "etc": {}, "approx": {}, "Mt": {}, "Ft": {},
	"Ave": {}, "Blvd": {}, "Rd": {}, "Calif": {}, "Fla": {}, "Mass": {}, "Penn": {}, "Wash": {},
	"Ill": {}, "Mich": {}, "Ariz": {}, "Colo": {}, "Conn": {}, "Tenn": {}, "Tex": {}, "Va": {},
	"Ga": {}, "Ky": {}, "La": {}, "Md": {}, "Minn": {}, "Mo": {}, "Nev": {}, "Okla": {}, "Ore": {}, "Wis": {},
}

// appendClitics appends text[start:end] to dst, splitting off a final
// possessive or contraction: 's 'S 're 've 'll 'd 'm n't (straight or curly
// apostrophe) and a bare plural possessive apostrophe is not part of a word.
func appendClitics(text string, start, end int, dst []token) []token {
	if k := cliticStart(text, start, end); k > start {
		return append(dst, token{start, k}, token{k, end})
	}
	return append(dst, token{start, end})
}

// cliticStart returns where a trailing clitic of text[start:end] begins, or
// start when there is none.
func cliticStart(text string, start, end int) int {
	w := text[start:end]
	for _, apo := range [...]string{"'", "’"} {
		k := strings.LastIndex(w, apo)
		if k <= 0 {
			continue
		}
		switch strings.ToLower(w[k+len(apo):]) {
		case "s", "re", "ve", "ll", "d", "m":
			return start + k
		case "t":
			if k > 1 && (w[k-1] == 'n' || w[k-1] == 'N') {
				return start + k - 1
			}
		}
	}
	return start
}

// sentenceStarts appends to dst the index of the first token of each
// sentence of toks (the first is always 0) and, last, len(toks). A
// sentence ends at a line break, or after '.', '!' or '?' (and any closing
// quotes or brackets) when the next token begins with a capital letter, a
// digit or an opening quote.
func sentenceStarts(text string, toks []token, dst []int) []int {
	if len(toks) == 0 {
		return append(dst, 0)
	}
	dst = append(dst, 0)
	end := false // the last token closed a sentence
	for i := 1; i < len(toks); i++ {
		prev, t := toks[i-1], toks[i]
		if !end {
			end = asciiClass[text[prev.Start]] != cWord && isFullStop(prev.text(text))
		} else if !isCloser(prev.text(text)) {
			end = false
		}
		if newlineIn(text, prev.End, t.Start) || end && opensSentence(text, prev, t) {
			dst = append(dst, i)
			end = false
		}
	}
	return append(dst, len(toks))
}

func isFullStop(w string) bool {
	return w == "." || w == "!" || w == "?" || w == "..." || w == "…"
}

func isCloser(w string) bool {
	switch w {
	case "\"", "'", "”", "’", ")", "]", "»":
		return true
	}
	return isFullStop(w)
}

// opensSentence reports whether token t, after a full stop (and closers)
// ending with prev, can begin a sentence. A straight quote mark touching
// prev closes the old sentence rather than opening a new one.
func opensSentence(text string, prev, t token) bool {
	w := t.text(text)
	if (w == "\"" || w == "'") && t.Start == prev.End {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || isDigit(r) || r == '"' || r == '“' || r == '‘' || r == '\'' || r == '(' || r == '['
}

// newlineIn reports whether text[a:b], the gap between two tokens, holds
// a line break.
func newlineIn(text string, a, b int) bool {
	switch b - a {
	case 0:
		return false
	case 1:
		return text[a] == '\n'
	}
	return strings.IndexByte(text[a:b], '\n') >= 0
}
