package compare

import (
	"cmp"
	"slices"
)

// Alignment thresholds, calibrated on the seed articles (see the tests).
const (
	// candidateMin is the least sentence similarity worth keeping at all.
	candidateMin = 0.12
	// pairMin is the least similarity for two sentences to be paired.
	pairMin = 0.28
	// absorbMin is the least similarity for a neighbouring sentence to be
	// absorbed into a pair's passage (one outlet's sentence said in two).
	absorbMin = 0.15
	// absorbKeep is the share of its similarity a pair may lose by
	// absorbing a neighbour.
	absorbKeep = 0.9
	// counterpartMin is the least similarity for a sentence to count as
	// having a counterpart when the documents' similarity is measured.
	counterpartMin = 0.25
)

// Passage is a run of whole sentences of one document.
type Passage struct {
	Range
	// Pair is the index in Result.Pairs of the passage's match in the
	// other document, or -1 when only this document has it.
	Pair int `json:"pair"`
}

// Pair is a passage of A and a passage of B that say the same thing.
type Pair struct {
	A int `json:"a"` // index into Result.PassagesA
	B int `json:"b"` // index into Result.PassagesB
	// Similarity is the tf-idf cosine of the two passages, in [0, 1].
	Similarity float64 `json:"similarity"`
	// Level is true for pairs in the order both documents share, which a
	// two-column view can show side by side. Other pairs were told in a
	// different order: each side stays in its own place, linked.
	Level bool `json:"level"`
}

// Row is one line of a two-column view: a passage of A, of B, or both.
type Row struct {
	A int `json:"a"` // index into Result.PassagesA, or -1
	B int `json:"b"` // index into Result.PassagesB, or -1
}

// side holds one document's sentences and their term vectors.
type side struct {
	text  string
	sents []Range
	vecs  []vec
	words []int  // content words per sentence
	voc   *vocab // shared by both sides
	index postings
}

// span is a run of sentences [lo, hi] of one side.
type span struct{ lo, hi int }

// link is a candidate or chosen pairing of sentence runs.
type link struct {
	a, b span
	sim  float64
}

// alignment is the outcome of aligning two sides.
type alignment struct {
	a, b   *side
	links  []link
	docSim float64 // tf-idf cosine of the whole documents
	share  float64 // share of content words in paired passages
	sim    float64 // see coverage
}

// newSides splits both texts into sentences and weighs them with one
// vocabulary, so that a term's rarity is counted over both documents.
func newSides(textA, textB string) (*side, *side) {
	voc := newVocab()
	a, b := &side{text: textA, voc: voc}, &side{text: textB, voc: voc}
	ida, idb := a.terms(voc), b.terms(voc)
	a.weigh(voc, ida)
	b.weigh(voc, idb)
	a.index, b.index = newPostings(a), newPostings(b)
	return a, b
}

// terms splits the side into sentences and registers their content stems.
func (s *side) terms(voc *vocab) [][]int32 {
	s.sents = sentences(s.text)
	ids := make([][]int32, len(s.sents))
	s.words = make([]int, len(s.sents))
	for i, r := range s.sents {
		stems := contentStems(s.text, r)
		s.words[i] = len(stems)
		ids[i] = voc.add(stems)
	}
	return ids
}

// weigh turns the sentences' term ids into tf-idf vectors.
func (s *side) weigh(voc *vocab, ids [][]int32) {
	s.vecs = make([]vec, len(ids))
	for i, t := range ids {
		s.vecs[i] = voc.weigh(t)
	}
}

// vecOf is the vector of a run of sentences.
func (s *side) vecOf(sp span) vec {
	if sp.lo == sp.hi {
		return s.vecs[sp.lo]
	}
	return sum(s.vecs[sp.lo : sp.hi+1]...)
}

// rangeOf is the byte range of a run of sentences.
func (s *side) rangeOf(sp span) Range {
	return Range{s.sents[sp.lo].Start, s.sents[sp.hi].End}
}

// align pairs the sentences of a and b: the most similar pairs first, one
// partner each, then each pair absorbs neighbouring sentences that belong
// to it (one outlet's sentence said in two by the other).
func align(a, b *side) *alignment {
	al := &alignment{a: a, b: b}
	al.docSim = cosine(sum(a.vecs...), sum(b.vecs...))
	cands := candidates(a, b)
	al.sim = coverage(a, b, cands)
	usedA, usedB := make([]bool, len(a.sents)), make([]bool, len(b.sents))
	for _, c := range cands {
		if c.sim < pairMin || usedA[c.a.lo] || usedB[c.b.lo] {
			continue
		}
		usedA[c.a.lo], usedB[c.b.lo] = true, true
		al.links = append(al.links, c)
	}
	for i := range al.links {
		al.absorb(&al.links[i], usedA, usedB)
	}
	slices.SortFunc(al.links, func(x, y link) int { return cmp.Compare(x.a.lo, y.a.lo) })
	al.share = al.pairedShare()
	return al
}

// candidates returns the sentence pairs at least candidateMin similar,
// most similar first. Dot products are summed through an inverted index
// over b's terms, so only sentences sharing a term are ever compared.
func candidates(a, b *side) []link {
	var out []link
	acc := make([]float64, len(b.vecs))
	var touched []int
	for i, v := range a.vecs {
		for k, id := range v.ids {
			lo, hi := b.index.entries(id)
			for e := lo; e < hi; e++ {
				j := int(b.index.at[e])
				if acc[j] == 0 {
					touched = append(touched, j)
				}
				acc[j] += v.w[k] * b.index.w[e]
			}
		}
		for _, j := range touched {
			if s := acc[j] / (v.norm * b.vecs[j].norm); s >= candidateMin {
				out = append(out, link{span{i, i}, span{j, j}, s})
			}
			acc[j] = 0
		}
		touched = touched[:0]
	}
	slices.SortFunc(out, func(x, y link) int {
		return cmp.Or(cmp.Compare(y.sim, x.sim), cmp.Compare(x.a.lo, y.a.lo), cmp.Compare(x.b.lo, y.b.lo))
	})
	return out
}

// postings is a side's inverted index: for each term id, the sentences
// holding it and the term's weight in each, at entries
// start[id]:start[id+1] of at and w.
type postings struct {
	start []int32
	at    []int32
	w     []float64
}

// newPostings indexes the sentences of s by their terms.
func newPostings(s *side) postings {
	p := postings{start: make([]int32, len(s.voc.df)+1)}
	for _, v := range s.vecs {
		for _, id := range v.ids {
			p.start[id+1]++
		}
	}
	for id := 1; id < len(p.start); id++ {
		p.start[id] += p.start[id-1]
	}
	n := p.start[len(p.start)-1]
	p.at, p.w = make([]int32, n), make([]float64, n)
	next := slices.Clone(p.start)
	for j, v := range s.vecs {
		for k, id := range v.ids {
			p.at[next[id]], p.w[next[id]] = int32(j), v.w[k]
			next[id]++
		}
	}
	return p
}

// entries returns the range of term id's entries ([0, 0) for a term the
// side does not have).
func (p *postings) entries(id int32) (lo, hi int32) {
	if id < 0 || int(id)+1 >= len(p.start) {
		return 0, 0
	}
	return p.start[id], p.start[id+1]
}

// of returns the sentences holding term id.
func (p *postings) of(id int32) []int32 {
	lo, hi := p.entries(id)
	return p.at[lo:hi]
}

// absorb grows a link's runs by free neighbouring sentences that resemble
// the other side, as long as the pair stays at least absorbKeep of its
// first similarity: a sentence that adds detail of its own may lower the
// cosine a little and still belong to the passage.
func (al *alignment) absorb(l *link, usedA, usedB []bool) {
	floor := absorbKeep * l.sim
	for grew := true; grew; {
		grew = al.grow(l, &l.a, al.a, usedA, false, floor) || al.grow(l, &l.b, al.b, usedB, true, floor)
	}
}

// grow tries to extend run sp of side s by one free sentence before or
// after it, keeping the pair's similarity at floor or above; bSide says
// which side of the link sp is.
func (al *alignment) grow(l *link, sp *span, s *side, used []bool, bSide bool, floor float64) bool {
	other := al.a.vecOf(l.a)
	if !bSide {
		other = al.b.vecOf(l.b)
	}
	for _, k := range [2]int{sp.lo - 1, sp.hi + 1} {
		if k < 0 || k >= len(s.sents) || used[k] || cosine(s.vecs[k], other) < absorbMin {
			continue
		}
		next := span{min(sp.lo, k), max(sp.hi, k)}
		if sim := cosine(s.vecOf(next), other); sim >= floor {
			*sp, l.sim, used[k] = next, sim, true
			return true
		}
	}
	return false
}

// pairedShare is the share of both documents' content words that lie in
// paired passages.
func (al *alignment) pairedShare() float64 {
	total, paired := 0, 0
	for _, n := range al.a.words {
		total += n
	}
	for _, n := range al.b.words {
		total += n
	}
	for _, l := range al.links {
		paired += runWords(al.a, l.a) + runWords(al.b, l.b)
	}
	if total == 0 {
		return 0
	}
	return float64(paired) / float64(total)
}

// runWords counts the content words of a run of sentences.
func runWords(s *side, sp span) int {
	n := 0
	for i := sp.lo; i <= sp.hi; i++ {
		n += s.words[i]
	}
	return n
}

// coverage measures how much two documents tell the same story: for each
// sentence, the similarity of its closest counterpart in the other
// document (0 below counterpartMin), averaged over both documents with
// each sentence weighed by its content words. Documents on one event score
// well above documents that merely share a topic and its names.
func coverage(a, b *side, cands []link) float64 {
	bestA, bestB := make([]float64, len(a.sents)), make([]float64, len(b.sents))
	for _, c := range cands {
		if c.sim >= counterpartMin {
			bestA[c.a.lo] = max(bestA[c.a.lo], c.sim)
			bestB[c.b.lo] = max(bestB[c.b.lo], c.sim)
		}
	}
	return (weighted(bestA, a.words) + weighted(bestB, b.words)) / 2
}

// weighted is the mean of xs weighed by ws.
func weighted(xs []float64, ws []int) float64 {
	acc, total := 0.0, 0
	for i, x := range xs {
		acc += x * float64(ws[i])
		total += ws[i]
	}
	if total == 0 {
		return 0
	}
	return acc / float64(total)
}
