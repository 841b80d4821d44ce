package export

import (
	"sort"
	"strings"

	"slant/app"
	"slant/highlight"
)

// segment is the stretch [x0, x1] of one line that one span covers.
type segment struct {
	span   int
	x0, x1 float64
}

// drawLine draws one laid-out line with baseline y: span backgrounds
// (outer spans first), their cues, speaker boxes, the text in one run,
// and the margin letters.
func (a *article) drawLine(box lineBox, x, top float64) {
	ln, st := box.parts, box.st
	y := top + 0.72*st.lineH()
	xs := make([]float64, len(ln)+1)
	xs[0] = x
	var b strings.Builder
	for i, pt := range ln {
		xs[i+1] = xs[i] + pt.w
		b.WriteString(Display(a.text[pt.start:pt.end]))
	}
	segs := a.segments(ln, xs)
	for _, s := range segs {
		FillBand(a.p.f, s.x0, s.x1, y, st.size, a.levels[s.span], app.StyleOf(a.spans[s.span].Kind).Light)
	}
	for _, s := range segs {
		DrawCue(a.p.f, app.StyleOf(a.spans[s.span].Kind), s.x0, s.x1, y, st.size)
		a.p.drawn = append(a.p.drawn, drawnSpan{a.p.f.PageNo(), a.spans[s.span].Kind, a.levels[s.span], s.x0, s.x1, y, st.size})
	}
	a.speakerBoxes(ln, xs, y, st.size)
	a.p.setFont(st.face, st.size)
	a.p.setText(inkBlack)
	a.p.f.Text(x, y, b.String())
	a.marginLetters(segs, x, y)
	if a.marks != nil {
		a.marks.draw(a, ln, xs, y, st.size)
	}
}

// segments returns the stretch of the line each span covers, outer spans
// (lower nesting level) first.
func (a *article) segments(ln []part, xs []float64) []segment {
	var segs []segment
	at := map[int]int{}
	for i, pt := range ln {
		for _, s := range a.pcs[pt.pc].active {
			if s == none {
				continue
			}
			if j, ok := at[s]; ok {
				segs[j].x1 = xs[i+1]
				continue
			}
			at[s] = len(segs)
			segs = append(segs, segment{s, xs[i], xs[i+1]})
		}
	}
	sort.SliceStable(segs, func(i, j int) bool { return a.levels[segs[i].span] < a.levels[segs[j].span] })
	return segs
}

// speakerBoxes outlines, in the quote ink, the mentions quotes are
// attributed to.
func (a *article) speakerBoxes(ln []part, xs []float64, y, size float64) {
	ink := app.StyleOf(highlight.Quote).Ink
	a.p.setDraw(ink)
	a.p.f.SetLineWidth(0.06 * size)
	a.p.f.SetDashPattern(nil, 0)
	for i := 0; i < len(ln); {
		if !a.pcs[ln[i].pc].speaker {
			i++
			continue
		}
		j := i
		for j < len(ln) && a.pcs[ln[j].pc].speaker {
			j++
		}
		top := y - bandTop*size
		a.p.f.Rect(xs[i]-0.5, top, xs[j]-xs[i]+1, (bandTop+bandBottom)*size, "D")
		i = j
	}
}

// marginLetters prints, left of the line, the letters of the kinds the
// line holds, each in its kind's ink: a cue that survives any printer.
func (a *article) marginLetters(segs []segment, x, y float64) {
	if a.p.opt.NoMarginLetters || len(segs) == 0 {
		return
	}
	var on [numKinds]bool
	for _, s := range segs {
		on[a.spans[s.span].Kind] = true
	}
	a.p.setFont("B", 6.5)
	x -= 4
	for k := numKinds - 1; k >= 0; k-- {
		if !on[k] {
			continue
		}
		st := app.StyleOf(highlight.Kind(k))
		x -= a.p.f.GetStringWidth(st.Letter) + 0.8
		a.p.setText(st.Ink)
		a.p.f.Text(x, y-1, st.Letter)
	}
}
