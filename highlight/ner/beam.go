package ner

import (
	"math"
	"math/bits"
)

// beamWidth is the number of tag histories the decoder keeps at each token.
// Greedy decoding (one) commits to a tag before it sees the words that
// settle it: "Navy/B-ORG Captain/I-ORG Jeff/I-ORG Davis/B-PER".
const beamWidth = 4

// stepScorer scores the tags of a sentence's tokens for the beam.
type stepScorer interface {
	// plain reports whether token i is certainly O after an O (see
	// features.plainAfterO): it is then not scored after an O.
	plain(i int) bool
	// scores sets out[k] to the score of each tag at token i after the
	// last two tags of history hs[k] (a token's histories are scored
	// together, so that they can share the work on the token's word).
	scores(i int, hs []hyp, out *[beamWidth][NumTags]float32)
}

// hyp is a tag history in the beam: its score, its last two tags, the
// token (from the sentence's first, 0) of its last scored tag, and the
// index in beam.hist of the history it extends (-1 for none). The tokens
// after the last scored one are O: a token that is O in every history is
// not recorded.
type hyp struct {
	score       float32
	prev, prev2 Tag
	at, back    int32
}

// beam finds the best-scoring tag sequence of a sentence, keeping the best
// history for each pair of last two tags (the features see no further
// back) and at most beamWidth histories.
type beam struct {
	cur, next []hyp
	hist      []hyp // every history kept at a scored token, token after token
	margin    float32
	s         [beamWidth][NumTags]float32 // extend's scores per history
	allow     [beamWidth]uint16           // extend's allowed tags per history
	slot      [NumTags][NumTags]uint8     // see offer
}

// beamMargin is how far, in perceptron units, a history may score below
// the best and stay in the beam. Histories that keep an unlikely entity
// open are dropped, so that the beam soon holds only histories ending in
// O and the next plain token is not scored.
const beamMargin = 150

// decode tags tokens [a, b) into out, keeping histories within margin of
// the best (in the scorer's units).
func (bm *beam) decode(sc stepScorer, a, b int, margin float32, out []Tag) {
	bm.margin = margin
	bm.cur = append(bm.cur[:0], hyp{prev: O, prev2: O, at: -1, back: -1})
	bm.hist = bm.hist[:0]
	allO := true // every history in bm.cur ends in O
	for i := a; i < b; i++ {
		plain := sc.plain(i)
		if plain && allO {
			// Every history goes on with O and they merge: the best one
			// (bm.cur is sorted) is the one kept, and O is not recorded.
			bm.cur = bm.cur[:1]
			bm.cur[0].prev2 = O
			continue
		}
		base := int32(len(bm.hist))
		bm.hist = append(bm.hist, bm.cur...)
		bm.next = bm.next[:0]
		bm.extend(sc, i, int32(i-a), base, plain)
		bm.cur, bm.next = bm.next, bm.cur
		allO = bm.allAfterO()
	}
	bm.backtrack(out)
}

// successors holds, for each tag, the set of tags allowed after it (bit t
// for tag t; see allowed), and begins the set of tags that begin an
// entity.
var successors, begins = func() (s [NumTags]uint16, b uint16) {
	for prev := range NumTags {
		for t := range NumTags {
			if allowed(prev, t) {
				s[prev] |= 1 << t
			}
		}
		if prev.Begins() {
			b |= 1 << prev
		}
	}
	return s, b
}()

// extend sets bm.next to the best extensions of the histories at token i
// (at from the sentence's first), the first of which is at base in
// bm.hist; at a plain token no entity begins.
func (bm *beam) extend(sc stepScorer, i int, at, base int32, plain bool) {
	sc.scores(i, bm.cur, &bm.s)
	var prevs uint16
	for k, h := range bm.cur {
		allow := successors[h.prev]
		if plain {
			allow &^= begins
		}
		bm.allow[k] = allow
		prevs |= 1 << h.prev
	}
	if bits.OnesCount16(prevs) < len(bm.cur) {
		bm.recombine(at, base)
		return
	}
	// No two histories end in the same tag, so no two extensions have the
	// same last two tags: the best are kept as they come. One below the
	// margin of the best so far is not offered; one offered that falls
	// below the margin of the best is dropped in keep (it can only have
	// displaced worse ones).
	var best topK
	top := float32(math.Inf(-1))
	for k, h := range bm.cur {
		s := &bm.s[k]
		for m := bm.allow[k]; m != 0; m &= m - 1 {
			t := bits.TrailingZeros16(m)
			v := s[t] + h.score
			if top = max(top, v); v >= top-bm.margin {
				best.insert(v, Tag(t), h.prev, at, base+int32(k))
			}
		}
	}
	bm.next = best.keep(bm.next[:0], bm.margin)
}

// recombine is extend for histories that share their last tag: of the
// extensions with the same last two tags only the best one (the first of
// equal ones) is kept, in the place of the first one offered.
func (bm *beam) recombine(at, base int32) {
	top := float32(math.Inf(-1))
	for k, h := range bm.cur {
		s := &bm.s[k]
		for m := bm.allow[k]; m != 0; m &= m - 1 {
			t := bits.TrailingZeros16(m)
			s[t] += h.score
			top = max(top, s[t])
		}
	}
	// Only extensions within the margin of the best can be kept.
	floor := top - bm.margin
	for k, h := range bm.cur {
		for m := bm.allow[k]; m != 0; m &= m - 1 {
			t := bits.TrailingZeros16(m)
			if v := bm.s[k][t]; v >= floor {
				bm.offer(hyp{v, Tag(t), h.prev, at, base + int32(k)})
			}
		}
	}
	for _, h := range bm.next {
		bm.slot[h.prev][h.prev2] = 0
	}
	var best topK
	for _, h := range bm.next {
		best.insert(h.score, h.prev, h.prev2, h.at, h.back)
	}
	bm.next = best.keep(bm.next[:0], bm.margin)
}

// allAfterO reports whether every history ends in O. A plain token is
// then O in all of them and not scored; otherwise every history is scored,
// so that all histories are compared on the same tokens' scores.
func (bm *beam) allAfterO() bool {
	for _, h := range bm.cur {
		if h.prev != O {
			return false
		}
	}
	return true
}

// offer adds h to the next token's histories unless one with the same last
// two tags scores at least as well. bm.slot holds, for each pair of last
// two tags, one more than the index of its history in bm.next (0 for none).
func (bm *beam) offer(h hyp) {
	at := &bm.slot[h.prev][h.prev2]
	if *at == 0 {
		bm.next = append(bm.next, h)
		*at = uint8(len(bm.next))
		return
	}
	if o := &bm.next[*at-1]; h.score > o.score {
		*o = h
	}
}

// topK collects the best beamWidth histories offered to it, by
// descending score (the earlier of equal ones first).
type topK struct {
	h [beamWidth]hyp
	n int
}

// insert offers the history of the given fields (see hyp). They are
// stored one by one: a hyp built on the stack and copied whole makes the
// processor wait for the small stores to reach the one wide load.
func (b *topK) insert(score float32, prev, prev2 Tag, at, back int32) {
	j := b.n
	if j == beamWidth {
		if score <= b.h[j-1].score {
			return
		}
		j--
	}
	for ; j > 0 && score > b.h[j-1].score; j-- {
		b.h[j] = b.h[j-1]
	}
	h := &b.h[j]
	h.score, h.prev, h.prev2, h.at, h.back = score, prev, prev2, at, back
	b.n = min(b.n+1, beamWidth)
}

// keep appends to dst the histories collected, less those below the best
// by more than margin.
func (b *topK) keep(dst []hyp, margin float32) []hyp {
	n := b.n
	for n > 1 && b.h[n-1].score < b.h[0].score-margin {
		n--
	}
	return append(dst, b.h[:n]...)
}

// backtrack writes the tags of the best final history to out: O but for
// its scored tags.
func (bm *beam) backtrack(out []Tag) {
	for i := range out {
		out[i] = O
	}
	for h := bm.cur[0]; h.at >= 0; h = bm.hist[h.back] {
		out[h.at] = h.prev
	}
}
