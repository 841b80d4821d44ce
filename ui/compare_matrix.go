package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"slant/app"
	"slant/app/compare"
)

// matrixView sets three or more accounts' quotations against each other:
// a row per quotation carried by two or more, a column per account.
type matrixView struct {
	fa    fyne.App
	docs  []*app.Document
	m     *compare.Matrix
	paper *paperPref // where the comparisons it opens print
}

// openMatrix opens a window with the quote matrix of docs; the
// comparisons it opens print on the paper paper holds.
func openMatrix(fa fyne.App, docs []*app.Document, paper *paperPref) fyne.Window {
	mv := &matrixView{fa: fa, docs: docs, m: compare.NewMatrix(docs), paper: paper}
	w := fa.NewWindow(fmt.Sprintf("Slant — %d accounts compared", len(docs)))
	w.SetContent(mv.content())
	w.Resize(windowSize)
	w.Show()
	return w
}

// content is the documents' key, their similarities and the matrix.
func (mv *matrixView) content() fyne.CanvasObject {
	box := container.NewVBox(panelHeading("The accounts"))
	for i, d := range mv.m.Docs {
		add(box, panelNote(docLetter(i)+"  "+orFile(d.Title, d.Path)+"  ·  "+docFacts(d)))
	}
	add(box, panelHeading("How alike they are (same event at 0.09 or more)"))
	add(box, mv.similarities())
	add(box, panelHeading(fmt.Sprintf("Who carries which quote (%d quotes carried by two or more)", len(mv.m.Rows))))
	add(box, panelNote("Each row is measured against its longest version (★). = word for word, ≠ altered, "+
		"½ in part, — not carried. Click a cell to compare that account with the one holding ★."))
	add(box, mv.quoteRows())
	add(box, panelNote("Quotes no other account carries: "+mv.singles()))
	return container.NewVScroll(container.NewPadded(box))
}

// docLetter names document i: A, B, C, …
func docLetter(i int) string {
	if i < 26 {
		return string(rune('A' + i))
	}
	return fmt.Sprint(i + 1)
}

// similarities is the table of pairwise similarities.
func (mv *matrixView) similarities() fyne.CanvasObject {
	n := len(mv.m.Docs)
	widths := evenWidths(n + 1)
	rows := [][]string{append([]string{""}, letters(n)...)}
	for i, row := range mv.m.Similarity {
		cells := []string{docLetter(i)}
		for j, s := range row {
			cells = append(cells, similarityWords(i, j, s))
		}
		rows = append(rows, cells)
	}
	return table(widths, rows)
}

// similarityWords is one similarity cell.
func similarityWords(i, j int, s float64) string {
	switch {
	case i == j:
		return "—"
	case s < compare.SameEventMin:
		return fmt.Sprintf("%.2f  different event?", s)
	}
	return fmt.Sprintf("%.2f", s)
}

func letters(n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = docLetter(i)
	}
	return out
}

func evenWidths(n int) []float32 {
	w := make([]float32, n)
	for i := range w {
		w[i] = 1 / float32(n)
	}
	return w
}

// quoteRows is the matrix proper: the quote, then a cell per document.
func (mv *matrixView) quoteRows() fyne.CanvasObject {
	n := len(mv.docs)
	widths := []float32{0.5}
	for range n {
		widths = append(widths, 0.5/float32(n))
	}
	head := []fyne.CanvasObject{panelHeading("Quote (longest version) — speaker")}
	for i, d := range mv.m.Docs {
		h := widget.NewLabelWithStyle(strings.TrimSpace(docLetter(i)+" "+d.Outlet), fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
		h.Truncation = fyne.TextTruncateEllipsis
		head = append(head, h)
	}
	box := container.NewVBox(&fyne.Container{Layout: &columnsLayout{widths}, Objects: head})
	for _, row := range mv.m.Rows {
		objs := []fyne.CanvasObject{mv.quoteCell(row)}
		for d, c := range row.Cells {
			objs = append(objs, mv.cell(row, d, c))
		}
		add(box, &fyne.Container{Layout: &columnsLayout{widths}, Objects: objs})
		add(box, widget.NewSeparator())
	}
	return box
}

// quoteCell shows a row's reference quotation and its speaker.
func (mv *matrixView) quoteCell(row compare.MatrixRow) fyne.CanvasObject {
	q := mv.m.Quotes[row.Doc][row.Quote]
	text := strings.Join(strings.Fields(mv.docs[row.Doc].Text[q.Start:q.End]), " ")
	l := widget.NewLabel(text + " — " + orUnattributed(q.Speaker))
	l.Wrapping = fyne.TextWrapWord
	if !row.SpeakerDiffers {
		return l
	}
	return container.NewVBox(l, flagLabel("Given to different speakers"))
}

// cell is document d's version of a row's quotation: a button opening
// its comparison with the reference document, or a dash.
func (mv *matrixView) cell(row compare.MatrixRow, d int, c compare.MatrixCell) fyne.CanvasObject {
	label := matrixSymbol(c.Status)
	if c.Status == "" || c.Status == compare.Reference {
		return widget.NewLabelWithStyle(label, fyne.TextAlignCenter, fyne.TextStyle{Bold: c.Status != ""})
	}
	b := widget.NewButton(label, func() { openCompareOn(mv.fa, mv.docs[row.Doc], mv.docs[d], nil, mv.paper) })
	b.Importance = widget.LowImportance
	if c.Status == compare.Altered {
		b.Importance = widget.DangerImportance
	}
	return container.NewCenter(b)
}

// matrixSymbol is a cell's status in a symbol and a word.
func matrixSymbol(s compare.QuoteStatus) string {
	switch s {
	case compare.Reference:
		return "★ longest"
	case compare.Identical:
		return "= same"
	case compare.Altered:
		return "≠ altered"
	case compare.Partial:
		return "½ part"
	}
	return "—"
}

// singles lists each document's quotes no other carries.
func (mv *matrixView) singles() string {
	parts := make([]string, len(mv.m.Single))
	for i, n := range mv.m.Single {
		parts[i] = fmt.Sprintf("%s %d", docLetter(i), n)
	}
	return strings.Join(parts, ", ")
}
