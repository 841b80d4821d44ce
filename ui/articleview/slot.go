package articleview

import (
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
)

// pool hands out objects of one type, reusing those of earlier frames.
type pool[T fyne.CanvasObject] struct {
	items []T
	used  int
	make  func() T
}

func (p *pool[T]) reset() { p.used = 0 }

func (p *pool[T]) get() T {
	if p.used == len(p.items) {
		p.items = append(p.items, p.make())
	}
	p.used++
	return p.items[p.used-1]
}

// appendTo appends the objects handed out since the last reset to objs.
func (p *pool[T]) appendTo(objs []fyne.CanvasObject) []fyne.CanvasObject {
	for _, o := range p.items[:p.used] {
		objs = append(objs, o)
	}
	return objs
}

// objects returns the objects handed out since the last reset.
func (p *pool[T]) objects() []fyne.CanvasObject { return p.appendTo(nil) }

// lineSlot holds the canvas objects of one line: backgrounds, text pieces
// and underline cues, laid out from the origin and moved as a whole.
type lineSlot struct {
	line, gen int
	origin    fyne.Position

	bgs, texts, cues []fyne.CanvasObject

	rects pool[*canvas.Rectangle]
	lines pool[*canvas.Line]
	txts  pool[*canvas.Text]
}

// reset empties the slot for line i of drawing generation gen.
func (s *lineSlot) reset(i, gen int) {
	s.line, s.gen, s.origin = i, gen, fyne.Position{}
	s.bgs, s.texts, s.cues = s.bgs[:0], s.texts[:0], s.cues[:0]
	s.rects.reset()
	s.lines.reset()
	s.txts.reset()
	if s.rects.make == nil {
		s.rects.items, s.txts.items = make([]*canvas.Rectangle, 0, 8), make([]*canvas.Text, 0, 8)
		s.rects.make = func() *canvas.Rectangle { return canvas.NewRectangle(color.Transparent) }
		s.lines.make = func() *canvas.Line { return canvas.NewLine(color.Transparent) }
		s.txts.make = func() *canvas.Text { return canvas.NewText("", color.Transparent) }
	}
}

// place moves the slot's objects so that its origin is at (x, y).
func (s *lineSlot) place(x, y float32) {
	to := fyne.NewPos(x, y)
	d := to.Subtract(s.origin)
	if d.IsZero() {
		return
	}
	for _, group := range [][]fyne.CanvasObject{s.bgs, s.texts, s.cues} {
		for _, o := range group {
			o.Move(o.Position().Add(d))
		}
	}
	s.origin = to
}

func (s *lineSlot) rect(c color.Color, x, y, w, h float32) *canvas.Rectangle {
	r := s.rects.get()
	r.FillColor, r.StrokeWidth, r.CornerRadius = c, 0, 0
	r.Move(fyne.NewPos(x, y))
	r.Resize(fyne.NewSize(w, h))
	return r
}

func (s *lineSlot) addBg(c color.Color, x, y, w, h float32) {
	r := s.rect(c, x, y, w, h)
	r.CornerRadius = 2
	s.bgs = append(s.bgs, r)
}

// addFill adds a square-cornered background, such as a Mark's tint.
func (s *lineSlot) addFill(c color.Color, x, y, w, h float32) {
	s.bgs = append(s.bgs, s.rect(c, x, y, w, h))
}

func (s *lineSlot) addCueRect(c color.Color, x, y, w, h float32) {
	s.cues = append(s.cues, s.rect(c, x, y, w, h))
}

func (s *lineSlot) addCueLine(c color.Color, x1, y1, x2, y2 float32) {
	l := s.lines.get()
	l.StrokeColor, l.StrokeWidth = c, cueStroke
	l.Position1, l.Position2 = fyne.NewPos(x1, y1), fyne.NewPos(x2, y2)
	s.cues = append(s.cues, l)
}

// addText draws str at (x, y), refreshing the object only when what it
// shows changed, so its rasterised texture is kept otherwise.
func (s *lineSlot) addText(str string, x, y float32, m *metrics, c color.Color) {
	str = drawable(str)
	t := s.txts.get()
	if t.Text != str || t.TextSize != m.size || t.TextStyle != m.style || t.Color != c {
		t.Text, t.TextSize, t.TextStyle, t.Color = str, m.size, m.style, c
		t.Refresh()
	}
	t.Move(fyne.NewPos(x, y))
	t.Resize(fyne.NewSize(m.width(str), m.height))
	s.texts = append(s.texts, t)
}

// drawable replaces control characters (tabs above all, which the text
// renderer would expand to tab stops) with the spaces they are measured as.
func drawable(s string) string {
	if strings.IndexFunc(s, func(r rune) bool { return r < ' ' }) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r < ' ' {
			return ' '
		}
		return r
	}, s)
}
