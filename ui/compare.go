package ui

import (
	"fmt"
	"image/color"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"slant/app"
	"slant/app/compare"
	"slant/app/export"
	"slant/highlight"
	"slant/ui/articleview"
)

// compareView sets two accounts side by side: a header with both titles
// and the verdict, the two columns (aligned rows for one event, two
// independent articles for different events) and a side panel of quotes,
// figures, voices and loaded terms.
type compareView struct {
	win    fyne.Window
	docs   [2]*app.Document
	res    *compare.Result
	hidden [len(highlight.Kinds)]bool
	marks  [2][]articleview.Mark // outlines on each side: what was clicked, and its counterpart

	rows   *alignedRows         // nil for different events
	views  [2]*articleview.View // for different events
	legend *legend
	panel  *comparePanel
	status *widget.Label
	paper  *paperPref // the paper its export prints on; nil: the one saved in the settings
}

// newCompareView compares a and b (already analysed) for win.
func newCompareView(win fyne.Window, a, b *app.Document) *compareView {
	cv := &compareView{win: win, docs: [2]*app.Document{a, b}, res: compare.Compare(a, b, compare.Options{}),
		status: widget.NewLabel("")}
	cv.status.Truncation = fyne.TextTruncateEllipsis
	cv.legend = newLegend(cv.setKind)
	cv.panel = newComparePanel(cv)
	if len(cv.res.Rows) > 0 {
		cv.rows = newAlignedRows(cv)
	} else {
		cv.views = [2]*articleview.View{articleview.NewView(), articleview.NewView()}
		for s, v := range cv.views {
			v.SetDocument(cv.docs[s].Title, cv.docs[s].Text, cv.docs[s].Spans)
		}
	}
	cv.setStatus(compareHint)
	if cv.rows == nil {
		cv.setStatus("Different events: each column scrolls on its own. Point at a highlight to see what it is.")
	}
	return cv
}

// compareHint is the status line before anything is clicked.
const compareHint = "Click a sentence or a quote in one column to see what the other account has for it. " +
	"Point at a highlight to see what it is."

// content lays the compare view out.
func (cv *compareView) content() fyne.CanvasObject {
	top := container.NewVBox(cv.toolbar(), widget.NewSeparator(), cv.verdict(), widget.NewSeparator())
	heads := container.NewGridWithColumns(2, cv.docHead(compare.SideA), cv.docHead(compare.SideB))
	split := container.NewHSplit(container.NewBorder(container.NewVBox(heads, widget.NewSeparator()), nil, nil, nil, cv.columns()),
		cv.panel.object())
	split.Offset = 0.64
	return container.NewBorder(top, cv.status, nil, nil, split)
}

// toolbar holds the legend and, when the export helper is built in, the
// export button.
func (cv *compareView) toolbar() fyne.CanvasObject {
	save := widget.NewButtonWithIcon("Export comparison…", theme.DocumentSaveIcon(), func() {
		exportComparisonWith(cv.win, cv.docs[0], cv.docs[1], cv.res, export.Options{Letter: cv.letter()})
	})
	return container.NewBorder(nil, nil, cv.legend.box, save)
}

// docHead names one document: its letter, title, outlet, date and size.
func (cv *compareView) docHead(s compare.Side) fyne.CanvasObject {
	info := cv.info(s)
	title := widget.NewLabelWithStyle(sideName(s)+"  "+orFile(info.Title, info.Path), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.Wrapping = fyne.TextWrapWord
	sub := widget.NewLabel(docFacts(info))
	sub.SizeName = theme.SizeNameCaptionText
	sub.Truncation = fyne.TextTruncateEllipsis
	return container.NewVBox(title, sub)
}

// docFacts is a document's outlet, date, length and file on one line.
func docFacts(d compare.DocInfo) string {
	var parts []string
	for _, s := range []string{d.Outlet, d.Date} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(append(parts, fmt.Sprintf("%d words", d.Words), filepath.Base(d.Path)), " · ")
}

// orFile returns title, or the file's name when there is none.
func orFile(title, path string) string {
	if title != "" {
		return title
	}
	return filepath.Base(path)
}

// verdict says plainly whether these are one event, with the measure, and
// how much of each the other tells.
func (cv *compareView) verdict() fyne.CanvasObject {
	r := cv.res
	v := fmt.Sprintf("These look like accounts of the SAME EVENT (similarity %.2f; one event scores %.2f or more). "+
		"Each row sets a sentence of A beside what B has for it.", r.Similarity, compare.SameEventMin)
	icon := widget.NewIcon(theme.ConfirmIcon())
	if !r.SameEvent {
		icon.SetResource(theme.WarningIcon())
		v = fmt.Sprintf("These look like DIFFERENT EVENTS (similarity %.2f; one event scores %.2f or more). "+
			"The two articles are shown side by side without aligning their passages.", r.Similarity, compare.SameEventMin)
	}
	text := widget.NewLabelWithStyle(v, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	text.Wrapping = fyne.TextWrapWord
	lines := container.NewVBox(text)
	if r.SameEvent {
		add(lines, cv.key())
	}
	row := container.NewBorder(nil, nil, icon, nil, lines)
	if r.SameEvent {
		return row
	}
	return container.NewStack(canvas.NewRectangle(tint(theme.ColorNameWarning, 0x40)), row)
}

// key explains the rows' tints with swatches.
func (cv *compareView) key() fyne.CanvasObject {
	n := cv.passageCounts()
	return container.NewHBox(
		keySwatch(passageLevel), widget.NewLabel(fmt.Sprintf("told by both, side by side (%d)", n[passageLevel])),
		keySwatch(passageMoved), widget.NewLabel(fmt.Sprintf("told by both, in a different place (%d)", n[passageMoved])),
		keySwatch(passageOnly), widget.NewLabel(fmt.Sprintf("only in this account (A %d, B %d)", n[passageOnly+2], n[passageOnly+3])))
}

// keySwatch is a small sample of a passage kind's cell.
func keySwatch(k passageKind) fyne.CanvasObject {
	bg, stripe := cellColors(k)
	b := canvas.NewRectangle(bg)
	b.StrokeColor, b.StrokeWidth = theme.Color(theme.ColorNameSeparator), 1
	b.SetMinSize(fyne.NewSize(22, 18))
	st := canvas.NewRectangle(stripe)
	st.SetMinSize(fyne.NewSize(stripeW, 18))
	return container.NewCenter(container.NewHBox(container.NewStack(b, container.NewHBox(st))))
}

// columns is the text of both documents: aligned rows, or two articles.
func (cv *compareView) columns() fyne.CanvasObject {
	if cv.rows != nil {
		return cv.rows.host
	}
	return container.NewGridWithColumns(2, cv.views[0], cv.views[1])
}

// info returns side s's description.
func (cv *compareView) info(s compare.Side) compare.DocInfo {
	if s == compare.SideA {
		return cv.res.A
	}
	return cv.res.B
}

// passage returns passage p of side s.
func (cv *compareView) passage(s compare.Side, p int) compare.Passage {
	if s == compare.SideA {
		return cv.res.PassagesA[p]
	}
	return cv.res.PassagesB[p]
}

// isTitle reports whether passage range r of side s is its title line.
func (cv *compareView) isTitle(s compare.Side, p compare.Passage) bool {
	d := cv.docs[s]
	return p.Start == 0 && d.Title != "" && strings.TrimSpace(d.Text[p.Start:p.End]) == d.Title
}

// passageKind is how a passage stands in the other account.
type passageKind int

// The passage kinds.
const (
	passageLevel passageKind = iota // paired, shown level with its partner
	passageMoved                    // paired, but told in a different order
	passageOnly                     // only this account has it
	passageEmpty                    // an empty cell
)

// passageKind tells how passage p of side s stands.
func (cv *compareView) passageKind(s compare.Side, p int) passageKind {
	pair := cv.passage(s, p).Pair
	switch {
	case pair < 0:
		return passageOnly
	case cv.res.Pairs[pair].Level:
		return passageLevel
	}
	return passageMoved
}

// passageCounts counts the passages of each kind: level and moved pairs,
// then passages only in A and only in B at passageOnly+2 and +3.
func (cv *compareView) passageCounts() [6]int {
	var n [6]int
	for _, p := range cv.res.Pairs {
		if p.Level {
			n[passageLevel]++
		} else {
			n[passageMoved]++
		}
	}
	for s, ps := range [][]compare.Passage{cv.res.PassagesA, cv.res.PassagesB} {
		for _, p := range ps {
			if p.Pair < 0 {
				n[int(passageOnly)+2+s]++
			}
		}
	}
	return n
}

// partnerRow returns the row of the partner of passage p of side s when
// the pair is not level, else -1.
func (cv *compareView) partnerRow(s compare.Side, p int) int {
	pair := cv.passage(s, p).Pair
	if pair < 0 || cv.res.Pairs[pair].Level {
		return -1
	}
	pr := cv.res.Pairs[pair]
	if s == compare.SideA {
		return cv.res.RowOf(compare.SideB, pr.B)
	}
	return cv.res.RowOf(compare.SideA, pr.A)
}

// cellColors returns the background and left bar of a cell.
func cellColors(k passageKind) (bg, stripe color.Color) {
	switch k {
	case passageOnly:
		return tint(theme.ColorNameForeground, 0x14), tint(theme.ColorNameForeground, 0x90)
	case passageMoved:
		return tint(theme.ColorNamePrimary, 0x1C), tint(theme.ColorNamePrimary, 0xC0)
	}
	return color.Transparent, color.Transparent
}

// sideName is "A" or "B".
func sideName(s compare.Side) string { return string(rune('A' + s)) }

// setKind shows or hides kind k in both columns.
func (cv *compareView) setKind(k highlight.Kind, on bool) {
	cv.hidden[k] = !on
	cv.legend.setChecked(k, on)
	for _, v := range cv.views {
		if v != nil {
			v.SetKindVisible(k, on)
		}
	}
	if cv.rows != nil {
		cv.rows.refresh()
	}
}

// letter reports whether the comparison's export prints on US Letter:
// the paper of the reader that opened it, else the locale's.
func (cv *compareView) letter() bool {
	return cv.paper.letter()
}

// hideKinds hides the kinds hidden reports hidden, as the reader does;
// nil hides none.
func (cv *compareView) hideKinds(hidden func(highlight.Kind) bool) {
	if hidden == nil {
		return
	}
	for _, k := range highlight.Kinds {
		if hidden(k) {
			cv.setKind(k, false)
		}
	}
}

// tapped shows what the other account has for offset off of side s: it
// outlines what was clicked and its counterpart, and scrolls the
// counterpart into view.
func (cv *compareView) tapped(s compare.Side, off int) {
	own := cv.ownRange(s, off)
	other, ok := cv.res.CounterpartAt(s, off)
	if !ok {
		cv.setMarks(s, own, compare.Range{})
		cv.setStatus(cv.aloneMessage(s, off))
		return
	}
	cv.setMarks(s, own, other)
	if m, isQuote := cv.res.QuoteAt(s, off); isQuote {
		cv.panel.selectQuote(m)
		cv.setStatus(quoteMessage(m))
	} else if _, para := cv.res.ParaphraseAt(s, off); para {
		cv.setStatus(fmt.Sprintf("%s says this in its own words, without quotation marks: outlined in its column.", sideName(s.Other())))
	} else {
		cv.setStatus(fmt.Sprintf("%s tells this too: outlined in its column.", sideName(s.Other())))
	}
	if cv.rows != nil {
		cv.rows.showRows(cv.rows.rowAt(s, off), cv.rows.rowAt(s.Other(), other.Start))
	}
}

// showPartner outlines passage p of side s and its partner, told in a
// different place by the other account, and brings the partner into view.
func (cv *compareView) showPartner(s compare.Side, p int) {
	pair := cv.res.Pairs[cv.passage(s, p).Pair]
	q := pair.B
	if s == compare.SideB {
		q = pair.A
	}
	own, other := cv.passage(s, p).Range, cv.passage(s.Other(), q).Range
	cv.setMarks(s, own, other)
	cv.setStatus(fmt.Sprintf("%s tells this passage in another place: both are outlined.", sideName(s.Other())))
	if cv.rows != nil {
		cv.rows.showRows(cv.rows.rowAt(s, own.Start), cv.rows.rowAt(s.Other(), other.Start))
	}
}

// ownRange is what a click at off of side s points at: the quotation
// there, else the passage.
func (cv *compareView) ownRange(s compare.Side, off int) compare.Range {
	for _, q := range cv.quotes(s) {
		if q.Contains(off) {
			return q.Range
		}
	}
	if p := cv.res.PassageAt(s, off); p >= 0 {
		return cv.passage(s, p).Range
	}
	return compare.Range{}
}

// quotes returns side s's quotations.
func (cv *compareView) quotes(s compare.Side) []compare.Quote {
	if s == compare.SideA {
		return cv.res.QuotesA
	}
	return cv.res.QuotesB
}

// aloneMessage says that what stands at off of side s has no counterpart.
func (cv *compareView) aloneMessage(s compare.Side, off int) string {
	for _, q := range cv.quotes(s) {
		if q.Contains(off) {
			return fmt.Sprintf("Only %s quotes this; %s does not.", sideName(s), sideName(s.Other()))
		}
	}
	return fmt.Sprintf("Only %s tells this; %s has nothing like it.", sideName(s), sideName(s.Other()))
}

// quoteMessage describes a quote match on the status line.
func quoteMessage(m compare.QuoteMatch) string {
	msg := "Quote " + statusWords(m.Status) + " in both accounts; the other version is outlined."
	if m.SpeakerDiffers {
		msg += " Beware: the two accounts give it to different speakers."
	}
	return msg
}

// setMarks outlines own on side s and other on the other side, clearing
// the outlines before.
func (cv *compareView) setMarks(s compare.Side, own, other compare.Range) {
	cv.marks[s], cv.marks[s.Other()] = outline(own), outline(other)
	if cv.rows != nil {
		cv.rows.refresh()
		return
	}
	cv.views[s].MarkRange(own.Start, own.End)
	if other.Len() > 0 {
		cv.views[s.Other()].MarkRange(other.Start, other.End)
	}
}

// outline is the marks outlining r, none when r is empty.
func outline(r compare.Range) []articleview.Mark {
	if r.Len() == 0 {
		return nil
	}
	return []articleview.Mark{markOutline.mark(r.Start, r.End)}
}

// showQuote brings a quote match into view in both columns.
func (cv *compareView) showQuote(m compare.QuoteMatch) {
	var rs [2]compare.Range
	if m.A >= 0 {
		rs[0] = cv.res.QuotesA[m.A].Range
	}
	if m.B >= 0 {
		rs[1] = cv.res.QuotesB[m.B].Range
	}
	cv.showRanges(rs)
}

// showRanges outlines a range on each side (an empty one is skipped) and
// scrolls A's, else B's, into view.
func (cv *compareView) showRanges(rs [2]compare.Range) {
	cv.marks = [2][]articleview.Mark{outline(rs[0]), outline(rs[1])}
	if cv.rows == nil {
		for s, r := range rs {
			if r.Len() > 0 {
				cv.views[s].MarkRange(r.Start, r.End)
			}
		}
		return
	}
	cv.rows.refresh()
	for s, r := range rs {
		if r.Len() > 0 {
			cv.rows.showRow(cv.rows.rowAt(compare.Side(s), r.Start))
			return
		}
	}
}

// hovered returns the hover handler of side s: it describes the
// highlights under the pointer on the status line.
func (cv *compareView) hovered(s compare.Side) func([]highlight.Span) {
	return func(spans []highlight.Span) {
		if len(spans) == 0 {
			return
		}
		d := articleview.Describe(cv.docs[s].Text, spans[len(spans)-1])
		cv.setStatus(sideName(s) + " · " + strings.ReplaceAll(d.String(), "\n", " · "))
	}
}

func (cv *compareView) setStatus(s string) { cv.status.SetText(s) }
