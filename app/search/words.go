package search

import (
	"unicode"
	"unicode/utf8"
)

// eachWord calls fn with the byte range of every word of s: a run of
// letters and digits, with inner apostrophes and hyphens cut (so "Moscow’s"
// gives "moscow" and "s", "five-year" gives "five" and "year").
func eachWord(s string, fn func(start, end int)) {
	start := -1
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if isWordRune(r) {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			fn(start, i)
			start = -1
		}
		i += size
	}
	if start >= 0 {
		fn(start, len(s))
	}
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// fold returns s in lower case, reusing buf; ASCII is done without
// allocation beyond buf.
func fold(buf []byte, s string) []byte {
	buf = buf[:0]
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf = append(buf, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		buf = utf8.AppendRune(buf, unicode.ToLower(r))
		i += size
	}
	return buf
}

// letterMask has a bit for each letter a–z and digit class present in w;
// a word can only match a query word whose mask is a subset of its own.
func letterMask(w string) uint64 {
	var m uint64
	for i := 0; i < len(w); i++ {
		m |= 1 << maskBit(w[i])
	}
	return m
}

func maskBit(c byte) uint {
	switch {
	case c >= 'a' && c <= 'z':
		return uint(c - 'a')
	case c >= '0' && c <= '9':
		return 26 + uint(c-'0')
	default:
		return 36 + uint(c%27) // non-ASCII bytes share the upper bits
	}
}
