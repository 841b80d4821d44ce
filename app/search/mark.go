package search

// mark returns the byte offsets in text of the characters the query words
// matched, and how many pairs of query words stand side by side in text in
// the query's order.
func mark(text string, qws []queryWord) ([]int, int) {
	var marked []int
	var words []uint16 // per word of text: bit p set when the query's word p matched it
	var buf []byte
	eachWord(text, func(s, e int) {
		buf = fold(buf, text[s:e])
		var bits uint16
		done := false
		for _, q := range qws {
			if i, ok := q.byWord[string(buf)]; ok {
				bits |= 1 << q.pos
				if !done {
					marked = appendMarks(marked, s, e, len(buf), q.matches[i].matched)
					done = true
				}
			}
		}
		words = append(words, bits)
	})
	return marked, phrasePairs(words, len(qws))
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
// that appear as adjacent words of the text, given which query words each
// word of the text matched.
func phrasePairs(words []uint16, n int) int {
	pairs := 0
	for p := 0; p+1 < n; p++ {
		a, b := uint16(1)<<p, uint16(1)<<(p+1)
		for k := 0; k+1 < len(words); k++ {
			if words[k]&a != 0 && words[k+1]&b != 0 {
				pairs++
				break
			}
		}
	}
	return pairs
}
