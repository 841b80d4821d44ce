package ui

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"slant/app"
	"slant/app/compare"
	"slant/app/export"
	"slant/highlight"
)

// textsOn returns every text the window's top overlay shows: labels,
// rich texts, entries, buttons and canvas texts.
func textsOn(w fyne.Window) []string {
	top := w.Canvas().Overlays().Top()
	if top == nil {
		return nil
	}
	var out []string
	for _, o := range test.LaidOutObjects(top) {
		switch o := o.(type) {
		case *widget.Label:
			out = append(out, o.Text)
		case *widget.RichText:
			out = append(out, o.String())
		case *widget.Entry:
			out = append(out, o.Text)
		case *widget.Button:
			out = append(out, o.Text)
		case *canvas.Text:
			out = append(out, o.Text)
		}
	}
	return out
}

// overlaySays reports whether a text of the window's top overlay
// contains s.
func overlaySays(w fyne.Window, s string) bool {
	for _, t := range textsOn(w) {
		if strings.Contains(t, s) {
			return true
		}
	}
	return false
}

// findOnTop returns the first object of the top overlay that ok accepts.
func findOnTop[T fyne.CanvasObject](w fyne.Window, ok func(T) bool) (T, bool) {
	var zero T
	top := w.Canvas().Overlays().Top()
	if top == nil {
		return zero, false
	}
	for _, o := range test.LaidOutObjects(top) {
		if v, is := o.(T); is && ok(v) {
			return v, true
		}
	}
	return zero, false
}

// exportShown writes the shown article in format f to a new file.
func exportShown(t *testing.T, r *reader, f export.Format) []byte {
	t.Helper()
	path := filepath.Join(t.TempDir(), "out"+f.Ext())
	r.articleJob(r.shownArticle(), f).run(path)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%s export: %v (status %q)", f, err, r.status.Text)
	}
	if !strings.Contains(r.status.Text, path) || !overlaySays(r.win, path) {
		t.Errorf("%s export: status %q and message %q do not name %s", f, r.status.Text, textsOn(r.win), path)
	}
	return data
}

// readCSV reads an exported CSV, after its byte-order mark (there for
// spreadsheets).
func readCSV(data []byte) ([][]string, error) {
	return csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\ufeff")))).ReadAll()
}

func TestExportWritesEachFormat(t *testing.T) {
	r := newTestReader(t, t.TempDir())
	r.start(nil)
	if pdf := exportShown(t, r, export.PDF); !bytes.HasPrefix(pdf, []byte("%PDF-")) {
		t.Errorf("PDF export starts %q", pdf[:min(len(pdf), 8)])
	}
	rows, err := readCSV(exportShown(t, r, export.CSV))
	if err != nil || len(rows) < 2 || strings.Join(rows[0], ",") != "kind,start,end,text,detail" {
		t.Errorf("CSV export: %v; first row %q", err, rows[:min(len(rows), 1)])
	}
	if html := exportShown(t, r, export.HTML); !bytes.Contains(bytes.ToLower(html), []byte("<html")) ||
		!bytes.Contains(html, []byte("Kerry")) {
		t.Error("HTML export is not a page holding the article")
	}
	var j struct{ Spans []json.RawMessage }
	if err := json.Unmarshal(exportShown(t, r, export.JSON), &j); err != nil || len(j.Spans) == 0 {
		t.Errorf("JSON export: %v, %d spans", err, len(j.Spans))
	}
}

func TestExportLeavesOutHiddenKinds(t *testing.T) {
	r := newTestReader(t, t.TempDir())
	r.start(nil)
	r.setKind(highlight.Loaded, false)
	rows, err := readCSV(exportShown(t, r, export.CSV))
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]int{}
	for _, row := range rows[1:] {
		kinds[row[0]]++
	}
	if kinds["loaded"] != 0 || kinds["quote"] == 0 {
		t.Errorf("loaded terms hidden, yet the CSV counts %v", kinds)
	}
}

func TestExportToMissingFolderSaysSo(t *testing.T) {
	r := newTestReader(t, t.TempDir())
	r.start(nil)
	path := filepath.Join(t.TempDir(), "gone", "out.pdf")
	r.articleJob(r.shownArticle(), export.PDF).run(path)
	if !strings.Contains(r.status.Text, "does not exist") || !overlaySays(r.win, "does not exist") {
		t.Errorf("status %q, dialog %q: want the missing folder named", r.status.Text, textsOn(r.win))
	}
}

// TestExportDialogFlow goes through File → Export…: the format dialog,
// then the save dialog with the suggested name, then the write.
func TestExportDialogFlow(t *testing.T) {
	r := newTestReader(t, t.TempDir())
	r.start(nil)
	dir := t.TempDir()
	fyne.CurrentApp().Preferences().SetString(prefExportDir, dir) // where the save dialog opens
	r.exportDialog()
	radio, ok := findOnTop(r.win, func(*widget.RadioGroup) bool { return true })
	if !ok || radio.Selected != exportFormatLabels[export.PDF] {
		t.Fatalf("no format choice with PDF first (found %v)", ok)
	}
	radio.SetSelected(exportFormatLabels[export.CSV])
	choose, ok := findOnTop(r.win, func(b *widget.Button) bool { return b.Text == "Choose file…" })
	if !ok {
		t.Fatalf("no Choose file… button in %q", textsOn(r.win))
	}
	test.Tap(choose)
	want := "kerry-blames-russia-for-civilian-casualties-in-syria.csv"
	answerSaveDialog(t, r.win, want, "Export", want)
	path := filepath.Join(dir, want)
	data, _ := os.ReadFile(path)
	if rows, err := readCSV(data); err != nil || strings.Join(rows[0], ",") != "kind,start,end,text,detail" {
		t.Errorf("the file chosen holds %.40q", data)
	}
	if lastExportFormat() != export.CSV {
		t.Errorf("the format used was not remembered: %s", lastExportFormat())
	}
}

func TestExportBaseName(t *testing.T) {
	for _, c := range []struct{ path, title, want string }{
		{"/home/t/news/bbc story.html", "Any title", "bbc story"},
		{"samples/000_a652a7b09379949b.txt", "Kerry blames Russia: “1,000” dead", "kerry-blames-russia-1-000-dead"},
		{"samples/000_a652a7b09379949b.txt", "", "000_a652a7b09379949b"},
		{"samples/000_a652a7b09379949b.txt", "“…”", "000_a652a7b09379949b"},
		{"samples/000_a652a7b09379949b.txt", strings.Repeat("Word ", 30), strings.TrimSuffix(strings.Repeat("word-", 12), "-")},
	} {
		if got := exportBaseName(&app.Document{Path: c.path, Title: c.title}, 60); got != c.want {
			t.Errorf("%s %q: %q, want %q", c.path, c.title, got, c.want)
		}
	}
}

func TestExportWithNothingShown(t *testing.T) {
	r := newTestReader(t, t.TempDir())
	r.exportDialog()
	if !overlaySays(r.win, "Open an article first") {
		t.Errorf("exporting with no article says %q", textsOn(r.win))
	}
}

// comparisonOfSeeds compares the first two samples.
func comparisonOfSeeds(t *testing.T) (a, b *app.Document, res *compare.Result) {
	t.Helper()
	docs, err := app.Samples()
	if err != nil {
		t.Fatal(err)
	}
	return docs[0], docs[1], compare.Compare(docs[0], docs[1], compare.Options{})
}

func TestExportComparison(t *testing.T) {
	w := test.NewTempWindow(t, widget.NewLabel("compare"))
	w.Resize(fyne.NewSize(1000, 700))
	a, b, res := comparisonOfSeeds(t)
	exportComparisonWith(w, a, b, res, export.Options{})
	name := "kerry-blames-russia-for-civilian-vs-us-secretary-of-state-john-kerry.pdf"
	if _, ok := findOnTop(w, func(e *widget.Entry) bool { return e.Text == name }); !ok {
		t.Fatalf("the save dialog does not suggest %s: %q", name, textsOn(w))
	}
	path := filepath.Join(t.TempDir(), name)
	job := comparisonJob(w, a, b, res, export.Options{})
	job.spawn = func(f func()) { f() }
	job.run(path)
	data, err := os.ReadFile(path)
	if err != nil || !bytes.HasPrefix(data, []byte("%PDF-")) {
		t.Fatalf("comparison PDF: %v, starts %.8q", err, data)
	}
	if !overlaySays(w, path) {
		t.Errorf("no message names %s: %q", path, textsOn(w))
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		return
	}
	out, err := exec.Command("pdftotext", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(strings.Fields(string(out)), " ")
	for _, d := range []*app.Document{a, b} {
		words := strings.Fields(d.Title)
		if !strings.Contains(text, strings.Join(words[:min(len(words), 3)], " ")) {
			t.Errorf("comparison PDF lacks the title %q", d.Title)
		}
	}
}
