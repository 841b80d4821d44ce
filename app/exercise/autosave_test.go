package exercise

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestCommitSavesBeforeReturning checks that Commit leaves the change on
// disk when it returns and takes the place of a pending delayed save,
// whose outcome done would have been told: Commit returns its own.
func TestCommitSavesBeforeReturning(t *testing.T) {
	ex := fixture(t)
	path := filepath.Join(t.TempDir(), "w"+WorkExt)
	w := NewWork(ex, "Ana")
	saves := make(chan error, 10)
	s := NewSaver(w, path, 50*time.Millisecond, func(err error) { saves <- err })
	_ = w.Put(ex, markText(t, ex, "260,000", "figure"))
	s.Changed() // a note typed, say: waits
	_ = w.Put(ex, markText(t, ex, "This has to stop", "quote"))
	if err := s.Commit(); err != nil {
		t.Fatal(err)
	}
	if got, err := LoadWork(path, ex); err != nil || len(got.Marks) != 2 {
		t.Fatalf("after Commit the file holds %+v (%v), want both marks", got, err)
	}
	time.Sleep(150 * time.Millisecond) // past the pending save's delay
	if len(saves) != 0 {
		t.Errorf("done told of %d saves, want none: Commit should have taken over the pending save", len(saves))
	}
}

// killCommands are the steps of TestCommitSurvivesKill's child, by name:
// what each does to the work before it commits.
var killCommands = map[string]func(w *Work, ex *Exercise){
	"mark": func(w *Work, ex *Exercise) {
		s := 11 * (len(w.Marks) + 1)
		_ = w.Mark(ex, Mark{Start: s, End: s + 5, Kind: "figure", Note: "n"})
	},
	"unmark": func(w *Work, _ *Exercise) { w.Unmark(0) },
	"undo":   func(w *Work, _ *Exercise) { w.Undo() },
	"correct": func(w *Work, ex *Exercise) { // a longer stretch over the first mark
		m := w.Marks[0]
		m.End += 3
		_ = w.Put(ex, m)
	},
}

// TestCommitSurvivesKill has a child process make a change to the work
// (a mark, unmark, undo or correction) and commit it, and kills it with
// SIGKILL the moment the child reports the change made: the work file
// must hold that change. With a delayed save in place of Commit, every
// round loses its changes.
func TestCommitSurvivesKill(t *testing.T) {
	if arg := os.Getenv("SLANT_COMMIT_LOOP"); arg != "" {
		commitLoop(t, arg)
		return
	}
	if testing.Short() {
		t.Skip("kills child processes")
	}
	dir := t.TempDir()
	exPath, workPath := filepath.Join(dir, "ex.json"), filepath.Join(dir, "work.json")
	ex := fixture(t)
	if err := ex.Save(exPath); err != nil {
		t.Fatal(err)
	}
	for round, steps := range [][]string{
		{"mark"}, {"mark", "mark"}, {"unmark"}, {"mark", "unmark", "undo"}, {"correct"}, {"mark", "mark", "mark"},
	} {
		want := commitThenKill(t, exPath, workPath, steps)
		w, err := LoadWork(workPath, ex)
		if err != nil {
			t.Fatalf("round %d %v: after the kill: %v", round, steps, err)
		}
		if got, _ := json.Marshal(w.Marks); string(got) != want {
			t.Fatalf("round %d %v: the file holds\n%s\nbut the child had committed\n%s", round, steps, got, want)
		}
	}
}

// commitThenKill runs the child, has it take steps, kills it with SIGKILL
// as soon as it reports the last, and returns the marks it reported.
func commitThenKill(t *testing.T, exPath, workPath string, steps []string) string {
	cmd := exec.Command(os.Args[0], "-test.run=^TestCommitSurvivesKill$")
	cmd.Env = append(os.Environ(), "SLANT_COMMIT_LOOP="+exPath+"|"+workPath)
	in, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Wait()
	defer cmd.Process.Kill() // SIGKILL: no deferred flush, no exit handler runs
	lines := bufio.NewScanner(out)
	var marks string
	for _, step := range steps {
		fmt.Fprintln(in, step)
		if !lines.Scan() {
			t.Fatalf("the child stopped before reporting %q: %v", step, lines.Err())
		}
		marks = lines.Text()
		if !strings.HasPrefix(marks, "[") {
			t.Fatalf("the child said %q", marks)
		}
	}
	return marks
}

// commitLoop is the child of TestCommitSurvivesKill: for each command read
// from stdin it changes the work, commits it with a saver that would
// otherwise wait as long as the work window does, and prints the marks as
// JSON.
func commitLoop(t *testing.T, arg string) {
	exPath, workPath, _ := strings.Cut(arg, "|")
	ex, err := LoadExercise(exPath)
	if err != nil {
		t.Fatal(err)
	}
	w, err := LoadOrNewWork(workPath, ex, "Ana")
	if err != nil {
		t.Fatal(err)
	}
	s := NewSaver(w, workPath, 300*time.Millisecond, nil)
	for in := bufio.NewScanner(os.Stdin); in.Scan(); {
		killCommands[in.Text()](w, ex)
		if err := s.Commit(); err != nil {
			t.Fatal(err)
		}
		marks, _ := json.Marshal(w.Marks)
		fmt.Printf("%s\n", marks)
	}
	select {} // wait to be killed
}

// BenchmarkCommit measures the save a mark costs the work window: the
// atomic, flushed write of a work file of 20 marks.
func BenchmarkCommit(b *testing.B) {
	ex := paperExercise(b)
	w := NewWork(ex, "Ana")
	for i := range 20 {
		_ = w.Mark(ex, Mark{Start: 10 * i, End: 10*i + 5, Kind: "quote", Note: "who says it?"})
	}
	s := NewSaver(w, filepath.Join(b.TempDir(), "w"+WorkExt), time.Hour, nil)
	b.ReportAllocs()
	for b.Loop() {
		if err := s.Commit(); err != nil {
			b.Fatal(err)
		}
	}
}
