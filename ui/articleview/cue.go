package articleview

import (
	"image/color"

	"slant/app"
	"slant/highlight"
)

// cueStroke is the width of the wavy cue's strokes.
const cueStroke = 1.2

// drawCue draws kind k's underline in ink from x1 to x2 under text whose
// top is at ty: solid for quotes (below the text, so it shows under spans
// inside quotes), double, dotted or wavy just under the baseline for the
// others.
func drawCue(s *lineSlot, k highlight.Kind, ink color.Color, x1, x2, ty float32, m *metrics) {
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
