package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// mix scrambles a feature value with its template number (the splitmix64
// finaliser), so that equal values of different templates land apart.
func mix(v uint64, template uint64) uint64 {
	z := v ^ (template+1)*0x9E3779B97F4A7C15
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9
	z = (z ^ (z >> 27)) * 0x94D049BB133111EB
	return z ^ (z >> 31)
}

// pair combines two hashes into one (order matters).
func pair(a, b uint64) uint64 { return a*0x100000001B3 ^ (b + 0x632BE59BD9B4E019) }

// hashRune adds a rune to an FNV-1a state.
func hashRune(h uint64, r rune) uint64 {
	if r < utf8.RuneSelf {
		return (h ^ uint64(r)) * fnvPrime
	}
	h = (h ^ uint64(r&0xff)) * fnvPrime
	h = (h ^ uint64(r>>8&0xff)) * fnvPrime
	return (h ^ uint64(r>>16)) * fnvPrime
}

// HashString returns the FNV-1a hash of s as it is (case kept).
func HashString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return h
}

// HashLower returns the hash of s in lower case, equal to the hash
// wordInfo computes for a token of that text.
func HashLower(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return hashLowerRunes(s)
		}
		h = (h ^ uint64(asciiLower[c])) * fnvPrime
	}
	return h
}

// hashLowerRunes is HashLower for any text.
func hashLowerRunes(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); {
		r, n := lowerAt(s, i)
		h = hashRune(h, r)
		i += n
	}
	return h
}

// lowerAt returns the lower-case rune at byte i of s and its width.
func lowerAt(s string, i int) (rune, int) {
	r, n := runeAt(s, i)
	return lowerRune(r), n
}

// lowerRune returns r in lower case, quickly for ASCII.
func lowerRune(r rune) rune {
	if r < utf8.RuneSelf {
		if r >= 'A' && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	if IsGeneralPunct(r) {
		return r
	}
	return unicode.ToLower(r)
}

// IsGeneralPunct reports whether r is in Unicode's General Punctuation
// block (curly quotes, dashes, ellipsis, special spaces), which holds no
// letter, digit or mark and no case: news text is full of these, and the
// Unicode tables are slow to say so.
func IsGeneralPunct(r rune) bool { return r >= 0x2000 && r <= 0x206F }

// Word flags.
const (
	fInitCap  = 1 << iota // first letter upper case
	fAllCap               // letters, all upper case
	fHasLower             // some lower-case letter
	fHasDigit             // some digit
	fAllDigit             // digits and number punctuation only
	fHyphen               // an inner hyphen
	fPeriod               // a period
	fPunct                // no letter or digit
	fLong                 // more than 12 bytes
	fOneChar              // a single character
	fAnyUpper             // some upper-case letter
)

// wordInfo is what the features need to know of every token, computed
// once. Suffixes and the title-case hash are computed only for the tokens
// the tagger scores (see features.static).
type wordInfo struct {
	exact, lower, shape uint64
	pre                 [4]uint64
	flags               uint16
	plain               bool // see features.plainAfterO
}

// asciiLower, asciiUpper and asciiShape are lowerRune, unicode.ToUpper
// and shapeClass for ASCII.
var asciiLower, asciiUpper, asciiShape = func() (l, u, s [utf8.RuneSelf]byte) {
	for c := range utf8.RuneSelf {
		l[c], u[c], s[c] = byte(lowerRune(rune(c))), byte(unicode.ToUpper(rune(c))), byte(shapeClass(rune(c)))
	}
	return l, u, s
}()

// shapeClass maps a rune to its shape character: X, x, d, or itself for
// ASCII punctuation, o for anything else.
func shapeClass(r rune) rune {
	switch {
	case r >= 'a' && r <= 'z':
		return 'x'
	case r >= 'A' && r <= 'Z':
		return 'X'
	case r >= '0' && r <= '9':
		return 'd'
	case r < utf8.RuneSelf:
		return r
	case IsGeneralPunct(r):
		return 'o'
	case unicode.IsUpper(r):
		return 'X'
	case unicode.IsLetter(r):
		return 'x'
	case unicode.IsDigit(r):
		return 'd'
	}
	return 'o'
}

// Character kinds of asciiKind.
const (
	kUpper = 1 << iota
	kLower
	kDigit
	kPeriod
)

// asciiKind classes the ASCII characters for describeASCII.
var asciiKind = func() (k [utf8.RuneSelf]uint8) {
	for c := range utf8.RuneSelf {
		switch shapeClass(rune(c)) {
		case 'X':
			k[c] = kUpper
		case 'x':
			k[c] = kLower
		case 'd':
			k[c] = kDigit
		case '.':
			k[c] = kPeriod
		}
	}
	return k
}()

// describe computes the wordInfo of w.
func describe(w string) wordInfo {
	if wi, ok := describeASCII(w); ok {
		return wi
	}
	return describeRunes(w)
}

// describeASCII is describe for a word of ASCII characters only (ok is
// false for any other word): one table lookup per byte instead of a rune
// decoding and a switch.
func describeASCII(w string) (wi wordInfo, ok bool) {
	exact, lower, shape := uint64(fnvOffset), uint64(fnvOffset), uint64(fnvOffset)
	last := byte(0xFF)
	var kinds uint8
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return wi, false
		}
		exact = (exact ^ uint64(c)) * fnvPrime
		lower = (lower ^ uint64(asciiLower[c])) * fnvPrime
		if i < 4 {
			wi.pre[i] = lower
		}
		if s := asciiShape[c]; s != last {
			shape = (shape ^ uint64(s)) * fnvPrime
			last = s
		}
		kinds |= asciiKind[c]
	}
	for k := len(w); k < 4; k++ {
		wi.pre[k] = lower
	}
	wi.exact, wi.lower, wi.shape = exact, lower, shape
	wi.flags = kindFlags(kinds)
	if kinds&kUpper != 0 && asciiKind[w[0]] == kUpper {
		wi.flags |= fInitCap
	}
	if len(w) > 2 && strings.IndexByte(w[1:len(w)-1], '-') >= 0 {
		wi.flags |= fHyphen
	}
	if len(w) > 12 {
		wi.flags |= fLong
	}
	if len(w) == 1 {
		wi.flags |= fOneChar
	}
	return wi, true
}

// kindFlags derives the word flags that depend only on which kinds of
// character (asciiKind) an ASCII word has.
func kindFlags(kinds uint8) uint16 {
	var f uint16
	letters := kinds&(kUpper|kLower) != 0
	if kinds&kUpper != 0 {
		f |= fAnyUpper
		if kinds&kLower == 0 {
			f |= fAllCap
		}
	}
	if kinds&kLower != 0 {
		f |= fHasLower
	}
	if kinds&kPeriod != 0 {
		f |= fPeriod
	}
	if kinds&kDigit != 0 {
		f |= fHasDigit
		if !letters {
			f |= fAllDigit
		}
	}
	if !letters && kinds&kDigit == 0 {
		f |= fPunct
	}
	return f
}

// describeRunes is describe for any word.
func describeRunes(w string) wordInfo {
	var wi wordInfo
	exact, lower, shape := uint64(fnvOffset), uint64(fnvOffset), uint64(fnvOffset)
	var last rune = -1
	letters, uppers, digits, n := 0, 0, 0, 0
	for i := 0; i < len(w); {
		var r, lr, s rune
		size := 1
		if c := w[i]; c < utf8.RuneSelf {
			lr, s = rune(asciiLower[c]), rune(asciiShape[c])
			exact = (exact ^ uint64(c)) * fnvPrime
		} else {
			r, size = utf8.DecodeRuneInString(w[i:])
			lr, s = lowerRune(r), shapeClass(r)
			for k := i; k < i+size; k++ {
				exact = (exact ^ uint64(w[k])) * fnvPrime
			}
		}
		lower = hashRune(lower, lr)
		if n < 4 {
			wi.pre[n] = lower
		}
		if s != last {
			shape = hashRune(shape, s)
			last = s
		}
		switch s {
		case 'X':
			letters++
			uppers++
			wi.flags |= fAnyUpper
			if n == 0 {
				wi.flags |= fInitCap
			}
		case 'x':
			letters++
			wi.flags |= fHasLower
		case 'd':
			digits++
		case '-':
			if i > 0 && i+size < len(w) {
				wi.flags |= fHyphen
			}
		case '.':
			wi.flags |= fPeriod
		}
		n++
		i += size
	}
	for k := n; k < 4; k++ {
		wi.pre[k] = lower
	}
	wi.exact, wi.lower, wi.shape = exact, lower, shape
	wi.flags |= wordFlags(letters, uppers, digits, n, len(w))
	return wi
}

// wordFlags derives the count-based flags of a word.
func wordFlags(letters, uppers, digits, runes, bytes int) uint16 {
	var f uint16
	if letters > 0 && letters == uppers {
		f |= fAllCap
	}
	if digits > 0 {
		f |= fHasDigit
		if letters == 0 {
			f |= fAllDigit
		}
	}
	if letters == 0 && digits == 0 {
		f |= fPunct
	}
	if bytes > 12 {
		f |= fLong
	}
	if runes == 1 {
		f |= fOneChar
	}
	return f
}

// titleHash hashes w with its first letter in upper case and the rest in
// lower case, so that "WARNS", "warns" and "Warns" hash alike.
func titleHash(w string) uint64 {
	h := uint64(fnvOffset ^ 0xABCDEF)
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return titleHashRunes(w)
		}
		if i == 0 {
			c = asciiUpper[c]
		} else {
			c = asciiLower[c]
		}
		h = (h ^ uint64(c)) * fnvPrime
	}
	return h
}

// titleHashRunes is titleHash for any word.
func titleHashRunes(w string) uint64 {
	h := uint64(fnvOffset ^ 0xABCDEF)
	for i := 0; i < len(w); {
		r, size := runeAt(w, i)
		if i == 0 {
			r = unicode.ToUpper(r)
		} else {
			r = lowerRune(r)
		}
		h = hashRune(h, r)
		i += size
	}
	return h
}

// suffixes hashes the last one to four runes of w in lower case, read
// backwards; shorter words repeat their whole-word hash.
func suffixes(w string, whole uint64) [4]uint64 {
	var suf [4]uint64
	h := uint64(fnvOffset ^ 0x5A5A)
	n := 0
	for i := len(w); i > 0 && n < 4; {
		r, size := rune(w[i-1]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeLastRuneInString(w[:i])
		}
		h = hashRune(h, lowerRune(r))
		suf[n] = h
		n++
		i -= size
	}
	for k := n; k < 4; k++ {
		suf[k] = whole
	}
	return suf
}

// runeAt decodes the rune at byte i of s.
func runeAt(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}
