package ui

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"slant/app"
	"slant/app/export"
)

// Page sizes as pdfinfo gives them.
const (
	a4Size     = "595.28 x 841.89 pts (A4)"
	letterSize = "612 x 792 pts (letter)"
)

// pdfPageSize is the size pdfinfo gives a PDF's first page; the test is
// skipped without poppler-utils.
func pdfPageSize(t *testing.T, path string) string {
	t.Helper()
	if _, err := exec.LookPath("pdfinfo"); err != nil {
		t.Skip("pdfinfo (poppler-utils) is not installed")
	}
	out, err := exec.Command("pdfinfo", path).Output()
	if err != nil {
		t.Fatalf("pdfinfo %s: %v", path, err)
	}
	for _, ln := range strings.Split(string(out), "\n") {
		if v, ok := strings.CutPrefix(ln, "Page size:"); ok {
			return strings.TrimSpace(v)
		}
	}
	t.Fatalf("pdfinfo gave no page size for %s", path)
	return ""
}

// isPaperChoice reports whether g chooses the paper.
func isPaperChoice(g *widget.RadioGroup) bool { return len(g.Options) == 2 && g.Options[0] == paperA4 }

// setLocale makes the environment name locale, as LANG alone.
func setLocale(t *testing.T, locale string) {
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_PAPER", "")
	t.Setenv("LANG", locale)
}

// TestExportDialogPaperFollowsLocaleThenChoice goes through File →
// Export… in a US locale: the paper offered is Letter; the teacher picks
// A4 and the PDF's pages are A4; the choice is kept in the settings, and
// the next run offers A4 again; the paper cannot be picked for a CSV.
func TestExportDialogPaperFollowsLocaleThenChoice(t *testing.T) {
	setLocale(t, "en_US.UTF-8")
	config := t.TempDir()
	r := newTestReader(t, config)
	r.start(nil)
	dir := t.TempDir()
	fyne.CurrentApp().Preferences().SetString(prefExportDir, dir)
	r.exportDialog()
	paper, ok := findOnTop(r.win, isPaperChoice)
	if !ok || paper.Selected != paperLetter {
		t.Fatalf("in a US locale the export offers %q, want %q", paper.Selected, paperLetter)
	}
	radio, _ := findOnTop(r.win, func(g *widget.RadioGroup) bool { return !isPaperChoice(g) })
	radio.SetSelected(exportFormatLabels[export.CSV])
	if !paper.Disabled() {
		t.Error("the paper can be chosen for a CSV export")
	}
	radio.SetSelected(exportFormatLabels[export.PDF])
	paper.SetSelected(paperA4)
	tapOnTop(t, r.win, "Choose file…")
	name := "kerry-blames-russia-for-civilian-casualties-in-syria.pdf"
	answerSaveDialog(t, r.win, name, "Export", name)
	if got := pdfPageSize(t, filepath.Join(dir, name)); got != a4Size {
		t.Errorf("exported on %q, want A4", got)
	}
	file, _ := app.DefaultSettingsFile()
	if st, err := app.LoadSettings(file); err != nil || st.Paper != export.PaperA4 {
		t.Fatalf("the settings keep paper %q (%v), want a4", st.Paper, err)
	}
	next := newTestReader(t, config)
	next.start(nil)
	next.exportDialog()
	if again, _ := findOnTop(next.win, isPaperChoice); again.Selected != paperA4 {
		t.Errorf("the next run offers %q, want the A4 chosen", again.Selected)
	}
}

// TestKeyEditorPrintsOnThePaperChosen prints the worksheet and answer key
// from the key editor: on Letter in a Canadian locale, then on A4 once
// chosen, which is remembered.
func TestKeyEditorPrintsOnThePaperChosen(t *testing.T) {
	setLocale(t, "en_CA.UTF-8")
	var st app.Settings
	saves := 0
	k := newKeyWindow(exerciseApp(t), kerryExercise(t), "", &paperPref{settings: &st, save: func() { saves++ }})
	t.Cleanup(k.win.Close)
	if _, ok := findIn(k.win.Content(), isPaperChoice); !ok {
		t.Fatal("the key editor shows no paper choice")
	}
	dir := t.TempDir()
	for _, want := range []string{letterSize, a4Size} {
		if want == a4Size {
			k.paper.SetSelected(paperA4)
		}
		for _, key := range []bool{false, true} {
			path := filepath.Join(dir, "paper.pdf")
			k.printTo(path, key)
			if got := pdfPageSize(t, path); got != want {
				t.Errorf("answer key %v printed on %q, want %q (status %q)", key, got, want, k.status.Text)
			}
			_ = os.Remove(path)
		}
	}
	if st.Paper != export.PaperA4 || saves != 1 {
		t.Errorf("the choice of A4 was kept as %q, saved %d times", st.Paper, saves)
	}
}
