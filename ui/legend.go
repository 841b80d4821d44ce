package ui

import (
	"fmt"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"slant/app"
	"slant/highlight"
	"slant/ui/articleview"
)

// legend shows each kind's colour and cue, its count in the article and a
// toggle that hides or shows it.
type legend struct {
	checks   [len(highlight.Kinds)]*widget.Check
	swatches [len(highlight.Kinds)]*swatch
	box      *fyne.Container
	onToggle func(k highlight.Kind, on bool)
}

func newLegend(onToggle func(k highlight.Kind, on bool)) *legend {
	l := &legend{onToggle: onToggle}
	l.box = container.NewHBox()
	for _, k := range highlight.Kinds {
		c := widget.NewCheck(app.StyleOf(k).Name, nil)
		c.SetChecked(true)
		c.OnChanged = func(on bool) {
			l.swatches[k].setOff(!on)
			l.onToggle(k, on)
		}
		l.checks[k], l.swatches[k] = c, newSwatch(k)
		l.box.Add(container.NewHBox(l.swatches[k], c))
	}
	return l
}

// setCounts shows the number of spans of each kind.
func (l *legend) setCounts(n [len(highlight.Kinds)]int) {
	for _, k := range highlight.Kinds {
		l.checks[k].Text = fmt.Sprintf("%s %d", app.StyleOf(k).Name, n[k])
		l.checks[k].Refresh()
	}
}

// setChecked shows kind k as on or off without calling back.
func (l *legend) setChecked(k highlight.Kind, on bool) {
	l.swatches[k].setOff(!on)
	c := l.checks[k]
	if c.Checked == on {
		return
	}
	c.Checked = on
	c.Refresh()
}

// swatch is a small sample of a kind: its background and its underline cue,
// or, while the kind is hidden, only a grey outline and letter.
type swatch struct {
	widget.BaseWidget
	kind highlight.Kind
	off  bool
}

// setOff shows the swatch as hidden (outlined, grey) or shown (coloured).
func (s *swatch) setOff(off bool) {
	if s.off != off {
		s.off = off
		s.Refresh()
	}
}

func newSwatch(k highlight.Kind) *swatch {
	s := &swatch{kind: k}
	s.ExtendBaseWidget(s)
	return s
}

// CreateRenderer is part of fyne.Widget.
func (s *swatch) CreateRenderer() fyne.WidgetRenderer {
	bg := canvas.NewRectangle(color.Transparent)
	bg.CornerRadius = 3
	letter := canvas.NewText(app.StyleOf(s.kind).Letter, color.Black)
	letter.TextStyle.Bold = true
	letter.Alignment = fyne.TextAlignCenter
	r := &swatchRenderer{s: s, bg: bg, letter: letter, cue: canvas.NewRectangle(color.Transparent)}
	r.Refresh()
	return r
}

type swatchRenderer struct {
	s       *swatch
	bg, cue *canvas.Rectangle
	letter  *canvas.Text
}

func (r *swatchRenderer) Destroy() {}

func (r *swatchRenderer) MinSize() fyne.Size { return fyne.NewSize(24, 24) }

func (r *swatchRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.bg, r.letter, r.cue}
}

func (r *swatchRenderer) Layout(size fyne.Size) {
	top := (size.Height - 22) / 2
	r.bg.Move(fyne.NewPos(0, top))
	r.bg.Resize(fyne.NewSize(22, 22))
	r.letter.Move(fyne.NewPos(0, top))
	r.letter.Resize(fyne.NewSize(22, 20))
	r.cue.Move(fyne.NewPos(3, top+18))
	r.cue.Resize(fyne.NewSize(16, 2))
}

func (r *swatchRenderer) Refresh() {
	r.bg.FillColor = theme.Color(articleview.BackgroundName(r.s.kind))
	r.cue.FillColor = theme.Color(articleview.InkName(r.s.kind))
	r.letter.Color = theme.Color(theme.ColorNameForeground)
	r.bg.StrokeWidth = 0
	if r.s.off {
		grey := theme.Color(theme.ColorNamePlaceHolder)
		r.bg.FillColor, r.cue.FillColor, r.letter.Color = color.Transparent, color.Transparent, grey
		r.bg.StrokeColor, r.bg.StrokeWidth = grey, 1
	}
	r.Layout(r.s.Size())
	canvas.Refresh(r.s)
}
