package export

import (
	"strconv"

	"slant/app"
	"slant/highlight"
)

// Table type: size and line height of cells, in points.
const (
	cellSize = 9.0
	cellLine = 12.0
	cellPad  = 3.0
)

// summary draws the summary page(s): counts per kind, then a table for
// each visible kind.
func (p *pdfDoc) summary(s Summary) {
	p.addPage()
	p.heading("Summary", 15)
	p.counts(s)
	if !p.opt.Hide[highlight.Quote] {
		p.section("Who is quoted", []string{"Speaker", "Quotes", "Words quoted"}, []float64{0.6, 0.2, 0.2}, speakerRows(s.Speakers))
	}
	if !p.opt.Hide[highlight.Figure] {
		p.section("Figures", []string{"As written", "Value", "Unit"}, []float64{0.5, 0.3, 0.2}, figureRows(s.Figures))
	}
	if !p.opt.Hide[highlight.Actor] {
		p.section("Actors", []string{"Actor", "Type", "Mentions"}, []float64{0.6, 0.2, 0.2}, actorRows(s.Actors))
	}
	if !p.opt.Hide[highlight.Loaded] {
		p.section("Loaded terms", loadedHeads, []float64{0.24, 0.22, 0.30, 0.12, 0.12}, loadedRows(s.Loaded))
	}
}

// heading writes a bold heading and moves below it.
func (p *pdfDoc) heading(s string, size float64) {
	p.setFont("B", size)
	p.setText(inkBlack)
	p.f.Text(margin, p.y+size, s)
	p.y += size * 1.9
}

// counts lists each visible kind (drawn as in the text) with its count.
func (p *pdfDoc) counts(s Summary) {
	for _, k := range p.kinds {
		y := p.y + 12
		p.legendEntry(margin, y, k, 10)
		p.setFont("B", 10)
		p.setText(inkBlack)
		n := strconv.Itoa(s.Counts[k])
		p.f.Text(margin+170-p.f.GetStringWidth(n), y, n)
		p.grey(margin+190, y, 9, cueNames[app.StyleOf(k).Cue])
		p.y += 19
	}
	p.y += 8
}

// section draws a heading and a table, or a line saying there is nothing.
func (p *pdfDoc) section(title string, heads []string, fr []float64, rows [][]string) {
	if p.y+60 > p.bottom() {
		p.addPage()
	}
	p.heading(title, 12)
	if len(rows) == 0 {
		p.grey(margin, p.y+4, cellSize, "None found.")
		p.y += 22
		return
	}
	p.table(heads, fr, rows)
	p.y += 14
}

// table draws rows under a header row; fr gives each column's share of
// the text width. Cells wrap; a row that does not fit starts a new page,
// which repeats the header.
func (p *pdfDoc) table(heads []string, fr []float64, rows [][]string) {
	ws := make([]float64, len(fr))
	for i, f := range fr {
		ws[i] = f * (p.pageW - 2*margin)
	}
	p.tableRow(heads, ws, true)
	for _, r := range rows {
		if p.y+p.rowHeight(r, ws) > p.bottom() {
			p.addPage()
			p.tableRow(heads, ws, true)
		}
		p.tableRow(r, ws, false)
	}
}

// rowHeight is the height row needs in columns of widths ws.
func (p *pdfDoc) rowHeight(row []string, ws []float64) float64 {
	p.setFont("", cellSize)
	n := 1
	for i, c := range row {
		n = max(n, len(p.f.SplitText(Display(c), ws[i]-2*cellPad)))
	}
	return float64(n)*cellLine + 2*cellPad
}

// tableRow draws one row, shaded and bold when it is the header.
func (p *pdfDoc) tableRow(row []string, ws []float64, head bool) {
	h := p.rowHeight(row, ws)
	face := ""
	if head {
		face = "B"
		p.setFill(headFill)
		p.f.Rect(margin, p.y, p.pageW-2*margin, h, "F")
	}
	x := margin
	for i, c := range row {
		p.setFont(face, cellSize)
		p.setText(inkBlack)
		for j, ln := range p.f.SplitText(Display(c), ws[i]-2*cellPad) {
			p.f.Text(x+cellPad, p.y+cellPad+float64(j)*cellLine+cellSize, ln)
		}
		x += ws[i]
	}
	p.y += h
	p.rule(p.y)
}

func speakerRows(ss []SpeakerStat) [][]string {
	rows := make([][]string, 0, len(ss))
	for _, s := range ss {
		name := s.Name
		if name == "" {
			name = "(not attributed)"
		}
		rows = append(rows, []string{name, strconv.Itoa(s.Quotes), strconv.Itoa(s.Words)})
	}
	return rows
}

func figureRows(fs []FigureRow) [][]string {
	rows := make([][]string, 0, len(fs))
	for _, f := range fs {
		v := "—"
		if f.HasValue {
			v = formatValue(f.Value, f.Unit)
		}
		rows = append(rows, []string{f.Text, v, f.Unit})
	}
	return rows
}

func actorRows(as []ActorStat) [][]string {
	rows := make([][]string, 0, len(as))
	for _, a := range as {
		rows = append(rows, []string{a.Name, a.Type, strconv.Itoa(a.Mentions)})
	}
	return rows
}

// loadedHeads head the loaded-terms table.
var loadedHeads = []string{"Term", "Category", "Neutral alternative", "Own voice", "In quotes"}

func loadedRows(ls []LoadedRow) [][]string {
	rows := make([][]string, 0, len(ls))
	for _, l := range ls {
		rows = append(rows, []string{l.Text, l.Category, l.Neutral, strconv.Itoa(l.Own), strconv.Itoa(l.Quoted)})
	}
	return rows
}
