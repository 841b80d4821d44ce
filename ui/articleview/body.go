package articleview

import (
	"image/color"
	"slices"
	"sort"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"

	"slant/highlight"
)

// body is highlighted text laid out in lines, with its selection: what a
// View (a whole article, scrolled) and a Block (a passage, as tall as its
// text) share. It measures, wraps, hit-tests and draws one line at a time;
// the widgets place the lines and answer the pointer.
type body struct {
	text       string
	start, end int                        // the range shown: all the text in a View
	spans      []highlight.Span           // every span shown, sorted by highlight.SortSpans
	byKind     [numKinds][]highlight.Span // each kind's spans, sorted by Start
	hidden     [numKinds]bool
	tints      []Mark // ranges drawn over the highlights (not their outlines)
	blocks     []block

	typo *typography
	lay  layout

	selAnchor, selCaret int
}

// setText shows text[start:end] with those of spans that lie in the text
// and overlap the range, and clears the selection and layout. The range
// is clamped to the text, and an end before start to start (nothing
// shown).
func (b *body) setText(text string, start, end int, spans []highlight.Span) {
	b.text, b.start = text, max(0, min(start, len(text)))
	b.end = max(b.start, min(end, len(text)))
	b.spans = validSpans(text, b.start, b.end, spans)
	b.byKind = [numKinds][]highlight.Span{}
	for _, s := range b.spans {
		b.byKind[s.Kind] = append(b.byKind[s.Kind], s)
	}
	for k := range b.byKind {
		sortByStart(b.byKind[k])
	}
	b.lay = layout{width: -1}
	b.selAnchor, b.selCaret = b.start, b.start
}

// validSpans copies the spans that lie inside text and overlap [start,
// end), sorted.
func validSpans(text string, start, end int, spans []highlight.Span) []highlight.Span {
	valid := func(s highlight.Span) bool {
		return s.Start >= 0 && s.Start < s.End && s.End <= len(text) && int(s.Kind) < numKinds && s.Start < end && s.End > start
	}
	n := 0
	for _, s := range spans {
		if valid(s) {
			n++
		}
	}
	out := make([]highlight.Span, 0, n)
	for _, s := range spans {
		if valid(s) {
			out = append(out, s)
		}
	}
	highlight.SortSpans(out)
	return out
}

func sortByStart(spans []highlight.Span) {
	sort.SliceStable(spans, func(i, j int) bool { return spans[i].Start < spans[j].Start })
}

// KindVisible reports whether the highlights of kind k are shown.
func (b *body) KindVisible(k highlight.Kind) bool {
	return int(k) < numKinds && !b.hidden[k]
}

// SpansAt returns the visible spans covering byte offset off, outer first.
func (b *body) SpansAt(off int) []highlight.Span {
	var out []highlight.Span
	for _, k := range highlight.Kinds {
		if b.hidden[k] {
			continue
		}
		if s, ok := spanAt(b.byKind[k], off); ok {
			out = append(out, s)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Len() > out[j].Len() })
	return out
}

// spanAt finds the span of one kind (sorted, not overlapping) holding off.
func spanAt(spans []highlight.Span, off int) (highlight.Span, bool) {
	i := firstEndingAfter(spans, off)
	if i < len(spans) && spans[i].Start <= off {
		return spans[i], true
	}
	return highlight.Span{}, false
}

// firstEndingAfter returns the index of the first span ending after off.
func firstEndingAfter(spans []highlight.Span, off int) int {
	return sort.Search(len(spans), func(i int) bool { return spans[i].End > off })
}

func (b *body) clamp(off int) int { return max(b.start, min(off, b.end)) }

// Selection returns the selected byte range, start <= end.
func (b *body) Selection() (start, end int) {
	return min(b.selAnchor, b.selCaret), max(b.selAnchor, b.selCaret)
}

// SelectedText returns the selected text, "" when nothing is selected.
func (b *body) SelectedText() string {
	s, e := b.Selection()
	return b.text[s:e]
}

// Copy puts the selected text on the clipboard, when there is any.
func (b *body) Copy() {
	if t := b.SelectedText(); t != "" {
		fyne.CurrentApp().Clipboard().SetContent(t)
	}
}

// offsetIn returns the byte offset nearest to (x, y), from the left of the
// text and the top of the layout, and whether the point lies on the text
// itself (not in a margin or between blocks). The layout must have lines.
func (b *body) offsetIn(x, y float32) (int, bool) {
	i := b.lay.lineAt(y, b.typo)
	ln := b.lay.lines[i]
	m := b.typo.fonts[ln.style]
	switch {
	case y < b.lay.lines[0].y:
		return ln.start, false
	case y >= b.lay.height:
		return b.end, false
	}
	off := offsetAt(b.text, ln, m, x)
	inY := y >= ln.y && y < ln.y+b.typo.lineH[ln.style]
	return off, inY && x >= 0 && x < xAt(b.text, ln, m, ln.end)
}

// pointOf returns the middle of the rune at byte offset off, from the left
// of the text and the top of the layout. The layout must have lines.
func (b *body) pointOf(off int) fyne.Position {
	ln := b.lay.lines[b.lay.lineOf(off)]
	m := b.typo.fonts[ln.style]
	return fyne.NewPos(xAt(b.text, ln, m, off)+2, ln.y+b.typo.lineH[ln.style]/2)
}

// textTop is the y of the text inside the box of line ln.
func (b *body) textTop(ln line) float32 {
	return float32(int((b.typo.lineH[ln.style] - b.typo.fonts[ln.style].height) / 2))
}

// fill draws line i into slot s, at the origin, for drawing generation
// gen: kind backgrounds and tints, the text cut where they begin and end,
// then the kinds' underline cues and the tints' strikes.
func (b *body) fill(s *lineSlot, i, gen int, c *palette) {
	ln := b.lay.lines[i]
	m := b.typo.fonts[ln.style]
	s.reset(i, gen)
	ty := b.textTop(ln)
	for _, k := range drawOrder {
		if b.hidden[k] {
			continue
		}
		for _, sp := range spansOn(b.byKind[k], ln) {
			x1, x2 := xAt(b.text, ln, m, sp.Start), xAt(b.text, ln, m, sp.End)
			s.addBg(c.bg[k], x1, ty-1, x2-x1, m.height+2)
			drawCue(s, k, c.ink[k], x1, x2, ty, m)
		}
	}
	for _, t := range b.tints {
		if t.Start < ln.end && t.End > ln.start {
			b.fillTint(s, ln, m, ty, t, c)
		}
	}
	for _, p := range b.pieces(ln) {
		s.addText(b.text[p[0]:p[1]], xAt(b.text, ln, m, p[0]), ty, m, b.pieceColor(p, c))
	}
}

// fillTint draws the part of tint t on line ln.
func (b *body) fillTint(s *lineSlot, ln line, m *metrics, ty float32, t Mark, c *palette) {
	x1, x2 := xAt(b.text, ln, m, t.Start), xAt(b.text, ln, m, t.End)
	if t.Fill != "" {
		s.addFill(c.tint(t.Fill, t.Alpha), x1, ty-1, x2-x1, m.height+2)
	}
	if t.Strike {
		s.addCueRect(c.fg, x1, ty+m.height/2, x2-x1, 1.5)
	}
}

// pieceColor is the colour of the text piece p: muted inside a muted tint.
func (b *body) pieceColor(p [2]int, c *palette) color.Color {
	for _, t := range b.tints {
		if t.Muted && t.Start <= p[0] && p[1] <= t.End {
			return c.muted
		}
	}
	return c.fg
}

// pieces splits line ln at the edges of visible spans and of tints, so
// each span's text is drawn from where its background starts.
func (b *body) pieces(ln line) [][2]int {
	cuts := []int{ln.start, ln.end}
	for k := range b.byKind {
		if b.hidden[k] {
			continue
		}
		for _, sp := range spansOn(b.byKind[k], ln) {
			cuts = append(cuts, max(sp.Start, ln.start), min(sp.End, ln.end))
		}
	}
	for _, t := range b.tints {
		if t.Start < ln.end && t.End > ln.start {
			cuts = append(cuts, max(t.Start, ln.start), min(t.End, ln.end))
		}
	}
	slices.Sort(cuts)
	cuts = slices.Compact(cuts)
	out := make([][2]int, 0, len(cuts))
	for j := 1; j < len(cuts); j++ {
		out = append(out, [2]int{cuts[j-1], cuts[j]})
	}
	return out
}

// spansOn returns the spans (of one kind, sorted) that overlap line ln.
func spansOn(spans []highlight.Span, ln line) []highlight.Span {
	i := firstEndingAfter(spans, ln.start)
	j := i
	for j < len(spans) && spans[j].Start < max(ln.end, ln.start+1) {
		j++
	}
	return spans[i:j]
}

// addRange draws with a rectangle from p the part of [start, end) that
// lies on line i, whose box has its top left at (x, y): filled with c, or
// outlined in c when outline is set.
func (b *body) addRange(p *pool[*canvas.Rectangle], i, start, end int, x, y float32, c color.Color, outline bool) {
	ln := b.lay.lines[i]
	if start >= end || end <= ln.start || start > ln.end || (start == ln.end && ln.end != ln.start) {
		return
	}
	m := b.typo.fonts[ln.style]
	x1, x2 := xAt(b.text, ln, m, start), xAt(b.text, ln, m, end)
	if end > ln.end {
		x2 += m.runeWidth(' ') // the range runs on past the line
	}
	rect := p.get()
	rect.FillColor, rect.StrokeColor, rect.StrokeWidth = c, color.Transparent, 0
	if outline {
		rect.FillColor, rect.StrokeColor, rect.StrokeWidth = color.Transparent, c, 2
	}
	rect.Move(fyne.NewPos(x+x1-1, y+b.textTop(ln)-1))
	rect.Resize(fyne.NewSize(x2-x1+2, m.height+2))
}

// palette is the colours of one theme variant, resolved once per refresh.
type palette struct {
	fg, muted, selection, mark, scroll color.Color
	bg, ink                            [numKinds]color.Color

	th      fyne.Theme
	variant fyne.ThemeVariant
}

// newPalette resolves the colours of th in the app's variant.
func newPalette(th fyne.Theme) palette {
	p := palette{th: th, variant: fyne.CurrentApp().Settings().ThemeVariant()}
	c := p.color
	p.fg, p.muted, p.selection, p.mark, p.scroll = c(theme.ColorNameForeground), c(theme.ColorNamePlaceHolder),
		c(theme.ColorNameSelection), c(ColorNameMark), c(theme.ColorNameScrollBar)
	for _, k := range highlight.Kinds {
		p.bg[k], p.ink[k] = c(BackgroundName(k)), c(InkName(k))
	}
	return p
}

// color resolves the colour named n.
func (p *palette) color(n fyne.ThemeColorName) color.Color { return resolveColor(p.th, n, p.variant) }

// tint resolves the colour named n at opacity a.
func (p *palette) tint(n fyne.ThemeColorName, a uint8) color.Color {
	c := color.NRGBAModel.Convert(p.color(n)).(color.NRGBA)
	c.A = a
	return c
}
