package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"slant/highlight"
)

// The quotes task scores the quote detector on PolNeAR (polnear/dev) as
// ../shared/eval/README.md says: a gold quote is the stretch from the first
// to the last double quotation mark inside an attribution's Content; a
// predicted quote matches a gold one when each covers at least half of the
// other; predicted quotes under four words are not counted against
// precision; a speaker is right when the predicted speaker mention overlaps
// the gold Source. SLANT_POLNEAR_SPLIT=train scores another split,
// SLANT_QUOTES_DEBUG=1 lists each false, missed and wrongly attributed
// quote with its cause and counts the causes, and SLANT_QUOTES_DUMP=file writes every article's predicted and
// gold quotes as JSON lines for analysis.
func init() {
	register(task{name: "quotes", order: 2, run: runQuotes})
}

// quoteTarget is the F1 the quote detector must reach, with speakerTarget
// the share of matched quotes whose speaker is right.
const (
	quoteTarget   = 0.95
	speakerTarget = 0.85
)

// goldQuote is one gold quotation in byte offsets, with its Source ranges.
type goldQuote struct {
	start, end int
	source     [][2]int
}

// quoteTally accumulates the counts behind precision, recall and speaker
// accuracy over a set of articles.
type quoteTally struct {
	predCounted, predRight  int
	gold, goldFound         int
	speakerAsked, speakerOK int
}

func runQuotes(dir string) (result, error) {
	split := filepath.Join(dir, "polnear", "dev")
	if d := os.Getenv("SLANT_POLNEAR_SPLIT"); d != "" {
		split = filepath.Join(dir, "polnear", d)
	}
	arts, err := polnearArticles(split)
	if err != nil {
		return result{}, err
	}
	var t quoteTally
	begin := time.Now()
	for _, art := range arts {
		text, gold, err := readPolnear(split, art)
		if err != nil {
			return result{}, err
		}
		pred := quoteSpans(highlight.Analyze(text))
		t.add(text, pred, gold)
		if quoteDebug {
			explainQuotes(art, text, pred, gold)
		}
		if quoteDump != nil {
			dumpQuotes(quoteDump, art, text, pred, gold)
		}
	}
	if quoteDebug {
		printQuoteCauses()
	}
	r := t.result()
	r.Docs, r.Elapsed = len(arts), time.Since(begin)
	return r, nil
}

// quoteDump, when SLANT_QUOTES_DUMP names a file, receives one JSON line
// per article (text, predicted and gold quotes in byte offsets) for
// analysis outside the scorer.
var quoteDump = func() *json.Encoder {
	name := os.Getenv("SLANT_QUOTES_DUMP")
	if name == "" {
		return nil
	}
	f, err := os.Create(name)
	if err != nil {
		fmt.Fprintln(os.Stderr, "eval:", err)
		return nil
	}
	return json.NewEncoder(f)
}()

// dumpQuotes writes one article's quotes to enc.
func dumpQuotes(enc *json.Encoder, art, text string, pred []highlight.Span, gold []goldQuote) {
	type pq struct{ Start, End, SpeakerStart, SpeakerEnd int }
	type gq struct {
		Start, End int
		Source     [][2]int
	}
	rec := struct {
		Art, Text string
		Pred      []pq
		Gold      []gq
	}{Art: art, Text: text}
	for _, p := range pred {
		rec.Pred = append(rec.Pred, pq{p.Start, p.End, p.SpeakerStart, p.SpeakerEnd})
	}
	for _, g := range gold {
		rec.Gold = append(rec.Gold, gq{g.start, g.end, g.source})
	}
	if err := enc.Encode(rec); err != nil {
		fmt.Fprintln(os.Stderr, "eval:", err)
	}
}

// quoteDebug prints each article's errors (SLANT_QUOTES_DEBUG=1).
var quoteDebug = os.Getenv("SLANT_QUOTES_DEBUG") != ""

// explainQuotes prints the false quotes, the missed quotes and the wrong
// speakers of one article, each with its cause (see quoteCause), and
// counts the causes for printQuoteCauses.
func explainQuotes(art, text string, pred []highlight.Span, gold []goldQuote) {
	for _, p := range pred {
		if highlight.IsShortQuote(text, p) {
			continue
		}
		if !slices.ContainsFunc(gold, func(g goldQuote) bool { return quotesMatch(p.Start, p.End, g.start, g.end) }) {
			cause := quoteCause(p.Start, p.End, goldRanges(gold))
			quoteCauses["FP "+cause]++
			fmt.Printf("FP   %-6s %s %q\n", cause, art, clip(p.Text(text)))
		}
	}
	for _, g := range gold {
		p, ok := matchingQuote(pred, g)
		switch {
		case !ok:
			cause := quoteCause(g.start, g.end, predRanges(pred))
			quoteCauses["MISS "+cause]++
			fmt.Printf("MISS %-6s %s %q\n", cause, art, clip(text[g.start:g.end]))
		case len(g.source) > 0 && !speakerRight(p, g):
			got, cause := "", "none"
			if p.Attributed() {
				got, cause = text[p.SpeakerStart:p.SpeakerEnd], "wrong"
			}
			quoteCauses["SPKR "+cause]++
			fmt.Printf("SPKR %-6s %s %q got %q want %q\n", cause, art, clip(text[g.start:g.end]), got, text[g.source[0][0]:max(g.source[0][0], g.source[0][1])])
		}
	}
}

// quoteCauses counts the debug lines by kind and cause.
var quoteCauses = map[string]int{}

// quoteCause tells why the quote [a,b) matched nothing among others (the
// other side's quotes): "none" overlaps it, "part" means one larger quote
// overlaps it (it is part of a quotation the other side joined), "whole"
// means one smaller quote does (it joins what the other side keeps
// apart), "split" means several overlap it.
func quoteCause(a, b int, others [][2]int) string {
	n, size := 0, 0
	for _, o := range others {
		if overlap(a, b, o[0], o[1]) > 0 {
			n++
			size = o[1] - o[0]
		}
	}
	switch {
	case n == 0:
		return "none"
	case n > 1:
		return "split"
	case size > b-a:
		return "part"
	}
	return "whole"
}

// goldRanges returns the byte ranges of gold quotes.
func goldRanges(gold []goldQuote) [][2]int {
	out := make([][2]int, len(gold))
	for i, g := range gold {
		out[i] = [2]int{g.start, g.end}
	}
	return out
}

// predRanges returns the byte ranges of predicted quotes.
func predRanges(pred []highlight.Span) [][2]int {
	out := make([][2]int, len(pred))
	for i, p := range pred {
		out[i] = [2]int{p.Start, p.End}
	}
	return out
}

// printQuoteCauses prints how many debug lines each kind and cause had.
func printQuoteCauses() {
	keys := make([]string, 0, len(quoteCauses))
	for k := range quoteCauses {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("CAUSE %-11s %d\n", k, quoteCauses[k])
	}
}

// clip shortens s for a debug line.
func clip(s string) string {
	if len(s) <= 160 {
		return s
	}
	return s[:80] + " … " + s[len(s)-70:]
}

// quoteSpans keeps the quote spans of spans.
func quoteSpans(spans []highlight.Span) []highlight.Span {
	var out []highlight.Span
	for _, s := range spans {
		if s.Kind == highlight.Quote {
			out = append(out, s)
		}
	}
	return out
}

// result turns the tally into the task's result.
func (t *quoteTally) result() result {
	p, r, f := prf(float64(t.predRight), float64(t.predCounted), float64(t.goldFound), float64(t.gold))
	sp := 0.0
	if t.speakerAsked > 0 {
		sp = float64(t.speakerOK) / float64(t.speakerAsked)
	}
	return result{
		Precision: p, Recall: r, F1: f,
		Extra:  fmt.Sprintf("speaker %.2f (%d/%d)", sp, t.speakerOK, t.speakerAsked),
		Target: quoteTarget,
		Peer:   "compromise 0.69, no speakers",
		Met:    f >= quoteTarget && sp >= speakerTarget,
	}
}

// add scores one article's predictions against its gold quotes.
func (t *quoteTally) add(text string, pred []highlight.Span, gold []goldQuote) {
	for _, p := range pred {
		if highlight.IsShortQuote(text, p) {
			continue
		}
		t.predCounted++
		for _, g := range gold {
			if quotesMatch(p.Start, p.End, g.start, g.end) {
				t.predRight++
				break
			}
		}
	}
	for _, g := range gold {
		t.gold++
		p, ok := matchingQuote(pred, g)
		if !ok {
			continue
		}
		t.goldFound++
		if len(g.source) == 0 {
			continue
		}
		t.speakerAsked++
		if speakerRight(p, g) {
			t.speakerOK++
		}
	}
}

// matchingQuote returns the predicted quote that matches g best (the one
// overlapping it most).
func matchingQuote(pred []highlight.Span, g goldQuote) (highlight.Span, bool) {
	var best highlight.Span
	bestOv := 0
	for _, p := range pred {
		if ov := overlap(p.Start, p.End, g.start, g.end); ov > bestOv && quotesMatch(p.Start, p.End, g.start, g.end) {
			best, bestOv = p, ov
		}
	}
	return best, bestOv > 0
}

// speakerRight reports whether p's speaker mention overlaps g's Source.
func speakerRight(p highlight.Span, g goldQuote) bool {
	if !p.Attributed() {
		return false
	}
	for _, s := range g.source {
		if overlap(p.SpeakerStart, p.SpeakerEnd, s[0], s[1]) > 0 {
			return true
		}
	}
	return false
}

// quotesMatch reports whether [a0,a1) and [b0,b1) each cover at least half
// of the other.
func quotesMatch(a0, a1, b0, b1 int) bool {
	ov := overlap(a0, a1, b0, b1)
	return ov > 0 && 2*ov >= a1-a0 && 2*ov >= b1-b0
}

// overlap is the length of the intersection of [a0,a1) and [b0,b1).
func overlap(a0, a1, b0, b1 int) int {
	lo, hi := max(a0, b0), min(a1, b1)
	return max(0, hi-lo)
}

// polnearArticles lists the annotated articles of a split, each with the
// first of its annotation files by name (one annotator per article).
func polnearArticles(split string) ([]string, error) {
	files, err := filepath.Glob(filepath.Join(split, "attributions", "*.ann"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("no annotation files under %s", split)
	}
	sort.Strings(files)
	var out []string
	seen := map[string]bool{}
	for _, f := range files {
		base := strings.TrimSuffix(filepath.Base(f), ".ann")
		i := strings.LastIndexByte(base, '_')
		if i < 0 || seen[base[:i]] {
			continue
		}
		seen[base[:i]] = true
		out = append(out, base)
	}
	return out, nil
}

// readPolnear reads one article's text and its gold quotes; ann is the
// annotation file's base name, "<article>_<annotator>".
func readPolnear(split, ann string) (string, []goldQuote, error) {
	article := ann[:strings.LastIndexByte(ann, '_')]
	raw, err := os.ReadFile(filepath.Join(split, "text", article+".txt"))
	if err != nil {
		return "", nil, err
	}
	text := string(raw)
	f, err := os.Open(filepath.Join(split, "attributions", ann+".ann"))
	if err != nil {
		return "", nil, err
	}
	defer f.Close()
	ts, es, err := parseBrat(f)
	if err != nil {
		return "", nil, fmt.Errorf("%s: %w", ann, err)
	}
	return text, goldQuotes(text, ts, es), nil
}

// bratText is a text-bound annotation: its label and code-point ranges.
type bratText struct {
	label string
	segs  [][2]int
}

// parseBrat reads the T and E lines of a brat standoff file. Lines that
// are neither (notes, or the continuation of a T line's multi-line text)
// are skipped.
func parseBrat(f *os.File) (map[string]bratText, []map[string]string, error) {
	ts := map[string]bratText{}
	var es []map[string]string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		fields := strings.Split(sc.Text(), "\t")
		if len(fields) < 2 || len(fields[0]) < 2 {
			continue
		}
		switch fields[0][0] {
		case 'T':
			if t, ok := parseBratText(fields[1]); ok {
				ts[fields[0]] = t
			}
		case 'E':
			es = append(es, parseBratEvent(fields[1]))
		}
	}
	return ts, es, sc.Err()
}

// parseBratText parses "Label 12 30;35 40".
func parseBratText(s string) (bratText, bool) {
	label, rest, ok := strings.Cut(s, " ")
	if !ok {
		return bratText{}, false
	}
	t := bratText{label: label}
	for _, seg := range strings.Split(rest, ";") {
		a, b, ok := strings.Cut(seg, " ")
		i, err1 := strconv.Atoi(a)
		j, err2 := strconv.Atoi(b)
		if !ok || err1 != nil || err2 != nil {
			return bratText{}, false
		}
		t.segs = append(t.segs, [2]int{i, j})
	}
	return t, true
}

// parseBratEvent parses "Attribution:T4 Content:T3 Cue:T2 Source:T1".
func parseBratEvent(s string) map[string]string {
	e := map[string]string{}
	for _, arg := range strings.Fields(s) {
		if role, id, ok := strings.Cut(arg, ":"); ok {
			e[role] = id
		}
	}
	return e
}

// goldQuotes turns attributions into gold quotes in byte offsets.
func goldQuotes(text string, ts map[string]bratText, es []map[string]string) []goldQuote {
	bytePos := runeOffsets(text)
	toBytes := func(seg [2]int) [2]int {
		clamp := func(i int) int { return bytePos[min(max(i, 0), len(bytePos)-1)] }
		return [2]int{clamp(seg[0]), clamp(seg[1])}
	}
	var out []goldQuote
	for _, e := range es {
		content, ok := ts[e["Content"]]
		if !ok {
			continue
		}
		first, last := -1, -1
		for _, seg := range content.segs {
			b := toBytes(seg)
			for i, r := range text[b[0]:b[1]] {
				if isDoubleMark(r) {
					if at := b[0] + i; first < 0 || at < first {
						first = at
					}
					last = max(last, b[0]+i+utf8.RuneLen(r))
				}
			}
		}
		if first < 0 {
			continue
		}
		g := goldQuote{start: first, end: last}
		if src, ok := ts[e["Source"]]; ok {
			for _, seg := range src.segs {
				g.source = append(g.source, toBytes(seg))
			}
		}
		out = append(out, g)
	}
	return out
}

// isDoubleMark reports whether r is a double quotation mark.
func isDoubleMark(r rune) bool {
	switch r {
	case '"', '“', '”', '„', '‟', '«', '»':
		return true
	}
	return false
}

// runeOffsets maps each code-point index of text (and its end) to a byte
// offset.
func runeOffsets(text string) []int {
	out := make([]int, 0, len(text)+1)
	for i := range text {
		out = append(out, i)
	}
	return append(out, len(text))
}
