package main

import (
	"bufio"
	"flag"
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
	var all, mapped, own, quoted ptcTally
	an := highlight.Default()
	begin := time.Now()
	for _, a := range arts {
		spans := an.Analyze(a.text)
		all.add(ptcLoaded(spans, a.text, func(highlight.Span) bool { return true }), a.gold)
		mapped.add(ptcLoaded(spans, a.text, func(s highlight.Span) bool { return !ptcOtherTechnique[s.Category] }), a.gold)
		own.add(ptcLoaded(spans, a.text, func(s highlight.Span) bool { return !s.InQuote }), a.gold)
		quoted.add(ptcLoaded(spans, a.text, func(s highlight.Span) bool { return s.InQuote }), a.gold)
	}
	elapsed := time.Since(begin)
	if *ptcDiag != "" {
		if err := ptcWriteDiag(*ptcDiag, arts, an); err != nil {
			return result{}, err
		}
	}
	p, r, f := all.prf()
	res := result{Precision: p, Recall: r, F1: f, Docs: len(arts), Elapsed: elapsed,
		Target: loadedTarget, Peer: "VADER word list 0.14", Met: f >= loadedTarget}
	_, _, mf := mapped.prf()
	res.Extra = fmt.Sprintf("(without doubt markers and euphemisms, which PTC files under other techniques: F1 %.3f)", mf)
	op, _, _ := own.prf()
	qp, _, _ := quoted.prf()
	res.Extra += fmt.Sprintf(" (precision in the outlet's voice %.3f, inside quotations %.3f)", op, qp)
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

// ptcLoaded returns the loaded spans among spans that keep accepts, in
// code points of text.
func ptcLoaded(spans []highlight.Span, text string, keep func(highlight.Span) bool) []ptcSpan {
	cp := ptcCodePoints(text)
	var out []ptcSpan
	for _, s := range spans {
		if s.Kind == highlight.Loaded && keep(s) {
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

// ptcDiag, when set, names a file that runPTC fills with an error analysis
// of the loaded-term detector: credit per lexicon entry, false alarms and
// missed gold spans. It is for studying errors, never for building data.
var ptcDiag = flag.String("loaded-diag", "", "write an error analysis of the loaded task to this file")

// ptcEntryStat sums one lexicon entry's predictions and their credit.
type ptcEntryStat struct {
	n             int
	credit, recal float64
}

// ptcWriteDiag writes the error analysis of one run to path.
func ptcWriteDiag(path string, arts []ptcArticle, an *highlight.Analyzer) error {
	reasons := map[string]string{}
	for _, e := range highlight.DefaultLexicon().Entries() {
		reasons[e.Reason] = e.Term
	}
	stats := map[string]*ptcEntryStat{}
	var fp, miss, part, hits, preds strings.Builder
	for _, a := range arts {
		spans := an.Analyze(a.text)
		runes := []rune(a.text)
		cp := ptcCodePoints(a.text)
		gcred := make([]float64, len(a.gold))
		for _, s := range spans {
			if s.Kind != highlight.Loaded {
				continue
			}
			p := ptcSpan{cp[s.Start], cp[s.End]}
			term := reasons[s.Reason]
			if term == "" {
				term = "[" + s.Category + "]"
			}
			st := stats[term]
			if st == nil {
				st = &ptcEntryStat{}
				stats[term] = st
			}
			st.n++
			fmt.Fprintf(&preds, "%s\t%d\t%d\t%s\t%s\t%v\n", a.id, p.start, p.end, term, s.Category, s.InQuote)
			c := 0.0
			for j, g := range a.gold {
				ov := float64(min(p.end, g.end) - max(p.start, g.start))
				if ov > 0 {
					fmt.Fprintf(&hits, "%.2f\t%.2f\t%s\t%s\t%s\n", ov/float64(p.end-p.start), ov/float64(g.end-g.start), term, string(runes[p.start:p.end]), string(runes[g.start:g.end]))
					c += ov / float64(p.end-p.start)
					gcred[j] += ov / float64(g.end-g.start)
					st.recal += ov / float64(g.end-g.start)
				}
			}
			st.credit += c
			if c == 0 {
				fmt.Fprintf(&fp, "%s\t%s\t%v\t%s\n", term, string(runes[p.start:p.end]), s.InQuote, ptcContext(runes, p))
			}
		}
		for j, g := range a.gold {
			switch {
			case gcred[j] == 0:
				fmt.Fprintf(&miss, "%s\t%s\n", string(runes[g.start:g.end]), ptcContext(runes, g))
			case gcred[j] < 0.99:
				fmt.Fprintf(&part, "%.2f\t%s\t%s\n", gcred[j], string(runes[g.start:g.end]), ptcContext(runes, g))
			}
		}
	}
	terms := make([]string, 0, len(stats))
	for t := range stats {
		terms = append(terms, t)
	}
	sort.Slice(terms, func(i, j int) bool {
		a, b := stats[terms[i]], stats[terms[j]]
		return float64(a.n)-a.credit > float64(b.n)-b.credit
	})
	var out strings.Builder
	out.WriteString("## entries: term, predictions, precision credit, recall credit\n")
	for _, t := range terms {
		s := stats[t]
		fmt.Fprintf(&out, "%s\t%d\t%.1f\t%.1f\n", t, s.n, s.credit, s.recal)
	}
	out.WriteString("## false alarms: term, text, in quote, context\n" + fp.String())
	out.WriteString("## partly found gold: credit, text, context\n" + part.String())
	out.WriteString("## hits: precision credit, recall credit, term, predicted, gold\n" + hits.String())
	out.WriteString("## predictions: article, start, end, term, category, in quote\n" + preds.String())
	out.WriteString("## missed gold: text, context\n" + miss.String())
	return os.WriteFile(path, []byte(out.String()), 0o644)
}

// ptcContext returns the words around span s, for reading errors.
func ptcContext(runes []rune, s ptcSpan) string {
	from, to := max(0, s.start-60), min(len(runes), s.end+60)
	c := string(runes[from:s.start]) + "[[" + string(runes[s.start:s.end]) + "]]" + string(runes[s.end:to])
	return strings.ReplaceAll(c, "\n", " / ")
}
