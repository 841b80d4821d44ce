package export

import (
	"io"
	"strconv"
	"strings"

	"slant/app"
	"slant/app/compare"
	"slant/highlight"
)

// Comparison layout, in points.
const (
	columnGap   = 30.0
	compareSize = 9.5
)

var compareStyle = textStyle{"", compareSize}

// WriteComparePDF compares a and b (compare.Compare with default options)
// and writes the comparison PDF (see WriteComparisonPDF).
func WriteComparePDF(w io.Writer, a, b *app.Document, opt Options) error {
	return WriteComparisonPDF(w, a, b, compare.Compare(a, b, compare.Options{}), opt)
}

// WriteComparisonPDF writes r, the comparison of a and b, as a PDF: both
// accounts in two columns, passages that say the same thing side by side,
// with their highlights, matched quotations numbered and tagged (= same
// words, ≈ altered, ⊂ partial) and disagreeing figures boxed; then the
// comparison's summary.
func WriteComparisonPDF(w io.Writer, a, b *app.Document, r *compare.Result, opt Options) error {
	p, err := renderComparison(a, b, r, opt)
	if err != nil {
		return err
	}
	return p.f.Output(w)
}

// renderComparison draws the comparison into a new PDF.
func renderComparison(a, b *app.Document, r *compare.Result, opt Options) (*pdfDoc, error) {
	opt.NoMarginLetters = true // the margins carry the comparison's tags
	head := &app.Document{Title: "Comparison: " + firstNonEmpty(a.Title, "A") + " / " + firstNonEmpty(b.Title, "B")}
	p, err := newPDF(head, opt)
	if err != nil {
		return nil, err
	}
	colW := (p.pageW - 2*margin - columnGap) / 2
	sides := [2]*article{newArticle(p, a), newArticle(p, b)}
	for i, s := range sides {
		s.marks = marksFor(r, compare.Side(i))
		s.marks.labelX = margin + float64(i)*(colW+columnGap) - 3
	}
	p.addPage()
	p.compareHeader(a, b, r)
	p.columns(sides, r, colW, [2]string{sideName("A", a), sideName("B", b)})
	p.compareSummary(sides, r)
	return p, p.f.Error()
}

// sideName names a column: "A · DW".
func sideName(letter string, d *app.Document) string {
	return letter + " · " + firstNonEmpty(d.Outlet, d.Title, d.Path)
}

// compareHeader draws the title block: each account, the verdict and the
// legend.
func (p *pdfDoc) compareHeader(a, b *app.Document, r *compare.Result) {
	p.heading("Two accounts compared", 15)
	for i, d := range []*app.Document{a, b} {
		p.setFont("B", 10)
		p.setText(inkBlack)
		p.f.Text(margin, p.y+10, Clip(p.f, string(rune('A'+i))+"  "+Display(firstNonEmpty(d.Title, d.Path)), p.pageW-2*margin))
		p.y += 14
		p.meta(d)
	}
	p.setFont("", 9)
	p.setText(inkBlack)
	for _, ln := range p.f.SplitText(upperFirst(r.Verdict)+".", p.pageW-2*margin) {
		p.f.Text(margin, p.y+10, ln)
		p.y += 13
	}
	p.legend()
	p.setFont("", 7.5)
	for _, ln := range p.f.SplitText(compareKey, p.pageW-2*margin) {
		p.grey(margin, p.y+2, 7.5, ln)
		p.y += 10
	}
	p.y += 6
}

// compareKey explains the comparison's marks.
const compareKey = "Beside the text: 1= a quotation both accounts carry word for word, 2≈ one that the other alters, " +
	"3⊂ one that carries part of the other (the same number in both columns). F1≠ and a dashed box: figures that disagree."

// upperFirst capitalises the first letter of s.
func upperFirst(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	return strings.ToUpper(string(r[0])) + string(r[1:])
}

// columns draws the rows of the comparison: each row's passage of A on the
// left, of B on the right, line by line, with a rule between rows.
func (p *pdfDoc) columns(sides [2]*article, r *compare.Result, colW float64, names [2]string) {
	p.columnHeads(names, colW)
	for _, row := range compareRows(r, sides) {
		var ls [2][]lineBox
		for i, s := range sides {
			if row[i][1] > row[i][0] {
				ls[i] = s.layout(row[i], compareStyle, colW)
			}
		}
		p.drawRow(sides, ls, colW, names)
		p.setDraw(ruleGrey)
		p.f.SetLineWidth(0.3)
		p.f.Line(margin, p.y+3, p.pageW-margin, p.y+3)
		p.y += 8
	}
}

// drawRow draws two columns of lines side by side, starting a page (with
// the column heads) when a line does not fit.
func (p *pdfDoc) drawRow(sides [2]*article, ls [2][]lineBox, colW float64, names [2]string) {
	lh := compareStyle.lineH()
	for i := 0; i < max(len(ls[0]), len(ls[1])); i++ {
		if p.y+lh > p.bottom() {
			p.addPage()
			p.columnHeads(names, colW)
		}
		for c := range 2 {
			if i < len(ls[c]) {
				sides[c].drawLine(lineBox{ls[c][i].parts, compareStyle, 0}, margin+float64(c)*(colW+columnGap), p.y)
			}
		}
		p.y += lh
	}
}

// columnHeads names the two columns.
func (p *pdfDoc) columnHeads(names [2]string, colW float64) {
	p.setFont("B", 9)
	p.setText(inkGrey)
	for c, n := range names {
		p.f.Text(margin+float64(c)*(colW+columnGap), p.y+9, Clip(p.f, Display(n), colW))
	}
	p.y += 13
	p.rule(p.y)
	p.y += 4
}

// compareRows returns, for each row of the two-column view, the byte
// range of A's and of B's passage (empty where a side has none). When the
// accounts were not aligned, one row holds each whole text.
func compareRows(r *compare.Result, sides [2]*article) [][2][2]int {
	if len(r.Rows) == 0 {
		return [][2][2]int{{{0, len(sides[0].text)}, {0, len(sides[1].text)}}}
	}
	out := make([][2][2]int, 0, len(r.Rows))
	for _, row := range r.Rows {
		var pr [2][2]int
		if row.A >= 0 {
			pr[0] = [2]int{r.PassagesA[row.A].Start, r.PassagesA[row.A].End}
		}
		if row.B >= 0 {
			pr[1] = [2]int{r.PassagesB[row.B].Start, r.PassagesB[row.B].End}
		}
		out = append(out, pr)
	}
	return out
}

// compareSummary draws the comparison's tables.
func (p *pdfDoc) compareSummary(sides [2]*article, r *compare.Result) {
	p.addPage()
	p.heading("Comparison summary", 15)
	sa, sb := summarize(sides[0].text, sides[0].spans), summarize(sides[1].text, sides[1].spans)
	var counts [][]string
	for _, k := range p.kinds {
		counts = append(counts, []string{app.StyleOf(k).Name, strconv.Itoa(sa.Counts[k]), strconv.Itoa(sb.Counts[k])})
	}
	p.table([]string{"Marked", "A", "B"}, []float64{0.5, 0.25, 0.25}, counts)
	p.y += 14
	if !p.opt.Hide[highlight.Quote] {
		p.section("Quotations", []string{"#", "How", "In A", "In B"}, []float64{0.06, 0.14, 0.4, 0.4}, quoteMatchRows(r, sides))
		p.section("Who speaks", []string{"Speaker", "Quotes A", "Words A", "Quotes B", "Words B"}, []float64{0.4, 0.15, 0.15, 0.15, 0.15}, voiceRows(r.Voices.Speakers))
	}
	if !p.opt.Hide[highlight.Figure] {
		p.section("Figures set against each other", []string{"#", "A", "B", "Verdict"}, []float64{0.08, 0.36, 0.36, 0.2}, figureMatchRows(r, sides))
	}
	if !p.opt.Hide[highlight.Actor] {
		p.section("Who is mentioned", []string{"Actor", "Type", "A", "B"}, []float64{0.5, 0.2, 0.15, 0.15}, actorCountRows(r.Voices.Actors))
	}
	if !p.opt.Hide[highlight.Loaded] {
		p.section("Loaded terms", []string{"Term", "Neutral alternative", "A own / quoted", "B own / quoted"}, []float64{0.25, 0.35, 0.2, 0.2}, loadedTermRows(r.Loaded.Terms))
	}
}

// quoteStatusNames say a quote match's status in words.
var quoteStatusNames = map[compare.QuoteStatus]string{
	compare.Identical: "same words",
	compare.Altered:   "altered",
	compare.Partial:   "partial",
	compare.OnlyA:     "only in A",
	compare.OnlyB:     "only in B",
}

func quoteMatchRows(r *compare.Result, sides [2]*article) [][]string {
	var rows [][]string
	n := 0
	for _, q := range r.Quotes {
		num := ""
		if sign, ok := quoteSigns[q.Status]; ok {
			n++
			num = strconv.Itoa(n) + sign
		}
		ta, tb := "", ""
		if q.A >= 0 {
			ta = excerpt(sides[0].text, r.QuotesA[q.A].Range)
		}
		if q.B >= 0 {
			tb = excerpt(sides[1].text, r.QuotesB[q.B].Range)
		}
		rows = append(rows, []string{num, quoteStatusNames[q.Status], ta, tb})
	}
	return rows
}

// excerpt is the text of rg, cut to about 180 bytes.
func excerpt(text string, rg compare.Range) string {
	s := text[rg.Start:rg.End]
	if len(s) > 180 {
		s = s[:runeStart(s, 180)] + "…"
	}
	return s
}

func voiceRows(vs []compare.Voice) [][]string {
	rows := make([][]string, 0, len(vs))
	for _, v := range vs {
		rows = append(rows, []string{firstNonEmpty(v.Speaker, "(not attributed)"), strconv.Itoa(v.QuotesA), strconv.Itoa(v.WordsA), strconv.Itoa(v.QuotesB), strconv.Itoa(v.WordsB)})
	}
	return rows
}

func figureMatchRows(r *compare.Result, sides [2]*article) [][]string {
	var rows [][]string
	n := 0
	for _, f := range r.Figures {
		num, verdict := "", "agree"
		if f.Status == compare.Disagree {
			n++
			num, verdict = "F"+strconv.Itoa(n)+"≠", "disagree"
		}
		rows = append(rows, []string{num, excerpt(sides[0].text, r.FiguresA[f.A].Range), excerpt(sides[1].text, r.FiguresB[f.B].Range), verdict})
	}
	return rows
}

func actorCountRows(as []compare.ActorCount) [][]string {
	rows := make([][]string, 0, len(as))
	for _, a := range as {
		rows = append(rows, []string{a.Actor, a.Type, strconv.Itoa(a.A), strconv.Itoa(a.B)})
	}
	return rows
}

func loadedTermRows(ts []compare.LoadedTerm) [][]string {
	rows := make([][]string, 0, len(ts))
	for _, t := range ts {
		rows = append(rows, []string{t.Term, t.Neutral, strconv.Itoa(t.OwnA) + " / " + strconv.Itoa(t.QuotedA), strconv.Itoa(t.OwnB) + " / " + strconv.Itoa(t.QuotedB)})
	}
	return rows
}
