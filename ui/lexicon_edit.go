package ui

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"slant/app"
	"slant/highlight"
)

// lexiconForm edits one lexicon entry.
type lexiconForm struct {
	term, reason, neutral *widget.Entry
	category              *widget.Select
}

func newLexiconForm() *lexiconForm {
	f := &lexiconForm{term: widget.NewEntry(), reason: widget.NewMultiLineEntry(),
		neutral: widget.NewEntry(), category: widget.NewSelect(highlight.Categories, nil)}
	f.term.SetPlaceHolder("word or phrase; massacre* = any ending; bomb(s) = optional ending")
	f.reason.SetPlaceHolder("why it judges, in words a student understands")
	f.reason.Wrapping = fyne.TextWrapWord
	f.reason.SetMinRowsVisible(2)
	f.neutral.SetPlaceHolder("a neutral way to say it")
	f.category.PlaceHolder = "(choose)"
	return f
}

// object lays the form out: term and category, reason, neutral.
func (f *lexiconForm) object() fyne.CanvasObject {
	cat := container.NewHBox(widget.NewLabel("Category"), f.category)
	return widget.NewForm(
		widget.NewFormItem("Term", container.NewBorder(nil, nil, nil, cat, f.term)),
		widget.NewFormItem("Why it is loaded", f.reason),
		widget.NewFormItem("Neutral alternative", f.neutral))
}

// entry returns what the form holds; the reason's line breaks become
// spaces, as an entry is one line of the lexicon file.
func (f *lexiconForm) entry() highlight.LexiconEntry {
	return highlight.LexiconEntry{Term: f.term.Text, Category: f.category.Selected,
		Reason: strings.Join(strings.Fields(f.reason.Text), " "), Neutral: f.neutral.Text}
}

// set fills the form with e, offering categories.
func (f *lexiconForm) set(e highlight.LexiconEntry, categories []string) {
	f.category.SetOptions(categories)
	f.term.SetText(e.Term)
	if e.Category == "" {
		f.category.ClearSelected()
	} else {
		f.category.SetSelected(e.Category)
	}
	f.reason.SetText(e.Reason)
	f.neutral.SetText(e.Neutral)
}

// canonical returns term as the lexicon spells it, or "" when it is not
// in the lexicon.
func (ed *lexiconEditor) canonical(term string) string {
	if term == "" {
		return ""
	}
	e, _ := ed.lex.Lookup(term)
	return e.Term
}

// newEntry empties the form for a new term.
func (ed *lexiconEditor) newEntry() {
	ed.editing = ""
	ed.list.UnselectAll()
	ed.form.set(highlight.LexiconEntry{}, ed.categories())
	ed.win.Canvas().Focus(ed.form.term)
}

// saveEntry adds the form's entry, or replaces the entry picked in the
// list (which may be renamed).
func (ed *lexiconEditor) saveEntry() {
	e := ed.form.entry()
	if err := ed.checkEntry(e); err != nil {
		dialog.ShowError(err, ed.win)
		return
	}
	next := ed.lex.Clone()
	if old := ed.canonical(ed.editing); old != "" && ed.canonical(e.Term) != old {
		next.Remove(old) // renamed
	}
	if err := next.Add(e); err != nil {
		dialog.ShowError(fmt.Errorf("cannot save this term: %w", err), ed.win)
		return
	}
	ed.editing = e.Term
	ed.commit(next, true)
}

// checkEntry reports why e cannot be saved: a field missing or a term that
// another entry already has.
func (ed *lexiconEditor) checkEntry(e highlight.LexiconEntry) error {
	if err := e.Validate(); err != nil {
		return fmt.Errorf("cannot save this term: %w", err)
	}
	if other, ok := ed.lex.Lookup(e.Term); ok && other.Term != ed.canonical(ed.editing) {
		return fmt.Errorf("%q is already in the lexicon (%s): pick it in the list to change it",
			other.Term, other.Category)
	}
	return nil
}

// removeEntry asks, then removes the entry picked in the list.
func (ed *lexiconEditor) removeEntry() {
	term := ed.canonical(ed.editing)
	if term == "" {
		dialog.ShowInformation("Remove term", "Pick a term in the list first.", ed.win)
		return
	}
	dialog.ShowConfirm("Remove term", "Remove “"+term+"” from the lexicon?\nIt will no longer be marked.",
		func(ok bool) {
			if ok {
				ed.remove(term)
			}
		}, ed.win)
}

// remove removes the entry for term.
func (ed *lexiconEditor) remove(term string) {
	next := ed.lex.Clone()
	next.Remove(term)
	ed.editing = ""
	ed.form.set(highlight.LexiconEntry{}, ed.categories())
	ed.commit(next, true)
}

// commit makes next the lexicon, shows it, and hands it to apply.
func (ed *lexiconEditor) commit(next *highlight.Lexicon, custom bool) {
	ed.lex = next
	ed.refilter()
	if err := ed.apply(next.Clone(), custom); err != nil {
		dialog.ShowError(err, ed.win)
	}
}

// importDialog asks for a lexicon file and imports it.
func (ed *lexiconEditor) importDialog() {
	pathDialog{
		title:   "Import a lexicon (term, category, reason, neutral; tab-separated)",
		confirm: "Import",
		filter:  storage.NewExtensionFileFilter([]string{".tsv", ".txt"}),
	}.open(ed.win, ed.importFile)
}

// importFile imports the lexicon file at path.
func (ed *lexiconEditor) importFile(path string) {
	f, err := os.Open(path)
	if err != nil {
		dialog.ShowError(err, ed.win)
		return
	}
	defer f.Close()
	ed.importFrom(path, f)
}

// importFrom reads a lexicon from r (the file name) and asks whether to
// add its terms to the lexicon or replace the lexicon with it. A file that
// does not parse is reported with the line at fault.
func (ed *lexiconEditor) importFrom(name string, r io.Reader) {
	lex, err := highlight.ParseLexicon(r)
	if err != nil {
		dialog.ShowError(fmt.Errorf("cannot import %s: %w", filepath.Base(name), err), ed.win)
		return
	}
	msg := widget.NewLabel(fmt.Sprintf("%s holds %d terms. Add them to the %d terms of the lexicon\n"+
		"(a term already there takes the file's category, reason and alternative),\nor replace the lexicon with them?",
		filepath.Base(name), lex.Len(), ed.lex.Len()))
	d := dialog.NewCustomWithoutButtons("Import lexicon", msg, ed.win)
	d.SetButtons([]fyne.CanvasObject{
		widget.NewButton("Cancel", d.Hide),
		widget.NewButton("Replace the lexicon", func() { d.Hide(); ed.imported(lex, false) }),
		&widget.Button{Text: "Add to the lexicon", Importance: widget.HighImportance,
			OnTapped: func() { d.Hide(); ed.imported(lex, true) }},
	})
	d.Show()
}

// imported adds the entries of lex to the lexicon, or replaces it by lex.
func (ed *lexiconEditor) imported(lex *highlight.Lexicon, add bool) {
	next := lex
	if add {
		next = ed.lex.Clone()
		for _, e := range lex.Entries() {
			next.Add(e) // valid: ParseLexicon checked every entry
		}
	}
	ed.editing = ""
	ed.form.set(highlight.LexiconEntry{}, ed.categories())
	ed.commit(next, true)
}

// exportDialog asks where to save the lexicon and writes it there in the
// plain format Import reads.
func (ed *lexiconEditor) exportDialog() {
	snap := ed.lex.Clone()
	ed.exportJob(snap).ask()
}

// exportJob is the export of lex as a TSV file.
func (ed *lexiconEditor) exportJob(lex *highlight.Lexicon) *exportJob {
	return &exportJob{win: ed.win, what: "the lexicon", label: "TSV", ext: ".tsv",
		name:  "slant-lexicon.tsv",
		write: func(path string) error { return app.SaveLexiconFile(path, lex) },
		spawn: func(f func()) { go f() }}
}

// resetDialog asks, then goes back to Slant's default lexicon.
func (ed *lexiconEditor) resetDialog() {
	def := highlight.DefaultLexicon()
	msg := fmt.Sprintf("Replace this lexicon (%d terms) with Slant's default (%d terms)?\n"+
		"Your changes will be lost: export them first to keep a copy.", ed.lex.Len(), def.Len())
	dialog.ShowConfirm("Reset lexicon", msg, func(ok bool) {
		if ok {
			ed.reset()
		}
	}, ed.win)
}

// reset goes back to Slant's default lexicon.
func (ed *lexiconEditor) reset() {
	ed.editing = ""
	ed.form.set(highlight.LexiconEntry{}, ed.categories())
	ed.commit(highlight.DefaultLexicon(), false)
}
