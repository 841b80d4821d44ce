package ui

import (
	"fmt"
	"os"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"slant/app"
	"slant/highlight"
	"slant/ui/articleview"
)

// reader is the main window and what it shows.
type reader struct {
	app    fyne.App
	win    fyne.Window
	view   *articleview.View
	legend *legend
	lib    *library
	detail *detailPanel
	status *widget.Label
	menu   *fyne.MainMenu
	toggle [len(highlight.Kinds)]*fyne.MenuItem
	shown  int // the library index shown, or -1

	search  *palette    // Ctrl+K: search the library
	find    *findBar    // Ctrl+F: find in the article
	folders *folderScan // File → Open Folder…: reading a folder in the background

	lexicon lexiconState // Tools → Loaded Terms Lexicon…: the user's lexicon and its editor

	settings     app.Settings
	settingsFile string  // "" when there is nowhere to keep settings
	startErrs    []error // problems met before the window could show them

	// spawn runs slow work (loading, analysis) off the main goroutine;
	// tests replace it to run the work at once.
	spawn func(func())
}

// windowSize is the size the main windows open at (the reader and the
// comparisons): it fits a 1280×800 screen.
var windowSize = fyne.NewSize(1280, 800)

func newReader(a fyne.App) *reader {
	a.Settings().SetTheme(articleview.NewTheme(theme.DefaultTheme()))
	a.SetIcon(Icon())
	r := &reader{app: a, win: a.NewWindow("Slant"), view: articleview.NewView(), shown: -1,
		status: widget.NewLabel("Loading…"), detail: newDetailPanel(), spawn: func(f func()) { go f() }}
	r.status.Truncation = fyne.TextTruncateEllipsis
	r.view.OnDetail = func(s []highlight.Span) { r.detail.show(r.view.Text(), s) }
	r.view.OnNavigate = r.navigated
	r.legend = newLegend(r.setKind)
	r.lib = newLibrary(r.openStore(), func(i int) {
		if i != r.shown {
			r.showEntry(i)
		}
	})
	r.search, r.find, r.folders = newPalette(r), newFindBar(r), newFolderScan(r)
	r.menu = r.mainMenu()
	r.win.SetMainMenu(r.menu)
	r.win.SetContent(r.content())
	r.win.Resize(windowSize)
	r.win.SetOnDropped(func(_ fyne.Position, uris []fyne.URI) { r.openURIs(uris) })
	r.bindKeys()
	r.loadSettings()
	r.loadLexicon()
	return r
}

// openStore opens the remembered library; without one, opened files are
// kept for this run only.
func (r *reader) openStore() *app.Library {
	file, err := app.DefaultLibraryFile()
	if err != nil {
		r.startErrs = append(r.startErrs, err)
		return nil
	}
	store, err := app.OpenLibrary(file)
	if err != nil {
		r.startErrs = append(r.startErrs, err)
	}
	return store
}

// loadSettings restores which kinds were switched off.
func (r *reader) loadSettings() {
	file, err := app.DefaultSettingsFile()
	if err == nil {
		r.settingsFile = file
		r.settings, err = app.LoadSettings(file)
	}
	if err != nil {
		r.startErrs = append(r.startErrs, err)
	}
	for _, k := range highlight.Kinds {
		if r.settings.Hidden(k) {
			r.setKind(k, false)
		}
	}
}

// saveSettings keeps the settings for the next run.
func (r *reader) saveSettings() {
	if r.settingsFile == "" {
		return
	}
	if err := r.settings.Save(r.settingsFile); err != nil {
		fmt.Fprintln(os.Stderr, "slant:", err)
	}
}

// content lays the window out: toolbar and legend on top, the library on
// the left, the article with its detail panel, the status line below.
func (r *reader) content() fyne.CanvasObject {
	bar := widget.NewToolbar(
		widget.NewToolbarAction(theme.FolderOpenIcon(), r.openDialog),
		widget.NewToolbarAction(theme.SearchIcon(), r.search.show),
		widget.NewToolbarSeparator(),
		widget.NewToolbarAction(theme.NavigateBackIcon(), r.previous),
		widget.NewToolbarAction(theme.NavigateNextIcon(), r.next),
		widget.NewToolbarSeparator(),
		widget.NewToolbarAction(compareIcon(), r.compareWith),
		widget.NewToolbarSeparator())
	top := container.NewHBox(bar, r.legend.box)
	libHead := widget.NewLabelWithStyle("Library", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	sidebar := container.NewBorder(libHead, nil, nil, nil, r.lib.list)
	article := container.NewBorder(r.find.object(), nil, nil, r.detail.object(), r.view)
	split := container.NewHSplit(sidebar, article)
	split.Offset = 0.18
	bottom := container.NewVBox(r.folders.object(), r.status)
	return container.NewBorder(container.NewVBox(top, widget.NewSeparator()), bottom, nil, nil, split)
}

// mainMenu builds File, View and Go, whose shortcuts work anywhere in
// the window.
func (r *reader) mainMenu() *fyne.MainMenu {
	open := fyne.NewMenuItem("Open…", r.openDialog)
	open.Shortcut = ctrl(fyne.KeyO)
	openFolder := fyne.NewMenuItem("Open Folder…", r.openFolderDialog)
	openFolder.Shortcut = ctrlShiftKey(fyne.KeyO)
	exportItem := fyne.NewMenuItem("Export…", r.exportDialog)
	exportItem.Shortcut = ctrl(fyne.KeyE)
	lexItem := fyne.NewMenuItem("Loaded Terms Lexicon…", r.showLexicon)
	quit := fyne.NewMenuItem("Quit", r.app.Quit)
	quit.IsQuit, quit.Shortcut = true, ctrl(fyne.KeyQ)
	view := fyne.NewMenu("View")
	for i, k := range highlight.Kinds {
		item := fyne.NewMenuItem(app.StyleOf(k).Name, func() { r.setKind(k, !r.view.KindVisible(k)) })
		item.Checked = true
		item.Shortcut = ctrl(fyne.KeyName(fmt.Sprint(i + 1)))
		r.toggle[k] = item
		view.Items = append(view.Items, item)
	}
	next := fyne.NewMenuItem("Next highlight", r.next)
	next.Shortcut = ctrl(fyne.KeyPeriod)
	prev := fyne.NewMenuItem("Previous highlight", r.previous)
	prev.Shortcut = ctrl(fyne.KeyComma)
	searchLib := fyne.NewMenuItem("Search Library…", r.search.show)
	searchLib.Shortcut = ctrl(fyne.KeyK)
	find := fyne.NewMenuItem("Find in Article…", r.find.show)
	find.Shortcut = ctrl(fyne.KeyF)
	return fyne.NewMainMenu(fyne.NewMenu("File", open, openFolder, fyne.NewMenuItemSeparator(), exportItem, fyne.NewMenuItemSeparator(), quit), view, fyne.NewMenu("Go", next, prev, fyne.NewMenuItemSeparator(), searchLib, find), r.compareMenu(), fyne.NewMenu("Tools", lexItem), r.exerciseMenu())
}

func ctrl(k fyne.KeyName) fyne.Shortcut {
	return &desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault}
}

// bindKeys sends keys typed while nothing has focus to the article, so it
// scrolls (and F3 navigates) without being clicked first.
func (r *reader) bindKeys() {
	c := r.win.Canvas()
	c.SetOnTypedKey(r.view.TypedKey)
	if dc, ok := c.(desktop.Canvas); ok {
		dc.SetOnKeyDown(r.view.KeyDown)
		dc.SetOnKeyUp(r.view.KeyUp)
	}
}

// setKind shows or hides kind k everywhere: article, legend and menu.
func (r *reader) setKind(k highlight.Kind, on bool) {
	r.view.SetKindVisible(k, on)
	r.legend.setChecked(k, on)
	if r.settings.Hidden(k) == on {
		r.settings.SetHidden(k, !on)
		r.saveSettings()
	}
	if r.toggle[k].Checked != on {
		r.toggle[k].Checked = on
		r.menu.Refresh()
	}
}

// next moves to the next highlight.
func (r *reader) next() { r.view.NextHighlight() }

// previous moves to the previous highlight.
func (r *reader) previous() { r.view.PreviousHighlight() }

// navigated tells on the status line where next or previous went.
func (r *reader) navigated(s highlight.Span, ok bool) {
	if !ok {
		r.setStatus("No more highlights in that direction.")
		return
	}
	d := articleview.Describe(r.view.Text(), s)
	r.setStatus(d.Name + ": " + d.Quoted())
}

func (r *reader) setStatus(s string) { r.status.SetText(strings.ReplaceAll(s, "\n", "; ")) }
