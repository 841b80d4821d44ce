package ui

import (
	"fmt"

	"fyne.io/fyne/v2"

	"slant/app"
	"slant/highlight"
)

// lexiconState is the reader's side of the loaded-term lexicon: the
// user's own lexicon, if any, and the editor window.
type lexiconState struct {
	lex    *highlight.Lexicon // the user's lexicon; nil while Slant's default is used
	editor *lexiconEditor     // the open editor, or nil
	gen    int                // counts changes; a re-analysis for an older one is dropped
}

// loadLexicon applies the lexicon the user kept in an earlier run, if
// any. A damaged file is reported and Slant's default used.
func (r *reader) loadLexicon() {
	file, err := app.DefaultLexiconFile()
	var lex *highlight.Lexicon
	if err == nil {
		lex, err = app.LoadLexiconFile(file)
	}
	if err != nil {
		r.startErrs = append(r.startErrs, fmt.Errorf("%w (using Slant's default lexicon)", err))
	}
	r.lexicon.lex = lex
	app.UseLexicon(lex)
}

// showLexicon opens the lexicon editor, or brings it forward.
func (r *reader) showLexicon() {
	if ed := r.lexicon.editor; ed != nil {
		ed.win.Show()
		ed.win.RequestFocus()
		return
	}
	lex := r.lexicon.lex
	if lex == nil {
		lex = highlight.DefaultLexicon()
	}
	where := ""
	if file, err := app.DefaultLexiconFile(); err == nil {
		where = " and kept in " + file
	}
	ed := newLexiconEditor(r.app, lex.Clone(), where, r.applyLexicon)
	ed.win.SetOnClosed(func() { r.lexicon.editor = nil })
	r.lexicon.editor = ed
	ed.win.Show()
}

// applyLexicon makes lex the lexicon in use (custom: the user's own, kept
// in the settings folder; else Slant's default, whose file is removed) and
// marks the library's articles again. The error, if any, is from keeping
// the file: the lexicon applies for this run regardless.
func (r *reader) applyLexicon(lex *highlight.Lexicon, custom bool) error {
	file, err := app.DefaultLexiconFile()
	if custom {
		r.lexicon.lex = lex
		app.UseLexicon(lex)
		if err == nil {
			err = app.SaveLexiconFile(file, lex)
		}
	} else {
		r.lexicon.lex = nil
		app.UseLexicon(nil)
		if err == nil {
			err = app.RemoveLexiconFile(file)
		}
	}
	r.reanalyse()
	return err
}

// reanalyse analyses every loaded article of the library again with the
// analyser in use, off the main goroutine, then shows the new spans.
// Documents are replaced, never changed, so views and indexes holding the
// old ones stay consistent.
func (r *reader) reanalyse() {
	r.lexicon.gen++
	gen, an := r.lexicon.gen, app.CurrentAnalyzer()
	var es []*entry
	var old []*app.Document
	for _, e := range r.lib.entries {
		if e.doc != nil {
			es, old = append(es, e), append(old, e.doc)
		}
	}
	r.setStatus(fmt.Sprintf("Marking loaded terms again in %d articles …", len(es)))
	r.spawn(func() {
		docs := make([]*app.Document, len(old))
		for i, d := range old {
			c := *d
			c.Spans = an.Analyze(c.Text)
			docs[i] = &c
		}
		fyne.Do(func() { r.reanalysed(gen, es, old, docs) })
	})
}

// reanalysed installs the documents analysed again, unless the lexicon
// changed meanwhile or an entry was reloaded, and refreshes the view.
func (r *reader) reanalysed(gen int, es []*entry, old, docs []*app.Document) {
	if gen != r.lexicon.gen {
		return
	}
	for i, e := range es {
		if e.doc == old[i] {
			e.doc = docs[i]
		}
	}
	r.refreshShown()
	r.setStatus(fmt.Sprintf("Loaded terms marked again in %d articles.", len(es)))
}

// refreshShown shows the shown article's current spans, keeping the place.
func (r *reader) refreshShown() {
	if r.shownArticle() == nil {
		return
	}
	off := r.view.ScrollOffset()
	r.showEntry(r.shown)
	r.view.ScrollTo(off)
}
