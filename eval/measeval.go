package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"slant/highlight"
)

// The figures task: MeasEval quantities (a proxy for figures in news) and
// the hand-checked table of every figure in the seed articles.
func init() {
	register(task{name: "figures", order: 3, run: runFigures})
}

// measRange is a [start, end) byte range of a text.
type measRange struct{ start, end int }

// runFigures scores highlight.Figures on measeval/train. A gold quantity
// is found when a predicted figure overlaps it; a predicted figure is right
// when it overlaps a gold quantity. Documents without a tsv file have no
// quantities, so every figure found in them counts against precision.
func runFigures(dir string) (result, error) {
	root := filepath.Join(dir, "measeval", "train")
	texts, err := filepath.Glob(filepath.Join(root, "text", "*.txt"))
	if err != nil || len(texts) == 0 {
		return result{}, fmt.Errorf("no MeasEval texts under %s", root)
	}
	var tpPred, nPred, tpGold, nGold float64
	var elapsed time.Duration
	for _, path := range texts {
		text, gold, err := readMeasEval(root, path)
		if err != nil {
			return result{}, err
		}
		start := time.Now()
		spans := highlight.Figures(text)
		elapsed += time.Since(start)
		tp, tg := overlapCounts(spans, gold)
		tpPred, nPred = tpPred+tp, nPred+float64(len(spans))
		tpGold, nGold = tpGold+tg, nGold+float64(len(gold))
	}
	p, r, f := prf(tpPred, nPred, tpGold, nGold)
	seeds, err := seedFigures()
	if err != nil {
		seeds = "seeds: " + err.Error()
	}
	return result{
		Precision: p, Recall: r, F1: f, Docs: len(texts), Elapsed: elapsed,
		Extra: seeds, Target: 0.90, Peer: "compromise 0.71",
		Met: f >= 0.90 && strings.HasPrefix(seeds, "seeds complete"),
	}, nil
}

// overlapCounts returns how many spans overlap some gold range and how
// many gold ranges some span overlaps.
func overlapCounts(spans []highlight.Span, gold []measRange) (tpPred, tpGold float64) {
	for _, s := range spans {
		for _, g := range gold {
			if s.Start < g.end && g.start < s.End {
				tpPred++
				break
			}
		}
	}
	for _, g := range gold {
		for _, s := range spans {
			if s.Start < g.end && g.start < s.End {
				tpGold++
				break
			}
		}
	}
	return tpPred, tpGold
}

// readMeasEval reads one document and its Quantity ranges, converted from
// code points to byte offsets. Duplicate ranges count once.
func readMeasEval(root, path string) (string, []measRange, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return "", nil, err
	}
	text := string(b)
	id := strings.TrimSuffix(filepath.Base(path), ".txt")
	f, err := os.Open(filepath.Join(root, "tsv", id+".tsv"))
	if os.IsNotExist(err) {
		return text, nil, nil
	}
	if err != nil {
		return "", nil, err
	}
	defer f.Close()
	offs := runeOffsets(text) // shared with polnear.go
	seen := map[measRange]bool{}
	var gold []measRange
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		r, ok := quantityRow(sc.Text(), offs)
		if ok && !seen[r] {
			seen[r] = true
			gold = append(gold, r)
		}
	}
	return text, gold, sc.Err()
}

// quantityRow parses a tsv row with annotType Quantity into a byte range.
func quantityRow(line string, offs []int) (measRange, bool) {
	f := strings.Split(line, "\t")
	if len(f) < 5 || f[2] != "Quantity" {
		return measRange{}, false
	}
	s, err1 := strconv.Atoi(f[3])
	e, err2 := strconv.Atoi(f[4])
	if err1 != nil || err2 != nil || s < 0 || e < s || e >= len(offs) {
		return measRange{}, false
	}
	return measRange{offs[s], offs[e]}, true
}

// seedFigures checks the hand-made table of every figure in the seed
// articles and summarises it, e.g. "seeds complete 38/38, 0 extra".
func seedFigures() (string, error) {
	f, err := os.Open(filepath.Join("highlight", "testdata", "seed_figures.tsv"))
	if err != nil {
		return "", err
	}
	defer f.Close()
	rows, err := highlight.ParseFigureTable(f)
	if err != nil {
		return "", err
	}
	byFile := map[string][]highlight.FigureRow{}
	for _, r := range rows {
		byFile[r.File] = append(byFile[r.File], r)
	}
	missing, extra := 0, 0
	for file, rs := range byFile {
		b, err := os.ReadFile(filepath.Join("assets", "samples", file))
		if err != nil {
			return "", err
		}
		c := highlight.CheckFigures(string(b), rs)
		missing, extra = missing+len(c.Missing), extra+len(c.Extra)
	}
	state := "complete"
	if missing > 0 {
		state = "INCOMPLETE"
	}
	return fmt.Sprintf("seeds %s %d/%d, %d extra", state, len(rows)-missing, len(rows), extra), nil
}
