package ui

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"slant/app"
	"slant/highlight"
)

// newLexiconReader starts a reader on the samples (seed 000 shown) and
// opens the lexicon editor.
func newLexiconReader(t *testing.T, config string) (*reader, *lexiconEditor) {
	t.Helper()
	t.Cleanup(func() { app.SetAnalyzer(nil) })
	r := newTestReader(t, config)
	r.start(nil)
	r.showLexicon()
	ed := r.lexicon.editor
	if ed == nil {
		t.Fatal("Tools → Loaded Terms Lexicon… opened no editor")
	}
	t.Cleanup(ed.win.Close)
	return r, ed
}

// loadedShown counts the loaded-term highlights of the article shown whose
// text contains word (ignoring case) and none of the longer terms skip.
func loadedShown(r *reader, word string, skip ...string) int {
	n := 0
	for _, s := range r.view.Spans() {
		t := strings.ToLower(s.Text(r.view.Text()))
		if s.Kind == highlight.Loaded && strings.Contains(t, word) && !slices.ContainsFunc(skip, func(k string) bool {
			return strings.Contains(t, k)
		}) {
			n++
		}
	}
	return n
}

// tapButton taps the button labelled text in w's content or top overlay.
func tapButton(t *testing.T, w fyne.Window, text string) {
	t.Helper()
	is := func(b *widget.Button) bool { return b.Text == text }
	if b, ok := findOnTop(w, is); ok {
		test.Tap(b)
		return
	}
	for _, o := range test.LaidOutObjects(w.Content()) {
		if b, ok := o.(*widget.Button); ok && is(b) {
			test.Tap(b)
			return
		}
	}
	t.Fatalf("no button %q", text)
}

// addTerm fills the editor's form with a new entry and saves it.
func addTerm(t *testing.T, ed *lexiconEditor, term, category string) {
	t.Helper()
	tapButton(t, ed.win, "New term")
	test.Type(ed.form.term, term)
	ed.form.category.SetSelected(category)
	test.Type(ed.form.reason, "Calls armed groups by a name that takes a side.")
	test.Type(ed.form.neutral, "armed groups")
	tapButton(t, ed.win, "Save term")
}

func TestLexiconAddedTermIsMarked(t *testing.T) {
	config := t.TempDir()
	r, ed := newLexiconReader(t, config)
	if loadedShown(r, "opposition") != 0 {
		t.Fatal("\"opposition\" marked before it was added")
	}
	before := r.view.Counts()[highlight.Loaded]
	addTerm(t, ed, "opposition", "label")
	n := loadedShown(r, "opposition") // "local opposition sources" is one span: neighbours join the term
	if n == 0 {
		t.Fatalf("added term not marked in the article shown; status %q", r.status.Text)
	}
	if got := r.view.Counts()[highlight.Loaded]; got != before+n {
		t.Errorf("loaded terms %d, want %d + %d", got, before, n)
	}
	if !strings.Contains(r.legend.checks[highlight.Loaded].Text, strconv.Itoa(before+n)) {
		t.Errorf("legend still reads %q", r.legend.checks[highlight.Loaded].Text)
	}
	for _, s := range app.CurrentAnalyzer().Analyze("The opposition met on Monday.") {
		if s.Kind == highlight.Loaded && s.Category == "label" && s.Neutral == "armed groups" {
			return
		}
	}
	t.Error("the analyser in use does not mark the added term in a new text")
}

// selectTerm filters the list for term and picks its entry.
func selectTerm(t *testing.T, ed *lexiconEditor, term string) {
	t.Helper()
	ed.filter.SetText(term)
	i := ed.shownIndex(term)
	if i < 0 {
		t.Fatalf("%q not listed under the filter %q", term, ed.filter.Text)
	}
	ed.list.Select(i)
	if ed.form.term.Text != term {
		t.Fatalf("picking %q put %q in the form", term, ed.form.term.Text)
	}
}

func TestLexiconRemovedTermIsNoLongerMarked(t *testing.T) {
	r, ed := newLexiconReader(t, t.TempDir())
	if loadedShown(r, "regime", "regime forces") == 0 {
		t.Fatal("seed 000 shows no \"regime\" with the default lexicon")
	}
	selectTerm(t, ed, "regime(s)")
	tapButton(t, ed.win, "Remove term")
	tapButton(t, ed.win, "Yes")
	if n := loadedShown(r, "regime", "regime forces"); n != 0 {
		t.Errorf("\"regime\" removed but still marked %d times", n)
	}
	if _, ok := r.lexicon.lex.Lookup("regime(s)"); ok {
		t.Error("the lexicon in use still holds regime(s)")
	}
	if loadedShown(r, "regime forces") == 0 {
		t.Error("removing regime(s) also dropped the separate entry \"regime forces\"")
	}
}

func TestLexiconRecategorise(t *testing.T) {
	r, ed := newLexiconReader(t, t.TempDir())
	selectTerm(t, ed, "regime(s)")
	ed.form.category.SetSelected("name-calling")
	tapButton(t, ed.win, "Save term")
	if e, _ := r.lexicon.lex.Lookup("regime(s)"); e.Category != "name-calling" {
		t.Fatalf("category %q after saving", e.Category)
	}
	n := 0
	for _, s := range r.view.Spans() {
		txt := strings.ToLower(s.Text(r.view.Text()))
		if s.Kind == highlight.Loaded && strings.Contains(txt, "regime") && !strings.Contains(txt, "regime forces") {
			n++
			if s.Category != "name-calling" {
				t.Errorf("%q shown as %q", txt, s.Category)
			}
		}
	}
	if n == 0 {
		t.Error("no \"regime\" shown after recategorising it")
	}
}

func TestLexiconFilter(t *testing.T) {
	_, ed := newLexiconReader(t, t.TempDir())
	total := ed.lex.Len()
	ed.filter.SetText("dysphemism")
	if len(ed.shown) == 0 || len(ed.shown) >= total {
		t.Fatalf("filter dysphemism lists %d of %d", len(ed.shown), total)
	}
	for _, e := range ed.shown {
		if !entryMatches(e, "dysphemism") {
			t.Errorf("%q listed under dysphemism", e.Term)
		}
	}
	if want := strconv.Itoa(len(ed.shown)) + " of " + strconv.Itoa(total); !strings.HasPrefix(ed.count.Text, want) {
		t.Errorf("count reads %q, want %q…", ed.count.Text, want)
	}
}

func TestLexiconDuplicateTermRefused(t *testing.T) {
	r, ed := newLexiconReader(t, t.TempDir())
	n := r.lexicon.lex
	addTerm(t, ed, "Bloodbath", "label")
	if !overlaySays(ed.win, "already in the lexicon") {
		t.Errorf("adding an existing term says %q", textsOn(ed.win))
	}
	if r.lexicon.lex != n {
		t.Error("a refused entry changed the lexicon")
	}
}

func TestLexiconImportBadFileNamesLine(t *testing.T) {
	_, ed := newLexiconReader(t, t.TempDir())
	bad := "# my terms\nterm\tcategory\treason\tneutral\nthugs\tlabel\tno neutral given\n"
	ed.importFrom("/x/mine.tsv", strings.NewReader(bad))
	if !overlaySays(ed.win, "line 3") || !overlaySays(ed.win, "mine.tsv") {
		t.Errorf("bad import says %q, want the file and line 3", textsOn(ed.win))
	}
}

func TestLexiconImportReplaces(t *testing.T) {
	r, ed := newLexiconReader(t, t.TempDir())
	good := "term\tcategory\treason\tneutral\nopposition\tlabel\ttakes a side\trebels\n"
	ed.importFrom("mine.tsv", strings.NewReader(good))
	tapButton(t, ed.win, "Replace the lexicon")
	if r.lexicon.lex.Len() != 1 || ed.lex.Len() != 1 || len(ed.shown) != 1 {
		t.Fatalf("after import: %d terms in use, %d in the editor", r.lexicon.lex.Len(), ed.lex.Len())
	}
	if loadedShown(r, "opposition") == 0 || loadedShown(r, "regime", "regime forces") != 0 {
		t.Error("the imported lexicon is not the one marking the article")
	}
}

func TestLexiconImportAdds(t *testing.T) {
	r, ed := newLexiconReader(t, t.TempDir())
	n := ed.lex.Len()
	good := "term\tcategory\treason\tneutral\nopposition\tlabel\ttakes a side\trebels\n" +
		"regime(s)\tname-calling\tinsults a government\tgovernment\n"
	ed.importFrom("mine.tsv", strings.NewReader(good))
	tapButton(t, ed.win, "Add to the lexicon")
	if r.lexicon.lex.Len() != n+1 {
		t.Fatalf("after adding 1 new and 1 known term: %d terms, want %d", r.lexicon.lex.Len(), n+1)
	}
	if e, _ := r.lexicon.lex.Lookup("regime(s)"); e.Category != "name-calling" {
		t.Errorf("a known term imported kept category %q", e.Category)
	}
	if loadedShown(r, "opposition") == 0 || loadedShown(r, "regime", "regime forces") == 0 {
		t.Error("after adding, both the imported and the old terms should be marked")
	}
}

func TestLexiconFilterDropsUneditedEntry(t *testing.T) {
	_, ed := newLexiconReader(t, t.TempDir())
	selectTerm(t, ed, "regime(s)")
	ed.filter.SetText("dysphemism")
	if ed.editing != "" || ed.form.term.Text != "" {
		t.Errorf("regime(s), filtered out, still in the form (%q)", ed.form.term.Text)
	}
	selectTerm(t, ed, "bloodbath")
	test.Type(ed.form.reason, " More.")
	ed.filter.SetText("label")
	if ed.form.term.Text != "bloodbath" {
		t.Error("filtering threw away an edit in progress")
	}
}

func TestLexiconExportReadsBack(t *testing.T) {
	_, ed := newLexiconReader(t, t.TempDir())
	path := filepath.Join(t.TempDir(), "terms.tsv")
	job := ed.exportJob(ed.lex.Clone())
	job.spawn = func(f func()) { f() }
	job.run(path)
	back, err := app.LoadLexiconFile(path)
	if err != nil || back.Len() != ed.lex.Len() {
		t.Fatalf("exported lexicon reads back %v, %v; want %d terms", back, err, ed.lex.Len())
	}
	if !overlaySays(ed.win, path) {
		t.Errorf("no message names %s", path)
	}
}

func TestLexiconKeptForNextStart(t *testing.T) {
	config := t.TempDir()
	_, ed := newLexiconReader(t, config)
	addTerm(t, ed, "opposition", "label")
	selectTerm(t, ed, "regime(s)")
	tapButton(t, ed.win, "Remove term")
	tapButton(t, ed.win, "Yes")
	app.SetAnalyzer(nil)

	again := newTestReader(t, config)
	again.start(nil)
	if again.lexicon.lex == nil {
		t.Fatal("the next start did not read the user's lexicon")
	}
	if loadedShown(again, "opposition") == 0 || loadedShown(again, "regime", "regime forces") != 0 {
		t.Error("the next start does not mark with the user's lexicon")
	}
}

func TestLexiconReset(t *testing.T) {
	config := t.TempDir()
	r, ed := newLexiconReader(t, config)
	addTerm(t, ed, "opposition", "label")
	file := filepath.Join(config, "lexicon.tsv")
	if _, err := os.Stat(file); err != nil {
		t.Fatalf("no user lexicon kept: %v", err)
	}
	tapButton(t, ed.win, "Reset to Slant's default…")
	tapButton(t, ed.win, "Yes")
	if _, err := os.Stat(file); !os.IsNotExist(err) {
		t.Errorf("reset left %s: %v", file, err)
	}
	if r.lexicon.lex != nil || loadedShown(r, "opposition") != 0 || loadedShown(r, "regime", "regime forces") == 0 {
		t.Error("reset did not bring back the default marking")
	}
	if ed.lex.Len() != highlight.DefaultLexicon().Len() {
		t.Errorf("editor lists %d terms after reset", ed.lex.Len())
	}
}

func TestLexiconDamagedAtStart(t *testing.T) {
	config := t.TempDir()
	data := "term\tcategory\treason\tneutral\nregime\tlabel\n"
	if err := os.WriteFile(filepath.Join(config, "lexicon.tsv"), []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { app.SetAnalyzer(nil) })
	r := newTestReader(t, config)
	r.start(nil)
	if !overlaySays(r.win, "line 2") || !overlaySays(r.win, "default lexicon") {
		t.Errorf("start-up says %q: want the damaged line and the fallback", textsOn(r.win))
	}
	if loadedShown(r, "regime", "regime forces") == 0 {
		t.Error("the default lexicon is not used after a damaged file")
	}
}
