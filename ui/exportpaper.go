package ui

import (
	"os"

	"fyne.io/fyne/v2/widget"

	"slant/app"
	"slant/app/export"
)

// The paper choices, as the paper choices offer them.
const (
	paperA4     = "A4"
	paperLetter = "US Letter"
)

// paperPref is where the paper chosen for PDFs is remembered: the
// reader's settings, saved with them. A nil paperPref remembers nothing
// and follows the locale.
type paperPref struct {
	settings *app.Settings
	save     func() // nil for settings only read (a window opened by slant --compare)
}

// paperPref returns the reader's paper preference.
func (r *reader) paperPref() *paperPref {
	return &paperPref{settings: &r.settings, save: r.saveSettings}
}

// letter reports whether PDFs go on US Letter: the paper chosen last, else
// the locale's (see export.IsLetter).
func (p *paperPref) letter() bool {
	if p == nil {
		return export.IsLetter("", os.Getenv)
	}
	return export.IsLetter(p.settings.Paper, os.Getenv)
}

// setLetter remembers the paper chosen, saving the settings when it
// changes.
func (p *paperPref) setLetter(letter bool) {
	if p == nil {
		return
	}
	name := export.PaperA4
	if letter {
		name = export.PaperLetter
	}
	if p.settings.Paper != name {
		p.settings.Paper = name
		if p.save != nil {
			p.save()
		}
	}
}

// newPaperChoice is a choice of A4 or US Letter, side by side, showing
// letter; changed is called with each new choice (nil for none).
func newPaperChoice(letter bool, changed func(letter bool)) *widget.RadioGroup {
	g := widget.NewRadioGroup([]string{paperA4, paperLetter}, nil)
	g.Horizontal, g.Required = true, true
	g.SetSelected(paperLabel(letter))
	if changed != nil {
		g.OnChanged = func(s string) { changed(s == paperLetter) }
	}
	return g
}

// paperLabel names the paper in the paper choices.
func paperLabel(letter bool) string {
	if letter {
		return paperLetter
	}
	return paperA4
}

// letterChosen reports whether g holds US Letter.
func letterChosen(g *widget.RadioGroup) bool { return g.Selected == paperLetter }
