package ner

import "sync"

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

// Model is a trained tagger: weights quantised to int8, one row of NumTags
// weights per feature bucket, and the scale that turns them back into
// perceptron units.
//
// A row is stored as two words, each weight offset by 128 so that it is an
// unsigned byte: tags 0-7 in the first word (tag k in byte k), tag 8 in the
// low byte of the second. Summing rows then takes a few word operations
// per row rather than one per tag (see scores).
type Model struct {
	bits  uint8
	w     [][2]uint64
	scale float32
}

// The stored form of a zero row.
const (
	zeroLo = 0x8080808080808080
	zeroHi = 0x80
)

// newModel returns a model of 2^bits zero rows.
func newModel(bits uint8, scale float32) *Model {
	m := &Model{bits: bits, w: make([][2]uint64, 1<<bits), scale: scale}
	for r := range m.w {
		m.w[r] = [2]uint64{zeroLo, zeroHi}
	}
	return m
}

// numRows returns the number of rows (feature buckets).
func (m *Model) numRows() int { return len(m.w) }

// row returns the weights of bucket r.
func (m *Model) row(r int) [NumTags]int8 {
	var out [NumTags]int8
	lo, hi := m.w[r][0], m.w[r][1]
	for k := range 8 {
		out[k] = int8(byte(lo>>(8*k)) - 128)
	}
	out[8] = int8(byte(hi) - 128)
	return out
}

// setRow stores the weights of bucket r.
func (m *Model) setRow(r int, row [NumTags]int8) {
	var lo uint64
	for k := range 8 {
		lo |= uint64(byte(row[k])+128) << (8 * k)
	}
	m.w[r] = [2]uint64{lo, uint64(byte(row[8]) + 128)}
}

// zeroRow reports whether bucket r has only zero weights.
func (m *Model) zeroRow(r int) bool { return m.w[r] == [2]uint64{zeroLo, zeroHi} }

// Bits returns the base-2 logarithm of the number of feature buckets.
func (m *Model) Bits() int { return int(m.bits) }

// Tagger tags documents with a Model and the Gazetteer it was trained
// with. It is safe for concurrent use.
type Tagger struct {
	model *Model
	gaz   *Gazetteer
	trans [NumTags][NumTags][NumTags]float32
	pool  sync.Pool // of *features, reused between documents
}

// NewTagger pairs a model with its gazetteer (nil for none).
func NewTagger(m *Model, gaz *Gazetteer) *Tagger {
	tg := &Tagger{model: m, gaz: gaz}
	if m != nil {
		tg.trans = m.transitions()
	}
	tg.pool.New = func() any { return &features{bits: m.bits, trans: &tg.trans} }
	return tg
}

// transitions returns, for each pair of previous tags, the summed weights
// of the features of those tags alone (features.transition), which the
// beam adds for every history at every scored token.
func (m *Model) transitions() (t [NumTags][NumTags][NumTags]float32) {
	f := features{bits: m.bits}
	for prev := range NumTags {
		for prev2 := range NumTags {
			a, b := f.transition(prev, prev2)
			var sc scores
			sc.add(m, []uint32{a, b})
			for k, v := range sc.values() {
				t[prev][prev2][k] = float32(int64(v) - 2*128)
			}
		}
	}
	return t
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

// scores are the summed rows of a token's features, each weight offset
// by 128: tags 0, 2, 4 and 6 in the 16-bit lanes of even, tags 1, 3, 5 and
// 7 in those of odd, tag 8 in last. Every tag carries the same offset (128
// per row added), so the order of the sums is that of the true scores. A
// lane holds at least 257 rows of 255; a token has numFeatures rows.
type scores struct{ even, odd, last uint64 }

const lanes = 0x00FF00FF00FF00FF

// add adds the rows of the given buckets.
func (sc *scores) add(m *Model, buckets []uint32) {
	w := m.w
	even, odd, last := sc.even, sc.odd, sc.last // in registers for the loop
	for _, b := range buckets {
		row := &w[b]
		even += row[0] & lanes
		odd += row[0] >> 8 & lanes
		last += row[1]
	}
	sc.even, sc.odd, sc.last = even, odd, last
}

// values returns the (offset) score of each tag.
func (sc *scores) values() [NumTags]uint64 {
	return [NumTags]uint64{
		sc.even & 0xFFFF, sc.odd & 0xFFFF, sc.even >> 16 & 0xFFFF, sc.odd >> 16 & 0xFFFF,
		sc.even >> 32 & 0xFFFF, sc.odd >> 32 & 0xFFFF, sc.even >> 48, sc.odd >> 48, sc.last,
	}
}

// decode tags tokens [a, b) with a beam search, writing out; head tells
// whether the sentence is a headline. Tokens that plainAfterO rules out
// are not scored after an O, and the summed rows of a word's own features
// are cached per document (f.words), since names recur.
func (m *Model) decode(f *features, a, b int, head bool, out []Tag) {
	sc := &f.scorer
	*sc = modelScorer{m: m, f: f, a: a, b: b, head: head}
	f.beam.decode(sc, a, b, beamMargin/m.scale, out)
}

// modelScorer scores a sentence's tags with a Model.
type modelScorer struct {
	m    *Model
	f    *features
	a, b int
	head bool
	// rows holds the buckets of a token's context features, then those of
	// its previous-tag features for each distinct previous tag of the
	// histories (prevs), so that all rows are fetched together.
	rows  [numStatic - numIntrinsic + beamWidth*numTagWord]uint32
	prevs [beamWidth]Tag
	// byPrev holds, for each previous tag, the scores of the token without
	// the transition rows: histories that end alike share them.
	byPrev [NumTags][NumTags]float32
}

func (s *modelScorer) plain(i int) bool { return s.f.plainAfterO(i, O) }

// wordOffset is the offset the stored form adds to a tag's summed score
// over a token's rows but the two transition rows.
const wordOffset = 128 * (numFeatures - 2)

func (s *modelScorer) scores(i int, hs []hyp, out *[beamWidth][NumTags]float32) {
	const nc = numStatic - numIntrinsic
	s.f.context((*[nc]uint32)(s.rows[:nc]), s.a, s.b, i)
	n, seen := 0, uint16(0)
	for _, h := range hs {
		if seen&(1<<h.prev) == 0 {
			seen |= 1 << h.prev
			s.f.tagWord((*[numTagWord]uint32)(s.rows[nc+n*numTagWord:]), i, h.prev)
			s.prevs[n] = h.prev
			n++
		}
	}
	static := s.m.wordScores(s.f, i, i == s.a, s.head)
	static.add(s.m, s.rows[:nc])
	for k, p := range s.prevs[:n] {
		sc := static
		sc.add(s.m, s.rows[nc+k*numTagWord:nc+(k+1)*numTagWord])
		sc.floats(&s.byPrev[p])
	}
	for k, h := range hs {
		sum(&out[k], &s.byPrev[h.prev], &s.f.trans[h.prev][h.prev2])
	}
}

// sum sets out to a + b, tag by tag (written out: no loop, no bounds
// checks).
func sum(out, a, b *[NumTags]float32) {
	out[0], out[1], out[2] = a[0]+b[0], a[1]+b[1], a[2]+b[2]
	out[3], out[4], out[5] = a[3]+b[3], a[4]+b[4], a[5]+b[5]
	out[6], out[7], out[8] = a[6]+b[6], a[7]+b[7], a[8]+b[8]
}

// floats sets out to the scores of the tags in perceptron units (times
// the model's scale), less the offset of a token's rows: values written
// out, which keeps the lanes in registers.
func (sc *scores) floats(out *[NumTags]float32) {
	const o, m = wordOffset, 0xFFFF
	e, d := sc.even, sc.odd
	out[0], out[1] = float32(int64(e&m)-o), float32(int64(d&m)-o)
	out[2], out[3] = float32(int64(e>>16&m)-o), float32(int64(d>>16&m)-o)
	out[4], out[5] = float32(int64(e>>32&m)-o), float32(int64(d>>32&m)-o)
	out[6], out[7] = float32(int64(e>>48)-o), float32(int64(d>>48)-o)
	out[8] = float32(int64(sc.last) - o)
}

// wordScores returns the summed rows of the intrinsic features of token
// i's word, from the document's cache when the word was seen before in the
// same position (sentence start or not, headline or not).
func (m *Model) wordScores(f *features, i int, starts, head bool) scores {
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
	var sc scores
	f.intrinsic(&in, i, starts, head)
	sc.add(m, in[:])
	if slot != nil {
		*slot = sc
	}
	return sc
}
