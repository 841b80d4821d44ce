package compare

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Paraphrase thresholds, calibrated on the seed articles (see
// TestSeedParaphrases): the accounts of one press conference against the
// accounts of other events.
const (
	// paraphraseMinWords is the least number of a quotation's content
	// words (by stem) a sentence must carry in its own voice.
	paraphraseMinWords = 3
	// paraphraseMinPlain is how many of them must be plain words, not
	// names, and how many of those rare (see rarity) unless the sentence
	// carries all of the quotation's: three words every sentence of the
	// story shares (Russia, Syria, bombs) prove nothing, nor do names
	// ("Donald Trump", "United States") every article repeats.
	paraphraseMinPlain = 2
	// paraphraseMin is the least share of the quotation's content, each
	// word weighed by its rarity (idf), the sentence must carry. The
	// right links on the seeds score 0.23 to 1; the best pair of two
	// different events' articles 0.11.
	paraphraseMin = 0.2
	// paraphraseMinOther is paraphraseMin for documents that look like
	// different events, where a shared clause is more often chance: on
	// 1,316 pairs of PolNeAR articles of one day judged different events,
	// the chance links score up to 0.42, the right ones 0.56 and 0.75.
	paraphraseMinOther = 0.5
	// paraphraseWindow is the most words (outside quotation marks) a
	// paraphrase may spread over: a clause, not words scattered over a
	// long sentence.
	paraphraseWindow = 15
	// rareMaxShare is the largest share of both documents' sentences a
	// rare word occurs in (plus one sentence).
	rareMaxShare = 0.05
)

// Attribution says how a paraphrasing sentence presents what it carries.
type Attribution string

// The attributions of a paraphrase.
const (
	// Indirect: reported speech, attributed without quotation marks
	// ("Kerry said that Russia's bombing was killing women and children").
	Indirect Attribution = "indirect"
	// Stated: said in the outlet's own voice as a fact, attributed to
	// no one.
	Stated Attribution = "stated"
)

// Paraphrase links a quotation of one document to a sentence of the other
// that carries the same content words in the outlet's own voice, outside
// quotation marks: what one outlet quotes, the other paraphrases.
type Paraphrase struct {
	// Quoted is the side holding the quotation; the sentence is in the
	// other document.
	Quoted Side `json:"quoted"`
	// Quote indexes QuotesA (Quoted is SideA) or QuotesB.
	Quote int `json:"quote"`
	// Sentence is the paraphrasing sentence, Words the content words it
	// shares with the quotation (outside its own quotation marks, within
	// one clause-sized window), both in the other document.
	Sentence Range   `json:"sentence"`
	Words    []Range `json:"words"`
	// Score is the share of the quotation's content the sentence
	// carries, each word weighed by its rarity, in [0, 1].
	Score float64 `json:"score"`
	// Attribution tells reported speech from a statement of fact; SaidBy
	// is who the sentence attributes it to as the sentence names them
	// ("Kerry", "he"), "" when Stated or not found.
	Attribution Attribution `json:"attribution"`
	SaidBy      string      `json:"said_by,omitempty"`
	// AlsoQuoted is true when the other document quotes the quotation
	// too (a quote match links them): it both quotes and paraphrases.
	AlsoQuoted bool `json:"also_quoted,omitempty"`
}

// Presentation says how the paraphrasing document presents the words, as
// a phrase to follow its name: "states it as fact, attributed to no one",
// "reports it as indirect speech, without quotation marks, attributed to
// Kerry", and ", and quotes it too, elsewhere" when AlsoQuoted. The text
// report and the compare view both use it.
func (p Paraphrase) Presentation() string {
	s := "states it as fact, attributed to no one"
	if p.Attribution == Indirect {
		s = "reports it as indirect speech, without quotation marks"
		if p.SaidBy != "" {
			s += ", attributed to " + p.SaidBy
		}
	}
	if p.AlsoQuoted {
		s += ", and quotes it too, elsewhere"
	}
	return s
}

// voice is a sentence's words outside quotation marks: the outlet's own.
type voice struct {
	text  string // the whole document
	sent  Range
	first int // where the sentence's first word starts
	toks  []token
	ids   []int32 // per token, its stem's term id; -1 for a function word
}

// voiceOf returns sentence i of s without the words inside the quotations
// qs (which are in text order).
func voiceOf(s *side, i int, qs []quote) *voice {
	r := s.sents[i]
	toks := words(s.text, r)
	v := &voice{text: s.text, sent: r, first: -1, toks: toks[:0], ids: make([]int32, 0, len(toks))}
	if len(toks) > 0 {
		v.first = toks[0].Start
	}
	k, _ := slices.BinarySearchFunc(qs, r.Start, func(q quote, off int) int { return cmp.Compare(q.End, off+1) })
	for _, t := range toks {
		for k < len(qs) && qs[k].End <= t.Start {
			k++
		}
		if k < len(qs) && qs[k].Start <= t.Start {
			continue
		}
		id := int32(-1)
		if !isStop(t.word) {
			if n, ok := s.voc.ids[stem(t.word)]; ok {
				id = n
			}
		}
		v.toks, v.ids = append(v.toks, t), append(v.ids, id)
	}
	return v
}

// quoteTerms is a quotation's content: the term ids of its distinct
// stems, their rarity weights, which are rare and which are names, and the
// weights' sum.
type quoteTerms struct {
	ids   []int32 // -1 for a stem neither document has elsewhere
	w     []float64
	rare  []bool
	name  []bool
	total float64
}

// termsOf returns the content of quotation q under the vocabulary voc.
func termsOf(q *quote, text string, voc *vocab) quoteTerms {
	stems, names := quoteStems(q, text)
	n := len(stems)
	qt := quoteTerms{ids: make([]int32, n), w: make([]float64, n), rare: make([]bool, n), name: names}
	for k, st := range stems {
		id, ok := voc.ids[st]
		if !ok {
			id = -1
		}
		qt.ids[k] = id
		qt.w[k], qt.rare[k] = rarity(voc, id)
		qt.total += qt.w[k]
	}
	return qt
}

// weightOf returns the weight of term id in qt, 0 when qt lacks it.
func (qt *quoteTerms) weightOf(id int32) (float64, int) {
	if id < 0 {
		return 0, -1
	}
	for k, x := range qt.ids {
		if x == id {
			return qt.w[k], k
		}
	}
	return 0, -1
}

// paraphrases finds, for each quotation of either side, the sentences of
// the other side that carry it in the outlet's own voice: A's quotations
// first, each side's in its order.
func paraphrases(sa, sb *side, qa, qb []quote, ms []QuoteMatch, sameEvent bool) []Paraphrase {
	quotedA, quotedB := matchedQuotes(ms, len(qa), len(qb))
	minScore := paraphraseMinOther
	if sameEvent {
		minScore = paraphraseMin
	}
	out := paraphrasesOf(SideA, sa.text, qa, quotedA, sb, qb, minScore)
	return append(out, paraphrasesOf(SideB, sb.text, qb, quotedB, sa, qa, minScore)...)
}

// matchedQuotes marks the quotations of each side with a counterpart.
func matchedQuotes(ms []QuoteMatch, na, nb int) ([]bool, []bool) {
	a, b := make([]bool, na), make([]bool, nb)
	for _, m := range ms {
		if m.A >= 0 && m.B >= 0 {
			a[m.A], b[m.B] = true, true
		}
	}
	return a, b
}

// paraphrasesOf links the quotations qs of side quoted to the sentences
// of the other side, o (whose own quotations are oq), that carry them.
// Only sentences sharing enough terms with a quotation, quoted words
// included, are read word by word.
func paraphrasesOf(quoted Side, qtext string, qs []quote, matched []bool, o *side, oq []quote, minScore float64) []Paraphrase {
	if len(qs) == 0 {
		return nil
	}
	voices := make([]*voice, len(o.sents))
	count := make([]int, len(o.sents))
	var out []Paraphrase
	var touched, cands []int
	for k := range qs {
		qt := termsOf(&qs[k], qtext, o.voc)
		touched, cands = o.index.sharing(qt.ids, count, touched, cands)
		for _, j := range cands {
			if voices[j] == nil {
				voices[j] = voiceOf(o, j, oq)
			}
			p, ok := paraphraseOf(&qt, voices[j], minScore)
			if !ok {
				continue
			}
			p.Quoted, p.Quote, p.AlsoQuoted = quoted, k, matched[k]
			p.Attribution, p.SaidBy = attribution(voices[j], qs[k].Speaker)
			out = append(out, p)
		}
	}
	return out
}

// quoteStems returns the distinct stems of a quotation's content words,
// sorted, and which of them are names: capitalised wherever the quotation
// has them, its first word aside.
func quoteStems(q *quote, text string) ([]string, []bool) {
	type word struct {
		stem string
		name bool
	}
	ws := make([]word, 0, len(q.toks))
	for i, t := range q.toks {
		if !isStop(t.word) {
			ws = append(ws, word{stem(t.word), i > 0 && capitalised(text, t.Start)})
		}
	}
	slices.SortFunc(ws, func(a, b word) int { return strings.Compare(a.stem, b.stem) })
	stems, names := make([]string, 0, len(ws)), make([]bool, 0, len(ws))
	for _, w := range ws {
		if n := len(stems); n > 0 && stems[n-1] == w.stem {
			names[n-1] = names[n-1] && w.name
			continue
		}
		stems, names = append(stems, w.stem), append(names, w.name)
	}
	return stems, names
}

// sharing finds the sentences sharing at least paraphraseMinWords of the
// term ids, in order, into out; count is scratch space, one zero per
// sentence, left zero, and touched scratch too.
func (p *postings) sharing(ids []int32, count []int, touched, out []int) ([]int, []int) {
	touched, out = touched[:0], out[:0]
	for _, id := range ids {
		for _, j := range p.of(id) {
			if count[j] == 0 {
				touched = append(touched, int(j))
			}
			count[j]++
		}
	}
	for _, j := range touched {
		if count[j] >= paraphraseMinWords {
			out = append(out, j)
		}
		count[j] = 0
	}
	slices.Sort(out)
	return touched, out
}

// paraphraseOf scores how much of a quotation (its terms qt) the sentence
// v carries within one clause-sized window, and reports whether it is
// enough to call it a paraphrase: paraphraseMinWords terms, of which
// paraphraseMinPlain are not names and as many rare unless the window
// carries every term, making up minScore of the quotation's weight.
func paraphraseOf(qt *quoteTerms, v *voice, minScore float64) (Paraphrase, bool) {
	lo, hi := bestWindow(qt, v)
	in := make([]bool, len(qt.ids))
	n, plain, rare, shared := 0, 0, 0, 0.0
	for i, id := range v.ids[lo:hi] {
		w, k := qt.weightOf(id)
		if k < 0 || in[k] {
			continue
		}
		in[k], n, shared = true, n+1, shared+w
		if qt.name[k] || (v.toks[lo+i].Start != v.first && capitalised(v.text, v.toks[lo+i].Start)) {
			continue
		}
		plain++
		if qt.rare[k] {
			rare++
		}
	}
	whole := n == len(qt.ids)
	if n < paraphraseMinWords || plain < paraphraseMinPlain || (rare < paraphraseMinPlain && !whole) || shared < minScore*qt.total {
		return Paraphrase{}, false
	}
	p := Paraphrase{Sentence: v.sent, Score: round3(shared / qt.total)}
	for i := lo; i < hi; i++ {
		if _, k := qt.weightOf(v.ids[i]); k >= 0 {
			p.Words = append(p.Words, v.toks[i].Range)
		}
	}
	return p, true
}

// capitalised reports whether the word at byte offset off of text starts
// with a capital letter.
func capitalised(text string, off int) bool {
	c, _ := utf8.DecodeRuneInString(text[off:])
	return unicode.IsUpper(c)
}

// bestWindow returns the run of at most paraphraseWindow words of v,
// [lo, hi), that carries the most of the quotation's weight, starting at
// one of its words.
func bestWindow(qt *quoteTerms, v *voice) (int, int) {
	bestLo, bestHi, best := 0, min(len(v.ids), paraphraseWindow), -1.0
	for lo, id := range v.ids {
		if _, k := qt.weightOf(id); k < 0 {
			continue
		}
		hi := min(len(v.ids), lo+paraphraseWindow)
		if s := carried(qt, v.ids[lo:hi]); s > best {
			bestLo, bestHi, best = lo, hi, s
		}
	}
	return bestLo, bestHi
}

// carried sums the weights of the quotation's terms found in win, each
// once.
func carried(qt *quoteTerms, win []int32) float64 {
	s := 0.0
	for k, id := range qt.ids {
		if id >= 0 && slices.Contains(win, id) {
			s += qt.w[k]
		}
	}
	return s
}

// rarity returns the idf weight of term id and whether it is rare: in at
// most rareMaxShare of the sentences of both documents, plus one. A term
// the vocabulary lacks (-1) weighs as a word of one sentence.
func rarity(voc *vocab, id int32) (float64, bool) {
	if id < 0 {
		return math.Log(float64(voc.n+1)/2) + 1, true
	}
	return voc.idf(id), float64(voc.df[id]) <= rareMaxShare*float64(voc.n)+1
}
