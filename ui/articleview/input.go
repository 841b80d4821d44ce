package articleview

import (
	"slices"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"slant/highlight"
)

// dragMode says what a drag in progress does.
type dragMode uint8

const (
	dragNone dragMode = iota
	dragSelect
	dragScroll
)

var (
	_ fyne.Tappable       = (*View)(nil)
	_ fyne.DoubleTappable = (*View)(nil)
	_ fyne.Draggable      = (*View)(nil)
	_ fyne.Scrollable     = (*View)(nil)
	_ fyne.Focusable      = (*View)(nil)
	_ fyne.Shortcutable   = (*View)(nil)
	_ desktop.Hoverable   = (*View)(nil)
	_ desktop.Keyable     = (*View)(nil)
	_ desktop.Cursorable  = (*View)(nil)
	_ desktop.Mouseable   = (*View)(nil)

	_ fyne.SecondaryTappable = (*View)(nil)
)

// offsetAtPos returns the byte offset nearest to p, a position in the view,
// and whether p lies on the text itself (not in a margin or between blocks).
func (v *View) offsetAtPos(p fyne.Position) (int, bool) {
	if !v.laidOut() {
		return 0, false
	}
	return v.offsetIn(p.X-v.columnX(), p.Y-pagePad+v.offset)
}

// spansAtPos returns the visible spans under p, none when p is off the text.
func (v *View) spansAtPos(p fyne.Position) []highlight.Span {
	off, on := v.offsetAtPos(p)
	if !on {
		return nil
	}
	return v.SpansAt(off)
}

// Tapped focuses the view, clears the selection and pins the detail of the
// spans under the pointer.
func (v *View) Tapped(ev *fyne.PointEvent) {
	v.focus()
	v.Select(0, 0)
	spans := v.spansAtPos(ev.Position)
	if i := v.indexOf(spans); i >= 0 {
		v.current = i
	}
	v.pin(spans)
}

// indexOf returns the index in v.spans of the innermost of spans, or -1.
func (v *View) indexOf(spans []highlight.Span) int {
	if len(spans) == 0 {
		return -1
	}
	return slices.Index(v.spans, spans[len(spans)-1])
}

// TappedSecondary offers Copy and Select All in a pop-up menu.
func (v *View) TappedSecondary(ev *fyne.PointEvent) { showCopyMenu(v, v, ev) }

// SelectAll selects the whole text.
func (v *View) SelectAll() { v.Select(0, len(v.text)) }

// selectable is text that can be selected and copied: a View or a Block.
type selectable interface {
	Copy()
	SelectedText() string
	SelectAll()
}

// showCopyMenu offers Copy and Select All of s in a pop-up menu at ev
// over o.
func showCopyMenu(o fyne.CanvasObject, s selectable, ev *fyne.PointEvent) {
	c := fyne.CurrentApp().Driver().CanvasForObject(o)
	if c == nil {
		return
	}
	cp := fyne.NewMenuItem("Copy", s.Copy)
	cp.Disabled = s.SelectedText() == ""
	all := fyne.NewMenuItem("Select All", s.SelectAll)
	widget.ShowPopUpMenuAtPosition(fyne.NewMenu("", cp, all), c, ev.AbsolutePosition)
}

// copyShortcut copies the selection of s (Ctrl+C) or selects all (Ctrl+A).
func copyShortcut(s selectable, sc fyne.Shortcut) {
	switch sc.(type) {
	case *fyne.ShortcutCopy:
		s.Copy()
	case *fyne.ShortcutSelectAll:
		s.SelectAll()
	}
}

// DoubleTapped selects the word under the pointer.
func (v *View) DoubleTapped(ev *fyne.PointEvent) {
	off, _ := v.offsetAtPos(ev.Position)
	s, e := WordAround(v.text, off, isWordRune)
	v.Select(s, e)
}

// WordAround returns the byte range of the run of runes around offset off
// of text for which inWord is true: the word there, as inWord defines a
// word's letters. It is empty (start == end == off) between words.
func WordAround(text string, off int, inWord func(rune) bool) (start, end int) {
	start, end = off, off
	for start > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:start])
		if !inWord(r) {
			break
		}
		start -= n
	}
	for end < len(text) {
		r, n := utf8.DecodeRuneInString(text[end:])
		if !inWord(r) {
			break
		}
		end += n
	}
	return start, end
}

// isWordRune tells the letters of a word a double click selects: letters,
// digits and apostrophes.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’'
}

func (v *View) focus() { focus(v) }

// focus gives o the keyboard focus.
func focus(o interface {
	fyne.CanvasObject
	fyne.Focusable
}) {
	if c := fyne.CurrentApp().Driver().CanvasForObject(o); c != nil {
		c.Focus(o)
	}
}

// Dragged selects text, or scrolls when the drag began on the scroll bar.
func (v *View) Dragged(ev *fyne.DragEvent) {
	if v.dragMode == dragNone {
		start := ev.Position.Subtract(ev.Dragged)
		if v.pressed {
			start = v.pressAt
		}
		v.dragMode = dragSelect
		if start.X >= v.Size().Width-scrollBarW {
			v.dragMode = dragScroll
		} else {
			off, _ := v.offsetAtPos(start)
			v.selAnchor, v.selCaret = off, off
		}
	}
	if v.dragMode == dragScroll {
		v.ScrollTo(v.offset + ev.Dragged.DY*v.scrollRatio())
		return
	}
	v.dragSelect(ev.Position)
}

// dragSelect moves the selection's caret to p, scrolling at the edges.
func (v *View) dragSelect(p fyne.Position) {
	switch {
	case p.Y < 0:
		v.ScrollTo(v.offset + p.Y)
	case p.Y > v.Size().Height:
		v.ScrollTo(v.offset + p.Y - v.Size().Height)
	}
	v.selCaret, _ = v.offsetAtPos(p)
	v.redraw()
}

// scrollRatio is how far the content moves per pixel of scroll bar.
func (v *View) scrollRatio() float32 {
	h := v.Size().Height
	if h <= 0 {
		return 1
	}
	return max(1, (v.lay.height+2*pagePad)/h)
}

// DragEnd ends a selection or a scroll-bar drag.
func (v *View) DragEnd() { v.dragMode, v.pressed = dragNone, false }

// MouseDown notes where a drag may start.
func (v *View) MouseDown(ev *desktop.MouseEvent) {
	v.pressAt, v.pressed = ev.Position, ev.Button == desktop.MouseButtonPrimary
}

// MouseUp is part of desktop.Mouseable.
func (v *View) MouseUp(*desktop.MouseEvent) { v.pressed = false }

// Scrolled scrolls by the wheel or touchpad.
func (v *View) Scrolled(ev *fyne.ScrollEvent) { v.ScrollTo(v.offset - ev.Scrolled.DY) }

// MouseIn is part of desktop.Hoverable.
func (v *View) MouseIn(ev *desktop.MouseEvent) { v.MouseMoved(ev) }

// MouseMoved shows the detail of the spans under the pointer.
func (v *View) MouseMoved(ev *desktop.MouseEvent) { v.hover(v.spansAtPos(ev.Position)) }

// MouseOut falls back to the pinned detail.
func (v *View) MouseOut() { v.hover(nil) }

func (v *View) hover(spans []highlight.Span) {
	if slices.Equal(spans, v.hovered) {
		return
	}
	v.hovered = spans
	if spans == nil {
		spans = v.pinned
	}
	v.notify(spans)
}

// Cursor shows the text cursor over the article.
func (v *View) Cursor() desktop.Cursor { return desktop.TextCursor }

// FocusGained is part of fyne.Focusable.
func (v *View) FocusGained() {}

// FocusLost is part of fyne.Focusable.
func (v *View) FocusLost() {}

// TypedRune is part of fyne.Focusable; the view takes no text.
func (v *View) TypedRune(rune) {}

// KeyDown tracks Shift for Space and F3.
func (v *View) KeyDown(ev *fyne.KeyEvent) { v.trackShift(ev.Name, true) }

// KeyUp tracks Shift for Space and F3.
func (v *View) KeyUp(ev *fyne.KeyEvent) { v.trackShift(ev.Name, false) }

func (v *View) trackShift(k fyne.KeyName, down bool) {
	if k == desktop.KeyShiftLeft || k == desktop.KeyShiftRight {
		v.shift = down
	}
}

// TypedKey scrolls by line (arrows), by page (Page Up/Down, Space,
// Shift+Space), to the ends (Home/End), moves between highlights (F3,
// Shift+F3) and clears the selection (Escape).
func (v *View) TypedKey(ev *fyne.KeyEvent) {
	line := v.lineStep()
	page := max(line, v.Size().Height-2*line)
	switch ev.Name {
	case fyne.KeyDown:
		v.ScrollTo(v.offset + line)
	case fyne.KeyUp:
		v.ScrollTo(v.offset - line)
	case fyne.KeyPageDown:
		v.ScrollTo(v.offset + page)
	case fyne.KeyPageUp:
		v.ScrollTo(v.offset - page)
	case fyne.KeySpace:
		v.ScrollTo(v.offset + v.signed(page))
	case fyne.KeyHome:
		v.ScrollTo(0)
	case fyne.KeyEnd:
		v.ScrollTo(v.maxOffset())
	case fyne.KeyF3:
		v.step(int(v.signed(1)))
	case fyne.KeyEscape:
		v.Select(0, 0)
	}
}

// signed negates d while Shift is down.
func (v *View) signed(d float32) float32 {
	if v.shift {
		return -d
	}
	return d
}

func (v *View) lineStep() float32 {
	if v.typo == nil {
		return 20
	}
	return v.typo.lineH[styleBody]
}

// TypedShortcut copies the selection (Ctrl+C) and selects all (Ctrl+A).
func (v *View) TypedShortcut(s fyne.Shortcut) { copyShortcut(v, s) }
