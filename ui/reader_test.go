package ui

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"slant/app"
	"slant/highlight"
)

// newTestReader builds the main window in a test app with its own
// configuration folder, running loads at once.
func newTestReader(t *testing.T, config string) *reader {
	t.Helper()
	t.Setenv(app.ConfigDirEnv, config)
	r := newReader(test.NewTempApp(t))
	r.spawn = func(f func()) { f() }
	r.view.MarkFor = 0 // no fading: its timer would race the test
	t.Cleanup(r.win.Close)
	return r
}

// seedFile copies seed n of the samples to a file in dir.
func seedFile(t *testing.T, dir, name string, n int) string {
	t.Helper()
	files, _ := filepath.Glob("../assets/samples/*.txt")
	data, err := os.ReadFile(files[n])
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestStartShowsFirstSample(t *testing.T) {
	r := newTestReader(t, t.TempDir())
	r.start(nil)
	if len(r.lib.entries) != 5 || r.shown != 0 {
		t.Fatalf("library %d entries, showing %d", len(r.lib.entries), r.shown)
	}
	if !strings.HasPrefix(r.view.Text(), "Kerry blames Russia") {
		t.Errorf("showing %.40q", r.view.Text())
	}
	if !strings.Contains(r.win.Title(), "Kerry blames Russia") {
		t.Errorf("window title %q", r.win.Title())
	}
	n := r.view.Counts()
	want := "Quotes " + strconv.Itoa(n[highlight.Quote])
	if got := r.legend.checks[highlight.Quote].Text; got != want {
		t.Errorf("legend reads %q, want %q", got, want)
	}
}

func TestOpenReportsBadFileAndShowsGood(t *testing.T) {
	dir := t.TempDir()
	good := seedFile(t, dir, "good.txt", 1)
	bad := filepath.Join(dir, "empty.txt")
	if err := os.WriteFile(bad, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	r := newTestReader(t, t.TempDir())
	r.start([]string{bad, good})
	e := r.lib.entries[r.shown]
	if e.path != good {
		t.Fatalf("showing %s, want %s", e.path, good)
	}
	if !strings.Contains(r.status.Text, "empty.txt") {
		t.Errorf("status %q does not name the bad file", r.status.Text)
	}
	if r.win.Canvas().Overlays().Top() == nil {
		t.Error("no error dialog shown")
	}
	if r.lib.index(bad) >= 0 {
		t.Error("the bad file entered the library")
	}
}

func TestLibraryRemembersOpenedFiles(t *testing.T) {
	config, dir := t.TempDir(), t.TempDir()
	good := seedFile(t, dir, "kept.txt", 2)
	r := newTestReader(t, config)
	r.start(nil)
	r.openURIs([]fyne.URI{storage.NewFileURI(good)})
	if r.lib.entries[r.shown].path != good {
		t.Fatalf("a dropped file was not shown")
	}
	again := newTestReader(t, config)
	again.start(nil)
	i := again.lib.index(good)
	if i != 5 {
		t.Fatalf("the next run lists %s at %d, want after the 5 samples", good, i)
	}
	again.showEntry(i)
	if again.lib.entries[i].doc == nil || !strings.Contains(again.win.Title(), "US Secretary of State John Kerry has repeated") {
		t.Errorf("a remembered file did not load when chosen")
	}
}

func TestToggleKindEverywhere(t *testing.T) {
	config := t.TempDir()
	r := newTestReader(t, config)
	r.start(nil)
	r.legend.checks[highlight.Actor].SetChecked(false)
	if r.view.KindVisible(highlight.Actor) || r.toggle[highlight.Actor].Checked {
		t.Error("unticking Actors in the legend left them on in the view or the menu")
	}
	r.toggle[highlight.Figure].Action()
	if r.view.KindVisible(highlight.Figure) || r.legend.checks[highlight.Figure].Checked {
		t.Error("the View menu did not hide figures everywhere")
	}
	if sw := r.legend.swatches; !sw[highlight.Actor].off || !sw[highlight.Figure].off || sw[highlight.Quote].off {
		t.Error("the legend swatches do not show which kinds are hidden")
	}
	again := newTestReader(t, config)
	if again.view.KindVisible(highlight.Actor) || !again.view.KindVisible(highlight.Quote) {
		t.Error("hidden kinds were not remembered for the next run")
	}
}

func TestNextShowsDetailAndStatus(t *testing.T) {
	r := newTestReader(t, t.TempDir())
	r.start(nil)
	r.win.Resize(fyne.NewSize(1200, 800))
	r.next()
	s := r.view.Spans()[0]
	if !strings.Contains(r.status.Text, s.Text(r.view.Text())) {
		t.Errorf("status %q lacks the first highlight %q", r.status.Text, s.Text(r.view.Text()))
	}
	if !panelSays(r.detail, s.Text(r.view.Text())) {
		t.Error("the detail panel does not show the highlight navigated to")
	}
}

// panelSays reports whether a label of the detail panel contains s.
func panelSays(d *detailPanel, s string) bool {
	for _, o := range d.box.Objects {
		if l, ok := o.(*widget.Label); ok && strings.Contains(l.Text, s) {
			return true
		}
	}
	return false
}

func TestOpenDialogShows(t *testing.T) {
	r := newTestReader(t, t.TempDir())
	r.start(nil)
	r.openDialog()
	if r.win.Canvas().Overlays().Top() == nil {
		t.Error("File → Open showed no dialog")
	}
}

// TestArticleHeaderAndTitle checks the header line above each seed and the
// window title of a seed whose guessed title is a long first sentence.
func TestArticleHeaderAndTitle(t *testing.T) {
	r := newTestReader(t, t.TempDir())
	r.start(nil)
	want := []string{
		"TRT World · 5 February 2016",
		"DW · No date",
		"EA WorldView · 29 September",
		"EA WorldView · By Scott Lucas · 6 February",
		"Press TV · 17 May 2016",
	}
	for i, w := range want {
		r.showEntry(i)
		if got := r.view.Header(); got != w {
			t.Errorf("sample %d: header %q, want %q", i, got, w)
		}
	}
	if got := choiceLabel(r.lib.entries[2]); got != "US Secretary of State John Kerry has repeated his threat to cut off… — EA WorldView" {
		t.Errorf("sample 2 in Compare several…: %q", got)
	}
	if got := r.lib.entries[2].subtitle(); got != "Sample · EA WorldView · 29 September" {
		t.Errorf("library subtitle of sample 2: %q", got)
	}
	r.showEntry(2)
	title := r.win.Title()
	if len(title) > len("Slant — ")+93 || !strings.HasSuffix(title, "…") || strings.HasSuffix(title, " …") {
		t.Errorf("window title of sample 2 is %q: want it cut at a word, with an ellipsis", title)
	}
}
