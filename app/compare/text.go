package compare

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"slant/highlight"
)

// Range is a byte range [Start, End) of one document's text.
type Range struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len is the range's length in bytes.
func (r Range) Len() int { return r.End - r.Start }

// Contains reports whether the byte offset off lies inside r.
func (r Range) Contains(off int) bool { return off >= r.Start && off < r.End }

// token is one word of a text: its byte range, its normalised form (lower
// case, straight apostrophe, no hyphens or thousands separators) and
// whether an ellipsis follows it (an elision in a quotation).
type token struct {
	Range
	word   string
	elided bool
}

// isWordRune reports whether r can stand inside a word.
func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// isJoiner reports whether r joins two word parts into one word when it
// stands between them: apostrophes (it's), hyphens (cease-fire) and the
// separators inside numbers (40,000 and 2.5).
func isJoiner(r rune) bool {
	switch r {
	case '\'', '’', '-', '‐', ',', '.':
		return true
	}
	return false
}

// words splits text[r.Start:r.End] into word tokens.
func words(text string, r Range) []token {
	out := make([]token, 0, r.Len()/6+1)
	i := r.Start
	for i < r.End {
		c, n := utf8.DecodeRuneInString(text[i:r.End])
		if !isWordRune(c) {
			if c == '…' || strings.HasPrefix(text[i:r.End], "...") {
				markElided(out)
			}
			i += n
			continue
		}
		end := wordEnd(text, i, r.End)
		out = append(out, token{Range: Range{i, end}, word: normWord(text[i:end])})
		i = end
	}
	return out
}

// markElided notes an ellipsis after the last token so far.
func markElided(toks []token) {
	if len(toks) > 0 {
		toks[len(toks)-1].elided = true
	}
}

// wordEnd returns the end of the word starting at i: word runes, joined by
// a joiner only when a word rune follows it (digits only around ',' and '.').
func wordEnd(text string, i, limit int) int {
	prev := rune(0)
	for i < limit {
		c, n := utf8.DecodeRuneInString(text[i:limit])
		if isWordRune(c) {
			prev, i = c, i+n
			continue
		}
		if !isJoiner(c) || i+n >= limit {
			return i
		}
		next, _ := utf8.DecodeRuneInString(text[i+n : limit])
		if !isWordRune(next) || ((c == ',' || c == '.') && !(unicode.IsDigit(prev) && unicode.IsDigit(next))) {
			return i
		}
		prev, i = next, i+n
	}
	return i
}

// normWord lower-cases w, straightens its apostrophes and drops hyphens and
// number separators, so that "Cease-fire" and "ceasefire", "40,000" and
// "40000" compare equal.
func normWord(w string) string {
	if isPlain(w) {
		return w
	}
	var b strings.Builder
	b.Grow(len(w))
	for _, c := range w {
		switch c {
		case '-', '‐', ',':
			continue
		case '’':
			c = '\''
		}
		b.WriteRune(unicode.ToLower(c))
	}
	return b.String()
}

// isPlain reports whether w is already normal: lower-case ASCII letters
// and digits only.
func isPlain(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; !('a' <= c && c <= 'z' || '0' <= c && c <= '9') {
			return false
		}
	}
	return true
}

// stopwords are function words left out of content comparisons.
var stopwords = highlight.WordSet(`a about above after again against all also am an and any are as at be
because been before being below between both but by can could did do does doing down during each
few for from further had has have having he her here hers herself him himself his how i if in into
is it its itself just me more most my myself no nor not now of off on once only or other our ours
ourselves out over own same she should so some such than that the their theirs them themselves
then there these they this those through to too under until up very was we were what when where
which while who whom why will with would you your yours yourself yourselves said say says told
s t d ll re ve m would also one two us mr mrs ms may might must shall whether however meanwhile
still yet even already since via per`)

// isStop reports whether the normalised word w is a function word.
func isStop(w string) bool {
	if stopwords[w] {
		return true
	}
	base, _, ok := strings.Cut(w, "'")
	return ok && stopwords[base]
}

// stem reduces a normalised word to a rough stem so that "bombs",
// "bombing" and "bombed", "displaced" and "displacement" meet. It is a
// light suffix stripper, not Porter's algorithm: good enough to compare
// two texts, never shown to a reader.
func stem(w string) string {
	w = strings.TrimSuffix(w, "'s")
	w = strings.TrimSuffix(w, "'")
	for _, suf := range [...]string{"ments", "ment", "ings", "ing", "ies", "ied", "ed", "es", "ly", "s", "e"} {
		if len(w)-len(suf) < 3 || !strings.HasSuffix(w, suf) {
			continue
		}
		if suf == "s" && (strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is")) {
			continue
		}
		w = w[:len(w)-len(suf)]
		if suf == "ies" || suf == "ied" {
			w += "i"
		}
		break
	}
	if n := len(w); n > 3 && w[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(w[n-2])) {
		w = w[:n-1] + "i"
	}
	return undouble(strings.TrimSuffix(w, "e"))
}

// undouble drops a doubled final consonant ("stopp" → "stop").
func undouble(w string) string {
	n := len(w)
	if n > 3 && w[n-1] == w[n-2] && !strings.ContainsRune("aeiouls", rune(w[n-1])) {
		return w[:n-1]
	}
	return w
}

// contentStems returns the stems of the content words of text in r.
func contentStems(text string, r Range) []string {
	var out []string
	for _, t := range words(text, r) {
		if !isStop(t.word) {
			out = append(out, stem(t.word))
		}
	}
	return out
}

// wordCount counts the words of text as words splits them, without
// normalising them.
func wordCount(text string) int {
	n := 0
	for i := 0; i < len(text); {
		c, size := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(c) {
			i += size
			continue
		}
		n++
		i = wordEnd(text, i, len(text))
	}
	return n
}
