package exercise

import (
	"fmt"
	"strings"

	"slant/highlight"
)

// Outcome says how one mark fared against the key.
type Outcome uint8

// Found: a student mark matching a key mark; Missed: a key mark no student
// mark matches; Extra: a student mark matching no key mark.
const (
	Found Outcome = iota
	Missed
	Extra
)

// Judged is a mark with its outcome, for showing on the text.
type Judged struct {
	Mark
	Outcome Outcome
}

// Tally counts one kind's outcomes.
type Tally struct {
	Kind                 string
	Found, Missed, Extra int
}

// Key returns how many marks of this kind the key has.
func (t Tally) Key() int { return t.Found + t.Missed }

// Sentence says the tally in plain words: "You found 7 of 9 quotes; 2 of
// your marks were not quotes in the key."
func (t Tally) Sentence() string {
	noun := nouns[t.Kind]
	s := fmt.Sprintf("You found %d of %d %s.", t.Found, t.Key(), noun)
	switch t.Extra {
	case 0:
	case 1:
		s += fmt.Sprintf(" 1 of your marks was not one of the %s in the key.", noun)
	default:
		s += fmt.Sprintf(" %d of your marks were not %s in the key.", t.Extra, noun)
	}
	return s
}

var nouns = map[string]string{"quote": "quotes", "figure": "figures", "actor": "actors", "loaded": "loaded terms"}

// Report is a student's work scored against the key.
type Report struct {
	Tallies []Tally  // one per kind of the exercise, in its order
	Marks   []Judged // every key and student mark with its outcome
}

// Summary says the whole report in plain words, one line per kind.
func (r Report) Summary() string {
	lines := make([]string, len(r.Tallies))
	for i, t := range r.Tallies {
		lines[i] = t.Sentence()
	}
	return strings.Join(lines, "\n")
}

// Score compares w's marks with ex's key, kind by kind. A student mark
// matches a key mark of the same kind in the same article when their
// overlap covers at least half of each (so a quote marked without its
// quotation marks, or a name without its title, still counts); each key
// mark is matched at most once.
func Score(ex *Exercise, w *Work) Report {
	var r Report
	for _, kind := range ex.Kinds {
		t := Tally{Kind: kind}
		for ai, a := range ex.Articles {
			key := marksOf(a.Key, ai, kind)
			student := marksOf(w.Marks, ai, kind)
			t, r.Marks = judge(t, r.Marks, key, student)
		}
		r.Tallies = append(r.Tallies, t)
	}
	return r
}

// judge matches student marks to key marks of one kind in one article.
func judge(t Tally, out []Judged, key, student []Mark) (Tally, []Judged) {
	used := make([]bool, len(key))
	for _, s := range student {
		k := bestMatch(s, key, used)
		if k < 0 {
			t.Extra++
			out = append(out, Judged{s, Extra})
			continue
		}
		used[k] = true
		t.Found++
		out = append(out, Judged{key[k], Found})
	}
	for k, u := range used {
		if !u {
			t.Missed++
			out = append(out, Judged{key[k], Missed})
		}
	}
	return t, out
}

// bestMatch returns the unused key mark that s overlaps most, when the
// overlap is at least half of each; -1 when none.
func bestMatch(s Mark, key []Mark, used []bool) int {
	best, bestOverlap := -1, 0
	for i, k := range key {
		o := min(s.End, k.End) - max(s.Start, k.Start)
		if used[i] || 2*o < s.End-s.Start || 2*o < k.End-k.Start {
			continue
		}
		if o > bestOverlap {
			best, bestOverlap = i, o
		}
	}
	return best
}

func marksOf(ms []Mark, article int, kind string) []Mark {
	var out []Mark
	for _, m := range ms {
		if m.Article == article && m.Kind == kind {
			out = append(out, m)
		}
	}
	return out
}

// KindOf returns the highlight kind a mark names.
func KindOf(m Mark) highlight.Kind {
	k, _ := highlight.ParseKind(m.Kind)
	return k
}
