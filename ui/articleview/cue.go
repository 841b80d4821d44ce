package articleview

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"

	"slant/app"
	"slant/highlight"
)

// cueStroke is the width of the wavy cue's strokes.
const cueStroke = 1.2

// cueSink takes the shapes of an underline cue: the article view's line
// slots reuse their objects, other views append new ones.
type cueSink interface {
	addCueRect(c color.Color, x, y, w, h float32)
	addCueLine(c color.Color, x1, y1, x2, y2 float32)
}

// drawCue draws kind k's underline in ink from x1 to x2 under text whose
// top is at ty: solid for quotes (below the text, so it shows under spans
// inside quotes), double, dotted or wavy just under the baseline for the
// others.
func drawCue(s cueSink, k highlight.Kind, ink color.Color, x1, x2, ty float32, m *metrics) {
	base := ty + m.baseline
	switch app.StyleOf(k).Cue {
	case app.CueSolid:
		s.addCueRect(ink, x1, ty+m.height, x2-x1, 2)
	case app.CueDouble:
		s.addCueRect(ink, x1, base+2, x2-x1, 1)
		s.addCueRect(ink, x1, base+4, x2-x1, 1)
	case app.CueDotted:
		for x := x1; x < x2-1; x += 4 {
			s.addCueRect(ink, x, base+2, 2, 2)
		}
	case app.CueWavy:
		for x, up := x1, false; x < x2; x, up = x+3, !up {
			y1, y2 := base+2, base+5
			if up {
				y1, y2 = y2, y1
			}
			s.addCueLine(ink, x, y1, min(x+3, x2), y2)
		}
	}
}

// objectSink collects a cue's shapes as new canvas objects.
type objectSink []fyne.CanvasObject

func (o *objectSink) addCueRect(c color.Color, x, y, w, h float32) {
	r := canvas.NewRectangle(c)
	r.Move(fyne.NewPos(x, y))
	r.Resize(fyne.NewSize(w, h))
	*o = append(*o, r)
}

func (o *objectSink) addCueLine(c color.Color, x1, y1, x2, y2 float32) {
	l := canvas.NewLine(c)
	l.StrokeWidth = cueStroke
	l.Position1, l.Position2 = fyne.NewPos(x1, y1), fyne.NewPos(x2, y2)
	*o = append(*o, l)
}

// AppendCue appends to objs the underline cue of kind k, in ink, from x1
// to x2 under text of size and style whose top is at ty, drawn as the
// article view draws it, so that other views showing highlighted text
// (the comparison) mark each kind the same way.
func AppendCue(objs []fyne.CanvasObject, k highlight.Kind, ink color.Color, x1, x2, ty, size float32, style fyne.TextStyle) []fyne.CanvasObject {
	sink := objectSink(objs)
	drawCue(&sink, k, ink, x1, x2, ty, metricsFor(size, style))
	return sink
}
