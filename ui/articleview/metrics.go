package articleview

import (
	"unicode/utf8"

	"fyne.io/fyne/v2"
)

// metrics measures text of one size and style by summing per-rune
// advances, each measured once through the current driver. Summing ignores
// kerning between letters; the renderer draws each span's text from the
// span's own start, so any difference stays inside a span and never moves
// a highlight off its words.
type metrics struct {
	size     float32
	style    fyne.TextStyle
	ascii    [utf8.RuneSelf]float32
	other    map[rune]float32
	height   float32 // the height of one line of text, from the font
	baseline float32 // from the top of the text to its baseline
}

// newMetrics measures the ASCII range at once, the rest on first use.
func newMetrics(size float32, style fyne.TextStyle) *metrics {
	m := &metrics{size: size, style: style, other: map[rune]float32{}}
	for r := rune(' '); r < utf8.RuneSelf; r++ {
		m.ascii[r] = m.measure(r)
	}
	m.height, m.baseline = textMetrics(size, style)
	return m
}

func (m *metrics) measure(r rune) float32 {
	return fyne.MeasureText(string(r), m.size, m.style).Width
}

// runeWidth returns the advance of r.
func (m *metrics) runeWidth(r rune) float32 {
	if r < utf8.RuneSelf {
		if r < ' ' {
			return m.ascii[' ']
		}
		return m.ascii[r]
	}
	w, ok := m.other[r]
	if !ok {
		w = m.measure(r)
		m.other[r] = w
	}
	return w
}

// width returns the advance of s.
func (m *metrics) width(s string) float32 {
	var w float32
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			w += m.runeWidth(rune(c))
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		w += m.runeWidth(r)
		i += n
	}
	return w
}

// textMetrics returns the height and baseline of a line of text in m's
// size and style.
func textMetrics(size float32, style fyne.TextStyle) (height, baseline float32) {
	s, base := fyne.CurrentApp().Driver().RenderedTextSize("Mg", size, style, nil)
	return s.Height, base
}

// fyneStyle is the font style of a block style: headings are bold.
func fyneStyle(s blockStyle) fyne.TextStyle {
	return fyne.TextStyle{Bold: s != styleBody}
}
