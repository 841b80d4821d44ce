package highlight

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds the word matcher behind the loaded-term detector: the
// tokenizer shared by text and patterns, compiled term patterns, and an
// index from a text word to the patterns that may start there.

// lxWord is one word of the text: its byte range in the text and in the
// lower-cased copy the matcher compares against.
type lxWord struct {
	start, end int // in the text
	lo, hi     int // in the lower-cased buffer
}

// lxWords splits text into words (maximal runs of letters, digits and
// combining marks) and returns them with the lower-cased buffer whose byte
// ranges lo:hi they index. buf and ws are reused when they have room.
func lxWords(text string, buf []byte, ws []lxWord) ([]byte, []lxWord) {
	buf, ws = buf[:0], ws[:0]
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			if !lxASCIIWord(c) {
				i++
				continue
			}
		} else if r, n := utf8.DecodeRuneInString(text[i:]); !lxWordRune(r) {
			i += n
			continue
		}
		w := lxWord{start: i, lo: len(buf)}
		i, buf = lxScanWord(text, i, buf)
		w.end, w.hi = i, len(buf)
		ws = append(ws, w)
	}
	return buf, ws
}

// lxScanWord appends the lower-cased word starting at i to buf and returns
// the index after it.
func lxScanWord(text string, i int, buf []byte) (int, []byte) {
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			if !lxASCIIWord(c) {
				break
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf = append(buf, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if r == utf8.RuneError || !lxWordRune(r) {
			break
		}
		buf = utf8.AppendRune(buf, unicode.ToLower(r))
		i += n
	}
	return i, buf
}

func lxASCIIWord(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

func lxWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// lxJoinable reports whether the bytes between two words let them form one
// phrase: only spaces, tabs, no-break spaces and hyphens, no punctuation
// and no line break.
func lxJoinable(gap string) bool {
	for _, r := range gap {
		switch r {
		case ' ', '\t', '-', '\u00a0', '\u2010', '\u2011':
		default:
			return false
		}
	}
	return len(gap) > 0
}

// lxTok is one word of a compiled pattern: a set of exact words, or a prefix
// that any word starting with it matches.
type lxTok struct {
	words  []string
	prefix string
}

func (p lxTok) match(w string) bool {
	if p.prefix != "" {
		return strings.HasPrefix(w, p.prefix)
	}
	for _, x := range p.words {
		if x == w {
			return true
		}
	}
	return false
}

// lxMinPrefix is the shortest prefix a "word*" pattern may have: shorter ones
// would match too much and defeat the index.
const lxMinPrefix = 3

// lxCompileTerm turns a lexicon term into its pattern words.
func lxCompileTerm(term string) ([]lxTok, error) {
	parts := strings.FieldsFunc(strings.ToLower(term), func(r rune) bool {
		return unicode.IsSpace(r) || r == '-'
	})
	if len(parts) == 0 {
		return nil, fmt.Errorf("term %q has no words", term)
	}
	toks := make([]lxTok, len(parts))
	for i, p := range parts {
		t, err := lxCompileWord(p)
		if err != nil {
			return nil, fmt.Errorf("term %q: %w", term, err)
		}
		toks[i] = t
	}
	return toks, nil
}

// lxCompileWord parses "word", "word*" or "word(suffix)".
func lxCompileWord(p string) (lxTok, error) {
	if stem, ok := strings.CutSuffix(p, "*"); ok {
		if !lxAllWordRunes(stem) || len(stem) < lxMinPrefix {
			return lxTok{}, fmt.Errorf("%q: a wildcard needs at least %d letters before the *", p, lxMinPrefix)
		}
		return lxTok{prefix: stem}, nil
	}
	if open := strings.IndexByte(p, '('); open >= 0 {
		stem, suffix := p[:open], strings.TrimSuffix(p[open+1:], ")")
		if !strings.HasSuffix(p, ")") || !lxAllWordRunes(stem) || !lxAllWordRunes(suffix) {
			return lxTok{}, fmt.Errorf("%q: write an optional ending as word(ending)", p)
		}
		return lxTok{words: []string{stem, stem + suffix}}, nil
	}
	if !lxAllWordRunes(p) {
		return lxTok{}, fmt.Errorf("%q: use letters and digits only (plus * or an (ending))", p)
	}
	return lxTok{words: []string{p}}, nil
}

func lxAllWordRunes(s string) bool {
	for _, r := range s {
		if !lxWordRune(r) {
			return false
		}
	}
	return s != ""
}

// lxPattern is a compiled lexicon entry.
type lxPattern struct {
	toks  []lxTok
	entry int // index into the matcher's entries
	wild  int // number of wildcard words
}

// lxMatcher finds lexicon terms in a list of words.
type lxMatcher struct {
	entries []LexiconEntry
	pats    []lxPattern
	exact   map[string][]int32 // first word → patterns starting with it (but see pairs)
	pairs   map[lxPair][]int32 // first two words → patterns whose first two words are exact
	prefix  map[string][]int32 // first lxMinPrefix bytes of a wildcard → patterns
	words   lxBitset           // lxWordKey of every exact first word, to skip lookups
	stems   lxBitset           // lxStemKey of every wildcard's first bytes
}

// lxPair is a pattern's first two words. Most multi-word terms begin with a
// common word ("the swamp", "in bed with"), so indexing them by their first
// two words keeps each text word's candidate list short.
type lxPair struct{ a, b string }

// lxBitset is a set of lxKeyBits-bit keys: a filter that answers "surely
// not" for most words without hashing them.
type lxBitset [1 << lxKeyBits / 64]uint64

const lxKeyBits = 20

func (b *lxBitset) add(k uint32)      { b[k>>6] |= 1 << (k & 63) }
func (b *lxBitset) has(k uint32) bool { return b[k>>6]&(1<<(k&63)) != 0 }

// lxWordKey summarises a whole word by its first two bytes, its last byte
// and its length.
func lxWordKey(w string) uint32 {
	b1 := w[0]
	if len(w) > 1 {
		b1 = w[1]
	}
	return uint32(w[0]&31)<<15 | uint32(b1&31)<<10 | uint32(w[len(w)-1]&31)<<5 | uint32(min(len(w), 31))
}

// lxStemKey summarises the first lxMinPrefix bytes of a word.
func lxStemKey(w string) uint32 {
	return uint32(w[0]&31)<<10 | uint32(w[1]&31)<<5 | uint32(w[2]&31)
}

// newLxMatcher compiles the entries; entries that do not compile are skipped
// (a Lexicon only holds valid ones).
func newLxMatcher(entries []LexiconEntry) *lxMatcher {
	m := &lxMatcher{
		entries: entries,
		exact:   map[string][]int32{},
		pairs:   map[lxPair][]int32{},
		prefix:  map[string][]int32{},
	}
	for i, e := range entries {
		toks, err := lxCompileTerm(e.Term)
		if err != nil {
			continue
		}
		id := int32(len(m.pats))
		wild := 0
		for _, t := range toks {
			if t.prefix != "" {
				wild++
			}
		}
		m.pats = append(m.pats, lxPattern{toks: toks, entry: i, wild: wild})
		m.index(id, toks)
	}
	return m
}

// index files pattern id under its first word (or, for exact first two
// words, under the pair; for a wildcard, under its first bytes).
func (m *lxMatcher) index(id int32, toks []lxTok) {
	first := toks[0]
	if first.prefix != "" {
		k := first.prefix[:lxMinPrefix]
		m.prefix[k] = append(m.prefix[k], id)
		m.stems.add(lxStemKey(k))
		return
	}
	for _, w := range first.words {
		m.words.add(lxWordKey(w))
		if len(toks) < 2 || toks[1].prefix != "" {
			m.exact[w] = append(m.exact[w], id)
			continue
		}
		for _, w2 := range toks[1].words {
			k := lxPair{w, w2}
			m.pairs[k] = append(m.pairs[k], id)
		}
	}
}

// match returns the entry of the longest pattern starting at word i and the
// index of the word after it, or ok == false when none starts there. Among
// equally long matches the more specific wins (fewer wildcard words:
// "destroyer(s)" over "destroy*"), then the earliest entry.
func (m *lxMatcher) match(text, low string, ws []lxWord, i int) (entry, next int, ok bool) {
	w := low[ws[i].lo:ws[i].hi]
	byWord := m.words.has(lxWordKey(w))
	byStem := len(w) >= lxMinPrefix && m.stems.has(lxStemKey(w))
	if !byWord && !byStem {
		return -1, i, false
	}
	best, bestEnd, bestWild := -1, i, 0
	try := func(ids []int32) {
		for _, id := range ids {
			p := &m.pats[id]
			end, ok := p.matchAt(text, low, ws, i)
			if !ok || end < bestEnd {
				continue
			}
			if end > bestEnd || p.wild < bestWild || p.wild == bestWild && p.entry < best {
				best, bestEnd, bestWild = p.entry, end, p.wild
			}
		}
	}
	if byWord {
		try(m.exact[w])
		if i+1 < len(ws) && len(m.pairs) > 0 && lxJoinable(text[ws[i].end:ws[i+1].start]) {
			try(m.pairs[lxPair{w, low[ws[i+1].lo:ws[i+1].hi]}])
		}
	}
	if byStem {
		try(m.prefix[w[:lxMinPrefix]])
	}
	return best, bestEnd, best >= 0
}

// matchAt reports whether p matches the words from i on, and the index of
// the word after the match.
func (p *lxPattern) matchAt(text, low string, ws []lxWord, i int) (int, bool) {
	if i+len(p.toks) > len(ws) {
		return 0, false
	}
	for j, t := range p.toks {
		w := ws[i+j]
		if j > 0 && !lxJoinable(text[ws[i+j-1].end:w.start]) {
			return 0, false
		}
		if !t.match(low[w.lo:w.hi]) {
			return 0, false
		}
	}
	return i + len(p.toks), true
}
