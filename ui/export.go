package ui

import (
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"slant/app"
	"slant/app/compare"
	"slant/app/export"
	"slant/highlight"
)

// Preference keys under which the last export's choices are remembered.
const (
	prefExportFormat = "export.format"
	prefExportDir    = "export.folder"
)

// exportFormatLabels describe the export formats in the Export dialog.
var exportFormatLabels = map[export.Format]string{
	export.PDF:  "PDF: highlighted pages to print, with legend and summary",
	export.HTML: "HTML: a web page with the same colours",
	export.JSON: "JSON: every highlight, as slant analyze --json gives it",
	export.CSV:  "CSV: one row per highlight, for spreadsheets",
}

// shownArticle returns the document shown, or nil.
func (r *reader) shownArticle() *app.Document {
	if r.shown < 0 || r.shown >= len(r.lib.entries) {
		return nil
	}
	return r.lib.entries[r.shown].doc
}

// exportDialog asks for a format (and for a PDF, the paper), then where
// to save, and exports the shown article without the kinds hidden in the
// legend.
func (r *reader) exportDialog() {
	d := r.shownArticle()
	if d == nil {
		dialog.ShowInformation("Export", "Open an article first: there is nothing to export.", r.win)
		return
	}
	choice := newExportFormatChoice()
	paper := newPaperChoice(r.paperPref().letter(), nil)
	showPaper := func(string) { enableIf(paper, exportFormatChosen(choice) == export.PDF) }
	choice.OnChanged = showPaper
	showPaper("")
	content := container.NewVBox(choice, container.NewHBox(widget.NewLabel("PDF pages:"), paper))
	dlg := dialog.NewCustomConfirm("Export “"+exportDocName(d)+"”", "Choose file…", "Cancel", content,
		func(ok bool) {
			if ok {
				if f := exportFormatChosen(choice); f == export.PDF {
					r.paperPref().setLetter(letterChosen(paper))
				}
				r.articleJob(d, exportFormatChosen(choice)).ask()
			}
		}, r.win)
	dlg.Show()
}

// enableIf enables w when on is true and disables it otherwise.
func enableIf(w fyne.Disableable, on bool) {
	if on {
		w.Enable()
	} else {
		w.Disable()
	}
}

// newExportFormatChoice lists the formats, the last one used selected.
func newExportFormatChoice() *widget.RadioGroup {
	labels := make([]string, len(export.Formats))
	for i, f := range export.Formats {
		labels[i] = exportFormatLabels[f]
	}
	g := widget.NewRadioGroup(labels, nil)
	g.Required = true
	g.SetSelected(exportFormatLabels[lastExportFormat()])
	return g
}

// exportFormatChosen returns the format selected in g.
func exportFormatChosen(g *widget.RadioGroup) export.Format {
	for _, f := range export.Formats {
		if exportFormatLabels[f] == g.Selected {
			return f
		}
	}
	return export.PDF
}

// lastExportFormat returns the format of the last export, PDF at first.
func lastExportFormat() export.Format {
	s := fyne.CurrentApp().Preferences().StringWithFallback(prefExportFormat, string(export.PDF))
	f, err := export.ParseFormat(s)
	if err != nil {
		return export.PDF
	}
	return f
}

// exportOptions returns the kinds switched off in the legend and the
// paper chosen, as export options.
func (r *reader) exportOptions() export.Options {
	opt := export.Options{Letter: r.paperPref().letter()}
	for _, k := range highlight.Kinds {
		opt.Hide[k] = !r.view.KindVisible(k)
	}
	return opt
}

// articleJob is the export of d in format f as the reader shows it.
func (r *reader) articleJob(d *app.Document, f export.Format) *exportJob {
	c := *d // a snapshot: the library may re-analyse d while this writes
	opt := r.exportOptions()
	return &exportJob{
		win: r.win, what: "the article", label: strings.ToUpper(string(f)), ext: f.Ext(),
		name: exportBaseName(d, 60) + f.Ext(), dir: exportDocDir(d),
		write:  func(path string) error { return export.Save(path, f, &c, opt) },
		spawn:  r.spawn,
		status: r.setStatus,
		saved:  func(path string) { rememberExport(f, path) },
	}
}

// exportComparisonWith asks where to save r, the comparison of a and b,
// as a PDF with the options opt (the paper of the reader that opened the
// compare view), writes it and names the file written.
func exportComparisonWith(win fyne.Window, a, b *app.Document, r *compare.Result, opt export.Options) {
	comparisonJob(win, a, b, r, opt).ask()
}

// comparisonJob is the export of the comparison r of a and b as a PDF.
func comparisonJob(win fyne.Window, a, b *app.Document, r *compare.Result, opt export.Options) *exportJob {
	ca, cb := *a, *b
	return &exportJob{
		win: win, what: "the comparison", label: "PDF", ext: export.PDF.Ext(),
		name: exportBaseName(a, 32) + "-vs-" + exportBaseName(b, 32) + export.PDF.Ext(), dir: exportDocDir(a),
		write: func(path string) error {
			return export.SaveComparison(path, &ca, &cb, r, opt)
		},
		spawn: func(f func()) { go f() },
		saved: func(path string) { rememberExport(export.PDF, path) },
	}
}

// exportJob is one export: what it is, where it is suggested to go, and
// how to write it.
type exportJob struct {
	win    fyne.Window
	what   string // "the article", for messages
	label  string // the format's name, "PDF"
	ext    string // the format's file extension, ".pdf"
	name   string // the suggested file name
	dir    string // the folder to offer when no export was made before; "" for Fyne's choice
	write  func(path string) error
	spawn  func(func())      // runs the write off the main goroutine
	status func(s string)    // tells the status line, if there is one
	saved  func(path string) // called after a successful write, if set
}

// ask shows the save dialog, then exports to the file chosen. The file
// is replaced atomically by run; the dialog's writer is closed unwritten
// (with installLazyFileWriters, that leaves an existing file untouched).
func (j *exportJob) ask() {
	installLazyFileWriters() // also when the app was not started by Run (RunCompare)
	pathDialog{
		title:    "Export " + j.what + " as " + j.label,
		confirm:  "Export",
		name:     j.name,
		filter:   storage.NewExtensionFileFilter([]string{j.ext}),
		location: exportStartFolder(j.dir),
		onError: func(err error) {
			dialog.ShowError(fmt.Errorf("cannot export there: %w", err), j.win)
		},
	}.save(j.win, j.run)
}

// run writes the export to path off the main goroutine, then reports.
func (j *exportJob) run(path string) {
	j.tell("Exporting " + j.what + " to " + path + " …")
	j.spawn(func() {
		err := j.write(path)
		fyne.Do(func() { j.done(path, err) })
	})
}

// done reports the export: the error, or a message naming the file, with
// a button to open it.
func (j *exportJob) done(path string, err error) {
	if err != nil {
		j.tell("Export failed: " + err.Error())
		dialog.ShowError(err, j.win)
		return
	}
	if j.saved != nil {
		j.saved(path)
	}
	msg := "Exported " + j.what + " as " + j.label + " to"
	j.tell(msg + " " + path)
	msg += "\n" + path
	dialog.NewCustomConfirm("Exported", "Open it", "Close", widget.NewLabel(msg), func(open bool) {
		if open {
			openExported(path, j.win)
		}
	}, j.win).Show()
}

// rememberExport keeps the format and folder of an export for the next.
func rememberExport(f export.Format, path string) {
	prefs := fyne.CurrentApp().Preferences()
	prefs.SetString(prefExportFormat, string(f))
	prefs.SetString(prefExportDir, filepath.Dir(path))
}

// tell shows s on the status line, if there is one.
func (j *exportJob) tell(s string) {
	if j.status != nil {
		j.status(s)
	}
}

// openExported opens path with the system's viewer.
func openExported(path string, win fyne.Window) {
	u, err := url.Parse(storage.NewFileURI(path).String())
	if err == nil {
		err = fyne.CurrentApp().OpenURL(u)
	}
	if err != nil {
		dialog.ShowError(fmt.Errorf("cannot open %s: %w", path, err), win)
	}
}

// exportStartFolder is where the save dialog opens: the folder of the last
// export, else dir; nil leaves Fyne's own choice.
func exportStartFolder(dir string) fyne.ListableURI {
	last := fyne.CurrentApp().Preferences().String(prefExportDir)
	for _, d := range []string{last, dir} {
		if d == "" {
			continue
		}
		if info, err := os.Stat(d); err != nil || !info.IsDir() {
			continue
		}
		if l, err := storage.ListerForURI(storage.NewFileURI(d)); err == nil {
			return l
		}
	}
	return nil
}

// exportDocDir is the folder of a document's file, or "" for a bundled sample.
func exportDocDir(d *app.Document) string {
	if d.Path == "" || app.IsSample(d.Path) {
		return ""
	}
	return filepath.Dir(d.Path)
}

// exportDocName names a document for a dialog title: its title, cut at a
// word so that the dialog stays narrow, else its file.
func exportDocName(d *app.Document) string {
	if d.Title != "" {
		return shorten(d.Title, 60)
	}
	return filepath.Base(d.Path)
}

// exportBaseName is the suggested file name of d, without extension: its
// file's name, or for a bundled sample (whose file is named by a hash)
// its title in lower case with hyphens, cut after whole words at limit
// bytes.
func exportBaseName(d *app.Document, limit int) string {
	if !app.IsSample(d.Path) || d.Title == "" {
		return exportStem(d.Path)
	}
	words := strings.FieldsFunc(strings.ToLower(d.Title), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	name := ""
	for _, w := range words {
		if len(name)+len(w) > limit {
			break
		}
		name += "-" + w
	}
	if name == "" {
		return exportStem(d.Path)
	}
	return name[1:]
}

// exportStem is a path's base name without its extension ("export" when empty).
func exportStem(path string) string {
	base := filepath.Base(path)
	s := strings.TrimSuffix(base, filepath.Ext(base))
	if s == "" || s == "." || s == string(filepath.Separator) {
		return "export"
	}
	return s
}
