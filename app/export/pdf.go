package export

import (
	"image/color"
	"io"
	"strings"
	"time"

	"codeberg.org/go-pdf/fpdf"

	"slant/app"
	"slant/highlight"
)

// Page geometry and type sizes, in points (1/72 inch).
const (
	margin     = 56.0 // left and right, about 2 cm
	topMargin  = 50.0
	footerRoom = 54.0 // below the last line of text
	bodySize   = 10.5
	titleSize  = 17.0
	lineFactor = 1.62 // line height over type size
	gutter     = 14.0 // the margin letters stand this far left of the text
)

// Colours of the page's own furniture (not of the kinds).
var (
	inkBlack = color.NRGBA{0x1A, 0x1A, 0x1A, 0xFF}
	inkGrey  = color.NRGBA{0x5A, 0x5A, 0x5A, 0xFF}
	ruleGrey = color.NRGBA{0xB0, 0xB0, 0xB0, 0xFF}
	headFill = color.NRGBA{0xEE, 0xEE, 0xEE, 0xFF}
)

// WritePDF writes d as a highlighted article PDF: a header with title,
// outlet and date, a legend, the text with each visible span's colour and
// underline cue, page numbers, and a summary page.
func WritePDF(w io.Writer, d *app.Document, opt Options) error {
	p, err := renderArticle(d, opt)
	if err != nil {
		return err
	}
	return p.f.Output(w)
}

// pdfDoc is one PDF being drawn.
type pdfDoc struct {
	f     *fpdf.Fpdf
	opt   Options
	title string // the running title of pages after the first
	pageW float64
	pageH float64
	y     float64 // top of the next thing to draw
	kinds []highlight.Kind
	drawn []drawnSpan // where span segments went, for tests
}

// newPDF starts a PDF with the embedded fonts, metadata and the running
// header and footer.
func newPDF(d *app.Document, opt Options) (*pdfDoc, error) {
	size := "A4"
	if opt.Letter {
		size = "Letter"
	}
	f := fpdf.New("P", "pt", size, "")
	if err := AddFonts(f); err != nil {
		return nil, err
	}
	p := &pdfDoc{f: f, opt: opt, title: d.Title, kinds: shownKinds(opt)}
	p.pageW, p.pageH = f.GetPageSize()
	f.SetMargins(margin, topMargin, margin)
	f.SetAutoPageBreak(false, 0)
	f.AliasNbPages("{nb}")
	f.SetTitle(firstNonEmpty(d.Title, "Slant export"), true)
	f.SetAuthor(d.Outlet, true)
	f.SetCreator("Slant", true)
	f.SetCreationDate(time.Unix(0, 0).UTC())
	f.SetModificationDate(time.Unix(0, 0).UTC())
	f.SetHeaderFuncMode(p.header, false)
	f.SetFooterFunc(p.footer)
	return p, nil
}

// shownKinds lists the kinds opt does not hide, in legend order.
func shownKinds(opt Options) []highlight.Kind {
	var ks []highlight.Kind
	for _, k := range highlight.Kinds {
		if !opt.Hide[k] {
			ks = append(ks, k)
		}
	}
	return ks
}

// addPage starts a page and puts y below its header.
func (p *pdfDoc) addPage() {
	p.f.AddPage()
	p.y = topMargin
	if p.f.PageNo() > 1 {
		p.y += 22
	}
}

// bottom is the lowest y a line of text may reach.
func (p *pdfDoc) bottom() float64 { return p.pageH - footerRoom }

// header draws the running title on every page after the first.
func (p *pdfDoc) header() {
	if p.f.PageNo() == 1 {
		return
	}
	p.setFont("", 8)
	p.setText(inkGrey)
	p.f.Text(margin, topMargin-8, Clip(p.f, p.title, p.pageW-2*margin))
	p.rule(topMargin - 3)
}

// footer draws the compact legend and "page N of M".
func (p *pdfDoc) footer() {
	y := p.pageH - 30
	p.rule(y - 12)
	x := margin
	for _, k := range p.kinds {
		x = p.legendEntry(x, y, k, 7.5) + 10
	}
	p.setFont("", 8)
	p.setText(inkGrey)
	s := "page " + itoa(p.f.PageNo()) + " of {nb}"
	p.f.Text(p.pageW-margin-p.f.GetStringWidth("page 00 of 00"), y, s)
}

// rule draws a thin grey line across the text column at y.
func (p *pdfDoc) rule(y float64) {
	p.setDraw(ruleGrey)
	p.f.SetLineWidth(0.5)
	p.f.SetDashPattern(nil, 0)
	p.f.Line(margin, y, p.pageW-margin, y)
}

// legendEntry draws kind k's name as it appears in the text (background
// and cue), followed by its letter, at baseline y from x; it returns the
// x where the entry ends.
func (p *pdfDoc) legendEntry(x, y float64, k highlight.Kind, size float64) float64 {
	st := app.StyleOf(k)
	p.setFont("", size)
	w := p.f.GetStringWidth(st.Name)
	FillBand(p.f, x-1, x+w+1, y, size, 0, st.Light)
	DrawCue(p.f, st, x-1, x+w+1, y, size)
	p.setText(inkBlack)
	p.f.Text(x, y, st.Name)
	p.setFont("B", size*0.8)
	p.setText(inkOf(st))
	p.f.Text(x+w+3, y-size*0.45, st.Letter)
	return x + w + 3 + p.f.GetStringWidth(st.Letter)
}

// setFont selects the embedded face ("" or "B") at size.
func (p *pdfDoc) setFont(style string, size float64) { p.f.SetFont(FontFamily, style, size) }

func (p *pdfDoc) setText(c color.NRGBA) { p.f.SetTextColor(int(c.R), int(c.G), int(c.B)) }
func (p *pdfDoc) setDraw(c color.NRGBA) { p.f.SetDrawColor(int(c.R), int(c.G), int(c.B)) }
func (p *pdfDoc) setFill(c color.NRGBA) { p.f.SetFillColor(int(c.R), int(c.G), int(c.B)) }

// inkOf is the kind's ink as the colour of its letters.
func inkOf(st app.Style) color.NRGBA { return st.Ink }

// Clip shortens s with an ellipsis to fit width w in f's current font.
func Clip(f *fpdf.Fpdf, s string, w float64) string {
	if f.GetStringWidth(s) <= w {
		return s
	}
	r := []rune(s)
	for len(r) > 0 && f.GetStringWidth(string(r)+"…") > w {
		r = r[:len(r)-1]
	}
	return strings.TrimSpace(string(r)) + "…"
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			return s
		}
	}
	return ""
}
