package search

// mark returns the byte offsets in text of the characters the query words
// matched, and how many pairs of query words stand side by side in text in
// the query's order.
func (ix *Index) mark(text string, qws []queryWord) ([]int, int) {
	var marked []int
	var words []int32 // vocab id per word of text, -1 when unknown
	var buf []byte
	eachWord(text, func(s, e int) {
		buf = fold(buf, text[s:e])
		id, ok := ix.ids[string(buf)]
		if !ok {
			id = -1
		}
		words = append(words, id)
		for _, q := range qws {
			if i, ok := q.byID[id]; ok {
				marked = appendMarks(marked, s, e, len(buf), q.matches[i].matched)
				break
			}
		}
	})
	return marked, phrasePairs(words, qws)
}

// appendMarks adds the matched offsets of one word starting at s. When
// folding changed the word's length (rare non-ASCII case) the whole word is
// marked instead.
func appendMarks(marked []int, s, e, folded int, idx []int) []int {
	if e-s != folded {
		for i := s; i < e; i++ {
			marked = append(marked, i)
		}
		return marked
	}
	for _, i := range idx {
		marked = append(marked, s+i)
	}
	return marked
}

// phrasePairs counts the query's adjacent word pairs (in the order typed)
// that appear as adjacent words of the text.
func phrasePairs(words []int32, qws []queryWord) int {
	typed := make([]*queryWord, len(qws)) // qws is sorted rarest first
	for i := range qws {
		typed[qws[i].pos] = &qws[i]
	}
	n := 0
	for p := 0; p+1 < len(typed); p++ {
		a, b := typed[p], typed[p+1]
		for k := 0; k+1 < len(words); k++ {
			if _, ok := a.byID[words[k]]; ok {
				if _, ok := b.byID[words[k+1]]; ok {
					n++
					break
				}
			}
		}
	}
	return n
}
