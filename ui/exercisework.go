package ui

import (
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"slant/app/exercise"
	"slant/highlight"
)

// saveDelay is how long the work window's saver waits after a change
// noted with Changed before saving; changes to the marks are committed at
// once instead (see changed).
const saveDelay = 300 * time.Millisecond

// workWindow is a student's window on an exercise: the article without
// Slant's highlights, on which they mark what they find. The work saves
// itself after each change; Reveal compares it with the key.
type workWindow struct {
	win      fyne.Window
	ex       *exercise.Exercise
	work     *exercise.Work
	saver    *exercise.Saver
	surface  *markSurface
	theme    *revealTheme
	article  int
	revealed bool
	report   exercise.Report
	only     string // the kind the reveal shows; "" for every kind

	note      *widget.Entry
	tally     *widget.Label
	detail    *widget.Label
	status    *widget.Label
	legend    *revealLegend
	revealBox *fyne.Container
	revealBtn *widget.Button
}

// newWorkWindow opens work on ex in a window of a, saving it to path.
func newWorkWindow(a fyne.App, ex *exercise.Exercise, work *exercise.Work, path string) *workWindow {
	w := &workWindow{win: a.NewWindow(ex.Title + " — " + work.Student), ex: ex, work: work,
		surface: newMarkSurface(), theme: &revealTheme{Theme: a.Settings().Theme()}}
	w.saver = exercise.NewSaver(work, path, saveDelay, w.saved)
	w.surface.onKind = w.markAs
	w.surface.onRemove = w.remove
	w.surface.onUndo = w.undo
	w.surface.onClick = w.clicked
	w.surface.onHover = w.describe
	w.surface.menu = func() []*fyne.MenuItem { return kindItems(ex, w.markAs) }
	w.build()
	w.surface.bindWindow(w.win)
	w.win.SetOnClosed(func() { _ = w.saver.Flush() })
	w.win.Resize(fyne.NewSize(1180, 780))
	w.showArticle(0)
	return w
}

// build lays the window out: the task and the marking tools on top, the
// article in the middle, the tally and detail on the right, where the work
// is saved below.
func (w *workWindow) build() {
	w.note = widget.NewEntry()
	w.note.SetPlaceHolder("Note for your next mark (optional; Enter goes back to the text)")
	w.note.OnSubmitted = func(string) { w.win.Canvas().Focus(w.surface.layer) }
	w.tally = wrapLabel("")
	w.detail = wrapLabel("")
	w.status = widget.NewLabel("")
	w.status.Truncation = fyne.TextTruncateEllipsis
	w.legend = newRevealLegend()
	only := widget.NewSelect(kindChoices(w.ex), func(s string) { w.only = kindChoice(s); w.refresh() })
	only.SetSelectedIndex(0)
	w.revealBox = container.NewVBox(widget.NewLabelWithStyle("On the text", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		w.legend.box, only)
	w.revealBox.Hide()
	w.revealBtn = widget.NewButtonWithIcon("Reveal the answers", theme.VisibilityIcon(), w.toggleReveal)
	w.revealBtn.Importance = widget.HighImportance
	tools := container.NewHBox(kindButtons(w.ex, w.markAs)...)
	tools.Add(widget.NewSeparator())
	tools.Add(widget.NewButtonWithIcon("Remove mark", theme.DeleteIcon(), w.remove))
	tools.Add(widget.NewButtonWithIcon("Undo", theme.ContentUndoIcon(), w.undo))
	tools.Add(widget.NewButtonWithIcon("Save work as…", theme.DocumentSaveIcon(), w.saveAs))
	top := container.NewVBox(taskHeader(w.ex), container.NewBorder(nil, nil, tools, w.revealBtn),
		container.NewBorder(nil, nil, articlePicker(w.ex, w.showArticle), nil, w.note), widget.NewSeparator())
	side := container.NewVScroll(container.NewVBox(w.tally, w.revealBox, widget.NewSeparator(), w.detail))
	split := container.NewHSplit(container.NewThemeOverride(w.surface.obj, w.theme), side)
	split.Offset = 0.74
	w.win.SetContent(container.NewBorder(top, w.status, nil, nil, split))
}

// showArticle shows article i of the exercise.
func (w *workWindow) showArticle(i int) {
	w.article = i
	w.surface.view.SetDocument("", "", nil) // a new text: start from the top
	w.refresh()
	w.win.Canvas().Focus(w.surface.layer)
}

// refresh shows the marks (or, revealed, the outcomes) on the text and
// the tally beside it.
func (w *workWindow) refresh() {
	a := w.ex.Articles[w.article]
	spans := exercise.Spans(w.ex.Asked(w.work.Marks), w.article)
	if w.revealed {
		w.report = exercise.Score(w.ex, w.work)
		spans = judgedSpans(w.report, w.article, w.only)
		w.legend.setCounts(w.report, w.only)
	}
	w.surface.show(a.Title, a.Text, spans)
	w.tally.SetText(w.tallyText())
	w.describe(nil)
}

// tallyText is the report in plain words once revealed, and a count of
// the student's marks before.
func (w *workWindow) tallyText() string {
	if w.revealed {
		return w.report.Summary()
	}
	var parts []string
	for _, k := range w.ex.ExerciseKinds() {
		n := 0
		for _, m := range w.work.Marks {
			if m.Kind == k.String() {
				n++
			}
		}
		parts = append(parts, fmt.Sprintf("%d %s", n, strings.ToLower(kindName(k))+plural(n)))
	}
	return "Your marks so far: " + strings.Join(parts, ", ") + "."
}

// markAs marks the selection as kind k, with the note typed, if any.
func (w *workWindow) markAs(k highlight.Kind) {
	if w.revealed {
		w.setStatus("The answers are shown: press “Back to marking” to change your marks.")
		return
	}
	m, why := selectionMark(w.ex, w.surface, w.article, k)
	if why != "" {
		w.setStatus(why)
		return
	}
	m.Note = strings.TrimSpace(w.note.Text)
	if err := w.work.Put(w.ex, m); err != nil {
		w.setStatus(err.Error())
		return
	}
	w.note.SetText("")
	w.changed("Marked as a " + strings.ToLower(kindName(k)) + ": " + shortQuote(w.ex.Articles[w.article].Text[m.Start:m.End]))
}

// remove removes the clicked mark.
func (w *workWindow) remove() {
	if w.revealed {
		return
	}
	s, ok := innermost(w.surface.clicked)
	if !ok {
		w.setStatus("Click one of your marks first, then remove it.")
		return
	}
	m := exercise.Mark{Article: w.article, Start: s.Start, End: s.End, Kind: s.Kind.String()}
	if w.work.Remove(m) {
		w.changed("Removed the mark " + shortQuote(w.ex.Articles[w.article].Text[s.Start:s.End]) + " (Ctrl+Z brings it back).")
	}
}

// undo takes back the last mark or removal.
func (w *workWindow) undo() {
	if w.revealed {
		return
	}
	if !w.work.Undo() {
		w.setStatus("Nothing to undo.")
		return
	}
	w.changed("Undone.")
}

// changed saves and redraws after a change to the marks: the change is
// on disk before the status tells of it, so a crash a moment later loses
// nothing.
func (w *workWindow) changed(status string) {
	w.refresh()
	if err := w.saver.Commit(); err != nil {
		w.saved(err)
		return
	}
	w.setStatus(status + " Saved.")
}

// saved reports a save, from the saver's goroutine.
func (w *workWindow) saved(err error) {
	fyne.Do(func() {
		if err != nil {
			w.setStatus("Your work could not be saved: " + err.Error())
			dialog.ShowError(err, w.win)
			return
		}
		w.setStatus(fmt.Sprintf("Saved at %s to %s", time.Now().Format("15:04:05"), w.saver.Path()))
	})
}

// saveAs asks where to keep the work from now on and saves it there.
func (w *workWindow) saveAs() {
	askSavePath(w.win, w.work.Student+exercise.WorkExt, func(path string) {
		_ = w.saver.Flush()
		w.saver = exercise.NewSaver(w.work, path, saveDelay, w.saved)
		w.saved(w.saver.Commit())
	})
}

// toggleReveal shows the answers on the text, or goes back to marking.
func (w *workWindow) toggleReveal() {
	w.revealed = !w.revealed
	w.theme.revealing = w.revealed
	if w.revealed {
		w.revealBtn.SetText("Back to marking")
		w.revealBtn.SetIcon(theme.VisibilityOffIcon())
		w.revealBox.Show()
	} else {
		w.revealBtn.SetText("Reveal the answers")
		w.revealBtn.SetIcon(theme.VisibilityIcon())
		w.revealBox.Hide()
	}
	w.refresh()
}

// clicked outlines the clicked mark and tells what it is.
func (w *workWindow) clicked(spans []highlight.Span) {
	if s, ok := innermost(spans); ok {
		w.surface.outline(s.Start, s.End)
	} else {
		w.surface.clearOutline()
	}
	w.describe(spans)
}

// describe tells what the marks under the pointer (or clicked) are; with
// none, how to mark.
func (w *workWindow) describe(spans []highlight.Span) {
	s, ok := innermost(spans)
	switch {
	case !ok && w.revealed:
		w.detail.SetText("Point at a mark to see why it counts as found, missed or extra.")
	case !ok:
		w.detail.SetText(markingHelp(w.ex))
	case w.revealed:
		if j, found := outcomeOf(w.report, w.article, s); found {
			w.detail.SetText(explain(w.ex, j))
		}
	default:
		w.detail.SetText(w.describeMark(s))
	}
}

// describeMark tells what the student marked at s, with their note.
func (w *workWindow) describeMark(s highlight.Span) string {
	text := w.ex.Articles[w.article].Text
	d := "Your mark: a " + strings.ToLower(kindName(s.Kind)) + " — " + shortQuote(text[s.Start:s.End])
	m := exercise.Mark{Article: w.article, Start: s.Start, End: s.End, Kind: s.Kind.String()}
	if i := exercise.IndexOf(w.work.Marks, m); i >= 0 && w.work.Marks[i].Note != "" {
		d += "\nNote: " + w.work.Marks[i].Note
	}
	return d + "\n\nDelete removes it; Ctrl+Z undoes."
}

func (w *workWindow) setStatus(s string) { w.status.SetText(strings.ReplaceAll(s, "\n", " ")) }
