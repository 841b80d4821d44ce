package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
)

// fileDialogSize is the size every file and folder dialog opens at: wide
// enough to read long file names.
var fileDialogSize = fyne.NewSize(900, 600)

// pathDialog describes a file or folder dialog that hands back the path
// chosen. Its zero value is Fyne's plain dialog.
type pathDialog struct {
	title, confirm string             // the dialog's title and button; "" keeps Fyne's
	filter         storage.FileFilter // the files offered; nil offers every file
	name           string             // the file name a save dialog suggests
	location       fyne.ListableURI   // the folder to start in; nil for Fyne's choice
	onError        func(err error)    // reports a failure; nil shows it in a dialog
}

// open asks for a file to read and calls use with its path.
func (p pathDialog) open(win fyne.Window, use func(path string)) {
	p.show(win, dialog.NewFileOpen(func(rc fyne.URIReadCloser, err error) {
		if p.report(win, err) || rc == nil {
			return
		}
		path := rc.URI().Path()
		rc.Close()
		use(path)
	}, win))
}

// save asks where to write a file and calls use with the path. The file is
// not written here: with installLazyFileWriters, closing the dialog's
// writer unwritten leaves an existing file as it was.
func (p pathDialog) save(win fyne.Window, use func(path string)) {
	p.show(win, dialog.NewFileSave(func(wc fyne.URIWriteCloser, err error) {
		if p.report(win, err) || wc == nil {
			return
		}
		path := wc.URI().Path()
		wc.Close()
		use(path)
	}, win))
}

// folder asks for a folder and calls use with its path.
func (p pathDialog) folder(win fyne.Window, use func(path string)) {
	p.show(win, dialog.NewFolderOpen(func(u fyne.ListableURI, err error) {
		if p.report(win, err) || u == nil {
			return
		}
		use(u.Path())
	}, win))
}

// show applies the description to d and shows it at fileDialogSize.
func (p pathDialog) show(win fyne.Window, d *dialog.FileDialog) {
	if p.title != "" {
		d.SetTitleText(p.title)
	}
	if p.confirm != "" {
		d.SetConfirmText(p.confirm)
	}
	if p.filter != nil {
		d.SetFilter(p.filter)
	}
	if p.name != "" {
		d.SetFileName(p.name)
	}
	if p.location != nil {
		d.SetLocation(p.location)
	}
	d.Show()
	d.Resize(fileDialogSize) // only once shown: Resize needs its content
}

// report reports err, if any, and says whether there was one.
func (p pathDialog) report(win fyne.Window, err error) bool {
	if err == nil {
		return false
	}
	if p.onError != nil {
		p.onError(err)
	} else {
		dialog.ShowError(err, win)
	}
	return true
}
