package compare

// layout is the display form of an alignment: both documents cut into
// passages, the pairs between them, and the rows of a two-column view.
type layout struct {
	passagesA, passagesB []Passage
	pairs                []Pair
	rows                 []Row
}

// newLayout cuts both sides into passages (a paired run of sentences is
// one passage, every other sentence its own), lists the pairs and marks
// which of them can be shown level.
func newLayout(al *alignment) *layout {
	lay := &layout{}
	runsA, runsB := make([]span, len(al.links)), make([]span, len(al.links))
	for i, l := range al.links {
		runsA[i], runsB[i] = l.a, l.b
	}
	var idxA, idxB []int
	lay.passagesA, idxA = passages(al.a, runsA)
	lay.passagesB, idxB = passages(al.b, runsB)
	lay.pairs = make([]Pair, len(al.links))
	for i, l := range al.links {
		lay.pairs[i] = Pair{A: idxA[i], B: idxB[i], Similarity: round3(l.sim)}
	}
	markLevel(lay.pairs)
	lay.rows = rows(lay)
	return lay
}

// passages cuts a side into passages given the paired runs (link i pairs
// runs[i]); it returns them with the passage index of each run.
func passages(s *side, runs []span) ([]Passage, []int) {
	runAt := make([]int, len(s.sents))
	for i := range runAt {
		runAt[i] = -1
	}
	for i, r := range runs {
		runAt[r.lo] = i
	}
	var out []Passage
	idx := make([]int, len(runs))
	for i := 0; i < len(s.sents); i++ {
		k := runAt[i]
		if k < 0 {
			out = append(out, Passage{Range: s.sents[i], Pair: -1})
			continue
		}
		idx[k] = len(out)
		out = append(out, Passage{Range: s.rangeOf(runs[k]), Pair: k})
		i = runs[k].hi
	}
	return out, idx
}

// markLevel marks the heaviest chain of pairs whose order is the same in
// both documents (pairs sorted by A; the chain must rise in B), weighing
// each pair by its similarity.
func markLevel(pairs []Pair) {
	if len(pairs) == 0 {
		return
	}
	best, prev := make([]float64, len(pairs)), make([]int, len(pairs))
	top := 0
	for i, p := range pairs {
		best[i], prev[i] = p.Similarity, -1
		for j := range i {
			if pairs[j].B < p.B && best[j]+p.Similarity > best[i] {
				best[i], prev[i] = best[j]+p.Similarity, j
			}
		}
		if best[i] > best[top] {
			top = i
		}
	}
	for i := top; i >= 0; i = prev[i] {
		pairs[i].Level = true
	}
}

// rows lays the passages out for two columns: level pairs share a row,
// and the passages between two level pairs (unpaired, or paired out of
// order) come before the next level pair, A's first, each on its own row.
func rows(lay *layout) []Row {
	var out []Row
	pa, pb := 0, 0
	for _, p := range lay.pairs {
		if !p.Level {
			continue
		}
		for ; pa < p.A; pa++ {
			out = append(out, Row{A: pa, B: -1})
		}
		for ; pb < p.B; pb++ {
			out = append(out, Row{A: -1, B: pb})
		}
		out = append(out, Row{A: p.A, B: p.B})
		pa, pb = p.A+1, p.B+1
	}
	for ; pa < len(lay.passagesA); pa++ {
		out = append(out, Row{A: pa, B: -1})
	}
	for ; pb < len(lay.passagesB); pb++ {
		out = append(out, Row{A: -1, B: pb})
	}
	return out
}

// round3 rounds x to three decimals, for stable output.
func round3(x float64) float64 {
	return float64(int(x*1000+0.5)) / 1000
}
