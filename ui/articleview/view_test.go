package articleview

import (
	"image/color"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"slant/highlight"
)

const seed000 = "../../assets/samples/000_a652a7b09379949b.txt"

// handSpans marks, by hand, a few things of seed 000 in each kind, so the
// view is tested apart from the detectors.
func handSpans(t testing.TB, text string) []highlight.Span {
	t.Helper()
	at := func(s string, nth int) (int, int) {
		i := -1
		for range nth + 1 {
			j := strings.Index(text[i+1:], s)
			if j < 0 {
				t.Fatalf("%q not in the seed", s)
			}
			i += 1 + j
		}
		return i, i + len(s)
	}
	var out []highlight.Span
	add := func(s string, nth int, sp highlight.Span) {
		sp.Start, sp.End = at(s, nth)
		out = append(out, sp)
	}
	add("\"This has to stop,\"", 0, highlight.Span{Kind: highlight.Quote, Speaker: "John Kerry"})
	add("\"Russia is using what are called free-fall bombs -\u00a0dumb bombs,\"", 0, highlight.Span{Kind: highlight.Quote, Speaker: "John Kerry"})
	add("dumb bombs", 0, highlight.Span{Kind: highlight.Loaded, Category: "euphemism", Reason: "slang that mocks", Neutral: "unguided bombs", InQuote: true})
	add("Moscow", 0, highlight.Span{Kind: highlight.Actor, Actor: "Russia", ActorType: highlight.Place})
	add("John Kerry", 1, highlight.Span{Kind: highlight.Actor, Actor: "John Kerry"})
	add("100 sorties", 0, highlight.Span{Kind: highlight.Figure, Value: 100, HasValue: true, Unit: "sorties"})
	add("regime", 1, highlight.Span{Kind: highlight.Loaded, Category: "label", Reason: "delegitimises", Neutral: "government"})
	add("260,000", 0, highlight.Span{Kind: highlight.Figure, Value: 260000, HasValue: true, Unit: "people"})
	return out
}

func seedText(t testing.TB) string {
	t.Helper()
	b, err := os.ReadFile(seed000)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// newApp starts a test app with the Slant theme.
func newApp(t testing.TB) {
	a := test.NewTempApp(t)
	a.Settings().SetTheme(NewTheme(test.Theme()))
}

// newTestView shows seed 000 with hand-made spans in an 800×600 window.
func newTestView(t *testing.T) (*View, fyne.Window) {
	t.Helper()
	newApp(t)
	v := NewView()
	v.MarkFor = 0 // no fading: its timer would race the test
	text := seedText(t)
	v.SetDocument("", text, handSpans(t, text))
	w := test.NewWindow(v)
	t.Cleanup(w.Close)
	w.SetPadded(false)
	w.Resize(fyne.NewSize(800, 600))
	return v, w
}

func TestWrapCoversEveryRune(t *testing.T) {
	v, _ := newTestView(t)
	text := v.text
	covered := make([]bool, len(text))
	for _, ln := range v.lay.lines {
		if w := xAt(text, ln, v.typo.fonts[ln.style], ln.end); w > v.lay.width+0.01 {
			t.Errorf("line %q is %.1f wide, over %.1f", text[ln.start:ln.end], w, v.lay.width)
		}
		for i := ln.start; i < ln.end; i++ {
			covered[i] = true
		}
	}
	for i, r := range text {
		if !unicode.IsSpace(r) && !covered[i] {
			t.Fatalf("rune %q at %d is on no line", r, i)
		}
	}
	if n := len(v.lay.lines); n < 40 {
		t.Errorf("seed 000 wrapped into only %d lines at %.0f px", n, v.lay.width)
	}
}

func TestWrapBreaksLongWord(t *testing.T) {
	newApp(t)
	ty := newTypography(17)
	text := strings.Repeat("x", 400)
	lay := wrap(text, splitBlocks(text, "-"), ty, 200)
	if len(lay.lines) < 3 || lay.lines[len(lay.lines)-1].end != len(text) {
		t.Fatalf("a 400-letter word gave lines %+v", lay.lines)
	}
}

func TestSplitBlocksHeadings(t *testing.T) {
	text := "Kerry blames Russia\n\nFirst paragraph, with words.\nSecond line.\n\n\nThe Siege of Aleppo\n\nLast one."
	got := splitBlocks(text, "Kerry blames Russia")
	want := []blockStyle{styleTitle, styleBody, styleSubhead, styleBody}
	if len(got) != len(want) {
		t.Fatalf("blocks %+v", got)
	}
	for i, b := range got {
		if b.style != want[i] {
			t.Errorf("block %d %q: style %d, want %d", i, text[b.start:b.end], b.style, want[i])
		}
	}
}

// TestSplitBlocksSeedHeadings checks the headings found in the seeds: real
// section heads are set apart, credits and one-word lines are not.
func TestSplitBlocksSeedHeadings(t *testing.T) {
	cases := []struct {
		seed     string
		heads    []string
		notHeads []string
	}{
		{"001_496b24f0cfb8de73", []string{"‘Dumb bombs’ and more refugees"}, []string{"By DW"}},
		{"002_7cde9b3c88a5415a", []string{"Russia: We Will Continue Bombing", "White House: Options Being Considered"},
			[]string{"LATEST", "See Syria Daily, Sept 29: Kerry Warns Russia, But Moscow Keeps Bombing Aleppo"}},
		{"000_a652a7b09379949b", nil, []string{"Photo by: Reuters\nPhoto by: Reuters"}},
	}
	for _, c := range cases {
		b, err := os.ReadFile("../../assets/samples/" + c.seed + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		style := map[string]blockStyle{}
		for _, bl := range splitBlocks(text, "") {
			style[text[bl.start:bl.end]] = bl.style
		}
		for _, h := range c.heads {
			if s, ok := style[h]; !ok || s != styleSubhead {
				t.Errorf("seed %s: %q is not a heading (found %v, style %d)", c.seed, h, ok, s)
			}
		}
		for _, h := range c.notHeads {
			if s, ok := style[h]; !ok || s != styleBody {
				t.Errorf("seed %s: %q is not body text (found %v, style %d)", c.seed, h, ok, s)
			}
		}
	}
}

// bgRects returns the visible background rectangles of kind k.
func bgRects(v *View, k highlight.Kind) []*canvas.Rectangle {
	want := v.r.colors.bg[k]
	var out []*canvas.Rectangle
	for _, o := range v.r.Objects() {
		if r, ok := o.(*canvas.Rectangle); ok && r.Visible() && r.FillColor == want {
			out = append(out, r)
		}
	}
	return out
}

func TestSpanRectanglesCoverTheirText(t *testing.T) {
	v, _ := newTestView(t)
	first, last := v.r.visibleLines()
	checked := 0
	for i := first; i <= last; i++ {
		ln := v.lay.lines[i]
		m := v.typo.fonts[ln.style]
		top := v.r.lineTop(i)
		for _, k := range highlight.Kinds {
			for _, sp := range spansOn(v.byKind[k], ln) {
				x1 := v.columnX() + xAt(v.text, ln, m, sp.Start)
				x2 := v.columnX() + xAt(v.text, ln, m, sp.End)
				if !coveredBy(bgRects(v, k), x1, x2, top+v.textTop(ln)+m.height/2) {
					t.Errorf("%s %q on line %d: no background over x %.0f–%.0f", k, sp.Text(v.text), i, x1, x2)
				}
				checked++
			}
		}
	}
	if checked < 5 {
		t.Fatalf("only %d span pieces in view", checked)
	}
}

func coveredBy(rects []*canvas.Rectangle, x1, x2, y float32) bool {
	for _, r := range rects {
		p, s := r.Position(), r.Size()
		if p.X <= x1+0.5 && p.X+s.Width >= x2-0.5 && p.Y <= y && p.Y+s.Height >= y {
			return true
		}
	}
	return false
}

func TestToggleHidesKind(t *testing.T) {
	v, _ := newTestView(t)
	if len(bgRects(v, highlight.Actor)) == 0 {
		t.Fatal("no actor backgrounds to start with")
	}
	v.SetKindVisible(highlight.Actor, false)
	if n := len(bgRects(v, highlight.Actor)); n != 0 {
		t.Errorf("%d actor backgrounds drawn while actors are hidden", n)
	}
	if len(bgRects(v, highlight.Quote)) == 0 {
		t.Error("hiding actors hid quotes too")
	}
	v.SetKindVisible(highlight.Actor, true)
	if len(bgRects(v, highlight.Actor)) == 0 {
		t.Error("actors did not come back")
	}
}

// posOf returns the view position of the middle of byte offset off.
func posOf(v *View, off int) fyne.Position {
	i := v.lay.lineOf(off)
	ln := v.lay.lines[i]
	m := v.typo.fonts[ln.style]
	x := v.columnX() + xAt(v.text, ln, m, off) + 2
	return fyne.NewPos(x, v.r.lineTop(i)+v.typo.lineH[ln.style]/2)
}

func TestClickShowsDetail(t *testing.T) {
	v, _ := newTestView(t)
	var got []highlight.Span
	v.OnDetail = func(s []highlight.Span) { got = s }
	moscow := strings.Index(v.text, "Moscow")
	test.TapAt(v, posOf(v, moscow+1))
	if len(got) != 1 || got[0].Actor != "Russia" {
		t.Fatalf("clicking Moscow showed %+v", got)
	}
	d := Describe(v.text, got[0]).String()
	if !strings.Contains(d, "Actor: Russia") || !strings.Contains(d, "Type: place") {
		t.Errorf("detail reads %q", d)
	}
}

func TestDescribeLoadedInQuote(t *testing.T) {
	text := seedText(t)
	for _, s := range handSpans(t, text) {
		if s.Kind == highlight.Loaded && s.InQuote {
			d := Describe(text, s).String()
			for _, want := range []string{"dumb bombs", "Neutral: unguided bombs", "inside a quote", "Why: slang"} {
				if !strings.Contains(d, want) {
					t.Errorf("detail %q lacks %q", d, want)
				}
			}
		}
	}
}

func TestKeyboardScrolls(t *testing.T) {
	v, _ := newTestView(t)
	steps := []struct {
		key  fyne.KeyName
		want func(before float32) bool
	}{
		{fyne.KeyDown, func(b float32) bool { return v.offset > b }},
		{fyne.KeyPageDown, func(b float32) bool { return v.offset > b+300 }},
		{fyne.KeyUp, func(b float32) bool { return v.offset < b }},
		{fyne.KeyEnd, func(float32) bool { return v.offset == v.maxOffset() && v.offset > 0 }},
		{fyne.KeyPageUp, func(b float32) bool { return v.offset < b-300 }},
		{fyne.KeyHome, func(float32) bool { return v.offset == 0 }},
		{fyne.KeySpace, func(b float32) bool { return v.offset > b+300 }},
	}
	for _, s := range steps {
		before := v.offset
		v.TypedKey(&fyne.KeyEvent{Name: s.key})
		if !s.want(before) {
			t.Errorf("%s: offset %.0f → %.0f", s.key, before, v.offset)
		}
	}
}

func TestDragSelectsAndCopies(t *testing.T) {
	v, _ := newTestView(t)
	start := strings.Index(v.text, "United States Secretary")
	end := start + len("United States Secretary")
	from, to := posOf(v, start), posOf(v, end)
	from.X -= 2 // posOf aims inside the rune
	to.X -= 2
	// As the desktop driver does: press, then drag events whose Position
	// is the pointer and Dragged the move since the last event.
	v.MouseDown(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: from}, Button: desktop.MouseButtonPrimary})
	mid := fyne.NewPos((from.X+to.X)/2, (from.Y+to.Y)/2)
	v.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: mid}, Dragged: fyne.NewDelta(mid.X-from.X, mid.Y-from.Y)})
	v.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: to}, Dragged: fyne.NewDelta(to.X-mid.X, to.Y-mid.Y)})
	v.DragEnd()
	if got := v.SelectedText(); got != "United States Secretary" {
		t.Fatalf("dragging selected %q", got)
	}
	v.TypedShortcut(&fyne.ShortcutCopy{})
	if got := fyne.CurrentApp().Clipboard().Content(); got != "United States Secretary" {
		t.Errorf("clipboard holds %q", got)
	}
	if len(v.r.sel.objects()) == 0 {
		t.Error("the selection is not drawn")
	}
}

func TestNextHighlight(t *testing.T) {
	v, _ := newTestView(t)
	var prev highlight.Span
	for i := range len(v.spans) {
		s, ok := v.NextHighlight()
		if !ok {
			t.Fatalf("next %d: none", i)
		}
		if i > 0 && s.Start < prev.Start {
			t.Errorf("next went back from %d to %d", prev.Start, s.Start)
		}
		if ms, me := v.Marked(); ms != s.Start || me != s.End {
			t.Errorf("marked %d–%d, want %d–%d", ms, me, s.Start, s.End)
		}
		prev = s
	}
	if _, ok := v.NextHighlight(); ok {
		t.Error("next past the last highlight")
	}
	if v.offset == 0 {
		t.Error("going to the last highlight (260,000, near the end) did not scroll")
	}
	if s, _ := v.PreviousHighlight(); s.Start >= prev.Start {
		t.Errorf("previous gave %q", s.Text(v.text))
	}
}

func TestNextSkipsHiddenKinds(t *testing.T) {
	v, _ := newTestView(t)
	v.SetKindVisible(highlight.Quote, false)
	v.SetKindVisible(highlight.Actor, false)
	for s, ok := v.NextHighlight(); ok; s, ok = v.NextHighlight() {
		if s.Kind == highlight.Quote || s.Kind == highlight.Actor {
			t.Fatalf("navigated to hidden %s %q", s.Kind, s.Text(v.text))
		}
	}
}

func TestBadSpansAreDropped(t *testing.T) {
	newApp(t)
	v := NewView()
	v.SetDocument("", "short text", []highlight.Span{{Start: 3, End: 99}, {Start: -1, End: 2}, {Start: 4, End: 4}, {Start: 0, End: 5}})
	if len(v.spans) != 1 {
		t.Fatalf("kept %+v", v.spans)
	}
}

func TestThemeColours(t *testing.T) {
	th := NewTheme(theme.DefaultTheme())
	for _, k := range highlight.Kinds {
		light := th.Color(BackgroundName(k), theme.VariantLight)
		dark := th.Color(BackgroundName(k), theme.VariantDark)
		if light == dark || light == color.Transparent {
			t.Errorf("%s: light %v dark %v", k, light, dark)
		}
	}
}

func TestIndentIsNotDrawn(t *testing.T) {
	newApp(t)
	text := "Title\n\n   A video grab made on October 15.\n\tTabbed."
	lay := wrap(text, splitBlocks(text, "Title"), newTypography(17), 600)
	for _, ln := range lay.lines[1:] {
		if s := text[ln.start:ln.end]; strings.TrimSpace(s) != s {
			t.Errorf("line %q keeps its indent", s)
		}
	}
}

func TestDoubleTapSelectsWord(t *testing.T) {
	v, _ := newTestView(t)
	off := strings.Index(v.text, "bombardment")
	test.DoubleTap(v) // at the origin: a margin, selects nothing harmful
	v.DoubleTapped(&fyne.PointEvent{Position: posOf(v, off+3)})
	if got := v.SelectedText(); got != "bombardment" {
		t.Errorf("double-click selected %q", got)
	}
}

func TestRightClickOffersCopy(t *testing.T) {
	v, w := newTestView(t)
	v.Select(0, 5)
	v.TappedSecondary(&fyne.PointEvent{Position: fyne.NewPos(100, 100), AbsolutePosition: fyne.NewPos(100, 100)})
	if w.Canvas().Overlays().Top() == nil {
		t.Fatal("no menu")
	}
}

func TestShowOffsetBeforeLayout(t *testing.T) {
	newApp(t)
	v := NewView()
	v.MarkFor = 0
	text := seedText(t)
	v.SetDocument("", text, handSpans(t, text))
	end := strings.Index(text, "260,000")
	v.MarkRange(end, end+len("260,000")) // not yet in a window: no size
	w := test.NewWindow(v)
	defer w.Close()
	w.Resize(fyne.NewSize(800, 600))
	if v.offset == 0 {
		t.Fatal("a range marked before the first layout was not scrolled to")
	}
	seen := map[fyne.CanvasObject]int{}
	for _, o := range v.r.Objects() {
		if seen[o]++; seen[o] > 1 {
			t.Fatalf("%T drawn twice", o)
		}
	}
}

func TestTabsDrawnAsMeasured(t *testing.T) {
	newApp(t)
	v := NewView()
	v.SetDocument("", "Name:\tJohn Kerry\tSecretary of State", nil)
	w := test.NewWindow(v)
	defer w.Close()
	w.Resize(fyne.NewSize(800, 300))
	for _, o := range v.r.Objects() {
		if txt, ok := o.(*canvas.Text); ok && strings.ContainsRune(txt.Text, '\t') {
			t.Errorf("a tab reaches the renderer in %q", txt.Text)
		}
	}
}

// TestHeaderAboveText checks that the header is drawn above the first
// line, which moves down to make room, cut short in a narrow view, and
// gone after the next document.
func TestHeaderAboveText(t *testing.T) {
	v, w := newTestView(t)
	top := v.lay.lines[0].y
	v.SetHeader("Unknown outlet · 5 February 2016")
	if got := v.lay.lines[0].y; got <= top || v.r.head.Text != v.Header() {
		t.Fatalf("with a header the first line is at %.0f (was %.0f), header drawn %q", got, top, v.r.head.Text)
	}
	if hy, ly := v.r.head.Position().Y, v.r.lineTop(0); hy >= ly {
		t.Errorf("header at y %.0f is not above the first line at %.0f", hy, ly)
	}
	w.Resize(fyne.NewSize(240, 600))
	v.Refresh()
	if s := v.r.head.Text; !strings.HasSuffix(s, "…") || v.r.head.Size().Width > v.lay.width {
		t.Errorf("in a narrow view the header is %q, %.0f wide in a %.0f column", s, v.r.head.Size().Width, v.lay.width)
	}
	v.SetDocument("", seedText(t), nil)
	if v.Header() != "" || slices.Contains(v.r.Objects(), fyne.CanvasObject(v.r.head)) {
		t.Error("a new document kept the old header")
	}
}
