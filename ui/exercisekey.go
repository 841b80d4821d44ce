package ui

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"slant/app/exercise"
	"slant/highlight"
)

// keyWindow is where a teacher corrects an exercise's answer key: it
// starts as Slant's highlights; selecting words and pressing 1–4 adds a
// mark, clicking a mark offers to change its kind or remove it. From here
// the exercise is saved and its worksheet and answer key printed.
type keyWindow struct {
	win     fyne.Window
	ex      *exercise.Exercise
	path    string // where the exercise is saved; "" until it is
	surface *markSurface
	article int
	undos   []keySnapshot // the exercise before each change
	dirty   bool
	picked  exercise.Mark // the clicked key mark; Kind "" when none

	counts  *widget.Label
	detail  *widget.Label
	kindSel *widget.Select
	remove  *widget.Button
	status  *widget.Label
	paper   *widget.RadioGroup // the paper the worksheet and answer key print on
	pref    *paperPref         // where the paper chosen is remembered
}

// keySnapshot is what undo restores: the details and every article's key.
type keySnapshot struct {
	title, instructions string
	kinds               []string
	keys                [][]exercise.Mark
}

// newKeyWindow opens ex in a key editor window of a; path is where it was
// loaded from, "" for a new exercise; pref remembers the paper its PDFs
// are printed on (nil: the locale's, not remembered).
func newKeyWindow(a fyne.App, ex *exercise.Exercise, path string, pref *paperPref) *keyWindow {
	k := &keyWindow{win: a.NewWindow(""), ex: ex, path: path, surface: newMarkSurface(), pref: pref}
	k.setTitle()
	k.surface.onKind = k.add
	k.surface.onRemove = k.removePicked
	k.surface.onUndo = k.undo
	k.surface.onClick = k.clicked
	k.surface.onHover = func(s []highlight.Span) {
		if k.picked.Kind == "" {
			k.describe(s)
		}
	}
	k.surface.menu = func() []*fyne.MenuItem { return kindItems(ex, k.add) }
	k.build()
	k.surface.bindWindow(k.win)
	k.win.SetCloseIntercept(k.close)
	k.win.Resize(fyne.NewSize(1180, 780))
	k.showArticle(0)
	return k
}

// build lays the window out: the task, the tools and file actions on top,
// the article, and the key's counts and the picked mark on the right.
func (k *keyWindow) build() {
	k.counts = wrapLabel("")
	k.detail = wrapLabel("")
	k.status = widget.NewLabel("")
	k.status.Truncation = fyne.TextTruncateEllipsis
	var names []string
	for _, kind := range k.ex.ExerciseKinds() {
		names = append(names, kindName(kind))
	}
	k.kindSel = widget.NewSelect(names, k.changeKind)
	k.kindSel.PlaceHolder = "Change its kind"
	k.remove = widget.NewButtonWithIcon("Remove from the key", theme.DeleteIcon(), k.removePicked)
	k.paper = newPaperChoice(k.pref.letter(), k.pref.setLetter)
	tools := container.NewHBox(kindButtons(k.ex, k.add)...)
	tools.Add(widget.NewSeparator())
	tools.Add(widget.NewButtonWithIcon("Undo", theme.ContentUndoIcon(), k.undo))
	files := container.NewHBox(
		widget.NewButtonWithIcon("Save exercise…", theme.DocumentSaveIcon(), k.save),
		widget.NewButtonWithIcon("Worksheet PDF…", theme.DocumentPrintIcon(), func() { k.print(false) }),
		widget.NewButtonWithIcon("Answer key PDF…", theme.DocumentPrintIcon(), func() { k.print(true) }),
		k.paper)
	details := widget.NewButtonWithIcon("Details…", theme.DocumentCreateIcon(), k.editDetails)
	hint := wrapLabel("The key starts as Slant's highlights. Select words and press a key (or a button) to add " +
		"them; click a mark to change its kind or remove it.")
	top := container.NewVBox(container.NewBorder(nil, nil, nil, container.NewVBox(details), taskHeader(k.ex)), hint, container.NewBorder(nil, nil, tools, files),
		container.NewHBox(articlePickerOrNil(k.ex, k.showArticle)...), widget.NewSeparator())
	picked := container.NewVBox(widget.NewLabelWithStyle("Clicked mark", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		k.detail, k.kindSel, k.remove)
	side := container.NewVScroll(container.NewVBox(k.counts, widget.NewSeparator(), picked))
	split := container.NewHSplit(k.surface.obj, side)
	split.Offset = 0.74
	k.win.SetContent(container.NewBorder(top, k.status, nil, nil, split))
}

// articlePickerOrNil wraps articlePicker for a box: no objects for one.
func articlePickerOrNil(ex *exercise.Exercise, show func(int)) []fyne.CanvasObject {
	if p := articlePicker(ex, show); p != nil {
		return []fyne.CanvasObject{p}
	}
	return nil
}

// showArticle shows article i with its key.
func (k *keyWindow) showArticle(i int) {
	k.article = i
	k.surface.view.SetDocument("", "", nil)
	k.refresh()
	k.win.Canvas().Focus(k.surface.layer)
}

// refresh shows the key on the text and counts it.
func (k *keyWindow) refresh() {
	a := k.ex.Articles[k.article]
	k.surface.show(a.Title, a.Text, exercise.Spans(a.Key, k.article))
	k.counts.SetText(k.countText())
	k.pick(exercise.Mark{})
}

// countText says how many marks of each kind the key holds.
func (k *keyWindow) countText() string {
	var parts []string
	for _, kind := range k.ex.ExerciseKinds() {
		n := 0
		for _, a := range k.ex.Articles {
			n += countKind(a.Key, kind)
		}
		parts = append(parts, fmt.Sprintf("%d %s", n, strings.ToLower(kindName(kind))+plural(n)))
	}
	return "The key: " + strings.Join(parts, ", ") + "."
}

// countKind counts the marks of kind k.
func countKind(ms []exercise.Mark, k highlight.Kind) int {
	n := 0
	for _, m := range ms {
		if m.Kind == k.String() {
			n++
		}
	}
	return n
}

// add adds the selection to the key as kind kind.
func (k *keyWindow) add(kind highlight.Kind) {
	m, why := selectionMark(k.ex, k.surface, k.article, kind)
	if why != "" {
		k.setStatus(why)
		return
	}
	k.remember()
	if err := k.ex.PutKey(m); err != nil {
		k.setStatus(err.Error())
		return
	}
	k.changed("Added to the key as a " + strings.ToLower(kindName(kind)) + ": " + k.words(m))
}

// clicked picks the innermost key mark under a click.
func (k *keyWindow) clicked(spans []highlight.Span) {
	s, ok := innermost(spans)
	if !ok {
		k.pick(exercise.Mark{})
		k.surface.clearOutline()
		return
	}
	k.surface.outline(s.Start, s.End)
	k.pick(exercise.Mark{Article: k.article, Start: s.Start, End: s.End, Kind: s.Kind.String()})
}

// pick shows mark m as the one to change or remove; Kind "" for none.
func (k *keyWindow) pick(m exercise.Mark) {
	k.picked = m
	if m.Kind == "" {
		k.kindSel.OnChanged = nil
		k.kindSel.ClearSelected()
		k.kindSel.OnChanged = k.changeKind
		k.kindSel.Disable()
		k.remove.Disable()
		k.describe(nil)
		return
	}
	k.kindSel.Enable()
	k.remove.Enable()
	k.kindSel.OnChanged = nil
	k.kindSel.SetSelected(kindName(exercise.KindOf(m)))
	k.kindSel.OnChanged = k.changeKind
	k.detail.SetText("A " + strings.ToLower(kindName(exercise.KindOf(m))) + " in the key: " + k.words(m) +
		"\n\nChange its kind below, or remove it (Delete).")
}

// describe tells what key marks lie under the pointer.
func (k *keyWindow) describe(spans []highlight.Span) {
	s, ok := innermost(spans)
	if !ok {
		k.detail.SetText("Click a mark to change or remove it.")
		return
	}
	m := exercise.Mark{Start: s.Start, End: s.End}
	k.detail.SetText("A " + strings.ToLower(kindName(s.Kind)) + " in the key: " + k.words(m))
}

// changeKind gives the picked mark the kind named.
func (k *keyWindow) changeKind(name string) {
	m := k.picked
	kind, ok := kindNamed(name)
	if m.Kind == "" || !ok || kind.String() == m.Kind {
		return
	}
	i := exercise.IndexOf(k.ex.Articles[m.Article].Key, m)
	if i < 0 {
		return
	}
	k.remember()
	k.ex.RemoveKey(m.Article, i)
	m.Kind = kind.String()
	if err := k.ex.PutKey(m); err != nil {
		k.setStatus(err.Error())
		return
	}
	k.changed("Now a " + strings.ToLower(name) + " in the key: " + k.words(m))
}

// removePicked removes the picked mark from the key.
func (k *keyWindow) removePicked() {
	m := k.picked
	i := exercise.IndexOf(k.ex.Articles[k.article].Key, m)
	if m.Kind == "" || i < 0 {
		k.setStatus("Click a mark of the key first, then remove it.")
		return
	}
	k.remember()
	k.ex.RemoveKey(m.Article, i)
	k.changed("Removed from the key: " + k.words(m) + " (Ctrl+Z brings it back).")
}

// remember keeps the exercise's details and key as they are, for undo.
func (k *keyWindow) remember() {
	snap := keySnapshot{title: k.ex.Title, instructions: k.ex.Instructions, kinds: slices.Clone(k.ex.Kinds),
		keys: make([][]exercise.Mark, len(k.ex.Articles))}
	for i, a := range k.ex.Articles {
		snap.keys[i] = slices.Clone(a.Key)
	}
	k.undos = append(k.undos, snap)
}

// undo takes back the last change to the key or the details.
func (k *keyWindow) undo() {
	if len(k.undos) == 0 {
		k.setStatus("Nothing to undo.")
		return
	}
	snap := k.undos[len(k.undos)-1]
	k.undos = k.undos[:len(k.undos)-1]
	for i := range k.ex.Articles {
		k.ex.Articles[i].Key = snap.keys[i]
	}
	if snap.title != k.ex.Title || snap.instructions != k.ex.Instructions || !slices.Equal(snap.kinds, k.ex.Kinds) {
		k.ex.Title, k.ex.Instructions, k.ex.Kinds = snap.title, snap.instructions, snap.kinds
		k.rebuild()
	}
	k.changed("Undone.")
}

func (k *keyWindow) changed(status string) {
	k.dirty = true
	k.refresh()
	k.setStatus(status)
}

// words quotes a mark's text in the shown article.
func (k *keyWindow) words(m exercise.Mark) string {
	return shortQuote(k.ex.Articles[k.article].Text[m.Start:m.End])
}

// save writes the exercise, asking where the first time.
func (k *keyWindow) save() {
	if k.path != "" {
		k.saveTo(k.path)
		return
	}
	askSavePath(k.win, exercise.SuggestedName(k.ex.Title), k.saveTo)
}

func (k *keyWindow) saveTo(path string) {
	if err := k.ex.Save(path); err != nil {
		dialog.ShowError(err, k.win)
		return
	}
	k.path, k.dirty = path, false
	k.setTitle()
	k.setStatus("Saved the exercise to " + path + ". Hand this file to the students.")
}

// print asks where to write the worksheet or the answer key as a PDF.
func (k *keyWindow) print(key bool) {
	what := ".worksheet.pdf"
	if key {
		what = ".answer-key.pdf"
	}
	stem := strings.TrimSuffix(exercise.SuggestedName(k.ex.Title), exercise.ExerciseExt)
	if k.path != "" {
		stem = filepath.Base(exercise.Stem(k.path))
	}
	askSavePath(k.win, stem+what, func(path string) { k.printTo(path, key) })
}

// printTo writes the worksheet or the answer key to path, on the paper
// chosen.
func (k *keyWindow) printTo(path string, key bool) {
	write := exercise.SaveWorksheet
	if key {
		write = exercise.SaveAnswerKey
	}
	if err := write(path, k.ex, exercise.PaperOptions{Letter: letterChosen(k.paper)}); err != nil {
		dialog.ShowError(err, k.win)
		return
	}
	k.setStatus("Wrote " + path + " (" + k.paper.Selected + ")")
}

// close asks before losing unsaved changes to the key.
func (k *keyWindow) close() {
	if !k.dirty {
		k.win.Close()
		return
	}
	dialog.ShowConfirm("Close without saving?", "The changes to this exercise have not been saved.",
		func(ok bool) {
			if ok {
				k.win.Close()
			}
		}, k.win)
}

// setTitle names the exercise, and its file once saved, in the title bar.
func (k *keyWindow) setTitle() {
	title := "Answer key — " + k.ex.Title
	if k.path != "" {
		title += " — " + filepath.Base(k.path)
	}
	k.win.SetTitle(title)
}

func (k *keyWindow) setStatus(s string) { k.status.SetText(strings.ReplaceAll(s, "\n", " ")) }
