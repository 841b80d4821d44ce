package highlight

import (
	"unicode"
	"unicode/utf8"

	"slant/highlight/ner"
)

// The figure detector reads its own tokens: numbers keep their thousands
// commas and decimals ("260,000", "3.5", ".05"), while hyphens, slashes and
// other marks stand alone so that "five-year", "400-500" and "mg/kg" can be
// put together by the patterns.

// ftKind is what a figure token is.
type ftKind uint8

const (
	ftWord ftKind = iota // a run of letters
	ftNum                // digits with thousands commas and decimal points
	ftSym                // any other single character
)

// ftGap says what separates a token from the one before it.
type ftGap uint8

const (
	gapNone  ftGap = iota // glued: "5km", "2Without"
	gapSpace              // spaces or tabs
	gapLine               // a line break, or the start of the text
)

// ftok is one token: a byte range of the text, its kind and the gap
// before; for a word, also its figWordHash (computed while reading it, so
// that the trigger filter need not read the word again).
type ftok struct {
	start, end int
	kind       ftKind
	gap        ftGap
	hash       uint32
}

// figTokenize appends the tokens of text to dst.
func figTokenize(text string, dst []ftok) []ftok {
	gap := gapLine
	for i := 0; i < len(text); {
		c := text[i]
		switch figByteClass[c] { // the common cases first
		case fbSpace:
			gap = max(gap, gapSpace)
			i++
			continue
		case fbLetter:
			end, h := figWordEnd(text, i+1, figHashByte(figHashOffset, c))
			dst = append(dst, ftok{start: i, end: end, kind: ftWord, gap: gap, hash: h})
			i, gap = end, gapNone
			continue
		}
		if c < utf8.RuneSelf {
			if g, ok := figASCIIGap(c); ok {
				gap = max(gap, g)
				i++
				continue
			}
			t := figASCIIToken(text, i, gap)
			dst = append(dst, t)
			i, gap = t.end, gapNone
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			gap = max(gap, gapSpace)
			i += size
			continue
		}
		t := ftok{start: i, end: i + size, kind: ftSym, gap: gap}
		if figLetter(r) {
			end, h := figWordEnd(text, i, figHashOffset)
			t = ftok{start: i, end: end, kind: ftWord, gap: gap, hash: h}
		}
		dst = append(dst, t)
		i, gap = t.end, gapNone
	}
	return dst
}

// Byte classes of figByteClass.
const (
	fbOther  = iota // anything else, a non-ASCII byte
	fbSpace         // a space or tab
	fbLetter        // an ASCII letter
)

// figByteClass classes the bytes for figTokenize's fast paths.
var figByteClass = func() (t [256]uint8) {
	for c := range utf8.RuneSelf {
		switch g, _ := figASCIIGap(byte(c)); {
		case g == gapSpace:
			t[c] = fbSpace
		case figLetterByte(byte(c)):
			t[c] = fbLetter
		}
	}
	return t
}()

// figASCIIGap reports whether c is white space and which gap it makes.
func figASCIIGap(c byte) (ftGap, bool) {
	switch c {
	case ' ', '\t':
		return gapSpace, true
	case '\n', '\r', '\f', '\v':
		return gapLine, true
	}
	return gapNone, false
}

// figASCIIToken reads the token starting with the ASCII byte at text[i].
func figASCIIToken(text string, i int, gap ftGap) ftok {
	c := text[i]
	switch {
	case figDigit(c):
		return ftok{start: i, end: figNumEnd(text, i), kind: ftNum, gap: gap}
	case c == '.' && gap != gapNone && i+1 < len(text) && figDigit(text[i+1]):
		return ftok{start: i, end: figNumEnd(text, i+1), kind: ftNum, gap: gap}
	case figLetterByte(c):
		end, h := figWordEnd(text, i, figHashOffset)
		return ftok{start: i, end: end, kind: ftWord, gap: gap, hash: h}
	}
	return ftok{start: i, end: i + 1, kind: ftSym, gap: gap}
}

// figNumEnd returns the end of the digit string starting at i: digits, a
// comma followed by exactly three digits, or a point followed by a digit.
func figNumEnd(text string, i int) int {
	j := i
	for j < len(text) {
		switch c := text[j]; {
		case figDigit(c):
			j++
		case c == '.' && j+1 < len(text) && figDigit(text[j+1]):
			j++
		case c == ',' && figThousands(text, j+1):
			j++
		default:
			return j
		}
	}
	return j
}

// figThousands reports whether text[i:] starts with exactly three digits.
func figThousands(text string, i int) bool {
	if i+3 > len(text) {
		return false
	}
	for k := i; k < i+3; k++ {
		if !figDigit(text[k]) {
			return false
		}
	}
	return i+3 == len(text) || !figDigit(text[i+3])
}

// figWordEnd returns the end of the run of letters starting at i, and the
// FNV-1a state h carried on over its bytes in lower case (figWordHash).
func figWordEnd(text string, i int, h uint32) (int, uint32) {
	for i < len(text) {
		for i < len(text) && figLetterTable[text[i]] {
			h = (h ^ uint32(text[i]|0x20)) * 16777619 // figHashByte, for a letter
			i++
		}
		if i == len(text) || text[i] < utf8.RuneSelf {
			return i, h
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if !figLetter(r) {
			return i, h
		}
		for k := i; k < i+size; k++ {
			h = figHashByte(h, text[k])
		}
		i += size
	}
	return i, h
}

func figLetter(r rune) bool {
	return r != utf8.RuneError && !ner.IsGeneralPunct(r) && (unicode.IsLetter(r) || unicode.IsMark(r))
}

func figDigit(c byte) bool { return c >= '0' && c <= '9' }

func figLetterByte(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// figLetterTable marks the bytes of figLetterByte (the ASCII letters).
var figLetterTable = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = figLetterByte(byte(c))
	}
	return t
}()
