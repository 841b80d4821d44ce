// Command train learns Slant's named-entity tagger from CoNLL-2003 data and
// writes its weights to assets/model/ner.bin. Run it from the repository
// root:
//
//	go run ./highlight/ner/train -train ../shared/eval/conll/train.txt
//
// Training is deterministic: the same data, flags and gazetteer give the
// same weights. With -dev it also scores each epoch on that file; with
// -holdout it trains on all but the last documents of the training file
// and scores each epoch on those (choose epochs there, not on -dev).
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"slant/highlight/ner"
)

func main() {
	trainPath := flag.String("train", filepath.Join("..", "shared", "eval", "conll", "train.txt"), "CoNLL-2003 training file")
	devPath := flag.String("dev", "", "CoNLL-2003 file to score after each epoch (optional)")
	holdout := flag.Bool("holdout", false, "train without the last documents of -train and score them after each epoch")
	assetsDir := flag.String("assets", "assets", "assets folder holding actors/ (the gazetteer)")
	out := flag.String("o", filepath.Join("assets", "model", "ner.bin"), "weight file to write")
	bits := flag.Int("bits", 18, "log2 of the number of feature buckets")
	epochs := flag.Int("epochs", 15, "passes over the training data")
	seed := flag.Uint64("seed", 1, "shuffling seed")
	prune := flag.Float64("prune", 0.5, "drop averaged weights smaller than this")
	flag.Parse()
	if err := run(*trainPath, *devPath, *holdout, *assetsDir, *out, *bits, *epochs, *seed, *prune); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}

func run(trainPath, devPath string, holdout bool, assetsDir, out string, bits, epochs int, seed uint64, prune float64) error {
	train, err := readDocs(trainPath)
	if err != nil {
		return err
	}
	var dev []ner.Document
	switch {
	case holdout:
		train, dev = ner.SplitHoldout(train, ner.HoldoutFraction)
	case devPath != "":
		if dev, err = readDocs(devPath); err != nil {
			return err
		}
	}
	lex, err := ner.LoadLexicon(os.DirFS(assetsDir))
	if err != nil {
		return err
	}
	gaz := lex.Gazetteer()
	fmt.Printf("train: %d documents, gazetteer %d entries, 2^%d buckets\n", len(train), gaz.Len(), bits)
	tr := ner.NewTrainer(bits, gaz, seed)
	for e := 1; e <= epochs; e++ {
		t0 := time.Now()
		errRate := tr.Epoch(train)
		fmt.Printf("epoch %d: training error %.4f (%v)\n", e, errRate, time.Since(t0).Round(time.Millisecond))
		if dev != nil && (holdout || e == epochs || e%3 == 0) {
			fmt.Println(ner.Evaluate(ner.NewTagger(tr.Model(prune), gaz), dev))
		}
	}
	return write(tr.Model(prune), out)
}

func readDocs(path string) ([]ner.Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ner.ReadCoNLL(f)
}

func write(m *ner.Model, out string) error {
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return err
	}
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	n, err := m.WriteTo(f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		fmt.Printf("wrote %s: %d bytes\n", out, n)
	}
	return err
}
