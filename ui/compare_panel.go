package ui

import (
	"fmt"
	"image/color"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"slant/app/compare"
	"slant/ui/articleview"
)

// panelTextSize is the size of quoted text in the side panel.
const panelTextSize = 14

// comparePanel is the compare view's side panel: a tab each for quotes,
// figures, voices and loaded terms.
type comparePanel struct {
	cv     *compareView
	tabs   *container.AppTabs
	quotes *container.Scroll
	cards  []quoteCard                                     // in the order shown
	lazy   map[*container.TabItem]func() fyne.CanvasObject // tabs not built yet
}

// quoteCard is one quote match in the Quotes tab.
type quoteCard struct {
	m  compare.QuoteMatch
	bg *canvas.Rectangle
	o  fyne.CanvasObject
}

func newComparePanel(cv *compareView) *comparePanel {
	p := &comparePanel{cv: cv, lazy: map[*container.TabItem]func() fyne.CanvasObject{}}
	p.quotes = container.NewVScroll(p.quoteList())
	p.tabs = container.NewAppTabs(
		container.NewTabItem(fmt.Sprintf("Quotes (%d)", len(cv.res.Quotes)), p.quotes),
		p.lazyTab(fmt.Sprintf("Figures (%d)", len(cv.res.Figures)), p.figureList),
		p.lazyTab("Voices", p.voiceList),
		p.lazyTab("Loaded terms", p.loadedList))
	p.tabs.OnSelected = p.build
	return p
}

// lazyTab is a tab whose content is built when first selected, so that
// the view opens on the Quotes tab alone.
func (p *comparePanel) lazyTab(title string, build func() fyne.CanvasObject) *container.TabItem {
	t := container.NewTabItem(title, widget.NewLabel(""))
	p.lazy[t] = build
	return t
}

// build fills tab t when it is shown for the first time.
func (p *comparePanel) build(t *container.TabItem) {
	if f, ok := p.lazy[t]; ok {
		delete(p.lazy, t)
		t.Content = container.NewVScroll(f())
		p.tabs.Refresh()
	}
}

// object is the panel.
func (p *comparePanel) object() fyne.CanvasObject { return p.tabs }

// statusOrder ranks quote statuses for a teacher: changes first.
var statusOrder = map[compare.QuoteStatus]int{compare.Altered: 0, compare.Partial: 1, compare.Identical: 2,
	compare.OnlyA: 3, compare.OnlyB: 4}

// sortedQuotes returns the matches, different speakers and alterations
// first, each status in the documents' order.
func sortedQuotes(ms []compare.QuoteMatch) []compare.QuoteMatch {
	out := slices.Clone(ms)
	rank := func(m compare.QuoteMatch) int {
		if m.SpeakerDiffers {
			return -1
		}
		return statusOrder[m.Status]
	}
	slices.SortStableFunc(out, func(a, b compare.QuoteMatch) int { return rank(a) - rank(b) })
	return out
}

// quoteList is the Quotes tab: a count by status, the diff's key, then a
// card per match.
func (p *comparePanel) quoteList() fyne.CanvasObject {
	box := container.NewVBox(panelNote(quoteTally(p.cv.res)))
	if slices.ContainsFunc(p.cv.res.Quotes, func(m compare.QuoteMatch) bool { return m.Status == compare.Altered }) {
		add(box, panelNote(diffKey))
	}
	p.addCards(box, sortedQuotes(p.cv.res.Quotes))
	p.addParaphrases(box)
	return box
}

// firstCards is how many quote cards the Quotes tab builds at once; a
// button builds the rest, so that long articles open without a pause.
const firstCards = 60

// addCards appends the cards of ms to box, the first firstCards of them
// and a button for the rest.
func (p *comparePanel) addCards(box *fyne.Container, ms []compare.QuoteMatch) {
	for i, m := range ms {
		if i == firstCards {
			p.moreButton(box, ms[i:])
			return
		}
		c := p.quoteCard(m)
		p.cards = append(p.cards, c)
		add(box, c.o)
	}
}

// moreButton appends to box a button that shows the cards of rest.
func (p *comparePanel) moreButton(box *fyne.Container, rest []compare.QuoteMatch) {
	var more *widget.Button
	more = widget.NewButton(fmt.Sprintf("Show %d more quotes", len(rest)), func() {
		box.Objects = slices.DeleteFunc(box.Objects, func(o fyne.CanvasObject) bool { return o == more })
		p.addCards(box, rest)
		box.Refresh()
	})
	add(box, more)
}

// diffKey explains the word diff's colours.
const diffKey = "In an altered quote: red struck words are A's that B leaves out; green words B adds; " +
	"blue words moved (struck where A has them, plain where B puts them); grey struck words were cut at an ellipsis."

// quoteTally counts the quote matches by status.
func quoteTally(r *compare.Result) string {
	n := map[compare.QuoteStatus]int{}
	speakers := 0
	for _, m := range r.Quotes {
		n[m.Status]++
		if m.SpeakerDiffers {
			speakers++
		}
	}
	s := fmt.Sprintf("A has %d quotes, B %d. Shared: %d word for word, %d altered, %d in part. Only in A: %d; only in B: %d.",
		len(r.QuotesA), len(r.QuotesB), n[compare.Identical], n[compare.Altered], n[compare.Partial], n[compare.OnlyA], n[compare.OnlyB])
	if speakers > 0 {
		s += fmt.Sprintf(" %d put the same words in different mouths.", speakers)
	}
	if len(r.Paraphrases) > 0 {
		notQuoted, also := r.ParaphrasedQuotes()
		s += fmt.Sprintf(" Said by the other account in its own words (listed at the end): %d it never quotes, %d it quotes too.", notQuoted, also)
	}
	return s
}

// quoteCard builds the card of match m.
func (p *comparePanel) quoteCard(m compare.QuoteMatch) quoteCard {
	head := container.NewHBox(statusChip(quoteChip(m.Status)), widget.NewLabelWithStyle(p.speakers(m), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	box := container.NewVBox(head)
	if m.SpeakerDiffers {
		add(box, flagLabel("Same words, different speaker: "+p.speakers(m)))
	}
	for _, o := range p.quoteBody(m) {
		add(box, o)
	}
	bg := canvas.NewRectangle(color.Transparent)
	bg.CornerRadius = 4
	card := newTapCard(container.NewStack(bg, container.NewPadded(box)), func() { p.cv.showQuote(m) })
	return quoteCard{m: m, bg: bg, o: container.NewVBox(card, widget.NewSeparator())}
}

// quoteBody shows a match's words: the diff of an altered quote, both
// versions of a partial one with the stretch they share, or the one.
func (p *comparePanel) quoteBody(m compare.QuoteMatch) []fyne.CanvasObject {
	cv := p.cv
	ta, tb := cv.docs[0].Text, cv.docs[1].Text
	switch m.Status {
	case compare.Altered:
		text, marks := diffText(ta, tb, m.Diff)
		out := []fyne.CanvasObject{panelBlock(text, marks)}
		return append(out, p.rest(m)...)
	case compare.Partial:
		qa, qb := cv.res.QuotesA[m.A], cv.res.QuotesB[m.B]
		return []fyne.CanvasObject{
			labelled(compare.SideA, panelBlockOf(ta, qa.Range, markOf(m.SharedA, markShared))),
			labelled(compare.SideB, panelBlockOf(tb, qb.Range, markOf(m.SharedB, markShared))),
			panelNote("Green: the words both carry."),
		}
	case compare.OnlyB:
		return []fyne.CanvasObject{panelBlockOf(tb, cv.res.QuotesB[m.B].Range, nil)}
	}
	return []fyne.CanvasObject{panelBlockOf(ta, cv.res.QuotesA[m.A].Range, nil)}
}

// rest notes what each version quotes beyond the stretch both carry.
func (p *comparePanel) rest(m compare.QuoteMatch) []fyne.CanvasObject {
	var out []fyne.CanvasObject
	for s, shared := range [2]compare.Range{m.SharedA, m.SharedB} {
		side := compare.Side(s)
		q := p.cv.quotes(side)[[2]int{m.A, m.B}[s]]
		text := p.cv.docs[s].Text
		extra := strings.TrimSpace(trimMarks(text[q.Start:shared.Start]) + " … " + trimMarks(text[shared.End:q.End]))
		if extra = strings.Trim(extra, " …"); len(strings.Fields(extra)) > 0 {
			out = append(out, panelNote(fmt.Sprintf("Only %s quotes the rest: “%s”", sideName(side), extra)))
		}
	}
	return out
}

// trimMarks strips quotation marks, punctuation and spaces off both ends.
func trimMarks(s string) string {
	return strings.Trim(s, " \n\t\"'“”‘’«»,.;:—–-")
}

// diffText lays a diff out as one text, each step in its own words (A's
// for shared, removed, moved-from and elided words; B's for added and
// moved-to), with the marks that colour it.
func diffText(ta, tb string, ops []compare.DiffOp) (string, []articleview.Mark) {
	var b strings.Builder
	var marks []articleview.Mark
	for _, op := range ops {
		src, r := ta, op.A
		if op.Op == compare.Added || op.Op == compare.MovedTo {
			src, r = tb, op.B
		}
		if r.Len() <= 0 || r.End > len(src) {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		start := b.Len()
		b.WriteString(src[r.Start:r.End])
		if st, ok := diffStyles[op.Op]; ok {
			marks = append(marks, st.mark(start, b.Len()))
		}
	}
	return b.String(), marks
}

// diffStyles is the mark of each diff step; shared words go unmarked.
var diffStyles = map[compare.Op]markStyle{compare.Removed: markRemoved, compare.Added: markAdded,
	compare.MovedFrom: markMovedFrom, compare.MovedTo: markMoved, compare.Elided: markElided}

// speakers names who says a quote in each account.
func (p *comparePanel) speakers(m compare.QuoteMatch) string {
	name := func(s compare.Side, i int) string {
		if i < 0 {
			return ""
		}
		if sp := p.cv.quotes(s)[i].Speaker; sp != "" {
			return sp
		}
		return "unattributed"
	}
	a, b := name(compare.SideA, m.A), name(compare.SideB, m.B)
	switch {
	case b == "":
		return a
	case a == "":
		return b
	case a == b:
		return a
	}
	return "A: " + a + " · B: " + b
}

// selectQuote shows match m's card, tinted, in the Quotes tab.
func (p *comparePanel) selectQuote(m compare.QuoteMatch) {
	p.tabs.SelectIndex(0)
	for _, c := range p.cards {
		on := c.m.A == m.A && c.m.B == m.B
		c.bg.FillColor = color.Transparent
		if on {
			c.bg.FillColor = tint(theme.ColorNamePrimary, 0x30)
			p.quotes.ScrollToOffset(fyne.NewPos(0, c.o.Position().Y))
		}
		c.bg.Refresh()
	}
}

// quoteChip is the label and colour of a quote status.
func quoteChip(s compare.QuoteStatus) (string, fyne.ThemeColorName) {
	switch s {
	case compare.Identical:
		return "IDENTICAL", theme.ColorNameSuccess
	case compare.Altered:
		return "ALTERED", theme.ColorNameError
	case compare.Partial:
		return "PARTIAL", theme.ColorNamePrimary
	case compare.OnlyA:
		return "ONLY IN A", theme.ColorNameDisabled
	}
	return "ONLY IN B", theme.ColorNameDisabled
}

// statusWords is a quote status in words, for the status line.
func statusWords(s compare.QuoteStatus) string {
	switch s {
	case compare.Identical:
		return "word for word the same"
	case compare.Altered:
		return "altered (see the word diff in the Quotes tab)"
	case compare.Partial:
		return "carried in part"
	}
	return "found"
}

// statusChip is a small coloured tag.
func statusChip(label string, c fyne.ThemeColorName) fyne.CanvasObject {
	bg := canvas.NewRectangle(tint(c, 0x48))
	bg.CornerRadius = 4
	bg.StrokeColor, bg.StrokeWidth = theme.Color(c), 1
	t := canvas.NewText(label, theme.Color(theme.ColorNameForeground))
	t.TextStyle.Bold = true
	t.TextSize = theme.Size(theme.SizeNameCaptionText)
	return container.NewCenter(container.NewStack(bg, container.New(&padBox{4, 2}, t)))
}

// flagLabel is a warning in the error colour.
func flagLabel(s string) fyne.CanvasObject {
	l := widget.NewLabelWithStyle("⚑ "+s, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	l.Importance = widget.DangerImportance
	l.Wrapping = fyne.TextWrapWord
	return l
}

// panelNote is a wrapped explanatory line.
func panelNote(s string) fyne.CanvasObject {
	l := widget.NewLabel(s)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// panelBlock shows text with marks in the panel's size.
func panelBlock(text string, marks []articleview.Mark) *articleview.Block {
	t := articleview.NewBlock(articleview.Font{Size: panelTextSize})
	t.SetText(text, 0, len(text), nil, marks)
	return t
}

// panelBlockOf shows the range r of text with marks.
func panelBlockOf(text string, r compare.Range, marks []articleview.Mark) fyne.CanvasObject {
	t := articleview.NewBlock(articleview.Font{Size: panelTextSize})
	t.SetText(text, r.Start, r.End, nil, marks)
	return container.New(&padBox{theme.Padding(), theme.Padding() * 1.5}, t)
}

// labelled puts side s's letter before o.
func labelled(s compare.Side, o fyne.CanvasObject) fyne.CanvasObject {
	l := widget.NewLabelWithStyle(sideName(s), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	return container.NewBorder(nil, nil, container.NewVBox(l), nil, o)
}

// markOf is a one-mark list.
func markOf(r compare.Range, s markStyle) []articleview.Mark {
	return []articleview.Mark{s.mark(r.Start, r.End)}
}

// padBox pads its objects by x and y.
type padBox struct{ x, y float32 }

func (p *padBox) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(p.x, p.y))
		o.Resize(fyne.NewSize(size.Width-2*p.x, size.Height-2*p.y))
	}
}

func (p *padBox) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs {
		s = s.Max(o.MinSize())
	}
	return s.Add(fyne.NewSize(2*p.x, 2*p.y))
}

// add appends objs to box without laying it out: boxes are filled before
// they are shown, and Container.Add would lay out once per object.
func add(box *fyne.Container, objs ...fyne.CanvasObject) {
	box.Objects = append(box.Objects, objs...)
}

// tapCard is a card of the side panel that shows what it is about in the
// text when clicked, wherever it is clicked.
type tapCard struct {
	widget.BaseWidget
	content fyne.CanvasObject
	onTap   func()
}

var (
	_ fyne.Tappable      = (*tapCard)(nil)
	_ desktop.Cursorable = (*tapCard)(nil)
)

// newTapCard wraps content; the text blocks in it answer clicks as it does.
func newTapCard(content fyne.CanvasObject, onTap func()) *tapCard {
	c := &tapCard{content: content, onTap: onTap}
	c.ExtendBaseWidget(c)
	forBlocks(content, func(b *articleview.Block) { b.OnTap = func(int) { onTap() } })
	return c
}

// CreateRenderer is part of fyne.Widget.
func (c *tapCard) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(c.content) }

// Tapped calls the card's action.
func (c *tapCard) Tapped(*fyne.PointEvent) { c.onTap() }

// Cursor shows that the card can be clicked.
func (c *tapCard) Cursor() desktop.Cursor { return desktop.PointerCursor }

// forBlocks calls f on each text block in the containers under o.
func forBlocks(o fyne.CanvasObject, f func(*articleview.Block)) {
	switch v := o.(type) {
	case *articleview.Block:
		f(v)
	case *fyne.Container:
		for _, x := range v.Objects {
			forBlocks(x, f)
		}
	}
}
