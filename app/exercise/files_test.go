package exercise

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"slant/highlight"
)

func TestWorkPath(t *testing.T) {
	for _, tt := range []struct{ ex, student, want string }{
		{"/c/kerry.slant-exercise.json", "Ana", "/c/kerry.Ana.work.json"},
		{"/c/kerry.json", "Chloé Martin", "/c/kerry.Chloé-Martin.work.json"},
		{"/c/kerry.slant-exercise.json", "../../etc/passwd", "/c/kerry.etc-passwd.work.json"},
		{"/c/kerry.slant-exercise.json", "  ", "/c/kerry.student.work.json"},
	} {
		if got := WorkPath(tt.ex, tt.student); got != tt.want {
			t.Errorf("WorkPath(%q, %q) = %q, want %q", tt.ex, tt.student, got, tt.want)
		}
	}
}

func TestExerciseFor(t *testing.T) {
	for _, tt := range []struct {
		work, want string
		ok         bool
	}{
		{WorkPath("/c/kerry.v2.slant-exercise.json", "Chloé Martin"), "/c/kerry.v2.slant-exercise.json", true},
		{"/c/kerry.json", "", false},
		{"/c.d/Ana.work.json", "", false},
	} {
		got, ok := ExerciseFor(tt.work)
		if got != tt.want || ok != tt.ok {
			t.Errorf("ExerciseFor(%q) = %q %v, want %q %v", tt.work, got, ok, tt.want, tt.ok)
		}
	}
}

func TestSuggestedName(t *testing.T) {
	if got := SuggestedName("Kerry on Syria: quotes?"); got != "kerry-on-syria-quotes"+ExerciseExt {
		t.Errorf("SuggestedName = %q", got)
	}
}

func TestFindAndLoadWorks(t *testing.T) {
	dir := t.TempDir()
	ex := fixture(t)
	exPath := filepath.Join(dir, "kerry"+ExerciseExt)
	for _, name := range []string{"Ana", "Ben"} {
		w := NewWork(ex, name)
		_ = w.Put(ex, markText(t, ex, "260,000", "figure"))
		if err := w.Save(WorkPath(exPath, name)); err != nil {
			t.Fatal(err)
		}
	}
	other := New("other", "", []highlight.Kind{highlight.Quote}, seed(t, "001_496b24f0cfb8de73.txt"))
	if err := NewWork(other, "Zoe").Save(filepath.Join(dir, "other.Zoe"+WorkExt)); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "broken.Eve"+WorkExt), []byte("{"), 0o644); err != nil {
		t.Fatal(err)
	}
	paths, errs := FindWork(dir, ex)
	if len(paths) != 2 || len(errs) != 1 || !strings.Contains(errs[0].Error(), "broken") {
		t.Fatalf("found %v, errors %v", paths, errs)
	}
	works, errs := LoadWorks(append(paths, filepath.Join(dir, "other.Zoe"+WorkExt)), ex)
	if len(works) != 2 || len(errs) != 1 || !errors.Is(errs[0], ErrOtherExercise) {
		t.Errorf("loaded %d works, errors %v", len(works), errs)
	}
	w, err := LoadOrNewWork(WorkPath(exPath, "Ana"), ex, "Ana")
	if err != nil || len(w.Marks) != 1 {
		t.Errorf("reopening Ana's work: %v %+v", err, w)
	}
	w, err = LoadOrNewWork(WorkPath(exPath, "Cem"), ex, "Cem")
	if err != nil || w.Student != "Cem" || len(w.Marks) != 0 {
		t.Errorf("starting Cem's work: %v %+v", err, w)
	}
}

func TestSaverCoalescesAndFlushes(t *testing.T) {
	ex := fixture(t)
	path := filepath.Join(t.TempDir(), "w"+WorkExt)
	w := NewWork(ex, "Ana")
	saves := make(chan error, 10)
	s := NewSaver(w, path, 50*time.Millisecond, func(err error) { saves <- err })
	for _, text := range []string{"260,000", "100 sorties", "Feb. 25"} {
		_ = w.Put(ex, markText(t, ex, text, "figure"))
		s.Changed()
	}
	if err := <-saves; err != nil {
		t.Fatal(err)
	}
	select {
	case <-saves:
		t.Error("three quick changes were saved more than once")
	case <-time.After(150 * time.Millisecond):
	}
	got, err := LoadWork(path, ex)
	if err != nil || len(got.Marks) != 3 {
		t.Fatalf("saved work: %v %+v", err, got)
	}
	_ = w.Put(ex, markText(t, ex, "This has to stop", "quote"))
	s.Changed()
	if err := s.Flush(); err != nil {
		t.Fatal(err)
	}
	if got, _ := LoadWork(path, ex); len(got.Marks) != 4 {
		t.Errorf("Flush did not save the last mark: %+v", got.Marks)
	}
	if err := s.Flush(); err != nil || len(saves) != 1 {
		t.Errorf("a flush with nothing to save wrote again (%d saves told)", len(saves))
	}
}

func TestSaverReportsAFolderItCannotWrite(t *testing.T) {
	ex := fixture(t)
	w := NewWork(ex, "Ana")
	s := NewSaver(w, filepath.Join(t.TempDir(), "missing", "w"+WorkExt), time.Hour, nil)
	s.Changed()
	if err := s.Flush(); err == nil {
		t.Error("saving into a missing folder gave no error")
	}
}
