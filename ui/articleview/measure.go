package articleview

import (
	"fyne.io/fyne/v2"
)

// fontKey names one size and style of the theme's text font.
type fontKey struct {
	size  float32
	style fyne.TextStyle
}

// shared holds the measures of each font, for every View and Block; used
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
