package exercise

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"slant/highlight"
)

// TestEditedDetailsKeepStudentsWork changes an exercise's title,
// instructions and kinds after a student has worked on it: the saved file
// carries the new details, and the student's work still opens, shows the
// new title and scores against the new kinds.
func TestEditedDetailsKeepStudentsWork(t *testing.T) {
	ex := fixture(t) // quotes and figures: 1 quote, 3 figures in the key
	dir := t.TempDir()
	exPath := filepath.Join(dir, "kerry"+ExerciseExt)
	if err := ex.Save(exPath); err != nil {
		t.Fatal(err)
	}
	w := NewWork(ex, "Ana")
	_ = w.Put(ex, markText(t, ex, "This has to stop", "quote"))
	_ = w.Put(ex, markText(t, ex, "260,000", "figure"))
	workPath := WorkPath(exPath, "Ana")
	if err := w.Save(workPath); err != nil {
		t.Fatal(err)
	}

	if n := ex.Dropped([]highlight.Kind{highlight.Quote, highlight.Actor}); n[highlight.Figure] != 3 || n[highlight.Quote] != 0 {
		t.Errorf("taking figures out would drop %v, want the 3 figures", n)
	}
	dropped, err := ex.SetDetails(Details{Title: "  Kerry and the ceasefire ", Instructions: "Find the quotes.",
		Kinds: []highlight.Kind{highlight.Actor, highlight.Quote}})
	if err != nil || dropped != 3 {
		t.Fatalf("SetDetails: dropped %d, %v; want the 3 figures", dropped, err)
	}
	if err := ex.Save(exPath); err != nil {
		t.Fatal(err)
	}

	back, err := LoadExercise(exPath)
	if err != nil {
		t.Fatal(err)
	}
	if back.Title != "Kerry and the ceasefire" || back.Instructions != "Find the quotes." ||
		strings.Join(back.Kinds, ",") != "quote,actor" || len(back.Articles[0].Key) != 1 {
		t.Errorf("reloaded: %q %q %v, %d key marks", back.Title, back.Instructions, back.Kinds, len(back.Articles[0].Key))
	}
	work, err := LoadWork(workPath, back)
	if err != nil {
		t.Fatalf("the work made before the edit no longer opens: %v", err)
	}
	if work.Title != back.Title {
		t.Errorf("the work shows the old title %q", work.Title)
	}
	if got := Score(back, work).Summary(); got != "You found 1 of 1 quotes.\nYou found 0 of 0 actors." {
		t.Errorf("score after the edit: %q", got)
	}
	if found, errs := FindWork(dir, back); len(found) != 1 || len(errs) != 0 {
		t.Errorf("the class summary finds %v, %v", found, errs)
	}
	if got := back.Asked(work.Marks); len(got) != 1 || got[0].Kind != "quote" {
		t.Errorf("shown marks %v: want the quote only, the figure kept in the file", got)
	}
}

// TestChangingKindsKeepsTheIDOnlyThen checks that a file whose kinds never
// changed carries no pinned ID (older Slants read it alike), and that the
// ID, once pinned, survives further edits and a save.
func TestChangingKindsKeepsTheIDOnlyThen(t *testing.T) {
	ex := fixture(t)
	id := ex.ID()
	if _, err := ex.SetDetails(Details{Title: "New title", Kinds: []highlight.Kind{highlight.Figure, highlight.Quote}}); err != nil {
		t.Fatal(err)
	}
	if ex.PinnedID != "" || ex.ID() != id {
		t.Errorf("a new title alone pinned %q / changed the ID", ex.PinnedID)
	}
	for _, kinds := range [][]highlight.Kind{{highlight.Quote}, {highlight.Quote, highlight.Loaded}} {
		if _, err := ex.SetDetails(Details{Title: "t", Kinds: kinds}); err != nil || ex.ID() != id {
			t.Errorf("kinds %v: ID %s, want %s (%v)", kinds, ex.ID(), id, err)
		}
	}
	path := filepath.Join(t.TempDir(), "x"+ExerciseExt)
	if err := ex.Save(path); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(path)
	back, err := LoadExercise(path)
	if err != nil || back.ID() != id || !strings.Contains(string(data), `"id": "`+id+`"`) {
		t.Fatalf("the pinned ID is not kept in the file: %v", err)
	}
	// A Slant that knows no pinned ID hashes the texts and present kinds;
	// work it saves on the edited file still belongs to the exercise.
	old := *back
	old.PinnedID = ""
	workPath := filepath.Join(filepath.Dir(path), "x.Ben"+WorkExt)
	if err := NewWork(&old, "Ben").Save(workPath); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadWork(workPath, back); err != nil {
		t.Errorf("work saved by an older Slant on the edited exercise: %v", err)
	}
}

func TestSetDetailsRefusesBlankTitleOrNoKinds(t *testing.T) {
	ex := fixture(t)
	for _, d := range []Details{{Title: " ", Kinds: []highlight.Kind{highlight.Quote}}, {Title: "t"}} {
		if n, err := ex.SetDetails(d); err == nil || n != 0 {
			t.Errorf("%+v accepted (%d dropped)", d, n)
		}
	}
	if ex.Title != "Kerry on Syria" || len(ex.Kinds) != 2 || len(ex.Articles[0].Key) != 4 {
		t.Errorf("a refused edit changed the exercise: %q %v", ex.Title, ex.Kinds)
	}
}

// TestAddedKindStartsAsSlantsHighlights adds actors to an exercise that
// did not ask for them: the key gains Slant's actors, and only those.
func TestAddedKindStartsAsSlantsHighlights(t *testing.T) {
	ex := fixture(t)
	if _, err := ex.SetDetails(Details{Title: ex.Title, Kinds: []highlight.Kind{highlight.Quote, highlight.Figure, highlight.Actor}}); err != nil {
		t.Fatal(err)
	}
	analyze := highlight.Default().Analyze
	n := ex.Highlight([]highlight.Kind{highlight.Actor, highlight.Quote}, analyze)
	var actors []string
	for _, m := range ex.Articles[0].Key {
		if m.Kind == "actor" {
			actors = append(actors, ex.Articles[0].Text[m.Start:m.End])
		}
	}
	if n == 0 || n != len(actors) || len(ex.Articles[0].Key) != 4+n || !strings.Contains(strings.Join(actors, "|"), "John Kerry") {
		t.Errorf("added %d marks; actors %q; key of %d", n, actors, len(ex.Articles[0].Key))
	}
	if again := ex.Highlight([]highlight.Kind{highlight.Actor}, analyze); again != 0 {
		t.Errorf("a kind with marks already gained %d more", again)
	}
	if ex.Highlight([]highlight.Kind{highlight.Loaded}, analyze) != 0 {
		t.Error("a kind the exercise does not ask for was added to the key")
	}
}
