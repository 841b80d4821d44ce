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
// back: the key of a kind added starts as Slant's highlights of it. Then it
// shows the window anew for the kinds.
func (k *keyWindow) setDetails(d exercise.Details) {
	added := slices.DeleteFunc(slices.Clone(d.Kinds), k.ex.Asks)
	k.remember()
	dropped, err := k.ex.SetDetails(d)
	if err != nil {
		k.undos = k.undos[:len(k.undos)-1]
		k.setStatus(err.Error())
		return
	}
	highlighted := k.ex.Highlight(added, app.CurrentAnalyzer().Analyze)
	k.rebuild()
	status := "Changed the exercise's details."
	if dropped > 0 {
		status += fmt.Sprintf(" Dropped %d mark%s from the key.", dropped, plural(dropped))
	}
	if highlighted > 0 {
		status += fmt.Sprintf(" Added Slant's %d highlight%s of the new kinds to the key.", highlighted, plural(highlighted))
	}
	k.changed(status + " Ctrl+Z takes it back; save the exercise to keep it.")
}

// rebuild lays the window out again for the exercise's details, showing
// the same article.
func (k *keyWindow) rebuild() {
	k.build()
	k.setTitle()
	k.win.Canvas().Focus(k.surface.layer)
}
