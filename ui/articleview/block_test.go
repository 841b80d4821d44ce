package articleview

import (
	"image/color"
	"strings"
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"slant/highlight"
)

// newTestBlock shows the paragraph of seed 000 that starts with from, with
// the hand-made spans, in a block width wide.
func newTestBlock(t *testing.T, from string, width float32, marks ...Mark) (*Block, string) {
	t.Helper()
	newApp(t)
	text := seedText(t)
	start := strings.Index(text, from)
	end := start + strings.IndexByte(text[start:], '\n')
	b := NewBlock(Font{Size: 15})
	b.SetText(text, start, end, handSpans(t, text), marks)
	w := test.NewWindow(b)
	t.Cleanup(w.Close)
	w.SetPadded(false)
	w.Resize(fyne.NewSize(width, b.HeightFor(width)))
	return b, text
}

const kerryPara = "US Secretary of State John Kerry accuses"

// TestBlockWrapsItsRange checks that a block wraps only its range, keeps
// every word in order, fits the width, and is as tall as TextHeight says.
func TestBlockWrapsItsRange(t *testing.T) {
	b, text := newTestBlock(t, kerryPara, 480)
	start, end := b.Range()
	for _, width := range []float32{60, 200, 480} {
		b.HeightFor(width)
		var got []string
		for _, ln := range b.lay.lines {
			if ln.start < start || ln.end > end {
				t.Fatalf("width %v: line %d–%d outside the range %d–%d", width, ln.start, ln.end, start, end)
			}
			if w := xAt(text, ln, b.typo.fonts[ln.style], ln.end); w > width && strings.Contains(text[ln.start:ln.end], " ") {
				t.Errorf("width %v: line %q is %.0f wide", width, text[ln.start:ln.end], w)
			}
			got = append(got, strings.Fields(text[ln.start:ln.end])...)
		}
		if strings.Join(got, "") != strings.Join(strings.Fields(b.Text()), "") {
			t.Errorf("width %v: words lost or reordered", width)
		}
		if h := TextHeight(text, start, end, b.Font, width); h != b.lay.height || h < float32(len(b.lay.lines))*15 {
			t.Errorf("width %v: TextHeight %.0f, block %.0f for %d lines", width, h, b.lay.height, len(b.lay.lines))
		}
	}
}

// TestBlockTapReportsOffset checks that a click reports the byte under the
// pointer, and the line's last byte past its end.
func TestBlockTapReportsOffset(t *testing.T) {
	b, text := newTestBlock(t, kerryPara, 300)
	var got []int
	b.OnTap = func(off int) { got = append(got, off) }
	kerry := strings.Index(text, "Kerry accuses")
	test.TapAt(b, b.PointOf(kerry))
	first := b.lay.lines[0]
	test.TapAt(b, fyne.NewPos(299, first.y+5))
	test.TapAt(b, fyne.NewPos(10, b.lay.height+5))
	if len(got) != 2 || got[0] != kerry {
		t.Fatalf("taps reported %v, want %d and an offset in the first line's last word", got, kerry)
	}
	assertInLastWord(t, text, first, got[1])
}

// assertInLastWord checks that off starts a rune of ln's last word.
func assertInLastWord(t *testing.T, text string, ln line, off int) {
	t.Helper()
	words := strings.TrimRight(text[ln.start:ln.end], " ")
	from, to := ln.start+strings.LastIndexByte(words, ' ')+1, ln.start+len(words)
	if off < from || off >= to || !utf8.RuneStart(text[off]) {
		t.Errorf("a tap past the line's end reported %d (%q…), want a rune start in its last word %q", off, text[off:min(off+4, len(text))], text[from:to])
	}
}

// TestBlockTapPastACurlyQuote checks that a tap past a line ending in a
// character of several bytes (” or —) reports where that character
// starts, not a byte inside it.
func TestBlockTapPastACurlyQuote(t *testing.T) {
	newApp(t)
	for _, text := range []string{"Kerry said: “This has to stop.”", "The ceasefire held — for a day —"} {
		b := NewBlock(Font{Size: 15})
		b.SetText(text, 0, len(text), nil, nil)
		w := test.NewWindow(b)
		w.SetPadded(false)
		w.Resize(fyne.NewSize(600, b.HeightFor(600)))
		var got []int
		b.OnTap = func(off int) { got = append(got, off) }
		test.TapAt(b, fyne.NewPos(599, 5))
		w.Close()
		if len(b.lay.lines) != 1 || len(got) != 1 {
			t.Fatalf("%q: %d lines, taps %v; want one line and one tap", text, len(b.lay.lines), got)
		}
		if want := len(text) - len("”"); got[0] != want {
			t.Errorf("%q: a tap past the end reported %d, want %d, where its last character starts", text, got[0], want)
		}
		assertInLastWord(t, text, b.lay.lines[0], got[0])
	}
}

// TestBlockReversedRangeShowsNothing checks that a range whose end comes
// before its start shows nothing instead of panicking.
func TestBlockReversedRangeShowsNothing(t *testing.T) {
	b := NewBlock(Font{Size: 15})
	b.SetText("John Kerry accuses Russia", 10, 4, nil, nil)
	if start, end := b.Range(); start != 10 || end != 10 || b.Text() != "" {
		t.Errorf("range 10–4 gives %d–%d, %q; want the empty range at 10", start, end, b.Text())
	}
}

// TestBlockDragSelectsAndCopies checks that a drag selects words of the
// passage and Ctrl+C copies them.
func TestBlockDragSelectsAndCopies(t *testing.T) {
	b, text := newTestBlock(t, kerryPara, 600)
	start := strings.Index(text, "John Kerry accuses")
	from, to := b.PointOf(start), b.PointOf(start+len("John Kerry"))
	from.X -= 2
	to.X -= 2
	b.MouseDown(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: from}, Button: desktop.MouseButtonPrimary})
	b.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: to}, Dragged: fyne.NewDelta(to.X-from.X, to.Y-from.Y)})
	b.DragEnd()
	if got := b.SelectedText(); got != "John Kerry" {
		t.Fatalf("dragging selected %q", got)
	}
	b.TypedShortcut(&fyne.ShortcutCopy{})
	if got := fyne.CurrentApp().Clipboard().Content(); got != "John Kerry" {
		t.Errorf("clipboard holds %q", got)
	}
	if len(b.r.sel.objects()) == 0 {
		t.Error("the selection is not drawn")
	}
	b.TypedShortcut(&fyne.ShortcutSelectAll{})
	if b.SelectedText() != b.Text() {
		t.Errorf("select all selected %q", b.SelectedText())
	}
}

// TestBlockMarks checks how marks are drawn: an outline of all the text as
// one box, an outline of a part line by line, a muted tint's words in the
// placeholder colour and a strike over them.
func TestBlockMarks(t *testing.T) {
	b, text := newTestBlock(t, kerryPara, 400)
	start, end := b.Range()
	kerry := strings.Index(text, "John Kerry accuses")
	b.SetText(text, start, end, nil, []Mark{{Start: start, End: end, Outline: true}})
	if !b.boxed || !drawn(b, b.r.box) || len(b.r.outlines.objects()) != 0 {
		t.Errorf("an outline of the whole passage: boxed %v, drawn %v, %d line outlines", b.boxed, drawn(b, b.r.box), len(b.r.outlines.objects()))
	}
	b.SetText(text, start, end, nil, []Mark{{Start: kerry, End: kerry + 10, Outline: true},
		{Start: start, End: kerry, Muted: true, Strike: true, Fill: "error", Alpha: 0x55}})
	if b.boxed || drawn(b, b.r.box) || len(b.r.outlines.objects()) != 1 {
		t.Errorf("an outline of two words: boxed %v, %d line outlines", b.boxed, len(b.r.outlines.objects()))
	}
	for _, o := range b.r.Objects() {
		if txt, ok := o.(*canvas.Text); ok && strings.HasPrefix(txt.Text, "US ") && txt.Color != b.r.colors.muted {
			t.Errorf("muted words %q drawn in %v", txt.Text, txt.Color)
		}
	}
	if n := countRects(b, b.r.colors.fg); n == 0 {
		t.Error("the struck words have no strike")
	}
}

// drawn reports whether o is among the block's objects.
func drawn(b *Block, o fyne.CanvasObject) bool {
	for _, x := range b.r.Objects() {
		if x == o {
			return true
		}
	}
	return false
}

// countRects counts the block's rectangles filled with c.
func countRects(b *Block, c color.Color) int {
	n := 0
	for _, o := range b.r.Objects() {
		if r, ok := o.(*canvas.Rectangle); ok && r.FillColor == c {
			n++
		}
	}
	return n
}

// TestBlockHidesKindAndHovers checks that a hidden kind loses its
// backgrounds and hover, and that hovering an actor reports it.
func TestBlockHidesKindAndHovers(t *testing.T) {
	b, text := newTestBlock(t, kerryPara, 600)
	var hovered []highlight.Span
	b.OnHover = func(s []highlight.Span) { hovered = s }
	at := b.PointOf(strings.Index(text, "Moscow"))
	b.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: at}})
	if len(hovered) != 1 || hovered[0].Actor != "Russia" {
		t.Fatalf("hovering Moscow reported %+v", hovered)
	}
	if countRects(b, b.r.colors.bg[highlight.Actor]) == 0 {
		t.Fatal("no actor background before hiding actors")
	}
	b.SetKindVisible(highlight.Actor, false)
	if n := countRects(b, b.r.colors.bg[highlight.Actor]); n != 0 {
		t.Errorf("%d actor backgrounds after hiding actors", n)
	}
	b.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: at}})
	if hovered != nil {
		t.Errorf("hovering a hidden actor reported %+v", hovered)
	}
}
