package ner

import (
	"math"
	"math/rand/v2"
)

// Trainer learns an averaged perceptron from tagged documents.
type Trainer struct {
	cur   table
	acc   []float64 // sum over updates of step × change, for averaging
	step  float64
	gaz   *Gazetteer
	rng   *rand.Rand
	feats features
	pred  []Tag // learnSentence's buffers
	want  []Tag
}

// NewTrainer returns a trainer with 2^bits feature buckets, the gazetteer
// the model will run with, and a seed that makes training reproducible.
func NewTrainer(bits int, gaz *Gazetteer, seed uint64) *Trainer {
	n := (1 << bits) * int(NumTags)
	return &Trainer{
		cur:   table{bits: uint8(bits), w: make([]float32, n)},
		acc:   make([]float64, n),
		gaz:   gaz,
		rng:   rand.New(rand.NewPCG(seed, seed^0x5DEECE66D)),
		feats: features{bits: uint8(bits)},
	}
}

// Epoch makes one pass over docs in a shuffled order and returns the
// fraction of tokens it tagged wrongly before learning from them.
func (tr *Trainer) Epoch(docs []Document) float64 {
	order := tr.rng.Perm(len(docs))
	wrong, total := 0, 0
	for _, k := range order {
		d := &docs[k]
		tr.feats.prepare(d.Text, d.Toks, d.Sents, tr.gaz)
		for s := 0; s+1 < len(d.Sents); s++ {
			a, b := d.Sents[s], d.Sents[s+1]
			wrong += tr.learnSentence(a, b, tr.feats.head[s], d.Gold[a:b])
			total += b - a
		}
	}
	return float64(wrong) / float64(max(total, 1))
}

// learnSentence tags tokens [a, b) with the beam and, when the tags
// differ from gold, moves the weights towards the features of the gold
// sequence and away from those of the predicted one (the structured
// perceptron). It returns the number of wrongly tagged tokens.
func (tr *Trainer) learnSentence(a, b int, head bool, gold []Tag) int {
	sc := &tableScorer{t: &tr.cur, f: &tr.feats, a: a, b: b, head: head}
	pred := tr.pred[:0]
	pred = append(pred, make([]Tag, b-a)...)
	tr.pred = pred
	tr.feats.beam.decode(sc, a, b, float32(math.Inf(1)), pred)
	want := tr.want[:0]
	for i, g := range gold {
		if i == 0 && !allowed(O, g) || i > 0 && !allowed(want[i-1], g) {
			g = Begin(g.Class())
		}
		want = append(want, g)
	}
	tr.want = want
	wrong := 0
	for i := range pred {
		tr.step++
		if pred[i] != want[i] {
			wrong++
		}
		gp, gp2 := history(want, i)
		pp, pp2 := history(pred, i)
		if pred[i] == want[i] && gp == pp && gp2 == pp2 {
			continue
		}
		var stat [numStatic]uint32
		var dyn [numDynamic]uint32
		tr.feats.static(&stat, a, b, a+i, head)
		tr.update(stat[:], want[i], pred[i])
		tr.feats.dynamic(&dyn, a+i, gp, gp2)
		tr.update(dyn[:], want[i], noTag)
		tr.feats.dynamic(&dyn, a+i, pp, pp2)
		tr.update(dyn[:], noTag, pred[i])
	}
	return wrong
}

// history returns the two tags before position i of tags (O before the
// start).
func history(tags []Tag, i int) (prev, prev2 Tag) {
	prev, prev2 = O, O
	if i > 0 {
		prev = tags[i-1]
	}
	if i > 1 {
		prev2 = tags[i-2]
	}
	return prev, prev2
}

// tableScorer scores a sentence's tags with the training weights.
type tableScorer struct {
	t    *table
	f    *features
	a, b int
	head bool
	stat [numStatic]uint32
	dyn  [numDynamic]uint32
}

func (s *tableScorer) plain(i int) bool { return s.f.plainAfterO(i, O) }

func (s *tableScorer) scores(i int, hs []hyp, out *[beamWidth][NumTags]float32) {
	s.f.static(&s.stat, s.a, s.b, i, s.head)
	var static [NumTags]float32
	s.t.score(s.stat[:], &static)
	for k, h := range hs {
		out[k] = static
		s.f.dynamic(&s.dyn, i, h.prev, h.prev2)
		s.t.score(s.dyn[:], &out[k])
	}
}

// update moves the rows of the buckets towards want and away from got
// (either may be noTag, for none).
func (tr *Trainer) update(buckets []uint32, want, got Tag) {
	if want == got {
		return
	}
	for _, b := range buckets {
		base := int(b) * int(NumTags)
		if want != noTag {
			tr.cur.w[base+int(want)]++
			tr.acc[base+int(want)] += tr.step
		}
		if got != noTag {
			tr.cur.w[base+int(got)]--
			tr.acc[base+int(got)] -= tr.step
		}
	}
}

// noTag stands for no tag in update.
const noTag Tag = 0xFF

// Model returns the averaged weights quantised to int8 (127 steps up to
// the largest magnitude). Weights whose magnitude is below prune (in
// perceptron units) are dropped.
func (tr *Trainer) Model(prune float64) *Model {
	avg := make([]float64, len(tr.cur.w))
	top := 0.0
	for k, w := range tr.cur.w {
		avg[k] = float64(w) - tr.acc[k]/tr.step
		top = max(top, math.Abs(avg[k]))
	}
	scale := top / math.MaxInt8
	if scale == 0 {
		scale = 1
	}
	m := newModel(tr.cur.bits, float32(scale))
	for r := range m.numRows() {
		var row [NumTags]int8
		for k, a := range avg[r*int(NumTags) : (r+1)*int(NumTags)] {
			if math.Abs(a) >= prune {
				row[k] = int8(math.Round(a / scale))
			}
		}
		m.setRow(r, row)
	}
	return m
}
