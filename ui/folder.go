package ui

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"slant/app"
)

// folderScan is File → Open Folder…: a folder's articles, found in it and
// its sub-folders, are read and analysed in the background while a strip
// above the status line shows the progress and offers Cancel.
type folderScan struct {
	r      *reader
	label  *widget.Label
	bar    *widget.ProgressBar
	box    *fyne.Container
	cancel context.CancelFunc // nil when no scan runs
}

func newFolderScan(r *reader) *folderScan {
	s := &folderScan{r: r, label: widget.NewLabel(""), bar: widget.NewProgressBar()}
	s.label.Truncation = fyne.TextTruncateEllipsis
	stop := widget.NewButtonWithIcon("Cancel", theme.CancelIcon(), s.stop)
	s.box = container.NewBorder(widget.NewSeparator(), nil, nil, stop, container.NewGridWithColumns(2, s.label, s.bar))
	s.box.Hide()
	return s
}

// object is the progress strip, to place above the status line.
func (s *folderScan) object() fyne.CanvasObject { return s.box }

// running reports whether a scan is under way.
func (s *folderScan) running() bool { return s.cancel != nil }

// openFolderDialog asks for a folder of articles to add to the library.
func (r *reader) openFolderDialog() {
	pathDialog{title: "Add a folder of articles to the library", confirm: "Add", onError: r.reportError}.folder(r.win, r.folders.start)
}

// start scans root in the background; a scan already under way is
// cancelled first.
func (s *folderScan) start(root string) {
	s.stop()
	ctx, cancel := context.WithCancel(context.Background())
	s.cancel = cancel
	s.label.SetText("Looking for articles in " + root + " …")
	s.bar.SetValue(0)
	s.box.Show()
	store := s.r.lib.store
	s.r.spawn(func() {
		scan, err := app.ScanFolder(ctx, root, s.progress(ctx))
		if store != nil {
			_ = store.Add(scannedPaths(scan.Docs)...) // one save; adding each alone would rewrite the file each time
		}
		fyne.Do(func() { s.finish(root, scan, err) })
	})
}

// progress returns a progress callback that updates the strip at most
// every 50 ms, from any goroutine.
func (s *folderScan) progress(ctx context.Context) func(app.ScanProgress) {
	var last time.Time
	return func(p app.ScanProgress) {
		if p.Done < p.Total && time.Since(last) < 50*time.Millisecond {
			return
		}
		last = time.Now()
		fyne.Do(func() {
			if ctx.Err() == nil {
				s.label.SetText(fmt.Sprintf("Reading %d of %d: %s", p.Done, p.Total, filepath.Base(p.Path)))
				s.bar.SetValue(float64(p.Done) / float64(p.Total))
			}
		})
	}
}

// stop cancels the scan under way, keeping what it has read.
func (s *folderScan) stop() {
	if s.cancel != nil {
		s.cancel()
	}
}

// finish adds what a scan read to the library, shows the first new
// article, and lists the files it had to skip.
func (s *folderScan) finish(root string, scan app.FolderScan, err error) {
	s.cancel = nil
	s.box.Hide()
	if err != nil && !errors.Is(err, context.Canceled) {
		s.r.reportErrors([]error{err})
		return
	}
	first := -1
	for _, d := range scan.Docs {
		if i := s.r.lib.add(&entry{path: d.Path, doc: d}); first < 0 {
			first = i
		}
	}
	if first >= 0 {
		s.r.showEntry(first)
	}
	s.r.setStatus(scanSummary(root, scan, err != nil))
	if len(scan.Failed) > 0 {
		s.r.showSkipped(scan.Failed)
	}
	s.r.search.index.refresh()
}

// scanSummary tells what a scan added and skipped.
func scanSummary(root string, scan app.FolderScan, cancelled bool) string {
	msg := fmt.Sprintf("Added %s from %s", countNoun(len(scan.Docs), "article"), root)
	if cancelled {
		msg = "Cancelled. " + msg
	}
	if n := len(scan.Failed); n > 0 {
		msg += fmt.Sprintf("; skipped %s that could not be read", countNoun(n, "file"))
	}
	return msg + "."
}

func countNoun(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

func scannedPaths(docs []*app.Document) []string {
	out := make([]string, len(docs))
	for i, d := range docs {
		out[i] = d.Path
	}
	return out
}

// showSkipped lists files that could not be read, each with its reason.
func (r *reader) showSkipped(failed []error) {
	lines := make([]string, len(failed))
	for i, err := range failed {
		lines[i] = skippedLine(err)
	}
	list := widget.NewList(func() int { return len(lines) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(lines[i]) })
	title := fmt.Sprintf("%s skipped", countNoun(len(failed), "file"))
	d := dialog.NewCustom(title, "Close", container.NewGridWrap(fyne.NewSize(760, 320), list), r.win)
	d.Show()
}

// skippedLine names a skipped file and says why, in plain words.
func skippedLine(err error) string {
	var le *app.LoadError
	if errors.As(err, &le) {
		return le.Path + " — " + le.Reason()
	}
	return err.Error()
}

// checkLibrary compares the remembered files with what is on disk now, in
// the background. Files changed since they were recorded are read afresh;
// files gone are taken out of the library; a message names both. Then the
// search index is brought up to date.
func (r *reader) checkLibrary() {
	store := r.lib.store
	if store == nil {
		r.search.index.refresh()
		return
	}
	r.spawn(func() {
		var changed, missing []string
		for _, st := range store.Check() {
			switch st.State {
			case app.Changed:
				changed = append(changed, st.Path)
			case app.Missing:
				missing = append(missing, st.Path)
			}
		}
		if len(changed) > 0 {
			_ = store.Add(changed...) // record their new size and time
		}
		fyne.Do(func() { r.libraryChecked(changed, missing) })
	})
}

// libraryChecked applies what checkLibrary found and tells the reader.
func (r *reader) libraryChecked(changed, missing []string) {
	for _, p := range missing {
		r.lib.forget(p)
	}
	for _, p := range changed {
		if i := r.lib.index(p); i >= 0 {
			r.lib.entries[i].doc = nil // read afresh when shown or indexed
			if i == r.shown {
				r.loadEntry(r.lib.entries[i])
			}
		}
	}
	if msg := libraryChanges(changed, missing); msg != "" {
		r.setStatus(changesSummary(len(changed), len(missing)))
		dialog.ShowInformation("Library", msg, r.win)
	}
	r.search.index.refresh()
}

// libraryChanges describes changed and missing files, "" when there are
// none.
func libraryChanges(changed, missing []string) string {
	var parts []string
	if len(changed) > 0 {
		parts = append(parts, fmt.Sprintf("Changed since last time, read afresh (%d):\n%s", len(changed), nameList(changed)))
	}
	if len(missing) > 0 {
		parts = append(parts, fmt.Sprintf("No longer found, removed from the library (%d):\n%s", len(missing), nameList(missing)))
	}
	return strings.Join(parts, "\n\n")
}

// changesSummary is libraryChanges in one line, for the status line.
func changesSummary(changed, missing int) string {
	var parts []string
	if changed > 0 {
		parts = append(parts, countNoun(changed, "changed file")+" read afresh")
	}
	if missing > 0 {
		parts = append(parts, countNoun(missing, "missing file")+" removed from the library")
	}
	return strings.Join(parts, "; ") + "."
}

// nameList lists up to ten paths, one a line, and how many more there are.
func nameList(paths []string) string {
	const most = 10
	shown := paths[:min(len(paths), most)]
	s := strings.Join(shown, "\n")
	if n := len(paths) - len(shown); n > 0 {
		s += fmt.Sprintf("\n… and %d more", n)
	}
	return s
}

func ctrlShiftKey(k fyne.KeyName) fyne.Shortcut {
	return &desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
}
