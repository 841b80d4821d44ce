package articleview

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"slant/highlight"
)

// megabyte returns the five seeds repeated to at least 1 MB of text.
func megabyte(b *testing.B) string {
	b.Helper()
	files, _ := filepath.Glob("../../assets/samples/*.txt")
	var sb strings.Builder
	for sb.Len() < 1<<20 {
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			sb.Write(data)
			sb.WriteString("\n\n")
		}
	}
	return sb.String()
}

// BenchmarkWrap1MB measures splitting 1 MB of text into blocks and
// wrapping it to a 612 px column: the work done on opening an article and
// on every width change.
func BenchmarkWrap1MB(b *testing.B) {
	newApp(b)
	text := megabyte(b)
	ty := newTypography(17)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		wrap(text, splitBlocks(text, ""), ty, 612)
	}
}

// BenchmarkScrollFrame1MB measures one scroll step through a laid-out
// 1 MB article with its analysed highlights: placing the lines in view,
// drawing those newly shown.
func BenchmarkScrollFrame1MB(b *testing.B) {
	newApp(b)
	v := NewView()
	text := megabyte(b)
	v.SetDocument("", text, highlight.Analyze(text))
	w := test.NewWindow(v)
	defer w.Close()
	w.Resize(fyne.NewSize(900, 700))
	b.ReportAllocs()
	for b.Loop() {
		if v.offset >= v.maxOffset() {
			v.ScrollTo(0)
		}
		v.ScrollTo(v.offset + 40)
	}
	b.ReportMetric(float64(len(v.spans)), "spans")
}

// BenchmarkOpen1MB measures showing a 1 MB article with its analysed
// highlights: SetDocument (checking and sorting spans, finding blocks),
// wrapping, and drawing the first screen.
func BenchmarkOpen1MB(b *testing.B) {
	newApp(b)
	text := megabyte(b)
	spans := highlight.Analyze(text)
	v := NewView()
	w := test.NewWindow(v)
	defer w.Close()
	w.Resize(fyne.NewSize(900, 700))
	b.ReportAllocs()
	for b.Loop() {
		v.SetDocument("", text, spans)
	}
}
