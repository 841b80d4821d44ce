package ui

import (
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"slant/app"
	"slant/app/exercise"
	"slant/highlight"
)

// classWindow shows how a class did on an exercise: a row per student, a
// column per kind, the class's totals, and the kind it found hardest.
type classWindow struct {
	win     fyne.Window
	ex      *exercise.Exercise
	exPath  string
	paths   []string // the work files merged
	class   exercise.Class
	table   *widget.Table
	hardest *widget.Label
	status  *widget.Label
}

// newClassWindow merges the work on ex found beside its file at exPath.
func newClassWindow(a fyne.App, ex *exercise.Exercise, exPath string) *classWindow {
	c := &classWindow{win: a.NewWindow("Class summary — " + ex.Title), ex: ex, exPath: exPath}
	c.hardest = wrapLabel("")
	c.status = widget.NewLabel("")
	c.status.Truncation = fyne.TextTruncateEllipsis
	c.table = widget.NewTable(c.size, func() fyne.CanvasObject { return widget.NewLabel("Quotes: 10 of 10, 10 extra") }, c.cell)
	c.table.SetColumnWidth(0, 220)
	for i := range ex.Kinds {
		c.table.SetColumnWidth(i+1, 230)
	}
	tools := container.NewHBox(
		widget.NewButtonWithIcon("Add work files…", theme.FileIcon(), c.addFile),
		widget.NewButtonWithIcon("Add a folder…", theme.FolderOpenIcon(), c.addFolder),
		widget.NewButtonWithIcon("Export CSV…", theme.DocumentSaveIcon(), c.exportCSV))
	top := container.NewVBox(taskHeader(ex), tools, c.hardest, widget.NewSeparator())
	c.win.SetContent(container.NewBorder(top, c.status, nil, nil, c.table))
	c.win.Resize(fyne.NewSize(1000, 600))
	c.addDir(filepath.Dir(exPath))
	return c
}

// size is the table's size: a heading row, a row per student and the
// class's totals; a column for names and one per kind.
func (c *classWindow) size() (int, int) { return len(c.class.Rows) + 2, len(c.ex.Kinds) + 1 }

// cell fills the table's cell at id.
func (c *classWindow) cell(id widget.TableCellID, o fyne.CanvasObject) {
	l := o.(*widget.Label)
	l.TextStyle.Bold = id.Row == 0 || id.Row == len(c.class.Rows)+1
	l.SetText(c.cellText(id.Row, id.Col))
}

// cellText is the text at row, col: headings, then "7 of 9, 1 extra".
func (c *classWindow) cellText(row, col int) string {
	switch {
	case row == 0 && col == 0:
		return "Student"
	case row == 0:
		k, _ := highlight.ParseKind(c.ex.Kinds[col-1])
		return app.StyleOf(k).Name + " found"
	case row == len(c.class.Rows)+1 && col == 0:
		return "Whole class"
	case row == len(c.class.Rows)+1:
		return tallyCell(c.total(col - 1))
	case col == 0:
		return c.class.Rows[row-1].Student
	}
	return tallyCell(c.class.Rows[row-1].Tallies[col-1])
}

// tallyCell says a tally briefly: "7 of 9, 1 extra".
func tallyCell(t exercise.Tally) string {
	s := fmt.Sprintf("%d of %d", t.Found, t.Key())
	if t.Extra > 0 {
		s += fmt.Sprintf(", %d extra", t.Extra)
	}
	return s
}

// total adds up kind i's tallies over the class.
func (c *classWindow) total(i int) exercise.Tally {
	var t exercise.Tally
	for _, r := range c.class.Rows {
		t.Found += r.Tallies[i].Found
		t.Missed += r.Tallies[i].Missed
		t.Extra += r.Tallies[i].Extra
	}
	return t
}

// addDir merges the work files in dir that belong to the exercise.
func (c *classWindow) addDir(dir string) {
	paths, errs := exercise.FindWork(dir, c.ex)
	c.add(paths, errs)
}

// add merges the work files at paths (once each) and reports errs.
func (c *classWindow) add(paths []string, errs []error) {
	for _, p := range paths {
		if !slices.Contains(c.paths, p) {
			c.paths = append(c.paths, p)
		}
	}
	works, loadErrs := exercise.LoadWorks(c.paths, c.ex)
	c.class = exercise.Merge(c.ex, works)
	c.table.Refresh()
	c.hardest.SetText(hardestText(c.class))
	errs = append(errs, loadErrs...)
	c.status.SetText(fmt.Sprintf("%d student%s' work from %s", len(works), plural(len(works)), filepath.Dir(c.exPath)))
	if len(errs) > 0 {
		msgs := make([]string, len(errs))
		for i, err := range errs {
			msgs[i] = err.Error()
		}
		c.status.SetText(strings.Join(msgs, "; "))
		dialog.ShowInformation("Some files were left out", strings.Join(msgs, "\n"), c.win)
	}
}

// hardestText names the kind the class found the smallest share of.
func hardestText(c exercise.Class) string {
	k, share := c.Hardest()
	if k == "" {
		return "No work to compare yet: add the students' work files."
	}
	kind, _ := highlight.ParseKind(k)
	name := strings.ToLower(app.StyleOf(kind).Name)
	return fmt.Sprintf("Hardest for this class: %s. Together the students found %.0f%% of the %s in the key.",
		name, 100*share, name)
}

// addFile merges one more work file.
func (c *classWindow) addFile() {
	askOpenPath(c.win, "Add a student's work ("+exercise.WorkExt+")", workFiles, func(path string) { c.add([]string{path}, nil) })
}

// addFolder merges the work files of a folder.
func (c *classWindow) addFolder() {
	pathDialog{}.folder(c.win, c.addDir)
}

// exportCSV writes the table as CSV.
func (c *classWindow) exportCSV() {
	name := filepath.Base(exercise.Stem(c.exPath)) + ".class.csv"
	askSavePath(c.win, name, func(path string) {
		err := app.WriteFileAtomic(path, func(w io.Writer) error { return c.class.WriteCSV(w) })
		if err != nil {
			dialog.ShowError(err, c.win)
			return
		}
		c.status.SetText("Wrote " + path)
	})
}
