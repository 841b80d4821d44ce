package compare

import (
	"cmp"
	"slices"
	"strings"
)

// QuoteStatus says how a quotation of one document stands in the other.
type QuoteStatus string

// The quote statuses.
const (
	// Identical: the same words, once curly and straight marks, case,
	// punctuation, hyphens and contractions are set aside.
	Identical QuoteStatus = "identical"
	// Partial: one version carries part of the other word for word (a
	// fragment, or two quotations that overlap).
	Partial QuoteStatus = "partial"
	// Altered: words added, removed, reordered or cut within the stretch
	// both carry; Diff says which.
	Altered QuoteStatus = "altered"
	// OnlyA and OnlyB: the quotation has no counterpart in the other.
	OnlyA QuoteStatus = "only_a"
	OnlyB QuoteStatus = "only_b"
)

// QuoteMatch relates a quotation of A to one of B, or stands for a
// quotation only one of them carries.
type QuoteMatch struct {
	Status QuoteStatus `json:"status"`
	A      int         `json:"a"` // index into Result.QuotesA, -1 for OnlyB
	B      int         `json:"b"` // index into Result.QuotesB, -1 for OnlyA
	// SharedA and SharedB are the stretch the two versions share, within
	// each quotation (the whole quotation unless Partial).
	SharedA Range `json:"shared_a"`
	SharedB Range `json:"shared_b"`
	// Run is the longest run of words the two carry identically.
	Run int `json:"run"`
	// SpeakerDiffers flags the same words put in different mouths; both
	// speakers must be known.
	SpeakerDiffers bool     `json:"speaker_differs,omitempty"`
	Diff           []DiffOp `json:"diff,omitempty"` // only for Altered
}

// matchQuotes relates every quotation of qa to those of qb that share a
// stretch of words with it, then lists those left over on either side.
// Matches come in A's order, then B's leftovers in B's order.
func matchQuotes(qa, qb []quote) []QuoteMatch {
	var out []QuoteMatch
	hitA, hitB := make([]bool, len(qa)), make([]bool, len(qb))
	index := contentIndex(qb)
	for i := range qa {
		for _, j := range candidateQuotes(&qa[i], qb, index) {
			if m, ok := matchPair(&qa[i], &qb[j]); ok {
				m.A, m.B = i, j
				out = append(out, m)
				hitA[i], hitB[j] = true, true
			}
		}
	}
	out = append(out, leftovers(hitA, OnlyA)...)
	out = append(out, leftovers(hitB, OnlyB)...)
	sortMatches(out, qa, qb)
	return out
}

// leftovers lists the quotations not hit, with the given status.
func leftovers(hit []bool, st QuoteStatus) []QuoteMatch {
	var out []QuoteMatch
	for k, h := range hit {
		if h {
			continue
		}
		m := QuoteMatch{Status: st, A: -1, B: -1}
		if st == OnlyA {
			m.A = k
		} else {
			m.B = k
		}
		out = append(out, m)
	}
	return out
}

// contentIndex maps each content word to the quotations holding it.
func contentIndex(qs []quote) map[string][]int {
	index := map[string][]int{}
	for k, q := range qs {
		for w := range q.content {
			index[w] = append(index[w], k)
		}
	}
	return index
}

// candidateQuotes returns the quotations of qb sharing enough content
// words with q to be worth a word alignment: two, or all of the shorter
// one's when it has fewer.
func candidateQuotes(q *quote, qb []quote, index map[string][]int) []int {
	shared := map[int]int{}
	for w := range q.content {
		for _, j := range index[w] {
			shared[j]++
		}
	}
	var out []int
	for j, n := range shared {
		if n >= min(2, len(q.content), len(qb[j].content)) {
			out = append(out, j)
		}
	}
	slices.Sort(out)
	return out
}

// matchPair aligns two quotations word by word and reports whether they
// share a stretch worth calling the same words (see significant).
func matchPair(a, b *quote) (QuoteMatch, bool) {
	if m, ok := sameWords(a, b); ok {
		return m, true
	}
	cl := bestCluster(a.toks, b.toks, lcs(a.toks, b.toks))
	run := longestRun(cl)
	if !significant(a, b, cl, run) {
		return QuoteMatch{}, false
	}
	ta, tb := a.toks, b.toks
	first, last := cl[0], cl[len(cl)-1]
	m := QuoteMatch{
		SharedA:        Range{ta[first.i].Start, ta[last.i].End},
		SharedB:        Range{tb[first.j].Start, tb[last.j].End},
		Run:            run,
		SpeakerDiffers: speakersDiffer(a.Speaker, b.Speaker),
	}
	ops := diff(ta, tb, cl)
	whole := first.i == 0 && first.j == 0 && last.i == len(ta)-1 && last.j == len(tb)-1
	switch {
	case changed(ops):
		m.Status, m.Diff = Altered, ops
	case whole:
		m.Status = Identical
	default:
		m.Status = Partial
	}
	return m, true
}

// sameWords matches two quotations of exactly the same words without an
// alignment: the common case of one quotation carried unchanged.
func sameWords(a, b *quote) (QuoteMatch, bool) {
	if len(a.toks) != len(b.toks) || len(a.toks) < 2 {
		return QuoteMatch{}, false
	}
	for k := range a.toks {
		if a.toks[k].word != b.toks[k].word {
			return QuoteMatch{}, false
		}
	}
	n := len(a.toks) - 1
	return QuoteMatch{
		Status:         Identical,
		SharedA:        Range{a.toks[0].Start, a.toks[n].End},
		SharedB:        Range{b.toks[0].Start, b.toks[n].End},
		Run:            n + 1,
		SpeakerDiffers: speakersDiffer(a.Speaker, b.Speaker),
	}, true
}

// significant reports whether a cluster of shared words makes two
// quotations one: it is the whole shorter quotation (two words or more,
// one a content word), or it holds two content words and either a run of
// six words, or half the shorter quotation with a run of four, or three
// quarters of it in any order. Two remarks that merely share a phrase
// ("less of an incentive") are not one quotation.
func significant(a, b *quote, cl []wordMatch, run int) bool {
	if len(cl) < 2 {
		return false
	}
	content := 0
	for _, m := range cl {
		if !isStop(a.toks[m.i].word) {
			content++
		}
	}
	shorter := min(len(a.toks), len(b.toks))
	switch {
	case run == shorter:
		return content >= 1
	case content < 2:
		return false
	}
	return run >= 6 || (2*len(cl) >= shorter && run >= 4) || 4*len(cl) >= 3*shorter
}

// speakersDiffer reports whether two known speakers are different people.
// "Kerry" and "John Kerry" are the same: one name's last word ends the other.
func speakersDiffer(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	return !strings.EqualFold(lastWord(a), lastWord(b))
}

// lastWord returns the last space-separated word of s.
func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// sortMatches orders quote matches by A's position, then B's.
func sortMatches(ms []QuoteMatch, qa, qb []quote) {
	pos := func(m QuoteMatch) (int, int) {
		a, b := 1<<62, 1<<62
		if m.A >= 0 {
			a = qa[m.A].Start
		}
		if m.B >= 0 {
			b = qb[m.B].Start
		}
		return a, b
	}
	slices.SortStableFunc(ms, func(x, y QuoteMatch) int {
		xa, xb := pos(x)
		ya, yb := pos(y)
		return cmp.Or(cmp.Compare(xa, ya), cmp.Compare(xb, yb))
	})
}
