package exercise

import (
	"strings"

	"slant/app"
	"slant/app/export"
	"slant/highlight"
)

// kindHints tell students what each kind is, on the worksheet.
var kindHints = [...]string{
	highlight.Quote:  "the words someone is reported to have said, and who said them",
	highlight.Figure: "counts, amounts, percentages and dates",
	highlight.Actor:  "the people, organisations and countries named",
	highlight.Loaded: "words that judge while they report, such as “regime” or “massacre”",
}

// answerHeads are the columns of each kind's answer table.
var answerHeads = [...][3]string{
	highlight.Quote:  {"Line", "The words quoted", "Who said them"},
	highlight.Figure: {"Line", "The figure", "What it counts"},
	highlight.Actor:  {"Line", "The name", "Person, organisation or place"},
	highlight.Loaded: {"Line", "The word or words", "A more neutral word"},
}

// answerColumns are the widths of the answer tables' columns, as shares
// of the text column.
var answerColumns = [3]float64{0.12, 0.52, 0.36}

// answerRows is how many blank rows each kind's table has.
const answerRows = 8

// worksheet draws the whole worksheet.
func (p *paper) worksheet(ex *Exercise) {
	p.head(ex)
	p.nameLine()
	p.findList(ex)
	for i := range ex.Articles {
		p.printArticle(ex, i, nil)
	}
	p.addPage()
	p.heading("Your answers", 14)
	for _, k := range ex.ExerciseKinds() {
		p.answerTable(k)
	}
}

// nameLine draws blanks for the student's name, class and date.
func (p *paper) nameLine() {
	p.y += 6
	base := p.y + bodySize
	x := leftMargin
	for _, f := range []struct {
		label string
		w     float64
	}{{"Name", 0.45}, {"Class", 0.18}, {"Date", 0.2}} {
		x = p.text("", bodySize, inkBlack, x, base, f.label) + 4
		end := x + f.w*p.textW() - 40
		p.setDraw(inkGrey)
		p.f.SetLineWidth(0.6)
		p.f.Line(x, base+2, end, base+2)
		x = end + 14
	}
	p.y += 2 * lineH
}

// findList names the kinds to find, each with a box to tick and a hint,
// then says how to mark them.
func (p *paper) findList(ex *Exercise) {
	p.text("B", bodySize, inkBlack, leftMargin, p.y+bodySize, "Find and mark:")
	p.y += lineH
	var letters []string
	for _, k := range ex.ExerciseKinds() {
		st := app.StyleOf(k)
		letters = append(letters, st.Letter)
		base := p.y + bodySize
		p.setDraw(inkBlack)
		p.f.SetLineWidth(0.6)
		p.f.Rect(leftMargin+2, base-8, 8, 8, "D")
		x := p.text("B", bodySize, inkBlack, leftMargin+18, base, st.Name+" ("+st.Letter+")")
		p.setFont("", bodySize)
		p.text("", bodySize, inkBlack, x, base, export.Clip(p.f, " — "+kindHints[k], p.pageW-rightMargin-x))
		p.y += lineH
	}
	p.y += 4
	p.paragraph("", 9.5, inkGrey, "Underline each one in the text and write its letter ("+
		strings.Join(letters, ", ")+") in the margin beside the line. Then list them in the tables at the end, "+
		"with the line number.")
	p.y += 4
	p.rule(p.y)
	p.y += 6
}

// answerTable draws kind k's ruled table of blank rows.
func (p *paper) answerTable(k highlight.Kind) {
	const rowH = 21.0
	st := app.StyleOf(k)
	p.ensure(rowH*(answerRows+1) + 40)
	p.heading(st.Name+" ("+st.Letter+")", 11.5)
	ws := p.columns()
	p.row(answerHeads[k][:], ws, rowH, true)
	for range answerRows {
		p.row(nil, ws, rowH, false)
	}
	p.y += 8
}

// columns returns the answer tables' column widths in points.
func (p *paper) columns() []float64 {
	ws := make([]float64, len(answerColumns))
	for i, f := range answerColumns {
		ws[i] = f * p.textW()
	}
	return ws
}

// row draws one table row of height h: cells with ruled borders and, for
// a heading row, a grey fill and bold labels.
func (p *paper) row(cells []string, ws []float64, h float64, head bool) {
	x := leftMargin
	p.setDraw(ruleGrey)
	p.f.SetLineWidth(0.5)
	for i, w := range ws {
		style := "D"
		if head {
			p.setFill(color8(0xEE))
			style = "FD"
		}
		p.f.Rect(x, p.y, w, h, style)
		if i < len(cells) {
			p.setFont("B", 8.5)
			p.text("B", 8.5, inkBlack, x+4, p.y+h*0.65, export.Clip(p.f, cells[i], w-8))
		}
		x += w
	}
	p.y += h
}
