package articleview

import (
	"fyne.io/fyne/v2"

	"slant/highlight"
)

// fontKey names one size and style of the theme's text font.
type fontKey struct {
	size  float32
	style fyne.TextStyle
}

// shared holds the measures handed out by the exported helpers below; used
// on the Fyne main goroutine only.
var shared = map[fontKey]*metrics{}

func metricsFor(size float32, style fyne.TextStyle) *metrics {
	k := fontKey{size, style}
	m, ok := shared[k]
	if !ok {
		m = newMetrics(size, style)
		shared[k] = m
	}
	return m
}

// TextWidth returns the width of s set in the theme's font at size and
// style, as the article view measures it (rune advances, each measured
// once). Other views that draw highlighted text (comparison, search
// previews) use it, WrapLine and OffsetAt so that their rectangles meet
// the text exactly as the article's do.
func TextWidth(s string, size float32, style fyne.TextStyle) float32 {
	return metricsFor(size, style).width(s)
}

// WrapLine breaks text[start:end], which must hold no newline, into lines
// no wider than width, at spaces or after dashes where it can and inside a
// word where it must, and calls emit with each line's byte range (without
// leading or trailing blanks).
func WrapLine(text string, start, end int, size float32, style fyne.TextStyle, width float32, emit func(s, e int)) {
	wrapLine(text, skipIndent(text, start, end), highlight.TrimEnd(text, start, end), metricsFor(size, style), width, emit)
}

// OffsetAt returns the byte offset of s nearest to x, for hit-testing a
// line drawn from x 0.
func OffsetAt(s string, size float32, style fyne.TextStyle, x float32) int {
	return offsetAt(s, line{end: len(s)}, metricsFor(size, style), x)
}

// LineMetrics returns the height of a line of text of size and style and
// the distance from its top to its baseline, as the article view sets it.
func LineMetrics(size float32, style fyne.TextStyle) (height, baseline float32) {
	m := metricsFor(size, style)
	return m.height, m.baseline
}
