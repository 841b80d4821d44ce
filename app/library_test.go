package app

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"slant/highlight"
)

func TestLibraryRoundTrip(t *testing.T) {
	dir := t.TempDir()
	store := filepath.Join(dir, "config", "slant", "library.json")
	a := writeTemp(t, "a.txt", []byte("First article\n\nBody."))
	b := writeTemp(t, "b.md", []byte("# Second\n\nBody."))

	lib, err := OpenLibrary(store)
	if err != nil || len(lib.Paths()) != 0 {
		t.Fatalf("a missing library file must give an empty library: %v %v", lib.Paths(), err)
	}
	if err := lib.Add(a, b, a); err != nil {
		t.Fatal(err)
	}
	if err := lib.Remove(b); err != nil {
		t.Fatal(err)
	}
	if err := lib.Add(b); err != nil {
		t.Fatal(err)
	}

	again, err := OpenLibrary(store)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{a, b}; !reflect.DeepEqual(again.Paths(), want) {
		t.Errorf("reopened library has %v, want %v", again.Paths(), want)
	}
	if !again.Contains(a) || again.Contains(filepath.Join(dir, "other.txt")) {
		t.Error("Contains is wrong")
	}
	info, _ := os.Stat(a)
	e := again.Entries()[0]
	if e.Size != info.Size() || !e.ModTime.Equal(info.ModTime()) || e.Added.IsZero() {
		t.Errorf("entry %+v does not record size and modification time", e)
	}
	leftovers, _ := filepath.Glob(filepath.Join(filepath.Dir(store), ".*tmp*"))
	if len(leftovers) != 0 {
		t.Errorf("temporary files left behind: %v", leftovers)
	}
}

func TestLibraryNoticesChanges(t *testing.T) {
	store := filepath.Join(t.TempDir(), "library.json")
	same := writeTemp(t, "same.txt", []byte("Same\n"))
	edited := writeTemp(t, "edited.txt", []byte("Before\n"))
	gone := writeTemp(t, "gone.txt", []byte("Gone\n"))
	lib, _ := OpenLibrary(store)
	if err := lib.Add(same, edited, gone); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(edited, []byte("After the edit\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	os.Remove(gone)
	var states []FileState
	for _, s := range lib.Check() {
		states = append(states, s.State)
	}
	if want := []FileState{Unchanged, Changed, Missing}; !reflect.DeepEqual(states, want) {
		t.Errorf("states %v, want %v", states, want)
	}
	if err := lib.Add(edited); err != nil { // re-reading a changed file records it anew
		t.Fatal(err)
	}
	if s := lib.Check()[1]; s.State != Unchanged {
		t.Errorf("after Add the edited file is %v", s.State)
	}
}

func TestLibraryAddReportsBadPathsButKeepsOthers(t *testing.T) {
	lib, _ := OpenLibrary(filepath.Join(t.TempDir(), "library.json"))
	good := writeTemp(t, "good.txt", []byte("Good\n"))
	err := lib.Add(filepath.Join(t.TempDir(), "missing.txt"), good, t.TempDir())
	if !errors.Is(err, ErrNotFound) || !errors.Is(err, ErrFolder) {
		t.Errorf("error %v must report the missing file and the folder", err)
	}
	if want := []string{good}; !reflect.DeepEqual(lib.Paths(), want) {
		t.Errorf("paths %v, want %v", lib.Paths(), want)
	}
}

func TestLibraryKeepsSamplesByTheirName(t *testing.T) {
	store := filepath.Join(t.TempDir(), "library.json")
	lib, _ := OpenLibrary(store)
	sample := "samples/001_496b24f0cfb8de73.txt"
	if err := lib.Add(sample); err != nil {
		t.Fatal(err)
	}
	again, _ := OpenLibrary(store)
	if got := again.Check(); len(got) != 1 || got[0].Path != sample || got[0].State != Unchanged || got[0].Size == 0 {
		t.Errorf("library of one sample: %+v", got)
	}
	if d, err := Load(again.Paths()[0]); err != nil || d.Outlet != "DW" {
		t.Errorf("loading the sample back: %v", err)
	}
}

func TestLibraryDamagedFileIsKept(t *testing.T) {
	store := filepath.Join(t.TempDir(), "library.json")
	if err := os.WriteFile(store, []byte("{not json"), 0o644); err != nil {
		t.Fatal(err)
	}
	lib, err := OpenLibrary(store)
	if !errors.Is(err, ErrLibraryDamaged) || lib == nil || len(lib.Paths()) != 0 {
		t.Fatalf("got %v, %v; want an empty library and ErrLibraryDamaged", lib, err)
	}
	if data, err := os.ReadFile(store + ".bad"); err != nil || string(data) != "{not json" {
		t.Errorf("the damaged file must be kept as .bad: %q %v", data, err)
	}
}

func TestConfigDir(t *testing.T) {
	t.Setenv(ConfigDirEnv, "/tmp/slant-test-config")
	lib, err := DefaultLibraryFile()
	if err != nil || lib != "/tmp/slant-test-config/library.json" {
		t.Errorf("DefaultLibraryFile() = %q, %v", lib, err)
	}
	t.Setenv(ConfigDirEnv, "")
	t.Setenv("XDG_CONFIG_HOME", "/tmp/xdg")
	t.Setenv("HOME", "/tmp/home")
	set, err := DefaultSettingsFile()
	base, _ := os.UserConfigDir()
	if err != nil || set != filepath.Join(base, "slant", "settings.json") {
		t.Errorf("DefaultSettingsFile() = %q, %v", set, err)
	}
}

func TestSettingsRoundTrip(t *testing.T) {
	file := filepath.Join(t.TempDir(), "slant", "settings.json")
	s, err := LoadSettings(file)
	if err != nil || s.Hidden(highlight.Quote) {
		t.Fatalf("defaults: %+v %v", s, err)
	}
	s.SetHidden(highlight.Loaded, true)
	s.SetHidden(highlight.Actor, true)
	s.SetHidden(highlight.Actor, false)
	s.SetHidden(highlight.Loaded, true)
	s.LastOpened = "samples/000_a652a7b09379949b.txt"
	if err := s.Save(file); err != nil {
		t.Fatal(err)
	}
	got, err := LoadSettings(file)
	if err != nil {
		t.Fatal(err)
	}
	if !got.Hidden(highlight.Loaded) || got.Hidden(highlight.Actor) || !reflect.DeepEqual(got, s) {
		t.Errorf("reloaded %+v, saved %+v", got, s)
	}
	if err := os.WriteFile(file, []byte("]"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadSettings(file); err == nil {
		t.Error("a damaged settings file must give an error")
	}
}

func TestFileStateString(t *testing.T) {
	for s, want := range map[FileState]string{Unchanged: "unchanged", Changed: "changed", Missing: "missing"} {
		if s.String() != want {
			t.Errorf("%d.String() = %q", s, s.String())
		}
	}
}

func TestFindArticles(t *testing.T) {
	root := t.TempDir()
	for _, p := range []string{"a.txt", "b.HTML", "notes/c.md", "notes/deep/d.markdown", "e.pdf", ".hidden.txt", ".git/f.txt", "notes/g.png"} {
		p = filepath.Join(root, p)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	paths, errs := FindArticles(root)
	var rel []string
	for _, p := range paths {
		r, _ := filepath.Rel(root, p)
		rel = append(rel, filepath.ToSlash(r))
	}
	if want := []string{"a.txt", "b.HTML", "notes/c.md", "notes/deep/d.markdown"}; !reflect.DeepEqual(rel, want) || errs != nil {
		t.Errorf("found %v (%v), want %v", rel, errs, want)
	}
	if _, errs := FindArticles(filepath.Join(root, "missing")); len(errs) != 1 || !errors.Is(errs[0], ErrNotFound) {
		t.Errorf("a missing folder: %v", errs)
	}
}
