package ui

import (
	"context"
	"fmt"
	"image/color"
	"slices"
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"slant/app/search"
	"slant/highlight"
	"slant/ui/articleview"
)

// The palette's choices of where to search.
const (
	scopeAll     = "All documents"
	scopeCurrent = "This document"
)

// kindLabels names the search kinds in the palette, in search.Kind order.
var kindLabels = []string{"Titles", "Quotes", "Actors", "Loaded terms", "Figures", "Sentences"}

// palette is the search palette (Ctrl+K): a query field floating over the
// window, the library's best matches listed as it is typed, filters by
// kind and by document. ↑/↓ choose (the list's selection is only that
// choice), Enter or a click jumps, Esc closes.
type palette struct {
	r       *reader
	index   *libraryIndex
	entry   *keyEntry
	list    *widget.List
	kinds   *widget.CheckGroup
	scope   *widget.RadioGroup
	count   *widget.Label
	popup   *widget.PopUp
	results []search.Result
	sel     int // the chosen row, -1 when there are no results
	cancel  context.CancelFunc
	gen     int // bumped by each query; only the latest one's results show
}

func newPalette(r *reader) *palette {
	p := &palette{r: r, sel: -1, count: widget.NewLabel("")}
	p.index = newLibraryIndex(r, p.indexed)
	p.entry = newKeyEntry(p.key)
	p.entry.SetPlaceHolder("Search the library: a word, a name, a half-remembered phrase…")
	p.entry.OnChanged = func(string) { p.run() }
	p.list = widget.NewList(func() int { return len(p.results) }, p.newRow, p.updateRow)
	p.kinds = widget.NewCheckGroup(kindLabels, func([]string) { p.refilter() })
	p.kinds.Horizontal = true
	p.kinds.Selected = kindLabels
	p.scope = widget.NewRadioGroup([]string{scopeAll, scopeCurrent}, func(string) { p.refilter() })
	p.scope.Horizontal = true
	p.scope.Required = true
	p.scope.Selected = scopeAll
	p.count.SizeName = theme.SizeNameCaptionText
	p.popup = widget.NewPopUp(p.content(), r.win.Canvas())
	return p
}

// content lays out the palette: query, filters, count, then the results.
func (p *palette) content() fyne.CanvasObject {
	filters := container.NewHBox(p.kinds, widget.NewSeparator(), p.scope)
	head := container.NewVBox(p.entry, filters, p.count)
	return container.NewBorder(head, nil, nil, nil, p.list)
}

// show opens the palette over the window with the previous query, if
// any, selected, and brings the index up to date.
func (p *palette) show() {
	c := p.r.win.Canvas().Size()
	w, h := min(860, c.Width-60), min(560, c.Height-100)
	p.popup.Resize(fyne.NewSize(w, h))
	p.popup.ShowAtPosition(fyne.NewPos((c.Width-w)/2, 50))
	p.r.win.Canvas().Focus(p.entry)
	p.entry.TypedShortcut(&fyne.ShortcutSelectAll{})
	p.index.refresh()
	p.run()
}

// visible reports whether the palette is open.
func (p *palette) visible() bool { return p.popup.Visible() }

// hide closes the palette, drops any search under way and gives the
// keyboard back to the article.
func (p *palette) hide() {
	p.stop()
	p.popup.Hide()
	p.r.win.Canvas().Focus(p.r.view)
}

// stop cancels the search under way, if any.
func (p *palette) stop() {
	if p.cancel != nil {
		p.cancel()
		p.cancel = nil
	}
}

// key handles the palette's own keys in the query field.
func (p *palette) key(ev *fyne.KeyEvent) bool {
	switch ev.Name {
	case fyne.KeyEscape:
		p.hide()
	case fyne.KeyDown:
		p.move(1)
	case fyne.KeyUp:
		p.move(-1)
	case fyne.KeyReturn, fyne.KeyEnter:
		p.jump(p.sel)
	default:
		return false
	}
	return true
}

// run searches for the query in the background. A newer keystroke cancels
// the search under way, and only the latest query's results are shown.
func (p *palette) run() {
	p.stop()
	p.gen++
	ix, query := p.index.ix, p.entry.Text
	if ix == nil || strings.TrimSpace(query) == "" {
		p.setResults(nil)
		return
	}
	ctx, cancel := context.WithCancel(context.Background())
	p.cancel = cancel
	gen, opt := p.gen, p.options()
	p.r.spawn(func() {
		rs := ix.Search(ctx, query, opt)
		fyne.Do(func() {
			if gen == p.gen {
				p.setResults(rs)
			}
		})
	})
}

// refilter runs the query again after a filter changed and gives the
// keyboard back to the query field.
func (p *palette) refilter() {
	p.run()
	if p.visible() {
		p.r.win.Canvas().Focus(p.entry)
	}
}

// options turns the filters into search options.
func (p *palette) options() search.Options {
	var opt search.Options
	if len(p.kinds.Selected) < len(kindLabels) {
		for i, l := range kindLabels {
			if slices.Contains(p.kinds.Selected, l) {
				opt.Kinds = append(opt.Kinds, search.Kind(i))
			}
		}
	}
	if p.scope.Selected == scopeCurrent {
		opt.Docs = []int{p.index.docOf(p.r.shownPath())}
	}
	return opt
}

// setResults lists rs and chooses the first.
func (p *palette) setResults(rs []search.Result) {
	p.results = rs
	p.sel = -1
	p.list.UnselectAll()
	p.list.Refresh()
	if len(rs) > 0 {
		p.sel = 0
		p.list.Select(0)
		p.list.ScrollToTop()
	}
	p.count.SetText(p.describe())
}

// describe says how many results there are, or why there are none.
func (p *palette) describe() string {
	switch {
	case p.index.ix == nil:
		return "Indexing the library…"
	case strings.TrimSpace(p.entry.Text) == "":
		return fmt.Sprintf("Type to search %d documents.", p.index.ix.Docs())
	case len(p.results) == 0:
		return "No matches."
	case len(p.results) == 1:
		return "1 match · Enter opens it"
	}
	return fmt.Sprintf("%d best matches · Up and Down choose · Enter opens", len(p.results))
}

// move chooses the row dir rows down (up when negative).
func (p *palette) move(dir int) {
	if len(p.results) == 0 {
		return
	}
	p.sel = max(0, min(p.sel+dir, len(p.results)-1))
	p.list.Select(p.sel)
	p.list.ScrollTo(p.sel)
}

// jump closes the palette and shows result i in the reader.
func (p *palette) jump(i int) {
	if i < 0 || i >= len(p.results) {
		return
	}
	res := p.results[i]
	p.hide()
	p.r.showResult(res.Path, res.Start, res.End)
}

// showResult shows the document at path with [start, end) brought into
// view and marked for a moment.
func (r *reader) showResult(path string, start, end int) {
	i := r.lib.index(path)
	if i < 0 || r.lib.entries[i].doc == nil {
		r.setStatus(path + " is no longer in the library.")
		return
	}
	if i != r.shown {
		r.showEntry(i)
	}
	r.view.MarkRange(start, end)
	r.win.Canvas().Focus(r.view)
}

// shownPath returns the path of the document shown, or "".
func (r *reader) shownPath() string {
	if r.shown < 0 || r.shown >= len(r.lib.entries) {
		return ""
	}
	return r.lib.entries[r.shown].path
}

// indexed follows a new index: the open palette searches it at once.
func (p *palette) indexed() {
	if p.visible() {
		p.run()
	} else {
		p.count.SetText(p.describe())
	}
}

// resultRow is a row of results: a kind tag on the left; the matched text
// with the matched characters in bold, and under it the document and the
// detail. A click on it jumps to its result.
type resultRow struct {
	widget.BaseWidget
	bg    *canvas.Rectangle
	tag   *widget.Label
	text  *widget.RichText
	where *widget.Label
	id    int
	onTap func(id int)
}

var _ fyne.Tappable = (*resultRow)(nil)

func newResultRow(onTap func(id int)) *resultRow {
	row := &resultRow{bg: canvas.NewRectangle(theme.Color(theme.ColorNameButton)),
		tag: widget.NewLabel("Sentence"), text: widget.NewRichText(), where: widget.NewLabel(""), onTap: onTap}
	row.bg.CornerRadius = 4
	row.tag.SizeName = theme.SizeNameCaptionText
	row.tag.Alignment = fyne.TextAlignCenter
	row.text.Truncation = fyne.TextTruncateEllipsis
	row.where.SizeName = theme.SizeNameCaptionText
	row.where.Truncation = fyne.TextTruncateEllipsis
	row.ExtendBaseWidget(row)
	return row
}

// CreateRenderer lays the row out.
func (row *resultRow) CreateRenderer() fyne.WidgetRenderer {
	width := canvas.NewRectangle(color.Transparent)
	width.SetMinSize(fyne.NewSize(76, 0)) // every tag as wide, so the texts line up
	tag := container.NewVBox(container.NewStack(width, row.bg, row.tag))
	return widget.NewSimpleRenderer(container.NewBorder(nil, nil, tag, nil, container.NewVBox(row.text, row.where)))
}

// Tapped jumps to the row's result.
func (row *resultRow) Tapped(*fyne.PointEvent) { row.onTap(row.id) }

// set shows result res, row id of the list, with where it is.
func (row *resultRow) set(id int, res search.Result, where string) {
	row.id = id
	row.bg.FillColor = theme.Color(kindColor(res.Kind))
	row.bg.Refresh()
	row.tag.SetText(searchKindName(res.Kind))
	row.text.Segments = matchSegments(res.Text, res.Matched, 60)
	row.text.Refresh()
	row.where.SetText(where)
}

func (p *palette) newRow() fyne.CanvasObject { return newResultRow(p.jump) }

func (p *palette) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	if i < len(p.results) {
		o.(*resultRow).set(i, p.results[i], p.where(p.results[i]))
	}
}

// where names a result's document (for a title, where it is from) and
// adds its detail.
func (p *palette) where(res search.Result) string {
	title := res.Path
	if i := p.r.lib.index(res.Path); i >= 0 && res.Kind == search.Title {
		title = p.r.lib.entries[i].subtitle()
	} else if i >= 0 {
		title = p.r.lib.entries[i].title()
	}
	if res.Detail != "" {
		return title + "  ·  " + res.Detail
	}
	return title
}

// kindName is the singular name a row's tag shows.
func searchKindName(k search.Kind) string {
	s := k.String()
	return strings.ToUpper(s[:1]) + s[1:]
}

// highlightKinds maps the search kinds that are highlight kinds.
var highlightKinds = map[search.Kind]highlight.Kind{
	search.Quote: highlight.Quote, search.Actor: highlight.Actor,
	search.Loaded: highlight.Loaded, search.Figure: highlight.Figure,
}

// kindColor is the tag colour of kind k: the article's colour for its
// highlights, the button colour for titles and sentences.
func kindColor(k search.Kind) fyne.ThemeColorName {
	if hk, ok := highlightKinds[k]; ok {
		return articleview.BackgroundName(hk)
	}
	return theme.ColorNameButton
}

// keyEntry is a one-line entry that offers its keys to onKey first, and
// knows whether Shift is held.
type keyEntry struct {
	widget.Entry
	onKey func(ev *fyne.KeyEvent) bool // true when it handled the key
	shift bool
}

var _ desktop.Keyable = (*keyEntry)(nil)

func newKeyEntry(onKey func(ev *fyne.KeyEvent) bool) *keyEntry {
	e := &keyEntry{onKey: onKey}
	e.ExtendBaseWidget(e)
	return e
}

// TypedKey offers the key to onKey, then to the entry.
func (e *keyEntry) TypedKey(ev *fyne.KeyEvent) {
	if !e.onKey(ev) {
		e.Entry.TypedKey(ev)
	}
}

// KeyDown notes Shift going down.
func (e *keyEntry) KeyDown(ev *fyne.KeyEvent) {
	e.trackShift(ev.Name, true)
	e.Entry.KeyDown(ev)
}

// KeyUp notes Shift going up.
func (e *keyEntry) KeyUp(ev *fyne.KeyEvent) {
	e.trackShift(ev.Name, false)
	e.Entry.KeyUp(ev)
}

func (e *keyEntry) trackShift(k fyne.KeyName, down bool) {
	if k == desktop.KeyShiftLeft || k == desktop.KeyShiftRight {
		e.shift = down
	}
}

// The styles of a result's text: plain, and bold for matched characters.
var (
	plainStyle   = widget.RichTextStyleInline
	matchedStyle = widget.RichTextStyle{ColorName: theme.ColorNamePrimary, Inline: true,
		SizeName: theme.SizeNameText, TextStyle: fyne.TextStyle{Bold: true}}
)

// maxShown caps how much of a result's text a row renders.
const maxShown = 300

// matchSegments renders text on one line with the characters starting at
// the byte offsets matched in bold. When the first match lies more than
// lead bytes in, the text is cut to begin a few words before it.
func matchSegments(text string, matched []int, lead int) []widget.RichTextSegment {
	from := 0
	if len(matched) > 0 && matched[0] > lead {
		from = segmentWordStart(text, matched[0]-lead/2)
	}
	to := segmentRuneStart(text, min(len(text), from+maxShown))
	bold := boldBytes(text, matched)
	var segs []widget.RichTextSegment
	if from > 0 {
		segs = append(segs, &widget.TextSegment{Text: "…", Style: plainStyle})
	}
	for i := from; i < to; {
		j := i
		for j < to && bold[j] == bold[i] {
			j++
		}
		style := plainStyle
		if bold[i] {
			style = matchedStyle
		}
		segs = append(segs, &widget.TextSegment{Text: segmentLine(text[i:j]), Style: style})
		i = j
	}
	return segs
}

// boldBytes marks every byte of the characters starting at matched.
func boldBytes(text string, matched []int) []bool {
	bold := make([]bool, len(text))
	for _, m := range matched {
		if m < 0 || m >= len(text) {
			continue
		}
		_, w := utf8.DecodeRuneInString(text[m:])
		for j := m; j < m+w; j++ {
			bold[j] = true
		}
	}
	return bold
}

// wordStart returns the start of the word holding byte i of text.
func segmentWordStart(text string, i int) int {
	i = segmentRuneStart(text, max(0, i))
	for i > 0 && text[i-1] != ' ' && text[i-1] != '\n' {
		i--
	}
	return i
}

// runeStart moves i back to the start of the character it falls in.
func segmentRuneStart(text string, i int) int {
	for i > 0 && i < len(text) && !utf8.RuneStart(text[i]) {
		i--
	}
	return i
}

// oneLine turns line breaks and tabs into spaces, keeping the length.
func segmentLine(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' || r == '\t' {
			return ' '
		}
		return r
	}, s)
}
