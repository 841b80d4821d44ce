package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"slant/app/compare"
	"slant/highlight"
	"slant/ui/articleview"
)

// Geometry of the aligned rows.
const (
	cellPad   = 8  // space around a cell's text
	columnGap = 14 // space between the two columns
	stripeW   = 4  // the coloured bar at the left of a one-sided cell
)

// alignedRows is the two-column view of one event told twice: one list
// row per compare.Row, so that matching passages stand level and the two
// columns scroll as one. Passages only one account has are tinted, with a
// note in the other column; passages both have but tell in a different
// order are tinted otherwise, with a link to where the other tells it.
type alignedRows struct {
	cv      *compareView
	list    *widget.List
	host    *fyne.Container
	heights []float32 // each row's height at width
	width   float32
}

func newAlignedRows(cv *compareView) *alignedRows {
	a := &alignedRows{cv: cv, width: -1}
	a.heights = make([]float32, len(cv.res.Rows))
	a.list = widget.NewList(func() int { return len(cv.res.Rows) }, a.newItem, a.update)
	a.list.HideSeparators = false
	a.host = container1(&rowsHost{a: a}, a.list)
	return a
}

// rowsHost lays the list out and tells the rows its width, so that their
// heights follow the text wrapped at it.
type rowsHost struct{ a *alignedRows }

func (h *rowsHost) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	h.a.setWidth(size.Width)
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

func (h *rowsHost) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.NewSize(300, 200) }

// container1 returns a container of one object with layout l.
func container1(l fyne.Layout, o fyne.CanvasObject) *fyne.Container {
	return &fyne.Container{Layout: l, Objects: []fyne.CanvasObject{o}}
}

// setWidth measures every row again when the width changed.
func (a *alignedRows) setWidth(w float32) {
	if w == a.width || w <= 0 {
		return
	}
	a.width = w
	for i := range a.cv.res.Rows {
		a.heights[i] = a.rowHeight(i)
		a.list.SetItemHeight(i, a.heights[i])
	}
}

// cellWidth is the width of one column.
func (a *alignedRows) cellWidth() float32 { return (a.width - columnGap) / 2 }

// rowHeight is the height of row i: its taller cell.
func (a *alignedRows) rowHeight(i int) float32 {
	row := a.cv.res.Rows[i]
	h := articleview.Font{Size: compareTextSize}.LineHeight()
	for s, p := range [2]int{row.A, row.B} {
		if p >= 0 {
			h = max(h, a.passageHeight(compare.Side(s), p))
		}
	}
	return h + 2*cellPad
}

// passageHeight is the height of passage p of side s in a cell.
func (a *alignedRows) passageHeight(s compare.Side, p int) float32 {
	r := a.cv.passage(s, p)
	return articleview.TextHeight(a.cv.docs[s].Text, r.Start, r.End, a.cv.passageFont(s, r), a.textWidth())
}

// compareTextSize is the size of the compared text: smaller than the
// reader's, as each column has half the width.
const compareTextSize = 15

// passageFont is the font of passage r of side s: bold for the title.
func (cv *compareView) passageFont(s compare.Side, r compare.Passage) articleview.Font {
	return articleview.Font{Size: compareTextSize, Bold: cv.isTitle(s, r)}
}

// textWidth is the width of a cell's text.
func (a *alignedRows) textWidth() float32 { return a.cellWidth() - 2*cellPad - stripeW }

// rowItem is one row of the list: a cell per side.
type rowItem struct {
	widget.BaseWidget
	cells [2]*rowCell
	a     *alignedRows
}

// rowCell is one column of a row: a passage, or a note saying the other
// column's passage has no counterpart here, or is told elsewhere.
type rowCell struct {
	bg, stripe *canvas.Rectangle
	block      *articleview.Block
	note       *widget.Label
	jump       *widget.Button
	jumpFrom   int // the other column's passage whose partner the jump shows
}

func (a *alignedRows) newItem() fyne.CanvasObject {
	it := &rowItem{a: a}
	for s := range it.cells {
		side := compare.Side(s)
		c := &rowCell{bg: canvas.NewRectangle(theme.Color(theme.ColorNameBackground)),
			stripe: canvas.NewRectangle(theme.Color(theme.ColorNameBackground)), block: articleview.NewBlock(articleview.Font{Size: compareTextSize}),
			note: widget.NewLabelWithStyle("", fyne.TextAlignCenter, fyne.TextStyle{Italic: true})}
		c.note.Importance = widget.LowImportance
		c.block.OnTap = func(off int) { a.cv.tapped(side, off) }
		c.block.OnHover = a.cv.hovered(side)
		c.jump = widget.NewButtonWithIcon("", theme.MoveDownIcon(), func() { a.cv.showPartner(side.Other(), c.jumpFrom) })
		c.jump.Importance = widget.LowImportance
		it.cells[s] = c
	}
	it.ExtendBaseWidget(it)
	return it
}

// update fills list item o with row id.
func (a *alignedRows) update(id widget.ListItemID, o fyne.CanvasObject) {
	it := o.(*rowItem)
	row := a.cv.res.Rows[id]
	ps := [2]int{row.A, row.B}
	for s, c := range it.cells {
		side := compare.Side(s)
		if ps[s] >= 0 {
			a.fillPassage(c, side, ps[s])
		} else {
			a.fillEmpty(c, side, ps[1-s])
		}
	}
	it.Refresh()
}

// fillPassage shows passage p of side s in cell c.
func (a *alignedRows) fillPassage(c *rowCell, s compare.Side, p int) {
	cv := a.cv
	r := cv.passage(s, p)
	for _, k := range highlight.Kinds {
		c.block.SetKindVisible(k, !cv.hidden[k])
	}
	c.block.Font = cv.passageFont(s, r)
	c.block.SetText(cv.docs[s].Text, r.Start, r.End, cv.docs[s].Spans, cv.marks[s])
	c.block.Show()
	c.note.Hide()
	c.jump.Hide()
	c.bg.FillColor, c.stripe.FillColor = cellColors(cv.passageKind(s, p))
}

// fillEmpty shows in cell c of side s what it has for passage other of
// the other side: nothing, or the same told elsewhere.
func (a *alignedRows) fillEmpty(c *rowCell, s compare.Side, other int) {
	cv := a.cv
	c.block.Hide()
	c.bg.FillColor, c.stripe.FillColor = cellColors(passageEmpty)
	if pr := cv.partnerRow(s.Other(), other); pr >= 0 {
		c.jumpFrom = other
		where, icon := "further down", theme.MoveDownIcon()
		if pr < cv.res.RowOf(s.Other(), other) {
			where, icon = "further up", theme.MoveUpIcon()
		}
		c.jump.SetText(fmt.Sprintf("%s tells this %s: show", sideName(s), where))
		c.jump.SetIcon(icon)
		c.jump.Show()
		c.note.Hide()
		return
	}
	c.jump.Hide()
	c.note.SetText("— not in " + sideName(s) + " —")
	c.note.Show()
}

// rowTop is the y of row i in the list's content.
func (a *alignedRows) rowTop(i int) float32 {
	sep := a.list.Theme().Size(theme.SizeNamePadding)
	var y float32
	for _, h := range a.heights[:i] {
		y += h + sep
	}
	return y
}

// showRow scrolls row i into view, a quarter of the way down, unless it is
// in view already.
func (a *alignedRows) showRow(i int) { a.showRows(i, i) }

// showRows scrolls row to into view, and row from with it when both fit;
// it leaves the list alone when they are in view already.
func (a *alignedRows) showRows(from, to int) {
	if to < 0 || to >= len(a.heights) {
		return
	}
	if from < 0 || from >= len(a.heights) {
		from = to
	}
	top := min(a.rowTop(from), a.rowTop(to))
	bottom := max(a.rowTop(from)+a.heights[from], a.rowTop(to)+a.heights[to])
	scroll, view := a.list.GetScrollOffset(), a.list.Size().Height
	switch {
	case top >= scroll && bottom <= scroll+view:
		return
	case bottom-top <= view:
		a.list.ScrollToOffset(max(0, top-(view-(bottom-top))/2))
	default:
		a.list.ScrollToOffset(max(0, a.rowTop(to)-view/4))
	}
}

// rowAt returns the row holding byte offset off of side s, or -1.
func (a *alignedRows) rowAt(s compare.Side, off int) int {
	p := a.cv.res.PassageAt(s, off)
	if p < 0 {
		return -1
	}
	return a.cv.res.RowOf(s, p)
}

// refresh redraws the rows in view, e.g. after marking or a kind toggled.
func (a *alignedRows) refresh() { a.list.Refresh() }

// CreateRenderer is part of fyne.Widget.
func (it *rowItem) CreateRenderer() fyne.WidgetRenderer {
	var objs []fyne.CanvasObject
	for _, c := range it.cells {
		objs = append(objs, c.bg, c.stripe, c.block, c.note, c.jump)
	}
	return &rowItemRenderer{it: it, objs: objs}
}

type rowItemRenderer struct {
	it   *rowItem
	objs []fyne.CanvasObject
}

func (r *rowItemRenderer) Destroy()                     {}
func (r *rowItemRenderer) Objects() []fyne.CanvasObject { return r.objs }

// MinSize is small: the list gives each row its measured height.
func (r *rowItemRenderer) MinSize() fyne.Size { return fyne.NewSize(200, 30) }

// Refresh repaints the cells.
func (r *rowItemRenderer) Refresh() {
	for _, c := range r.it.cells {
		c.bg.Refresh()
		c.stripe.Refresh()
	}
	r.Layout(r.it.Size())
}

// Layout places the two cells side by side.
func (r *rowItemRenderer) Layout(size fyne.Size) {
	w := (size.Width - columnGap) / 2
	for s, c := range r.it.cells {
		x := float32(s) * (w + columnGap)
		c.bg.Move(fyne.NewPos(x, 0))
		c.bg.Resize(fyne.NewSize(w, size.Height))
		c.stripe.Move(fyne.NewPos(x, 0))
		c.stripe.Resize(fyne.NewSize(stripeW, size.Height))
		c.block.Move(fyne.NewPos(x+stripeW+cellPad, cellPad))
		c.block.Resize(fyne.NewSize(w-stripeW-2*cellPad, size.Height-2*cellPad))
		for _, o := range []fyne.CanvasObject{c.note, c.jump} {
			ms := o.MinSize()
			o.Move(fyne.NewPos(x+(w-ms.Width)/2, cellPad/2))
			o.Resize(ms)
		}
	}
}
