package exercise

import (
	"slices"

	"slant/highlight"
)

// Put adds m to the work in one step that Undo takes back, replacing the
// student's marks of the same kind that overlap it: marking a longer
// stretch over a shorter one corrects it rather than doubling it.
func (w *Work) Put(ex *Exercise, m Mark) error { return w.change(ex, m, put) }

// change checks m against ex, then sets the marks to edit(marks, m) in one
// step that Undo takes back.
func (w *Work) change(ex *Exercise, m Mark, edit func([]Mark, Mark) []Mark) error {
	if err := ex.check(m); err != nil {
		return err
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	w.undo = append(w.undo, slices.Clone(w.Marks))
	w.Marks = edit(w.Marks, m)
	return nil
}

// Remove removes the student's mark equal to m (same article, range and
// kind) and reports whether there was one; Undo brings it back.
func (w *Work) Remove(m Mark) bool {
	i := IndexOf(w.Marks, m)
	if i >= 0 {
		w.Unmark(i)
	}
	return i >= 0
}

// CanUndo reports whether Undo has anything to take back.
func (w *Work) CanUndo() bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	return len(w.undo) > 0
}

// PutKey adds m to its article's key, replacing the key marks of the same
// kind that overlap it.
func (ex *Exercise) PutKey(m Mark) error { return ex.changeKey(m, put) }

// changeKey checks m against ex, then sets its article's key to
// edit(key, m).
func (ex *Exercise) changeKey(m Mark, edit func([]Mark, Mark) []Mark) error {
	if err := ex.check(m); err != nil {
		return err
	}
	a := &ex.Articles[m.Article]
	a.Key = edit(a.Key, m)
	return nil
}

// put returns ms without the marks of m's kind and article overlapping m,
// with m inserted in text order.
func put(ms []Mark, m Mark) []Mark {
	ms = slices.DeleteFunc(slices.Clone(ms), func(o Mark) bool {
		return o.Article == m.Article && o.Kind == m.Kind && o.Start < m.End && m.Start < o.End
	})
	return insert(ms, m)
}

// insert returns ms with m inserted in text order.
func insert(ms []Mark, m Mark) []Mark {
	i, _ := slices.BinarySearchFunc(ms, m, compareMarks)
	return slices.Insert(ms, i, m)
}

// IndexOf returns the index in ms of the mark with m's article, range and
// kind (notes aside), or -1.
func IndexOf(ms []Mark, m Mark) int {
	return slices.IndexFunc(ms, func(o Mark) bool {
		return o.Article == m.Article && o.Start == m.Start && o.End == m.End && o.Kind == m.Kind
	})
}

// Spans returns the marks of article art as highlight spans of their
// kinds, for showing on the text; marks of unknown kinds are left out.
func Spans(ms []Mark, art int) []highlight.Span {
	var out []highlight.Span
	for _, m := range ms {
		if k, ok := highlight.ParseKind(m.Kind); ok && m.Article == art {
			out = append(out, highlight.Span{Start: m.Start, End: m.End, Kind: k})
		}
	}
	return out
}

// ExerciseKinds returns the kinds the exercise asks for, in its order.
func (ex *Exercise) ExerciseKinds() []highlight.Kind {
	var out []highlight.Kind
	for _, name := range ex.Kinds {
		if k, ok := highlight.ParseKind(name); ok {
			out = append(out, k)
		}
	}
	return out
}

// Asks reports whether the exercise asks students to find kind k.
func (ex *Exercise) Asks(k highlight.Kind) bool { return slices.Contains(ex.Kinds, k.String()) }
