package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"slant/highlight"
	"slant/ui/articleview"
)

// markSurface is an article on which marks are made: a transparent layer
// over an articleview.View takes clicks and keys and passes the rest
// through, so dragging still selects and the wheel still scrolls. Keys 1–4
// mark the selection as a quote, figure, actor or loaded term, Delete
// removes the clicked mark and Ctrl+Z undoes.
type markSurface struct {
	view  *articleview.View
	layer *markLayer
	obj   fyne.CanvasObject

	onKind   func(k highlight.Kind)   // mark the selection as k
	onRemove func()                   // remove the clicked mark
	onUndo   func()                   // take back the last change
	onClick  func(s []highlight.Span) // the marks under a click, none off them
	onHover  func(s []highlight.Span) // the marks under the pointer, or the clicked ones
	menu     func() []*fyne.MenuItem  // extra items for the right-click menu
	clicked  []highlight.Span         // the marks under the last click
	title    string                   // what show was last given
	spans    []highlight.Span
	clicking bool // a click is being passed to the view
}

// newMarkSurface returns an empty surface; set its callbacks, then show
// text with show.
func newMarkSurface() *markSurface {
	s := &markSurface{view: articleview.NewView()}
	s.view.MarkFor = 0 // the outline of the clicked mark stays until the next click
	s.view.OnDetail = s.detail
	s.layer = newMarkLayer(s)
	s.obj = container.NewStack(s.view, s.layer)
	return s
}

// show sets the text and marks, keeping the scroll position when the text
// is the one already shown (as after each new mark).
func (s *markSurface) show(title, text string, spans []highlight.Span) {
	same := text == s.view.Text()
	off := s.view.ScrollOffset()
	s.title, s.spans = title, spans
	s.view.SetDocument(title, text, spans)
	if same {
		s.view.ScrollTo(off)
	}
	s.clicked = nil
}

// outline draws a lasting outline around [start, end).
func (s *markSurface) outline(start, end int) { s.view.MarkRange(start, end) }

// clearOutline removes the outline without scrolling.
func (s *markSurface) clearOutline() {
	if start, end := s.view.Marked(); start < end {
		s.show(s.title, s.view.Text(), s.spans)
	}
}

// detail receives the view's hover and click reports.
func (s *markSurface) detail(spans []highlight.Span) {
	if s.clicking {
		s.clicked = spans
		if s.onClick != nil {
			s.onClick(spans)
		}
		return
	}
	if s.onHover != nil {
		s.onHover(spans)
	}
}

// markKey returns the kind key r marks, 1 to 4 in legend order.
func markKey(r rune) (highlight.Kind, bool) {
	if r < '1' || int(r-'1') >= len(highlight.Kinds) {
		return 0, false
	}
	return highlight.Kinds[r-'1'], true
}

// typedRune marks the selection when r is a kind key.
func (s *markSurface) typedRune(r rune) {
	if k, ok := markKey(r); ok && s.onKind != nil {
		s.onKind(k)
	}
}

// typedKey removes the clicked mark on Delete or Backspace and lets the
// view scroll on the others.
func (s *markSurface) typedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyDelete, fyne.KeyBackspace:
		if s.onRemove != nil {
			s.onRemove()
		}
	default:
		s.view.TypedKey(ev)
	}
}

// typedShortcut undoes on Ctrl+Z and lets the view copy and select all.
func (s *markSurface) typedShortcut(sc fyne.Shortcut) {
	if _, ok := sc.(*fyne.ShortcutUndo); ok {
		if s.onUndo != nil {
			s.onUndo()
		}
		return
	}
	s.view.TypedShortcut(sc)
}

// bindWindow sends keys typed while nothing in w has focus to the surface.
func (s *markSurface) bindWindow(w fyne.Window) {
	c := w.Canvas()
	c.SetOnTypedRune(s.typedRune)
	c.SetOnTypedKey(s.typedKey)
	c.AddShortcut(&fyne.ShortcutUndo{}, s.typedShortcut)
}

// markLayer is the transparent layer of a markSurface.
type markLayer struct {
	widget.BaseWidget
	s *markSurface
}

var (
	_ fyne.Tappable          = (*markLayer)(nil)
	_ fyne.DoubleTappable    = (*markLayer)(nil)
	_ fyne.SecondaryTappable = (*markLayer)(nil)
	_ fyne.Focusable         = (*markLayer)(nil)
	_ fyne.Shortcutable      = (*markLayer)(nil)
	_ desktop.Mouseable      = (*markLayer)(nil)
	_ desktop.Keyable        = (*markLayer)(nil)
)

func newMarkLayer(s *markSurface) *markLayer {
	l := &markLayer{s: s}
	l.ExtendBaseWidget(l)
	return l
}

// CreateRenderer is part of fyne.Widget: the layer draws nothing.
func (l *markLayer) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewWithoutLayout())
}

// Tapped passes the click to the view, which reports the marks under it,
// then keeps the keyboard focus for marking.
func (l *markLayer) Tapped(ev *fyne.PointEvent) {
	l.s.clicking = true
	l.s.view.Tapped(ev)
	l.s.clicking = false
	l.focus()
}

// DoubleTapped selects the word under the pointer, ready to be marked.
func (l *markLayer) DoubleTapped(ev *fyne.PointEvent) {
	l.s.view.DoubleTapped(ev)
	l.focus()
}

// TappedSecondary offers to mark the selection, the surface's own items,
// and copying.
func (l *markLayer) TappedSecondary(ev *fyne.PointEvent) {
	c := fyne.CurrentApp().Driver().CanvasForObject(l)
	if c == nil {
		return
	}
	var items []*fyne.MenuItem
	if l.s.menu != nil {
		items = l.s.menu()
	}
	cp := fyne.NewMenuItem("Copy", l.s.view.Copy)
	cp.Disabled = l.s.view.SelectedText() == ""
	items = append(items, fyne.NewMenuItemSeparator(), cp)
	widget.ShowPopUpMenuAtPosition(fyne.NewMenu("", items...), c, ev.AbsolutePosition)
}

func (l *markLayer) focus() {
	if c := fyne.CurrentApp().Driver().CanvasForObject(l); c != nil {
		c.Focus(l)
	}
}

// MouseDown passes the press to the view, where a drag may start.
func (l *markLayer) MouseDown(ev *desktop.MouseEvent) { l.s.view.MouseDown(ev) }

// MouseUp passes the release to the view.
func (l *markLayer) MouseUp(ev *desktop.MouseEvent) { l.s.view.MouseUp(ev) }

// KeyDown passes Shift to the view.
func (l *markLayer) KeyDown(ev *fyne.KeyEvent) { l.s.view.KeyDown(ev) }

// KeyUp passes Shift to the view.
func (l *markLayer) KeyUp(ev *fyne.KeyEvent) { l.s.view.KeyUp(ev) }

// FocusGained is part of fyne.Focusable.
func (l *markLayer) FocusGained() {}

// FocusLost is part of fyne.Focusable.
func (l *markLayer) FocusLost() {}

// TypedRune marks the selection on 1–4.
func (l *markLayer) TypedRune(r rune) { l.s.typedRune(r) }

// TypedKey removes the clicked mark (Delete) or scrolls the view.
func (l *markLayer) TypedKey(ev *fyne.KeyEvent) { l.s.typedKey(ev) }

// TypedShortcut undoes (Ctrl+Z), copies or selects all.
func (l *markLayer) TypedShortcut(sc fyne.Shortcut) { l.s.typedShortcut(sc) }
