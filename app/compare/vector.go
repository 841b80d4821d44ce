package compare

import (
	"math"
	"slices"
)

// vec is a sparse term vector: term ids in increasing order and weights.
type vec struct {
	ids  []int32
	w    []float64
	norm float64
}

// entry is one term of a vector under construction.
type entry struct {
	id int32
	w  float64
}

// newVec builds a vector from entries in any order, summing repeats.
func newVec(es []entry) vec {
	slices.SortFunc(es, func(a, b entry) int { return int(a.id - b.id) })
	var v vec
	for _, e := range es {
		if n := len(v.ids); n > 0 && v.ids[n-1] == e.id {
			v.w[n-1] += e.w
			continue
		}
		v.ids = append(v.ids, e.id)
		v.w = append(v.w, e.w)
	}
	v.setNorm()
	return v
}

// setNorm computes the vector's Euclidean length.
func (v *vec) setNorm() {
	s := 0.0
	for _, w := range v.w {
		s += w * w
	}
	v.norm = math.Sqrt(s)
}

// dot is the inner product of two vectors.
func dot(a, b vec) float64 {
	s := 0.0
	for i, j := 0, 0; i < len(a.ids) && j < len(b.ids); {
		switch {
		case a.ids[i] < b.ids[j]:
			i++
		case a.ids[i] > b.ids[j]:
			j++
		default:
			s += a.w[i] * b.w[j]
			i++
			j++
		}
	}
	return s
}

// cosine is the cosine similarity of two vectors, 0 when either is empty.
func cosine(a, b vec) float64 {
	if a.norm == 0 || b.norm == 0 {
		return 0
	}
	return dot(a, b) / (a.norm * b.norm)
}

// sum adds vectors.
func sum(vs ...vec) vec {
	var es []entry
	for _, v := range vs {
		for i, id := range v.ids {
			es = append(es, entry{id, v.w[i]})
		}
	}
	return newVec(es)
}

// vocab numbers terms and counts in how many units (sentences) each occurs.
type vocab struct {
	ids  map[string]int32
	df   []int
	seen []int // the unit that last counted each term, plus one
	n    int   // units counted
}

// newVocab returns an empty vocabulary.
func newVocab() *vocab { return &vocab{ids: map[string]int32{}} }

// add registers the terms of one unit and returns their ids.
func (v *vocab) add(terms []string) []int32 {
	v.n++
	out := make([]int32, len(terms))
	for i, t := range terms {
		id := v.id(t)
		out[i] = id
		if v.seen[id] != v.n {
			v.seen[id] = v.n
			v.df[id]++
		}
	}
	return out
}

// id returns the number of term t, numbering it if new.
func (v *vocab) id(t string) int32 {
	id, ok := v.ids[t]
	if !ok {
		id = int32(len(v.df))
		v.ids[t] = id
		v.df = append(v.df, 0)
		v.seen = append(v.seen, 0)
	}
	return id
}

// idf is the inverse document frequency of term id: rare terms weigh more.
func (v *vocab) idf(id int32) float64 {
	return math.Log(float64(v.n+1)/float64(v.df[id]+1)) + 1
}

// weigh turns a unit's term ids into a tf-idf vector.
func (v *vocab) weigh(ids []int32) vec {
	es := make([]entry, len(ids))
	for i, id := range ids {
		es[i] = entry{id, v.idf(id)}
	}
	return newVec(es)
}
