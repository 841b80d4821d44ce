package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"slant/app"
)

// entry is one article of the library: a bundled sample or a file.
type entry struct {
	path   string        // a file path, or "samples/…" for a sample
	doc    *app.Document // nil until loaded
	sample bool
}

// title is what the sidebar shows: the document's title once loaded, else
// the file's name.
func (e *entry) title() string {
	if e.doc != nil && e.doc.Title != "" {
		return e.doc.Title
	}
	return filepath.Base(e.path)
}

// subtitle names the outlet and date, and the file (its folder when the
// file says neither); samples are marked as such.
func (e *entry) subtitle() string {
	var parts []string
	if e.sample {
		parts = append(parts, "Sample")
	}
	if e.doc != nil {
		for _, s := range []string{e.doc.Outlet, e.doc.Date} {
			if s != "" {
				parts = append(parts, s)
			}
		}
	}
	switch {
	case e.sample:
	case len(parts) == 0:
		return filepath.Dir(e.path)
	default:
		parts = append(parts, filepath.Base(e.path))
	}
	return strings.Join(parts, " · ")
}

// library is the sidebar: the samples first, then opened files, which
// store (when it could be opened) remembers between runs.
type library struct {
	entries  []*entry
	list     *widget.List
	store    *app.Library
	onSelect func(i int)
}

func newLibrary(store *app.Library, onSelect func(i int)) *library {
	l := &library{store: store, onSelect: onSelect}
	l.list = widget.NewList(func() int { return len(l.entries) }, newLibraryItem, l.updateItem)
	l.list.OnSelected = func(i widget.ListItemID) { l.onSelect(i) }
	return l
}

func newLibraryItem() fyne.CanvasObject {
	title := widget.NewLabel("title")
	title.TextStyle.Bold = true
	title.Truncation = fyne.TextTruncateEllipsis
	sub := widget.NewLabel("subtitle")
	sub.Truncation = fyne.TextTruncateEllipsis
	sub.SizeName = theme.SizeNameCaptionText
	return container.NewVBox(title, sub)
}

func (l *library) updateItem(i widget.ListItemID, o fyne.CanvasObject) {
	fillLibraryItem(o, l.entries[i])
}

// fillLibraryItem shows e in o, an item made by newLibraryItem.
func fillLibraryItem(o fyne.CanvasObject, e *entry) {
	box := o.(*fyne.Container)
	box.Objects[0].(*widget.Label).SetText(e.title())
	box.Objects[1].(*widget.Label).SetText(e.subtitle())
}

// add appends e unless its path is listed, and returns its index.
func (l *library) add(e *entry) int {
	if i := l.index(e.path); i >= 0 {
		if e.doc != nil {
			l.entries[i].doc = e.doc
		}
		return i
	}
	l.entries = append(l.entries, e)
	if !e.sample && l.store != nil && !l.store.Contains(e.path) {
		if err := l.store.Add(e.path); err != nil {
			fmt.Fprintln(os.Stderr, "slant: remembering", e.path+":", err)
		}
	}
	l.list.Refresh()
	return len(l.entries) - 1
}

// index returns the index of path in the library, or -1.
func (l *library) index(path string) int {
	return slices.IndexFunc(l.entries, func(e *entry) bool { return e.path == path })
}

// remembered returns the files opened in earlier runs.
func (l *library) remembered() []string {
	if l.store == nil {
		return nil
	}
	return l.store.Paths()
}

// forget drops path from the library, e.g. when it no longer loads.
func (l *library) forget(path string) {
	if i := l.index(path); i >= 0 && !l.entries[i].sample {
		l.entries = slices.Delete(l.entries, i, i+1)
		l.list.Refresh()
	}
	if l.store != nil && l.store.Contains(path) {
		if err := l.store.Remove(path); err != nil {
			fmt.Fprintln(os.Stderr, "slant: forgetting", path+":", err)
		}
	}
}
