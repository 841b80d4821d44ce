package ner

import (
	"fmt"
	"strings"
)

// Counts are entity-level counts for one class: predicted, gold, and
// exactly right (same tokens, same class).
type Counts struct{ Pred, Gold, Right int }

// F1 returns precision, recall and F1.
func (c Counts) F1() (p, r, f float64) {
	if c.Pred > 0 {
		p = float64(c.Right) / float64(c.Pred)
	}
	if c.Gold > 0 {
		r = float64(c.Right) / float64(c.Gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// Scores are Counts per class (index None holds PER+ORG+LOC together).
type Scores [numClasses]Counts

// Evaluate tags docs on their own tokens and scores the entities against
// the gold tags, exactly (CoNLL's measure on gold tokenisation).
func Evaluate(tg *Tagger, docs []Document) Scores {
	var s Scores
	var pred []Tag
	var pe, ge []Entity
	for _, d := range docs {
		pred = tg.Tag(d.Text, d.Toks, d.Sents, pred[:0])
		pe, ge = Entities(pred, pe[:0]), Entities(d.Gold, ge[:0])
		s.add(pe, ge)
	}
	return s
}

// add counts one document's predicted and gold entities.
func (s *Scores) add(pred, gold []Entity) {
	type key struct{ a, b int }
	goldAt := make(map[key]Class, len(gold))
	for _, g := range gold {
		goldAt[key{g.First, g.Last}] = g.Class
		s[g.Class].Gold++
		if g.Class != Misc {
			s[None].Gold++
		}
	}
	for _, p := range pred {
		s[p.Class].Pred++
		gc, ok := goldAt[key{p.First, p.Last}]
		if p.Class != Misc && !(ok && gc == Misc) {
			s[None].Pred++
		}
		if ok && gc == p.Class {
			s[p.Class].Right++
			if p.Class != Misc {
				s[None].Right++
			}
		}
	}
}

// String prints P/R/F1 per class and for PER+ORG+LOC.
func (s Scores) String() string {
	var b strings.Builder
	for c := Per; c < numClasses; c++ {
		p, r, f := s[c].F1()
		fmt.Fprintf(&b, "%-4s P %.3f R %.3f F1 %.3f\n", c, p, r, f)
	}
	p, r, f := s[None].F1()
	fmt.Fprintf(&b, "PER+ORG+LOC (MISC ignored) P %.3f R %.3f F1 %.3f", p, r, f)
	return b.String()
}
