package ui

import (
	"image/color"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"slant/highlight"
	"slant/ui/articleview"
)

// markStyle is how a textBlock draws one of its marks: the comparison's
// own colours, over or instead of the kind highlights.
type markStyle uint8

// The mark styles.
const (
	markOutline   markStyle = iota // the counterpart of what was clicked
	markRemoved                    // words only the first version has: red, struck
	markAdded                      // words only the second version has: green
	markMoved                      // moved words where the second version has them: blue
	markMovedFrom                  // moved words where the first version had them: blue, struck
	markElided                     // words cut at the other's ellipsis: grey, struck
	markShared                     // the stretch both versions carry
)

// textMark is a byte range of a textBlock's text drawn in a mark style.
type textMark struct {
	Start, End int
	Style      markStyle
}

// textLine is one wrapped line of a textBlock: bytes [start, end) at y.
type textLine struct {
	start, end int
	y          float32
}

// textBlock shows a range of a text, wrapped to its width, with the
// highlights of the kinds not hidden and the comparison's marks. Unlike
// the article view it does not scroll: its height follows its width
// (heightFor), so that two of them can stand level in a row.
type textBlock struct {
	widget.BaseWidget

	text       string
	start, end int
	spans      []highlight.Span // overlapping [start, end), sorted by start
	marks      []textMark
	hidden     *[len(highlight.Kinds)]bool // shared with the other blocks; nil shows all
	bold       bool
	size       float32
	onTap      func(off int)
	onHover    func(spans []highlight.Span)
	lines      []textLine
	wrapWidth  float32
	wrapHeight float32
}

var (
	_ fyne.Widget        = (*textBlock)(nil)
	_ fyne.Tappable      = (*textBlock)(nil)
	_ desktop.Hoverable  = (*textBlock)(nil)
	_ desktop.Cursorable = (*textBlock)(nil)
)

// compareTextSize is the size of the compared text: smaller than the
// reader's, as each column has half the width.
const compareTextSize = 15

// lineSpacing is a line's height as a multiple of the text's.
const lineSpacing = 1.45

// newTextBlock returns an empty block.
func newTextBlock() *textBlock {
	t := &textBlock{size: compareTextSize, wrapWidth: -1}
	t.ExtendBaseWidget(t)
	return t
}

// set shows text[start:end] with spans (any; those outside are dropped)
// and marks.
func (t *textBlock) set(text string, start, end int, spans []highlight.Span, marks []textMark) {
	t.text, t.start, t.end = text, max(0, start), min(end, len(text))
	t.spans = spansIn(spans, t.start, t.end)
	t.marks = marks
	t.wrapWidth = -1
	t.Refresh()
}

// spansIn returns the spans of sorted overlapping [start, end).
func spansIn(spans []highlight.Span, start, end int) []highlight.Span {
	var out []highlight.Span
	for _, s := range spans {
		if s.Start < end && s.End > start && s.Start < s.End {
			out = append(out, s)
		}
	}
	return out
}

// kindShown reports whether kind k's highlights are drawn.
func (t *textBlock) kindShown(k highlight.Kind) bool {
	return t.hidden == nil || !t.hidden[k]
}

// metrics returns the block's font.
func (t *textBlock) metrics() textFont {
	return widthsFor(t.size, fyne.TextStyle{Bold: t.bold})
}

// lineHeight is the height of one line.
func (t *textBlock) lineHeight() float32 {
	return float32(int(t.metrics().height*lineSpacing + 0.5))
}

// heightFor returns the block's height when it is width wide.
func (t *textBlock) heightFor(width float32) float32 {
	t.wrap(width)
	return t.wrapHeight
}

// wrap lays the text out for width, unless it already is.
func (t *textBlock) wrap(width float32) {
	if width == t.wrapWidth {
		return
	}
	m, lh := t.metrics(), t.lineHeight()
	t.lines = t.lines[:0]
	wrapText(t.text, t.start, t.end, m, max(width, 40), func(s, e int) {
		t.lines = append(t.lines, textLine{start: s, end: e, y: float32(len(t.lines)) * lh})
	})
	t.wrapWidth, t.wrapHeight = width, float32(len(t.lines))*lh
}

// outlinedWhole reports whether an outline mark covers all the block's
// text, which is then outlined as one box rather than line by line.
func (t *textBlock) outlinedWhole() bool {
	for _, mk := range t.marks {
		if mk.Style == markOutline && mk.Start <= t.start && mk.End >= t.end {
			return true
		}
	}
	return false
}

// MinSize is the height of the text at the current width.
func (t *textBlock) MinSize() fyne.Size {
	return fyne.NewSize(40, t.heightFor(t.Size().Width))
}

// CreateRenderer is part of fyne.Widget.
func (t *textBlock) CreateRenderer() fyne.WidgetRenderer {
	return &textBlockRenderer{t: t}
}

// Tapped reports the byte offset tapped.
func (t *textBlock) Tapped(ev *fyne.PointEvent) {
	if off, ok := t.offsetAt(ev.Position); ok && t.onTap != nil {
		t.onTap(off)
	}
}

// MouseIn is part of desktop.Hoverable.
func (t *textBlock) MouseIn(ev *desktop.MouseEvent) { t.MouseMoved(ev) }

// MouseMoved reports the highlights under the pointer.
func (t *textBlock) MouseMoved(ev *desktop.MouseEvent) {
	if t.onHover == nil {
		return
	}
	off, ok := t.offsetAt(ev.Position)
	if !ok {
		t.onHover(nil)
		return
	}
	t.onHover(t.spansAt(off))
}

// MouseOut is part of desktop.Hoverable.
func (t *textBlock) MouseOut() {}

// Cursor shows a pointing hand when the text can be clicked.
func (t *textBlock) Cursor() desktop.Cursor {
	if t.onTap != nil {
		return desktop.PointerCursor
	}
	return desktop.DefaultCursor
}

// spansAt returns the shown spans holding off, longest first.
func (t *textBlock) spansAt(off int) []highlight.Span {
	var out []highlight.Span
	for _, s := range t.spans {
		if s.Start <= off && off < s.End && t.kindShown(s.Kind) {
			out = append(out, s)
		}
	}
	slices.SortStableFunc(out, func(a, b highlight.Span) int { return b.Len() - a.Len() })
	return out
}

// offsetAt returns the byte offset at p, or false off the text; just past
// a line's end it is the line's last byte.
func (t *textBlock) offsetAt(p fyne.Position) (int, bool) {
	t.wrap(t.Size().Width)
	if len(t.lines) == 0 || p.Y < 0 {
		return 0, false
	}
	i := min(int(p.Y/t.lineHeight()), len(t.lines)-1)
	ln, f := t.lines[i], t.metrics()
	s := t.text[ln.start:ln.end]
	if off := articleview.OffsetAt(s, f.size, f.style, p.X); off < len(s) {
		return ln.start + off, true
	}
	return max(ln.start, ln.end-1), p.X <= f.widthOf(s)+f.widthOf(" ")
}

// wrapText breaks text[start:end] into lines no wider than width as the
// article view does, and at every line break; emit gets each line's bytes,
// without leading or trailing blanks, and blank lines give none.
func wrapText(text string, start, end int, f textFont, width float32, emit func(s, e int)) {
	for start < end {
		e := strings.IndexByte(text[start:end], '\n')
		if e < 0 {
			e = end
		} else {
			e += start
		}
		articleview.WrapLine(text, start, e, f.size, f.style, width, func(s, e int) {
			if s < e {
				emit(s, e)
			}
		})
		start = e + 1
	}
}

// textFont is one size and style of the theme's text font, measured as
// the article view measures it.
type textFont struct {
	size         float32
	style        fyne.TextStyle
	height, base float32 // a line's height, and its baseline from its top
}

// widthsFor returns the font of size and style.
func widthsFor(size float32, style fyne.TextStyle) textFont {
	h, b := articleview.LineMetrics(size, style)
	return textFont{size: size, style: style, height: h, base: b}
}

// widthOf returns the advance of s.
func (f textFont) widthOf(s string) float32 {
	return articleview.TextWidth(s, f.size, f.style)
}

// textBlockRenderer draws a textBlock afresh on each layout: blocks are
// short (a passage, a quotation), so there is little to keep.
type textBlockRenderer struct {
	t       *textBlock
	objects []fyne.CanvasObject
}

func (r *textBlockRenderer) Destroy()                     {}
func (r *textBlockRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *textBlockRenderer) Refresh() {
	r.Layout(r.t.Size())
	canvas.Refresh(r.t)
}

// MinSize is part of fyne.WidgetRenderer.
func (r *textBlockRenderer) MinSize() fyne.Size { return r.t.MinSize() }

// Layout wraps for size and rebuilds the objects.
func (r *textBlockRenderer) Layout(size fyne.Size) {
	t := r.t
	t.wrap(size.Width)
	r.objects = r.objects[:0]
	d := &blockDrawer{t: t, m: t.metrics(), lh: t.lineHeight(), fg: theme.Color(theme.ColorNameForeground)}
	for _, ln := range t.lines {
		r.objects = d.line(r.objects, ln)
	}
	if t.outlinedWhole() {
		o := rect(color.Transparent, -4, 0, size.Width+8, t.wrapHeight)
		o.StrokeColor, o.StrokeWidth = theme.Color(articleview.ColorNameMark), 2
		r.objects = append(r.objects, o)
	}
	// No canvas.Refresh here: the frame being laid out draws the new
	// objects, and a refresh from Layout would ask for another frame, whose
	// layout would ask for another, keeping a core busy while idle.
}

// blockDrawer draws the lines of one textBlock.
type blockDrawer struct {
	t  *textBlock
	m  textFont
	lh float32
	fg color.Color
}

// ty is the y of the text's top within a line.
func (d *blockDrawer) ty(ln textLine) float32 {
	return ln.y + float32(int((d.lh-d.m.height)/2))
}

// x returns the x of byte offset off on line ln.
func (d *blockDrawer) x(ln textLine, off int) float32 {
	off = max(ln.start, min(off, ln.end))
	return d.m.widthOf(d.t.text[ln.start:off])
}

// line appends the objects of line ln: kind backgrounds and cues, marks,
// then the text, cut where highlights begin and end.
func (d *blockDrawer) line(objs []fyne.CanvasObject, ln textLine) []fyne.CanvasObject {
	cuts := []int{ln.start, ln.end}
	for _, k := range drawKinds {
		if !d.t.kindShown(k) {
			continue
		}
		for _, s := range d.t.spans {
			if s.Kind == k && s.Start < ln.end && s.End > ln.start {
				objs = d.highlight(objs, ln, s)
				cuts = append(cuts, max(s.Start, ln.start), min(s.End, ln.end))
			}
		}
	}
	for _, mk := range d.t.marks {
		if mk.Start < ln.end && mk.End > ln.start {
			objs = d.mark(objs, ln, mk)
			cuts = append(cuts, max(mk.Start, ln.start), min(mk.End, ln.end))
		}
	}
	slices.Sort(cuts)
	cuts = slices.Compact(cuts)
	for j := 1; j < len(cuts); j++ {
		objs = append(objs, d.text(ln, cuts[j-1], cuts[j]))
	}
	return objs
}

// drawKinds paints long spans first so shorter ones inside them stay seen.
var drawKinds = [...]highlight.Kind{highlight.Quote, highlight.Actor, highlight.Figure, highlight.Loaded}

// text is the piece [s, e) of line ln.
func (d *blockDrawer) text(ln textLine, s, e int) fyne.CanvasObject {
	c := d.fg
	for _, mk := range d.t.marks {
		if mk.Style == markElided && mk.Start <= s && e <= mk.End {
			c = theme.Color(theme.ColorNamePlaceHolder)
		}
	}
	txt := canvas.NewText(d.t.text[s:e], c)
	txt.TextSize, txt.TextStyle = d.t.size, fyne.TextStyle{Bold: d.t.bold}
	txt.Move(fyne.NewPos(d.x(ln, s), d.ty(ln)))
	txt.Resize(fyne.NewSize(d.x(ln, e)-d.x(ln, s), d.m.height))
	return txt
}

// highlight appends span s's background and cue on line ln.
func (d *blockDrawer) highlight(objs []fyne.CanvasObject, ln textLine, s highlight.Span) []fyne.CanvasObject {
	x1, x2, ty := d.x(ln, s.Start), d.x(ln, s.End), d.ty(ln)
	objs = append(objs, rect(theme.Color(articleview.BackgroundName(s.Kind)), x1, ty-1, x2-x1, d.m.height+2))
	return articleview.AppendCue(objs, s.Kind, theme.Color(articleview.InkName(s.Kind)), x1, x2, ty, d.m.size, d.m.style)
}

// mark appends mark mk's drawing on line ln.
func (d *blockDrawer) mark(objs []fyne.CanvasObject, ln textLine, mk textMark) []fyne.CanvasObject {
	x1, x2, ty, h := d.x(ln, mk.Start), d.x(ln, mk.End), d.ty(ln), d.m.height
	if mk.Style == markOutline && d.t.outlinedWhole() {
		return objs
	}
	if mk.Style == markOutline {
		o := rect(color.Transparent, x1-2, ty-2, x2-x1+4, h+4)
		o.StrokeColor, o.StrokeWidth = theme.Color(articleview.ColorNameMark), 2
		return append(objs, o)
	}
	objs = append(objs, rect(markFill(mk.Style), x1, ty-1, x2-x1, h+2))
	if mk.Style == markRemoved || mk.Style == markElided || mk.Style == markMovedFrom {
		objs = append(objs, rect(d.fg, x1, ty+h/2, x2-x1, 1.5))
	}
	return objs
}

// markFill is the background of a mark style: the theme's error, success
// and primary colours, lightened so the text reads over them.
func markFill(s markStyle) color.Color {
	switch s {
	case markRemoved:
		return tint(theme.ColorNameError, 0x55)
	case markAdded:
		return tint(theme.ColorNameSuccess, 0x60)
	case markMoved, markMovedFrom:
		return tint(theme.ColorNamePrimary, 0x50)
	case markShared:
		return tint(theme.ColorNameSuccess, 0x30)
	}
	return tint(theme.ColorNameDisabled, 0x30)
}

// tint returns the theme colour n at alpha a.
func tint(n fyne.ThemeColorName, a uint8) color.Color {
	c := color.NRGBAModel.Convert(theme.Color(n)).(color.NRGBA)
	c.A = a
	return c
}

// rect returns a filled rectangle at (x, y) of size w×h.
func rect(c color.Color, x, y, w, h float32) *canvas.Rectangle {
	r := canvas.NewRectangle(c)
	r.Move(fyne.NewPos(x, y))
	r.Resize(fyne.NewSize(w, h))
	return r
}
