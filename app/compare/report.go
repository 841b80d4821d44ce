package compare

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode"

	"slant/app"
)

// snippetMax is the most characters of a passage the text report shows.
const snippetMax = 110

// snippet returns text[r] on one line, cut to at most max runes.
func snippet(text string, r Range, max int) string {
	s := strings.Join(strings.FieldsFunc(text[r.Start:r.End], unicode.IsSpace), " ")
	if rs := []rune(s); len(rs) > max {
		s = string(rs[:max-1]) + "…"
	}
	return s
}

// summary says in words what a diff changed: "moved: could; removed: …".
func summary(ops []DiffOp) string {
	var parts []string
	for _, kind := range [...]struct {
		op    Op
		label string
	}{{MovedFrom, "moved"}, {Removed, "only in A"}, {Added, "only in B"}, {Elided, "cut at an ellipsis"}} {
		var ws []string
		for _, d := range ops {
			if d.Op == kind.op {
				ws = append(ws, `"`+d.Words+`"`)
			}
		}
		if len(ws) > 0 {
			parts = append(parts, kind.label+": "+strings.Join(ws, ", "))
		}
	}
	return strings.Join(parts, "; ")
}

// render writes a diff as one line: shared words plain (long runs cut),
// [-A only-], {+B only+}, [moved →] where A had a word and [→ moved] where
// B has it, [cut: …] for words one side left out at an ellipsis.
func render(ops []DiffOp) string {
	var b strings.Builder
	for k, d := range ops {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		switch d.Op {
		case Equal:
			b.WriteString(trimRun(d.Words, k > 0, k < len(ops)-1))
		case Removed:
			b.WriteString("[-" + d.Words + "-]")
		case Added:
			b.WriteString("{+" + d.Words + "+}")
		case MovedFrom:
			b.WriteString("[" + d.Words + " →]")
		case MovedTo:
			b.WriteString("[→ " + d.Words + "]")
		case Elided:
			b.WriteString("[cut: " + d.Words + "]")
		}
	}
	return b.String()
}

// trimRun shortens a long run of shared words to the words next to the
// changes around it (before says a change precedes it, after that one
// follows).
func trimRun(words string, before, after bool) string {
	ws := strings.Fields(words)
	const keep = 4
	if len(ws) <= 2*keep {
		return words
	}
	head, tail := ws[:keep], ws[len(ws)-keep:]
	switch {
	case before && after:
		return strings.Join(head, " ") + " … " + strings.Join(tail, " ")
	case before:
		return strings.Join(head, " ") + " …"
	default:
		return "… " + strings.Join(tail, " ")
	}
}

// textWriter writes a report, keeping the first error.
type textWriter struct {
	w   *bufio.Writer
	err error
}

// f writes a formatted line.
func (t *textWriter) f(format string, args ...any) {
	if t.err == nil {
		_, t.err = fmt.Fprintf(t.w, format+"\n", args...)
	}
}

// flush ends the report.
func (t *textWriter) flush() error {
	if t.err != nil {
		return t.err
	}
	return t.w.Flush()
}

// describe names a document on one line.
func describe(d DocInfo) string {
	parts := []string{fmt.Sprintf("%q", d.Title)}
	for _, s := range []string{d.Outlet, d.Date} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	return fmt.Sprintf("%s (%s, %d words)", strings.Join(parts, ", "), d.Path, d.Words)
}

// writeText writes the comparison of two documents for a reader.
func writeText(w io.Writer, r *Result, a, b *app.Document) error {
	t := &textWriter{w: bufio.NewWriter(w)}
	t.f("A: %s", describe(r.A))
	t.f("B: %s", describe(r.B))
	t.f("")
	t.f("Verdict: %s.", r.Verdict)
	if len(r.Pairs) > 0 {
		t.f("  %d passages paired (%d in the same order, %d told in a different order); %d passages only in A, %d only in B.",
			len(r.Pairs), countLevel(r.Pairs), len(r.Pairs)-countLevel(r.Pairs), countUnpaired(r.PassagesA), countUnpaired(r.PassagesB))
	}
	writeQuotes(t, r, a.Text, b.Text)
	writeParaphrases(t, r, a.Text, b.Text)
	writeFigures(t, r, a.Text, b.Text)
	writeVoices(t, r.Voices)
	writeLoaded(t, r.Loaded)
	if len(r.Pairs) > 0 {
		writeUnpaired(t, "Passages only in A", a.Text, r.PassagesA)
		writeUnpaired(t, "Passages only in B", b.Text, r.PassagesB)
	}
	return t.flush()
}

// countLevel counts the pairs shown level.
func countLevel(ps []Pair) int {
	n := 0
	for _, p := range ps {
		if p.Level {
			n++
		}
	}
	return n
}

// countUnpaired counts the passages without a partner.
func countUnpaired(ps []Passage) int {
	n := 0
	for _, p := range ps {
		if p.Pair < 0 {
			n++
		}
	}
	return n
}

// statusLabel is how the text report names a quote status.
var statusLabel = map[QuoteStatus]string{
	Identical: "identical", Partial: "partial", Altered: "ALTERED", OnlyA: "only in A", OnlyB: "only in B",
}

// writeQuotes lists the quote matches.
func writeQuotes(t *textWriter, r *Result, textA, textB string) {
	t.f("")
	t.f("Quotations (A %d, B %d)", len(r.QuotesA), len(r.QuotesB))
	for _, m := range r.Quotes {
		t.f("  %-10s %s", statusLabel[m.Status], quoteLine(r, m, textA, textB))
		if m.Status == Partial || m.Status == Altered {
			t.f("  %-10s B: %s", "", quoteText(textB, r.QuotesB[m.B]))
		}
		if m.Status == Partial {
			t.f("  %-10s both carry: %s", "", snippet(textA, m.SharedA, snippetMax))
		}
		if m.Status == Altered {
			t.f("  %-10s diff: %s", "", render(m.Diff))
			t.f("  %-10s (%s)", "", summary(m.Diff))
		}
		if m.Status == Partial || m.Status == Altered {
			writeBeyond(t, "A", textA, r.QuotesA[m.A].Range, m.SharedA)
			writeBeyond(t, "B", textB, r.QuotesB[m.B].Range, m.SharedB)
		}
		if m.SpeakerDiffers {
			t.f("  %-10s ! the same words, different speakers: %s in A, %s in B", "", r.QuotesA[m.A].Speaker, r.QuotesB[m.B].Speaker)
		}
	}
}

// writeParaphrases lists the quotations one document carries in quotation
// marks and the other in its own voice, with how the other presents them.
func writeParaphrases(t *textWriter, r *Result, textA, textB string) {
	notQuoted, alsoQuoted := r.ParaphrasedQuotes()
	t.f("")
	t.f("Paraphrased: what one quotes and the other says in its own words (%d; quotations the other never quotes: %d, quotes too: %d)",
		len(r.Paraphrases), notQuoted, alsoQuoted)
	if len(r.Paraphrases) == 0 {
		t.f("  none found")
	}
	for _, p := range r.Paraphrases {
		quoted, other, qn, on := textA, textB, "A", "B"
		if p.Quoted == SideB {
			quoted, other, qn, on = textB, textA, "B", "A"
		}
		t.f("  %s quotes: %s", qn, quoteText(quoted, r.QuoteOf(p)))
		t.f("    %s %s: %s", on, p.Presentation(), snippet(other, p.Sentence, 2*snippetMax))
		t.f("    shared words: %s (score %.2f)", wordList(other, p.Words), p.Score)
	}
}

// wordList joins the words of text at rs.
func wordList(text string, rs []Range) string {
	ws := make([]string, len(rs))
	for i, w := range rs {
		ws[i] = text[w.Start:w.End]
	}
	return strings.Join(ws, ", ")
}

// writeBeyond notes the words of a quotation q outside the stretch both
// versions share: what one outlet quoted and the other did not.
func writeBeyond(t *textWriter, name, text string, q, shared Range) {
	var parts []string
	for _, r := range [2]Range{{q.Start, shared.Start}, {shared.End, q.End}} {
		if ws := words(text, r); len(ws) > 0 {
			parts = append(parts, snippet(text, Range{ws[0].Start, ws[len(ws)-1].End}, snippetMax/2))
		}
	}
	if len(parts) > 0 {
		t.f("  %-10s only %s quotes: %s", "", name, strings.Join(parts, " … "))
	}
}

// quoteLine is the first line of a quote match: A's version, or B's.
func quoteLine(r *Result, m QuoteMatch, textA, textB string) string {
	if m.A < 0 {
		return quoteText(textB, r.QuotesB[m.B])
	}
	if m.B < 0 {
		return quoteText(textA, r.QuotesA[m.A])
	}
	return "A: " + quoteText(textA, r.QuotesA[m.A])
}

// quoteText shows a quotation and its speaker.
func quoteText(text string, q Quote) string {
	s := snippet(text, q.Range, snippetMax)
	if q.Speaker != "" {
		s += " — " + q.Speaker
	}
	return s
}

// figureLabel is how the text report names a figure status.
var figureLabel = map[FigureStatus]string{Agree: "both report", Disagree: "DISAGREE", Vague: "vague/exact"}

// writeFigures lists figure agreements and disagreements.
func writeFigures(t *textWriter, r *Result, textA, textB string) {
	t.f("")
	t.f("Figures (A %d, B %d)", len(r.FiguresA), len(r.FiguresB))
	switch {
	case !r.SameEvent && len(r.Figures) == 0:
		t.f("  not compared: different events")
	case len(r.Figures) == 0:
		t.f("  none about the same thing found")
	}
	for _, m := range r.Figures {
		label := figureLabel[m.Status]
		fa, fb := r.FiguresA[m.A], r.FiguresB[m.B]
		t.f("  %-11s A: %s %s — %s", label, textA[fa.Start:fa.End], fa.Unit, snippet(sentenceText(textA, fa.Start), Range{0, len(sentenceText(textA, fa.Start))}, snippetMax))
		t.f("  %-11s B: %s %s — %s", "", textB[fb.Start:fb.End], fb.Unit, snippet(sentenceText(textB, fb.Start), Range{0, len(sentenceText(textB, fb.Start))}, snippetMax))
	}
}

// writeVoices lists who speaks and who is mentioned.
func writeVoices(t *textWriter, v Voices) {
	t.f("")
	t.f("Voices: share of each document's quoted words")
	t.f("  %-28s %16s %16s", "speaker", "A quotes words", "B quotes words")
	for _, s := range v.Speakers {
		name := s.Speaker
		if name == "" {
			name = "(unattributed)"
		}
		t.f("  %-28s %3d %4d %5.0f%% %3d %4d %5.0f%%", name, s.QuotesA, s.WordsA, 100*s.ShareA, s.QuotesB, s.WordsB, 100*s.ShareB)
	}
	t.f("  quoted only in A: %s", list(v.VoicesOnlyA))
	t.f("  quoted only in B: %s", list(v.VoicesOnlyB))
	t.f("Actors: mentions in A / B")
	for _, a := range v.Actors {
		t.f("  %-28s %-12s %3d %3d", a.Actor, a.Type, a.A, a.B)
	}
	t.f("  mentioned only in A: %s", list(v.ActorsOnlyA))
	t.f("  mentioned only in B: %s", list(v.ActorsOnlyB))
}

// writeLoaded lists the loaded terms.
func writeLoaded(t *textWriter, l Loaded) {
	t.f("")
	t.f("Loaded terms")
	for _, s := range [...]struct {
		name string
		r    LoadedRate
	}{{"A", l.A}, {"B", l.B}} {
		t.f("  %s: %d in its own voice (%.1f per 1,000 words), %d inside quotations (%.1f per 1,000)", s.name, s.r.Own, s.r.OwnPer1000, s.r.Quoted, s.r.QuotedPer1000)
	}
	t.f("  %-24s %9s %9s  %s", "term", "A own/qu", "B own/qu", "neutral")
	for _, x := range l.Terms {
		t.f("  %-24s %4d/%-4d %4d/%-4d  %s", x.Term, x.OwnA, x.QuotedA, x.OwnB, x.QuotedB, x.Neutral)
	}
	t.f("  used only by A: %s", list(l.OnlyA))
	t.f("  used only by B: %s", list(l.OnlyB))
}

// writeUnpaired lists the passages without a partner.
func writeUnpaired(t *textWriter, title, text string, ps []Passage) {
	t.f("")
	t.f("%s", title)
	for _, p := range ps {
		if p.Pair < 0 {
			t.f("  - %s", snippet(text, p.Range, snippetMax))
		}
	}
}

// list joins names, or says "none".
func list(xs []string) string {
	if len(xs) == 0 {
		return "none"
	}
	return strings.Join(xs, ", ")
}

// matrixMark is how the matrix shows a status.
var matrixMark = map[QuoteStatus]string{
	"": "·", Reference: "ref", Identical: "=", Partial: "part", Altered: "ALTERED",
}

// writeSimilarities writes the matrix of pairwise similarities.
func writeSimilarities(t *textWriter, sim [][]float64) {
	t.f("")
	t.f("Similarity (same event at %.2f or more)", SameEventMin)
	for i, row := range sim {
		cells := make([]string, len(row))
		for j, s := range row {
			cells[j] = fmt.Sprintf("%5.2f", s)
		}
		t.f("  %d: %s", i+1, strings.Join(cells, " "))
	}
}

// writeMatrixText writes the matrix of three or more documents.
func writeMatrixText(w io.Writer, m *Matrix, docs []*app.Document) error {
	t := &textWriter{w: bufio.NewWriter(w)}
	for i, d := range m.Docs {
		t.f("%d: %s", i+1, describe(d))
	}
	writeSimilarities(t, m.Similarity)
	t.f("")
	t.f("Quotations carried by two or more (ref = the longest version, the yardstick; = identical; part = a part of it; ALTERED = words changed)")
	for _, row := range m.Rows {
		marks := make([]string, len(row.Cells))
		for d, c := range row.Cells {
			marks[d] = fmt.Sprintf("%d:%-7s", d+1, matrixMark[c.Status])
		}
		ref := m.Quotes[row.Doc][row.Quote]
		warn := ""
		if row.SpeakerDiffers {
			warn = "  ! speakers differ"
		}
		t.f("  %s %s%s", strings.Join(marks, " "), quoteText(docs[row.Doc].Text, ref), warn)
	}
	singles := make([]string, len(m.Single))
	for d, n := range m.Single {
		singles[d] = fmt.Sprintf("%d: %d", d+1, n)
	}
	t.f("Quotations only one document carries: %s", strings.Join(singles, ", "))
	return t.flush()
}
