package exercise

import (
	"io"
	"path/filepath"
	"testing"

	"slant/highlight"
)

// paperExercise is seed 000 with Slant's highlights of every kind as key.
func paperExercise(b *testing.B) *Exercise {
	return New("Kerry", "Find them all.", highlight.Kinds[:], seed(b, "000_a652a7b09379949b.txt"))
}

func BenchmarkWorksheet(b *testing.B) {
	ex := paperExercise(b)
	b.ReportAllocs()
	for b.Loop() {
		if err := WriteWorksheet(io.Discard, ex, PaperOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkAnswerKey(b *testing.B) {
	ex := paperExercise(b)
	b.ReportAllocs()
	for b.Loop() {
		if err := WriteAnswerKey(io.Discard, ex, PaperOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkScore scores a student who marked every key mark of a full key.
func BenchmarkScore(b *testing.B) {
	ex := paperExercise(b)
	w := NewWork(ex, "Ana")
	w.Marks = append(w.Marks, ex.Articles[0].Key...)
	b.ReportAllocs()
	for b.Loop() {
		Score(ex, w)
	}
}

func BenchmarkWorkSave(b *testing.B) {
	ex := paperExercise(b)
	w := NewWork(ex, "Ana")
	w.Marks = append(w.Marks, ex.Articles[0].Key...)
	path := filepath.Join(b.TempDir(), "w"+WorkExt)
	b.ReportAllocs()
	for b.Loop() {
		if err := w.Save(path); err != nil {
			b.Fatal(err)
		}
	}
}
