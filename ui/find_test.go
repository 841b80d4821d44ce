package ui

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
)

func TestFindCountsAndStepsThroughKerry(t *testing.T) {
	r := newTestReader(t, t.TempDir())
	r.start(nil) // shows sample 000
	r.win.Resize(fyne.NewSize(1200, 800))
	r.find.show()
	test.Type(r.find.entry, "Kerry")
	text := r.view.Text()
	n := strings.Count(strings.ToLower(text), "kerry")
	if n < 3 {
		t.Fatalf("sample 000 mentions Kerry %d times", n)
	}
	if want := fmt.Sprintf("1 of %d", n); r.find.count.Text != want {
		t.Errorf("count %q, want %q", r.find.count.Text, want)
	}
	press(r.find.entry, fyne.KeyReturn)
	if want := fmt.Sprintf("2 of %d", n); r.find.count.Text != want {
		t.Errorf("after Enter %q, want %q", r.find.count.Text, want)
	}
	s, e := r.view.Selection()
	if text[s:e] != "Kerry" || s != strings.Index(text[strings.Index(text, "Kerry")+1:], "Kerry")+strings.Index(text, "Kerry")+1 {
		t.Errorf("selected %q at %d, want the second Kerry", text[s:e], s)
	}
	r.find.entry.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	press(r.find.entry, fyne.KeyF3)
	press(r.find.entry, fyne.KeyReturn)
	r.find.entry.KeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	if want := fmt.Sprintf("%d of %d", n, n); r.find.count.Text != want {
		t.Errorf("after Shift+F3, Shift+Enter %q, want %q (wrapped to the last)", r.find.count.Text, want)
	}
	press(r.find.entry, fyne.KeyEscape)
	if r.find.box.Visible() || r.win.Canvas().Focused() != r.view {
		t.Error("Esc did not close the find bar")
	}
}

func TestFindFollowsTheDocumentShown(t *testing.T) {
	r := newTestReader(t, t.TempDir())
	r.start(nil)
	r.find.show()
	test.Type(r.find.entry, "zzzz")
	if r.find.count.Text != "No matches" {
		t.Errorf("count %q", r.find.count.Text)
	}
	r.find.entry.SetText("Lavrov")
	r.showEntry(4)
	want := fmt.Sprintf("1 of %d", strings.Count(r.view.Text(), "Lavrov"))
	if r.find.count.Text != want {
		t.Errorf("in sample 004 the count reads %q, want %q", r.find.count.Text, want)
	}
}

func TestFindAllIgnoresCaseAndCurlyQuotes(t *testing.T) {
	text := "Assad’s forces; ASSAD's allies; İstanbul"
	got := findFolded(text, "assad's")
	if len(got) != 2 || text[got[0][0]:got[0][1]] != "Assad’s" || text[got[1][0]:got[1][1]] != "ASSAD's" {
		t.Errorf("findAll = %v", got)
	}
	if findFolded(text, "") != nil {
		t.Error("the empty query found something")
	}
}
