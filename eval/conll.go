package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"slant/assets"
	"slant/highlight"
	"slant/highlight/ner"
)

// The actors task scores the actor detector on CoNLL-2003 (conll/valid.txt)
// as ../shared/eval/README.md says: each CoNLL document becomes a text whose
// tokens are joined by single spaces (none before , . ; : ! ? ) ] % 's n't
// and none after ( [ $), one sentence a line; the whole analyzer runs on
// it; an actor span is right when its byte range and type equal a gold
// PER, ORG or LOC entity. Gold MISC entities are ignored, and a prediction
// exactly on a MISC entity is not counted.
func init() {
	register(task{name: "actors", order: 1, run: runActors})
}

// actorTarget is the F1 the actor detector must reach.
const actorTarget = 0.85

// actorTally counts per class (index ner.None holds all three classes).
type actorTally [5]ner.Counts

func runActors(dir string) (result, error) {
	split := "valid.txt"
	if s := os.Getenv("SLANT_CONLL_SPLIT"); s != "" {
		split = s
	}
	f, err := os.Open(filepath.Join(dir, "conll", split))
	if err != nil {
		return result{}, err
	}
	docs, err := ner.ReadCoNLL(f)
	f.Close()
	if err != nil {
		return result{}, err
	}
	a, err := highlight.New(assets.FS)
	if err != nil {
		return result{}, err
	}
	var t actorTally
	begin := time.Now()
	for _, d := range docs {
		text, gold := conllText(d)
		t.add(a.Analyze(text), gold)
	}
	return t.result(len(docs), time.Since(begin)), nil
}

// conllText joins a document's tokens by the README's rule and returns the
// text with its gold entities in byte offsets.
func conllText(d ner.Document) (string, map[[2]int]ner.Class) {
	var b strings.Builder
	starts, ends := make([]int, len(d.Toks)), make([]int, len(d.Toks))
	sent := 0
	for i, t := range d.Toks {
		w := d.Text[t.Start:t.End]
		switch {
		case sent+1 < len(d.Sents) && d.Sents[sent+1] == i:
			sent++
			b.WriteByte('\n')
		case i > 0 && spaceBefore(d.Text[d.Toks[i-1].Start:d.Toks[i-1].End], w):
			b.WriteByte(' ')
		}
		starts[i] = b.Len()
		b.WriteString(w)
		ends[i] = b.Len()
	}
	gold := map[[2]int]ner.Class{}
	for _, e := range ner.Entities(d.Gold, nil) {
		gold[[2]int{starts[e.First], ends[e.Last]}] = e.Class
	}
	return b.String(), gold
}

// spaceBefore reports whether a space separates tokens prev and w.
func spaceBefore(prev, w string) bool {
	switch w {
	case ",", ".", ";", ":", "!", "?", ")", "]", "%", "'s", "n't":
		return false
	}
	switch prev {
	case "(", "[", "$":
		return false
	}
	return true
}

// actorClasses maps actor types to CoNLL classes.
var actorClasses = map[highlight.ActorType]ner.Class{
	highlight.Person: ner.Per, highlight.Organization: ner.Org, highlight.Place: ner.Loc,
}

// add scores one document's actor spans against its gold entities.
func (t *actorTally) add(spans []highlight.Span, gold map[[2]int]ner.Class) {
	for _, c := range gold {
		if c != ner.Misc {
			t[c].Gold++
			t[ner.None].Gold++
		}
	}
	for _, s := range spans {
		if s.Kind != highlight.Actor {
			continue
		}
		g, ok := gold[[2]int{s.Start, s.End}]
		if ok && g == ner.Misc {
			continue
		}
		c := actorClasses[s.ActorType]
		t[c].Pred++
		t[ner.None].Pred++
		if ok && g == c {
			t[c].Right++
			t[ner.None].Right++
		}
	}
}

// result turns the tally into the task's result, with F1 per type.
func (t *actorTally) result(docs int, elapsed time.Duration) result {
	p, r, f := t[ner.None].F1()
	var extra []string
	for _, c := range []ner.Class{ner.Per, ner.Org, ner.Loc} {
		cp, cr, cf := t[c].F1()
		extra = append(extra, fmt.Sprintf("%s P %.3f R %.3f F1 %.3f", c, cp, cr, cf))
	}
	return result{
		Precision: p, Recall: r, F1: f, Docs: docs, Elapsed: elapsed,
		Extra: strings.Join(extra, "; "), Target: actorTarget,
		Peer: "compromise 0.48, prose 0.50", Met: f >= actorTarget,
	}
}
