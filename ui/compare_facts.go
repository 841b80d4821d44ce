package ui

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"slant/app/compare"
	"slant/ui/articleview"
)

// addParaphrases appends to the Quotes tab the quotations one account
// says in its own voice: a card per link, the first firstCards of them.
// A card says whether the account also quotes the words elsewhere.
func (p *comparePanel) addParaphrases(box *fyne.Container) {
	ps := p.cv.res.Paraphrases
	add(box, panelHeading(fmt.Sprintf("Paraphrased (%d)", len(ps))),
		panelNote("What one account quotes and the other says in its own words (sometimes quoting it too). Green: the words both use."))
	for i, x := range ps {
		if i == firstCards {
			add(box, panelNote(fmt.Sprintf("… and %d more (slant compare lists them all).", len(ps)-i)))
			return
		}
		add(box, p.paraphraseCard(x), widget.NewSeparator())
	}
}

// paraphraseCard shows a quotation and the other account's sentence that
// carries it, with how that sentence presents it.
func (p *comparePanel) paraphraseCard(x compare.Paraphrase) fyne.CanvasObject {
	cv := p.cv
	q, other := cv.res.QuoteOf(x), x.Quoted.Other()
	marks := make([]articleview.Mark, len(x.Words))
	for i, w := range x.Words {
		marks[i] = markShared.mark(w.Start, w.End)
	}
	head := container.NewHBox(statusChip("PARAPHRASED IN "+sideName(other), theme.ColorNameWarning),
		widget.NewLabelWithStyle(orUnattributed(q.Speaker), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	box := container.NewVBox(head,
		labelled(x.Quoted, panelBlockOf(cv.docs[x.Quoted].Text, q.Range, nil)),
		labelled(other, panelBlockOf(cv.docs[other].Text, x.Sentence, marks)),
		panelNote(sideName(other)+" "+x.Presentation()+"."))
	var rs [2]compare.Range
	rs[x.Quoted], rs[other] = q.Range, x.Sentence
	return newTapCard(box, func() { cv.showRanges(rs) })
}

// figureOrder puts disagreements first, then vague figures, then
// agreements.
var figureOrder = map[compare.FigureStatus]int{compare.Disagree: 0, compare.Vague: 1, compare.Agree: 2}

// figureList is the Figures tab: figures about the same thing, the
// disagreements first and most prominent.
func (p *comparePanel) figureList() fyne.CanvasObject {
	r := p.cv.res
	box := container.NewVBox(panelNote(figureTally(r)))
	ms := slices.Clone(r.Figures)
	slices.SortStableFunc(ms, func(a, b compare.FigureMatch) int { return figureOrder[a.Status] - figureOrder[b.Status] })
	for _, m := range ms {
		add(box, p.figureCard(m))
	}
	return box
}

// figureTally counts the figure matches by status.
func figureTally(r *compare.Result) string {
	n := map[compare.FigureStatus]int{}
	for _, m := range r.Figures {
		n[m.Status]++
	}
	s := fmt.Sprintf("A gives %d figures, B %d. About the same thing: %d disagree, %d agree, %d where one is vague.",
		len(r.FiguresA), len(r.FiguresB), n[compare.Disagree], n[compare.Agree], n[compare.Vague])
	switch {
	case !r.SameEvent:
		s += " (Different events: figures were not matched.)"
	case len(r.Figures) == 0:
		s += " No figure in one account is about the same thing as a figure in the other."
	}
	return s
}

// figureCard shows one pair of figures: both numbers large, then each in
// its sentence.
func (p *comparePanel) figureCard(m compare.FigureMatch) fyne.CanvasObject {
	cv := p.cv
	fa, fb := cv.res.FiguresA[m.A], cv.res.FiguresB[m.B]
	ta, tb := cv.docs[0].Text, cv.docs[1].Text
	label, c := figureChip(m.Status)
	num := func(s compare.Side, text string, f compare.Figure) string {
		return sideName(s) + ": " + text[f.Start:f.End]
	}
	big := widget.NewLabelWithStyle(num(compare.SideA, ta, fa)+"   vs   "+num(compare.SideB, tb, fb), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	big.Wrapping = fyne.TextWrapWord
	if m.Status == compare.Disagree {
		big.Importance = widget.DangerImportance
		big.SizeName = theme.SizeNameSubHeadingText
	}
	head := container.NewBorder(nil, nil, statusChip(label, c), nil, widget.NewLabel(unitWords(fa.Unit)))
	box := container.NewVBox(head, big,
		labelled(compare.SideA, panelBlockOf(ta, p.sentenceOf(compare.SideA, fa.Start), markOf(fa.Range, markShared))),
		labelled(compare.SideB, panelBlockOf(tb, p.sentenceOf(compare.SideB, fb.Start), markOf(fb.Range, markShared))),
		widget.NewSeparator())
	return newTapCard(box, func() { cv.showRanges([2]compare.Range{fa.Range, fb.Range}) })
}

// sentenceOf is the passage of side s holding off, or a stretch around it.
func (p *comparePanel) sentenceOf(s compare.Side, off int) compare.Range {
	if i := p.cv.res.PassageAt(s, off); i >= 0 {
		return p.cv.passage(s, i).Range
	}
	return compare.Range{Start: max(0, off-80), End: min(len(p.cv.docs[s].Text), off+120)}
}

// unitWords names a figure's unit.
func unitWords(u string) string {
	if u == "" {
		return "figures"
	}
	return "counting " + u
}

// figureChip is the label and colour of a figure status.
func figureChip(s compare.FigureStatus) (string, fyne.ThemeColorName) {
	switch s {
	case compare.Disagree:
		return "DISAGREE", theme.ColorNameError
	case compare.Vague:
		return "ONE IS VAGUE", theme.ColorNameWarning
	}
	return "AGREE", theme.ColorNameSuccess
}

// voiceList is the Voices tab: who speaks, how much, and who is
// mentioned, in each account.
func (p *comparePanel) voiceList() fyne.CanvasObject {
	v := p.cv.res.Voices
	box := container.NewVBox(panelHeading("Who is quoted"),
		panelNote("How many quotes each account gives each speaker (#), and the speaker's share of all its quoted words (%)."))
	rows := [][]fyne.CanvasObject{textCells(true, "Speaker", "A #", "A %", "B #", "B %")}
	for _, s := range v.Speakers {
		rows = append(rows, []fyne.CanvasObject{textCell(orUnattributed(s.Speaker), false), textCell(strconv.Itoa(s.QuotesA), false),
			shareCell(s.ShareA), textCell(strconv.Itoa(s.QuotesB), false), shareCell(s.ShareB)})
	}
	add(box, tableOf([]float32{0.4, 0.12, 0.18, 0.12, 0.18}, rows))
	add(box, onlyNote("Quoted only in A", v.VoicesOnlyA))
	add(box, onlyNote("Quoted only in B", v.VoicesOnlyB))
	add(box, panelHeading("Who is mentioned"))
	actors := [][]string{{"Actor", "Type", "A", "B"}}
	for _, a := range v.Actors {
		actors = append(actors, []string{a.Actor, a.Type, strconv.Itoa(a.A), strconv.Itoa(a.B)})
	}
	add(box, table([]float32{0.5, 0.26, 0.12, 0.12}, actors))
	add(box, onlyNote("Mentioned only in A", v.ActorsOnlyA))
	add(box, onlyNote("Mentioned only in B", v.ActorsOnlyB))
	return box
}

// loadedList is the Loaded terms tab: each account's rate in its own
// voice and in quotes, the terms, and those only one uses.
func (p *comparePanel) loadedList() fyne.CanvasObject {
	l := p.cv.res.Loaded
	box := container.NewVBox(panelHeading("Loaded terms per 1,000 words"),
		table([]float32{0.28, 0.36, 0.36}, [][]string{{"", "own voice", "inside quotes"},
			{"A", rate(l.A.OwnPer1000, l.A.Own), rate(l.A.QuotedPer1000, l.A.Quoted)},
			{"B", rate(l.B.OwnPer1000, l.B.Own), rate(l.B.QuotedPer1000, l.B.Quoted)}}),
		panelNote("Own voice: the outlet's words. Inside quotes: words it quotes someone saying."),
		panelHeading("The terms"), panelNote("Uses in the outlet's own voice / inside quotes."))
	rows := [][]string{{"Term", "A", "B", "Neutral word"}}
	for _, t := range l.Terms {
		rows = append(rows, []string{t.Term, fmt.Sprintf("%d / %d", t.OwnA, t.QuotedA),
			fmt.Sprintf("%d / %d", t.OwnB, t.QuotedB), t.Neutral})
	}
	add(box, table([]float32{0.34, 0.18, 0.18, 0.3}, rows))
	add(box, onlyNote("Used only by A", l.OnlyA))
	add(box, onlyNote("Used only by B", l.OnlyB))
	return box
}

// rate is a rate per 1,000 words with its count.
func rate(per float64, n int) string { return fmt.Sprintf("%.1f  (%d)", per, n) }

// percent writes a share in [0, 1] as a whole percentage.
func percent(x float64) string { return fmt.Sprintf("%.0f%%", 100*x) }

func orUnattributed(s string) string {
	if s == "" {
		return "(unattributed)"
	}
	return s
}

// onlyNote lists names under a label, "none" when there are none.
func onlyNote(label string, names []string) fyne.CanvasObject {
	list := "none"
	if len(names) > 0 {
		list = strings.Join(names, ", ")
	}
	l := widget.NewLabel(label + ": " + list)
	l.Wrapping = fyne.TextWrapWord
	if len(names) > 0 {
		l.TextStyle.Bold = true
	}
	return l
}

// panelHeading is a bold heading in the panel.
func panelHeading(s string) fyne.CanvasObject {
	return widget.NewLabelWithStyle(s, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
}

// table lays rows of text out in columns of the given shares of the
// width; the first row is a bold header.
func table(widths []float32, rows [][]string) fyne.CanvasObject {
	objs := make([][]fyne.CanvasObject, len(rows))
	for i, row := range rows {
		objs[i] = textCells(i == 0, row...)
	}
	return tableOf(widths, objs)
}

// tableOf lays rows of objects out in columns of the given shares.
func tableOf(widths []float32, rows [][]fyne.CanvasObject) fyne.CanvasObject {
	box := container.NewVBox()
	for _, row := range rows {
		add(box, &fyne.Container{Layout: &columnsLayout{widths}, Objects: row})
	}
	return box
}

// textCells returns a table cell per text.
func textCells(bold bool, texts ...string) []fyne.CanvasObject {
	out := make([]fyne.CanvasObject, len(texts))
	for i, s := range texts {
		out[i] = textCell(s, bold)
	}
	return out
}

// textCell is one table cell, cut short with an ellipsis when too long.
func textCell(s string, bold bool) fyne.CanvasObject {
	l := widget.NewLabel(s)
	l.Truncation = fyne.TextTruncateEllipsis
	l.TextStyle.Bold = bold
	return l
}

// shareCell shows a share in [0, 1] as a percentage over a bar of that
// length.
func shareCell(x float64) fyne.CanvasObject {
	bar := canvas.NewRectangle(tint(theme.ColorNamePrimary, 0x60))
	return container.NewStack(&fyne.Container{Layout: &barLayout{float32(x)}, Objects: []fyne.CanvasObject{bar}},
		textCell(percent(x), false))
}

// barLayout gives its object share of the width, inset from the top and
// bottom.
type barLayout struct{ share float32 }

func (b *barLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, size.Height*0.2))
		o.Resize(fyne.NewSize(size.Width*b.share, size.Height*0.6))
	}
}

func (b *barLayout) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.Size{} }

// columnsLayout places objects side by side, each taking its share of the
// width.
type columnsLayout struct{ widths []float32 }

func (c *columnsLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	x := float32(0)
	for i, o := range objs {
		w := size.Width * c.widths[i]
		o.Move(fyne.NewPos(x, 0))
		o.Resize(fyne.NewSize(w, size.Height))
		x += w
	}
}

func (c *columnsLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var h float32
	for _, o := range objs {
		h = max(h, o.MinSize().Height)
	}
	return fyne.NewSize(float32(40*len(objs)), h)
}
