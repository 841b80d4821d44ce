package highlight

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func stringsReader(s string) *strings.Reader { return strings.NewReader(s) }

// FuzzFigures checks that figure detection never panics and returns spans
// inside the text, on rune boundaries, sorted and not overlapping.
func FuzzFigures(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join("..", "assets", "samples", "*.txt"))
	for _, p := range seeds {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b))
		}
	}
	for _, s := range []string{"", "5", "$", "−4°C", "Feb. 5, 2016", "1.4%–3.1%", "between 400 and", "(26,29", "[1,", "twenty-", "a hundred", "2016-02-", "US$", "5 m s−", "\xff5\xfe", "1e", "3 × 10"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkFigureSpans(t, text, findFigures(text))
	})
}

func checkFigureSpans(t *testing.T, text string, spans []Span) {
	t.Helper()
	boundary := make([]bool, len(text)+1) // where Go's decoding starts a rune
	for i := range text {
		boundary[i] = true
	}
	boundary[len(text)] = true
	prevEnd := 0
	for i, s := range spans {
		if s.Start < 0 || s.End > len(text) || s.Start >= s.End {
			t.Fatalf("span %d [%d,%d) outside text of %d bytes", i, s.Start, s.End, len(text))
		}
		if !boundary[s.Start] || !boundary[s.End] {
			t.Fatalf("span %d [%d,%d) not on rune boundaries", i, s.Start, s.End)
		}
		if s.Start < prevEnd {
			t.Fatalf("span %d [%d,%d) overlaps or precedes the one before (end %d)", i, s.Start, s.End, prevEnd)
		}
		if s.Kind != Figure {
			t.Fatalf("span %d has kind %v", i, s.Kind)
		}
		prevEnd = s.End
	}
}

func TestFigureSpansWellFormedOnSeeds(t *testing.T) {
	seeds, _ := filepath.Glob(filepath.Join("..", "assets", "samples", "*.txt"))
	if len(seeds) == 0 {
		t.Fatal("no seed articles")
	}
	for _, p := range seeds {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		checkFigureSpans(t, string(b), findFigures(string(b)))
	}
}

// BenchmarkFigures measures the figure detector alone over the five seeds.
func BenchmarkFigures(b *testing.B) {
	benchDetector(b, newFigureDetector(), Doc{Text: allSeedsText(b)})
}
