package ui

import (
	"errors"
	"fmt"
	"os"
	"strconv"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"slant/app"
	"slant/highlight"
	"slant/ui/articleview"
)

// RunCompare opens the app straight on the comparison of the files at
// pathA and pathB, and runs it until it quits. A file that fails to load
// is named with its reason in the window and on stderr.
func RunCompare(pathA, pathB string) {
	a := fyneapp.NewWithID(AppID)
	a.Settings().SetTheme(articleview.NewTheme(theme.DefaultTheme()))
	a.SetIcon(Icon())
	w := a.NewWindow("Slant — compare")
	w.SetContent(container.NewCenter(widget.NewLabel("Comparing " + pathA + " with " + pathB + " …")))
	w.Resize(windowSize)
	go func() {
		docs, errs := loadPaths(pathA, pathB)
		fyne.Do(func() { showLoaded(w, docs, errs) })
	}()
	w.ShowAndRun()
}

// loadPaths loads and analyses the files at paths, returning those that
// loaded and the errors of the others.
func loadPaths(paths ...string) ([]*app.Document, []error) {
	var docs []*app.Document
	var errs []error
	for _, p := range paths {
		d, err := app.Load(p)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		docs = append(docs, d)
	}
	return docs, errs
}

// showLoaded shows the comparison of two loaded documents in w, or why
// there is none.
func showLoaded(w fyne.Window, docs []*app.Document, errs []error) {
	if len(errs) > 0 || len(docs) != 2 {
		msg := errors.Join(errs...)
		if msg == nil {
			msg = errors.New("two files are needed to compare")
		}
		w.SetContent(container.NewCenter(widget.NewLabel("Nothing to compare: " + msg.Error())))
		reportTo(w, msg)
		return
	}
	cv := showComparison(w, docs[0], docs[1])
	if file, err := app.DefaultSettingsFile(); err == nil {
		if st, err := app.LoadSettings(file); err == nil {
			cv.hideKinds(st.Hidden)
			cv.paper = &paperPref{settings: &st}
		}
	}
}

// reportTo writes err to stderr and shows it in w.
func reportTo(w fyne.Window, err error) {
	fmt.Fprintln(os.Stderr, "slant:", err)
	dialog.ShowError(err, w)
}

// showComparison fills w with the comparison of a and b.
func showComparison(w fyne.Window, a, b *app.Document) *compareView {
	cv := newCompareView(w, a, b)
	w.SetTitle("Slant — compare: A " + orFile(a.Title, a.Path) + " / B " + orFile(b.Title, b.Path))
	w.SetContent(cv.content())
	return cv
}

// openCompareOn opens a window comparing a and b (analysed documents),
// hiding the kinds hidden reports hidden (nil shows all), its export
// printing on the paper paper holds (nil: the locale's); it returns the
// view.
func openCompareOn(fa fyne.App, a, b *app.Document, hidden func(highlight.Kind) bool, paper *paperPref) *compareView {
	w := fa.NewWindow("Slant — compare")
	cv := showComparison(w, a, b)
	cv.hideKinds(hidden)
	cv.paper = paper
	w.Resize(windowSize)
	w.Show()
	return cv
}

// compareWith asks which library document to compare the shown one with,
// then opens the comparison.
func (r *reader) compareWith() {
	if r.shown < 0 || r.shown >= len(r.lib.entries) {
		dialog.ShowInformation("Compare with…", "Open an article first, then choose the one to compare it with.", r.win)
		return
	}
	cur := r.lib.entries[r.shown]
	var others []*entry
	for _, e := range r.lib.entries {
		if e != cur {
			others = append(others, e)
		}
	}
	var d dialog.Dialog
	list := widget.NewList(func() int { return len(others) }, newLibraryItem, func(i widget.ListItemID, o fyne.CanvasObject) {
		fillLibraryItem(o, others[i])
	})
	list.OnSelected = func(i widget.ListItemID) {
		d.Hide()
		r.compareEntries([]*entry{cur, others[i]})
	}
	head := widget.NewLabel("A: " + shorten(cur.title(), 80) + "\nChoose B, the account to set beside it:")
	head.Wrapping = fyne.TextWrapWord
	d = dialog.NewCustom("Compare with…", "Cancel", container.NewBorder(head, nil, nil, nil, list), r.win)
	d.Resize(fyne.NewSize(640, 560)) // room for the four other samples
	d.Show()
}

// compareSeveral asks which library documents to compare: two give the
// side-by-side comparison, three or more the matrix of their quotes.
func (r *reader) compareSeveral() {
	titles := make([]string, len(r.lib.entries))
	index := map[string]int{}
	for i, e := range r.lib.entries {
		titles[i] = uniqueTitle(choiceLabel(e), index)
		index[titles[i]] = i
	}
	check := widget.NewCheckGroup(titles, nil)
	note := widget.NewLabel("Tick three or more accounts of one event for a matrix of who carries which quote " +
		"(two give the side-by-side comparison).")
	note.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomConfirm("Compare several…", "Compare", "Cancel",
		container.NewBorder(note, nil, nil, nil, container.NewVScroll(check)), func(ok bool) {
			if !ok {
				return
			}
			var es []*entry
			for _, t := range check.Selected {
				es = append(es, r.lib.entries[index[t]])
			}
			r.compareEntries(es)
		}, r.win)
	d.Resize(fyne.NewSize(700, 520))
	d.Show()
}

// choiceLabel names e in a list of documents to tick: its title's first
// words and its outlet.
func choiceLabel(e *entry) string {
	label := shorten(e.title(), 70)
	if e.doc != nil && e.doc.Outlet != "" {
		label += " — " + e.doc.Outlet
	}
	return label
}

// uniqueTitle returns t, numbered when it is taken already.
func uniqueTitle(t string, taken map[string]int) string {
	u := t
	for n := 2; ; n++ {
		if _, ok := taken[u]; !ok {
			return u
		}
		u = t + " (" + strconv.Itoa(n) + ")"
	}
}

// compareEntries loads the entries not loaded yet, then opens their
// comparison (two) or matrix (three or more).
func (r *reader) compareEntries(es []*entry) {
	if len(es) < 2 {
		dialog.ShowInformation("Compare", "Choose at least two articles.", r.win)
		return
	}
	docs := make([]*app.Document, len(es))
	for i, e := range es {
		docs[i] = e.doc
	}
	r.setStatus("Comparing …")
	r.spawn(func() {
		errs := loadCompareDocs(es, docs)
		fyne.Do(func() {
			if len(errs) > 0 {
				r.reportErrors(errs)
				return
			}
			if len(docs) == 2 {
				openCompareOn(r.app, docs[0], docs[1], func(k highlight.Kind) bool { return !r.view.KindVisible(k) }, r.paperPref())
			} else {
				openMatrix(r.app, docs, r.paperPref())
			}
			r.setStatus("")
		})
	})
}

// loadCompareDocs loads the documents of the entries whose docs[i] is nil
// (off the main goroutine: it reads only the entries' paths).
func loadCompareDocs(es []*entry, docs []*app.Document) []error {
	var errs []error
	for i, e := range es {
		if docs[i] != nil {
			continue
		}
		d, err := app.Load(e.path)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		docs[i] = d
	}
	return errs
}

// compareMenu is the Compare menu: the shown article against another, or
// several articles at once.
func (r *reader) compareMenu() *fyne.Menu {
	return fyne.NewMenu("Compare", fyne.NewMenuItem("Compare with…", r.compareWith),
		fyne.NewMenuItem("Compare several…", r.compareSeveral))
}

// compareIcon is the toolbar's Compare with… button: two pages.
func compareIcon() fyne.Resource { return theme.ContentCopyIcon() }
