package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"slant/ui/articleview"
)

// markStyle is how the comparison marks a range of a passage or quotation:
// its own colours, drawn over the kind highlights.
type markStyle uint8

// The mark styles.
const (
	markOutline   markStyle = iota // what was clicked, and its counterpart
	markRemoved                    // words only the first version has: red, struck
	markAdded                      // words only the second version has: green
	markMoved                      // moved words where the second version has them: blue
	markMovedFrom                  // moved words where the first version had them: blue, struck
	markElided                     // words cut at the other's ellipsis: grey, struck
	markShared                     // the stretch both versions carry
)

// markLooks is how each style draws: the theme's error, success, primary
// and disabled colours, lightened so the text reads over them.
var markLooks = [...]articleview.Mark{
	markOutline:   {Outline: true},
	markRemoved:   {Fill: theme.ColorNameError, Alpha: 0x55, Strike: true},
	markAdded:     {Fill: theme.ColorNameSuccess, Alpha: 0x60},
	markMoved:     {Fill: theme.ColorNamePrimary, Alpha: 0x50},
	markMovedFrom: {Fill: theme.ColorNamePrimary, Alpha: 0x50, Strike: true},
	markElided:    {Fill: theme.ColorNameDisabled, Alpha: 0x30, Strike: true, Muted: true},
	markShared:    {Fill: theme.ColorNameSuccess, Alpha: 0x30},
}

// mark returns the mark of bytes [start, end) in style s.
func (s markStyle) mark(start, end int) articleview.Mark {
	m := markLooks[s]
	m.Start, m.End = start, end
	return m
}

// tint returns the theme colour n at alpha a.
func tint(n fyne.ThemeColorName, a uint8) color.Color {
	c := color.NRGBAModel.Convert(theme.Color(n)).(color.NRGBA)
	c.A = a
	return c
}
