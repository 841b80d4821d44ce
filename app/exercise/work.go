package exercise

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"slices"
	"sync"
	"time"
)

// Work is one student's marks on an exercise.
type Work struct {
	Format   string    `json:"format"`
	Version  int       `json:"version"`
	Exercise string    `json:"exercise"` // the exercise's ID (see ID)
	Title    string    `json:"title"`    // the exercise's title, for people
	Student  string    `json:"student"`
	Marks    []Mark    `json:"marks"`
	Updated  time.Time `json:"updated"`

	mu   sync.Mutex // guards Marks and undo while saving
	undo [][]Mark
}

// ID identifies an exercise by its texts and kinds, so work is never scored
// against a different exercise that happens to share a title. Once the
// teacher changes the kinds, the ID computed before is kept (PinnedID), so
// the students' work made before still opens and scores.
func (ex *Exercise) ID() string {
	if ex.PinnedID != "" {
		return ex.PinnedID
	}
	return ex.hash()
}

// hash is the hash of the exercise's texts and kinds that ID is, unless
// pinned.
func (ex *Exercise) hash() string {
	h := sha256.New()
	for _, a := range ex.Articles {
		fmt.Fprintf(h, "%d:%s", len(a.Text), a.Text)
	}
	for _, k := range ex.Kinds {
		fmt.Fprintf(h, "|%s", k)
	}
	return hex.EncodeToString(h.Sum(nil)[:12])
}

// NewWork starts a student's work on ex.
func NewWork(ex *Exercise, student string) *Work {
	return &Work{Format: WorkFormat, Version: FormatVersion, Exercise: ex.ID(), Title: ex.Title, Student: student}
}

// Mark adds a mark after checking it against ex; Undo takes it back.
func (w *Work) Mark(ex *Exercise, m Mark) error { return w.change(ex, m, insert) }

// Unmark removes the mark at index i; Undo brings it back.
func (w *Work) Unmark(i int) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if i >= 0 && i < len(w.Marks) {
		w.undo = append(w.undo, slices.Clone(w.Marks))
		w.Marks = slices.Delete(w.Marks, i, i+1)
	}
}

// Undo reverts the last Mark or Unmark and reports whether there was one.
func (w *Work) Undo() bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	if len(w.undo) == 0 {
		return false
	}
	w.Marks = w.undo[len(w.undo)-1]
	w.undo = w.undo[:len(w.undo)-1]
	return true
}

// Save writes the work to path atomically: a crash or a kill during the
// save leaves the previous save intact.
func (w *Work) Save(path string) error {
	w.mu.Lock()
	w.Updated = time.Now().UTC()
	snapshot := Work{Format: w.Format, Version: w.Version, Exercise: w.Exercise, Title: w.Title,
		Student: w.Student, Marks: slices.Clone(w.Marks), Updated: w.Updated}
	w.mu.Unlock()
	return writeJSON(path, &snapshot)
}

// owns reports whether w is work on ex: it names ex's ID or, after the
// kinds changed, the hash of its texts and present kinds, as a Slant that
// does not know pinned IDs writes it.
func (ex *Exercise) owns(w *Work) bool { return w.Exercise == ex.ID() || w.Exercise == ex.hash() }

// ErrOtherExercise is returned (wrapped) by LoadWork for work on another
// exercise.
var ErrOtherExercise = errors.New("this work belongs to another exercise")

// LoadWork reads a student's work file and checks that it belongs to ex.
func LoadWork(path string, ex *Exercise) (*Work, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var w Work
	if err := decode(f, &w, WorkFormat, func() (string, int) { return w.Format, w.Version }); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if ex != nil && !ex.owns(&w) {
		return nil, fmt.Errorf("%s: %w (%q)", path, ErrOtherExercise, w.Title)
	}
	if ex == nil {
		return &w, nil
	}
	for _, m := range w.Marks {
		if err := ex.check(m); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
	}
	w.Title = ex.Title // the teacher may have renamed the exercise since
	return &w, nil
}
