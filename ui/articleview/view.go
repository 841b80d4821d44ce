package articleview

import (
	"sort"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"slant/highlight"
)

const numKinds = len(highlight.Kinds)

// Geometry of the page around the text column.
const (
	pagePad    = 28 // space above the first line and at the sides
	scrollBarW = 10 // the scroll bar's grab area at the right edge
)

// View shows one article with its highlights. Create it with NewView and
// give it text with SetDocument. All methods must be called on the Fyne
// main goroutine.
type View struct {
	widget.BaseWidget

	// OnDetail is called with the spans under the pointer when it moves
	// onto or off highlighted text (falling back to the pinned spans), and
	// with the spans clicked or navigated to, which it pins.
	OnDetail func(spans []highlight.Span)
	// OnNavigate is called after each move to the next or previous
	// highlight (from a method or F3), with ok false when there was none.
	OnNavigate func(s highlight.Span, ok bool)
	// MarkFor is how long MarkRange's outline stays (2 s from NewView);
	// zero keeps it until the next mark or document.
	MarkFor time.Duration

	body
	title    string
	header   string // the small line above the text, or ""
	typoSize float32
	gen      int // bumped whenever drawing must start afresh

	offset    float32 // scroll: the content y at the top of the view
	pending   int     // a byte offset to bring into view once laid out, or -1
	markStart int
	markEnd   int
	markGen   int
	current   int // index in spans of the highlight last navigated to, or -1

	shift    bool
	dragMode dragMode
	pressAt  fyne.Position // where the primary button went down
	pressed  bool
	hovered  []highlight.Span
	pinned   []highlight.Span

	r *renderer
}

var _ fyne.Widget = (*View)(nil)

// NewView returns an empty article view.
func NewView() *View {
	v := &View{pending: -1, current: -1, MarkFor: 2 * time.Second}
	v.ExtendBaseWidget(v)
	return v
}

// SetDocument shows text with its spans, from the top. title, when it is the
// text's first line, is set as a heading. Spans outside the text or empty
// are dropped; spans need not be sorted. It clears the header.
func (v *View) SetDocument(title, text string, spans []highlight.Span) {
	v.title, v.header = title, ""
	v.setText(text, 0, len(text), spans)
	v.blocks = splitBlocks(text, title)
	v.offset, v.pending, v.current = 0, -1, -1
	v.markStart, v.markEnd = 0, 0
	v.hovered, v.pinned = nil, nil
	v.Refresh()
}

// SetHeader sets the small muted line shown above the text, such as the
// outlet, byline and date; "" shows none. Call it after SetDocument.
func (v *View) SetHeader(header string) {
	if header == v.header {
		return
	}
	v.header = header
	v.lay.width = -1
	v.Refresh()
}

// Header returns the line shown above the text.
func (v *View) Header() string { return v.header }

// Text returns the text shown.
func (v *View) Text() string { return v.text }

// Spans returns every span of the document, visible or not, sorted.
func (v *View) Spans() []highlight.Span { return v.spans }

// Counts returns the number of spans of each kind, indexed by kind.
func (v *View) Counts() [numKinds]int {
	var c [numKinds]int
	for k := range v.byKind {
		c[k] = len(v.byKind[k])
	}
	return c
}

// SetKindVisible shows or hides the highlights of kind k.
func (v *View) SetKindVisible(k highlight.Kind, visible bool) {
	if int(k) >= numKinds || v.hidden[k] == !visible {
		return
	}
	v.hidden[k] = !visible
	v.Refresh()
}

// ScrollOffset returns how far the view is scrolled, in pixels.
func (v *View) ScrollOffset() float32 { return v.offset }

// ScrollTo scrolls to y pixels from the top, within the content.
func (v *View) ScrollTo(y float32) {
	y = max(0, min(y, v.maxOffset()))
	if y == v.offset {
		return
	}
	v.offset = y
	v.redraw()
}

// ShowOffset scrolls so that byte offset off is in view, leaving the view
// alone when it already is.
func (v *View) ShowOffset(off int) {
	if !v.laidOut() {
		v.pending = off
		return
	}
	ln := v.lay.lines[v.lay.lineOf(off)]
	top, h := ln.y, v.typo.lineH[ln.style]
	view := v.Size().Height - 2*pagePad
	if top < v.offset || top+h > v.offset+view {
		v.ScrollTo(top - view/3)
	}
}

// MarkRange brings [start, end) into view and outlines it for a moment.
// Search and comparison use it to point at what they found.
func (v *View) MarkRange(start, end int) {
	start, end = v.clamp(start), v.clamp(end)
	v.markStart, v.markEnd = start, max(start, end)
	v.markGen++
	if gen := v.markGen; v.MarkFor > 0 {
		time.AfterFunc(v.MarkFor, func() { fyne.Do(func() { v.clearMark(gen) }) })
	}
	v.ShowOffset(start)
	v.redraw()
}

// Marked returns the range marked by MarkRange, empty once it has faded.
func (v *View) Marked() (start, end int) { return v.markStart, v.markEnd }

func (v *View) clearMark(gen int) {
	if gen == v.markGen {
		v.markStart, v.markEnd = 0, 0
		v.redraw()
	}
}

// Select selects the bytes [start, end) of the text.
func (v *View) Select(start, end int) {
	v.selAnchor, v.selCaret = v.clamp(start), v.clamp(end)
	v.redraw()
}

// NextHighlight moves to the next visible highlight after the last one
// navigated to (or after the top of the view), marks it and shows its
// detail. It reports false when there is none.
func (v *View) NextHighlight() (highlight.Span, bool) { return v.step(1) }

// PreviousHighlight is NextHighlight backwards.
func (v *View) PreviousHighlight() (highlight.Span, bool) { return v.step(-1) }

func (v *View) step(dir int) (highlight.Span, bool) {
	s, ok := v.move(dir)
	if v.OnNavigate != nil {
		v.OnNavigate(s, ok)
	}
	return s, ok
}

func (v *View) move(dir int) (highlight.Span, bool) {
	i := v.current
	if i < 0 {
		i = v.startIndex(dir)
	}
	for i += dir; i >= 0 && i < len(v.spans); i += dir {
		if s := v.spans[i]; !v.hidden[s.Kind] {
			v.current = i
			v.MarkRange(s.Start, s.End)
			v.pin([]highlight.Span{s})
			return s, true
		}
	}
	return highlight.Span{}, false
}

// startIndex is where navigation starts when nothing was navigated to: just
// before the first span at the top of the view.
func (v *View) startIndex(dir int) int {
	top := 0
	if v.laidOut() {
		top = v.lay.lines[v.lay.lineAt(v.offset, v.typo)].start
	}
	i := sort.Search(len(v.spans), func(i int) bool { return v.spans[i].Start >= top })
	if dir > 0 {
		return i - 1
	}
	return i
}

// pin shows spans' detail and keeps it while the pointer is elsewhere.
func (v *View) pin(spans []highlight.Span) {
	v.pinned = spans
	v.notify(spans)
}

func (v *View) notify(spans []highlight.Span) {
	if v.OnDetail != nil {
		v.OnDetail(spans)
	}
}

// CreateRenderer is part of fyne.Widget.
func (v *View) CreateRenderer() fyne.WidgetRenderer {
	v.ExtendBaseWidget(v)
	v.r = newRenderer(v)
	return v.r
}

// redraw repaints after scrolling, selecting or marking: cheaper than a
// Refresh, which lays the text out afresh.
func (v *View) redraw() {
	if v.r != nil {
		v.r.Layout(v.Size())
	}
}

// ensureLayout wraps the text for the current width and theme. It reports
// whether there are lines to show.
func (v *View) ensureLayout() bool {
	size := resolveSize(v.Theme(), SizeNameArticleText, defaultArticleTextSize)
	if v.typo == nil || size != v.typoSize {
		v.typo, v.typoSize = newTypography(size), size
		v.lay.width = -1
	}
	w := v.textWidth()
	if w <= 0 {
		return false
	}
	if w != v.lay.width {
		v.lay = wrap(v.text, v.blocks, v.typo, w)
		v.lay.shift(v.headerHeight())
		v.gen++
		v.offset = max(0, min(v.offset, v.maxOffset()))
	}
	if v.pending >= 0 && len(v.lay.lines) > 0 && v.Size().Height > 0 {
		off := v.pending
		v.pending = -1
		v.ShowOffset(off)
	}
	return len(v.lay.lines) > 0
}

// headerHeight is the room the header takes above the first line.
func (v *View) headerHeight() float32 {
	if v.header == "" || v.typo == nil {
		return 0
	}
	return v.typo.headH + v.typo.gap
}

func (v *View) laidOut() bool {
	return v.typo != nil && v.lay.width > 0 && len(v.lay.lines) > 0 && v.lay.width == v.textWidth()
}

// textWidth is the width of the text column: the view less its margins,
// at most the comfortable column.
func (v *View) textWidth() float32 {
	w := v.Size().Width - 2*pagePad - scrollBarW
	if v.typo != nil {
		w = min(w, v.typo.column)
	}
	return float32(int(w))
}

// columnX is the x of the text column, centred in the view.
func (v *View) columnX() float32 {
	return float32(int(max(pagePad, (v.Size().Width-scrollBarW-v.lay.width)/2)))
}

func (v *View) maxOffset() float32 {
	return max(0, v.lay.height+2*pagePad-v.Size().Height)
}
