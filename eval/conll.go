package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing/fstest"
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

// Diagnostics (scoring is the same): SLANT_CONLL_SPLIT=holdout scores the
// last ner.HoldoutFraction of train.txt, the documents `go run
// ./highlight/ner/train -holdout` keeps out of training;
// SLANT_NER_MODEL=file runs the analyzer with those weights instead of the
// shipped ones; SLANT_ACTORS_DEBUG=1 lists every false and missed span.
func runActors(dir string) (result, error) {
	docs, err := actorDocs(dir, os.Getenv("SLANT_CONLL_SPLIT"))
	if err != nil {
		return result{}, err
	}
	fsys, err := actorAssets(os.Getenv("SLANT_NER_MODEL"))
	if err != nil {
		return result{}, err
	}
	a, err := highlight.New(fsys)
	if err != nil {
		return result{}, err
	}
	debug := os.Getenv("SLANT_ACTORS_DEBUG") != ""
	var t actorTally
	begin := time.Now()
	for _, d := range docs {
		text, gold := conllText(d)
		spans := a.Analyze(text)
		t.add(spans, gold)
		if debug {
			printActorErrors(text, spans, gold)
		}
	}
	return t.result(len(docs), time.Since(begin)), nil
}

// actorDocs reads the CoNLL split to score: valid.txt unless split names
// another file of conll/, or "holdout" for the trainer's holdout of
// train.txt.
func actorDocs(dir, split string) ([]ner.Document, error) {
	file := split
	switch split {
	case "":
		file = "valid.txt"
	case "holdout":
		file = "train.txt"
	}
	f, err := os.Open(filepath.Join(dir, "conll", file))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	docs, err := ner.ReadCoNLL(f)
	if split == "holdout" {
		_, docs = ner.SplitHoldout(docs, ner.HoldoutFraction)
	}
	return docs, err
}

// actorAssets returns the assets, with the tagger's weights read from
// model instead when it is not empty.
func actorAssets(model string) (fs.FS, error) {
	if model == "" {
		return assets.FS, nil
	}
	data, err := os.ReadFile(model)
	if err != nil {
		return nil, err
	}
	return overlayFS{assets.FS, highlight.ModelPath, data}, nil
}

// overlayFS is an fs.FS with one file's contents replaced.
type overlayFS struct {
	fs.FS
	name string
	data []byte
}

// Open opens the replacement for the overlaid name, else the file of FS.
func (o overlayFS) Open(name string) (fs.File, error) {
	if name == o.name {
		return fstest.MapFS{name: {Data: o.data}}.Open(name)
	}
	return o.FS.Open(name)
}

// printActorErrors lists a document's false ("+") and missed ("-") actor
// spans with their types.
func printActorErrors(text string, spans []highlight.Span, gold map[[2]int]ner.Class) {
	pred := map[[2]int]ner.Class{}
	for _, s := range spans {
		if s.Kind == highlight.Actor {
			pred[[2]int{s.Start, s.End}] = actorClasses[s.ActorType]
		}
	}
	for k, c := range pred {
		if g, ok := gold[k]; !ok || (g != c && g != ner.Misc) {
			fmt.Printf("+ %-3s %-30q (gold %s) | %s\n", c, text[k[0]:k[1]], gold[k], lineOf(text, k[0]))
		}
	}
	for k, g := range gold {
		if g != ner.Misc && pred[k] != g {
			fmt.Printf("- %-3s %-30q (got %s) | %s\n", g, text[k[0]:k[1]], pred[k], lineOf(text, k[0]))
		}
	}
}

// lineOf returns the line of text holding byte i.
func lineOf(text string, i int) string {
	a := strings.LastIndexByte(text[:i], '\n') + 1
	b := strings.IndexByte(text[i:], '\n')
	if b < 0 {
		return text[a:]
	}
	return text[a : i+b]
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
