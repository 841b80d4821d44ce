package export

import (
	"fmt"
	"strconv"
	"strings"

	"slant/app"
	"slant/highlight"
)

// cueNames describes each cue in the legend, for readers of a greyscale
// print.
var cueNames = [...]string{
	app.CueSolid:  "solid underline",
	app.CueDouble: "double underline",
	app.CueDotted: "dotted underline",
	app.CueWavy:   "wavy underline",
}

// marginNote explains the margin letters under the legend.
const marginNote = "The letters in the left margin name the kinds each line holds."

// plainTitle draws a title that is not part of the text.
func (p *pdfDoc) plainTitle(title string) {
	p.setFont(titleStyle.face, titleStyle.size)
	p.setText(inkBlack)
	for _, ln := range p.f.SplitText(Display(title), p.pageW-2*margin) {
		p.f.Text(margin, p.y+0.72*titleStyle.lineH(), ln)
		p.y += titleStyle.lineH()
	}
}

// meta draws the outlet, date and byline under the title.
func (p *pdfDoc) meta(d *app.Document) {
	var bits []string
	for _, s := range []string{d.Outlet, d.Date, d.Byline} {
		if s = strings.TrimSpace(Display(s)); s != "" {
			bits = append(bits, s)
		}
	}
	if len(bits) == 0 {
		bits = append(bits, "outlet and date not given")
	}
	p.setFont("", 9)
	p.setText(inkGrey)
	p.f.Text(margin, p.y+11, Clip(p.f, strings.Join(bits, "  ·  "), p.pageW-2*margin))
	p.y += 18
}

// legend explains the marks, one kind after another, wrapping as needed,
// then draws a rule under it.
func (p *pdfDoc) legend() {
	const size = 8.5
	y := p.y + 12
	x := margin
	next := func(w float64) {
		if x+w > p.pageW-margin {
			x, y = margin, y+size*1.9
		}
	}
	for _, k := range p.kinds {
		desc := cueNames[app.StyleOf(k).Cue]
		next(p.entryWidth(k, size) + 4 + p.width("", size-1, desc))
		x = p.legendEntry(x, y, k, size) + 4
		x = p.grey(x, y, size-1, desc) + 14
	}
	if !p.opt.Hide[highlight.Quote] {
		next(p.width("", size, "Name") + 4 + p.width("", size-1, "who is quoted"))
		x = p.speakerSample(x, y, size) + 4
		p.grey(x, y, size-1, "who is quoted")
	}
	if !p.opt.NoMarginLetters && len(p.kinds) > 0 {
		y += size * 1.9
		p.grey(margin, y, size-1, marginNote)
	}
	p.y = y + 10
	p.rule(p.y)
	p.y += 8
}

// entryWidth is the width legendEntry takes for kind k.
func (p *pdfDoc) entryWidth(k highlight.Kind, size float64) float64 {
	st := app.StyleOf(k)
	return p.width("", size, st.Name) + 3 + p.width("B", size*0.8, st.Letter)
}

// width measures s in the embedded face at size.
func (p *pdfDoc) width(face string, size float64, s string) float64 {
	p.setFont(face, size)
	return p.f.GetStringWidth(s)
}

// grey writes s in grey at (x, y) and returns where it ends.
func (p *pdfDoc) grey(x, y, size float64, s string) float64 {
	p.setFont("", size)
	p.setText(inkGrey)
	p.f.Text(x, y, s)
	return x + p.f.GetStringWidth(s)
}

// speakerSample draws a boxed "Name" as speaker mentions are drawn.
func (p *pdfDoc) speakerSample(x, y, size float64) float64 {
	p.setFont("", size)
	w := p.f.GetStringWidth("Name")
	p.setDraw(app.StyleOf(highlight.Quote).Ink)
	p.f.SetLineWidth(0.06 * size)
	p.f.SetDashPattern(nil, 0)
	p.f.Rect(x-0.5, y-bandTop*size, w+1, (bandTop+bandBottom)*size, "D")
	p.setText(inkBlack)
	p.f.Text(x, y, "Name")
	return x + w
}

func itoa(n int) string { return strconv.Itoa(n) }

// formatValue prints a figure's value with thousands grouped
// (260000 → "260,000"); dates and years are left ungrouped.
func formatValue(v float64, unit string) string {
	if unit == "date" {
		return formatDate(int(v))
	}
	s := strconv.FormatFloat(v, 'f', -1, 64)
	if unit == "year" {
		return s
	}
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	intPart, frac, hasFrac := strings.Cut(s, ".")
	var b strings.Builder
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if hasFrac {
		b.WriteString("." + frac)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

// formatDate prints a YYYYMMDD date value (a zero part is one the text
// does not give) as ISO 8601: "2016-02-05", "2016-02", "--02-25".
func formatDate(v int) string {
	y, m, d := v/10000, v/100%100, v%100
	two := func(n int) string { return fmt.Sprintf("%02d", n) }
	switch {
	case y == 0 && m == 0:
		return strconv.Itoa(v)
	case y == 0:
		return "--" + two(m) + "-" + two(d)
	case m == 0:
		return strconv.Itoa(y)
	case d == 0:
		return strconv.Itoa(y) + "-" + two(m)
	}
	return strconv.Itoa(y) + "-" + two(m) + "-" + two(d)
}
