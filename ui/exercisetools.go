package ui

import (
	"fmt"
	"strings"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"slant/app"
	"slant/app/exercise"
	"slant/highlight"
	"slant/ui/articleview"
)

// allKinds is the choice that shows every kind.
const allKinds = "All kinds"

// wrapLabel is a label that wraps at word boundaries.
func wrapLabel(s string) *widget.Label {
	l := widget.NewLabel(s)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// taskHeader shows the exercise's title and instructions.
func taskHeader(ex *exercise.Exercise) fyne.CanvasObject {
	title := widget.NewLabelWithStyle(ex.Title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.Wrapping = fyne.TextWrapWord
	if strings.TrimSpace(ex.Instructions) == "" {
		return title
	}
	return container.NewVBox(title, wrapLabel(ex.Instructions))
}

// kindButtons returns a button per kind the exercise asks for, each with
// its swatch and key, calling mark with its kind.
func kindButtons(ex *exercise.Exercise, mark func(highlight.Kind)) []fyne.CanvasObject {
	var out []fyne.CanvasObject
	for _, k := range ex.ExerciseKinds() {
		b := widget.NewButton(fmt.Sprintf("%d  %s", keyOf(k), kindName(k)), func() { mark(k) })
		out = append(out, container.NewHBox(newSwatch(k), b))
	}
	return out
}

// kindItems returns a menu item per kind the exercise asks for.
func kindItems(ex *exercise.Exercise, mark func(highlight.Kind)) []*fyne.MenuItem {
	var out []*fyne.MenuItem
	for _, k := range ex.ExerciseKinds() {
		out = append(out, fyne.NewMenuItem(fmt.Sprintf("Mark as %s (%d)", strings.ToLower(kindName(k)), keyOf(k)),
			func() { mark(k) }))
	}
	return out
}

// keyOf is the key that marks kind k: 1 to 4 in legend order.
func keyOf(k highlight.Kind) int { return int(k) + 1 }

// kindChoices lists "All kinds" and the exercise's kinds by name.
func kindChoices(ex *exercise.Exercise) []string {
	out := []string{allKinds}
	for _, k := range ex.ExerciseKinds() {
		out = append(out, app.StyleOf(k).Name)
	}
	return out
}

// kindChoice returns the kind a choice of kindChoices names; "" for all.
func kindChoice(s string) string {
	for _, k := range highlight.Kinds {
		if app.StyleOf(k).Name == s {
			return k.String()
		}
	}
	return ""
}

// articlePicker chooses among the exercise's articles; nil for one.
func articlePicker(ex *exercise.Exercise, show func(i int)) fyne.CanvasObject {
	if len(ex.Articles) < 2 {
		return nil
	}
	var names []string
	for i, a := range ex.Articles {
		names = append(names, fmt.Sprintf("Text %c: %s", 'A'+i, a.Title))
	}
	sel := widget.NewSelect(names, nil)
	sel.SetSelectedIndex(0)
	sel.OnChanged = func(string) { show(sel.SelectedIndex()) }
	return sel
}

// markingHelp tells how to mark, naming the keys of the exercise's kinds.
func markingHelp(ex *exercise.Exercise) string {
	var keys []string
	for _, k := range ex.ExerciseKinds() {
		keys = append(keys, fmt.Sprintf("%d for %s", keyOf(k), strings.ToLower(app.StyleOf(k).Name)))
	}
	return "Select words (drag across them, or double-click a word), then press " + strings.Join(keys, ", ") +
		", or use the buttons. Click a mark to see it; Delete removes it; Ctrl+Z undoes."
}

// selectionMark makes a mark of kind k from the selection, without the
// blanks at its ends; the reason is set when there is none to make.
func selectionMark(ex *exercise.Exercise, s *markSurface, art int, k highlight.Kind) (exercise.Mark, string) {
	if !ex.Asks(k) {
		return exercise.Mark{}, fmt.Sprintf("This exercise does not ask for %s. %s",
			strings.ToLower(app.StyleOf(k).Name), markingHelp(ex))
	}
	start, end := s.view.Selection()
	start, end = snapWords(ex.Articles[art].Text, start, end)
	if start >= end {
		return exercise.Mark{}, "Select words first: drag across them, or double-click a word. Then press the key."
	}
	return exercise.Mark{Article: art, Start: start, End: end, Kind: k.String()}, ""
}

// snapWords fits a selection to whole words, forgiving an unsteady hand:
// a word cut at either end is taken whole when more than half of it is
// selected and left out otherwise; blanks at the ends are dropped.
func snapWords(text string, start, end int) (int, int) {
	start, end = highlight.TrimRange(text, start, end)
	if start >= end {
		return start, end
	}
	if ws, we := wordAt(text, start); ws < start {
		if 2*(we-start) > we-ws {
			start = ws
		} else {
			start = min(we, end)
		}
	}
	if ws, we := wordAt(text, end); ws < end && end < we {
		if 2*(end-ws) > we-ws {
			end = we
		} else {
			end = max(ws, start)
		}
	}
	return highlight.TrimRange(text, start, end)
}

// wordAt returns the word (letters and digits) around offset off.
func wordAt(text string, off int) (start, end int) {
	return articleview.WordAround(text, off, isWordRune)
}

// isWordRune tells the letters of a word a mark snaps to: letters and
// digits, so that "Moscow" of "Moscow’s" stays a word of its own.
func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// innermost returns the innermost of the spans under a point (the view
// lists them outer first).
func innermost(spans []highlight.Span) (highlight.Span, bool) {
	if len(spans) == 0 {
		return highlight.Span{}, false
	}
	return spans[len(spans)-1], true
}

// kindNamed returns the kind kindName names name.
func kindNamed(name string) (highlight.Kind, bool) {
	for _, k := range highlight.Kinds {
		if kindName(k) == name {
			return k, true
		}
	}
	return 0, false
}

// plural is "s" unless n is 1.
func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// askSavePath asks where to save a file, suggesting name, and calls save
// with the path chosen.
func askSavePath(win fyne.Window, name string, save func(path string)) {
	pathDialog{name: name}.save(win, save)
}

// suffixFilter shows the files whose names end in one of its suffixes
// (".slant-exercise.json", which an extension filter cannot tell from any
// ".json").
type suffixFilter []string

// Matches is part of storage.FileFilter.
func (f suffixFilter) Matches(u fyne.URI) bool {
	for _, s := range f {
		if strings.HasSuffix(strings.ToLower(u.Name()), s) {
			return true
		}
	}
	return false
}

// askOpenPath asks, under title, for a file ending in one of suffixes and
// calls open with its path.
func askOpenPath(win fyne.Window, title string, suffixes []string, open func(path string)) {
	pathDialog{title: title, filter: suffixFilter(suffixes)}.open(win, open)
}
