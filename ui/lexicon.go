package ui

import (
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"slant/highlight"
)

// lexiconEditor is the window in which a teacher edits the loaded-term
// lexicon: the terms in a list with a filter, a form for one entry, and
// import, export and reset. Every change is handed to apply at once,
// which keeps it and marks the library again.
type lexiconEditor struct {
	win     fyne.Window
	lex     *highlight.Lexicon // the lexicon being edited
	shown   []highlight.LexiconEntry
	filter  *widget.Entry
	count   *widget.Label
	list    *widget.List
	form    *lexiconForm
	editing string // the term of the entry in the form; "" for a new one
	apply   func(lex *highlight.Lexicon, custom bool) error
}

// newLexiconEditor builds the editor window for lex in a; where tells
// where changes are kept (" and kept in …").
func newLexiconEditor(a fyne.App, lex *highlight.Lexicon, where string,
	apply func(*highlight.Lexicon, bool) error) *lexiconEditor {
	ed := &lexiconEditor{win: a.NewWindow("Slant — Loaded terms lexicon"), lex: lex,
		count: widget.NewLabel(""), form: newLexiconForm(), apply: apply}
	ed.filter = widget.NewEntry()
	ed.filter.SetPlaceHolder("Filter: a term, category, reason or alternative")
	ed.filter.OnChanged = func(string) { ed.refilter() }
	ed.list = widget.NewList(func() int { return len(ed.shown) }, newLexiconRow, ed.updateRow)
	ed.list.OnSelected = func(i widget.ListItemID) { ed.selectEntry(i) }
	ed.win.SetContent(ed.content(where))
	ed.win.Resize(fyne.NewSize(1040, 680))
	ed.refilter()
	return ed
}

// content lays the window out: filter on top, the list, the form and the
// buttons below.
func (ed *lexiconEditor) content(where string) fyne.CanvasObject {
	hint := widget.NewLabel("Changes apply at once to every article in the library" + where + ".")
	hint.Wrapping = fyne.TextWrapWord
	top := container.NewBorder(nil, nil, nil, ed.count, ed.filter)
	head := container.NewVBox(top, lexiconHeader())
	buttons := container.NewHBox(
		widget.NewButtonWithIcon("New term", theme.ContentAddIcon(), ed.newEntry),
		widget.NewButtonWithIcon("Save term", theme.DocumentSaveIcon(), ed.saveEntry),
		widget.NewButtonWithIcon("Remove term", theme.DeleteIcon(), ed.removeEntry),
		layout.NewSpacer(),
		widget.NewButton("Import…", ed.importDialog),
		widget.NewButton("Export…", ed.exportDialog),
		widget.NewButton("Reset to Slant's default…", ed.resetDialog))
	bottom := container.NewVBox(widget.NewSeparator(), ed.form.object(), buttons, hint)
	return container.NewBorder(head, bottom, nil, nil, ed.list)
}

// refilter lists the entries matching the filter and keeps the entry
// being edited selected.
func (ed *lexiconEditor) refilter() {
	q := strings.ToLower(strings.TrimSpace(ed.filter.Text))
	ed.shown = ed.shown[:0]
	for _, e := range ed.lex.Entries() {
		if q == "" || entryMatches(e, q) {
			ed.shown = append(ed.shown, e)
		}
	}
	ed.count.SetText(fmt.Sprintf("%d of %d terms", len(ed.shown), ed.lex.Len()))
	ed.list.UnselectAll()
	ed.list.Refresh()
	if i := ed.shownIndex(ed.editing); i >= 0 {
		ed.list.Select(i)
	} else if ed.unchanged() {
		ed.editing = "" // filtered out and not being edited: Remove must not act on it unseen
		ed.form.set(highlight.LexiconEntry{}, ed.categories())
	}
}

// unchanged reports whether the form holds the entry picked, as it is in
// the lexicon (or nothing at all).
func (ed *lexiconEditor) unchanged() bool {
	e, _ := ed.lex.Lookup(ed.editing)
	f := ed.form.entry()
	return ed.editing != "" && f == e || f == highlight.LexiconEntry{}
}

// entryMatches reports whether any field of e contains q (lower case).
func entryMatches(e highlight.LexiconEntry, q string) bool {
	for _, f := range []string{e.Term, e.Category, e.Reason, e.Neutral} {
		if strings.Contains(strings.ToLower(f), q) {
			return true
		}
	}
	return false
}

// shownIndex returns where the entry for term is listed, or -1.
func (ed *lexiconEditor) shownIndex(term string) int {
	e, ok := ed.lex.Lookup(term)
	if term == "" || !ok {
		return -1
	}
	return slices.IndexFunc(ed.shown, func(s highlight.LexiconEntry) bool { return s.Term == e.Term })
}

// selectEntry puts listed entry i in the form.
func (ed *lexiconEditor) selectEntry(i int) {
	if i < 0 || i >= len(ed.shown) {
		return
	}
	ed.editing = ed.shown[i].Term
	ed.form.set(ed.shown[i], ed.categories())
}

// categories lists the categories to offer: Slant's, then any others the
// lexicon uses.
func (ed *lexiconEditor) categories() []string {
	out := slices.Clone(highlight.Categories)
	for _, e := range ed.lex.Entries() {
		if !slices.Contains(out, e.Category) {
			out = append(out, e.Category)
		}
	}
	return out
}

// newLexiconRow is one row of the list: term, category, reason, neutral.
func newLexiconRow() fyne.CanvasObject {
	cells := make([]fyne.CanvasObject, 4)
	for i := range cells {
		l := widget.NewLabel("")
		l.Truncation = fyne.TextTruncateEllipsis
		cells[i] = l
	}
	cells[0].(*widget.Label).TextStyle.Bold = true
	return container.New(lexiconColumns{}, cells...)
}

// lexiconHeader names the list's columns.
func lexiconHeader() fyne.CanvasObject {
	names := []string{"Term", "Category", "Why it is loaded", "Neutral alternative"}
	cells := make([]fyne.CanvasObject, len(names))
	for i, n := range names {
		cells[i] = widget.NewLabelWithStyle(n, fyne.TextAlignLeading, fyne.TextStyle{Italic: true})
	}
	return container.New(lexiconColumns{}, cells...)
}

func (ed *lexiconEditor) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	if i < 0 || i >= len(ed.shown) {
		return
	}
	e := ed.shown[i]
	cells := o.(*fyne.Container).Objects
	for j, s := range []string{e.Term, e.Category, e.Reason, e.Neutral} {
		cells[j].(*widget.Label).SetText(s)
	}
}

// lexiconColumns lays a row's four cells out: term, category and neutral
// alternative at fixed widths, the reason taking the rest.
type lexiconColumns struct{}

// Fixed column widths and the narrowest the reason gets.
const (
	lexTermW, lexCategoryW, lexNeutralW, lexReasonMinW = 190, 120, 230, 160
)

func (lexiconColumns) widths(total float32) [4]float32 {
	pad := 3 * theme.Padding()
	reason := max(lexReasonMinW, total-lexTermW-lexCategoryW-lexNeutralW-pad)
	return [4]float32{lexTermW, lexCategoryW, reason, lexNeutralW}
}

// Layout is part of fyne.Layout.
func (c lexiconColumns) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	x := float32(0)
	for i, w := range c.widths(size.Width) {
		if i >= len(objs) {
			return
		}
		objs[i].Move(fyne.NewPos(x, 0))
		objs[i].Resize(fyne.NewSize(w, size.Height))
		x += w + theme.Padding()
	}
}

// MinSize is part of fyne.Layout.
func (c lexiconColumns) MinSize(objs []fyne.CanvasObject) fyne.Size {
	h := float32(0)
	for _, o := range objs {
		h = max(h, o.MinSize().Height)
	}
	w := c.widths(0)
	return fyne.NewSize(w[0]+w[1]+w[2]+w[3]+3*theme.Padding(), h)
}
