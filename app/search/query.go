package search

import (
	"context"
	"slices"
	"sort"
	"sync"

	"github.com/sahilm/fuzzy"
)

// broadPostings is how many postings the query's rarest word may reach
// before the query counts as too broad to score every sentence (a first
// letter or two, "the"): it then searches titles, quotes, actors, figures
// and loaded terms only, until the next keystroke narrows it.
const broadPostings = 60000

// maxWordMatches caps how many vocabulary words one query word may stand
// for; the rest are weaker matches no reader wants ranked.
const maxWordMatches = 48

// wordMatch is a vocabulary word a query word matched, how well (0..1],
// and which bytes of the word it matched.
type wordMatch struct {
	word    string
	weight  float32
	matched []int
}

// better orders word matches: the better weight first, then the word.
func (m wordMatch) better(o wordMatch) bool {
	if m.weight != o.weight {
		return m.weight > o.weight
	}
	return m.word < o.word
}

// segMatch is a word match as a vocabulary id of one segment.
type segMatch struct {
	id     int32
	weight float32
}

// queryWord is one word of the query and what it matched.
type queryWord struct {
	text    string
	pos     int // its place in the query as typed
	matches []wordMatch
	byWord  map[string]int // matched word → index in matches
	total   int            // postings over all matches, in documents still in
	inSeg   [][]segMatch   // per segment: the matches it holds, best first
	segSize []int          // per segment: their postings
}

// scratch holds per-item accumulators, reused across searches.
type scratch struct {
	epoch uint32
	seen  []uint32
	score []float32
	hits  []uint8
	cands []int32
}

var scratchPool sync.Pool

// getScratch returns accumulators for n items.
func getScratch(n int) *scratch {
	s, _ := scratchPool.Get().(*scratch)
	if s == nil || len(s.seen) < n {
		s = &scratch{seen: make([]uint32, n), score: make([]float32, n), hits: make([]uint8, n)}
	}
	s.epoch++
	if s.epoch == 0 { // wrapped: clear stale stamps
		clear(s.seen)
		s.epoch = 1
	}
	s.cands = s.cands[:0]
	return s
}

// Search returns the best matches of query, best first. Every word of the
// query must match a word of the item, fuzzily ("kery" finds Kerry,
// "responsib" finds responsibility). It returns early with what it has, or
// nil, when ctx is cancelled: a newer keystroke makes this one stale.
//
// Results do not depend on how the documents are split into segments, nor
// on their order: an index made by any sequence of Updates and Compacts
// answers as Build of its documents would.
func (ix *Index) Search(ctx context.Context, query string, opt Options) []Result {
	qws := ix.queryWords(query)
	if len(qws) == 0 || len(qws) > 8 {
		return nil
	}
	for _, q := range qws {
		if len(q.matches) == 0 {
			return nil
		}
	}
	limit := opt.Limit
	if limit <= 0 {
		limit = 50
	}
	kinds := kindSet(opt.Kinds)
	top := make(minHeap, 0, limit*3)
	for si, sv := range ix.segs {
		if ctx.Err() != nil {
			return nil
		}
		sv.collect(ctx, qws, si, kinds, sv.docSet(opt.Docs), &top)
	}
	if ctx.Err() != nil {
		return nil
	}
	slices.SortFunc(top, func(a, b scored) int {
		switch {
		case a.before(b):
			return -1
		case b.before(a):
			return 1
		}
		return 0
	})
	return finish(top, qws, limit)
}

// collect scores the items of the segment (index si) that match every
// query word and offers those that pass the filters to top.
func (sv *segView) collect(ctx context.Context, qws []queryWord, si int, kinds [numKinds]bool, docs []bool, top *minHeap) {
	for _, q := range qws {
		if len(q.inSeg[si]) == 0 {
			return
		}
	}
	s := getScratch(len(sv.items))
	defer scratchPool.Put(s)
	sv.accumulate(ctx, s, qws, si)
	if ctx.Err() != nil {
		return
	}
	filtered := kinds != kindSet(nil) || docs != nil
	for _, it := range s.cands {
		x := scored{sv, it, 10*float64(s.score[it])/float64(len(qws)) + float64(sv.static[it])}
		if !top.mayTake(x) {
			continue
		}
		if item := &sv.items[it]; filtered && (!kinds[item.kind] || docs != nil && !docs[item.doc]) {
			continue
		}
		top.offer(x)
	}
}

// queryWords folds the query into words and matches each against the
// vocabulary.
func (ix *Index) queryWords(query string) []queryWord {
	var qws []queryWord
	var buf []byte
	eachWord(query, func(s, e int) {
		buf = fold(buf, query[s:e])
		q := queryWord{text: string(buf), pos: len(qws)}
		q.matches = ix.matchWord(q.text)
		q.byWord = make(map[string]int, len(q.matches))
		for i, m := range q.matches {
			q.byWord[m.word] = i
		}
		q.locate(ix.segs)
		qws = append(qws, q)
	})
	// The rarest word first: it bounds the candidates.
	sort.SliceStable(qws, func(i, j int) bool { return qws[i].total < qws[j].total })
	return qws
}

// locate finds q's matches in each segment's vocabulary and counts their
// postings.
func (q *queryWord) locate(segs []*segView) {
	q.inSeg, q.segSize = make([][]segMatch, len(segs)), make([]int, len(segs))
	for si, sv := range segs {
		for _, m := range q.matches {
			if id, ok := sv.wordIDs[m.word]; ok && sv.livePostings(id) > 0 {
				q.inSeg[si] = append(q.inSeg[si], segMatch{id, m.weight})
				q.total += sv.livePostings(id)
				q.segSize[si] += len(sv.postings[id])
			}
		}
	}
}

// matchWord finds the words of the vocabularies q may stand for, best
// first: the best of each segment's, merged.
func (ix *Index) matchWord(q string) []wordMatch {
	if len(ix.segs) == 1 {
		return ix.segs[0].matchWord(q)
	}
	var best []wordMatch
	for _, sv := range ix.segs {
		for _, m := range sv.matchWord(q) {
			best = offerMatch(best, m)
		}
	}
	return best
}

// offerMatch inserts m into best, kept ordered and at most maxWordMatches
// long, unless it is there or not good enough.
func offerMatch(best []wordMatch, m wordMatch) []wordMatch {
	if len(best) == maxWordMatches && !m.better(best[len(best)-1]) {
		return best
	}
	i, found := slices.BinarySearchFunc(best, m, func(a, b wordMatch) int {
		switch {
		case a.better(b):
			return -1
		case b.better(a):
			return 1
		}
		return 0
	})
	if found {
		return best
	}
	if len(best) == maxWordMatches {
		best = best[:len(best)-1]
	}
	return slices.Insert(best, i, m)
}

// vocabSource lets sahilm/fuzzy scan a prefiltered part of the vocabulary.
type vocabSource struct {
	vocab []string
	ids   []int32
}

func (v vocabSource) String(i int) string { return v.vocab[v.ids[i]] }
func (v vocabSource) Len() int            { return len(v.ids) }

// matchWord finds the words of the segment's vocabulary q may stand for,
// among those still in a document, best first. Candidates share q's first
// letter and hold all of its letters (a bit-mask test), then sahilm/fuzzy
// matches q as a subsequence and wordWeight judges how tight the match is.
func (sv *segView) matchWord(q string) []wordMatch {
	bucket := sv.byFirst[q[0]]
	qm := letterMask(q)
	ids := make([]int32, 0, 256)
	for _, id := range bucket {
		if sv.masks[id]&qm == qm && len(sv.vocab[id]) >= len(q)-1 {
			ids = append(ids, id)
		}
	}
	var best []wordMatch
	for _, m := range fuzzy.FindFromNoSort(q, vocabSource{sv.vocab, ids}) {
		id := ids[m.Index]
		w := sv.vocab[id]
		if wt := wordWeight(q, w, m.MatchedIndexes); wt > 0 && (sv.dead == nil || sv.livePostings(id) > 0) {
			best = offerMatch(best, wordMatch{word: w, weight: wt, matched: m.MatchedIndexes})
		}
	}
	return best
}

// wordWeight scores query word q matched in vocabulary word w at the byte
// offsets idx: 1 for the word itself, less for a scattered match or a short
// prefix of a long word, 0 for a match too loose to show.
func wordWeight(q, w string, idx []int) float32 {
	if q == w {
		return 1
	}
	if len(idx) == 0 || idx[0] != 0 {
		return 0
	}
	span := idx[len(idx)-1] - idx[0] + 1
	density := float64(len(q)) / float64(span)
	if density < 0.6 || len(q) <= 2 && span != len(q) {
		return 0
	}
	coverage := float64(len(q)) / float64(len(w))
	return float32(density * density * (0.55 + 0.4*coverage))
}

// accumulate scores every item of the segment (index si) that holds a
// match for every query word. The rarest word gathers the candidates; each
// later word either walks its postings or, when there are few candidates
// left, looks each candidate up in its postings by binary search,
// whichever is less work.
func (sv *segView) accumulate(ctx context.Context, s *scratch, qws []queryWord, si int) {
	limit := int32(len(sv.items))
	if qws[0].total > broadPostings {
		limit = sv.nShort
	}
	sv.gather(s, qws[0].inSeg[si], limit)
	for qi := 1; qi < len(qws); qi++ {
		if ctx.Err() != nil {
			return
		}
		bit := uint8(1) << qi
		ms := qws[qi].inSeg[si]
		if len(s.cands)*len(ms)*16 < qws[qi].segSize[si] {
			sv.probe(s, ms, bit)
		} else {
			sv.walk(s, ms, bit, limit)
		}
		s.cands = keep(s, bit)
	}
}

// gather makes the items holding one of the matches ms, below limit and in
// documents still in, the candidates.
func (sv *segView) gather(s *scratch, ms []segMatch, limit int32) {
	for _, m := range ms {
		for _, it := range sv.postings[m.id] {
			if it >= limit {
				break
			}
			if s.seen[it] != s.epoch && (sv.removed == nil || !sv.removed[sv.items[it].doc]) {
				s.seen[it], s.score[it], s.hits[it] = s.epoch, m.weight, 1
				s.cands = append(s.cands, it)
			}
		}
	}
}

// walk credits the candidates in the postings of ms with their best match.
func (sv *segView) walk(s *scratch, ms []segMatch, bit uint8, limit int32) {
	for _, m := range ms {
		for _, it := range sv.postings[m.id] {
			if it >= limit {
				break
			}
			if s.seen[it] == s.epoch && s.hits[it]&bit == 0 { // matches come best first
				s.hits[it] |= bit
				s.score[it] += m.weight
			}
		}
	}
}

// probe credits each candidate with its best match among ms, found in
// their postings.
func (sv *segView) probe(s *scratch, ms []segMatch, bit uint8) {
	for _, it := range s.cands {
		for _, m := range ms {
			if _, ok := slices.BinarySearch(sv.postings[m.id], it); ok {
				s.hits[it] |= bit
				s.score[it] += m.weight
				break
			}
		}
	}
}

// keep returns the candidates that matched the word of bit.
func keep(s *scratch, bit uint8) []int32 {
	kept := s.cands[:0]
	for _, it := range s.cands {
		if s.hits[it]&bit != 0 {
			kept = append(kept, it)
		}
	}
	return kept
}

var kindBonus = [numKinds]float64{Title: 1.2, Actor: 1.2, Loaded: 1, Quote: 0.6, Figure: 0.6, Sentence: 0}

// scored is an item of a segment with its score.
type scored struct {
	sv    *segView
	it    int32
	score float64
}

// before orders scored items: the better score first, then (so that the
// order does not depend on segments) items other than sentences, then by
// document path, then by place in the document.
func (a scored) before(b scored) bool {
	if a.score != b.score {
		return a.score > b.score
	}
	x, y := &a.sv.items[a.it], &b.sv.items[b.it]
	if xs, ys := x.kind == Sentence, y.kind == Sentence; xs != ys {
		return ys
	}
	if xp, yp := a.sv.docs[x.doc].Path, b.sv.docs[y.doc].Path; xp != yp {
		return xp < yp
	}
	if x.start != y.start {
		return x.start < y.start
	}
	if x.end != y.end {
		return x.end < y.end
	}
	return x.kind < y.kind
}

// docSet returns a lookup of the segment's documents among the ids ds;
// nil means all.
func (sv *segView) docSet(ds []int) []bool {
	if len(ds) == 0 {
		return nil
	}
	set := make([]bool, len(sv.docs))
	for _, d := range ds {
		if l, ok := sv.local[d]; ok {
			set[l] = true
		}
	}
	return set
}

// minHeap keeps the cap(h) best items offered, the worst at the root.
type minHeap []scored

// mayTake reports whether x might be among the best: the heap is not
// full, or x scores at least as well as the worst kept (a cheap test
// before offer's full one).
func (h minHeap) mayTake(x scored) bool {
	return len(h) < cap(h) || x.score >= h[0].score
}

func (h *minHeap) offer(x scored) {
	if len(*h) < cap(*h) {
		*h = append(*h, x)
		h.up(len(*h) - 1)
		return
	}
	if !x.before((*h)[0]) {
		return
	}
	(*h)[0] = x
	h.down(0)
}

func (h minHeap) up(i int) {
	for i > 0 {
		p := (i - 1) / 2
		if !h[p].before(h[i]) {
			return
		}
		h[p], h[i] = h[i], h[p]
		i = p
	}
}

func (h minHeap) down(i int) {
	for {
		l, worst := 2*i+1, i
		if l < len(h) && h[worst].before(h[l]) {
			worst = l
		}
		if r := l + 1; r < len(h) && h[worst].before(h[r]) {
			worst = r
		}
		if worst == i {
			return
		}
		h[i], h[worst] = h[worst], h[i]
		i = worst
	}
}

// finish turns the best candidates into results, with matched characters
// marked and a bonus where the query's words stand together in order.
func finish(top []scored, qws []queryWord, limit int) []Result {
	out := make([]Result, 0, len(top))
	for _, c := range top {
		r := c.sv.result(c.it)
		var phrase int
		r.Matched, phrase = mark(r.Text, qws)
		r.Score = c.score + 1.5*float64(phrase)
		if len(r.Matched) == 0 {
			r.Score -= 3 // matched only through a speaker or an alias not shown
		}
		out = append(out, r)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Score > out[j].Score })
	if len(out) > limit {
		out = out[:limit]
	}
	return out
}

func (sv *segView) result(i int32) Result {
	it := sv.items[i]
	d := sv.docs[it.doc]
	text := it.display
	if text == "" {
		text = d.Text[it.start:it.end]
	}
	return Result{Doc: sv.ids[it.doc], Path: d.Path, Kind: it.kind, Start: int(it.start), End: int(it.end), Text: text, Detail: it.detail}
}
