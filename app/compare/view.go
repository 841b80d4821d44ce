package compare

import (
	"cmp"
	"slices"
)

// Side names one of the two compared documents.
type Side int

// The two sides of a comparison.
const (
	SideA Side = iota
	SideB
)

// Other returns the opposite side.
func (s Side) Other() Side { return 1 - s }

// passagesOf returns the passages of side s.
func (r *Result) passagesOf(s Side) []Passage {
	if s == SideA {
		return r.PassagesA
	}
	return r.PassagesB
}

// PassageAt returns the index of the passage of side s that holds byte
// offset off, or -1 when off falls between passages.
func (r *Result) PassageAt(s Side, off int) int {
	ps := r.passagesOf(s)
	i, _ := slices.BinarySearchFunc(ps, off, func(p Passage, off int) int { return cmp.Compare(p.Start, off+1) })
	if i == 0 || !ps[i-1].Contains(off) {
		return -1
	}
	return i - 1
}

// RowOf returns the index in Rows of the row showing passage i of side s,
// or -1 (there are no rows when the documents are different events).
func (r *Result) RowOf(s Side, i int) int {
	for k, row := range r.Rows {
		if (s == SideA && row.A == i) || (s == SideB && row.B == i) {
			return k
		}
	}
	return -1
}

// CounterpartAt returns what the other document has for what stands at
// byte offset off of side s: the stretch of the matching quotation when
// off lies in a matched quotation (the first match, if several), the
// sentence paraphrasing it when off lies in a quotation the other only
// paraphrases, else the paired passage. ok is false when nothing there has
// a counterpart.
func (r *Result) CounterpartAt(s Side, off int) (Range, bool) {
	if m, ok := r.QuoteAt(s, off); ok {
		if s == SideA {
			return m.SharedB, true
		}
		return m.SharedA, true
	}
	if p, ok := r.ParaphraseAt(s, off); ok {
		return p.Sentence, true
	}
	i := r.PassageAt(s, off)
	if i < 0 || r.passagesOf(s)[i].Pair < 0 {
		return Range{}, false
	}
	p := r.Pairs[r.passagesOf(s)[i].Pair]
	if s == SideA {
		return r.PassagesB[p.B].Range, true
	}
	return r.PassagesA[p.A].Range, true
}

// QuoteAt returns the first match, other than a one-sided one, of the
// quotation of side s that holds byte offset off.
func (r *Result) QuoteAt(s Side, off int) (QuoteMatch, bool) {
	for _, m := range r.Quotes {
		if m.A < 0 || m.B < 0 {
			continue
		}
		if (s == SideA && r.QuotesA[m.A].Contains(off)) || (s == SideB && r.QuotesB[m.B].Contains(off)) {
			return m, true
		}
	}
	return QuoteMatch{}, false
}

// ParaphraseAt returns the best paraphrase, in the other document, of the
// quotation of side s that holds byte offset off.
func (r *Result) ParaphraseAt(s Side, off int) (Paraphrase, bool) {
	var best Paraphrase
	found := false
	for _, p := range r.Paraphrases {
		if p.Quoted == s && r.QuoteOf(p).Contains(off) && (!found || p.Score > best.Score) {
			best, found = p, true
		}
	}
	return best, found
}

// QuoteOf returns the quotation a paraphrase carries.
func (r *Result) QuoteOf(p Paraphrase) Quote {
	if p.Quoted == SideA {
		return r.QuotesA[p.Quote]
	}
	return r.QuotesB[p.Quote]
}

// ParaphrasedQuotes counts the distinct quotations, of either document,
// that the other says in its own words: those it never quotes, and those
// it quotes too (AlsoQuoted). A quotation paraphrased by several
// sentences counts once.
func (r *Result) ParaphrasedQuotes() (notQuoted, alsoQuoted int) {
	seen := map[[2]int]bool{}
	for _, p := range r.Paraphrases {
		k := [2]int{int(p.Quoted), p.Quote}
		if seen[k] {
			continue
		}
		seen[k] = true
		if p.AlsoQuoted {
			alsoQuoted++
		} else {
			notQuoted++
		}
	}
	return notQuoted, alsoQuoted
}
