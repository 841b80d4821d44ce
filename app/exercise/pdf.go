package exercise

import (
	"fmt"
	"image/color"
	"io"
	"strings"

	"codeberg.org/go-pdf/fpdf"

	"slant/app"
	"slant/app/export"
)

// PaperOptions say how the worksheet and answer key are printed. Print
// both with the same options: their line numbers then agree.
type PaperOptions struct {
	Letter bool // US Letter instead of A4
}

// Page geometry and type sizes, in points.
const (
	leftMargin  = 66.0 // room for the line numbers
	rightMargin = 62.0 // room for kind letters (key) or the student's own (worksheet)
	topMargin   = 54.0
	bottomRoom  = 58.0
	bodySize    = 10.5
	lineH       = bodySize * 1.6
	titleSize   = 17.0
	numberEvery = 5 // a line number every this many lines
)

var (
	inkBlack = color.NRGBA{0x1A, 0x1A, 0x1A, 0xFF}
	inkGrey  = color.NRGBA{0x5A, 0x5A, 0x5A, 0xFF}
	ruleGrey = color.NRGBA{0xB0, 0xB0, 0xB0, 0xFF}
)

// WriteWorksheet writes the students' worksheet: the title, the
// instructions, the kinds to find, each article's clean text with line
// numbers, and ruled tables to write the answers in.
func WriteWorksheet(w io.Writer, ex *Exercise, opt PaperOptions) error {
	p, err := newPaper(ex, "Worksheet", opt)
	if err != nil {
		return err
	}
	p.worksheet(ex)
	return p.output(w)
}

// WriteAnswerKey writes the teacher's answer key: the texts numbered as on
// the worksheet with the key highlighted as Slant's export does, then the
// key listed kind by kind with line numbers.
func WriteAnswerKey(w io.Writer, ex *Exercise, opt PaperOptions) error {
	p, err := newPaper(ex, "Answer key", opt)
	if err != nil {
		return err
	}
	p.answerKey(ex)
	return p.output(w)
}

// SaveWorksheet writes the worksheet to path atomically.
func SaveWorksheet(path string, ex *Exercise, opt PaperOptions) error {
	return app.WriteFileAtomic(path, func(w io.Writer) error { return WriteWorksheet(w, ex, opt) })
}

// SaveAnswerKey writes the answer key to path atomically.
func SaveAnswerKey(path string, ex *Exercise, opt PaperOptions) error {
	return app.WriteFileAtomic(path, func(w io.Writer) error { return WriteAnswerKey(w, ex, opt) })
}

// paper is one PDF being drawn.
type paper struct {
	f            *fpdf.Fpdf
	what, title  string // "Worksheet" or "Answer key", and the exercise's title
	pageW, pageH float64
	y            float64 // top of the next thing drawn
}

func newPaper(ex *Exercise, what string, opt PaperOptions) (*paper, error) {
	size := "A4"
	if opt.Letter {
		size = "Letter"
	}
	f := fpdf.New("P", "pt", size, "")
	if err := export.AddFonts(f); err != nil {
		return nil, err
	}
	p := &paper{f: f, what: what, title: firstLine(ex.Title, "Exercise")}
	p.pageW, p.pageH = f.GetPageSize()
	f.SetMargins(leftMargin, topMargin, rightMargin)
	f.SetAutoPageBreak(false, 0)
	f.AliasNbPages("{nb}")
	f.SetTitle(what+": "+p.title, true)
	f.SetCreator("Slant", true)
	f.SetCreationDate(ex.Created)
	f.SetModificationDate(ex.Created)
	f.SetFooterFunc(p.footer)
	return p, nil
}

func (p *paper) output(w io.Writer) error {
	if err := p.f.Error(); err != nil {
		return err
	}
	return p.f.Output(w)
}

// addPage starts a page below its running head.
func (p *paper) addPage() {
	p.f.AddPage()
	p.y = topMargin
	if p.f.PageNo() > 1 {
		p.text("", 8, inkGrey, leftMargin, topMargin-8, export.Clip(p.f, p.what+" · "+p.title, p.textW()))
		p.rule(topMargin - 3)
		p.y += 14
	}
}

// ensure starts a new page unless h points fit below y.
func (p *paper) ensure(h float64) {
	if p.y+h > p.pageH-bottomRoom {
		p.addPage()
	}
}

func (p *paper) footer() {
	y := p.pageH - 32
	p.rule(y - 12)
	p.text("", 8, inkGrey, leftMargin, y, "Slant · "+strings.ToLower(p.what))
	s := fmt.Sprintf("page %d of {nb}", p.f.PageNo())
	p.f.Text(p.pageW-rightMargin-p.f.GetStringWidth("page 00 of 00"), y, s)
}

// textW is the width of the text column.
func (p *paper) textW() float64 { return p.pageW - leftMargin - rightMargin }

func (p *paper) setFont(face string, size float64) { p.f.SetFont(export.FontFamily, face, size) }

func (p *paper) setText(c color.NRGBA) { p.f.SetTextColor(int(c.R), int(c.G), int(c.B)) }
func (p *paper) setDraw(c color.NRGBA) { p.f.SetDrawColor(int(c.R), int(c.G), int(c.B)) }
func (p *paper) setFill(c color.NRGBA) { p.f.SetFillColor(int(c.R), int(c.G), int(c.B)) }

// text writes s at baseline (x, y) in face, size and colour c, and
// returns the x where it ends.
func (p *paper) text(face string, size float64, c color.NRGBA, x, y float64, s string) float64 {
	p.setFont(face, size)
	p.setText(c)
	p.f.Text(x, y, s)
	return x + p.f.GetStringWidth(s)
}

// paragraph writes s wrapped to the text column from y, and moves y below.
func (p *paper) paragraph(face string, size float64, c color.NRGBA, s string) {
	p.setFont(face, size)
	for _, ln := range p.f.SplitText(export.Display(s), p.textW()) {
		p.ensure(size * 1.5)
		p.text(face, size, c, leftMargin, p.y+size, ln)
		p.y += size * 1.5
	}
}

// rule draws a thin grey line across the page at y.
func (p *paper) rule(y float64) {
	p.setDraw(ruleGrey)
	p.f.SetLineWidth(0.5)
	p.f.SetDashPattern(nil, 0)
	p.f.Line(leftMargin, y, p.pageW-rightMargin, y)
}

// heading writes a bold heading with some space above it.
func (p *paper) heading(s string, size float64) {
	p.ensure(size*3 + 3*lineH)
	p.y += size * 0.8
	p.text("B", size, inkBlack, leftMargin, p.y+size, export.Clip(p.f, export.Display(s), p.textW()))
	p.y += size * 1.7
}

// head draws what the paper is, the title, and the instructions.
func (p *paper) head(ex *Exercise) {
	p.addPage()
	p.text("", 9, inkGrey, leftMargin, p.y+9, "Slant · classroom exercise · "+p.what)
	p.y += 16
	p.paragraph("B", titleSize, inkBlack, p.title)
	p.y += 4
	if s := strings.TrimSpace(ex.Instructions); s != "" {
		p.paragraph("", bodySize, inkBlack, s)
		p.y += 4
	}
}

// articleLabel names article i when the exercise has several ("Text A").
func articleLabel(ex *Exercise, i int) string {
	if len(ex.Articles) < 2 {
		return ""
	}
	return "Text " + articleLetter(i)
}

// articleLetter is article i's letter: A, B, …
func articleLetter(i int) string { return string(rune('A' + i)) }

// source describes an article: its label, its title unless the text
// starts with it, its outlet and date.
func source(ex *Exercise, i int) string {
	a := ex.Articles[i]
	title := a.Title
	if strings.HasPrefix(strings.TrimSpace(a.Text), strings.TrimSpace(title)) {
		title = ""
	}
	var bits []string
	for _, s := range []string{articleLabel(ex, i), title, a.Outlet, a.Date} {
		if s = strings.TrimSpace(s); s != "" {
			bits = append(bits, s)
		}
	}
	return strings.Join(bits, " · ")
}

func firstLine(s, otherwise string) string {
	s, _, _ = strings.Cut(strings.TrimSpace(s), "\n")
	if s == "" {
		return otherwise
	}
	return s
}
