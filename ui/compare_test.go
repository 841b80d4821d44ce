package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"slant/app"
	"slant/app/compare"
	"slant/highlight"
	"slant/ui/articleview"
)

// seedDocs returns the analysed sample articles, in file order.
func seedDocs(t testing.TB) []*app.Document {
	t.Helper()
	docs, err := app.Samples()
	if err != nil || len(docs) != 5 {
		t.Fatalf("samples: %d, %v", len(docs), err)
	}
	return docs
}

// newTestCompare shows the comparison of seeds a and b in a test window.
func newTestCompare(t *testing.T, a, b int) (*compareView, fyne.Window) {
	t.Helper()
	fa := test.NewTempApp(t)
	fa.Settings().SetTheme(articleview.NewTheme(theme.DefaultTheme()))
	docs := seedDocs(t)
	w := fa.NewWindow("compare")
	t.Cleanup(w.Close)
	cv := showComparison(w, docs[a], docs[b])
	w.Resize(fyne.NewSize(1400, 900))
	return cv, w
}

// objectsOf returns the objects of type T laid out under o.
func objectsOf[T fyne.CanvasObject](o fyne.CanvasObject) []T {
	var out []T
	for _, x := range test.LaidOutObjects(o) {
		if v, ok := x.(T); ok {
			out = append(out, v)
		}
	}
	return out
}

// labelTexts returns the texts of the labels under o.
func labelTexts(o fyne.CanvasObject) []string {
	var out []string
	for _, l := range objectsOf[*widget.Label](o) {
		out = append(out, l.Text)
	}
	return out
}

func TestCompareShowsAlteredQuoteDiff(t *testing.T) {
	cv, _ := newTestCompare(t, 0, 1)
	var card *quoteCard
	for i, c := range cv.panel.cards {
		if c.m.Status == compare.Altered {
			card = &cv.panel.cards[i]
			break
		}
	}
	if card == nil {
		t.Fatal("no altered quote in the Quotes tab of 000 against 001")
	}
	if cv.panel.cards[0].m.Status != compare.Altered {
		t.Errorf("first card is %s, want the altered quote first", cv.panel.cards[0].m.Status)
	}
	blocks := objectsOf[*articleview.Block](card.o)
	if len(blocks) == 0 {
		t.Fatal("the altered quote shows no diff")
	}
	diff := blocks[0]
	if !strings.Contains(diff.Text(), "The Russians have made some constructive ideas") {
		t.Errorf("diff text %.80q", diff.Text())
	}
	moved := map[markStyle]string{}
	for _, m := range diff.Marks() {
		for s := range markLooks {
			if markStyle(s).mark(m.Start, m.End) == m {
				moved[markStyle(s)] = diff.Text()[m.Start:m.End]
			}
		}
	}
	if moved[markMovedFrom] != "could" || moved[markMoved] != "could" {
		t.Errorf("moved words %q → %q, want could → could", moved[markMovedFrom], moved[markMoved])
	}
	// A's order reads "ceasefire could in fact", B's "in fact could".
	if !strings.Contains(diff.Text(), "ceasefire could in fact could be implemented") {
		t.Errorf("diff reads %q", diff.Text())
	}
	if !hasText(card.o, "ALTERED") {
		t.Error("the altered quote's card has no ALTERED tag")
	}
}

// hasText reports whether a text drawn under o reads s.
func hasText(o fyne.CanvasObject, s string) bool {
	for _, t := range objectsOf[*canvas.Text](o) {
		if t.Text == s {
			return true
		}
	}
	return false
}

func TestCompareShowsFigureDisagreement(t *testing.T) {
	cv, _ := newTestCompare(t, 1, 3)
	cv.panel.tabs.SelectIndex(1)
	figures := cv.panel.tabs.Items[1]
	if !strings.HasPrefix(figures.Text, "Figures (") || figures.Text == "Figures (0)" {
		t.Errorf("figures tab %q", figures.Text)
	}
	found := false
	for _, s := range labelTexts(figures.Content) {
		if strings.Contains(s, "40,000") && strings.Contains(s, "70,000") && strings.Contains(s, "vs") {
			found = true
		}
	}
	if !found {
		t.Errorf("no 40,000 vs 70,000 in the Figures tab: %q", labelTexts(figures.Content))
	}
	if !hasText(figures.Content, "DISAGREE") {
		t.Error("the disagreement is not tagged DISAGREE")
	}
}

func TestCompareSaysDifferentEvents(t *testing.T) {
	cv, w := newTestCompare(t, 2, 4)
	if cv.rows != nil || cv.views[0] == nil || cv.views[1] == nil {
		t.Fatal("different events should show two articles, not aligned rows")
	}
	found := false
	for _, s := range labelTexts(w.Content()) {
		if strings.Contains(s, "DIFFERENT EVENTS") && strings.Contains(s, "without aligning") {
			found = true
		}
	}
	if !found {
		t.Errorf("no plain different-events message in %q", labelTexts(w.Content()))
	}
	if !strings.HasPrefix(cv.views[1].Text(), seedDocs(t)[4].Text[:40]) {
		t.Error("B's column does not show document 004")
	}
}

func TestCompareMarksOnlyInOne(t *testing.T) {
	cv, w := newTestCompare(t, 0, 1)
	notes := 0
	for _, s := range labelTexts(w.Content()) {
		if s == "— not in B —" || s == "— not in A —" {
			notes++
		}
	}
	if notes == 0 {
		t.Error("no row says a passage is only in one account")
	}
	n := cv.passageCounts()
	if n[passageLevel] == 0 || n[int(passageOnly)+2] == 0 || n[int(passageOnly)+3] == 0 {
		t.Errorf("passage counts %v", n)
	}
}

// visibleBlock returns the text block shown for side s holding off.
func visibleBlock(cv *compareView, s compare.Side, off int) *articleview.Block {
	for _, it := range objectsOf[*rowItem](cv.rows.list) {
		b := it.cells[s].block
		if start, end := b.Range(); it.Visible() && b.Visible() && start <= off && off < end {
			return b
		}
	}
	return nil
}

func TestClickQuoteShowsCounterpart(t *testing.T) {
	cv, _ := newTestCompare(t, 0, 1)
	res := cv.res
	// A quote of A whose version in B stands in a row far below.
	var m compare.QuoteMatch
	for _, q := range res.Quotes {
		if q.A >= 0 && q.B >= 0 && cv.rows.rowAt(compare.SideB, q.SharedB.Start)-cv.rows.rowAt(compare.SideA, res.QuotesA[q.A].Start) >= 3 {
			m = q
			break
		}
	}
	if m.Status == "" {
		t.Fatal("no quote of 000 whose counterpart in 001 is three rows away")
	}
	off := res.QuotesA[m.A].Start + 3
	cv.rows.list.ScrollToOffset(0)
	cv.rows.showRow(cv.rows.rowAt(compare.SideA, off))
	block := visibleBlock(cv, compare.SideA, off)
	if block == nil {
		t.Fatal("the quote's row is not shown")
	}
	if visibleBlock(cv, compare.SideB, m.SharedB.Start) != nil {
		t.Fatal("the counterpart is in view before the click; pick another quote")
	}
	test.TapAt(block, block.PointOf(off))
	other := visibleBlock(cv, compare.SideB, m.SharedB.Start)
	if other == nil {
		t.Fatal("clicking the quote in A did not bring B's version into view")
	}
	want := markOutline.mark(m.SharedB.Start, m.SharedB.End)
	if got := other.Marks(); len(got) != 1 || got[0] != want {
		t.Errorf("B's version marked %v, want %v", got, want)
	}
	if !strings.HasPrefix(cv.status.Text, "Quote ") {
		t.Errorf("status %q", cv.status.Text)
	}
}

func TestClickOnlyInOneSaysSo(t *testing.T) {
	cv, _ := newTestCompare(t, 0, 1)
	for p, ps := range cv.res.PassagesA {
		if ps.Pair < 0 && !strings.Contains(cv.docs[0].Text[ps.Start:ps.End], "\"") {
			cv.tapped(compare.SideA, ps.Start)
			if !strings.HasPrefix(cv.status.Text, "Only A tells this") {
				t.Errorf("clicking passage %d: status %q", p, cv.status.Text)
			}
			return
		}
	}
	t.Fatal("no passage only in A")
}

func TestLegendHidesKindInBothColumns(t *testing.T) {
	cv, _ := newTestCompare(t, 0, 1)
	cv.legend.checks[0].SetChecked(false)
	shown := 0
	for _, it := range objectsOf[*rowItem](cv.rows.list) {
		for _, c := range it.cells {
			if !it.Visible() || !c.block.Visible() {
				continue
			}
			shown++
			if c.block.KindVisible(highlight.Quote) {
				t.Fatal("quotes still shown after the legend hid them")
			}
		}
	}
	if shown == 0 {
		t.Fatal("no passage in view")
	}
}

// TestCompareRowCopiesQuote checks that a teacher can select a quotation
// in a row by dragging and copy it.
func TestCompareRowCopiesQuote(t *testing.T) {
	cv, _ := newTestCompare(t, 0, 1)
	text := cv.docs[0].Text
	want := `"This has to stop,"`
	start := strings.Index(text, want)
	cv.rows.showRow(cv.rows.rowAt(compare.SideA, start))
	b := visibleBlock(cv, compare.SideA, start)
	if b == nil {
		t.Fatal("the quote's row is not shown")
	}
	from, to := b.PointOf(start), b.PointOf(start+len(want))
	from.X -= 2
	to.X -= 2
	b.MouseDown(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: from}, Button: desktop.MouseButtonPrimary})
	b.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: to}, Dragged: fyne.NewDelta(to.X-from.X, to.Y-from.Y)})
	b.DragEnd()
	b.TypedShortcut(&fyne.ShortcutCopy{})
	if got := fyne.CurrentApp().Clipboard().Content(); got != want {
		t.Errorf("copied %q, want %q", got, want)
	}
}

func BenchmarkOpenCompareView(b *testing.B) {
	fa := test.NewApp()
	fa.Settings().SetTheme(articleview.NewTheme(theme.DefaultTheme()))
	defer test.NewApp()
	docs := seedDocs(b)
	w := fa.NewWindow("bench")
	defer w.Close()
	w.Resize(fyne.NewSize(1400, 900))
	b.ReportAllocs()
	for b.Loop() {
		showComparison(w, docs[0], docs[1])
		test.LaidOutObjects(w.Content())
	}
}

// longDoc is seed n's text repeated to about words words, analysed.
func longDoc(b *testing.B, n, words int) *app.Document {
	b.Helper()
	seed := seedDocs(b)[n]
	var sb strings.Builder
	for sb.Len() < words*6 {
		sb.WriteString(seed.Text)
		sb.WriteString("\n\n")
	}
	d, err := app.LoadBytes(seed.Path, []byte(sb.String()))
	if err != nil {
		b.Fatal(err)
	}
	return d
}

func BenchmarkOpenCompareView10k(b *testing.B) {
	fa := test.NewApp()
	fa.Settings().SetTheme(articleview.NewTheme(theme.DefaultTheme()))
	defer test.NewApp()
	da, db := longDoc(b, 0, 10000), longDoc(b, 1, 10000)
	w := fa.NewWindow("bench")
	defer w.Close()
	w.Resize(fyne.NewSize(1400, 900))
	b.ReportAllocs()
	for b.Loop() {
		showComparison(w, da, db)
		test.LaidOutObjects(w.Content())
	}
}

// windowTitled returns the app's window whose title starts with prefix.
func windowTitled(prefix string) fyne.Window {
	for _, w := range fyne.CurrentApp().Driver().AllWindows() {
		if strings.HasPrefix(w.Title(), prefix) {
			return w
		}
	}
	return nil
}

func TestCompareSeveralOpensQuoteMatrix(t *testing.T) {
	r := newTestReader(t, t.TempDir())
	r.start(nil)
	es := r.lib.entries
	r.compareEntries([]*entry{es[0], es[1], es[3]})
	w := windowTitled("Slant — 3 accounts compared")
	if w == nil {
		t.Fatal("no matrix window for three accounts")
	}
	t.Cleanup(w.Close)
	var altered, kerry bool
	for _, x := range test.LaidOutObjects(w.Content()) {
		switch v := x.(type) {
		case *widget.Button:
			altered = altered || v.Text == "≠ altered"
		case *widget.Label:
			kerry = kerry || strings.Contains(v.Text, "ceasefire could in fact be implemented")
		}
	}
	if !altered || !kerry {
		t.Errorf("matrix lacks Kerry's ceasefire quote (%v) or an altered version (%v)", kerry, altered)
	}
}

func TestCompareWithKeepsReaderToggles(t *testing.T) {
	r := newTestReader(t, t.TempDir())
	r.start(nil)
	r.setKind(highlight.Actor, false)
	t.Cleanup(func() { r.setKind(highlight.Actor, true) })
	r.compareEntries([]*entry{r.lib.entries[0], r.lib.entries[1]})
	w := windowTitled("Slant — compare: A Kerry blames Russia")
	if w == nil {
		t.Fatal("no compare window for 000 and 001")
	}
	t.Cleanup(w.Close)
	legend := objectsOf[*widget.Check](w.Content())
	for _, c := range legend {
		if c.Text == app.StyleOf(highlight.Actor).Name && c.Checked {
			t.Error("the compare view shows actors the reader hid")
		}
	}
}

func TestCompareShowsParaphrase(t *testing.T) {
	cv, _ := newTestCompare(t, 1, 3)
	texts := strings.Join(labelTexts(cv.panel.quotes), "\n")
	for _, want := range []string{"Paraphrased (2)", "B states it as fact, attributed to no one.",
		"A reports it as indirect speech, without quotation marks, attributed to Kerry, and quotes it too, elsewhere.",
		"Said by the other account in its own words (listed at the end): 1 it never quotes, 1 it quotes too."} {
		if !strings.Contains(texts, want) {
			t.Errorf("the Quotes tab lacks %q:\n%s", want, texts)
		}
	}
	off := strings.Index(cv.docs[0].Text, "bombings by the Russian planes")
	p, ok := cv.res.ParaphraseAt(compare.SideA, off)
	if !ok {
		t.Fatal("001's Davutoglu quotation has no paraphrase in 003")
	}
	cv.tapped(compare.SideA, off)
	want := markOutline.mark(p.Sentence.Start, p.Sentence.End)
	if len(cv.marks[1]) != 1 || cv.marks[1][0] != want {
		t.Errorf("clicking Davutoglu's quotation outlined %v in B, want the sentence paraphrasing it %v", cv.marks[1], want)
	}
}

func TestCompareParaphraseAlsoQuotedNotCountedAsNotQuoted(t *testing.T) {
	cv, _ := newTestCompare(t, 0, 1)
	texts := strings.Join(labelTexts(cv.panel.quotes), "\n")
	for _, want := range []string{"0 it never quotes, 1 it quotes too", "Paraphrased (1)", "and quotes it too, elsewhere."} {
		if !strings.Contains(texts, want) {
			t.Errorf("000/001: DW both quotes and paraphrases Kerry; the Quotes tab lacks %q:\n%s", want, texts)
		}
	}
}
