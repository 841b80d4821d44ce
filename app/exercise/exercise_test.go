package exercise

import (
	"bytes"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"slant/app"
	"slant/assets"
	"slant/highlight"
)

func seed(t testing.TB, name string) *app.Document {
	t.Helper()
	data, err := fs.ReadFile(assets.FS, "samples/"+name)
	if err != nil {
		t.Fatal(err)
	}
	d, err := app.LoadBytes("samples/"+name, data)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// fixture is an exercise on seed 000 whose key is set by hand, so the
// scoring tests do not move when the detectors improve.
func fixture(t testing.TB) *Exercise {
	d := seed(t, "000_a652a7b09379949b.txt")
	d.Spans = nil
	ex := New("Kerry on Syria", "Find the quotes and the figures.", []highlight.Kind{highlight.Quote, highlight.Figure}, d)
	for _, s := range []struct{ text, kind string }{
		{`"This has to stop,"`, "quote"},
		{"260,000", "figure"},
		{"100 sorties", "figure"},
		{"Feb. 25", "figure"},
	} {
		i := strings.Index(d.Text, s.text)
		if err := ex.AddKey(Mark{Start: i, End: i + len(s.text), Kind: s.kind}); err != nil {
			t.Fatal(err)
		}
	}
	return ex
}

func markText(t testing.TB, ex *Exercise, text, kind string) Mark {
	i := strings.Index(ex.Articles[0].Text, text)
	if i < 0 {
		t.Fatalf("%q not in the article", text)
	}
	return Mark{Start: i, End: i + len(text), Kind: kind}
}

func TestNewKeyStartsAsSlantsHighlights(t *testing.T) {
	d := seed(t, "000_a652a7b09379949b.txt")
	ex := New("t", "i", []highlight.Kind{highlight.Figure}, d)
	want := 0
	for _, s := range d.Spans {
		if s.Kind == highlight.Figure {
			want++
		}
	}
	if len(ex.Articles[0].Key) != want || want == 0 {
		t.Errorf("key has %d marks, the analysis %d figures", len(ex.Articles[0].Key), want)
	}
}

func TestExerciseRoundTrip(t *testing.T) {
	ex := fixture(t)
	path := filepath.Join(t.TempDir(), "kerry.slant-exercise.json")
	if err := ex.Save(path); err != nil {
		t.Fatal(err)
	}
	got, err := LoadExercise(path)
	if err != nil {
		t.Fatal(err)
	}
	if got.ID() != ex.ID() || got.Instructions != ex.Instructions || len(got.Articles[0].Key) != 4 {
		t.Errorf("round trip changed the exercise: %+v", got)
	}
	if got.Articles[0].Text != ex.Articles[0].Text {
		t.Error("the text did not survive the round trip")
	}
}

func TestKeyCorrections(t *testing.T) {
	ex := fixture(t)
	ex.RemoveKey(0, 0) // the first in text order: 100 sorties
	ex.SetKind(0, 0, highlight.Quote)
	key := ex.Articles[0].Key
	if len(key) != 3 || key[0].Kind != "quote" {
		t.Errorf("key after corrections: %+v", key)
	}
	if err := ex.AddKey(Mark{Start: 5, End: 1, Kind: "quote"}); err == nil {
		t.Error("an inverted mark was accepted")
	}
	if err := ex.AddKey(Mark{Start: 0, End: 3, Kind: "opinion"}); err == nil {
		t.Error("an unknown kind was accepted")
	}
}

func TestBadFilesAreRefusedClearly(t *testing.T) {
	for _, tt := range []struct{ body, want string }{
		{`{"format":"slant-exercise","version":99}`, "newer Slant"},
		{`{"format":"slant-work","version":1}`, "not a slant-exercise file"},
		{`not json`, "not a readable"},
		{`{"format":"slant-exercise","version":1,"articles":[{"text":"abc","key":[{"start":0,"end":9,"kind":"quote"}]}]}`, "outside"},
	} {
		_, err := ReadExercise(strings.NewReader(tt.body))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want %q", tt.body, err, tt.want)
		}
	}
}

func TestScore(t *testing.T) {
	ex := fixture(t)
	w := NewWork(ex, "Ana")
	for _, m := range []Mark{
		markText(t, ex, "This has to stop", "quote"), // without its marks: still found
		markText(t, ex, "260,000 people", "figure"),
		markText(t, ex, "Feb. 5, 2016", "figure"), // not in the key
		markText(t, ex, "Feb. 25", "quote"),       // right place, wrong kind
	} {
		if err := w.Mark(ex, m); err != nil {
			t.Fatal(err)
		}
	}
	r := Score(ex, w)
	got := r.Summary()
	want := "You found 1 of 1 quotes. 1 of your marks was not one of the quotes in the key.\n" +
		"You found 1 of 3 figures. 1 of your marks was not one of the figures in the key."
	if got != want {
		t.Errorf("summary\n%s\nwant\n%s", got, want)
	}
	var missed int
	for _, j := range r.Marks {
		if j.Outcome == Missed {
			missed++
		}
	}
	if missed != 2 {
		t.Errorf("%d marks shown as missed, want 2 (100 sorties, Feb. 25)", missed)
	}
}

func TestUndo(t *testing.T) {
	ex := fixture(t)
	w := NewWork(ex, "Ben")
	_ = w.Mark(ex, markText(t, ex, "260,000", "figure"))
	_ = w.Mark(ex, markText(t, ex, "100 sorties", "figure"))
	w.Unmark(0)
	if len(w.Marks) != 1 || !w.Undo() || len(w.Marks) != 2 || !w.Undo() || len(w.Marks) != 1 {
		t.Errorf("undo did not step back through the marks: %+v", w.Marks)
	}
}

func TestWorkRoundTripAndWrongExercise(t *testing.T) {
	ex := fixture(t)
	w := NewWork(ex, "Chloé")
	_ = w.Mark(ex, markText(t, ex, "260,000", "figure"))
	path := filepath.Join(t.TempDir(), "work.json")
	if err := w.Save(path); err != nil {
		t.Fatal(err)
	}
	got, err := LoadWork(path, ex)
	if err != nil || got.Student != "Chloé" || len(got.Marks) != 1 {
		t.Fatalf("round trip: %+v %v", got, err)
	}
	other := New("other", "", []highlight.Kind{highlight.Quote}, seed(t, "001_496b24f0cfb8de73.txt"))
	if _, err := LoadWork(path, other); err == nil || !strings.Contains(err.Error(), "another exercise") {
		t.Errorf("work for another exercise: %v", err)
	}
}

func TestClassSummary(t *testing.T) {
	ex := fixture(t)
	a, b := NewWork(ex, "Ben"), NewWork(ex, "Ana")
	_ = a.Mark(ex, markText(t, ex, "This has to stop", "quote"))
	_ = b.Mark(ex, markText(t, ex, "This has to stop", "quote"))
	_ = b.Mark(ex, markText(t, ex, "260,000", "figure"))
	c := Merge(ex, []*Work{a, b})
	var buf bytes.Buffer
	if err := c.WriteCSV(&buf); err != nil {
		t.Fatal(err)
	}
	want := "\uFEFFstudent,quote found,quote missed,quote extra,figure found,figure missed,figure extra\r\n" +
		"Ana,1,0,0,1,2,0\r\nBen,1,0,0,0,3,0\r\n"
	if buf.String() != want {
		t.Errorf("CSV\n%s\nwant\n%s", buf.String(), want)
	}
	if k, share := c.Hardest(); k != "figure" || share > 0.17 || share < 0.16 {
		t.Errorf("hardest %q %.2f, want figure 0.17", k, share)
	}
}

// TestSavingSurvivesKill kills a process that saves work in a loop, many
// times at random moments, and checks each time that the file on disk is a
// complete save: never empty, truncated or unreadable.
func TestSavingSurvivesKill(t *testing.T) {
	if os.Getenv("SLANT_SAVE_LOOP") != "" {
		saveLoop(t, os.Getenv("SLANT_SAVE_LOOP"))
		return
	}
	if testing.Short() {
		t.Skip("kills a child process repeatedly")
	}
	dir := t.TempDir()
	exPath, workPath := filepath.Join(dir, "ex.json"), filepath.Join(dir, "work.json")
	ex := fixture(t)
	if err := ex.Save(exPath); err != nil {
		t.Fatal(err)
	}
	last := -1
	for round := 0; round < 12; round++ {
		cmd := exec.Command(os.Args[0], "-test.run=^TestSavingSurvivesKill$")
		cmd.Env = append(os.Environ(), "SLANT_SAVE_LOOP="+exPath+"|"+workPath)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(150+round*37) * time.Millisecond)
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
		w, err := LoadWork(workPath, ex)
		if os.IsNotExist(err) {
			continue // killed before the first save
		}
		if err != nil {
			t.Fatalf("round %d: after a kill the work file is broken: %v", round, err)
		}
		if n, _ := strconv.Atoi(w.Student); n < 0 || len(w.Marks) == 0 && n > 0 {
			t.Fatalf("round %d: inconsistent save %+v", round, w)
		}
		last = len(w.Marks)
	}
	if last < 0 {
		t.Fatal("the child never saved")
	}
}

// saveLoop is the child of TestSavingSurvivesKill: it marks and saves as
// fast as it can until it is killed.
func saveLoop(t *testing.T, arg string) {
	exPath, workPath, _ := strings.Cut(arg, "|")
	ex, err := LoadExercise(exPath)
	if err != nil {
		t.Fatal(err)
	}
	w, err := LoadWork(workPath, ex)
	if err != nil {
		w = NewWork(ex, "0")
	}
	text := ex.Articles[0].Text
	for i := 0; ; i++ {
		s := i % (len(text) - 10)
		_ = w.Mark(ex, Mark{Start: s, End: s + 5, Kind: "figure", Note: strings.Repeat("n", i%300)})
		w.Student = strconv.Itoa(len(w.Marks))
		if err := w.Save(workPath); err != nil {
			t.Fatal(err)
		}
	}
}
