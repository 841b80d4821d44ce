package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"slant/app/search"
)

// openPalette starts a reader on the samples and opens the palette.
func openPalette(t *testing.T) *reader {
	t.Helper()
	r := newTestReader(t, t.TempDir())
	r.start(nil)
	r.win.Resize(fyne.NewSize(1200, 800))
	r.search.show()
	if !r.search.visible() {
		t.Fatal("Ctrl+K's action showed no palette")
	}
	return r
}

func press(e *keyEntry, k fyne.KeyName) { e.TypedKey(&fyne.KeyEvent{Name: k}) }

func TestPaletteFindsKerryFirst(t *testing.T) {
	r := openPalette(t)
	test.Type(r.search.entry, "kery")
	rs := r.search.results
	if len(rs) == 0 {
		t.Fatal("no results for kery")
	}
	if rs[0].Kind != search.Actor || !strings.HasPrefix(rs[0].Text, "John Kerry") {
		t.Errorf("first result %s %q, want the actor John Kerry", rs[0].Kind, rs[0].Text)
	}
	if !strings.Contains(r.search.count.Text, "matches") {
		t.Errorf("count reads %q", r.search.count.Text)
	}
	row := r.search.newRow()
	r.search.updateRow(0, row)
	if got := boldText(row); got != "Kery" {
		t.Errorf("bold characters %q of %q, want K, e, r, y of Kerry", got, rs[0].Text)
	}
}

// boldText returns the bold segments of a result row's text, joined.
func boldText(row fyne.CanvasObject) string {
	var b strings.Builder
	for _, s := range row.(*resultRow).text.Segments {
		if ts := s.(*widget.TextSegment); ts.Style.TextStyle.Bold {
			b.WriteString(ts.Text)
		}
	}
	return b.String()
}

func TestPaletteEnterJumpsToTheMatch(t *testing.T) {
	r := openPalette(t)
	before, offset := r.shown, r.view.ScrollOffset()
	test.Type(r.search.entry, "exacerbaton of the conflict") // the end of sample 003, misspelt
	if len(r.search.results) == 0 {
		t.Fatal("no results")
	}
	want := r.search.results[0]
	press(r.search.entry, fyne.KeyReturn)
	if r.search.visible() {
		t.Error("the palette stayed open after Enter")
	}
	if r.shown == before || r.lib.entries[r.shown].path != want.Path {
		t.Fatalf("showing %d, want %s", r.shown, want.Path)
	}
	if r.view.ScrollOffset() == offset {
		t.Error("the view did not scroll to the match")
	}
	if s, e := r.view.Marked(); s != want.Start || e != want.End {
		t.Errorf("marked %d-%d, want %d-%d", s, e, want.Start, want.End)
	}
	if !strings.Contains(r.view.Text()[want.Start:want.End], "an exacerbation of it") {
		t.Errorf("jumped to %q", r.view.Text()[want.Start:want.End])
	}
}

func TestPaletteArrowsChooseAndEscCloses(t *testing.T) {
	r := openPalette(t)
	test.Type(r.search.entry, "russia")
	if len(r.search.results) < 3 {
		t.Fatalf("%d results", len(r.search.results))
	}
	press(r.search.entry, fyne.KeyDown)
	press(r.search.entry, fyne.KeyDown)
	press(r.search.entry, fyne.KeyUp)
	if r.search.sel != 1 {
		t.Errorf("↓↓↑ chose row %d, want 1", r.search.sel)
	}
	shown := r.shown
	press(r.search.entry, fyne.KeyEscape)
	if r.search.visible() || r.shown != shown {
		t.Error("Esc did not just close the palette")
	}
	if r.win.Canvas().Focused() != r.view {
		t.Error("the article did not get the keyboard back")
	}
}

func TestPaletteShowsOnlyTheLatestQuery(t *testing.T) {
	r := openPalette(t)
	var queued []func()
	r.spawn = func(f func()) { queued = append(queued, f) }
	test.Type(r.search.entry, "kremlin")
	if len(queued) != len("kremlin") {
		t.Fatalf("%d searches started for 7 keystrokes", len(queued))
	}
	for i := len(queued) - 1; i >= 0; i-- { // the stale ones finish last
		queued[i]()
	}
	rs := r.search.results
	if len(rs) == 0 || !strings.HasPrefix(rs[0].Text, "Russia") {
		t.Fatalf("results %v, want kremlin's (the actor Russia) first", rs)
	}
}

func TestPaletteFilters(t *testing.T) {
	r := openPalette(t)
	r.search.kinds.SetSelected([]string{"Quotes"})
	test.Type(r.search.entry, "kerry")
	if len(r.search.results) == 0 {
		t.Fatal("no quotes for kerry")
	}
	for _, res := range r.search.results {
		if res.Kind != search.Quote {
			t.Errorf("a %s got through the Quotes filter", res.Kind)
		}
	}
	r.search.kinds.SetSelected(kindLabels)
	r.search.scope.SetSelected(scopeCurrent)
	for _, res := range r.search.results {
		if res.Path != r.shownPath() {
			t.Errorf("a result from %s got through the This document filter", res.Path)
		}
	}
	if len(r.search.results) == 0 {
		t.Error("nothing found in the document shown")
	}
}

func TestMatchSegmentsCutsLongTextBeforeTheMatch(t *testing.T) {
	text := strings.Repeat("word ", 40) + "Kerry said"
	i := strings.Index(text, "Kerry")
	segs := matchSegments(text, []int{i, i + 1, i + 2}, 60)
	if segs[0].(*widget.TextSegment).Text != "…" {
		t.Errorf("long text not cut: %q", segs[0].(*widget.TextSegment).Text)
	}
	var bold string
	for _, s := range segs {
		if ts := s.(*widget.TextSegment); ts.Style.TextStyle.Bold {
			bold += ts.Text
		}
	}
	if bold != "Ker" {
		t.Errorf("bold %q, want Ker", bold)
	}
}

func TestPaletteClickJumps(t *testing.T) {
	r := openPalette(t)
	test.Type(r.search.entry, "whining")
	if len(r.search.results) < 2 {
		t.Fatalf("%d results", len(r.search.results))
	}
	row := r.search.newRow()
	r.search.updateRow(1, row)
	test.Tap(row.(*resultRow))
	want := r.search.results[1]
	if r.search.visible() || r.lib.entries[r.shown].path != want.Path {
		t.Fatalf("a click on row 1 did not open %s", want.Path)
	}
	if s, e := r.view.Marked(); s != want.Start || e != want.End {
		t.Errorf("marked %d-%d, want %d-%d", s, e, want.Start, want.End)
	}
}
