package articleview

import (
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"

	"slant/highlight"
)

// drawOrder paints long spans first so shorter ones inside them stay seen.
var drawOrder = [...]highlight.Kind{highlight.Quote, highlight.Actor, highlight.Figure, highlight.Loaded}

// renderer draws the lines in view. Each line in view owns a slot of
// canvas objects, reused while the line stays in view, so scrolling only
// moves objects and text is rasterised once per line shown.
type renderer struct {
	v       *View
	slots   []*lineSlot
	objects []fyne.CanvasObject
	sel     pool[*canvas.Rectangle]
	marks   pool[*canvas.Rectangle]
	thumb   *canvas.Rectangle
	head    *canvas.Text // the header line above the text
	colors  palette
}

func newRenderer(v *View) *renderer {
	r := &renderer{v: v, thumb: canvas.NewRectangle(color.Transparent), head: canvas.NewText("", color.Transparent)}
	r.thumb.CornerRadius = 3
	r.sel.make = func() *canvas.Rectangle { return canvas.NewRectangle(color.Transparent) }
	r.marks.make = r.sel.make
	r.resolveColors()
	return r
}

func (r *renderer) resolveColors() { r.colors = newPalette(r.v.Theme()) }

// Destroy is part of fyne.WidgetRenderer.
func (r *renderer) Destroy() {}

// MinSize is part of fyne.WidgetRenderer: the view scrolls, so it is small.
func (r *renderer) MinSize() fyne.Size { return fyne.NewSize(200, 120) }

// Objects is part of fyne.WidgetRenderer.
func (r *renderer) Objects() []fyne.CanvasObject { return r.objects }

// Refresh redraws everything afresh, e.g. after a theme or document change.
func (r *renderer) Refresh() {
	r.resolveColors()
	r.v.gen++
	r.Layout(r.v.Size())
}

// Layout places the visible lines for size.
func (r *renderer) Layout(fyne.Size) {
	// Laying out may scroll to a pending offset, which lays out (the same
	// lines) again: start afresh only after it.
	ready := r.v.ensureLayout()
	r.objects = r.objects[:0]
	r.sel.reset()
	r.marks.reset()
	if !ready {
		return
	}
	r.placeHeader()
	first, last := r.visibleLines()
	r.ensureSlots(last - first + 1)
	var texts, cues []fyne.CanvasObject
	for i := first; i <= last; i++ {
		s := r.slot(i)
		s.place(r.v.columnX(), r.lineTop(i))
		r.objects = append(r.objects, s.bgs...)
		r.addRanges(i, &r.sel, r.v.Selection, r.colors.selection, false)
		r.addRanges(i, &r.marks, r.v.Marked, r.colors.mark, true)
		texts = append(texts, s.texts...)
		cues = append(cues, s.cues...)
	}
	r.objects = r.sel.appendTo(r.objects)
	r.objects = append(append(r.objects, texts...), cues...)
	r.objects = r.marks.appendTo(r.objects)
	r.placeThumb()
	canvas.Refresh(r.thumb)
}

// placeHeader draws the header line above the text while it is in view,
// cut short with an ellipsis when wider than the column.
func (r *renderer) placeHeader() {
	v := r.v
	y := pagePad - v.offset
	if v.header == "" || y+v.typo.headH <= 0 {
		return
	}
	m := v.typo.head
	str := fitWidth(drawable(v.header), m, v.lay.width)
	if r.head.Text != str || r.head.TextSize != m.size || r.head.Color != r.colors.muted {
		r.head.Text, r.head.TextSize, r.head.Color = str, m.size, r.colors.muted
		r.head.Refresh()
	}
	r.head.Move(fyne.NewPos(v.columnX(), y+(v.typo.headH-m.height)/2))
	r.head.Resize(fyne.NewSize(m.width(str), m.height))
	r.objects = append(r.objects, r.head)
}

// fitWidth cuts s, ending it with an ellipsis, until it is no wider than
// width in m.
func fitWidth(s string, m *metrics, width float32) string {
	if m.width(s) <= width {
		return s
	}
	runes := []rune(s)
	for n := len(runes) - 1; n > 0; n-- {
		cut := strings.TrimRight(string(runes[:n]), " ·") + "…"
		if m.width(cut) <= width {
			return cut
		}
	}
	return "…"
}

// lineTop is the y of line i in the view.
func (r *renderer) lineTop(i int) float32 {
	return pagePad + r.v.lay.lines[i].y - r.v.offset
}

// visibleLines returns the first and last line in view.
func (r *renderer) visibleLines() (first, last int) {
	v := r.v
	first = v.lay.lineAt(v.offset-pagePad, v.typo)
	last = v.lay.lineAt(v.offset+v.Size().Height-pagePad, v.typo)
	return first, last
}

// ensureSlots keeps at least n+1 slots; adding any clears them all, since
// a line's slot is its index modulo the number of slots.
func (r *renderer) ensureSlots(n int) {
	if len(r.slots) > n {
		return
	}
	r.slots = r.slots[:0]
	for range n + 2 {
		r.slots = append(r.slots, &lineSlot{line: -1})
	}
}

// slot returns line i's slot, filled for the current drawing generation.
func (r *renderer) slot(i int) *lineSlot {
	s := r.slots[i%len(r.slots)]
	if s.line != i || s.gen != r.v.gen {
		r.fill(s, i)
	}
	return s
}

// placeThumb sizes the scroll bar's thumb, hidden when all text fits.
func (r *renderer) placeThumb() {
	v := r.v
	h, total := v.Size().Height, v.lay.height+2*pagePad
	if total <= h {
		return
	}
	th := max(24, h*h/total)
	y := (h - th) * v.offset / v.maxOffset()
	r.thumb.FillColor = r.colors.scroll
	r.thumb.Move(fyne.NewPos(v.Size().Width-scrollBarW+4, y))
	r.thumb.Resize(fyne.NewSize(scrollBarW-6, th))
	r.objects = append(r.objects, r.thumb)
}

// addRanges draws the part of the range get returns that lies on line i,
// filled, or outlined when outline is set.
func (r *renderer) addRanges(i int, p *pool[*canvas.Rectangle], get func() (int, int), c color.Color, outline bool) {
	start, end := get()
	r.v.addRange(p, i, start, end, r.v.columnX(), r.lineTop(i), c, outline)
}

// fill draws line i into slot s, at the origin.
func (r *renderer) fill(s *lineSlot, i int) { r.v.fill(s, i, r.v.gen, &r.colors) }
