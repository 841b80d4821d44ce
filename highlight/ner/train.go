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

// learnSentence tags tokens [a, b) greedily, updating the weights at every
// mistake, and returns the number of mistakes.
func (tr *Trainer) learnSentence(a, b int, head bool, gold []Tag) int {
	f := &tr.feats
	prev, prev2 := O, O
	var stat [numStatic]uint32
	var dyn [numDynamic]uint32
	wrong := 0
	for i := a; i < b; i++ {
		tr.step++
		f.static(&stat, a, b, i, head)
		f.dynamic(&dyn, i, prev, prev2)
		var sc [NumTags]float32
		tr.cur.score(stat[:], &sc)
		tr.cur.score(dyn[:], &sc)
		pred, want := best(&sc, prev), gold[i-a]
		if !allowed(prev, want) {
			want = Begin(want.Class())
		}
		if pred != want {
			wrong++
			tr.update(stat[:], want, pred)
			tr.update(dyn[:], want, pred)
		}
		prev, prev2 = pred, prev
	}
	return wrong
}

// update moves the rows of the buckets towards want and away from got.
func (tr *Trainer) update(buckets []uint32, want, got Tag) {
	for _, b := range buckets {
		base := int(b) * int(NumTags)
		tr.cur.w[base+int(want)]++
		tr.acc[base+int(want)] += tr.step
		tr.cur.w[base+int(got)]--
		tr.acc[base+int(got)] -= tr.step
	}
}

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
