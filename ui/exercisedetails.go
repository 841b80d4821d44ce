package ui

import (
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"

	"slant/app"
	"slant/app/exercise"
	"slant/highlight"
)

// editDetails asks for the exercise's title, instructions and kinds, as
// when it was made, and applies them.
func (k *keyWindow) editDetails() {
	f := newDetailsForm(k.ex.Details())
	d := dialog.NewForm("Exercise details", "Apply", "Cancel", f.items(), func(ok bool) {
		if ok {
			k.applyDetails(f.details())
		}
	}, k.win)
	d.Resize(fyne.NewSize(760, 400))
	d.Show()
}

// applyDetails gives the exercise details d; when a kind taken out has
// marks in the key, it first says how many would be dropped and asks.
func (k *keyWindow) applyDetails(d exercise.Details) {
	if len(d.Kinds) == 0 {
		dialog.ShowInformation("Exercise details", "Tick at least one kind for students to find.", k.win)
		return
	}
	if now := k.ex.Details(); d.Title == now.Title && d.Instructions == now.Instructions && slices.Equal(d.Kinds, now.Kinds) {
		k.setStatus("The details are as they were.")
		return
	}
	drop := droppedText(k.ex.Dropped(d.Kinds))
	if drop == "" {
		k.setDetails(d)
		return
	}
	dialog.ShowConfirm("Drop marks from the key?", "Taking these kinds out drops "+drop+" from the key. "+
		"Students' marks of them stay in their work but no longer count. Undo (Ctrl+Z) brings the key's marks back.",
		func(ok bool) {
			if ok {
				k.setDetails(d)
			}
		}, k.win)
}

// droppedText says how many key marks of each kind would be dropped ("3
// figures and 1 actor"); "" for none.
func droppedText(n [len(highlight.Kinds)]int) string {
	var parts []string
	for _, kind := range highlight.Kinds {
		if n[kind] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n[kind], strings.ToLower(kindName(kind))+plural(n[kind])))
		}
	}
	if len(parts) < 2 {
		return strings.Join(parts, "")
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
}

// setDetails gives the exercise details d in one step that undo takes
// back: the key of a kind added starts as Slant's highlights of it, found
// in the background (see highlighted). Then it shows the window anew for
// the kinds.
func (k *keyWindow) setDetails(d exercise.Details) {
	added := slices.DeleteFunc(slices.Clone(d.Kinds), k.ex.Asks)
	k.remember()
	dropped, err := k.ex.SetDetails(d)
	if err != nil {
		k.undos = k.undos[:len(k.undos)-1]
		k.setStatus(err.Error())
		return
	}
	k.rebuild()
	status := "Changed the exercise's details."
	if dropped > 0 {
		status += fmt.Sprintf(" Dropped %d mark%s from the key.", dropped, plural(dropped))
	}
	if len(added) == 0 {
		k.changed(status + undoHint)
		return
	}
	k.changed(status + " Finding Slant's highlights of the new kinds…")
	step, texts := len(k.undos), k.articleTexts()
	detailsSpawn(func() {
		found := analyseTexts(texts)
		fyne.Do(func() { k.highlighted(added, found, step, status) })
	})
}

// undoHint ends the status line after a change of the details.
const undoHint = " Ctrl+Z takes it back; save the exercise to keep it."

// detailsSpawn runs the analysis of a change of details off the main
// goroutine (tests replace it).
var detailsSpawn = func(f func()) { go f() }

// articleTexts returns the texts of the exercise's articles.
func (k *keyWindow) articleTexts() []string {
	texts := make([]string, len(k.ex.Articles))
	for i, a := range k.ex.Articles {
		texts[i] = a.Text
	}
	return texts
}

// analyseTexts returns Slant's highlights of each text, by text.
func analyseTexts(texts []string) map[string][]highlight.Span {
	an := app.CurrentAnalyzer()
	found := make(map[string][]highlight.Span, len(texts))
	for _, t := range texts {
		if _, ok := found[t]; !ok {
			found[t] = an.Analyze(t)
		}
	}
	return found
}

// highlighted adds to the key the highlights found of the kinds added by
// the change of details that was undo step step, and says what the change
// did (status so far). When another change came in between, the
// highlights are a step of their own, so that undoing that change does
// not take them back with it; kinds no longer asked get none.
func (k *keyWindow) highlighted(kinds []highlight.Kind, found map[string][]highlight.Span, step int, status string) {
	own := len(k.undos) != step
	if own {
		k.remember()
	}
	n := k.ex.Highlight(kinds, func(text string) []highlight.Span { return found[text] })
	switch {
	case n == 0 && own:
		k.undos = k.undos[:len(k.undos)-1]
	case n == 0:
		k.setStatus(status + undoHint)
	default:
		k.changed(status + fmt.Sprintf(" Added Slant's %d highlight%s of the new kinds to the key.", n, plural(n)) + undoHint)
	}
}

// rebuild lays the window out again for the exercise's details, showing
// the same article.
func (k *keyWindow) rebuild() {
	k.build()
	k.setTitle()
	k.win.Canvas().Focus(k.surface.layer)
}
