package export

import (
	"image/color"
	"math"

	"codeberg.org/go-pdf/fpdf"

	"slant/app"
)

// Where a kind's marks sit, as fractions of the type size relative to the
// baseline (positive is down). Each cue has its own lane so that
// overlapping spans (a figure inside a quote) keep both marks visible: the
// quote's solid line runs lowest, under the descenders; the others sit
// between baseline and descenders.
const (
	bandTop     = 0.93 // a background reaches this far above the baseline
	bandBottom  = 0.30 // and this far below
	bandInset   = 0.10 // a nested span's band is this much shorter, top and bottom
	solidLane   = 0.54
	doubleLane1 = 0.13
	doubleLane2 = 0.27
	dottedLane  = 0.17
	wavyLane    = 0.31
	wavyAmp     = 0.075
	wavyPeriod  = 0.36
)

// FillBand paints in colour c the background of a span segment from x0
// to x1 on the line with baseline y, in type of the given size; level > 0
// makes it shorter, so the band of the span it sits in still shows above
// and below it.
func FillBand(f *fpdf.Fpdf, x0, x1, y, size float64, level int, c color.NRGBA) {
	inset := float64(level) * bandInset * size
	top := y - bandTop*size + inset
	h := (bandTop+bandBottom)*size - 2*inset
	if h <= 0 || x1 <= x0 {
		return
	}
	f.SetFillColor(int(c.R), int(c.G), int(c.B))
	f.Rect(x0, top, x1-x0, h, "F")
}

// DrawCue draws the underline of style st (solid for quotes, double for
// figures, dotted for actors, wavy for loaded terms: the cue that survives
// greyscale printing) from x0 to x1 under baseline y, in its ink, in lanes
// that keep overlapping spans' cues apart.
func DrawCue(f *fpdf.Fpdf, st app.Style, x0, x1, y, size float64) {
	if x1-x0 < 0.5 {
		return
	}
	f.SetDrawColor(int(st.Ink.R), int(st.Ink.G), int(st.Ink.B))
	f.SetDashPattern(nil, 0)
	f.SetLineCapStyle("butt")
	switch st.Cue {
	case app.CueSolid:
		f.SetLineWidth(0.075 * size)
		f.Line(x0, y+solidLane*size, x1, y+solidLane*size)
	case app.CueDouble:
		f.SetLineWidth(0.045 * size)
		f.Line(x0, y+doubleLane1*size, x1, y+doubleLane1*size)
		f.Line(x0, y+doubleLane2*size, x1, y+doubleLane2*size)
	case app.CueDotted:
		drawDots(f, x0, x1, y+dottedLane*size, size)
	case app.CueWavy:
		drawWave(f, x0, x1, y+wavyLane*size, size)
	}
}

// drawDots draws round dots along y.
func drawDots(f *fpdf.Fpdf, x0, x1, y, size float64) {
	f.SetLineWidth(0.1 * size)
	f.SetLineCapStyle("round")
	f.SetDashPattern([]float64{0.001, 0.2 * size}, 0)
	f.Line(x0+0.05*size, y, x1, y)
	f.SetDashPattern(nil, 0)
	f.SetLineCapStyle("butt")
}

// drawWave draws a wavy line along y, a quadratic curve per half period.
func drawWave(f *fpdf.Fpdf, x0, x1, y, size float64) {
	half := wavyPeriod * size / 2
	amp := wavyAmp * size
	f.SetLineWidth(0.05 * size)
	f.SetLineJoinStyle("round")
	f.MoveTo(x0, y)
	up := -1.0
	for x := x0; x < x1-0.01; x += half {
		end := math.Min(x+half, x1)
		f.CurveTo((x+end)/2, y+2*amp*up*(end-x)/half, end, y)
		up = -up
	}
	f.DrawPath("D")
}
