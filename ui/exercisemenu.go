package ui

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"slant/app"
	"slant/app/exercise"
	"slant/highlight"
)

// studentPref is the preference under which the last student's name is
// kept, to offer it again.
const studentPref = "exercise.student"

// defaultInstructions is what a new exercise tells students unless the
// teacher writes otherwise.
const defaultInstructions = "Read the article carefully. Find every item of the kinds listed: select its words, " +
	"then press its number key or its button. Add a note when you are unsure."

// The file endings the exercise dialogs offer.
var (
	exerciseFiles = []string{exercise.ExerciseExt}
	workFiles     = []string{exercise.WorkExt}
	studentFiles  = []string{exercise.ExerciseExt, exercise.WorkExt}
)

// exerciseMenu is the main window's Exercise menu.
func (r *reader) exerciseMenu() *fyne.Menu {
	return fyne.NewMenu("Exercise",
		fyne.NewMenuItem("New exercise from this article…", r.newExercise),
		fyne.NewMenuItem("Edit an exercise's key…", r.editExercise),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("Open exercise…", r.openExercise),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("Class summary…", r.classSummary))
}

// exerciseForm is the teacher's choices for an exercise: its details and,
// for a new one, an optional second article.
type exerciseForm struct {
	title, instructions *widget.Entry
	kinds               [len(highlight.Kinds)]*widget.Check
	second              *widget.Select // nil when editing an exercise's details
	others              []int          // library indexes the second choice offers
}

// newExercise asks for the exercise's title, instructions, kinds and an
// optional second article, then opens the key editor on it.
func (r *reader) newExercise() {
	if r.shown < 0 || r.lib.entries[r.shown].doc == nil {
		dialog.ShowInformation("New exercise", "Open an article first: the exercise is made from it.", r.win)
		return
	}
	f := r.exerciseForm(r.lib.entries[r.shown].doc)
	d := dialog.NewForm("New exercise", "Create", "Cancel", f.items(), func(ok bool) {
		if ok {
			r.createExercise(f)
		}
	}, r.win)
	d.Resize(fyne.NewSize(760, 460))
	d.Show()
}

// exerciseForm is the form of a new exercise on doc, offering the other
// articles of the library as its second.
func (r *reader) exerciseForm(doc *app.Document) *exerciseForm {
	f := newDetailsForm(exercise.Details{Title: shorten(doc.Title, 80), Instructions: defaultInstructions,
		Kinds: []highlight.Kind{highlight.Quote, highlight.Figure}})
	names := []string{"None"}
	for i, e := range r.lib.entries {
		if i != r.shown {
			names = append(names, e.title())
			f.others = append(f.others, i)
		}
	}
	f.second = widget.NewSelect(names, nil)
	f.second.SetSelectedIndex(0)
	return f
}

// newDetailsForm is a form holding an exercise's details d.
func newDetailsForm(d exercise.Details) *exerciseForm {
	f := &exerciseForm{title: widget.NewEntry(), instructions: widget.NewMultiLineEntry()}
	f.title.SetText(d.Title)
	f.title.Validator = func(s string) error {
		if strings.TrimSpace(s) == "" {
			return errors.New("give the exercise a title")
		}
		return nil
	}
	f.instructions.Wrapping = fyne.TextWrapWord
	f.instructions.SetMinRowsVisible(3)
	f.instructions.SetText(d.Instructions)
	for _, k := range highlight.Kinds {
		f.kinds[k] = widget.NewCheck(app.StyleOf(k).Name, nil)
		f.kinds[k].SetChecked(slices.Contains(d.Kinds, k))
	}
	return f
}

func (f *exerciseForm) items() []*widget.FormItem {
	checks := container.NewHBox()
	for _, c := range f.kinds {
		checks.Add(c)
	}
	items := []*widget.FormItem{
		{Text: "Title", Widget: f.title},
		{Text: "Instructions", Widget: f.instructions},
		{Text: "Students find", Widget: checks, HintText: "The key starts as Slant's highlights of these kinds."},
	}
	if f.second == nil {
		items[2].HintText = "A kind added starts as Slant's highlights; one taken out leaves the key without its marks."
		return items
	}
	return append(items, &widget.FormItem{Text: "Second article", Widget: f.second, HintText: "Optional: another account from the library."})
}

// details returns the title, instructions and kinds the form holds.
func (f *exerciseForm) details() exercise.Details {
	return exercise.Details{Title: strings.TrimSpace(f.title.Text), Instructions: strings.TrimSpace(f.instructions.Text),
		Kinds: f.chosenKinds()}
}

// chosenKinds returns the kinds ticked.
func (f *exerciseForm) chosenKinds() []highlight.Kind {
	var ks []highlight.Kind
	for _, k := range highlight.Kinds {
		if f.kinds[k].Checked {
			ks = append(ks, k)
		}
	}
	return ks
}

// createExercise makes the exercise, loading the second article first when
// it is not loaded yet, and opens its key editor.
func (r *reader) createExercise(f *exerciseForm) {
	kinds := f.chosenKinds()
	if len(kinds) == 0 {
		dialog.ShowInformation("New exercise", "Tick at least one kind for students to find.", r.win)
		return
	}
	docs := []*app.Document{r.lib.entries[r.shown].doc}
	var second *entry
	if i := f.second.SelectedIndex(); i > 0 {
		second = r.lib.entries[f.others[i-1]]
	}
	d := f.details()
	var secondDoc *app.Document
	if second != nil {
		secondDoc = second.doc // read here: the entry belongs to the main goroutine
	}
	r.spawn(func() {
		var err error
		if second != nil && secondDoc == nil {
			secondDoc, err = app.Load(second.path)
		}
		fyne.Do(func() {
			if err != nil {
				r.reportErrors([]error{err})
				return
			}
			if second != nil {
				if second.doc == nil {
					second.doc = secondDoc
				}
				docs = append(docs, secondDoc)
			}
			ex := exercise.New(d.Title, d.Instructions, kinds, docs...)
			newKeyWindow(r.app, ex, "", r.paperPref()).win.Show()
		})
	})
}

// editExercise opens a saved exercise in the key editor.
func (r *reader) editExercise() {
	r.askExercise("Edit the key of an exercise", func(ex *exercise.Exercise, path string) { newKeyWindow(r.app, ex, path, r.paperPref()).win.Show() })
}

// askExercise asks, under what, for a saved exercise, loads it and calls
// show with it and its path; an exercise that cannot be loaded is reported
// instead.
func (r *reader) askExercise(what string, show func(ex *exercise.Exercise, path string)) {
	askOpenPath(r.win, what+" ("+exercise.ExerciseExt+")", exerciseFiles, func(path string) {
		ex, err := exercise.LoadExercise(path)
		if err != nil {
			r.reportErrors([]error{err})
			return
		}
		show(ex, path)
	})
}

// openExercise opens an exercise for a student: it asks their name, then
// reopens their work beside the exercise or starts it. A work file chosen
// instead reopens that work on its exercise.
func (r *reader) openExercise() {
	askOpenPath(r.win, "Open an exercise, or your work on one", studentFiles, func(path string) {
		if exPath, ok := exercise.ExerciseFor(path); ok {
			r.reopenWork(exPath, path)
			return
		}
		ex, err := exercise.LoadExercise(path)
		if err != nil {
			r.reportErrors([]error{err})
			return
		}
		r.askStudent(func(name string) { r.startWork(ex, path, name) })
	})
}

// reopenWork opens the work file at workPath on the exercise at exPath.
func (r *reader) reopenWork(exPath, workPath string) {
	ex, err := exercise.LoadExercise(exPath)
	if err != nil {
		r.reportErrors([]error{fmt.Errorf("the exercise of this work: %w", err)})
		return
	}
	work, err := exercise.LoadWork(workPath, ex)
	if err != nil {
		r.reportErrors([]error{err})
		return
	}
	r.showWork(ex, work, workPath)
}

// askStudent asks the student's name, offering the last one given.
func (r *reader) askStudent(then func(name string)) {
	name := widget.NewEntry()
	name.SetText(r.app.Preferences().String(studentPref))
	name.Validator = func(s string) error {
		if strings.TrimSpace(s) == "" {
			return errors.New("type your name")
		}
		return nil
	}
	d := dialog.NewForm("Who is working?", "Start", "Cancel",
		[]*widget.FormItem{{Text: "Your name", Widget: name, HintText: "Your work is saved under this name."}},
		func(ok bool) {
			if ok {
				n := strings.TrimSpace(name.Text)
				r.app.Preferences().SetString(studentPref, n)
				then(n)
			}
		}, r.win)
	name.OnSubmitted = func(string) { d.Submit() } // Enter starts
	d.Resize(fyne.NewSize(480, 200))
	d.Show()
	r.win.Canvas().Focus(name)
}

// startWork opens the work window of student on the exercise at path.
func (r *reader) startWork(ex *exercise.Exercise, path, student string) *workWindow {
	workPath := exercise.WorkPath(path, student)
	work, err := exercise.LoadOrNewWork(workPath, ex, student)
	if err != nil {
		r.reportErrors([]error{err})
		return nil
	}
	return r.showWork(ex, work, workPath)
}

// showWork opens a work window, greeting a returning student.
func (r *reader) showWork(ex *exercise.Exercise, work *exercise.Work, workPath string) *workWindow {
	w := newWorkWindow(r.app, ex, work, workPath)
	status := "Working as " + work.Student + ". Your work saves itself to " + workPath
	if n := len(work.Marks); n > 0 {
		status = fmt.Sprintf("Welcome back, %s: you have %d mark%s already. Saving to %s", work.Student, n, plural(n), workPath)
	}
	w.setStatus(status)
	w.win.Show()
	return w
}

// classSummary asks for an exercise, then shows its class summary.
func (r *reader) classSummary() {
	r.askExercise("Summarise a class: choose the exercise", func(ex *exercise.Exercise, path string) { newClassWindow(r.app, ex, path).win.Show() })
}
