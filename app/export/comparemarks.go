package export

import (
	"image/color"
	"sort"
	"strconv"

	"slant/app/compare"
)

// disagreeInk outlines figures two accounts give differently: the
// Okabe–Ito reddish purple, dark enough to read as black in greyscale.
var disagreeInk = color.NRGBA{0x9E, 0x3D, 0x7A, 0xFF}

// quoteSigns tag a matched quotation by how it stands in the other account.
var quoteSigns = map[compare.QuoteStatus]string{
	compare.Identical: "=",
	compare.Altered:   "≈",
	compare.Partial:   "⊂",
}

// label is a tag printed beside the line holding byte offset at.
type label struct {
	at   int
	text string
	ink  color.NRGBA
}

// compareMarks are what a comparison adds to one account's text: labels
// beside matched quotations and disagreeing figures, and dashed boxes
// around those figures.
type compareMarks struct {
	labels []label  // sorted by at
	boxes  [][2]int // byte ranges to outline
	labelX float64  // labels end here, right-aligned
}

// marksFor builds the marks of side s of r. Quote matches are numbered
// 1, 2, ... and figure disagreements F1, F2, ..., the same on both sides.
func marksFor(r *compare.Result, s compare.Side) *compareMarks {
	m := &compareMarks{}
	n := 0
	for _, q := range r.Quotes {
		sign, ok := quoteSigns[q.Status]
		if !ok {
			continue
		}
		n++
		rg := pick(s, r.QuotesA, r.QuotesB, q.A, q.B).Range
		m.labels = append(m.labels, label{rg.Start, strconv.Itoa(n) + sign, inkBlack})
	}
	n = 0
	for _, f := range r.Figures {
		if f.Status != compare.Disagree {
			continue
		}
		n++
		rg := pick(s, r.FiguresA, r.FiguresB, f.A, f.B).Range
		m.labels = append(m.labels, label{rg.Start, "F" + strconv.Itoa(n) + "≠", disagreeInk})
		m.boxes = append(m.boxes, [2]int{rg.Start, rg.End})
	}
	sort.SliceStable(m.labels, func(i, j int) bool { return m.labels[i].at < m.labels[j].at })
	return m
}

// pick returns side s's element of a pair of lists.
func pick[T any](s compare.Side, a, b []T, i, j int) T {
	if s == compare.SideA {
		return a[i]
	}
	return b[j]
}

// draw adds the marks that fall on one line.
func (m *compareMarks) draw(a *article, ln []part, xs []float64, y, size float64) {
	if len(ln) == 0 {
		return
	}
	lo, hi := ln[0].start, ln[len(ln)-1].end
	x := m.labelX
	a.p.setFont("B", 6.5)
	for i := len(m.labels) - 1; i >= 0; i-- {
		if l := m.labels[i]; l.at >= lo && l.at < hi {
			x -= a.p.f.GetStringWidth(l.text) + 2
			a.p.setText(l.ink)
			a.p.f.Text(x, y-1, l.text)
		}
	}
	for _, b := range m.boxes {
		m.box(a, ln, xs, y, size, b)
	}
}

// box outlines, dashed, the part of range b on the line.
func (m *compareMarks) box(a *article, ln []part, xs []float64, y, size float64, b [2]int) {
	x0, x1 := -1.0, -1.0
	for i, pt := range ln {
		if pt.end > b[0] && pt.start < b[1] {
			if x0 < 0 {
				x0 = xs[i]
			}
			x1 = xs[i+1]
		}
	}
	if x0 < 0 {
		return
	}
	a.p.setDraw(disagreeInk)
	a.p.f.SetLineWidth(0.09 * size)
	a.p.f.SetDashPattern([]float64{1.6, 1.1}, 0)
	a.p.f.Rect(x0-1.2, y-(bandTop+0.08)*size, x1-x0+2.4, (bandTop+bandBottom+0.16)*size, "D")
	a.p.f.SetDashPattern(nil, 0)
}
