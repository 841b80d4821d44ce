package app

import (
	"image/color"

	"slant/highlight"
)

// Cue is the second, colour-free mark of a kind: it survives greyscale
// printing and colour blindness.
type Cue uint8

// The cues, one per kind.
const (
	CueSolid  Cue = iota // a solid underline (quotes)
	CueDouble            // a double underline (figures)
	CueDotted            // a dotted underline (actors)
	CueWavy              // a wavy underline (loaded terms)
)

// Style is how one kind is drawn on screen and on paper.
type Style struct {
	Name   string      // the legend's name: "Quotes", "Figures", ...
	Letter string      // a one-letter tag for print: Q, F, A, L
	Light  color.NRGBA // background in a light theme and on paper
	Dark   color.NRGBA // background in a dark theme
	Ink    color.NRGBA // the underline and legend swatch border
	Cue    Cue
}

// Styles gives each kind's style, indexed by highlight.Kind. The hues are
// the Okabe–Ito colour-blind-safe palette (sky blue, yellow, bluish green,
// vermillion), as light tints behind dark text and as deep tones behind
// light text; their greys differ too, and each has its own underline.
var Styles = [...]Style{
	highlight.Quote: {Name: "Quotes", Letter: "Q",
		Light: color.NRGBA{0xBF, 0xE3, 0xF7, 0xFF}, Dark: color.NRGBA{0x1F, 0x4E, 0x6B, 0xFF},
		Ink: color.NRGBA{0x00, 0x72, 0xB2, 0xFF}, Cue: CueSolid},
	highlight.Figure: {Name: "Figures", Letter: "F",
		Light: color.NRGBA{0xFA, 0xF3, 0x9A, 0xFF}, Dark: color.NRGBA{0x6B, 0x5F, 0x10, 0xFF},
		Ink: color.NRGBA{0x8A, 0x6D, 0x00, 0xFF}, Cue: CueDouble},
	highlight.Actor: {Name: "Actors", Letter: "A",
		Light: color.NRGBA{0xB3, 0xE6, 0xD5, 0xFF}, Dark: color.NRGBA{0x0D, 0x5C, 0x46, 0xFF},
		Ink: color.NRGBA{0x00, 0x7A, 0x5A, 0xFF}, Cue: CueDotted},
	highlight.Loaded: {Name: "Loaded terms", Letter: "L",
		Light: color.NRGBA{0xF6, 0xC3, 0xA8, 0xFF}, Dark: color.NRGBA{0x7A, 0x32, 0x10, 0xFF},
		Ink: color.NRGBA{0xD5, 0x5E, 0x00, 0xFF}, Cue: CueWavy},
}

// StyleOf returns the style of kind k.
func StyleOf(k highlight.Kind) Style { return Styles[k] }
