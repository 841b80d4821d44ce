package articleview

import (
	"image/color"
	"slices"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"slant/highlight"
)

// Font is the size and weight a Block sets its text in.
type Font struct {
	Size float32
	Bold bool
}

// LineHeight is the height of one line of a Block in f.
func (f Font) LineHeight() float32 { return blockTypography(f).lineH[styleBody] }

// Mark is a range of a Block's text drawn over its highlights: tinted,
// struck through, muted or outlined. A comparison marks with them what it
// found: the counterpart of a passage, the words one version adds.
type Mark struct {
	Start, End int
	Fill       fyne.ThemeColorName // the tint's theme colour, "" for none
	Alpha      uint8               // the tint's opacity
	Strike     bool                // a line through the words
	Muted      bool                // the words in the placeholder colour
	// Outline boxes the range in ColorNameMark, line by line, or as one
	// box around the block when it covers all its text; an outline is
	// neither tinted, struck nor muted.
	Outline bool
}

// blockLeading is a Block's line height as a multiple of its font's.
const blockLeading = 1.45

// minBlockWidth is the narrowest a Block wraps its text to.
const minBlockWidth = 40

// Block shows a range of a text with its highlights and marks, wrapped to
// its width and as tall as its lines: it does not scroll, so that blocks
// can stand in rows and lists (the comparison's passages and quotations).
// It draws, hit-tests and selects as a View does, with the same code. All
// methods must be called on the Fyne main goroutine.
type Block struct {
	widget.BaseWidget

	// OnTap is called with the byte offset clicked (the start of the
	// line's last rune when the click is past its end); nil ignores clicks.
	OnTap func(off int)
	// OnHover is called with the visible spans under the pointer whenever
	// they change, nil when it leaves them.
	OnHover func(spans []highlight.Span)
	// Font is the size and weight of the text; set it before SetText.
	Font Font

	body
	marks    []Mark // as set
	outlines []Mark // the outlines drawn line by line
	boxed    bool   // an outline covers all the text: one box around it
	gen      int    // bumped whenever drawing must start afresh

	hovered  []highlight.Span
	pressAt  fyne.Position
	pressed  bool
	dragging bool
	r        *blockRenderer
}

var (
	_ fyne.Widget            = (*Block)(nil)
	_ fyne.Tappable          = (*Block)(nil)
	_ fyne.SecondaryTappable = (*Block)(nil)
	_ fyne.Draggable         = (*Block)(nil)
	_ fyne.Focusable         = (*Block)(nil)
	_ fyne.Shortcutable      = (*Block)(nil)
	_ desktop.Hoverable      = (*Block)(nil)
	_ desktop.Mouseable      = (*Block)(nil)
	_ desktop.Cursorable     = (*Block)(nil)
)

// NewBlock returns an empty block that sets its text in f.
func NewBlock(f Font) *Block {
	b := &Block{Font: f}
	b.lay.width = -1
	b.ExtendBaseWidget(b)
	return b
}

// SetText shows text[start:end] with those of spans that overlap it (they
// need not be sorted; nil shows none) and marks, and clears the selection.
func (b *Block) SetText(text string, start, end int, spans []highlight.Span, marks []Mark) {
	b.setText(text, start, end, spans)
	b.blocks = splitRange(b.text, b.start, b.end)
	b.marks, b.tints, b.outlines, b.boxed = marks, b.tints[:0], b.outlines[:0], false
	for _, mk := range marks {
		switch {
		case mk.Outline && mk.Start <= b.start && mk.End >= b.end:
			b.boxed = true
		case mk.Outline:
			b.outlines = append(b.outlines, mk)
		default:
			b.tints = append(b.tints, mk)
		}
	}
	b.gen++
	b.redraw()
}

// Text returns the text shown.
func (b *Block) Text() string { return b.text[b.start:b.end] }

// Range returns the byte range of the text shown.
func (b *Block) Range() (start, end int) { return b.start, b.end }

// Marks returns the marks set with the text.
func (b *Block) Marks() []Mark { return b.marks }

// SetKindVisible shows or hides the highlights of kind k.
func (b *Block) SetKindVisible(k highlight.Kind, visible bool) {
	if int(k) >= numKinds || b.hidden[k] == !visible {
		return
	}
	b.hidden[k] = !visible
	b.gen++
	b.redraw()
}

// Select selects the bytes [start, end) of the text.
func (b *Block) Select(start, end int) {
	b.selAnchor, b.selCaret = b.clamp(start), b.clamp(end)
	b.redraw()
}

// SelectAll selects all the text shown.
func (b *Block) SelectAll() { b.Select(b.start, b.end) }

// TextHeight is the height of a Block in f showing text[start:end] at
// width, measured without one: lists size their rows with it.
func TextHeight(text string, start, end int, f Font, width float32) float32 {
	return wrap(text, splitRange(text, start, end), blockTypography(f), max(width, minBlockWidth)).height
}

// HeightFor returns the block's height when it is width wide.
func (b *Block) HeightFor(width float32) float32 {
	b.ensureLayout(width)
	return b.lay.height
}

// PointOf returns where the rune at byte offset off is drawn in the block:
// the middle of its line, just inside its left edge.
func (b *Block) PointOf(off int) fyne.Position {
	b.ensureLayout(b.Size().Width)
	if len(b.lay.lines) == 0 {
		return fyne.Position{}
	}
	return b.pointOf(off)
}

// ensureLayout wraps the text for width, unless it already is.
func (b *Block) ensureLayout(width float32) {
	width = max(width, minBlockWidth)
	if t := blockTypography(b.Font); t != b.typo {
		b.typo, b.lay.width = t, -1
	}
	if width != b.lay.width {
		b.lay = wrap(b.text, b.blocks, b.typo, width)
		b.gen++
	}
}

// blockTypos holds the typography of each Font; used on the main
// goroutine only, as the measures are.
var blockTypos = map[Font]*typography{}

// blockTypography sets every line of a block in f, blockLeading apart,
// with no space between paragraphs.
func blockTypography(f Font) *typography {
	if t, ok := blockTypos[f]; ok {
		return t
	}
	m := metricsFor(f.Size, fyne.TextStyle{Bold: f.Bold})
	t := &typography{}
	for s := range numStyles {
		t.fonts[s], t.lineH[s] = m, round(m.height*blockLeading)
	}
	blockTypos[f] = t
	return t
}

// MinSize is the height of the text at the current width.
func (b *Block) MinSize() fyne.Size {
	return fyne.NewSize(minBlockWidth, b.HeightFor(b.Size().Width))
}

// CreateRenderer is part of fyne.Widget.
func (b *Block) CreateRenderer() fyne.WidgetRenderer {
	b.ExtendBaseWidget(b)
	b.r = &blockRenderer{b: b}
	b.r.sel.make = func() *canvas.Rectangle { return canvas.NewRectangle(color.Transparent) }
	b.r.outlines.make = b.r.sel.make
	b.r.box = canvas.NewRectangle(color.Transparent)
	b.r.box.StrokeWidth = 2
	b.r.colors = newPalette(b.Theme())
	return b.r
}

// redraw repaints after new text, a kind shown or hidden, or selecting:
// cheaper than a Refresh, which resolves the theme's colours again.
func (b *Block) redraw() {
	if b.r != nil {
		b.r.Layout(b.Size())
		canvas.Refresh(b)
	}
}

// laidOut reports whether the text is wrapped to the current width.
func (b *Block) laidOut() bool {
	return b.typo != nil && len(b.lay.lines) > 0 && b.lay.width == max(b.Size().Width, minBlockWidth)
}

// blockRenderer draws every line of a Block: blocks are short, and each
// line keeps its slot of objects while the text stays.
type blockRenderer struct {
	b        *Block
	slots    []*lineSlot
	objects  []fyne.CanvasObject
	texts    []fyne.CanvasObject // the lines' texts and cues, kept between layouts
	cues     []fyne.CanvasObject
	sel      pool[*canvas.Rectangle]
	outlines pool[*canvas.Rectangle]
	box      *canvas.Rectangle
	colors   palette
}

func (r *blockRenderer) Destroy()                     {}
func (r *blockRenderer) Objects() []fyne.CanvasObject { return r.objects }

// MinSize is part of fyne.WidgetRenderer.
func (r *blockRenderer) MinSize() fyne.Size { return r.b.MinSize() }

// Refresh draws afresh, e.g. after new text or a theme change.
func (r *blockRenderer) Refresh() {
	r.colors = newPalette(r.b.Theme())
	r.b.gen++
	r.Layout(r.b.Size())
	canvas.Refresh(r.b)
}

// Layout wraps for size and places the lines, the selection and the
// outlines. It asks for no new frame: the frame being laid out draws them.
func (r *blockRenderer) Layout(size fyne.Size) {
	b := r.b
	r.objects = r.objects[:0]
	r.sel.reset()
	r.outlines.reset()
	if size.Width <= 0 {
		return // not placed yet: its size will lay it out
	}
	b.ensureLayout(size.Width)
	if n := len(b.lay.lines) - len(r.slots); n > 0 {
		more := make([]lineSlot, n)
		for i := range more {
			more[i].line = -1
			r.slots = append(r.slots, &more[i])
		}
	}
	texts, cues := r.texts[:0], r.cues[:0]
	selStart, selEnd := b.Selection()
	for i, ln := range b.lay.lines {
		s := r.slots[i]
		if s.line != i || s.gen != b.gen {
			b.fill(s, i, b.gen, &r.colors)
		}
		s.place(0, ln.y)
		r.objects = append(r.objects, s.bgs...)
		b.addRange(&r.sel, i, selStart, selEnd, 0, ln.y, r.colors.selection, false)
		for _, mk := range b.outlines {
			b.addRange(&r.outlines, i, mk.Start, mk.End, 0, ln.y, r.colors.mark, true)
		}
		texts = append(texts, s.texts...)
		cues = append(cues, s.cues...)
	}
	r.texts, r.cues = texts, cues
	r.objects = r.sel.appendTo(r.objects)
	r.objects = append(append(r.objects, texts...), cues...)
	r.objects = r.outlines.appendTo(r.objects)
	if b.boxed {
		r.box.FillColor, r.box.StrokeColor = color.Transparent, r.colors.mark
		r.box.Move(fyne.NewPos(-4, 0))
		r.box.Resize(fyne.NewSize(size.Width+8, b.lay.height))
		r.objects = append(r.objects, r.box)
	}
}

// tapOffset returns the byte offset at p for a click: the start of the
// line's last rune when p is past its end; false off the lines.
func (b *Block) tapOffset(p fyne.Position) (int, bool) {
	if !b.laidOut() || p.Y < 0 || p.Y >= b.lay.height {
		return 0, false
	}
	off, _ := b.offsetIn(p.X, p.Y)
	ln := b.lay.lines[b.lay.lineAt(p.Y, b.typo)]
	return max(ln.start, min(off, b.lastRune(ln))), true
}

// lastRune returns the offset where the last rune of ln starts (a closing
// ” or a — is several bytes).
func (b *Block) lastRune(ln line) int {
	last := ln.end - 1
	for last > ln.start && !utf8.RuneStart(b.text[last]) {
		last--
	}
	return last
}

// Tapped clears the selection, takes the keyboard focus (for Ctrl+C after
// a selection) and reports the offset clicked.
func (b *Block) Tapped(ev *fyne.PointEvent) {
	b.Select(b.start, b.start)
	focus(b)
	if off, ok := b.tapOffset(ev.Position); ok && b.OnTap != nil {
		b.OnTap(off)
	}
}

// TappedSecondary offers Copy and Select All in a pop-up menu.
func (b *Block) TappedSecondary(ev *fyne.PointEvent) { showCopyMenu(b, b, ev) }

// MouseDown notes where a drag may start.
func (b *Block) MouseDown(ev *desktop.MouseEvent) {
	b.pressAt, b.pressed = ev.Position, ev.Button == desktop.MouseButtonPrimary
}

// MouseUp is part of desktop.Mouseable.
func (b *Block) MouseUp(*desktop.MouseEvent) { b.pressed = false }

// Dragged selects from where the drag began to the pointer.
func (b *Block) Dragged(ev *fyne.DragEvent) {
	if !b.laidOut() {
		return
	}
	if !b.dragging {
		start := ev.Position.Subtract(ev.Dragged)
		if b.pressed {
			start = b.pressAt
		}
		b.dragging = true
		b.selAnchor, _ = b.offsetIn(start.X, start.Y)
		focus(b)
	}
	b.selCaret, _ = b.offsetIn(ev.Position.X, ev.Position.Y)
	b.redraw()
}

// DragEnd ends a selection.
func (b *Block) DragEnd() { b.dragging, b.pressed = false, false }

// MouseIn is part of desktop.Hoverable.
func (b *Block) MouseIn(ev *desktop.MouseEvent) { b.MouseMoved(ev) }

// MouseMoved reports the highlights under the pointer when they change.
func (b *Block) MouseMoved(ev *desktop.MouseEvent) {
	var spans []highlight.Span
	if b.laidOut() {
		if off, on := b.offsetIn(ev.Position.X, ev.Position.Y); on {
			spans = b.SpansAt(off)
		}
	}
	b.hover(spans)
}

// MouseOut reports that the pointer left the highlights.
func (b *Block) MouseOut() { b.hover(nil) }

func (b *Block) hover(spans []highlight.Span) {
	if slices.Equal(spans, b.hovered) {
		return
	}
	b.hovered = spans
	if b.OnHover != nil {
		b.OnHover(spans)
	}
}

// Cursor shows a pointing hand when the text answers clicks, else the
// text cursor.
func (b *Block) Cursor() desktop.Cursor {
	if b.OnTap != nil {
		return desktop.PointerCursor
	}
	return desktop.TextCursor
}

// FocusGained is part of fyne.Focusable.
func (b *Block) FocusGained() {}

// FocusLost is part of fyne.Focusable.
func (b *Block) FocusLost() {}

// TypedRune is part of fyne.Focusable; the block takes no text.
func (b *Block) TypedRune(rune) {}

// TypedKey clears the selection on Escape.
func (b *Block) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape {
		b.Select(b.start, b.start)
	}
}

// TypedShortcut copies the selection (Ctrl+C) and selects all (Ctrl+A).
func (b *Block) TypedShortcut(s fyne.Shortcut) { copyShortcut(b, s) }
