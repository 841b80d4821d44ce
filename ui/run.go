package ui

import (
	fyneapp "fyne.io/fyne/v2/app"
)

// AppID is Slant's application ID, under which its preferences (the
// library) are stored.
const AppID = "org.slant.reader"

// Run opens the main window and runs the app until it quits. With no paths
// it shows the first bundled sample; with paths it opens those files (the
// samples stay in the sidebar) and shows the first that loads. A file that
// fails to load is named with its reason in the window and on stderr.
func Run(paths []string) {
	a := fyneapp.NewWithID(AppID)
	installLazyFileWriters() // before any save dialog: see savefile.go
	r := newReader(a)
	r.start(paths)
	r.win.ShowAndRun()
}
