package ui

import (
	"cmp"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"

	"slant/app"
)

// openable lists the file types the Open dialog offers.
var openable = []string{".txt", ".md", ".markdown", ".html", ".htm"}

// start fills the library (samples, then files opened in earlier runs,
// then paths) and shows paths[0], or the first sample without paths.
func (r *reader) start(paths []string) {
	r.spawn(func() {
		samples, err := app.Samples()
		fyne.Do(func() {
			for _, d := range samples {
				r.lib.add(&entry{path: d.Path, doc: d, sample: true})
			}
			for _, p := range r.lib.remembered() {
				r.lib.add(&entry{path: p})
			}
			r.checkLibrary()
			if err != nil {
				r.startErrs = append(r.startErrs, err)
			}
			r.reportErrors(r.startErrs)
			r.startErrs = nil
			if len(paths) == 0 && len(r.lib.entries) > 0 {
				r.showEntry(0)
			}
			if len(paths) > 0 {
				r.openFiles(paths) // sets the status line: on the main goroutine
			}
		})
	})
}

// openFiles loads paths off the main goroutine, adds those that load to
// the library, shows the first, and reports the others.
func (r *reader) openFiles(paths []string) {
	abs := make([]string, len(paths))
	for i, p := range paths {
		abs[i] = absPath(p)
	}
	r.setStatus("Opening " + strings.Join(abs, ", ") + " …")
	r.spawn(func() {
		docs, errs := app.LoadAll(abs)
		fyne.Do(func() { r.opened(docs, errs) })
	})
}

func absPath(p string) string {
	if a, err := filepath.Abs(p); err == nil {
		return a
	}
	return p
}

// opened adds the loaded documents, shows the first, reports failures.
func (r *reader) opened(docs []*app.Document, errs []error) {
	first := -1
	for _, d := range docs {
		i := r.lib.add(&entry{path: d.Path, doc: d})
		if first < 0 {
			first = i
		}
	}
	if first >= 0 {
		r.showEntry(first)
	}
	r.reportErrors(errs)
}

// openURIs opens files dropped on the window.
func (r *reader) openURIs(uris []fyne.URI) {
	var paths []string
	for _, u := range uris {
		if u.Scheme() == "file" {
			paths = append(paths, u.Path())
		}
	}
	if len(paths) > 0 {
		r.openFiles(paths)
	}
}

// openDialog asks for a file to open.
func (r *reader) openDialog() {
	pathDialog{title: "Open an article (" + strings.Join(openable, " ") + ")", confirm: "Open",
		filter: storage.NewExtensionFileFilter(openable), onError: r.reportError}.open(r.win, func(path string) {
		r.openFiles([]string{path})
	})
}

// reportError reports one error like reportErrors.
func (r *reader) reportError(err error) { r.reportErrors([]error{err}) }

// showEntry shows library entry i, loading it first when needed.
func (r *reader) showEntry(i int) {
	if i < 0 || i >= len(r.lib.entries) {
		return
	}
	e := r.lib.entries[i]
	if e.doc == nil {
		r.loadEntry(e)
		return
	}
	r.shown = i
	r.lib.list.Select(i)
	d := e.doc
	r.view.SetDocument(d.Title, d.Text, d.Spans)
	r.view.SetHeader(headerOf(d))
	r.legend.setCounts(r.view.Counts())
	r.detail.show("", nil)
	r.win.SetTitle("Slant — " + shorten(e.title(), 90))
	r.setStatus(statusOf(e))
	r.find.documentShown()
	r.win.Canvas().Focus(r.view)
}

// loadEntry loads a remembered file, then shows it; one that no longer
// loads is reported and dropped from the library.
func (r *reader) loadEntry(e *entry) {
	path := e.path
	r.setStatus("Opening " + path + " …")
	r.spawn(func() {
		d, err := app.Load(path)
		fyne.Do(func() {
			if err != nil {
				r.lib.forget(path)
				r.reportErrors([]error{err})
				return
			}
			e.doc = d
			r.lib.list.Refresh()
			r.showEntry(r.lib.index(path))
		})
	})
}

// statusOf describes a shown document: where it came from and its counts.
func statusOf(e *entry) string {
	return fmt.Sprintf("%s · %d highlights", e.path, len(e.doc.Spans))
}

// headerOf is the line above the article: where and when it appeared and
// who wrote it, saying so when the outlet or date is unknown.
func headerOf(d *app.Document) string {
	parts := []string{cmp.Or(d.Outlet, "Unknown outlet")}
	if d.Byline != "" {
		parts = append(parts, byline(d.Byline))
	}
	parts = append(parts, cmp.Or(d.Date, "No date"))
	return strings.Join(parts, " · ")
}

// byline puts "By" before a writer's name unless it is there already.
func byline(name string) string {
	if strings.HasPrefix(strings.ToLower(name), "by ") {
		return name
	}
	return "By " + name
}

// shorten cuts s at a word boundary to at most n bytes, ending it with an
// ellipsis when cut.
func shorten(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := s[:n]
	if i := strings.LastIndexByte(cut, ' '); i > n/2 {
		cut = cut[:i]
	}
	return strings.ToValidUTF8(strings.TrimRight(cut, " ,;:–—-"), "") + "…"
}

// reportErrors writes each error to stderr and shows them in the window.
func (r *reader) reportErrors(errs []error) {
	if len(errs) == 0 {
		return
	}
	lines := make([]string, len(errs))
	for i, err := range errs {
		fmt.Fprintln(os.Stderr, "slant:", err)
		lines[i] = err.Error()
	}
	msg := strings.Join(lines, "\n")
	r.setStatus(msg)
	dialog.ShowError(errors.New(msg), r.win)
}
