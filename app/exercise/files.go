package exercise

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"unicode"
)

// File name endings of exercises and of students' work.
const (
	ExerciseExt = ".slant-exercise.json"
	WorkExt     = ".work.json"
)

// WorkPath returns where a student's work on the exercise at exercisePath
// is kept: beside it, as <exercise>.<student>.work.json.
func WorkPath(exercisePath, student string) string {
	return Stem(exercisePath) + "." + fileName(student) + WorkExt
}

// Stem returns an exercise path without its ExerciseExt (or ".json").
func Stem(exercisePath string) string {
	if s, ok := strings.CutSuffix(exercisePath, ExerciseExt); ok {
		return s
	}
	return strings.TrimSuffix(exercisePath, ".json")
}

// fileName keeps the letters and digits of a name, joined by hyphens, so
// that any name makes a safe file name on every system.
func fileName(name string) string {
	f := strings.FieldsFunc(name, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if len(f) == 0 {
		return "student"
	}
	return strings.Join(f, "-")
}

// FindWork returns the work files in dir that belong to ex, and the
// errors of those that look like work but do not load.
func FindWork(dir string, ex *Exercise) ([]string, []error) {
	files, err := filepath.Glob(filepath.Join(dir, "*"+WorkExt))
	if err != nil {
		return nil, []error{err}
	}
	var paths []string
	var errs []error
	for _, f := range files {
		_, err := LoadWork(f, ex)
		switch {
		case err == nil:
			paths = append(paths, f)
		case !errors.Is(err, ErrOtherExercise):
			errs = append(errs, err)
		}
	}
	return paths, errs
}

// LoadWorks loads each work file for ex, returning those that load and the
// errors of the others.
func LoadWorks(paths []string, ex *Exercise) ([]*Work, []error) {
	var works []*Work
	var errs []error
	for _, p := range paths {
		w, err := LoadWork(p, ex)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		works = append(works, w)
	}
	return works, errs
}

// LoadOrNewWork reopens the work at path, or starts it for student when
// there is none yet.
func LoadOrNewWork(path string, ex *Exercise, student string) (*Work, error) {
	w, err := LoadWork(path, ex)
	if errors.Is(err, os.ErrNotExist) {
		return NewWork(ex, student), nil
	}
	return w, err
}

// SuggestedName is a file name for an exercise titled title.
func SuggestedName(title string) string {
	return strings.ToLower(fileName(title)) + ExerciseExt
}

// ExerciseFor returns the exercise file that the work file at workPath
// (named by WorkPath) belongs to, and whether the name has that form.
func ExerciseFor(workPath string) (string, bool) {
	rest, ok := strings.CutSuffix(workPath, WorkExt)
	i := strings.LastIndexByte(rest, '.')
	if !ok || i <= len(filepath.Dir(rest)) {
		return "", false
	}
	return rest[:i] + ExerciseExt, true
}
