package exercise

import (
	"errors"
	"slices"
	"strings"

	"slant/highlight"
)

// Details are what a teacher may change about an exercise after making
// it: its title, its instructions and the kinds students must find. The
// texts never change, so the offsets of students' marks stay valid.
type Details struct {
	Title, Instructions string
	Kinds               []highlight.Kind
}

// Details returns the exercise's title, instructions and kinds.
func (ex *Exercise) Details() Details {
	return Details{Title: ex.Title, Instructions: ex.Instructions, Kinds: ex.ExerciseKinds()}
}

// Dropped counts, per kind, the key marks that SetDetails would remove
// were the exercise to ask for kinds only: those of the other kinds.
func (ex *Exercise) Dropped(kinds []highlight.Kind) [len(highlight.Kinds)]int {
	var n [len(highlight.Kinds)]int
	for _, a := range ex.Articles {
		for _, m := range a.Key {
			if k, ok := highlight.ParseKind(m.Kind); ok && !slices.Contains(kinds, k) {
				n[k]++
			}
		}
	}
	return n
}

// SetDetails gives the exercise d's title, instructions and kinds (kept
// in legend order) and removes the key marks of kinds it no longer asks
// for, returning how many it removed. Students' work made before still
// belongs to the exercise: its ID is pinned before the kinds change (see
// ID). A blank title or no kinds is refused and changes nothing.
func (ex *Exercise) SetDetails(d Details) (dropped int, err error) {
	title := strings.TrimSpace(d.Title)
	kinds := slices.Clone(d.Kinds)
	slices.Sort(kinds)
	kinds = slices.Compact(kinds)
	switch {
	case title == "":
		return 0, errors.New("give the exercise a title")
	case len(kinds) == 0:
		return 0, errors.New("tick at least one kind for students to find")
	}
	names := kindNames(kinds)
	if !slices.Equal(names, ex.Kinds) {
		ex.PinnedID = ex.ID()
	}
	ex.Title, ex.Instructions, ex.Kinds = title, strings.TrimSpace(d.Instructions), names
	for i := range ex.Articles {
		a := &ex.Articles[i]
		before := len(a.Key)
		a.Key = slices.DeleteFunc(a.Key, func(m Mark) bool { return !slices.Contains(names, m.Kind) })
		dropped += before - len(a.Key)
	}
	return dropped, nil
}

// kindNames returns the names of kinds, as an exercise file keeps them.
func kindNames(kinds []highlight.Kind) []string {
	names := make([]string, 0, len(kinds))
	for _, k := range kinds {
		names = append(names, k.String())
	}
	return names
}

// Asked returns the marks of ms of the kinds the exercise asks for, so
// that a student's marks of a kind the teacher has since taken out stay in
// the work file (and come back if the kind does) but are not shown.
func (ex *Exercise) Asked(ms []Mark) []Mark {
	var out []Mark
	for _, m := range ms {
		if slices.Contains(ex.Kinds, m.Kind) {
			out = append(out, m)
		}
	}
	return out
}

// Highlight adds to the key, for each of kinds the key has no marks of,
// Slant's highlights of that kind in each article as analyze finds them
// (app.CurrentAnalyzer().Analyze), as New does for a new exercise; it
// returns how many marks it added. A kind the teacher adds later thus
// starts like the others, ready to correct.
func (ex *Exercise) Highlight(kinds []highlight.Kind, analyze func(text string) []highlight.Span) int {
	var fresh []highlight.Kind
	for _, k := range kinds {
		if ex.Asks(k) && ex.countKind(k) == 0 {
			fresh = append(fresh, k)
		}
	}
	if len(fresh) == 0 {
		return 0
	}
	added := 0
	for i := range ex.Articles {
		a := &ex.Articles[i]
		for _, m := range keyOf(i, analyze(a.Text), fresh) {
			if ex.check(m) == nil {
				a.Key = insert(a.Key, m)
				added++
			}
		}
	}
	return added
}

// countKind counts the key marks of kind k.
func (ex *Exercise) countKind(k highlight.Kind) int {
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
