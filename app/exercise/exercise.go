// Package exercise is Slant's classroom mode: a teacher turns one or two
// articles into an exercise with an answer key, students mark what they
// find, and their marks are scored against the key, one student or a whole
// class at a time.
//
// An exercise is one JSON file that carries the texts, so it can be handed
// out; a student's work is a second JSON file saved beside it. Both formats
// are versioned (see FormatVersion) and documented in the project README.
package exercise

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"time"

	"slant/app"
	"slant/highlight"
)

// FormatVersion is the version of the exercise and work file formats this
// code writes. Files of a newer version are refused with a clear message.
const FormatVersion = 1

// Format names, stored in each file's "format" field.
const (
	ExerciseFormat = "slant-exercise"
	WorkFormat     = "slant-work"
)

// Exercise is what a teacher hands out.
type Exercise struct {
	Format       string    `json:"format"`
	Version      int       `json:"version"`
	Title        string    `json:"title"`
	Instructions string    `json:"instructions"`
	Kinds        []string  `json:"kinds"` // what students must find: "quote", "figure", "actor", "loaded"
	Articles     []Article `json:"articles"`
	Created      time.Time `json:"created"`
	// PinnedID is the ID students' work refers to, kept once the teacher
	// changes the kinds (which the computed ID covers); empty until then.
	PinnedID string `json:"id,omitempty"`
}

// Article is one text of an exercise and its answer key.
type Article struct {
	Title  string `json:"title"`
	Outlet string `json:"outlet,omitempty"`
	Date   string `json:"date,omitempty"`
	Source string `json:"source,omitempty"` // the file it came from
	Text   string `json:"text"`
	Key    []Mark `json:"key"`
}

// Mark is a marked stretch of an article: a byte range of its Text and the
// kind it was marked as.
type Mark struct {
	Article int    `json:"article"` // index into Exercise.Articles
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Kind    string `json:"kind"`
	Note    string `json:"note,omitempty"`
}

// New makes an exercise from docs (one or two articles). Its key starts as
// Slant's highlights of the given kinds; the teacher corrects it with
// AddKey, RemoveKey and SetKind.
func New(title, instructions string, kinds []highlight.Kind, docs ...*app.Document) *Exercise {
	ex := &Exercise{Format: ExerciseFormat, Version: FormatVersion, Title: title,
		Instructions: instructions, Kinds: kindNames(kinds), Created: time.Now().UTC()}
	for i, d := range docs {
		ex.Articles = append(ex.Articles, Article{Title: d.Title, Outlet: d.Outlet, Date: d.Date,
			Source: d.Path, Text: d.Text, Key: keyOf(i, d.Spans, kinds)})
	}
	return ex
}

func keyOf(article int, spans []highlight.Span, kinds []highlight.Kind) []Mark {
	var key []Mark
	for _, s := range spans {
		if slices.Contains(kinds, s.Kind) {
			key = append(key, Mark{Article: article, Start: s.Start, End: s.End, Kind: s.Kind.String()})
		}
	}
	return key
}

// AddKey adds m to its article's key, keeping the key in text order.
func (ex *Exercise) AddKey(m Mark) error { return ex.changeKey(m, insert) }

// RemoveKey removes the key mark of article art at index i.
func (ex *Exercise) RemoveKey(art, i int) {
	if art >= 0 && art < len(ex.Articles) && i >= 0 && i < len(ex.Articles[art].Key) {
		ex.Articles[art].Key = slices.Delete(ex.Articles[art].Key, i, i+1)
	}
}

// SetKind changes the kind of the key mark of article art at index i.
func (ex *Exercise) SetKind(art, i int, k highlight.Kind) {
	if art >= 0 && art < len(ex.Articles) && i >= 0 && i < len(ex.Articles[art].Key) {
		ex.Articles[art].Key[i].Kind = k.String()
	}
}

// check reports whether m lies inside its article and names a known kind.
func (ex *Exercise) check(m Mark) error {
	if m.Article < 0 || m.Article >= len(ex.Articles) {
		return fmt.Errorf("mark for article %d: the exercise has %d", m.Article+1, len(ex.Articles))
	}
	if m.Start < 0 || m.End > len(ex.Articles[m.Article].Text) || m.Start >= m.End {
		return fmt.Errorf("mark %d–%d lies outside the article's text", m.Start, m.End)
	}
	if _, ok := highlight.ParseKind(m.Kind); !ok {
		return fmt.Errorf("unknown kind %q", m.Kind)
	}
	return nil
}

func compareMarks(a, b Mark) int {
	if a.Article != b.Article {
		return a.Article - b.Article
	}
	if a.Start != b.Start {
		return a.Start - b.Start
	}
	return a.End - b.End
}

// ReadExercise decodes an exercise file and checks its format and version.
func ReadExercise(r io.Reader) (*Exercise, error) {
	var ex Exercise
	if err := decode(r, &ex, ExerciseFormat, func() (string, int) { return ex.Format, ex.Version }); err != nil {
		return nil, err
	}
	for _, a := range ex.Articles {
		for _, m := range a.Key {
			if err := ex.check(m); err != nil {
				return nil, fmt.Errorf("answer key: %w", err)
			}
		}
	}
	return &ex, nil
}

// LoadExercise reads the exercise file at path.
func LoadExercise(path string) (*Exercise, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	ex, err := ReadExercise(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return ex, nil
}

// Save writes the exercise to path atomically.
func (ex *Exercise) Save(path string) error { return writeJSON(path, ex) }

// decode reads JSON into v, then checks the format name and version that
// head reads from it.
func decode(r io.Reader, v any, format string, head func() (string, int)) error {
	if err := json.NewDecoder(r).Decode(v); err != nil {
		return fmt.Errorf("not a readable %s file: %w", format, err)
	}
	f, ver := head()
	switch {
	case f != format:
		return fmt.Errorf("not a %s file (format %q)", format, f)
	case ver > FormatVersion:
		return fmt.Errorf("made by a newer Slant (format version %d; this one reads up to %d)", ver, FormatVersion)
	case ver < 1:
		return errors.New("missing format version")
	}
	return nil
}

// writeJSON writes v as indented JSON to path, atomically.
func writeJSON(path string, v any) error {
	data, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	return app.WriteFileAtomic(path, func(w io.Writer) error {
		_, err := w.Write(append(data, '\n'))
		return err
	})
}
