package ner

import (
	"encoding/binary"
	"strings"
)

// Feature templates. The static ones depend only on the text; the dynamic
// ones also on the tags already chosen to the left.
const (
	tBias = iota
	tWord
	tLower
	tShape
	tPre1
	tPre2
	tPre3
	tPre4
	tSuf1
	tSuf2
	tSuf3
	tSuf4
	tFlags
	tFirstShape
	tHeadlineLower
	tDocCase
	numIntrinsic // the templates above depend on the word, whether it starts its sentence and whether that is a headline
	tLowerPrev   = iota - 1
	tLowerNext
	tLowerPrev2
	tLowerNext2
	tShapePrev
	tShapeNext
	tBigramPrev
	tBigramNext
	tGaz
	tGazPrev
	tGazNext
	tWordPrev
	tRunEnd
	tRunPos
	numStatic
)

// The dynamic feature templates.
const (
	tPrevTag = numStatic + iota
	tPrevTags
	tPrevTagLower
	tPrevTagShape
	numFeatures
)

const numDynamic = numFeatures - numStatic

// Hashes standing for the words before and after a sentence.
const (
	padBefore = 0x1B873593CC9E2D51
	padAfter  = 0x85EBCA6BC2B2AE35
)

// Document-level case evidence for a token.
const (
	dLowerSeen = 1 << iota // the word occurs in the document in lower case
	dTitleSeen             // the word occurs capitalised inside a sentence
)

// features holds the per-token facts of one document and, per sentence,
// the bucket of every static feature.
type features struct {
	bits   uint8
	text   string
	toks   []Token
	info   []wordInfo
	gaz    []uint8 // gazetteer evidence: class mask << 1 | begins
	lower  []uint64
	run    []span // per token: the run of capitalised words holding it
	head   []bool // per sentence: a headline (no lower-case letter)
	set    hashSet
	words  hashTable[scores]   // summed intrinsic rows per word, at tagging time
	first  hashTable[seenWord] // the first token of each short word
	beam   beam
	scorer modelScorer
	trans  *[NumTags][NumTags][NumTags]float32 // the tagger's transition scores
}

// prepare describes the tokens of a document whose sentences start at
// sents (the last entry being len(toks)), and finds gazetteer matches.
func (f *features) prepare(text string, toks []Token, sents []int, gaz *Gazetteer) {
	n := len(toks)
	f.info = grow(f.info, n)
	f.gaz = grow(f.gaz, n)
	f.text, f.toks = text, toks
	f.lower = grow(f.lower, n)
	f.first.reset(n / 2)
	f.set.reset(n)
	for i := range toks {
		f.describe(i)
		f.lower[i] = f.info[i].lower
		f.gaz[i] = 0
	}
	f.head = f.head[:0]
	f.run = grow(f.run, n)
	for s := 0; s+1 < len(sents); s++ {
		f.head = append(f.head, f.headline(sents[s], sents[s+1]))
		f.matchGazetteer(gaz, sents[s], sents[s+1])
		f.findRuns(sents[s], sents[s+1], f.head[s])
	}
	f.caseEvidence(sents)
	f.words.reset(n / 2)
}

// describe sets the wordInfo of token i, copied from an earlier token of
// the same word when there is one (words recur: "the", names). Words are
// compared as packed bytes (packWord), which takes two loads rather than
// a loop over the word.
func (f *features) describe(i int) {
	t := f.toks[i]
	if k, ok := packWord(f.text, t.Start, t.End); ok {
		slot, seen := f.first.slot(k.hash())
		switch {
		case seen && slot.key == k:
			f.info[i] = f.info[slot.first]
			return
		case slot != nil && !seen:
			*slot = seenWord{k, int32(i)}
		}
	}
	f.info[i] = describe(f.word(i))
	f.info[i].plain = plainWord(&f.info[i])
	f.lowerEvidence(&f.info[i]) // a repeated word's evidence is in already
}

// seenWord is the first token of a word in a document.
type seenWord struct {
	key   wordKey
	first int32
}

// wordKey is a word of at most 16 bytes packed into two words, with its
// length: equal keys are equal words.
type wordKey struct {
	lo, hi uint64
	n      int
}

// packWord returns the key of the word text[start:end]; ok is false when
// the word is longer than 16 bytes, or so near the end of the text that
// the loads would run past it.
func packWord(text string, start, end int) (k wordKey, ok bool) {
	n := end - start
	switch {
	case n <= 8 && start+8 <= len(text):
		return wordKey{lo: load64(text, start) & lowBytes(n), n: n}, true
	case n <= 16 && start+16 <= len(text):
		return wordKey{lo: load64(text, start), hi: load64(text, start+8) & lowBytes(n-8), n: n}, true
	}
	return k, false
}

// hash returns a hash of the key for the word table.
func (k wordKey) hash() uint64 { return mix(k.lo^k.hi*0x9E3779B97F4A7C15, uint64(k.n)) }

// load64 reads the 8 bytes of s at i as a little-endian word (one load:
// the conversion copies nothing).
func load64(s string, i int) uint64 { return binary.LittleEndian.Uint64([]byte(s[i : i+8])) }

// lowBytes masks the low n bytes of a word (0 <= n <= 8).
func lowBytes(n int) uint64 { return ^uint64(0) >> (64 - 8*uint(n)) }

// grow returns s resized to n elements, reusing its storage.
func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// headline reports whether tokens [a, b) have letters but no lower case.
func (f *features) headline(a, b int) bool {
	letters := 0
	for i := a; i < b; i++ {
		fl := f.info[i].flags
		if fl&fHasLower != 0 {
			return false
		}
		if fl&fAllCap != 0 {
			letters++
		}
	}
	return letters >= 2
}

// span is a token range [a, b).
type span struct{ a, b int32 }

// findRuns sets f.run for tokens [a, b): each capitalised word's maximal
// run of capitalised words ("Mitsubishi Gas Chemical Co Ltd"), so that
// every word of a name sees how the name ends and starts; other words,
// and all words of a headline, get an empty run.
func (f *features) findRuns(a, b int, head bool) {
	for i := a; i < b; {
		if head || f.info[i].flags&(fInitCap|fAllCap) == 0 || f.info[i].flags&fHasDigit != 0 {
			f.run[i] = span{}
			i++
			continue
		}
		j := i + 1
		for j < b && f.info[j].flags&(fInitCap|fAllCap) != 0 && f.info[j].flags&fHasDigit == 0 {
			j++
		}
		for k := i; k < j; k++ {
			f.run[k] = span{int32(i), int32(j)}
		}
		i = j
	}
}

// runFeatures returns the values of the run features of token i: the last
// word of its run, when the run has two words or more ("Ltd" tells that
// "Mitsubishi" begins an organisation), and its place in the run.
func (f *features) runFeatures(i int) (end, pos uint64) {
	r := f.run[i]
	n := int(r.b - r.a)
	if n < 2 {
		return 0, uint64(n)
	}
	k := uint64(i - int(r.a))
	last := uint64(0)
	if i == int(r.b)-1 {
		last = 1
	}
	return pair(f.lower[r.b-1], last), uint64(min(n, 5))<<8 | min(k, 4)<<1 | last
}

// matchGazetteer marks the longest gazetteer phrases of tokens [a, b)
// that start with a capitalised word.
func (f *features) matchGazetteer(gaz *Gazetteer, a, b int) {
	for i := a; i < b; i++ {
		if f.info[i].flags&(fInitCap|fAllCap|fHasDigit) == 0 {
			continue
		}
		n, mask := gaz.match(f.lower[a:b], i-a)
		if n == 0 {
			continue
		}
		f.gaz[i] = mask<<1 | 1
		for j := i + 1; j < i+n; j++ {
			f.gaz[j] = mask << 1
		}
		i += n - 1
	}
}

// caseEvidence completes the document's case evidence (f.set): describe
// has added the words the document writes in lower case, once per word;
// this adds those it writes capitalised inside a sentence.
func (f *features) caseEvidence(sents []int) {
	s := 0
	for i := range f.info {
		for s+1 < len(sents) && sents[s+1] <= i {
			s++
		}
		if fl := f.info[i].flags; fl&fInitCap != 0 && fl&fAllCap == 0 && i != sents[s] {
			f.set.add(titleHash(f.word(i)))
		}
	}
}

// lowerEvidence adds the word of info w to the set of words the document
// writes in lower case, if it is one.
func (f *features) lowerEvidence(w *wordInfo) {
	if w.flags&fHasLower != 0 && w.flags&fInitCap == 0 {
		f.set.add(w.lower)
	}
}

// word returns the text of token i.
func (f *features) word(i int) string { return f.text[f.toks[i].Start:f.toks[i].End] }

// docCase returns the document's case evidence for token i whose title
// hash is title.
func (f *features) docCase(i int, title uint64) uint64 {
	var d uint64
	if f.set.has(f.info[i].lower) {
		d |= dLowerSeen
	}
	if f.set.has(title) {
		d |= dTitleSeen
	}
	return d
}

// plainAfterO reports whether token i, following an O tag, is certainly O
// too: it has no capital letter (a lower-case word, a number, punctuation).
// In the CoNLL training data about one such token in 4,000 begins an
// entity ("1860 Munich", "de Gaulle"); skipping them saves most of the
// tagging time on running text.
func (f *features) plainAfterO(i int, prev Tag) bool {
	return prev == O && f.info[i].plain
}

// plainWord reports whether the word of w is plain (see plainAfterO), for
// wordInfo.plain.
func plainWord(w *wordInfo) bool {
	if w.flags&fAnyUpper == 0 {
		return true
	}
	return w.flags&fInitCap != 0 && closedClass.has(w.lower)
}

// closedClass holds (by lower-case hash) function words and adverbs that,
// capitalised at the start of a sentence or in a headline, never begin a
// name in the CoNLL-2003 training data (or, for the rarer ones, in
// English); like lower-case words they are not scored after an O.
var closedClass = func() *hashSet {
	m := new(hashSet)
	for _, w := range strings.Fields(`he she it they we you i his her its their our there this that these those
		but and or if when while as at on for by with from to of after since under according both other
		however also meanwhile not some mr. mrs. ms.
		alongside following despite although though because before during without within among amid
		unlike earlier later yesterday today instead nevertheless still now then here what why how
		where who which such many several each every neither once until unless whether thus therefore
		indeed even only just perhaps besides again further through throughout toward towards upon
		into about between beyond behind above below`) {
		m.put(HashLower(w), struct{}{})
	}
	return m
}()

// neighbour returns the info of token j if it lies in [a, b), else a pad.
func (f *features) neighbour(a, b, j int) (lower, shape, exact uint64, gaz uint8) {
	switch {
	case j < a:
		return padBefore, padBefore, padBefore, 0
	case j >= b:
		return padAfter, padAfter, padAfter, 0
	}
	w := &f.info[j]
	return w.lower, w.shape, w.exact, f.gaz[j]
}

// static writes the static buckets of token i of sentence [a, b) to out.
func (f *features) static(out *[numStatic]uint32, a, b, i int, head bool) {
	f.intrinsic((*[numIntrinsic]uint32)(out[:numIntrinsic]), i, i == a, head)
	f.context((*[numStatic - numIntrinsic]uint32)(out[numIntrinsic:]), a, b, i)
}

// intrinsic writes the buckets of the features of token i's word, given
// whether it starts its sentence and whether the sentence is a headline.
func (f *features) intrinsic(out *[numIntrinsic]uint32, i int, starts, head bool) {
	w := &f.info[i]
	word := f.word(i)
	suf := suffixes(word, w.lower)
	first := uint64(0)
	if starts {
		first = 1
	}
	headLower := uint64(0)
	if head {
		headLower = w.lower
	}
	// Written out rather than looped over an array of values: this runs
	// for every word the tagger scores.
	out[tBias] = f.bucket(0, tBias)
	out[tWord] = f.bucket(w.exact, tWord)
	out[tLower] = f.bucket(w.lower, tLower)
	out[tShape] = f.bucket(w.shape, tShape)
	out[tPre1] = f.bucket(w.pre[0], tPre1)
	out[tPre2] = f.bucket(w.pre[1], tPre2)
	out[tPre3] = f.bucket(w.pre[2], tPre3)
	out[tPre4] = f.bucket(w.pre[3], tPre4)
	out[tSuf1] = f.bucket(suf[0], tSuf1)
	out[tSuf2] = f.bucket(suf[1], tSuf2)
	out[tSuf3] = f.bucket(suf[2], tSuf3)
	out[tSuf4] = f.bucket(suf[3], tSuf4)
	out[tFlags] = f.bucket(uint64(w.flags), tFlags)
	out[tFirstShape] = f.bucket(pair(first, w.shape), tFirstShape)
	out[tHeadlineLower] = f.bucket(headLower, tHeadlineLower)
	out[tDocCase] = f.bucket(pair(f.docCase(i, titleHash(word)), uint64(w.flags&(fInitCap|fAllCap))|first<<8), tDocCase)
}

// context writes the buckets of the features of token i in its sentence
// [a, b) and document.
func (f *features) context(out *[numStatic - numIntrinsic]uint32, a, b, i int) {
	w := &f.info[i]
	lp, sp, ep, gp := f.neighbour(a, b, i-1)
	ln, sn, _, gn := f.neighbour(a, b, i+1)
	lp2, _, _, _ := f.neighbour(a, b, i-2)
	ln2, _, _, _ := f.neighbour(a, b, i+2)
	const n = numIntrinsic
	out[tLowerPrev-n] = f.bucket(lp, tLowerPrev)
	out[tLowerNext-n] = f.bucket(ln, tLowerNext)
	out[tLowerPrev2-n] = f.bucket(lp2, tLowerPrev2)
	out[tLowerNext2-n] = f.bucket(ln2, tLowerNext2)
	out[tShapePrev-n] = f.bucket(pair(sp, w.shape), tShapePrev)
	out[tShapeNext-n] = f.bucket(pair(w.shape, sn), tShapeNext)
	out[tBigramPrev-n] = f.bucket(pair(lp, w.lower), tBigramPrev)
	out[tBigramNext-n] = f.bucket(pair(w.lower, ln), tBigramNext)
	out[tGaz-n] = f.bucket(uint64(f.gaz[i]), tGaz)
	out[tGazPrev-n] = f.bucket(uint64(gp), tGazPrev)
	out[tGazNext-n] = f.bucket(uint64(gn), tGazNext)
	out[tWordPrev-n] = f.bucket(ep, tWordPrev)
	re, rp := f.runFeatures(i)
	out[tRunEnd-n] = f.bucket(re, tRunEnd)
	out[tRunPos-n] = f.bucket(rp, tRunPos)
}

// dynamic writes the buckets of the features that depend on the two
// previous tags.
func (f *features) dynamic(out *[numDynamic]uint32, i int, prev, prev2 Tag) {
	out[0], out[1] = f.transition(prev, prev2)
	f.tagWord((*[numTagWord]uint32)(out[numDynamic-numTagWord:]), i, prev)
}

// numTagWord is the number of dynamic features that depend on the word as
// well as the previous tag.
const numTagWord = 2

// transition returns the buckets of the features of the two previous tags
// alone.
func (f *features) transition(prev, prev2 Tag) (uint32, uint32) {
	p, p2 := uint64(prev)+1, uint64(prev2)+1
	return f.bucket(p, tPrevTag), f.bucket(p<<8|p2, tPrevTags)
}

// tagWord writes the buckets of the features of the previous tag with
// token i's word.
func (f *features) tagWord(out *[numTagWord]uint32, i int, prev Tag) {
	w := &f.info[i]
	p := uint64(prev) + 1
	out[0] = f.bucket(pair(p, w.lower), tPrevTagLower)
	out[1] = f.bucket(pair(p, w.shape), tPrevTagShape)
}

// bucket maps a feature value of a template to its row of the table.
func (f *features) bucket(v, template uint64) uint32 {
	return uint32(mix(v, template) >> (64 - f.bits))
}

// hashTable maps non-zero 64-bit hashes to values, for one document, by
// open addressing. When three quarters full it takes no new keys.
type hashTable[V any] struct {
	keys  []uint64
	vals  []V
	used  int
	shift uint8 // 64 - log2(len(keys))
}

// reset empties the table and sizes it for about n keys.
func (c *hashTable[V]) reset(n int) {
	size, shift := 64, uint8(64-6)
	for size < 2*n {
		size, shift = size<<1, shift-1
	}
	if cap(c.keys) >= size {
		c.keys = c.keys[:size]
		clear(c.keys)
	} else {
		c.keys, c.vals = make([]uint64, size), make([]V, size)
	}
	c.vals = c.vals[:size]
	c.used, c.shift = 0, shift
}

// probe returns the index of the slot of key h: where it is, or the empty
// slot where it would go. Keys start at the slot named by the top bits of
// h times the golden ratio, which spreads even FNV hashes (whose low bits
// are poor) over the table.
func (c *hashTable[V]) probe(h uint64) int {
	mask := len(c.keys) - 1
	for i := int(h * 0x9E3779B97F4A7C15 >> c.shift); ; i = (i + 1) & mask {
		if k := c.keys[i]; k == h || k == 0 {
			return i
		}
	}
}

// slot returns the entry of hash h and whether it was filled before; a new
// entry is returned for filling, or nil when the table is full.
func (c *hashTable[V]) slot(h uint64) (*V, bool) {
	h |= 1
	i := c.probe(h)
	if c.keys[i] == h {
		return &c.vals[i], true
	}
	if 4*(c.used+1) > 3*len(c.keys) {
		return nil, false
	}
	c.keys[i] = h
	c.used++
	return &c.vals[i], false
}

// put stores v under hash h, growing the table when it is three quarters
// full (for tables that must hold every key, unlike the per-document
// caches).
func (c *hashTable[V]) put(h uint64, v V) { *c.ref(h) = v }

// ref returns the entry of hash h, adding a zero one (and growing the
// table as needed) when there is none.
func (c *hashTable[V]) ref(h uint64) *V {
	if len(c.keys) == 0 || 4*(c.used+1) > 3*len(c.keys) {
		c.grow()
	}
	p, _ := c.slot(h)
	return p
}

// get returns the value of hash h and whether there is one.
func (c *hashTable[V]) get(h uint64) (V, bool) {
	var zero V
	if len(c.keys) == 0 {
		return zero, false
	}
	if i := c.probe(h | 1); c.keys[i] == h|1 {
		return c.vals[i], true
	}
	return zero, false
}

// grow doubles the table (or makes it), keeping its entries.
func (c *hashTable[V]) grow() {
	keys, vals := c.keys, c.vals
	*c = hashTable[V]{}
	c.reset(max(len(keys), 32)) // room for twice as many keys
	for i, k := range keys {
		if k != 0 {
			p, _ := c.slot(k)
			*p = vals[i]
		}
	}
}

// add puts hash h in the table (unless it is full), with a zero value.
func (c *hashTable[V]) add(h uint64) { c.slot(h) }

// has reports whether the table holds hash h.
func (c *hashTable[V]) has(h uint64) bool {
	_, ok := c.get(h)
	return ok
}

// hashSet is a set of hashes.
type hashSet = hashTable[struct{}]
