package ui

import (
	"image/color"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"slant/app"
	"slant/app/exercise"
	"slant/assets"
	"slant/highlight"
	"slant/ui/articleview"
)

// kerryExercise is an exercise on seed 000 asking for quotes and figures,
// with a key set by hand: one quote, three figures.
func kerryExercise(t *testing.T) *exercise.Exercise {
	t.Helper()
	data, err := fs.ReadFile(assets.FS, "samples/000_a652a7b09379949b.txt")
	if err != nil {
		t.Fatal(err)
	}
	d, err := app.LoadBytes("samples/000_a652a7b09379949b.txt", data)
	if err != nil {
		t.Fatal(err)
	}
	d.Spans = nil
	ex := exercise.New("Kerry on Syria", "Find the quotes and the figures.",
		[]highlight.Kind{highlight.Quote, highlight.Figure}, d)
	for _, s := range []struct{ text, kind string }{
		{`"This has to stop,"`, "quote"}, {"260,000", "figure"}, {"100 sorties", "figure"}, {"Feb. 25", "figure"},
	} {
		i := strings.Index(d.Text, s.text)
		if err := ex.AddKey(exercise.Mark{Start: i, End: i + len(s.text), Kind: s.kind}); err != nil {
			t.Fatal(err)
		}
	}
	return ex
}

// exerciseApp is a test app with Slant's theme.
func exerciseApp(t *testing.T) fyne.App {
	a := test.NewTempApp(t)
	a.Settings().SetTheme(articleview.NewTheme(theme.DefaultTheme()))
	return a
}

// openWork opens a work window on ex for Ana, saving into a temporary
// folder.
func openWork(t *testing.T, ex *exercise.Exercise) *workWindow {
	t.Helper()
	path := filepath.Join(t.TempDir(), "kerry.Ana"+exercise.WorkExt)
	w := newWorkWindow(exerciseApp(t), ex, exercise.NewWork(ex, "Ana"), path)
	w.win.Resize(fyne.NewSize(1180, 780))
	t.Cleanup(w.win.Close)
	return w
}

// selectText selects the first occurrence of s in the shown article.
func selectText(t *testing.T, s *markSurface, text string) {
	t.Helper()
	i := strings.Index(s.view.Text(), text)
	if i < 0 {
		t.Fatalf("%q not in the article", text)
	}
	s.view.Select(i, i+len(text))
}

// spanTexts lists the text of each span the view shows, as kind:text.
func spanTexts(v *articleview.View) []string {
	var out []string
	for _, s := range v.Spans() {
		out = append(out, s.Kind.String()+":"+v.Text()[s.Start:s.End])
	}
	return out
}

func TestWorkMarksWithKeysOneToFourAndUndoes(t *testing.T) {
	ex := kerryExercise(t)
	w := openWork(t, ex)
	if len(w.surface.view.Spans()) != 0 {
		t.Fatalf("the student's article shows highlights: %v", spanTexts(w.surface.view))
	}
	selectText(t, w.surface, " 260,000 ") // blanks at the ends are left out
	test.Type(w.surface.layer, "2")
	selectText(t, w.surface, `"This has to stop,"`)
	w.note.SetText("Kerry, at the press conference")
	test.Type(w.surface.layer, "1")
	got := strings.Join(spanTexts(w.surface.view), " | ")
	if got != `quote:"This has to stop," | figure:260,000` {
		t.Fatalf("marks on the text: %s", got)
	}
	if w.work.Marks[0].Note != "Kerry, at the press conference" || w.note.Text != "" {
		t.Errorf("the note did not go with the mark: %+v", w.work.Marks)
	}
	selectText(t, w.surface, "Russia")
	test.Type(w.surface.layer, "3") // actors: not asked for
	if len(w.work.Marks) != 2 || !strings.Contains(w.status.Text, "does not ask for actors") {
		t.Errorf("key 3 in a quotes-and-figures exercise: %d marks, status %q", len(w.work.Marks), w.status.Text)
	}
	w.surface.layer.TypedShortcut(&fyne.ShortcutUndo{})
	if got := spanTexts(w.surface.view); len(got) != 1 || got[0] != "figure:260,000" {
		t.Errorf("after Ctrl+Z the text shows %v", got)
	}
	if w.tally.Text != "Your marks so far: 0 quotes, 1 figure." {
		t.Errorf("tally %q", w.tally.Text)
	}
}

func TestWorkSavesItselfAndReopens(t *testing.T) {
	ex := kerryExercise(t)
	w := openWork(t, ex)
	selectText(t, w.surface, "100 sorties")
	test.Type(w.surface.layer, "2")
	// No flush: the mark is on disk as soon as the key press is handled.
	back, err := exercise.LoadOrNewWork(w.saver.Path(), ex, "Ana")
	if err != nil || len(back.Marks) != 1 || back.Marks[0].Kind != "figure" {
		t.Fatalf("the saved work: %v %+v", err, back)
	}
	if !strings.HasSuffix(w.status.Text, "Saved.") {
		t.Errorf("status %q does not say the mark is saved", w.status.Text)
	}
}

func TestMarkingKeepsTheScrollPosition(t *testing.T) {
	w := openWork(t, kerryExercise(t))
	w.surface.view.ScrollTo(200)
	if w.surface.view.ScrollOffset() != 200 {
		t.Skip("the view is not laid out in the test window")
	}
	selectText(t, w.surface, "Feb. 25")
	test.Type(w.surface.layer, "2")
	if got := w.surface.view.ScrollOffset(); got != 200 {
		t.Errorf("marking scrolled the article to %v", got)
	}
}

func TestDeleteRemovesTheClickedMark(t *testing.T) {
	w := openWork(t, kerryExercise(t))
	selectText(t, w.surface, "Feb. 25")
	test.Type(w.surface.layer, "2")
	w.surface.clicking = true // as a click on the mark reports it
	w.surface.detail(w.surface.view.Spans())
	w.surface.clicking = false
	if !strings.Contains(w.detail.Text, "Your mark: a figure") {
		t.Errorf("detail after clicking the mark: %q", w.detail.Text)
	}
	w.surface.layer.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDelete})
	if len(w.work.Marks) != 0 || len(w.surface.view.Spans()) != 0 {
		t.Errorf("Delete left %+v", w.work.Marks)
	}
	w.surface.layer.TypedShortcut(&fyne.ShortcutUndo{})
	if len(w.work.Marks) != 1 {
		t.Error("Ctrl+Z did not bring the removed mark back")
	}
}

func TestRevealInWordsAndOnTheText(t *testing.T) {
	ex := kerryExercise(t)
	w := openWork(t, ex)
	for _, m := range []struct{ text, key string }{{"This has to stop", "1"}, {"260,000 people", "2"}, {"Feb. 5, 2016", "2"}} {
		selectText(t, w.surface, m.text)
		test.Type(w.surface.layer, m.key)
	}
	w.toggleReveal()
	want := "You found 1 of 1 quotes.\nYou found 1 of 3 figures. 1 of your marks was not one of the figures in the key."
	if w.tally.Text != want {
		t.Errorf("reveal says\n%s\nwant\n%s", w.tally.Text, want)
	}
	byText := map[string]highlight.Kind{}
	for _, s := range w.surface.view.Spans() {
		byText[w.surface.view.Text()[s.Start:s.End]] = s.Kind
	}
	for text, o := range map[string]exercise.Outcome{`"This has to stop,"`: exercise.Found, "260,000": exercise.Found,
		"100 sorties": exercise.Missed, "Feb. 25": exercise.Missed, "Feb. 5, 2016": exercise.Extra} {
		if k, ok := byText[text]; !ok || k != outcomeSlot[o] {
			t.Errorf("%q shown in slot %v (present %v), want %s", text, k, ok, outcomeLooks[o].name)
		}
	}
	if got := w.legend.labels[exercise.Missed].Text; got != "Missed 2 (dotted line)" {
		t.Errorf("legend reads %q", got)
	}
	found := w.theme.Color(articleview.BackgroundName(highlight.Quote), theme.VariantLight)
	if found != color.Color(outcomeLooks[exercise.Found].light) {
		t.Errorf("found marks are drawn in %v", found)
	}
	missed := w.surface.view.Spans()[0]
	for _, s := range w.surface.view.Spans() {
		if w.surface.view.Text()[s.Start:s.End] == "100 sorties" {
			missed = s
		}
	}
	w.describe([]highlight.Span{missed})
	if w.detail.Text != "Missed: a figure in the key — “100 sorties”" {
		t.Errorf("pointing at a missed figure says %q", w.detail.Text)
	}
	selectText(t, w.surface, "Russia")
	test.Type(w.surface.layer, "1")
	if len(w.work.Marks) != 3 {
		t.Error("marking while the answers are shown changed the work")
	}
	w.toggleReveal()
	if w.theme.revealing || len(w.surface.view.Spans()) != 3 {
		t.Errorf("back to marking shows %v", spanTexts(w.surface.view))
	}
}

func TestRevealNamesTheKindTheKeyHasWhereAMarkIsExtra(t *testing.T) {
	ex := kerryExercise(t)
	w := openWork(t, ex)
	selectText(t, w.surface, "Feb. 25")
	test.Type(w.surface.layer, "1")
	w.toggleReveal()
	j := exercise.Score(ex, w.work).Marks
	var extra exercise.Judged
	for _, m := range j {
		if m.Outcome == exercise.Extra {
			extra = m
		}
	}
	if got := explain(ex, extra); got != "Extra: you marked a quote; the key has a figure here — “Feb. 25”" {
		t.Errorf("explain: %q", got)
	}
}

func TestKeyEditorAddsChangesRemovesAndUndoes(t *testing.T) {
	ex := kerryExercise(t)
	k := newKeyWindow(exerciseApp(t), ex, "", nil)
	k.win.Resize(fyne.NewSize(1180, 780))
	t.Cleanup(k.win.Close)
	if n := len(k.surface.view.Spans()); n != 4 {
		t.Fatalf("the key editor shows %d marks, want the key's 4", n)
	}
	selectText(t, k.surface, "UN envoy Staffan de Mistura said")
	test.Type(k.surface.layer, "1")
	if len(ex.Articles[0].Key) != 5 || !strings.Contains(k.counts.Text, "2 quotes, 3 figures") {
		t.Fatalf("after adding a quote: %s", k.counts.Text)
	}
	var sorties highlight.Span
	for _, s := range k.surface.view.Spans() {
		if k.surface.view.Text()[s.Start:s.End] == "100 sorties" {
			sorties = s
		}
	}
	k.clicked([]highlight.Span{sorties})
	k.kindSel.SetSelected("Quote")
	if !strings.Contains(k.counts.Text, "3 quotes, 2 figures") {
		t.Errorf("after changing 100 sorties to a quote: %s", k.counts.Text)
	}
	sorties.Kind = highlight.Quote
	k.clicked([]highlight.Span{sorties})
	k.surface.layer.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDelete})
	if len(ex.Articles[0].Key) != 4 || !k.dirty {
		t.Errorf("after removing it the key has %d marks", len(ex.Articles[0].Key))
	}
	for range 3 {
		k.surface.layer.TypedShortcut(&fyne.ShortcutUndo{})
	}
	if !strings.Contains(k.counts.Text, "1 quote, 3 figures") {
		t.Errorf("three undos should restore the key: %s", k.counts.Text)
	}
	path := filepath.Join(t.TempDir(), "kerry"+exercise.ExerciseExt)
	k.saveTo(path)
	if back, err := exercise.LoadExercise(path); err != nil || len(back.Articles[0].Key) != 4 || k.dirty {
		t.Errorf("saved exercise: %v", err)
	}
}

func TestClassSummaryTableAndHardestKind(t *testing.T) {
	ex := kerryExercise(t)
	dir := t.TempDir()
	exPath := filepath.Join(dir, "kerry"+exercise.ExerciseExt)
	if err := ex.Save(exPath); err != nil {
		t.Fatal(err)
	}
	for name, texts := range map[string][]string{"Ana": {"This has to stop", "260,000"}, "Ben": {"This has to stop"}} {
		w := exercise.NewWork(ex, name)
		for _, s := range texts {
			i := strings.Index(ex.Articles[0].Text, s)
			kind := "figure"
			if strings.HasPrefix(s, "This") {
				kind = "quote"
			}
			_ = w.Put(ex, exercise.Mark{Start: i, End: i + len(s), Kind: kind})
		}
		if err := w.Save(exercise.WorkPath(exPath, name)); err != nil {
			t.Fatal(err)
		}
	}
	c := newClassWindow(exerciseApp(t), ex, exPath)
	t.Cleanup(c.win.Close)
	rows, cols := c.size()
	if rows != 4 || cols != 3 {
		t.Fatalf("table %d×%d, want 4×3", rows, cols)
	}
	for _, tt := range []struct {
		row, col int
		want     string
	}{{0, 1, "Quotes found"}, {1, 0, "Ana"}, {1, 2, "1 of 3"}, {2, 2, "0 of 3"}, {3, 0, "Whole class"}, {3, 1, "2 of 2"}} {
		if got := c.cellText(tt.row, tt.col); got != tt.want {
			t.Errorf("cell %d,%d = %q, want %q", tt.row, tt.col, got, tt.want)
		}
	}
	if !strings.HasPrefix(c.hardest.Text, "Hardest for this class: figures. Together the students found 17%") {
		t.Errorf("hardest: %q", c.hardest.Text)
	}
}

func TestExerciseFromTheReaderToTheStudent(t *testing.T) {
	r := newTestReader(t, t.TempDir())
	r.start(nil)
	f := r.exerciseForm(r.lib.entries[r.shown].doc)
	f.kinds[highlight.Actor].SetChecked(true)
	f.second.SetSelectedIndex(1)
	before := len(r.app.Driver().AllWindows())
	r.createExercise(f)
	wins := r.app.Driver().AllWindows()
	if len(wins) != before+1 || !strings.HasPrefix(wins[len(wins)-1].Title(), "Answer key — Kerry blames Russia") {
		t.Fatalf("creating an exercise opened no key editor (%d windows)", len(wins))
	}
	path := filepath.Join(t.TempDir(), "two"+exercise.ExerciseExt)
	ex := exercise.New("t", "i", f.chosenKinds(), r.lib.entries[0].doc, r.lib.entries[1].doc)
	if err := ex.Save(path); err != nil {
		t.Fatal(err)
	}
	w := r.startWork(ex, path, "Chloé")
	selectText(t, w.surface, "Kerry")
	test.Type(w.surface.layer, "3")
	w.win.Close()
	if _, err := os.Stat(filepath.Join(filepath.Dir(path), "two.Chloé"+exercise.WorkExt)); err != nil {
		t.Errorf("closing the window did not save the work: %v", err)
	}
	again := r.startWork(ex, path, "Chloé")
	if len(again.work.Marks) != 1 || !strings.Contains(again.status.Text, "Welcome back, Chloé: you have 1 mark already") {
		t.Errorf("reopened work: %d marks, status %q", len(again.work.Marks), again.status.Text)
	}
	again.win.Close()
}

func TestSnapWordsForgivesAnUnsteadyHand(t *testing.T) {
	text := `said exceeded 100 sorties on a single day. "This has to stop," he said`
	for _, tt := range []struct{ sel, want string }{
		{"100 sorties o", "100 sorties"},               // one letter of "on": left out
		{"0 sorties", "sorties"},                       // a third of "100": left out
		{"00 sorties", "100 sorties"},                  // two thirds of "100": taken
		{" 100 sorties on ", "100 sorties on"},         // blanks dropped
		{`"This has to stop,"`, `"This has to stop,"`}, // punctuation kept
		{"his has to sto", "This has to stop"},
		{"o", ""},
	} {
		i := strings.Index(text, tt.sel)
		s, e := snapWords(text, i, i+len(tt.sel))
		if got := text[s:max(s, e)]; got != tt.want {
			t.Errorf("selecting %q marks %q, want %q", tt.sel, got, tt.want)
		}
	}
}

func TestRevealExplainsAMarkTooShortForTheKey(t *testing.T) {
	ex := kerryExercise(t)
	w := openWork(t, ex)
	selectText(t, w.surface, "100")
	test.Type(w.surface.layer, "2")
	w.toggleReveal()
	for _, j := range exercise.Score(ex, w.work).Marks {
		if j.Outcome != exercise.Extra {
			continue
		}
		want := "Extra: your figure “100” overlaps one in the key, “100 sorties”, but covers less than half of it or reaches too far."
		if got := explain(ex, j); got != want {
			t.Errorf("explain:\n%s\nwant\n%s", got, want)
		}
		return
	}
	t.Error("“100” alone was not judged extra")
}

func TestOpeningAWorkFileReopensItsExercise(t *testing.T) {
	r := newTestReader(t, t.TempDir())
	ex := kerryExercise(t)
	exPath := filepath.Join(t.TempDir(), "kerry"+exercise.ExerciseExt)
	if err := ex.Save(exPath); err != nil {
		t.Fatal(err)
	}
	w := exercise.NewWork(ex, "Dan")
	_ = w.Put(ex, exercise.Mark{Start: 0, End: 5, Kind: "quote"})
	workPath := exercise.WorkPath(exPath, "Dan")
	if err := w.Save(workPath); err != nil {
		t.Fatal(err)
	}
	if !(suffixFilter(studentFiles)).Matches(storage.NewFileURI(workPath)) ||
		(suffixFilter(exerciseFiles)).Matches(storage.NewFileURI(workPath)) {
		t.Error("the open dialogs' filters do not tell work from exercises")
	}
	before := len(r.app.Driver().AllWindows())
	r.reopenWork(exPath, workPath)
	wins := r.app.Driver().AllWindows()
	if len(wins) != before+1 || wins[len(wins)-1].Title() != "Kerry on Syria — Dan" {
		t.Fatalf("reopening Dan's work opened %d windows", len(wins)-before)
	}
	wins[len(wins)-1].Close()
}

func TestEnterInTheNameDialogStartsTheWork(t *testing.T) {
	r := newTestReader(t, t.TempDir())
	var got string
	r.askStudent(func(name string) { got = name })
	name, ok := r.win.Canvas().Focused().(*widget.Entry)
	if !ok {
		t.Fatal("the name field does not have the focus")
	}
	test.Type(name, " Eve ")
	name.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if got != "Eve" || r.app.Preferences().String(studentPref) != "Eve" {
		t.Errorf("Enter started work for %q (remembered %q)", got, r.app.Preferences().String(studentPref))
	}
}
