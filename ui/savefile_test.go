package ui

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/storage/repository"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"slant/app"
	"slant/app/export"
)

// oldCSV is what a file holds before an export over it.
const oldCSV = "kind,start,end,text,detail\nquote,0,5,old,kept\n"

// writeOld writes oldCSV to name in dir and returns the path.
func writeOld(t *testing.T, dir, name string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(oldCSV), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// readString returns the content of path, or the error as text.
func readString(path string) string {
	data, err := os.ReadFile(path)
	if err != nil {
		return "error: " + err.Error()
	}
	return string(data)
}

func TestLazyWriterTouchesNothingUntilWritten(t *testing.T) {
	test.NewTempApp(t)
	first, second := installLazyFileWriters(), installLazyFileWriters()
	if !first || !second {
		t.Fatal("the file repository was not made lazy")
	}
	repo, _ := repository.ForScheme("file")
	if inner := repo.(*lazyFileRepository).fileRepository; isLazy(inner) {
		t.Fatal("installing twice wrapped the wrapper")
	}
	dir := t.TempDir()
	old := writeOld(t, dir, "old.csv")
	w, err := storage.Writer(storage.NewFileURI(old))
	if err != nil {
		t.Fatal(err)
	}
	if got := readString(old); got != oldCSV {
		t.Errorf("opening the writer changed the file to %q", got)
	}
	if err := w.Close(); err != nil || readString(old) != oldCSV {
		t.Errorf("closing the unwritten writer: %v, file now %q", err, readString(old))
	}
	fresh := filepath.Join(dir, "fresh.csv")
	w, _ = storage.Writer(storage.NewFileURI(fresh))
	w.Close()
	if _, err := os.Stat(fresh); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("an unwritten writer created %s (%v)", fresh, err)
	}
	w, _ = storage.Writer(storage.NewFileURI(old))
	io.WriteString(w, "new")
	io.WriteString(w, " text")
	if err := w.Close(); err != nil || readString(old) != "new text" {
		t.Errorf("a written writer: %v, file holds %q, want it replaced by %q", err, readString(old), "new text")
	}
}

// isLazy reports whether repo is the lazy wrapper.
func isLazy(repo repository.Repository) bool {
	_, ok := repo.(*lazyFileRepository)
	return ok
}

// TestLazyRepositoryStillBrowses checks what the save dialog needs of the
// file repository besides its writer: listing, parents, children,
// existence, and the rest forwarded.
func TestLazyRepositoryStillBrowses(t *testing.T) {
	test.NewTempApp(t)
	installLazyFileWriters()
	dir := t.TempDir()
	writeOld(t, dir, "a.csv")
	if err := storage.CreateListable(storage.NewFileURI(filepath.Join(dir, "sub"))); err != nil {
		t.Fatal(err)
	}
	lister, err := storage.ListerForURI(storage.NewFileURI(dir))
	if err != nil {
		t.Fatal(err)
	}
	items, _ := lister.List()
	var names []string
	for _, u := range items {
		names = append(names, u.Name())
	}
	slices.Sort(names)
	if !slices.Equal(names, []string{"a.csv", "sub"}) {
		t.Errorf("the folder lists %q", names)
	}
	child, _ := storage.Child(lister, "a.csv")
	parent, _ := storage.Parent(child)
	exists, _ := storage.Exists(child)
	sub, _ := storage.CanList(storage.NewFileURI(filepath.Join(dir, "sub")))
	if !exists || !sub || filepath.Clean(parent.Path()) != dir {
		t.Errorf("exists %v, sub listable %v, parent %s", exists, sub, parent.Path())
	}
	a, _ := storage.Appender(child)
	io.WriteString(a, "x")
	a.Close()
	moved := storage.NewFileURI(filepath.Join(dir, "b.csv"))
	if err := storage.Move(child, moved); err != nil || readString(moved.Path()) != oldCSV+"x" {
		t.Errorf("append then move: %v, %q", err, readString(moved.Path()))
	}
}

// saveThroughDialog goes through j's save dialog as a user would.
func saveThroughDialog(t *testing.T, win fyne.Window, j *exportJob, name string) {
	t.Helper()
	j.ask()
	answerSaveDialog(t, win, j.name, "Export", name)
}

// answerSaveDialog answers the save dialog shown in win, which suggests
// suggested, as a user would: it types name, presses confirm and, when
// asked whether to overwrite, says yes.
func answerSaveDialog(t *testing.T, win fyne.Window, suggested, confirm, name string) {
	t.Helper()
	entry, ok := findOnTop(win, func(e *widget.Entry) bool { return e.Text == suggested })
	if !ok {
		t.Fatalf("no file name entry holding %q in %q", suggested, textsOn(win))
	}
	entry.SetText(name)
	button, ok := findOnTop(win, func(b *widget.Button) bool { return b.Text == confirm })
	if !ok {
		t.Fatalf("no %s button in %q", confirm, textsOn(win))
	}
	test.Tap(button)
	if !overlaySays(win, "overwrite") {
		return
	}
	yes, ok := findOnTop(win, func(b *widget.Button) bool { return b.Text == "Yes" })
	if !ok {
		t.Fatalf("no Yes in the overwrite question %q", textsOn(win))
	}
	test.Tap(yes)
}

// csvJob is the export of the reader's article as CSV, offered in dir.
func csvJob(t *testing.T, dir string) (*reader, *exportJob) {
	r := newTestReader(t, t.TempDir())
	r.start(nil)
	fyne.CurrentApp().Preferences().SetString(prefExportDir, dir)
	return r, r.articleJob(r.shownArticle(), export.CSV)
}

func TestFailedExportOverAFileKeepsIt(t *testing.T) {
	dir := t.TempDir()
	old := writeOld(t, dir, "old.csv")
	r, j := csvJob(t, dir)
	j.write = func(path string) error {
		return app.WriteFileAtomic(path, func(w io.Writer) error {
			io.WriteString(w, "kind,start,end,text,detail\nquote,12,")
			return errors.New("disk full")
		})
	}
	saveThroughDialog(t, r.win, j, "old.csv")
	if !strings.Contains(r.status.Text, "disk full") {
		t.Errorf("status %q does not tell the failure", r.status.Text)
	}
	if got := readString(old); got != oldCSV {
		t.Errorf("the failed export left %q, want the old content", got)
	}
	if files, _ := os.ReadDir(dir); len(files) != 1 {
		t.Errorf("the failed export left %d files in its folder", len(files))
	}
}

func TestExportOverAFileReplacesIt(t *testing.T) {
	dir := t.TempDir()
	old := writeOld(t, dir, "old.csv")
	r, j := csvJob(t, dir)
	saveThroughDialog(t, r.win, j, "old.csv")
	rows, err := readCSV([]byte(readString(old)))
	if err != nil || len(rows) < 10 || !strings.Contains(readString(old), "Kerry") {
		t.Errorf("the export over the file left %.60q (%v)", readString(old), err)
	}
	if !strings.Contains(r.status.Text, old) {
		t.Errorf("status %q does not name %s", r.status.Text, old)
	}
}

func TestExportToANewFileCreatesIt(t *testing.T) {
	dir := t.TempDir()
	r, j := csvJob(t, dir)
	saveThroughDialog(t, r.win, j, "new.csv")
	path := filepath.Join(dir, "new.csv")
	if rows, err := readCSV([]byte(readString(path))); err != nil || len(rows) < 10 {
		t.Errorf("the new file holds %.60q (%v)", readString(path), err)
	}
}

// TestExerciseSaveOverAFileKeepsItOnFailure goes through the save dialog
// of the exercise windows (askSavePath) over an existing file, with a
// write that fails half-way, then with one that succeeds.
func TestExerciseSaveOverAFileKeepsItOnFailure(t *testing.T) {
	r := newTestReader(t, t.TempDir())
	dir := t.TempDir()
	old := writeOld(t, dir, "class.csv")
	fyne.CurrentApp().Preferences().SetString("fyne:fileDialogLastFolder", storage.NewFileURI(dir).String())
	installLazyFileWriters() // as Run does
	save := func(body string, fail error) {
		askSavePath(r.win, "suggested.csv", func(path string) {
			err := app.WriteFileAtomic(path, func(w io.Writer) error {
				io.WriteString(w, body)
				return fail
			})
			if (err == nil) != (fail == nil) {
				t.Errorf("saving %q: %v", body, err)
			}
		})
		answerSaveDialog(t, r.win, "suggested.csv", "Save", "class.csv")
	}
	save("kind,count\nquote,", errors.New("disk full"))
	if got := readString(old); got != oldCSV {
		t.Errorf("the failed save left %q, want the old content", got)
	}
	save("kind,count\nquote,3\n", nil)
	if got := readString(old); got != "kind,count\nquote,3\n" {
		t.Errorf("the save over the file left %q", got)
	}
}
