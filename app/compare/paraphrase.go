package compare

import (
	"math"
	"slices"
)

// Paraphrase thresholds, calibrated on the seed articles (see
// TestSeedParaphrases): the accounts of one press conference against the
// accounts of other events.
const (
	// paraphraseMinWords is the least number of a quotation's content
	// words (by stem) a sentence must carry in its own voice.
	paraphraseMinWords = 3
	// paraphraseMinRare is how many of them must be rare (see rarity),
	// unless the sentence carries all of them: three words every sentence
	// of the story shares (Russia, Syria, bombs) prove nothing.
	paraphraseMinRare = 2
	// paraphraseMin is the least share of the quotation's content, each
	// word weighed by its rarity (idf), the sentence must carry. The
	// right links on the seeds score 0.23 to 1; the best pair of two
	// different events' articles 0.11.
	paraphraseMin = 0.2
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

// voice is a sentence's words outside quotation marks: the outlet's own.
type voice struct {
	text  string // the whole document
	sent  Range
	toks  []token
	stems []string // per token; "" for a function word
}

// outletVoice returns, for each sentence of s, its words outside the
// quotations qs (which are in text order).
func outletVoice(s *side, qs []quote) []voice {
	out := make([]voice, len(s.sents))
	k := 0
	for i, r := range s.sents {
		v := voice{text: s.text, sent: r}
		for _, t := range words(s.text, r) {
			for k < len(qs) && qs[k].End <= t.Start {
				k++
			}
			if k < len(qs) && qs[k].Start <= t.Start {
				continue
			}
			st := ""
			if !isStop(t.word) {
				st = stem(t.word)
			}
			v.toks, v.stems = append(v.toks, t), append(v.stems, st)
		}
		out[i] = v
	}
	return out
}

// paraphrases finds, for each quotation of either side, the sentences of
// the other side that carry it in the outlet's own voice: A's quotations
// first, each side's in its order.
func paraphrases(sa, sb *side, qa, qb []quote, ms []QuoteMatch) []Paraphrase {
	va, vb := outletVoice(sa, qa), outletVoice(sb, qb)
	quotedA, quotedB := matchedQuotes(ms, len(qa), len(qb))
	out := paraphrasesOf(SideA, qa, quotedA, vb, sa.voc)
	return append(out, paraphrasesOf(SideB, qb, quotedB, va, sa.voc)...)
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
// of the other side (their outlet's voice vs) that carry them.
func paraphrasesOf(quoted Side, qs []quote, matched []bool, vs []voice, voc *vocab) []Paraphrase {
	index := stemIndex(vs)
	var out []Paraphrase
	for k := range qs {
		stems := quoteStems(&qs[k])
		for _, j := range sentencesSharing(stems, index) {
			p, ok := paraphraseOf(stems, &vs[j], voc)
			if !ok {
				continue
			}
			p.Quoted, p.Quote, p.AlsoQuoted = quoted, k, matched[k]
			p.Attribution, p.SaidBy = attribution(&vs[j], qs[k].Speaker)
			out = append(out, p)
		}
	}
	return out
}

// quoteStems returns the distinct stems of a quotation's content words.
func quoteStems(q *quote) []string {
	var out []string
	for _, t := range q.toks {
		if !isStop(t.word) {
			out = append(out, stem(t.word))
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// stemIndex maps each content stem to the sentences whose outlet's voice
// holds it.
func stemIndex(vs []voice) map[string][]int {
	index := map[string][]int{}
	for j, v := range vs {
		for _, st := range v.stems {
			if st == "" {
				continue
			}
			if l := index[st]; len(l) == 0 || l[len(l)-1] != j {
				index[st] = append(l, j)
			}
		}
	}
	return index
}

// sentencesSharing returns, in order, the sentences sharing at least
// paraphraseMinWords of stems.
func sentencesSharing(stems []string, index map[string][]int) []int {
	n := map[int]int{}
	for _, st := range stems {
		for _, j := range index[st] {
			n[j]++
		}
	}
	var out []int
	for j, c := range n {
		if c >= paraphraseMinWords {
			out = append(out, j)
		}
	}
	slices.Sort(out)
	return out
}

// paraphraseOf scores how much of a quotation (its content stems) the
// sentence v carries within one clause-sized window, and reports whether
// it is enough to call it a paraphrase: paraphraseMinWords words, of which
// paraphraseMinRare rare unless the window carries every one, making up
// paraphraseMin of the quotation's weight.
func paraphraseOf(stems []string, v *voice, voc *vocab) (Paraphrase, bool) {
	lo, hi := bestWindow(stems, v, voc)
	win := v.stems[lo:hi]
	in := map[string]bool{}
	total, shared, rare := 0.0, 0.0, 0
	for _, st := range stems {
		w, r := rarity(voc, st)
		total += w
		if slices.Contains(win, st) {
			in[st], shared = true, shared+w
			if r {
				rare++
			}
		}
	}
	whole := len(in) == len(stems)
	if len(in) < paraphraseMinWords || (rare < paraphraseMinRare && !whole) || shared < paraphraseMin*total {
		return Paraphrase{}, false
	}
	p := Paraphrase{Sentence: v.sent, Score: round3(shared / total)}
	for i := lo; i < hi; i++ {
		if in[v.stems[i]] {
			p.Words = append(p.Words, v.toks[i].Range)
		}
	}
	return p, true
}

// bestWindow returns the run of at most paraphraseWindow words of v,
// [lo, hi), that carries the most of stems, weighed by rarity.
func bestWindow(stems []string, v *voice, voc *vocab) (int, int) {
	bestLo, bestHi, best := 0, min(len(v.stems), paraphraseWindow), -1.0
	for lo, st := range v.stems {
		if st == "" || !slices.Contains(stems, st) {
			continue
		}
		hi := min(len(v.stems), lo+paraphraseWindow)
		if s := carried(stems, v.stems[lo:hi], voc); s > best {
			bestLo, bestHi, best = lo, hi, s
		}
	}
	return bestLo, bestHi
}

// carried sums the rarity of the stems found in win, each once.
func carried(stems, win []string, voc *vocab) float64 {
	s := 0.0
	for _, st := range stems {
		if slices.Contains(win, st) {
			w, _ := rarity(voc, st)
			s += w
		}
	}
	return s
}

// rarity returns the idf weight of a stem and whether it is rare: in at
// most rareMaxShare of the sentences of both documents, plus one. A stem
// the vocabulary never saw counts as rare.
func rarity(voc *vocab, st string) (float64, bool) {
	id, ok := voc.ids[st]
	if !ok {
		return math.Log(float64(voc.n+1)) + 1, true
	}
	return voc.idf(id), float64(voc.df[id]) <= rareMaxShare*float64(voc.n)+1
}
