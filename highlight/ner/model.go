package ner

import (
	"math"
	"sync"
)

// table is the training-time weight table: NumTags float32 weights per
// bucket.
type table struct {
	bits uint8
	w    []float32
}

// score adds the rows of the given buckets to sc.
func (t *table) score(buckets []uint32, sc *[NumTags]float32) {
	for _, b := range buckets {
		row := (*[NumTags]float32)(t.w[int(b)*int(NumTags):])
		for k, x := range row {
			sc[k] += x
		}
	}
}

// best returns the highest-scoring tag that may follow prev.
func best(sc *[NumTags]float32, prev Tag) Tag {
	top, arg := float32(math.Inf(-1)), O
	for k, s := range sc {
		if s > top && allowed(prev, Tag(k)) {
			top, arg = s, Tag(k)
		}
	}
	return arg
}

// rowSize is the stride of a Model's rows: NumTags int8 weights padded to
// 16 bytes, so that no row straddles two cache lines.
const rowSize = 16

// Model is a trained tagger: weights quantised to int8, one padded row per
// feature bucket, and the scale that turns them back into perceptron units.
type Model struct {
	bits  uint8
	w     []int8
	scale float32
}

// Bits returns the base-2 logarithm of the number of feature buckets.
func (m *Model) Bits() int { return int(m.bits) }

// Tagger tags documents with a Model and the Gazetteer it was trained
// with. It is safe for concurrent use.
type Tagger struct {
	model *Model
	gaz   *Gazetteer
	pool  sync.Pool // of *features, reused between documents
}

// NewTagger pairs a model with its gazetteer (nil for none).
func NewTagger(m *Model, gaz *Gazetteer) *Tagger {
	tg := &Tagger{model: m, gaz: gaz}
	tg.pool.New = func() any { return &features{bits: m.bits} }
	return tg
}

// Tag appends to dst one tag per token of a document. toks are the
// document's tokens as byte ranges of text; sents holds the index of the
// first token of each sentence followed by len(toks).
func (tg *Tagger) Tag(text string, toks []Token, sents []int, dst []Tag) []Tag {
	return tg.TagCase(text, toks, sents, dst, nil)
}

// TagCase is Tag that also reports, in lowerSeen (when it is as long as
// toks), whether the document writes each capitalised token's word in
// lower case somewhere: evidence that the word is a common word even where
// it is capitalised, as in a title-case headline.
func (tg *Tagger) TagCase(text string, toks []Token, sents []int, dst []Tag, lowerSeen []bool) []Tag {
	if len(toks) == 0 || tg == nil || tg.model == nil {
		return dst
	}
	f := tg.pool.Get().(*features)
	defer tg.pool.Put(f)
	sents = checkSentences(sents, len(toks))
	f.prepare(text, toks, sents, tg.gaz)
	base := len(dst)
	dst = append(dst, make([]Tag, len(toks))...)
	out := dst[base:]
	for s := 0; s+1 < len(sents); s++ {
		a, b := sents[s], sents[s+1]
		tg.model.decode(f, a, b, f.head[s], out[a:b])
	}
	if len(lowerSeen) == len(toks) {
		for i := range lowerSeen {
			lowerSeen[i] = f.info[i].flags&fInitCap != 0 && f.set.has(f.info[i].lower)
		}
	}
	return dst
}

// checkSentences returns sents if it is a valid list of sentence starts
// for n tokens, or else one sentence over all of them.
func checkSentences(sents []int, n int) []int {
	ok := len(sents) >= 2 && sents[0] == 0 && sents[len(sents)-1] == n
	for i := 1; ok && i < len(sents); i++ {
		ok = sents[i] > sents[i-1]
	}
	if ok {
		return sents
	}
	return []int{0, n}
}

// decode tags tokens [a, b) greedily, left to right, writing out; head
// tells whether the sentence is a headline. Tokens that plainAfterO rules
// out are not scored, and the summed rows of a word's own features are
// cached per document (f.words), since names recur.
func (m *Model) decode(f *features, a, b int, head bool, out []Tag) {
	prev, prev2 := O, O
	var ctx [numStatic - numIntrinsic]uint32
	var dyn [numDynamic]uint32
	for i := a; i < b; i++ {
		if f.plainAfterO(i, prev) {
			out[i-a] = O
			prev, prev2 = O, prev
			continue
		}
		sc := m.wordScores(f, i, i == a, head)
		f.context(&ctx, a, b, i)
		m.add(ctx[:], &sc)
		f.dynamic(&dyn, i, prev, prev2)
		m.add(dyn[:], &sc)
		tag := bestInt(&sc, prev)
		out[i-a] = tag
		prev, prev2 = tag, prev
	}
}

// wordScores returns the summed rows of the intrinsic features of token
// i's word, from the document's cache when the word was seen before in the
// same position (sentence start or not, headline or not).
func (m *Model) wordScores(f *features, i int, starts, head bool) [NumTags]int32 {
	key := f.info[i].exact
	if starts {
		key = pair(key, 1)
	}
	if head {
		key = pair(key, 2)
	}
	slot, ok := f.words.slot(key)
	if ok {
		return *slot
	}
	var in [numIntrinsic]uint32
	var sc [NumTags]int32
	f.intrinsic(&in, i, starts, head)
	m.add(in[:], &sc)
	if slot != nil {
		*slot = sc
	}
	return sc
}

// add adds the rows of the given buckets to sc.
func (m *Model) add(buckets []uint32, sc *[NumTags]int32) {
	for _, b := range buckets {
		row := (*[rowSize]int8)(m.w[int(b)*rowSize:])
		for k := range sc {
			sc[k] += int32(row[k])
		}
	}
}

// bestInt returns the highest-scoring tag that may follow prev.
func bestInt(sc *[NumTags]int32, prev Tag) Tag {
	top, arg := int32(math.MinInt32), O
	for k, s := range sc {
		if s > top && allowed(prev, Tag(k)) {
			top, arg = s, Tag(k)
		}
	}
	return arg
}
