package highlight

import (
	"unicode"
	"unicode/utf8"
)

// qToken is a word or a punctuation mark of the text around a quotation,
// as a byte range.
type qToken struct {
	start, end int
	word       bool
}

// qTokenize splits text[from:to] into word and punctuation tokens. A word
// keeps inner apostrophes, hyphens and abbreviation dots (it’s, al-Assad,
// U.S.).
func qTokenize(text string, from, to int) []qToken {
	out := make([]qToken, 0, (to-from)/5+1)
	for i := from; i < to; {
		if c := text[i]; c < utf8.RuneSelf && !qASCIIWord[c] {
			if c != ' ' && c != '\n' && c != '\t' && c != '\r' && c != '\v' && c != '\f' {
				out = append(out, qToken{start: i, end: i + 1})
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:to])
		switch {
		case unicode.IsSpace(r):
			i += n
		case qIsWordRune(r):
			j := qWordEnd(text, i, to)
			out = append(out, qToken{start: i, end: j, word: true})
			i = j
		default:
			out = append(out, qToken{start: i, end: i + n})
			i += n
		}
	}
	return out
}

// qWordEnd returns the end of the word starting at i.
func qWordEnd(text string, i, to int) int {
	seg := i // start of the current part, for abbreviation dots
	for i < to {
		if qASCIIWord[text[i]] {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:to])
		if r >= utf8.RuneSelf && qIsWordRune(r) {
			i += n
			continue
		}
		if !qIsWordJoiner(r) || i+n >= to {
			return i
		}
		next, _ := utf8.DecodeRuneInString(text[i+n : to])
		if !qIsWordRune(next) || r == '.' && !qJoinsDot(text[seg:i], next) {
			return i
		}
		i += n
		seg = i
	}
	return i
}

// qJoinsDot reports whether a dot after part joins it to the rune next:
// an abbreviation (U.S., a.m.) or a decimal (2.5), not a missing space
// ("ceasefire.Kerry").
func qJoinsDot(part string, next rune) bool {
	if len(part) == 0 {
		return false
	}
	last := part[len(part)-1]
	if last >= '0' && last <= '9' {
		return unicode.IsDigit(next)
	}
	return len(part) <= 2
}

// qASCIIWord marks the ASCII letters and digits.
var qASCIIWord = func() (t [256]bool) {
	for c := '0'; c <= 'z'; c++ {
		t[c] = c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a'
	}
	return t
}()

// qIsWordRune reports whether r belongs to a word.
func qIsWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// qIsWordJoiner reports whether r may join two parts of one word.
func qIsWordJoiner(r rune) bool { return r == '\'' || r == '’' || r == '-' || r == '.' }

// qTokenText returns the text of t.
func qTokenText(text string, t qToken) string { return text[t.start:t.end] }

// qIsCapitalized reports whether the word t starts with an upper-case letter.
func qIsCapitalized(text string, t qToken) bool {
	r, _ := utf8.DecodeRuneInString(text[t.start:t.end])
	return t.word && unicode.IsUpper(r)
}

// qLowerKey returns the lower-case form of a short ASCII word for a table
// look-up, or "" for a long or non-ASCII one.
func qLowerKey(buf *[24]byte, w string) []byte {
	if len(w) > len(buf) {
		return nil
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return nil
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return buf[:len(w)]
}

// qWordIn reports whether the word t, lower-cased, is in set.
func qWordIn(text string, t qToken, set map[string]bool) bool {
	if !t.word {
		return false
	}
	var buf [24]byte
	k := qLowerKey(&buf, qTokenText(text, t))
	return k != nil && set[string(k)]
}

// qSetOf builds a word set.
func qSetOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// qShapes records the (first letter, length) pairs of a word set, so that
// most words can be turned away before a map look-up.
type qShapes [26][25]bool

// qShapesOf builds the shapes of the words of set.
func qShapesOf(set map[string]bool) *qShapes {
	var s qShapes
	for w := range set {
		if c := w[0]; c >= 'a' && c <= 'z' && len(w) < len(s[0]) {
			s[c-'a'][len(w)] = true
		}
	}
	return &s
}

// may reports whether the word t could be in the set (ASCII, either case).
func (s *qShapes) may(text string, t qToken) bool {
	n := t.end - t.start
	if !t.word || n >= len(s[0]) {
		return false
	}
	c := text[t.start] | 0x20
	return c >= 'a' && c <= 'z' && s[c-'a'][n]
}

// Shapes of the sets looked up for every word of a text.
var (
	qVerbShapes  = qShapesOf(qReportingVerbs)
	qTitleShapes = qShapesOf(qPersonTitles)
)
