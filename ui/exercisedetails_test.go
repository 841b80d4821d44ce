package ui

import (
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"slant/app/exercise"
	"slant/highlight"
)

// tapOnTop taps the button of the window's top overlay labelled label.
func tapOnTop(t *testing.T, w fyne.Window, label string) {
	t.Helper()
	b, ok := findOnTop(w, func(b *widget.Button) bool { return b.Text == label })
	if !ok {
		t.Fatalf("no %s button in %q", label, textsOn(w))
	}
	test.Tap(b)
}

// TestKeyEditorEditsDetailsAndReopens renames a saved exercise and takes
// figures out of it in the Details… dialog, is told how many key marks
// that drops, saves, and reopens the file: it has the new details, and
// the work a student saved before still opens and scores.
func TestKeyEditorEditsDetailsAndReopens(t *testing.T) {
	ex := kerryExercise(t) // quotes and figures; the key: 1 quote, 3 figures
	path := filepath.Join(t.TempDir(), "kerry"+exercise.ExerciseExt)
	if err := ex.Save(path); err != nil {
		t.Fatal(err)
	}
	work := exercise.NewWork(ex, "Ana")
	i := strings.Index(ex.Articles[0].Text, "This has to stop")
	_ = work.Put(ex, exercise.Mark{Start: i, End: i + len("This has to stop"), Kind: "quote"})
	if err := work.Save(exercise.WorkPath(path, "Ana")); err != nil {
		t.Fatal(err)
	}
	k := newKeyWindow(exerciseApp(t), ex, path, nil)
	k.win.Resize(fyne.NewSize(1180, 780))
	t.Cleanup(k.win.Close)

	details, ok := findIn(k.win.Content(), func(b *widget.Button) bool { return b.Text == "Details…" })
	if !ok {
		t.Fatal("the key editor has no Details… button")
	}
	test.Tap(details)
	title, ok := findOnTop(k.win, func(e *widget.Entry) bool { return e.Text == "Kerry on Syria" })
	if !ok {
		t.Fatalf("the details dialog does not hold the title: %q", textsOn(k.win))
	}
	title.SetText("Kerry and the ceasefire")
	figures, ok := findOnTop(k.win, func(c *widget.Check) bool { return c.Text == "Figures" })
	if !ok || !figures.Checked {
		t.Fatal("the details dialog does not show figures ticked")
	}
	figures.SetChecked(false)
	tapOnTop(t, k.win, "Apply")
	if !overlaySays(k.win, "drops 3 figures from the key") {
		t.Fatalf("no warning of the 3 figures dropped: %q", textsOn(k.win))
	}
	tapOnTop(t, k.win, "Yes")
	if !k.dirty || !strings.Contains(k.win.Title(), "Kerry and the ceasefire") || !strings.Contains(k.counts.Text, "The key: 1 quote.") {
		t.Fatalf("after the edit: dirty %v, title %q, counts %q", k.dirty, k.win.Title(), k.counts.Text)
	}

	k.save()
	back, err := exercise.LoadExercise(path)
	if err != nil {
		t.Fatal(err)
	}
	if back.Title != "Kerry and the ceasefire" || strings.Join(back.Kinds, ",") != "quote" || len(back.Articles[0].Key) != 1 {
		t.Errorf("reopened: %q, kinds %v, %d key marks", back.Title, back.Kinds, len(back.Articles[0].Key))
	}
	again, err := exercise.LoadWork(exercise.WorkPath(path, "Ana"), back)
	if err != nil {
		t.Fatalf("Ana's work no longer opens: %v", err)
	}
	if got := exercise.Score(back, again).Summary(); got != "You found 1 of 1 quotes." {
		t.Errorf("Ana's score: %q", got)
	}

	k.surface.layer.TypedShortcut(&fyne.ShortcutUndo{})
	if k.ex.Title != "Kerry on Syria" || !strings.Contains(k.counts.Text, "1 quote, 3 figures") {
		t.Errorf("undo did not bring back the details and the figures: %q, %q", k.ex.Title, k.counts.Text)
	}

	d := k.ex.Details()
	d.Kinds = append(d.Kinds, highlight.Actor)
	queued := queueDetails(t)
	k.applyDetails(d)
	runQueued(t, queued)
	if !regexp.MustCompile(`1 quote, 3 figures, [1-9]\d* actors\.`).MatchString(k.counts.Text) {
		t.Errorf("actors added: the key should start as Slant's actors: %q", k.counts.Text)
	}
	if _, ok := findIn(k.win.Content(), func(b *widget.Button) bool { return b.Text == "3  Actor" }); !ok {
		t.Error("actors added, but the key editor has no button to mark one")
	}
}

// findIn returns the first object laid out in o that ok accepts.
func findIn[T fyne.CanvasObject](o fyne.CanvasObject, ok func(T) bool) (T, bool) {
	for _, c := range test.LaidOutObjects(o) {
		if v, is := c.(T); is && ok(v) {
			return v, true
		}
	}
	var zero T
	return zero, false
}

// queueDetails makes the analysis of a change of details wait in the
// returned queue instead of running in the background.
func queueDetails(t *testing.T) *[]func() {
	t.Helper()
	var queued []func()
	was := detailsSpawn
	detailsSpawn = func(f func()) { queued = append(queued, f) }
	t.Cleanup(func() { detailsSpawn = was })
	return &queued
}

// runQueued runs the one job queued.
func runQueued(t *testing.T, queued *[]func()) {
	t.Helper()
	if len(*queued) != 1 {
		t.Fatalf("%d jobs queued, want the analysis", len(*queued))
	}
	(*queued)[0]()
	*queued = nil
}

// keyMarks counts the key's marks of kind k.
func keyMarks(ex *exercise.Exercise, k highlight.Kind) int {
	n := 0
	for _, a := range ex.Articles {
		for _, m := range a.Key {
			if m.Kind == k.String() {
				n++
			}
		}
	}
	return n
}

// TestAddedKindIsHighlightedInTheBackground adds actors to the Kerry
// exercise: the details change at once, the analysis runs off the main
// goroutine (here: when the queue runs), and its highlights join the same
// undo step, whose message counts them.
func TestAddedKindIsHighlightedInTheBackground(t *testing.T) {
	queued := queueDetails(t)
	k := newKeyWindow(exerciseApp(t), kerryExercise(t), "", nil)
	t.Cleanup(k.win.Close)
	d := k.ex.Details()
	d.Kinds = append(d.Kinds, highlight.Actor)
	k.setDetails(d)
	if !k.ex.Asks(highlight.Actor) || len(*queued) != 1 {
		t.Fatalf("actors asked %v; %d jobs queued, want the analysis", k.ex.Asks(highlight.Actor), len(*queued))
	}
	if n := keyMarks(k.ex, highlight.Actor); n != 0 {
		t.Fatalf("%d actors in the key before the analysis ran: it ran on the main goroutine", n)
	}
	runQueued(t, queued)
	n := keyMarks(k.ex, highlight.Actor)
	if n == 0 {
		t.Fatal("no actors added to the key (Kerry, Russia and Syria are named)")
	}
	if want := "Added Slant's " + strconv.Itoa(n) + " highlights"; !strings.Contains(k.status.Text, want) {
		t.Errorf("status %q, want it to say %q", k.status.Text, want)
	}
	k.undo()
	if k.ex.Asks(highlight.Actor) || keyMarks(k.ex, highlight.Actor) != 0 || keyMarks(k.ex, highlight.Figure) != 3 {
		t.Errorf("one undo leaves actors asked %v, %d actor and %d figure marks; want the details and key as before",
			k.ex.Asks(highlight.Actor), keyMarks(k.ex, highlight.Actor), keyMarks(k.ex, highlight.Figure))
	}
}

// TestHighlightsAfterAnotherChangeAreTheirOwnStep checks that when the
// teacher changes the key while the analysis runs, the highlights come
// as a step of their own: one undo takes back them alone, the next the
// other change, the third the details.
func TestHighlightsAfterAnotherChangeAreTheirOwnStep(t *testing.T) {
	queued := queueDetails(t)
	k := newKeyWindow(exerciseApp(t), kerryExercise(t), "", nil)
	t.Cleanup(k.win.Close)
	d := k.ex.Details()
	d.Kinds = append(d.Kinds, highlight.Actor)
	k.setDetails(d)
	k.remember() // a change of the key meanwhile: a figure taken out
	a := &k.ex.Articles[0]
	i := slices.IndexFunc(a.Key, func(m exercise.Mark) bool { return m.Kind == "figure" })
	a.Key = slices.Delete(slices.Clone(a.Key), i, i+1)
	runQueued(t, queued)
	if keyMarks(k.ex, highlight.Actor) == 0 || keyMarks(k.ex, highlight.Figure) != 2 {
		t.Fatalf("%d actors, %d figures; want actors added, 2 figures", keyMarks(k.ex, highlight.Actor), keyMarks(k.ex, highlight.Figure))
	}
	for i, want := range []struct {
		actors, figures int
		asked           bool
	}{{0, 2, true}, {0, 3, true}, {0, 3, false}} {
		k.undo()
		if got, f, asked := keyMarks(k.ex, highlight.Actor), keyMarks(k.ex, highlight.Figure), k.ex.Asks(highlight.Actor); got != want.actors || f != want.figures || asked != want.asked {
			t.Errorf("undo %d: %d actors, %d figures, actors asked %v; want %d, %d, %v", i+1, got, f, asked, want.actors, want.figures, want.asked)
		}
	}
}
