package export

import (
	"sort"
	"strings"
	"unicode"

	"slant/app"
	"slant/highlight"
)

// textStyle is a face ("" or "B") at a size.
type textStyle struct {
	face string
	size float64
}

func (s textStyle) lineH() float64 { return s.size * lineFactor }

var (
	bodyStyle  = textStyle{"", bodySize}
	titleStyle = textStyle{"B", titleSize}
)

// part is a stretch of one piece that is either all blank or all not: the
// unit the line breaker moves.
type part struct {
	start, end int
	pc         int // index into the pieces
	w          float64
	space      bool
}

// drawnSpan records where a segment of a span was drawn: tests sample the
// rendered page there.
type drawnSpan struct {
	page      int
	kind      highlight.Kind
	level     int
	x0, x1, y float64 // y is the baseline
	size      float64
}

// article is the state of laying out one document's text.
type article struct {
	p      *pdfDoc
	text   string
	spans  []highlight.Span
	pcs    []piece
	levels []int
	marks  *compareMarks // nil outside a comparison
}

// lineBox is one laid-out line and the space to leave above it.
type lineBox struct {
	parts []part
	st    textStyle
	gap   float64
}

// newArticle prepares the visible spans of d for drawing into p.
func newArticle(p *pdfDoc, d *app.Document) *article {
	spans := p.opt.visible(d)
	a := &article{p: p, text: d.Text, spans: spans, pcs: pieces(d.Text, spans)}
	a.levels = nestLevels(spans, a.pcs)
	return a
}

// renderArticle draws d into a new PDF: header, legend, text, summary.
func renderArticle(d *app.Document, opt Options) (*pdfDoc, error) {
	p, err := newPDF(d, opt)
	if err != nil {
		return nil, err
	}
	a := newArticle(p, d)
	p.addPage()
	a.draw(d)
	p.summary(summarize(a.text, a.spans))
	return p, p.f.Error()
}

// draw lays out the header and the text, the title in large type when the
// text starts with it.
func (a *article) draw(d *app.Document) {
	w := a.p.pageW - 2*margin
	body := [2]int{0, len(a.text)}
	if r, ok := titleLine(a.text, d.Title); ok {
		a.flow(a.layout(r, titleStyle, w))
		body[0] = r[1]
	} else if d.Title != "" {
		a.p.plainTitle(d.Title)
	}
	a.p.meta(d)
	a.p.legend()
	a.flow(a.layout(body, bodyStyle, w))
}

// titleLine returns the range of the text's first line when it is the
// title.
func titleLine(text, title string) ([2]int, bool) {
	paras := Paragraphs(text, [2]int{0, len(text)})
	if len(paras) == 0 || strings.TrimSpace(title) == "" {
		return [2]int{}, false
	}
	return paras[0], strings.TrimSpace(text[paras[0][0]:paras[0][1]]) == strings.TrimSpace(title)
}

// flow draws lines down the text column, starting pages as needed.
func (a *article) flow(lines []lineBox) {
	for _, ln := range lines {
		a.p.y += ln.gap
		if a.p.y+ln.st.lineH() > a.p.bottom() {
			a.p.addPage()
		}
		a.drawLine(ln, margin, a.p.y)
		a.p.y += ln.st.lineH()
	}
}

// layout breaks the paragraphs within r into lines of width w.
func (a *article) layout(r [2]int, st textStyle, w float64) []lineBox {
	var out []lineBox
	a.p.setFont(st.face, st.size)
	for i, pr := range Paragraphs(a.text, r) {
		gap := 0.45 * st.lineH()
		if i == 0 {
			gap = 0
		}
		for _, ln := range a.lines(a.parts(pr), w) {
			out = append(out, lineBox{ln, st, gap})
			gap = 0
		}
	}
	return out
}

// Paragraphs returns the byte ranges of the non-blank lines of text within
// r, clipped to r; a line holds no newline.
func Paragraphs(text string, r [2]int) [][2]int {
	var out [][2]int
	for start := r[0]; start < r[1]; {
		end := strings.IndexByte(text[start:r[1]], '\n')
		if end < 0 {
			end = r[1]
		} else {
			end += start
		}
		if strings.TrimSpace(text[start:end]) != "" {
			out = append(out, [2]int{start, end})
		}
		start = end + 1
	}
	return out
}

// parts cuts r into blank and non-blank parts, each inside one piece,
// with their widths in the current font.
func (a *article) parts(r [2]int) []part {
	var out []part
	i := sort.Search(len(a.pcs), func(i int) bool { return a.pcs[i].end > r[0] })
	for ; i < len(a.pcs) && a.pcs[i].start < r[1]; i++ {
		lo, hi := max(a.pcs[i].start, r[0]), min(a.pcs[i].end, r[1])
		for lo < hi {
			sp := isBlank(firstRune(a.text[lo:hi]))
			end := lo + RunLen(a.text[lo:hi], sp)
			out = append(out, part{start: lo, end: end, pc: i, space: sp, w: a.p.f.GetStringWidth(Display(a.text[lo:end]))})
			lo = end
		}
	}
	return out
}

// firstRune returns the first rune of s.
func firstRune(s string) rune {
	for _, r := range s {
		return r
	}
	return 0
}

// RunLen returns the length in bytes of the run at the start of s of
// blanks (blank true) or of non-blanks: the places a line may break are
// the blanks, and a no-break space is not one.
func RunLen(s string, blank bool) int {
	for i, r := range s {
		if isBlank(r) != blank {
			return i
		}
	}
	return len(s)
}

// isBlank reports whether a line may break at r. No-break spaces may not.
func isBlank(r rune) bool {
	return unicode.IsSpace(r) && r != '\u00A0' && r != '\u202F' && r != '\u2007'
}

// Display is text as drawn: control characters become spaces, carriage
// returns and byte-order marks vanish, invalid UTF-8 becomes U+FFFD.
func Display(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\r' || r == '\uFEFF':
			return -1
		case unicode.IsControl(r):
			return ' '
		}
		return r
	}, s)
}

// lines breaks parts into lines no wider than w, greedily at blanks; a
// word wider than a line is cut between runes.
func (a *article) lines(parts []part, w float64) [][]part {
	var out [][]part
	var cur []part
	x := 0.0
	for len(parts) > 0 {
		word, blank, rest := nextWord(parts)
		ww := width(word)
		if len(cur) > 0 && x+ww > w {
			out, cur, x = append(out, trimBlank(cur)), nil, 0
		}
		if ww > w {
			var head [][]part
			head, word = a.cutWord(word, w)
			out = append(out, head...)
			ww = width(word)
		}
		cur = append(append(cur, word...), blank...)
		x += ww + width(blank)
		parts = rest
	}
	if len(cur) > 0 {
		out = append(out, trimBlank(cur))
	}
	return out
}

// nextWord splits off the leading non-blank parts and the blanks after them.
func nextWord(parts []part) (word, blank, rest []part) {
	i := 0
	for i < len(parts) && !parts[i].space {
		i++
	}
	j := i
	for j < len(parts) && parts[j].space {
		j++
	}
	return parts[:i], parts[i:j], parts[j:]
}

// width sums the parts' widths.
func width(parts []part) float64 {
	w := 0.0
	for _, p := range parts {
		w += p.w
	}
	return w
}

// trimBlank drops the blanks that end a line.
func trimBlank(ln []part) []part {
	for len(ln) > 0 && ln[len(ln)-1].space {
		ln = ln[:len(ln)-1]
	}
	return ln
}

// cutWord cuts a word too wide for a line into full lines and a remainder.
func (a *article) cutWord(word []part, w float64) (full [][]part, rest []part) {
	var cur []part
	x := 0.0
	for _, pt := range word {
		for i, r := range a.text[pt.start:pt.end] {
			rw := a.p.f.GetStringWidth(Display(string(r)))
			if x+rw > w && x > 0 {
				full, cur, x = append(full, cur), nil, 0
			}
			cur = extend(cur, part{start: pt.start + i, end: pt.start + i + len(string(r)), pc: pt.pc, w: rw})
			x += rw
		}
	}
	return full, cur
}

// extend appends p to ln, merging it into the last part when they touch
// within one piece.
func extend(ln []part, p part) []part {
	if n := len(ln); n > 0 && ln[n-1].pc == p.pc && ln[n-1].end == p.start {
		ln[n-1].end, ln[n-1].w = p.end, ln[n-1].w+p.w
		return ln
	}
	return append(ln, p)
}

// nestLevels gives each span the number of longer spans of other kinds it
// sits inside somewhere: its background is drawn that much shorter.
func nestLevels(spans []highlight.Span, pcs []piece) []int {
	levels := make([]int, len(spans))
	for _, pc := range pcs {
		for _, i := range pc.active {
			if i == none {
				continue
			}
			n := 0
			for _, j := range pc.active {
				if j != none && j != i && encloses(spans[j], spans[i]) {
					n++
				}
			}
			levels[i] = max(levels[i], n)
		}
	}
	return levels
}

// encloses reports whether outer is drawn around inner: it is longer, or
// as long and of an earlier kind.
func encloses(outer, inner highlight.Span) bool {
	if outer.Len() != inner.Len() {
		return outer.Len() > inner.Len()
	}
	return outer.Kind < inner.Kind
}
