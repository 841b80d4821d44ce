package exercise

import (
	"fmt"
	"image/color"
	"strings"

	"slant/app"
	"slant/app/export"
	"slant/highlight"
)

// answerKey draws the whole answer key.
func (p *paper) answerKey(ex *Exercise) {
	p.head(ex)
	p.keyLegend(ex)
	lines := make([][]textLine, len(ex.Articles))
	for i, a := range ex.Articles {
		lines[i] = p.layout(a.Text)
		marks := asked(ex, a.Key)
		p.printArticle(ex, i, func(ln textLine, base float64) { p.highlightLine(a.Text, ln, base, marks) })
	}
	p.addPage()
	p.heading("The key, kind by kind", 14)
	for _, k := range ex.ExerciseKinds() {
		p.keyList(ex, k, lines)
	}
}

// asked returns the key marks of the kinds the exercise asks for.
func asked(ex *Exercise, key []Mark) []Mark {
	var out []Mark
	for _, m := range key {
		if k, ok := highlight.ParseKind(m.Kind); ok && ex.Asks(k) {
			out = append(out, m)
		}
	}
	return out
}

// keyLegend shows how each kind is highlighted and how many the key holds.
func (p *paper) keyLegend(ex *Exercise) {
	base := p.y + 12
	x := leftMargin
	for _, k := range ex.ExerciseKinds() {
		n := 0
		for i, a := range ex.Articles {
			n += len(marksOf(a.Key, i, k.String()))
		}
		st := app.StyleOf(k)
		p.setFont("", 9)
		w := p.f.GetStringWidth(st.Name)
		p.band(x, x+w, base, 9, 0, st.Light)
		export.DrawCue(p.f, st, x, x+w, base, 9)
		x = p.text("", 9, inkBlack, x, base, st.Name)
		x = p.text("B", 7, st.Ink, x+2, base-4, st.Letter)
		x = p.text("", 8.5, inkGrey, x+4, base, fmt.Sprintf("%d in the key", n)) + 18
	}
	p.y = base + 8
	p.paragraph("", 8.5, inkGrey, "Lines are numbered as on the worksheet printed on the same paper size; "+
		"the letters in the right margin name the kinds a line holds.")
	p.rule(p.y + 2)
	p.y += 8
}

// highlightLine paints the key marks on line ln (baseline base) as the
// export does: a background band per mark, shorter for a mark inside a
// longer one, its kind's underline, and kind letters in the right margin.
func (p *paper) highlightLine(text string, ln textLine, base float64, marks []Mark) {
	p.setFont("", bodySize)
	var letters []string
	for _, m := range sortedByLength(marks) {
		s, e := max(m.Start, ln.start), min(m.End, ln.end)
		if s >= e {
			continue
		}
		st := app.StyleOf(KindOf(m))
		x0 := leftMargin + p.width(text[ln.start:s])
		x1 := leftMargin + p.width(text[ln.start:e])
		p.band(x0, x1, base, bodySize, nesting(m, marks), st.Light)
		export.DrawCue(p.f, st, x0, x1, base, bodySize)
		if !strings.Contains(strings.Join(letters, ""), st.Letter) {
			letters = append(letters, st.Letter)
		}
	}
	x := p.pageW - rightMargin + 10
	for _, k := range highlight.Kinds {
		if st := app.StyleOf(k); strings.Contains(strings.Join(letters, ""), st.Letter) {
			x = p.text("B", 7.5, st.Ink, x, base, st.Letter) + 2
		}
	}
	p.setFont("", bodySize)
}

// nesting counts the longer marks of other kinds that m lies inside.
func nesting(m Mark, marks []Mark) int {
	n := 0
	for _, o := range marks {
		if o.Kind != m.Kind && o.Start <= m.Start && o.End >= m.End && o.End-o.Start > m.End-m.Start {
			n++
		}
	}
	return n
}

// band fills a mark's background from x0 to x1 on the line with baseline
// y as the export does, half a point wider at each end and shorter by at
// most two levels of nesting.
func (p *paper) band(x0, x1, y, size float64, level int, c color.NRGBA) {
	export.FillBand(p.f, x0-0.5, x1+0.5, y, size, min(level, 2), c)
}

// keyList lists the key's marks of kind k with their line numbers.
func (p *paper) keyList(ex *Exercise, k highlight.Kind, lines [][]textLine) {
	st := app.StyleOf(k)
	var rows [][2]string
	for i, a := range ex.Articles {
		for _, m := range marksOf(a.Key, i, k.String()) {
			ref := lineSpan(lines[i], m)
			if len(ex.Articles) > 1 {
				ref = articleLetter(i) + " " + ref
			}
			rows = append(rows, [2]string{ref, excerpt(a.Text, m)})
		}
	}
	p.heading(fmt.Sprintf("%s (%d)", st.Name, len(rows)), 11.5)
	if len(rows) == 0 {
		p.paragraph("", 9.5, inkGrey, "None in the key.")
	}
	for _, r := range rows {
		p.keyRow(r[0], r[1])
	}
	p.y += 6
}

// keyRow writes a line reference and the marked words, wrapped with a
// hanging indent.
func (p *paper) keyRow(ref, words string) {
	const indent = 52.0
	p.setFont("", 9.5)
	lines := p.f.SplitText(words, p.textW()-indent)
	for j, ln := range lines {
		p.ensure(14)
		if j == 0 {
			p.text("B", 9, inkGrey, leftMargin, p.y+10, ref)
		}
		p.text("", 9.5, inkBlack, leftMargin+indent, p.y+10, ln)
		p.y += 14
	}
	p.y += 2
}

// excerpt is a mark's words on one line, with its note after a dash.
func excerpt(text string, m Mark) string {
	s := strings.Join(strings.Fields(export.Display(text[m.Start:m.End])), " ")
	if n := strings.TrimSpace(m.Note); n != "" {
		s += " — " + n
	}
	return s
}

// color8 is an opaque grey of level v.
func color8(v uint8) color.NRGBA { return color.NRGBA{v, v, v, 0xFF} }
