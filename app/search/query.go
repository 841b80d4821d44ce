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
	id      int32
	weight  float32
	matched []int
}

// queryWord is one word of the query and what it matched.
type queryWord struct {
	text    string
	pos     int // its place in the query as typed
	matches []wordMatch
	byID    map[int32]int // vocab id → index in matches
	total   int           // postings over all matches
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

func (ix *Index) scratch() *scratch {
	s, _ := scratchPool.Get().(*scratch)
	if s == nil || len(s.seen) < len(ix.items) {
		n := len(ix.items)
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
	if ctx.Err() != nil {
		return nil
	}
	s := ix.scratch()
	defer scratchPool.Put(s)
	ix.accumulate(ctx, s, qws)
	if ctx.Err() != nil {
		return nil
	}
	limit := opt.Limit
	if limit <= 0 {
		limit = 50
	}
	top := ix.rank(s, qws, opt.Filter, limit*3)
	return ix.finish(top, qws, limit)
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
		q.byID = make(map[int32]int, len(q.matches))
		for i, m := range q.matches {
			q.byID[m.id] = i
			q.total += len(ix.postings[m.id])
		}
		qws = append(qws, q)
	})
	// The rarest word first: it bounds the candidates.
	sort.SliceStable(qws, func(i, j int) bool { return qws[i].total < qws[j].total })
	return qws
}

// vocabSource lets sahilm/fuzzy scan a prefiltered part of the vocabulary.
type vocabSource struct {
	vocab []string
	ids   []int32
}

func (v vocabSource) String(i int) string { return v.vocab[v.ids[i]] }
func (v vocabSource) Len() int            { return len(v.ids) }

// matchWord finds the vocabulary words q may stand for. Candidates share
// q's first letter and hold all of its letters (a bit-mask test), then
// sahilm/fuzzy matches q as a subsequence and wordWeight judges how tight
// the match is.
func (ix *Index) matchWord(q string) []wordMatch {
	bucket := ix.byFirst[q[0]]
	qm := letterMask(q)
	ids := make([]int32, 0, 256)
	for _, id := range bucket {
		if ix.masks[id]&qm == qm && len(ix.vocab[id]) >= len(q)-1 {
			ids = append(ids, id)
		}
	}
	var out []wordMatch
	for _, m := range fuzzy.FindFromNoSort(q, vocabSource{ix.vocab, ids}) {
		w := ix.vocab[ids[m.Index]]
		if wt := wordWeight(q, w, m.MatchedIndexes); wt > 0 {
			out = append(out, wordMatch{id: ids[m.Index], weight: wt, matched: m.MatchedIndexes})
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].weight != out[j].weight {
			return out[i].weight > out[j].weight
		}
		return out[i].id < out[j].id
	})
	if len(out) > maxWordMatches {
		out = out[:maxWordMatches]
	}
	return out
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

// accumulate scores every item that holds a match for every query word.
// The rarest word gathers the candidates; each later word either walks its
// postings or, when there are few candidates left, looks each candidate up
// in its postings by binary search, whichever is less work.
func (ix *Index) accumulate(ctx context.Context, s *scratch, qws []queryWord) {
	limit := int32(len(ix.items))
	if qws[0].total > broadPostings {
		limit = ix.nShort
	}
	ix.gather(s, qws[0], limit)
	for qi := 1; qi < len(qws); qi++ {
		if ctx.Err() != nil {
			return
		}
		bit := uint8(1) << qi
		if len(s.cands)*len(qws[qi].matches)*16 < qws[qi].total {
			ix.probe(s, qws[qi], bit)
		} else {
			ix.walk(s, qws[qi], bit, limit)
		}
		s.cands = keep(s, bit)
	}
}

// gather makes the items holding a match of q, below limit, the candidates.
func (ix *Index) gather(s *scratch, q queryWord, limit int32) {
	for _, m := range q.matches {
		for _, it := range ix.postings[m.id] {
			if it >= limit {
				break
			}
			if s.seen[it] != s.epoch {
				s.seen[it], s.score[it], s.hits[it] = s.epoch, m.weight, 1
				s.cands = append(s.cands, it)
			}
		}
	}
}

// walk credits the candidates in q's postings with q's best match.
func (ix *Index) walk(s *scratch, q queryWord, bit uint8, limit int32) {
	for _, m := range q.matches {
		for _, it := range ix.postings[m.id] {
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

// probe credits each candidate with q's best match found in q's postings.
func (ix *Index) probe(s *scratch, q queryWord, bit uint8) {
	for _, it := range s.cands {
		for _, m := range q.matches {
			if _, ok := slices.BinarySearch(ix.postings[m.id], it); ok {
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

// scored is an item with its score.
type scored struct {
	it    int32
	score float64
}

// rank returns the n best candidates that pass the filter, best first, by
// a first score: word matches, the item's kind, and its length (short,
// specific items before long sentences that merely contain the words).
func (ix *Index) rank(s *scratch, qws []queryWord, f Filter, n int) []scored {
	kinds := kindSet(f.Kinds)
	docs := docSet(f.Docs, len(ix.docs))
	h := make(minHeap, 0, n)
	for _, it := range s.cands {
		item := &ix.items[it]
		if !kinds[item.kind] || docs != nil && !docs[item.doc] {
			continue
		}
		h.offer(scored{it, 10*float64(s.score[it])/float64(len(qws)) + float64(ix.static[it])}, n)
	}
	slices.SortFunc(h, func(a, b scored) int {
		if a.score != b.score {
			if a.score > b.score {
				return -1
			}
			return 1
		}
		return int(a.it - b.it)
	})
	return h
}

// minHeap keeps the n best scores seen, the worst at the root.
type minHeap []scored

func (h *minHeap) offer(x scored, n int) {
	if len(*h) < n {
		*h = append(*h, x)
		h.up(len(*h) - 1)
		return
	}
	if x.score <= (*h)[0].score {
		return
	}
	(*h)[0] = x
	h.down(0)
}

func (h minHeap) up(i int) {
	for i > 0 {
		p := (i - 1) / 2
		if h[p].score <= h[i].score {
			return
		}
		h[p], h[i] = h[i], h[p]
		i = p
	}
}

func (h minHeap) down(i int) {
	for {
		l, small := 2*i+1, i
		if l < len(h) && h[l].score < h[small].score {
			small = l
		}
		if r := l + 1; r < len(h) && h[r].score < h[small].score {
			small = r
		}
		if small == i {
			return
		}
		h[i], h[small] = h[small], h[i]
		i = small
	}
}

// finish turns the best candidates into results, with matched characters
// marked and a bonus where the query's words stand together in order.
func (ix *Index) finish(top []scored, qws []queryWord, limit int) []Result {
	out := make([]Result, 0, len(top))
	for _, c := range top {
		r := ix.result(ix.items[c.it])
		var phrase int
		r.Matched, phrase = ix.mark(r.Text, qws)
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

func (ix *Index) result(it item) Result {
	d := ix.docs[it.doc]
	text := it.display
	if text == "" {
		text = d.text[it.start:it.end]
	}
	return Result{Doc: int(it.doc), Path: d.path, Kind: it.kind, Start: int(it.start), End: int(it.end), Text: text, Detail: it.detail}
}
