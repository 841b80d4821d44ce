package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

	"slant/highlight"
)

// The loaded task scores the loaded-term detector on the Propaganda
// Techniques Corpus (ptc/) as ../shared/eval/README.md says: spans labelled
// Loaded_Language or Name_Calling,Labeling are gold, offsets are Unicode
// code points, and the SemEval-2020 span metric gives each predicted span
// |overlap|/|predicted| toward precision and each gold span |overlap|/|gold|
// toward recall, summed over all predicted-gold pairs of an article.
func init() {
	register(task{name: "loaded", order: 4, run: runPTC})
}

// loadedTarget is the F1 the loaded-term detector must reach.
const loadedTarget = 0.40

// ptcGoldTechniques are the PTC labels that count as loaded terms.
var ptcGoldTechniques = map[string]bool{"Loaded_Language": true, "Name_Calling,Labeling": true}

// ptcSpan is a half-open range of code points.
type ptcSpan struct{ start, end int }

// ptcArticle is one article's text and its gold spans.
type ptcArticle struct {
	id   string
	text string
	gold []ptcSpan
}

// ptcTally sums the SemEval span metric over articles.
type ptcTally struct {
	tpPred, nPred, tpGold, nGold float64
}

// add scores one article's predictions against its gold spans.
func (t *ptcTally) add(pred, gold []ptcSpan) {
	t.nPred += float64(len(pred))
	t.nGold += float64(len(gold))
	for _, p := range pred {
		for _, g := range gold {
			ov := float64(min(p.end, g.end) - max(p.start, g.start))
			if ov <= 0 {
				continue
			}
			t.tpPred += ov / float64(p.end-p.start)
			t.tpGold += ov / float64(g.end-g.start)
		}
	}
}

func (t *ptcTally) prf() (p, r, f float64) { return prf(t.tpPred, t.nPred, t.tpGold, t.nGold) }

func runPTC(dir string) (result, error) {
	ptcDir := filepath.Join(dir, "ptc")
	arts, err := ptcArticles(ptcDir)
	if err != nil {
		return result{}, err
	}
	var all, mapped ptcTally
	an := highlight.Default()
	begin := time.Now()
	for _, a := range arts {
		spans := an.Analyze(a.text)
		all.add(ptcLoaded(spans, a.text, nil), a.gold)
		mapped.add(ptcLoaded(spans, a.text, ptcOtherTechnique), a.gold)
	}
	elapsed := time.Since(begin)
	p, r, f := all.prf()
	res := result{Precision: p, Recall: r, F1: f, Docs: len(arts), Elapsed: elapsed,
		Target: loadedTarget, Peer: "VADER word list 0.14", Met: f >= loadedTarget}
	_, _, mf := mapped.prf()
	res.Extra = fmt.Sprintf("(without doubt markers and euphemisms, which PTC files under other techniques: F1 %.3f)", mf)
	if vp, vr, vf, err := ptcVaderBaseline(dir, arts); err == nil {
		res.Extra += fmt.Sprintf(" (our VADER baseline: P %.3f R %.3f F1 %.3f)", vp, vr, vf)
	}
	return res, nil
}

// ptcOtherTechnique holds the loaded-term categories that PTC annotates as
// techniques other than Loaded_Language and Name_Calling (Doubt,
// Exaggeration/Minimisation). The headline score counts them anyway, since
// the app shows them; the diagnostic score leaves them out.
var ptcOtherTechnique = map[string]bool{"doubt marker": true, "euphemism": true}

// ptcLoaded returns the loaded spans among spans, in code points of text,
// leaving out the categories in skip.
func ptcLoaded(spans []highlight.Span, text string, skip map[string]bool) []ptcSpan {
	cp := ptcCodePoints(text)
	var out []ptcSpan
	for _, s := range spans {
		if s.Kind == highlight.Loaded && !skip[s.Category] {
			out = append(out, ptcSpan{cp[s.Start], cp[s.End]})
		}
	}
	return out
}

// ptcCodePoints maps each rune-boundary byte offset of text, and
// len(text), to its code-point offset.
func ptcCodePoints(text string) []int {
	cp := make([]int, len(text)+1)
	n := 0
	for i := range text {
		cp[i] = n
		n++
	}
	cp[len(text)] = n
	return cp
}

// ptcArticles reads the articles and the gold spans of labels.tsv.
func ptcArticles(dir string) ([]ptcArticle, error) {
	gold, err := ptcLabels(filepath.Join(dir, "labels.tsv"))
	if err != nil {
		return nil, err
	}
	names, err := filepath.Glob(filepath.Join(dir, "article*.txt"))
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	arts := make([]ptcArticle, 0, len(names))
	for _, name := range names {
		b, err := os.ReadFile(name)
		if err != nil {
			return nil, err
		}
		id := strings.TrimSuffix(strings.TrimPrefix(filepath.Base(name), "article"), ".txt")
		arts = append(arts, ptcArticle{id: id, text: string(b), gold: gold[id]})
	}
	if len(arts) == 0 {
		return nil, fmt.Errorf("no articles in %s", dir)
	}
	return arts, nil
}

// ptcLabels reads labels.tsv (id, technique, start, end) and keeps the
// loaded-language spans, by article id.
func ptcLabels(path string) (map[string][]ptcSpan, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	gold := map[string][]ptcSpan{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		fields := strings.Split(sc.Text(), "\t")
		if len(fields) != 4 {
			continue
		}
		if !ptcGoldTechniques[fields[1]] {
			continue
		}
		s, err1 := strconv.Atoi(fields[2])
		e, err2 := strconv.Atoi(fields[3])
		if err1 != nil || err2 != nil || e <= s {
			return nil, fmt.Errorf("%s:%d: bad offsets", path, n)
		}
		gold[fields[0]] = append(gold[fields[0]], ptcSpan{s, e})
	}
	return gold, sc.Err()
}

// ptcVaderThreshold is the |valence| from which the baseline marks a VADER
// word as loaded.
const ptcVaderThreshold = 1.5

// ptcVaderBaseline scores the plain word-list peer: every word whose VADER
// valence is at least ptcVaderThreshold in size is a predicted span.
func ptcVaderBaseline(dir string, arts []ptcArticle) (p, r, f float64, err error) {
	lex, err := ptcVader(filepath.Join(dir, "lexicons", "vader_lexicon.txt"))
	if err != nil {
		return 0, 0, 0, err
	}
	var t ptcTally
	for _, a := range arts {
		t.add(ptcVaderSpans(lex, a.text), a.gold)
	}
	p, r, f = t.prf()
	return p, r, f, nil
}

// ptcVader reads the words of the VADER lexicon with a large enough valence.
func ptcVader(path string) (map[string]bool, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	words := map[string]bool{}
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Split(line, "\t")
		if len(f) < 2 {
			continue
		}
		if v, err := strconv.ParseFloat(f[1], 64); err == nil && (v >= ptcVaderThreshold || v <= -ptcVaderThreshold) {
			words[f[0]] = true
		}
	}
	return words, nil
}

// ptcVaderSpans marks every word of text in lex, in code points.
func ptcVaderSpans(lex map[string]bool, text string) []ptcSpan {
	var out []ptcSpan
	start := -1
	runes := []rune(text)
	for i := 0; i <= len(runes); i++ {
		inWord := i < len(runes) && (unicode.IsLetter(runes[i]) || runes[i] == '\'')
		if inWord && start < 0 {
			start = i
		}
		if !inWord && start >= 0 {
			if lex[strings.ToLower(string(runes[start:i]))] {
				out = append(out, ptcSpan{start, i})
			}
			start = -1
		}
	}
	return out
}
